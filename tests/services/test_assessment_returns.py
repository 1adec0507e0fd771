"""Issue 18: counties' late and missing returns (报送) as 考核 evidence.

A city assesses its counties' 司法局 (submit.county_units maps each county to its unit).
The returns are stored as ``report collect`` leaves them (only the columns needed). For
2025, quarterly returns due on the 10th of the month after the quarter: 2024Q4 (2025-01-10),
2025Q1 (04-10), Q2 (07-10), Q3 (10-10); 2025Q4 is due 2026-01-10, in the next year.

By hand, late 0.5 and missing 1 per return:
* 东城县: Q1 first received 04-15, 5 days late → 0.5; the others on time (Q3 on the day).
* 西山县: Q2 first received 2026-01-05, after the year → missing at its end → 1; Q3 first
  received 10-09, returned and sent again 10-20 → on time (the first receipt counts).
* 南河县: all on time → 0.

Runs on SQLite, and on PostgreSQL with FYLINK_TEST_PG_URL.
"""

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, insert

from fylink import tables
from helpers import DATA

RULES = str(DATA / "assessment" / "region_returns.toml")
D = date.fromisoformat
NOW = datetime(2025, 1, 2, tzinfo=UTC)
COUNTIES = {"东城县": "东城县司法局", "西山县": "西山县司法局", "南河县": "南河县司法局"}
CONFIG = """
[submit]
counties = ["东城县", "西山县", "南河县"]
county_units = { "东城县" = "东城县司法局", "西山县" = "西山县司法局", "南河县" = "南河县司法局" }
"""


def _return(engine, region: str, period: str, received: str, state: str = "通过") -> int:
    with engine.begin() as c:
        row = c.execute(
            insert(tables.region_return).values(
                region=region,
                region_code="",
                office_name=f"{region}府院联动办公室",
                period=period,
                year=int(period[:4]),
                state=state,
                reason="",
                digest_algo="sha256",
                digest=f"{region}{period}{received}",
                journal_head="",
                filled_by="张敏",
                made_on=D(received),
                received_on=D(received),
                file_name=f"{region}{period}.zip",
                reviewed_by="",
                data={},
                created_at=NOW,
            )
        )
        return int(row.inserted_primary_key[0])


@pytest.fixture
def city(cli, db_url, initialized, isolated_home: Path, monkeypatch):
    for name in COUNTIES.values():
        result = cli("unit", "add", name, "--short", name)
        assert result.exit_code == 0, result.output
    isolated_home.mkdir(parents=True, exist_ok=True)
    (isolated_home / "config.toml").write_text(CONFIG, encoding="utf-8")
    engine = create_engine(db_url)
    on_time = {"2024Q4": "2025-01-08", "2025Q1": "2025-04-09", "2025Q2": "2025-07-10",
               "2025Q3": "2025-10-10"}  # fmt: skip
    for period, day in on_time.items():
        _return(engine, "南河县", period, day)
        _return(engine, "东城县", period, "2025-04-15" if period == "2025Q1" else day)
    _return(engine, "西山县", "2024Q4", "2025-01-10")
    _return(engine, "西山县", "2025Q1", "2025-04-01")
    first = _return(engine, "西山县", "2025Q3", "2025-10-09", state="退回")
    again = _return(engine, "西山县", "2025Q3", "2025-10-20")
    with engine.begin() as c:
        r = tables.region_return.c
        c.execute(tables.region_return.update().where(r.id == first).values(superseded_by_id=again))
    _return(engine, "西山县", "2025Q2", "2026-01-05")  # after the year: missing at its end
    _return(engine, "东城县", "2025Q4", "2026-01-20")  # due 2026-01-10: next year's evidence
    engine.dispose()
    monkeypatch.setenv("FYLINK_TODAY", "2026-01-25")


def _assess(cli, *extra: str) -> dict:
    result = cli("assess", "--year", "2025", "--rules", RULES, "--json", *extra)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_late_and_missing_returns_are_deducted_by_hand(cli, city):
    data = _assess(cli)
    scores = {u["unit"]: u["score"] for u in data["units"] if u["unit"] in COUNTIES.values()}
    assert scores == {"南河县司法局": 100, "东城县司法局": 99.5, "西山县司法局": 99}
    east = next(u for u in data["units"] if u["unit"] == "东城县司法局")
    (line,) = east["lines"]
    assert line["id"] == "1.1"
    assert line["points"] == 0.5
    assert line["records"] == [
        {
            "ref": "东城县2025年第一季度迟报5天",
            "on": "2025-04-10",
            "class": "迟报",
            "due": "2025-04-10",
            "received_on": "2025-04-15",
            "days_late": 5,
        }
    ]
    west = next(u for u in data["units"] if u["unit"] == "西山县司法局")
    assert west["lines"][0]["records"] == [
        {
            "ref": "西山县2025年第二季度漏报",
            "on": "2025-07-10",
            "class": "漏报",
            "due": "2025-07-10",
            "received_on": "2026-01-05",
        }
    ]


def test_as_of_a_day_within_the_year(cli, city, monkeypatch):
    # On 2025-07-10 西山县's Q2 is not yet missing (due that day); on 07-11 it is.
    monkeypatch.setenv("FYLINK_TODAY", "2025-07-10")
    assert {u["unit"]: u["score"] for u in _assess(cli)["units"]}["西山县司法局"] == 100
    monkeypatch.setenv("FYLINK_TODAY", "2025-07-11")
    assert {u["unit"]: u["score"] for u in _assess(cli)["units"]}["西山县司法局"] == 99


def test_the_terminal_and_the_draft_name_the_return_and_how_late(cli, city, tmp_path):
    result = cli("assess", "--year", "2025", "--rules", RULES, "--unit", "东城县司法局")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert "  1.1 季度统计数据迟报、漏报扣0.5分（东城县2025年第一季度迟报5天）" in lines
    result = cli("assess", "draft", "--year", "2025", "--rules", RULES, "-o", str(tmp_path))
    assert result.exit_code == 0, result.output
    from openpyxl import load_workbook

    book = load_workbook(tmp_path / "2025年度考核情况（西山县司法局）.xlsx")
    cells = [str(c) for ws in book.worksheets for row in ws.iter_rows(values_only=True)
             for c in row if c is not None]  # fmt: skip
    assert "西山县2025年第二季度漏报" in cells


def test_without_county_units_the_rule_is_refused(cli, city, isolated_home):
    (isolated_home / "config.toml").write_text(
        '[submit]\ncounties = ["东城县"]\n', encoding="utf-8"
    )
    result = cli("assess", "--year", "2025", "--rules", RULES)
    assert result.exit_code == 3
    assert result.stderr.strip() == (
        "错误：细则条目“1.1”依据各县报送（region_returns），但未配置 submit.county_units："
        '请写明各县对应的被考核单位，如 county_units = { "东城县" = "东城县司法局" }'
    )
    (isolated_home / "config.toml").write_text(
        '[submit]\ncounties = ["东城县"]\ncounty_units = { "西山县" = "西山县司法局" }\n',
        encoding="utf-8",
    )
    result = cli("assess", "--year", "2025", "--rules", RULES)
    assert result.exit_code == 3
    assert result.stderr.strip() == (
        "错误：配置项 submit.county_units 中的“西山县”不在 submit.counties 所列的县（市、区）之中"
    )


def test_rules_check_names_a_wrong_returns_key(cli, tmp_path):
    text = Path(RULES).read_text(encoding="utf-8")
    bad = tmp_path / "细则.toml"
    bad.write_text(text.replace('returns = ["quarter"]', 'returns = ["week"]'), encoding="utf-8")
    result = cli("assess", "rules", "check", str(bad))
    assert result.exit_code == 3
    assert "“returns”应列出报送的期间" in result.stderr
    assert "可选：quarter（季度）、half（半年）、year（年度）、month（月度）" in result.stderr
    bad.write_text(text.replace("basis =", 'since = "2025-01-01"\nbasis ='), encoding="utf-8")
    result = cli("assess", "rules", "check", str(bad))
    assert result.exit_code == 3
    assert result.stderr == (
        "错误：细则.toml第26行：“since”应是日期（不加引号），如 since = 2025-01-01\n"
    )
    result = cli("assess", "rules", "check", RULES)
    assert result.exit_code == 0, result.output


def test_since_leaves_out_the_periods_before_returns_began(cli, db_url, city, tmp_path):
    # 南河县's 2024Q4 return (due 2025-01-10) is removed: missing, 1 point; with
    # since = 2025-01-01 the quarters before 2025 are not expected and it is not counted.
    engine = create_engine(db_url)
    with engine.begin() as c:
        r = tables.region_return.c
        c.execute(tables.region_return.delete().where(r.region == "南河县", r.period == "2024Q4"))
    engine.dispose()
    data = _assess(cli)
    assert {u["unit"]: u["score"] for u in data["units"]}["南河县司法局"] == 99
    text = Path(RULES).read_text(encoding="utf-8")
    since = tmp_path / "细则.toml"
    since.write_text(
        text.replace('returns = ["quarter"]', 'returns = ["quarter"]\nsince = 2025-01-01'),
        encoding="utf-8",
    )
    result = cli("assess", "--year", "2025", "--rules", str(since), "--json")
    assert result.exit_code == 0, result.output
    scores = {u["unit"]: u["score"] for u in json.loads(result.stdout)["units"]}
    assert [scores[n] for n in COUNTIES.values()] == [99.5, 99, 100]


def test_a_mistyped_unit_in_county_units_names_the_setting(cli, city, isolated_home):
    (isolated_home / "config.toml").write_text(
        CONFIG.replace('"西山县" = "西山县司法局"', '"西山县" = "西山县司法厅"'), encoding="utf-8"
    )
    result = cli("assess", "--year", "2025", "--rules", RULES)
    assert result.exit_code == 4
    assert result.stderr.startswith(
        "错误：配置项 submit.county_units 中西山县的单位：单位“西山县司法厅”不存在"
    )
