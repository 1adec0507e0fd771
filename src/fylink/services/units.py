"""The roster: member units, persons and liaisons."""

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlmodel import Session, col, func, or_, select

from fylink.domain.categories import parse_unit_kind
from fylink.domain.identifiers import check_phone
from fylink.domain.values import is_record_id
from fylink.errors import ConflictError, InvalidInputError, NotFoundError, about
from fylink.models import Person, Unit, UnitName
from fylink.services import journal
from fylink.services.unit_names import find_unit_row, merged_text, shown, unknown_unit

PERSON_ROLES = ("召集人", "副召集人", "成员", "联络员", "办公室")


@dataclass
class UnitIn:
    name: str
    kind: str
    short_name: str | None = None
    region: str = ""
    is_member: bool = True
    liaison_name: str = ""
    liaison_phone: str = ""
    liaison_email: str = ""
    note: str = ""


def _now() -> datetime:
    return datetime.now(UTC)


def find_unit(*, session: Session, name: str) -> Unit:
    """A unit by full name, short name or id; unknown names suggest the closest."""
    cache = session.info.get(_UNIT_CACHE)
    if cache is not None and name in cache:
        return cache[name]
    unit = session.get(Unit, find_unit_row(session, name).id)
    assert unit is not None
    if cache is not None:
        cache[name] = unit
    return unit


#: session.info key of the names :func:`cached_unit_names` has resolved.
_UNIT_CACHE = "fylink.unit_cache"


@contextmanager
def cached_unit_names(session: Session) -> Iterator[None]:
    """Resolve each unit name once in the block (``demo``, ``init --roster``: hundreds of
    look-ups of the same few names, issue 21). Only for blocks that rename, merge or
    remove no unit: a name keeps the unit it first found."""
    if _UNIT_CACHE in session.info:
        yield
        return
    session.info[_UNIT_CACHE] = {}
    try:
        yield
    finally:
        session.info.pop(_UNIT_CACHE, None)


class UnitIndex:
    """The roster in memory, to resolve many unit names with one query.

    Resolves exactly as :func:`find_unit` does (full name, short name, id),
    for the spreadsheet import, which must not query once per row.
    """

    def __init__(self, units: list[Unit]) -> None:
        self._by_name: dict[str, Unit] = {}
        self._by_id: dict[int, Unit] = {}
        self._display: dict[str, str] = {}
        for unit in units:
            self.add(unit)

    @classmethod
    def load(cls, session: Session) -> "UnitIndex":
        return cls(list(session.exec(select(Unit).order_by(col(Unit.id)))))

    def add(self, unit: Unit) -> None:
        assert unit.id is not None
        self._by_id[unit.id] = unit
        # A full name wins over another unit's identical short name, as in find_unit's query
        # order (the first match); names and short names are unique among themselves.
        self._by_name.setdefault(unit.name, unit)
        self._display[unit.name] = shown(unit.name, unit.short_name)
        if unit.short_name:
            self._by_name.setdefault(unit.short_name, unit)
            self._display[unit.short_name] = shown(unit.name, unit.short_name)

    def get(self, unit_id: int) -> Unit | None:
        return self._by_id.get(unit_id)

    def resolve(self, name: str) -> Unit:
        wanted = name.strip()
        if not wanted:
            raise InvalidInputError("单位名称不能为空")
        unit = self._by_name.get(wanted)
        if unit is None and is_record_id(wanted):
            unit = self._by_id.get(int(wanted))
        if unit is None:
            raise unknown_unit(wanted, self._display)
        if unit.merged_into_id is not None and unit.merged_on is not None:
            raise _merged_refusal(unit, self._by_id.get)
        return unit


def validate_unit(unit_in: UnitIn) -> None:
    """The rules of a unit record (shared by ``unit add|update`` and the import)."""
    if not unit_in.name.strip():
        raise InvalidInputError("单位名称不能为空", field="name")
    with about("kind"):
        parse_unit_kind(unit_in.kind)
    email = unit_in.liaison_email.strip()
    if email and ("@" not in email or email.startswith("@") or email.endswith("@")):
        raise InvalidInputError(f"联络员邮箱“{email}”格式不正确", field="liaison_email")
    with about("liaison_phone"):
        check_phone(unit_in.liaison_phone)


def _check_names_free(session: Session, name: str, short: str | None, own_id: int | None) -> None:
    candidates = [name] + ([short] if short else [])
    clash = session.exec(
        select(Unit).where(
            or_(col(Unit.name).in_(candidates), col(Unit.short_name).in_(candidates))
        )
    ).all()
    for other in clash:
        if other.id != own_id:
            raise ConflictError(
                f"单位名称或简称与已有单位“{other.name}”重复",
                field="name" if name in (other.name, other.short_name) else "short_name",
            )


def add_unit(*, session: Session, unit_in: UnitIn) -> Unit:
    unit = new_unit(unit_in, _now())
    _check_names_free(session, unit.name, unit.short_name, None)
    return journal.insert(session, unit)


def check_names_free(unit: Unit, taken: dict[str, tuple[int, Unit]]) -> None:
    """:func:`_check_names_free` against ``taken`` instead of a query (the roster's bulk
    path, issue 21): every name and short name in use, with its unit and the unit's place
    in id order (the first clash in that order is the one named)."""
    clashes = [taken[name] for name in (unit.name, unit.short_name) if name and name in taken]
    if clashes:
        _, other = min(clashes, key=lambda clash: clash[0])
        raise ConflictError(
            f"单位名称或简称与已有单位“{other.name}”重复",
            field="name" if unit.name in (other.name, other.short_name) else "short_name",
        )


def new_unit(unit_in: UnitIn, now: datetime) -> Unit:
    """A new unit (not stored) from ``unit_in``, checked by :func:`validate_unit`."""
    validate_unit(unit_in)
    short = (unit_in.short_name or "").strip() or None
    return Unit(
        name=unit_in.name.strip(),
        short_name=short,
        kind=parse_unit_kind(unit_in.kind).value,
        region=unit_in.region.strip(),
        is_member=unit_in.is_member,
        liaison_name=unit_in.liaison_name.strip(),
        liaison_phone=unit_in.liaison_phone.strip(),
        liaison_email=unit_in.liaison_email.strip(),
        note=unit_in.note,
        created_at=now,
        updated_at=now,
    )


UNIT_FIELDS = (
    "name",
    "short_name",
    "kind",
    "region",
    "is_member",
    "liaison_name",
    "liaison_phone",
    "liaison_email",
    "note",
)


def update_unit(
    *, session: Session, name: str, changes: dict[str, Any], renamed_on: date | None = None
) -> Unit:
    """Change a unit (only the given fields). A new name or short name (机构改革) keeps the
    former ones, valid until the day before ``renamed_on`` (the day the new name is used
    from; today by default): documents about earlier days print the former name."""
    unit = find_unit(session=session, name=name)
    unknown = set(changes) - set(UNIT_FIELDS)
    if unknown:
        raise InvalidInputError(f"不能修改单位的字段：{'、'.join(sorted(unknown))}")
    merged = UnitIn(**{f: getattr(unit, f) for f in UNIT_FIELDS})
    for key, value in changes.items():
        setattr(merged, key, value)
    validate_unit(merged)
    short = (merged.short_name or "").strip() or None
    _check_names_free(session, merged.name.strip(), short, unit.id)
    values: dict[str, Any] = {}
    for key in UNIT_FIELDS:
        value = getattr(merged, key)
        if key == "short_name":
            value = short
        elif key == "kind":
            value = parse_unit_kind(value).value
        elif isinstance(value, str):
            value = value.strip() if key != "note" else value
        values[key] = value
    old_liaison = unit.liaison_name
    if values["name"] != unit.name or values["short_name"] != unit.short_name:
        _keep_former_name(session, unit, renamed_on or datetime.now(UTC).date())
    journal.update(session, unit, values)
    if values["liaison_name"] != old_liaison:
        follow_liaison(session=session, unit=unit)
    return unit


def _keep_former_name(session: Session, unit: Unit, renamed_on: date) -> UnitName:
    """Record the unit's present name as a former one, valid until the day before."""
    assert unit.id is not None
    last = session.exec(
        select(UnitName)
        .where(UnitName.unit_id == unit.id)
        .order_by(col(UnitName.valid_until).desc())
        .limit(1)
    ).first()
    since = last.valid_until + timedelta(days=1) if last is not None else None
    until = renamed_on - timedelta(days=1)
    if since is not None and until < since:
        raise InvalidInputError(
            f"更名日期不能早于上次更名（{since.isoformat()}）：请用 --on 给出新名称启用之日"
        )
    former = UnitName(
        unit_id=unit.id,
        name=unit.name,
        short_name=unit.short_name,
        valid_from=since,
        valid_until=until,
    )
    return journal.insert(session, former)


def former_names(*, session: Session, unit: Unit) -> list[UnitName]:
    """A unit's former names, oldest first."""
    return list(
        session.exec(
            select(UnitName).where(UnitName.unit_id == unit.id).order_by(col(UnitName.valid_until))
        )
    )


def renamed_note(*, session: Session, wanted: str, unit: Unit) -> str:
    """What to tell a clerk who named a unit by a former name ("" otherwise)."""
    from fylink.services.unit_names import former_name

    row = former_name(session, wanted, unit.id or 0)
    if row is None:
        return ""
    day = (row.valid_until + timedelta(days=1)).isoformat()
    return f"注意：“{wanted.strip()}”是曾用名，该单位自 {day} 起更名为“{unit.name}”"


def follow_liaison(*, session: Session, unit: Unit) -> list[Person]:
    """A unit's liaison changed: its former liaison in the roster is a 成员 again, the new
    one (if in the roster, of that unit) becomes its 联络员, so no one is listed as the
    liaison of a unit they no longer serve. Returns the persons changed."""
    changed: list[Person] = []
    people = session.exec(
        select(Person).where(Person.unit_id == unit.id).order_by(col(Person.id))
    ).all()
    for person in people:
        if person.role == "联络员" and person.name != unit.liaison_name:
            changed.append(journal.update(session, person, {"role": "成员"}))
        elif person.name == unit.liaison_name and person.role == "成员":
            changed.append(journal.update(session, person, {"role": "联络员"}))
    return changed


def list_units(
    *,
    session: Session,
    kind: str | None = None,
    members_only: bool = False,
    with_merged: bool = False,
) -> list[Unit]:
    """The roster; units merged into another (机构改革) only ``with_merged``."""
    query = select(Unit)
    if not with_merged:
        query = query.where(col(Unit.merged_into_id).is_(None))
    if kind:
        query = query.where(Unit.kind == parse_unit_kind(kind).value)
    if members_only:
        query = query.where(col(Unit.is_member).is_(True))
    return list(session.exec(query.order_by(col(Unit.id))))


def unit_case_counts(*, session: Session, unit_id: int) -> dict[str, int]:
    """Cases of a unit by category (for ``unit show``), counted in SQL."""
    from fylink.models import Case

    rows = session.exec(
        select(Case.category, func.count())
        .where(Case.unit_id == unit_id)
        .group_by(Case.category)
        .order_by(Case.category)
    )
    # dict(rows) would take the Result for a mapping (it has .keys()).
    return dict(rows.all())


def add_person(
    *,
    session: Session,
    name: str,
    unit: str | None = None,
    title: str = "",
    role: str = "成员",
    phone: str = "",
    email: str = "",
) -> Person:
    check_person(name, role, phone)
    unit_id = open_unit(session=session, name=unit).id if unit else None
    same = session.exec(
        select(Person.id).where(Person.name == name.strip(), Person.unit_id == unit_id)
    ).first()
    if same is not None:
        raise person_exists(name, unit, same)
    person = Person(
        name=name.strip(),
        unit_id=unit_id,
        title=title.strip(),
        role=role,
        phone=phone.strip(),
        email=email.strip(),
        created_at=_now(),
    )
    return journal.insert(session, person)


def check_person(name: str, role: str, phone: str = "") -> None:
    """The rules of a new person's name, role and phone (``person add``, the roster)."""
    if not name.strip():
        raise InvalidInputError("姓名不能为空")
    if role not in PERSON_ROLES:
        raise InvalidInputError(f"角色“{role}”不存在，可选：{'、'.join(PERSON_ROLES)}")
    check_phone(phone, what="电话")


def person_exists(name: str, unit: str | None, same: int) -> ConflictError:
    """The refusal of a person already on the roster (number ``same``) in that unit."""
    where = f"{unit}的" if unit else "未填单位的"
    return ConflictError(f"{where}人员“{name.strip()}”已登记（编号 {same}），不能重复添加")


def namesakes(*, session: Session, person: Person) -> list[str]:
    """Units (short names) of other persons with ``person``'s name: a clerk is warned."""
    rows = session.exec(
        select(Unit.name, Unit.short_name)
        .join(Person, col(Person.unit_id) == Unit.id)
        .where(Person.name == person.name, Person.id != person.id)
        .order_by(col(Unit.id))
    ).all()
    return [short or full for full, short in rows]


def list_persons(
    *, session: Session, unit: str | None = None, with_left: bool = False
) -> list[tuple[Person, Unit | None]]:
    """The roster; persons who left only ``with_left``."""
    query = select(Person, Unit).join(Unit, col(Person.unit_id) == Unit.id, isouter=True)
    if not with_left:
        query = query.where(col(Person.left_on).is_(None))
    if unit:
        query = query.where(Person.unit_id == find_unit(session=session, name=unit).id)
    return [(p, u) for p, u in session.exec(query.order_by(col(Person.id)))]


#: 姓名（单位简称）: a person of a unit, to tell namesakes apart.
_NAME_OF_UNIT = re.compile(r"^(.+?)\s*[（(]\s*(.+?)\s*[）)]$")
#: How a person without a unit is told apart: 张伟（未填单位）.
NO_UNIT = "未填单位"


def person_label(session: Session, person: Person) -> str:
    """姓名（单位简称）: how a person is named where namesakes must be told apart."""
    unit = session.get(Unit, person.unit_id) if person.unit_id is not None else None
    return f"{person.name}（{(unit.short_name or unit.name) if unit else NO_UNIT}）"


def find_person(*, session: Session, name: str) -> Person:
    """A person by name, or by 姓名（单位简称） (full unit name or id also do) when two
    persons share the name; an ambiguous bare name lists the candidates."""
    text = name.strip()
    if not text:
        raise InvalidInputError("姓名不能为空")
    people = list(session.exec(select(Person).where(Person.name == text).order_by(col(Person.id))))
    match = _NAME_OF_UNIT.match(text)
    if not people and match:
        person_name, unit_name = match[1].strip(), match[2].strip()
        unit_id = None if unit_name == NO_UNIT else find_unit_row(session, unit_name).id
        people = list(
            session.exec(
                select(Person)
                .where(Person.name == person_name, Person.unit_id == unit_id)
                .order_by(col(Person.id))
            )
        )
        if not people:
            where = NO_UNIT if unit_id is None else unit_name
            raise NotFoundError(f"名册中没有{where}的“{person_name}”：用 fylink person list 查看")
    if not people:
        raise NotFoundError(f"人员“{text}”不在名册中：用 fylink person add 添加")
    if len(people) > 1:
        labels = [person_label(session, p) for p in people]
        raise ConflictError(
            f"名册中有{len(people)}位“{text}”：{'、'.join(labels)}；"
            f"请写成 姓名（单位简称），如 {labels[0]}"
        )
    return people[0]


PERSON_FIELDS = ("name", "unit", "title", "role", "phone", "email")


def update_person(*, session: Session, name: str, changes: dict[str, Any]) -> Person:
    """Correct a person of the roster (only the given fields). A corrected name follows
    into the attendance records that show it."""
    from fylink.models import Attendance

    person = find_person(session=session, name=name)
    unknown = set(changes) - set(PERSON_FIELDS)
    if unknown:
        raise InvalidInputError(f"不能修改人员的字段：{'、'.join(sorted(unknown))}")
    values: dict[str, Any] = {}
    for key, value in changes.items():
        text = value.strip()
        if key == "name":
            if not text:
                raise InvalidInputError("姓名不能为空")
            if len(text) > 50:
                raise InvalidInputError("姓名不能超过50个字符")
            values["name"] = text
        elif key == "unit":
            values["unit_id"] = open_unit(session=session, name=text).id if text else None
        elif key == "role":
            if text not in PERSON_ROLES:
                raise InvalidInputError(f"角色“{text}”不存在，可选：{'、'.join(PERSON_ROLES)}")
            values["role"] = text
        else:
            limit = {"title": 100, "phone": 30, "email": 100}[key]
            if len(text) > limit:
                raise InvalidInputError(f"{_PERSON_WORDS[key]}不能超过{limit}个字符")
            if key == "phone":
                check_phone(text, what="电话")
            values[key] = text
    changed = {k: v for k, v in values.items() if getattr(person, k) != v}
    if not changed:
        raise InvalidInputError("没有要修改的内容：给出的各项与名册中的相同")
    new_name = changed.get("name", person.name)
    new_unit = changed.get("unit_id", person.unit_id)
    same = session.exec(
        select(Person.id).where(
            Person.name == new_name, Person.unit_id == new_unit, Person.id != person.id
        )
    ).first()
    if same is not None:
        raise ConflictError(f"同一单位已有人员“{new_name}”（编号 {same}），不能改成重复记录")
    old_name = person.name
    journal.update(session, person, changed)
    if "name" in changed:
        for row in session.exec(
            select(Attendance).where(Attendance.person_id == person.id, Attendance.name == old_name)
        ):
            journal.update(session, row, {"name": new_name})
    return person


_PERSON_WORDS = {"title": "职务", "phone": "电话", "email": "邮箱"}


def leader_name(*, session: Session, text: str) -> str:
    """A 牵头领导 as written on a task: free text, but a name the roster holds twice must say
    which one (姓名（单位简称）, kept as written so the lists tell them apart); a
    姓名（单位简称） must name a person of the roster."""
    wanted = text.strip()
    if not wanted:
        return ""
    count = session.exec(select(func.count()).where(Person.name == wanted)).one()
    if count > 1 or (count == 0 and _NAME_OF_UNIT.match(wanted)):
        return person_label(session, find_person(session=session, name=wanted))
    return wanted


def person_left(*, session: Session, name: str, left_on: date, reason: str, today: date) -> Person:
    """A person leaves (调离, 退休): no longer listed nor attending meetings after
    ``left_on``; their past attendance and leadership stay in the record."""
    why = reason.strip()
    if not why:
        raise InvalidInputError("请用 --reason 写明离任原因（如 调离、退休）")
    person = find_person(session=session, name=name)
    if person.left_on is not None:
        raise ConflictError(f"{person_label(session, person)}已于{person.left_on.isoformat()}离任")
    if left_on > today:
        raise InvalidInputError("离任日期不能晚于今天")
    with journal.changing(session, person) as change:
        person.left_on = left_on
        change.after_extra["reason"] = why
    return person


# --- merged units (机构改革, #12) ----------------------------------------------------------------


def _merged_refusal(unit: Unit, get: Any) -> ConflictError:
    current = get(unit.merged_into_id)
    name = current.name if current is not None else str(unit.merged_into_id)
    return ConflictError(f"{merged_text(unit, get)}，不能再登记到原单位名下：请改用“{name}”")


def merged_note(*, session: Session, unit: Unit) -> str:
    """What to tell a clerk who named a merged unit ("" for a unit not merged): the unit it
    was merged into and, when that one was merged on in turn, each merge after."""
    text = merged_text(unit, lambda unit_id: session.get(Unit, unit_id))
    return f"注意：{text}" if text else ""


def successor_name(*, session: Session, unit: Unit) -> str | None:
    """The name of the unit in being that holds ``unit``'s work now (its current
    successor; None for a unit in being)."""
    if unit.merged_into_id is None:
        return None
    successor = session.get(Unit, unit.merged_into_id)
    return successor.name if successor is not None else str(unit.merged_into_id)


def direct_successor_name(*, session: Session, unit: Unit) -> str | None:
    """The name of the unit ``unit`` was merged into by its own merge (None for a unit in
    being); the same as :func:`successor_name` unless that unit was merged on in turn."""
    unit_id = unit.direct_successor_id or unit.merged_into_id
    if unit_id is None:
        return None
    successor = session.get(Unit, unit_id)
    return successor.name if successor is not None else str(unit_id)


def refuse_merged(session: Session, unit: Unit) -> None:
    """A merged unit is given no new records: they belong to its successor."""
    if unit.merged_into_id is None or unit.merged_on is None:
        return
    raise _merged_refusal(unit, lambda unit_id: session.get(Unit, unit_id))


def refuse_merged_on(session: Session, unit: Unit, day: date) -> None:
    """A record of ``day`` is not given to a unit merged into another by then (one of an
    earlier day — a meeting before the merge, a late entry — still is)."""
    if unit.merged_on is not None and day >= unit.merged_on:
        refuse_merged(session, unit)


def forget_moves(session: Session, record: str, record_id: int | None) -> int:
    """A record's unit was corrected by hand: the merges' moves of it (``unit_move``) no
    longer say which unit it had before, so they go (journaled, as any change)."""
    from fylink.models import UnitMove

    rows = session.exec(
        select(UnitMove)
        .where(UnitMove.record == record, UnitMove.record_id == record_id)
        .order_by(col(UnitMove.id))
    ).all()
    for row in rows:
        journal.delete(session, row, case_id=record_id if record == "case" else None)
    return len(rows)


def open_unit(*, session: Session, name: str) -> Unit:
    """A unit a new record is given to: as :func:`find_unit`, but not a merged one."""
    unit = find_unit(session=session, name=name)
    refuse_merged(session, unit)
    return unit


@dataclass
class MergeResult:
    old: Unit
    new: Unit
    tasks: int = 0
    co_units: int = 0
    cases: int = 0
    suggestions: int = 0
    persons: int = 0
    closed_cases: int = 0


def merge_unit(
    *, session: Session, old: str, new: str, merged_on: date, today: date
) -> MergeResult:
    """机构改革: ``old`` is merged into ``new`` from ``merged_on``. Its open tasks (as lead and
    as co-unit), open cases, open suggestions and its persons move to ``new``, each change
    journaled; closed cases stay with ``old``, which stays in the record, marked merged."""
    from fylink.models import Case, Suggestion, Task, TaskCoUnit, UnitMove

    source = find_unit(session=session, name=old)
    target = find_unit(session=session, name=new)
    if source.id == target.id:
        raise InvalidInputError(f"不能把“{source.name}”并入其自身：请给出另一个单位")
    if source.merged_into_id is not None:
        raise ConflictError(merged_note(session=session, unit=source).removeprefix("注意："))
    if target.merged_into_id is not None:
        raise ConflictError(
            merged_note(session=session, unit=target).removeprefix("注意：")
            + "，不能再接收并入的单位"
        )
    if merged_on > today:
        raise InvalidInputError("并入日期不能晚于今天")
    result = MergeResult(old=source, new=target)
    old_id, new_id = source.id, target.id
    assert old_id is not None
    assert new_id is not None

    def moved(record: str, record_id: int | None) -> None:
        # Until the merge date the row stays OLD's in reports (unit_move, revision 0015).
        assert record_id is not None
        journal.insert(
            session,
            UnitMove(
                record=record,
                record_id=record_id,
                unit_id=old_id,
                to_unit_id=new_id,
                moved_on=merged_on,
            ),
            case_id=record_id if record == "case" else None,
        )

    for task in session.exec(
        select(Task)
        .where(Task.lead_unit_id == source.id, col(Task.completed_on).is_(None))
        .order_by(col(Task.id))
    ).all():
        journal.update(session, task, {"lead_unit_id": target.id})
        moved("task", task.id)
        result.tasks += 1
    open_ids = select(Task.id).where(col(Task.completed_on).is_(None))
    for link in session.exec(
        select(TaskCoUnit)
        .where(TaskCoUnit.unit_id == source.id, col(TaskCoUnit.task_id).in_(open_ids))
        .order_by(col(TaskCoUnit.id))
    ).all():
        owner = session.get(Task, link.task_id)
        already = session.exec(
            select(TaskCoUnit.id).where(
                TaskCoUnit.task_id == link.task_id, TaskCoUnit.unit_id == target.id
            )
        ).first()
        if already is not None or (owner is not None and owner.lead_unit_id == target.id):
            # NEW already works on the task: the old unit's place simply goes.
            journal.delete(session, link)
        else:
            journal.update(session, link, {"unit_id": target.id})
        result.co_units += 1
    for case in session.exec(
        select(Case)
        .where(Case.unit_id == source.id, col(Case.closed_on).is_(None))
        .order_by(col(Case.id))
    ).all():
        journal.update(session, case, {"unit_id": target.id}, case_id=case.id)
        moved("case", case.id)
        result.cases += 1
    result.closed_cases = session.exec(
        select(func.count()).where(Case.unit_id == source.id, col(Case.closed_on).is_not(None))
    ).one()
    for suggestion in session.exec(
        select(Suggestion)
        .where(Suggestion.unit_id == source.id, col(Suggestion.replied_on).is_(None))
        .order_by(col(Suggestion.id))
    ).all():
        journal.update(session, suggestion, {"unit_id": target.id})
        moved("suggestion", suggestion.id)
        result.suggestions += 1
    for person in session.exec(
        select(Person)
        .where(Person.unit_id == source.id, col(Person.left_on).is_(None))
        .order_by(col(Person.id))
    ).all():
        values: dict[str, Any] = {"unit_id": target.id}
        if person.role == "联络员" and target.liaison_name:
            values["role"] = "成员"  # NEW keeps its own liaison
        journal.update(session, person, values)
        result.persons += 1
    if source.liaison_name and not target.liaison_name:
        # NEW had no liaison: OLD's serves it from now on.
        journal.update(
            session,
            target,
            {
                "liaison_name": source.liaison_name,
                "liaison_phone": source.liaison_phone,
                "liaison_email": source.liaison_email,
            },
        )
    for earlier in session.exec(
        select(Unit).where(Unit.merged_into_id == source.id).order_by(col(Unit.id))
    ).all():
        # Units merged into OLD before: their current successor is NEW now (one level for
        # report SQL to follow); their direct successor stays OLD.
        chained: dict[str, Any] = {"merged_into_id": target.id}
        if earlier.direct_successor_id is None:
            chained["direct_successor_id"] = source.id  # merged before revision 0019
        journal.update(session, earlier, chained)
    with journal.changing(session, source) as change:
        source.merged_into_id = target.id
        source.direct_successor_id = target.id
        source.merged_on = merged_on
        change.after_extra["merged_into"] = target.name
    return result
