"""Migration 0004 on a database with deliveries made before it (issue 14).

The 0002 databases in tests/data/schemas were made without a notification channel, so they
have no delivery rows: this test adds the rows 0002's code wrote (an e-mail to the unit's
liaison, a robot message) and checks what 0004 makes of them, on both engines.
"""

import shutil

import pytest
from sqlalchemy import create_engine, text

from helpers import DATA

SCHEMAS = DATA / "schemas"

ROWS = (
    "INSERT INTO delivery (notice_id, channel, target, status, attempts, last_error, sent_at,"
    " created_at) VALUES"
    " (1, 'email', 'zrzyj@shifan.example.cn', '已发送', 1, '', '2024-10-15 00:31:00',"
    " '2024-10-15 00:30:00'),"
    " (1, 'wecom', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=K', '失败', 2,"
    " 'HTTP 500', NULL, '2024-10-15 00:30:00')"
)


def _run(url: str, *statements: str) -> list:
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            rows: list = []
            for statement in statements:
                result = connection.execute(text(statement))
                if result.returns_rows:
                    rows = [tuple(r) for r in result]
            return rows
    finally:
        engine.dispose()


def _upgrade_and_check(cli, url: str) -> None:
    unit = _run(url, ROWS, "SELECT unit_id FROM notice WHERE id = 1")[0][0]
    assert cli("--db", url, "db", "upgrade").exit_code == 0
    assert _run(
        url, "SELECT channel, recipient, status, claim_token FROM delivery ORDER BY id"
    ) == [
        ("email", f"lead:{unit}", "已发送", ""),
        ("wecom", "group", "失败", ""),
    ]
    assert _run(url, "SELECT issuer FROM notice WHERE id = 1") == [("",)]
    assert cli("--db", url, "db", "check").exit_code == 0
    listed = cli("--db", url, "notice", "list", "--undelivered", "--json")
    assert listed.exit_code == 0, listed.stderr


@pytest.mark.sqlite_only
def test_sqlite_deliveries_get_their_recipients(cli, tmp_path):
    copy = tmp_path / "0002.sqlite"
    shutil.copyfile(SCHEMAS / "0002.sqlite", copy)
    _upgrade_and_check(cli, "sqlite:///" + str(copy))


@pytest.mark.postgres
def test_postgres_deliveries_get_their_recipients(cli, fresh_db_url):
    import psycopg
    from sqlalchemy.engine import make_url

    target = make_url(fresh_db_url).set(drivername="postgresql")
    with psycopg.connect(target.render_as_string(hide_password=False), autocommit=True) as c:
        c.execute((SCHEMAS / "0002.pg.sql").read_text("utf-8"))  # type: ignore[arg-type]
    _upgrade_and_check(cli, fresh_db_url)
