"""layout.py: the GB/T 9704 page, styles and helpers, checked on a document built in code."""

import zipfile
from pathlib import Path

import docx_checks as checks
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from fylink.documents import layout as L
from fylink.documents.layout import DEFAULT_FONTS, Fonts


def _sample(tmp_path: Path, *, landscape: bool = False) -> Path:
    doc = L.new_document(landscape=landscape)
    L.add_paragraph(doc, "示范县府院联动联席会议纪要", L.S_MARK)
    L.add_paragraph(doc, "第1期", L.S_ISSUE)
    L.red_rule(L.add_paragraph(doc, "示范县府院联动办公室\t2025年1月6日", L.S_OFFICE_LINE))
    L.add_paragraph(doc, "关于加强府院联动工作的通知", L.S_TITLE)
    paragraph = L.add_paragraph(doc)
    L.add_run(paragraph, "一、总体要求。", L.C_HEI)
    L.add_run(paragraph, "各单位要加强协调配合。")
    L.add_paragraph(doc, "（一）明确责任", L.S_H2)
    attendance = L.add_paragraph(doc, style=L.S_ATTENDANCE)
    L.add_run(attendance, "出席：", L.C_HEI)
    L.add_run(attendance, "王建国、李明")
    L.add_banji(doc, cc="县委办公室。", issuer="示范县府院联动办公室", issued_on="2025年1月6日")
    L.fit_marks(doc)
    L.set_core_properties(doc, title="测试", author="示范县府院联动办公室")
    path = tmp_path / "sample.docx"
    doc.save(str(path))
    return path


def test_new_document_meets_the_numbers(tmp_path: Path) -> None:
    path = _sample(tmp_path)
    problems = checks.all_problems(
        path, fonts=DEFAULT_FONTS, title="测试", author="示范县府院联动办公室"
    )
    doc = checks.open_docx(path)
    problems += checks.body_problems(doc)
    problems += checks.mark_problems(doc, DEFAULT_FONTS, "示范县府院联动联席会议纪要")
    problems += checks.attendance_problems(doc, DEFAULT_FONTS, ("出席",))
    assert problems == []


def test_landscape_keeps_the_text_block_turned(tmp_path: Path) -> None:
    path = _sample(tmp_path, landscape=True)
    assert checks.page_problems(checks.open_docx(path), landscape=True) == []
    assert L.LANDSCAPE.text_width == L.PORTRAIT.text_height
    assert L.LANDSCAPE.text_height == L.PORTRAIT.text_width


def test_text_block_is_156_by_225_mm() -> None:
    assert L.PORTRAIT.text_width / L.TWIPS_PER_MM == pytest.approx(156, abs=0.5)
    assert L.PORTRAIT.text_height / L.TWIPS_PER_MM == pytest.approx(225, abs=0.5)
    # 28 condensed characters fit the line, 22 exact lines fit the block
    assert 28 * L.BODY_CHAR <= L.PORTRAIT.text_width < 29 * L.BODY_CHAR
    assert 22 * L.BODY_LINE <= L.PORTRAIT.text_height < 23 * L.BODY_LINE


def test_styles_set_east_asian_fonts_through_xml(tmp_path: Path) -> None:
    doc = checks.open_docx(_sample(tmp_path))
    normal = doc.styles.element.find(f"{qn('w:style')}[@{qn('w:styleId')}='Normal']")
    rfonts = normal.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
    assert {
        a: rfonts.get(qn(f"w:{a}")) for a in ("ascii", "eastAsia", "hAnsi", "cs")
    } == dict.fromkeys(("ascii", "eastAsia", "hAnsi", "cs"), "仿宋_GB2312")
    assert rfonts.get(qn("w:hint")) == "eastAsia"
    lang = normal.find(f"{qn('w:rPr')}/{qn('w:lang')}")
    assert lang.get(qn("w:eastAsia")) == "zh-CN"


def test_heading_fonts_follow_the_levels(tmp_path: Path) -> None:
    doc = checks.open_docx(_sample(tmp_path))
    by_text = {p.text: p for p in checks.body_paragraphs(doc)}
    lead_paragraph = by_text["一、总体要求。各单位要加强协调配合。"]
    lead, rest = list(checks.runs_with_text(lead_paragraph))
    assert checks.east_asian_font(doc, lead_paragraph, lead) == "黑体"
    assert checks.east_asian_font(doc, lead_paragraph, rest) == "仿宋_GB2312"
    h2 = by_text["（一）明确责任"]
    assert checks.east_asian_font(doc, h2, next(checks.runs_with_text(h2))) == "楷体_GB2312"
    title = by_text["关于加强府院联动工作的通知"]
    run = next(checks.runs_with_text(title))
    assert checks.east_asian_font(doc, title, run) == "方正小标宋简体"
    assert checks.size_pt(doc, title, run) == 22
    assert checks.resolve_paragraph(doc, title, "jc", "val") == "center"


def test_red_rule_is_a_red_bottom_border(tmp_path: Path) -> None:
    doc = checks.open_docx(_sample(tmp_path))
    office_line = next(p for p in doc.paragraphs if p.text.startswith("示范县府院联动办公室"))
    bottom = office_line._p.pPr.find(f"{qn('w:pBdr')}/{qn('w:bottom')}")
    assert bottom.get(qn("w:color")) == "FF0000"


def test_page_number_footer_reads_dash_page_dash(tmp_path: Path) -> None:
    doc = checks.open_docx(_sample(tmp_path))
    footer = doc.sections[0].footer.paragraphs[0]
    assert footer.text == "— 1 —"  # the field's placeholder result
    run = next(checks.runs_with_text(footer))
    assert checks.east_asian_font(doc, footer, run) == "宋体"
    assert checks.size_pt(doc, footer, run) == 14


def test_banji_rules_are_thick_outside_thin_inside(tmp_path: Path) -> None:
    doc = checks.open_docx(_sample(tmp_path))
    table = doc.tables[-1]
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    size = {b: borders.find(qn(f"w:{b}")).get(qn("w:sz")) for b in ("top", "bottom", "insideH")}
    assert size == {"top": "8", "bottom": "8", "insideH": "6"}
    assert [row.cells[0].text for row in table.rows] == [
        "抄送：县委办公室。",
        "示范县府院联动办公室\t2025年1月6日印发",
    ]


@pytest.mark.parametrize(
    ("text", "size", "scale"),
    [
        ("纪要", 84, None),  # short: capped at 初号
        ("示范县府院联动联席会议纪要", 65, None),  # 13 characters: 32.5 pt
        ("示范县人民政府办公室示范县人民法院联合会议纪要", 44, "81"),  # 23: 2号, condensed
    ],
)
def test_fit_mark_keeps_one_line(text: str, size: int, scale: str | None) -> None:
    doc = L.new_document()
    paragraph = L.add_paragraph(doc, text, L.S_MARK)
    L.fit_mark(paragraph, L.PORTRAIT.text_width)
    r_pr = paragraph.runs[0]._r.rPr
    assert r_pr.find(qn("w:sz")).get(qn("w:val")) == str(size)
    w = r_pr.find(qn("w:w"))
    assert (w.get(qn("w:val")) if w is not None else None) == scale


def test_replace_fonts_renames_everywhere(tmp_path: Path) -> None:
    doc = checks.open_docx(_sample(tmp_path))
    other = Fonts(body="仿宋", title="华文中宋", heading="SimHei", kai="楷体", page_number="SimSun")
    L.replace_fonts(doc, DEFAULT_FONTS.replacements(other))
    assert L.font_names(doc) == {"仿宋", "华文中宋", "SimHei", "楷体", "SimSun"}
    assert checks.font_problems(doc, other) == []


def test_replacements_only_list_changed_names() -> None:
    assert DEFAULT_FONTS.replacements(DEFAULT_FONTS) == {}
    assert DEFAULT_FONTS.replacements(Fonts(body="仿宋")) == {"仿宋_GB2312": "仿宋"}


def test_signature_date_starts_two_characters_right_of_the_office() -> None:
    doc = L.new_document()
    L.add_paragraph(doc, "示范县府院联动办公室", L.S_SIGNATURE)  # 10 characters
    L.add_paragraph(doc, "2025年4月10日", L.S_SIGNATURE_DATE)
    L.align_signature(doc)
    office, date = doc.paragraphs
    office_ind = office._p.pPr.find(qn("w:ind"))
    date_ind = date._p.pPr.find(qn("w:ind"))
    assert int(office_ind.get(qn("w:right"))) == L.INDENT_2CH
    # The date is left-aligned from a fixed place, so its digits' width does not move its
    # start: date start − office start = 2 characters.
    assert date._p.pPr.find(qn("w:jc")).get(qn("w:val")) == "left"
    width = L.PORTRAIT.text_width
    office_start = width - L.INDENT_2CH - 10 * L.BODY_CHAR
    assert int(date_ind.get(qn("w:left"))) - office_start == 2 * L.BODY_CHAR


def test_signature_date_longer_than_the_office() -> None:
    doc = L.new_document()
    L.add_paragraph(doc, "县法院", L.S_SIGNATURE)
    L.add_paragraph(doc, "2025年11月30日", L.S_SIGNATURE_DATE)
    L.align_signature(doc)
    office, date = doc.paragraphs
    assert int(date._p.pPr.find(qn("w:ind")).get(qn("w:right"))) == L.INDENT_2CH
    assert int(office._p.pPr.find(qn("w:ind")).get(qn("w:right"))) > L.INDENT_2CH


def test_join_units() -> None:
    assert L.join_units(["县法院", "", "县司法局"]) == "县法院、县司法局"


def test_font_table_lists_the_fonts_with_stand_ins(tmp_path: Path) -> None:
    with zipfile.ZipFile(_sample(tmp_path)) as package:
        table = package.read("word/fontTable.xml").decode()
    assert 'w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:charset w:val="86"/>' in table
    assert 'w:name="方正小标宋简体"><w:altName w:val="华文中宋"/>' in table
    assert "ＭＳ 明朝" not in table  # python-docx's sample lists Japanese fonts


def test_set_run_font_replaces_theme_fonts() -> None:
    doc = L.new_document()
    paragraph = L.add_paragraph(doc, "测试")
    r_pr = paragraph.runs[0]._r.get_or_add_rPr()
    r_pr.append(
        parse_xml(
            f'<w:rFonts {nsdecls("w")} w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia"/>'
        )
    )
    r_pr.append(parse_xml(f'<w:sz {nsdecls("w")} w:val="32"/>'))
    L.set_run_font(r_pr, "黑体")
    (rfonts,) = r_pr.findall(qn("w:rFonts"))
    assert rfonts.get(qn("w:eastAsia")) == "黑体"
    assert rfonts.get(qn("w:asciiTheme")) is None
    assert [child.tag for child in r_pr] == [qn("w:rFonts"), qn("w:sz")]


@pytest.mark.parametrize(
    ("title", "lines"),
    [
        (
            "2025年第一季度示范县府院联动工作情况通报",
            ["2025年第一季度示范县", "府院联动工作情况通报"],
        ),
        (
            "2025年第一季度县人民法院府院联动工作情况通报",
            ["2025年第一季度县人民法院", "府院联动工作情况通报"],
        ),
        ("2024年度示范县府院联动工作情况通报", ["2024年度示范县府院联动工作情况通报"]),
    ],
)
def test_a_long_title_breaks_between_words(title: str, lines: list[str]) -> None:
    doc = L.new_document()
    L.add_paragraph(doc, title, L.S_TITLE)
    L.balance_titles(doc)
    assert doc.paragraphs[0].text.split("\n") == lines


def test_a_column_of_dashes_is_dropped() -> None:
    doc = L.new_document()
    table = L.new_table(doc, [2000, 1000, 1000], 3, header_rows=1)
    for row, texts in zip(
        table.rows,
        [("指标", "同比", "环比"), ("甲", "上升1.0%", "—"), ("乙", "—", "—")],
        strict=True,
    ):
        for cell, text in zip(row.cells, texts, strict=True):
            L.cell_paragraph(cell, text, L.S_TABLE_TEXT)
    L.drop_dash_columns(doc)
    assert [c.text for c in doc.tables[0].rows[0].cells] == ["指标", "同比"]
    widths = [int(g.get(qn("w:w"))) for g in doc.tables[0]._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert widths == [3000, 1000]


def test_a_dropped_column_s_width_goes_to_the_names_not_to_the_serial_number() -> None:
    # The units table of a quarter with no hearing: 负责人出庭率 is all "—".
    doc = L.new_document()
    table = L.new_table(doc, [600, 2245, 1000, 1550], 3, header_rows=1)
    rows = [
        ("序号", "单位", "发案量", "负责人出庭率"),
        ("1", "上顿渡镇", "1", "—"),
        ("2", "区住建局", "0", "—"),
    ]
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            L.cell_paragraph(cell, text, L.S_TABLE_TEXT)
    L.drop_dash_columns(doc)
    tbl = doc.tables[0]._tbl
    widths = [int(g.get(qn("w:w"))) for g in tbl.tblGrid.findall(qn("w:gridCol"))]
    assert widths == [600, 3795, 1000]
    cells = [
        tc.find(f"{qn('w:tcPr')}/{qn('w:tcW')}") for tc in tbl.findall(f"{qn('w:tr')}/{qn('w:tc')}")
    ]
    assert [int(w.get(qn("w:w"))) for w in cells if w is not None][:3] == [600, 3795, 1000]
