"""The report service: every indicator against hand-counted figures and the §4 vectors."""

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from fylink.domain.indicators import KEYS, IndicatorSettings, Period
from fylink.errors import ConflictError, InvalidInputError, NotFoundError
from fylink.services import cases, reports
from helpers import DATA
from report_fixture import (
    EXPECTED,
    EXPECTED_UNITS,
    OLD_FILING,
    POPULATION,
    build_template,
    case_row,
    copy_database,
    insert_cases,
    open_session,
    set_region,
    spread,
    unit_ids,
)

# The fixtures copy prepared SQLite files for speed; the same figures on PostgreSQL are
# checked by test_reports_postgres.py.
pytestmark = pytest.mark.sqlite_only

TODAY = date(2025, 6, 30)
Q2 = Period(2025, 2)
VECTORS: dict[str, Any] = json.loads((DATA / "indicators.json").read_text(encoding="utf-8"))
OPTIONS = reports.Options(population=POPULATION)


def _report(session, **kwargs: Any) -> dict[str, Any]:
    kwargs.setdefault("options", OPTIONS)
    kwargs.setdefault("period", Q2)
    return reports.build_report(session=session, today=TODAY, **kwargs)


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("templates")
    return {
        "roster": build_template(folder / "roster.db", with_office=False),
        "office": build_template(folder / "office.db", with_office=True),
    }


@pytest.fixture
def session(request: pytest.FixtureRequest, templates, tmp_path: Path, db_url: str):
    """A writing session on a copy of a prepared database (with the small office when the
    test also asks for ``office``)."""
    kind = "office" if "office" in request.fixturenames else "roster"
    copy_database(templates[kind], tmp_path / "fylink.db")
    yield from open_session(db_url)


@pytest.fixture
def office(session) -> dict[str, int]:
    return unit_ids(session)


# --- the small office, counted by hand ------------------------------------------------------------


@pytest.mark.parametrize("key", list(EXPECTED))
def test_each_indicator_matches_the_hand_count(session, office, key: str) -> None:
    figure = _report(session)["indicators"][key]
    for field, expected in EXPECTED[key].items():
        assert figure[field] == expected, (key, field)


def test_headline_carries_both_comparisons(session, office) -> None:
    report = _report(session)
    loss = report["indicators"]["loss_rate"]
    assert loss["display"] == "33.3%"
    assert loss["fraction"] == "2/6"
    assert loss["last_year"] == {
        "numerator": 2,
        "denominator": 5,
        "value": 40.0,
        "display": "40.0%",
    }
    # 5 cases decided a year earlier: a small base, said beside the change
    assert loss["yoy_display"] == "↓ -6.7个百分点（基数小）"
    assert loss["yoy_small_base"] == 5
    assert loss["yoy_text"] == "下降6.7个百分点（基数较小：去年同期仅5件）"
    assert loss["previous"]["display"] == "—"
    assert loss["qoq_display"] == "—"
    filed = report["indicators"]["litigation_filed"]
    assert filed["yoy_display"] == "↓ -14.3%（基数小）"
    assert filed["qoq_display"] == "↑ +200.0%（基数小）"
    assert filed["qoq_text"] == "增加200.0%（基数较小：上期仅2件）"
    assert list(report["indicators"]) == list(KEYS)


def test_double_decline_is_achieved_when_both_fall(session, office) -> None:
    verdict = _report(session)["double_decline"]
    assert verdict == {
        "achieved": True,
        "litigation_filed_down": True,
        "loss_rate_down": True,
        "text": "实现“双下降”：行政诉讼发案量6件，同比减少14.3%（基数较小：去年同期仅7件），"
        "行政机关败诉率33.3%，同比下降6.7个百分点（基数较小：去年同期仅5件）。",
    }


def test_double_decline_fails_when_filings_rise(session, office) -> None:
    ids = unit_ids(session)
    insert_cases(
        session,
        [case_row(unit_id=ids["县人社局"], filed_on=d) for d in spread(date(2025, 5, 1), 2)],
    )
    verdict = _report(session)["double_decline"]
    assert verdict["achieved"] is False
    assert verdict["litigation_filed_down"] is False
    assert verdict["text"].startswith("未实现“双下降”（发案量未下降）：行政诉讼发案量8件")


def test_per_unit_figures_and_ranking(session, office) -> None:
    report = _report(session)
    units = {u["unit"]: u for u in report["units"]}
    for name, expected in EXPECTED_UNITS.items():
        figures = units[name]["indicators"]
        for key, value in expected.items():
            if isinstance(value, tuple):
                got = figures[key]
                assert (got["numerator"], got["denominator"], got["value"]) == value, (name, key)
            else:
                assert figures[key]["numerator"] == value, (name, key)
    ranked = [u["unit"] for u in report["units"]]
    assert ranked[:3] == ["县自然资源局", "县住建局", "城关镇"]
    assert [u["rank"] for u in report["units"]] == list(range(1, len(ranked) + 1))
    # Every agency is listed even without records; the court and the procuratorate are not
    # assessed units: never ranked, although the court has records.
    assert "东城街道" in units
    assert "县法院" not in units
    assert "县检察院" not in units
    assert report["settings"]["unranked_kinds"] == ["法院", "检察院"]
    assert report["ranking_note"] == (
        "法院、检察院不是被考核单位，不列入单位排名"
        "（配置项 escalation.rank_consult_kinds = true 可列入）"
    )
    assert "litigation_per_10k" not in units["县住建局"]["indicators"]
    # The units' figures add up to the headline.
    total = sum(u["indicators"]["loss_rate"]["denominator"] for u in report["units"])
    assert total == report["indicators"]["loss_rate"]["denominator"]


def test_courts_are_ranked_when_the_office_chooses(session, office) -> None:
    """escalation.rank_consult_kinds = true: the court is ranked, by its own records only."""
    from fylink.config import Settings

    settings = Settings.model_validate(
        {"home": ".", "escalation": {"rank_consult_kinds": True}, "indicators": {}}
    )
    options = reports.Options.from_settings(settings)
    assert options.unranked_kinds == ()
    report = _report(session, options=options)
    units = {u["unit"]: u for u in report["units"]}
    assert "县法院" in units
    assert "县检察院" not in units  # no records of its own
    assert units["县法院"]["indicators"]["loss_rate"]["denominator"] == 0
    assert report["settings"]["unranked_kinds"] == []
    assert report["ranking_note"] == ""
    # The default settings leave them out.
    default = reports.Options.from_settings(Settings.model_validate({"home": "."}))
    assert default.unranked_kinds == ("法院", "检察院")


def test_a_court_scoped_report_still_shows_the_court(session, office) -> None:
    scope = reports.resolve_scope(session=session, unit="县法院")
    report = _report(session, scope=scope)
    assert [u["unit"] for u in report["units"]] == ["县法院"]


def test_unit_scope(session, office) -> None:
    scope = reports.resolve_scope(session=session, unit="住建局".join(["县", ""]))
    report = _report(session, scope=scope)
    assert report["scope"] == {"unit": "县住建局", "region": None}
    assert report["indicators"]["litigation_filed"]["numerator"] == 2
    assert report["indicators"]["loss_rate"]["fraction"] == "1/2"
    assert report["indicators"]["tasks_overdue"]["numerator"] == 1
    assert report["indicators"]["litigation_per_10k"]["value"] is None
    assert [u["unit"] for u in report["units"]] == ["县住建局"]
    assert report["warnings"] == [
        "单位报告不计算万人成讼率",
        "以下指标的比较基数不足10件，增减幅度仅供参考：行政诉讼发案量（去年同期3件）",
    ]


def test_region_scope_and_its_population(session, office) -> None:
    set_region(session, "县自然资源局", "北区")
    set_region(session, "城关镇", "北区")
    scope = reports.resolve_scope(session=session, region="北区")
    options = reports.Options(population={"北区": 20_000})
    report = _report(session, scope=scope, options=options)
    figures = report["indicators"]
    assert figures["litigation_filed"]["numerator"] == 4
    assert figures["loss_rate"]["fraction"] == "1/4"
    # 3 + 1 agency 一审 and the 民初 case of 自然资源局: 5 per 20,000 residents
    assert figures["litigation_per_10k"]["numerator"] == 5
    assert figures["litigation_per_10k"]["value"] == 2.5
    assert {u["unit"] for u in report["units"]} == {"县自然资源局", "城关镇"}


def test_unknown_region_and_unit(session, office) -> None:
    with pytest.raises(NotFoundError, match="地区“南区”下没有单位，已登记的地区：示范县"):
        reports.resolve_scope(session=session, region="南区")
    with pytest.raises(NotFoundError, match="单位“县交通局”不存在"):
        reports.resolve_scope(session=session, unit="县交通局")
    with pytest.raises(InvalidInputError, match="只能选一个"):
        reports.resolve_scope(session=session, unit="县住建局", region="北区")


def test_missing_population_is_said(session, office) -> None:
    report = _report(session, options=reports.Options())
    assert report["indicators"]["litigation_per_10k"]["value"] is None
    assert report["indicators"]["litigation_per_10k"]["display"] == "—"
    assert report["warnings"] == [
        "未录入示范县的常住人口（fylink report figure set 常住人口 …，"
        "或配置项 indicators.population），不计算万人成讼率",
        "以下指标的比较基数不足10件，增减幅度仅供参考：行政诉讼发案量（去年同期7件，上期2件）；"
        "行政机关败诉率（去年同期5件）；双清单完成率（上期1件）；逾期未完成事项（上期1件）",
    ]


# --- the settings of §4 -------------------------------------------------------------------------


def test_alternative_denominators(session, office) -> None:
    options = reports.Options(
        indicators=IndicatorSettings(
            loss_rate_denominator="judgment",
            reconsideration_correction_denominator="all_closed",
            settlement_includes_withdrawal=True,
            head_appearance_principal_only=True,
        ),
        population=POPULATION,
    )
    report = _report(session, options=options)
    figures = report["indicators"]
    # judgments: 撤销, 驳回诉讼请求 (自然资源局) and 确认违法 (住建局)
    assert figures["loss_rate"]["fraction"] == "2/3"
    assert figures["loss_rate"]["display"] == "66.7%"
    assert figures["reconsideration_correction_rate"]["fraction"] == "1/7"
    assert figures["reconsideration_settlement_rate"]["fraction"] == "3/7"
    assert figures["head_appearance_rate"]["fraction"] == "1/4"
    assert report["settings"]["loss_rate_denominator"] == "judgment"
    assert (
        "行政机关败诉率的分母为以判决方式审结的一审行政诉讼案件（最高人民法院口径）"
        in (report["notes"])
    )
    assert "判决方式" in report["definitions"]["loss_rate"]["denominator"]


def test_report_says_which_definition_it_used(session, office) -> None:
    report = _report(session)
    assert report["notes"] == [
        "行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）",
        "负责人出庭应诉率计入正职和分管副职负责人出庭",
        "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）",
        "行政复议调解和解率不含撤回申请结案的案件",
        "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）",
    ]
    assert report["settings"]["population"] == 80_000


# --- periods ----------------------------------------------------------------------------------


def test_annual_report_compares_with_the_previous_year(session, office) -> None:
    report = _report(session, period=Period(2025))
    assert report["period"]["label"] == "2025年度"
    assert report["period"]["as_of"] == "2025-06-30"
    assert report["period"]["complete"] is False
    filed = report["indicators"]["litigation_filed"]
    # 2025: 3 + 2 + 1 in Q2 and 2 in Q1; 2024: 7 in Q2 and the 6 closed and 5 heard cases
    # filed in Q4 (the second-instance and the court's cases do not count)
    assert filed["numerator"] == 8
    assert filed["last_year"]["numerator"] == 7 + 6 + 5
    assert filed["qoq"] is None
    assert filed["previous"] is None
    assert report["compare"]["previous"] is None


def test_quarter_not_yet_started_is_refused(session, office) -> None:
    with pytest.raises(InvalidInputError, match="2025年第三季度尚未开始"):
        _report(session, period=Period(2025, 3))


def test_current_quarter_counts_up_to_today(session, office) -> None:
    report = reports.build_report(session=session, period=Q2, today=date(2025, 5, 31))
    assert report["period"]["as_of"] == "2025-05-31"
    assert report["period"]["complete"] is False
    # 2 of the 6 filings fall after May 31 … but records dated later than "today" are kept
    # out by the cut, not by magic: the 城关镇 case was filed on June 30.
    assert report["indicators"]["litigation_filed"]["numerator"] == 5
    # tasks due by May 31: the one done in time and the one done late
    assert report["indicators"]["task_completion_rate"]["fraction"] == "1/2"


def test_trend_covers_eight_quarters(session, office) -> None:
    trend = _report(session, trend=True)["trend"]
    assert [t["period"] for t in trend][-3:] == ["2024Q4", "2025Q1", "2025Q2"]
    assert len(trend) == 8
    last = trend[-1]
    assert (last["litigation_filed"], last["loss_numerator"], last["loss_denominator"]) == (
        6,
        2,
        6,
    )
    assert last["loss_rate"] == 33.3
    q2_2024 = next(t for t in trend if t["period"] == "2024Q2")
    assert q2_2024["loss_rate"] == 40.0


# --- what needs attention ---------------------------------------------------------------------


def test_attention_lists(session, office) -> None:
    attention = _report(session)["attention"]
    assert attention["losses_total"] == 2
    assert [(x["unit"], x["outcome"]) for x in attention["losses"]] == [
        ("县住建局", "确认违法"),
        ("县自然资源局", "撤销"),
    ]
    assert [(x["content"], x["days_overdue"]) for x in attention["overdue_tasks"]] == [
        ("上季度逾期的事项", 121),
        ("逾期未完成的事项", 29),
    ]
    assert [x["doc_no"] for x in attention["unanswered_suggestions"]] == ["示法建〔2025〕3号"]


def test_attention_lists_are_limited_but_totals_are_not(session, office) -> None:
    attention = _report(session, attention_limit=1)["attention"]
    assert len(attention["losses"]) == 1
    assert attention["losses_total"] == 2
    assert attention["overdue_tasks_total"] == 2


# --- explain ----------------------------------------------------------------------------------


def test_explain_lists_the_denominator_with_the_numerator_first(session, office) -> None:
    data = reports.explain(session=session, key="loss_rate", period=Q2, today=TODAY)
    assert (data["numerator"], data["denominator"], data["display"]) == (2, 6, "33.3%")
    assert data["total"] == 6
    assert data["listing"] == "分母"
    flags = [r["in_numerator"] for r in data["records"]]
    assert flags == [True, True, False, False, False, False]
    assert [r["outcome"] for r in data["records"][:2]] == ["确认违法", "撤销"]
    assert all(r["case_no"].startswith("（2024）豫0591行初") for r in data["records"])


def test_explain_pages(session, office) -> None:
    first = reports.explain(session=session, key="loss_rate", period=Q2, today=TODAY, limit=4)
    second = reports.explain(
        session=session, key="loss_rate", period=Q2, today=TODAY, limit=4, offset=4
    )
    assert len(first["records"]) == 4
    assert len(second["records"]) == 2
    numbers = {r["case_no"] for r in first["records"] + second["records"]}
    assert len(numbers) == 6


@pytest.mark.parametrize(
    ("key", "total", "counted"),
    [
        ("litigation_filed", 6, 6),
        ("head_appearance_rate", 4, 3),
        ("reconsideration_correction_rate", 3, 1),
        ("substantive_resolution_rate", 14, 8),
        ("enforcement_closed", 2, 2),  # the 终结本次执行 case is no 执结
        ("enforcement_recovery_rate", 2, 2),
        ("task_completion_rate", 4, 1),
        ("suggestion_reply_rate", 3, 1),
        ("suggestion_feedback_rate", 3, 2),
        ("tasks_overdue", 2, 2),
        ("suggestions_unanswered", 1, 1),
        ("litigation_per_10k", 8, 8),
    ],
)
def test_explain_every_kind_of_indicator(session, office, key, total, counted) -> None:
    data = reports.explain(
        session=session, key=key, period=Q2, today=TODAY, options=OPTIONS, limit=100
    )
    assert data["total"] == total
    assert sum(r["in_numerator"] for r in data["records"]) == counted
    if key in ("enforcement_recovery_rate",):
        assert {r["recovered_amount"] for r in data["records"]} == {"1,000,000.00", "200,000.00"}
    if key == "litigation_per_10k":
        assert data["denominator"] == 80_000
        assert data["population_region"] == "示范县"


def test_explain_by_chinese_name_and_unknown_key(session, office) -> None:
    data = reports.explain(session=session, key="行政复议纠错率", period=Q2, today=TODAY)
    assert data["key"] == "reconsideration_correction_rate"
    with pytest.raises(InvalidInputError, match="指标“败诉”不存在"):
        reports.explain(session=session, key="败诉", period=Q2, today=TODAY)


# --- published vectors of §4 at scale ----------------------------------------------------------


def _closed_litigation(unit_id: int, count: int, losses: int, *, judgment: int | None = None):
    """``count`` 一审 closed in 2025Q2, ``losses`` of them lost; the others split between
    judgments (驳回诉讼请求) and other closures (准予撤诉)."""
    judgment = count if judgment is None else judgment
    days = spread(date(2025, 4, 1), count, days=90)
    rows = []
    for i, day in enumerate(days):
        if i < losses:
            outcome = "撤销"
        elif i < judgment:
            outcome = "驳回诉讼请求"
        else:
            outcome = "准予撤诉"
        rows.append(case_row(unit_id=unit_id, filed_on=OLD_FILING, closed_on=day, outcome=outcome))
    return rows


@pytest.mark.parametrize(
    "vector",
    [v for v in VECTORS["rates"] if v["indicator"] == "loss_rate"],
    ids=lambda v: f"{v['numerator']}/{v['denominator']}",
)
def test_loss_rate_vectors(session, vector) -> None:
    ids = unit_ids(session)
    # spread over two units so the per-unit groups must add up
    half = vector["denominator"] // 2
    lost_half = vector["numerator"] // 2
    rows = _closed_litigation(ids["县自然资源局"], half, lost_half)
    rows += _closed_litigation(
        ids["城关镇"], vector["denominator"] - half, vector["numerator"] - lost_half
    )
    insert_cases(session, rows)
    figure = _report(session)["indicators"]["loss_rate"]
    assert (figure["numerator"], figure["denominator"]) == (
        vector["numerator"],
        vector["denominator"],
    )
    assert figure["display"] == vector["display"]


def test_loss_rate_judgment_vector(session) -> None:
    ids = unit_ids(session)
    # 345 losses among 1000 judgments and 500 other closures: 23.0% locally, 34.5% by judgment
    insert_cases(session, _closed_litigation(ids["县住建局"], 1500, 345, judgment=1000))
    local = _report(session)["indicators"]["loss_rate"]
    national = _report(
        session,
        options=reports.Options(indicators=IndicatorSettings(loss_rate_denominator="judgment")),
    )["indicators"]["loss_rate"]
    assert local["display"] == "23.0%"
    assert national["display"] == VECTORS["loss_rate_judgment"]["display"]


def _heard(unit_id: int, count: int, principals: int, instance: str) -> list[dict[str, Any]]:
    return [
        case_row(
            unit_id=unit_id,
            filed_on=OLD_FILING,
            instance=instance,
            heard=True,
            heard_on=date(2025, 5, 1) + timedelta(days=i % 40),
            head_appeared=True,
            head_rank="正职" if i < principals else "副职",
        )
        for i in range(count)
    ]


def test_head_appearance_vectors(session) -> None:
    ids = unit_ids(session)
    # 837 first-instance hearings (76 principal heads) and 169 second-instance ones (39)
    insert_cases(session, _heard(ids["县公安局"], 837, 76, "一审"))
    first = _report(session)["indicators"]["head_appearance_rate"]
    assert (first["fraction"], first["display"]) == ("837/837", "100.0%")
    insert_cases(session, _heard(ids["县公安局"], 169, 39, "二审"))
    principal = _report(
        session,
        options=reports.Options(indicators=IndicatorSettings(head_appearance_principal_only=True)),
    )["indicators"]["head_appearance_rate"]
    assert (principal["fraction"], principal["display"]) == ("115/1006", "11.4%")


def test_reconsideration_correction_vectors(session) -> None:
    ids = unit_ids(session)
    outcomes = ["撤销"] * 29 + ["维持"] * 90 + ["驳回"] * 16
    outcomes += ["调解"] * 6 + ["和解"] * 4 + ["撤回申请"] * 5 + ["终止"]
    assert len(outcomes) == 151
    insert_cases(
        session,
        [
            case_row(
                unit_id=ids["县人社局"],
                category="行政复议",
                filed_on=OLD_FILING,
                closed_on=date(2025, 5, 1),
                outcome=outcome,
            )
            for outcome in outcomes
        ],
    )
    for vector in (v for v in VECTORS["rates"] if v["indicator"].startswith("reconsideration")):
        options = reports.Options(indicators=IndicatorSettings(**vector["settings"]))
        figure = _report(session, options=options)["indicators"]["reconsideration_correction_rate"]
        assert figure["fraction"] == f"{vector['numerator']}/{vector['denominator']}"
        assert figure["display"] == vector["display"]


def test_presuit_mediation_vector(session) -> None:
    ids = unit_ids(session)
    vector = next(v for v in VECTORS["rates"] if v["indicator"].startswith("presuit"))
    rows = [
        case_row(
            unit_id=ids["县司法局"],
            category="诉前调解",
            filed_on=OLD_FILING,
            closed_on=date(2025, 4, 1) + timedelta(days=i % 90),
            outcome="调解成功" if i < vector["numerator"] else "调解不成",
        )
        for i in range(vector["denominator"])
    ]
    insert_cases(session, rows)
    figure = _report(session)["indicators"]["presuit_mediation_success_rate"]
    assert figure["display"] == vector["display"]
    assert figure["fraction"] == "8270/16328"


def test_litigation_per_10k_vector(session) -> None:
    ids = unit_ids(session)
    vector = VECTORS["per_10k"][0]
    insert_cases(
        session,
        [
            case_row(unit_id=ids["县自然资源局"], filed_on=d)
            for d in spread(date(2025, 4, 1), vector["numerator"], days=91)
        ],
    )
    options = reports.Options(population={"示范县": vector["population"]})
    figure = _report(session, options=options)["indicators"]["litigation_per_10k"]
    assert figure["display"] == vector["display"]
    assert figure["value"] == 42.55


def test_change_vector_in_a_report(session) -> None:
    """71.4% a year ago, 84.8% now: “+13.4个百分点”."""
    ids = unit_ids(session)
    vector = VECTORS["changes"][0]
    insert_cases(session, _heard(ids["县城管局"], 28, 0, "一审"))
    insert_cases(
        session,
        [
            case_row(unit_id=ids["县城管局"], filed_on=OLD_FILING, heard=True, heard_on=d)
            for d in spread(date(2025, 5, 1), 5, days=30)
        ],
    )
    last_year = _heard(ids["县城管局"], 7, 0, "一审")
    for i, row in enumerate(last_year):
        row["heard_on"] = date(2024, 5, 1)
        row["filed_on"] = date(2023, 12, 1)
        row["head_appeared"] = i < 5
        row["head_rank"] = "副职" if i < 5 else None
    insert_cases(session, last_year)
    figure = _report(session)["indicators"]["head_appearance_rate"]
    assert figure["display"] == f"{vector['new']}%"
    assert figure["last_year"]["display"] == f"{vector['old']}%"
    # 7 cases heard a year earlier: the change is said with its small base
    assert figure["yoy_small_base"] == 7
    assert figure["yoy_display"] == "↑ " + vector["display"] + "（基数小）"
    assert figure["yoy_text"] == vector["text"] + "（基数较小：去年同期仅7件）"


# --- few statements, no rows in Python ----------------------------------------------------------


def test_report_runs_a_handful_of_statements(session, office) -> None:
    statements: list[str] = []
    engine = session.get_bind()

    def count(conn, cursor, statement, parameters, context, executemany) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        _report(session)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    selects = [s for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))]
    # filed, closed, heard, task, suggestion, 2 overdue, units, office ×2, 3 attention
    # lists; 重点关注企业 and 涉行政机关执行 (issue 17); whether a unit merge moved any
    # record (issue 12: else every row counts under its own unit, the plain statements)
    assert len(selects) <= 16, selects
    assert sum("FROM unit_move" in s for s in selects) == 1
    # each case source is read once for all periods, units and totals
    assert sum("FROM cases" in s for s in selects) <= 6


# --- publishing ---------------------------------------------------------------------------------


def test_publish_freezes_the_figures(session, office) -> None:
    snapshot = reports.publish(session=session, period=Q2, today=TODAY, options=OPTIONS)
    assert snapshot.scope == ""
    assert snapshot.published_by == "测试员"
    assert snapshot.data["indicators"]["loss_rate"]["display"] == "33.3%"
    assert "trend" in snapshot.data
    # a later loss changes the live report but not the published one
    ids = unit_ids(session)
    insert_cases(
        session,
        [
            case_row(
                unit_id=ids["县住建局"],
                filed_on=OLD_FILING,
                closed_on=date(2025, 6, 20),
                outcome="撤销",
            )
        ],
    )
    assert _report(session)["indicators"]["loss_rate"]["fraction"] == "3/7"
    frozen = reports.published(session=session, period=Q2)
    assert frozen.data["indicators"]["loss_rate"]["fraction"] == "2/6"
    public = reports.snapshot_public(frozen)
    assert public["published"]["by"] == "测试员"


def test_publishing_twice_needs_replace(session, office) -> None:
    reports.publish(session=session, period=Q2, today=TODAY)
    with pytest.raises(ConflictError, match=r"2025年第二季度报告已于\d{4}-\d\d-\d\d发布"):
        reports.publish(session=session, period=Q2, today=TODAY)
    again = reports.publish(session=session, period=Q2, today=TODAY, replace=True)
    assert again.data["period"]["code"] == "2025Q2"


def test_unfinished_period_cannot_be_published(session, office) -> None:
    with pytest.raises(ConflictError, match="2025年度尚未结束"):
        reports.publish(session=session, period=Period(2025), today=TODAY)


def test_show_unpublished(session, office) -> None:
    with pytest.raises(NotFoundError, match="2025年第一季度报告尚未发布"):
        reports.published(session=session, period=Period(2025, 1))


def test_diff_lists_what_changed(session, office) -> None:
    reports.publish(session=session, period=Q2, today=TODAY, options=OPTIONS)
    assert reports.diff(session=session, period=Q2, today=TODAY)["changed"] is False
    # the clerk closes one more case as a loss through the service (leaves a journal row)
    case = cases.add_case(
        session=session,
        case_in=cases.CaseIn(
            case_no="（2025）豫0591行初999号",
            category="行政诉讼",
            unit="县住建局",
            filed_on=date(2025, 1, 5),
        ),
        today=TODAY,
        types=cases.type_table(),
    )
    cases.close_case(
        session=session,
        case_no=case.case_no,
        outcome="撤销",
        closed_on=date(2025, 6, 25),
        today=TODAY,
    )
    result = reports.diff(session=session, period=Q2, today=TODAY)
    assert result["changed"] is True
    changed = {(c["unit"], c["key"]) for c in result["changes"]}
    assert ("", "loss_rate") in changed
    assert ("县住建局", "loss_rate") in changed
    loss = next(c for c in result["changes"] if c["unit"] == "" and c["key"] == "loss_rate")
    assert loss["published"]["fraction"] == "2/6"
    assert loss["now"]["fraction"] == "3/7"
    assert result["edits_since"]["case"] == 2
    # the diff used the published population, so 万人成讼率 did not change by itself
    assert ("", "litigation_per_10k") not in changed


def test_terminated_enforcement_counts_as_closed_only_by_setting(session, office) -> None:
    default = _report(session)["indicators"]["enforcement_closed"]
    assert default["numerator"] == 2
    options = reports.Options(
        indicators=IndicatorSettings(enforcement_closed_includes_terminated=True),
        population=POPULATION,
    )
    counted = _report(session, options=options)
    assert counted["indicators"]["enforcement_closed"]["numerator"] == 3
    assert "涉行政机关执行案件执结数含终结本次执行的案件" in counted["notes"]


def test_a_report_published_before_a_definition_changed_stays_as_it_was(session, office) -> None:
    from fylink.models import ReportSnapshot

    snapshot = reports.publish(session=session, period=Q2, today=TODAY, options=OPTIONS)
    # As published by a fylink without the setting: 终结本次执行 was counted as 执结.
    data = dict(snapshot.data)
    data["settings"] = {
        k: v for k, v in data["settings"].items() if k != "enforcement_closed_includes_terminated"
    }
    figures = dict(data["indicators"])
    figures["enforcement_closed"] = {**figures["enforcement_closed"], "numerator": 3, "value": 3}
    data["indicators"] = figures
    snapshot.data = data
    session.add(snapshot)
    session.flush()
    stored = session.get(ReportSnapshot, snapshot.id)
    assert stored is not None
    assert stored.data["indicators"]["enforcement_closed"]["numerator"] == 3
    # Recomputed with the definition it was published with: nothing changed.
    result = reports.diff(session=session, period=Q2, today=TODAY)
    assert ("", "enforcement_closed") not in {(c["unit"], c["key"]) for c in result["changes"]}
    # Today's definition gives 2.
    assert _report(session)["indicators"]["enforcement_closed"]["numerator"] == 2


def test_a_coordinated_withdrawal_counts_as_substantive_resolution(session, office) -> None:
    for number, resolved in ((997, True), (998, False), (999, None)):
        case = cases.add_case(
            session=session,
            case_in=cases.CaseIn(
                case_no=f"（2025）豫0591行初{number}号",
                category="行政诉讼",
                unit="县住建局",
                filed_on=date(2025, 1, 5),
            ),
            today=TODAY,
            types=cases.type_table(),
        )
        cases.close_case(
            session=session,
            case_no=case.case_no,
            outcome="准予撤诉",
            closed_on=date(2025, 6, 25),
            today=TODAY,
            resolved=resolved,
        )
    figure = _report(session)["indicators"]["substantive_resolution_rate"]
    # 14 disputes with 8 resolved (the fixture), plus the one 协调撤诉 marked resolved.
    assert (figure["numerator"], figure["denominator"]) == (9, 15)
    options = reports.Options(
        indicators=IndicatorSettings(resolution_includes_withdrawn_suits=False),
        population=POPULATION,
    )
    figure = _report(session, options=options)["indicators"]["substantive_resolution_rate"]
    assert (figure["numerator"], figure["denominator"]) == (8, 14)
