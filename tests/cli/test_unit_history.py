"""机构改革 (#12): a renamed unit keeps its former names with the days they were valid; a
look-up by a former name still works and says so; a 纪要 about an earlier day prints the
name of that day; the renaming is journaled and undoable."""

import json

import docx

from helpers import db_dump


def _text(path) -> str:
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_rename_keeps_the_former_name(cli, demo_db, db_url):
    before = db_dump(db_url)
    result = cli(
        "unit", "update", "县人社局", "--name", "示范县人力资源局", "--short", "县人力资源局",
        "--on", "2025-06-20",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    renaming = str(json.loads(cli("log", "--json", "--limit", "1").stdout)[0]["command_id"])
    assert result.stdout == (
        "已修改单位：示范县人力资源局\n"
        "原名称“示范县人力资源和社会保障局”保留至 2025-06-19（此前的文件仍用原名称）\n"
    )
    shown = cli("unit", "show", "县人社局", "--json")
    assert shown.exit_code == 0, shown.output
    data = json.loads(shown.stdout)
    assert data["name"] == "示范县人力资源局"
    assert data["former_names"] == [
        {
            "name": "示范县人力资源和社会保障局",
            "short_name": "县人社局",
            "valid_from": None,
            "valid_until": "2025-06-19",
        }
    ]
    plain = cli("unit", "show", "示范县人力资源和社会保障局")
    assert plain.stderr == (
        "注意：“示范县人力资源和社会保障局”是曾用名，"
        "该单位自 2025-06-20 起更名为“示范县人力资源局”\n"
    )
    assert "曾用名    示范县人力资源和社会保障局（至 2025-06-19）" in plain.stdout
    # Every command that takes a unit still takes the former name.
    task = cli("task", "add", "整理台账", "--lead", "县人社局", "--due", "15日", "--json")
    assert json.loads(task.stdout)["lead_unit"] == "县人力资源局"

    assert cli("undo").exit_code == 0  # the task
    assert cli("undo", "--command", renaming).exit_code == 0
    restored = [r for r in db_dump(db_url) if r[0] not in ("journal", "unit")]
    assert restored == [r for r in before if r[0] not in ("journal", "unit")]
    assert json.loads(cli("unit", "show", "县人社局", "--json").stdout)["former_names"] == []


def test_minutes_of_an_earlier_day_print_the_former_name(cli, demo_db, tmp_path):
    renamed = cli(
        "unit", "update", "县人社局", "--name", "示范县人力资源局", "--short", "县人力资源局",
        "--on", "2025-06-20",
    )  # fmt: skip
    assert renamed.exit_code == 0, renamed.output
    out = tmp_path / "june.docx"
    # 2025年第5期 was held on 2025-06-10, before the renaming.
    assert cli("meeting", "minutes", "2025-3", "--output", str(out)).exit_code == 0
    text = _text(out)
    assert "县人社局" in text
    assert "县人力资源局" not in text
    # A meeting after the renaming prints the new name.
    assert cli("meeting", "add", "--kind", "协调会", "--date", "2025-06-25").exit_code == 0
    decided = cli(
        "meeting", "decide", "协调会2025-2", "完善台账", "--lead", "县人社局", "--due", "15日"
    )
    assert decided.exit_code == 0, decided.output
    assert cli("meeting", "attend", "协调会2025-2", "--unit", "县人社局").exit_code == 0
    later = tmp_path / "late-june.docx"
    assert cli("meeting", "minutes", "协调会2025-2", "--output", str(later)).exit_code == 0
    assert "县人力资源局" in _text(later)


def test_a_rename_before_the_last_one_is_refused(cli, initialized, db_url):
    first = cli("unit", "update", "县人社局", "--name", "示范县人力资源局", "--on", "2025-03-01")
    assert first.exit_code == 0, first.output
    before = db_dump(db_url)
    result = cli(
        "unit", "update", "示范县人力资源局", "--name", "示范县人社局", "--on", "2025-02-01"
    )
    assert result.exit_code == 3
    assert result.stderr == (
        "错误：更名日期不能早于上次更名（2025-03-01）：请用 --on 给出新名称启用之日\n"
    )
    assert db_dump(db_url) == before
