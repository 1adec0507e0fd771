"""Settings: defaults < config file < environment < command-line options.

The config file is TOML at ``$FYLINK_HOME/config.toml`` (or ``FYLINK_CONFIG``).
``FYLINK_HOME`` defaults to the platform's user data folder. Example::

    db = "postgresql+psycopg://fylink@localhost/shifanxian"

    [tasks]
    due_soon_workdays = 3

    [escalation]
    chase_after_workdays = 5
    supervise_after_workdays = 10

    [indicators]
    loss_rate_denominator = "closed"      # or "judgment"

    [calendar]
    extra_holidays = ["2027-01-01"]

See docs/settings.md (and the pages it links) for every key.
"""

import inspect
import os
import re
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from types import UnionType
from typing import Any, ClassVar, Literal, Union, get_args, get_origin

from fylink.errors import ConfigError

# The settings are plain classes checked by the code below, not pydantic models:
# building some twenty pydantic models cost every command about 20 ms of its start (issue
# 21). The checks and their messages are pydantic's lax mode as fylink used it (tests/
# test_config.py pins each message): a key not declared, a value of the wrong type, a
# bound (``ge``/``le``), a length, a pattern, then each section's own rule (``_check``).


class SettingsError(ValueError):
    """A value of the settings that is not valid: where (the keys) and what."""

    def __init__(self, where: tuple[str | int, ...], message: str) -> None:
        super().__init__(f"{'.'.join(str(part) for part in where)}: {message}")
        self.where = where
        self.message = message


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


class _Field:
    """A key of a settings section: its type, its default and the bounds of its value."""

    __slots__ = ("default", "factory", "limits", "name", "type")

    def __init__(self, default: Any, factory: Any, limits: dict[str, Any]) -> None:
        self.default = default
        self.factory = factory
        self.limits = limits
        self.name = ""
        self.type: Any = None


def setting(
    default: Any = MISSING,
    *,
    factory: Any = None,
    ge: int | None = None,
    le: int | None = None,
    min_length: int | None = None,
    pattern: str | None = None,
    shape: str | None = None,
) -> Any:
    """A key with a default made by ``factory`` (a list, a dict, a section) or bounds;
    ``shape`` says in words what ``pattern`` wants (the message of a value that fails it)."""
    limits = {"ge": ge, "le": le, "min_length": min_length, "pattern": pattern, "shape": shape}
    return _Field(default, factory, {k: v for k, v in limits.items() if v is not None})


_TRUE = frozenset(("1", "on", "t", "true", "y", "yes"))
_FALSE = frozenset(("0", "off", "f", "false", "n", "no"))
_INT_TEXT = re.compile(r"[+-]?\d+(_\d+)*(\.0*)?")


def _int(value: Any) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError("应为有限的数")
        if not value.is_integer():
            raise ValueError("应为整数，不能带小数")
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        if _INT_TEXT.fullmatch(text):
            return int(text.split(".")[0].replace("_", ""))
        raise ValueError(f"应为整数（收到“{text}”）")
    raise ValueError("应为整数")


def _float(value: Any) -> float:
    if isinstance(value, bool | int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            raise ValueError(f"应为数字（收到“{value.strip()}”）") from None
    raise ValueError("应为数字")


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | str):
        key = value.lower() if isinstance(value, str) else str(value)
        if key in _TRUE:
            return True
        if key in _FALSE:
            return False
        raise ValueError(f"应为 true 或 false（收到“{value}”）")
    if isinstance(value, float) and value in (0.0, 1.0):
        return value == 1.0
    raise ValueError("应为 true 或 false")


def _str(value: Any) -> str:
    if isinstance(value, str):
        return value
    raise ValueError('应为加引号的文字，如 "示例"')


_ZERO_TIME = "应为日期（如 2026-01-01），不能带时刻"


def _date(value: Any) -> date:
    if isinstance(value, datetime):
        if value.time() != datetime.min.time() or value.tzinfo is not None:
            raise ValueError(_ZERO_TIME)
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise ValueError(_ZERO_TIME)
    if not isinstance(value, str):
        raise ValueError("应为日期，如 2026-01-01")
    text, time = value[:10], value[10:]
    invalid = f"应为日期，如 2026-01-01（收到“{value}”："
    if text.isdigit() and not time:
        raise ValueError(_ZERO_TIME)
    if len(text) < 10:
        raise ValueError(invalid + "位数不够）")
    if not text[:4].isdigit():
        raise ValueError(invalid + "年份有误）")
    if text[4] != "-" or text[7] != "-":
        raise ValueError(invalid + "年月日之间应为“-”）")
    if not text[5:7].isdigit():
        raise ValueError(invalid + "月份有误）")
    if not text[8:10].isdigit():
        raise ValueError(invalid + "日有误）")
    if not 1 <= int(text[5:7]) <= 12:
        raise ValueError(invalid + "月份应为1至12）")
    try:
        day = date(int(text[:4]), int(text[5:7]), int(text[8:10]))
    except ValueError:
        raise ValueError(invalid + "该月没有这一天）") from None
    if time and time.lstrip("T ").strip("0:.Z") != "":
        raise ValueError(_ZERO_TIME)
    return day


_SCALARS: dict[Any, Any] = {int: _int, float: _float, bool: _bool, str: _str, date: _date}


def _check_limits(value: Any, limits: dict[str, Any]) -> None:
    if limits.get("ge") is not None and value < limits["ge"]:
        raise ValueError(f"不能小于 {limits['ge']}")
    if limits.get("le") is not None and value > limits["le"]:
        raise ValueError(f"不能大于 {limits['le']}")
    least = limits.get("min_length")
    if least is not None and len(value) < least:
        raise ValueError(f"不能为空，至少 {least} 个字符")
    pattern = limits.get("pattern")
    if pattern is not None and not re.search(pattern, value):
        raise ValueError(f"应为{limits.get('shape') or '规定的格式'}（收到“{value}”）")


def _convert(kind: Any, value: Any, where: tuple[str | int, ...]) -> Any:
    """``value`` as a ``kind`` (a settings section, a scalar, a list or a dict of them)."""
    if isinstance(kind, type) and issubclass(kind, _Section):
        return kind._from(value, where)
    origin = get_origin(kind)
    try:
        if kind is Any:
            return value
        if kind in _SCALARS:
            return _SCALARS[kind](value)
        if kind is Path:
            return value if isinstance(value, Path) else Path(_str(value))
        if origin is Literal:
            choices = get_args(kind)
            if value in choices:
                return value
            listed = "、".join(f'"{choice}"' for choice in choices)
            raise ValueError(f"应为 {listed} 之一（收到“{value}”）")
        if origin is Union or origin is UnionType:
            inner = next(arg for arg in get_args(kind) if arg is not type(None))
            return None if value is None else _convert(inner, value, where)
        if origin is list:
            if not isinstance(value, list | tuple):
                raise ValueError('应为列表，如 ["甲", "乙"]')
            (item,) = get_args(kind)
            return [_convert(item, one, (*where, i)) for i, one in enumerate(value)]
        if origin is dict:
            if not isinstance(value, dict):
                raise ValueError("应为一组 键 = 值（TOML 的表）")
            key_kind, item = get_args(kind)
            return {
                _convert(key_kind, key, where): _convert(item, one, (*where, key))
                for key, one in value.items()
            }
    except ValueError as exc:
        if isinstance(exc, SettingsError):
            raise
        raise SettingsError(where, str(exc)) from None
    raise TypeError(f"no conversion to {kind!r}")  # pragma: no cover - a declaration's bug


class _Section:
    """A table of the config file: its keys are the class's annotated attributes, nothing
    else. Plain classes rather than dataclasses: generating the dataclass methods of twenty
    sections cost as much as the pydantic models did."""

    #: field name → a function run on the raw value before it is checked.
    _before: ClassVar[dict[str, Any]] = {}
    _fields: ClassVar[dict[str, _Field]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields = dict(cls._fields)
        for name, kind in inspect.get_annotations(cls).items():
            if kind is ClassVar or get_origin(kind) is ClassVar:
                continue
            value = cls.__dict__.get(name, MISSING)
            spec = value if isinstance(value, _Field) else _Field(value, None, {})
            spec.name, spec.type = name, kind
            fields[name] = spec
            if isinstance(value, _Field):
                delattr(cls, name)
        cls._fields = fields

    def __init__(self, **values: Any) -> None:
        for key in values:
            if key not in self._fields:
                raise TypeError(f"{type(self).__name__} has no setting {key!r}")
        for name, spec in self._fields.items():
            if name in values:
                value = values[name]
            elif spec.factory is not None:
                value = spec.factory()
            elif spec.default is MISSING:
                raise TypeError(f"{type(self).__name__} needs {name!r}")
            else:
                value = spec.default
            setattr(self, name, value)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self._fields)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        values = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}({values})"

    @classmethod
    def _from(cls, data: Any, where: tuple[str | int, ...] = ()) -> Any:
        if isinstance(data, cls):
            return data
        if not isinstance(data, dict):
            raise SettingsError(where, "应为一节设置（[节名] 下的 键 = 值）")
        values: dict[str, Any] = {}
        for one in cls._fields.values():
            if one.name not in data:
                continue
            at = (*where, one.name)
            raw = data[one.name]
            before = cls._before.get(one.name)
            if before is not None:
                try:
                    raw = before(raw)
                except ValueError as exc:
                    raise SettingsError(at, str(exc)) from None
            value = _convert(one.type, raw, at)
            try:
                _check_limits(value, one.limits)
            except ValueError as exc:
                raise SettingsError(at, str(exc)) from None
            values[one.name] = value
        for key in data:
            if key not in cls._fields:
                raise SettingsError((*where, key), "没有这个配置项")
        missing = [
            one.name
            for one in cls._fields.values()
            if one.name not in values and one.default is MISSING and one.factory is None
        ]
        if missing:
            raise SettingsError((*where, missing[0]), "缺少这一项")
        section = cls(**values)
        try:
            section._check()
        except ValueError as exc:
            raise SettingsError(where, str(exc)) from None
        return section

    @classmethod
    def model_validate(cls, data: Any) -> Any:
        """The section from a dict (the config file's table), checked; raises
        :class:`SettingsError`."""
        return cls._from(data)

    def _check(self) -> None:
        """A section's rule across its keys: raise ValueError with the message."""

    def model_dump(self) -> dict[str, Any]:
        """The settings as plain dicts and lists (a copy)."""
        return {name: _dump(getattr(self, name)) for name in self._fields}


def _dump(value: Any) -> Any:
    if isinstance(value, _Section):
        return value.model_dump()
    if isinstance(value, list):
        return [_dump(item) for item in value]
    if isinstance(value, dict):
        return {key: _dump(item) for key, item in value.items()}
    return value


class TaskSettings(_Section):
    #: A task due within this many working days is 临期.
    due_soon_workdays: int = setting(3, ge=0, le=60)


class SuggestionSettings(_Section):
    #: Default reply period of a 司法建议 / 检察建议, as a deadline rule.
    reply_period: str = "2个月"


class EscalationSettings(_Section):
    """提醒 → 催办 → 督办: working days overdue before each step."""

    remind_after_workdays: int = setting(0, ge=0)
    chase_after_workdays: int = setting(5, ge=0)
    supervise_after_workdays: int = setting(10, ge=0)
    #: Working days a unit has to answer a 督办通知 in writing (书面报送).
    reply_within_workdays: int = setting(5, ge=1)
    #: Working days a written reply may be late before the silence itself is 通报'd.
    bulletin_after_workdays: int = setting(5, ge=0)
    #: Chase missing written replies only of notices issued on or after this day (an office
    #: upgrading from a version that could not record replies sets the day it upgraded).
    track_replies_from: date | None = None
    #: Send a 提醒 once when an item becomes 临期, before it is late.
    remind_before_due: bool = True
    #: Unit kinds the office does not 督办: they get 提示 / 商请 wording, no 文号.
    consult_kinds: list[str] = setting(factory=lambda: ["法院", "检察院"])
    #: Count those units in the 通报's ranking of units too.
    rank_consult_kinds: bool = False
    #: The issuers of a 联合督查 (``fylink notice joint``), in the order of the 发文机关 line.
    joint_issuers: list[str] = setting(factory=list)

    def _check(self) -> None:
        if not (
            self.remind_after_workdays <= self.chase_after_workdays <= self.supervise_after_workdays
        ):
            raise ValueError("提醒、催办、督办的工作日数须依次不减")


class IndicatorSettings(_Section):
    loss_rate_denominator: Literal["closed", "judgment"] = "closed"
    #: 败诉率 on the first-instance judgment (domain.md §4, the default) or on the final
    #: outcome after 二审/再审 (``final``: a 改判 decides; a 发回重审 case leaves the rate).
    loss_rate_outcome: Literal["first_instance", "final"] = "first_instance"
    reconsideration_correction_denominator: Literal["decided", "all_closed"] = "decided"
    settlement_includes_withdrawal: bool = False
    head_appearance_principal_only: bool = False
    #: Count 终结本次执行 closures as 执结 (涉行政机关执行案件执结数); not by default.
    enforcement_closed_includes_terminated: bool = False
    #: 实质性化解率 counts 行政诉讼 cases withdrawn after coordination (协调撤诉) marked resolved.
    resolution_includes_withdrawn_suits: bool = True
    #: Resident population per region, for 万人成讼率.
    population: dict[str, int] = setting(factory=dict)


class CalendarSettings(_Section):
    extra_holidays: list[str] = setting(factory=list)
    extra_workdays: list[str] = setting(factory=list)


class FontSettings(_Section):
    """Font names written into Word documents (machines name them differently)."""

    body: str = setting("仿宋_GB2312", min_length=1)
    title: str = setting("方正小标宋简体", min_length=1)
    heading: str = setting("黑体", min_length=1)
    kai: str = setting("楷体_GB2312", min_length=1)
    #: Page numbers (— 1 —).
    page_number: str = setting("宋体", min_length=1)


class JournalSettings(_Section):
    #: A file holding the office's journal key (any text; keep it outside the database,
    #: readable by the office alone). FYLINK_JOURNAL_KEY, when set, is used instead.
    key_file: str = ""


class DocumentSettings(_Section):
    #: A folder of the office's own templates (same file names as the shipped ones).
    templates_dir: str = ""
    fonts: FontSettings = setting(factory=FontSettings)
    #: 抄送 line of the 版记.
    cc: str = ""
    #: 发文机关代字 in front of a 督办 number: "示府联办督" gives 示府联办督〔2025〕3号.
    number_prefix: str = ""
    #: Contact line of a 督办通知: "林静，电话：0372-5101003".
    contact: str = ""


class SmtpSettings(_Section):
    host: str = ""
    port: int = 25
    username: str = ""
    password: str = ""
    sender: str = ""
    starttls: bool = False
    ssl: bool = False
    timeout: float = 20.0


class WebhookSettings(_Section):
    wecom_url: str = ""
    dingtalk_url: str = ""
    #: 钉钉 加签: the robot's secret (SEC…); every request is then signed.
    dingtalk_secret: str = ""
    #: Any other system: a JSON POST of each notice.
    url: str = ""
    timeout: float = 10.0


class NotifySettings(_Section):
    #: Attempts per delivery before cron stops retrying it (``fylink notice send`` still can).
    max_attempts: int = setting(5, ge=1, le=100)
    #: A notice issued within this many days without a delivery on a channel is still
    #: delivered by ``check overdue --notify`` (older ones: ``fylink notice send``).
    catch_up_days: int = setting(31, ge=0)
    #: Minutes after which a claimed delivery whose run never recorded an outcome is stuck.
    claim_timeout_minutes: int = setting(30, ge=1)
    #: E-mail a 知会 copy to the liaisons of the co-units named in the items.
    inform_co_units: bool = True
    #: E-mail a copy to the unit's leader (its 成员 of the joint meeting, if it has an e-mail).
    cc_leader: bool = False
    #: A daily digest to each task's lead leader (``fylink notice digest``):
    #: leader name → e-mail address.
    leader_emails: dict[str, str] = setting(factory=dict)
    #: The opening sentence of a stage's message (提醒, 催办, 督办, 提示, 商请, 通报, 知会);
    #: placeholders {office} {date} {count} {unit} {stage}.
    wording: dict[str, str] = setting(factory=dict)

    def _check(self) -> None:
        stages = ("提醒", "催办", "督办", "提示", "商请", "通报", "知会")
        sample = dict.fromkeys(("office", "date", "count", "unit", "stage", "state"), "")
        for stage, text in self.wording.items():
            if stage not in stages:
                raise ValueError(f"没有“{stage}”这一阶段，可设：{'、'.join(stages)}")
            try:
                text.format(**sample)
            except (KeyError, IndexError, ValueError) as exc:
                raise ValueError(
                    f"“{stage}”的措辞有误（{exc}）：可用 {{office}} {{date}} {{count}} "
                    "{unit} {stage} {state}"
                ) from None


class BulletinSettings(_Section):
    """The periodic 通报 (``fylink notice bulletin``)."""

    #: 发文机关代字 in front of the 通报's number.
    number_prefix: str = ""
    title: str = "关于府院联动事项办理情况的通报"
    #: Wording of the two lists (黑榜 / 红榜).
    black_heading: str = "逾期未办结、未按时书面报送的单位"
    red_heading: str = "按时办结、按时报送的单位"
    #: Name the units with nothing late (红榜) too.
    red_list: bool = True


class AssessSettings(_Section):
    """The annual 考核 (``fylink assess``)."""

    #: The office's rule file (TOML), used when a command is given no ``--rules``.
    rules: str = ""
    #: 发文机关代字 in front of the 考核结果通报's number.
    number_prefix: str = ""
    title: str = "关于{year}年度成员单位府院联动工作考核结果的通报"


class CaseSettings(_Section):
    #: Extra 类型代字 the office uses, mapped to their names.
    extra_type_codes: dict[str, str] = setting(factory=dict)
    #: The office's own case deadlines, besides the statutory ones (domain/case_clock.py):
    #: [[cases.deadline_rules]] name = "…", trigger = "收到…", period = "5个工作日",
    #: basis = "…", met_by = ["…"], categories = ["行政诉讼"], reference = false.
    deadline_rules: list[dict[str, Any]] = setting(factory=list)


#: The 府院协调 checklist of a 破产 enterprise (the official texts' eleven items), in order.
BANKRUPTCY_CHECKLIST = (
    "民生保障",
    "社会稳定",
    "财产接管",
    "税收申报",
    "资产处置",
    "金融协调",
    "信用修复",
    "打击逃废债",
    "变更注销",
    "中介管理",
    "费用保障",
)


def _checklist_defaults() -> dict[str, str]:
    return dict(_CHECKLIST_UNITS)


def _merged_checklist(value: Any) -> Any:
    """The items the config file names over the default lead units."""
    if isinstance(value, dict):
        unknown = sorted(set(value) - set(BANKRUPTCY_CHECKLIST))
        if unknown:
            raise ValueError(
                f"没有府院协调事项“{'、'.join(unknown)}”，可选：{'、'.join(BANKRUPTCY_CHECKLIST)}"
            )
        return _checklist_defaults() | value
    return value


class BankruptcySettings(_Section):
    #: Lead unit (name or short name) of each item of the 府院协调 checklist. The items the
    #: config file names replace the defaults; "" leaves an item without a lead unit.
    checklist_units: dict[str, str] = setting(factory=_checklist_defaults)

    _before: ClassVar[dict[str, Any]] = {"checklist_units": _merged_checklist}


_CHECKLIST_UNITS: dict[str, str] = {
    "民生保障": "县人社局",
    "社会稳定": "县公安局",
    "财产接管": "县法院",
    "税收申报": "县税务局",
    "资产处置": "县自然资源局",
    "金融协调": "县政府办",
    "信用修复": "县发改委",
    "打击逃废债": "县公安局",
    "变更注销": "县市场监管局",
    "中介管理": "县司法局",
    "费用保障": "县财政局",
}


class MeetingSettings(_Section):
    """Meeting kinds, their numbered series and the mastheads of their 纪要."""

    #: Kinds the office adds to the built-in ones (全体会议, 联席会议, 协调会, …).
    extra_kinds: list[str] = setting(factory=list)
    #: kind → series (第N期 are counted per series and year); a kind not listed is its
    #: own series, except 全体会议, which is numbered with 联席会议.
    series: dict[str, str] = setting(factory=dict)
    #: series → 纪要标志 (示范县府院联动协调会议纪要); default: the joint meeting's name for
    #: 联席会议, the office's region + the series otherwise.
    mastheads: dict[str, str] = setting(factory=dict)
    #: Series whose 纪要 report only on what the meeting names (``meeting add --follows``),
    #: not on the series' earlier decisions.
    topic_series: list[str] = setting(factory=lambda: ["协调会", "专题会议", "座谈会", "研判会"])
    #: How a unit attending with no named person is printed: {unit} and {count}.
    unit_attendance: str = "{unit}（{count}人）"


class TaskListSettings(_Section):
    """How the office's 双清单 names groups of lead units."""

    #: A lead that expands to the units of a kind: 各乡镇（街道） → 乡镇街道.
    unit_kinds: dict[str, str] = setting(
        factory=lambda: {"各乡镇（街道）": "乡镇街道", "各乡镇街道": "乡镇街道"}
    )
    #: A lead that expands to named units: 各执法部门 = ["县公安局", "县市场监管局"].
    unit_groups: dict[str, list[str]] = setting(factory=dict)


class SubmitSettings(_Section):
    """报送: a county's package for the city, and the city's roll-up of the returns."""

    #: 行政区划代码 of this office's region (6 digits), written into each package.
    region_code: str = setting(
        "", pattern=r"^(\d{6}(\d{3})?)?$", shape="6位或9位数字的行政区划代码，或留空"
    )
    #: The city a package goes to by default (``report submit --to``).
    city: str = ""
    #: At the city: the counties expected to send packages (their own databases).
    counties: list[str] = setting(factory=list)
    #: A return is due by this day of the month after its period ends (the 统计制度's
    #: 1月10日 for the year; 4月10日, 7月10日, 10月10日 for the quarters).
    deadline_day: int = setting(10, ge=1, le=28)
    #: At the city: the member unit assessed for each county's returns (考核: the
    #: ``region_returns`` evidence), county → unit name, e.g. {"东城县" = "东城县司法局"}.
    county_units: dict[str, str] = setting(factory=dict)


class Settings(_Section):
    """Everything configurable. Build with :func:`load_settings`."""

    home: Path
    db: str = ""
    user: str = ""
    tasks: TaskSettings = setting(factory=TaskSettings)
    suggestions: SuggestionSettings = setting(factory=SuggestionSettings)
    escalation: EscalationSettings = setting(factory=EscalationSettings)
    indicators: IndicatorSettings = setting(factory=IndicatorSettings)
    calendar: CalendarSettings = setting(factory=CalendarSettings)
    documents: DocumentSettings = setting(factory=DocumentSettings)
    journal: JournalSettings = setting(factory=JournalSettings)
    smtp: SmtpSettings = setting(factory=SmtpSettings)
    webhooks: WebhookSettings = setting(factory=WebhookSettings)
    notify: NotifySettings = setting(factory=NotifySettings)
    bulletin: BulletinSettings = setting(factory=BulletinSettings)
    cases: CaseSettings = setting(factory=CaseSettings)
    assess: AssessSettings = setting(factory=AssessSettings)
    bankruptcy: BankruptcySettings = setting(factory=BankruptcySettings)
    meetings: MeetingSettings = setting(factory=MeetingSettings)
    task_list: TaskListSettings = setting(factory=TaskListSettings)
    submit: SubmitSettings = setting(factory=SubmitSettings)

    @cached_property
    def db_url(self) -> str:
        """SQLAlchemy URL of the database in use."""
        target = self.db or str(self.home / "fylink.db")
        if "://" in target:
            return target
        return "sqlite:///" + str(Path(target).expanduser().resolve())

    def journal_key(self) -> bytes | None:
        """The key of the journal's anchors' MAC: FYLINK_JOURNAL_KEY, else the file of
        ``journal.key_file``; None when neither is set."""
        env = os.environ.get("FYLINK_JOURNAL_KEY")
        if env:
            return env.encode("utf-8")
        if not self.journal.key_file.strip():
            return None
        path = Path(self.journal.key_file.strip()).expanduser()
        try:
            key = path.read_bytes().strip()
        except OSError as exc:
            raise ConfigError(
                f"无法读取配置项 journal.key_file 指向的密钥文件 {path}：{exc.strerror or exc}"
            ) from None
        if not key:
            raise ConfigError(f"密钥文件 {path} 是空的：请写入一行密钥")
        return key

    @property
    def actor(self) -> str:
        return self.user or _os_user()


def _os_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def default_home() -> Path:
    env = os.environ.get("FYLINK_HOME")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("fylink", appauthor=False)


def config_path(home: Path) -> Path:
    env = os.environ.get("FYLINK_CONFIG")
    return Path(env).expanduser() if env else home / "config.toml"


def load_settings(*, db: str | None = None) -> Settings:
    """Read the config file and environment; ``db`` is the ``--db`` option."""
    home = default_home()
    path = config_path(home)
    data: dict[str, object] = {}
    if path.exists():
        import tomllib

        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"配置文件 {path} 格式有误：{exc}") from None
        except OSError as exc:
            raise ConfigError(f"无法读取配置文件 {path}：{exc.strerror}") from None
    data["home"] = home
    if os.environ.get("FYLINK_DB"):
        data["db"] = os.environ["FYLINK_DB"]
    if db:
        data["db"] = db
    if os.environ.get("FYLINK_USER"):
        data["user"] = os.environ["FYLINK_USER"]
    try:
        settings: Settings = Settings.model_validate(data)
    except SettingsError as exc:
        where = ".".join(str(part) for part in exc.where)
        raise ConfigError(f"配置项 {where} 有误：{exc.message}（配置文件 {path}）") from None
    return settings
