"""Indicator definitions, periods and the way figures are written (domain.md §4)."""

import json
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from fylink.domain import indicators as ind
from fylink.domain.indicators import IndicatorSettings, Kind, Period
from fylink.errors import InvalidInputError
from helpers import DATA

VECTORS: dict[str, Any] = json.loads((DATA / "indicators.json").read_text(encoding="utf-8"))
D = Decimal


# --- the spec's vectors ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "vector",
    VECTORS["rates"],
    ids=lambda v: f"{v['indicator']}:{v['numerator']}/{v['denominator']}",
)
def test_published_rates(vector: dict[str, Any]) -> None:
    value = ind.rate(vector["numerator"], vector["denominator"])
    assert ind.format_value(Kind.RATE, value) == vector["display"]


@pytest.mark.parametrize("vector", VECTORS["per_10k"], ids=lambda v: v["display"])
def test_litigation_per_10k_vector(vector: dict[str, Any]) -> None:
    value = ind.per_10k(vector["numerator"], vector["population"])
    assert ind.format_value(Kind.PER_10K, value) == vector["display"]


@pytest.mark.parametrize("vector", VECTORS["changes"], ids=lambda v: v["display"])
def test_change_of_a_rate_is_in_percentage_points(vector: dict[str, Any]) -> None:
    delta = ind.change(Kind.RATE, D(vector["old"]), D(vector["new"]))
    assert ind.format_change(Kind.RATE, delta) == vector["display"]
    assert ind.describe_change(Kind.RATE, delta) == vector["text"]
    assert vector["not"] not in ind.describe_change(Kind.RATE, delta)
    assert ind.arrow(delta) == "↑"
    assert ind.format_change_with_arrow(Kind.RATE, delta) == "↑ " + vector["display"]


# --- arithmetic --------------------------------------------------------------------------------


def test_rates_round_half_up_to_one_decimal() -> None:
    assert ind.rate(1, 16) == D("6.3")  # 6.25: banker's rounding would give 6.2
    assert ind.rate(1, 8) == D("12.5")
    assert ind.rate(2, 3) == D("66.7")
    assert ind.rate(0, 5) == D("0.0")
    assert ind.format_value(Kind.RATE, ind.rate(0, 5)) == "0.0%"


def test_zero_denominator_has_no_value() -> None:
    assert ind.rate(0, 0) is None
    assert ind.format_value(Kind.RATE, None) == "—"
    assert ind.per_10k(10, None) is None
    assert ind.per_10k(10, 0) is None


def test_change_of_a_count_is_relative_and_a_zero_base_shows_a_dash() -> None:
    assert ind.change(Kind.COUNT, D(8), D(6)) == D("-25.0")
    assert ind.format_change(Kind.COUNT, D("-25.0")) == "-25.0%"
    assert ind.describe_change(Kind.COUNT, D("-25.0")) == "减少25.0%"
    assert ind.change(Kind.COUNT, D(0), D(6)) is None
    assert ind.format_change(Kind.COUNT, None) == "—"
    assert ind.describe_change(Kind.COUNT, None) == ""
    assert ind.arrow(None) == ""


def test_change_of_a_rate_needs_both_rates() -> None:
    assert ind.change(Kind.RATE, None, D("12.0")) is None
    assert ind.change(Kind.RATE, D("12.0"), None) is None
    # A zero rate is a base like any other: 0.0% → 12.5% is +12.5 points.
    assert ind.format_change(Kind.RATE, ind.change(Kind.RATE, D("0.0"), D("12.5"))) == (
        "+12.5个百分点"
    )


def test_no_change_is_written_as_unchanged() -> None:
    delta = ind.change(Kind.RATE, D("40.0"), D("40.0"))
    assert ind.format_change(Kind.RATE, delta) == "持平"
    assert ind.describe_change(Kind.RATE, delta) == "持平"
    assert ind.arrow(delta) == ""
    assert ind.format_change_with_arrow(Kind.RATE, delta) == "持平"


def test_falling_rate_and_amount() -> None:
    delta = ind.change(Kind.RATE, D("25.0"), D("15.9"))
    assert ind.format_change_with_arrow(Kind.RATE, delta) == "↓ -9.1个百分点"
    assert ind.describe_change(Kind.RATE, delta) == "下降9.1个百分点"
    assert ind.describe_change(Kind.AMOUNT, D("12.5")) == "增加12.5%"


def test_values_by_kind() -> None:
    assert ind.value_of(Kind.AMOUNT, 120_000_000, None) == D("1200000.00")
    assert ind.format_value(Kind.AMOUNT, D("1200000.00")) == "1,200,000.00"
    assert ind.format_value(Kind.COUNT, ind.value_of(Kind.COUNT, 6, None)) == "6"
    assert ind.to_json_number(D("6")) == 6
    assert ind.to_json_number(D("15.9")) == 15.9
    assert ind.to_json_number(None) is None


def test_fraction_of_money_is_in_yuan() -> None:
    definitions = ind.definitions()
    assert ind.fraction(definitions["loss_rate"], 686, 4311) == "686/4311"
    assert ind.fraction(definitions["enforcement_recovery_rate"], 12_000_000, 15_000_000) == (
        "120,000.00/150,000.00"
    )
    assert ind.fraction(definitions["litigation_filed"], 6, None) == ""


def test_double_decline() -> None:
    assert ind.double_decline(6, 7, D("33.3"), D("40.0")) is True
    assert ind.double_decline(7, 7, D("33.3"), D("40.0")) is False
    assert ind.double_decline(6, 7, D("40.0"), D("40.0")) is False
    assert ind.double_decline(6, 7, None, D("40.0")) is None


# --- definitions -------------------------------------------------------------------------------


def test_every_key_of_the_spec_is_defined_in_order() -> None:
    definitions = ind.definitions()
    assert list(definitions) == list(ind.KEYS)
    spec = {
        "litigation_filed": "行政诉讼发案量",
        "loss_rate": "行政机关败诉率",
        "head_appearance_rate": "负责人出庭应诉率",
        "reconsideration_correction_rate": "行政复议纠错率",
        "reconsideration_settlement_rate": "行政复议调解和解率",
        "substantive_resolution_rate": "实质性化解率",
        "presuit_mediation_success_rate": "诉前调解成功率",
        "enforcement_closed": "涉行政机关执行案件执结数",
        "enforcement_amount": "执行到位金额",
        "enforcement_recovery_rate": "执行到位率",
        "suggestion_feedback_rate": "司法建议反馈率",
        "suggestion_reply_rate": "司法建议按期反馈率",
        "task_completion_rate": "双清单完成率",
        "litigation_per_10k": "万人成讼率",
    }
    for key, name in spec.items():
        assert definitions[key].name == name
    public = definitions["loss_rate"].public()
    assert public["unit"] == "%"
    assert public["setting"] == "indicators.loss_rate_denominator"


def test_settings_change_the_denominators_and_say_so() -> None:
    default = ind.definitions()
    assert "审结的" in default["loss_rate"].denominator
    assert "本地口径" in default["loss_rate"].note
    assert "不含调解、和解、撤回" in default["reconsideration_correction_rate"].denominator
    alt = ind.definitions(
        IndicatorSettings(
            loss_rate_denominator="judgment",
            reconsideration_correction_denominator="all_closed",
            settlement_includes_withdrawal=True,
            head_appearance_principal_only=True,
        )
    )
    assert "判决方式" in alt["loss_rate"].denominator
    assert "最高人民法院口径" in alt["loss_rate"].note
    assert alt["reconsideration_correction_rate"].denominator == "本期审结的全部行政复议案件"
    assert "撤回申请" in alt["reconsideration_settlement_rate"].numerator
    assert "正职" in alt["head_appearance_rate"].numerator
    assert "只计入正职" in alt["head_appearance_rate"].note


def test_unknown_setting_value_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="closed 或 judgment"):
        ind.definitions(IndicatorSettings(loss_rate_denominator="received"))


def test_parse_key_by_key_or_chinese_name() -> None:
    assert ind.parse_key("loss_rate") == "loss_rate"
    assert ind.parse_key(" 行政机关败诉率 ") == "loss_rate"
    with pytest.raises(InvalidInputError, match="指标“lossrate”不存在，可选：litigation_filed"):
        ind.parse_key("lossrate")


# --- periods -----------------------------------------------------------------------------------


def test_quarter_bounds_labels_and_neighbours() -> None:
    q = Period(2025, 1)
    assert (q.start, q.end) == (date(2025, 1, 1), date(2025, 3, 31))
    assert q.label == "2025年第一季度"
    assert q.code == "2025Q1"
    assert q.same_period_last_year() == Period(2024, 1)
    assert q.previous() == Period(2024, 4)
    assert Period(2025, 3).previous() == Period(2025, 2)
    assert ind.parse_code("2025Q1") == q


def test_a_year_has_no_previous_quarter() -> None:
    year = Period(2024)
    assert year.annual
    assert (year.start, year.end) == (date(2024, 1, 1), date(2024, 12, 31))
    assert year.label == "2024年度"
    assert year.previous() is None
    assert year.same_period_last_year() == Period(2023)
    assert ind.parse_code("2024") == year
    assert year.public()["quarter"] is None


def test_trailing_quarters() -> None:
    codes = [q.code for q in Period(2025, 2).trailing_quarters(8)]
    assert codes == [
        "2023Q3",
        "2023Q4",
        "2024Q1",
        "2024Q2",
        "2024Q3",
        "2024Q4",
        "2025Q1",
        "2025Q2",
    ]
    assert Period(2024).trailing_quarters(4)[-1] == Period(2024, 4)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        ("2025-06-30", Period(2025, 2)),
        ("2025-06-29", Period(2025, 1)),
        ("2025-07-01", Period(2025, 2)),
        ("2025-01-01", Period(2024, 4)),
        ("2024-12-31", Period(2024, 4)),
    ],
)
def test_latest_finished_quarter(today: str, expected: Period) -> None:
    assert ind.latest_quarter(date.fromisoformat(today)) == expected


@pytest.mark.parametrize(("year", "quarter"), [(2025, 5), (2025, -1), (1800, 1)])
def test_invalid_period(year: int, quarter: int) -> None:
    with pytest.raises(InvalidInputError):
        Period(year, quarter)
