import csv
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from fylink.domain.case_numbers import (
    BUILTIN_EXTRA_TYPES,
    FAMILIES,
    INSTANCES,
    PROVINCE_ABBREVIATIONS,
    CaseNumber,
    CaseTypeTable,
    LegacyCaseNumber,
    case_family,
    case_instance,
    normalize_case_number,
    parse_case_number,
)
from fylink.errors import InvalidInputError

DATA = Path(__file__).parent.parent / "data"
VECTORS: dict[str, Any] = json.loads((DATA / "case_numbers.json").read_text("utf-8"))
PACKAGED_CSV = Path(__file__).parents[2] / "src" / "fylink" / "data" / "case_type_codes.csv"

TODAY = date(2025, 6, 30)


def parse(text: str, **kwargs: Any) -> Any:
    kwargs.setdefault("today", TODAY)
    return parse_case_number(text, **kwargs)


def rejection(text: str, **kwargs: Any) -> str:
    with pytest.raises(InvalidInputError) as caught:
        parse(text, **kwargs)
    return caught.value.message


# --------------------------------------------------------------------------- spec vectors


@pytest.mark.parametrize("vector", VECTORS["valid"], ids=lambda v: v["text"])
def test_valid_vector_parses_with_expected_fields(vector: dict[str, Any]) -> None:
    number = parse(vector["text"])
    assert isinstance(number, CaseNumber)
    result = number.as_dict()
    for key, expected in vector["expected"].items():
        assert result[key] == expected, key
    assert result["legacy"] is False
    assert result["is_first_instance"] == (vector["expected"]["instance"] == "一审")


@pytest.mark.parametrize("vector", VECTORS["valid"], ids=lambda v: v["text"])
def test_canonical_form_parses_back_to_the_same_number(vector: dict[str, Any]) -> None:
    number = parse(vector["text"])
    again = parse(number.canonical)
    assert again == number
    assert again.canonical == number.canonical == str(number)


@pytest.mark.parametrize("vector", VECTORS["invalid"], ids=lambda v: v["text"])
def test_invalid_vector_is_rejected_naming_the_part(vector: dict[str, Any]) -> None:
    message = rejection(vector["text"])
    assert message == vector["message"]
    assert vector["part"] in message
    assert "\n" not in message


def test_invalid_vectors_cover_every_part() -> None:
    parts = {vector["part"] for vector in VECTORS["invalid"]}
    assert parts == {"法院代字", "年份", "案件编号", "号", "括号", "〔〕", "类型代字", "第"}


def test_rejection_is_invalid_input_with_exit_code_3() -> None:
    with pytest.raises(InvalidInputError) as caught:
        parse("（2024）豫5行初123号")
    assert caught.value.exit_code == 3


# --------------------------------------------------------------------------- derived fields


@pytest.mark.parametrize(
    ("text", "level", "province", "type_code", "type_name", "family", "instance"),
    [
        (
            "（2022）最高法行申1234号",
            "最高",
            None,
            "行申",
            "行政申请再审审查案件",
            "行政",
            "再审审查",
        ),
        ("（2019）最高法知民终1号", "最高", None, "民终", "民事二审案件", "民事", "二审"),
        ("（2024）鄂01破申7号", "中级", "鄂", "破申", "破产申请审查案件", "破产", "其他"),
        ("（2023）苏0508执恢89号", "基层", "苏", "执恢", "恢复执行案件", "执行", "执行"),
        (
            "（2024）粤07行审复3号",
            "中级",
            "粤",
            "行审复",
            "非诉行政行为申请执行审查复议案件",
            "行政",
            "其他",
        ),
        ("（2024）内01行赔初5号", "中级", "内", "行赔初", "行政赔偿一审案件", "行政赔偿", "一审"),
        ("（2024）京行终12号", "高级", "京", "行终", "行政二审案件", "行政", "二审"),
        ("（2024）兵08民初3号", "中级", "兵", "民初", "民事一审案件", "民事", "一审"),
    ],
)
def test_derived_fields(
    text: str,
    level: str,
    province: str | None,
    type_code: str,
    type_name: str,
    family: str,
    instance: str,
) -> None:
    number = parse(text)
    assert number.court_level == level
    assert number.province == province
    assert number.type_code == type_code
    assert number.type_name == type_name
    assert number.family == family
    assert number.instance == instance


def test_special_code_zhi_is_split_from_the_type_code() -> None:
    number = parse("（2019）最高法知民终1号")
    assert (number.court_code, number.special, number.type_code) == ("最高法", "知", "民终")
    assert number.canonical == "（2019）最高法知民终1号"


def test_intellectual_property_court_at_intermediate_level() -> None:
    number = parse("（2024）京73知民初8号")
    assert (number.court_code, number.special, number.type_code) == ("京73", "知", "民初")


@pytest.mark.parametrize(
    ("text", "type_code"),
    [
        ("（2023）苏0508执恢89号", "执恢"),
        ("（2023）苏0508执89号", "执"),
        ("（2024）粤07行审复3号", "行审复"),
        ("（2024）粤07行审3号", "行审"),
        ("（2024）内01行赔初5号", "行赔初"),
        ("（2024）豫05行辖终2号", "行辖终"),
        ("（2024）豫05行辖2号", "行辖"),
        ("（2024）豫05司惩复2号", "司惩复"),
        ("（2024）豫05司惩2号", "司惩"),
    ],
)
def test_type_code_is_the_longest_one_that_lets_the_rest_parse(text: str, type_code: str) -> None:
    assert parse(text).type_code == type_code


def test_longest_match_with_an_extra_code_sharing_a_prefix() -> None:
    table = CaseTypeTable(extra={"民初调": "民初调试验案件"})
    assert parse("（2024）京0105民初调5号", types=table).type_code == "民初调"
    assert parse("（2024）京0105民初5号", types=table).type_code == "民初"


@pytest.mark.parametrize(("digits", "level"), [("", "高级"), ("05", "中级"), ("0502", "基层")])
@pytest.mark.parametrize("abbr", list(PROVINCE_ABBREVIATIONS))
def test_every_abbreviation_at_every_level(abbr: str, digits: str, level: str) -> None:
    number = parse(f"（2024）{abbr}{digits}行初1号")
    assert number.court_code == abbr + digits
    assert number.court_level == level
    assert number.province == abbr


def test_court_digits_are_not_checked_against_a_division_list() -> None:
    # 京0491 is not a county code in GB/T 2260, yet it is a real court code.
    assert parse("（2024）京0491民初19067号").court_code == "京0491"
    assert parse("（2024）豫9999民初1号").court_code == "豫9999"


# --------------------------------------------------------------------------- normalizing


@pytest.mark.parametrize(
    ("raw", "normalized"),
    [
        ("(2024)京0105民初12345号", "（2024）京0105民初12345号"),
        (" （2024） 京0105 民初 12345号 ", "（2024）京0105民初12345号"),
        ("（2024）\u3000京0105民初12345号", "（2024）京0105民初12345号"),
        ("（２０２４）京０１０５民初１２３４５号", "（2024）京0105民初12345号"),
        ("(2024）京0105民初1号", "（2024）京0105民初1号"),
    ],
)
def test_normalize_case_number(raw: str, normalized: str) -> None:
    assert normalize_case_number(raw) == normalized


def test_half_width_brackets_are_accepted_and_stored_full_width() -> None:
    number = parse("(2024)京0105民初12345号")
    assert number.canonical == "（2024）京0105民初12345号"
    assert "(" not in number.canonical
    assert number == parse("（2024）京0105民初12345号")


def test_spaces_and_ideographic_spaces_are_ignored() -> None:
    assert parse("（2024）\u3000豫05 行初 123号").canonical == "（2024）豫05行初123号"


# --------------------------------------------------------------------------- more rejections


@pytest.mark.parametrize(
    ("text", "fragments"),
    [
        ("", ["案号不能为空"]),
        ("\u3000 ", ["案号不能为空"]),
        ("（2024京0105民初1号", ["缺少右括号"]),
        ("（２４）京0105民初1号", ["年份“24”应为四位数字"]),
        ("（20245）京0105民初1号", ["年份“20245”应为四位数字"]),
        ("（二〇二四）京0105民初1号", ["年份“二〇二四”应为四位数字"]),
        ("（2024）号", ["缺少法院代字"]),
        ("（2024）0105民初1号", ["法院代字“0105”缺少省份简称"]),
        ("（2024）X01行初1号", ["法院代字“X”无法识别"]),
        ("（2024）最高法01行初1号", ["法院代字“最高法01”", "不加数字"]),
        ("（2024）京010501民初1号", ["法院代字“京010501”", "2位（中级法院）或4位（基层法院）"]),
        ("（2024）京0105民初号", ["缺少案件编号"]),
        ("（2024）京0105民初0号", ["案件编号“0”应为正整数"]),
        ("（2024）京0105民初12A号", ["案件编号“12A”应为正整数"]),
        ("（2024）京0105民初12345号号", ["案件编号“12345号”应为正整数"]),
        ("（2024）京0105民X1号", ["类型代字“民X”不在案件类型代字表中"]),
        ("（2024）京0105知民X1号", ["类型代字“民X”不在案件类型代字表中"]),
        ("（2024）京0105知1号", ["类型代字“知”不在案件类型代字表中"]),
        ("（2024）京0105民初字第1号", ["不应有“第”字"]),
        ("〔2024〕京0105民初1号", ["〔〕", "文书编号"]),
        ("京政复决字〔2024〕12号", ["〔〕", "文书编号"]),
        ("（2027）京0105民初1号", ["年份“2027”晚于2026年"]),
    ],
)
def test_more_rejections_name_the_part(text: str, fragments: list[str]) -> None:
    message = rejection(text)
    for fragment in fragments:
        assert fragment in message
    assert "\n" not in message


def test_year_may_be_next_year_but_not_later() -> None:
    assert parse("（2026）京0105民初1号").year == 2026
    assert "晚于2026年" in rejection("（2027）京0105民初1号")
    assert parse("（2027）京0105民初1号", today=date(2026, 1, 2)).year == 2027


def test_year_defaults_to_the_system_clock() -> None:
    next_year = date.today().year + 1
    assert parse_case_number(f"（{next_year}）京0105民初1号").year == next_year
    with pytest.raises(InvalidInputError, match="晚于"):
        parse_case_number(f"（{next_year + 1}）京0105民初1号")


def test_first_year_of_the_modern_scheme_is_2016() -> None:
    assert parse("（2016）京0105民初1号").year == 2016


def test_error_quotes_the_text_as_typed() -> None:
    assert rejection("  (2024)豫5行初123号 ").startswith("案号“(2024)豫5行初123号”")


# --------------------------------------------------------------------------- legacy numbers


@pytest.mark.parametrize(
    "text",
    [
        "（2015）朝行初字第123号",
        "(2015)朝行初字第123号",
        "（2015）京0105民初123号",
        "〔2014〕豫法行终字第7号",
    ],
)
def test_pre_2016_number_is_refused_unless_flagged(text: str) -> None:
    message = rejection(text)
    assert "早于2016年" in message
    assert "旧案号" in message
    assert "--legacy" in message


@pytest.mark.parametrize(
    ("text", "raw", "year"),
    [
        ("（2015）朝行初字第123号", "（2015）朝行初字第123号", 2015),
        ("(2015) 朝行初字第123号", "（2015）朝行初字第123号", 2015),
        ("〔2014〕豫法行终字第7号", "〔2014〕豫法行终字第7号", 2014),
        ("朝行初字第123号", "朝行初字第123号", None),
    ],
)
def test_legacy_number_is_kept_as_written(text: str, raw: str, year: int | None) -> None:
    number = parse(text, legacy=True)
    assert isinstance(number, LegacyCaseNumber)
    assert number.raw == number.canonical == str(number) == raw
    assert number.year == year
    assert number.is_legacy
    assert number.as_dict() == {"canonical": raw, "year": year, "legacy": True}


def test_legacy_flag_on_a_modern_number_still_parses_it() -> None:
    number = parse("（2024）豫05行初123号", legacy=True)
    assert isinstance(number, CaseNumber)
    assert not number.is_legacy


def test_legacy_flag_does_not_excuse_a_bad_modern_number() -> None:
    message = rejection("（2017）京0105民初第1号", legacy=True)
    assert "不应有“第”字" in message


def test_legacy_number_must_end_with_hao() -> None:
    assert "缺少“号”" in rejection("（2015）朝行初字第123", legacy=True)


# --------------------------------------------------------------------------- the type table


def test_packaged_table_is_the_whole_official_standard() -> None:
    # tests/data/case_type_codes_full.csv is a copy of the standard as published (CRLF kept).
    with (DATA / "case_type_codes_full.csv").open(encoding="utf-8", newline="") as handle:
        official = [tuple(row.values()) for row in csv.DictReader(handle)]
    with PACKAGED_CSV.open(encoding="utf-8", newline="") as handle:
        packaged = [tuple(row.values()) for row in csv.DictReader(handle)]
    assert packaged == official
    assert len(official) == 215
    assert len({code for *_, code in official if code}) == 129
    assert sum(1 for *_, code in official if not code) == 48  # group headings


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("刑初", "刑事一审案件"),
        ("民撤", "第三人撤销之诉案件"),
        ("民督", "申请支付令审查案件"),
        ("司救民", "民事司法救助案件"),
        ("司救访", "涉诉信访司法救助案件"),
        ("行赔他", "其他行政赔偿案件"),
        ("行赔监", "行政赔偿依职权再审审查案件"),
        ("委赔监", "司法赔偿监督审查案件"),
        ("破监", "破产监督案件"),
        ("行保复", "非诉行为保全复议案件"),
        ("民特", "/".join(["选民资格案件", "宣告失踪、宣告死亡案件"])),
    ],
)
def test_codes_the_issue_names_parse(code: str, name: str) -> None:
    number = parse(f"（2024）豫05{code}1号")
    assert number.type_code == code
    assert number.type_name.startswith(name)


def test_group_headings_are_not_codes() -> None:
    table = CaseTypeTable.default()
    assert all(case_type.code for case_type in table)
    assert "" not in table


def test_default_table_holds_every_packaged_code_and_min_su_qian_tiao() -> None:
    table = CaseTypeTable.default()
    with PACKAGED_CSV.open(encoding="utf-8") as handle:
        packaged = {row["type_code"] for row in csv.DictReader(handle) if row["type_code"]}
    assert len(packaged) == 129
    assert packaged <= set(table.codes)
    assert set(table.codes) == packaged | set(BUILTIN_EXTRA_TYPES)
    min_su = table.get("民诉前调")
    assert min_su is not None
    assert (min_su.name, min_su.category_code) == ("民事诉前调解案件", "")


def test_codes_are_listed_longest_first() -> None:
    lengths = [len(code) for code in CaseTypeTable.default().codes]
    assert lengths == sorted(lengths, reverse=True)
    assert CaseTypeTable.default().codes[0] == "民诉前调"


def test_code_shared_by_several_categories_keeps_them_all() -> None:
    po = CaseTypeTable.default().get("破")
    assert po is not None
    assert po.category_codes == ("1112", "1113", "1114")
    assert po.category_code == ""
    assert po.name == "破产清算案件/破产重整案件/破产和解案件"
    number = parse("（2024）鄂01破3号")
    assert (number.type_name, number.category_code, number.family) == (po.name, "", "破产")


def test_extra_code_is_accepted_only_with_the_table_that_has_it() -> None:
    text = "（2024）豫0502行诉前调6号"
    assert "类型代字“行诉前调”不在案件类型代字表中" in rejection(text)
    table = CaseTypeTable(extra={"行诉前调": "行政诉前调解案件"})
    number = parse(text, types=table)
    assert (number.type_code, number.type_name, number.category_code) == (
        "行诉前调",
        "行政诉前调解案件",
        "",
    )
    assert (number.family, number.instance) == ("行政", "诉前")


def test_extra_can_rename_a_code() -> None:
    table = CaseTypeTable(extra={"民诉前调": "诉前调解案件"})
    assert parse("（2021）川0104民诉前调801号", types=table).type_name == "诉前调解案件"
    assert parse("（2021）川0104民诉前调801号").type_name == "民事诉前调解案件"


def test_with_extra_returns_a_new_table() -> None:
    base = CaseTypeTable(extra={"甲案": "甲类案件"})
    more = base.with_extra({"乙案": "乙类案件"})
    assert "甲案" in more
    assert "乙案" in more
    assert "乙案" not in base
    assert "乙案" not in CaseTypeTable.default()
    assert more.extra == {"甲案": "甲类案件", "乙案": "乙类案件"}


@pytest.mark.parametrize("code", ["民1", "民 初", "", "民初第", "民号", "(民)", "min"])
def test_extra_code_must_be_chinese_without_di_or_hao(code: str) -> None:
    with pytest.raises(InvalidInputError, match="自定义类型代字"):
        CaseTypeTable(extra={code: "某类案件"})


def test_extra_code_needs_a_name() -> None:
    with pytest.raises(InvalidInputError, match="缺少案件类型名称"):
        CaseTypeTable(extra={"甲案": " "})


# --------------------------------------------------------------------------- family, instance

# Every packaged code, written out in the standard's order, so a change to the prefix rules
# shows up here.
EXPECTED_FAMILY_AND_INSTANCE = {
    "刑辖": ("刑事", "其他"),
    "民辖": ("民事", "其他"),
    "民辖终": ("民事", "二审"),
    "民辖监": ("民事", "其他"),
    "行辖": ("行政", "其他"),
    "行辖终": ("行政", "二审"),
    "赔辖": ("行政赔偿", "其他"),
    "赔辖终": ("行政赔偿", "二审"),
    "刑初": ("刑事", "一审"),
    "刑终": ("刑事", "二审"),
    "刑监": ("刑事", "再审审查"),
    "刑申": ("刑事", "再审审查"),
    "刑抗": ("刑事", "再审审查"),
    "刑再": ("刑事", "再审"),
    "刑没": ("刑事", "其他"),
    "刑核": ("刑事", "其他"),
    "刑医": ("刑事", "其他"),
    "刑医解": ("刑事", "其他"),
    "刑医复": ("刑事", "其他"),
    "刑医监": ("刑事", "其他"),
    "刑止": ("刑事", "其他"),
    "刑止调": ("刑事", "其他"),
    "刑止核": ("刑事", "其他"),
    "刑更": ("刑事", "其他"),
    "刑更监": ("刑事", "其他"),
    "刑更备": ("刑事", "其他"),
    "刑他": ("刑事", "其他"),
    "刑教": ("刑事", "其他"),
    "刑教解": ("刑事", "其他"),
    "刑教复": ("刑事", "其他"),
    "刑教监": ("刑事", "其他"),
    "民初": ("民事", "一审"),
    "民终": ("民事", "二审"),
    "民监": ("民事", "再审审查"),
    "民申": ("民事", "再审审查"),
    "民抗": ("民事", "再审审查"),
    "民再": ("民事", "再审"),
    "民撤": ("民事", "其他"),
    "民特": ("民事", "其他"),
    "民特监": ("民事", "其他"),
    "民催": ("民事", "其他"),
    "民督": ("民事", "其他"),
    "民督监": ("民事", "其他"),
    "民他": ("民事", "其他"),
    "民保令": ("民事", "其他"),
    "民保更": ("民事", "其他"),
    "行初": ("行政", "一审"),
    "行终": ("行政", "二审"),
    "行监": ("行政", "再审审查"),
    "行申": ("行政", "再审审查"),
    "行抗": ("行政", "再审审查"),
    "行再": ("行政", "再审"),
    "行审": ("行政", "其他"),
    "行审复": ("行政", "其他"),
    "行他": ("行政", "其他"),
    "行赔初": ("行政赔偿", "一审"),
    "行赔终": ("行政赔偿", "二审"),
    "行赔监": ("行政赔偿", "再审审查"),
    "行赔申": ("行政赔偿", "再审审查"),
    "行赔抗": ("行政赔偿", "再审审查"),
    "行赔再": ("行政赔偿", "再审"),
    "行赔他": ("行政赔偿", "其他"),
    "法赔": ("国家赔偿", "其他"),
    "委赔": ("国家赔偿", "其他"),
    "委赔监": ("国家赔偿", "其他"),
    "赔确监": ("国家赔偿", "其他"),
    "委赔提": ("国家赔偿", "再审"),
    "委赔再": ("国家赔偿", "再审"),
    "赔他": ("国家赔偿", "其他"),
    "司救刑": ("司法救助", "其他"),
    "司救民": ("司法救助", "其他"),
    "司救行": ("司法救助", "其他"),
    "司救赔": ("司法救助", "其他"),
    "司救执": ("司法救助", "其他"),
    "司救访": ("司法救助", "其他"),
    "司救他": ("司法救助", "其他"),
    "认台": ("司法协助", "其他"),
    "认港": ("司法协助", "其他"),
    "认澳": ("司法协助", "其他"),
    "认复": ("司法协助", "其他"),
    "认他": ("司法协助", "其他"),
    "请台送": ("司法协助", "其他"),
    "请港送": ("司法协助", "其他"),
    "请澳送": ("司法协助", "其他"),
    "台请送": ("司法协助", "其他"),
    "港请送": ("司法协助", "其他"),
    "澳请送": ("司法协助", "其他"),
    "请台调": ("司法协助", "其他"),
    "请港调": ("司法协助", "其他"),
    "请澳调": ("司法协助", "其他"),
    "台请调": ("司法协助", "其他"),
    "港请调": ("司法协助", "其他"),
    "澳请调": ("司法协助", "其他"),
    "请移管": ("司法协助", "其他"),
    "助移管": ("司法协助", "其他"),
    "请移赃": ("司法协助", "其他"),
    "助移赃": ("司法协助", "其他"),
    "协外认": ("司法协助", "其他"),
    "协他": ("司法协助", "其他"),
    "协外送": ("司法协助", "其他"),
    "请外送": ("司法协助", "其他"),
    "协外调": ("司法协助", "其他"),
    "请外调": ("司法协助", "其他"),
    "请外移": ("司法协助", "其他"),
    "协外移": ("司法协助", "其他"),
    "请外引": ("司法协助", "其他"),
    "协外引": ("司法协助", "其他"),
    "司惩": ("司法制裁", "其他"),
    "司惩复": ("司法制裁", "其他"),
    "财保": ("保全", "其他"),
    "行保": ("保全", "其他"),
    "行保复": ("保全", "其他"),
    "证保": ("保全", "其他"),
    "执": ("执行", "执行"),
    "执恢": ("执行", "执行"),
    "执保": ("执行", "执行"),
    "执异": ("执行", "执行"),
    "执复": ("执行", "执行"),
    "执监": ("执行", "执行"),
    "执协": ("执行", "执行"),
    "执他": ("执行", "执行"),
    "清申": ("强制清算", "其他"),
    "破申": ("破产", "其他"),
    "清终": ("强制清算", "二审"),
    "破终": ("破产", "二审"),
    "清监": ("强制清算", "其他"),
    "破监": ("破产", "其他"),
    "强清": ("强制清算", "其他"),
    "破": ("破产", "其他"),
    "民诉前调": ("民事", "诉前"),
}


def test_expected_family_table_covers_every_default_code() -> None:
    assert set(EXPECTED_FAMILY_AND_INSTANCE) == set(CaseTypeTable.default().codes)


@pytest.mark.parametrize(("code", "expected"), EXPECTED_FAMILY_AND_INSTANCE.items())
def test_family_and_instance_of_every_code(code: str, expected: tuple[str, str]) -> None:
    family, instance = expected
    assert (case_family(code), case_instance(code)) == expected
    assert family in FAMILIES
    assert instance in INSTANCES
    number = parse(f"（2024）豫05{code}1号")
    assert (number.family, number.instance) == expected
    assert number.is_first_instance == (instance == "一审")


def test_unknown_prefix_is_family_other() -> None:
    assert case_family("甲案") == "其他"
    assert case_instance("甲案") == "其他"


# --------------------------------------------------------------------------- the dataclass


def test_equality_uses_the_identifying_parts_only() -> None:
    a = CaseNumber(2024, "豫05", "", "行初", 123)
    b = CaseNumber(2024, "豫05", "", "行初", 123, type_name="别名", category_code="9999")
    assert a == b
    assert hash(a) == hash(b)
    assert len({a, b, parse("（2024）豫05行初123号")}) == 1
    assert a != CaseNumber(2024, "豫05", "知", "行初", 123)


def test_direct_construction_fills_the_type_name() -> None:
    number = CaseNumber(year=2023, court_code="苏0508", special="", type_code="执恢", serial=89)
    assert (number.type_name, number.category_code) == ("恢复执行案件", "1003")
    assert number.canonical == "（2023）苏0508执恢89号"


def test_case_number_is_frozen() -> None:
    number = parse_case_number("（2024）豫05行初123号", today=TODAY)
    with pytest.raises(AttributeError):
        number.serial = 124  # type: ignore[misc]
