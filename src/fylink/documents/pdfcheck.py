"""A rendered PDF measured against GB/T 9704-2012 (``fylink template check --render``).

Renders a template with a sample context (``fylink/data/samples``), makes the PDF as
``--pdf`` does and reports, in the clerk's words, what is off: characters lost, the 版记 not
on the 版心 bottom of the last even page, the red mark or the red rule out of place, the
page numbers, the journal's anchor line not just under the 版记, fonts that fell back.
Positions within 0.5 mm.
"""

import collections
import json
import re
import tempfile
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml.ns import qn

from fylink.documents import pdfmeasure as M
from fylink.documents.layout import ANCHOR_WORDS, Fonts
from fylink.documents.pdf_layout import PdfResult, banji_table, render_pdf

TOLERANCE_MM = 0.5
TEXT_LEFT_MM = 28.0
TEXT_WIDTH_MM = 156.0
TEXT_RIGHT_MM = TEXT_LEFT_MM + TEXT_WIDTH_MM
TEXT_BOTTOM_MM = 262.0
MARK_TOP_MM = 72.0
PAGE_NUMBER_MM = TEXT_BOTTOM_MM + 7.0
#: The journal's anchor printed on a checked template's sample document.
SAMPLE_ANCHOR = "0123456789abcdef@1234"


@dataclass
class RenderCheck:
    pages: int
    fonts: list[str]
    problems: list[str] = field(default_factory=list)
    #: What was measured, for --json: name → value (mm, pages …).
    measured: dict[str, Any] = field(default_factory=dict)


def sample_context(kind: str) -> dict[str, Any]:
    """The sample data a template of ``kind`` is rendered with."""
    text = resources.files("fylink.data").joinpath("samples", f"{kind}.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _docx_text(path: Path) -> str:
    body = Document(str(path)).element.body
    return re.sub(r"\s", "", "".join(t.text or "" for t in body.iter(qn("w:t"))))


def _off(value: float, target: float) -> bool:
    return abs(value - target) > TOLERANCE_MM


def measure(docx: Path, result: PdfResult, *, has_mark: bool) -> RenderCheck:
    """Measure the PDF ``result`` made from ``docx``."""
    pdf = result.path
    pages = M.page_count(pdf)
    check = RenderCheck(pages=pages, fonts=[u.describe() for u in result.fonts])
    check.problems.extend(result.warnings)
    check.measured["pages"] = pages
    missing = collections.Counter(_docx_text(docx)) - collections.Counter(M.text(pdf))
    if missing:
        chars = "".join(sorted(missing.elements()))
        check.problems.append(f"PDF 中缺少 Word 文档里的 {sum(missing.values())} 个字符：{chars}")
    portrait = "595" in M.info(pdf).get("Page size", "").split("x")[0]
    if has_mark:
        first = M.lines(pdf, 1, 1)
        if first:
            mark = first[0]
            check.measured["mark_top_mm"] = round(mark.y_min, 2)
            if _off(mark.y_min, MARK_TOP_MM):
                check.problems.append(
                    f"红头标志上边缘距页面上边 {mark.y_min:.1f} 毫米，应为 {MARK_TOP_MM:.0f} 毫米"
                )
        red = [r for r in M.rules(pdf, 1) if r.color == "ff0000"]
        if red:
            rule = red[0]
            check.measured["red_rule_mm"] = [round(rule.x_min, 2), round(rule.length, 2)]
            if _off(rule.length, TEXT_WIDTH_MM) or _off(rule.x_min, TEXT_LEFT_MM):
                check.problems.append(
                    f"红色分隔线长 {rule.length:.1f} 毫米（从 {rule.x_min:.1f} 毫米起），"
                    f"应与版心等宽（{TEXT_WIDTH_MM:.0f} 毫米）"
                )
        else:
            check.problems.append("第1页没有红色分隔线")
    if portrait:
        numbers = [ln for ln in M.lines(pdf, 1, 1) if ln.text == "—1—"]
        if numbers:
            middle = (numbers[0].y_min + numbers[0].y_max) / 2
            check.measured["page_number_mm"] = round(middle, 2)
            if _off(middle, PAGE_NUMBER_MM):
                check.problems.append(
                    f"页码一字线距版心下边缘 {middle - TEXT_BOTTOM_MM:.1f} 毫米，应为 7 毫米"
                )
        else:
            check.problems.append("第1页没有“— 1 —”形式的页码")
    if banji_table(Document(str(docx))) is not None:
        if result.banji is None:
            check.problems.append("PDF 中找不到版记")
        else:
            page, bottom = result.banji
            check.measured["banji"] = {"page": page, "last_rule_mm": round(bottom, 2)}
            if page != pages or page % 2:
                check.problems.append(f"版记在第{page}页，应在最后一页且为偶数页")
            if _off(bottom, TEXT_BOTTOM_MM):
                check.problems.append(
                    f"版记末条分隔线距页面上边 {bottom:.1f} 毫米，应在版心下边缘"
                    f"（{TEXT_BOTTOM_MM:.0f} 毫米）"
                )
            if ANCHOR_WORDS in _docx_text(docx):
                check.problems.extend(_check_anchor(pdf, pages, bottom, check.measured))
    return check


#: The anchor line's characters start at least this far below the 版记's last rule …
ANCHOR_GAP_MM = 0.3


def _check_anchor(pdf: Path, pages: int, rule_mm: float, measured: dict[str, Any]) -> list[str]:
    """The journal's anchor line: on the last page, right-aligned to the 版心, between the
    版记's last rule and the page number's line (issue #20's "版记之后的一行小字")."""
    found = [ln for ln in M.lines(pdf) if ln.text.startswith(ANCHOR_WORDS)]
    if not found:
        return [f"PDF 中找不到“{ANCHOR_WORDS}”一行"]
    line = found[-1]
    measured["anchor"] = {
        "page": line.page,
        "top_mm": round(line.y_min, 2),
        "bottom_mm": round(line.y_max, 2),
        "right_mm": round(line.x_max, 2),
    }
    problems = []
    if line.page != pages:
        problems.append(f"变更日志锚点在第{line.page}页，应在最后一页版记之后")
    elif line.y_min < rule_mm + ANCHOR_GAP_MM:
        problems.append(
            f"变更日志锚点上边缘距页面上边 {line.y_min:.1f} 毫米，压住了版记"
            f"（末条分隔线在 {rule_mm:.1f} 毫米）"
        )
    elif line.y_max > PAGE_NUMBER_MM:
        problems.append(
            f"变更日志锚点下边缘距页面上边 {line.y_max:.1f} 毫米，低于页码所在行"
            f"（{PAGE_NUMBER_MM:.0f} 毫米）"
        )
    if _off(line.x_max, TEXT_RIGHT_MM):
        problems.append(
            f"变更日志锚点右端距页面左边 {line.x_max:.1f} 毫米，应与版心右边缘对齐"
            f"（{TEXT_RIGHT_MM:.0f} 毫米）"
        )
    return problems


def render_check(template: Path, kind: str, *, fonts: Fonts) -> RenderCheck:
    """Render ``template`` with the sample data of ``kind`` and measure its PDF."""
    from fylink.documents.render import render_docx

    with tempfile.TemporaryDirectory(prefix="fylink-check-") as tmp:
        folder = Path(tmp)
        docx = render_docx(
            template,
            sample_context(kind),
            folder / f"{kind}.docx",
            fonts=fonts,
            title="模板检查",
            author="fylink",
            anchor=SAMPLE_ANCHOR,
        )
        result = render_pdf(docx, folder, fonts=fonts)
        return measure(docx, result, has_mark=kind != "task_list")
