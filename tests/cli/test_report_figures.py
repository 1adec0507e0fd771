"""万人成讼率 from figures supplied outside the register (issue 13): `report figure set`.

The court's new first-instance civil and administrative cases and the resident population
are entered per region and period with their source, journaled and correctable; the report
uses them, names their source and says what is missing. Both engines.
"""

import json

import pytest

POPULATION = ("report", "figure", "set", "常住人口", "812,300", "--year", "2024")
STATS = ("--source", "县统计局《2024年国民经济和社会发展统计公报》")


def _q3(cli) -> dict:
    result = cli("report", "quarterly", "--year", "2025", "--quarter", "3", "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture
def today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FYLINK_TODAY", "2025-10-15")


def test_figures_are_used_with_their_sources(cli, initialized, today) -> None:
    result = cli(*POPULATION, *STATS)
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "已录入：示范县2024年常住人口 812,300人"
        "（来源：县统计局《2024年国民经济和社会发展统计公报》）\n"
    )
    for item, value in (("一审民事收案", "3425"), ("一审行政收案", "31")):
        result = cli(
            "report", "figure", "set", item, value, "--year", "2025", "--quarter", "3",
            "--source", "县法院审判管理办公室",
        )  # fmt: skip
        assert result.exit_code == 0, result.output
    data = _q3(cli)
    figure = data["indicators"]["litigation_per_10k"]
    # domain.md §4: 3456 cases, population 812,300 → 42.55 per 10,000.
    assert (figure["numerator"], figure["denominator"], figure["value"]) == (3456, 812300, 42.55)
    assert figure["fraction"] == "3456件/81.23万人"
    # 2024Q3 has no court figures: not compared with the register's count.
    assert figure["last_year"]["value"] is None
    assert data["figures"]["numerator_from"] == "法院"
    assert data["figures"]["sources"] == [
        "常住人口812,300人（2024年，来源：县统计局《2024年国民经济和社会发展统计公报》）",
        "法院新收一审民事案件3,425件（2025年第三季度，来源：县法院审判管理办公室）",
        "法院新收一审行政案件31件（2025年第三季度，来源：县法院审判管理办公室）",
    ]
    assert data["figures"]["used"]["population"] == {
        "value": 812300,
        "source": "县统计局《2024年国民经济和社会发展统计公报》",
        "period": "2024年",
    }
    assert not [w for w in data["warnings"] if "万人成讼率" in w]
    text = cli("report", "quarterly", "--year", "2025", "--quarter", "3").stdout
    assert (
        "万人成讼率数据：法院新收一审行政案件31件（2025年第三季度，来源：县法院审判管理办公室）\n"
        in text
    )
    explained = cli(
        "report", "quarterly", "--year", "2025", "--quarter", "3",
        "--explain", "litigation_per_10k", "--json",
    )  # fmt: skip
    assert json.loads(explained.stdout)["sources"] == data["figures"]["sources"]


def test_missing_figures_are_said(cli, initialized, today) -> None:
    data = _q3(cli)
    assert data["indicators"]["litigation_per_10k"]["value"] is None
    assert data["warnings"] == [
        "未录入示范县的常住人口（fylink report figure set 常住人口 …，"
        "或配置项 indicators.population），不计算万人成讼率"
    ]
    assert cli(*POPULATION, *STATS).exit_code == 0
    data = _q3(cli)
    # With a population but no court totals, the register's count stands in, and it is said.
    assert data["indicators"]["litigation_per_10k"]["value"] == 0
    assert data["figures"]["numerator_from"] == "台账"
    assert data["warnings"] == [
        "未录入示范县2025年第三季度法院一审民事收案、一审行政收案数（fylink report figure set），"
        "万人成讼率的分子暂按本台账登记的一审民事、行政案件计"
    ]
    # Only one of the two court figures is not enough.
    cli(
        "report", "figure", "set", "一审行政收案", "31", "--year", "2025", "--quarter", "3",
        "--source", "县法院",
    )  # fmt: skip
    assert _q3(cli)["warnings"][0].startswith("未录入示范县2025年第三季度法院一审民事收案数")


def test_a_year_sums_its_quarters(cli, initialized, monkeypatch) -> None:
    monkeypatch.setenv("FYLINK_TODAY", "2026-01-15")
    assert cli(*POPULATION, *STATS).exit_code == 0
    for quarter in ("1", "2", "3", "4"):
        for item in ("一审民事收案", "一审行政收案"):
            result = cli(
                "report", "figure", "set", item, "100", "--year", "2025", "--quarter", quarter,
                "--source", "县法院",
            )  # fmt: skip
            assert result.exit_code == 0, result.output
    result = cli("report", "annual", "--year", "2025", "--json")
    figure = json.loads(result.stdout)["indicators"]["litigation_per_10k"]
    assert (figure["numerator"], figure["value"]) == (800, 9.85)


def test_a_correction_needs_correct_and_is_journaled(cli, initialized, today) -> None:
    assert cli(*POPULATION, *STATS).exit_code == 0
    typo = ("report", "figure", "set", "常住人口", "821300", "--year", "2024", *STATS)
    result = cli(*typo)
    assert result.exit_code == 5
    assert result.stderr == (
        "错误：示范县2024年常住人口已录入：812,300人（来源：县统计局《2024年国民经济和社会发展统计公报》）；"
        "如需更正请加 --correct\n"
    )
    same = cli(*POPULATION, *STATS)
    assert same.exit_code == 0
    assert same.stdout.startswith("未变化：示范县2024年常住人口 已是 812,300人")
    result = cli(*typo, "--correct")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "已更正：示范县2024年常住人口 812,300人 → 821,300人"
        "（来源：县统计局《2024年国民经济和社会发展统计公报》）\n"
    )
    log = json.loads(cli("log", "--json").stdout)
    changes = [row for row in log if row["entity"] == "external_figure"]
    assert [row["action"] for row in changes] == ["update", "insert"]
    assert changes[0]["before"]["value"] == 812300
    assert changes[0]["after"]["value"] == 821300
    listed = json.loads(cli("report", "figure", "list", "--json").stdout)
    assert [(r["name"], r["value"], r["period"]) for r in listed] == [
        ("常住人口", 821300, "2024年")
    ]
    removed = cli("report", "figure", "remove", "常住人口", "--year", "2024")
    assert removed.stdout == "已删除：示范县2024年常住人口 821,300人\n"
    assert json.loads(cli("report", "figure", "list", "--json").stdout) == []


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("人数", "5", "--year", "2025", "--source", "x"), 3,
         "错误：没有“人数”这一数据项，可录入：常住人口、一审民事收案、一审行政收案\n"),
        (("常住人口", "八十万", "--year", "2025", "--source", "x"), 3,
         "错误：数值“八十万”应为整数，如 812300\n"),
        (("常住人口", "0", "--year", "2025", "--source", "x"), 3, "错误：常住人口不能为0\n"),
        (("常住人口", "812300", "--year", "2025", "--source", " "), 3,
         "错误：请用 --source 写明数据来源，如：县统计局《2025年统计公报》\n"),
    ],
)  # fmt: skip
def test_bad_figures_are_refused(cli, initialized, args, code, message) -> None:
    result = cli("report", "figure", "set", *args)
    assert (result.exit_code, result.stderr) == (code, message)
    assert json.loads(cli("report", "figure", "list", "--json").stdout) == []


def test_removing_what_is_not_there(cli, initialized) -> None:
    result = cli("report", "figure", "remove", "常住人口", "--year", "2024")
    assert result.exit_code == 4
    assert (
        result.stderr == "错误：示范县2024年常住人口尚未录入：用 fylink report figure list 查看\n"
    )
