"""The shipped migrations create exactly the schema the models describe."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine
from sqlmodel import SQLModel

import fylink.models  # noqa: F401
from fylink import db


def test_schema_head_constant_matches_alembic_head():
    script = ScriptDirectory.from_config(db._alembic_config("sqlite://"))
    assert script.get_heads() == [db.SCHEMA_HEAD]


def test_upgraded_database_matches_models(fresh_db_url):
    db.upgrade(fresh_db_url)
    engine = create_engine(fresh_db_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, SQLModel.metadata)
    engine.dispose()
    assert diff == []


def test_upgrade_twice_is_a_no_op(fresh_db_url):
    assert db.upgrade(fresh_db_url) == (None, db.SCHEMA_HEAD)
    assert db.upgrade(fresh_db_url) == (db.SCHEMA_HEAD, db.SCHEMA_HEAD)


def test_new_sqlite_file_is_private(tmp_path):
    path = tmp_path / "private.db"
    db.upgrade("sqlite:///" + str(path))
    assert path.stat().st_mode & 0o077 == 0
