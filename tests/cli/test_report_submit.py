"""``fylink report submit|collect|review|returns``, ``quarterly --by-region`` and
``national`` as the clerk sees them (issue #18): messages, exit codes, refusals with the data
unchanged. The figures are counted by hand on both engines in
tests/services/test_submissions.py."""

import json
import zipfile

import pytest

pytestmark = pytest.mark.sqlite_only

CITY = "示范市府院联动办公室"


@pytest.fixture
def two_offices(cli, tmp_path, monkeypatch) -> tuple[str, str]:
    county, city = str(tmp_path / "county.db"), str(tmp_path / "city.db")
    for db, office, region in ((county, "示范县府院联动办公室", "示范县"), (city, CITY, "示范市")):
        result = cli("--db", db, "init", "--office", office, "--region", region)
        assert result.exit_code == 0, result.stderr
    cli("--db", county, "unit", "add", "示范县人力资源和社会保障局", "--short", "县人社局")
    added = cli(
        "--db",
        county,
        "case",
        "add",
        "（2025）豫0591行初31号",
        "-c",
        "行政诉讼",
        "-u",
        "县人社局",
        "--filed",
        "2025-04-15",
        "-p",
        "赵某",
    )
    assert added.exit_code == 0, added.stderr
    monkeypatch.setenv("FYLINK_TODAY", "2025-07-08")
    return county, city


def test_submit_collect_review_and_the_returns(cli, two_offices, tmp_path) -> None:
    county, city = two_offices
    package = tmp_path / "示范县.zip"
    made = cli(
        "--db",
        county,
        "report",
        "submit",
        "--year",
        "2025",
        "--quarter",
        "2",
        "--to",
        CITY,
        "--out",
        str(package),
        "--by",
        "李华",
    )
    assert made.exit_code == 0, made.stderr
    lines = made.stdout.splitlines()
    assert lines[:2] == [f"已生成报送包：{package}（2025年第二季度）", f"  报送对象：{CITY}"]
    assert lines[2].startswith("  摘要（SHA256）：")
    assert len(lines[2].split("：")[1]) == 64
    log = json.loads(cli("--db", county, "log", "--json").stdout)
    assert log[0]["action"] == "submit"

    refused = cli(
        "--db", city, "report", "collect", str(package), "--year", "2025", "--quarter", "1"
    )
    assert (refused.exit_code, refused.stderr) == (
        12,
        "错误：示范县.zip 是2025年第二季度的报送包，不是要收的2025年第一季度的，不予接收\n",
    )
    tampered = tmp_path / "改过.zip"
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(tampered, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            target.writestr(
                name, data.replace(b"\xe6\x9d\x8e\xe5\x8d\x8e", b"\xe5\xbc\xa0\xe4\xb8\x89")
            )
    refused = cli(
        "--db", city, "report", "collect", str(tampered), "--year", "2025", "--quarter", "2"
    )
    assert (refused.exit_code, refused.stderr) == (
        12,
        "错误：改过.zip 摘要核验不符：文件在生成后被改动过，不予接收\n",
    )
    assert "尚未接收任何报送" in cli("--db", city, "report", "returns").stdout

    taken = cli("--db", city, "report", "collect", str(package), "--year", "2025", "--quarter", "2")
    assert taken.exit_code == 0, taken.stderr
    assert taken.stdout == "已接收：示范县2025年第二季度（填报人李华，2025-07-08生成），待审\n"
    again = cli("--db", city, "report", "collect", str(package), "-y", "2025", "-q", "2")
    assert again.exit_code == 12
    assert again.stderr.startswith("错误：示范县.zip 已于2025-07-08收过")

    no_reason = cli("--db", city, "report", "review", "示范县", "--return", " ")
    assert (no_reason.exit_code, no_reason.stderr) == (3, "错误：请写明退回理由：--return 理由\n")
    both = cli("--db", city, "report", "review", "示范县")
    assert (both.exit_code, both.stderr) == (
        3,
        "错误：请给出 --accept 或 --return 理由（二选一）\n",
    )
    accepted = cli("--db", city, "report", "review", "示范县", "--accept")
    assert accepted.stdout == "已通过：示范县2025年第二季度的报送\n"
    undone = cli("--db", city, "undo")  # the clerk meant to return it
    assert undone.exit_code == 0, undone.stderr
    back = cli("--db", city, "report", "review", "示范县", "--return", "请补报执行案件")
    assert back.stdout == "已退回：示范县2025年第二季度的报送（理由：请补报执行案件）\n"

    rows = json.loads(cli("--db", city, "report", "returns", "--json").stdout)["returns"]
    assert [(r["region"], r["state"], r["reason"], r["due"]) for r in rows] == [
        ("示范县", "退回", "请补报执行案件", "2025-07-10")
    ]
    shown = cli("--db", city, "report", "quarterly", "--by-region", "-y", "2025", "-q", "2")
    assert shown.exit_code == 0, shown.stderr
    assert shown.stdout.splitlines()[:2] == [
        f"{CITY}2025年第二季度分县（市、区）汇总",
        "统计期间 2025-04-01 至 2025-06-30",
    ]
    county_row = next(line for line in shown.stdout.splitlines() if line.startswith("示范县"))
    assert county_row.split()[:3] == ["示范县", "报送包", "退回，未计入全市"]
    assert "注：未计入全市数字（尚未审核通过）：示范县（退回）" in shown.stdout


def test_national_form_xlsx(cli, two_offices, tmp_path) -> None:
    from openpyxl import load_workbook

    county, _ = two_offices
    out = tmp_path / "统计表.xlsx"
    made = cli(
        "--db", county, "report", "national", "--year", "2025", "--quarter", "2", "--xlsx", str(out)
    )
    assert (made.exit_code, made.stdout) == (0, f"已生成统计表：{out}（2025年第二季度）\n")
    sheet = load_workbook(out)["行政应诉"]
    assert [c.value for c in sheet[4]][:5] == ["示范县人力资源和社会保障局", 0, 1, 1, 0]
    assert sheet["Q4"].value == 1  # 未结
    early = cli("--db", county, "report", "national", "--year", "2025")
    assert (early.exit_code, early.stderr) == (
        3,
        "错误：2025年度尚未结束（截至2025-12-31），不能填报\n",
    )


def test_a_half_year_and_a_whole_year(cli, two_offices, tmp_path, monkeypatch) -> None:
    county, city = two_offices
    half = tmp_path / "half.zip"
    made = cli("--db", county, "report", "submit", "-y", "2025", "--half", "1", "--out", str(half))
    assert made.exit_code == 0, made.stderr
    taken = cli("--db", city, "report", "collect", str(half), "-y", "2025", "--half", "1")
    assert taken.stdout.startswith("已接收：示范县2025年上半年（")
    monkeypatch.setenv("FYLINK_TODAY", "2026-01-12")
    year = tmp_path / "year.zip"
    made = cli("--db", county, "report", "submit", "-y", "2025", "--annual", "--out", str(year))
    assert made.exit_code == 0, made.stderr
    taken = cli("--db", city, "report", "collect", str(year), "-y", "2025", "--annual")
    assert taken.stdout.startswith("已接收：示范县2025年度（")
    rows = json.loads(cli("--db", city, "report", "returns", "--json").stdout)["returns"]
    # the year's return is due by 1月10日 (the 统计制度's date): received on the 12th, late
    assert [(r["period"], r["due"], r["late"]) for r in rows] == [
        ("2025", "2026-01-10", True),
        ("2025H1", "2025-07-10", False),
    ]


@pytest.mark.parametrize(("to", "taken"), [("示范市", True), (" 示范市 ", True), ("东山市", False)])
def test_a_package_addressed_to_the_city_by_its_name_is_taken(
    cli, two_offices, tmp_path, to, taken
) -> None:
    # The county clerk writes 报送对象 as the city, not the city office's full name.
    county, city = two_offices
    package = tmp_path / "示范县.zip"
    made = cli(
        "--db",
        county,
        "report",
        "submit",
        "-y",
        "2025",
        "-q",
        "2",
        "--to",
        to,
        "--out",
        str(package),
    )
    assert made.exit_code == 0, made.stderr
    result = cli("--db", city, "report", "collect", str(package), "-y", "2025", "-q", "2")
    if taken:
        assert result.exit_code == 0, result.stderr
    else:
        assert (result.exit_code, result.stderr) == (
            12,
            f"错误：示范县.zip 是报送东山市的，不是报送本办公室（{CITY}）的\n",
        )
