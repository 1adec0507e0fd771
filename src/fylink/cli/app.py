"""The ``fylink`` command: sub-commands are joined here."""

from typing import Optional

import typer

from fylink import __version__
from fylink.cli import (
    calendar,
    case,
    check,
    db,
    log,
    meeting,
    notice,
    report,
    setup,
    suggestion,
    task,
    template,
    unit,
)
from fylink.cli.common import FylinkGroup, State

app = typer.Typer(
    cls=FylinkGroup,
    help="fylink — 府院联动办公室的案件、会议、双清单与督办台账。",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"fylink {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    db_target: Optional[str] = typer.Option(
        None,
        "--db",
        help="数据库：SQLite 文件路径或 SQLAlchemy 地址"
        "（默认取 FYLINK_DB 或用户数据目录下的 fylink.db）",
        show_default=False,
    ),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="显示版本号后退出"
    ),
) -> None:
    """fylink — 府院联动办公室的案件、会议、双清单与督办台账。"""
    ctx.obj = State(db_target)


setup.register(app)
app.add_typer(unit.unit_app, name="unit")
app.add_typer(unit.person_app, name="person")
app.add_typer(case.app, name="case")
app.add_typer(meeting.app, name="meeting")
app.add_typer(task.app, name="task")
app.add_typer(suggestion.app, name="suggestion")
app.add_typer(notice.app, name="notice")
app.add_typer(template.app, name="template")
app.add_typer(check.app, name="check")
app.add_typer(calendar.app, name="calendar")
app.add_typer(report.app, name="report")
app.add_typer(db.app, name="db")
log.register(app)


def main() -> None:
    app(prog_name="fylink")
