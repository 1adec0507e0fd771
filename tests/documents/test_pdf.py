"""pdf.py, and the rendered pages measured against GB/T 9704 (needs LibreOffice + poppler)."""

import os
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from doc_samples import DATA, load_context

from fylink.documents import pdf
from fylink.documents.layout import Fonts
from fylink.documents.render import render_docx, shipped_template
from fylink.errors import DocumentError

Render = Callable[..., Path]

PT_PER_MM = 72 / 25.4

posix_only = pytest.mark.skipif(os.name != "posix", reason="fake soffice is a shell script")


def _fake_soffice(tmp_path: Path, body: str) -> str:
    script = tmp_path / "soffice"
    script.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    script.chmod(0o755)
    return str(script)


# -- without LibreOffice ------------------------------------------------------------------------


def test_missing_soffice_is_a_plain_message(
    render: Render, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf, "find_soffice", lambda: None)
    with pytest.raises(DocumentError, match="未找到 LibreOffice（soffice）") as info:
        pdf.convert_to_pdf(render("minutes"), tmp_path / "pdf")
    assert info.value.exit_code == 8


def test_find_soffice_honours_the_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FYLINK_SOFFICE", str(tmp_path / "nowhere" / "soffice"))
    assert pdf.find_soffice() is None
    fake = tmp_path / "soffice"
    fake.write_text("")
    monkeypatch.setenv("FYLINK_SOFFICE", str(fake))
    assert pdf.find_soffice() == str(fake)


def test_missing_docx(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="找不到要转换的文档"):
        pdf.convert_to_pdf(tmp_path / "none.docx", tmp_path, soffice="soffice")


@posix_only
def test_soffice_that_writes_nothing_is_an_error(render: Render, tmp_path: Path) -> None:
    # LibreOffice exits 0 when it cannot read the input: only the missing PDF tells.
    fake = _fake_soffice(tmp_path, "exit 0")
    outdir = tmp_path / "pdf"
    outdir.mkdir()
    (outdir / "minutes.pdf").write_bytes(b"%PDF-1.4 stale")  # from an earlier run
    with pytest.raises(DocumentError, match=r"未能把 minutes\.docx 转换为 PDF"):
        pdf.convert_to_pdf(render("minutes"), outdir, soffice=fake)
    assert (outdir / "minutes.pdf").read_bytes() == b"%PDF-1.4 stale"  # left alone


@posix_only
def test_soffice_that_writes_garbage_is_an_error(render: Render, tmp_path: Path) -> None:
    fake = _fake_soffice(
        tmp_path, 'mkdir -p "$7"; echo "Error: source file could not be loaded" > "$7/minutes.pdf"'
    )
    with pytest.raises(DocumentError, match="转换为 PDF"):
        pdf.convert_to_pdf(render("minutes"), tmp_path / "pdf", soffice=fake)


@posix_only
def test_hanging_soffice_times_out(render: Render, tmp_path: Path) -> None:
    fake = _fake_soffice(tmp_path, "sleep 30")
    with pytest.raises(DocumentError, match="超时"):
        pdf.convert_to_pdf(render("minutes"), tmp_path / "pdf", soffice=fake, timeout=0.5)


@posix_only
def test_soffice_gets_a_private_profile(render: Render, tmp_path: Path) -> None:
    log = tmp_path / "args.txt"
    fake = _fake_soffice(
        tmp_path,
        f'printf "%s\\n" "$@" > {log}; mkdir -p "$7"; printf "%%PDF-1.4" > "$7/minutes.pdf"',
    )
    result = pdf.convert_to_pdf(render("minutes"), tmp_path / "pdf", soffice=fake)
    assert result == tmp_path / "pdf" / "minutes.pdf"
    assert result.read_bytes() == b"%PDF-1.4"
    assert [p.name for p in result.parent.iterdir()] == ["minutes.pdf"]
    args = log.read_text().splitlines()
    assert args[0].startswith("-env:UserInstallation=file://")
    assert args[1:6] == ["--headless", "--norestore", "--convert-to", "pdf", "--outdir"]


# -- with LibreOffice: measure the pages ----------------------------------------------------------

needs_tools = pytest.mark.skipif(
    pdf.find_soffice() is None or shutil.which("pdftotext") is None,
    reason="needs LibreOffice (soffice) and poppler-utils",
)


@dataclass(frozen=True)
class Line:
    x_min: float  # mm from the left edge
    y_min: float  # mm from the top edge
    x_max: float
    y_max: float
    text: str


def _lines(pdf_path: Path, page: int) -> list[Line]:
    html = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-bbox-layout", str(pdf_path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = []
    pattern = r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</line>'
    for x0, y0, x1, y1, body in re.findall(pattern, html, flags=re.DOTALL):
        words = re.findall(r">([^<]*)</word>", body)
        lines.append(
            Line(
                float(x0) / PT_PER_MM,
                float(y0) / PT_PER_MM,
                float(x1) / PT_PER_MM,
                float(y1) / PT_PER_MM,
                "".join(words),
            )
        )
    return lines


def _pdfinfo(pdf_path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf_path)], capture_output=True, text=True, check=True)
    pairs = (line.partition(":") for line in out.stdout.splitlines())
    return {key.strip(): value.strip() for key, _, value in pairs}


@pytest.fixture
def fontconfig(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stand-ins for the 公文 fonts (仿宋_GB2312 → AR PL UMing, …) for LibreOffice."""
    monkeypatch.setenv("FONTCONFIG_FILE", str(DATA / "fonts.conf"))


# Pure Chinese without punctuation, so every wrapped line can be full.
FILLER = "会议研究认为要进一步加强府院联动工作机制建设推动行政争议实质性化解切实提升依法行政水平"


def long_minutes() -> dict[str, Any]:
    ctx = load_context("minutes")
    ctx["previous"] = None
    ctx["decisions"] = [
        {"seq": f"{n}、", "title": "关于加强协调", "body": FILLER * 3, "units": "", "duty": ""}
        for n in "一二三四五六七八九十" * 3
    ]
    return ctx


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """30 decisions of pure text: page 2 is a full page of body text. Converted once."""
    if pdf.find_soffice() is None:
        pytest.skip("needs LibreOffice (soffice)")
    folder = tmp_path_factory.mktemp("long")
    docx = render_docx(
        shipped_template("minutes"),
        long_minutes(),
        folder / "long.docx",
        fonts=Fonts(),
        title="长纪要",
        author="示范县府院联动办公室",
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FONTCONFIG_FILE", str(DATA / "fonts.conf"))
        return pdf.convert_to_pdf(docx, folder)


@pytest.mark.soffice
@needs_tools
def test_pdf_is_a4(long_pdf: Path) -> None:
    info = _pdfinfo(long_pdf)
    assert "(A4)" in info["Page size"]
    assert int(info["Pages"]) >= 3


@pytest.mark.soffice
@needs_tools
def test_full_page_has_22_lines_of_28_characters(long_pdf: Path) -> None:
    lines = _lines(long_pdf, 2)  # page 2: nothing but decisions
    body = [line for line in lines if line.y_max < 297 - 35]
    assert len(body) == 22
    assert max(len(line.text) for line in body) == 28
    full = [line for line in body if len(line.text) == 28]
    assert len(full) >= 15
    # left edge of the text block 28 mm from the paper edge, right edge at 210 − 26 mm
    assert min(line.x_min for line in body) == pytest.approx(28, abs=1)
    assert max(line.x_max for line in full) == pytest.approx(184, abs=1)
    # first line at the top margin (37 mm), last above the bottom one (35 mm)
    assert min(line.y_min for line in body) == pytest.approx(37, abs=4)


@pytest.mark.soffice
@needs_tools
def test_page_numbers_alternate_sides(long_pdf: Path) -> None:
    odd = next(line for line in _lines(long_pdf, 1) if line.text == "—1—")
    even = next(line for line in _lines(long_pdf, 2) if line.text == "—2—")
    # one 4号 character (4.9 mm) in from the text block, about 7 mm below it
    assert odd.x_max == pytest.approx(184 - 4.9, abs=1)
    assert even.x_min == pytest.approx(28 + 4.9, abs=1)
    # the dashes (the middle of the line) 7 mm below the text block (§7.5)
    assert (odd.y_min + odd.y_max) / 2 == pytest.approx(297 - 35 + 7, abs=0.5)


@pytest.mark.soffice
@needs_tools
def test_sample_minutes_pdf(render: Render, tmp_path: Path, fontconfig: None) -> None:
    result = pdf.convert_to_pdf(render("minutes"), tmp_path / "pdf")
    lines = _lines(result, 1)
    mark = lines[0]
    assert mark.text == "示范县府院联动联席会议纪要"
    # the mark's upper edge 35 mm below the text block's (37 + 35 mm), within a few mm
    assert mark.y_min == pytest.approx(72, abs=4)
    assert mark.x_min > 28
    assert mark.x_max < 184
    text = subprocess.run(
        ["pdftotext", str(result), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "A&B<C>" in re.sub(r"\s", "", text)  # the line may wrap inside it
    attendance = [line for p in range(1, 4) for line in _lines(result, p)]
    present = next(i for i, line in enumerate(attendance) if line.text.startswith("出席"))
    # wrapped names line up after "出席：" (2 + 3 characters in: 28 + 5 × 5.56 mm)
    assert attendance[present + 1].x_min == pytest.approx(28 + 5 * 5.56, abs=1)


@pytest.mark.soffice
@needs_tools
@pytest.mark.parametrize(
    ("name", "size"),
    [("notice_letter", "595"), ("task_list", "841"), ("quarterly_briefing", "595")],
)
def test_other_templates_convert(
    render: Render, tmp_path: Path, fontconfig: None, name: str, size: str
) -> None:
    result = pdf.convert_to_pdf(render(name), tmp_path / "pdf")
    assert _pdfinfo(result)["Page size"].startswith(size)
