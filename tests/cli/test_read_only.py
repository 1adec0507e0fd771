"""A database the clerk may only read (a copy on a share, a backup, a 0444 file in a
read-only folder) serves every read command; write commands refuse it cleanly."""

import json
import shutil
import sqlite3

import pytest

#: Read commands, as argument lists; "{case}" is a case number of the demo, "{out}" a
#: writable folder for the files some of them write.
READ_COMMANDS = [
    ("case", "list"),
    ("case", "show", "{case}"),
    ("case", "export", "{out}/cases.csv"),
    ("unit", "list"),
    ("unit", "show", "1"),
    ("unit", "export", "{out}/units.csv"),
    ("person", "list"),
    ("meeting", "list"),
    ("meeting", "show", "1"),
    ("meeting", "minutes", "1", "--output", "{out}/minutes.docx"),
    ("task", "list"),
    ("task", "show", "1"),
    ("task", "export", "{out}/tasks.csv"),
    ("suggestion", "list"),
    ("suggestion", "show", "1"),
    ("suggestion", "export", "{out}/suggestions.csv"),
    ("notice", "list"),
    ("check", "overdue", "--dry-run"),
    ("calendar", "status"),
    ("calendar", "list"),
    ("calendar", "deadline", "2025-06-03", "15日"),
    ("report", "quarterly", "--year", "2025", "--quarter", "1"),
    ("report", "quarterly", "--year", "2025", "--quarter", "1", "--xlsx", "{out}/q1.xlsx"),
    ("report", "annual", "--year", "2024"),
    ("log",),
    ("log", "--verify"),
    ("db", "check"),
    ("db", "backup", "{out}/backup.db"),
]


@pytest.fixture
def read_only_copy(cli, demo_db, db_url, tmp_path):
    """The demo database as a 0444 file in a 0555 folder, and a case number in it."""
    case = json.loads(cli("case", "list", "--json", "--limit", "1").stdout)[0]["case_no"]
    folder = tmp_path / "share"
    folder.mkdir()
    source = db_url.removeprefix("sqlite:///")
    with sqlite3.connect(source) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = folder / "fylink.db"
    shutil.copyfile(source, copy)
    copy.chmod(0o444)
    folder.chmod(0o555)
    (tmp_path / "out").mkdir()
    yield copy, case
    folder.chmod(0o755)


@pytest.mark.needs_permissions
@pytest.mark.sqlite_only
@pytest.mark.parametrize("argv", READ_COMMANDS, ids=" ".join)
def test_read_command_on_read_only_file(cli, read_only_copy, tmp_path, argv):
    copy, case = read_only_copy
    before = copy.read_bytes()
    args = [a.format(case=case, out=tmp_path / "out") for a in argv]
    result = cli("--db", str(copy), *args)
    assert result.exit_code in (0, 10), result.stdout + result.stderr  # 10: overdue items
    assert "只读" not in result.stderr
    assert copy.read_bytes() == before
    assert sorted(p.name for p in copy.parent.iterdir()) == ["fylink.db"]


@pytest.mark.needs_permissions
@pytest.mark.sqlite_only
def test_read_only_file_with_its_wal_index_beside_it(cli, demo_db, db_url, tmp_path):
    """A read-only file whose -shm and -wal are there (copied with it) reads through them."""
    folder = tmp_path / "share"
    folder.mkdir()
    source = db_url.removeprefix("sqlite:///")
    holder = sqlite3.connect(source)  # keeps -wal and -shm in place while copying
    holder.execute("SELECT count(*) FROM cases").fetchone()
    for suffix in ("", "-wal", "-shm"):
        if (tmp_path / f"fylink.db{suffix}").exists():
            shutil.copyfile(source + suffix, folder / f"fylink.db{suffix}")
    holder.close()
    for path in folder.iterdir():
        path.chmod(0o444)
    result = cli("--db", str(folder / "fylink.db"), "case", "list", "--limit", "3")
    assert result.exit_code == 0, result.stderr


@pytest.mark.needs_permissions
@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    "argv",
    [
        ("unit", "add", "示范县教育局"),
        ("case", "event", "{case}", "--kind", "开庭", "--on", "2025-06-01"),
        ("demo",),
    ],
    ids=" ".join,
)
def test_write_command_on_read_only_file_is_refused(cli, read_only_copy, argv):
    copy, case = read_only_copy
    before = copy.read_bytes()
    result = cli("--db", str(copy), *(a.format(case=case) for a in argv))
    assert result.exit_code == 6, result.stdout + result.stderr
    assert result.stderr.strip().startswith("错误：数据库文件只读"), result.stderr
    assert result.stderr.count("\n") == 1
    assert copy.read_bytes() == before
    assert sorted(p.name for p in copy.parent.iterdir()) == ["fylink.db"]
