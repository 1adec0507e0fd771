"""Every command that only reads: which heavy modules it must not import (issue 21).

Each command runs in a fresh interpreter on the demo database; the test reads
``sys.modules`` once the command has finished. A command on the light read path reads
through fylink.tables on a bare Core connection: no ORM, no model classes. No read command
loads the document or spreadsheet libraries (they are for the commands that write files).
"""

import json
import re
import subprocess
import sys

import pytest

#: The ORM and the model classes: what the light read path leaves out.
ORM = ("sqlmodel", "sqlalchemy.orm", "fylink.models")
#: Word, Excel and templates: only the commands that write such files need them.
DOCUMENTS = ("docx", "docxtpl", "openpyxl", "jinja2", "matplotlib", "alembic")
LIGHT = ORM + DOCUMENTS
#: A command that opens no database loads not even the Core tables.
NO_DATABASE = (*LIGHT, "fylink.tables")

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
    (("calendar", "status"), LIGHT, 0),
    (("calendar", "list"), LIGHT, 0),
    (("party", "show", "示范县恒信商贸有限公司"), LIGHT, 0),
    (("check", "overdue", "--dry-run"), DOCUMENTS, 10),
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
    (("assess", "records"), LIGHT, 0),
    # light4: the registers, 考核 and the published reports (issue 21); with their
    # records in the demo office: FILLED_COMMANDS below.
    (("calendar", "status", "--json"), LIGHT, 0),
    (("calendar", "list", "--year", "2025", "--json"), LIGHT, 0),
    (("calendar", "deadline", "2025-09-26", "10个工作日", "--json"), LIGHT, 0),
    (("party", "show", "示范县恒信商贸有限公司", "--json"), LIGHT, 0),
    (("party", "show", "91410594MA04K7Q47N", "--limit", "5"), LIGHT, 0),
    (("assess", "records", "--json"), LIGHT, 0),
    (("assess", "appeals", "--year", "2024"), LIGHT, 0),
    (("assess", "--year", "2024", "--rules", "{rules}"), LIGHT, 0),
    (("assess", "--year", "2024", "--rules", "{rules}", "--unit", "县财政局", "--json"), LIGHT, 0),
    (("assess", "rules", "check", "{rules}"), LIGHT, 0),
    (("report", "annual", "--year", "2024"), LIGHT, 0),
    (("report", "period", "--year", "2024", "--half", "2", "--json"), LIGHT, 0),
    (("report", "returns"), LIGHT, 0),
    (("report", "returns", "--year", "2025", "--quarter", "1", "--json"), LIGHT, 0),
    (("report", "figure", "list", "--year", "2025"), LIGHT, 0),
    (("case", "unperformed"), LIGHT, 0),
    (("case", "unperformed", "--json"), LIGHT, 0),
    (("case", "unpaid"), LIGHT, 0),
    (("case", "unpaid", "--json"), LIGHT, 0),
    # Opens no database at all: not even the tables.
    (("db", "path"), NO_DATABASE, 0),
    (("db", "roles"), NO_DATABASE, 0),
    # Still through the ORM (issue 21 open for them; see benchmarks/README.md, stop 25):
    # `doctor` checks the document toolchain itself (python-docx, matplotlib's fonts);
    # `case list --due-within` shares case_deadlines.open_deadlines with `check overdue`;
    # `log --verify` and `db check` check the journal through the session.
    (("doctor",), ORM, 0),
    (("case", "list", "--due-within", "30"), DOCUMENTS, 0),
    (("log", "--verify"), DOCUMENTS, 0),
    (("db", "check"), DOCUMENTS[:-1], 0),
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
def names(demo_db, cli, tmp_path) -> dict[str, str]:
    """A case number and a 司法建议 number of the demo office; a 考核细则 file."""
    cases = json.loads(cli("case", "list", "--limit", "1", "--json").stdout)
    suggestions = json.loads(cli("suggestion", "list", "--limit", "1", "--json").stdout)
    rules = tmp_path / "考核细则.toml"
    assert cli("assess", "rules", "export", str(rules)).exit_code == 0
    return {"case_no": cases[0]["case_no"], "doc_no": suggestions[0]["doc_no"], "rules": str(rules)}


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
        # light4
        (("party", "show", "王无名"), "当事人“王无名”不存在"),
        (("project", "show", "无此项目"), "项目“无此项目”不存在"),
        (("assess", "show", "--year", "2023"), "2023年度考核结果尚未发布"),
        (("assess", "diff", "--year", "2023"), "2023年度考核结果尚未发布"),
        (("assess", "records", "--unit", "住建"), "单位“住建”不存在，是否指：县住建局"),
        (("report", "show", "--year", "2024", "--quarter", "4"), "2024年第四季度报告尚未发布"),
        (("report", "diff", "--year", "2024", "--half", "1"), "2024年上半年报告尚未发布"),
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
        "party show unknown",
        "project show unknown",
        "assess show unpublished",
        "assess diff unpublished",
        "assess records unknown unit",
        "report show unpublished",
        "report diff unpublished",
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


# --- light4: the commands that read records the demo office lacks (issue 21) ---------------

#: Read commands run on the demo office once it has an office calendar day, two projects,
#: 考核 records, an appeal decided, a published 考核 result and two published reports, and a
#: case filed since (so the diffs have something to tell).
FILLED_COMMANDS: list[tuple[tuple[str, ...], tuple[str, ...], int]] = [
    (("calendar", "list"), LIGHT, 0),
    (("calendar", "list", "--year", "2029", "--json"), LIGHT, 0),
    (("calendar", "status"), LIGHT, 0),
    (("project", "show", "锦绣家园小区"), LIGHT, 0),
    (("project", "show", "锦绣", "--json"), LIGHT, 0),
    (("assess", "records", "--year", "2024", "--unit", "县住建局"), LIGHT, 0),
    (("assess", "records", "--line", "7.1", "--json"), LIGHT, 0),
    (("assess", "appeals", "--year", "2024", "--json"), LIGHT, 0),
    (("assess", "show", "--year", "2024"), LIGHT, 0),
    (("assess", "show", "--year", "2024", "--unit", "县财政局", "--json"), LIGHT, 0),
    (("assess", "diff", "--year", "2024"), LIGHT, 0),
    (("assess", "diff", "--year", "2024", "--json"), LIGHT, 0),
    (("report", "show", "--year", "2025", "--quarter", "1"), LIGHT, 0),
    (("report", "show", "--year", "2024", "--half", "2", "--json"), LIGHT, 0),
    (("report", "diff", "--year", "2025", "--quarter", "1"), LIGHT, 0),
    (("report", "diff", "--year", "2024", "--half", "2", "--json"), LIGHT, 0),
    (("brief", "show"), LIGHT, 0),
]


def _fill(cli, names: dict[str, str]) -> None:
    rules = names["rules"]
    steps = [
        ("brief", "new"),
        ("calendar", "add-holiday", "2029-01-01", "--note", "元旦"),
        ("project", "add", "锦绣家园小区", "--kind", "问题楼盘", "--unit", "县住建局"),
        ("project", "link", "锦绣家园小区", names["case_no"]),
        (
            "assess",
            "record",
            "县住建局",
            "--line",
            "6.1",
            "--on",
            "2024-07-01",
            "--basis",
            "省台曝光〔2024〕1号",
            "--level",
            "省",
            "--rules",
            rules,
        ),
        (
            "assess",
            "record",
            "县财政局",
            "--line",
            "7.1",
            "--on",
            "2024-12-20",
            "--basis",
            "市考核办〔2024〕9号",
            "--points",
            "1.5",
            "--rules",
            rules,
        ),
        (
            "assess",
            "appeal",
            "县财政局",
            "--line",
            "7.1",
            "--reason",
            "系误记",
            "--year",
            "2024",
            "--rules",
            rules,
        ),
        ("assess", "decide", "1", "--decision", "部分采纳", "--points", "0.5"),
        ("assess", "publish", "--year", "2024", "--rules", rules),
        ("report", "publish", "--year", "2025", "--quarter", "1"),
        ("report", "publish", "--year", "2024", "--half", "2"),
        (
            "case",
            "add",
            "（2025）豫0591行初300号",
            "--category",
            "行政诉讼",
            "--unit",
            "县人社局",
            "--filed",
            "2025-02-15",
        ),
        (
            "assess",
            "record",
            "县住建局",
            "--line",
            "6.1",
            "--on",
            "2024-08-01",
            "--basis",
            "省台曝光〔2024〕2号",
            "--level",
            "省",
            "--rules",
            rules,
        ),
    ]
    for step in steps:
        done = cli(*step)
        assert done.exit_code == 0, (step, done.stderr)


def test_the_registers_and_the_published_results_read_on_the_light_path(names, cli):
    _fill(cli, names)
    seen = []
    for args, forbidden, _ in FILLED_COMMANDS:
        code, modules, errors = loaded_modules(list(args))
        tables = "fylink.tables" in modules or forbidden != LIGHT
        seen.append((args, code, errors, heavy_among(modules, forbidden), tables))
    assert seen == [(args, code, "", [], True) for args, _, code in FILLED_COMMANDS]
    # What the probe read is what there is to read (not an empty register).
    shown = loaded_output(["report", "diff", "--year", "2025", "--quarter", "1"])
    assert re.search(r"^县人社局 +行政诉讼发案量 +\d+ +\d+$", shown, re.MULTILINE), shown
    assert "条目 6.1：" in loaded_output(["assess", "diff", "--year", "2024"])


def loaded_output(args: list[str]) -> str:
    """What ``fylink ARGS`` prints, run as the probe runs it."""
    done = subprocess.run(
        [sys.executable, "-m", "fylink", *args], capture_output=True, text=True, check=True
    )
    return done.stdout


# --- every command is classified: a new read command cannot miss READ_COMMANDS --------------

#: Every command of the CLI: "read" (reads the database or a file and prints; must have an
#: entry above), "write" (changes the database: through the ORM session and the journal)
#: or "file" (writes a Word/Excel/zip file, or checks a document: needs those libraries).
COMMANDS: dict[str, str] = {
    "init": "write", "demo": "write", "doctor": "read", "undo": "write", "log": "read",
    "unit add": "write", "unit list": "read", "unit show": "read", "unit update": "write",
    "unit import": "write", "unit export": "file", "unit remove": "write",
    "unit merge": "write",
    "person add": "write", "person list": "read", "person update": "write",
    "person remove": "write",
    "case add": "write", "case list": "read", "case show": "read", "case update": "write",
    "case close": "write", "case reopen": "write", "case event": "write",
    "case import": "write", "case export": "file", "case remove": "write",
    "case event-update": "write", "case event-remove": "write", "case perform": "write",
    "case unperformed": "read", "case unpaid": "read",
    # `case bankruptcy` without options shows the record (through the ORM session).
    "case bankruptcy": "write",
    "party list": "read", "party show": "read", "party update": "write",
    "party merge": "write", "party watch": "write", "party checklist": "write",
    "project add": "write", "project update": "write", "project link": "write",
    "project list": "read", "project show": "read",
    "meeting add": "write", "meeting attend": "write", "meeting decide": "write",
    "meeting list": "read", "meeting show": "read", "meeting minutes": "file",
    "meeting remove": "write", "meeting update": "write", "meeting unattend": "write",
    "task add": "write", "task list": "read", "task show": "read", "task progress": "write",
    "task done": "write", "task signoff": "write", "task reopen": "write",
    "task import": "write", "task approve": "write", "task export": "file",
    "task remove": "write", "task update": "write", "task lists": "read",
    "task close": "write",
    "suggestion add": "write", "suggestion list": "read", "suggestion show": "read",
    "suggestion reply": "write", "suggestion verify": "write", "suggestion export": "file",
    "suggestion update": "write", "suggestion remove": "write",
    "notice list": "read", "notice show": "read", "notice letter": "file",
    "notice reply": "write", "notice attachment": "file", "notice send": "write",
    "notice joint": "write", "notice replies": "read", "notice bulletin": "file",
    "notice digest": "write",
    "template export": "file", "template check": "file",
    # `check overdue` issues 督办 unless --dry-run.
    "check overdue": "write",
    "calendar deadline": "read", "calendar status": "read", "calendar add-holiday": "write",
    "calendar add-workday": "write", "calendar remove": "write", "calendar list": "read",
    "calendar refresh": "write",
    "report quarterly": "read", "report annual": "read", "report period": "read",
    "report publish": "write", "report show": "read", "report diff": "read",
    "report submit": "file", "report collect": "write", "report review": "write",
    "report returns": "read", "report national": "file", "report figure set": "write",
    "report figure list": "read", "report figure remove": "write",
    "assess": "read", "assess record": "write", "assess records": "read",
    "assess correct": "write", "assess remove": "write", "assess draft": "file",
    "assess appeal": "write", "assess appeals": "read", "assess decide": "write",
    "assess publish": "write", "assess show": "read", "assess diff": "read",
    "assess rules export": "file", "assess rules check": "read",
    "brief new": "write", "brief submit": "write", "brief list": "read", "brief show": "read",
    "brief render": "file", "brief stats": "read", "brief item add": "write",
    "db path": "read", "db upgrade": "write", "db check": "read", "db backup": "file",
    "db roles": "read", "db copy": "write",
}  # fmt: skip


def _command_tree() -> list[str]:
    """Every command of ``fylink``, as typed ("case list"); a group that runs without a
    sub-command ("assess") counts as one too."""
    import typer

    from fylink.cli.app import app

    found = []

    def walk(group, prefix: tuple[str, ...], ctx) -> None:
        for name in group.list_commands(ctx):
            command = group.get_command(ctx, name)
            if hasattr(command, "list_commands"):
                if command.invoke_without_command:
                    found.append(" ".join((*prefix, name)))
                walk(command, (*prefix, name), typer.Context(command, parent=ctx))
            else:
                found.append(" ".join((*prefix, name)))

    root = typer.main.get_command(app)
    walk(root, (), typer.Context(root))
    return found


def _command_of(args: tuple[str, ...], known: set[str]) -> str:
    """The command ``fylink ARGS`` runs: the longest run of leading words that names one."""
    for n in range(len(args), 0, -1):
        if " ".join(args[:n]) in known:
            return " ".join(args[:n])
    raise AssertionError(f"no command in {args}")


def test_every_command_is_classified_and_every_read_command_is_probed():
    tree = _command_tree()
    assert sorted(tree) == sorted(COMMANDS), "classify the new command in COMMANDS"
    assert set(COMMANDS.values()) == {"read", "write", "file"}
    probed = {_command_of(args, set(tree)) for args, _, _ in READ_COMMANDS + FILLED_COMMANDS}
    unprobed = sorted(c for c, kind in COMMANDS.items() if kind == "read" and c not in probed)
    assert unprobed == [], "add these read commands to READ_COMMANDS"


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
