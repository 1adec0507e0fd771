"""Bad input that once crashed (exit 1) or was silently cut is refused with its exit code,
and the database is left as it was (issue 20, "Bad input that still crashes")."""

import os
import sqlite3
import stat

import pytest

from helpers import db_dump

HUGE = "99999999999999999999"  # over 2⁶³


def _refused(cli, db_url, *args, code=3):
    before = db_dump(db_url)
    result = cli(*args)
    assert result.exit_code == code, (args, result.stdout, result.stderr)
    assert result.stderr.startswith("错误：") or code == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert db_dump(db_url) == before
    return result


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("unit", "show", HUGE), 4),
        (("task", "show", HUGE), 4),
        (("meeting", "show", HUGE), 3),
        (("notice", "show", HUGE), 3),
        (("suggestion", "show", HUGE), 4),
        (("task", "progress", HUGE, "已办"), 4),
        (("task", "show", "²"), 3),
    ],
)
def test_a_reference_over_two_to_the_63_is_not_found(cli, initialized, db_url, args, code):
    result = _refused(cli, db_url, *args, code=code)
    assert "内部错误" not in result.stderr


@pytest.mark.parametrize(
    "noun", ["case", "suggestion", "meeting", "notice", "report quarterly", "calendar"]
)
def test_a_year_out_of_range_is_a_usage_error(cli, initialized, db_url, noun):
    (*words,) = noun.split()
    command = [*words] if len(words) > 1 else [words[0], "list"]
    result = _refused(cli, db_url, *command, "--year", "-1", code=2)
    assert "--year" in result.stderr
    assert "1949" in result.stderr


def test_year_0001_is_refused_as_a_due_date(cli, initialized, db_url):
    result = _refused(cli, db_url, "task", "add", "清理欠薪", "-l", "县人社局", "-d", "0001-01-01")
    assert result.stderr == ("错误：完成时限“0001-01-01”超出可用范围：应在 1949 年至 2100 年之间\n")


@pytest.mark.parametrize("day", ["1948-12-31", "2101-01-01", "9999-12-31"])
def test_dates_outside_1949_to_2100_are_refused(cli, initialized, db_url, day):
    result = _refused(
        cli, db_url,
        "case", "add", "（2024）豫0591行初99号", "-c", "行政诉讼", "-u", "县人社局",
        "--filed", day,
    )  # fmt: skip
    assert "超出可用范围：应在 1949 年至 2100 年之间" in result.stderr


def test_a_relative_deadline_past_2100_is_refused(cli, initialized, db_url):
    result = _refused(cli, db_url, "task", "add", "长期事项", "-l", "县人社局", "-d", "99年")
    assert "超出可用范围" in result.stderr


def test_an_over_long_title_is_refused_with_its_limit(cli, initialized, db_url, tmp_path):
    result = _refused(
        cli, db_url, "task", "export", str(tmp_path / "t.docx"), "--title", "长" * 256
    )
    assert result.stderr == "错误：内容过长：--title 最多 255 个字符，收到 256 个\n"
    assert not (tmp_path / "t.docx").exists()


@pytest.mark.parametrize(
    ("args", "field", "limit"),
    [
        (("task", "progress", "{task}", "已召开专题会", "--by", "长" * 51), "记录人", 50),
        (("task", "signoff", "{task}", "--by", "长" * 51), "销号人", 50),
        (
            (
                "suggestion", "add", "示法建〔2025〕9号", "-u", "县人社局",
                "--received", "2025-05-06", "--issuer", "长" * 101,
            ),
            "发出机关",
            100,
        ),
        (
            ("meeting", "attend", "{meeting}", "-u", "县人社局", "--note", "长" * 101),
            "参会备注",
            100,
        ),
    ],
)  # fmt: skip
def test_no_field_is_cut_silently(cli, initialized, db_url, args, field, limit):
    added = cli("task", "add", "清理行政协议履约情况", "-l", "县人社局", "-d", "2025-08-31")
    assert added.exit_code == 0, added.stderr
    with _connect(db_url) as connection:
        task = connection.execute("SELECT max(id) FROM task").fetchone()[0]
    if args[0] == "task" and args[1] == "signoff":
        done = cli("task", "done", str(task))
        assert done.exit_code == 0, done.stderr
    if args[0] == "meeting":
        made = cli("meeting", "add", "-k", "联席会议", "--date", "2025-06-20", "-t", "议题")
        assert made.exit_code == 0, made.stderr
    with _connect(db_url) as connection:
        meeting = connection.execute("SELECT max(id) FROM meeting").fetchone()[0]
    argv = [a.replace("{task}", str(task)).replace("{meeting}", str(meeting)) for a in args]
    result = _refused(cli, db_url, *argv)
    assert f"{field} 最多 {limit} 个字符，收到 {limit + 1} 个" in result.stderr


def _connect(url):
    if url.startswith("sqlite"):
        return sqlite3.connect(url.removeprefix("sqlite:///"))
    import psycopg
    from sqlalchemy.engine import make_url

    return psycopg.connect(
        make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    )


@pytest.mark.parametrize(
    "args",
    [
        ("unit", "update", "县人社局", "--name", "县人力资源\x01和社会保障局"),
        ("unit", "add", "示范县\x0b教育局"),
        ("task", "add", "清理\x00欠薪", "-l", "县人社局", "-d", "2025-08-31"),
        ("unit", "add", "示范县\udcff教育局"),
    ],
)
def test_control_characters_in_names_are_refused(cli, initialized, db_url, args):
    result = _refused(cli, db_url, *args)
    assert "含有不可见的控制字符" in result.stderr or "无法识别的字符" in result.stderr


def test_control_characters_in_an_imported_sheet_are_refused(cli, initialized, db_url, tmp_path):
    """The importer writes in bulk, past the ORM's check: its rows are checked too, and
    the refusal names the column as the clerk knows it."""
    sheet = tmp_path / "cases.csv"
    sheet.write_text(
        "案号,类别,被申请人/被告,申请人/原告,立案日期,案情摘要\n"
        '示政复〔2025〕41号,行政复议,县人社局,李四,2025-05-20,"不服\x01工伤认定"\n',
        encoding="utf-8",
    )
    result = _refused(cli, db_url, "case", "import", str(sheet))
    assert result.stderr == "错误：案情摘要 含有不可见的控制字符（U+0001）：请删去后重试\n"


def test_a_unit_name_that_once_broke_report_xlsx_cannot_be_stored(cli, initialized, tmp_path):
    refused = cli("unit", "update", "县人社局", "--name", "县人社\x1b局")
    assert refused.exit_code == 3
    out = tmp_path / "report.xlsx"
    result = cli("report", "quarterly", "--year", "2025", "--quarter", "1", "--xlsx", str(out))
    assert result.exit_code == 0, result.stderr


# --- output paths ------------------------------------------------------------------------

EXPORTS = [
    ("case", "export", "{out}.xlsx"),
    ("unit", "export", "{out}.xlsx"),
    ("suggestion", "export", "{out}.csv"),
    ("task", "export", "{out}.xlsx"),
    ("task", "export", "{out}.docx"),
    ("report", "quarterly", "--year", "2025", "--quarter", "1", "--xlsx", "{out}.xlsx"),
    ("report", "quarterly", "--year", "2025", "--quarter", "1", "--docx", "{out}.docx"),
    ("db", "backup", "{out}.db"),
]


def _code(args):
    """Documents and reports refuse with the document code (8), exports and backups with
    the input code (3)."""
    return 8 if args[0] == "report" or args[-1].endswith(".docx") else 3


def _argv(args, out):
    return [a.replace("{out}", str(out)) for a in args]


@pytest.mark.parametrize("args", EXPORTS, ids=lambda a: " ".join(a[:2]) + " " + a[-1][-5:])
def test_an_over_long_output_path_is_refused(cli, demo_db, db_url, tmp_path, args):
    result = _refused(cli, db_url, *_argv(args, tmp_path / ("长" * 100)), code=_code(args))
    assert "过长" in result.stderr


@pytest.mark.parametrize("args", EXPORTS, ids=lambda a: " ".join(a[:2]) + " " + a[-1][-5:])
def test_an_output_into_a_missing_folder_is_refused(cli, demo_db, db_url, tmp_path, args):
    if args[:2] == ("db", "backup"):
        pytest.skip("db backup creates its folder")
    result = _refused(
        cli, db_url, *_argv(args, tmp_path / "nowhere" / "sub" / "out"), code=_code(args)
    )
    assert "不存在" in result.stderr


@pytest.mark.needs_permissions
@pytest.mark.parametrize("args", EXPORTS, ids=lambda a: " ".join(a[:2]) + " " + a[-1][-5:])
def test_a_read_only_output_folder_is_refused(cli, demo_db, db_url, tmp_path, args):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = _refused(cli, db_url, *_argv(args, folder / "out"), code=_code(args))
    finally:
        folder.chmod(0o700)
    assert "权限" in result.stderr
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("args", EXPORTS, ids=lambda a: " ".join(a[:2]) + " " + a[-1][-5:])
def test_a_pipe_or_device_is_never_written(cli, demo_db, db_url, tmp_path, args):
    """A FIFO stands in for /dev/null: fylink as root once replaced a device file."""
    target = _argv(args, tmp_path / "out")[-1]
    os.mkfifo(target)
    force = () if args[:2] == ("db", "backup") else ("--force",)
    result = _refused(cli, db_url, *_argv(args, tmp_path / "out"), *force, code=_code(args))
    assert "不是普通文件" in result.stderr
    assert stat.S_ISFIFO(os.lstat(target).st_mode)


@pytest.mark.parametrize("args", EXPORTS, ids=lambda a: " ".join(a[:2]) + " " + a[-1][-5:])
def test_an_existing_file_needs_force(cli, demo_db, db_url, tmp_path, args):
    target = _argv(args, tmp_path / "out")[-1]
    with open(target, "w") as existing:
        existing.write("keep")
    result = _refused(cli, db_url, *_argv(args, tmp_path / "out"), code=5)
    assert "已存在" in result.stderr
    with open(target) as kept:
        assert kept.read() == "keep"


def test_an_import_never_overwrites_an_existing_errors_file(cli, initialized, db_url, tmp_path):
    source = tmp_path / "cases.csv"
    source.write_text("案号,类别\n（2024）豫0591行初1号,不存在的类别\n", encoding="utf-8")
    errors = tmp_path / "errors.csv"
    errors.write_text("keep", encoding="utf-8")
    result = _refused(cli, db_url, "case", "import", str(source), "--errors", str(errors), code=5)
    assert result.stderr == f"错误：--errors 文件 {errors} 已存在：请另给一个文件名，不会覆盖\n"
    assert errors.read_text(encoding="utf-8") == "keep"
