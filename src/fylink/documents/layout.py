"""GB/T 9704-2012 page layout for python-docx documents.

Everything python-docx has no API for (East Asian fonts, borders, fields, character spacing,
odd/even footers) is written as XML here, always in schema order: Word refuses a file whose
property elements are out of order, even though LibreOffice opens it.

Units: Word measures lengths in twips (1/20 pt), font sizes in half-points, border widths in
eighths of a point. The constants below carry those units in their names.
"""

import itertools
import math
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from xml.sax.saxutils import quoteattr

from docx import Document
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.section import Section
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from lxml import etree

# -- fonts -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fonts:
    """Font names written into the documents (a setting of fylink: machines differ)."""

    body: str = "仿宋_GB2312"
    title: str = "方正小标宋简体"
    heading: str = "黑体"
    kai: str = "楷体_GB2312"
    page_number: str = "宋体"

    def replacements(self, configured: "Fonts") -> dict[str, str]:
        """Map this set's names to ``configured``'s (only the names that differ)."""
        mapping: dict[str, str] = {}
        for field in fields(self):
            old, new = getattr(self, field.name), getattr(configured, field.name)
            if old != new:
                mapping[old] = new
        return mapping


#: The names the shipped templates are built with; render swaps them for the configured ones.
DEFAULT_FONTS = Fonts()

# -- numbers -----------------------------------------------------------------------------------

TWIPS_PER_MM = 1440 / 25.4


def mm(value: float) -> int:
    """Millimetres to twips."""
    return round(value * TWIPS_PER_MM)


@dataclass(frozen=True)
class PageGeometry:
    """Paper and margins in twips."""

    width: int
    height: int
    top: int
    bottom: int
    left: int
    right: int
    header: int
    footer: int
    landscape: bool = False

    @property
    def text_width(self) -> int:
        return self.width - self.left - self.right

    @property
    def text_height(self) -> int:
        return self.height - self.top - self.bottom


# A4 with the 156 × 225 mm 版心 (§5.1, §5.2.1). The footer distance puts the top of the
# page number 7 mm below the 版心 (§7.5): 35 mm − 7 mm − one 4号 line (single spacing,
# about 6.8 mm with the stand-in fonts) ≈ 21 mm from the paper's edge to the footer's
# bottom; LibreOffice, measured, wants 25.2 mm for that (its footer keeps a spacing of its
# own above the text).
PORTRAIT = PageGeometry(
    width=11906,  # 210 mm
    height=16838,  # 297 mm
    top=mm(37),
    bottom=mm(35),
    left=mm(28),
    right=mm(26),
    header=mm(15),
    footer=mm(25.2),
)

# Landscape keeps the same 版心, turned: 225 × 156 mm, the 订口 (28 mm) now on top.
LANDSCAPE = PageGeometry(
    width=16838,
    height=11906,
    top=mm(28),
    bottom=mm(26),
    left=mm(37),
    right=mm(35),
    header=mm(15),
    footer=mm(16.2),
    landscape=True,
)

# Font sizes in half-points (号 → pt: 初号 42, 2号 22, 3号 16, 4号 14, 小四 12, 五号 10.5).
SIZE_CHU = 84
SIZE_2 = 44
SIZE_3 = 32
SIZE_4 = 28
SIZE_XIAO4 = 24
SIZE_5 = 21
#: Table text: 五号 on a 17 pt line, so that unit names, dates and "上升100.0个百分点" stay
#: whole in their columns and a 40-task 双清单 is not a seven-page document.
TABLE_SIZE = SIZE_5
TABLE_LINE = 340

#: 28.95 pt: 22 lines fill the 225 mm 版心 (29 pt gives only 21).
BODY_LINE = 579
#: −0.25 pt so that 28 characters of 16 pt fit the 442 pt line.
BODY_CHAR_SPACING = -5
#: One 3号 character as laid out (16 pt − 0.25 pt), in twips.
BODY_CHAR = 320 + BODY_CHAR_SPACING
#: Paragraph first-line indent, "two characters" (LibreOffice ignores firstLineChars).
INDENT_2CH = 640
#: One 4号 character (page numbers, 版记), in twips.
SMALL_CHAR = 280

RED = "FF0000"

#: Alignment of body paragraphs (see the Normal style).
BODY_JC = "left"

# -- style ids (ASCII ids; the names people see in Word are Chinese) ---------------------------

S_NORMAL = "Normal"
S_TITLE = "FyTitle"
S_SUBTITLE = "FySubtitle"
S_MARK = "FyMark"
S_ISSUE = "FyIssue"
S_OFFICE_LINE = "FyOfficeLine"
S_H1 = "FyHeading1"
S_H2 = "FyHeading2"
S_H3 = "FyHeading3"
S_ADDRESSEE = "FyAddressee"
S_SIGNATURE = "FySignature"
S_SIGNATURE_DATE = "FySignatureDate"
S_ATTENDANCE = "FyAttendance"
S_BANJI = "FyBanji"
S_BANJI_CC = "FyBanjiCc"
S_TABLE_TEXT = "FyTableText"
S_TABLE_CENTER = "FyTableCenter"
S_TABLE_HEAD = "FyTableHead"
S_PICTURE = "FyPicture"
S_CAPTION = "FyCaption"
S_PAGE_NUMBER = "FyPageNumber"
S_SPACER = "FySpacer"
C_HEI = "FyHei"
C_KAI = "FyKai"

# -- schema order of the property elements we write --------------------------------------------


def _qualified(names: str) -> tuple[str, ...]:
    return tuple(qn(f"w:{name}") for name in names.split())


_PPR_ORDER = _qualified(
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr "
    "suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct "
    "topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind "
    "contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment "
    "textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange"
)
_RPR_ORDER = _qualified(
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint "
    "noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u "
    "effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath"
)
_SECTPR_ORDER = _qualified(
    "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc "
    "pgBorders lnNumType pgNumType cols formProt vAlign noEndnote titlePg textDirection "
    "bidi rtlGutter docGrid printerSettings sectPrChange"
)
_TBLPR_ORDER = _qualified(
    "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
    "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption "
    "tblDescription tblPrChange"
)
_TCPR_ORDER = _qualified(
    "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection "
    "tcFitText vAlign hideMark"
)


def set_child(parent: etree._Element, child: etree._Element, order: Sequence[str]) -> None:
    """Put ``child`` into ``parent`` at its schema position, replacing one of the same tag."""
    for old in parent.findall(child.tag):
        parent.remove(old)
    later = set(order[order.index(child.tag) + 1 :])
    for existing in parent:
        if existing.tag in later:
            existing.addprevious(child)
            return
    parent.append(child)


def _w(tag: str, **attrs: str | int) -> etree._Element:
    element = OxmlElement(f"w:{tag}")
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), str(value))
    return element


def _ppr(paragraph: Paragraph) -> etree._Element:
    return paragraph._p.get_or_add_pPr()


def _rfonts_xml(font: str) -> str:
    name = quoteattr(font)
    return (
        f'<w:rFonts w:ascii={name} w:eastAsia={name} w:hAnsi={name} w:cs={name} w:hint="eastAsia"/>'
    )


_THEME_FONT_ATTRS = tuple(
    qn(f"w:{a}") for a in ("asciiTheme", "eastAsiaTheme", "hAnsiTheme", "cstheme")
)
_FONT_ATTRS = tuple(qn(f"w:{a}") for a in ("ascii", "eastAsia", "hAnsi", "cs"))


def set_run_font(rpr: etree._Element, font: str) -> None:
    """Give a run (or style) ``font`` for Chinese and Latin alike, theme fonts removed."""
    rfonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
    for attr in _FONT_ATTRS:
        rfonts.set(attr, font)
    rfonts.set(qn("w:hint"), "eastAsia")
    set_child(rpr, rfonts, _RPR_ORDER)


# -- styles ------------------------------------------------------------------------------------


def _style(
    kind: str,
    style_id: str,
    name: str,
    *,
    based_on: str | None = S_NORMAL,
    next_style: str | None = None,
    priority: int = 20,
    ppr: str = "",
    rpr: str = "",
    default: bool = False,
) -> str:
    attrs = f'w:type="{kind}" w:styleId="{style_id}"'
    if default:
        attrs += ' w:default="1"'
    else:
        attrs += ' w:customStyle="1"'
    parts = [f"<w:style {nsdecls('w')} {attrs}>", f"<w:name w:val={quoteattr(name)}/>"]
    if based_on:
        parts.append(f'<w:basedOn w:val="{based_on}"/>')
    if next_style:
        parts.append(f'<w:next w:val="{next_style}"/>')
    parts.append(f'<w:uiPriority w:val="{priority}"/><w:qFormat/>')
    if ppr:
        parts.append(f"<w:pPr>{ppr}</w:pPr>")
    if rpr:
        parts.append(f"<w:rPr>{rpr}</w:rPr>")
    parts.append("</w:style>")
    return "".join(parts)


def _lang() -> str:
    return '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'


def _size(half_points: int) -> str:
    return f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>'


def _exact(line: int) -> str:
    return f'<w:spacing w:before="0" w:after="0" w:line="{line}" w:lineRule="exact"/>'


_SINGLE = '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
_NO_INDENT = '<w:ind w:left="0" w:right="0" w:firstLine="0"/>'
_NOT_CONDENSED = '<w:spacing w:val="0"/>'


def _style_definitions(fonts: Fonts, geometry: PageGeometry) -> list[str]:
    width = geometry.text_width
    attendance_label = 3 * BODY_CHAR  # "出席：" — wrapped names line up after the colon
    cc_label = 3 * SMALL_CHAR  # "抄送："
    return [
        _style(
            "paragraph",
            S_NORMAL,
            "Normal",
            based_on=None,
            default=True,
            priority=0,
            # No widow control: it would pull lines over and break the 22-line page.
            # Left, not justified: LibreOffice (7.4) drops a full-width 。、：at the end of
            # a justified line that holds other punctuation (it hangs it, then never draws
            # it), and ignores w:overflowPunct. Chinese characters are all one em wide and
            # 28 fill the line, so a left-aligned line of Chinese still ends flush.
            ppr='<w:widowControl w:val="0"/>'
            + _exact(BODY_LINE)
            + f'<w:ind w:firstLine="{INDENT_2CH}"/><w:jc w:val="{BODY_JC}"/>',
            rpr=_rfonts_xml(fonts.body)
            + f'<w:spacing w:val="{BODY_CHAR_SPACING}"/>'
            + _size(SIZE_3)
            + _lang(),
        ),
        _style(
            "character",
            "DefaultParagraphFont",
            "Default Paragraph Font",
            based_on=None,
            default=True,
            priority=1,
        ).replace("<w:qFormat/>", "<w:semiHidden/><w:unhideWhenUsed/>"),
        (
            f'<w:style {nsdecls("w")} w:type="table" w:default="1" w:styleId="TableNormal">'
            '<w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>'
            '<w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
            '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
            '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
            "</w:tblCellMar></w:tblPr></w:style>"
        ),
        (
            f'<w:style {nsdecls("w")} w:type="numbering" w:default="1" w:styleId="NoList">'
            '<w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/>'
            "<w:unhideWhenUsed/></w:style>"
        ),
        _style(
            "paragraph",
            S_TITLE,
            "公文标题",
            next_style=S_NORMAL,
            priority=10,
            ppr='<w:keepNext/><w:keepLines/><w:ind w:firstLine="0"/><w:jc w:val="center"/>'
            '<w:outlineLvl w:val="0"/>',
            rpr=_rfonts_xml(fonts.title) + _NOT_CONDENSED + _size(SIZE_2),
        ),
        _style(
            "paragraph",
            S_SUBTITLE,
            "副标题",
            next_style=S_NORMAL,
            ppr='<w:ind w:firstLine="0"/><w:jc w:val="center"/>',
            rpr=_rfonts_xml(fonts.kai),
        ),
        _style(
            "paragraph",
            S_MARK,
            "版头标志",
            next_style=S_ISSUE,
            # Upper edge 35 mm below the 版心 (§7.2.4); single spacing so a large mark is
            # not clipped by the body's exact line height.
            ppr=f'<w:spacing w:before="{mm(35)}" w:after="0" w:line="240" w:lineRule="auto"/>'
            '<w:ind w:firstLine="0"/><w:jc w:val="center"/>',
            rpr=_rfonts_xml(fonts.title)
            + f'<w:color w:val="{RED}"/>'
            + _NOT_CONDENSED
            + _size(SIZE_CHU),
        ),
        _style(
            "paragraph",
            S_ISSUE,
            "期号",
            next_style=S_OFFICE_LINE,
            ppr='<w:ind w:firstLine="0"/><w:jc w:val="center"/>',
        ),
        _style(
            "paragraph",
            S_OFFICE_LINE,
            "版头机关日期",
            next_style=S_NORMAL,
            # No indent, so that the red rule under it spans the whole 版心 (§7.2.7); the
            # text starts with a tab: office one character in, date one character from the
            # right (§10.3).
            ppr=f'<w:tabs><w:tab w:val="left" w:pos="{BODY_CHAR}"/>'
            f'<w:tab w:val="right" w:pos="{width - BODY_CHAR}"/></w:tabs>'
            '<w:ind w:left="0" w:right="0" w:firstLine="0"/>'
            '<w:jc w:val="left"/>',
        ),
        _style(
            "paragraph",
            S_H1,
            "一级标题",
            next_style=S_NORMAL,
            priority=9,
            ppr='<w:keepNext/><w:outlineLvl w:val="1"/>',
            rpr=_rfonts_xml(fonts.heading),
        ),
        _style(
            "paragraph",
            S_H2,
            "二级标题",
            next_style=S_NORMAL,
            priority=9,
            ppr='<w:keepNext/><w:outlineLvl w:val="2"/>',
            rpr=_rfonts_xml(fonts.kai),
        ),
        _style(
            "paragraph",
            S_H3,
            "三级标题",
            next_style=S_NORMAL,
            priority=9,
            ppr='<w:outlineLvl w:val="3"/>',
        ),
        _style(
            "paragraph",
            S_ADDRESSEE,
            "主送机关",
            next_style=S_NORMAL,
            ppr='<w:ind w:firstLine="0"/>',
        ),
        _style(
            "paragraph",
            S_SIGNATURE,
            "发文机关署名",
            next_style=S_SIGNATURE_DATE,
            ppr=f'<w:ind w:left="0" w:right="{INDENT_2CH}" w:firstLine="0"/><w:jc w:val="right"/>',
        ),
        _style(
            "paragraph",
            S_SIGNATURE_DATE,
            "成文日期",
            based_on=S_SIGNATURE,
            next_style=S_NORMAL,
        ),
        _style(
            "paragraph",
            S_ATTENDANCE,
            "出席名单",
            ppr=f'<w:ind w:left="{INDENT_2CH + attendance_label}" '
            f'w:hanging="{attendance_label}"/><w:jc w:val="left"/>',
        ),
        _style(
            "paragraph",
            S_BANJI,
            "版记",
            ppr=f'<w:tabs><w:tab w:val="right" w:pos="{width - SMALL_CHAR}"/></w:tabs>'
            + _exact(BODY_LINE)
            + f'<w:ind w:left="{SMALL_CHAR}" w:right="{SMALL_CHAR}" w:firstLine="0"/>'
            '<w:jc w:val="left"/>',
            rpr=_NOT_CONDENSED + _size(SIZE_4),
        ),
        _style(
            "paragraph",
            S_BANJI_CC,
            "版记抄送",
            based_on=S_BANJI,
            ppr=f'<w:ind w:left="{SMALL_CHAR + cc_label}" w:right="{SMALL_CHAR}" '
            f'w:hanging="{cc_label}"/><w:jc w:val="{BODY_JC}"/>',
        ),
        _style(
            "paragraph",
            S_TABLE_TEXT,
            "表格文字",
            ppr=_exact(TABLE_LINE) + _NO_INDENT + '<w:jc w:val="left"/>',
            rpr=_NOT_CONDENSED + _size(TABLE_SIZE),
        ),
        _style(
            "paragraph",
            S_TABLE_CENTER,
            "表格文字居中",
            based_on=S_TABLE_TEXT,
            ppr='<w:jc w:val="center"/>',
        ),
        _style(
            "paragraph",
            S_TABLE_HEAD,
            "表头",
            based_on=S_TABLE_TEXT,
            ppr='<w:keepNext/><w:jc w:val="center"/>',
            rpr=_rfonts_xml(fonts.heading),
        ),
        _style(
            "paragraph",
            S_PICTURE,
            "图片",
            next_style=S_CAPTION,
            # An exact line height would crop the picture to one text line.
            ppr="<w:keepNext/>" + _SINGLE + _NO_INDENT + '<w:jc w:val="center"/>',
        ),
        _style(
            "paragraph",
            S_CAPTION,
            "图题",
            next_style=S_NORMAL,
            ppr=_NO_INDENT + '<w:jc w:val="center"/>',
            rpr=_rfonts_xml(fonts.kai) + _size(SIZE_4),
        ),
        _style(
            "paragraph",
            S_PAGE_NUMBER,
            "页码",
            ppr=_SINGLE + _NO_INDENT,
            rpr=_rfonts_xml(fonts.page_number) + _NOT_CONDENSED + _size(SIZE_4),
        ),
        _style(
            "paragraph",
            S_SPACER,
            "表后占位",
            # Word needs a paragraph after a table; keep it 1 pt so it never adds a page.
            ppr=_exact(20) + _NO_INDENT,
            rpr=_size(2),
        ),
        _style("character", C_HEI, "黑体字", based_on=None, rpr=_rfonts_xml(fonts.heading)),
        _style("character", C_KAI, "楷体字", based_on=None, rpr=_rfonts_xml(fonts.kai)),
    ]


def install_styles(doc: DocxDocument, fonts: Fonts, geometry: PageGeometry) -> None:
    """Replace python-docx's styles (theme fonts, Letter-era spacing) with the 公文 set."""
    styles = doc.styles.element
    for style in styles.findall(qn("w:style")):
        styles.remove(style)
    for old in styles.findall(qn("w:docDefaults")):
        styles.remove(old)
    defaults = parse_xml(
        f"<w:docDefaults {nsdecls('w')}><w:rPrDefault><w:rPr>{_rfonts_xml(fonts.body)}"
        f"{_size(SIZE_3)}{_lang()}</w:rPr></w:rPrDefault>"
        f"<w:pPrDefault><w:pPr>{_SINGLE}</w:pPr></w:pPrDefault></w:docDefaults>"
    )
    styles.insert(0, defaults)
    for xml in _style_definitions(fonts, geometry):
        styles.append(parse_xml(xml))


# -- package clean-up --------------------------------------------------------------------------

_DROPPED_DOCUMENT_RELS = (
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
    RT.CUSTOM_XML,
)

_APP_XML = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'extended-properties"><Application>fylink</Application><DocSecurity>0</DocSecurity>'
    b"</Properties>"
)


def _clean_package(doc: DocxDocument) -> None:
    """Drop parts python-docx's sample file carries that do not belong in our documents."""
    part = doc.part
    for rid, rel in list(part.rels.items()):
        if rel.reltype in _DROPPED_DOCUMENT_RELS:
            part.drop_rel(rid)
    package_rels = part.package.rels
    for rid, rel in list(package_rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package_rels[rid]
            package_rels._target_parts_by_rId.pop(rid, None)
        elif rel.reltype == RT.EXTENDED_PROPERTIES:
            # "Microsoft Macintosh Word" 2011 would otherwise be named as the producer.
            rel.target_part._blob = _APP_XML


#: What Word should try when a 公文 font is missing (Windows 10 has no 仿宋_GB2312).
ALT_NAMES = {
    "仿宋_GB2312": "仿宋",
    "楷体_GB2312": "楷体",
    "方正小标宋简体": "华文中宋",
    "方正小标宋_GBK": "华文中宋",
}


def write_font_table(doc: DocxDocument, names: Iterable[str]) -> None:
    """List exactly the fonts used, as Chinese (GB2312) fonts with their usual stand-ins.

    python-docx's sample table lists Japanese fonts; Word picks substitutes for a missing
    font from this table, so a wrong entry means a wrong-looking document.
    """
    entries = []
    for name in sorted(set(names)):
        alt = ALT_NAMES.get(name)
        alt_xml = f"<w:altName w:val={quoteattr(alt)}/>" if alt else ""
        entries.append(
            f'<w:font w:name={quoteattr(name)}>{alt_xml}<w:charset w:val="86"/>'
            '<w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>'
        )
    xml = (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f"<w:fonts {nsdecls('w')}>{''.join(entries)}</w:fonts>"
    )
    for rel in doc.part.rels.values():
        if rel.reltype == RT.FONT_TABLE:
            rel.target_part._blob = xml.encode("utf-8")


_A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def write_theme_fonts(doc: DocxDocument, fonts: Fonts) -> None:
    """The theme's heading and body fonts: the 公文 fonts, not Calibri/Cambria.

    python-docx's sample theme names Calibri and Cambria (and Japanese, Korean … fonts);
    WPS asks for a missing theme font even when no run uses it.
    """
    for rel in doc.part.rels.values():
        if rel.is_external or rel.reltype != RT.THEME:
            continue
        part = rel.target_part
        root = etree.fromstring(part.blob)
        for tag, font in (("majorFont", fonts.title), ("minorFont", fonts.body)):
            for group in root.iter(f"{{{_A}}}{tag}"):
                for child in list(group):
                    group.remove(child)
                for script in ("latin", "ea", "cs"):
                    etree.SubElement(group, f"{{{_A}}}{script}").set(
                        "typeface", font if script != "cs" else ""
                    )
                hans = etree.SubElement(group, f"{{{_A}}}font")
                hans.set("script", "Hans")
                hans.set("typeface", font)
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _configure_settings(doc: DocxDocument) -> None:
    settings = doc.settings.element
    # The sample's math font (Cambria Math) is one more font WPS would ask for.
    for math_font in settings.iter(
        "{http://schemas.openxmlformats.org/officeDocument/2006/math}mathFont"
    ):
        math_font.getparent().remove(math_font)
    for tag in ("w:savePreviewPicture", "w:rsids"):
        for old in settings.findall(qn(tag)):
            settings.remove(old)
    for lang in settings.findall(qn("w:themeFontLang")):
        lang.set(qn("w:eastAsia"), "zh-CN")  # the sample file says ja-JP
    for tab in settings.findall(qn("w:defaultTabStop")):
        tab.set(qn("w:val"), str(INDENT_2CH))
    # Odd pages carry the number on the right, even pages on the left (§7.5).
    doc.settings.odd_and_even_pages_header_footer = True


# -- page --------------------------------------------------------------------------------------


def setup_page(section: Section, geometry: PageGeometry) -> None:
    """A4 paper, GB/T margins and a plain 28.95 pt line pitch for one section."""
    sect = section._sectPr
    pg_sz = _w("pgSz", w=geometry.width, h=geometry.height)
    if geometry.landscape:
        pg_sz.set(qn("w:orient"), "landscape")
    set_child(sect, pg_sz, _SECTPR_ORDER)
    set_child(
        sect,
        _w(
            "pgMar",
            top=geometry.top,
            right=geometry.right,
            bottom=geometry.bottom,
            left=geometry.left,
            header=geometry.header,
            footer=geometry.footer,
            gutter=0,
        ),
        _SECTPR_ORDER,
    )
    # No document grid type: exact line spacing already sets the pitch, and a grid makes
    # LibreOffice and WPS re-space Chinese characters.
    set_child(sect, _w("docGrid", linePitch=BODY_LINE), _SECTPR_ORDER)


def _page_number_paragraph(paragraph: Paragraph, *, odd: bool) -> None:
    paragraph._p.style = S_PAGE_NUMBER
    ppr = _ppr(paragraph)
    if odd:
        ind = _w("ind", left=0, right=SMALL_CHAR, firstLine=0)
        jc = _w("jc", val="right")
    else:
        ind = _w("ind", left=SMALL_CHAR, right=0, firstLine=0)
        jc = _w("jc", val="left")
    set_child(ppr, ind, _PPR_ORDER)
    set_child(ppr, jc, _PPR_ORDER)
    for run in list(paragraph.runs):
        run._r.getparent().remove(run._r)
    # — 1 — : one-character dashes around half-width digits, all in the page-number style.
    paragraph.add_run("— ")
    _add_field(paragraph, "PAGE", "1")
    paragraph.add_run(" —")


def _add_field(paragraph: Paragraph, instruction: str, placeholder: str) -> None:
    p = paragraph._p

    def run_with(child: etree._Element) -> None:
        r = OxmlElement("w:r")
        r.append(child)
        p.append(r)

    run_with(_w("fldChar", fldCharType="begin"))
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    run_with(_w("fldChar", fldCharType="separate"))
    text = OxmlElement("w:t")
    text.text = placeholder
    run_with(text)
    run_with(_w("fldChar", fldCharType="end"))


def add_page_numbers(section: Section) -> None:
    """Odd footer right, even footer left, each with a PAGE field as — N —."""
    for footer, odd in ((section.footer, True), (section.even_page_footer, False)):
        footer.is_linked_to_previous = False
        _page_number_paragraph(footer.paragraphs[0], odd=odd)


def new_document(fonts: Fonts = DEFAULT_FONTS, *, landscape: bool = False) -> DocxDocument:
    """An empty GB/T 9704 document: styles, A4 page, odd/even page numbers."""
    geometry = LANDSCAPE if landscape else PORTRAIT
    doc = Document()
    _clean_package(doc)
    install_styles(doc, fonts, geometry)
    write_font_table(doc, (getattr(fonts, f.name) for f in fields(fonts)))
    write_theme_fonts(doc, fonts)
    _configure_settings(doc)
    body = doc.element.body
    for paragraph in body.findall(qn("w:p")):
        body.remove(paragraph)
    section = doc.sections[0]
    setup_page(section, geometry)
    add_page_numbers(section)
    return doc


def geometry_of(section: Section) -> PageGeometry:
    """Read a section's page back (an office may have changed the template's margins)."""
    sect = section._sectPr
    pg_sz, pg_mar = sect.find(qn("w:pgSz")), sect.find(qn("w:pgMar"))
    landscape = pg_sz is not None and pg_sz.get(qn("w:orient")) == "landscape"
    base = LANDSCAPE if landscape else PORTRAIT
    if pg_sz is None or pg_mar is None:
        return base

    def read(element: etree._Element, attr: str, default: int) -> int:
        value = element.get(qn(f"w:{attr}"))
        try:
            return int(value) if value is not None else default
        except ValueError:  # Word writes plain integers; be lenient with other producers
            return default

    return PageGeometry(
        width=read(pg_sz, "w", base.width),
        height=read(pg_sz, "h", base.height),
        top=read(pg_mar, "top", base.top),
        bottom=read(pg_mar, "bottom", base.bottom),
        left=read(pg_mar, "left", base.left),
        right=read(pg_mar, "right", base.right),
        header=read(pg_mar, "header", base.header),
        footer=read(pg_mar, "footer", base.footer),
        landscape=landscape,
    )


# -- paragraphs --------------------------------------------------------------------------------


def add_paragraph(doc: DocxDocument, text: str = "", style: str = S_NORMAL) -> Paragraph:
    paragraph = doc.add_paragraph()
    paragraph._p.style = style
    if text:
        paragraph.add_run(text)
    return paragraph


def add_run(paragraph: Paragraph, text: str, char_style: str | None = None) -> None:
    """Append ``text``, optionally in a character style (黑体 lead sentence, 楷体 …)."""
    run = paragraph.add_run(text)
    if char_style:
        run._r.style = char_style


def red_rule(paragraph: Paragraph, *, space_pt: int = 6) -> None:
    """A red line under the paragraph, as wide as the 版心 (the 版头 separator, §7.2.7)."""
    border = parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="12" w:space="{space_pt}" '
        f'w:color="{RED}"/></w:pBdr>'
    )
    set_child(_ppr(paragraph), border, _PPR_ORDER)


def keep_with_next(paragraph: Paragraph) -> None:
    """Keep the paragraph on the page of the next one (a signature never stands alone)."""
    set_child(_ppr(paragraph), _w("keepNext"), _PPR_ORDER)


def set_indent(paragraph: Paragraph, **twips: int) -> None:
    set_child(_ppr(paragraph), _w("ind", **twips), _PPR_ORDER)


# -- tables ------------------------------------------------------------------------------------


def _border_xml(tag: str, size: int, color: str = "000000") -> str:
    if size <= 0:
        return f'<w:{tag} w:val="nil"/>'
    return f'<w:{tag} w:val="single" w:sz="{size}" w:space="0" w:color="{color}"/>'


def set_table_borders(
    table: Table, *, outer: int = 4, inside_h: int = 4, inside_v: int = 4, sides: bool = True
) -> None:
    """Table borders in eighths of a point (0 = none)."""
    left_right = outer if sides else 0
    xml = (
        f"<w:tblBorders {nsdecls('w')}>"
        + _border_xml("top", outer)
        + _border_xml("left", left_right)
        + _border_xml("bottom", outer)
        + _border_xml("right", left_right)
        + _border_xml("insideH", inside_h)
        + _border_xml("insideV", inside_v)
        + "</w:tblBorders>"
    )
    set_child(table._tbl.tblPr, parse_xml(xml), _TBLPR_ORDER)


def new_table(
    doc: DocxDocument, widths: Sequence[int], rows: int, *, header_rows: int = 0
) -> Table:
    """A fixed-layout table of the given column widths (twips), centred, thin borders."""
    table = doc.add_table(rows=rows, cols=len(widths))
    tbl_pr = table._tbl.tblPr
    total = sum(widths)
    set_child(tbl_pr, _w("tblW", w=total, type="dxa"), _TBLPR_ORDER)
    set_child(tbl_pr, _w("jc", val="center"), _TBLPR_ORDER)
    set_child(tbl_pr, _w("tblLayout", type="fixed"), _TBLPR_ORDER)
    set_child(
        tbl_pr,
        parse_xml(
            f'<w:tblCellMar {nsdecls("w")}><w:top w:w="57" w:type="dxa"/>'
            '<w:left w:w="85" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/>'
            '<w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
        ),
        _TBLPR_ORDER,
    )
    set_table_borders(table)
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(width))
    for row_index, row in enumerate(table.rows):
        for cell, width in zip(row.cells, widths, strict=True):
            set_cell_width(cell, width)
            set_child(cell._tc.get_or_add_tcPr(), _w("vAlign", val="center"), _TCPR_ORDER)
        if row_index < header_rows:
            repeat_header(row._tr)
    return table


def set_cell_width(cell: _Cell, width: int) -> None:
    set_child(cell._tc.get_or_add_tcPr(), _w("tcW", w=width, type="dxa"), _TCPR_ORDER)


def cant_split(tr: etree._Element) -> None:
    """Never break this row across two pages."""
    tr_pr = tr.get_or_add_trPr()
    for old in tr_pr.findall(qn("w:cantSplit")):
        tr_pr.remove(old)
    tr_pr.append(_w("cantSplit"))  # trPr children are a choice group: any order is valid


def repeat_header(tr: etree._Element) -> None:
    """Repeat this row at the top of every page the table runs onto."""
    tr_pr = tr.get_or_add_trPr()
    for old in tr_pr.findall(qn("w:tblHeader")):
        tr_pr.remove(old)
    tr_pr.append(_w("tblHeader"))  # trPr children are a choice group: any order is valid


def cell_paragraph(cell: _Cell, text: str, style: str, char_style: str | None = None) -> None:
    """Write ``text`` as the cell's only paragraph."""
    paragraph = cell.paragraphs[0]
    paragraph._p.style = style
    if text:
        add_run(paragraph, text, char_style)


def float_to_page_bottom(table: Table) -> None:
    """Anchor the table to the bottom of the 版心 (Word/WPS; LibreOffice 7 lays it inline)."""
    tbl_pr = table._tbl.tblPr
    set_child(
        tbl_pr,
        _w(
            "tblpPr",
            leftFromText=0,
            rightFromText=0,
            topFromText=0,
            bottomFromText=0,
            vertAnchor="margin",
            horzAnchor="margin",
            tblpXSpec="center",
            tblpYSpec="bottom",
        ),
        _TBLPR_ORDER,
    )
    set_child(tbl_pr, _w("tblOverlap", val="never"), _TBLPR_ORDER)


def add_banji(
    doc: DocxDocument,
    *,
    cc: str | None,
    issuer: str,
    issued_on: str,
    cc_guard: tuple[str, str] | None = None,
    cc_label: str = "抄送",
) -> Table:
    """版记 (§7.4): 抄送 row, 印发机关 + 印发日期 row, thick outer and thin inner rules.

    ``cc_guard`` wraps the 抄送 row in two docxtpl row tags (e.g. ``{%tr if cc %}``) so a
    template can drop it.
    """
    width = geometry_of(doc.sections[-1]).text_width
    rows: list[tuple[str, str]] = []
    if cc is not None:
        if cc_guard:
            rows.append((cc_guard[0], S_BANJI))
        rows.append((f"{cc_label}：{cc}", S_BANJI_CC))
        if cc_guard:
            rows.append((cc_guard[1], S_BANJI))
    rows.append((f"{issuer}\t{issued_on}印发", S_BANJI))
    table = new_table(doc, [width], len(rows))
    # Thick first and last rules (0.35 mm ≈ 1 pt), thin rules between (0.25 mm ≈ ¾ pt).
    set_table_borders(table, outer=8, inside_h=6, inside_v=0, sides=False)
    tbl_pr = table._tbl.tblPr
    set_child(
        tbl_pr,
        parse_xml(
            f'<w:tblCellMar {nsdecls("w")}><w:top w:w="0" w:type="dxa"/>'
            '<w:left w:w="0" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
            '<w:right w:w="0" w:type="dxa"/></w:tblCellMar>'
        ),
        _TBLPR_ORDER,
    )
    float_to_page_bottom(table)
    for row, (text, style) in zip(table.rows, rows, strict=True):
        cell_paragraph(row.cells[0], text, style)
    add_paragraph(doc, "", S_SPACER)
    return table


# -- post-render adjustments -------------------------------------------------------------------


def text_units(text: str) -> float:
    """Width of ``text`` in em: CJK and full-width characters 1, others ½."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WFA" else 0.5 for ch in text)


def fit_mark(paragraph: Paragraph, width_twips: int) -> None:
    """Size a red mark so it fits one line: up to 初号, never below 2号 (then condense)."""
    text = paragraph.text.strip()
    units = text_units(text)
    if units == 0:
        return
    # 4 % slack: Word and LibreOffice add a little side bearing to large CJK glyphs.
    fit_half_points = math.floor(width_twips / 20 / units * 0.96 * 2)
    size = min(SIZE_CHU, max(SIZE_2, fit_half_points))
    scale = 100
    if fit_half_points < SIZE_2:
        scale = max(50, math.floor(100 * fit_half_points / SIZE_2))
    for run in paragraph.runs:
        rpr = run._r.get_or_add_rPr()
        set_child(rpr, _w("sz", val=size), _RPR_ORDER)
        set_child(rpr, _w("szCs", val=size), _RPR_ORDER)
        if scale < 100:
            set_child(rpr, _w("w", val=scale), _RPR_ORDER)


def fit_marks(doc: DocxDocument) -> None:
    width = geometry_of(doc.sections[0]).text_width
    for paragraph in iter_paragraphs(doc):
        if paragraph._p.style == S_MARK:
            fit_mark(paragraph, width)


#: A title line breaks before these words (whole words on each line, §7.3.1) …
_TITLE_BREAK_BEFORE = ("府院联动", "关于", "工作情况", "情况", "的", "通报", "督办")
#: … or after these characters.
_TITLE_BREAK_AFTER = "度年县区市镇局院）"


def _title_break(text: str, capacity: float) -> int | None:
    """Where to break a title too long for one line: whole words, lines of like length."""
    total = text_units(text)
    if total <= capacity - 0.5:  # digits may be wider than half a character: keep slack
        return None
    best: tuple[float, int] | None = None
    for index in range(1, len(text)):
        good = text[index - 1] in _TITLE_BREAK_AFTER or text.startswith(_TITLE_BREAK_BEFORE, index)
        first = text_units(text[:index])
        if first > capacity - 0.5 or total - first > capacity - 0.5:
            continue
        score = abs(total - 2 * first) + (0 if good else 3)
        if best is None or score < best[0]:
            best = (score, index)
    return best[1] if best else None


DASH = "—"


def drop_dash_columns(doc: DocxDocument) -> None:
    """Remove a table column whose every body cell is "—" (an annual briefing has no 环比);
    its width goes to the widest column left, the one holding names (单位, 指标) — not to
    a narrow 序号."""
    for table in doc.tables:
        tbl = table._tbl
        rows = tbl.findall(qn("w:tr"))
        if len(rows) < 2 or any(
            len(tr.findall(qn("w:tc"))) != len(rows[0].findall(qn("w:tc"))) for tr in rows
        ):
            continue  # merged cells: leave the table alone
        count = len(rows[0].findall(qn("w:tc")))

        def text(tc: etree._Element) -> str:
            return "".join(t.text or "" for t in tc.iter(qn("w:t"))).strip()

        for col in reversed(range(1, count)):
            cells = [tr.findall(qn("w:tc"))[col] for tr in rows]
            if not text(cells[0]) or any(text(tc) != DASH for tc in cells[1:]):
                continue
            grid = tbl.tblGrid.findall(qn("w:gridCol"))
            widths = [int(g.get(qn("w:w")) or 0) for g in grid]
            keep = [i for i in range(len(grid)) if i != col]
            widest = max(keep, key=lambda i: (widths[i], -i))
            merged = widths[widest] + widths[col]
            grid[widest].set(qn("w:w"), str(merged))
            grid[col].getparent().remove(grid[col])
            for tr in rows:
                tcs = tr.findall(qn("w:tc"))
                tc_w = tcs[widest].find(f"{qn('w:tcPr')}/{qn('w:tcW')}")
                if tc_w is not None:
                    tc_w.set(qn("w:w"), str(merged))
                tr.remove(tcs[col])


def balance_titles(doc: DocxDocument) -> None:
    """Break a two-line 2号 title between words, never leaving one character alone (§7.3.1:
    词意完整，排列对称，长短适宜)."""
    capacity = geometry_of(doc.sections[0]).text_width / (SIZE_2 * 10)
    for paragraph in doc.paragraphs:
        if not _has_style(paragraph, S_TITLE) or len(paragraph.runs) != 1:
            continue
        run = paragraph.runs[0]
        text = run.text
        if "\n" in text:
            continue
        index = _title_break(text, capacity)
        if index is not None:
            run.text = text[:index] + "\n" + text[index:]


def align_signature(doc: DocxDocument) -> None:
    """§7.3.5.2: office 2 characters from the right; the date starts 2 characters further
    right than the office, unless it is longer — then the date keeps 2 characters and the
    office moves left."""
    paragraphs = list(doc.paragraphs)
    width = geometry_of(doc.sections[0]).text_width
    for office, date in itertools.pairwise(paragraphs):
        if not (_has_style(office, S_SIGNATURE) and _has_style(date, S_SIGNATURE_DATE)):
            continue
        office_width = round(text_units(office.text.strip()) * BODY_CHAR)
        # Digits are narrower or wider than half a character depending on the font (DejaVu:
        # 0.64 em), so the date starts at a fixed place (left-aligned) and only its end
        # depends on the font; its width is estimated generously.
        date_width = round(
            sum(1.0 if text_units(ch) == 1 else 0.65 for ch in date.text.strip()) * BODY_CHAR
        )
        office_right = INDENT_2CH
        if office_width - date_width >= INDENT_2CH:
            # The usual case: the date's first character two characters right of the
            # office's first character, whatever the width of its digits.
            office_left = width - office_right - office_width
            set_indent(office, left=0, right=office_right, firstLine=0)
            set_indent(date, left=office_left + 2 * BODY_CHAR, right=0, firstLine=0)
            set_child(_ppr(date), _w("jc", val="left"), _PPR_ORDER)
            continue
        # A date longer than the office: the date 2 characters from the right, the office
        # moved left to keep its two characters' lead.
        date_right = INDENT_2CH
        office_right = date_width + INDENT_2CH - office_width + INDENT_2CH
        set_indent(office, left=0, right=max(office_right, INDENT_2CH), firstLine=0)
        set_indent(date, left=0, right=date_right, firstLine=0)


def _has_style(paragraph: Paragraph, style_id: str) -> bool:
    return paragraph._p.style == style_id


def iter_paragraphs(doc: DocxDocument) -> Iterator[Paragraph]:
    """Body paragraphs, including those in table cells."""
    yield from doc.paragraphs
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


def xml_parts(doc: DocxDocument) -> Iterator[etree._Element]:
    """Root elements of the document, styles, headers and footers."""
    yield doc.element
    yield doc.styles.element
    for rel in doc.part.rels.values():
        if rel.is_external:
            continue
        if rel.reltype in (RT.HEADER, RT.FOOTER):
            yield rel.target_part.element


def replace_fonts(doc: DocxDocument, mapping: Mapping[str, str]) -> None:
    """Rename fonts everywhere they are named (body, styles, headers, footers)."""
    if not mapping:
        return
    for root in xml_parts(doc):
        for rfonts in root.iter(qn("w:rFonts")):
            for attr in _FONT_ATTRS:
                value = rfonts.get(attr)
                if value in mapping:
                    rfonts.set(attr, mapping[value])
            for attr in _THEME_FONT_ATTRS:
                rfonts.attrib.pop(attr, None)


#: The words before the journal's anchor on a document (``fylink log --verify --anchor``).
ANCHOR_WORDS = "变更日志锚点"


def add_anchor_line(doc: DocxDocument, anchor: str) -> None:
    """The journal's head in a small grey line at the very end of the document (after
    the 版记, in the spacer paragraph that follows it, so the 版记 does not move), and in
    the document's properties (备注). Right-aligned; in the PDF it sits just under the
    版记's last rule (see ``pdf_layout``)."""
    body = doc.element.body
    last = body.findall(qn("w:p"))
    paragraph = (
        Paragraph(last[-1], doc._body)
        if last and not "".join(t.text or "" for t in last[-1].iter(qn("w:t")))
        else doc.add_paragraph()
    )
    # Right-aligned: the last page is even, its page number sits on the left (§7.5).
    set_child(_ppr(paragraph), _w("jc", val="right"), _PPR_ORDER)
    run = paragraph.add_run(f"{ANCHOR_WORDS} {anchor}")
    rpr = run._r.get_or_add_rPr()
    rpr.append(parse_xml(f'<w:color {nsdecls("w")} w:val="808080"/>'))
    rpr.append(parse_xml(f'<w:sz {nsdecls("w")} w:val="14"/>'))
    rpr.append(parse_xml(f'<w:szCs {nsdecls("w")} w:val="14"/>'))
    doc.core_properties.comments = f"fylink {ANCHOR_WORDS} {anchor}"


def set_core_properties(
    doc: DocxDocument, *, title: str, author: str, now: datetime | None = None
) -> None:
    """Own metadata instead of python-docx's (author "python-docx", created 2013)."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    props = doc.core_properties
    props.title = title
    props.author = author
    props.last_modified_by = author
    props.created = stamp
    props.modified = stamp
    props.revision = 1
    props.comments = ""
    props.subject = ""
    props.keywords = ""
    props.category = ""
    props.language = "zh-CN"


def font_names(doc: DocxDocument) -> set[str]:
    """Every font named in the document, styles, headers and footers."""
    names: set[str] = set()
    for root in xml_parts(doc):
        for rfonts in root.iter(qn("w:rFonts")):
            names.update(v for a in _FONT_ATTRS if (v := rfonts.get(a)))
    return names


def join_units(names: Iterable[str]) -> str:
    """Units and people as the office lists them: 县法院、县司法局."""
    return "、".join(name for name in names if name)
