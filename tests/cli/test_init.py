import pytest

from helpers import DATA


def test_init_with_roster_creates_office_and_units(cli):
    result = cli("init", "--roster", str(DATA / "roster.yaml"))
    assert result.exit_code == 0, result.output
    assert "示范县府院联动联席会议办公室" in result.stdout
    assert "17 个单位" in result.stdout


@pytest.mark.sqlite_only
def test_command_without_database_fails_cleanly(cli):
    result = cli("case", "list")
    assert result.exit_code == 6
    assert result.stderr.startswith("错误：数据库文件")
    assert "fylink init" in result.stderr
