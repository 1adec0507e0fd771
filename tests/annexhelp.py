"""A small register whose 白皮书 annex was counted by hand (tests/cli/test_report_annex.py
gives every figure): the ``register`` fixture builds it through the command line."""

COUNTY, CITY = "示范县人民法院", "示范市中级人民法院"

#: (案号, unit, filed, court, field, options…) then closures and hearings; see the figures.
CASES = [
    # A: filed 2024, closed 2025 (旧存, 审结), lost on two grounds, heard with the 正职.
    ("（2024）豫0591行初1号", "县自然资源局", "2024-05-10", COUNTY, "土地征收",
     "--act", "征收征用", "--loss-reason", "程序违法、事实不清证据不足"),
    # B: filed and closed in 2024 (上年同期 only); a typical case of 2024, not listed.
    ("（2024）豫0591行初2号", "县人社局", "2024-06-01", COUNTY, "社会保障",
     "--typical", "是"),
    # C: filed 2024, still open (旧存, 未结).
    ("（2024）豫0591行初3号", "城关镇", "2024-11-20", COUNTY, "城市管理", "--act", "强制"),
    # D: 2025, withdrawn after the agency changed its act.
    ("（2025）豫0591行初4号", "县自然资源局", "2025-02-01", COUNTY, "土地征收",
     "--act", "征收征用", "--withdrawal", "被告改变行为后撤诉"),
    # E: 2025, lost (程序违法), a 工作人员 appeared, appealed and 改判; typical.
    ("（2025）豫0591行初5号", "县自然资源局", "2025-03-01", COUNTY, "土地征收",
     "--act", "征收征用", "--loss-reason", "程序违法", "--typical-note", "征收程序违法被确认违法"),
    # F: 2025, won, the 副职 appeared, 复议机关 co-defendant, appealed and upheld.
    ("（2025）豫0591行初7号", "县人社局", "2025-04-01", COUNTY, "社会保障",
     "--act", "不履行法定职责", "--joint-respondent", "是"),
    # G: 2025, open, 规范性文件附带审查.
    ("（2025）豫0591行初9号", "城关镇", "2025-05-01", COUNTY, "城市管理",
     "--act", "强制", "--norm-review", "是"),
    # H: filed in December 2025, closed in 2026 (未结 at the year's end).
    ("（2025）豫0591行初10号", "县人社局", "2025-12-01", COUNTY, "社会保障",
     "--act", "信息公开", "--withdrawal", "原告主动撤诉"),
    # I: 2025 at the city court, lost (适用法律错误), no 行为类别 recorded.
    ("（2025）豫05行初11号", "县自然资源局", "2025-06-01", CITY, "土地征收",
     "--loss-reason", "适用法律错误"),
]  # fmt: skip

CLOSINGS = [
    ("（2024）豫0591行初1号", "撤销", "2025-03-01"),
    ("（2024）豫0591行初2号", "驳回诉讼请求", "2024-10-01"),
    ("（2025）豫0591行初4号", "准予撤诉", "2025-06-30"),
    ("（2025）豫0591行初5号", "确认违法", "2025-09-01"),
    ("（2025）豫0591行初7号", "驳回诉讼请求", "2025-08-01"),
    ("（2025）豫0591行初10号", "撤诉", "2026-01-10"),
    ("（2025）豫05行初11号", "判决赔偿", "2025-11-01"),
    ("（2025）豫05行终6号", "改判", "2025-12-01"),
    ("（2025）豫05行终8号", "驳回上诉、维持原判", "2025-11-20"),
    ("（2025）豫0591行审1号", "准予执行", "2025-04-01"),
    ("（2025）豫0591行审2号", "不准予执行", "2025-05-01"),
]

HEARINGS = [
    ("（2024）豫0591行初1号", "2025-02-10", "正职"),
    ("（2025）豫0591行初5号", "2025-07-01", "工作人员"),
    ("（2025）豫0591行初7号", "2025-07-10", "副职"),
]


def ok(result) -> None:
    assert result.exit_code == 0, result.output


def build_register(cli, monkeypatch) -> None:
    """The register, on an initialized database (the 示范县 roster), on 2026-01-15."""
    monkeypatch.setenv("FYLINK_TODAY", "2026-01-15")
    for unit, region in (("县自然资源局", "城区"), ("县人社局", "城区"), ("城关镇", "城关镇")):
        ok(cli("unit", "update", unit, "--region", region))
    for number, unit, filed, court, field, *extra in CASES:
        ok(cli("case", "add", number, "-c", "行政诉讼", "-u", unit, "--filed", filed,
                "--court", court, "--field", field, *extra))  # fmt: skip
    for number, unit, filed, first in (
        ("（2025）豫05行终6号", "县自然资源局", "2025-10-01", "（2025）豫0591行初5号"),
        ("（2025）豫05行终8号", "县人社局", "2025-09-01", "（2025）豫0591行初7号"),
    ):
        ok(cli("case", "add", number, "-c", "行政诉讼", "-u", unit, "--filed", filed,
                "--court", CITY, "--related", first))  # fmt: skip
    for number, filed in (("1", "2025-03-01"), ("2", "2025-04-01"), ("3", "2025-06-01")):
        ok(cli("case", "add", f"（2025）豫0591行审{number}号", "-c", "非诉执行",
                "-u", "县自然资源局", "--filed", filed))  # fmt: skip
    for number, on, rank in HEARINGS:
        ok(cli("case", "update", number, "--heard-on", on, "--heard", "是", "--head-rank", rank))
    for number, outcome, closed in CLOSINGS:
        ok(cli("case", "close", number, "--outcome", outcome, "--closed", closed))
