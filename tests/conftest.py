"""Shared fixtures: every test gets its own FYLINK_HOME and database file.

No test ever touches a real user's database. Set FYLINK_TEST_PG_URL to a
PostgreSQL server URL (a database the tests may fill and empty) to run the
database tests against PostgreSQL as well.
"""

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from helpers import DATA, TODAY


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
def db_url(tmp_path: Path) -> str:
    return "sqlite:///" + str(tmp_path / "fylink.db")


@pytest.fixture
def runner() -> CliRunner:
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


@pytest.fixture
def initialized(cli) -> None:
    """A database with the office and the 示范县 roster."""
    result = cli("init", "--roster", str(DATA / "roster.yaml"))
    assert result.exit_code == 0, result.output


@pytest.fixture
def demo_db(cli) -> None:
    """A database filled by `fylink demo` (as of TODAY)."""
    result = cli("demo")
    assert result.exit_code == 0, result.output


@pytest.fixture
def session(db_url: str, initialized: None) -> Iterator:
    """A writing session on the initialized database (committed at the end)."""
    from fylink.db import session_scope

    with session_scope(db_url, actor="测试员", command="pytest") as db_session:
        yield db_session


@pytest.fixture
def pg_url() -> str:
    url = os.environ.get("FYLINK_TEST_PG_URL")
    if not url:
        pytest.skip("FYLINK_TEST_PG_URL is not set")
    return url


def _snapshot(folder: Path, fill) -> Path:
    """A database filled once by ``fill(run)`` with the suite's environment."""
    path = folder / "snapshot.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FYLINK_HOME", str(folder / "home"))
        patch.setenv("FYLINK_DB", str(path))
        patch.setenv("FYLINK_USER", "测试员")
        patch.setenv("FYLINK_TODAY", TODAY)
        patch.setenv("NO_COLOR", "1")
        patch.delenv("FYLINK_CONFIG", raising=False)
        runner = CliRunner()
        fill(lambda *args: invoke(runner, *args))
    return path


@pytest.fixture(scope="session")
def office_snapshot(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The roster plus dochelp.build_office's meetings, made once per test run."""
    from dochelp import build_office, ok

    def fill(run) -> None:
        ok(run("init", "--roster", str(DATA / "roster.yaml")))
        build_office(run)

    return _snapshot(tmp_path_factory.mktemp("office-snapshot"), fill)


@pytest.fixture
def office_copy(office_snapshot: Path, tmp_path: Path) -> Path:
    """This test's database (FYLINK_DB) is a fresh copy of the office snapshot."""
    target = tmp_path / "fylink.db"
    shutil.copyfile(office_snapshot, target)
    return target


@pytest.fixture(scope="session")
def demo_snapshot(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A `fylink demo` database made once per test run (it takes a while); copy it."""
    from dochelp import ok

    return _snapshot(tmp_path_factory.mktemp("demo-snapshot"), lambda run: ok(run("demo")))


@pytest.fixture
def demo_copy(demo_snapshot: Path, tmp_path: Path) -> Path:
    """This test's database (FYLINK_DB) is a fresh copy of the demo snapshot."""
    target = tmp_path / "fylink.db"
    shutil.copyfile(demo_snapshot, target)
    return target
