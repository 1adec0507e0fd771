"""The quarterly indicators (domain.md §4): definitions, periods and formatting.

Pure data and arithmetic: the SQL that counts lives in
``fylink.services.reports``. Every indicator is a numerator over a
denominator for a period and a scope; this module says, in the office's
words, what each of them counts under the settings in use, and how figures
are written:

- a rate is a percentage with one decimal, rounded half up (15.9%);
- a change in a rate is in 个百分点 (percentage points), never "%", and is
  taken between the *published* (rounded) values, so a reader who subtracts
  the two printed rates gets the printed change;
- a change in a count, an amount or 万人成讼率 is relative, in % with one
  decimal;
- 同比 compares with the same period a year earlier, 环比 with the span of
  equal length just before (the previous quarter, half, month, run of months
  or days; a year has none); a zero or missing base gives "—", a base of
  fewer than ``SMALL_BASE`` cases a caveat.
"""

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

from fylink.domain.calendar import quarter_bounds
from fylink.errors import InvalidInputError

DASH = "—"

QUARTER_NAMES = {1: "第一季度", 2: "第二季度", 3: "第三季度", 4: "第四季度"}


class Kind(StrEnum):
    """How a figure is measured and written."""

    #: A number of cases (件).
    COUNT = "count"
    #: Numerator / denominator as a percentage with one decimal.
    RATE = "rate"
    #: An amount of money, summed in 分 and shown in 元.
    AMOUNT = "amount"
    #: Cases per 10,000 residents, two decimals.
    PER_10K = "per_10k"


UNIT_LABEL = {Kind.COUNT: "件", Kind.RATE: "%", Kind.AMOUNT: "元", Kind.PER_10K: "件/万人"}


@dataclass(frozen=True)
class Definition:
    key: str
    name: str
    kind: Kind
    #: What the numerator counts (Chinese, for people).
    numerator: str
    #: What the denominator counts; "" for a plain count or amount.
    denominator: str
    #: Which date places a record in the period (Chinese).
    basis: str
    #: The setting (``indicators.*``) that changes this definition, if any.
    setting: str = ""
    #: A short note printed under the table (the definition in use).
    note: str = ""
    #: Lower is better (败诉率, 发案量…): decides what the arrows mean in prose.
    lower_is_better: bool = False
    #: Numerator and denominator are money (counted in 分, shown in 元).
    money: bool = False

    def public(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "name": self.name,
            "kind": self.kind.value,
            "unit": UNIT_LABEL[self.kind],
            "numerator": self.numerator,
            "denominator": self.denominator,
            "basis": self.basis,
            "setting": self.setting,
            "note": self.note,
            "money": self.money,
        }


@dataclass(frozen=True)
class IndicatorSettings:
    """The §4 alternatives (a mirror of ``config.IndicatorSettings``, kept pure)."""

    loss_rate_denominator: str = "closed"
    loss_rate_outcome: str = "first_instance"
    reconsideration_correction_denominator: str = "decided"
    settlement_includes_withdrawal: bool = False
    head_appearance_principal_only: bool = False
    enforcement_closed_includes_terminated: bool = False
    resolution_includes_withdrawn_suits: bool = True

    @classmethod
    def from_config(cls, config: Any) -> "IndicatorSettings":
        return cls(
            loss_rate_denominator=config.loss_rate_denominator,
            loss_rate_outcome=config.loss_rate_outcome,
            reconsideration_correction_denominator=config.reconsideration_correction_denominator,
            settlement_includes_withdrawal=config.settlement_includes_withdrawal,
            head_appearance_principal_only=config.head_appearance_principal_only,
            enforcement_closed_includes_terminated=config.enforcement_closed_includes_terminated,
            resolution_includes_withdrawn_suits=config.resolution_includes_withdrawn_suits,
        )

    def public(self) -> dict[str, Any]:
        return {
            "loss_rate_denominator": self.loss_rate_denominator,
            "loss_rate_outcome": self.loss_rate_outcome,
            "reconsideration_correction_denominator": self.reconsideration_correction_denominator,
            "settlement_includes_withdrawal": self.settlement_includes_withdrawal,
            "head_appearance_principal_only": self.head_appearance_principal_only,
            "enforcement_closed_includes_terminated": self.enforcement_closed_includes_terminated,
            "resolution_includes_withdrawn_suits": self.resolution_includes_withdrawn_suits,
        }


#: Keys in the order of the headline table (domain.md §4, then the office's own counts).
KEYS = (
    "litigation_filed",
    "loss_rate",
    "head_appearance_rate",
    "reconsideration_correction_rate",
    "reconsideration_settlement_rate",
    "substantive_resolution_rate",
    "presuit_mediation_success_rate",
    "enforcement_closed",
    "enforcement_amount",
    "enforcement_recovery_rate",
    "suggestion_feedback_rate",
    "suggestion_reply_rate",
    "task_completion_rate",
    "litigation_per_10k",
    "tasks_overdue",
    "suggestions_unanswered",
)

#: The indicators of the per-unit table, in column order.
UNIT_KEYS = (
    "litigation_filed",
    "loss_rate",
    "head_appearance_rate",
    "reconsideration_correction_rate",
    "task_completion_rate",
    "suggestion_reply_rate",
    "tasks_overdue",
    "suggestions_unanswered",
)

FIRST_INSTANCE = "一审行政诉讼案件（被告为本地行政机关或乡镇街道）"


def definitions(settings: IndicatorSettings | None = None) -> dict[str, Definition]:
    """Every indicator as defined under ``settings`` (defaults when None)."""
    s = settings or IndicatorSettings()
    if s.loss_rate_denominator not in ("closed", "judgment"):
        raise InvalidInputError("indicators.loss_rate_denominator 只能是 closed 或 judgment")
    if s.reconsideration_correction_denominator not in ("decided", "all_closed"):
        raise InvalidInputError(
            "indicators.reconsideration_correction_denominator 只能是 decided 或 all_closed"
        )
    loss_den = (
        "本期审结的" + FIRST_INSTANCE
        if s.loss_rate_denominator == "closed"
        else "本期以判决方式审结的" + FIRST_INSTANCE
    )
    loss_note = (
        "行政机关败诉率的分母为审结的全部一审行政诉讼案件（本地口径）"
        if s.loss_rate_denominator == "closed"
        else "行政机关败诉率的分母为以判决方式审结的一审行政诉讼案件（最高人民法院口径）"
    )
    if s.loss_rate_outcome not in ("first_instance", "final"):
        raise InvalidInputError("indicators.loss_rate_outcome 只能是 first_instance 或 final")
    loss_num = "其中行政机关败诉的案件（撤销、变更、责令履行、确认违法、确认无效、判决赔偿或补偿）"
    if s.loss_rate_outcome == "final":
        loss_num = "其中按二审、再审后的最终结果行政机关败诉的案件（改判的按改判结果）"
        loss_den += "（发回重审的不计，重审案件另计）"
        loss_note += "；按二审、再审后的最终结果计算（改判的按改判结果，发回重审的不计）"
    correction_den = (
        "本期以复议决定结案的行政复议案件（不含调解、和解、撤回）"
        if s.reconsideration_correction_denominator == "decided"
        else "本期审结的全部行政复议案件"
    )
    correction_note = (
        "行政复议纠错率的分母为以复议决定结案的案件（不含调解、和解、撤回申请）"
        if s.reconsideration_correction_denominator == "decided"
        else "行政复议纠错率的分母为审结的全部行政复议案件"
    )
    settled = "调解、和解或撤回申请" if s.settlement_includes_withdrawal else "调解或和解"
    head_num = (
        "其中行政机关正职负责人出庭应诉的案件"
        if s.head_appearance_principal_only
        else "其中行政机关负责人（正职或分管副职）出庭应诉的案件"
    )
    items = [
        Definition(
            "litigation_filed",
            "行政诉讼发案量",
            Kind.COUNT,
            "本期新收的" + FIRST_INSTANCE + "，按案号计",
            "",
            "立案日期",
            lower_is_better=True,
        ),
        Definition(
            "loss_rate",
            "行政机关败诉率",
            Kind.RATE,
            loss_num,
            loss_den,
            "结案日期",
            setting="indicators.loss_rate_denominator",
            note=loss_note,
            lower_is_better=True,
        ),
        Definition(
            "head_appearance_rate",
            "负责人出庭应诉率",
            Kind.RATE,
            head_num,
            "本期开庭审理的行政诉讼案件（书面审理不计）",
            "开庭日期",
            setting="indicators.head_appearance_principal_only",
            note=(
                "负责人出庭应诉率只计入正职负责人出庭"
                if s.head_appearance_principal_only
                else "负责人出庭应诉率计入正职和分管副职负责人出庭"
            ),
        ),
        Definition(
            "reconsideration_correction_rate",
            "行政复议纠错率",
            Kind.RATE,
            "其中以撤销、变更、确认违法、责令履行或确认无效决定纠错的案件",
            correction_den,
            "结案日期",
            setting="indicators.reconsideration_correction_denominator",
            note=correction_note,
        ),
        Definition(
            "reconsideration_settlement_rate",
            "行政复议调解和解率",
            Kind.RATE,
            f"其中以{settled}结案的案件",
            "本期审结的全部行政复议案件",
            "结案日期",
            setting="indicators.settlement_includes_withdrawal",
            note=(
                "行政复议调解和解率含撤回申请结案的案件"
                if s.settlement_includes_withdrawal
                else "行政复议调解和解率不含撤回申请结案的案件"
            ),
        ),
        Definition(
            "substantive_resolution_rate",
            "实质性化解率",
            Kind.RATE,
            "其中标记为实质性化解（未再进入诉讼或信访）的案件",
            (
                "本期办结的行政争议（行政复议、诉前调解、行政调解，及标记为实质性化解的行政诉讼"
                "协调撤诉）"
                if s.resolution_includes_withdrawn_suits
                else "本期办结的行政争议（行政复议、诉前调解、行政调解）"
            ),
            "结案日期",
            setting="indicators.resolution_includes_withdrawn_suits",
        ),
        Definition(
            "presuit_mediation_success_rate",
            "诉前调解成功率",
            Kind.RATE,
            "其中调解成功的案件",
            "本期办结的诉前调解案件",
            "结案日期",
        ),
        Definition(
            "enforcement_closed",
            "涉行政机关执行案件执结数",
            Kind.COUNT,
            (
                "本期执结的涉行政机关执行案件（含终结本次执行）"
                if s.enforcement_closed_includes_terminated
                else "本期执结的涉行政机关执行案件（终结本次执行不计为执结）"
            ),
            "",
            "结案日期",
            setting="indicators.enforcement_closed_includes_terminated",
            note=(
                "涉行政机关执行案件执结数含终结本次执行的案件"
                if s.enforcement_closed_includes_terminated
                else "涉行政机关执行案件执结数不含终结本次执行的案件（其债权未实现，可恢复执行）"
            ),
        ),
        Definition(
            "enforcement_amount",
            "执行到位金额",
            Kind.AMOUNT,
            "本期执结的涉行政机关执行案件的执行到位金额",
            "",
            "结案日期",
            money=True,
        ),
        Definition(
            "enforcement_recovery_rate",
            "执行到位率",
            Kind.RATE,
            "执行到位金额",
            "本期执结且登记了申请执行标的的涉行政机关执行案件的标的金额",
            "结案日期",
            money=True,
        ),
        # Two indicators (issue #13): whether the unit answered at all, and whether on time.
        Definition(
            "suggestion_feedback_rate",
            "司法建议反馈率",
            Kind.RATE,
            "其中已反馈的司法建议、检察建议（不论是否逾期）",
            "反馈期限在本期（截至统计日）的司法建议、检察建议",
            "反馈期限",
        ),
        Definition(
            "suggestion_reply_rate",
            "司法建议按期反馈率",
            Kind.RATE,
            "其中在反馈期限内反馈的司法建议、检察建议",
            "反馈期限在本期（截至统计日）的司法建议、检察建议",
            "反馈期限",
        ),
        Definition(
            "task_completion_rate",
            "双清单完成率",
            Kind.RATE,
            "其中按期完成的事项",
            "完成时限在本期（截至统计日）的双清单事项",
            "完成时限",
        ),
        Definition(
            "litigation_per_10k",
            "万人成讼率",
            Kind.PER_10K,
            "本期新收的一审民事、行政案件（法院提供的收案数；未录入时按台账登记的案件）",
            "常住人口（fylink report figure set 录入，或配置项 indicators.population；按万人计）",
            "立案日期",
            setting="indicators.population",
            lower_is_better=True,
        ),
        Definition(
            "tasks_overdue",
            "逾期未完成事项",
            Kind.COUNT,
            "统计日已过完成时限而未完成的双清单事项（含以前各期结转）",
            "",
            "统计日",
            lower_is_better=True,
        ),
        Definition(
            "suggestions_unanswered",
            "逾期未反馈建议",
            Kind.COUNT,
            "统计日已过反馈期限而未反馈的司法建议、检察建议（含以前各期结转）",
            "",
            "统计日",
            lower_is_better=True,
        ),
    ]
    return {d.key: d for d in items}


def parse_key(key: str) -> str:
    wanted = key.strip()
    if wanted in KEYS:
        return wanted
    by_name = {d.name: d.key for d in definitions().values()}
    if wanted in by_name:
        return by_name[wanted]
    raise InvalidInputError(f"指标“{key}”不存在，可选：{'、'.join(KEYS)}")


# --- periods -----------------------------------------------------------------------------------


#: A relative change on fewer cases than this in the base (a count's base, a rate's base
#: denominator) comes with a caveat: "增加294.1%" from 17 to 67 cases says little.
SMALL_BASE = 10

HALF_NAMES = {1: "上半年", 2: "下半年"}


def _month_end(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def _year_earlier(day: date) -> date:
    """The same day a year earlier; a month's last day gives that month's last day."""
    if day == _month_end(day.year, day.month):
        return _month_end(day.year - 1, day.month)
    return day.replace(year=day.year - 1)


def _whole_months(start: date, end: date) -> bool:
    return start.day == 1 and end == _month_end(end.year, end.month)


@dataclass(frozen=True, order=True)
class Period:
    """A span the indicators are counted over.

    ``Period(2025, 2)`` a quarter, ``Period(2025)`` a year; ``first_month``/``last_month``
    a run of months of one year (a half, a month, 1–5月); ``from_day``/``to_day`` any
    span of days. Build them with :meth:`half`, :meth:`month`, :meth:`months` and
    :meth:`span`, which turn a run that is a quarter or a year into one, and a span of
    whole months into months.
    """

    year: int
    quarter: int = 0
    first_month: int = 0
    last_month: int = 0
    from_day: date | None = None
    to_day: date | None = None

    def __post_init__(self) -> None:
        if not 1900 <= self.year <= 2999:
            raise InvalidInputError(f"年度“{self.year}”无效")
        if self.quarter not in (0, 1, 2, 3, 4):
            raise InvalidInputError(f"季度“{self.quarter}”无效：季度须为1至4")
        if self.first_month and not 1 <= self.first_month <= self.last_month <= 12:
            raise InvalidInputError(f"月份“{self.first_month}-{self.last_month}”无效：须为1至12")
        if (self.from_day is None) != (self.to_day is None):
            raise InvalidInputError("请同时给出起止日期：--from 和 --to")
        if self.from_day is not None and self.to_day is not None:
            if self.to_day < self.from_day:
                raise InvalidInputError(
                    f"截止日期 {self.to_day.isoformat()} 早于起始日期 {self.from_day.isoformat()}"
                )
            if (self.to_day - self.from_day).days >= 366:
                raise InvalidInputError("统计期间不能超过一年")

    # -- constructors ------------------------------------------------------------------------

    @classmethod
    def months(cls, year: int, first: int, last: int) -> "Period":
        """Months ``first``–``last`` of ``year``; a quarter or the year when they are one."""
        if not 1 <= first <= last <= 12:
            raise InvalidInputError(f"月份“{first}-{last}”无效：须为1至12，且起始月不晚于截止月")
        if (first, last) == (1, 12):
            return cls(year)
        if first % 3 == 1 and last == first + 2:
            return cls(year, (first + 2) // 3)
        return cls(year, first_month=first, last_month=last)

    @classmethod
    def half(cls, year: int, half: int) -> "Period":
        if half not in (1, 2):
            raise InvalidInputError(f"半年“{half}”无效：上半年为1，下半年为2")
        return cls.months(year, 1 if half == 1 else 7, 6 if half == 1 else 12)

    @classmethod
    def month(cls, year: int, month: int) -> "Period":
        return cls.months(year, month, month)

    @classmethod
    def span(cls, start: date, end: date) -> "Period":
        """Any span of days; whole months of one year become :meth:`months`."""
        if start.year == end.year and end >= start and _whole_months(start, end):
            return cls.months(start.year, start.month, end.month)
        return cls(start.year, from_day=start, to_day=end)

    # -- what it is --------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        """year · quarter · half · month · months · range"""
        if self.from_day is not None:
            return "range"
        if self.first_month:
            if (self.first_month, self.last_month) in ((1, 6), (7, 12)):
                return "half"
            return "month" if self.first_month == self.last_month else "months"
        return "quarter" if self.quarter else "year"

    @property
    def annual(self) -> bool:
        return self.kind == "year"

    @property
    def start(self) -> date:
        if self.from_day is not None:
            return self.from_day
        if self.first_month:
            return date(self.year, self.first_month, 1)
        return date(self.year, 1, 1) if self.annual else quarter_bounds(self.year, self.quarter)[0]

    @property
    def end(self) -> date:
        if self.to_day is not None:
            return self.to_day
        if self.first_month:
            return _month_end(self.year, self.last_month)
        if self.annual:
            return date(self.year, 12, 31)
        return quarter_bounds(self.year, self.quarter)[1]

    @property
    def label(self) -> str:
        """2025年第二季度 · 2025年度 · 2025年上半年 · 2025年3月 · 2025年1—5月 ·
        2025年1月1日至3月15日"""
        kind = self.kind
        if kind == "year":
            return f"{self.year}年度"
        if kind == "quarter":
            return f"{self.year}年{QUARTER_NAMES[self.quarter]}"
        if kind == "half":
            return f"{self.year}年{HALF_NAMES[1 if self.first_month == 1 else 2]}"
        if kind == "month":
            return f"{self.year}年{self.first_month}月"
        if kind == "months":
            return f"{self.year}年{self.first_month}—{self.last_month}月"
        start, end = self.start, self.end
        whole = _whole_months(start, end)
        first = f"{start.year}年{start.month}月" + ("" if whole else f"{start.day}日")
        last = f"{end.month}月" + ("" if whole else f"{end.day}日")
        if end.year != start.year:
            last = f"{end.year}年{last}"
        elif end.month == start.month and not whole:
            last = f"{end.day}日"
        return f"{first}至{last}"

    @property
    def code(self) -> str:
        """2025Q2 · 2025 · 2025H1 · 2025M03 · 2025M01-05 · 20250101-20250315"""
        kind = self.kind
        if kind == "year":
            return str(self.year)
        if kind == "quarter":
            return f"{self.year}Q{self.quarter}"
        if kind == "half":
            return f"{self.year}H{1 if self.first_month == 1 else 2}"
        if kind == "month":
            return f"{self.year}M{self.first_month:02d}"
        if kind == "months":
            return f"{self.year}M{self.first_month:02d}-{self.last_month:02d}"
        return f"{self.start:%Y%m%d}-{self.end:%Y%m%d}"

    # -- what it is compared with ------------------------------------------------------------

    def same_period_last_year(self) -> "Period":
        """同比: the same span a year earlier."""
        if self.from_day is not None:
            return Period.span(_year_earlier(self.start), _year_earlier(self.end))
        return Period(self.year - 1, self.quarter, self.first_month, self.last_month)

    def previous(self) -> "Period | None":
        """环比: the span of equal length just before; None for a year (its 环比 is its 同比)."""
        kind = self.kind
        if kind == "year":
            return None
        if kind == "quarter":
            if self.quarter == 1:
                return Period(self.year - 1, 4)
            return Period(self.year, self.quarter - 1)
        start, end = self.start, self.end
        if kind == "range" and not _whole_months(start, end):
            days = (end - start).days + 1
            return Period.span(start - timedelta(days=days), start - timedelta(days=1))
        count = (end.year - start.year) * 12 + end.month - start.month + 1
        first = start.year * 12 + start.month - 1 - count  # months since year 0
        last = first + count - 1
        return Period.span(
            date(first // 12, first % 12 + 1, 1), _month_end(last // 12, last % 12 + 1)
        )

    def comparisons(self) -> str:
        """The comparisons stated in every output: 同比与2024年1—5月比较，环比与……比较。"""
        text = f"同比与{self.same_period_last_year().label}比较"
        previous = self.previous()
        if previous is None:
            return text + "（年度报告不计算环比）"
        return text + f"，环比与{previous.label}比较"

    def trailing_quarters(self, count: int = 8) -> list["Period"]:
        """The ``count`` quarters ending with the one the period ends in, oldest first."""
        end = self.end
        last = Period(end.year, (end.month - 1) // 3 + 1)
        quarters = [last]
        while len(quarters) < count:
            previous = quarters[-1].previous()
            assert previous is not None
            quarters.append(previous)
        return quarters[::-1]

    def public(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "quarter": self.quarter or None,
            "kind": self.kind,
            "code": self.code,
            "label": self.label,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
        }


_CODE = re.compile(
    r"(?P<year>\d{4})(?:Q(?P<q>[1-4])|H(?P<h>[12])|M(?P<m1>\d\d)(?:-(?P<m2>\d\d))?)?"
)


def parse_code(code: str) -> Period:
    """A period's :attr:`Period.code` back into the period."""
    text = code.strip()
    if span := re.fullmatch(r"(\d{8})-(\d{8})", text):
        try:
            start, end = (datetime.strptime(part, "%Y%m%d").date() for part in span.groups())
        except ValueError:
            raise InvalidInputError(f"统计期间“{code}”无效") from None
        return Period.span(start, end)
    match = _CODE.fullmatch(text)
    if match is None:
        raise InvalidInputError(f"统计期间“{code}”无效")
    year = int(match["year"])
    if match["q"]:
        return Period(year, int(match["q"]))
    if match["h"]:
        return Period.half(year, int(match["h"]))
    if match["m1"]:
        first = int(match["m1"])
        return Period.months(year, first, int(match["m2"] or first))
    return Period(year)


def parse_months(text: str) -> tuple[int, int]:
    """ "1-5" / "1—5" / "3" → (first, last)."""
    parts = re.split(r"\s*[-—–~至到]\s*", text.strip().removesuffix("月"))
    try:
        numbers = [int(part) for part in parts]
    except ValueError:
        raise InvalidInputError(f"月份范围“{text}”无效，应写作 1-5") from None
    if len(numbers) == 1:
        numbers *= 2
    if len(numbers) != 2 or not 1 <= numbers[0] <= numbers[1] <= 12:
        raise InvalidInputError(f"月份范围“{text}”无效，应写作 1-5（1至12月，起始月不晚于截止月）")
    return numbers[0], numbers[1]


def small_base(kind: Kind, numerator: int | None, denominator: int | None) -> int | None:
    """The base's case count when it is too small for a relative change to mean much
    (fewer than :data:`SMALL_BASE`), else None. Amounts have no case count."""
    if kind is Kind.RATE:
        cases = denominator
    elif kind in (Kind.COUNT, Kind.PER_10K):
        cases = numerator
    else:
        return None
    if cases is None or cases >= SMALL_BASE:
        return None
    return cases


def latest_quarter(today: date) -> Period:
    """The most recent quarter that has ended by ``today`` (inclusive)."""
    period = Period(today.year, (today.month - 1) // 3 + 1)
    if period.end > today:
        previous = period.previous()
        assert previous is not None
        return previous
    return period


# --- arithmetic and writing ---------------------------------------------------------------------

_ONE_DECIMAL = Decimal("0.1")
_TWO_DECIMALS = Decimal("0.01")


def rate(numerator: int, denominator: int) -> Decimal | None:
    """Percentage with one decimal, rounded half up; None when the denominator is zero."""
    if not denominator:
        return None
    return (Decimal(numerator) * 100 / Decimal(denominator)).quantize(_ONE_DECIMAL, ROUND_HALF_UP)


def per_10k(numerator: int, population: int | None) -> Decimal | None:
    """Cases per 10,000 residents, two decimals; None without a population."""
    if not population:
        return None
    return (Decimal(numerator) * 10_000 / Decimal(population)).quantize(
        _TWO_DECIMALS, ROUND_HALF_UP
    )


def value_of(kind: Kind, numerator: int, denominator: int | None) -> Decimal | None:
    """The published value of a figure (amounts: 元 from 分)."""
    if kind is Kind.RATE:
        return rate(numerator, denominator or 0)
    if kind is Kind.PER_10K:
        return per_10k(numerator, denominator)
    if kind is Kind.AMOUNT:
        return (Decimal(numerator) / 100).quantize(_TWO_DECIMALS)
    return Decimal(numerator)


def change(kind: Kind, old: Decimal | None, new: Decimal | None) -> Decimal | None:
    """同比/环比: a rate's change in percentage points, any other figure's change in %.

    None ("—") when either value is missing, or the base of a relative change is zero.
    """
    if old is None or new is None:
        return None
    if kind is Kind.RATE:
        return (new - old).quantize(_ONE_DECIMAL, ROUND_HALF_UP)
    if old == 0:
        return None
    return ((new - old) * 100 / old).quantize(_ONE_DECIMAL, ROUND_HALF_UP)


def arrow(delta: Decimal | None) -> str:
    if delta is None or delta == 0:
        return ""
    return "↑" if delta > 0 else "↓"


def format_value(kind: Kind, value: Decimal | None) -> str:
    """15.9% · 42.55 · 1,234.50 · 12; "—" when there is no value."""
    if value is None:
        return DASH
    if kind is Kind.RATE:
        return f"{value:.1f}%"
    if kind is Kind.PER_10K:
        return f"{value:.2f}"
    if kind is Kind.AMOUNT:
        return f"{value:,.2f}"
    return f"{int(value)}"


def format_change(kind: Kind, delta: Decimal | None) -> str:
    """+13.4个百分点 · -2.3个百分点 · +12.5% · 持平 · —"""
    if delta is None:
        return DASH
    if delta == 0:
        return "持平"
    sign = "+" if delta > 0 else "-"
    magnitude = f"{abs(delta):.1f}"
    return f"{sign}{magnitude}个百分点" if kind is Kind.RATE else f"{sign}{magnitude}%"


def format_change_with_arrow(kind: Kind, delta: Decimal | None) -> str:
    """↑ +13.4个百分点 (for tables)."""
    text = format_change(kind, delta)
    mark = arrow(delta)
    return f"{mark} {text}" if mark else text


def describe_change(kind: Kind, delta: Decimal | None) -> str:
    """上升13.4个百分点 · 下降12.5% · 持平 · "" (for prose; nothing when there is no base)."""
    if delta is None:
        return ""
    if delta == 0:
        return "持平"
    verb = "上升" if delta > 0 else "下降"
    if kind in (Kind.COUNT, Kind.AMOUNT):
        verb = "增加" if delta > 0 else "减少"
    unit = "个百分点" if kind is Kind.RATE else "%"
    return f"{verb}{abs(delta):.1f}{unit}"


def fraction(definition: Definition, numerator: int, denominator: int | None) -> str:
    """686/4311 · 1,250,000.00/2,000,000.00 (money in 元) · "" for a plain count."""
    if denominator is None:
        return ""
    if definition.money:
        return f"{Decimal(numerator) / 100:,.2f}/{Decimal(denominator) / 100:,.2f}"
    if definition.kind is Kind.PER_10K:
        # 3456件/81.23万人: the population per 万人, as the rate divides it.
        return f"{numerator}件/{_plain_decimal(Decimal(denominator) / 10_000)}万人"
    return f"{numerator}/{denominator}"


def _plain_decimal(value: Decimal) -> str:
    """81.23 · 8 · 0.5: no exponent, no trailing zeros."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def to_json_number(value: Decimal | None) -> float | int | None:
    """A Decimal as a JSON number (an int when it is whole and not a rate)."""
    if value is None:
        return None
    if value == value.to_integral_value() and value.as_tuple().exponent == 0:
        return int(value)
    return float(value)


def double_decline(
    filed_now: int, filed_before: int, loss_now: Decimal | None, loss_before: Decimal | None
) -> bool | None:
    """双下降: 发案量 and 败诉率 both lower than a year earlier; None when it cannot be told."""
    if loss_now is None or loss_before is None:
        return None
    return filed_now < filed_before and loss_now < loss_before
