"""``fylink project``: 一楼一策 — a 问题楼盘 or another matter grouping many cases."""

from typing import Any, Optional

import typer

from fylink.cli import render
from fylink.cli.common import new_app, reading, session, settings

app = new_app("项目（一楼一策）：问题楼盘、破产、金融风险等多案事项，及其专班会议和进展")

_NAME = typer.Argument(..., help="项目名称，如 示范县锦绣家园小区")


def _yuan(fen: int | None) -> str:
    from fylink.domain.money import format_yuan

    return format_yuan(fen)


@app.command("add")
def add(
    ctx: typer.Context,
    name: str = _NAME,
    kind: str = typer.Option(..., "--kind", help="类型：问题楼盘、破产、金融风险、其他"),
    unit: Optional[str] = typer.Option(None, "--unit", "-u", help="牵头单位"),
    leader: str = typer.Option("", "--leader", help="包案领导"),
    households: Optional[int] = typer.Option(
        None, "--households", min=0, max=10_000_000, help="涉及户数"
    ),
    people: Optional[int] = typer.Option(None, "--people", min=0, max=10_000_000, help="涉及人数"),
    note: str = typer.Option("", "--note", help="备注"),
) -> None:
    """登记一个项目（问题楼盘、破产企业群、金融风险事项等），再用 project link 归集案件。"""
    from fylink.services import projects

    with session(ctx, write=True) as db:
        project = projects.add_project(
            session=db,
            name=name,
            kind=kind,
            unit=unit,
            leader=leader,
            households=households,
            people=people,
            note=note,
        )
    render.message(f"已登记项目：{project.name}（{project.kind}）")


@app.command("update")
def update(
    ctx: typer.Context,
    name: str = _NAME,
    rename: Optional[str] = typer.Option(None, "--name", help="新名称"),
    kind: Optional[str] = typer.Option(None, "--kind", help="类型"),
    unit: Optional[str] = typer.Option(None, "--unit", "-u", help="牵头单位"),
    leader: Optional[str] = typer.Option(None, "--leader", help="包案领导"),
    households: Optional[int] = typer.Option(None, "--households", min=0, help="涉及户数"),
    people: Optional[int] = typer.Option(None, "--people", min=0, help="涉及人数"),
    note: Optional[str] = typer.Option(None, "--note", help="备注"),
) -> None:
    """修改项目：名称、类型、牵头单位、包案领导、涉及户数和人数（只改给出的项）。"""
    from fylink.services import projects

    values: dict[str, Any] = {
        k: v
        for k, v in {
            "name": rename,
            "kind": kind,
            "unit": unit,
            "leader": leader,
            "households": households,
            "people": people,
            "note": note,
        }.items()
        if v is not None
    }
    if not values:
        render.warn("没有要修改的内容：请给出至少一个选项，如 --households 277")
        raise typer.Exit(2)
    with session(ctx, write=True) as db:
        project = projects.update_project(session=db, name=name, values=values)
    render.message(f"已修改项目：{project.name}")


@app.command("link")
def link(
    ctx: typer.Context,
    name: str = _NAME,
    case_nos: list[str] = typer.Argument(..., help="归入项目的案号（可多个）"),
) -> None:
    """把案件归入项目（可一次给出多个案号；已归入的跳过）。"""
    from fylink.services import projects

    with session(ctx, write=True) as db:
        project, linked, already = projects.link_cases(session=db, name=name, case_nos=case_nos)
    extra = f"，{already} 件原已归入" if already else ""
    render.message(f"已归入项目 {project.name}：{linked} 件{extra}")


@app.command("list")
def list_(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="输出 JSON 数组"),
) -> None:
    """列出项目及其案件数。"""
    from fylink.services import projects

    with reading(ctx) as db:
        rows = projects.list_projects(db)
    if as_json:
        render.print_json(
            [{"name": r.name, "kind": r.kind, "leader": r.leader, "cases": r.cases} for r in rows]
        )
        return
    render.table(
        ["项目", "类型", "包案领导", "案件数"],
        [(r.name, r.kind, r.leader, r.cases) for r in rows],
        title="项目",
        caption=f"共 {len(rows)} 个" if rows else "还没有项目：用 fylink project add 登记",
    )


@app.command("show")
def show(
    ctx: typer.Context,
    name: str = _NAME,
    limit: int = typer.Option(50, "--limit", "-n", min=1, max=1_000_000, help="最多列出的案件数"),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON（列出全部案件）"),
) -> None:
    """一楼一策：项目的案件（件数、金额、化解情况）、任务、专班会议进展和数据
    （涉及户数/人数、资金到位、已化解）。"""
    from fylink import clock
    from fylink.domain.status import status_of
    from fylink.services import projects, reads

    # The light read path (issue 21): Core tables on a bare connection, no ORM.
    with reading(ctx) as db:
        _, th = reads.thresholds(db, settings=settings(ctx), today=clock.today())
        file = projects.project_file(reader=db, name=name, limit=None if as_json else limit)
    statuses = {
        t.id: status_of(
            due_on=t.due_on, completed_on=t.completed_on, signed_off_on=t.signed_off_on, th=th
        ).value
        for t in file.tasks
    }
    p = file.project
    people = p.people if p.people is not None else (file.group_size or None)
    if as_json:
        render.print_json(
            {
                "name": p.name,
                "kind": p.kind,
                "unit": file.unit,
                "leader": p.leader,
                "figures": {
                    "households": p.households,
                    "people": people,
                    "cases": file.cases,
                    "open_cases": file.open_cases,
                    "closed_cases": file.closed,
                    "resolved": file.resolved,
                    "claimed_fen": file.claimed_fen,
                    "recovered_fen": file.recovered_fen,
                },
                "by_category": [
                    {"category": c, "cases": n, "open_cases": o} for c, n, o in file.by_category
                ],
                "cases": [
                    {
                        "case_no": r.case_no,
                        "category": r.category,
                        "status": r.status,
                        "unit": r.unit,
                        "filed_on": r.filed_on,
                        "outcome": r.outcome,
                        "claimed_fen": r.claimed_fen,
                        "recovered_fen": r.recovered_fen,
                        "resolved": r.resolved,
                    }
                    for r in file.case_rows
                ],
                "tasks": [
                    {
                        "id": t.id,
                        "content": t.content,
                        "lead": t.lead,
                        "due_on": t.due_on,
                        "status": statuses[t.id],
                        "meeting": t.meeting,
                        "case_no": t.case_no,
                    }
                    for t in file.tasks
                ],
                "meetings": [
                    {"meeting": m, "held_on": on, "decisions": n, "completed": done}
                    for m, on, n, done in file.meetings
                ],
            }
        )
        return
    pairs = [
        ("类型", p.kind),
        ("牵头单位", file.unit),
        ("包案领导", p.leader),
        ("涉及户数", p.households),
        ("涉及人数", people),
        (
            "案件",
            f"共 {file.cases} 件，在办 {file.open_cases} 件，已结 {file.closed} 件",
        ),
        ("已化解", f"{file.resolved} 件"),
        ("标的合计（元）", _yuan(file.claimed_fen) if file.claimed_fen else ""),
        ("资金到位（元）", _yuan(file.recovered_fen) if file.recovered_fen else ""),
        ("备注", p.note),
    ]
    render.fields([(k, v) for k, v in pairs if v not in (None, "")], title=f"一楼一策：{p.name}")
    if file.by_category:
        render.table(["类别", "件数", "在办"], file.by_category, title="案件（按类别）")
        shown = len(file.case_rows)
        render.table(
            [
                "案号/编号",
                "类别",
                "被申请人/被告",
                "立案日期",
                "状态",
                "标的（元）",
                "到位（元）",
                "化解",
            ],
            [
                (
                    r.case_no,
                    r.category,
                    r.unit,
                    r.filed_on,
                    r.status + (f"（{r.outcome}）" if r.outcome else ""),
                    _yuan(r.claimed_fen),
                    _yuan(r.recovered_fen),
                    r.resolved,
                )
                for r in file.case_rows
            ],
            title="案件清单",
            caption=f"共 {file.cases} 件" + (f"，显示前 {shown} 件" if shown < file.cases else ""),
        )
    if file.meetings:
        render.table(
            ["会议", "日期", "议定事项", "已完成"],
            [(m, on, n, done) for m, on, n, done in file.meetings],
            title="专班会议进展",
        )
    if file.tasks:
        render.table(
            ["编号", "内容", "牵头单位", "完成时限", "状态", "会议"],
            [(t.id, t.content, t.lead, t.due_on, statuses[t.id], t.meeting) for t in file.tasks],
            title="任务和议定事项",
        )
