"""The orders fylink pages by are read from indexes, not sorted (issue 21, revision 0013).

Each command runs as a clerk runs it; every statement it sends is captured and its plan
asked of the engine: SQLite's EXPLAIN QUERY PLAN, PostgreSQL's EXPLAIN with sequential scans
and sorts priced out (``enable_seqscan``/``enable_sort`` off), so that on a small test
database the plan shows whether an index *can* give the order — which is what a million
rows need.
"""

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine


@contextmanager
def _statements() -> Iterator[list[tuple[str, object]]]:
    seen: list[tuple[str, object]] = []

    def grab(_conn, _cursor, statement, parameters, _context, executemany):
        if not executemany and statement.lstrip().upper().startswith(("SELECT", "WITH")):
            seen.append((statement, parameters))

    event.listen(Engine, "before_cursor_execute", grab)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", grab)


def _plans(cli, db_url: str, engine_name: str, *args: str) -> list[tuple[str, str]]:
    """(statement, its plan as one text) for every SELECT the command ran."""
    with _statements() as seen:
        result = cli(*args)
    assert result.exit_code in (0, 10), result.output
    engine = create_engine(db_url)
    plans = []
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        if engine_name == "postgresql":
            raw.execute("SET enable_seqscan = off")
            raw.execute("SET enable_sort = off")
        for statement, parameters in seen:
            if "alembic_version" in statement:
                continue
            explain = "EXPLAIN QUERY PLAN " if engine_name == "sqlite" else "EXPLAIN "
            rows = raw.execute(explain + statement, parameters).fetchall()
            plans.append((" ".join(statement.split()), "\n".join(str(r[-1]) for r in rows)))
    engine.dispose()
    return plans


def _plan_of(plans: list[tuple[str, str]], *fragments: str) -> str:
    found = [plan for statement, plan in plans if all(f in statement for f in fragments)]
    assert found, f"no statement with {fragments}"
    return found[-1]


SQLITE_SORT = "USE TEMP B-TREE FOR ORDER BY"


def test_case_list_pages_walk_the_filing_index(demo_db, cli, db_url, engine_name):
    plans = _plans(cli, db_url, engine_name, "case", "list", "-n", "20", "--page", "5", "--json")
    page = _plan_of(plans, "cases.summary", "ORDER BY cases.filed_on DESC, cases.id DESC")
    start = _plan_of(plans, "SELECT cases.filed_on, cases.id FROM cases")
    assert "ix_case_filed_id" in page
    assert "ix_case_filed_id" in start
    if engine_name == "sqlite":
        assert "COVERING INDEX ix_case_filed_id" in start  # skipping reads the index alone
        assert SQLITE_SORT not in page + start
    else:
        assert "Sort" not in page + start


def test_all_cases_stream_in_index_order(demo_db, cli, db_url, engine_name):
    plans = _plans(cli, db_url, engine_name, "case", "list", "--all", "--json")
    whole = _plan_of(plans, "cases.summary", "ORDER BY cases.filed_on DESC")
    assert "ix_case_filed_id" in whole
    assert (SQLITE_SORT if engine_name == "sqlite" else "Sort") not in whole


def test_log_of_one_kind_reads_the_entity_index(demo_db, cli, db_url, engine_name):
    plans = _plans(cli, db_url, engine_name, "log", "--entity", "case", "--json")
    plan = _plan_of(plans, "FROM journal WHERE journal.entity")
    assert "ix_journal_entity_id" in plan
    assert (SQLITE_SORT if engine_name == "sqlite" else "Sort") not in plan


def test_notice_list_reads_the_issue_date_index(demo_db, cli, db_url, engine_name):
    plans = _plans(cli, db_url, engine_name, "notice", "list", "--json")
    plan = _plan_of(plans, "ORDER BY notice.issued_on DESC, notice.id DESC")
    assert "ix_notice_issued_id" in plan
    if engine_name == "sqlite":
        assert SQLITE_SORT not in plan


@pytest.mark.sqlite_only
def test_task_list_reads_open_tasks_by_deadline(demo_db, cli, db_url, engine_name):
    plans = _plans(cli, db_url, engine_name, "task", "list", "--json")
    plan = _plan_of(plans, "task.completed_on IS NULL", "ORDER BY task.due_on, task.id")
    assert "ix_task_open_due" in plan
    assert SQLITE_SORT not in plan


@pytest.mark.sqlite_only
def test_report_state_queries_read_covering_indexes(demo_db, cli, db_url, engine_name):
    """The overdue counts per unit read an index alone, in unit order (no table row, no
    sort for the GROUP BY)."""
    plans = _plans(cli, db_url, engine_name, "report", "quarterly", "--json")
    tasks = _plan_of(plans, "SELECT task.lead_unit_id AS unit_id", " AS s0")
    replies = _plan_of(plans, "SELECT suggestion.unit_id AS unit_id", " AS s0")
    assert "COVERING INDEX ix_task_unit_due" in tasks
    assert "COVERING INDEX ix_suggestion_unit_due" in replies
    assert "TEMP B-TREE" not in tasks + replies


# --- unit merge (机构改革, #12): the unit a moved row had at the period's end ------------------


def test_report_finds_a_moved_rows_unit_on_the_move_index(demo_db, cli, db_url, engine_name):
    """After a merge the report's unit expression looks each row up in ``unit_move`` by
    (record, record_id, moved_on): an index search per row, never a scan of the moves."""
    from helpers import TODAY

    merged = cli("unit", "merge", "县城管局", "并入", "县住建局", "--on", TODAY)
    assert merged.exit_code == 0, merged.output
    assert "在办案件" in merged.stdout
    plans = _plans(cli, db_url, engine_name, "report", "quarterly", "--json")
    cases = _plan_of(plans, "FROM cases JOIN unit ON unit.id = coalesce((SELECT unit_move")
    tasks = _plan_of(plans, "FROM task JOIN unit ON unit.id = coalesce((SELECT unit_move")
    for plan in (cases, tasks):
        assert "ix_unit_move_record" in plan
        if engine_name == "sqlite":
            assert "SCAN unit_move" not in plan
        else:
            assert "Seq Scan on unit_move" not in plan
