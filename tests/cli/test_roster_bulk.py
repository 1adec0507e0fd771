"""``fylink init --roster`` on the bulk path (issue 21): the units in one INSERT, the
persons in another, the journal in one batch — with the refusals ``unit add`` and
``person add`` give, word for word (each checked against main at 194dea9 by hand)."""

from collections import Counter

import pytest
from sqlalchemy import Engine, event

from helpers import DATA, db_dump

_OFFICE = "office: {name: 示范县府院联动联席会议办公室, region: 示范县}\n"


def _inserts(cli, *args: str) -> tuple[object, Counter[str]]:
    seen: Counter[str] = Counter()

    def count(_conn, _cursor, statement, _parameters, _context, _executemany):
        words = statement.split()
        if words[0] in ("INSERT", "UPDATE"):
            seen[f"{words[0]} {words[2 if words[0] == 'INSERT' else 1]}"] += 1

    event.listen(Engine, "before_cursor_execute", count)
    try:
        return cli(*args), seen
    finally:
        event.remove(Engine, "before_cursor_execute", count)


def test_the_roster_goes_in_one_insert_a_table(cli, db_url):
    result, seen = _inserts(cli, "init", "--roster", str(DATA / "roster.yaml"))
    assert result.exit_code == 0, result.output
    assert "已导入名册：17 个单位，22 名人员" in result.stdout
    assert (seen["INSERT unit"], seen["INSERT person"], seen["UPDATE unit"]) == (1, 1, 0)
    listed = cli("person", "list", "--json")
    assert listed.exit_code == 0
    assert cli("log", "--verify").exit_code == 0
    undone = cli("undo", "--json")
    assert undone.exit_code == 0, undone.output
    assert '"count": 22' in undone.stdout


@pytest.mark.parametrize(
    ("units", "code", "message"),
    [
        (
            "  - {name: 示范县司法局, short_name: 县司法局, kind: 政府部门}\n"
            "  - {name: 示范县财政局, short_name: 县财政局, kind: 政府部门}\n"
            "  - {name: 县财政局, short_name: 县司法局, kind: 政府部门}\n",
            5,
            "错误：名册单位“县财政局”：单位名称或简称与已有单位“示范县司法局”重复\n",
        ),
        (
            "  - name: 示范县司法局\n    kind: 政府部门\n    persons:\n"
            "      - {name: 周明, title: 局长, role: 成员}\n"
            "      - {name: 林静, title: 办公室工作人员, role: 办公室}\n"
            "      - {name: 周明, title: 副局长, role: 成员}\n",
            5,
            "错误：示范县司法局的人员“周明”已登记（编号 1），不能重复添加\n",
        ),
        (
            "  - name: 示范县司法局\n    kind: 政府部门\n    persons:\n"
            "      - {name: 周明, title: 局长, role: 局长}\n",
            3,
            "错误：名册人员“周明”：角色“局长”不存在，可选：召集人、副召集人、成员、联络员、办公室\n",
        ),
        (
            "  - name: 示范县司法局\n    kind: 政府部门\n    persons:\n"
            "      - {name: 周明, title: 局长, role: 成员, phone: '1390794000'}\n",
            3,
            "错误：名册人员“周明”：电话“1390794000”有10位数字，手机号码应为11位\n",
        ),
        (
            "  - {name: 示范县司法局, kind: 部门}\n",
            3,
            "错误：名册单位“示范县司法局”：单位类型“部门”不存在，"
            "可选：政府部门、法院、检察院、乡镇街道、其他\n",
        ),
    ],
)
def test_a_bad_roster_is_refused_as_row_by_row(cli, db_url, tmp_path, units, code, message):
    roster = tmp_path / "roster.yaml"
    roster.write_text(_OFFICE + "units:\n" + units, "utf-8")
    result = cli("init", "--roster", str(roster))
    assert (result.exit_code, result.stdout, result.stderr) == (code, "", message)
    stored = [row for row in _rows(db_url) if row[0] in ("office", "unit", "person", "journal")]
    assert stored == []


def _rows(url: str) -> list[tuple]:
    from pathlib import Path

    from fylink import db

    path = db.sqlite_path(url)
    return [] if path is not None and not Path(path).exists() else db_dump(url)
