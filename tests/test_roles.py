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
from fylink.services import database, journal
from helpers import db_dump

pytestmark = pytest.mark.postgres


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture
def liaison(pg_url, pg_admin_url, initialized):
    """A liaison login of 县人社局 and two tasks: one led by 县人社局, one by 县住建局."""
    name = f"liaison_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(_libpq(pg_admin_url), autocommit=True) as admin:
        admin.execute(database.roles_sql())
        admin.execute(database.roles_sql())  # idempotent: safe to run after every upgrade
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
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            connection.execute(
                "INSERT INTO journal (at, actor, command, action, entity, prev_hash, hash)"
                " VALUES (now(), '办公室', 'x', 'insert', 'x', 'x', 'x')"
            )


def test_office_owner_may_record_progress_on_any_task(liaison, pg_url):
    _add_progress(pg_url, liaison["tasks"]["县住建局"], "办公室代为登记")
    assert _one(pg_url, "SELECT count(*) FROM task_progress") == 1
    with db.session_scope(pg_url, write=False) as session:
        assert session.execute(text("SELECT current_user")).scalar() == "测试员"
