"""``fylink undo``: a command's changes reversed as one journaled command."""

import json

from sqlalchemy import create_engine, inspect, text

from helpers import db_dump

#: Columns the undo sets itself when it stores a change (the write path's time stamp).
_STAMPS = {"updated_at"}


def _state(url: str) -> dict[str, list[tuple]]:
    """Every table but the journal (and the writer lock's one row, made by the schema),
    without the change stamps, for "as it was" checks."""
    engine = create_engine(url)
    state: dict[str, list[tuple]] = {}
    with engine.connect() as connection:
        inspector = inspect(connection)
        for table in sorted(inspector.get_table_names()):
            if table in ("journal", "alembic_version", "writer_lock"):
                continue
            columns = [c["name"] for c in inspector.get_columns(table) if c["name"] not in _STAMPS]
            listed = ", ".join(f'"{c}"' for c in columns)
            query = text(f'SELECT {listed} FROM "{table}" ORDER BY id')
            state[table] = [tuple(row) for row in connection.execute(query)]
    engine.dispose()
    return state


def _count(url: str, table: str) -> int:
    engine = create_engine(url)
    with engine.connect() as connection:
        found = connection.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one()
    engine.dispose()
    return int(found)


def _last_command(cli) -> int:
    rows = json.loads(cli("log", "--json", "--limit", "1").stdout)
    return int(rows[0]["command_id"])


def _add_case(cli, number: str = "（2025）豫0591行初7号") -> None:
    result = cli(
        "case", "add", number, "-c", "行政诉讼", "-u", "县自然资源局",
        "--filed", "2025-03-01", "-p", "张三:410502198510151232",
    )  # fmt: skip
    assert result.exit_code == 0, result.output


def test_undo_of_demo_empties_and_redo_restores(cli, demo_db, db_url):
    before = _state(db_url)
    assert len(before["cases"]) > 300
    result = cli("undo")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("已撤销第 1 号命令（")
    assert "保留当事人" in result.stdout
    after = _state(db_url)
    assert {t: rows for t, rows in after.items() if rows and t != "party"} == {}
    assert after["party"] == before["party"]
    assert cli("log", "--verify").exit_code == 0

    redo = cli("undo")
    assert redo.exit_code == 0, redo.output
    assert redo.stdout.startswith("已撤销第 ")
    assert _state(db_url) == before
    verified = cli("log", "--verify")
    assert verified.exit_code == 0
    assert "哈希链无断裂" in verified.stdout


def test_undo_of_init_roster(cli, initialized, db_url):
    assert _count(db_url, "unit") == 17
    result = cli("undo", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["command_id"] == 1
    assert data["dry_run"] is False
    assert {"entity": "unit", "action": "删除", "count": 17} in data["changes"]
    assert _count(db_url, "unit") == 0
    assert _count(db_url, "office") == 0


def test_dry_run_changes_nothing(cli, demo_db, db_url):
    before = db_dump(db_url)
    result = cli("undo", "--dry-run")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("将撤销第 1 号命令（")
    assert result.stdout.endswith("（预演：数据库未改动）\n")
    assert "案件" in result.stdout
    assert db_dump(db_url) == before


def test_undo_of_an_earlier_command_is_refused_after_a_later_edit(cli, initialized, db_url):
    _add_case(cli)
    added = _last_command(cli)
    result = cli("case", "update", "（2025）豫0591行初7号", "--court", "示范县人民法院")
    assert result.exit_code == 0, result.output
    edited = _last_command(cli)
    before = db_dump(db_url)
    refused = cli("undo", "--command", str(added))
    assert refused.exit_code == 5
    # The command text is the process's command line (pytest's, here).
    assert refused.stderr.startswith(
        f"错误：不能撤销第 {added} 号命令：此后的命令改动了同一记录：第 {edited} 号（测试员："
    )
    assert refused.stderr.endswith("）；请先撤销这些命令\n")
    assert refused.stderr.count("第 ") == 2
    assert db_dump(db_url) == before
    # Newest first: the edit, then the registration.
    assert cli("undo").exit_code == 0
    shown = json.loads(cli("case", "show", "（2025）豫0591行初7号", "--json").stdout)
    assert shown["court"] == ""
    assert cli("undo", "--command", str(added)).exit_code == 0
    gone = cli("case", "show", "（2025）豫0591行初7号")
    assert gone.exit_code == 4
    assert _count(db_url, "case_party") == 0
    assert cli("log", "--verify").exit_code == 0


def test_undo_twice_of_the_same_command_is_refused(cli, initialized):
    _add_case(cli)
    added = _last_command(cli)
    assert cli("undo").exit_code == 0
    undone = _last_command(cli)
    again = cli("undo", "--command", str(added))
    assert again.exit_code == 5
    assert f"第 {undone} 号（测试员：" in again.stderr


def test_log_shows_command_numbers(cli, initialized):
    _add_case(cli)
    added = _last_command(cli)
    table = cli("log", "--limit", "3").stdout
    assert table.splitlines()[1].split()[0] == "命令号"
    assert table.splitlines()[2].split()[0] == str(added)


def test_unknown_command_number(cli, initialized, db_url):
    before = db_dump(db_url)
    result = cli("undo", "--command", "999999")
    assert result.exit_code == 4
    assert result.stderr == "错误：没有第 999999 号命令（命令号见 fylink log 的“命令号”一栏）\n"
    assert db_dump(db_url) == before


def test_undo_of_an_import_is_one_unit(cli, demo_db, db_url, tmp_path):
    sheet, units = tmp_path / "cases.xlsx", tmp_path / "units.xlsx"
    assert cli("unit", "export", str(units)).exit_code == 0
    exported = cli("case", "export", str(sheet), "--unmasked", "--reason", "迁移到新库")
    assert exported.exit_code == 0, exported.output
    fresh = ["--db", str(tmp_path / "fresh.db")]
    fresh_url = f"sqlite:///{tmp_path / 'fresh.db'}"
    assert cli(*fresh, "init", "--region", "示范县").exit_code == 0
    assert cli(*fresh, "unit", "import", str(units)).exit_code == 0
    empty = _state(fresh_url)
    imported = cli(*fresh, "case", "import", str(sheet))
    assert imported.exit_code == 0, imported.output
    full = _state(fresh_url)
    assert len(full["cases"]) > 300
    assert len(full["case_party"]) > 300

    undone = cli(*fresh, "undo")
    assert undone.exit_code == 0, undone.output
    state = _state(fresh_url)
    assert state["cases"] == []
    assert state["case_party"] == []
    assert {t: r for t, r in state.items() if t != "party"} == {
        t: r for t, r in empty.items() if t != "party"
    }
    assert cli(*fresh, "undo").exit_code == 0
    assert _state(fresh_url) == full
    assert cli(*fresh, "log", "--verify").exit_code == 0
