"""render.py: filling the shipped templates, fonts, escaping, errors and atomic saving."""

import struct
import zipfile
import zlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import docx_checks as checks
import pytest
from doc_samples import OTHER_FONTS, load_context
from docx.oxml.ns import qn
from docx.shared import Mm
from docxtpl import DocxTemplate

from fylink.documents import layout as L
from fylink.documents.layout import DEFAULT_FONTS, Fonts
from fylink.documents.render import (
    SHIPPED_TEMPLATES,
    Picture,
    check_template,
    inline_image,
    render_docx,
    shipped_template,
    template_variables,
)
from fylink.errors import DocumentError

Render = Callable[..., Path]
Context = Callable[[str], dict[str, Any]]

AUTHOR = "示范县府院联动办公室"


def _text(path: Path) -> str:
    doc = checks.open_docx(path)
    return "\n".join(p.text for p in checks.body_paragraphs(doc))


def _png(path: Path) -> Path:
    """A 1 × 1 white PNG (no matplotlib needed)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )
    return path


# -- every shipped template ---------------------------------------------------------------------


@pytest.mark.parametrize("name", SHIPPED_TEMPLATES)
def test_sample_renders_to_a_gbt9704_document(render: Render, name: str) -> None:
    path = render(name)
    landscape = name == "task_list"
    problems = checks.all_problems(
        path, fonts=DEFAULT_FONTS, title=f"{name} 测试", author=AUTHOR, landscape=landscape
    )
    problems += checks.body_problems(checks.open_docx(path))
    assert problems == []
    assert "{{" not in _text(path)
    assert "{%" not in _text(path)


@pytest.mark.parametrize("name", SHIPPED_TEMPLATES)
def test_configured_fonts_replace_the_template_fonts(render: Render, name: str) -> None:
    path = render(name, fonts=OTHER_FONTS)
    doc = checks.open_docx(path)
    assert checks.font_problems(doc, OTHER_FONTS) == []
    assert L.font_names(doc) <= {"仿宋", "华文中宋", "SimHei", "楷体", "SimSun"}
    with zipfile.ZipFile(path) as package:
        for part in package.namelist():
            if part.startswith("word/") and part.endswith(".xml"):
                text = package.read(part).decode()
                for old in ("仿宋_GB2312", "方正小标宋简体", "楷体_GB2312"):
                    assert old not in text, f"{old} left in {part}"


@pytest.mark.parametrize("name", SHIPPED_TEMPLATES)
def test_sample_context_matches_the_template(context: Context, name: str) -> None:
    result = check_template(shipped_template(name), set(context(name)))
    assert result.missing == set()
    assert result.unused == set()


@pytest.mark.parametrize("name", SHIPPED_TEMPLATES)
def test_markup_characters_stay_text(render: Render, name: str) -> None:
    path = render(name)
    assert "A&B <C>" in _text(path)
    with zipfile.ZipFile(path) as package:
        assert "A&amp;B &lt;C&gt;" in package.read("word/document.xml").decode()


# -- 会议纪要 -----------------------------------------------------------------------------------


def test_minutes_follow_the_format(render: Render) -> None:
    path = render("minutes")
    doc = checks.open_docx(path)
    assert checks.mark_problems(doc, DEFAULT_FONTS, "示范县府院联动联席会议纪要") == []
    assert checks.attendance_problems(doc, DEFAULT_FONTS, ("出席", "请假", "列席")) == []
    text = _text(path)
    assert "第3期" in text
    assert "示范县府院联动办公室\t2025年4月3日" in text
    assert "会议听取了第2期联席会议纪要议定事项落实情况汇报。" in text
    assert "会议认为，今年以来全县府院联动工作总体平稳" in text
    assert "现将会议主要情况纪要如下：\n一、上次会议议定事项落实情况\n" in text
    assert "\n二、会议议定事项\n（一）关于推动行政争议实质性化解。" in text
    assert (
        "（牵头单位：县住建局；配合单位：县人民法院、县财政局；牵头领导：赵强；"
        "完成时限：2025年5月31日）" in text
    )
    assert "责任单位" not in text
    assert (
        "抄送：县委办公室，县人大常委会办公室，县政府办公室，县政协办公室，市府院联动办公室。"
        in text
    )
    assert "示范县府院联动办公室\t2025年4月3日印发" in text


def test_minutes_decisions_lead_in_heiti(render: Render, context: Context) -> None:
    # Without a carry-over the decisions are the 一、 level (黑体, GB/T 9704 §7.3.3).
    ctx = context("minutes")
    ctx.pop("previous")
    for number, decision in enumerate(ctx["decisions"]):
        decision["seq"] = "一二三四"[number] + "、"
    doc = checks.open_docx(render("minutes", ctx))
    leads = []
    for paragraph in checks.body_paragraphs(doc):
        runs = list(checks.runs_with_text(paragraph))
        if runs and runs[0].text[:2] in ("一、", "二、", "三、", "四、"):
            leads.append(runs[0].text)
            assert checks.east_asian_font(doc, paragraph, runs[0]) == "黑体"
            assert checks.east_asian_font(doc, paragraph, runs[1]) == "仿宋_GB2312"
    assert leads == [
        "一、关于推动行政争议实质性化解。",
        "二、关于提高行政机关负责人出庭应诉率。",
        "三、关于阳光花园项目问题楼盘处置。",
        "四、关于加强司法建议办理。",
    ]


def test_minutes_previous_items_lead_in_kaiti(render: Render) -> None:
    doc = checks.open_docx(render("minutes"))
    fonts = [
        checks.east_asian_font(doc, p, next(checks.runs_with_text(p)))
        for p in checks.body_paragraphs(doc)
        if p.text.startswith("（") and p.text[1] in "一二三四" and p.text[2] == "）"
    ]
    # Four carried-over items and, under 二、, the four decisions: all the （一） level.
    assert fonts == ["楷体_GB2312"] * 8
    headings = [
        checks.east_asian_font(doc, p, next(checks.runs_with_text(p)))
        for p in checks.body_paragraphs(doc)
        if p.text in ("一、上次会议议定事项落实情况", "二、会议议定事项")
    ]
    assert headings == ["黑体", "黑体"]


def test_minutes_without_optional_parts(render: Render, context: Context) -> None:
    ctx = context("minutes")
    for key in ("previous", "absent", "observers", "topics", "cc", "parts"):
        ctx.pop(key)
    for number, decision in enumerate(ctx["decisions"]):
        decision["seq"] = "一二三四"[number] + "、"
    ctx["decisions"][3]["duty"] = "完成时限：长期坚持"
    path = render("minutes", ctx)
    doc = checks.open_docx(path)
    text = _text(path)
    assert "落实情况" not in text
    assert "请假" not in text
    assert "列席" not in text
    assert "抄送：" not in text
    assert "主持召开2025年第一季度府院联动联席会议。" in text
    assert (
        "四、关于加强司法建议办理。会议要求，收到司法建议的单位应当在规定期限内书面回复，" in text
    )
    assert "（完成时限：长期坚持）" in text
    assert checks.attendance_problems(doc, DEFAULT_FONTS, ("出席",)) == []
    banji = doc.tables[-1]
    assert len(banji.rows) == 1
    assert checks.all_problems(path, fonts=DEFAULT_FONTS, title="minutes 测试", author=AUTHOR) == []


def test_long_mark_is_sized_to_one_line(render: Render, context: Context) -> None:
    ctx = context("minutes")
    ctx["mark"] = "示范县人民政府示范县人民法院府院联动联席会议纪要"
    doc = checks.open_docx(render("minutes", ctx))
    assert checks.mark_problems(doc, DEFAULT_FONTS, ctx["mark"]) == []


# -- other templates ----------------------------------------------------------------------------


def test_notice_letter_lists_each_overdue_item(render: Render) -> None:
    text = _text(render("notice_letter"))
    assert "示府联办督〔2025〕7号" in text
    assert "县自然资源局：" in text
    assert "完成时限为2025年2月28日，已逾期41个工作日。目前进展：已召开两次协调会" in text
    assert (
        "2.回复县人民法院关于规范集体土地征收程序的司法建议（示法建〔2025〕3号司法建议）。" in text
    )
    assert "并于2025年4月20日前将办理情况" in text
    assert "（联系人：钱进，电话：0000-1234567）" in text


def test_task_list_is_a_landscape_table_with_repeated_header(render: Render) -> None:
    doc = checks.open_docx(render("task_list"))
    assert checks.page_problems(doc, landscape=True) == []
    table = doc.tables[0]
    header = [cell.text for cell in table.rows[0].cells]
    assert header == [
        "序号",
        "任务内容",
        "牵头单位",
        "配合单位",
        "牵头领导",
        "完成时限",
        "进展情况",
        "状态",
    ]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    # One table per section of the approved list, under its heading, numbered from 1.
    assert [len(t.rows) for t in doc.tables] == [1 + 3, 1 + 2]
    assert [cell.text for cell in doc.tables[1].rows[2].cells][-1] == "已完成"
    assert table.rows[1].cells[2].text == "县司法局"
    assert [doc.tables[1].rows[i].cells[0].text for i in (1, 2)] == ["1", "2"]
    text = [p.text for p in doc.paragraphs]
    assert text.index("一、政府需法院支持事项") < text.index("二、法院需政府支持事项")


def test_task_list_with_no_tasks_keeps_the_header(render: Render, context: Context) -> None:
    ctx = context("task_list")
    ctx["tasks"] = []
    ctx["sections"] = [{"title": "", "tasks": []}]
    ctx["note"] = None
    doc = checks.open_docx(render("task_list", ctx))
    assert len(doc.tables[0].rows) == 1


def test_briefing_places_charts(render: Render, context: Context, tmp_path: Path) -> None:
    ctx = context("quarterly_briefing")
    ctx["chart_trend"] = Picture(_png(tmp_path / "trend.png"), 140)
    ctx["chart_units"] = Picture(_png(tmp_path / "units.png"), 120)
    path = render("quarterly_briefing", ctx)
    doc = checks.open_docx(path)
    widths = sorted(round(shape.width.mm) for shape in doc.inline_shapes)
    assert widths == [120, 140]
    text = _text(path)
    assert "图1　各季度发案量与败诉率" in text
    assert "图2　各单位发案量" in text


def test_briefing_without_charts_or_concerns(render: Render, context: Context) -> None:
    ctx = context("quarterly_briefing")
    ctx["chart_note"] = "未安装中文字体，简报中未绘制图表"
    ctx["concerns"] = []
    path = render("quarterly_briefing", ctx)
    text = _text(path)
    assert len(checks.open_docx(path).inline_shapes) == 0
    assert "图1" not in text
    assert "未安装中文字体，简报中未绘制图表" in text
    assert "本季度暂无需要特别关注的事项。" in text
    assert checks.mark_problems(checks.open_docx(path), DEFAULT_FONTS, "府院联动工作简报") == []


def test_briefing_tables_fill_rows(render: Render) -> None:
    doc = checks.open_docx(render("quarterly_briefing"))
    indicators, units, _banji = doc.tables
    assert [c.text for c in indicators.rows[2].cells] == [
        "行政机关败诉率",
        "9.5%",
        "2/21",
        "下降3.2个百分点",
        "上升1.1个百分点",
    ]
    assert len(units.rows) == 5


# -- data hygiene ---------------------------------------------------------------------------------


def test_control_characters_do_not_corrupt_the_file(render: Render, context: Context) -> None:
    ctx = context("minutes")
    ctx["topics"] = "听取了汇报\x0b研究了事项\x01\x1f\r\n"
    ctx["present"] = "王建国、{{ 7 * 7 }}、{% if true %}李明{% endif %}"
    path = render("minutes", ctx)
    doc = checks.open_docx(path)
    opening = next(p for p in doc.paragraphs if "听取了汇报" in p.text)
    assert "\n研究了事项" in opening.text  # Word's manual line break became a line break
    assert "\x01" not in opening.text
    # data is never evaluated as a template
    assert "王建国、{{ 7 * 7 }}、{% if true %}李明{% endif %}" in _text(path)


def test_core_properties_name_the_office(render: Render) -> None:
    doc = checks.open_docx(render("minutes"))
    props = doc.core_properties
    assert props.author == AUTHOR
    assert props.last_modified_by == AUTHOR
    assert props.title == "minutes 测试"
    assert datetime.now(UTC) - props.created < timedelta(minutes=5)
    assert props.comments == ""


def test_render_replaces_an_existing_file_and_leaves_no_temp(
    render: Render, tmp_path: Path
) -> None:
    out = tmp_path / "minutes.docx"
    out.write_bytes(b"old")
    render("minutes", out=out)
    assert zipfile.is_zipfile(out)
    assert [p.name for p in tmp_path.iterdir()] == ["minutes.docx"]


# -- errors ---------------------------------------------------------------------------------------


def _template_with(tmp_path: Path, *paragraphs: str) -> Path:
    doc = L.new_document()
    for text in paragraphs:
        L.add_paragraph(doc, text)
    path = tmp_path / "custom.docx"
    doc.save(str(path))
    return path


def _render_custom(template: Path, ctx: dict[str, Any], out: Path) -> Path:
    return render_docx(template, ctx, out, fonts=Fonts(), title="t", author=AUTHOR)


def test_missing_template(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="找不到模板文件") as info:
        _render_custom(tmp_path / "nope.docx", {}, tmp_path / "out.docx")
    assert info.value.exit_code == 8


def test_template_that_is_not_a_docx(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.docx"
    bogus.write_text("这不是 Word 文件", encoding="utf-8")
    with pytest.raises(DocumentError, match="不是有效的 Word 文档"):
        _render_custom(bogus, {}, tmp_path / "out.docx")
    with pytest.raises(DocumentError, match="不是有效的 Word 文档"):
        template_variables(bogus)


def test_template_syntax_error(tmp_path: Path) -> None:
    template = _template_with(tmp_path, "{% if office %}没有结束")
    with pytest.raises(
        DocumentError, match=r"custom\.docx 中的标记有语法错误：“{% if %}”缺少结束标记"
    ):
        _render_custom(template, {"office": "x"}, tmp_path / "out.docx")
    with pytest.raises(DocumentError, match="语法错误"):
        template_variables(template)


def test_missing_variable_is_named(render: Render, context: Context) -> None:
    ctx = context("minutes")
    del ctx["present"]
    with pytest.raises(DocumentError, match="未提供的数据“present”"):
        render("minutes", ctx)


def test_missing_field_is_named(render: Render, context: Context) -> None:
    ctx = context("minutes")
    del ctx["decisions"][1]["body"]
    with pytest.raises(DocumentError, match="没有的字段“body”"):
        render("minutes", ctx)


def test_sandbox_refuses_python_internals(tmp_path: Path) -> None:
    template = _template_with(tmp_path, "{{ office.__class__.__mro__ }}")
    with pytest.raises(DocumentError, match="不允许的操作"):
        _render_custom(template, {"office": "x"}, tmp_path / "out.docx")


def test_sandbox_refuses_unsafe_calls(tmp_path: Path) -> None:
    template = _template_with(tmp_path, "{{ office.format.__globals__ }}")
    with pytest.raises(DocumentError, match="不允许的操作"):
        _render_custom(template, {"office": "x"}, tmp_path / "out.docx")


def test_unwritable_output(render: Render, tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    with pytest.raises(DocumentError, match="无法写入"):
        render("minutes", out=blocker / "minutes.docx")
    folder = tmp_path / "taken.docx"
    folder.mkdir()
    with pytest.raises(DocumentError, match="无法写入"):
        render("minutes", out=folder)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt", "taken.docx"]


def test_failed_render_leaves_the_old_file(
    render: Render, context: Context, tmp_path: Path
) -> None:
    out = tmp_path / "minutes.docx"
    out.write_bytes(b"old")
    ctx = context("minutes")
    del ctx["mark"]
    with pytest.raises(DocumentError):
        render("minutes", ctx, out=out)
    assert out.read_bytes() == b"old"


def test_missing_picture(render: Render, context: Context, tmp_path: Path) -> None:
    ctx = context("quarterly_briefing")
    ctx["chart_trend"] = Picture(tmp_path / "missing.png")
    with pytest.raises(DocumentError, match="找不到图片文件"):
        render("quarterly_briefing", ctx)


def test_inline_image_helper(tmp_path: Path) -> None:
    tpl = DocxTemplate(str(shipped_template("quarterly_briefing")))
    image = inline_image(tpl, _png(tmp_path / "a.png"), 100)
    assert image.width == Mm(100)
    with pytest.raises(DocumentError, match="找不到图片文件"):
        inline_image(tpl, tmp_path / "none.png", 100)


def test_picture_that_is_not_an_image(render: Render, context: Context, tmp_path: Path) -> None:
    fake = tmp_path / "chart.png"
    fake.write_text("不是图片", encoding="utf-8")
    ctx = context("quarterly_briefing")
    ctx["chart_units"] = Picture(fake)
    with pytest.raises(DocumentError, match="图表图片无法识别"):
        render("quarterly_briefing", ctx)


# -- variables and shipped templates --------------------------------------------------------------


def test_template_variables_of_minutes() -> None:
    assert template_variables(shipped_template("minutes")) == set(load_context("minutes"))


def test_check_template_splits_missing_used_unused() -> None:
    result = check_template(shipped_template("task_list"), {"title", "tasks", "extra"})
    assert result.missing == {"as_of", "note", "sections"}
    assert result.used == {"title", "tasks"}
    assert result.unused == {"extra"}
    missing, used, unused = result  # a plain tuple for callers that unpack
    assert (missing, used, unused) == (result.missing, result.used, result.unused)


def test_shipped_template_names() -> None:
    assert shipped_template("minutes") == shipped_template("minutes.docx")
    assert shipped_template("minutes").is_file()
    with pytest.raises(DocumentError, match="没有名为“会议”的内置模板"):
        shipped_template("会议")


def test_briefing_unit_table_repeats_its_header_and_never_splits_a_row(render: Render) -> None:
    ctx = load_context("quarterly_briefing")
    ctx["units"] = [
        dict(ctx["units"][0], seq=str(n), name="县人力资源和社会保障局") for n in range(1, 31)
    ]
    doc = checks.open_docx(render("quarterly_briefing", ctx))
    table = next(t for t in doc.tables if t.rows[0].cells[1].text == "单位")
    header, *rows = table.rows
    assert [cell.text for cell in header.cells] == [
        "序号",
        "单位",
        "发案量",
        "同比",
        "败诉数",
        "败诉率",
        "负责人出庭率",
    ]
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None  # on every page
    assert len(rows) == 30
    for row in rows:
        assert row._tr.trPr.find(qn("w:cantSplit")) is not None  # a row stays on one page
        assert row._tr.trPr.find(qn("w:tblHeader")) is None
    # the heading keeps with the header row, the header row with the first unit
    heading = next(p for p in doc.paragraphs if p.text == "三、各单位情况")
    assert checks.resolves(doc, heading, "keepNext")
    assert all(checks.resolves(doc, cell.paragraphs[0], "keepNext") for cell in header.cells)
