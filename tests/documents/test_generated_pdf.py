"""`--pdf` of the document commands, measured (needs LibreOffice and poppler-utils)."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from doc_samples import DATA

import demofacts
from dochelp import add_long_meeting, ok
from fylink.documents import pdf

PT_PER_MM = 72 / 25.4

pytestmark = [
    pytest.mark.soffice,
    pytest.mark.skipif(
        pdf.find_soffice() is None or shutil.which("pdftotext") is None,
        reason="needs LibreOffice (soffice) and poppler-utils",
    ),
]


@pytest.fixture(autouse=True)
def stand_in_fonts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FONTCONFIG_FILE", str(DATA / "fonts.conf"))


def _info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    pairs = (line.partition(":") for line in out.splitlines())
    return {key.strip(): value.strip() for key, _, value in pairs}


def _lines(path: Path, page: int) -> list[tuple[float, float, float, str]]:
    """(x_min mm, y_min mm, y_max mm, text) of each text line of a page."""
    html = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-bbox-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pattern = r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</line>'
    return [
        (
            float(x0) / PT_PER_MM,
            float(y0) / PT_PER_MM,
            float(y1) / PT_PER_MM,
            "".join(re.findall(r">([^<]*)</word>", body)),
        )
        for x0, y0, y1, body in re.findall(pattern, html, flags=re.DOTALL)
    ]


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return re.sub(r"\s", "", out.stdout)


def test_full_page_of_generated_minutes(cli, initialized, tmp_path) -> None:
    ref = add_long_meeting(cli)
    out = tmp_path / "long.docx"
    result = cli("meeting", "minutes", ref, "-o", str(out), "--pdf")
    ok(result)
    written = tmp_path / "long.pdf"
    assert result.stdout.splitlines()[-2] == f"已生成 PDF：{written}"
    assert result.stdout.splitlines()[-1].startswith("  字体：仿宋_GB2312 → AR PL UMing CN；")
    info = _info(written)
    assert "(A4)" in info["Page size"]
    assert int(info["Pages"]) >= 3
    body = [line for line in _lines(written, 2) if line[2] < 297 - 35]  # page 2: decisions only
    assert len(body) == 22
    chinese = [t for _, _, _, t in body if re.fullmatch(r"[\u4e00-\u9fff]+", t)]
    assert chinese, [t for *_, t in body]
    assert max(len(t) for t in chinese) == 28
    # left-aligned body text: a line that would end before 、or 。 breaks one short
    assert sum(len(t) == 28 for t in chinese) >= 10
    assert min(x for x, _, _, _ in body) == pytest.approx(28, abs=1)
    assert min(y for _, y, _, _ in body) == pytest.approx(37, abs=4)


def test_demo_minutes_pdf(cli, demo_db, db_url, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    meeting = [m for m in demofacts.meetings(db_url) if m.decisions][-1]
    ok(cli("meeting", "minutes", meeting.ref, "--pdf"))
    written = tmp_path / f"示范县府院联动联席会议纪要〔{meeting.year}〕第{meeting.issue_no}期.pdf"
    assert "(A4)" in _info(written)["Page size"]
    first = _lines(written, 1)
    assert first[0][3] == "示范县府院联动联席会议纪要"
    assert first[0][1] == pytest.approx(72, abs=4)  # 35 mm below the 版心's top (37 mm)
    text = _text(written)
    for expected in (
        f"第{meeting.issue_no}期",
        "现将会议主要情况纪要如下",
        "一、上次会议议定事项落实情况",
        f"二、会议议定事项（一）{meeting.decisions[0].content.partition('。')[0]}",
        f"出席：{meeting.chair}（{meeting.chair_title}）",
        "2025年6月30日印发",
    ):
        assert expected in text


def test_letter_and_task_list_pdfs(cli, demo_db, db_url, tmp_path) -> None:
    notice = demofacts.letter_notice(db_url)
    letter = tmp_path / "letter.docx"
    ok(cli("notice", "letter", f"{notice.year}-{notice.number}", "-o", str(letter), "--pdf"))
    assert _info(tmp_path / "letter.pdf")["Page size"].startswith("595")
    text = _text(tmp_path / "letter.pdf")
    for item in notice.items:
        assert f"{item.content}（{item.origin}）" in text
        assert f"已逾期{item.days_overdue}个工作日" in text
    tasks = tmp_path / "tasks.docx"
    ok(cli("task", "export", str(tasks), "--pdf"))
    info = _info(tmp_path / "tasks.pdf")
    assert info["Page size"].startswith("841")  # landscape A4
    assert f"共{demofacts.task_count(db_url)}项" in _text(tmp_path / "tasks.pdf")


def test_markup_survives_into_the_pdf(cli, office_db, tmp_path) -> None:
    ok(cli("meeting", "minutes", "2025-2", "-o", str(tmp_path / "m.docx"), "--pdf"))
    assert "A&B<C>公司" in _text(tmp_path / "m.pdf")


def test_party_file_fits_one_page(cli, demo_db, tmp_path) -> None:
    """一企一档 (issue 17) of the demo's busiest company, with its 府院协调 checklist, a
    watch entry, a former name and more tasks than the page lists: still one page."""
    name = "示范县金利房地产开发有限公司"
    ok(cli("party", "update", name, "--name", "示范县金利置业有限公司", "--on", "2025-05-01"))
    name = "示范县金利置业有限公司"
    ok(cli("party", "watch", name, "--level", "高", "--reason", "重点破产企业，欠薪未清",
           "--leader", "刘清华", "--task-force", "金利置业风险处置专班"))  # fmt: skip
    ok(cli("party", "checklist", name, "--due", "30个工作日", "--lead", "县政府办"))
    for text in ("核查项目监管账户资金流向", "督促办理网签备案", "排查业主信访风险"):
        ok(cli("task", "add", text, "--lead", "县住建局", "--due", "15日", "--party", name))
    out = tmp_path / "金利.docx"
    ok(cli("party", "show", name, "--docx", str(out), "--pdf"))
    assert _info(tmp_path / "金利.pdf")["Pages"] == "1"
    text = _text(tmp_path / "金利.pdf")
    assert "府院协调事项清单（11项）" in text
