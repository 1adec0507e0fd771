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
    (("calendar", "deadline", "2026-11-02", "15日"), LIGHT, 0),
    (("calendar", "status"), DOCUMENTS, 0),
    (("calendar", "list"), DOCUMENTS, 0),
    (("party", "show", "示范县恒信商贸有限公司"), DOCUMENTS, 0),
    (("check", "overdue", "--dry-run"), DOCUMENTS, 10),
    (("assess", "records"), DOCUMENTS, 0),
    # notices, meetings, tasks by meeting, 双清单 and 工作简报 (services/reads_meetings.py)
    (("notice", "list"), LIGHT, 0),
    (("notice", "list", "--stage", "督办", "--unit", "县人社局", "--json"), LIGHT, 0),
    (("notice", "show", "1"), LIGHT, 0),
    (("notice", "show", "〔2025〕1号", "--json"), LIGHT, 0),
    (("notice", "replies", "--year", "2025"), LIGHT, 0),
    (("notice", "replies", "--year", "2025", "--quarter", "2", "--json"), LIGHT, 0),
    (("meeting", "show", "1"), LIGHT, 0),
    (("meeting", "show", "联席会议2025-3", "--json"), LIGHT, 0),
    (("task", "list", "--meeting", "1"), LIGHT, 0),
    (("task", "list", "--meeting", "2025-3", "--status", "逾期", "--json"), LIGHT, 0),
    (("task", "lists"), LIGHT, 0),
    (("task", "lists", "--json"), LIGHT, 0),
    (("brief", "list"), LIGHT, 0),
    (("brief", "list", "--year", "2025", "--kind", "专刊", "--json"), LIGHT, 0),
    (("brief", "stats"), LIGHT, 0),
    (("brief", "stats", "--year", "2025", "--json"), LIGHT, 0),
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
        (("notice", "show", "999"), "通知 999 不存在"),
        (("notice", "show", "2030-9"), "督办〔2030〕9号不存在"),
        (("meeting", "show", "999"), "会议 999 不存在"),
        (("meeting", "show", "2026-9"), "2026年第9期会议不存在"),
        (("task", "list", "--meeting", "999"), "会议 999 不存在"),
        (("brief", "show"), "还没有工作简报：先用 fylink brief new 新建一期"),
        (("notice", "list", "--unit", "县人"), "单位“县人”不存在"),
    ],
    ids=[
        "case show unknown",
        "unit show unknown",
        "task show unknown",
        "suggestion show unknown",
        "notice show unknown",
        "notice show unknown number",
        "meeting show unknown",
        "meeting show unknown issue",
        "task list unknown meeting",
        "brief show none",
        "notice list unknown unit",
    ],
)
def test_a_read_command_refuses_on_the_light_path_too(demo_db, args, error):
    code, modules, errors = loaded_modules(list(args))
    assert code == 4
    assert errors.startswith(f"错误：{error}")
    assert heavy_among(modules, LIGHT) == []


def test_brief_show_reads_on_the_light_path(demo_db, cli):
    # The demo office has no 工作简报: make an issue with an item and a pending submission.
    for args in (
        ("brief", "new", "--date", "2025-06-09"),
        ("brief", "submit", "--unit", "县住建局", "--kind", "工作动态", "开展征收补偿争议排查"),
        ("brief", "submit", "--unit", "县人社局", "--kind", "经验做法", "建立劳动争议联调机制"),
        ("brief", "item", "add", "--submission", "1"),
    ):
        assert cli(*args).exit_code == 0
    for args in (["brief", "show"], ["brief", "show", "2025-1", "--json"]):
        code, modules, errors = loaded_modules(args)
        assert (code, errors) == (0, "")
        assert heavy_among(modules, LIGHT) == []
    code, modules, errors = loaded_modules(["brief", "show", "2025-9"])
    assert (code, errors) == (4, "错误：没有工作简报2025年第9期")
    assert heavy_among(modules, LIGHT) == []


def test_the_probe_sees_the_orm_where_a_command_uses_it(demo_db):
    # A write goes through the ORM session: the probe must see it load the models, or the
    # test above would pass whatever the commands import.
    code, modules, errors = loaded_modules(["unit", "update", "县人社局", "--region", "示范县"])
    assert (code, errors) == (0, "")
    assert set(heavy_among(modules, ORM)) >= {"fylink.models", "sqlalchemy.orm", "sqlmodel"}
