"""PostgreSQL roles: the office may change everything, a liaison only its unit's progress.

Runs src/fylink/sql/roles.sql (what `fylink db roles` prints) on the test's
database, as docs/database.md tells the office to, then logs in as a liaison.
Progress notes are written the way the task service (issue 3) writes them:
a TaskProgress row and its journal row in one fylink session.
"""

import uuid
from datetime import UTC, date, datetime

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from fylink import db
from fylink.errors import DatabaseError
from fylink.models import DbUserUnit, Task, TaskProgress, Unit
from fylink.services import journal
from fylink.services.roles import roles_sql
from helpers import db_dump

pytestmark = pytest.mark.postgres


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture
def liaison(pg_url, pg_admin_url, initialized):
    """A liaison login of 县人社局 and two tasks: one led by 县人社局, one by 县住建局."""
    name = f"liaison_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(_libpq(pg_admin_url), autocommit=True) as admin:
        admin.execute(roles_sql())
        admin.execute(roles_sql())  # idempotent: safe to run after every upgrade
        admin.execute(f"CREATE ROLE {name} LOGIN IN ROLE fylink_liaison")
    now = datetime.now(UTC)
    with db.session_scope(pg_url, actor="办公室") as session:
        units = {
            u.short_name: u.id
            for u in session.exec(
                Unit.__table__.select().where(  # type: ignore[attr-defined]
                    Unit.short_name.in_(["县人社局", "县住建局"])  # type: ignore[union-attr]
                )
            )
        }
        tasks = {}
        for short in ("县人社局", "县住建局"):
            task = Task(
                source="双清单",
                content=f"{short}牵头化解欠薪争议",
                lead_unit_id=units[short],
                due_on=date(2025, 7, 31),
                created_at=now,
                updated_at=now,
            )
            session.add(task)
            session.flush()
            journal.record(
                session,
                action="insert",
                entity="task",
                entity_id=task.id,
                after=journal.snapshot(task),
            )
            tasks[short] = task.id
        session.add(DbUserUnit(db_user=name, unit_id=units["县人社局"]))
    url = make_url(pg_url).set(username=name).render_as_string(hide_password=False)
    yield {"name": name, "url": url, "tasks": tasks}
    with psycopg.connect(_libpq(pg_admin_url), autocommit=True) as admin:
        admin.execute(f"DROP OWNED BY {name}")
        admin.execute(f"DROP ROLE {name}")


def _add_progress(url: str, task_id: int, note: str) -> None:
    with db.session_scope(url, actor="张联络", command="fylink task progress") as session:
        progress = TaskProgress(
            task_id=task_id,
            reported_on=date(2025, 6, 30),
            note=note,
            author="张联络",
            created_at=datetime.now(UTC),
        )
        session.add(progress)
        session.flush()
        journal.record(
            session,
            action="insert",
            entity="task_progress",
            entity_id=progress.id,
            after=journal.snapshot(progress),
        )


def _one(url: str, sql: str) -> object:
    with psycopg.connect(_libpq(url)) as connection:
        row = connection.execute(sql).fetchone()
    return row[0] if row else None


def test_liaison_records_progress_on_its_own_units_task(liaison, pg_url, cli):
    _add_progress(liaison["url"], liaison["tasks"]["县人社局"], "已约谈企业负责人")
    assert _one(pg_url, "SELECT note FROM task_progress") == "已约谈企业负责人"
    actor = _one(pg_url, "SELECT actor FROM journal ORDER BY id DESC LIMIT 1")
    assert actor == f"张联络@{liaison['name']}"
    assert cli("log", "--verify").exit_code == 0


def test_liaison_is_refused_another_units_task(liaison, pg_url):
    before = db_dump(pg_url)
    with pytest.raises(DatabaseError, match="行级安全策略不允许"):
        _add_progress(liaison["url"], liaison["tasks"]["县住建局"], "代住建局填报")
    assert db_dump(pg_url) == before


def test_liaison_may_read_but_not_change_the_register(liaison, pg_url, cli):
    listed = cli("--db", liaison["url"], "unit", "list", "--json")
    assert listed.exit_code == 0
    before = db_dump(pg_url)
    result = cli(
        "--db", liaison["url"],
        "case", "add", "（2025）豫0591行初7号",
        "--category", "行政诉讼", "--unit", "县人社局", "--filed", "2025-03-01",
    )  # fmt: skip
    assert result.exit_code == 6
    assert result.stderr == "错误：数据库拒绝了该操作：当前数据库用户没有权限\n"
    assert db_dump(pg_url) == before


def test_liaison_cannot_rewrite_or_forge_the_journal(liaison, pg_url):
    with psycopg.connect(_libpq(liaison["url"])) as connection:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE journal SET actor = 'x' WHERE id = 1")
        connection.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("DELETE FROM journal")
        connection.rollback()
        # Refused by the database's check of every new row (it links to nothing), before
        # the row-level policy (the actor is not the liaison) gets to it.
        with pytest.raises(psycopg.errors.CheckViolation, match="does not link"):
            connection.execute(
                "INSERT INTO journal (at, actor, command, action, entity, prev_hash, hash)"
                " VALUES (now(), '办公室', 'x', 'insert', 'x', 'x', 'x')"
            )


def test_office_owner_may_record_progress_on_any_task(liaison, pg_url):
    _add_progress(pg_url, liaison["tasks"]["县住建局"], "办公室代为登记")
    assert _one(pg_url, "SELECT count(*) FROM task_progress") == 1
    with db.session_scope(pg_url, write=False) as session:
        assert session.execute(text("SELECT current_user")).scalar() == "测试员"


# --- issue 20: the journal cannot be rewritten, forged or blocked -------------------------


def _head(url: str) -> tuple[int, str]:
    with psycopg.connect(_libpq(url)) as connection:
        row = connection.execute("SELECT id, hash FROM journal ORDER BY id DESC LIMIT 1").fetchone()
    assert row is not None
    return row[0], row[1]


@pytest.fixture
def clerk(pg_admin_url, liaison, pg_url):
    """An office clerk's login (a member of fylink_office, not the owner)."""
    name = f"clerk_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(_libpq(pg_admin_url), autocommit=True) as admin:
        admin.execute(f"CREATE ROLE {name} LOGIN IN ROLE fylink_office")
    yield make_url(pg_url).set(username=name).render_as_string(hide_password=False)
    with psycopg.connect(_libpq(pg_admin_url), autocommit=True) as admin:
        admin.execute(f"DROP OWNED BY {name}")
        admin.execute(f"DROP ROLE {name}")


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE journal SET actor = 'x' WHERE id = 1",
        "DELETE FROM journal WHERE id = (SELECT max(id) FROM journal)",
        "TRUNCATE journal",
        "DELETE FROM journal_anchor",
        "ALTER TABLE journal DISABLE ROW LEVEL SECURITY",
        "ALTER TABLE journal DISABLE TRIGGER ALL",
        "DROP TRIGGER fylink_journal_check ON journal",
    ],
)
def test_office_clerks_cannot_rewrite_the_journal(clerk, pg_url, sql):
    before = db_dump(pg_url)
    with (
        psycopg.connect(_libpq(clerk)) as connection,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        connection.execute(sql)
    assert db_dump(pg_url) == before


def test_office_clerks_still_write_through_fylink(clerk, cli, pg_url):
    added = cli("--db", clerk, "unit", "add", "示范县教育体育局", "--short", "县教体局")
    assert added.exit_code == 0, added.stderr
    assert cli("log", "--verify").exit_code == 0


def test_a_row_with_a_forged_hash_is_refused_and_verification_stays_good(liaison, pg_url, cli):
    """A liaison links the row correctly (in their own name) but gives it another hash: the
    database refuses it, so the chain stays verifiable."""
    _, head = _head(pg_url)
    before = db_dump(pg_url)
    with (
        psycopg.connect(_libpq(liaison["url"])) as connection,
        pytest.raises(psycopg.errors.CheckViolation, match="not its own"),
    ):
        connection.execute(
            "INSERT INTO journal (at, actor, command, action, entity, prev_hash, hash)"
            " VALUES (now(), %s, 'x', 'insert', 'task_progress', %s, %s)",
            (liaison["name"], head, "f" * 64),
        )
    assert db_dump(pg_url) == before
    assert cli("log", "--verify").exit_code == 0


def test_a_row_with_a_true_hash_is_accepted(liaison, pg_url, cli):
    """The database computes the hash as fylink does: a liaison's own row, hashed with
    fylink's function, goes in and verifies."""
    from datetime import UTC, datetime
    from types import SimpleNamespace

    _, head = _head(pg_url)
    row = SimpleNamespace(
        at=datetime(2025, 6, 30, 8, 0, 0, 123456, tzinfo=UTC),
        actor=liaison["name"],
        command='fylink task progress 1 "引号" \\ \x1b',
        action="insert",
        entity="task_progress",
        entity_id=None,
        case_id=None,
        before=None,
        after={"note": "已约谈\n企业", "z": [1, True, None, {"b": 2, "a": "填"}], "a": 1.5},
        prev_hash=head,
    )
    row.hash = journal._digest(head, row)
    import json

    with psycopg.connect(_libpq(liaison["url"])) as connection:
        connection.execute(
            "INSERT INTO journal (at, actor, command, action, entity, before, after,"
            " prev_hash, hash) VALUES (%s, %s, %s, %s, %s, NULL, %s, %s, %s)",
            (
                row.at, row.actor, row.command, row.action, row.entity,
                json.dumps(row.after),  # ASCII escapes: the database re-escapes as fylink
                row.prev_hash, row.hash,
            ),
        )  # fmt: skip
    assert cli("log", "--verify").exit_code == 0


def test_an_advisory_lock_on_the_old_key_blocks_nobody(pg_admin_url, pg_url, cli, initialized):
    """Any login could hold pg_advisory_lock(7315004201) and stop every fylink write; the
    writer lock is now a table lock only fylink's roles may take."""
    name = f"outsider_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(_libpq(pg_admin_url), autocommit=True) as admin:
        admin.execute(roles_sql())
        admin.execute(f"CREATE ROLE {name} LOGIN")
    outsider = make_url(pg_url).set(username=name).render_as_string(hide_password=False)
    try:
        with psycopg.connect(_libpq(outsider), autocommit=True) as connection:
            connection.execute("SELECT pg_advisory_lock(7315004201)")
            connection.execute("BEGIN")
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute("LOCK TABLE writer_lock IN EXCLUSIVE MODE")
            connection.execute("ROLLBACK")
            added = cli("unit", "add", "示范县教育体育局", "--short", "县教体局")
            assert added.exit_code == 0, added.stderr
    finally:
        with psycopg.connect(_libpq(pg_admin_url), autocommit=True) as admin:
            admin.execute(f"DROP OWNED BY {name}")
            admin.execute(f"DROP ROLE {name}")
