"""``fylink party`` and ``case list --party``: one enterprise across cases (issue 17)."""

import json

import pytest

HENGXIN = "示范县恒信商贸有限公司"
HENGXIN_CODE = "91410594MA04K7Q47N"
ZHANG_ID = "410502198510151232"
ZHANG_MASKED = "410502********1232"


def _ok(result):
    assert result.exit_code == 0, result.output
    return result


def _case(cli, number, category, unit, *parties, filed="2025-03-01", claimed=None):
    args = ["case", "add", number, "-c", category, "-u", unit, "--filed", filed]
    for party in parties:
        args += ["-p", party]
    if claimed:
        args += ["--claimed", claimed]
    _ok(cli(*args))


@pytest.fixture
def parties_db(cli, initialized):
    code = f"{HENGXIN}:{HENGXIN_CODE}"
    _case(cli, "（2025）豫0591行初7号", "行政诉讼", "县自然资源局", code)
    _case(
        cli, "示政复〔2025〕3号", "行政复议", "县住建局", code, f"张三:{ZHANG_ID}",
        filed="2025-04-02",
    )  # fmt: skip
    _case(
        cli, "（2025）豫0591行审9号", "非诉执行", "县住建局", code, filed="2025-05-06",
        claimed="12.5万",
    )  # fmt: skip
    _case(cli, "示政复〔2025〕4号", "行政复议", "县住建局", "张三", filed="2025-05-07")


def _numbers(result) -> list[str]:
    return sorted(c["case_no"] for c in json.loads(result.stdout))


def test_case_list_text_matches_party_names(cli, parties_db):
    result = _ok(cli("case", "list", "--text", "恒信商贸", "--json"))
    assert _numbers(result) == [
        "示政复〔2025〕3号",
        "（2025）豫0591行初7号",
        "（2025）豫0591行审9号",
    ]


def test_case_list_party_by_code_and_id_tail(cli, parties_db):
    by_code = _numbers(_ok(cli("case", "list", "--party", HENGXIN_CODE, "--json")))
    assert len(by_code) == 3
    # The visible tail of the ID finds 张三's case with the ID, not the namesake without one.
    assert _numbers(_ok(cli("case", "list", "--party", "1232", "--json"))) == ["示政复〔2025〕3号"]
    assert _numbers(_ok(cli("case", "list", "--party", ZHANG_MASKED, "--json"))) == [
        "示政复〔2025〕3号"
    ]
    assert _numbers(_ok(cli("case", "list", "--party", "张三:1232", "--json"))) == [
        "示政复〔2025〕3号"
    ]


def test_hidden_digits_are_not_searchable(cli, parties_db):
    # Five characters reach into the masked part: no identifier, and no name either.
    result = cli("case", "list", "--party", "51232")
    assert result.exit_code == 4
    assert result.stderr == "错误：当事人“51232”不存在（用 fylink party list --text 查找）\n"


def test_ambiguous_and_unknown_names(cli, parties_db):
    result = cli("party", "show", "张三")
    assert result.exit_code == 5
    assert result.stderr == (
        "错误：“张三”对应 2 个当事人：张三（410502********1232）；张三（无证件）；"
        "请照上列写法之一输入（连同括号）\n"
    )
    result = cli("party", "show", "恒兴商贸公司")
    assert result.exit_code == 4
    assert result.stderr == (
        f"错误：当事人“恒兴商贸公司”不存在；相近的有：{HENGXIN}"
        "（用 fylink party list --text 查找）\n"
    )
    assert ZHANG_ID not in result.stderr


def test_namesake_without_id_is_picked_by_its_handle(cli, parties_db):
    # Every handle the ambiguous look-up lists is typed back as shown.
    assert _numbers(_ok(cli("case", "list", "--party", "张三（无证件）", "--json"))) == [
        "示政复〔2025〕4号"
    ]
    assert _numbers(_ok(cli("case", "list", "--party", "张三(无证件)", "--json"))) == [
        "示政复〔2025〕4号"
    ]
    for handle in (f"张三（{ZHANG_MASKED}）", "张三（****1232）", "张三（1232）"):
        assert _numbers(_ok(cli("case", "list", "--party", handle, "--json"))) == [
            "示政复〔2025〕3号"
        ], handle
    data = json.loads(_ok(cli("party", "show", "张三（无证件）", "--json")).stdout)
    assert (data["id_number"], data["total_cases"]) == (None, 1)
    assert [c["case_no"] for c in data["cases"]] == ["示政复〔2025〕4号"]
    # A handle typed for a party that has none finds nothing, and says so.
    result = cli("party", "show", "李四（无证件）")
    assert result.exit_code == 4
    assert (
        result.stderr == "错误：当事人“李四（无证件）”不存在（用 fylink party list --text 查找）\n"
    )
    # A full ID inside a handle is never echoed unmasked.
    result = cli("party", "show", "张三（410502199003141237）")
    assert result.exit_code == 4
    assert "410502199003141237" not in result.stderr
    assert "张三（410502********1237）" in result.stderr


def test_two_namesakes_without_id_are_told_apart_by_number(cli, parties_db):
    # A typo'd name corrected by a rename: two records of 张三 without an ID.
    _case(cli, "示政复〔2025〕9号", "行政复议", "县住建局", "张叁", filed="2025-06-01")
    _ok(cli("party", "update", "张叁", "--name", "张三"))
    result = cli("party", "show", "张三（无证件）")
    assert result.exit_code == 5
    assert result.stderr == (
        "错误：“张三（无证件）”对应 2 个当事人：张三#3（无证件）；张三#4（无证件）；"
        "请照上列写法之一输入（连同括号）\n"
    )
    for handle in ("张三#4（无证件）", "张三#4", "#4", "＃4"):
        data = json.loads(_ok(cli("party", "show", handle, "--json")).stdout)
        assert [c["case_no"] for c in data["cases"]] == ["示政复〔2025〕9号"], handle
    result = cli("party", "show", "李四#4")
    assert (result.exit_code, result.stderr) == (
        4,
        "错误：编号 4 的当事人不是“李四”（用 fylink party list --text 查找）\n",
    )
    result = cli("party", "show", "#99")
    assert (result.exit_code, result.stderr) == (
        4,
        "错误：没有编号 99 的当事人（用 fylink party list --text 查找）\n",
    )
    # Merged into the other record: its number leads there.
    result = _ok(cli("party", "merge", "张三#3", "张三#4"))
    assert result.stdout == "已合并：张三#4（无证件） 并入 张三#3（无证件）（案件关联 1 条）\n"
    data = json.loads(_ok(cli("party", "show", "#4", "--json")).stdout)
    assert data["total_cases"] == 2


def test_company_namesake_without_code_in_every_command(cli, parties_db):
    """The record of 恒信 entered without its code, picked by its handle in each command
    that takes a party."""
    bare = f"{HENGXIN}（无证件）"
    coded = f"{HENGXIN}（{HENGXIN_CODE}）"
    _case(cli, "示政复〔2025〕8号", "行政复议", "县住建局", HENGXIN, filed="2025-06-01")
    result = cli("case", "list", "--party", HENGXIN)
    assert result.exit_code == 5
    assert result.stderr == (
        f"错误：“{HENGXIN}”对应 2 个当事人：{coded}；{bare}；请照上列写法之一输入（连同括号）\n"
    )
    assert _numbers(_ok(cli("case", "list", "--party", bare, "--json"))) == ["示政复〔2025〕8号"]
    assert len(_numbers(_ok(cli("case", "list", "--party", coded, "--json")))) == 3
    result = _ok(cli("party", "watch", bare, "--level", "中", "--reason", "困难企业"))
    assert result.stdout == f"已列入重点关注名册：{HENGXIN}（中，困难企业）\n"
    rows = json.loads(_ok(cli("party", "list", "--watch", "--json")).stdout)
    assert [(r["name"], r["id_number"]) for r in rows] == [(HENGXIN, None)]
    _ok(cli(
        "task", "add", "核实恒信欠薪情况", "--lead", "县住建局", "--due", "2025-07-15",
        "--party", bare,
    ))  # fmt: skip
    _ok(cli("meeting", "add", "--kind", "专题会议", "--date", "2025-06-20", "--topic", "恒信"))
    _ok(cli(
        "meeting", "decide", "2025-1", "协调恒信职工安置", "--lead", "县住建局", "--due", "15日",
        "--party", bare,
    ))  # fmt: skip
    result = _ok(cli(
        "suggestion", "add", "示法建〔2025〕5号", "--kind", "司法建议",
        "--issuer", "示范县人民法院", "--unit", "县住建局", "--received", "2025-06-01",
        "--party", bare, "--json",
    ))  # fmt: skip
    assert json.loads(result.stdout)["parties"] == [HENGXIN]
    data = json.loads(_ok(cli("party", "show", bare, "--json")).stdout)
    assert [t["content"] for t in data["tasks"]] == ["协调恒信职工安置", "核实恒信欠薪情况"]
    assert [s["doc_no"] for s in data["suggestions"]] == ["示法建〔2025〕5号"]
    coded_data = json.loads(_ok(cli("party", "show", coded, "--json")).stdout)
    assert (coded_data["tasks"], coded_data["suggestions"]) == ([], [])
    result = _ok(cli("party", "update", bare, "--name", "示范县恒信商贸公司", "--on", "2025-06-02"))
    assert result.stdout == (f"已更名：{HENGXIN} → 示范县恒信商贸公司（原名称记为曾用名）\n")
    _ok(cli("undo"))
    result = _ok(cli("party", "merge", coded, bare))
    assert result.stdout == f"已合并：{bare} 并入 {coded}（案件关联 1 条）\n"
    assert len(_numbers(_ok(cli("case", "list", "--party", HENGXIN, "--json")))) == 4


def test_party_list(cli, parties_db):
    result = _ok(cli("party", "list"))
    assert result.stdout.splitlines() == [
        "当事人",
        "名称                    类型            证件号码            案件数  在办",
        f"{HENGXIN}  法人或其他组织  {HENGXIN_CODE}  3       3",
        "张三                    自然人          410502********1232  1       1",
        "张三                    自然人                              1       1",
        "共 3 条，显示第 1–3 条",
    ]
    rows = json.loads(_ok(cli("party", "list", "--kind", "自然人", "--json")).stdout)
    assert [r["id_number"] for r in rows] == [ZHANG_MASKED, None]
    rows = json.loads(_ok(cli("party", "list", "--category", "非诉执行", "--json")).stdout)
    assert [r["name"] for r in rows] == [HENGXIN]
    result = cli("party", "list", "--kind", "公司")
    assert result.exit_code == 3
    assert result.stderr == "错误：当事人类型“公司”不存在，可选：自然人、法人或其他组织\n"


def test_party_show(cli, parties_db):
    data = json.loads(_ok(cli("party", "show", HENGXIN, "--json")).stdout)
    assert data["total_cases"] == 3
    assert data["by_category"] == [
        {"category": "行政复议", "cases": 1, "open_cases": 1, "claimed_fen": 0, "recovered_fen": 0},
        {"category": "行政诉讼", "cases": 1, "open_cases": 1, "claimed_fen": 0, "recovered_fen": 0},
        {
            "category": "非诉执行",
            "cases": 1,
            "open_cases": 1,
            "claimed_fen": 12_500_000,
            "recovered_fen": 0,
        },
    ]
    assert [c["roles"] for c in data["cases"]] == ["申请人", "原告", "被执行人"]
    result = _ok(cli("party", "show", HENGXIN))
    assert "标的合计（元）    125,000.00" in result.stdout
    assert "案件              共 3 件，在办 3 件，已结 0 件" in result.stdout


def test_natural_person_id_masked_in_show(cli, parties_db):
    for args in (("party", "show", "张三:1232"), ("party", "show", "张三:1232", "--json")):
        result = _ok(cli(*args))
        assert ZHANG_MASKED in result.stdout
        assert ZHANG_ID not in result.stdout


def test_rename_keeps_former_name_and_undo(cli, parties_db):
    result = _ok(
        cli("party", "update", HENGXIN, "--name", "示范县恒信实业有限公司", "--on", "2025-06-01")
    )
    assert result.stdout == f"已更名：{HENGXIN} → 示范县恒信实业有限公司（原名称记为曾用名）\n"
    # The former name still finds the party and its cases.
    data = json.loads(_ok(cli("party", "show", HENGXIN, "--json")).stdout)
    assert data["name"] == "示范县恒信实业有限公司"
    assert data["former_names"] == [{"name": HENGXIN, "kind": "曾用名", "changed_on": "2025-06-01"}]
    assert len(_numbers(_ok(cli("case", "list", "--text", "恒信商贸", "--json")))) == 3
    _ok(cli("undo"))
    data = json.loads(_ok(cli("party", "show", HENGXIN_CODE, "--json")).stdout)
    assert data["name"] == HENGXIN
    assert data["former_names"] == []


def test_merge_and_undo(cli, parties_db):
    _case(cli, "示政复〔2025〕8号", "行政复议", "县住建局", "恒信商贸公司", filed="2025-06-01")
    result = _ok(cli("party", "merge", HENGXIN, "恒信商贸公司"))
    assert result.stdout == f"已合并：恒信商贸公司 并入 {HENGXIN}（案件关联 1 条）\n"
    data = json.loads(_ok(cli("party", "show", "恒信商贸公司", "--json")).stdout)
    assert data["name"] == HENGXIN
    assert data["total_cases"] == 4
    assert data["former_names"] == [
        {"name": "恒信商贸公司", "kind": "合并", "changed_on": "2025-06-30"}
    ]
    names = [r["name"] for r in json.loads(_ok(cli("party", "list", "--json")).stdout)]
    assert "恒信商贸公司" not in names
    _ok(cli("undo"))
    data = json.loads(_ok(cli("party", "show", "恒信商贸公司", "--json")).stdout)
    assert (data["name"], data["total_cases"]) == ("恒信商贸公司", 1)


def test_merge_refusals(cli, parties_db):
    result = cli("party", "merge", "张三:1232", HENGXIN)
    assert result.exit_code == 5
    assert result.stderr == f"错误：“张三”是自然人，“{HENGXIN}”是法人或其他组织，不能合并\n"
    _case(cli, "示政复〔2025〕8号", "行政复议", "县住建局", "恒信商贸公司", filed="2025-06-01")
    result = cli("party", "merge", "恒信商贸公司", HENGXIN)
    assert result.exit_code == 5
    assert result.stderr == (
        f"错误：“{HENGXIN}”有证件号码而“恒信商贸公司”没有：请保留有证件号码的记录，"
        f"即 fylink party merge {HENGXIN} 恒信商贸公司\n"
    )


def test_watch_list(cli, parties_db):
    result = _ok(
        cli(
            "party", "watch", HENGXIN, "--level", "高", "--reason", "重点破产企业",
            "--leader", "王副县长", "--task-force", "恒信破产处置专班",
        )
    )  # fmt: skip
    assert result.stdout == (
        f"已列入重点关注名册：{HENGXIN}"
        "（高，重点破产企业，包案领导 王副县长，专班 恒信破产处置专班）\n"
    )
    rows = json.loads(_ok(cli("party", "list", "--watch", "--json")).stdout)
    assert [(r["name"], r["watch"]["level"], r["watch"]["leader"]) for r in rows] == [
        (HENGXIN, "高", "王副县长")
    ]
    result = cli("party", "watch", "张三:1232", "--level", "高", "--reason", "欠薪")
    assert result.exit_code == 3
    assert result.stderr == "错误：“张三”是自然人：重点关注名册只收企业和其他组织\n"
    result = cli("party", "watch", HENGXIN, "--level", "特高", "--reason", "x")
    assert result.exit_code == 3
    _ok(cli("party", "watch", HENGXIN, "--off"))
    assert json.loads(_ok(cli("party", "list", "--watch", "--json")).stdout) == []


def test_show_xlsx(cli, parties_db, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "一企一档.xlsx"
    result = _ok(cli("party", "show", "张三:1232", "--xlsx", str(out)))
    assert result.stdout == f"已导出：{out}\n"
    book = load_workbook(out)
    assert book.sheetnames == ["概况", "案件", "任务和议定事项", "司法建议"]
    values = [c for row in book["概况"].iter_rows(values_only=True) for c in row]
    assert ZHANG_MASKED in values
    assert all(ZHANG_ID not in str(v) for v in values)
    assert [r[1] for r in book["案件"].iter_rows(min_row=2, values_only=True)] == [
        "示政复〔2025〕3号"
    ]


def test_a_typed_id_is_never_echoed_unmasked(cli, parties_db):
    unknown = "410502199003141237"
    for args in (
        ("party", "show", unknown),
        ("case", "list", "--party", unknown),
        ("party", "show", f"李四:{unknown}"),
    ):
        result = cli(*args)
        assert result.exit_code == 4, result.output
        assert unknown not in result.stderr
        assert "410502********1237" in result.stderr
    # The full number of a known party finds it (this login reads full numbers).
    assert _numbers(_ok(cli("case", "list", "--party", ZHANG_ID, "--json"))) == [
        "示政复〔2025〕3号"
    ]


def test_show_docx_is_a_gbt9704_page_with_masked_ids(cli, parties_db, tmp_path):
    import zipfile

    from documents.docx_checks import all_problems, body_problems, open_docx
    from fylink.documents.layout import DEFAULT_FONTS

    _ok(cli("party", "watch", HENGXIN, "--level", "高", "--reason", "重点破产企业"))
    out = tmp_path / "一企一档.docx"
    result = _ok(cli("party", "show", HENGXIN, "--docx", str(out)))
    assert result.stdout == f"已生成一企一档：{out}\n"
    problems = all_problems(
        out, fonts=DEFAULT_FONTS, title=f"{HENGXIN}一企一档", author="示范县府院联动联席会议办公室"
    )
    problems += body_problems(open_docx(out))
    assert problems == []
    text = "\n".join(p.text for p in open_docx(out).paragraphs)
    assert "涉及案件3件，在办3件、已结0件；标的合计12.50万元，到位0万元。" in text
    assert "列入重点关注名册（高，重点破产企业）" in text
    out = tmp_path / "张三.docx"
    _ok(cli("party", "show", "张三:1232", "--docx", str(out)))
    with zipfile.ZipFile(out) as package:
        xml = package.read("word/document.xml").decode()
    assert ZHANG_MASKED in xml
    assert ZHANG_ID not in xml


def test_a_decision_names_its_meeting_by_the_series_number(cli, parties_db):
    # The second meeting of the year is the first 协调会: the file says 第1期协调会, as its
    # 纪要 is numbered, not 第2期 (its place among all the year's meetings).
    _ok(cli("meeting", "add", "--kind", "联席会议", "--date", "2025-06-30"))
    _ok(cli("meeting", "add", "--kind", "协调会", "--date", "2025-07-08"))
    _ok(
        cli(
            "meeting", "decide", "协调会2025-1", "协调恒信欠薪处置", "--lead", "县人社局",
            "--due", "15日", "--party", HENGXIN,
        )
    )  # fmt: skip
    shown = _ok(cli("party", "show", HENGXIN)).stdout
    assert "2025年第1期协调会" in shown
    assert "2025年第2期协调会" not in shown
