# ruff: noqa: E501
"""Every bad value of the config file: one Chinese line naming the key, exit code 7.

fylink.config checks the settings in plain code (issue 21: start-up sheds pydantic); it
accepts and refuses what pydantic did (the test at the end compares them value by value),
and says why in Chinese.
"""

from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

import pytest

from fylink.config import SettingsError, _convert, load_settings
from fylink.errors import ConfigError

BAD: list[tuple[str, str]] = [
    (
        "[tasks]\ndue_soon_workdays = 'x'\n",
        "配置项 tasks.due_soon_workdays 有误：应为整数（收到“x”）",
    ),
    (
        "[tasks]\ndue_soon_workdays = 61\n",
        "配置项 tasks.due_soon_workdays 有误：不能大于 60",
    ),
    (
        "[tasks]\ndue_soon_workdays = -1\n",
        "配置项 tasks.due_soon_workdays 有误：不能小于 0",
    ),
    (
        "[tasks]\ndue_soon_workdays = 2.5\n",
        "配置项 tasks.due_soon_workdays 有误：应为整数，不能带小数",
    ),
    ("[tasks]\ndue_soon = 3\n", "配置项 tasks.due_soon 有误：没有这个配置项"),
    (
        "tasks = 3\n",
        "配置项 tasks 有误：应为一节设置（[节名] 下的 键 = 值）",
    ),
    ("nonsense = 1\n", "配置项 nonsense 有误：没有这个配置项"),
    ("db = 5\n", '配置项 db 有误：应为加引号的文字，如 "示例"'),
    (
        "[indicators]\nloss_rate_denominator = 'received'\n",
        '配置项 indicators.loss_rate_denominator 有误：应为 "closed"、"judgment" 之一（收到“received”）',
    ),
    (
        "[indicators]\nloss_rate_outcome = 'x'\n",
        '配置项 indicators.loss_rate_outcome 有误：应为 "first_instance"、"final" 之一（收到“x”）',
    ),
    (
        "[indicators]\nsettlement_includes_withdrawal = 'maybe'\n",
        "配置项 indicators.settlement_includes_withdrawal 有误：应为 true 或 false（收到“maybe”）",
    ),
    (
        "[indicators]\nsettlement_includes_withdrawal = 2\n",
        "配置项 indicators.settlement_includes_withdrawal 有误：应为 true 或 false（收到“2”）",
    ),
    (
        "[indicators]\npopulation = [1]\n",
        "配置项 indicators.population 有误：应为一组 键 = 值（TOML 的表）",
    ),
    (
        "[escalation]\nchase_after_workdays = 20\n",
        "配置项 escalation 有误：提醒、催办、督办的工作日数须依次不减",
    ),
    (
        "[escalation]\nreply_within_workdays = 0\n",
        "配置项 escalation.reply_within_workdays 有误：不能小于 1",
    ),
    (
        "[escalation]\ntrack_replies_from = '2025-13-01'\n",
        "配置项 escalation.track_replies_from 有误：应为日期，如 2026-01-01（收到“2025-13-01”：月份应为1至12）",
    ),
    (
        "[escalation]\ntrack_replies_from = 2025-06-01T10:00:00\n",
        "配置项 escalation.track_replies_from 有误：应为日期（如 2026-01-01），不能带时刻",
    ),
    (
        "[escalation]\nconsult_kinds = '法院'\n",
        '配置项 escalation.consult_kinds 有误：应为列表，如 ["甲", "乙"]',
    ),
    (
        "[escalation]\nconsult_kinds = ['法院', 3]\n",
        '配置项 escalation.consult_kinds.1 有误：应为加引号的文字，如 "示例"',
    ),
    (
        "[calendar]\nextra_holidays = '2027-01-01'\n",
        '配置项 calendar.extra_holidays 有误：应为列表，如 ["甲", "乙"]',
    ),
    (
        "[documents.fonts]\nbody = ''\n",
        "配置项 documents.fonts.body 有误：不能为空，至少 1 个字符",
    ),
    (
        "[documents.fonts]\nbogus = 'x'\n",
        "配置项 documents.fonts.bogus 有误：没有这个配置项",
    ),
    (
        "[documents]\nfonts = 'x'\n",
        "配置项 documents.fonts 有误：应为一节设置（[节名] 下的 键 = 值）",
    ),
    (
        "[smtp]\nport = 'abc'\n",
        "配置项 smtp.port 有误：应为整数（收到“abc”）",
    ),
    (
        "[smtp]\ntimeout = 'x'\n",
        "配置项 smtp.timeout 有误：应为数字（收到“x”）",
    ),
    (
        "[notify]\nmax_attempts = 0\n",
        "配置项 notify.max_attempts 有误：不能小于 1",
    ),
    (
        "[notify.wording]\n'商请' = '截至{日期}'\n",
        "配置项 notify 有误：“商请”的措辞有误（'日期'）：可用 {office} {date} {count} {unit} {stage} {state}",
    ),
    (
        "[notify.wording]\n'催债' = 'x'\n",
        "配置项 notify 有误：没有“催债”这一阶段，可设：提醒、催办、督办、提示、商请、通报、知会",
    ),
    (
        "[notify.leader_emails]\n'王' = 5\n",
        '配置项 notify.leader_emails.王 有误：应为加引号的文字，如 "示例"',
    ),
    (
        "[bankruptcy.checklist_units]\n'维稳' = '县公安局'\n",
        "配置项 bankruptcy.checklist_units 有误：没有府院协调事项“维稳”，可选：民生保障、社会稳定、财产接管、税收申报、资产处置、金融协调、信用修复、打击逃废债、变更注销、中介管理、费用保障",
    ),
    (
        "[bankruptcy]\nchecklist_units = 5\n",
        "配置项 bankruptcy.checklist_units 有误：应为一组 键 = 值（TOML 的表）",
    ),
    (
        "[submit]\nregion_code = '4105'\n",
        "配置项 submit.region_code 有误：应为6位或9位数字的行政区划代码，或留空（收到“4105”）",
    ),
    (
        "[submit]\ndeadline_day = 29\n",
        "配置项 submit.deadline_day 有误：不能大于 28",
    ),
    (
        "[task_list.unit_groups]\n'各部门' = '县公安局'\n",
        '配置项 task_list.unit_groups.各部门 有误：应为列表，如 ["甲", "乙"]',
    ),
    (
        "[cases]\ndeadline_rules = [1]\n",
        "配置项 cases.deadline_rules.0 有误：应为一组 键 = 值（TOML 的表）",
    ),
    (
        "[cases]\ndeadline_rules = 'x'\n",
        '配置项 cases.deadline_rules 有误：应为列表，如 ["甲", "乙"]',
    ),
    (
        "[meetings]\ntopic_series = [1]\n",
        '配置项 meetings.topic_series.0 有误：应为加引号的文字，如 "示例"',
    ),
    ("[assess]\nrules = 3\n", '配置项 assess.rules 有误：应为加引号的文字，如 "示例"'),
]


def _load(home: Path, text: str):
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(text, encoding="utf-8")
    return load_settings()


@pytest.mark.parametrize(("text", "message"), BAD, ids=[text for text, _ in BAD])
def test_a_bad_value_is_one_line_naming_the_key(isolated_home, monkeypatch, text, message):
    monkeypatch.delenv("FYLINK_DB")
    with pytest.raises(ConfigError) as refused:
        _load(isolated_home, text)
    assert refused.value.exit_code == 7
    config = isolated_home / "config.toml"
    assert refused.value.message == f"{message}（配置文件 {config}）"


def test_lax_values_are_read_as_before(isolated_home):
    settings = _load(
        isolated_home,
        "[tasks]\ndue_soon_workdays = '5'\n"
        "[indicators]\nsettlement_includes_withdrawal = 'yes'\n"
        "head_appearance_principal_only = 1\n"
        "[escalation]\ntrack_replies_from = '2025-06-01'\n"
        "[smtp]\ntimeout = 5\nport = 2525\n",
    )
    assert settings.tasks.due_soon_workdays == 5
    assert settings.indicators.settlement_includes_withdrawal is True
    assert settings.indicators.head_appearance_principal_only is True
    assert settings.escalation.track_replies_from == date(2025, 6, 1)
    assert settings.smtp.timeout == 5.0
    assert isinstance(settings.smtp.timeout, float)
    assert settings.smtp.port == 2525
    toml_date = _load(isolated_home, "[escalation]\ntrack_replies_from = 2025-06-01\n")
    assert toml_date.escalation.track_replies_from == date(2025, 6, 1)


def test_defaults_and_merged_checklist(isolated_home):
    settings = _load(isolated_home, '[bankruptcy.checklist_units]\n"社会稳定" = "县信访局"\n')
    assert settings.bankruptcy.checklist_units["社会稳定"] == "县信访局"
    assert settings.bankruptcy.checklist_units["民生保障"] == "县人社局"
    assert settings.escalation.consult_kinds == ["法院", "检察院"]
    assert settings.documents.fonts.body == "仿宋_GB2312"
    assert settings.home == isolated_home
    assert settings.db_url.startswith("sqlite:///")


def test_a_file_that_is_no_toml_is_one_line_too(isolated_home):
    with pytest.raises(ConfigError, match="格式有误"):
        _load(isolated_home, "[indicators.population]\n示范县 = 'many'\n")


# The scalar checks against pydantic's lax mode, which the settings used before: the same
# value is accepted as the same thing, or refused with the same words.
SCALARS: list[tuple[Any, list[Any]]] = [
    (int, [5, "5", " 5 ", "5.0", "+5", "5_000", "1e3", "", "x", 2.0, 2.5, True, [1]]),
    (float, [5, "5", " 5 ", "1e3", "x", True, [1], 2.5]),
    (bool, [True, "yes", "YES", "on", "off", "T", "n", " true", "maybe", 1, 0, 2, 1.0, 0.5, [1]]),
    (str, ["x", 5, True, [1]]),
    (
        date | None,
        [
            date(2025, 6, 1),
            "2025-06-01",
            "2025-13-01",
            "2025-02-30",
            "2025-1-1",
            "x",
            "",
            " 2025-06-01",
            "2025/06/01",
            "2025-06-01T00:00:00",
            "2025-06-01T10:00",
            datetime(2025, 6, 1),
            datetime(2025, 6, 1, 10),
            True,
            [1],
        ],
    ),
    (Literal["a", "b", "c"], ["a", "x"]),
    (Literal["closed", "judgment"], ["judgment", "received"]),
    (list[str], [["a"], "a", ["a", 3], ("a",)]),
    (dict[str, int], [{"a": 1}, {"a": "x"}, [1]]),
]


@pytest.mark.parametrize(
    ("kind", "value"),
    [(kind, value) for kind, values in SCALARS for value in values],
    ids=[f"{kind}-{value!r}" for kind, values in SCALARS for value in values],
)
def test_a_value_is_checked_as_pydantic_checked_it(kind, value):
    from pydantic import TypeAdapter, ValidationError

    # The same values accepted (and read alike) and refused, at the same place; the
    # messages are fylink's own, in Chinese (pinned above).
    try:
        expected: Any = ("ok", TypeAdapter(kind).validate_python(value))
    except ValidationError as exc:
        expected = ("error", tuple(exc.errors()[0]["loc"]))
    try:
        got: Any = ("ok", _convert(kind, value, ()))
    except SettingsError as exc:
        got = ("error", exc.where)
        message = exc.message
    assert got == expected
    if got[0] == "error":
        assert not message.isascii(), message
    if got[0] == "ok":
        assert type(got[1]) is type(expected[1])
