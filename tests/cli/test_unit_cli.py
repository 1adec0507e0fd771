import json

from helpers import db_dump


def test_unit_list_json_keys(cli, initialized):
    rows = json.loads(cli("unit", "list", "--json").stdout)
    assert len(rows) == 17
    court = next(r for r in rows if r["kind"] == "法院")
    assert court["name"] == "示范县人民法院"
    for key in ("name", "short_name", "kind", "region"):
        assert key in rows[0]
    assert rows[0]["region"] == "示范县"


def test_unit_add_show_update(cli, initialized):
    added = cli(
        "unit",
        "add",
        "示范县教育局",
        "--short",
        "县教育局",
        "--liaison",
        "吴敏",
        "--email",
        "jyj@shifan.example.cn",
    )
    assert added.exit_code == 0, added.output
    shown = json.loads(cli("unit", "show", "县教育局", "--json").stdout)
    assert shown["liaison_name"] == "吴敏"
    assert shown["kind"] == "政府部门"
    updated = cli("unit", "update", "县教育局", "--liaison", "郑强", "--member", "否")
    assert updated.exit_code == 0
    shown = json.loads(cli("unit", "show", "示范县教育局", "--json").stdout)
    assert (shown["liaison_name"], shown["is_member"]) == ("郑强", False)


def test_unit_show_plain_lists_persons(cli, initialized):
    out = cli("unit", "show", "县司法局").stdout
    assert "联络员" in out
    assert "孙丽" in out
    assert "周明" in out


def test_duplicate_unit_and_bad_kind(cli, initialized, db_url):
    before = db_dump(db_url)
    dup = cli("unit", "add", "示范县司法局")
    assert dup.exit_code == 5
    assert "重复" in dup.stderr
    clash = cli("unit", "add", "示范县另一个局", "--short", "县司法局")
    assert clash.exit_code == 5
    kind = cli("unit", "add", "示范县教育局", "--kind", "部门")
    assert kind.exit_code == 3
    assert "单位类型“部门”不存在" in kind.stderr
    email = cli("unit", "add", "示范县教育局", "--email", "not-an-email")
    assert email.exit_code == 3
    assert db_dump(db_url) == before


def test_unit_update_without_changes_is_usage_error(cli, initialized):
    result = cli("unit", "update", "县司法局")
    assert result.exit_code == 2


def test_person_add_and_list(cli, initialized):
    assert cli("person", "add", "吴敏", "--unit", "县财政局", "--title", "副局长").exit_code == 0
    rows = json.loads(cli("person", "list", "--unit", "县财政局", "--json").stdout)
    assert [r["name"] for r in rows] == ["郭涛", "吴敏"]
    bad = cli("person", "add", "某人", "--role", "主席")
    assert bad.exit_code == 3


def test_person_add_refuses_an_exact_duplicate_and_warns_on_a_namesake(cli, initialized, db_url):
    from helpers import db_dump

    assert cli("person", "add", "吴敏", "--unit", "县财政局").exit_code == 0
    before = db_dump(db_url)
    again = cli("person", "add", " 吴敏", "--unit", "县财政局")
    assert again.exit_code == 5
    assert again.stderr.startswith("错误：县财政局的人员“吴敏”已登记（编号 ")
    assert again.stderr.endswith("），不能重复添加\n")
    assert db_dump(db_url) == before
    other = cli("person", "add", "吴敏", "--unit", "县司法局")
    assert other.exit_code == 0, other.output
    assert other.stdout == "已添加人员：吴敏\n"
    assert other.stderr.startswith("警告：")
    assert other.stderr.endswith("也有名为“吴敏”的人员，请核对不是同一人\n")
