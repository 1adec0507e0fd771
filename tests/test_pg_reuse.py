"""The PostgreSQL test databases a finished test leaves are reused only as good as new
(conftest.PgServer.release/acquire): same schema as the template, the template's rows and
sequence values, no planner statistics; anything else is dropped."""

import pytest

pytestmark = pytest.mark.postgres


def _scalar(pg_server, name, sql):
    with pg_server._connect(name) as connection:
        row = connection.execute(sql).fetchone()
    return row[0] if row else None


def _tables(pg_server, name):
    with pg_server._connect(name) as connection:
        return sorted(
            r[0]
            for r in connection.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            ).fetchall()
        )


def _exists(pg_server, name):
    return bool(
        _scalar(pg_server, "postgres", f"SELECT 1 FROM pg_database WHERE datname = '{name}'")
    )


def test_a_used_database_comes_back_as_new_under_another_name(pg_server):
    from fylink import db
    from fylink.services import units

    fresh = pg_server.create()
    first = pg_server.acquire()
    url = pg_server.url(first)
    with db.session_scope(url, actor="测试员", command="pytest") as session:
        units.add_unit(session=session, unit_in=units.UnitIn(name="县住建局", kind="政府部门"))
    with pg_server._connect(first) as connection:
        connection.execute("ANALYZE")
    assert _scalar(pg_server, first, "SELECT count(*) FROM journal") > 0
    held = pg_server._connect(first)  # a connection a test left open is ended
    pg_server.release(first)
    assert held.closed or held.broken or _gone(held)
    assert first in pg_server.spare
    second = pg_server.acquire()
    try:
        assert second != first
        assert not _exists(pg_server, first)
        assert _tables(pg_server, second) == _tables(pg_server, fresh)
        for table in ("unit", "journal", "alembic_version", "writer_lock"):
            sql = f"SELECT count(*) FROM {table}"
            assert _scalar(pg_server, second, sql) == _scalar(pg_server, fresh, sql), table
        assert _scalar(pg_server, second, "SELECT version_num FROM alembic_version") == (
            _scalar(pg_server, fresh, "SELECT version_num FROM alembic_version")
        )
        sql = "SELECT count(*) FROM pg_statistic s JOIN pg_class c ON c.oid = s.starelid" + (
            " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'"
        )
        assert _scalar(pg_server, second, sql) == 0
        # The sequences start again: the first unit is unit 1 again.
        with db.session_scope(pg_server.url(second), actor="测试员", command="pytest") as s:
            unit = units.add_unit(session=s, unit_in=units.UnitIn(name="县住建局", kind="政府部门"))
            assert unit.id == 1
    finally:
        pg_server.drop(second)
        pg_server.drop(fresh)


@pytest.mark.parametrize(
    "change",
    [
        "CREATE TABLE extra (id int)",
        "ALTER TABLE cases ADD COLUMN extra int",
        "CREATE INDEX extra ON cases (summary)",
        'GRANT SELECT ON cases TO "测试员", PUBLIC',
        "ALTER TABLE cases ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY extra ON cases USING (true)",
        "CREATE FUNCTION extra() RETURNS int LANGUAGE sql AS 'SELECT 1'",
        "ALTER TABLE journal DISABLE TRIGGER fylink_journal_check",
        "CREATE SCHEMA extra",
        "ALTER SEQUENCE cases_id_seq INCREMENT BY 2",
        "CREATE VIEW extra AS SELECT 1 AS one",
        "DROP TABLE project_case",
    ],
)
def test_a_database_whose_schema_changed_is_dropped(pg_server, change):
    name = pg_server.acquire()
    pg_server.execute(change, database=name)
    pg_server.release(name)
    assert name not in pg_server.spare
    assert not _exists(pg_server, name)


def test_database_settings_and_grants_count_as_schema(pg_server):
    for change in (
        "ALTER DATABASE {name} SET work_mem = '8MB'",
        "REVOKE CONNECT ON DATABASE {name} FROM PUBLIC",
    ):
        name = pg_server.acquire()
        pg_server.execute(change.format(name=f'"{name}"'))
        pg_server.release(name)
        assert not _exists(pg_server, name), change


def _gone(connection):
    try:
        connection.execute("SELECT 1")
    except Exception:
        return True
    return False
