"""A missing, corrupt, read-only or foreign database: one line, exit 6, nothing changed."""

import os
import sqlite3

import pytest

from helpers import DATA, db_dump


@pytest.mark.sqlite_only
def test_missing_database(cli):
    result = cli("unit", "list")
    assert result.exit_code == 6
    assert "不存在" in result.stderr


@pytest.mark.sqlite_only
def test_corrupt_database(cli, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database at all" * 100)
    result = cli("--db", str(bad), "case", "list")
    assert result.exit_code == 6
    assert (
        result.stderr.strip()
        == "错误：数据库文件已损坏或不是 SQLite 数据库：请从备份恢复（fylink db backup）"
    )


@pytest.mark.sqlite_only
def test_foreign_sqlite_database(cli, tmp_path):
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    result = cli("--db", str(other), "case", "list")
    assert result.exit_code == 6
    assert "尚未初始化" in result.stderr


@pytest.mark.needs_permissions
@pytest.mark.sqlite_only
def test_read_only_database(cli, initialized, tmp_path, db_url):
    path = tmp_path / "fylink.db"
    cli("case", "list")
    before = db_dump(db_url)
    os.chmod(path, 0o400)
    try:
        result = cli("unit", "add", "示范县教育局")
    finally:
        os.chmod(path, 0o600)
    assert result.exit_code == 6
    assert "只读" in result.stderr
    assert db_dump(db_url) == before


@pytest.mark.sqlite_only
def test_read_only_database_even_for_root(cli, initialized, tmp_path, db_url):
    """SQLite's own read-only mode stands in for file permissions when tests run as root."""
    before = db_dump(db_url)
    url = f"sqlite:///file:{tmp_path / 'fylink.db'}?mode=ro&uri=true"
    result = cli("--db", url, "unit", "add", "示范县教育局")
    assert result.exit_code == 6
    assert "只读" in result.stderr
    assert db_dump(db_url) == before


@pytest.mark.sqlite_only
def test_outdated_schema_is_refused(cli, initialized, tmp_path):
    connection = sqlite3.connect(tmp_path / "fylink.db")
    connection.execute("UPDATE alembic_version SET version_num = '0000'")
    connection.commit()
    connection.close()
    result = cli("case", "list")
    assert result.exit_code == 6
    assert "fylink db upgrade" in result.stderr


def test_init_twice_is_a_conflict(cli, initialized, db_url):
    before = db_dump(db_url)
    result = cli("init", "--office", "另一个办公室")
    assert result.exit_code == 5
    assert db_dump(db_url) == before


@pytest.mark.sqlite_only
def test_failed_init_leaves_no_file(cli, tmp_path):
    roster = tmp_path / "roster.yaml"
    roster.write_text("units:\n  - name: 示范县甲局\n    kind: 部委\n", encoding="utf-8")
    result = cli("init", "--roster", str(roster))
    assert result.exit_code == 3
    assert "部委" in result.stderr
    assert not (tmp_path / "fylink.db").exists()


def test_bad_roster_file(cli, tmp_path):
    missing = cli("init", "--roster", str(tmp_path / "none.yaml"))
    assert missing.exit_code == 4
    broken = tmp_path / "broken.yaml"
    broken.write_text("units: [\n", encoding="utf-8")
    result = cli("init", "--roster", str(broken))
    assert result.exit_code == 3
    assert "格式有误" in result.stderr


def test_bad_config_file(cli, isolated_home):
    isolated_home.mkdir(parents=True)
    (isolated_home / "config.toml").write_text(
        "[tasks]\ndue_soon_workdays = 'x'\n", encoding="utf-8"
    )
    result = cli("init")
    assert result.exit_code == 7
    assert "tasks.due_soon_workdays" in result.stderr


@pytest.mark.sqlite_only
def test_db_path_and_upgrade(cli, initialized, tmp_path):
    assert cli("db", "path").stdout.strip() == str(tmp_path / "fylink.db")
    assert "已是最新版本" in cli("db", "upgrade").stdout


def test_init_with_xlsx_roster(cli, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "单位"
    sheet.append(["单位名称", "简称", "类型", "区域", "成员单位", "联络员", "联络电话", "联络邮箱"])
    sheet.append(
        ["示范县司法局", "县司法局", "政府部门", "示范县", "是", "孙丽", "0372-5101003", ""]
    )
    sheet.append(["示范县人民法院", "县法院", "法院", "示范县", "是", "许文", "", ""])
    people = book.create_sheet("人员")
    people.append(["姓名", "职务", "单位", "角色"])
    people.append(["王建国", "县长", "", "召集人"])
    path = tmp_path / "roster.xlsx"
    book.save(path)
    result = cli("init", "--region", "示范县", "--roster", str(path))
    assert result.exit_code == 0, result.output
    assert "2 个单位，1 名人员" in result.stdout
    assert "示范县府院联动联席会议办公室" in result.stdout


def test_roster_example_is_the_demo_roster():
    from importlib import resources
    from pathlib import Path

    shipped = resources.files("fylink.data").joinpath("demo_roster.yaml").read_text("utf-8")
    example = Path(__file__).parents[2] / "examples" / "roster.yaml"
    assert example.read_text("utf-8") == shipped
    assert (DATA / "roster.yaml").read_text("utf-8") == shipped
