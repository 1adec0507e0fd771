"""`fylink db check`, `db backup`, `db roles`."""

import json
import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from fylink import db
from helpers import db_dump


def _sql(url: str, *statements: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
    engine.dispose()


def test_check_passes_on_a_healthy_database(cli, initialized, engine_name):
    result = cli("db", "check")
    assert result.exit_code == 0, result.output
    assert "未通过" not in result.stdout
    assert "结构版本" in result.stdout
    assert "40 条，哈希链完好" in result.stdout
    data = json.loads(cli("db", "check", "--json").stdout)
    assert data["ok"] is True
    assert data["engine"] == engine_name
    names = [c["name"] for c in data["checks"]]
    assert names[-5:] == ["结构版本", "结构一致", "编号唯一", "变更日志", "锚点"]


def test_check_finds_a_tampered_journal(cli, initialized, db_url):
    _sql(db_url, "UPDATE journal SET command = 'fylink nothing' WHERE id = 9")
    result = cli("db", "check")
    assert result.exit_code == 11
    assert result.stderr == (
        "错误：数据库检查未通过：变更日志——第 9 条记录的内容被修改（与其哈希不符）\n"
    )


def test_check_finds_a_wrong_schema_revision(cli, initialized, db_url):
    _sql(db_url, "UPDATE alembic_version SET version_num = '0000'")
    result = cli("db", "check")
    assert result.exit_code == 11
    assert f"结构版本——0000，程序需要 {db.SCHEMA_HEAD}" in result.stderr


@pytest.mark.sqlite_only
def test_check_finds_broken_foreign_keys(cli, initialized, db_url):
    import sqlite3

    connection = sqlite3.connect(db_url.removeprefix("sqlite:///"))
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute("UPDATE person SET unit_id = 999 WHERE id = 4")
    connection.commit()
    connection.close()
    result = cli("db", "check")
    assert result.exit_code == 11
    assert "外键——1 处断链：person 第 4 行引用的 unit 不存在" in result.stderr


@pytest.mark.sqlite_only
def test_check_finds_a_damaged_file(cli, initialized, db_url):
    path = Path(db_url.removeprefix("sqlite:///"))
    data = bytearray(path.read_bytes())
    page = 4096
    for n in range(3, 8):  # scribble over a few pages past the schema
        data[n * page : (n + 1) * page] = b"\xa5" * page
    path.write_bytes(bytes(data))
    result = cli("db", "check")
    assert result.exit_code == 11
    assert result.stderr.startswith("错误：数据库检查未通过：存储完整性——")


@pytest.mark.sqlite_only
def test_sqlite_backup_is_a_private_checked_copy(cli, initialized, db_url, tmp_path):
    old = os.umask(0)
    try:
        target = tmp_path / "备份" / "fylink-2025-06-30.db"
        result = cli("db", "backup", str(target))
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"已备份到 {target}（")
    assert target.stat().st_mode & 0o777 == 0o600
    assert not list(target.parent.glob(".*part"))
    # The copy is the database as it was; the anchor of the backup is recorded after it.
    live = [
        row
        for row in db_dump(db_url)
        if row[0] != "journal_anchor" and not (row[0] == "journal" and row[6] == "journal_anchor")
    ]
    assert db_dump("sqlite:///" + str(target)) == live
    anchor = target.with_name(target.name + ".anchor")
    assert anchor.stat().st_mode & 0o777 == 0o600
    assert "锚点：" in anchor.read_text("utf-8")
    check = cli("--db", str(target), "db", "check")
    assert check.exit_code == 0
    # a single self-contained file: no WAL left behind
    import sqlite3

    connection = sqlite3.connect(target)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    connection.close()


def test_backup_never_overwrites(cli, initialized, tmp_path):
    target = tmp_path / "old-backup.db"
    target.write_bytes(b"keep me")
    result = cli("db", "backup", str(target))
    assert result.exit_code == 5
    assert result.stderr == f"错误：备份文件 {target} 已存在：请换一个文件名，不会覆盖已有备份\n"
    assert target.read_bytes() == b"keep me"


@pytest.mark.postgres
def test_pg_backup_is_a_private_dump(cli, initialized, tmp_path):
    old = os.umask(0)
    try:
        target = tmp_path / "fylink.dump"
        result = cli("db", "backup", str(target))
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.output
    assert target.stat().st_mode & 0o777 == 0o600
    assert target.read_bytes()[:5] == b"PGDMP"
    assert "pg_restore" in result.stdout


@pytest.mark.postgres
def test_pg_backup_without_pg_dump_says_so(cli, initialized, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    result = cli("db", "backup", str(tmp_path / "x.dump"))
    assert result.exit_code == 6
    assert result.stderr.startswith("错误：未找到 pg_dump：请安装 PostgreSQL 客户端")
    assert not (tmp_path / "x.dump").exists()
    assert not list(tmp_path.glob(".*part"))


def test_roles_prints_the_sql(cli):
    result = cli("db", "roles")
    assert result.exit_code == 0
    assert "CREATE POLICY fylink_liaison_own_unit ON task_progress" in result.stdout
    assert "ENABLE ROW LEVEL SECURITY" in result.stdout
