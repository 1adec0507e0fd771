"""Projects (一楼一策), what tasks and decisions concern, judgments performed and what
agencies still owe (issue 17)."""

import json

import pytest

COMPANY = "示范县锦绣置业有限公司"
CODE = "91410594MA04K7Q47N"
PRE1 = "（2025）豫0591民诉前调12号"
PRE2 = "（2025）豫0591民诉前调13号"


def _ok(result):
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def estate(cli, initialized):
    _ok(cli(
        "case", "add", PRE1, "-c", "诉前调解", "-u", "县住建局", "--filed", "2025-03-02",
        "-p", f"{COMPANY}:{CODE}", "-p", "王芳", "--claimed", "38万", "--group-size", "3",
    ))  # fmt: skip
    _ok(cli(
        "case", "add", PRE2, "-c", "诉前调解", "-u", "县住建局", "--filed", "2025-03-04",
        "-p", "李强", "--group-size", "2",
    ))  # fmt: skip
    _ok(cli(
        "project", "add", "锦绣家园小区", "--kind", "问题楼盘", "--unit", "县住建局",
        "--leader", "王副县长", "--households", "277",
    ))  # fmt: skip
    _ok(cli("meeting", "add", "--kind", "专题会议", "--date", "2025-06-20", "--topic", "交房"))


def test_project_link_and_show(cli, estate):
    result = _ok(cli("project", "link", "锦绣家园小区", PRE1, "(2025)豫0591民诉前调13号"))
    assert result.stdout == "已归入项目 锦绣家园小区：2 件\n"
    result = _ok(cli("project", "link", "锦绣家园", PRE1))
    assert result.stdout == "已归入项目 锦绣家园小区：0 件，1 件原已归入\n"
    _ok(cli(
        "meeting", "decide", "2025-1", "督促开发商完成消防验收", "--lead", "县住建局",
        "--due", "1个月", "--project", "锦绣家园小区",
    ))  # fmt: skip
    data = json.loads(_ok(cli("project", "show", "锦绣家园小区", "--json")).stdout)
    assert data["figures"] == {
        "households": 277,
        "people": 5,
        "cases": 2,
        "open_cases": 2,
        "closed_cases": 0,
        "resolved": 0,
        "claimed_fen": 38_000_000,
        "recovered_fen": 0,
    }
    assert data["meetings"] == [
        {"meeting": "2025年第1期专题会议", "held_on": "2025-06-20", "decisions": 1, "completed": 0}
    ]
    assert [t["content"] for t in data["tasks"]] == ["督促开发商完成消防验收"]
    rows = json.loads(_ok(cli("project", "list", "--json")).stdout)
    assert rows == [{"name": "锦绣家园小区", "kind": "问题楼盘", "leader": "王副县长", "cases": 2}]


def test_project_refusals(cli, estate):
    result = cli("project", "add", "锦绣家园小区", "--kind", "问题楼盘")
    assert (result.exit_code, result.stderr) == (5, "错误：项目“锦绣家园小区”已存在\n")
    result = cli("project", "add", "某小区", "--kind", "楼盘")
    assert result.exit_code == 3
    assert result.stderr == "错误：项目类型“楼盘”不存在，可选：问题楼盘、破产、金融风险、其他\n"
    result = cli("project", "show", "锦秀家园")
    assert result.exit_code == 4
    assert result.stderr == (
        "错误：项目“锦秀家园”不存在；相近的有：锦绣家园小区（用 fylink project list 查看）\n"
    )


def test_tasks_and_decisions_link_to_case_party_project(cli, estate):
    _ok(cli(
        "meeting", "decide", "2025-1", "核查锦绣置业账户资金", "--lead", "县住建局",
        "--due", "15日", "--party", CODE,
    ))  # fmt: skip
    result = _ok(cli(
        "task", "add", "走访王芳等业主", "--lead", "县住建局", "--due", "2025-07-15",
        "--case", PRE1,
    ))  # fmt: skip
    result = _ok(cli("task", "update", "2", "--project", "锦绣家园小区"))
    assert result.stdout == f"已修改：任务 2（涉及案件 {PRE1}，项目 锦绣家园小区）\n"
    data = json.loads(_ok(cli("party", "show", COMPANY, "--json")).stdout)
    assert [(t["content"], t["meeting"]) for t in data["tasks"]] == [
        ("核查锦绣置业账户资金", "2025年第1期专题会议"),
        ("走访王芳等业主", None),
    ]
    assert data["meetings"] == [
        {"meeting": "2025年第1期专题会议", "held_on": "2025-06-20", "decisions": 1}
    ]
    shown = json.loads(_ok(cli("case", "show", PRE1, "--json")).stdout)
    assert [t["content"] for t in shown["tasks"]] == ["走访王芳等业主"]
    plain = _ok(cli("case", "show", PRE1)).stdout
    assert "涉及本案的任务和议定事项" in plain
    _ok(cli("undo"))
    shown = json.loads(_ok(cli("project", "show", "锦绣家园小区", "--json")).stdout)
    assert shown["tasks"] == []
    result = cli("task", "update", "2")
    assert (result.exit_code, result.stderr) == (
        3,
        "错误：没有要修改的内容：请给出至少一个选项，如 --due 2025-09-30\n",
    )


def test_suggestion_party(cli, estate):
    result = _ok(cli(
        "suggestion", "add", "示法建〔2025〕3号", "--kind", "司法建议",
        "--issuer", "示范县人民法院", "--unit", "县住建局", "--received", "2025-06-01",
        "--party", COMPANY, "--json",
    ))  # fmt: skip
    assert json.loads(result.stdout)["parties"] == [COMPANY]
    data = json.loads(_ok(cli("party", "show", COMPANY, "--json")).stdout)
    assert [s["doc_no"] for s in data["suggestions"]] == ["示法建〔2025〕3号"]


LOST = "（2025）豫0591行初5号"


@pytest.fixture
def judgments(cli, initialized):
    _ok(cli("case", "add", LOST, "-c", "行政诉讼", "-u", "县自然资源局", "--filed", "2025-01-10"))
    _ok(cli("case", "close", LOST, "--outcome", "撤销", "--closed", "2025-04-01"))
    for number, unit, claimed, recovered in (
        ("（2025）豫0591执12号", "县自然资源局", "50万", "20万"),
        ("（2025）豫0591执13号", "县自然资源局", "10万", None),
        ("（2025）豫0591执14号", "县住建局", "8万", "8万"),
    ):
        _ok(cli(
            "case", "add", number, "-c", "涉行政机关执行", "-u", unit, "--filed", "2025-02-01",
            "--claimed", claimed,
        ))  # fmt: skip
        if recovered:
            _ok(cli("case", "update", number, "--recovered", recovered))


def test_judgment_performance(cli, judgments):
    rows = json.loads(_ok(cli("case", "unperformed", "--json")).stdout)
    assert [(r["case_no"], r["status"]) for r in rows] == [(LOST, "未记录")]
    result = _ok(cli("case", "perform", LOST, "--status", "未履行", "--on", "2025-05-01"))
    assert result.stdout == f"已记录：{LOST} 未履行（2025-05-01）\n"
    rows = json.loads(_ok(cli("case", "unperformed", "--json")).stdout)
    assert [(r["status"], r["marked_on"]) for r in rows] == [("未履行", "2025-05-01")]
    _ok(cli("case", "perform", LOST, "--status", "履行", "--on", "2025-06-01"))
    assert json.loads(_ok(cli("case", "unperformed", "--json")).stdout) == []
    result = cli("case", "perform", "（2025）豫0591执12号", "--status", "履行")
    assert result.exit_code == 5
    assert result.stderr == (
        "错误：（2025）豫0591执12号 不是行政机关败诉的行政诉讼案件：只有败诉裁判才记录履行情况\n"
    )


def test_unpaid_by_unit(cli, judgments):
    rows = json.loads(_ok(cli("case", "unpaid", "--json")).stdout)
    assert rows == [
        {
            "unit": "县自然资源局",
            "cases": 2,
            "claimed_fen": 60_000_000,
            "recovered_fen": 20_000_000,
            "unpaid_fen": 40_000_000,
        }
    ]
    result = _ok(cli("case", "unpaid"))
    assert "共 1 个单位，未到位合计 400,000.00 元" in result.stdout


def test_quarterly_report_counts_watched_and_unpaid(cli, judgments, tmp_path):
    _ok(cli("case", "add", "（2025）豫0591破1号", "-c", "破产", "-u", "县住建局",
            "--filed", "2025-03-01", "-p", "示范县宏达建材有限公司"))  # fmt: skip
    _ok(
        cli("party", "watch", "示范县宏达建材有限公司", "--level", "高", "--reason", "重点破产企业")
    )
    data = json.loads(_ok(cli("report", "quarterly", "--year", "2025", "-q", "2", "--json")).stdout)
    attention = data["attention"]
    assert attention["watched_enterprises"] == {
        "total": 1,
        "by_level": {"高": 1, "中": 0, "低": 0},
        "in_bankruptcy": 1,
    }
    assert attention["unpaid_enforcement_total"] == 1
    assert attention["unpaid_enforcement"][0]["unpaid"] == "400,000.00"
    text = _ok(cli("report", "quarterly", "--year", "2025", "-q", "2")).stdout
    assert "重点关注企业1家（高 1 家），其中重点破产企业1家" in text
    assert "涉行政机关执行：未履行金额（按被执行单位）" in text
    # The same in the Excel workbook and the Word briefing.
    book_path = tmp_path / "通报.xlsx"
    _ok(cli("report", "quarterly", "--year", "2025", "-q", "2", "--xlsx", str(book_path)))
    from openpyxl import load_workbook

    book = load_workbook(book_path, read_only=True)
    unpaid = list(book["涉行政机关执行未履行"].iter_rows(values_only=True))
    assert unpaid[1][4] == "400,000.00"
    watched = list(book["重点关注企业"].iter_rows(values_only=True))
    assert watched[1:] == [("高", 1), ("中", 0), ("低", 0), ("合计", 1), ("其中重点破产企业", 1)]
    doc_path = tmp_path / "通报.docx"
    _ok(cli("report", "quarterly", "--year", "2025", "-q", "2", "--docx", str(doc_path)))
    from docx import Document

    body = "\n".join(p.text for p in Document(str(doc_path)).paragraphs)
    assert "列入重点关注名册的企业1家，其中重点破产企业1家。" in body
    assert "涉行政机关执行案件尚有未履行金额：" in body


BANKRUPT = "（2025）豫0591破1号"
HONGDA = "示范县宏达建材有限公司"


@pytest.fixture
def bankrupt(cli, initialized):
    _ok(cli("case", "add", BANKRUPT, "-c", "破产", "-u", "县住建局", "--filed", "2025-05-10",
            "-p", f"{HONGDA}:91410590MA00K7Q00Q"))  # fmt: skip


def test_bankruptcy_facts(cli, bankrupt):
    result = _ok(cli(
        "case", "bankruptcy", BANKRUPT, "--procedure", "重整", "--stage", "债权申报",
        "--administrator", "河南正义律师事务所", "--employee-claims", "320万",
        "--unpaid-workers", "146", "--json",
    ))  # fmt: skip
    assert json.loads(result.stdout) == {
        "case_no": BANKRUPT,
        "procedure": "重整",
        "stage": "债权申报",
        "administrator": "河南正义律师事务所",
        "employee_claims_fen": 320_000_000,
        "unpaid_workers": 146,
    }
    _ok(cli("case", "bankruptcy", BANKRUPT, "--stage", "债权人会议"))
    data = json.loads(_ok(cli("party", "show", HONGDA, "--json")).stdout)
    assert [(b["procedure"], b["stage"]) for b in data["bankruptcies"]] == [("重整", "债权人会议")]
    result = cli("case", "bankruptcy", BANKRUPT, "--stage", "债权人大会")
    assert result.exit_code == 3
    result = cli("case", "bankruptcy", "（2025）豫0591行初5号", "--stage", "受理")
    assert result.exit_code == 4
    _ok(cli("undo"))
    data = json.loads(_ok(cli("case", "bankruptcy", BANKRUPT, "--json")).stdout)
    assert data["stage"] == "债权申报"


def test_checklist_opens_eleven_tasks(cli, bankrupt):
    result = _ok(cli("party", "checklist", HONGDA, "--case", BANKRUPT, "--due", "30个工作日"))
    assert result.stdout == "已建立府院协调事项 11 项（任务 1–11），完成时限 2025-08-11\n"
    data = json.loads(_ok(cli("party", "show", HONGDA, "--json")).stdout)
    assert [(t["content"].split("：")[1], t["lead"]) for t in data["tasks"]] == [
        ("民生保障", "县人社局"),
        ("社会稳定", "县公安局"),
        ("财产接管", "县法院"),
        ("税收申报", "县税务局"),
        ("资产处置", "县自然资源局"),
        ("金融协调", "县政府办"),
        ("信用修复", "县发改委"),
        ("打击逃废债", "县公安局"),
        ("变更注销", "县市场监管局"),
        ("中介管理", "县司法局"),
        ("费用保障", "县财政局"),
    ]
    result = cli("party", "checklist", HONGDA, "--due", "30个工作日")
    assert result.exit_code == 5
    assert result.stderr == (
        f"错误：“{HONGDA}”的府院协调事项已经建立：用 fylink party show {HONGDA} 查看\n"
    )


def test_checklist_lead_units_from_settings(cli, bankrupt, isolated_home):
    isolated_home.mkdir(parents=True, exist_ok=True)
    config = isolated_home / "config.toml"
    config.write_text(
        '[bankruptcy.checklist_units]\n"民生保障" = "县信访局"\n"社会稳定" = ""\n',
        encoding="utf-8",
    )
    result = cli("party", "checklist", HONGDA, "--due", "2025-09-30")
    assert result.exit_code == 7
    assert result.stderr == (
        "错误：配置项 bankruptcy.checklist_units 未设置 社会稳定 的牵头单位；"
        "请在配置文件中设置，或用 --lead 指定\n"
    )
    _ok(cli("party", "checklist", HONGDA, "--due", "2025-09-30", "--lead", "县司法局"))
    data = json.loads(_ok(cli("party", "show", HONGDA, "--json")).stdout)
    leads = [t["lead"] for t in data["tasks"]]
    assert leads[:3] == ["县信访局", "县司法局", "县法院"]
    config.write_text('[bankruptcy.checklist_units]\n"维稳" = "县公安局"\n', encoding="utf-8")
    result = cli("party", "list")
    assert result.exit_code == 7
    assert "没有府院协调事项“维稳”" in result.stderr


def test_import_links_cases_to_a_project_by_column(cli, initialized, tmp_path):
    import csv

    _ok(cli("project", "add", "锦绣家园小区", "--kind", "问题楼盘"))
    sheet = tmp_path / "台账.csv"
    with open(sheet, "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(
            [
                ["案号", "类别", "被申请人/被告", "申请人/原告", "立案日期", "所属项目"],
                [PRE1, "诉前调解", "县住建局", "王芳", "2025-03-02", "锦绣家园小区"],
                [PRE2, "诉前调解", "县住建局", "李强", "2025-03-04", "锦绣家园小区"],
                ["（2025）豫0591民诉前调14号", "诉前调解", "县住建局", "赵敏", "2025-03-05", ""],
            ]
        )
    result = _ok(cli("case", "import", str(sheet)))
    assert "新增 3" in result.stdout
    data = json.loads(_ok(cli("project", "show", "锦绣家园小区", "--json")).stdout)
    assert sorted(c["case_no"] for c in data["cases"]) == [PRE1, PRE2]
    exported = tmp_path / "导出.csv"
    _ok(cli("case", "export", str(exported)))
    with open(exported, encoding="utf-8-sig") as f:
        rows = {r["案号"]: r["所属项目"] for r in csv.DictReader(f)}
    assert rows[PRE1] == "锦绣家园小区"
    assert rows["（2025）豫0591民诉前调14号"] == ""
    # Undone, the cases go and so do their places in the project.
    _ok(cli("undo"))
    data = json.loads(_ok(cli("project", "show", "锦绣家园小区", "--json")).stdout)
    assert data["cases"] == []


PRE3 = "（2025）豫0591民诉前调14号"
PRE4 = "（2025）豫0591民诉前调15号"


def _sheet(path, rows):
    import csv

    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(
            [["案号", "类别", "被申请人/被告", "申请人/原告", "立案日期", "所属项目"], *rows]
        )
    return str(path)


def _grouped(cli) -> dict[str, list[str]]:
    found = {}
    for name in ("锦绣家园小区", "幸福里小区"):
        data = json.loads(_ok(cli("project", "show", name, "--json")).stdout)
        found[name] = sorted(c["case_no"] for c in data["cases"])
    return found


def test_import_update_links_moves_and_clears_projects(cli, initialized, tmp_path):
    _ok(cli("project", "add", "锦绣家园小区", "--kind", "问题楼盘"))
    _ok(cli("project", "add", "幸福里小区", "--kind", "问题楼盘"))
    first = _sheet(
        tmp_path / "台账.csv",
        [
            [PRE1, "诉前调解", "县住建局", "王芳", "2025-03-02", "锦绣家园小区"],
            [PRE2, "诉前调解", "县住建局", "李强", "2025-03-04", ""],
            [PRE3, "诉前调解", "县住建局", "赵敏", "2025-03-05", "锦绣家园小区"],
            [PRE4, "诉前调解", "县住建局", "孙丽", "2025-03-06", "锦绣家园小区"],
        ],
    )
    _ok(cli("case", "import", first))
    # The office's corrected sheet: PRE1 moves, PRE2 is linked, PRE3 leaves every project,
    # PRE4's empty cell changes nothing.
    second = _sheet(
        tmp_path / "台账2.csv",
        [
            [PRE1, "诉前调解", "县住建局", "王芳", "2025-03-02", "幸福里小区"],
            [PRE2, "诉前调解", "县住建局", "李强", "2025-03-04", "锦绣家园小区、幸福里小区"],
            [PRE3, "诉前调解", "县住建局", "赵敏", "2025-03-05", "无"],
            [PRE4, "诉前调解", "县住建局", "孙丽", "2025-03-06", ""],
        ],
    )
    result = _ok(cli("case", "import", second))
    assert "更新 0，未变 1" in result.stdout
    assert f"已登记但内容不同（未修改，加 --update 更新）：{PRE1}、{PRE2}、{PRE3}" in result.stdout
    before = {"锦绣家园小区": [PRE1, PRE3, PRE4], "幸福里小区": []}
    assert _grouped(cli) == before
    result = _ok(cli("case", "import", second, "--update"))
    assert "新增 0，更新 3，未变 1" in result.stdout
    after = {"锦绣家园小区": [PRE2, PRE4], "幸福里小区": [PRE1, PRE2]}
    assert _grouped(cli) == after
    # The same sheet again: nothing left to change.
    assert "更新 0，未变 4" in _ok(cli("case", "import", second, "--update")).stdout
    exported = tmp_path / "导出.csv"
    _ok(cli("case", "export", str(exported)))
    import csv

    with open(exported, encoding="utf-8-sig") as f:
        cells = {r["案号"]: r["所属项目"] for r in csv.DictReader(f)}
    assert cells == {
        PRE1: "幸福里小区",
        PRE2: "锦绣家园小区、幸福里小区",
        PRE3: "",
        PRE4: "锦绣家园小区",
    }
    # Journaled with the rest of the update: one command, undone (and redone) as one.
    rows = json.loads(_ok(cli("log", "--json", "--limit", "50")).stdout)
    update = [r for r in rows if r["command_id"] == rows[0]["command_id"]]
    links = sorted((r["action"], r["entity"]) for r in update if r["entity"] == "project_case")
    assert links == [("delete", "project_case")] * 2 + [("insert", "project_case")] * 3
    # Only their projects changed: the cases' own rows are left alone.
    assert [r for r in update if r["entity"] == "case"] == []
    _ok(cli("undo"))
    assert _grouped(cli) == before
    _ok(cli("undo"))
    assert _grouped(cli) == after
    assert _ok(cli("log", "--verify")).exit_code == 0


def test_import_update_refuses_an_unknown_project_and_changes_nothing(cli, initialized, tmp_path):
    _ok(cli("project", "add", "锦绣家园小区", "--kind", "问题楼盘"))
    first = _sheet(
        tmp_path / "台账.csv",
        [[PRE1, "诉前调解", "县住建局", "王芳", "2025-03-02", "锦绣家园小区"]],
    )
    _ok(cli("case", "import", first))
    second = _sheet(
        tmp_path / "台账2.csv",
        [[PRE1, "诉前调解", "县住建局", "王芳", "2025-03-02", "锦绣家园小区、幸福小区"]],
    )
    result = cli("case", "import", second, "--update")
    assert result.exit_code == 3
    assert "项目“幸福小区”不存在：请先用 fylink project add 登记" in result.output
    assert _grouped_one(cli) == [PRE1]
    typo = _sheet(
        tmp_path / "台账3.csv", [[PRE1, "诉前调解", "县住建局", "王芳", "2025-03-02", "锦绣家园"]]
    )
    result = cli("case", "import", typo, "--update")
    assert result.exit_code == 3
    assert "项目“锦绣家园”不存在（相近的有：锦绣家园小区）：请先用" in result.output
    result = cli("project", "add", "无", "--kind", "其他")
    assert (result.exit_code, result.stderr) == (
        3,
        "错误：项目名称不能是“无”：导入台账时“无”表示不属于任何项目\n",
    )


def _grouped_one(cli) -> list[str]:
    data = json.loads(_ok(cli("project", "show", "锦绣家园小区", "--json")).stdout)
    return sorted(c["case_no"] for c in data["cases"])


def test_import_refuses_an_unknown_project(cli, initialized, tmp_path):
    sheet = tmp_path / "台账.csv"
    sheet.write_text(
        "案号,类别,被申请人/被告,立案日期,所属项目\n"
        f"{PRE1},诉前调解,县住建局,2025-03-02,锦绣花园\n",
        encoding="utf-8",
    )
    result = cli("case", "import", str(sheet))
    assert result.exit_code == 3
    assert "项目“锦绣花园”不存在：请先用 fylink project add 登记" in result.output


def test_case_remove_takes_its_project_place_and_keeps_tasks(cli, estate):
    _ok(cli("project", "link", "锦绣家园小区", PRE1))
    _ok(cli("task", "add", "走访王芳", "--lead", "县住建局", "--due", "2025-07-15", "--case", PRE1))
    result = _ok(cli("case", "remove", PRE1, "--reason", "误录"))
    assert "项目案件 1 条" in result.stdout
    assert "任务关联 1 条" in result.stdout
    data = json.loads(_ok(cli("project", "show", "锦绣家园小区", "--json")).stdout)
    assert data["cases"] == []
    _ok(cli("task", "remove", "1", "--reason", "误录"))
    _ok(cli("undo"))
    _ok(cli("undo", "--command", _first_of_remove(cli)))
    data = json.loads(_ok(cli("project", "show", "锦绣家园小区", "--json")).stdout)
    assert [c["case_no"] for c in data["cases"]] == [PRE1]


def _first_of_remove(cli) -> str:
    rows = json.loads(_ok(cli("log", "--json", "--limit", "200")).stdout)
    removes = [r for r in rows if r["action"] == "delete" and r["entity"] == "case"]
    return str(removes[0]["command_id"])
