"""What a command asks the PostgreSQL server before its own queries (issue 21).

Each command opens a new engine, so whatever SQLAlchemy's dialect asks on a first connection
(the server's version, the current schema, the default isolation level, how strings are
quoted, whether HSTORE exists) and fylink's own schema check are part of every command's
start: one statement for the dialect's questions, one for the schema's revision, no catalog
reflection, no ``current_user`` for a command that writes no journal row.
"""

import pytest

from fylink import db

pytestmark = pytest.mark.postgres

PROBE = (
    "SELECT current_setting('server_version_num')::int, current_schema(), "
    "upper(current_setting('transaction_isolation')), "
    "current_setting('standard_conforming_strings')"
)


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every statement psycopg sends from here on (a spy: each still runs), on new engines."""
    import psycopg

    statements: list[str] = []
    execute = psycopg.Cursor.execute

    def spy(self, query, params=None, **kwargs):  # type: ignore[no-untyped-def]
        text = query if isinstance(query, str) else query.as_string(self)
        statements.append(" ".join(text.split()))
        return execute(self, query, params, **kwargs)

    monkeypatch.setattr(psycopg.Cursor, "execute", spy)
    monkeypatch.setattr(db, "_engines", {})
    return statements


@pytest.mark.parametrize("command", [("case", "list"), ("unit", "list"), ("log",)])
def test_a_read_command_asks_one_probe_and_the_revision_first(cli, initialized, sent, command):
    result = cli(*command)
    assert result.exit_code == 0, result.output
    assert sent[:2] == [PROBE, "SELECT version_num FROM alembic_version"]
    assert sent.count(PROBE) == 1
    asked = " ".join(sent).lower()
    for needless in ("pg_catalog", "pg_type", "pg_class", "show ", "current_user", "version()"):
        assert needless not in asked, needless


def test_a_reading_session_asks_no_database_user(cli, initialized, sent):
    """`check overdue --dry-run` reads through an ORM session: no journal row, no login asked."""
    result = cli("check", "overdue", "--dry-run")
    assert result.exit_code in (0, 10), result.output
    assert "SELECT current_user" not in sent
    assert sent[0] == PROBE


def test_a_writing_command_still_names_the_login_in_the_journal(cli, initialized, sent):
    result = cli("unit", "add", "县统计局", "--kind", "政府部门")
    assert result.exit_code == 0, result.output
    assert "SELECT current_user" in sent
    assert sent.count(PROBE) == 1


def test_the_dialect_knows_the_server_from_the_one_probe(cli, initialized, db_url, sent):
    result = cli("unit", "list")
    assert result.exit_code == 0, result.output
    engine = db.engine_for(db_url, write=False)
    dialect = engine.dialect
    with engine.connect() as connection:
        real = connection.exec_driver_sql("SHOW server_version_num").scalar()
        schema = connection.exec_driver_sql("SELECT current_schema()").scalar()
    assert dialect.server_version_info[:2] == divmod(int(real), 10_000)
    assert dialect.default_schema_name == schema
    assert dialect.default_isolation_level == "READ COMMITTED"
    assert dialect._backslash_escapes is False


def test_a_database_without_fylink_tables_is_refused_in_one_line(cli, fresh_db_url, sent):
    """The revision is read without asking the catalog first: a database without
    alembic_version gives the same refusal as before, no SQL error."""
    result = cli("--db", fresh_db_url, "case", "list")
    assert result.exit_code == 6
    assert result.stderr == "错误：该数据库尚未初始化（不是 fylink 数据库）：请运行 fylink init\n"
