"""Shared fixtures: every test gets its own FYLINK_HOME and its own database.

No test ever touches a real user's database.

Two engines, one suite. By default each test's database is an SQLite file
under ``tmp_path``. With ``FYLINK_TEST_PG_URL`` set to a PostgreSQL server
(a role that may create databases and roles, e.g.
``postgresql+psycopg://postgres@127.0.0.1:55432/postgres``; ``.ci/pg start``
prints one), every test that asks for a database gets a fresh PostgreSQL
database instead, and ``FYLINK_DB`` points at it:

* once per session, a template database is created and migrated to head;
  each test's database is ``CREATE DATABASE … TEMPLATE`` of it (about 30 ms)
  and is dropped afterwards. A PostgreSQL database always exists before
  fylink sees it, so a test's database starts migrated but empty — exactly
  what the manual's set-up (create the database, ``fylink db upgrade``)
  leaves. ``fresh_db_url`` gives an empty one (no schema) on either engine.
* tests run as an ordinary login that owns its databases, not as the
  superuser; it is called ``测试员`` like FYLINK_USER, so journal actors
  read the same on both engines.
* ``initialized`` and ``demo_db`` run ``fylink init --roster`` / ``fylink
  demo`` once per session (and per FYLINK_* environment and config file)
  and copy the result (SQLite file copy / PostgreSQL template) for every
  later test: the demo takes seconds, a copy milliseconds.

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


class PgServer:
    """Creates and drops the test databases on the server of FYLINK_TEST_PG_URL."""

    def __init__(self, admin_url: str) -> None:
        from sqlalchemy.engine import make_url

        self.admin = make_url(admin_url)
        self.prefix = f"fylink_t{os.getpid()}"
        self.counter = itertools.count(1)
        self.templates: dict[str, str] = {}
        self.version = int(self._scalar("SHOW server_version_num"))
        if not self._scalar("SELECT 1 FROM pg_roles WHERE rolname = %s", PG_TEST_ROLE):
            self.execute(f'CREATE ROLE "{PG_TEST_ROLE}" LOGIN')
        self.template("schema", self._migrate)

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
        for name in self.templates.values():
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
    name = pg_server.create()
    url = pg_server.url(name)
    monkeypatch.setenv("FYLINK_DB", url)
    yield url
    pg_server.drop(name)


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
            _CACHE[key] = pg_server.template(key, lambda _: None, source=name)
            return
        pg_server.drop(name)
        pg_server.create(template=key, name=name)
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
