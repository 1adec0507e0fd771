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


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "units:\n  - name: 某县住房和城乡建设局\n    liaison_name: 彭亮\n",
            "错误：名册文件 roster.yaml 单位“某县住房和城乡建设局”有不认识的项：liaison_name"
            "（可用的项：name、short_name、kind、region、member、liaison、note、persons）\n",
        ),
        (
            "units:\n  - name: 某县司法局\npersons:\n  - {name: 曹敏, unit: 某县司法局}\n",
            "错误：名册文件 roster.yaml 有不认识的项：persons"
            "（可用的项：office、leaders、units）\n",
        ),
        (
            "units:\n  - name: 某县司法局\n    liaison: {name: 曹敏, mobile: '13800000000'}\n",
            "错误：名册文件 roster.yaml 单位“某县司法局”的 liaison 有不认识的项：mobile"
            "（可用的项：name、title、phone、email）\n",
        ),
    ],
)
def test_a_roster_key_fylink_does_not_know_is_refused_not_dropped(cli, tmp_path, text, message):
    # A clerk's hand-written roster: a key in the wrong place must not load the roster short.
    roster = tmp_path / "roster.yaml"
    roster.write_text(text, encoding="utf-8")
    result = cli("init", "--roster", str(roster))
    assert result.exit_code == 3
    assert result.stderr == message
    assert cli("unit", "list").exit_code != 0 or "某县" not in cli("unit", "list").stdout
