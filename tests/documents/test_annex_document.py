"""The 白皮书 data annex as a Word document (issue 18): GB/T 9704 page, fonts, footers and
properties like every other document, its tables and 口径 as computed."""

import docx_checks as checks
import pytest

from annexhelp import COUNTY, build_register, ok
from dochelp import paragraphs, table_rows
from fylink.documents.layout import DEFAULT_FONTS

TITLE = "2025年度示范县行政审判白皮书数据附件"
OFFICE = "示范县府院联动联席会议办公室"


@pytest.fixture
def annex_docx(cli, initialized, monkeypatch, tmp_path):
    build_register(cli, monkeypatch)
    out = tmp_path / "annex.docx"
    result = cli("report", "annual", "--year", "2025", "--annex", "--docx", str(out))
    ok(result)
    assert result.stdout == f"已生成白皮书数据附件：{out}\n"
    return out


def test_annex_document_passes_the_gb9704_checks(annex_docx):
    problems = checks.all_problems(annex_docx, fonts=DEFAULT_FONTS, title=TITLE, author=OFFICE)
    assert problems == []


def test_annex_document_holds_each_table_and_its_definition(annex_docx):
    text = paragraphs(annex_docx)
    assert text[0] == TITLE
    assert "表1　收结存（按受理法院）" in text
    assert "表12　典型案例" in text
    assert any(p.startswith("口径：行政诉讼一审案件") for p in text)
    first = table_rows(annex_docx, 0)
    assert first[0][:4] == ["受理法院", "旧存", "新收", "审结"]
    assert first[1] == [COUNTY, "2", "5", "4", "3", "57.1%", "3", "1", "+66.7%（基数小）"]
    assert first[-1][0] == "合计"
    # The journal's head is printed at the end, as on every document fylink issues.
    assert text[-1].startswith("变更日志锚点 ")
