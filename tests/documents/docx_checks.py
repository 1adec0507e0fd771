"""Read a .docx back with python-docx and check it against docs/spec documents.md.

Every check returns a list of problems (empty when the document is right), so a test can
``assert problems == []`` and see everything wrong at once.
"""

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

from fylink.documents.layout import Fonts

TWIPS_PER_MM = 1440 / 25.4
MM_TOLERANCE = 1.0

# (width, height, top, bottom, left, right) in mm
PORTRAIT_MM = (210, 297, 37, 35, 28, 26)
LANDSCAPE_MM = (297, 210, 28, 26, 37, 35)

ATTENDANCE_LABELS = ("出席", "请假", "列席")


def open_docx(path: Path) -> DocxDocument:
    return docx.Document(str(path))


# -- resolution: run → character style → paragraph style → based-on → docDefaults -----------


def _style(doc: DocxDocument, style_id: str | None, kind: str) -> etree._Element | None:
    styles = doc.styles.element
    for style in styles.findall(qn("w:style")):
        if style.get(qn("w:type")) != kind:
            continue
        if style_id is None and style.get(qn("w:default")) in ("1", "true"):
            return style
        if style_id is not None and style.get(qn("w:styleId")) == style_id:
            return style
    return None


def _style_chain(doc: DocxDocument, style_id: str | None, kind: str) -> Iterator[etree._Element]:
    style = _style(doc, style_id, kind)
    if style is None and style_id is not None and kind == "paragraph":
        style = _style(doc, None, kind)  # an unknown pStyle falls back to the default
    seen: set[int] = set()
    while style is not None and id(style) not in seen:
        seen.add(id(style))
        yield style
        based = style.find(qn("w:basedOn"))
        style = _style(doc, based.get(qn("w:val")), kind) if based is not None else None


def rpr_chain(doc: DocxDocument, paragraph: Paragraph, run: Run) -> list[etree._Element]:
    """Run properties in the order Word applies them (first wins)."""
    chain: list[etree._Element] = []
    r_pr = run._r.rPr
    if r_pr is not None:
        chain.append(r_pr)
    char_style = r_pr.find(qn("w:rStyle")) if r_pr is not None else None
    if char_style is not None:
        for style in _style_chain(doc, char_style.get(qn("w:val")), "character"):
            found = style.find(qn("w:rPr"))
            if found is not None:
                chain.append(found)
    for style in _style_chain(doc, paragraph._p.style, "paragraph"):
        found = style.find(qn("w:rPr"))
        if found is not None:
            chain.append(found)
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        found = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
        if found is not None:
            chain.append(found)
    return chain


def ppr_chain(doc: DocxDocument, paragraph: Paragraph) -> list[etree._Element]:
    chain: list[etree._Element] = []
    p_pr = paragraph._p.pPr
    if p_pr is not None:
        chain.append(p_pr)
    for style in _style_chain(doc, paragraph._p.style, "paragraph"):
        found = style.find(qn("w:pPr"))
        if found is not None:
            chain.append(found)
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        found = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}")
        if found is not None:
            chain.append(found)
    return chain


def resolve_run(
    doc: DocxDocument, paragraph: Paragraph, run: Run, tag: str, attr: str = "val"
) -> str | None:
    """First value of ``w:tag/@w:attr`` along the run's chain."""
    for r_pr in rpr_chain(doc, paragraph, run):
        element = r_pr.find(qn(f"w:{tag}"))
        if element is not None and element.get(qn(f"w:{attr}")) is not None:
            return element.get(qn(f"w:{attr}"))
    return None


def resolve_paragraph(doc: DocxDocument, paragraph: Paragraph, tag: str, attr: str) -> str | None:
    for p_pr in ppr_chain(doc, paragraph):
        element = p_pr.find(qn(f"w:{tag}"))
        if element is not None and element.get(qn(f"w:{attr}")) is not None:
            return element.get(qn(f"w:{attr}"))
    return None


def resolves(doc: DocxDocument, paragraph: Paragraph, tag: str) -> bool:
    """Whether an on/off paragraph property (``keepNext`` …) is on along the chain."""
    for p_pr in ppr_chain(doc, paragraph):
        element = p_pr.find(qn(f"w:{tag}"))
        if element is not None:
            return element.get(qn("w:val")) not in ("0", "false", "off")
    return False


def east_asian_font(doc: DocxDocument, paragraph: Paragraph, run: Run) -> str | None:
    return resolve_run(doc, paragraph, run, "rFonts", "eastAsia")


def size_pt(doc: DocxDocument, paragraph: Paragraph, run: Run) -> float | None:
    value = resolve_run(doc, paragraph, run, "sz")
    return int(value) / 2 if value is not None else None


# -- walking the document -----------------------------------------------------------------------


def body_paragraphs(doc: DocxDocument) -> Iterator[Paragraph]:
    """Paragraphs of the body and its tables, in document order."""
    body = doc.element.body
    for p in body.iter(qn("w:p")):
        yield Paragraph(p, doc._body)


def story_paragraphs(doc: DocxDocument) -> Iterator[Paragraph]:
    """Body paragraphs, then header and footer paragraphs."""
    yield from body_paragraphs(doc)
    for rel in doc.part.rels.values():
        if not rel.is_external and rel.reltype in (RT.HEADER, RT.FOOTER):
            part = rel.target_part
            for p in part.element.iter(qn("w:p")):
                yield Paragraph(p, doc._body)


def runs_with_text(paragraph: Paragraph) -> Iterator[Run]:
    for r in paragraph._p.iter(qn("w:r")):
        run = Run(r, paragraph)
        if run.text.strip():
            yield run


# -- checks ---------------------------------------------------------------------------------------


def _mm(twips: str | int | None) -> float:
    return int(twips or 0) / TWIPS_PER_MM


def page_problems(doc: DocxDocument, *, landscape: bool = False) -> list[str]:
    """A4 and the GB/T margins (± 1 mm) in every section."""
    expected = LANDSCAPE_MM if landscape else PORTRAIT_MM
    names = ("width", "height", "top", "bottom", "left", "right")
    problems = []
    for index, section in enumerate(doc.sections):
        sect = section._sectPr
        pg_sz, pg_mar = sect.find(qn("w:pgSz")), sect.find(qn("w:pgMar"))
        if pg_sz is None or pg_mar is None:
            problems.append(f"section {index}: no pgSz/pgMar")
            continue
        actual = (
            _mm(pg_sz.get(qn("w:w"))),
            _mm(pg_sz.get(qn("w:h"))),
            _mm(pg_mar.get(qn("w:top"))),
            _mm(pg_mar.get(qn("w:bottom"))),
            _mm(pg_mar.get(qn("w:left"))),
            _mm(pg_mar.get(qn("w:right"))),
        )
        for name, want, got in zip(names, expected, actual, strict=True):
            if abs(want - got) > MM_TOLERANCE:
                problems.append(f"section {index}: {name} {got:.1f} mm, want {want} mm")
        if landscape and pg_sz.get(qn("w:orient")) != "landscape":
            problems.append(f"section {index}: not marked landscape")
    return problems


def body_problems(doc: DocxDocument) -> list[str]:
    """Body text (Normal style) is 16 pt on an exact 28.95 pt line, condensed 0.25 pt."""
    problems = []
    count = 0
    for paragraph in body_paragraphs(doc):
        if (paragraph._p.style or "Normal") != "Normal":
            continue
        line = resolve_paragraph(doc, paragraph, "spacing", "line")
        rule = resolve_paragraph(doc, paragraph, "spacing", "lineRule")
        if (line, rule) != ("579", "exact"):
            problems.append(f"{paragraph.text[:12]!r}: line {line} {rule}, want 579 exact")
        for run in runs_with_text(paragraph):
            count += 1
            if size_pt(doc, paragraph, run) != 16:
                problems.append(f"{run.text[:12]!r}: {size_pt(doc, paragraph, run)} pt")
            if resolve_run(doc, paragraph, run, "spacing") != "-5":
                problems.append(f"{run.text[:12]!r}: character spacing not -0.25 pt")
    if count == 0:
        problems.append("no body text found")
    return problems


def font_problems(doc: DocxDocument, fonts: Fonts) -> list[str]:
    """Every run with text resolves an East Asian font, one of the configured ones; no theme
    fonts anywhere."""
    allowed = {fonts.body, fonts.title, fonts.heading, fonts.kai, fonts.page_number}
    problems = []
    for paragraph in story_paragraphs(doc):
        for run in runs_with_text(paragraph):
            font = east_asian_font(doc, paragraph, run)
            if font is None:
                problems.append(f"{run.text[:12]!r}: no East Asian font")
            elif font not in allowed:
                problems.append(f"{run.text[:12]!r}: font {font} not configured")
    for root in _xml_roots(doc):
        for rfonts in root.iter(qn("w:rFonts")):
            for attr in ("asciiTheme", "eastAsiaTheme", "hAnsiTheme", "cstheme"):
                if rfonts.get(qn(f"w:{attr}")) is not None:
                    problems.append(f"theme font attribute {attr} left in the document")
    return problems


def _xml_roots(doc: DocxDocument) -> Iterator[etree._Element]:
    yield doc.element
    yield doc.styles.element
    for rel in doc.part.rels.values():
        if not rel.is_external and rel.reltype in (RT.HEADER, RT.FOOTER):
            yield rel.target_part.element


def mark_problems(doc: DocxDocument, fonts: Fonts, text: str) -> list[str]:
    """The red mark: red, 小标宋, centred, one line."""
    for paragraph in body_paragraphs(doc):
        if paragraph.text.strip() != text:
            continue
        problems = []
        if resolve_paragraph(doc, paragraph, "jc", "val") != "center":
            problems.append("mark not centred")
        for run in runs_with_text(paragraph):
            color = resolve_run(doc, paragraph, run, "color")
            if (color or "").upper() != "FF0000":
                problems.append(f"mark colour {color}, want FF0000")
            if east_asian_font(doc, paragraph, run) != fonts.title:
                problems.append(f"mark font {east_asian_font(doc, paragraph, run)}")
            size = size_pt(doc, paragraph, run) or 0
            scale = int(resolve_run(doc, paragraph, run, "w") or 100) / 100
            # 156 mm = 442 pt of line for full-width characters
            if size * scale * len(text) > 442.2:
                problems.append(f"mark {size} pt × {len(text)} characters is wider than a line")
        return problems
    return [f"mark {text!r} not found"]


def attendance_problems(doc: DocxDocument, fonts: Fonts, labels: tuple[str, ...]) -> list[str]:
    """出席/请假/列席: label in 黑体 followed by a full-width colon, names in the body font,
    a hanging indent equal to the label."""
    problems = []
    found = []
    for paragraph in body_paragraphs(doc):
        text = paragraph.text
        label = next((lab for lab in ATTENDANCE_LABELS if text.startswith(lab)), None)
        if label is None or not text.startswith(f"{label}："):
            continue
        found.append(label)
        runs = list(runs_with_text(paragraph))
        head = runs[0]
        if head.text != f"{label}：":
            problems.append(f"{label}: first run is {head.text!r}, want {label}：")
        if east_asian_font(doc, paragraph, head) != fonts.heading:
            problems.append(f"{label}: label font {east_asian_font(doc, paragraph, head)}")
        for run in runs[1:]:
            if east_asian_font(doc, paragraph, run) != fonts.body:
                problems.append(f"{label}: names font {east_asian_font(doc, paragraph, run)}")
        left = int(resolve_paragraph(doc, paragraph, "ind", "left") or 0)
        hanging = int(resolve_paragraph(doc, paragraph, "ind", "hanging") or 0)
        if hanging == 0 or left - hanging < 600:
            problems.append(f"{label}: no hanging indent two characters in")
    if tuple(found) != labels:
        problems.append(f"attendance labels {found}, want {list(labels)}")
    return problems


def footer_problems(doc: DocxDocument) -> list[str]:
    """Odd and even footers, both with a PAGE field; odd right, even left."""
    problems = []
    settings = doc.settings.element
    if settings.find(qn("w:evenAndOddHeaders")) is None:
        problems.append("settings lack w:evenAndOddHeaders")
    for section in doc.sections:
        for footer, align, name in (
            (section.footer, "right", "odd"),
            (section.even_page_footer, "left", "even"),
        ):
            if footer.is_linked_to_previous:
                problems.append(f"no {name} footer")
                continue
            element = footer._element
            instructions = "".join(t.text or "" for t in element.iter(qn("w:instrText")))
            simple = [f.get(qn("w:instr")) or "" for f in element.iter(qn("w:fldSimple"))]
            if "PAGE" not in instructions and not any("PAGE" in s for s in simple):
                problems.append(f"{name} footer has no PAGE field")
            paragraph = footer.paragraphs[0]
            jc = resolve_paragraph(doc, paragraph, "jc", "val")
            if jc != align:
                problems.append(f"{name} footer aligned {jc}, want {align}")
            if "—" not in paragraph.text:
                problems.append(f"{name} footer lacks the dashes of — 1 —")
    return problems


def core_problems(doc: DocxDocument, *, title: str, author: str) -> list[str]:
    """Core properties are ours, not python-docx's sample file's."""
    props = doc.core_properties
    problems = []
    if props.author != author:
        problems.append(f"author {props.author!r}, want {author!r}")
    if props.title != title:
        problems.append(f"title {props.title!r}, want {title!r}")
    if "python-docx" in (props.comments or "") or "python-docx" in (props.author or ""):
        problems.append("python-docx named in the properties")
    for name in ("created", "modified"):
        value: datetime | None = getattr(props, name)
        if value is None or value.year < 2024:
            problems.append(f"{name} is {value}")
    return problems


def raw_xml_problems(path: Path) -> list[str]:
    """python-docx sample-file leftovers anywhere in the package."""
    import zipfile

    problems = []
    with zipfile.ZipFile(path) as package:
        names = package.namelist()
        for name in names:
            if not name.endswith(".xml"):
                continue
            text = package.read(name).decode("utf-8")
            if 'w:w="12240"' in text and 'w:h="15840"' in text:
                problems.append(f"{name}: Letter paper")
            if 'w:after="200"' in text:
                problems.append(f"{name}: python-docx space-after 200")
            if 'w:line="276"' in text:
                problems.append(f"{name}: 1.15 line spacing")
            if "Theme=" in text and name.startswith("word/") and "theme" not in name:
                problems.append(f"{name}: theme font reference")
        if any("thumbnail" in name for name in names):
            problems.append("python-docx thumbnail left in docProps")
    return problems


# Schema order (ECMA-376 Part 1) of the property elements fylink writes. Word rejects a file
# whose children are out of order; LibreOffice does not, so only this check catches it.
_ORDERS = {
    "pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr "
    "suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct "
    "topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind "
    "contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment "
    "textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
    "rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss "
    "imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs "
    "highlight u effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish "
    "oMath",
    "sectPr": "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc "
    "pgBorders lnNumType pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi "
    "rtlGutter docGrid printerSettings sectPrChange",
    "tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize "
    "tblW jc tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption "
    "tblDescription",
    "tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection "
    "tcFitText vAlign hideMark",
    "style": "name aliases basedOn next link autoRedefine hidden uiPriority semiHidden "
    "unhideWhenUsed qFormat locked personal personalCompose personalReply rsid pPr rPr tblPr "
    "trPr tcPr tblStylePr",
}


def order_problems(doc: DocxDocument) -> list[str]:
    """Property elements whose children are out of schema order."""
    problems = []
    for parent_tag, names in _ORDERS.items():
        rank = {qn(f"w:{name}"): index for index, name in enumerate(names.split())}
        for root in _xml_roots(doc):
            for parent in root.iter(qn(f"w:{parent_tag}")):
                ranks = [rank.get(child.tag, -1) for child in parent]
                if -1 in ranks:
                    unknown = [c.tag for c in parent if c.tag not in rank]
                    problems.append(f"{parent_tag}: unexpected children {unknown}")
                elif ranks != sorted(ranks):
                    tags = [etree.QName(child).localname for child in parent]
                    problems.append(f"{parent_tag} children out of order: {tags}")
    return problems


def all_problems(
    path: Path, *, fonts: Fonts, title: str, author: str, landscape: bool = False
) -> list[str]:
    doc = open_docx(path)
    return (
        page_problems(doc, landscape=landscape)
        + font_problems(doc, fonts)
        + footer_problems(doc)
        + core_problems(doc, title=title, author=author)
        + order_problems(doc)
        + raw_xml_problems(path)
    )
