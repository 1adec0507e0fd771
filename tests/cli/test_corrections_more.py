"""#12, the rest of the corrections: remove for suggestions, persons and events; update for
tasks, meetings, suggestions, persons and events; ``meeting unattend``; 期号 reuse; namesakes.

Every correction is journaled and undoable: the tests undo and compare the whole database
(the journal aside) with what it was before.
"""

import json

CASE = "（2025）豫0591行初7号"
#: The demo's 整改 task of 示法建〔2024〕2号.
TASK_38 = "任务 38（落实司法建议，建立征收补偿协议履行台账）"


def _tables(url: str) -> list[tuple]:
    """Every row but the journal's, without ``updated_at`` (an undo stamps it anew)."""
    from sqlalchemy import create_engine, inspect, text

    engine = create_engine(url)
    rows: list[tuple] = []
    with engine.connect() as connection:
        for table in sorted(inspect(connection).get_table_names()):
            if table == "journal":
                continue
            names = [c["name"] for c in inspect(connection).get_columns(table)]
            columns = ", ".join(f'"{n}"' for n in names if n != "updated_at")
            for row in connection.execute(text(f'SELECT {columns} FROM "{table}" ORDER BY 1')):
                rows.append((table, *row))
    engine.dispose()
    return rows


def _command_id(cli) -> str:
    """The command id of the last command journaled."""
    return str(_last_entry(cli)["command_id"])


def _last_entry(cli) -> dict:
    return json.loads(cli("log", "--json", "--limit", "1").stdout)[0]


# --- remove: suggestions, persons, events ------------------------------------------------------


def test_suggestion_remove_refused_then_cascades_then_undone(cli, demo_db, db_url):
    before = _tables(db_url)
    refused = cli("suggestion", "remove", "示法建[2024]2号", "--reason", "重复登记")
    assert refused.exit_code == 5
    assert refused.stderr == (
        f"错误：不能删除司法建议 示法建〔2024〕2号：整改任务 {TASK_38}"
        "依赖于它；确需一并删除请加 --with-dependents\n"
    )
    assert _tables(db_url) == before

    result = cli(
        "suggestion", "remove", "示法建（2024）2号", "--reason", "重复登记", "--with-dependents"
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "已删除司法建议 示法建〔2024〕2号（原因已记入变更日志，可用 fylink undo 恢复）\n"
        "一并删除：建议关联案件 1 条\n"
        f"一并删除依赖项：{TASK_38}\n"
    )
    assert cli("suggestion", "show", "示法建〔2024〕2号").exit_code == 4
    assert cli("task", "show", "38").exit_code == 4
    entry = _last_entry(cli)
    assert (entry["action"], entry["entity"]) == ("delete", "suggestion")
    assert entry["before"]["reason"] == "重复登记"
    assert cli("undo").exit_code == 0
    assert _tables(db_url) == before
    assert cli("log", "--verify").exit_code == 0


def test_person_remove_refused_while_attending_then_undone(cli, demo_db, db_url):
    before = _tables(db_url)
    refused = cli("person", "remove", "刘清华", "--reason", "重复登记")
    assert refused.exit_code == 5
    assert refused.stderr == (
        "错误：不能删除人员 刘清华（未填单位）：参会记录 11 条依赖于它；"
        "确需一并删除请加 --with-dependents\n"
    )
    assert _tables(db_url) == before
    result = cli("person", "remove", "刘清华", "--reason", "重复登记", "--with-dependents")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "已删除人员 刘清华（未填单位）（原因已记入变更日志，可用 fylink undo 恢复）\n"
        "一并删除：参会 11 条\n"
        "一并删除依赖项：参会记录 11 条\n"
    )
    assert "刘清华" not in cli("person", "list").stdout
    assert cli("undo").exit_code == 0
    assert _tables(db_url) == before


def test_person_remove_needs_a_reason_and_a_known_person(cli, initialized, db_url):
    before = _tables(db_url)
    assert cli("person", "remove", "不存在的人", "--reason", "误录").exit_code == 4
    empty = cli("person", "remove", "王建国", "--reason", "")
    assert empty.exit_code == 3
    assert empty.stderr == "错误：请用 --reason 写明删除原因（记入变更日志）\n"
    assert _tables(db_url) == before


def _add_case(cli) -> None:
    result = cli(
        "case", "add", CASE, "-c", "行政诉讼", "-u", "县自然资源局", "--filed", "2025-03-01"
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert cli("case", "event", CASE, "--kind", "开庭", "--on", "2025-04-01").exit_code == 0


def _case(cli) -> dict:
    result = cli("case", "show", CASE, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_event_corrected_moves_the_hearing_then_removed(cli, initialized, db_url):
    _add_case(cli)
    event_id = _case(cli)["events"][0]["id"]
    before = _tables(db_url)
    fixed = cli(
        "case", "event-update", CASE, str(event_id), "--on", "2025-04-03", "--note", "第一审判庭"
    )
    assert fixed.exit_code == 0, fixed.output
    assert fixed.stdout == f"已更正：{CASE} 动态 {event_id}：2025-04-03 开庭\n"
    fixed_by = _command_id(cli)
    shown = _case(cli)
    assert shown["heard_on"] == "2025-04-03"
    assert shown["events"] == [
        {"id": event_id, "kind": "开庭", "occurred_on": "2025-04-03", "note": "第一审判庭"}
    ]
    assert f"{event_id}     2025-04-03  开庭  第一审判庭" in cli("case", "show", CASE).stdout

    removed = cli("case", "event-remove", CASE, str(event_id), "--reason", "误录")
    assert removed.exit_code == 0, removed.output
    assert removed.stdout == (
        f"已删除案件 {CASE} 的动态 2025-04-03 开庭（原因已记入变更日志，可用 fylink undo 恢复）\n"
    )
    shown = _case(cli)
    assert shown["events"] == []
    assert shown["heard_on"] is None
    assert cli("undo").exit_code == 0
    assert cli("undo", "--command", fixed_by).exit_code == 0
    assert _tables(db_url) == before
    assert cli("log", "--verify").exit_code == 0


def test_event_of_another_case_or_unknown_is_refused(cli, initialized, db_url):
    _add_case(cli)
    before = _tables(db_url)
    result = cli("case", "event-update", CASE, "999", "--on", "2025-04-03")
    assert result.exit_code == 4
    assert result.stderr == (
        f"错误：案件 {CASE} 没有编号为 999 的动态：编号见 fylink case show 的动态表\n"
    )
    same = cli("case", "event-update", CASE, str(_case(cli)["events"][0]["id"]), "--kind", "开庭")
    assert same.exit_code == 3
    assert same.stderr == "错误：动态没有变化：请给出与原记录不同的 --kind、--on 或 --note\n"
    assert _tables(db_url) == before


# --- update: tasks, meetings, suggestions, persons ---------------------------------------------


def test_task_update_co_units_and_deadline_then_undo(cli, demo_db, db_url):
    before = _tables(db_url)
    result = cli(
        "task", "update", "#30", "--due", "2025-10-31", "--co", "县财政局", "--co", "县住建局"
    )
    assert result.exit_code == 0, result.output
    first = _command_id(cli)
    assert result.stdout == (
        "已更正：任务 30，完成时限 2025年10月31日（周五）\n"
        "已增加配合单位：县财政局、县住建局\n"
        "已去掉配合单位：县司法局\n"
    )
    shown = json.loads(cli("task", "show", "30", "--json").stdout)
    assert shown["due_on"] == "2025-10-31"
    assert shown["due_rule"] is None
    assert shown["co_units"] == ["县财政局", "县住建局"]
    cleared = cli("task", "update", "30", "--no-co")
    assert cleared.exit_code == 0, cleared.output
    assert cleared.stdout.endswith("已去掉配合单位：县财政局、县住建局\n")
    assert cli("undo").exit_code == 0
    assert cli("undo").exit_code == 0  # undoes the undo: the co-units are gone again
    assert json.loads(cli("task", "show", "30", "--json").stdout)["co_units"] == []
    assert cli("undo").exit_code == 0
    assert cli("undo", "--command", first).exit_code == 0
    assert _tables(db_url) == before
    assert cli("log", "--verify").exit_code == 0


def test_task_update_rule_counts_from_the_meeting(cli, demo_db):
    result = cli("task", "update", "30", "--due", "20日")
    assert result.exit_code == 0, result.output
    # 2025年第5期 was held on 2025-06-10: twenty days later.
    assert result.stdout == "已更正：任务 30，完成时限 2025年6月30日（周一）（20日）\n"


def test_task_update_refusals(cli, demo_db, db_url):
    before = _tables(db_url)
    source = cli("task", "update", "30", "--source", "双清单")
    assert source.exit_code == 3
    assert source.stderr == "错误：议定事项的来源不能修改（它属于会议的纪要）\n"
    same_lead = cli("task", "update", "30", "--co", "县信访局")
    assert same_lead.exit_code == 3
    assert same_lead.stderr == "错误：“县信访局”已是牵头单位，不能同时是配合单位\n"
    nothing = cli("task", "update", "30")
    assert nothing.exit_code == 3
    assert nothing.stderr == "错误：没有要修改的内容：请给出至少一个选项，如 --due 2025-09-30\n"
    assert cli("task", "update", "30", "--lead", "不存在的局").exit_code == 4
    assert _tables(db_url) == before


def test_meeting_update_moves_the_rule_deadlines(cli, demo_db, db_url):
    before = _tables(db_url)
    result = cli(
        "meeting", "update", "2025-3", "--date", "2025-06-12", "--place", "县政府五楼会议室"
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "已更正：联席会议2025年第3期（2025年6月12日（周四））"
    assert "议定事项3（任务 32）完成时限重算为 2025年6月26日（周四）（10个工作日）" in result.stdout
    shown = json.loads(cli("meeting", "show", "2025-3", "--json").stdout)
    assert (shown["held_on"], shown["place"]) == ("2025-06-12", "县政府五楼会议室")
    assert cli("undo").exit_code == 0
    assert _tables(db_url) == before


def test_meeting_update_to_another_year_is_refused(cli, demo_db, db_url):
    before = _tables(db_url)
    result = cli("meeting", "update", "2025-3", "--date", "2024-12-30")
    assert result.exit_code == 3
    assert result.stderr == (
        "错误：会议日期不能改到另一年份：联席会议2025年第3期的期号按2025年编排；请删除后在新的年份重新登记\n"
    )
    assert _tables(db_url) == before


def test_meeting_unattend(cli, demo_db, db_url):
    before = _tables(db_url)
    result = cli("meeting", "unattend", "2025-3", "--unit", "县财政局")
    assert result.exit_code == 0, result.output
    assert result.stdout == "已撤销联席会议2025年第3期会议的参会登记：示范县财政局（出席）\n"
    assert "示范县财政局" not in cli("meeting", "show", "2025-3").stdout
    again = cli("meeting", "unattend", "2025-3", "--unit", "县财政局")
    assert again.exit_code == 4
    assert again.stderr == "错误：示范县财政局没有登记为联席会议2025年第3期会议的参会人员或单位\n"
    assert cli("undo").exit_code == 0
    assert _tables(db_url) == before


def test_suggestion_update_number_and_received(cli, demo_db, db_url):
    before = _tables(db_url)
    taken = cli("suggestion", "update", "示法建[2025]3号", "--doc-no", "示法建（2025）4号")
    assert taken.exit_code == 5
    assert taken.stderr == "错误：示法建〔2025〕4号 已登记（建议 6），不能改用这个文号\n"
    assert _tables(db_url) == before
    renumbered = cli("suggestion", "update", "示法建〔2025〕3号", "--doc-no", "示法建 [2025] ５号")
    assert renumbered.exit_code == 0, renumbered.output
    assert renumbered.stdout.startswith("已更正：司法建议 示法建〔2025〕5号，反馈期限 ")
    renumbered_by = _command_id(cli)
    entry = _last_entry(cli)
    assert entry["after"]["renumbered_from"] == "示法建〔2025〕3号"
    received = cli("suggestion", "update", "示法建〔2025〕5号", "--received", "2025-03-12")
    assert received.exit_code == 0, received.output
    assert received.stdout == (
        "已更正：司法建议 示法建〔2025〕5号，反馈期限 2025年5月12日（周一）（2个月）\n"
    )
    assert cli("undo").exit_code == 0
    assert cli("undo", "--command", renumbered_by).exit_code == 0
    assert _tables(db_url) == before


def test_person_update_follows_into_attendance(cli, demo_db, db_url):
    before = _tables(db_url)
    result = cli(
        "person", "update", "刘清华", "--name", "刘青华", "--title", "县委常委、常务副县长"
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == "已更正人员：刘青华（未填单位）\n"
    assert "刘青华" in cli("meeting", "show", "2025-3").stdout
    assert cli("undo").exit_code == 0
    assert _tables(db_url) == before


def test_person_update_to_a_duplicate_is_refused(cli, initialized, db_url):
    assert cli("person", "add", "张伟", "--unit", "县公安局").exit_code == 0
    assert cli("person", "add", "张卫", "--unit", "县公安局").exit_code == 0
    before = _tables(db_url)
    result = cli("person", "update", "张卫", "--name", "张伟")
    assert result.exit_code == 5
    assert result.stderr.startswith("错误：同一单位已有人员“张伟”（编号 ")
    assert _tables(db_url) == before


# --- namesakes ----------------------------------------------------------------------------------


def test_namesakes_are_told_apart_by_unit(cli, demo_db, db_url):
    assert cli("person", "add", "张伟", "--unit", "县公安局").exit_code == 0
    assert cli("person", "add", "张伟", "--unit", "县财政局").exit_code == 0
    before = _tables(db_url)
    ambiguous = cli("meeting", "attend", "2025-3", "--person", "张伟")
    assert ambiguous.exit_code == 5
    assert ambiguous.stderr == (
        "错误：名册中有2位“张伟”：张伟（县公安局）、张伟（县财政局）；"
        "请写成 姓名（单位简称），如 张伟（县公安局）\n"
    )
    leader = cli(
        "task", "add", "核查台账", "--lead", "县司法局", "--due", "15日", "--leader", "张伟"
    )
    assert leader.exit_code == 5
    assert _tables(db_url) == before
    picked = cli("meeting", "attend", "2025-3", "--person", "张伟(县财政局)", "--role", "列席")
    assert picked.exit_code == 0, picked.output
    assert picked.stdout == "已登记联席会议2025年第3期会议列席：张伟（县财政局）\n"
    attendance = json.loads(cli("meeting", "show", "2025-3", "--json").stdout)["attendance"]
    assert [a["name"] for a in attendance if a["role"] == "列席"] == ["张伟"]
    task = cli(
        "task", "add", "核查台账", "--lead", "县司法局", "--due", "15日",
        "--leader", "张伟（示范县公安局）", "--json",
    )  # fmt: skip
    assert task.exit_code == 0, task.output
    assert json.loads(task.stdout)["leader"] == "张伟（县公安局）"
    listed = json.loads(cli("task", "list", "--leader", "张伟", "--json").stdout)
    assert [t["leader"] for t in listed] == ["张伟（县公安局）"]
    unknown = cli("meeting", "attend", "2025-3", "--person", "张伟（县住建局）")
    assert unknown.exit_code == 4
    assert unknown.stderr == "错误：名册中没有县住建局的“张伟”：用 fylink person list 查看\n"


# --- 期号: printed numbers are never used again -------------------------------------------------


def test_removed_meeting_number_is_reused_only_if_never_printed(cli, demo_db, tmp_path):
    added = cli("meeting", "add", "--kind", "协调会", "--date", "2025-06-20")
    assert added.exit_code == 0, added.output
    assert "协调会2025年第2期" in added.stdout
    removed = cli("meeting", "remove", "协调会2025-2", "--reason", "测试会议")
    assert removed.exit_code == 0, removed.output
    assert removed.stdout.splitlines()[-1] == (
        "期号 协调会2025年第2期未印发过纪要，下次登记的会议将重新使用"
    )
    again = cli("meeting", "add", "--kind", "协调会", "--date", "2025-06-20")
    assert "协调会2025年第2期" in again.stdout

    decided = cli(
        "meeting", "decide", "协调会2025-2", "完善台账", "--lead", "县司法局", "--due", "15日"
    )
    assert decided.exit_code == 0, decided.output
    assert cli("meeting", "attend", "协调会2025-2", "--unit", "县司法局").exit_code == 0
    out = tmp_path / "minutes.docx"
    printed = cli("meeting", "minutes", "协调会2025-2", "--output", str(out))
    assert printed.exit_code == 0, printed.output
    entry = _last_entry(cli)
    assert (entry["action"], entry["entity"]) == ("issue", "meeting")
    removed = cli("meeting", "remove", "协调会2025-2", "--reason", "测试会议", "--with-dependents")
    assert removed.exit_code == 0, removed.output
    assert removed.stdout.splitlines()[-1] == "期号 协调会2025年第2期已印发过纪要，不再使用"
    third = cli("meeting", "add", "--kind", "协调会", "--date", "2025-06-21")
    assert "协调会2025年第3期" in third.stdout
    # Another series is numbered apart: the joint meetings' next number is untouched.
    joint = cli("meeting", "add", "--kind", "联席会议", "--date", "2025-06-28")
    assert "联席会议2025年第4期" in joint.stdout
    # A removed meeting under a later one leaves a gap, and says so.
    middle = cli("meeting", "remove", "2025-2", "--reason", "测试会议", "--with-dependents")
    assert middle.stdout.splitlines()[-1] == (
        "期号 联席会议2025年第2期未印发过纪要；其后已有会议，该期号空缺"
    )


# --- liaisons -----------------------------------------------------------------------------------


def test_a_new_liaison_takes_the_role_from_the_old_one(cli, demo_db, db_url):
    before = _tables(db_url)
    result = cli("unit", "update", "县司法局", "--liaison", "周明", "--phone", "0372-5101013")
    assert result.exit_code == 0, result.output
    roles = {
        p["name"]: p["role"]
        for p in json.loads(cli("person", "list", "--unit", "县司法局", "--json").stdout)
    }
    assert roles == {"孙丽": "成员", "周明": "联络员", "林静": "办公室"}
    assert cli("undo").exit_code == 0
    assert _tables(db_url) == before


# --- a person leaves ---------------------------------------------------------------------------


def test_a_person_who_left_keeps_the_past(cli, demo_db, db_url):
    before = _tables(db_url)
    result = cli("person", "remove", "刘清华", "--reason", "调离", "--left-on", "2025-06-20")
    assert result.exit_code == 0, result.output
    left = _command_id(cli)
    assert result.stdout == (
        "已登记离任：刘清华（未填单位），2025-06-20起不再列入名册（过去的参会和牵头记录保留）\n"
    )
    assert "刘清华" not in cli("person", "list").stdout
    assert "副召集人（2025-06-20离任）" in cli("person", "list", "--all").stdout
    # The meetings he attended and the tasks he led keep him.
    assert "刘清华" in cli("meeting", "show", "2025-3").stdout
    assert cli("meeting", "add", "--kind", "协调会", "--date", "2025-06-25").exit_code == 0
    late = cli("meeting", "attend", "协调会2025-2", "--person", "刘清华")
    assert late.exit_code == 5
    assert late.stderr == (
        "错误：刘清华已于2025-06-20离任，不能登记为协调会2025年第2期会议的参会人员\n"
    )
    again = cli("person", "remove", "刘清华", "--reason", "调离", "--left-on", "2025-06-21")
    assert (again.exit_code, again.stderr) == (
        5,
        "错误：刘清华（未填单位）已于2025-06-20离任\n",
    )
    assert cli("undo").exit_code == 0  # the meeting
    assert cli("undo", "--command", left).exit_code == 0
    assert _tables(db_url) == before


def test_undo_of_a_task_import_update_puts_the_co_units_back(cli, initialized, tmp_path):
    import csv

    header = ["序号", "任务内容", "牵头单位", "配合单位", "牵头领导", "完成时限", "备注"]
    first = [
        "1",
        "化解征地补偿行政争议积案",
        "县自然资源局",
        "县司法局、县财政局",
        "刘清华",
        "2025-09-30",
    ]
    second = ["1", "化解征地补偿行政争议积案", "县自然资源局", "县司法局", "", "2025-10-31"]
    for name, row in (("a.csv", first), ("b.csv", second)):
        with open(tmp_path / name, "w", encoding="utf-8-sig", newline="") as f:
            csv.writer(f).writerows([header, row])
    assert cli("task", "import", str(tmp_path / "a.csv")).exit_code == 0
    assert cli("task", "import", str(tmp_path / "b.csv"), "--update").exit_code == 0
    task = json.loads(cli("task", "list", "--json").stdout)[0]
    assert (task["co_units"], task["due_on"]) == (["县司法局"], "2025-10-31")
    assert cli("undo").exit_code == 0
    task = json.loads(cli("task", "list", "--json").stdout)[0]
    assert (task["co_units"], task["due_on"]) == (["县司法局", "县财政局"], "2025-09-30")


def test_unit_remove_refuses_a_unit_in_use_and_removes_one_entered_by_mistake(
    cli, initialized, db_url
):
    before = _tables(db_url)
    refused = cli("unit", "remove", "县司法局", "--reason", "误录")
    assert refused.exit_code == 5
    assert refused.stderr == (
        "错误：不能删除单位 示范县司法局：人员 3 条依赖于它；请先删除或改派这些记录"
        "（单位更名请用 fylink unit update --name）\n"
    )
    assert _tables(db_url) == before
    assert cli("unit", "add", "示范县档案馆", "--short", "县档案馆").exit_code == 0
    removed = cli("unit", "remove", "县档案馆", "--reason", "误录")
    assert removed.exit_code == 0, removed.output
    assert removed.stdout == (
        "已删除单位 示范县档案馆（原因已记入变更日志，可用 fylink undo 恢复）\n"
    )
    assert cli("unit", "show", "县档案馆").exit_code == 4
    assert cli("undo").exit_code == 0
    assert cli("unit", "show", "县档案馆").exit_code == 0


def test_meeting_kind_of_another_series_takes_its_next_number(cli, demo_db, tmp_path):
    """A 协调会 entered as 联席会议 moves to the 协调会 series (its next 期号); a kind of the
    same series keeps the number; a meeting whose 纪要 was printed keeps its series."""
    added = cli("meeting", "add", "--kind", "联席会议", "--date", "2025-06-28")
    assert "联席会议2025年第4期" in added.stdout
    moved = cli("meeting", "update", "2025-4", "--kind", "协调会")
    assert moved.exit_code == 0, moved.output
    assert moved.stdout == (
        "已更正：协调会2025年第2期（2025年6月28日（周六））\n"
        "期号由 联席会议2025年第4期 改为 协调会2025年第2期（可写作 协调会2025-2）\n"
    )
    assert cli("meeting", "show", "2025-4").exit_code == 4
    same = cli("meeting", "update", "2025-3", "--kind", "全体会议")
    assert same.stdout == "已更正：联席会议2025年第3期（全体会议，2025年6月10日（周二））\n"
    assert cli("meeting", "attend", "协调会2025-2", "--unit", "县司法局").exit_code == 0
    decided = cli(
        "meeting", "decide", "协调会2025-2", "完善台账", "--lead", "县司法局", "--due", "15日"
    )
    assert decided.exit_code == 0, decided.output
    out = tmp_path / "m.docx"
    assert cli("meeting", "minutes", "协调会2025-2", "--output", str(out)).exit_code == 0
    refused = cli("meeting", "update", "协调会2025-2", "--kind", "联席会议")
    assert (refused.exit_code, refused.stderr) == (
        5,
        "错误：协调会2025年第2期已印发过纪要，不能改为联席会议（属联席会议系列）：期号已印发，"
        "不再更改\n",
    )
