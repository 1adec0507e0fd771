"""Revision 0015 (issue 15): tasks imported before lists existed are put in one 双清单 per
year, and the office's next import of that year's sheet still updates them; on SQLite and
PostgreSQL, from the database 0014's code made (tests/data/schemas/0014.*)."""

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from dochelp import ok
from helpers import DATA

SCHEMAS = DATA / "schemas"

#: 0014's tasks 2 and 5 as if imported from a sheet: task 2 written on 2026-12-01 (UTC
#: 19:46, so 2 December in Beijing), task 5 approved at meeting 1 (2024).
MARK_IMPORTED = (
    "UPDATE task SET list_section = '一、政府需法院支持事项', list_no = '1' WHERE id = 2",
    "UPDATE task SET list_section = '一、政府需法院支持事项', list_no = '2', "
    "approved_meeting_id = 1 WHERE id = 5",
)


def _execute(url: str, *statements: str) -> list[tuple]:
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            rows: list[tuple] = []
            for statement in statements:
                result = connection.execute(text(statement))
                if result.returns_rows:
                    rows.extend(tuple(row) for row in result)
            return rows
    finally:
        engine.dispose()


@pytest.fixture
def at_0014(fresh_db_url: str, pg_server, tmp_path: Path) -> str:
    """0014's database (its SQLite file or its pg_dump), on this run's engine."""
    if pg_server is None:
        copy = tmp_path / "0014.sqlite"
        shutil.copyfile(SCHEMAS / "0014.sqlite", copy)
        url = "sqlite:///" + str(copy)
    else:
        import psycopg
        from sqlalchemy.engine import make_url

        url = fresh_db_url
        target = make_url(url).set(drivername="postgresql")
        with psycopg.connect(target.render_as_string(hide_password=False), autocommit=True) as c:
            c.execute((SCHEMAS / "0014.pg.sql").read_text("utf-8"))  # type: ignore[arg-type]
    _execute(url, *MARK_IMPORTED)
    return url


def test_imported_tasks_get_a_list_per_year(cli, at_0014, tmp_path, monkeypatch):
    ok(cli("--db", at_0014, "db", "upgrade"))
    assert _execute(at_0014, "SELECT name, year, derived FROM double_list ORDER BY id") == [
        ("2024年度双清单", 2024, True),
        ("2026年度双清单", 2026, True),
    ]
    lists = dict(_execute(at_0014, "SELECT name, id FROM double_list"))
    assert _execute(at_0014, "SELECT id, list_id FROM task ORDER BY id") == [
        (1, None),
        (2, lists["2026年度双清单"]),
        (3, None),
        (4, None),
        (5, lists["2024年度双清单"]),
        (6, None),
    ]
    ok(cli("--db", at_0014, "db", "check"))
    # the office re-imports its 2026 sheet, titled: it updates task 2 and names the list
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["示范县2026年度府院联动双清单"])
    sheet.append(["序号", "任务内容", "牵头单位", "完成时限"])
    sheet.append(["一、政府需法院支持事项"])
    sheet.append(["1", "清理行政协议履约情况并建立台账", "县人社局", "2026-12-31"])
    path = tmp_path / "2026.xlsx"
    book.save(path)
    monkeypatch.setenv("FYLINK_TODAY", "2026-12-02")
    result = cli("--db", at_0014, "task", "import", str(path), "--update", "--json")
    ok(result)
    report = json.loads(result.stdout)
    assert (report["created"], report["updated"]) == (0, 1)
    assert _execute(at_0014, "SELECT name, derived FROM double_list ORDER BY id") == [
        ("2024年度双清单", True),
        ("示范县2026年度府院联动双清单", False),
    ]
    assert _execute(at_0014, "SELECT content FROM task WHERE id = 2") == [
        ("清理行政协议履约情况并建立台账",)
    ]
    ok(cli("--db", at_0014, "log", "--verify"))
