"""Projects (一楼一策): a 问题楼盘, a 破产 group or a 金融风险 matter that gathers many cases,
with its tasks, its 专班 meetings and a figure set (涉及户数/人数, 资金到位, 已化解).
Figures are aggregated in SQL; a project may group hundreds of cases.
"""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import case, func, select

from fylink import tables
from fylink.errors import ConflictError, InvalidInputError, NotFoundError

KINDS = ("问题楼盘", "破产", "金融风险", "其他")
PROJECT = tables.project
PROJECT_CASE = tables.project_case
CASES = tables.cases


def _now() -> datetime:
    return datetime.now(UTC)


def find_project_row(reader: Any, name: str) -> Any:
    value = name.strip()
    row = reader.execute(select(PROJECT).where(PROJECT.c.name == value)).first()
    if row is not None:
        return row
    found = reader.execute(
        select(PROJECT).where(PROJECT.c.name.like(f"%{value}%")).order_by(PROJECT.c.id).limit(11)
    ).all()
    if len(found) == 1:
        return found[0]
    if found:
        raise ConflictError(
            f"“{value}”对应 {len(found)} 个项目："
            f"{'、'.join(r.name for r in found[:10])}；请写全名称"
        )
    import difflib

    names = list(reader.execute(select(PROJECT.c.name)).scalars())
    close = difflib.get_close_matches(value, names, n=5, cutoff=0.3)
    hint = f"；相近的有：{'、'.join(close)}" if close else ""
    raise NotFoundError(f"项目“{value}”不存在{hint}（用 fylink project list 查看）")


def add_project(
    *,
    session: Any,
    name: str,
    kind: str,
    unit: str | None = None,
    leader: str = "",
    households: int | None = None,
    people: int | None = None,
    note: str = "",
) -> Any:
    from sqlmodel import select as orm_select

    from fylink.domain.values import check_text
    from fylink.models import Project
    from fylink.services import journal

    value = name.strip()
    if not value:
        raise InvalidInputError("项目名称不能为空")
    check_text(value, what="项目名称", limit=100)
    check_text(leader, what="包案领导", limit=50)
    check_text(note, what="备注")
    if kind not in KINDS:
        raise InvalidInputError(f"项目类型“{kind}”不存在，可选：{'、'.join(KINDS)}")
    if session.exec(orm_select(Project.id).where(Project.name == value)).first() is not None:
        raise ConflictError(f"项目“{value}”已存在")
    from fylink.services.units import open_unit

    unit_id = open_unit(session=session, name=unit).id if unit else None
    now = _now()
    project = Project(
        name=value,
        kind=kind,
        unit_id=unit_id,
        leader=leader.strip(),
        households=households,
        people=people,
        note=note,
        created_at=now,
        updated_at=now,
    )
    return journal.insert(session, project)


def update_project(*, session: Any, name: str, values: dict[str, Any]) -> Any:
    from fylink.models import Project
    from fylink.services import journal
    from fylink.services.units import find_unit

    row = find_project_row(session, name)
    project = session.get(Project, row.id)
    if "unit" in values:
        unit = values.pop("unit")
        values["unit_id"] = find_unit(session=session, name=unit).id if unit else None
    if "kind" in values and values["kind"] not in KINDS:
        raise InvalidInputError(f"项目类型“{values['kind']}”不存在，可选：{'、'.join(KINDS)}")
    return journal.update(session, project, values)


def link_cases(*, session: Any, name: str, case_nos: list[str]) -> tuple[Any, int, int]:
    """Group cases under a project; returns (project row, linked, already there)."""
    from sqlmodel import select as orm_select

    from fylink.models import ProjectCase
    from fylink.services import journal
    from fylink.services.cases import get_case

    project = find_project_row(session, name)
    linked = already = 0
    seen: set[int] = set()
    for case_no in case_nos:
        found = get_case(session=session, case_no=case_no)
        if found.id in seen:
            continue
        seen.add(found.id)  # type: ignore[arg-type]
        exists = session.exec(
            orm_select(ProjectCase.id).where(
                ProjectCase.project_id == project.id, ProjectCase.case_id == found.id
            )
        ).first()
        if exists is not None:
            already += 1
            continue
        journal.insert(
            session,
            ProjectCase(project_id=project.id, case_id=found.id),  # type: ignore[arg-type]
            case_id=found.id,
            extra={"project": project.name, "case_no": found.case_no},
        )
        linked += 1
    return project, linked, already


@dataclass
class ProjectFile:
    project: Any
    unit: str | None
    cases: int
    open_cases: int
    resolved: int
    closed: int
    claimed_fen: int
    recovered_fen: int
    group_size: int
    by_category: list[tuple[str, int, int]]
    case_rows: list[Any]
    tasks: list[Any] = field(default_factory=list)
    meetings: list[tuple[str, date, int, int]] = field(default_factory=list)


def project_file(*, reader: Any, name: str, limit: int | None = 50) -> ProjectFile:
    from fylink.services.parties import linked_tasks

    project = find_project_row(reader, name)
    mine = select(PROJECT_CASE.c.case_id).where(PROJECT_CASE.c.project_id == project.id)
    c = CASES.c
    totals = reader.execute(
        select(
            func.count().label("n"),
            func.coalesce(func.sum(case((c.status != "已结", 1), else_=0)), 0).label("open"),
            func.coalesce(func.sum(case((c.status == "已结", 1), else_=0)), 0).label("closed"),
            func.coalesce(func.sum(case((c.resolved.is_(True), 1), else_=0)), 0).label("resolved"),
            func.coalesce(func.sum(c.claimed_fen), 0).label("claimed"),
            func.coalesce(func.sum(c.recovered_fen), 0).label("recovered"),
            func.coalesce(func.sum(c.group_size), 0).label("people"),
        ).where(c.id.in_(mine))
    ).one()
    by_category = [
        (r.category, int(r.n), int(r.open))
        for r in reader.execute(
            select(
                c.category,
                func.count().label("n"),
                func.sum(case((c.status != "已结", 1), else_=0)).label("open"),
            )
            .where(c.id.in_(mine))
            .group_by(c.category)
            .order_by(func.count().desc(), c.category)
        )
    ]
    unit = tables.unit
    query = (
        select(
            c.case_no,
            c.category,
            c.status,
            c.filed_on,
            c.outcome,
            c.claimed_fen,
            c.recovered_fen,
            c.resolved,
            c.group_size,
            func.coalesce(unit.c.short_name, unit.c.name).label("unit"),
        )
        .join(unit, unit.c.id == c.unit_id)
        .where(c.id.in_(mine))
        .order_by(c.filed_on.desc(), c.id.desc())
    )
    if limit is not None:
        query = query.limit(limit)
    rows = list(reader.execute(query).all())
    unit_name = None
    if project.unit_id is not None:
        unit_name = reader.execute(
            select(func.coalesce(unit.c.short_name, unit.c.name)).where(
                unit.c.id == project.unit_id
            )
        ).scalar()
    tasks = linked_tasks(reader, project_id=project.id)
    meetings: dict[str, list[Any]] = {}
    for t in tasks:
        if t.meeting:
            meetings.setdefault(t.meeting, []).append(t)
    meeting_lines = sorted(
        (
            (
                m,
                items[0].meeting_on,
                len(items),
                sum(1 for t in items if t.completed_on is not None),
            )
            for m, items in meetings.items()
        ),
        key=lambda x: x[1],
    )
    return ProjectFile(
        project=project,
        unit=unit_name,
        cases=int(totals.n),
        open_cases=int(totals.open),
        resolved=int(totals.resolved),
        closed=int(totals.closed),
        claimed_fen=int(totals.claimed),
        recovered_fen=int(totals.recovered),
        group_size=int(totals.people),
        by_category=by_category,
        case_rows=rows,
        tasks=tasks,
        meetings=meeting_lines,
    )


def list_projects(reader: Any) -> list[Any]:
    counts = (
        select(PROJECT_CASE.c.project_id, func.count().label("n"))
        .group_by(PROJECT_CASE.c.project_id)
        .subquery()
    )
    return list(
        reader.execute(
            select(
                PROJECT.c.name,
                PROJECT.c.kind,
                PROJECT.c.leader,
                func.coalesce(counts.c.n, 0).label("cases"),
            )
            .outerjoin(counts, counts.c.project_id == PROJECT.c.id)
            .order_by(PROJECT.c.id)
        ).all()
    )
