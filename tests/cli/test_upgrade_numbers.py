"""``fylink db upgrade`` gives old rows' self-assigned numbers their one form (#12): each a
journaled renumbering; two rows that would become one number stop it, nothing changed."""

import json

from sqlalchemy import create_engine, text

from helpers import db_dump


def _add(cli, number: str) -> None:
    added = cli("case", "add", number, "-c", "行政复议", "-u", "县人社局", "--filed", "2025-03-01")
    assert added.exit_code == 0, added.output


def _store_as(db_url: str, table: str, column: str, stored: str, old: str) -> None:
    """Write a number as a release before normalisation would have stored it."""
    engine = create_engine(db_url)
    with engine.begin() as connection:
        connection.execute(
            text(f"UPDATE {table} SET {column} = :old WHERE {column} = :stored"),
            {"old": old, "stored": stored},
        )
    engine.dispose()


def test_upgrade_normalises_old_numbers(cli, initialized, db_url):
    _add(cli, "柳政复〔2025〕16号")
    _store_as(db_url, "cases", "case_no", "柳政复〔2025〕16号", "柳政复[2025]16号")
    added = cli(
        "suggestion", "add", "示法建〔2025〕9号", "-u", "县人社局", "--received", "2025-03-01"
    )
    assert added.exit_code == 0, added.output
    _store_as(db_url, "suggestion", "doc_no", "示法建〔2025〕9号", "示法建（2025）９号")

    result = cli("db", "upgrade")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == (
        "已统一 2 个编号的写法：柳政复[2025]16号 → 柳政复〔2025〕16号、"
        "示法建（2025）９号 → 示法建〔2025〕9号（记入变更日志）"
    )
    assert json.loads(cli("case", "show", "柳政复(2025)16号", "--json").stdout)["case_no"] == (
        "柳政复〔2025〕16号"
    )
    by_old = json.loads(cli("log", "--case", "柳政复[2025]16号", "--json").stdout)
    assert by_old[0]["after"]["renumbered_from"] == "柳政复[2025]16号"
    assert cli("log", "--verify").exit_code == 0
    assert cli("db", "check").exit_code == 0
    again = cli("db", "upgrade")
    assert again.stdout.splitlines() == [again.stdout.splitlines()[0]]  # nothing left to do


def test_upgrade_stops_on_a_number_stored_twice(cli, initialized, db_url):
    for number in ("柳政复〔2025〕16号", "柳政复〔2025〕17号"):
        _add(cli, number)
    _store_as(db_url, "cases", "case_no", "柳政复〔2025〕17号", "柳政复[2025]16号")
    before = db_dump(db_url)
    result = cli("db", "upgrade")
    assert result.exit_code == 5
    assert result.stderr == (
        "错误：未升级，数据库未作任何改动：同一编号登记了多次："
        "柳政复〔2025〕16号 与 柳政复[2025]16号；"
        "请删除或改号其一（fylink case remove / case update --number / suggestion update --doc-no）"
        "后再运行 fylink db upgrade\n"
    )
    assert db_dump(db_url) == before
    # The clerk renumbers one, and runs it again.
    fixed = cli("case", "update", "柳政复[2025]16号", "--number", "柳政复〔2025〕17号")
    assert fixed.exit_code == 0, fixed.output
    assert cli("db", "upgrade").exit_code == 0
    assert cli("db", "check").exit_code == 0
