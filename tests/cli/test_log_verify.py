"""`fylink log --verify`: the journal is tamper-evident."""

import json
import tracemalloc
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from sqlalchemy import create_engine, text

from fylink.services import journal


def _sql(url: str, *statements: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
    engine.dispose()


def test_intact_journal_verifies(cli, initialized):
    result = cli("log", "--verify")
    assert result.exit_code == 0
    assert result.stdout.startswith("变更日志完好：共核验 40 条记录，哈希链无断裂\n")
    assert "最新哈希：" in result.stdout


def test_edited_row_is_found(cli, initialized, db_url):
    _sql(db_url, "UPDATE journal SET actor = '篡改者' WHERE id = 5")
    result = cli("log", "--verify")
    assert result.exit_code == 11
    assert result.stderr == (
        "错误：变更日志被篡改：第 5 条记录的内容被修改（与其哈希不符）；"
        "此前 4 条完好。请从备份核对\n"
    )


def test_edited_json_is_found(cli, initialized, db_url):
    _sql(db_url, "UPDATE journal SET after = NULL WHERE id = 7")
    result = cli("log", "--verify")
    assert result.exit_code == 11
    assert "第 7 条记录的内容被修改" in result.stderr


def test_deleted_row_is_found(cli, initialized, db_url):
    _sql(db_url, "DELETE FROM journal WHERE id = 5")
    result = cli("log", "--verify")
    assert result.exit_code == 11
    assert "第 4 条与第 6 条之间的记录被删除或替换" in result.stderr


def test_deleted_first_row_is_found(cli, initialized, db_url):
    _sql(db_url, "DELETE FROM journal WHERE id = 1")
    result = cli("log", "--verify")
    assert result.exit_code == 11
    assert "第 2 条之前的记录被删除或替换" in result.stderr


def test_row_rewritten_with_a_fresh_hash_is_found(cli, initialized, db_url):
    """Recomputing the edited row's own hash does not help: the next row links to the old one."""
    from fylink.models import Journal

    table = Journal.__table__  # type: ignore[attr-defined]
    engine = create_engine(db_url)
    with engine.begin() as connection:
        row = connection.execute(table.select().where(table.c.id == 5)).one()
        forged = SimpleNamespace(**{**row._asdict(), "actor": "篡改者"})
        connection.execute(
            text("UPDATE journal SET actor = '篡改者', hash = :h WHERE id = 5"),
            {"h": journal._digest(row.prev_hash, forged)},
        )
    engine.dispose()
    result = cli("log", "--verify")
    assert result.exit_code == 11
    assert "第 5 条与第 6 条之间的记录被删除或替换" in result.stderr


def test_verify_json(cli, initialized, db_url):
    ok = cli("log", "--verify", "--json")
    assert ok.exit_code == 0
    assert json.loads(ok.stdout)["ok"] is True
    _sql(db_url, "DELETE FROM journal WHERE id = 3")
    broken = cli("log", "--verify", "--json")
    assert broken.exit_code == 11
    data = json.loads(broken.stdout)
    assert data["ok"] is False
    assert data["broken_at"] == 4
    assert data["checked"] == 2
    assert broken.stderr.startswith("错误：变更日志被篡改")


def _fill_journal(url: str, rows: int, start: int = 1) -> None:
    """Append a valid chain of ``rows`` rows quickly (one executemany)."""
    engine = create_engine(url)
    with engine.begin() as connection:
        previous = (
            connection.execute(text("SELECT hash FROM journal ORDER BY id DESC LIMIT 1")).scalar()
            or journal.GENESIS
        )
        at = datetime(2025, 6, 30, tzinfo=UTC)
        batch = []
        for n in range(start, start + rows):
            row = SimpleNamespace(
                at=at + timedelta(seconds=n),
                actor="批量",
                command="fylink test",
                action="insert",
                entity="case",
                entity_id=n,
                case_id=n,
                before=None,
                after={"summary": "填充" * 20, "n": n},
                prev_hash=previous,
            )
            row.hash = journal._digest(previous, row)
            previous = row.hash
            batch.append(vars(row))
        from fylink.models import Journal

        connection.execute(Journal.__table__.insert(), batch)  # type: ignore[attr-defined]
    engine.dispose()


@pytest.mark.slow
def test_verify_streams_in_constant_memory(db_url, initialized):
    """Peak memory does not grow with the journal: four times the rows, same peak."""
    from fylink.db import session_scope

    def peak() -> tuple[int, int]:
        with session_scope(db_url, write=False) as session:
            journal.verify(session=session, batch=500)  # warm caches
            tracemalloc.start()
            result = journal.verify(session=session, batch=500)
            _, top = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        assert result.ok
        return result.checked, top

    _fill_journal(db_url, 1_000)
    small_rows, small_peak = peak()
    _fill_journal(db_url, 3_000, start=10_000)
    big_rows, big_peak = peak()
    assert big_rows == small_rows + 3_000
    assert big_peak < small_peak * 1.5, (small_peak, big_peak)
