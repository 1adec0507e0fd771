"""A GB/T 9704 PDF from a rendered .docx: font stand-ins, and the 版记 at the foot of the
last even page.

LibreOffice lays a floating table out inline, so the 版记 (which Word and WPS float to the
bottom of the page) stops right under the last line of text, on whatever page that is.
:func:`render_pdf` converts a private copy of the document once, measures where the 版记
landed (poppler-utils), then puts a spacer of the measured height — and, when the page is
odd or the 版记 would be split, a page break, or two with a blank page — in front of it and
converts again, until its last rule sits on the bottom of the 版心 of an even page (§7.4,
§7.5 GB/T 9704-2012). The .docx beside the PDF is not changed: Word and WPS float the 版记
there themselves.
"""

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from lxml import etree

from fylink.documents import fonts as font_map
from fylink.documents import layout as L
from fylink.documents import pdfmeasure as M
from fylink.documents.layout import Fonts
from fylink.documents.pdf import convert_to_pdf, move_into_place

#: Bottom of the 版心 on A4 portrait (37 mm + 225 mm), in mm from the top.
TEXT_BOTTOM_MM = 262.0
#: Where the last rule's centre goes: a little above the 版心 bottom. LibreOffice keeps the
#: table's lower edge (the rule's centre + 0.18 mm) above its body bottom, which it puts
#: about 0.2 mm above the 262 mm of the margins; 261.65 mm was measured to be the lowest a
#: rule can go, so we aim at 261.6 mm.
TARGET_MM = TEXT_BOTTOM_MM - 0.4
#: Close enough (the standard's tolerance is ± 0.5 mm).
GOOD_MM = 0.1
#: Conversions at most (each 1–3 s).
MAX_PASSES = 4

_BANJI_STYLES = {L.S_BANJI, L.S_BANJI_CC}

#: convert(gap_mm, page_breaks) -> (the PDF, whether the document has a 版记)
Converter = Callable[[float, int], tuple[Path, bool]]


@dataclass
class PdfResult:
    path: Path
    fonts: list[font_map.FontUse] = field(default_factory=list)
    #: Chinese lines for the clerk (fonts that fell back, a 版记 that could not be placed).
    warnings: list[str] = field(default_factory=list)
    #: Where the 版记 ended up: (page, mm from the top of its last rule), None without one.
    banji: tuple[int, float] | None = None
    pages: int = 0


@dataclass(frozen=True)
class BanjiPlace:
    first_page: int
    last_page: int
    #: mm from the top: the first rule (on first_page) and the last rule (on last_page).
    top: float
    bottom: float
    #: Height of the 版记 from its first to its last rule, mm (both parts when split).
    height: float

    @property
    def split(self) -> bool:
        return self.first_page != self.last_page


def banji_table(doc: DocxDocument) -> etree._Element | None:
    """The 版记's table: the last table whose paragraphs are in the 版记 styles."""
    found = None
    for tbl in doc.element.body.iter(qn("w:tbl")):
        styles = {p.get(qn("w:val")) for p in tbl.iter(qn("w:pStyle"))}
        if styles & _BANJI_STYLES:
            found = tbl
    return found


def banji_texts(tbl: etree._Element) -> list[str]:
    """The text of each 版记 row (抄送：…, 印发机关 印发日期印发)."""
    texts = []
    for tr in tbl.iter(qn("w:tr")):
        text = "".join(t.text or "" for t in tr.iter(qn("w:t"))).strip()
        if text:
            texts.append(text)
    return texts


def _squash(text: str) -> str:
    return "".join(text.split())


def measure_banji(pdf: Path, texts: list[str]) -> BanjiPlace | None:
    """Where the 版记 is in ``pdf``: its rules around its first and last rows' text."""
    if not texts:
        return None
    every = M.lines(pdf)
    last_text = _squash(texts[-1])
    tail = last_text[-6:]
    ends = [i for i, line in enumerate(every) if _squash(line.text).endswith(tail)]
    if not ends:
        return None
    end = every[ends[-1]]
    start = end
    first_text = _squash(texts[0])
    if len(texts) > 1:
        head = first_text[:3]
        starts = [i for i in range(ends[-1] + 1) if _squash(every[i].text).startswith(head)]
        if starts:
            start = every[starts[-1]]
    # The row's other lines on the same height (pdftotext may split 机关 and 日期).
    top_text = min(
        (ln.y_min for ln in every if ln.page == start.page and abs(ln.y_min - start.y_min) < 1),
        default=start.y_min,
    )
    bottom_text = max(
        (ln.y_max for ln in every if ln.page == end.page and abs(ln.y_max - end.y_max) < 1),
        default=end.y_max,
    )
    above = [
        r
        for r in M.rules(pdf, start.page, min_length_mm=100)
        if r.color == "000000" and top_text - 4 < r.y <= top_text + 0.5
    ]
    below = [
        r
        for r in M.rules(pdf, end.page, min_length_mm=100)
        if r.color == "000000" and bottom_text - 0.5 <= r.y < bottom_text + 4
    ]
    if not above or not below:
        return None
    top, bottom = above[-1].y, below[0].y
    if start.page == end.page:
        height = bottom - top
    else:
        # Split: the part on the first page runs to its lowest rule, the rest from the top.
        first_part = [r.y for r in M.rules(pdf, start.page, min_length_mm=100) if r.y >= top]
        second_part = [r.y for r in M.rules(pdf, end.page, min_length_mm=100) if r.y <= bottom]
        height = (max(first_part) - top) + (bottom - min(second_part))
    return BanjiPlace(start.page, end.page, top, bottom, height)


def _spacer(height_twips: int, *, page_break: bool) -> etree._Element:
    brk = "<w:pageBreakBefore/>" if page_break else ""
    return parse_xml(
        f'<w:p {nsdecls("w")}><w:pPr><w:pStyle w:val="{L.S_SPACER}"/>{brk}'
        f'<w:spacing w:before="0" w:after="0" w:line="{max(height_twips, 2)}" '
        'w:lineRule="exact"/><w:ind w:left="0" w:right="0" w:firstLine="0"/>'
        '<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>'
    )


#: The top of the red mark: 35 mm below the 版心's top (§7.2.4).
MARK_TOP_MM = 37.0 + 35.0


def _raise_mark(doc: DocxDocument, shift_mm: float) -> None:
    """Move the red mark (the first paragraph in the mark style) up by ``shift_mm``."""
    for p in doc.element.body.iter(qn("w:p")):
        style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        if style is None or style.get(qn("w:val")) != L.S_MARK:
            continue
        before = L.mm(35)
        for s in doc.styles.element.iter(qn("w:style")):
            if s.get(qn("w:styleId")) == L.S_MARK:
                spacing = s.find(f"{qn('w:pPr')}/{qn('w:spacing')}")
                if spacing is not None and spacing.get(qn("w:before")):
                    before = int(spacing.get(qn("w:before")) or before)
        ppr = p.find(qn("w:pPr"))
        assert ppr is not None
        L.set_child(
            ppr,
            parse_xml(
                f'<w:spacing {nsdecls("w")} w:before="{max(before - L.mm(shift_mm), 0)}" '
                'w:after="0" w:line="240" w:lineRule="auto"/>'
            ),
            L._PPR_ORDER,
        )
        return


def _prepare_copy(
    source: Path, target: Path, *, gap_mm: float, breaks: int, mark_shift_mm: float = 0.0
) -> bool:
    """Write ``source`` to ``target`` with the mark raised by ``mark_shift_mm``, ``breaks``
    page breaks and a ``gap_mm`` spacer in front of the 版记; False without a 版记."""
    doc = Document(str(source))
    if abs(mark_shift_mm) > 0.05:
        _raise_mark(doc, mark_shift_mm)
    tbl = banji_table(doc)
    if tbl is None:
        shutil.copyfile(source, target)
        return False
    for _ in range(max(breaks - 1, 0)):
        tbl.addprevious(_spacer(2, page_break=True))  # the blank page
    if gap_mm > 0.05 or breaks:
        tbl.addprevious(_spacer(L.mm(max(gap_mm, 0.0)), page_break=breaks > 0))
    # The paragraph Word needs after a table: as flat as it can be, so it never takes a
    # line of its own below a 版记 that ends on the 版心 bottom.
    after = tbl.getnext()
    if after is not None and after.tag == qn("w:p"):
        ppr = after.find(qn("w:pPr"))
        if ppr is not None:
            L.set_child(
                ppr,
                parse_xml(
                    f'<w:spacing {nsdecls("w")} w:before="0" w:after="0" w:line="2" '
                    'w:lineRule="exact"/>'
                ),
                L._PPR_ORDER,
            )
        _lower_anchor(after)
    doc.save(str(target))
    return True


#: How far the anchor line's characters are lowered (half-points, ``w:position``): from
#: the flat paragraph's line (whose characters LibreOffice draws above it, across the
#: 版记's last row) to just below the 版记's last rule, above the page number's line.
ANCHOR_DROP = 16


def _lower_anchor(paragraph: etree._Element) -> None:
    """The anchor line (``layout.add_anchor_line``) in the flat paragraph after the 版记:
    right-aligned, its characters lowered below the 版记's last rule."""
    text = "".join(t.text or "" for t in paragraph.iter(qn("w:t")))
    if not text.startswith(L.ANCHOR_WORDS):
        return
    ppr = paragraph.find(qn("w:pPr"))
    assert ppr is not None
    L.set_child(ppr, parse_xml(f'<w:jc {nsdecls("w")} w:val="right"/>'), L._PPR_ORDER)
    for run in paragraph.iter(qn("w:r")):
        rpr = run.find(qn("w:rPr"))
        if rpr is None:
            rpr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
            run.insert(0, rpr)
        L.set_child(
            rpr,
            parse_xml(f'<w:position {nsdecls("w")} w:val="-{ANCHOR_DROP}"/>'),
            L._RPR_ORDER,
        )


def _even_page_after(place: BanjiPlace) -> int:
    """The page the 版记 belongs on: its own page when even and whole, else the next even."""
    if not place.split and place.last_page % 2 == 0:
        return place.last_page
    page = place.first_page + 1
    return page if page % 2 == 0 else page + 1


def render_pdf(
    docx: Path,
    outdir: Path,
    *,
    fonts: Fonts,
    soffice: str | None = None,
    place_banji: bool = True,
) -> PdfResult:
    """``outdir/<stem>.pdf`` from ``docx`` with fylink's font stand-ins and the 版记 placed."""
    docx = Path(docx)
    Path(outdir).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="fylink-pdf-") as tmp:
        work = Path(tmp)
        config = font_map.write_fontconfig(fonts, work) if font_map.uses_fontconfig() else None
        result = PdfResult(path=Path(outdir) / f"{docx.stem}.pdf")
        if config is not None:
            result.fonts = font_map.resolve(fonts, config)
            result.warnings.extend(font_map.warnings(result.fonts))
        copy = work / "copy" / docx.name
        copy.parent.mkdir()
        converted = work / "pdf"

        shift = 0.0

        def convert(gap: float, breaks: int) -> tuple[Path, bool]:
            has_banji = _prepare_copy(docx, copy, gap_mm=gap, breaks=breaks, mark_shift_mm=shift)
            pdf = convert_to_pdf(
                copy, converted, soffice=soffice, fontconfig=config, profile=work / "profile"
            )
            return pdf, has_banji

        pdf, has_banji = convert(0.0, 0)
        if M.available():
            # The mark's line is taller than its characters: LibreOffice puts the top of the
            # characters lower than the paragraph's 35 mm spacing says. Measure, raise it.
            # The 版记 is then placed from this same first layout, moved up with the mark.
            shift = _mark_offset(pdf)
            if abs(shift) <= 0.2:
                shift = 0.0
        texts = banji_texts(t) if (t := banji_table(Document(str(docx)))) is not None else []
        if has_banji and place_banji and texts:
            if not M.available():
                result.warnings.append(
                    "注意：未安装 poppler-utils（pdftotext、pdftocairo），PDF 中的版记未能移到"
                    "末页（偶数页）版心底部"
                )
            else:
                _place(result, pdf, texts, convert, shift)
                pdf = converted / copy.with_suffix(".pdf").name
        elif shift:
            pdf, _ = convert(0.0, 0)
        if M.available():
            result.pages = M.page_count(pdf)
        move_into_place(pdf, result.path)
    return result


def _mark_offset(pdf: Path) -> float:
    """How far (mm) the red mark's top is below where §7.2.4 puts it; 0 without a mark."""
    marks = [
        line
        for line in M.lines(pdf, 1, 1)
        if line.y_min < MARK_TOP_MM + 15 and line.y_max - line.y_min > 9  # ≥ 2号
    ]
    return marks[0].y_min - MARK_TOP_MM if marks else 0.0


def _place(
    result: PdfResult, pdf: Path, texts: list[str], convert: "Converter", shift: float
) -> None:
    measured = measure_banji(pdf, texts)
    if measured is None:
        result.warnings.append("注意：PDF 中找不到版记，未能调整版记的位置")
        return
    # The mark is raised by ``shift`` in every later conversion: so is everything below it.
    place = BanjiPlace(
        measured.first_page,
        measured.last_page,
        measured.top - (shift if measured.first_page == 1 else 0.0),
        measured.bottom - (shift if measured.last_page == 1 else 0.0),
        measured.height,
    )
    target_page = _even_page_after(place)
    # Page breaks from the first layout: none when the 版记 is whole on an even page; else
    # it starts a page of its own, after a blank page when that page would be odd.
    breaks = target_page - place.first_page if target_page != place.last_page or place.split else 0
    gap = TARGET_MM - place.bottom if breaks == 0 else TARGET_MM - 37.0 - place.height - 0.5
    too_much = float("inf")  # the smallest gap that pushed the 版记 off its page
    for _ in range(MAX_PASSES - 1):
        pdf, _ = convert(max(gap, 0.0), breaks)
        measured = measure_banji(pdf, texts)
        if measured is None:
            result.warnings.append("注意：PDF 中找不到版记，未能调整版记的位置")
            return
        place = measured
        on_page = not place.split and place.last_page == target_page
        if on_page and abs(place.bottom - TARGET_MM) <= GOOD_MM:
            break
        # On its page but too high or low: move by the difference; pushed over: pull back.
        if on_page:
            gap = min(gap + TARGET_MM - place.bottom, too_much - 0.2)
        else:
            too_much = min(too_much, gap)
            gap -= 0.5
    result.banji = (place.last_page, place.bottom)
    if place.split or place.last_page % 2 or abs(place.bottom - TEXT_BOTTOM_MM) > 0.5:
        result.warnings.append(
            f"注意：PDF 中的版记未能放到偶数页版心底部（第{place.last_page}页，"
            f"距页面上边 {place.bottom:.1f} 毫米）"
        )
