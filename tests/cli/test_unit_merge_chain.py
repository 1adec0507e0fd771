"""机构改革 twice (#12): after 县城管局 → 县住建局 (2025-03-01) and 县住建局 → 县自然资源局
(2025-08-01) the first unit is told as merged into 县住建局, which was merged on: its own
merge is kept (``unit.direct_successor_id``, revision 0019) while ``merged_into_id`` names
the unit in being for report SQL. Undoing the second merge restores the first exactly."""

import json
import shutil
from pathlib import Path

from sqlalchemy import create_engine, text

from fylink import db

SCHEMAS = Path(__file__).resolve().parents[1] / "data" / "schemas"

A, B, C = "示范县城市管理局", "示范县住房和城乡建设局", "示范县自然资源局"
FIRST = ("unit", "merge", "县城管局", "并入", "县住建局", "--on", "2025-03-01")
SECOND = ("unit", "merge", "县住建局", "并入", "县自然资源局", "--on", "2025-08-01")
CHAIN = f"“{A}”已于 2025-03-01 并入“{B}”（“{B}”已于 2025-08-01 并入“{C}”）"


def _ok(cli, *args: str):
    result = cli(*args)
    assert result.exit_code == 0, result.output
    return result


def _chain(cli, monkeypatch) -> None:
    monkeypatch.setenv("FYLINK_TODAY", "2025-03-05")
    _ok(cli, "case", "add", "（2025）豫0591行初3号", "-c", "行政诉讼", "-u", "县城管局",
        "--filed", "2025-02-10", "-p", "张三")  # fmt: skip
    _ok(cli, *FIRST)
    monkeypatch.setenv("FYLINK_TODAY", "2025-08-10")
    _ok(cli, *SECOND)


def _rows(url: str) -> list[tuple]:
    """Every row but the journal's, without ``updated_at`` (an undo is a change too)."""
    from sqlalchemy import inspect

    engine = create_engine(url)
    rows: list[tuple] = []
    with engine.connect() as connection:
        for table in sorted(inspect(connection).get_table_names()):
            if table == "journal":
                continue
            names = [
                c["name"]
                for c in inspect(connection).get_columns(table)
                if c["name"] != "updated_at"
            ]
            columns = ", ".join(f'"{n}"' for n in names)
            for row in connection.execute(text(f'SELECT {columns} FROM "{table}" ORDER BY 1')):
                rows.append((table, *row))
    engine.dispose()
    return rows


def _successors(url: str) -> dict[str, tuple[str | None, str | None]]:
    """{merged unit: (its direct successor, its current successor)}."""
    engine = create_engine(url)
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT u.name, d.name, c.name FROM unit u"
                " LEFT JOIN unit d ON d.id = u.direct_successor_id"
                " LEFT JOIN unit c ON c.id = u.merged_into_id"
                " WHERE u.merged_into_id IS NOT NULL ORDER BY u.id"
            )
        ).all()
    engine.dispose()
    return {name: (direct, current) for name, direct, current in rows}


def test_a_chain_of_merges_is_told_step_by_step(cli, initialized, monkeypatch, db_url):
    _chain(cli, monkeypatch)
    assert _successors(db_url) == {A: (B, C), B: (C, C)}

    shown = _ok(cli, "unit", "show", "县城管局")
    assert shown.stderr == f"注意：{CHAIN}\n"
    assert f"并入      {B}（自 2025-03-01 起）\n" in shown.stdout
    assert f"现归属    {C}\n" in shown.stdout
    second = _ok(cli, "unit", "show", "县住建局")
    assert second.stderr == f"注意：“{B}”已于 2025-08-01 并入“{C}”\n"
    assert "现归属" not in second.stdout

    data = json.loads(_ok(cli, "unit", "show", "县城管局", "--json").stdout)
    assert (data["merged_into"], data["current_successor"], data["merged_on"]) == (
        B,
        C,
        "2025-03-01",
    )
    listed = json.loads(_ok(cli, "unit", "list", "--all", "--json").stdout)
    assert [
        (u["name"], u["merged_into"], u["current_successor"], u["merged_on"])
        for u in listed
        if u["merged_into"]
    ] == [(B, C, C, "2025-08-01"), (A, B, C, "2025-03-01")]
    assert all(u["current_successor"] is None for u in listed if not u["merged_into"])

    roster = _ok(cli, "unit", "list", "--all").stdout
    assert roster.endswith(
        f"注：{B}：已于 2025-08-01 并入{C}\n"
        f"注：{A}：已于 2025-03-01 并入{B}（{B}已于 2025-08-01 并入{C}）\n"
    )
    # The reading commands' note for --unit, on the light path and the ORM path alike.
    for argv in (
        ("case", "list", "--unit", "县城管局"),
        ("task", "list", "--unit", "县城管局"),
        ("report", "quarterly", "-y", "2025", "-q", "1", "--unit", "县城管局"),
    ):
        result = _ok(cli, *argv)
        assert result.stderr == f"注意：{CHAIN}\n", argv
    # A new record goes to the unit in being, named after the whole chain.
    refused = cli("case", "add", "（2025）豫0591行初9号", "-c", "行政诉讼", "-u", "县城管局",
                  "--filed", "2025-08-05", "-p", "王五")  # fmt: skip
    assert (refused.exit_code, refused.stderr) == (
        5,
        f"错误：{CHAIN}，不能再登记到原单位名下：请改用“{C}”\n",
    )


def test_undo_of_the_second_merge_restores_the_first(cli, initialized, monkeypatch, db_url):
    monkeypatch.setenv("FYLINK_TODAY", "2025-03-05")
    original = _rows(db_url)
    _ok(cli, *FIRST)
    after_first = _rows(db_url)
    monkeypatch.setenv("FYLINK_TODAY", "2025-08-10")
    _ok(cli, *SECOND)
    assert _successors(db_url) == {A: (B, C), B: (C, C)}

    assert _ok(cli, "undo").stdout.startswith("已撤销第")
    assert _rows(db_url) == after_first
    assert _successors(db_url) == {A: (B, B)}
    assert _ok(cli, "unit", "show", "县城管局").stderr == (
        f"注意：“{A}”已于 2025-03-01 并入“{B}”\n"
    )
    # The undo undone: the chain again; undone once more, then the first merge too.
    _ok(cli, "undo")
    assert _successors(db_url) == {A: (B, C), B: (C, C)}
    _ok(cli, "undo")
    assert _rows(db_url) == after_first
    _ok(cli, "undo", "--command", _first_merge(cli))
    assert _rows(db_url) == original
    assert _ok(cli, "log", "--verify").exit_code == 0


def _first_merge(cli) -> str:
    """The command that merged 县城管局 (its unit row's merged_on set)."""
    log = json.loads(_ok(cli, "log", "--entity", "unit", "--json").stdout)
    merges = [
        e
        for e in log
        if e["before"] and e["after"] and e["after"]["name"] == A
        and e["before"]["merged_on"] is None and e["after"]["merged_on"] is not None
    ]  # fmt: skip
    return str(merges[0]["command_id"])


def _load(url: str, dump: Path) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    target = make_url(url).set(drivername="postgresql")
    with psycopg.connect(target.render_as_string(hide_password=False), autocommit=True) as c:
        c.execute(dump.read_text("utf-8"))  # type: ignore[arg-type]


def test_upgrade_from_0018_keeps_the_direct_successor(cli, tmp_path, fresh_db_url):
    """The 0018 fixture has 县城管局 merged into 县住建局: read back from the journal."""
    if fresh_db_url.startswith("sqlite"):
        copy = tmp_path / "0018.sqlite"
        shutil.copyfile(SCHEMAS / "0018.sqlite", copy)
        url = "sqlite:///" + str(copy)
    else:
        url = fresh_db_url
        _load(url, SCHEMAS / "0018.pg.sql")
    upgraded = cli("--db", url, "db", "upgrade")
    assert upgraded.exit_code == 0, upgraded.output
    assert _successors(url) == {A: (B, B)}
    shown = cli("--db", url, "unit", "show", "县城管局", "--json")
    data = json.loads(shown.stdout)
    assert (data["merged_into"], data["current_successor"]) == (B, B)


def test_upgrade_reads_a_chain_back_from_the_journal(cli, initialized, monkeypatch, db_url):
    """A chain merged by 0018 code (merged_into_id rewritten to the last unit): the
    upgrade finds each unit's own merge in the journal."""
    from alembic import command

    _chain(cli, monkeypatch)
    command.downgrade(db._alembic_config(db_url), "0018")
    engine = create_engine(db_url)
    with engine.connect() as connection:
        ids = dict(connection.execute(text("SELECT name, merged_into_id FROM unit")).all())
    engine.dispose()
    assert ids[A] == ids[B]  # 0018 knew only the current successor
    _ok(cli, "db", "upgrade")
    assert _successors(db_url) == {A: (B, C), B: (C, C)}
    assert _ok(cli, "unit", "show", "县城管局").stderr == f"注意：{CHAIN}\n"
    assert _ok(cli, "db", "check").exit_code == 0
    assert _ok(cli, "log", "--verify").exit_code == 0
