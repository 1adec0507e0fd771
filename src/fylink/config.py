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

import getpass
import os
import tomllib
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from fylink.errors import ConfigError


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TaskSettings(_Section):
    #: A task due within this many working days is 临期.
    due_soon_workdays: int = Field(default=3, ge=0, le=60)


class SuggestionSettings(_Section):
    #: Default reply period of a 司法建议 / 检察建议, as a deadline rule.
    reply_period: str = "2个月"


class EscalationSettings(_Section):
    """提醒 → 催办 → 督办: working days overdue before each step."""

    remind_after_workdays: int = Field(default=0, ge=0)
    chase_after_workdays: int = Field(default=5, ge=0)
    supervise_after_workdays: int = Field(default=10, ge=0)
    #: Working days a unit has to answer a 督办通知 in writing (书面报送).
    reply_within_workdays: int = Field(default=5, ge=1)
    #: Working days a written reply may be late before the silence itself is 通报'd.
    bulletin_after_workdays: int = Field(default=5, ge=0)
    #: Chase missing written replies only of notices issued on or after this day (an office
    #: upgrading from a version that could not record replies sets the day it upgraded).
    track_replies_from: date | None = None
    #: Send a 提醒 once when an item becomes 临期, before it is late.
    remind_before_due: bool = True
    #: Unit kinds the office does not 督办: they get 提示 / 商请 wording, no 文号.
    consult_kinds: list[str] = Field(default_factory=lambda: ["法院", "检察院"])
    #: Count those units in the 通报's ranking of units too.
    rank_consult_kinds: bool = False
    #: The issuers of a 联合督查 (``fylink notice joint``), in the order of the 发文机关 line.
    joint_issuers: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _ordered(self) -> "EscalationSettings":
        if not (
            self.remind_after_workdays <= self.chase_after_workdays <= self.supervise_after_workdays
        ):
            raise ValueError("提醒、催办、督办的工作日数须依次不减")
        return self


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
    population: dict[str, int] = Field(default_factory=dict)


class CalendarSettings(_Section):
    extra_holidays: list[str] = Field(default_factory=list)
    extra_workdays: list[str] = Field(default_factory=list)


class FontSettings(_Section):
    """Font names written into Word documents (machines name them differently)."""

    body: str = Field(default="仿宋_GB2312", min_length=1)
    title: str = Field(default="方正小标宋简体", min_length=1)
    heading: str = Field(default="黑体", min_length=1)
    kai: str = Field(default="楷体_GB2312", min_length=1)
    #: Page numbers (— 1 —).
    page_number: str = Field(default="宋体", min_length=1)


class JournalSettings(_Section):
    #: A file holding the office's journal key (any text; keep it outside the database,
    #: readable by the office alone). FYLINK_JOURNAL_KEY, when set, is used instead.
    key_file: str = ""


class DocumentSettings(_Section):
    #: A folder of the office's own templates (same file names as the shipped ones).
    templates_dir: str = ""
    fonts: FontSettings = Field(default_factory=FontSettings)
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
    max_attempts: int = Field(default=5, ge=1, le=100)
    #: A notice issued within this many days without a delivery on a channel is still
    #: delivered by ``check overdue --notify`` (older ones: ``fylink notice send``).
    catch_up_days: int = Field(default=31, ge=0)
    #: Minutes after which a claimed delivery whose run never recorded an outcome is stuck.
    claim_timeout_minutes: int = Field(default=30, ge=1)
    #: E-mail a 知会 copy to the liaisons of the co-units named in the items.
    inform_co_units: bool = True
    #: E-mail a copy to the unit's leader (its 成员 of the joint meeting, if it has an e-mail).
    cc_leader: bool = False
    #: A daily digest to each task's lead leader (``fylink notice digest``):
    #: leader name → e-mail address.
    leader_emails: dict[str, str] = Field(default_factory=dict)
    #: The opening sentence of a stage's message (提醒, 催办, 督办, 提示, 商请, 通报, 知会);
    #: placeholders {office} {date} {count} {unit} {stage}.
    wording: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _wording(self) -> "NotifySettings":
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
        return self


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
    extra_type_codes: dict[str, str] = Field(default_factory=dict)
    #: The office's own case deadlines, besides the statutory ones (domain/case_clock.py):
    #: [[cases.deadline_rules]] name = "…", trigger = "收到…", period = "5个工作日",
    #: basis = "…", met_by = ["…"], categories = ["行政诉讼"], reference = false.
    deadline_rules: list[dict[str, Any]] = Field(default_factory=list)


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


class BankruptcySettings(_Section):
    #: Lead unit (name or short name) of each item of the 府院协调 checklist. The items the
    #: config file names replace the defaults; "" leaves an item without a lead unit.
    checklist_units: dict[str, str] = Field(default_factory=_checklist_defaults)

    @field_validator("checklist_units", mode="before")
    @classmethod
    def _merge_defaults(cls, value: Any) -> Any:
        if isinstance(value, dict):
            unknown = sorted(set(value) - set(BANKRUPTCY_CHECKLIST))
            if unknown:
                raise ValueError(
                    f"没有府院协调事项“{'、'.join(unknown)}”，可选：{'、'.join(BANKRUPTCY_CHECKLIST)}"
                )
            return _checklist_defaults() | value
        return value


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
    extra_kinds: list[str] = Field(default_factory=list)
    #: kind → series (第N期 are counted per series and year); a kind not listed is its
    #: own series, except 全体会议, which is numbered with 联席会议.
    series: dict[str, str] = Field(default_factory=dict)
    #: series → 纪要标志 (示范县府院联动协调会议纪要); default: the joint meeting's name for
    #: 联席会议, the office's region + the series otherwise.
    mastheads: dict[str, str] = Field(default_factory=dict)
    #: Series whose 纪要 report only on what the meeting names (``meeting add --follows``),
    #: not on the series' earlier decisions.
    topic_series: list[str] = Field(
        default_factory=lambda: ["协调会", "专题会议", "座谈会", "研判会"]
    )
    #: How a unit attending with no named person is printed: {unit} and {count}.
    unit_attendance: str = "{unit}（{count}人）"


class TaskListSettings(_Section):
    """How the office's 双清单 names groups of lead units."""

    #: A lead that expands to the units of a kind: 各乡镇（街道） → 乡镇街道.
    unit_kinds: dict[str, str] = Field(
        default_factory=lambda: {"各乡镇（街道）": "乡镇街道", "各乡镇街道": "乡镇街道"}
    )
    #: A lead that expands to named units: 各执法部门 = ["县公安局", "县市场监管局"].
    unit_groups: dict[str, list[str]] = Field(default_factory=dict)


class SubmitSettings(_Section):
    """报送: a county's package for the city, and the city's roll-up of the returns."""

    #: 行政区划代码 of this office's region (6 digits), written into each package.
    region_code: str = Field(default="", pattern=r"^(\d{6}(\d{3})?)?$")
    #: The city a package goes to by default (``report submit --to``).
    city: str = ""
    #: At the city: the counties expected to send packages (their own databases).
    counties: list[str] = Field(default_factory=list)
    #: A return is due by this day of the month after its period ends (the 统计制度's
    #: 1月10日 for the year; 4月10日, 7月10日, 10月10日 for the quarters).
    deadline_day: int = Field(default=10, ge=1, le=28)
    #: At the city: the member unit assessed for each county's returns (考核: the
    #: ``region_returns`` evidence), county → unit name, e.g. {"东城县" = "东城县司法局"}.
    county_units: dict[str, str] = Field(default_factory=dict)


class Settings(_Section):
    """Everything configurable. Build with :func:`load_settings`."""

    home: Path
    db: str = ""
    user: str = ""
    tasks: TaskSettings = Field(default_factory=TaskSettings)
    suggestions: SuggestionSettings = Field(default_factory=SuggestionSettings)
    escalation: EscalationSettings = Field(default_factory=EscalationSettings)
    indicators: IndicatorSettings = Field(default_factory=IndicatorSettings)
    calendar: CalendarSettings = Field(default_factory=CalendarSettings)
    documents: DocumentSettings = Field(default_factory=DocumentSettings)
    journal: JournalSettings = Field(default_factory=JournalSettings)
    smtp: SmtpSettings = Field(default_factory=SmtpSettings)
    webhooks: WebhookSettings = Field(default_factory=WebhookSettings)
    notify: NotifySettings = Field(default_factory=NotifySettings)
    bulletin: BulletinSettings = Field(default_factory=BulletinSettings)
    cases: CaseSettings = Field(default_factory=CaseSettings)
    assess: AssessSettings = Field(default_factory=AssessSettings)
    bankruptcy: BankruptcySettings = Field(default_factory=BankruptcySettings)
    meetings: MeetingSettings = Field(default_factory=MeetingSettings)
    task_list: TaskListSettings = Field(default_factory=TaskListSettings)
    submit: SubmitSettings = Field(default_factory=SubmitSettings)

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)

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
        return Settings.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise ConfigError(f"配置项 {where} 有误：{first['msg']}（配置文件 {path}）") from None
