"""Upgrades from every schema an office may have, on SQLite and PostgreSQL.

tests/data/schemas holds one small database per schema revision, each made by that
revision's own code (tests/data/schemas/make.py run on a checkout of the commit): SQLite
files, and pg_dump scripts for the versions that ran on PostgreSQL. Revision 0001 was
edited in place before it was frozen, so it has four files (a–d), one per variant that
offices' databases were made by. Each is upgraded to head here, with nothing lost.

A revision that has landed is never edited: MIGRATION_CHECKSUMS pins each file. Adding a
revision means adding its checksum and its database (make.py on the new code).
"""

import hashlib
import shutil
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text

from fylink import db
from helpers import DATA

SCHEMAS = DATA / "schemas"
VERSIONS = Path(db.__file__).parent / "migrations" / "versions"

#: sha256 of every landed migration file. Never change a line here for an existing file:
#: an office's database was made by that file as it is.
MIGRATION_CHECKSUMS = {
    "0001_initial_schema.py": ("23d8b02f04a0800bec4068391207dbf0d866dadf12c4f6d5a62be8a37e8b337c"),
    "0002_reconcile_0001_variants.py": (
        "9ac6eb1293d93051f240adc1375feb75443bfbea7ead6550691778783ec8e31c"
    ),
    "0003_domain_rules.py": ("4907f5bc620b8de1acabc83d519acd6642a91249d8a63f98bc1c1d9905bc9cc0"),
    "0004_notice_delivery.py": ("ede8c0dda30f4634985ed762bc0f9df4366a12c9f2c7443bd3ef8689ba8c6c3f"),
    "0005_journal_anchors.py": ("891050bcdb38bfc3f653668858f789e326ffadc80e827557c3a52c9deaaddefc"),
    "0006_corrections.py": ("6caa91b4de99b2a826fad2f3733b5022b50c2ffa0e30d09e8c0e31a61876ab8c"),
    "0007_unit_names.py": ("309de6cb69a5e2279e3737b58245cbd46cc61f24c2f6fc31a533e9f9743d9516"),
    "0008_figures_case_notices_digests.py": (
        "34a9c334da510a104ba0b72a9a9b78a340ca883a44f178f33bbacbcb81e03743"
    ),
    "0009_assessment.py": ("0135f8367275eea632356415aec24b100a7c4ae9ab1e642037bc8c27e43e3536"),
    "0010_parties_projects.py": (
        "0f4d5bb7599b33070993aaf7fff7136cc72cf6f81f2050505276311c9c46c360"
    ),
    "0011_periods_and_briefs.py": (
        "357572beeb7794569277a6a958ebde2661f5fb21710374023edbfd1a4667e73c"
    ),
    "0012_paging_indexes.py": ("3b204910f5ba2d281ad001f1c7dd5090f97d1633f80056a95fb2e891b7894311"),
    "0013_meeting_series.py": ("37e1ac28aa2248969a4b90b78dbf280ad29443d0b8cdf8a02338966cfb12299c"),
    "0014_unit_merge.py": ("68ac12310bf910771b3b385d99a92a8a58daa6f644a3c2a479ed500b1935fc35"),
    "0015_double_lists.py": ("8ba4b0b75d27911e9f0ff4be5d7afd35fb0bf74bfa67c232fdd24352dbbdf663"),
    "0016_region_returns.py": ("bc763dbdd1c292d57532fa2b8741ba68ad1a66f237416f9b5580770eeb96c880"),
    "0017_unit_moves.py": ("973c2f5094bfbf4a18cbe6fd3d1220c0b972367b0faa80113e47a8a55583c5ab"),
    "0018_case_annex_fields.py": (
        "07540306e442157b7ee3f657e313323761d2e89f017eb315864753a85dc2ab31"
    ),
    "0019_unit_direct_successor.py": (
        "f86459a6d0b1a594e92f4022cd47292ee481600d28cd8c29e756bdaeb34f410c"
    ),
}

SQLITE_FILES = sorted(SCHEMAS.glob("*.sqlite"))
PG_DUMPS = sorted(SCHEMAS.glob("*.pg.sql"))


def _revision_of(path: Path) -> str:
    return path.name.split(".")[0].split("-")[0]


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(db._alembic_config("sqlite://"))
    return sorted(revision.revision for revision in script.walk_revisions())


def test_landed_migrations_are_never_edited():
    files = sorted(p.name for p in VERSIONS.glob("[0-9]*.py"))
    assert files == sorted(MIGRATION_CHECKSUMS), "a migration was added or removed"
    for name, expected in MIGRATION_CHECKSUMS.items():
        actual = hashlib.sha256((VERSIONS / name).read_bytes()).hexdigest()
        assert actual == expected, f"{name} was edited: add a new revision instead"


def test_every_revision_has_a_database_made_by_it():
    assert {_revision_of(p) for p in SQLITE_FILES} == set(_revisions())
    # PostgreSQL came with the third variant of 0001: every revision since has a dump.
    assert {_revision_of(p) for p in PG_DUMPS} == set(_revisions())


def _counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            names = [t for t in inspect(connection).get_table_names() if t != "alembic_version"]
            return {
                t: int(connection.execute(text(f'SELECT count(*) FROM "{t}"')).scalar() or 0)
                for t in sorted(names)
            }
    finally:
        engine.dispose()


def _rows(url: str, table: str, columns: list[str]) -> list[tuple]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            listed = ", ".join(f'"{c}"' for c in columns)
            return [
                tuple(row)
                for row in connection.execute(text(f'SELECT {listed} FROM "{table}" ORDER BY id'))
            ]
    finally:
        engine.dispose()


def _columns(url: str) -> dict[str, list[str]]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            inspector = inspect(connection)
            return {
                t: [c["name"] for c in inspector.get_columns(t)]
                for t in inspector.get_table_names()
                if t != "alembic_version"
            }
    finally:
        engine.dispose()


def _upgrade_and_check(cli, url: str) -> None:
    before_counts = _counts(url)
    before_columns = _columns(url)
    before_rows = {t: _rows(url, t, cols) for t, cols in before_columns.items()}
    assert sum(before_counts.values()) > 0

    upgraded = cli("--db", url, "db", "upgrade")
    assert upgraded.exit_code == 0, upgraded.stdout + upgraded.stderr
    assert db.SCHEMA_HEAD in upgraded.stdout

    # Nothing lost: every table keeps its rows, every old column its values.
    after_counts = _counts(url)
    for table, count in before_counts.items():
        assert after_counts[table] == count, table
    for table, columns in before_columns.items():
        assert _rows(url, table, columns) == before_rows[table], table

    check = cli("--db", url, "db", "check")
    assert check.exit_code == 0, check.stdout + check.stderr
    assert "结构一致" in check.stdout
    verify = cli("--db", url, "log", "--verify")
    assert verify.exit_code == 0, verify.stdout + verify.stderr
    # And the office goes on working: reads and a journaled write.
    for argv in (
        ("case", "list"),
        ("task", "list"),
        ("report", "quarterly", "--year", "2024", "--quarter", "2"),
    ):
        result = cli("--db", url, *argv)
        assert result.exit_code == 0, (argv, result.stderr)
    added = cli("--db", url, "unit", "add", "示范县教育体育局", "--short", "县教体局")
    assert added.exit_code == 0, added.stderr
    assert cli("--db", url, "log", "--verify").exit_code == 0
    again = cli("--db", url, "db", "upgrade")
    assert again.exit_code == 0
    assert "已是最新" in again.stdout


@pytest.mark.sqlite_only
@pytest.mark.parametrize("made", SQLITE_FILES, ids=lambda p: p.stem)
def test_sqlite_database_upgrades_to_head(cli, tmp_path, made):
    copy = tmp_path / made.name
    shutil.copyfile(made, copy)
    _upgrade_and_check(cli, "sqlite:///" + str(copy))


@pytest.mark.postgres
@pytest.mark.parametrize("dump", PG_DUMPS, ids=lambda p: p.name.removesuffix(".pg.sql"))
def test_postgres_database_upgrades_to_head(cli, fresh_db_url, dump):
    import psycopg
    from sqlalchemy.engine import make_url

    target = make_url(fresh_db_url).set(drivername="postgresql")
    with psycopg.connect(target.render_as_string(hide_password=False), autocommit=True) as c:
        c.execute(dump.read_text("utf-8"))  # type: ignore[arg-type]
    _upgrade_and_check(cli, fresh_db_url)


@pytest.mark.sqlite_only
def test_db_check_names_what_a_stamped_database_lacks(cli, tmp_path):
    """The revision string alone proves nothing: a file stamped with head that lacks
    columns and indexes fails `db check`, which names each difference."""
    import sqlite3

    copy = tmp_path / "stamped.db"
    shutil.copyfile(SCHEMAS / "0001-a.sqlite", copy)
    with sqlite3.connect(copy) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (db.SCHEMA_HEAD,))
    check = cli("--db", str(copy), "db", "check")
    assert check.exit_code != 0
    for missing in (
        "缺少列 journal.prev_hash",
        "缺少列 suggestion.reply_due_provisional",
        "缺少表 db_user_unit",
        "缺少索引 ix_task_open_due",
        "多出索引 ix_task_unit_due（task：lead_unit_id、due_on）",
    ):
        assert missing in check.stdout, missing
    assert check.stderr.count("\n") == 1
