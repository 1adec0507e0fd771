"""``fylink init`` and ``fylink demo``: creating a database."""

from pathlib import Path
from typing import Optional

import typer

from fylink.cli import render
from fylink.cli.common import command_line, settings
from fylink.errors import ConflictError


def _remove_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def init(
    ctx: typer.Context,
    office: Optional[str] = typer.Option(
        None, "--office", help="办公室名称，如 示范县府院联动联席会议办公室"
    ),
    region: Optional[str] = typer.Option(None, "--region", help="所属地区，如 示范县"),
    roster: Optional[Path] = typer.Option(
        None, "--roster", help="成员单位名册（.yaml 或 .xlsx），一并导入单位、人员和联络员"
    ),
) -> None:
    """创建数据库并登记办公室，可同时导入成员单位名册。"""
    from fylink import db
    from fylink.services import office as office_service

    current = settings(ctx)
    url = current.db_url
    roster_data = office_service.read_roster(roster) if roster else None
    path = db.sqlite_path(url)
    created = path is not None and not path.exists()
    try:
        db.upgrade(url)
        with db.session_scope(url, actor=current.actor, command=command_line()) as session:
            from_file = (roster_data or {}).get("office") or {}
            region_name = region or from_file.get("region", "")
            name = office or from_file.get("name") or f"{region_name}府院联动联席会议办公室"
            record = office_service.init_office(
                session=session,
                name=name,
                region=region_name,
                meeting_name=from_file.get("meeting_name", ""),
            )
            loaded = (
                office_service.load_roster(session=session, roster=roster_data)
                if roster_data
                else None
            )
    except BaseException:
        # A database this command created must not survive its failure.
        if created and path is not None:
            _remove_sqlite(path)
        raise
    render.message(f"{'已创建' if created else '已初始化'}数据库：{db.display(url)}")
    render.message(f"办公室：{record.name}")
    if loaded:
        render.message(f"已导入名册：{loaded.units} 个单位，{loaded.persons} 名人员")


def demo(ctx: typer.Context) -> None:
    """在空数据库中生成示范县的演示数据（名册、近两年的案件等），便于试用每个命令。"""
    from fylink import clock, db
    from fylink.services import demo as demo_service

    current = settings(ctx)
    url = current.db_url
    path = db.sqlite_path(url)
    created = path is not None and not path.exists()
    try:
        db.upgrade(url)
        with db.session_scope(url, actor=current.actor, command=command_line()) as session:
            summary = demo_service.fill(session=session, today=clock.today())
    except ConflictError:
        raise
    except BaseException:
        if created and path is not None:
            _remove_sqlite(path)
        raise
    render.message(f"已在 {db.display(url)} 生成演示数据：")
    for label, count in summary.items():
        render.message(f"  {label}：{count}")
    render.message(
        "试试：fylink case list、fylink meeting list、fylink task list --status 逾期、"
        "fylink check overdue --dry-run、fylink log"
    )


def register(app: typer.Typer) -> None:
    app.command("init")(init)
    app.command("demo")(demo)
