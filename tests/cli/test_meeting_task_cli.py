"""``fylink meeting`` / ``task`` / ``suggestion`` / ``calendar`` through the CLI."""

import json

import pytest

from helpers import db_dump
from loophelp import write_config


@pytest.fixture
def meeting(cli, initialized):
    result = cli(
        "meeting",
        "add",
        "--kind",
        "联席会议",
        "--date",
        "2025-06-10",
        "--place",
        "县政府三楼会议室",
        "--chair",
        "刘清华",
        "--topic",
        "涉企行政争议化解",
    )
    assert result.exit_code == 0, result.output
    return result


def test_meeting_add_attend_decide_show(cli, meeting):
    assert meeting.stdout == "已登记：联席会议2025年第1期，会议编号 1，可写作 联席会议2025-1\n"
    result = cli("meeting", "attend", "2025-1", "--person", "王建国", "--unit", "县住建局")
    assert result.stdout == "已登记联席会议2025年第1期会议出席：王建国、示范县住房和城乡建设局\n"
    result = cli(
        "meeting",
        "decide",
        "2025-1",
        "制定征收补偿款支付方案",
        "--lead",
        "县住建局",
        "--co",
        "县财政局",
        "--leader",
        "刘清华",
        "--due",
        "15日",
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "已添加：联席会议2025年第1期议定事项1（任务 1），牵头单位 县住建局，"
        "完成时限 2025年6月25日（周三）（15日）\n"
    )
    shown = cli("meeting", "show", "1")
    assert "出席    王建国、示范县住房和城乡建设局" in shown.stdout
    assert (
        "1     1     制定征收补偿款支付方案  县住建局  县财政局  刘清华    2025-06-25  逾期"
        in shown.stdout
    )
    data = json.loads(cli("meeting", "show", "2025年第1期", "--json").stdout)
    assert data["decisions"][0]["status"] == "逾期"
    assert data["attendance"][0] == {
        "role": "出席",
        "name": "王建国",
        "note": "",
        "affiliation": "",
        "headcount": None,
    }


def test_meeting_list_json_keys(cli, meeting):
    cli("meeting", "add", "--kind", "协调会", "--date", "2025-06-20")
    rows = json.loads(cli("meeting", "list", "--json").stdout)
    assert [(r["id"], r["year"], r["issue_no"], r["kind"], r["held_on"]) for r in rows] == [
        # Each series is numbered on its own: the 协调会 is 协调会 第1期.
        (2, 2025, 1, "协调会", "2025-06-20"),
        (1, 2025, 1, "联席会议", "2025-06-10"),
    ]
    assert {"decisions", "open_decisions", "overdue_decisions", "place", "chair"} <= set(rows[0])


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ("meeting", "add", "--kind", "茶话会", "--date", "2025-06-10"),
            3,
            "会议类型“茶话会”不存在",
        ),
        (("meeting", "add", "--kind", "协调会", "--date", "2025-02-30"), 3, "不是真实存在的日期"),
        (("meeting", "show", "2025-7"), 4, "2025年第7期会议不存在"),
        (("meeting", "decide", "1", "x", "--lead", "县无此局", "--due", "15日"), 4, "县无此局"),
        (("meeting", "decide", "1", "x", "--lead", "县住建局", "--due", "尽快"), 3, "无法识别"),
        (("meeting", "attend", "1", "--person", "无此人"), 4, "人员“无此人”不在名册中"),
        (("meeting", "attend", "1"), 3, "请用 --person、--unit 或 --name"),
        (
            ("task", "add", "x", "--lead", "县住建局", "--due", "15日", "--source", "议定事项"),
            3,
            "fylink meeting decide",
        ),
        (("task", "show", "42"), 4, "任务 42 不存在"),
        (("task", "signoff", "1"), 4, "任务 1 不存在"),
        (("task", "list", "--status", "拖延"), 3, "任务状态“拖延”不存在"),
        (("suggestion", "reply", "示法建〔2025〕99号"), 4, "建议 示法建〔2025〕99号 不存在"),
        (("calendar", "add-holiday", "2027-13-01"), 3, "不是真实存在的日期"),
        (("calendar", "remove", "2027-01-01"), 4, "没有补录记录"),
    ],
)
def test_bad_input_changes_nothing(cli, meeting, db_url, args, code, message):
    before = db_dump(db_url)
    result = cli(*args)
    assert result.exit_code == code, result.output
    assert result.stderr.startswith("错误：")
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert db_dump(db_url) == before


def test_task_lifecycle(cli, initialized):
    result = cli(
        "task",
        "add",
        "清理拖欠企业账款",
        "--lead",
        "县财政局",
        "--co",
        "县发改委",
        "--due",
        "2025-07-02",
        "--list-no",
        "3",
    )
    assert result.stdout == "已添加：任务 1，牵头单位 县财政局，完成时限 2025年7月2日（周三）\n"
    cli("task", "add", "评查", "--lead", "县司法局", "--due", "年底")
    cli("task", "add", "旧账", "--lead", "县司法局", "--due", "2025-06-20")
    listed = cli("task", "list")
    lines = listed.stdout.splitlines()
    assert lines[1].split()[:3] == ["编号", "序号", "状态"]
    assert [line.split()[0:3] for line in lines[2:5]] == [
        ["3", "逾期", "双清单"],
        ["1", "3", "临期"],
        ["2", "未到期", "双清单"],
    ]
    rows = json.loads(cli("task", "list", "--unit", "县发改委", "--json").stdout)
    assert [(r["id"], r["lead_unit"], r["co_units"], r["status"]) for r in rows] == [
        (1, "县财政局", ["县发改委"], "临期")
    ]
    assert cli("task", "progress", "1", "已拟定方案", "--by", "郭涛").exit_code == 0
    signoff = cli("task", "signoff", "1")
    assert signoff.exit_code == 5
    assert signoff.stderr == "错误：任务 1 尚未完成，不能销号：请先 fylink task done 1\n"
    assert cli("task", "done", "1").stdout == "已完成：任务 1，2025-06-30\n"
    assert cli("task", "signoff", "1", "--by", "林静").stdout == "已销号：任务 1，2025-06-30\n"
    data = json.loads(cli("task", "show", "1", "--json").stdout)
    assert (data["status"], data["signed_off_by"], data["list_no"]) == ("已销号", "林静", "3")
    assert [p["note"] for p in data["progress"]] == ["已拟定方案"]
    assert data["deadline"]["steps"] == ["指定日期，届满日 2025年7月2日（不因休息日顺延）"]
    reopened = cli("task", "reopen", "1", "--reason", "复查未落实", "--due", "5个工作日")
    assert reopened.stdout == "已重新打开：任务 1，完成时限 2025年7月7日（周一）\n"
    assert [
        r["id"] for r in json.loads(cli("task", "list", "--status", "已销号", "--json").stdout)
    ] == []
    log = json.loads(cli("log", "--entity", "task", "--json").stdout)
    assert len(log) == 6  # 3 added, done, signoff, reopen (progress is its own entity)


def test_task_show_prints_the_derivation_and_provisional_warning(cli, initialized):
    result = cli(
        "task", "add", "跨年任务", "--lead", "县司法局", "--due", "2个月", "--start", "2026-11-20"
    )
    assert "注意：2027年的放假安排尚未公布" in result.stdout
    shown = cli("task", "show", "1").stdout
    assert "完成时限    2027年1月20日（周三），2个月（暂定：2027年假期未公布）" in shown
    assert "  1. 起算日 2026年11月20日（当日不计入）" in shown
    assert "  3. 届满日 2027年1月20日" in shown
    assert "为暂定期限" in shown
    assert "2027-01-20（暂定：2027年假期未公布）" in cli("task", "list").stdout


def test_task_list_filters_by_meeting_and_source(cli, meeting):
    cli("meeting", "decide", "1", "甲", "--lead", "县住建局", "--due", "1个月")
    cli("task", "add", "乙", "--lead", "县住建局", "--due", "1个月")
    by_meeting = json.loads(cli("task", "list", "--meeting", "2025-1", "--json").stdout)
    assert [(r["content"], r["meeting_id"], r["decision_no"]) for r in by_meeting] == [("甲", 1, 1)]
    by_source = json.loads(cli("task", "list", "--source", "双清单", "--json").stdout)
    assert [r["content"] for r in by_source] == ["乙"]


def test_suggestion_lifecycle(cli, initialized):
    result = cli(
        "suggestion",
        "add",
        "示法建〔2025〕3号",
        "--unit",
        "县住建局",
        "--received",
        "2025-03-20",
        "--summary",
        "规范征收补偿程序",
    )
    assert result.stdout == (
        "已登记：司法建议 示法建〔2025〕3号，送 示范县住房和城乡建设局，"
        "反馈期限 2025年5月20日（周二）（2个月）\n"
    )
    dup = cli(
        "suggestion", "add", "示法建〔2025〕3号", "--unit", "县住建局", "--received", "2025-03-20"
    )
    assert (dup.exit_code, dup.stderr) == (5, "错误：示法建〔2025〕3号 已登记，不能重复添加\n")
    cli(
        "suggestion",
        "add",
        "示检行建〔2025〕1号",
        "--kind",
        "检察建议",
        "--unit",
        "县市场监管局",
        "--received",
        "2025-06-20",
        "--due",
        "30日",
    )
    rows = json.loads(cli("suggestion", "list", "--json").stdout)
    assert [(r["doc_no"], r["status"], r["reply_due"]) for r in rows] == [
        ("示法建〔2025〕3号", "逾期未反馈", "2025-05-20"),
        ("示检行建〔2025〕1号", "待反馈", "2025-07-21"),
    ]
    late = cli(
        "suggestion",
        "reply",
        "示法建〔2025〕3号",
        "--on",
        "2025-06-02",
        "--adopted",
        "是",
        "--summary",
        "已整改",
    )
    assert late.stdout == "已登记反馈：示法建〔2025〕3号 2025-06-02（超过反馈期限 2025-05-20）\n"
    assert cli("suggestion", "verify", "示法建〔2025〕3号").exit_code == 0
    data = json.loads(cli("suggestion", "show", "示法建〔2025〕3号", "--json").stdout)
    assert (data["status"], data["adopted"], data["verified_on"]) == ("已核实", True, "2025-06-30")
    assert data["deadline"]["rule"] == "2个月"
    filtered = json.loads(cli("suggestion", "list", "--status", "待反馈", "--json").stdout)
    assert [r["doc_no"] for r in filtered] == ["示检行建〔2025〕1号"]


def test_calendar_deadline_prints_the_derivation(cli):
    # Works before `fylink init` too: the settings' calendar alone.
    result = cli("calendar", "deadline", "2025-01-24", "10个工作日")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "届满日：2025年2月13日（周四）\n"
        "规则：10个工作日，起算日 2025年1月24日（周五）\n"
        "推算过程：\n"
        "  1. 起算日 2025年1月24日（当日不计入）\n"
        "  2. 按工作日计算10个工作日（跳过春节假期及周末，含调休上班日）\n"
        "  3. 届满日 2025年2月13日\n"
    )
    data = json.loads(cli("calendar", "deadline", "2026-11-20", "2个月", "--json").stdout)
    assert (data["due"], data["provisional"], data["provisional_years"]) == (
        "2027-01-20",
        True,
        [2027],
    )
    assert "2027年的放假安排尚未公布" in data["note"]
    bad = cli("calendar", "deadline", "2025-01-24", "三周")
    assert bad.exit_code == 3


def test_calendar_overrides_status_and_refresh(cli, initialized, isolated_home):
    cli("task", "add", "跨年", "--lead", "县司法局", "--due", "10个工作日", "--start", "2026-12-25")
    status = json.loads(cli("calendar", "status", "--json").stdout)
    years = {y["year"]: y for y in status["years"]}
    assert years[2026]["exact"]
    assert not years[2027]["exact"]
    assert years[2027]["provisional_items"] == 1
    # A year the calendar package does not know still has its statutory holidays (not
    # only weekends): the status says what the deadlines stand on.
    assert years[2027]["source"] == "暂定（按周末和法定节日推算）"
    added = cli("calendar", "add-holiday", "2027-01-01", "--note", "元旦")
    assert added.stdout.splitlines() == [
        "已补录：2027年1月1日（周五） 为休息日（元旦）",
        "已按新日历重新推算：1 项任务、0 件建议的期限",
    ]
    assert json.loads(cli("task", "show", "1", "--json").stdout)["due_on"] == "2027-01-11"
    cli("calendar", "add-workday", "2027-02-06", "--note", "春节调休上班")
    write_config(isolated_home, '[calendar]\nextra_holidays = ["2027-02-08"]\n')
    listed = json.loads(cli("calendar", "list", "--year", "2027", "--json").stdout)
    assert [(r["day"], r["kind"], r["origin"]) for r in listed] == [
        ("2027-01-01", "休息日", "数据库"),
        ("2027-02-06", "工作日", "数据库"),
        ("2027-02-08", "休息日", "配置文件"),
    ]
    text = cli("calendar", "status").stdout
    assert "2027  是    办公室补录" in text
    assert cli("calendar", "refresh").stdout == "没有需要重新推算的期限\n"
    dup = cli("calendar", "add-workday", "2027-01-01")
    assert dup.exit_code == 5
    assert "fylink calendar remove 2027-01-01" in dup.stderr


def test_calendar_deadline_into_a_year_without_a_notice_skips_its_statutory_holidays(cli):
    result = cli("calendar", "deadline", "2026-12-17", "15日")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "届满日：2027年1月4日（周一）（暂定：2027年假期未公布）\n"
        "规则：15日，起算日 2026年12月17日（周四）\n"
        "推算过程：\n"
        "  1. 起算日 2026年12月17日（当日不计入）\n"
        "  2. 按日历日计算15日，第15日为2027年1月1日，系法定节假日（元旦）\n"
        "  3. 顺延至下一个工作日 2027年1月4日\n"
        "  4. 届满日 2027年1月4日\n"
        "  注意：2027年的放假安排尚未公布（日历数据只到2026年），本期限按周末和"
        "《全国年节及纪念日放假办法》规定的节日推算（未计调休、补假），为暂定期限，"
        "待办公室补录该年假期后自动准确。\n"
    )


def test_a_suggestion_can_be_partly_adopted(cli, initialized, db_url):
    added = cli(
        "suggestion", "add", "示法建〔2025〕8号", "--unit", "县市场监管局",
        "--received", "2025-06-03",
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    bad = cli("suggestion", "reply", "示法建〔2025〕8号", "--adopted", "大部分")
    assert bad.exit_code == 3
    assert (
        bad.stderr == "错误：是否采纳“大部分”无法识别：请填 采纳（是）、部分采纳 或 不采纳（否）\n"
    )
    reply = cli(
        "suggestion", "reply", "示法建〔2025〕8号", "--on", "2025-06-20", "--adopted", "部分采纳"
    )
    assert reply.exit_code == 0, reply.output
    data = json.loads(cli("suggestion", "show", "示法建〔2025〕8号", "--json").stdout)
    assert (data["adopted"], data["adoption"]) == (True, "部分采纳")
    assert "是否采纳  部分采纳" in cli("suggestion", "show", "示法建〔2025〕8号").stdout
    # Partly adopted: its 整改 can be verified.
    assert cli("suggestion", "verify", "示法建〔2025〕8号").exit_code == 0
    corrected = cli(
        "suggestion", "reply", "示法建〔2025〕8号", "--on", "2025-06-20", "--adopted", "否",
        "--correct",
    )  # fmt: skip
    assert corrected.exit_code == 0, corrected.output
    data = json.loads(cli("suggestion", "show", "示法建〔2025〕8号", "--json").stdout)
    assert (data["adopted"], data["adoption"]) == (False, "不采纳")
