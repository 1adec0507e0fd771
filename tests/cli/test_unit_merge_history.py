"""机构改革 (#12): after ``unit merge OLD INTO NEW --on DATE`` a report counts each moved case,
task and suggestion under the unit it had at the end of the period (OLD in periods ending
before the merge date, NEW after), ``--successor`` folds OLD into NEW for every period (on
``report quarterly|annual|period``), look-ups by OLD's name say it was merged, and the
merge's message lists what moved."""

import json

import pytest

from helpers import db_dump

NOTE = "注意：“示范县城市管理局”已于 2025-08-15 并入“示范县住房和城乡建设局”\n"


def _ok(cli, *args: str):
    result = cli(*args)
    assert result.exit_code == 0, result.output
    return result


def _figures(cli, *args: str) -> tuple[tuple[int, int], dict[str, tuple[int, int]]]:
    """((filed, overdue tasks) in total, {unit: (filed, overdue tasks)}) of a report, for
    units with either."""
    data = json.loads(_ok(cli, "report", *args, "--json").stdout)

    def pair(figures: dict) -> tuple[int, int]:
        return (
            figures["litigation_filed"]["numerator"],
            figures["tasks_overdue"]["numerator"],
        )

    rows = {row["unit"]: pair(row["indicators"]) for row in data["units"]}
    return pair(data["indicators"]), {unit: p for unit, p in rows.items() if any(p)}


def _merged_in_august(cli, monkeypatch) -> None:
    """县城管局: a suit filed in May, a task due 2025-06-20 left open, a suit filed in July;
    merged into 县住建局 on 2025-08-15."""
    monkeypatch.setenv("FYLINK_TODAY", "2025-06-01")
    _ok(cli, "case", "add", "（2025）豫0591行初5号", "-c", "行政诉讼", "-u", "县城管局",
        "--filed", "2025-05-10", "-p", "张三")  # fmt: skip
    _ok(cli, "task", "add", "整治占道经营", "--lead", "县城管局", "--due", "2025-06-20")
    monkeypatch.setenv("FYLINK_TODAY", "2025-07-10")
    _ok(cli, "case", "add", "（2025）豫0591行初6号", "-c", "行政诉讼", "-u", "县城管局",
        "--filed", "2025-07-05", "-p", "李四")  # fmt: skip
    monkeypatch.setenv("FYLINK_TODAY", "2025-08-20")
    merged = _ok(cli, "unit", "merge", "县城管局", "并入", "县住建局", "--on", "2025-08-15")
    assert merged.stdout == (
        "已将“示范县城市管理局”并入“示范县住房和城乡建设局”（自 2025-08-15 起）\n"
        "转入“示范县住房和城乡建设局”：牵头任务1项、在办案件2件、人员1人\n"
    )
    monkeypatch.setenv("FYLINK_TODAY", "2025-10-10")


def test_reports_count_a_moved_record_under_its_unit_at_the_period_end(
    cli, initialized, monkeypatch
):
    _merged_in_august(cli, monkeypatch)
    # Q2 ends before the merge: OLD's suit and its overdue task are OLD's.
    assert _figures(cli, "quarterly", "-y", "2025", "-q", "2") == (
        (1, 1),
        {"县城管局": (1, 1)},
    )
    # Q3 ends after it: the July suit and the task (still overdue) are NEW's.
    assert _figures(cli, "quarterly", "-y", "2025", "-q", "3") == (
        (1, 1),
        {"县住建局": (1, 1)},
    )
    # July ends before the merge date, August after it.
    assert _figures(cli, "period", "-y", "2025", "--month", "7") == (
        (1, 1),
        {"县城管局": (1, 1)},
    )
    assert _figures(cli, "period", "-y", "2025", "--month", "8") == (
        (0, 1),
        {"县住建局": (0, 1)},
    )
    # --successor: OLD's history under NEW, in every kind of period.
    assert _figures(cli, "quarterly", "-y", "2025", "-q", "2", "--successor") == (
        (1, 1),
        {"县住建局": (1, 1)},
    )
    assert _figures(cli, "period", "-y", "2025", "--month", "7", "--successor") == (
        (1, 1),
        {"县住建局": (1, 1)},
    )
    assert _figures(cli, "period", "-y", "2025", "--months", "1-9", "--successor") == (
        (2, 1),
        {"县住建局": (2, 1)},
    )
    assert _figures(cli, "annual", "-y", "2025") == ((2, 1), {"县住建局": (2, 1)})

    # One unit: OLD's figures of its own periods; NEW with --successor takes them in.
    assert _figures(cli, "quarterly", "-y", "2025", "-q", "2", "--unit", "县住建局") == (
        (0, 0),
        {},
    )
    assert _figures(
        cli, "quarterly", "-y", "2025", "-q", "2", "--unit", "县住建局", "--successor"
    ) == ((1, 1), {"县住建局": (1, 1)})
    scoped = cli("report", "quarterly", "-y", "2025", "-q", "2", "--unit", "县城管局", "--json")
    assert scoped.exit_code == 0
    assert scoped.stderr == NOTE
    assert json.loads(scoped.stdout)["indicators"]["litigation_filed"]["numerator"] == 1

    # The 口径 notes say which rule counted.
    plain = json.loads(_ok(cli, "report", "period", "-y", "2025", "--month", "7", "--json").stdout)
    assert (
        "机构改革中并入其他单位的原单位，其记录按期末所属单位统计，期末在并入日期之前的仍计入原单位"
        "（加 --successor 计入并入后的单位）"
    ) in plain["notes"]
    folded = _ok(cli, "report", "period", "-y", "2025", "--month", "7", "--successor", "--json")
    data = json.loads(folded.stdout)
    assert data["settings"]["successor"] is True
    assert "已并入其他单位（机构改革）的原单位，其记录计入并入后的单位" in data["notes"]

    # The records behind a figure name the unit they count under.
    month = ("report", "period", "-y", "2025", "--month", "7")
    explained = json.loads(_ok(cli, *month, "--explain", "litigation_filed", "--json").stdout)
    assert [(r["case_no"], r["unit"]) for r in explained["records"]] == [
        ("（2025）豫0591行初6号", "县城管局")
    ]
    quarter = json.loads(_ok(cli, "report", "quarterly", "-y", "2025", "-q", "3", "--json").stdout)
    assert [t["unit"] for t in quarter["attention"]["overdue_tasks"]] == ["县住建局"]
    second = json.loads(_ok(cli, "report", "quarterly", "-y", "2025", "-q", "2", "--json").stdout)
    assert [t["unit"] for t in second["attention"]["overdue_tasks"]] == ["县城管局"]


def test_a_chain_of_merges(cli, initialized, monkeypatch):
    """县城管局 → 县住建局 (2025-04-01) → 县自然资源局 (2025-07-01): a suit filed in February
    counts under each in turn, by the end of the period."""
    monkeypatch.setenv("FYLINK_TODAY", "2025-03-01")
    _ok(cli, "case", "add", "（2025）豫0591行初3号", "-c", "行政诉讼", "-u", "县城管局",
        "--filed", "2025-02-10", "-p", "张三")  # fmt: skip
    monkeypatch.setenv("FYLINK_TODAY", "2025-04-05")
    _ok(cli, "unit", "merge", "县城管局", "并入", "县住建局", "--on", "2025-04-01")
    monkeypatch.setenv("FYLINK_TODAY", "2025-07-05")
    _ok(cli, "unit", "merge", "县住建局", "并入", "县自然资源局", "--on", "2025-07-01")
    monkeypatch.setenv("FYLINK_TODAY", "2025-10-10")
    months = ("period", "-y", "2025", "--months")
    assert _figures(cli, *months, "1-3") == ((1, 0), {"县城管局": (1, 0)})
    assert _figures(cli, *months, "1-6") == ((1, 0), {"县住建局": (1, 0)})
    assert _figures(cli, *months, "1-9") == ((1, 0), {"县自然资源局": (1, 0)})
    for end in ("1-3", "1-6", "1-9"):
        assert _figures(cli, *months, end, "--successor") == (
            (1, 0),
            {"县自然资源局": (1, 0)},
        )
    assert _figures(cli, "quarterly", "-y", "2025", "-q", "1") == ((1, 0), {"县城管局": (1, 0)})
    # The journal names each move as one (not by its table's name).
    assert "并入转移记录 #2" in _ok(cli, "log").stdout
    # Undoing the second merge removes its moves: from April the suit is 县住建局's again.
    _ok(cli, "undo")
    assert _figures(cli, *months, "1-9") == ((1, 0), {"县住建局": (1, 0)})
    assert _figures(cli, *months, "1-3") == ((1, 0), {"县城管局": (1, 0)})


def test_a_corrected_unit_forgets_the_moves(cli, initialized, monkeypatch):
    """The clerk finds the moved suit was 县公安局's all along: every period counts it there."""
    _merged_in_august(cli, monkeypatch)
    _ok(cli, "case", "update", "（2025）豫0591行初5号", "--unit", "县公安局")
    assert _figures(cli, "quarterly", "-y", "2025", "-q", "2") == (
        (1, 1),
        {"县公安局": (1, 0), "县城管局": (0, 1)},
    )
    _ok(cli, "undo")
    assert _figures(cli, "quarterly", "-y", "2025", "-q", "2") == (
        (1, 1),
        {"县城管局": (1, 1)},
    )


def test_look_ups_by_the_old_name(cli, initialized, monkeypatch, db_url):
    _merged_in_august(cli, monkeypatch)
    for argv in (
        ("case", "list", "--unit", "县城管局"),
        ("case", "list", "--unit", "示范县城市管理局", "--json"),
        ("task", "list", "--unit", "县城管局"),
        ("suggestion", "list", "--unit", "县城管局"),
        ("person", "list", "--unit", "县城管局"),
        ("notice", "list", "--unit", "县城管局"),
    ):
        result = cli(*argv)
        assert (result.exit_code, result.stderr) == (0, NOTE), argv
    assert cli("case", "list", "--unit", "县住建局").stderr == ""
    # A record of a day before the merge may still name OLD; one of the merge date or later
    # may not (one line naming NEW, nothing changed).
    monkeypatch.setenv("FYLINK_TODAY", "2025-10-10")
    _ok(cli, "meeting", "add", "--kind", "联席会议", "--date", "2025-08-01")
    _ok(cli, "meeting", "add", "--kind", "联席会议", "--date", "2025-09-01")
    _ok(cli, "meeting", "attend", "2025-1", "--unit", "县城管局")
    before = db_dump(db_url)
    refused = (
        "错误：“示范县城市管理局”已于 2025-08-15 并入“示范县住房和城乡建设局”，"
        "不能再登记到原单位名下：请改用“示范县住房和城乡建设局”\n"
    )
    for argv in (
        ("meeting", "attend", "2025-2", "--unit", "县城管局"),
        ("case", "add", "（2025）豫0591行初9号", "-c", "行政诉讼", "-u", "县城管局",
         "--filed", "2025-05-05", "-p", "王五"),
        ("case", "update", "（2025）豫0591行初5号", "--unit", "县城管局"),
        ("project", "add", "城东棚户区改造", "--kind", "问题楼盘", "--unit", "县城管局"),
    ):  # fmt: skip
        result = cli(*argv)
        assert (result.exit_code, result.stderr) == (5, refused), argv
    assert db_dump(db_url) == before


def test_merged_units_in_the_roster(cli, initialized, monkeypatch):
    _merged_in_august(cli, monkeypatch)
    listed = json.loads(_ok(cli, "unit", "list", "--json").stdout)
    assert "示范县城市管理局" not in [u["name"] for u in listed]
    assert {(u["merged_into"], u["merged_on"]) for u in listed} == {(None, None)}
    everything = json.loads(_ok(cli, "unit", "list", "--all", "--json").stdout)
    merged = [u for u in everything if u["merged_into"]]
    assert [(u["name"], u["merged_into"], u["merged_on"]) for u in merged] == [
        ("示范县城市管理局", "示范县住房和城乡建设局", "2025-08-15")
    ]
    shown = _ok(cli, "unit", "show", "县城管局", "--json")
    data = json.loads(shown.stdout)
    assert (data["merged_into"], data["merged_on"]) == ("示范县住房和城乡建设局", "2025-08-15")
    terminal = _ok(cli, "unit", "show", "县城管局")
    assert terminal.stderr == NOTE
    assert "并入" in terminal.stdout
    assert "示范县住房和城乡建设局（自 2025-08-15 起）" in terminal.stdout


def test_a_merge_with_nothing_to_move_says_so(cli, initialized, monkeypatch):
    monkeypatch.setenv("FYLINK_TODAY", "2025-07-10")
    _ok(cli, "unit", "add", "示范县城市综合执法大队", "--short", "县执法大队")
    merged = _ok(cli, "unit", "merge", "县执法大队", "县城管局", "--on", "2025-07-01")
    assert merged.stdout == (
        "已将“示范县城市综合执法大队”并入“示范县城市管理局”（自 2025-07-01 起）\n"
        "原单位没有未办结的任务、在办案件、未反馈的建议或人员，无需转入\n"
    )


def _moves(url: str) -> list[tuple]:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT m.record, o.short_name, n.short_name, m.moved_on FROM unit_move m"
                " JOIN unit o ON o.id = m.unit_id JOIN unit n ON n.id = m.to_unit_id"
                " ORDER BY m.id"
            )
        ).all()
    engine.dispose()
    return [(r[0], r[1], r[2], str(r[3])) for r in rows]


def _upgraded_0014(cli, url: str) -> None:
    upgraded = cli("--db", url, "db", "upgrade")
    assert upgraded.exit_code == 0, upgraded.stderr
    # 0014's merge moved one task (read back from the journal by revision 0017).
    assert _moves(url) == [("task", "县城管局", "县住建局", "2024-10-01")]
    assert cli("--db", url, "log", "--verify").exit_code == 0
    # Undoing that merge still puts everything back, the move included (it is the merge's).
    tasks = json.loads(cli("--db", url, "task", "list", "--unit", "县住建局", "--json").stdout)
    assert "整治占道经营" in [t["content"] for t in tasks]


@pytest.mark.sqlite_only
def test_a_0014_merge_is_read_back_on_upgrade(cli, tmp_path):
    import shutil

    from helpers import DATA

    copy = tmp_path / "0014.sqlite"
    shutil.copyfile(DATA / "schemas" / "0014.sqlite", copy)
    _upgraded_0014(cli, f"sqlite:///{copy}")


@pytest.mark.postgres
def test_a_0014_merge_is_read_back_on_upgrade_pg(cli, fresh_db_url):
    import psycopg
    from sqlalchemy.engine import make_url

    from helpers import DATA

    target = make_url(fresh_db_url).set(drivername="postgresql")
    dump = (DATA / "schemas" / "0014.pg.sql").read_text("utf-8")
    with psycopg.connect(target.render_as_string(hide_password=False), autocommit=True) as c:
        c.execute(dump)  # type: ignore[arg-type]
    _upgraded_0014(cli, fresh_db_url)


def test_assessment_evidence_counts_under_the_unit_of_the_years_end(cli, initialized, monkeypatch):
    """考核: 县城管局's task overdue in 2024 and merged in January 2025 is 县城管局's in the
    2024 assessment and 县住建局's in 2025's."""
    from helpers import DATA

    rules = str(DATA / "assessment" / "rule_set_b.toml")
    monkeypatch.setenv("FYLINK_TODAY", "2024-11-01")
    _ok(cli, "task", "add", "整治占道经营", "--lead", "县城管局", "--due", "2024-11-30")
    monkeypatch.setenv("FYLINK_TODAY", "2025-01-20")
    _ok(cli, "unit", "merge", "县城管局", "并入", "县住建局", "--on", "2025-01-15")

    def overdue(year: str) -> dict[str, int]:
        data = json.loads(_ok(cli, "assess", "--year", year, "--rules", rules, "--json").stdout)
        counts = {}
        for unit in data["units"]:
            line = next((line for line in unit["lines"] if line["id"] == "B1.2"), None)
            if line and line["count"]:
                counts[unit["unit"]] = line["count"]
        return counts

    assert overdue("2024") == {"县城管局": 1}
    assert overdue("2025") == {}  # due in 2024: B1.2 counts a year's deadlines
