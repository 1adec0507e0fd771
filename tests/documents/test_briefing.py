"""The 季度通报 context: the report's figures worded for templates/quarterly_briefing.docx."""

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from fylink.config import load_settings
from fylink.documents.briefing import briefing_context, write_briefing
from fylink.domain.indicators import Period
from fylink.services import reports
from report_fixture import POPULATION, build_template, open_session

TODAY = date(2025, 6, 30)

#: The variables of quarterly_briefing.docx (templates/README.md).
CONTRACT = {
    "bulletin_name",
    "issue",
    "office",
    "date",
    "title",
    "intro",
    "indicators",
    "verdict",
    "units",
    "chart_trend",
    "chart_units",
    "chart_note",
    "concerns",
    "cc",
    "issuer",
    "issued_on",
}
ROW_FIELDS = {"name", "value", "ratio", "yoy", "qoq"}
UNIT_FIELDS = {"seq", "name", "filed", "filed_yoy", "lost", "loss_rate", "appearance_rate"}


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    path = build_template(tmp_path_factory.mktemp("briefing") / "office.db", with_office=True)
    for session in open_session("sqlite:///" + str(path)):
        return reports.build_report(
            session=session,
            period=Period(2025, 2),
            today=TODAY,
            options=reports.Options(population=POPULATION),
            trend=True,
        )
    raise AssertionError("no session")


def test_context_follows_the_template_contract(report) -> None:
    context = briefing_context(report, issue=None, today=date(2025, 7, 8), cc="县委政法委")
    assert set(context) == CONTRACT
    assert context["bulletin_name"] == "府院联动工作简报"
    assert context["issue"] == "2"  # the quarter, unless given
    assert context["office"] == context["issuer"] == "示范县府院联动联席会议办公室"
    assert context["date"] == context["issued_on"] == "2025年7月8日"
    assert context["title"] == "2025年第二季度示范县府院联动工作情况通报"
    assert context["cc"] == "县委政法委"
    assert all(set(row) == ROW_FIELDS for row in context["indicators"])
    assert all(set(row) == UNIT_FIELDS for row in context["units"])
    assert all(isinstance(v, str) for row in context["indicators"] for v in row.values())


def test_indicator_rows_are_worded(report) -> None:
    rows = {r["name"]: r for r in briefing_context(report, issue=3, today=TODAY)["indicators"]}
    assert rows["行政机关败诉率"] == {
        "name": "行政机关败诉率",
        "value": "33.3%",
        "ratio": "2/6",
        "yoy": "下降6.7个百分点（基数较小：去年同期仅5件）",
        "qoq": "—",
    }
    assert rows["行政诉讼发案量"]["value"] == "6件"
    assert rows["行政诉讼发案量"]["yoy"] == "减少14.3%（基数较小：去年同期仅7件）"
    assert rows["执行到位金额"]["value"] == "120.00万元"
    assert rows["执行到位率"]["ratio"] == "120.00万/150.00万"
    assert rows["万人成讼率"]["value"] == "1.00"


def test_intro_states_the_definitions_used(report) -> None:
    intro = briefing_context(report, issue=1, today=TODAY)["intro"]
    assert intro.startswith(
        "现将2025年第二季度示范县行政诉讼、行政复议和府院联动工作主要指标通报如下。其中，"
    )
    assert "行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）" in intro
    assert intro.endswith("。")


def test_rows_without_any_figure_are_left_out(report) -> None:
    empty = {**report, "indicators": dict(report["indicators"])}
    figure = dict(empty["indicators"]["suggestion_reply_rate"])
    figure["value"] = None
    figure["last_year"] = {**figure["last_year"], "value": None}
    empty["indicators"]["suggestion_reply_rate"] = figure
    names = [r["name"] for r in briefing_context(empty, issue=1, today=TODAY)["indicators"]]
    assert "司法建议按期反馈率" not in names
    assert "司法建议反馈率" in names
    assert "行政机关败诉率" in names


def test_units_with_cases_only(report) -> None:
    units = briefing_context(report, issue=1, today=TODAY)["units"]
    assert [u["name"] for u in units] == ["县自然资源局", "县住建局", "城关镇"]
    assert units[0] == {
        "seq": "1",
        "name": "县自然资源局",
        "filed": "3",
        # 4 cases a year earlier: the change in cases, not "-25.0%"
        "filed_yoy": "-1件",
        "lost": "1",
        "loss_rate": "25.0%",
        "appearance_rate": "66.7%",
    }


def test_concerns(report) -> None:
    concerns = briefing_context(report, issue=1, today=TODAY)["concerns"]
    assert [c["seq"] for c in concerns] == ["1.", "2.", "3.", "4.", "5."]
    texts = [c["text"] for c in concerns]
    assert texts[0].startswith("本期行政机关败诉案件2件：县住建局1件（（2024）豫0591行初")
    assert "确认违法" in texts[0]
    assert texts[1] == "负责人出庭应诉率为75.0%，开庭审理的4件案件中有1件负责人未出庭应诉。"
    assert texts[2] == (
        "双清单逾期未完成事项2项，涉及县自然资源局1项、县住建局1项，请牵头单位抓紧办理并报送进展。"
    )
    assert texts[3] == "逾期未反馈的司法建议、检察建议1件：县住建局1件（示法建〔2025〕3号）。"
    assert texts[4].startswith("涉行政机关执行案件尚有未履行金额：")
    assert texts[4].endswith("请被执行单位依法履行。")


def test_briefing_without_a_cjk_font_says_so(report, tmp_path: Path, monkeypatch) -> None:
    charts = pytest.importorskip("fylink.documents.charts", reason="documents layer not merged")
    from docx import Document

    monkeypatch.setattr(charts, "find_cjk_font", lambda: None)
    out = tmp_path / "b.docx"
    notes = write_briefing(report, out, settings=load_settings(), today=TODAY)
    assert notes == ["未安装中文字体，简报中未绘制图表（请安装中文字体，如 fonts-noto-cjk）"]
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "未安装中文字体，简报中未绘制图表" in text
    assert not list((tmp_path).glob("*.png"))


def test_units_with_more_cases_than_a_year_earlier_are_named(report) -> None:
    rising = {**report, "units": [dict(u) for u in report["units"]]}
    first = rising["units"][0]
    first["indicators"] = dict(first["indicators"])
    first["indicators"]["litigation_filed"] = {
        **first["indicators"]["litigation_filed"],
        "yoy": 50.0,
    }
    texts = [c["text"] for c in briefing_context(rising, issue=1, today=TODAY)["concerns"]]
    assert "部分单位行政诉讼发案量同比上升：县自然资源局3件（同比增加50.0%）。" in texts


def test_a_period_other_than_a_quarter_states_its_comparisons(report) -> None:
    data = dict(report)
    data["period"] = dict(report["period"], kind="months", label="2025年1—5月")
    data["compare"] = dict(report["compare"], text="同比与2024年1—5月比较，环比与2024年8—12月比较")
    intro = briefing_context(data, issue=6, today=TODAY)["intro"]
    assert intro.startswith(
        "现将2025年1—5月示范县行政诉讼、行政复议和府院联动工作主要指标通报如下"
        "（同比与2024年1—5月比较，环比与2024年8—12月比较）"
    )
    # a quarter's comparisons go without saying
    assert "比较）" not in briefing_context(report, issue=2, today=TODAY)["intro"]
