"""Every command that only reads: which heavy modules it must not import (issue 21).

Each command runs in a fresh interpreter on the demo database; the test reads
``sys.modules`` once the command has finished. A command on the light read path reads
through fylink.tables on a bare Core connection: no ORM, no model classes. No read command
loads the document or spreadsheet libraries (they are for the commands that write files).
"""

import json
import subprocess
import sys

import pytest

#: The ORM and the model classes: what the light read path leaves out.
ORM = ("sqlmodel", "sqlalchemy.orm", "fylink.models")
#: Word, Excel and templates: only the commands that write such files need them.
DOCUMENTS = ("docx", "docxtpl", "openpyxl", "jinja2", "matplotlib", "alembic")
LIGHT = ORM + DOCUMENTS

# (arguments, modules it must not import, its exit code). The ones forbidden DOCUMENTS
# only still read through the ORM (issue 21 is open for them): move them to LIGHT as
# they are moved to fylink.tables.
READ_COMMANDS: list[tuple[tuple[str, ...], tuple[str, ...], int]] = [
    (("case", "list"), LIGHT, 0),
    (("case", "list", "--unit", "县人社局", "--json"), LIGHT, 0),
    (("report", "quarterly", "--json"), LIGHT, 0),
    (("party", "list"), LIGHT, 0),
    (("project", "list"), LIGHT, 0),
    (("report", "figure", "list"), LIGHT, 0),
    (("log",), LIGHT, 0),
    (("log", "--entity", "case", "--json"), LIGHT, 0),
    (("log", "--case", "{case_no}"), LIGHT, 0),
    (("unit", "list"), LIGHT, 0),
    (("unit", "list", "--all", "--json"), LIGHT, 0),
    (("case", "show", "{case_no}"), LIGHT, 0),
    (("case", "show", "{case_no}", "--json"), LIGHT, 0),
    (("task", "list"), LIGHT, 0),
    (("task", "list", "--unit", "县司法局", "--status", "逾期", "--json"), LIGHT, 0),
    (("task", "show", "2"), LIGHT, 0),
    (("task", "show", "#2", "--json"), LIGHT, 0),
    (("suggestion", "list"), LIGHT, 0),
    (("suggestion", "list", "--status", "逾期未反馈", "--unit", "县人社局"), LIGHT, 0),
    (("suggestion", "show", "{doc_no}"), LIGHT, 0),
    (("suggestion", "show", "{doc_no}", "--json"), LIGHT, 0),
    (("unit", "show", "县人社局"), LIGHT, 0),
    (("unit", "show", "县人社局", "--json"), LIGHT, 0),
    (("person", "list"), LIGHT, 0),
    (("person", "list", "--unit", "县司法局", "--all", "--json"), LIGHT, 0),
    (("meeting", "list"), LIGHT, 0),
    (("meeting", "list", "--kind", "协调会", "--json"), LIGHT, 0),
    (("meeting", "show", "1"), DOCUMENTS, 0),
    (("notice", "list"), DOCUMENTS, 0),
    (("notice", "show", "1"), DOCUMENTS, 0),
    (("calendar", "deadline", "2026-11-02", "15日"), LIGHT, 0),
    (("calendar", "status"), DOCUMENTS, 0),
    (("calendar", "list"), DOCUMENTS, 0),
    (("party", "show", "示范县恒信商贸有限公司"), DOCUMENTS, 0),
    (("check", "overdue", "--dry-run"), DOCUMENTS, 10),
    (("brief", "list"), DOCUMENTS, 0),
    (("assess", "records"), DOCUMENTS, 0),
]

_PROBE = """\
import json, sys
args = json.loads(sys.argv[1])
from fylink.cli.app import app
code = 0
try:
    app(args, prog_name="fylink")
except SystemExit as exit:
    code = exit.code or 0
print(json.dumps([code, sorted(sys.modules)]), file=sys.stderr)
"""


def loaded_modules(args: list[str]) -> tuple[int, list[str], str]:
    """Exit code, the modules loaded and the stderr of ``fylink ARGS`` in a new interpreter."""
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(args)],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = done.stderr.strip().splitlines()
    code, modules = json.loads(lines[-1])
    return code, modules, "\n".join(lines[:-1])


def heavy_among(modules: list[str], forbidden: tuple[str, ...]) -> list[str]:
    """The modules of ``forbidden`` (or inside one of them) that were loaded."""
    return [m for m in modules if any(m == f or m.startswith(f + ".") for f in forbidden)]


@pytest.fixture
def names(demo_db, cli) -> dict[str, str]:
    """A case number and a 司法建议 number of the demo office."""
    cases = json.loads(cli("case", "list", "--limit", "1", "--json").stdout)
    suggestions = json.loads(cli("suggestion", "list", "--limit", "1", "--json").stdout)
    return {"case_no": cases[0]["case_no"], "doc_no": suggestions[0]["doc_no"]}


@pytest.mark.parametrize(
    ("args", "forbidden", "exit_code"),
    READ_COMMANDS,
    ids=[" ".join(args) for args, _, _ in READ_COMMANDS],
)
def test_a_read_command_loads_nothing_it_does_not_need(names, args, forbidden, exit_code):
    argv = [a.format(**names) for a in args]
    code, modules, errors = loaded_modules(argv)
    assert (code, errors) == (exit_code, "")
    assert heavy_among(modules, forbidden) == []
    if forbidden == LIGHT:
        assert "fylink.tables" in modules


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (("case", "show", "（2020）豫0591行初9999号"), "案件 （2020）豫0591行初9999号 不存在"),
        (("unit", "show", "县人"), "单位“县人”不存在"),
        (("task", "show", "999"), "任务 999 不存在"),
        (("suggestion", "show", "示法建〔2030〕1号"), "建议 示法建〔2030〕1号 不存在"),
    ],
    ids=["case show unknown", "unit show unknown", "task show unknown", "suggestion show unknown"],
)
def test_a_read_command_refuses_on_the_light_path_too(demo_db, args, error):
    code, modules, errors = loaded_modules(list(args))
    assert code == 4
    assert errors.startswith(f"错误：{error}")
    assert heavy_among(modules, LIGHT) == []


def test_the_probe_sees_the_orm_where_a_command_uses_it(demo_db):
    # A write goes through the ORM session: the probe must see it load the models, or the
    # test above would pass whatever the commands import.
    code, modules, errors = loaded_modules(["unit", "update", "县人社局", "--region", "示范县"])
    assert (code, errors) == (0, "")
    assert set(heavy_among(modules, ORM)) >= {"fylink.models", "sqlalchemy.orm", "sqlmodel"}


# --- start-up shedding (issue 21, stop 25) ---------------------------------------------
# Typer 0.29 validates parameters with pydantic (typer._adapters), so pydantic itself
# still loads with every command; fylink's settings do not need it, and --json output and
# plain tables (NO_COLOR, a pipe) do not need Rich.

#: Read commands with --json: no Rich.
JSON_READS: list[tuple[str, ...]] = [
    ("unit", "list", "--json"),
    ("person", "list", "--json"),
    ("case", "list", "--json"),
    ("case", "show", "{case_no}", "--json"),
    ("task", "list", "--json"),
    ("task", "show", "2", "--json"),
    ("suggestion", "list", "--json"),
    ("meeting", "list", "--json"),
    ("party", "list", "--json"),
    ("project", "list", "--json"),
    ("report", "quarterly", "--json"),
    ("log", "--json"),
    ("calendar", "deadline", "2026-11-02", "15日", "--json"),
]
#: Plain tables (the probe's stdout is a pipe): no Rich either.
PLAIN_READS: list[tuple[str, ...]] = [
    ("unit", "list"),
    ("case", "list"),
    ("task", "list"),
    ("suggestion", "list"),
    ("meeting", "list"),
    ("log",),
    ("report", "quarterly"),
]


@pytest.mark.parametrize(
    "args", JSON_READS + PLAIN_READS, ids=[" ".join(a) for a in JSON_READS + PLAIN_READS]
)
def test_a_read_without_a_terminal_table_does_not_import_rich(names, args):
    code, modules, errors = loaded_modules([a.format(**names) for a in args])
    assert (code, errors) == (0, "")
    assert heavy_among(modules, ("rich",)) == []


def test_the_settings_are_read_without_pydantic(isolated_home):
    """fylink.config checks the config file in plain code: loading the settings (a file with
    a value in every kind of table) imports no pydantic."""
    isolated_home.mkdir(parents=True, exist_ok=True)
    (isolated_home / "config.toml").write_text(
        "[tasks]\ndue_soon_workdays = 5\n[escalation]\ntrack_replies_from = 2025-06-01\n"
        '[notify.wording]\n"催办" = "截至{date}，{count}项逾期"\n'
        '[bankruptcy.checklist_units]\n"社会稳定" = "县信访局"\n',
        encoding="utf-8",
    )
    probe = (
        "import sys\nfrom fylink.config import load_settings\n"
        "settings = load_settings()\n"
        "print(settings.tasks.due_soon_workdays, sorted(m for m in sys.modules "
        "if m.split('.')[0] in ('pydantic', 'pydantic_core')))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["5", "[]"]
