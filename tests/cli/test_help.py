"""The command tree: every command has Chinese help, and --help stays light."""

import json
import subprocess
import sys

import typer

from fylink.cli.app import app

HEAVY = ("sqlmodel", "sqlalchemy", "docx", "docxtpl", "openpyxl", "jinja2", "alembic", "matplotlib")


def _walk(command, path=()):
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from _walk(sub, (*path, name))


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
