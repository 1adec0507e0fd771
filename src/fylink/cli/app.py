"""The ``fylink`` command: sub-commands are joined here."""

import importlib
import os
from typing import Any, Optional

import typer

from fylink import __version__
from fylink.cli import doctor, log, setup
from fylink.cli.chinese import FylinkTyper
from fylink.cli.common import FylinkGroup, State

# The nouns, in the order `fylink --help` lists them: name -> (module, its Typer app).
# Each module is imported when its noun is used, so a command loads its own module and
# not all the others (every command start pays for what it imports).
NOUNS: dict[str, tuple[str, str]] = {
    "unit": ("fylink.cli.unit", "unit_app"),
    "person": ("fylink.cli.unit", "person_app"),
    "case": ("fylink.cli.case", "app"),
    "party": ("fylink.cli.party", "app"),
    "project": ("fylink.cli.project", "app"),
    "meeting": ("fylink.cli.meeting", "app"),
    "task": ("fylink.cli.task", "app"),
    "suggestion": ("fylink.cli.suggestion", "app"),
    "notice": ("fylink.cli.notice", "app"),
    "template": ("fylink.cli.template", "app"),
    "check": ("fylink.cli.check", "app"),
    "calendar": ("fylink.cli.calendar", "app"),
    "report": ("fylink.cli.report", "app"),
    "assess": ("fylink.cli.assess", "app"),
    "brief": ("fylink.cli.brief", "app"),
    "db": ("fylink.cli.db", "app"),
}


class RootGroup(FylinkGroup):
    """The top-level group: `init`, `demo` and `log` are built in, the nouns load on demand."""

    def list_commands(self, ctx: Any) -> list[str]:
        built_in = [name for name in self.commands if name not in NOUNS and name != "log"]
        return [*built_in, *NOUNS, "log"]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in self.commands and cmd_name in NOUNS:
            module, attribute = NOUNS[cmd_name]
            noun = getattr(importlib.import_module(module), attribute)
            command = typer.main.get_group(noun)
            command.name = cmd_name
            self.commands[cmd_name] = command
        return self.commands.get(cmd_name)


app = FylinkTyper(
    cls=RootGroup,
    help="fylink — 府院联动办公室的案件、会议、双清单与督办台账。",
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
doctor.register(app)
log.register(app)


def main() -> None:
    # fylink uses no pydantic plugins; looking for them reads the entry points of every
    # installed distribution, about 45 ms of each start.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    app(prog_name="fylink")
