"""考核: the office's rule file and how a unit's score follows from its evidence.

Pure rules, no I/O. A rule file (TOML) has sections (部分), items (项) and lines (条):
each line has a primitive (``kind``), points, an optional cap, the period attribution and
its evidence (a query over the register, or manual entries). :func:`parse_rules` reads the
file and reports every problem with the line of the file it is on; :func:`score_unit` turns
the per-line aggregates of one unit (computed in SQL by ``services.assessment``) into its
deductions, bonuses and total, in the order the spec gives:

line → line cap → item value as cap → section floor (扣完为止) → multipliers → bonuses (their
own cap) → vetoes → total; then :func:`rank_units` ranks within the group and maps 等次.

Points are :class:`~decimal.Decimal` throughout (0.3 + 0.3 + 0.3 is 0.9, not 0.8999…).
"""

import math
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

#: The primitives a line may use: key → its name in the manual.
KINDS: dict[str, str] = {
    "per_event": "按件扣分",
    "per_level": "按级别扣分",
    "per_role": "按参会情况扣分",
    "shortfall": "按差额扣分",
    "requirement": "是否达标",
    "rate": "比率达标",
    "multiplier": "倍数扣分",
    "veto": "一票否决",
    "bonus": "加分",
    "rank": "按排名扣分",
    "late_missing": "迟报漏报",
}

#: Evidence a line may name: key → what it counts (the register's own records).
EVIDENCE: dict[str, str] = {
    "tasks_overdue": "逾期完成、逾期未完成的议定事项和双清单任务（按完成时限）",
    "notices_unreplied": "督办通知未按期书面报送（按报送期限）",
    "suggestions_unreplied": "司法建议、检察建议逾期反馈或未反馈（按反馈期限）",
    "cases_lost": "一审行政诉讼败诉案件（按结案日期）",
    "head_appearance": "负责人出庭应诉率（按开庭日期）",
    "attendance": "会议无故缺席、迟到、早退、代会（按会议日期）",
    "manual": "办公室录入的扣分、加分依据（assess record）",
    # --- issue 18: counties' returns (报送) ---
    "region_returns": (
        "下级县（市、区）报送迟报、漏报（按报送期限；submit.county_units 指明被考核单位）"
    ),
    # --- issue 18: 工作简报 submissions from units (信息报送、采用) ---
    "brief_submitted": "向工作简报报送的稿件（按报送日期；brief submit）",
    "brief_adopted": "被工作简报采用的报送稿件（按该期简报的编发日期）",
}

#: The period kinds a ``region_returns`` line may expect returns for (``returns = [...]``).
RETURN_PERIODS = {"quarter": "季度", "half": "半年", "year": "年度", "month": "月度"}

#: The attendance roles a meeting's attendance may carry that an assessment counts.
ATTENDANCE_ROLES = ("缺席", "迟到", "早退", "代会")

#: Which evidence each primitive can use (rate needs a numerator and a denominator).
_RATE_EVIDENCE = {"head_appearance"}
_LATE_MISSING_EVIDENCE = {
    "tasks_overdue",
    "notices_unreplied",
    "suggestions_unreplied",
    "manual",
    "region_returns",
}

#: Period attribution: key → what falls in the period.
PERIODS = {
    "due": "期限在考核期内",
    "open_at_end": "截至考核期末仍未完成（含以前年度结转）",
    "event": "发生在考核期内",
}

#: The words a manual record uses for a late and a missing submission.
LATE_WORDS = ("迟报", "逾期")
MISSING_WORDS = ("漏报", "未报")

#: Unit kinds never assessed unless the rule set names them.
NOT_ASSESSED_KINDS = ("法院", "检察院")

_LINE_KEYS = {
    "id",
    "name",
    "kind",
    "evidence",
    "points",
    "cap",
    "period",
    "levels",
    "roles",
    "required",
    "target",
    "round",
    "factor",
    "late",
    "missing",
    "steps",
    "when",
    "sources",
    "suggestion_kind",
    "basis",
    "returns",
    "since",
}
_ITEM_KEYS = {"id", "name", "points", "lines"}
_SECTION_KEYS = {"id", "name", "points", "bonus", "items"}
_RULES_KEYS = {
    "name",
    "year",
    "base",
    "kinds",
    "units",
    "exclude",
    "veto_tier",
    "bonus_cap",
    "rank_by",
}
_TOP_KEYS = {"rules", "tiers", "sections"}


@dataclass(frozen=True)
class Problem:
    """One problem of a rule file, on a line of the file (0 when none applies)."""

    line: int
    message: str

    def text(self, file_name: str) -> str:
        where = f"第{self.line}行" if self.line else ""
        return f"{file_name}{where}：{self.message}"


@dataclass(frozen=True)
class Line:
    id: str
    name: str
    kind: str
    evidence: str
    points: Decimal
    cap: Decimal | None
    period: str
    section_id: str
    item_id: str
    levels: Mapping[str, Decimal] = field(default_factory=dict)
    roles: Mapping[str, Decimal] = field(default_factory=dict)
    required: int = 0
    target: Decimal = Decimal(0)
    round_up: bool = True
    factor: Decimal = Decimal(1)
    late: Decimal = Decimal(0)
    missing: Decimal = Decimal(0)
    steps: tuple[tuple[int, Decimal], ...] = ()
    when_absent: bool = True
    sources: tuple[str, ...] = ()
    suggestion_kind: str = ""
    #: ``region_returns``: the period kinds returns are expected for (quarter, half, year, month).
    returns: tuple[str, ...] = ()
    #: ``region_returns``: only periods starting on or after this day (e.g. when returns
    #: began to go through fylink).
    since: date | None = None
    #: 扣分依据提供单位 (who supplies the evidence), as the published table names it.
    basis: str = ""
    #: Line of the rule file where the line starts.
    file_line: int = 0

    @property
    def is_bonus(self) -> bool:
        return self.kind == "bonus"


@dataclass(frozen=True)
class Item:
    id: str
    name: str
    points: Decimal | None
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Section:
    id: str
    name: str
    points: Decimal | None
    bonus: bool
    items: tuple[Item, ...]

    @property
    def lines(self) -> tuple[Line, ...]:
        return tuple(line for item in self.items for line in item.lines)


@dataclass(frozen=True)
class Tier:
    name: str
    min: Decimal


@dataclass(frozen=True)
class Rules:
    name: str
    base: Decimal
    kinds: tuple[str, ...]
    units: tuple[str, ...]
    exclude: tuple[str, ...]
    veto_tier: str
    bonus_cap: Decimal | None
    rank_by_kind: bool
    tiers: tuple[Tier, ...]
    sections: tuple[Section, ...]
    year: int | None = None

    @property
    def lines(self) -> tuple[Line, ...]:
        return tuple(line for section in self.sections for line in section.lines)

    def line(self, line_id: str) -> Line | None:
        return next((line for line in self.lines if line.id == line_id), None)


class RulesError(Exception):
    """A rule file with problems (each on a line of the file)."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(problems[0].message if problems else "")
        self.problems = list(problems)


# --- reading a rule file ---------------------------------------------------------------------

_HEADER = re.compile(r"^\s*\[\[?\s*([A-Za-z_.\s]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z_]+)\s*=")
_TOML_AT = re.compile(r"\(at line (\d+), column (\d+)\)")


class _Locator:
    """Lines of the file: where the n-th table of a given header starts, where a key is."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.headers: dict[str, list[int]] = {}
        for number, raw in enumerate(self.lines, start=1):
            match = _HEADER.match(raw)
            if match:
                name = re.sub(r"\s+", "", match.group(1))
                self.headers.setdefault(name, []).append(number)

    def table(self, header: str, index: int) -> int:
        found = self.headers.get(header, [])
        return found[index] if index < len(found) else 0

    def key(self, start: int, key: str) -> int:
        """The line of ``key = …`` in the table starting at ``start`` (the table's own line
        when the key is not written there)."""
        for number in range(start + 1 if start else 1, len(self.lines) + 1):
            raw = self.lines[number - 1]
            if start and _HEADER.match(raw):
                break
            match = _KEY.match(raw)
            if match and match.group(1) == key:
                return number
        return start


def _toml_problem(exc: tomllib.TOMLDecodeError) -> Problem:
    message = str(exc)
    match = _TOML_AT.search(message)
    line = int(match.group(1)) if match else 0
    reason = _TOML_AT.sub("", message).strip().rstrip(".")
    return Problem(line, f"不是有效的 TOML：{_toml_reason(reason)}")


def _toml_reason(reason: str) -> str:
    words = {
        "Invalid value": "值的写法不对（文字要加英文双引号）",
        "Expected '=' after a key in a key/value pair": "键后面缺少“=”",
        "Cannot overwrite a value": "同一个键写了两次",
        "Cannot declare": "同一个表写了两次",
        "Unclosed array": "方括号没有闭合",
        "Invalid statement": "这一行的写法不对",
        "Illegal character": "含有不允许的字符",
        "Invalid initial character for a key part": '中文的键要加英文双引号，如 "省" = 3',
    }
    for english, chinese in words.items():
        if reason.startswith(english):
            return chinese
    return "写法不对"


def _number(value: Any) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, Decimal) and value.is_finite():
        return value
    return None


class _Reader:
    def __init__(self, locator: _Locator) -> None:
        self.loc = locator
        self.problems: list[Problem] = []

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(line, message))

    def unknown_keys(self, table: Mapping[str, Any], allowed: set[str], start: int) -> None:
        for key in table:
            if key not in allowed:
                known = "、".join(sorted(allowed - {"items", "lines"}))
                self.problem(self.loc.key(start, key), f"不认识的键“{key}”（可用：{known}）")

    def text(self, table: Mapping[str, Any], key: str, start: int, *, required: bool) -> str:
        value = table.get(key)
        if value is None:
            if required:
                self.problem(start, f"缺少“{key}”")
            return ""
        if not isinstance(value, str) or not value.strip():
            self.problem(self.loc.key(start, key), f"“{key}”应是非空的文字（加英文双引号）")
            return ""
        return value.strip()

    def points(
        self,
        table: Mapping[str, Any],
        key: str,
        start: int,
        *,
        required: bool = False,
        positive: bool = True,
    ) -> Decimal | None:
        if key not in table:
            if required:
                self.problem(start, f"缺少“{key}”（分值）")
            return None
        value = _number(table[key])
        if value is None or value < 0 or (positive and value == 0):
            self.problem(self.loc.key(start, key), f"“{key}”应是大于0的数，而不是 {table[key]!r}")
            return None
        return value

    def point_table(self, table: Mapping[str, Any], key: str, start: int) -> dict[str, Decimal]:
        value = table.get(key)
        if not isinstance(value, dict) or not value:
            self.problem(
                self.loc.key(start, key),
                f'“{key}”应是一张分值表，如 {key} = {{ "省" = 3, "市" = 2 }}',
            )
            return {}
        result: dict[str, Decimal] = {}
        for name, points in value.items():
            number = _number(points)
            if number is None or number <= 0:
                self.problem(self.loc.key(start, key), f"“{key}”中“{name}”的分值应是大于0的数")
                continue
            result[str(name)] = number
        return result


def parse_rules(text: str) -> Rules:
    """Read a rule file; :class:`RulesError` lists every problem, each with its line."""
    try:
        data = tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as exc:
        raise RulesError([_toml_problem(exc)]) from None
    reader = _Reader(_Locator(text))
    rules = _read(reader, data)
    if reader.problems or rules is None:
        problems = sorted(reader.problems, key=lambda p: p.line)
        raise RulesError(problems or [Problem(0, "规则文件没有任何考核内容")])
    return rules


def _read(reader: _Reader, data: dict[str, Any]) -> Rules | None:
    loc = reader.loc
    for key in data:
        if key not in _TOP_KEYS:
            reader.problem(loc.key(0, key) or loc.table(key, 0), f"不认识的表“{key}”")
    head = data.get("rules", {})
    head_line = loc.table("rules", 0)
    if not isinstance(head, dict):
        reader.problem(head_line, "“rules”应是一张表：[rules]")
        head = {}
    reader.unknown_keys(head, _RULES_KEYS, head_line)
    name = reader.text(head, "name", head_line, required=True) if head_line else ""
    if not head_line:
        reader.problem(0, "缺少 [rules] 表（考核细则的名称等）")
    year = head.get("year")
    if year is not None and (not isinstance(year, int) or not 1949 <= year <= 2100):
        reader.problem(loc.key(head_line, "year"), "“year”应是年度，如 2025")
        year = None
    kinds = _names(reader, head, "kinds", head_line)
    units = _names(reader, head, "units", head_line)
    exclude = _names(reader, head, "exclude", head_line)
    veto_tier = "不合格"
    if "veto_tier" in head:
        veto_tier = reader.text(head, "veto_tier", head_line, required=False) or veto_tier
    bonus_cap = reader.points(head, "bonus_cap", head_line)
    rank_by = head.get("rank_by", "all")
    if rank_by not in ("all", "kind"):
        reader.problem(
            loc.key(head_line, "rank_by"),
            "“rank_by”只能是 all（统一排名）或 kind（按单位类别分别排名）",
        )

    tiers = _tiers(reader, data.get("tiers", []))
    sections = _sections(reader, data.get("sections", []))
    if not sections and not reader.problems:
        reader.problem(0, "规则文件没有任何考核部分：请写 [[sections]]")
    ids: dict[str, int] = {}
    for section in sections:
        for line in section.lines:
            if line.id in ids:
                reader.problem(line.file_line, f"条目编号“{line.id}”与第{ids[line.id]}行的重复")
            ids.setdefault(line.id, line.file_line)
    base = reader.points(head, "base", head_line)
    if base is None:
        base = sum((s.points or Decimal(0) for s in sections if not s.bonus), start=Decimal(0))
    if reader.problems:
        return None
    return Rules(
        name=name,
        base=base,
        kinds=tuple(kinds),
        units=tuple(units),
        exclude=tuple(exclude),
        veto_tier=veto_tier,
        bonus_cap=bonus_cap,
        rank_by_kind=rank_by == "kind",
        tiers=tuple(sorted(tiers, key=lambda t: t.min, reverse=True)),
        sections=tuple(sections),
        year=year,
    )


def _names(reader: _Reader, table: Mapping[str, Any], key: str, start: int) -> list[str]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        reader.problem(
            reader.loc.key(start, key), f'“{key}”应是文字的列表，如 {key} = ["政府部门"]'
        )
        return []
    return [v.strip() for v in value]


def _tiers(reader: _Reader, value: Any) -> list[Tier]:
    if not isinstance(value, list):
        reader.problem(reader.loc.key(0, "tiers"), "等次应写成 [[tiers]] 表")
        return []
    tiers = []
    for index, table in enumerate(value):
        start = reader.loc.table("tiers", index)
        reader.unknown_keys(table, {"name", "min"}, start)
        name = reader.text(table, "name", start, required=True)
        low = _number(table.get("min"))
        if low is None:
            reader.problem(reader.loc.key(start, "min"), "等次的“min”（最低分）应是数")
            continue
        if name:
            tiers.append(Tier(name, low))
    return tiers


def _sections(reader: _Reader, value: Any) -> list[Section]:
    if not isinstance(value, list):
        reader.problem(reader.loc.key(0, "sections"), "考核部分应写成 [[sections]] 表")
        return []
    sections = []
    item_index = 0
    line_index = 0
    for index, table in enumerate(value):
        start = reader.loc.table("sections", index)
        reader.unknown_keys(table, _SECTION_KEYS, start)
        section_id = reader.text(table, "id", start, required=True)
        name = reader.text(table, "name", start, required=True)
        points = reader.points(table, "points", start)
        bonus = table.get("bonus", False)
        if not isinstance(bonus, bool):
            reader.problem(reader.loc.key(start, "bonus"), "“bonus”只能是 true 或 false")
            bonus = False
        items = []
        raw_items = table.get("items", [])
        if not isinstance(raw_items, list) or not raw_items:
            reader.problem(start, f"部分“{section_id or name}”没有考核项：请写 [[sections.items]]")
            raw_items = []
        for raw_item in raw_items:
            item_start = reader.loc.table("sections.items", item_index)
            item_index += 1
            reader.unknown_keys(raw_item, _ITEM_KEYS, item_start)
            item_id = reader.text(raw_item, "id", item_start, required=True)
            item_name = reader.text(raw_item, "name", item_start, required=True)
            item_points = reader.points(raw_item, "points", item_start)
            lines = []
            raw_lines = raw_item.get("lines", [])
            if not isinstance(raw_lines, list) or not raw_lines:
                reader.problem(
                    item_start,
                    f"考核项“{item_id or item_name}”没有条目：请写 [[sections.items.lines]]",
                )
                raw_lines = []
            for raw_line in raw_lines:
                line_start = reader.loc.table("sections.items.lines", line_index)
                line_index += 1
                line = _line(reader, raw_line, line_start, section_id, item_id, bool(bonus))
                if line is not None:
                    lines.append(line)
            items.append(Item(item_id, item_name, item_points, tuple(lines)))
        sections.append(Section(section_id, name, points, bool(bonus), tuple(items)))
    return sections


def _line(
    reader: _Reader,
    table: Mapping[str, Any],
    start: int,
    section_id: str,
    item_id: str,
    in_bonus: bool,
) -> Line | None:
    loc = reader.loc
    before = len(reader.problems)
    reader.unknown_keys(table, _LINE_KEYS, start)
    line_id = reader.text(table, "id", start, required=True)
    name = reader.text(table, "name", start, required=True)
    kind = table.get("kind")
    if kind not in KINDS:
        known = "、".join(f"{k}（{v}）" for k, v in KINDS.items())
        reader.problem(
            loc.key(start, "kind"), f"条目“{line_id}”的类型“{kind}”不存在，可选：{known}"
        )
        return None
    evidence = table.get("evidence", "manual")
    if evidence not in EVIDENCE:
        known = "、".join(EVIDENCE)
        reader.problem(
            loc.key(start, "evidence"), f"条目“{line_id}”的依据“{evidence}”不存在，可选：{known}"
        )
        return None
    if kind == "rate" and evidence not in _RATE_EVIDENCE:
        reader.problem(
            loc.key(start, "evidence"), f"条目“{line_id}”是比率达标，依据只能是 head_appearance"
        )
    if kind != "rate" and evidence in _RATE_EVIDENCE:
        reader.problem(loc.key(start, "kind"), f"条目“{line_id}”的依据是比率，类型应是 rate")
    if kind == "late_missing" and evidence not in _LATE_MISSING_EVIDENCE:
        reader.problem(
            loc.key(start, "evidence"), f"条目“{line_id}”是迟报漏报，依据不能是 {evidence}"
        )
    if kind == "per_role" and evidence not in ("attendance", "manual"):
        reader.problem(
            loc.key(start, "evidence"), f"条目“{line_id}”按参会情况扣分，依据应是 attendance"
        )
    if kind == "bonus" and not in_bonus:
        reader.problem(loc.key(start, "kind"), f"加分条目“{line_id}”应放在加分部分（bonus = true）")
    if in_bonus and kind != "bonus":
        reader.problem(
            loc.key(start, "kind"), f'加分部分只能有加分条目（kind = "bonus"），“{line_id}”不是'
        )
    if kind in ("rank", "multiplier", "per_level") and evidence != "manual":
        reader.problem(
            loc.key(start, "evidence"), f"条目“{line_id}”的依据只能是 manual（办公室录入）"
        )
    values: dict[str, Any] = {}
    needs_points = kind in ("per_event", "shortfall", "requirement", "rate", "multiplier") or (
        kind == "bonus" and "levels" not in table
    )
    points = reader.points(table, "points", start, required=needs_points)
    cap = reader.points(table, "cap", start)
    period = table.get("period", "due")
    if period not in PERIODS:
        known = "、".join(f"{k}（{v}）" for k, v in PERIODS.items())
        reader.problem(
            loc.key(start, "period"), f"条目“{line_id}”的期间“{period}”不存在，可选：{known}"
        )
    if period == "open_at_end" and evidence not in (
        "tasks_overdue",
        "suggestions_unreplied",
        "notices_unreplied",
    ):
        reader.problem(
            loc.key(start, "period"), f"条目“{line_id}”的依据没有结转：period 请写 due 或 event"
        )
    if kind == "per_level" or (kind == "bonus" and "levels" in table):
        values["levels"] = reader.point_table(table, "levels", start)
    if kind == "per_role":
        roles = reader.point_table(table, "roles", start)
        for role in roles:
            if role not in ATTENDANCE_ROLES:
                reader.problem(
                    loc.key(start, "roles"),
                    f"参会情况“{role}”不存在，可选：{'、'.join(ATTENDANCE_ROLES)}",
                )
        values["roles"] = roles
    if kind == "shortfall":
        required = table.get("required")
        if not isinstance(required, int) or isinstance(required, bool) or required < 1:
            reader.problem(
                loc.key(start, "required"), f"条目“{line_id}”缺少应达到的次数“required”（正整数）"
            )
        else:
            values["required"] = required
    if kind == "rate":
        target = _number(table.get("target"))
        if target is None or not 0 < target <= 100:
            reader.problem(
                loc.key(start, "target"), f"条目“{line_id}”缺少目标比率“target”（0–100 的百分数）"
            )
        else:
            values["target"] = target
        rounding = table.get("round", "up")
        if rounding not in ("up", "down"):
            reader.problem(
                loc.key(start, "round"), "“round”只能是 up（不足1%按1%计）或 down（只计整数）"
            )
        values["round_up"] = rounding == "up"
    if kind == "multiplier":
        factor = _number(table.get("factor"))
        if factor is None or factor <= 0:
            reader.problem(
                loc.key(start, "factor"), f"条目“{line_id}”缺少倍数“factor”，如 factor = 2"
            )
        else:
            values["factor"] = factor
    if kind == "late_missing":
        values["late"] = reader.points(table, "late", start, required=True) or Decimal(0)
        values["missing"] = reader.points(table, "missing", start, required=True) or Decimal(0)
    if kind == "rank":
        steps = table.get("steps")
        parsed: list[tuple[int, Decimal]] = []
        if isinstance(steps, dict) and steps:
            for rank, points_of in steps.items():
                number = _number(points_of)
                if not rank.isdigit() or number is None or number <= 0:
                    reader.problem(
                        loc.key(start, "steps"), f'“steps”中“{rank}”应是名次 = 分值，如 "11" = 1'
                    )
                    continue
                parsed.append((int(rank), number))
        else:
            reader.problem(
                loc.key(start, "steps"), '按排名扣分需要“steps”，如 steps = { "11" = 1, "14" = 2 }'
            )
        values["steps"] = tuple(sorted(parsed))
    if kind == "requirement":
        when = table.get("when", "absent")
        if when not in ("absent", "present"):
            reader.problem(
                loc.key(start, "when"),
                "“when”只能是 absent（没有录入达标依据时扣分）或 present（录入了问题时扣分）",
            )
        values["when_absent"] = when == "absent"
    if "sources" in table:
        sources = table["sources"]
        if evidence != "tasks_overdue" or not isinstance(sources, list):
            reader.problem(
                loc.key(start, "sources"),
                '“sources”只用于 tasks_overdue，如 ["议定事项", "双清单"]',
            )
        else:
            values["sources"] = tuple(str(s) for s in sources)
    if "suggestion_kind" in table:
        chosen = table["suggestion_kind"]
        if evidence != "suggestions_unreplied" or chosen not in ("司法建议", "检察建议"):
            reader.problem(
                loc.key(start, "suggestion_kind"),
                "“suggestion_kind”只用于 suggestions_unreplied：司法建议 或 检察建议",
            )
        else:
            values["suggestion_kind"] = chosen
    if evidence == "region_returns":
        chosen_periods = table.get("returns", ["quarter"])
        known_periods = "、".join(f"{k}（{v}）" for k, v in RETURN_PERIODS.items())
        if (
            not isinstance(chosen_periods, list)
            or not chosen_periods
            or any(p not in RETURN_PERIODS for p in chosen_periods)
        ):
            reader.problem(
                loc.key(start, "returns"),
                f'“returns”应列出报送的期间，如 ["quarter"]，可选：{known_periods}',
            )
        else:
            values["returns"] = tuple(dict.fromkeys(str(p) for p in chosen_periods))
        if "since" in table:
            since = table["since"]
            if not isinstance(since, date) or hasattr(since, "hour"):
                reader.problem(
                    loc.key(start, "since"), "“since”应是日期（不加引号），如 since = 2025-01-01"
                )
            else:
                values["since"] = since
    elif "returns" in table or "since" in table:
        key = "returns" if "returns" in table else "since"
        reader.problem(loc.key(start, key), f"“{key}”只用于 region_returns")
    basis = table.get("basis", "")
    if len(reader.problems) > before:
        return None
    return Line(
        id=line_id,
        name=name,
        kind=str(kind),
        evidence=str(evidence),
        points=points or Decimal(0),
        cap=cap,
        period=str(period),
        section_id=section_id,
        item_id=item_id,
        basis=str(basis),
        file_line=start,
        **values,
    )


# --- scoring --------------------------------------------------------------------------------


@dataclass
class Facts:
    """What the evidence of one line says about one unit (SQL aggregates)."""

    count: int = 0
    #: Count per class: a level (省/市/县), an attendance role, ``late`` / ``missing``.
    classes: dict[str, int] = field(default_factory=dict)
    #: Sum of the points recorded on manual records that carry their own, and their number.
    recorded: Decimal = Decimal(0)
    recorded_n: int = 0
    #: The largest recorded value (a rank for ``rank`` lines).
    largest: Decimal | None = None
    numerator: int = 0
    denominator: int = 0


#: The facts of a line without evidence (shared; never changed).
_EMPTY = Facts()


@dataclass
class LineScore:
    line: Line
    facts: Facts
    raw: Decimal
    #: After the line's cap (and an appeal's decision).
    counted: Decimal
    vetoed: bool = False
    note: str = ""


@dataclass
class SectionScore:
    section: Section
    deducted: Decimal
    #: Before the section floor.
    raw: Decimal
    items: dict[str, tuple[Decimal, Decimal]] = field(default_factory=dict)


@dataclass
class UnitScore:
    unit_id: int
    unit: str
    kind: str
    lines: list[LineScore]
    sections: list[SectionScore]
    deducted: Decimal
    multiplied: Decimal
    bonus: Decimal
    vetoed: bool
    total: Decimal
    rank: int = 0
    tier: str = ""


_ZERO = Decimal(0)


def _percent(numerator: int, denominator: int) -> Decimal:
    return Decimal(numerator * 100) / Decimal(denominator)


def raw_points(line: Line, facts: Facts) -> tuple[Decimal, bool, str]:
    """The line's raw deduction (or bonus), whether it vetoes, and a note on how it counted."""
    kind = line.kind
    if not facts.count and kind not in ("shortfall", "requirement", "rate"):
        return _ZERO, False, ""
    if kind in ("per_event", "bonus", "multiplier") and not line.levels:
        plain = facts.count - facts.recorded_n
        value = line.points * plain + facts.recorded
        if kind == "multiplier":
            return value * line.factor, False, f"×{_fmt(line.factor)}"
        return value, False, ""
    if kind in ("per_level", "bonus"):
        return (
            sum(
                (line.levels.get(level, Decimal(0)) * n for level, n in facts.classes.items()),
                start=Decimal(0),
            ),
            False,
            "",
        )
    if kind == "per_role":
        return (
            sum(
                (line.roles.get(role, Decimal(0)) * n for role, n in facts.classes.items()),
                start=Decimal(0),
            ),
            False,
            "",
        )
    if kind == "shortfall":
        short = max(0, line.required - facts.count)
        return line.points * short, False, f"应{line.required}次，实{facts.count}次"
    if kind == "requirement":
        unmet = facts.count == 0 if line.when_absent else facts.count > 0
        return (line.points if unmet else Decimal(0)), False, ""
    if kind == "rate":
        if facts.denominator == 0:
            return Decimal(0), False, "无应计数"
        rate = _percent(facts.numerator, facts.denominator)
        gap = line.target - rate
        if gap <= 0:
            return Decimal(0), False, f"实际{_fmt_rate(rate)}"
        steps = math.ceil(gap) if line.round_up else math.floor(gap)
        return line.points * steps, False, f"实际{_fmt_rate(rate)}，低于{_fmt(line.target)}%"
    if kind == "late_missing":
        late_n = facts.classes.get("late", 0)
        missing_n = facts.classes.get("missing", 0)
        value = line.late * late_n + line.missing * missing_n
        return value, False, f"迟{late_n}次，漏{missing_n}次"
    if kind == "veto":
        return Decimal(0), facts.count > 0, ""
    if kind == "rank":
        if facts.largest is None:
            return Decimal(0), False, ""
        rank = int(facts.largest)
        points = Decimal(0)
        for threshold, value in line.steps:
            if rank >= threshold:
                points = value
        return points, False, f"第{rank}名"
    raise ValueError(kind)


def score_unit(
    rules: Rules,
    *,
    unit_id: int,
    unit: str,
    kind: str,
    facts: Mapping[str, Facts],
    decided: Mapping[str, Decimal] | None = None,
) -> UnitScore:
    """One unit's score from the facts of each line (``decided``: appeals upheld, the
    deduction the office decided per line)."""
    decided = decided or {}
    lines: list[LineScore] = []
    sections: list[SectionScore] = []
    deducted = Decimal(0)
    multiplied = Decimal(0)
    bonus = Decimal(0)
    vetoed = False
    for section in rules.sections:
        section_raw = Decimal(0)
        items: dict[str, tuple[Decimal, Decimal]] = {}
        for item in section.items:
            item_raw = Decimal(0)
            for line in item.lines:
                line_facts = facts.get(line.id) or _EMPTY
                raw, veto, note = raw_points(line, line_facts)
                counted = min(raw, line.cap) if line.cap is not None else raw
                if line.id in decided:
                    counted = min(counted, decided[line.id])
                    note = (note + "；" if note else "") + "申诉后核减"
                lines.append(LineScore(line, line_facts, raw, counted, veto, note))
                vetoed = vetoed or veto
                if line.kind == "multiplier":
                    multiplied += counted  # after the section floor (below)
                else:
                    item_raw += counted
            item_counted = min(item_raw, item.points) if item.points is not None else item_raw
            items[item.id] = (item_raw, item_counted)
            section_raw += item_counted
        section_counted = (
            min(section_raw, section.points) if section.points is not None else section_raw
        )
        if section.bonus:
            bonus += section_counted
        else:
            deducted += section_counted
        sections.append(SectionScore(section, section_counted, section_raw, items))
    if rules.bonus_cap is not None:
        bonus = min(bonus, rules.bonus_cap)
    total = rules.base - deducted - multiplied + bonus
    return UnitScore(
        unit_id=unit_id,
        unit=unit,
        kind=kind,
        lines=lines,
        sections=sections,
        deducted=deducted,
        multiplied=multiplied,
        bonus=bonus,
        vetoed=vetoed,
        total=total,
    )


def rank_units(rules: Rules, scores: Iterable[UnitScore]) -> list[UnitScore]:
    """Rank (1, 2, 2, 4 …; vetoed units last) within the group and set each 等次."""
    ordered = sorted(
        scores, key=lambda s: (s.kind if rules.rank_by_kind else "", s.vetoed, -s.total, s.unit)
    )
    group: str | None = None
    position = 0
    previous: tuple[bool, Decimal] | None = None
    rank = 0
    for score in ordered:
        key = score.kind if rules.rank_by_kind else ""
        if key != group:
            group, position, previous = key, 0, None
        position += 1
        if (score.vetoed, score.total) != previous:
            rank = position
            previous = (score.vetoed, score.total)
        score.rank = rank
        score.tier = tier_of(rules, score)
    return ordered


def tier_of(rules: Rules, score: UnitScore) -> str:
    if score.vetoed:
        return rules.veto_tier
    for tier in rules.tiers:
        if score.total >= tier.min:
            return tier.name
    return ""


def _fmt(value: Decimal) -> str:
    """0.50 → 0.5, 2.0 → 2, -0 → 0."""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "0") else text


def points_text(value: Decimal) -> str:
    return _fmt(value)


def _fmt_rate(rate: Decimal) -> str:
    return f"{rate.quantize(Decimal('0.1'))}%"


def manual_class(line: Line, level: str) -> str:
    """The class a manual record of ``line`` counts in (its level; 迟报/漏报 → late/missing)."""
    if line.kind == "late_missing":
        if level in LATE_WORDS:
            return "late"
        if level in MISSING_WORDS:
            return "missing"
    return level


def check_level(line: Line, level: str) -> str | None:
    """Why ``level`` does not fit ``line`` (None when it does)."""
    if line.kind == "late_missing":
        if level not in LATE_WORDS + MISSING_WORDS:
            return f"条目“{line.id}”是迟报漏报：--level 请写 迟报 或 漏报"
    elif line.levels:
        if level not in line.levels:
            return f"条目“{line.id}”按级别计分：--level 请写 {'、'.join(line.levels)}"
    elif line.kind == "per_role":
        if level not in line.roles:
            return f"条目“{line.id}”按参会情况计分：--level 请写 {'、'.join(line.roles)}"
    elif level:
        return f"条目“{line.id}”不分级别：请去掉 --level"
    return None
