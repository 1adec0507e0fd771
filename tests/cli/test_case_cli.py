"""`fylink case …` end to end through the CLI, bad input included."""

import json

import pytest

from helpers import db_dump

LIT = "（2024）豫0591行初123号"


@pytest.fixture
def with_case(cli, initialized):
    result = cli(
        "case",
        "add",
        "(2024)豫0591行初123号",
        "--category",
        "行政诉讼",
        "--unit",
        "县自然资源局",
        "--filed",
        "2024-03-15",
        "--field",
        "土地征收",
        "--party",
        "张三:410502198510151232",
        "--party",
        "示范县宏达建材有限公司:91110108551385082Q",
        "--summary",
        "不服征收补偿决定 A&B <C>",
    )
    assert result.exit_code == 0, result.output
    return result


def test_add_stores_canonical_full_width_number(with_case, cli):
    assert f"已登记：{LIT}" in with_case.stdout
    assert "基层法院 · 行政一审案件" in with_case.stdout
    shown = json.loads(cli("case", "show", LIT, "--json").stdout)
    assert shown["case_no"] == LIT
    assert shown["year"] == 2024
    assert shown["court_code"] == "豫0591"
    assert shown["court_level"] == "基层"
    assert shown["type_code"] == "行初"
    assert shown["instance"] == "一审"
    assert shown["unit"] == "县自然资源局"


def test_ids_are_masked_everywhere(with_case, cli):
    shown = cli("case", "show", LIT)
    assert "410502********1232" in shown.stdout
    assert "410502198510151232" not in shown.stdout
    as_json = cli("case", "show", LIT, "--json").stdout
    assert "410502198510151232" not in as_json
    assert "91110108551385082Q" in as_json  # organisation codes are public
    log = cli("log", "--json").stdout
    assert "410502198510151232" not in log


def test_list_json_has_documented_keys(with_case, cli):
    rows = json.loads(cli("case", "list", "--json").stdout)
    assert len(rows) == 1
    for key in (
        "case_no",
        "category",
        "field",
        "unit",
        "status",
        "filed_on",
        "closed_on",
        "outcome",
    ):
        assert key in rows[0]
    assert rows[0]["filed_on"] == "2024-03-15"
    assert rows[0]["status"] == "在办"


def test_plain_list_when_piped(with_case, cli):
    out = cli("case", "list").stdout
    assert out.splitlines()[0] == "案件台账"
    assert LIT in out
    assert "\x1b[" not in out


@pytest.mark.parametrize(
    ("number", "fragment"),
    [
        ("（2024）豫5行初123号", "豫5"),
        ("（2024）京0105民初012345号", "0"),
        ("（2024）京0105民初12345", "号"),
        ("（2024）蒙01行初5号", "内"),
        ("〔2024〕京0105民初1号", "〔〕"),
        ("（2024）京0105民初第123号", "第"),
    ],
)
def test_invalid_case_number_is_refused_with_the_faulty_part(
    cli, initialized, db_url, number, fragment
):
    before = db_dump(db_url)
    result = cli("case", "add", number, "-c", "行政诉讼", "-u", "县住建局", "--filed", "2024-05-01")
    assert result.exit_code == 3
    assert result.stderr.startswith("错误：")
    assert fragment in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert db_dump(db_url) == before


def test_duplicate_is_refused(with_case, cli, db_url):
    before = db_dump(db_url)
    result = cli("case", "add", LIT, "-c", "行政诉讼", "-u", "县住建局", "--filed", "2024-05-01")
    assert result.exit_code == 5
    assert "已登记" in result.stderr
    assert db_dump(db_url) == before


def test_unknown_unit_suggests_closest(cli, initialized, db_url):
    before = db_dump(db_url)
    result = cli("case", "add", LIT, "-c", "行政诉讼", "-u", "自然资源局", "--filed", "2024-05-01")
    assert result.exit_code == 4
    assert "县自然资源局" in result.stderr
    assert db_dump(db_url) == before


@pytest.mark.parametrize(
    ("args", "code", "fragment"),
    [
        (["--filed", "2024-02-30"], 3, "不是真实存在的日期"),
        (["--filed", "去年三月"], 3, "无法识别"),
        (["--filed", "2030-01-01"], 3, "不能晚于今天"),
        (["-c", "行政复仪"], 3, "案件类别“行政复仪”不存在"),
        (["--party", "李四:110105194912310021"], 3, "校验"),
        # A typo of 440304199001010011 that passes GB 32100's MOD 31.
        (["--party", "张三:440304199001010015"], 3, "身份证号码“440304********0015”校验码不符"),
        # A typo of 32010619881111105X that passes both check characters of a credit code.
        (["--party", "张三:39010619881111105X"], 3, "身份证号码“390106********105X”校验码不符"),
        (["--claimed", "十万"], 3, "标的金额"),
    ],
)
def test_bad_input_changes_nothing(cli, initialized, db_url, args, code, fragment):
    base = {"-c": "行政诉讼", "-u": "县住建局", "--filed": "2024-05-01"}
    extra = []
    for i in range(0, len(args), 2):
        if args[i] in base:
            base[args[i]] = args[i + 1]
        else:
            extra += args[i : i + 2]
    flat = [x for pair in base.items() for x in pair]
    before = db_dump(db_url)
    result = cli("case", "add", "（2024）豫0591行初9号", *flat, *extra)
    assert result.exit_code == code, result.output
    assert fragment in result.stderr
    assert db_dump(db_url) == before


@pytest.mark.parametrize(
    ("case_no", "category", "fragment"),
    [
        ("（2025）豫0502民初77号", "行政诉讼", "“民初”（民事一审案件）不属于行政诉讼案件"),
        ("（2025）豫0502行初77号", "涉行政机关执行", "执行案件的类型代字应为：执、执恢"),
        ("（2025）豫0502执77号", "破产", "破产案件的类型代字应为：破申、破、破终"),
        ("（2025）豫0502行初77号", "非诉执行", "非诉执行案件的类型代字应为：行审、行审复"),
        ("（2025）豫0502民初77号", "诉前调解", "诉前调解案件的类型代字应为：民诉前调"),
    ],
)
def test_category_must_fit_the_type_code(cli, initialized, db_url, case_no, category, fragment):
    before = db_dump(db_url)
    result = cli("case", "add", case_no, "-c", category, "-u", "县住建局", "--filed", "2025-05-01")
    assert result.exit_code == 3, result.output
    assert fragment in result.stderr
    assert result.stderr.count("\n") == 1
    assert db_dump(db_url) == before


def test_other_accepts_any_valid_type_code(cli, initialized):
    for number, code in enumerate(("民初", "刑初", "司救访"), start=1):
        result = cli(
            "case", "add", f"（2025）豫0502{code}{number}号", "-c", "其他", "-u", "县住建局",
            "--filed", "2025-05-01",
        )  # fmt: skip
        assert result.exit_code == 0, result.output


def test_person_with_a_company_code_is_warned_and_the_code_shown(cli, initialized):
    result = cli(
        "case", "add", "（2024）豫0591行初9号", "-c", "行政诉讼", "-u", "县住建局",
        "--filed", "2024-05-01", "--party", "张三:91340503MA2N0001XG",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        "提示：当事人“张三”看起来是自然人，却填写了统一社会信用代码“91340503MA2N0001XG”，"
        "已按单位登记；如是身份证号码，请核对后更正\n"
    )


def test_company_with_an_id_shaped_code_is_accepted_and_masked(cli, initialized):
    code = "911101199001010697"  # all digits, 7-14 read 1990-01-01, both checks right
    result = cli(
        "case", "add", "（2024）豫0591行初9号", "-c", "行政诉讼", "-u", "县住建局",
        "--filed", "2024-05-01", "--party", f"示范县宏达建材有限公司:{code}",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    shown = cli("case", "show", "（2024）豫0591行初9号", "--json").stdout
    assert code not in shown
    assert "911101********0697" in shown


def test_free_number_for_reconsideration(cli, initialized):
    result = cli(
        "case",
        "add",
        "示政复〔2024〕12号",
        "-c",
        "行政复议",
        "-u",
        "县人社局",
        "--filed",
        "2024-04-02",
    )
    assert result.exit_code == 0, result.output
    shown = json.loads(cli("case", "show", "示政复〔2024〕12号", "--json").stdout)
    assert shown["no_kind"] == "自编号"
    assert shown["type_code"] is None


def test_legacy_number_needs_the_flag(cli, initialized):
    refused = cli(
        "case",
        "add",
        "（2015）朝行初字第123号",
        "-c",
        "行政诉讼",
        "-u",
        "县公安局",
        "--filed",
        "2015-06-01",
    )
    assert refused.exit_code == 3
    assert "--legacy" in refused.stderr
    accepted = cli(
        "case",
        "add",
        "（2015）朝行初字第123号",
        "-c",
        "行政诉讼",
        "-u",
        "县公安局",
        "--filed",
        "2015-06-01",
        "--legacy",
    )
    assert accepted.exit_code == 0, accepted.output


def test_close_accepts_only_outcomes_of_the_category(with_case, cli, db_url):
    before = db_dump(db_url)
    wrong = cli("case", "close", LIT, "--outcome", "维持", "--closed", "2024-09-01")
    assert wrong.exit_code == 3
    assert "不是行政诉讼案件的结案结果" in wrong.stderr
    assert db_dump(db_url) == before
    ok = cli("case", "close", LIT, "--outcome", "撤销", "--closed", "2024-09-01")
    assert ok.exit_code == 0
    assert "行政机关败诉" in ok.stdout
    shown = json.loads(cli("case", "show", LIT, "--json").stdout)
    assert (shown["status"], shown["outcome"], shown["is_loss"]) == ("已结", "撤销", True)
    again = cli("case", "close", LIT, "--outcome", "驳回诉讼请求", "--closed", "2024-09-02")
    assert again.exit_code == 5
    fixed = cli(
        "case", "close", LIT, "--outcome", "驳回诉讼请求", "--closed", "2024-09-02", "--correct"
    )
    assert fixed.exit_code == 0
    assert json.loads(cli("case", "show", LIT, "--json").stdout)["is_loss"] is False


def test_close_before_filing_is_refused(with_case, cli):
    result = cli("case", "close", LIT, "--outcome", "撤销", "--closed", "2024-01-01")
    assert result.exit_code == 3
    assert "结案日期不能早于立案日期" in result.stderr


def test_update_records_hearing_head_and_amounts(with_case, cli):
    result = cli(
        "case",
        "update",
        LIT,
        "--heard",
        "是",
        "--head-appeared",
        "是",
        "--head-rank",
        "副职",
        "--claimed",
        "12.5万",
        "--resolved",
        "否",
    )
    assert result.exit_code == 0, result.output
    shown = json.loads(cli("case", "show", LIT, "--json").stdout)
    assert shown["heard"] is True
    assert shown["head_appeared"] is True
    assert shown["head_rank"] == "副职"
    assert shown["claimed_amount"] == "125,000.00"
    assert shown["resolved"] is False


def test_update_refuses_head_without_hearing(with_case, cli):
    result = cli("case", "update", LIT, "--heard", "否", "--head-appeared", "是")
    assert result.exit_code == 3
    assert "未开庭审理" in result.stderr


def test_event_timeline_and_hearing(with_case, cli):
    result = cli(
        "case", "event", LIT, "--kind", "开庭", "--on", "2024-05-20", "--note", "第一审判庭"
    )
    assert result.exit_code == 0, result.output
    shown = cli("case", "show", LIT)
    assert "案件动态" in shown.stdout
    assert "2024-05-20  开庭  第一审判庭" in shown.stdout
    data = json.loads(cli("case", "show", LIT, "--json").stdout)
    assert data["heard_on"] == "2024-05-20"
    assert data["heard"] is True
    bad = cli("case", "event", LIT, "--kind", "吃饭", "--on", "2024-05-20")
    assert bad.exit_code == 3


def test_list_filters_and_paging(cli, initialized):
    for i, (category, unit, day) in enumerate(
        [
            ("行政诉讼", "县住建局", "2023-02-01"),
            ("行政诉讼", "县人社局", "2024-02-01"),
            ("行政复议", "县住建局", "2024-03-01"),
            ("行政诉讼", "县住建局", "2024-04-01"),
        ],
        start=1,
    ):
        number = (
            f"（{day[:4]}）豫0591行初{i}号" if category == "行政诉讼" else f"示政复〔2024〕{i}号"
        )
        assert cli("case", "add", number, "-c", category, "-u", unit, "--filed", day).exit_code == 0

    def numbers(*args):
        return [r["case_no"] for r in json.loads(cli("case", "list", "--json", *args).stdout)]

    assert numbers("-c", "行政诉讼", "-u", "县住建局") == [
        "（2024）豫0591行初4号",
        "（2023）豫0591行初1号",
    ]
    assert numbers("--year", "2024", "--sort", "filed-asc") == [
        "（2024）豫0591行初2号",
        "示政复〔2024〕3号",
        "（2024）豫0591行初4号",
    ]
    assert numbers("--from", "2024-02-15", "--to", "2024-03-31") == ["示政复〔2024〕3号"]
    assert numbers("-q", "复") == ["示政复〔2024〕3号"]
    assert numbers("-n", "2", "--page", "2") == ["（2024）豫0591行初2号", "（2023）豫0591行初1号"]
    page = cli("case", "list", "-n", "2", "--page", "2").stdout
    assert "共 4 条，显示第 3–4 条" in page


def test_log_for_a_case(with_case, cli):
    cli("case", "event", LIT, "--kind", "开庭", "--on", "2024-05-20")
    rows = json.loads(cli("log", "--case", "(2024)豫0591行初123号", "--json").stdout)
    assert {r["entity"] for r in rows} == {"case", "case_party", "case_event"}
    assert all(r["actor"] == "测试员" for r in rows)
    assert rows[0]["command"].startswith("fylink ")


def test_journal_command_line_masks_ids(with_case, cli):
    rows = json.loads(cli("log", "--json").stdout)
    commands = " ".join(r["command"] for r in rows)
    assert "410502198510151232" not in commands
    text = cli("log").stdout
    assert "案件 （2024）豫0591行初123号" in text


def test_command_line_masks_resident_ids(monkeypatch):
    from fylink.cli.common import command_line

    monkeypatch.setattr(
        "sys.argv",
        [
            "fylink",
            "case",
            "add",
            "X",
            "-p",
            "张三:410502198510151232",
            "-p",
            "公司:91110108551385082Q",
        ],
    )
    line = command_line()
    assert "410502********1232" in line
    assert "410502198510151232" not in line
    assert "91110108551385082Q" in line


def test_appeal_closes_with_an_appeal_outcome(cli, initialized):
    number = "（2025）豫05行终12号"
    added = cli("case", "add", number, "-c", "行政诉讼", "-u", "县住建局", "--filed", "2025-03-01")
    assert added.exit_code == 0, added.output
    wrong = cli("case", "close", number, "-o", "撤销", "--closed", "2025-06-01")
    assert wrong.exit_code == 3
    assert "“撤销”不是二审行政诉讼案件的结案结果，可选：驳回上诉、维持原判、改判" in wrong.stderr
    done = cli("case", "close", number, "-o", "驳回上诉、维持原判", "--closed", "2025-06-01")
    assert done.exit_code == 0, done.output
    shown = json.loads(cli("case", "show", number, "--json").stdout)
    assert (shown["outcome"], shown["is_loss"]) == ("驳回上诉、维持原判", False)


def test_a_staff_member_in_the_heads_place_is_no_head_appearance(with_case, cli):
    result = cli("case", "update", LIT, "--heard", "是", "--head-rank", "工作人员")
    assert result.exit_code == 0, result.output
    shown = json.loads(cli("case", "show", LIT, "--json").stdout)
    assert (shown["head_appeared"], shown["head_rank"]) == (False, "工作人员")
    assert "负责人出庭     否（出庭的是工作人员）" in cli("case", "show", LIT).stdout
    wrong = cli("case", "update", LIT, "--head-appeared", "是", "--head-rank", "下级机关")
    assert wrong.exit_code == 3
    assert wrong.stderr == (
        "错误：出庭的是下级机关负责人，不能作为被诉行政机关负责人出庭"
        "（法释〔2020〕3号第二条），负责人出庭应记为“否”\n"
    )
    deputy = cli("case", "update", LIT, "--head-rank", "分管领导")
    assert deputy.exit_code == 0, deputy.output
    shown = json.loads(cli("case", "show", LIT, "--json").stdout)
    assert (shown["head_appeared"], shown["head_rank"]) == (True, "分管领导")


def test_case_deadlines_from_events(with_case, cli):
    # FYLINK_TODAY is 2025-06-30: the copy received on 2025-06-10 was due on 2025-06-25.
    assert cli("case", "event", LIT, "-k", "收到起诉状副本", "--on", "2025-06-10").exit_code == 0
    shown = json.loads(cli("case", "show", LIT, "--json").stdout)
    assert [(d["name"], d["due"], d["status"]) for d in shown["deadlines"]] == [
        ("答辩状和证据", "2025-06-25", "已逾期")
    ]
    assert shown["deadlines"][0]["basis"].startswith("行政诉讼法第六十七条")
    text = cli("case", "show", LIT).stdout
    assert "案件期限（由案件动态推算）" in text
    due = json.loads(cli("case", "list", "--due-within", "7", "--json").stdout)
    assert [(d["case_no"], d["name"], d["status"]) for d in due] == [
        (LIT, "答辩状和证据", "已逾期")
    ]
    check = cli("check", "overdue", "--dry-run", "--json")
    assert check.exit_code == 10, check.output
    items = [i for u in json.loads(check.stdout)["units"] for i in u["items"]]
    # Three working days late: the defendant unit gets its 提醒 (tests/cli/test_case_notices.py).
    assert [(i["type"], i["ref"], i["status"], i["new_stage"]) for i in items] == [
        ("case", LIT, "逾期", "提醒")
    ]
    assert cli("case", "event", LIT, "-k", "答辩", "--on", "2025-06-26").exit_code == 0
    assert json.loads(cli("case", "list", "--due-within", "7", "--json").stdout) == []
    assert cli("check", "overdue", "--dry-run").exit_code == 0


def test_instances_are_linked_with_related(with_case, cli, db_url):
    appeal = "（2025）豫05行终3号"
    added = cli(
        "case", "add", appeal, "-c", "行政诉讼", "-u", "县住建局", "--filed", "2025-05-01",
        "--related", "(2024)豫0591行初123号",
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    later = json.loads(cli("case", "show", appeal, "--json").stdout)
    assert [(r["case_no"], r["relation"], r["instance"]) for r in later["related"]] == [
        (LIT, "前审", "一审")
    ]
    earlier = json.loads(cli("case", "show", LIT, "--json").stdout)
    assert [(r["case_no"], r["relation"]) for r in earlier["related"]] == [(appeal, "后续")]
    assert f"关联案件       后续 {appeal}" in cli("case", "show", LIT).stdout
    before = db_dump(db_url)
    again = cli("case", "update", LIT, "--related", appeal)
    assert again.exit_code == 5
    assert again.stderr == f"错误：案件 {LIT} 与 {appeal} 已关联\n"
    itself = cli("case", "update", LIT, "--related", LIT)
    assert (itself.exit_code, itself.stderr) == (3, f"错误：案件 {LIT} 不能关联自己\n")
    missing = cli("case", "update", LIT, "--related", "（2025）豫05行终4号")
    assert missing.exit_code == 4
    assert db_dump(db_url) == before
    log = json.loads(cli("log", "--json").stdout)
    assert any(row["entity"] == "case_link" for row in log)
