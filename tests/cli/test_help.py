"""The command tree: every command has Chinese help, and --help stays light."""

import json
import subprocess
import sys

import pytest
import typer

from fylink.cli.app import app

HEAVY = ("sqlmodel", "sqlalchemy", "docx", "docxtpl", "openpyxl", "jinja2", "alembic", "matplotlib")


def _walk(command, path=()):
    yield path, command
    if hasattr(command, "list_commands"):
        # Through list_commands/get_command: the root loads its nouns on demand.
        for name in command.list_commands(None):
            yield from _walk(command.get_command(None, name), (*path, name))


def test_the_walk_sees_every_noun():
    names = {path[0] for path, _ in _walk(typer.main.get_command(app)) if len(path) == 2}
    assert {"case", "check", "report", "task", "unit", "db"} <= names


def test_every_command_has_chinese_help():
    root = typer.main.get_command(app)
    missing = []
    for path, command in _walk(root):
        text = command.help or command.short_help or ""
        if not any("\u4e00" <= ch <= "\u9fff" for ch in text):
            missing.append(" ".join(path) or "fylink")
    assert missing == []


def test_every_option_has_help():
    root = typer.main.get_command(app)
    missing = []
    for path, command in _walk(root):
        for param in command.params:
            if param.param_type_name == "option" and not getattr(param, "help", None):
                missing.append(f"{' '.join(path)} {param.name}")
    assert missing == []


def test_help_does_not_import_heavy_libraries():
    code = (
        "import sys, json\n"
        "from fylink.cli.app import app\n"
        "try:\n"
        "    app(['--help'], prog_name='fylink')\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(json.dumps(sorted(m for m in sys.modules)), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "府院联动" in done.stdout
    loaded = json.loads(done.stderr.strip().splitlines()[-1])
    heavy = [m for m in loaded if m.split(".")[0] in HEAVY]
    assert heavy == []


def test_python_dash_m_runs(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "fylink", "--version"], capture_output=True, text=True, check=True
    )
    assert done.stdout.startswith("fylink ")


def _modules_after(args: list[str]) -> list[str]:
    """The modules loaded by a successful command, run in a fresh interpreter."""
    code = (
        "import sys, json\n"
        "from fylink.cli.app import app\n"
        "try:\n"
        f"    app({args!r}, prog_name='fylink')\n"
        "except SystemExit as exit:\n"
        "    code = exit.code\n"
        "print(json.dumps([code, sorted(m for m in sys.modules)]), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    exit_code, modules = json.loads(done.stderr.strip().splitlines()[-1])
    assert exit_code in (0, None), done.stderr
    return modules


def test_a_command_loads_only_its_own_noun(initialized):
    loaded = _modules_after(["case", "list"])
    assert "fylink.cli.case" in loaded
    cli_modules = {m for m in loaded if m.startswith("fylink.cli.") and m.count(".") == 2}
    assert cli_modules == {
        "fylink.cli.app",
        "fylink.cli.case",
        "fylink.cli.common",
        "fylink.cli.doctor",
        "fylink.cli.log",
        "fylink.cli.setup",
        "fylink.cli.transfer",
    }


@pytest.mark.parametrize(
    "args",
    [
        ["report", "quarterly", "--json"],
        ["report", "annual", "--unit", "县财政局", "--json"],
        ["case", "list", "--unit", "县财政局", "--year", "2025"],
    ],
)
def test_reading_commands_work_without_the_orm(initialized, args):
    loaded = _modules_after(args)
    assert "fylink.tables" in loaded
    orm = [
        m for m in loaded if m in ("fylink.models", "sqlalchemy.orm") or m.startswith("sqlmodel")
    ]
    assert orm == []


def test_a_mistyped_noun_gets_a_suggestion(cli):
    result = cli("cas", "list")
    assert result.exit_code == 2
    assert "Did you mean 'case'?" in result.stderr
