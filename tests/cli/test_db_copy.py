"""`fylink db copy SRC DST`: a whole office between databases and engines (issue 21)."""

from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from fylink import tables
from fylink.services.copying import copy_order


def _rows(url: str) -> dict[str, list[tuple]]:
    """Every row of every table, as SQLAlchemy reads it (JSON parsed, times as instants)."""
    from datetime import UTC, datetime

    def instant(value):
        if isinstance(value, datetime) and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value

    engine = create_engine(url)
    out = {}
    with engine.connect() as connection:
        for table in copy_order():
            order = list(table.primary_key.columns)
            out[table.name] = [
                tuple(instant(v) for v in row)
                for row in connection.execute(select(table).order_by(*order))
            ]
    engine.dispose()
    return out


def _demo_file(cli, tmp_path: Path) -> Path:
    source = tmp_path / "office.db"
    result = cli("--db", str(source), "demo")
    assert result.exit_code == 0, result.output
    return source


def _ok(result) -> str:
    assert result.exit_code == 0, result.output
    return result.stdout


def test_sqlite_to_a_new_file(cli, tmp_path):
    source = _demo_file(cli, tmp_path)
    target = tmp_path / "备份" / "copy.db"  # the folder is made, as for a backup
    result = cli("db", "copy", str(source), str(target))
    out = _ok(result)
    assert result.stderr == ""  # no progress bar off a terminal
    before = _rows(f"sqlite:///{source}")
    after = _rows(f"sqlite:///{target}")
    assert after == before
    total = sum(len(rows) for rows in before.values())
    lines = out.splitlines()
    assert lines[0] == (
        f"已复制：{source} → {target}，共 {total} 条记录（{len(before)} 张表；"
        f"案件 {len(before['cases'])} 件，变更日志 {len(before['journal'])} 条）"
    )
    assert lines[1].startswith(
        f"变更日志最新记录与源数据库一致：第 {len(before['journal'])} 条，哈希 "
    )
    assert lines[2] == f"核验副本：fylink --db {target} log --verify"
    verified = _ok(cli("--db", str(target), "log", "--verify"))
    assert verified.startswith(f"变更日志完好：共核验 {len(before['journal'])} 条记录")
    assert oct(target.stat().st_mode & 0o777) == "0o600"


def test_refuses_a_target_with_records_and_changes_nothing(cli, tmp_path):
    source = _demo_file(cli, tmp_path)
    target = tmp_path / "other.db"
    _ok(cli("--db", str(target), "init", "--office", "示范县府院联动办公室", "--region", "示范县"))
    before = _rows(f"sqlite:///{target}")
    result = cli("db", "copy", str(source), str(target))
    assert result.exit_code == 5
    assert result.stderr == (
        f"错误：目标数据库 {target} 已有数据：只能复制到空数据库，"
        "请新建一个数据库再复制（不会覆盖已有数据）\n"
    )
    assert result.stdout == ""
    assert _rows(f"sqlite:///{target}") == before


def test_refuses_the_source_itself(cli, tmp_path):
    source = _demo_file(cli, tmp_path)
    result = cli("db", "copy", str(source), str(source))
    assert result.exit_code == 5
    assert result.stderr == "错误：源数据库与目标数据库相同：请给出另一个数据库\n"


def test_a_missing_source_creates_nothing(cli, tmp_path):
    target = tmp_path / "copy.db"
    result = cli("db", "copy", str(tmp_path / "none.db"), str(target))
    assert result.exit_code == 6
    assert result.stderr.startswith(f"错误：数据库文件 {tmp_path / 'none.db'} 不存在")
    assert not target.exists()


@pytest.mark.postgres
def test_sqlite_to_postgres_and_back(cli, tmp_path, pg_server):
    """The office moves to PostgreSQL, works there, and comes back as a file: every row,
    the chain intact on each side, the sequences past the copied ids."""
    source = _demo_file(cli, tmp_path)
    name = pg_server.create(template=None)  # a new, empty database: no schema yet
    try:
        pg = pg_server.url(name)
        _ok(cli("db", "copy", str(source), pg))
        original = _rows(f"sqlite:///{source}")
        assert _rows(pg) == original
        journal_rows = len(original["journal"])
        assert _ok(cli("--db", pg, "log", "--verify")).startswith(
            f"变更日志完好：共核验 {journal_rows} 条记录"
        )
        assert "未通过" not in _ok(cli("--db", pg, "db", "check"))
        # the sequences continue after the copied ids
        added = cli(
            "--db", pg, "case", "add", "（2025）豫0591行初901号", "-c", "行政诉讼",
            "-u", "县自然资源局", "--filed", "2025-06-20", "-p", "王建国",
        )  # fmt: skip
        assert added.exit_code == 0, added.output
        after = _rows(pg)
        assert max(r[0] for r in after["cases"]) == max(r[0] for r in original["cases"]) + 1
        assert len(after["journal"]) > journal_rows
        # …and back into a file a clerk can open
        back = tmp_path / "back.db"
        _ok(cli("db", "copy", pg, str(back)))
        assert _rows(f"sqlite:///{back}") == after
        assert _ok(cli("--db", str(back), "log", "--verify")).startswith(
            f"变更日志完好：共核验 {len(after['journal'])} 条记录"
        )
        # a PostgreSQL target with records is refused too
        again = cli("db", "copy", str(source), pg)
        assert again.exit_code == 5
        assert "已有数据" in again.stderr
        assert _rows(pg) == after
    finally:
        pg_server.drop(name)


def test_copy_order_puts_every_table_after_what_it_references():
    order = [t.name for t in copy_order()]
    assert "writer_lock" not in order  # the migrations store its one row
    assert order.index("journal_anchor") > order.index("journal")
    seen: set[str] = set()
    for table in copy_order():
        for key in table.foreign_keys:
            assert key.column.table.name in seen, (table.name, key.column.table.name)
        seen.add(table.name)
    assert seen == {t.name for t in tables.metadata.sorted_tables} - {"writer_lock"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["", "x.db"], "错误：源数据库不能为空：请给出 SQLite 文件路径或 PostgreSQL 地址\n"),
        (["a.db", "b\x00.db"], "错误：目标数据库含有空字符：请检查输入\n"),
    ],
)
def test_refuses_an_empty_or_unprintable_location(cli, tmp_path, args, message):
    result = cli("db", "copy", *args)
    assert result.exit_code == 3
    assert result.stderr == message


# --- issue 21 (stop 25): the journal's trigger off for the copy, the chain checked by the copy


def _trigger_state(url: str) -> str:
    from sqlalchemy import text

    engine = create_engine(url)
    with engine.connect() as connection:
        state = connection.execute(
            text("SELECT tgenabled FROM pg_trigger WHERE tgname = 'fylink_journal_check'")
        ).scalar_one()
    engine.dispose()
    return str(state)


@pytest.mark.postgres
def test_into_postgres_the_trigger_is_on_again_and_refuses_a_forged_row(cli, tmp_path, pg_server):
    """The copy switches the journal's row check off for its own transaction only: after
    it, the trigger is enabled ('O') and refuses a row that does not link to the head."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    source = _demo_file(cli, tmp_path)
    name = pg_server.create(template=None)
    try:
        pg = pg_server.url(name)
        _ok(cli("db", "copy", str(source), pg))
        assert _trigger_state(pg) == "O"
        engine = create_engine(pg)
        forged = text(
            "INSERT INTO journal (id, at, actor, command, action, entity, "
            "prev_hash, hash) VALUES ((SELECT max(id) + 1 FROM journal), now(), "
            "'x', 'x', 'insert', 'case', :zero, :zero)"
        )
        with (
            pytest.raises(DBAPIError, match="does not link to the head"),
            engine.begin() as connection,
        ):
            connection.execute(forged, {"zero": "0" * 64})
        engine.dispose()
    finally:
        pg_server.drop(name)


def _tamper(source: Path, sql: str) -> None:
    import sqlite3

    connection = sqlite3.connect(source)
    with connection:
        connection.execute(sql)
    connection.close()


@pytest.mark.parametrize(
    ("sql", "row"),
    [
        # a row's content changed: its hash is no longer its own
        ("UPDATE journal SET actor = '篡改者' WHERE id = 40", 40),
        # a row taken out: the next one links to a row that is not there
        ("DELETE FROM journal WHERE id = 25", 26),
    ],
)
@pytest.mark.postgres
def test_into_postgres_a_broken_chain_is_refused_and_nothing_written(
    cli, tmp_path, pg_server, sql, row
):
    source = _demo_file(cli, tmp_path)
    _tamper(source, sql)
    name = pg_server.create(template=None)
    try:
        pg = pg_server.url(name)
        result = cli("db", "copy", str(source), pg)
        assert result.exit_code == 6, result.output
        assert result.stderr == (
            f"错误：源数据库的变更日志第 {row} 条不在完整的哈希链上：已放弃复制"
            "（请在源数据库运行 fylink log --verify 查看）\n"
        )
        assert result.stdout == ""
        assert all(rows == [] for table, rows in _rows(pg).items()), "rows were written"
        assert _trigger_state(pg) == "O"
    finally:
        pg_server.drop(name)
