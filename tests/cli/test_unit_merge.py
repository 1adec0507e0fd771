"""机构改革 (#12): ``unit merge OLD INTO NEW --on DATE`` moves OLD's open work to NEW, keeps
OLD (and its closed cases) in history, counts reports by the unit of the day or, with
``--successor``, under the successor; journaled, undoable, refusals change nothing."""

import json

import pytest

from helpers import db_dump

MERGE = ("unit", "merge", "县城管局", "INTO", "县住建局", "--on", "2025-07-01")


def _ok(cli, *args: str):
    result = cli(*args)
    assert result.exit_code == 0, result.output
    return result


def _office(cli, monkeypatch) -> None:
    """Work of 县城管局 before 2025-07-01: a closed case (lost), an open case, tasks as lead
    and as co-unit, an open suggestion."""
    monkeypatch.setenv("FYLINK_TODAY", "2025-07-10")
    _ok(cli, "case", "add", "（2025）豫0591行初3号", "-c", "行政诉讼", "-u", "县城管局",
        "--filed", "2025-02-10", "-p", "张三")  # fmt: skip
    _ok(cli, "case", "close", "（2025）豫0591行初3号", "-o", "撤销", "--closed", "2025-03-20")
    _ok(cli, "case", "add", "（2025）豫0591行初4号", "-c", "行政诉讼", "-u", "县城管局",
        "--filed", "2025-02-12", "-p", "李四")  # fmt: skip
    _ok(cli, "task", "add", "整治占道经营", "--lead", "县城管局", "--co", "县市场监管局",
        "--due", "2025-09-30")  # fmt: skip
    _ok(cli, "task", "add", "联合执法检查", "--lead", "县市场监管局", "--co", "县城管局",
        "--due", "2025-09-30")  # fmt: skip
    _ok(cli, "task", "add", "老旧小区改造", "--lead", "县住建局", "--co", "县城管局",
        "--due", "2025-09-30")  # fmt: skip
    _ok(cli, "suggestion", "add", "示法建〔2025〕7号", "-u", "县城管局", "--received",
        "2025-06-20")  # fmt: skip


def _units(cli, *args: str) -> tuple[int, dict[str, tuple[int, int]]]:
    """(filed in total, {unit: (filed, lost)}) of a quarterly report."""
    data = json.loads(_ok(cli, "report", "quarterly", "-y", "2025", *args, "--json").stdout)
    rows = {
        row["unit"]: (
            row["indicators"]["litigation_filed"]["numerator"],
            row["indicators"]["loss_rate"]["numerator"],
        )
        for row in data["units"]
        if row["indicators"]["litigation_filed"]["numerator"]
        or row["indicators"]["loss_rate"]["numerator"]
    }
    return data["indicators"]["litigation_filed"]["numerator"], rows


def test_merge_moves_open_work_and_keeps_history(cli, initialized, monkeypatch):
    _office(cli, monkeypatch)
    result = _ok(cli, *MERGE)
    assert result.stdout == (
        "已将“示范县城市管理局”并入“示范县住房和城乡建设局”（自 2025-07-01 起）\n"
        "转入“示范县住房和城乡建设局”：牵头任务1项、配合任务2项、在办案件1件、建议1件、人员1人\n"
        "已结案件1件仍记在“示范县城市管理局”名下\n"
    )
    shown = json.loads(_ok(cli, "case", "show", "（2025）豫0591行初4号", "--json").stdout)
    assert shown["unit"] == "县住建局"
    closed = json.loads(_ok(cli, "case", "show", "（2025）豫0591行初3号", "--json").stdout)
    assert closed["unit"] == "县城管局"
    tasks = json.loads(_ok(cli, "task", "list", "--json").stdout)
    assert [(t["lead_unit"], t["co_units"]) for t in tasks] == [
        ("县住建局", ["县市场监管局"]),
        ("县市场监管局", ["县住建局"]),
        ("县住建局", []),
    ]
    suggestion = json.loads(_ok(cli, "suggestion", "list", "--json").stdout)
    assert [s["unit"] for s in suggestion] == ["县住建局"]
    persons = json.loads(_ok(cli, "person", "list", "--unit", "县住建局", "--json").stdout)
    assert sorted(p["name"] for p in persons) == ["罗斌", "邓凯"]

    # OLD is no longer listed, but stays in history.
    listed = _ok(cli, "unit", "list")
    assert "示范县城市管理局" not in listed.stdout
    assert "共 16 个单位" in listed.stdout
    everything = _ok(cli, "unit", "list", "--all")
    assert "共 17 个单位" in everything.stdout
    assert everything.stdout.endswith(
        "注：示范县城市管理局：已于 2025-07-01 并入示范县住房和城乡建设局\n"
    )
    show = _ok(cli, "unit", "show", "县城管局")
    assert show.stderr == "注意：“示范县城市管理局”已于 2025-07-01 并入“示范县住房和城乡建设局”\n"

    # Reports: a quarter ending before the date counts both of OLD's cases (the closed one
    # and the one moved) under OLD; --successor counts OLD's row under NEW.
    monkeypatch.setenv("FYLINK_TODAY", "2025-10-10")
    _ok(cli, "case", "add", "（2025）豫0591行初20号", "-c", "行政诉讼", "-u", "县住建局",
        "--filed", "2025-08-01", "-p", "王五")  # fmt: skip
    assert _units(cli, "-q", "1") == (2, {"县城管局": (2, 1)})
    assert _units(cli, "-q", "1", "--successor") == (2, {"县住建局": (2, 1)})
    assert _units(cli, "-q", "3") == (1, {"县住建局": (1, 0)})
    assert _units(cli, "-q", "3", "--successor") == (1, {"县住建局": (1, 0)})
    quarter = json.loads(_ok(cli, "report", "quarterly", "-y", "2025", "-q", "3", "--json").stdout)
    assert "县城管局" not in [row["unit"] for row in quarter["units"]]
    assert quarter["settings"]["successor"] is False
    counted = _ok(cli, "report", "quarterly", "-y", "2025", "-q", "1", "--successor", "--json")
    assert (
        "已并入其他单位（机构改革）的原单位，其记录计入并入后的单位"
        in (json.loads(counted.stdout)["notes"])
    )
    # --unit NEW --successor takes OLD's records in.
    assert _units(cli, "-q", "1", "--unit", "县住建局", "--successor") == (
        2,
        {"县住建局": (2, 1)},
    )
    annual = _units_annual(cli)
    assert annual == (3, {"县住建局": (3, 1)})


def _units_annual(cli) -> tuple[int, dict[str, tuple[int, int]]]:
    data = json.loads(_ok(cli, "report", "annual", "-y", "2025", "--successor", "--json").stdout)
    rows = {
        row["unit"]: (
            row["indicators"]["litigation_filed"]["numerator"],
            row["indicators"]["loss_rate"]["numerator"],
        )
        for row in data["units"]
        if row["indicators"]["litigation_filed"]["numerator"]
    }
    return data["indicators"]["litigation_filed"]["numerator"], rows


def _rows(url: str) -> list[tuple]:
    """Every row but the journal's, without ``updated_at`` (an undo is a change too)."""
    from sqlalchemy import create_engine, inspect, text

    engine = create_engine(url)
    rows: list[tuple] = []
    with engine.connect() as connection:
        for table in sorted(inspect(connection).get_table_names()):
            if table == "journal":
                continue
            names = [
                c["name"]
                for c in inspect(connection).get_columns(table)
                if c["name"] != "updated_at"
            ]
            columns = ", ".join(f'"{n}"' for n in names)
            for row in connection.execute(text(f'SELECT {columns} FROM "{table}" ORDER BY 1')):
                rows.append((table, *row))
    engine.dispose()
    return rows


def test_merge_is_undone_whole(cli, initialized, monkeypatch, db_url):
    _office(cli, monkeypatch)
    before = _rows(db_url)
    _ok(cli, "unit", "merge", "县城管局", "并入", "县住建局", "--on", "2025-07-01")
    assert _rows(db_url) != before
    undone = _ok(cli, "undo")
    assert undone.stdout.startswith("已撤销第")
    assert _rows(db_url) == before
    assert "示范县城市管理局" in _ok(cli, "unit", "list").stdout
    assert _ok(cli, "log", "--verify").exit_code == 0


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ("县城管局", "县城管局"),
            3,
            "错误：不能把“示范县城市管理局”并入其自身：请给出另一个单位",
        ),
        (
            ("县城官局", "县住建局"),
            4,
            "错误：单位“县城官局”不存在，是否指：县城管局（示范县城市管理局）、"
            "县财政局（示范县财政局）、县税务局（国家税务总局示范县税务局）",
        ),
        (
            ("县城管局", "并入", "县住建"),
            4,
            "错误：单位“县住建”不存在，是否指：县住建局（示范县住房和城乡建设局）、"
            "县法院（示范县人民法院）",
        ),
        (
            ("县城管局", "INTO", "县住建局", "--on", "2025-07-11"),
            3,
            "错误：并入日期不能晚于今天",
        ),
        (
            ("县城管局", "到", "县住建局"),
            3,
            "错误：看不懂“到 县住建局”：请写 fylink unit merge 原单位 [并入] 新单位 --on 日期",
        ),
    ],
)
def test_refusals_change_nothing(cli, initialized, monkeypatch, db_url, args, code, message):
    monkeypatch.setenv("FYLINK_TODAY", "2025-07-10")
    before = db_dump(db_url)
    argv = ("unit", "merge", *args) + (() if "--on" in args else ("--on", "2025-07-01"))
    result = cli(*argv)
    assert (result.exit_code, result.stderr) == (code, message + "\n")
    assert db_dump(db_url) == before


def test_a_merged_unit_takes_nothing_new(cli, initialized, monkeypatch, db_url):
    monkeypatch.setenv("FYLINK_TODAY", "2025-07-10")
    _ok(cli, *MERGE)
    before = db_dump(db_url)
    refused = "不能再登记到原单位名下：请改用“示范县住房和城乡建设局”\n"
    merged = "错误：“示范县城市管理局”已于 2025-07-01 并入“示范县住房和城乡建设局”"
    for argv in (
        ("case", "add", "（2025）豫0591行初9号", "-c", "行政诉讼", "-u", "县城管局",
         "--filed", "2025-07-05", "-p", "王五"),
        ("task", "add", "清理广告牌", "--lead", "县城管局", "--due", "2025-09-30"),
        ("task", "add", "清理广告牌", "--lead", "县公安局", "--co", "县城管局", "--due",
         "2025-09-30"),
        ("suggestion", "add", "示法建〔2025〕8号", "-u", "县城管局", "--received", "2025-07-02"),
        ("person", "add", "赵六", "--unit", "县城管局"),
    ):  # fmt: skip
        result = cli(*argv)
        assert (result.exit_code, result.stderr) == (5, f"{merged}，{refused}"), argv
    again = cli("unit", "merge", "县城管局", "县司法局", "--on", "2025-07-01")
    assert (again.exit_code, again.stderr) == (5, merged + "\n")
    into = cli("unit", "merge", "县司法局", "县城管局", "--on", "2025-07-01")
    assert (into.exit_code, into.stderr) == (5, f"{merged}，不能再接收并入的单位\n")
    assert db_dump(db_url) == before


def test_a_unit_merged_before_follows_its_successor(cli, initialized, monkeypatch):
    monkeypatch.setenv("FYLINK_TODAY", "2025-07-10")
    _ok(cli, "case", "add", "（2025）豫0591行初3号", "-c", "行政诉讼", "-u", "县城管局",
        "--filed", "2025-02-10", "-p", "张三")  # fmt: skip
    _ok(cli, "case", "close", "（2025）豫0591行初3号", "-o", "撤销", "--closed", "2025-03-20")
    _ok(cli, *MERGE)
    _ok(cli, "unit", "merge", "县住建局", "县自然资源局", "--on", "2025-07-05")
    assert _units(cli, "-q", "1") == (1, {"县城管局": (1, 1)})
    assert _units(cli, "-q", "1", "--successor") == (1, {"县自然资源局": (1, 1)})


def test_a_group_lead_leaves_a_merged_unit_out(cli, initialized, monkeypatch):
    monkeypatch.setenv("FYLINK_TODAY", "2025-07-10")
    _ok(cli, "unit", "merge", "城关镇", "并入", "东城街道", "--on", "2025-07-01")
    added = _ok(
        cli, "task", "add", "排查矛盾纠纷", "--lead", "各乡镇（街道）", "--due", "2025-09-30"
    )
    assert "（1个单位）" in added.stdout
    tasks = json.loads(_ok(cli, "task", "list", "--json").stdout)
    assert [t["lead_unit"] for t in tasks] == ["东城街道"]
