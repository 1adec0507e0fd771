"""Every document kind rendered to PDF as the clerk makes it (``--pdf``), measured against
GB/T 9704-2012 (issue #19): fonts, every character, the 版记 at the foot of the last even
page, the masthead, the page numbers, the 成文日期.

Each document is rendered once per session (``documents``) and measured many times. Needs
LibreOffice and poppler-utils (CI installs both); fylink's own font mapping is used, not
the environment's FONTCONFIG_FILE.
"""

import collections
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from doc_samples import load_context
from docx import Document
from docx.oxml.ns import qn

from fylink.documents import pdfcheck
from fylink.documents import pdfmeasure as M
from fylink.documents.layout import Fonts
from fylink.documents.pdf import find_soffice
from fylink.documents.pdf_layout import render_pdf
from fylink.documents.render import render_docx, shipped_template
from helpers import TODAY

pytestmark = [
    pytest.mark.soffice,
    pytest.mark.skipif(
        find_soffice() is None or not M.available(),
        reason="needs LibreOffice (soffice) and poppler-utils",
    ),
]

TEXT_TOP = 37.0  # mm: the 版心's top
TEXT_BOTTOM = 262.0  # mm: 37 + 225
TEXT_LEFT, TEXT_RIGHT = 28.0, 184.0
MARK_TOP = TEXT_TOP + 35  # §7.2.4
CHAR = 320 * 25.4 / 1440 - 0.25 * 25.4 / 72  # one condensed 3号 character, mm

#: Kinds with a 版记 (the 双清单 has none).
WITH_BANJI = (
    "minutes",
    "minutes_long",
    "minutes_cc",
    "notice_letter",
    "quarterly",
    "annual",
    "assessment",
    "quarterly_long",
    "brief",
    "bulletin",
)
#: The journal's anchor printed on the documents rendered here without the CLI.
ANCHOR = "0123456789abcdef@4321"


@dataclass(frozen=True)
class Rendered:
    docx: Path
    pdf: Path
    stdout: str = ""
    stderr: str = ""

    @property
    def pages(self) -> int:
        return M.page_count(self.pdf)


def _fylink(env: dict[str, str], cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "fylink", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result


FILLER = "会议研究认为要进一步加强府院联动工作机制建设推动行政争议实质性化解切实提升依法行政水平"


def _long_minutes_context() -> dict:
    ctx = load_context("minutes")
    ctx["previous"] = None
    ctx["decisions"] = [
        {
            "seq": f"{n}、",
            "title": "关于加强协调",
            # punctuation where lines end: 26 characters after the indent, then 28 per line
            "body": FILLER[:24] + "。" + FILLER[:27] + "、" + FILLER[:27] + "：" + FILLER * 2,
            "units": "县法院",
            "duty": "牵头单位：县法院；完成时限：2025年6月30日前",
        }
        for n in "一二三四五六七八九十" * 2
    ]
    return ctx


@pytest.fixture(scope="session")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Rendered]:
    """The demo office's documents (``fylink … --pdf``) and two sample 纪要, rendered once."""
    folder = tmp_path_factory.mktemp("pdfs")
    env = {k: v for k, v in os.environ.items() if not k.startswith("FYLINK_")}
    env.pop("FONTCONFIG_FILE", None)  # fylink brings its own
    env.update(
        FYLINK_HOME=str(folder / "home"),
        FYLINK_DB=str(folder / "demo.db"),
        FYLINK_TODAY=TODAY,
        FYLINK_USER="测试员",
    )
    _fylink(env, folder, "demo")
    found: dict[str, Rendered] = {}
    for kind, args in (
        ("minutes", ("meeting", "minutes", "2025-3", "-o", "minutes.docx", "--pdf")),
        ("notice_letter", ("notice", "letter", "2025-2", "-o", "notice_letter.docx", "--pdf")),
        ("task_list", ("task", "export", "task_list.docx", "--pdf")),
        (
            "bulletin",
            (
                "notice",
                "bulletin",
                "--year",
                "2025",
                "--quarter",
                "2",
                "-o",
                "bulletin.docx",
                "--pdf",
            ),
        ),
    ):
        result = _fylink(env, folder, *args)
        name = args[args.index("-o") + 1] if "-o" in args else args[2]
        docx = folder / name
        found[kind] = Rendered(docx, docx.with_suffix(".pdf"), result.stdout, result.stderr)
    # A 工作简报 with items from two units and from the figures (#18).
    for args in (
        ("brief", "new", "--to", "市府院联动办公室，各成员单位"),
        (
            "brief",
            "submit",
            "-u",
            "县住建局",
            "-k",
            "工作动态",
            "-t",
            "县住建局开展征收补偿争议专项排查",
            "6月以来，县住建局会同县司法局对城东片区征收补偿争议逐户排查，建立问题清单23项，已化解15项。",
        ),
        ("brief", "item", "add", "--submission", "1"),
        (
            "brief",
            "item",
            "add",
            "-u",
            "县法院",
            "-k",
            "经验做法",
            "-t",
            "县法院推行行政争议诉前协调",
            "县法院对立案前的行政争议先行协调，邀请被诉行政机关负责人参与，上半年诉前化解行政争议11件。",
        ),
        ("brief", "item", "add", "--figures", "--year", "2025", "--half", "1"),
        ("brief", "item", "add", "--overdue"),
    ):
        _fylink(env, folder, *args)
    result = _fylink(env, folder, "brief", "render", "-o", "brief.docx", "--pdf")
    docx = folder / "brief.docx"
    found["brief"] = Rendered(docx, docx.with_suffix(".pdf"), result.stdout, result.stderr)
    for kind, args in (
        ("quarterly", ("report", "quarterly", "--year", "2025", "--quarter", "1")),
        ("annual", ("report", "annual", "--year", "2024")),
    ):
        docx = folder / f"{kind}.docx"
        result = _fylink(env, folder, *args, "--docx", str(docx), "--pdf")
        found[kind] = Rendered(docx, docx.with_suffix(".pdf"), result.stdout, result.stderr)
    for kind, template, ctx in (
        ("minutes_long", "minutes", _long_minutes_context()),
        ("minutes_cc", "minutes", load_context("minutes")),
        ("quarterly_long", "quarterly_briefing", _long_briefing_context()),
        ("assessment", "assessment", load_context("assessment")),  # 考核结果通报 (issue 16)
    ):
        docx = render_docx(
            shipped_template(template),
            ctx,
            folder / f"{kind}.docx",
            fonts=Fonts(),
            title="纪要",
            author="示范县府院联动办公室",
            anchor=ANCHOR,
        )
        found[kind] = Rendered(docx, render_pdf(docx, folder, fonts=Fonts()).path)
    return found


LONG_UNIT = "县人力资源和社会保障局"  # two lines in the 单位 column


def _long_briefing_context() -> dict:
    """30 units of two-line rows; the 双下降 text as long as puts 三、各单位情况 on the last
    line of page 2, where a heading would be left alone without keep-with-next."""
    ctx = load_context("quarterly_briefing")
    row = ctx["units"][0]
    ctx["units"] = [dict(row, seq=str(n), name=LONG_UNIT) for n in range(1, 31)]
    ctx["verdict"] += "本期数据截至季度末。" * 60
    return ctx


def _docx_text(path: Path) -> str:
    body = Document(str(path)).element.body
    return re.sub(r"\s", "", "".join(t.text or "" for t in body.iter(qn("w:t"))))


# -- 1. fonts ---------------------------------------------------------------------------------


def test_pdf_names_the_fonts_that_stood_in(documents: dict[str, Rendered]) -> None:
    out = documents["minutes"].stdout.splitlines()
    assert out[-1] == (
        "  字体：仿宋_GB2312 → AR PL UMing CN；方正小标宋简体 → Noto Serif CJK SC；"
        "黑体 → Noto Sans CJK SC；楷体_GB2312 → AR PL UKai CN；宋体 → Noto Serif CJK SC"
    )
    assert documents["minutes"].stderr.strip() == ""


def test_mark_body_and_lead_sentences_in_different_fonts(documents: dict[str, Rendered]) -> None:
    names = [n.split("+")[-1] for n in _pdffonts(documents["minutes"].pdf)]
    assert any(n.startswith("NotoSerifCJK") for n in names), names  # 小标宋 stand-in
    assert any(n.startswith("UMing") for n in names), names  # 仿宋 stand-in
    assert any(n.startswith("NotoSansCJK") for n in names), names  # 黑体 stand-in
    assert not any(n.startswith("DejaVu") for n in names), names  # digits in the body font


def _pdffonts(pdf: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    return [line.split()[0] for line in out.stdout.splitlines()[2:] if line.strip()]


# -- 2. every character -----------------------------------------------------------------------


@pytest.mark.parametrize("kind", [*WITH_BANJI, "task_list"])
def test_every_character_of_the_docx_is_in_the_pdf(
    documents: dict[str, Rendered], kind: str
) -> None:
    doc = documents[kind]
    missing = collections.Counter(_docx_text(doc.docx)) - collections.Counter(M.text(doc.pdf))
    assert dict(missing) == {}


# -- 3. the 版记 -------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", WITH_BANJI)
def test_banji_at_the_foot_of_the_last_even_page(documents: dict[str, Rendered], kind: str) -> None:
    doc = documents[kind]
    pages = doc.pages
    assert pages % 2 == 0
    last = [r for r in M.rules(doc.pdf, pages, min_length_mm=100) if r.color == "000000"]
    texts = [ln.text for ln in M.lines(doc.pdf, pages, pages)]
    assert any(t.endswith("印发") for t in texts), texts
    bottom = last[-1]
    assert bottom.y == pytest.approx(TEXT_BOTTOM, abs=0.5)
    assert bottom.x_min == pytest.approx(TEXT_LEFT, abs=0.5)
    assert bottom.length == pytest.approx(156, abs=0.5)
    assert bottom.width == pytest.approx(0.35, abs=0.05)  # thick last rule
    # never split: the 抄送 (when there is one) on the same page, above the 印发 row
    cc = [ln for ln in M.lines(doc.pdf) if ln.text.startswith("抄送：")]
    if kind in ("minutes_cc", "minutes_long"):
        assert cc
        assert cc[-1].page == pages
        assert cc[-1].y_min < bottom.y


def test_long_minutes_insert_a_blank_page_or_fill_it(documents: dict[str, Rendered]) -> None:
    doc = documents["minutes_long"]
    assert doc.pages >= 4
    assert doc.pages % 2 == 0


# -- 4. positions -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kind", ["minutes", "quarterly", "notice_letter", "assessment", "brief", "bulletin"]
)
def test_red_mark_and_rule(documents: dict[str, Rendered], kind: str) -> None:
    doc = documents[kind]
    mark = M.lines(doc.pdf, 1, 1)[0]
    assert mark.y_min == pytest.approx(MARK_TOP, abs=0.5)
    red = [r for r in M.rules(doc.pdf, 1) if r.color == "ff0000"]
    assert red
    assert red[0].x_min == pytest.approx(TEXT_LEFT, abs=0.5)
    assert red[0].length == pytest.approx(156, abs=0.5)


def test_masthead_office_and_date_one_character_in(documents: dict[str, Rendered]) -> None:
    lines = M.lines(documents["minutes"].pdf, 1, 1)
    office = next(ln for ln in lines if ln.text == "示范县府院联动联席会议办公室")
    date = next(ln for ln in lines if ln.text == "2025年6月30日" and ln.y_min < 120)
    assert office.x_min == pytest.approx(TEXT_LEFT + CHAR, abs=0.5)
    assert date.x_max == pytest.approx(TEXT_RIGHT - CHAR, abs=1)


@pytest.mark.parametrize("kind", ["minutes", "minutes_long"])
def test_page_number_dashes_7_mm_below_the_text_block(
    documents: dict[str, Rendered], kind: str
) -> None:
    doc = documents[kind]
    for page in (1, 2):
        number = next(ln for ln in M.lines(doc.pdf, page, page) if ln.text == f"—{page}—")
        # the dash sits in the middle of its line
        assert (number.y_min + number.y_max) / 2 == pytest.approx(TEXT_BOTTOM + 7, abs=0.5)
        if page % 2:
            assert number.x_max == pytest.approx(TEXT_RIGHT - 4.94, abs=0.7)
        else:
            assert number.x_min == pytest.approx(TEXT_LEFT + 4.94, abs=0.7)


def test_signature_date_two_characters_right_of_the_office(
    documents: dict[str, Rendered],
) -> None:
    doc = documents["notice_letter"]
    lines = M.lines(doc.pdf)
    office = next(
        i
        for i, ln in enumerate(lines)
        if ln.text == "示范县府院联动联席会议办公室" and ln.x_min > 60
    )
    date = lines[office + 1]
    assert re.fullmatch(r"2025年\d+月\d+日", date.text)
    assert date.x_min - lines[office].x_min == pytest.approx(2 * CHAR, abs=0.5)
    assert lines[office].x_max == pytest.approx(TEXT_RIGHT - 2 * CHAR, abs=0.5)


def test_notice_letter_warns_without_an_issuer_code(documents: dict[str, Rendered]) -> None:
    assert "未设置发文机关代字（配置项 documents.number_prefix）" in (
        documents["notice_letter"].stderr
    )


def test_full_pages_keep_22_lines(documents: dict[str, Rendered]) -> None:
    doc = documents["minutes_long"]
    body = [ln for ln in M.lines(doc.pdf, 2, 2) if ln.y_max < TEXT_BOTTOM]
    assert len(body) == 22


# -- 5. briefings and 双清单 --------------------------------------------------------------------


def test_briefing_title_breaks_between_words(documents: dict[str, Rendered]) -> None:
    texts = [ln.text for ln in M.lines(documents["quarterly"].pdf, 1, 1)]
    start = texts.index("2025年第一季度示范县")
    assert texts[start + 1] == "府院联动工作情况通报"


def test_indicator_table_stays_on_one_page(documents: dict[str, Rendered]) -> None:
    lines = M.lines(documents["quarterly"].pdf)
    heading = next(ln for ln in lines if ln.text == "一、主要指标")
    last_row = next(ln for ln in lines if ln.text.startswith("逾期未反馈"))
    assert heading.page == last_row.page


def test_annual_briefing_is_issue_5_without_a_column_of_dashes(
    documents: dict[str, Rendered],
) -> None:
    annual = documents["annual"]
    assert "第5期" in [ln.text for ln in M.lines(annual.pdf, 1, 1)]
    assert "环比" not in M.text(annual.pdf)
    assert "第1期" in [ln.text for ln in M.lines(documents["quarterly"].pdf, 1, 1)]


def test_briefing_tables_keep_figures_whole(documents: dict[str, Rendered]) -> None:
    for kind in ("quarterly", "annual"):
        for text in (ln.text for ln in M.lines(documents[kind].pdf)):
            # no "下降10.7个百 / 分点", no "+1000.0 / %"
            assert not text.endswith(("个百", "个百分")), text
            assert text not in ("分点", "点", "%", "百分点"), text


def test_task_list_keeps_unit_names_whole(documents: dict[str, Rendered]) -> None:
    doc = documents["task_list"]
    table = Document(str(doc.docx)).tables[0]
    units = {row.cells[2].text for row in table.rows[1:] if row.cells[2].text}
    texts = {ln.text for ln in M.lines(doc.pdf)}
    assert units
    assert units <= texts, units - texts


def test_report_pdf_says_where_it_went(documents: dict[str, Rendered]) -> None:
    out = documents["quarterly"].stdout.splitlines()
    assert out[0] == f"已生成季度通报：{documents['quarterly'].docx}"
    assert out[1] == f"已生成 PDF：{documents['quarterly'].pdf}"
    assert out[2].startswith("  字体：仿宋_GB2312 → AR PL UMing CN；")


def test_briefing_unit_table_repeats_its_header_and_keeps_rows_whole(
    documents: dict[str, Rendered],
) -> None:
    doc = documents["quarterly_long"]
    lines = M.lines(doc.pdf)
    heading = next(ln for ln in lines if ln.text == "三、各单位情况")
    after = [ln for ln in lines if (ln.page, ln.y_min) > (heading.page, heading.y_min)]
    starts = [ln for ln in after if ln.text.startswith(LONG_UNIT[:5])]
    ends = [ln for ln in after if ln.text == LONG_UNIT[len(starts[0].text) :]]
    assert starts[0].text != LONG_UNIT  # the name takes two lines
    assert len(starts) == len(ends) == 30
    # no row split across pages: both lines of each unit's name on one page
    assert [a.page for a in starts] == [b.page for b in ends]
    pages = sorted({a.page for a in starts})
    assert len(pages) >= 2
    # the heading is not left alone: it, the header row and the first unit share a page
    assert pages[0] == heading.page
    for page in pages:
        # the header row first on every page the table runs onto
        table = [ln for ln in after if ln.page == page and ln.y_min > TEXT_TOP]
        if page == heading.page:
            table = [ln for ln in table if ln.y_min >= heading.y_max]
        first = min(table, key=lambda ln: ln.y_min)
        assert first.text == "序号", (page, first.text)
        header = [ln.text for ln in table if abs(ln.y_min - first.y_min) < 1]
        assert header == ["序号", "单位", "发案量", "同比", "败诉数", "败诉率", "负责人出庭率"]


# -- 6. the journal's anchor after the 版记 (#20) ---------------------------------------------


@pytest.mark.parametrize("kind", [k for k in WITH_BANJI if k != "bulletin"])
def test_anchor_line_sits_under_the_banji(documents: dict[str, Rendered], kind: str) -> None:
    doc = documents[kind]
    pages = doc.pages
    found = [ln for ln in M.lines(doc.pdf) if ln.text.startswith("变更日志锚点")]
    assert len(found) == 1
    anchor = found[0]
    assert re.fullmatch(r"变更日志锚点[0-9a-f]{16}@\d+", anchor.text)
    assert anchor.page == pages
    last_rule = [r for r in M.rules(doc.pdf, pages, min_length_mm=100) if r.color == "000000"][-1]
    # below the 版记's last rule, clear of it; above the page number's line; right-aligned
    assert anchor.y_min > last_rule.y + 0.3
    assert anchor.y_max < TEXT_BOTTOM + 7
    assert anchor.x_max == pytest.approx(TEXT_RIGHT, abs=0.5)
    number = next(ln for ln in M.lines(doc.pdf, pages, pages) if ln.text == f"—{pages}—")
    assert number.x_max < anchor.x_min  # an even page's number is on the left
    # the document check measures it the same way
    measured: dict = {}
    assert pdfcheck._check_anchor(doc.pdf, pages, last_rule.y, measured) == []
    assert measured["anchor"]["page"] == pages


def test_document_check_reports_an_anchor_out_of_place(documents: dict[str, Rendered]) -> None:
    doc = documents["minutes_cc"]
    pages = doc.pages
    anchor = next(ln for ln in M.lines(doc.pdf) if ln.text.startswith("变更日志锚点"))
    # a 版记 whose last rule were below the anchor's top: the anchor would cross it
    rule = anchor.y_min + 1
    assert pdfcheck._check_anchor(doc.pdf, pages, rule, {}) == [
        f"变更日志锚点上边缘距页面上边 {anchor.y_min:.1f} 毫米，压住了版记"
        f"（末条分隔线在 {rule:.1f} 毫米）"
    ]
    # a document one page longer: the anchor would not be on its last page
    assert pdfcheck._check_anchor(doc.pdf, pages + 1, 0.0, {}) == [
        f"变更日志锚点在第{pages}页，应在最后一页版记之后"
    ]


# -- 7. the 工作简报 (#18) ----------------------------------------------------------------------


def test_brief_masthead_items_and_distribution(documents: dict[str, Rendered]) -> None:
    doc = documents["brief"]
    first = [ln.text for ln in M.lines(doc.pdf, 1, 1)]
    assert first[:3] == ["府院联动工作简报", "第1期", "示范县府院联动联席会议办公室"]
    assert "2025年6月30日" in first
    text = M.text(doc.pdf)
    for words in ("一、工作动态", "（县住建局）", "二、经验做法", "（县法院）", "三、问题建议"):
        assert words in text, words
    last = [ln.text for ln in M.lines(doc.pdf, doc.pages, doc.pages)]
    assert "分送：市府院联动办公室，各成员单位。" in last
    assert doc.stdout.splitlines()[1] == f"已生成 PDF：{doc.pdf}"
