"""The 白皮书 data annex rendered by LibreOffice (``--docx … --pdf``) and measured on the
PDF (issue 18): the 版记 on the foot of the last, even page, no character lost."""

import collections
import re
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from annexhelp import build_register, ok
from fylink.documents import pdfmeasure as M
from fylink.documents.pdf import find_soffice

pytestmark = [
    pytest.mark.soffice,
    pytest.mark.skipif(
        find_soffice() is None or not M.available(),
        reason="needs LibreOffice (soffice) and poppler-utils",
    ),
]

TEXT_BOTTOM, TEXT_LEFT = 262.0, 28.0  # mm: the 版心's foot (37 + 225) and left edge


def _docx_text(path: Path) -> str:
    body = Document(str(path)).element.body
    return re.sub(r"\s", "", "".join(t.text or "" for t in body.iter(qn("w:t"))))


def test_annex_pdf_has_the_banji_at_the_foot_of_an_even_page(
    cli, initialized, monkeypatch, tmp_path
):
    build_register(cli, monkeypatch)
    out = tmp_path / "annex.docx"
    result = cli("report", "annual", "--year", "2025", "--annex", "--docx", str(out), "--pdf")
    ok(result)
    pdf = out.with_suffix(".pdf")
    assert f"已生成 PDF：{pdf.resolve()}" in result.stdout
    pages = M.page_count(pdf)
    assert pages % 2 == 0
    missing = collections.Counter(_docx_text(out)) - collections.Counter(M.text(pdf))
    assert dict(missing) == {}
    last = [r for r in M.rules(pdf, pages, min_length_mm=100) if r.color == "000000"]
    assert last[-1].y == pytest.approx(TEXT_BOTTOM, abs=0.5)
    assert last[-1].x_min == pytest.approx(TEXT_LEFT, abs=0.5)
    assert any(ln.text.endswith("印发") for ln in M.lines(pdf, pages, pages))
