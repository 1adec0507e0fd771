"""Shared fixtures: every test gets its own FYLINK_HOME and its own database.

No test ever touches a real user's database.

Two engines, one suite. By default each test's database is an SQLite file
under ``tmp_path``. With ``FYLINK_TEST_PG_URL`` set to a PostgreSQL server
(a role that may create databases and roles, e.g.
``postgresql+psycopg://postgres@127.0.0.1:55432/postgres``; ``.ci/pg start``
prints one), every test that asks for a database gets a fresh PostgreSQL
database instead, and ``FYLINK_DB`` points at it:

* once per session, a template database is created and migrated to head;
  a test's database is ``CREATE DATABASE … TEMPLATE`` of it. A PostgreSQL
  database always exists before fylink sees it, so a test's database starts
  migrated but empty — exactly what the manual's set-up (create the database,
  ``fylink db upgrade``) leaves. ``fresh_db_url`` gives an empty one (no
  schema) on either engine.
* a copy costs seconds on a loaded machine (it copies the whole catalog), so a
  finished test's database is reused when its schema was left as it was: its
  connections are ended, its catalog (tables, columns, defaults, constraints,
  indexes, triggers, policies, functions, grants, owners, the database's own
  settings …) is compared with the template's (:data:`_FINGERPRINT`), and
  only if it is the same are its rows put back to the template's (``TRUNCATE
  … RESTART IDENTITY``, the template's rows copied in, every sequence set to
  the template's value, planner statistics removed). The next test gets it
  under a new name. Any other database — a role test's grants, a downgrade, a
  policy — is dropped, as before.
* tests run as an ordinary login that owns its databases, not as the
  superuser; it is called ``测试员`` like FYLINK_USER, so journal actors
  read the same on both engines.
* ``initialized`` and ``demo_db`` run ``fylink init --roster`` / ``fylink
  demo`` once per session (and per FYLINK_* environment and config file)
  and copy the result (SQLite file copy / on PostgreSQL the filled rows,
  put into the test's database as above) for every later test: the demo
  takes seconds, a copy milliseconds.

A test gets a database when it uses ``db_url`` — directly or through
``cli``, ``runner``, ``initialized``, ``demo_db`` or ``session``. Markers:
``sqlite_only`` (file permissions, WAL, corrupt files: skipped on
PostgreSQL) and ``postgres`` (roles, pg_dump: skipped on SQLite).
"""

import hashlib
import itertools
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from helpers import DATA, TODAY, permissions_enforced

PG_ENV = "FYLINK_TEST_PG_URL"
#: The ordinary login the tests connect as on PostgreSQL: named like FYLINK_USER, so the
#: journal's actor reads the same on both engines (it would be "测试员@login" otherwise).
PG_TEST_ROLE = "测试员"


_PERMISSIONS: list[bool] = []


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("needs_permissions"):
        if not _PERMISSIONS:
            _PERMISSIONS.append(permissions_enforced())
        if not _PERMISSIONS[0]:
            message = (
                "this process ignores file permissions (root): run as an ordinary user, or as"
                " .ci/run does (setpriv --bounding-set=-dac_override,-dac_read_search,-fowner)"
            )
            if os.environ.get("CI"):
                pytest.fail(message)  # CI must run these, not skip them
            pytest.skip(message)
    on_postgres = bool(os.environ.get(PG_ENV))
    if on_postgres and item.get_closest_marker("sqlite_only"):
        pytest.skip("SQLite only (the suite runs on PostgreSQL)")
    if not on_postgres and item.get_closest_marker("postgres"):
        pytest.skip(f"needs PostgreSQL: set {PG_ENV}")


#: The catalog of the connected database that a test could change and a reused database
#: must have as the template has it: one md5 over every user object's definition.
#: Temporary schemas (a connection's own, gone with it) are left out.
_FINGERPRINT = """
WITH ns AS (
    SELECT oid, nspname FROM pg_namespace
    WHERE nspname NOT LIKE 'pg\\_temp\\_%' AND nspname NOT LIKE 'pg\\_toast%'
      AND nspname NOT IN ('pg_catalog', 'information_schema')
), rel AS (
    SELECT c.* FROM pg_class c JOIN ns ON ns.oid = c.relnamespace
), items(item) AS (
    SELECT concat_ws(' ', 'namespace', nspname, nspowner::regrole, nspacl)
    FROM pg_namespace n WHERE n.oid IN (SELECT oid FROM ns)
    UNION ALL
    SELECT concat_ws(' ', 'class', oid::regclass, relkind, relowner::regrole, relacl,
                     relrowsecurity, relforcerowsecurity, relpersistence, relnatts,
                     reloptions, relreplident, relispartition)
    FROM rel
    UNION ALL
    SELECT concat_ws(' ', 'column', a.attrelid::regclass, a.attnum, a.attname,
                     format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attisdropped,
                     a.attidentity, a.attgenerated, a.attcollation, a.attacl, a.attoptions,
                     pg_get_expr(d.adbin, d.adrelid))
    FROM pg_attribute a JOIN rel ON rel.oid = a.attrelid
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE a.attnum > 0
    UNION ALL
    SELECT concat_ws(' ', 'constraint', conrelid::regclass, contypid, conname, contype,
                     condeferrable, condeferred, convalidated, pg_get_constraintdef(oid))
    FROM pg_constraint WHERE connamespace IN (SELECT oid FROM ns)
    UNION ALL
    SELECT concat_ws(' ', 'index', pg_get_indexdef(indexrelid), indisvalid, indisclustered)
    FROM pg_index WHERE indrelid IN (SELECT oid FROM rel)
    UNION ALL
    SELECT concat_ws(' ', 'trigger', pg_get_triggerdef(oid), tgenabled)
    FROM pg_trigger WHERE NOT tgisinternal AND tgrelid IN (SELECT oid FROM rel)
    UNION ALL
    SELECT concat_ws(' ', 'rule', ev_class::regclass, rulename, ev_enabled,
                     pg_get_ruledef(oid))
    FROM pg_rewrite WHERE ev_class IN (SELECT oid FROM rel)
    UNION ALL
    SELECT concat_ws(' ', 'policy', polrelid::regclass, polname, polcmd, polpermissive,
                     polroles::regrole[], pg_get_expr(polqual, polrelid),
                     pg_get_expr(polwithcheck, polrelid))
    FROM pg_policy
    UNION ALL
    SELECT concat_ws(' ', 'function', oid::regprocedure, proowner::regrole, proacl,
                     prosecdef, proconfig, provolatile, md5(prosrc))
    FROM pg_proc WHERE pronamespace IN (SELECT oid FROM ns)
    UNION ALL
    SELECT concat_ws(' ', 'type', oid::regtype, typowner::regrole, typacl, typtype,
                     (SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder)
                      FROM pg_enum WHERE enumtypid = t.oid))
    FROM pg_type t WHERE typnamespace IN (SELECT oid FROM ns)
    UNION ALL
    SELECT concat_ws(' ', 'sequence', seqrelid::regclass, seqtypid, seqstart, seqincrement,
                     seqmax, seqmin, seqcache, seqcycle)
    FROM pg_sequence WHERE seqrelid IN (SELECT oid FROM rel)
    UNION ALL
    SELECT concat_ws(' ', 'default acl', defaclrole::regrole, defaclnamespace, defaclobjtype,
                     defaclacl)
    FROM pg_default_acl
    UNION ALL
    SELECT concat_ws(' ', 'extension', extname, extversion) FROM pg_extension
    UNION ALL
    SELECT concat_ws(' ', 'database', datdba::regrole, datacl, datallowconn, datconnlimit,
                     (SELECT string_agg(concat_ws('=', setrole, setconfig::text), ';'
                                        ORDER BY setrole)
                      FROM pg_db_role_setting WHERE setdatabase = d.oid))
    FROM pg_database d WHERE datname = current_database()
    UNION ALL
    SELECT concat_ws(' ', 'objects', (SELECT count(*) FROM pg_event_trigger),
                     (SELECT count(*) FROM pg_publication),
                     (SELECT count(*) FROM pg_statistic_ext),
                     (SELECT count(*) FROM pg_largeobject_metadata),
                     (SELECT count(*) FROM pg_cast WHERE oid >= 16384),
                     (SELECT count(*) FROM pg_operator WHERE oid >= 16384),
                     (SELECT count(*) FROM pg_collation WHERE oid >= 16384),
                     (SELECT count(*) FROM pg_foreign_server),
                     (SELECT count(*) FROM pg_ts_config WHERE oid >= 16384),
                     (SELECT count(*) FROM pg_language WHERE oid >= 16384),
                     (SELECT count(*) FROM pg_opclass WHERE oid >= 16384))
)
SELECT md5(string_agg(item, E'\\n' ORDER BY item)) FROM items
"""


@dataclass
class PgSnapshot:
    """A database's schema (by :data:`_FINGERPRINT`) and its rows: the binary COPY of each
    table that has any, and every sequence's value, to put into a database of that schema."""

    fingerprint: str
    tables: list[str]
    rows: list[tuple[str, bytes]]
    sequences: list[tuple[str, int, bool]]


class PgServer:
    """Creates, reuses and drops the test databases on the server of FYLINK_TEST_PG_URL."""

    def __init__(self, admin_url: str) -> None:
        from sqlalchemy.engine import make_url

        self.admin = make_url(admin_url)
        self.prefix = f"fylink_t{os.getpid()}"
        self.counter = itertools.count(1)
        self.templates: dict[str, str] = {}
        self.snapshots: dict[str, PgSnapshot | None] = {}
        #: Finished tests' databases, put back to the template's rows, ready for reuse.
        self.spare: list[str] = []
        self.version = int(self._scalar("SHOW server_version_num"))
        if not self._scalar("SELECT 1 FROM pg_roles WHERE rolname = %s", PG_TEST_ROLE):
            self.execute(f'CREATE ROLE "{PG_TEST_ROLE}" LOGIN')
        self.template("schema", self._migrate)
        self.base = self.snapshot(self.templates["schema"])

    def _connect(self, database: str | None = None):
        import psycopg

        url = self.admin.set(drivername="postgresql")
        if database:
            url = url.set(database=database)
        return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)

    def execute(self, sql: str, *params: object, database: str | None = None) -> None:
        with self._connect(database) as connection:
            connection.execute(sql, params or None)  # type: ignore[arg-type]

    def _scalar(self, sql: str, *params: object) -> object:
        with self._connect() as connection:
            row = connection.execute(sql, params or None).fetchone()  # type: ignore[arg-type]
        return row[0] if row else None

    def url(self, name: str, *, user: str = PG_TEST_ROLE) -> str:
        return self.admin.set(database=name, username=user, password=None).render_as_string(
            hide_password=False
        )

    def admin_url(self, name: str) -> str:
        return self.admin.set(database=name).render_as_string(hide_password=False)

    def create(self, template: str | None = "schema", name: str | None = None) -> str:
        name = name or f"{self.prefix}_{next(self.counter)}"
        source = self.templates[template] if template else "template0"
        strategy = " STRATEGY FILE_COPY" if self.version >= 150000 else ""
        self.execute(
            f'CREATE DATABASE "{name}" OWNER "{PG_TEST_ROLE}" TEMPLATE "{source}"{strategy}'
        )
        return name

    def drop(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def acquire(self) -> str:
        """A database at head and empty, under a name no test had: a spare one, else a copy
        of the template."""
        while self.spare:
            old = self.spare.pop()
            name = f"{self.prefix}_{next(self.counter)}"
            try:
                self.execute(f'ALTER DATABASE "{old}" RENAME TO "{name}"')
            except Exception:
                self.drop(old)
                continue
            return name
        return self.create()

    def release(self, name: str) -> None:
        """A test is done with ``name``: kept as a spare if its schema is the template's
        (its rows put back to the template's), else dropped."""
        try:
            if self._reset(name, self.base):
                self.spare.append(name)
                return
        except Exception:
            pass
        self.drop(name)

    def _end_connections(self, name: str) -> bool:
        """End every connection to ``name``; False when some could not be ended or a
        prepared transaction is left (the database is then not reused)."""
        with self._connect() as connection:
            connection.execute(
                "SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity"
                " WHERE datname = %s AND pid <> pg_backend_pid()",
                (name,),
            )
            left = connection.execute(
                "SELECT (SELECT count(*) FROM pg_stat_activity WHERE datname = %s)"
                " + (SELECT count(*) FROM pg_prepared_xacts WHERE database = %s)",
                (name, name),
            ).fetchone()
        return bool(left) and left[0] == 0

    def _reset(self, name: str, snapshot: PgSnapshot) -> bool:
        """Put ``snapshot``'s rows into ``name`` if its schema is ``snapshot``'s; True if so."""
        if not self._end_connections(name):
            return False
        with self._connect(name) as connection:
            row = connection.execute(_FINGERPRINT).fetchone()
            if row is None or row[0] != snapshot.fingerprint:
                return False
            self._load(connection, snapshot)
        return True

    def _load(self, connection, snapshot: PgSnapshot) -> None:  # type: ignore[no-untyped-def]
        from psycopg import sql

        with connection.transaction():
            # As replication does: no triggers (the journal's chain check), no FK checks;
            # the rows are the template's, as they were.
            connection.execute("SET LOCAL session_replication_role = replica")
            # Only the tables with rows (a TRUNCATE makes new files for a table and its
            # indexes): most tests fill a few of them.
            used = sql.SQL(" UNION ALL ").join(
                sql.SQL("SELECT {} WHERE EXISTS (SELECT FROM {})").format(
                    sql.Literal(t), sql.Identifier(t)
                )
                for t in snapshot.tables
            )
            filled = [r[0] for r in connection.execute(used)]
            if filled:
                connection.execute(
                    sql.SQL("TRUNCATE {} CASCADE").format(
                        sql.SQL(", ").join(sql.Identifier(t) for t in filled)
                    )
                )
            for table, data in snapshot.rows:
                copy_in = sql.SQL("COPY {} FROM STDIN (FORMAT binary)").format(
                    sql.Identifier(table)
                )
                with connection.cursor().copy(copy_in) as copy:
                    copy.write(data)
            # Every sequence as the snapshot had it (RESTART IDENTITY would only reset the
            # truncated tables' own).
            connection.execute(
                sql.SQL("SELECT {}").format(
                    sql.SQL(", ").join(
                        sql.SQL("setval({}::regclass, {}, {})").format(
                            sql.Literal(sql.Identifier(name).as_string(connection)),
                            sql.Literal(value),
                            sql.Literal(called),
                        )
                        for name, value, called in snapshot.sequences
                    )
                )
            )
            # No planner statistics from an earlier test (a fresh copy has none either).
            connection.execute(
                "DELETE FROM pg_statistic WHERE starelid IN (SELECT c.oid FROM pg_class c"
                " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public')"
            )
        connection.execute("SELECT pg_stat_reset()")

    def snapshot(self, name: str) -> PgSnapshot:
        """``name``'s schema fingerprint, rows and sequence values (see :class:`PgSnapshot`)."""
        from psycopg import sql

        with self._connect(name) as connection:
            fingerprint = connection.execute(_FINGERPRINT).fetchone()[0]  # type: ignore[index]
            tables = [
                r[0]
                for r in connection.execute(
                    "SELECT c.relname FROM pg_class c JOIN pg_namespace n"
                    " ON n.oid = c.relnamespace WHERE n.nspname = 'public'"
                    " AND c.relkind IN ('r', 'p') ORDER BY c.relname"
                )
            ]
            rows: list[tuple[str, bytes]] = []
            for table in tables:
                found = connection.execute(
                    sql.SQL("SELECT EXISTS (SELECT FROM {})").format(sql.Identifier(table))
                ).fetchone()
                if not (found and found[0]):
                    continue
                data = bytearray()
                copy_out = sql.SQL("COPY {} TO STDOUT (FORMAT binary)").format(
                    sql.Identifier(table)
                )
                with connection.cursor().copy(copy_out) as copy:
                    for block in copy:
                        data += block
                rows.append((table, bytes(data)))
            sequences: list[tuple[str, int, bool]] = []
            for (sequence,) in connection.execute(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n"
                " ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'S'"
                " ORDER BY c.relname"
            ).fetchall():
                value = connection.execute(
                    sql.SQL("SELECT last_value, is_called FROM {}").format(sql.Identifier(sequence))
                ).fetchone()
                assert value is not None
                sequences.append((sequence, int(value[0]), bool(value[1])))
        return PgSnapshot(fingerprint, tables, rows, sequences)

    def prepared(self, key: str, name: str) -> None:
        """Remember ``name``'s rows under ``key`` (:func:`_prepared`): as a snapshot when
        its schema is the template's, else as a template database of its own."""
        snapshot = self.snapshot(name)
        if snapshot.fingerprint == self.base.fingerprint:
            self.snapshots[key] = snapshot
        else:
            self.snapshots[key] = None
            self.template(key, lambda _: None, source=name)

    def fill(self, key: str, name: str) -> None:
        """Give ``name`` (a database just acquired) the rows remembered under ``key``."""
        snapshot = self.snapshots[key]
        if snapshot is not None:
            # Its schema is the template's (acquired, no test has used it yet).
            with self._connect(name) as connection:
                self._load(connection, snapshot)
            return
        self.drop(name)
        self.create(template=key, name=name)

    def template(self, key: str, build: Callable[[str], None], source: str | None = None) -> str:
        """A template database, built once: from ``source`` (a database name) or by ``build``."""
        if key not in self.templates:
            name = f"{self.prefix}_tpl_{len(self.templates)}"
            if source is not None:
                self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}" OWNER "{PG_TEST_ROLE}"')
            else:
                self.execute(f'CREATE DATABASE "{name}" OWNER "{PG_TEST_ROLE}" TEMPLATE template0')
                build(self.url(name))
            self.templates[key] = name
        return self.templates[key]

    @staticmethod
    def _migrate(url: str) -> None:
        from fylink import db

        db.upgrade(url)

    def close(self) -> None:
        for name in [*self.spare, *self.templates.values()]:
            self.drop(name)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer | None]:
    url = os.environ.get(PG_ENV)
    if not url:
        yield None
        return
    server = PgServer(url)
    yield server
    server.close()


@pytest.fixture(scope="session")
def engine_name(pg_server: PgServer | None) -> str:
    return "postgresql" if pg_server else "sqlite"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("FYLINK_HOME", str(home))
    monkeypatch.setenv("FYLINK_DB", str(tmp_path / "fylink.db"))
    monkeypatch.setenv("FYLINK_USER", "测试员")
    monkeypatch.setenv("FYLINK_TODAY", TODAY)
    monkeypatch.delenv("FYLINK_CONFIG", raising=False)
    monkeypatch.delenv("FYLINK_DEBUG", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    return home


@pytest.fixture
def db_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_server: PgServer | None
) -> Iterator[str]:
    """This test's database (FYLINK_DB points at it): a file to be, or a migrated PG database."""
    if pg_server is None:
        yield "sqlite:///" + str(tmp_path / "fylink.db")
        return
    name = pg_server.acquire()
    url = pg_server.url(name)
    monkeypatch.setenv("FYLINK_DB", url)
    yield url
    pg_server.release(name)


@pytest.fixture
def fresh_db_url(tmp_path: Path, pg_server: PgServer | None) -> Iterator[str]:
    """An empty database without any schema (not FYLINK_DB)."""
    if pg_server is None:
        yield "sqlite:///" + str(tmp_path / "fresh.db")
        return
    name = pg_server.create(template=None)
    yield pg_server.url(name)
    pg_server.drop(name)


@pytest.fixture
def pg_url(db_url: str, engine_name: str) -> str:
    """This test's database when it is a PostgreSQL one (the test is skipped otherwise)."""
    if engine_name != "postgresql":
        pytest.skip(f"needs PostgreSQL: set {PG_ENV}")
    return db_url


@pytest.fixture
def pg_admin_url(pg_url: str, pg_server: PgServer) -> str:
    """This test's PostgreSQL database, as the server's administrator (roles, policies)."""
    from sqlalchemy.engine import make_url

    return pg_server.admin_url(str(make_url(pg_url).database))


@pytest.fixture
def runner(db_url: str) -> CliRunner:
    return CliRunner()


def invoke(runner: CliRunner, *args: str, input: str | None = None):
    from fylink.cli.app import app

    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def cli(runner: CliRunner):
    """Run fylink with arguments; returns Click's Result (stdout, stderr, exit_code)."""

    def run(*args: str, input: str | None = None):
        return invoke(runner, *args, input=input)

    return run


_CACHE: dict[str, str] = {}


def _cache_key(what: str, home: Path) -> str:
    """What a prepared database depends on besides the code: environment and config file."""
    env = sorted(
        (k, v)
        for k, v in os.environ.items()
        if k.startswith("FYLINK_") and k not in ("FYLINK_DB", "FYLINK_HOME")
    )
    config = home / "config.toml"
    text = config.read_text("utf-8") if config.exists() else ""
    return hashlib.sha256(repr((what, env, text)).encode()).hexdigest()[:16]


def _prepared(
    cli,
    db_url: str,
    home: Path,
    pg_server: "PgServer | None",
    tmp_path_factory: pytest.TempPathFactory,
    what: str,
    fill: Callable[[Callable], None],
) -> None:
    """Fill this test's new database with ``fill(cli)`` — once per session: later
    tests get a copy (SQLite file copy / PostgreSQL template). ``what`` names the fill."""
    key = _cache_key(what, home)
    cached = _CACHE.get(key)
    if pg_server is not None:
        from sqlalchemy.engine import make_url

        name = str(make_url(db_url).database)
        if cached is None:
            fill(cli)
            pg_server.prepared(key, name)
            _CACHE[key] = key
            return
        pg_server.fill(key, name)
        return
    target = Path(db_url.removeprefix("sqlite:///"))
    if cached is None:
        fill(cli)
        copy = tmp_path_factory.mktemp("prepared") / "fylink.db"
        _sqlite_copy(target, copy)
        _CACHE[key] = str(copy)
        return
    assert not target.exists(), "a prepared database wants a new database"
    shutil.copyfile(cached, target)
    target.chmod(0o600)


@pytest.fixture
def initialized(cli, db_url, isolated_home, pg_server, tmp_path_factory) -> None:
    """A database with the office and the 示范县 roster (`fylink init --roster`)."""
    _prepared(
        cli, db_url, isolated_home, pg_server, tmp_path_factory, "init", _run_ok(_ROSTER_INIT)
    )


@pytest.fixture
def demo_db(cli, db_url, isolated_home, pg_server, tmp_path_factory) -> None:
    """A database filled by `fylink demo` (as of TODAY)."""
    _prepared(cli, db_url, isolated_home, pg_server, tmp_path_factory, "demo", _run_ok(("demo",)))


@pytest.fixture
def office_db(cli, db_url, isolated_home, pg_server, tmp_path_factory) -> None:
    """The roster plus the meetings, tasks and notices of ``dochelp.build_office``."""
    from dochelp import build_office

    def fill(run: Callable) -> None:
        _run_ok(_ROSTER_INIT)(run)
        build_office(run)

    _prepared(cli, db_url, isolated_home, pg_server, tmp_path_factory, "office", fill)


_ROSTER_INIT = ("init", "--roster", str(DATA / "roster.yaml"))


def _run_ok(argv: tuple[str, ...]) -> Callable[[Callable], None]:
    def fill(run: Callable) -> None:
        result = run(*argv)
        assert result.exit_code == 0, result.output

    return fill


def _sqlite_copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


@pytest.fixture
def session(db_url: str, initialized: None) -> Iterator:
    """A writing session on the initialized database (committed at the end)."""
    from fylink.db import session_scope

    with session_scope(db_url, actor="测试员", command="pytest") as db_session:
        yield db_session
