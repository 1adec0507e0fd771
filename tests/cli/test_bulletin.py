"""Issue 14: the 通报 stage (notice bulletin) and a 联合督查's letter, on both engines."""

import json
from pathlib import Path

from sqlalchemy import create_engine, text

from documents.docx_checks import body_problems, mark_problems, open_docx, page_problems
from fylink.documents.layout import DEFAULT_FONTS
from loophelp import write_config

JOINT = (
    '[escalation]\njoint_issuers = ["示范县人民政府督查室", "示范县人民法院", "示范县人民检察院"]\n'
)


def _rows(db_url: str, sql: str) -> list:
    engine = create_engine(db_url)
    with engine.begin() as connection:
        rows = [tuple(r) for r in connection.execute(text(sql))]
    engine.dispose()
    return rows


def _texts(path: Path) -> list[str]:
    return [p.text for p in open_docx(path).paragraphs if p.text.strip()]


def _quarter(cli, monkeypatch) -> None:
    """Q3 2025: 县住建局 late and silent after its 督办, 县财政局 on time, the court late."""
    monkeypatch.setenv("FYLINK_TODAY", "2025-07-01")
    for args in (
        ("task", "add", "制定征收补偿款支付方案", "--lead", "县住建局", "--due", "2025-07-15"),
        ("task", "add", "清理拖欠企业账款", "--lead", "县财政局", "--due", "2025-08-15"),
        ("task", "add", "协调涉企案件执行", "--lead", "县法院", "--due", "2025-07-15"),
    ):
        assert cli(*args).exit_code == 0
    monkeypatch.setenv("FYLINK_TODAY", "2025-08-14")
    assert cli("task", "done", "2", "--on", "2025-08-14").exit_code == 0
    monkeypatch.setenv("FYLINK_TODAY", "2025-07-30")
    assert cli("check", "overdue").exit_code == 10  # 督办〔2025〕1号 to 县住建局, 商请 to the court
    monkeypatch.setenv("FYLINK_TODAY", "2025-10-09")


def test_a_quarter_bulletin_is_numbered_frozen_and_journaled(
    cli, initialized, monkeypatch, tmp_path, db_url
):
    _quarter(cli, monkeypatch)
    out = tmp_path / "通报.docx"
    result = cli("notice", "bulletin", "--year", "2025", "--quarter", "3", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "已签发：督办通报〔2025〕1号（2025年第三季度）"
    doc = open_docx(out)
    assert page_problems(doc) == []
    assert body_problems(doc) == []
    assert mark_problems(doc, DEFAULT_FONTS, "示范县府院联动联席会议办公室") == []
    texts = _texts(out)
    assert "〔2025〕1号" in texts
    assert "关于府院联动事项办理情况的通报" in texts
    assert "一、逾期未办结、未按时书面报送的单位" in texts
    assert "（一）县住建局：逾期未办结事项1项、督办后未书面报送1次。" in texts
    assert "二、按时办结、按时报送的单位" in texts
    assert "县财政局。" in texts
    assert not any("县法院" in t for t in texts)  # courts are not ranked by default
    assert "2025年10月9日" in texts
    # Issued, it carries the journal's anchor and records it (docs/security.md).
    assert any(t.startswith("变更日志锚点 ") for t in texts)
    assert _rows(db_url, "SELECT count(*) FROM journal_anchor") == [(1,)]
    assert _rows(db_url, "SELECT year, number, period_year, quarter FROM bulletin") == [
        (2025, 1, 2025, 3)
    ]
    assert _rows(db_url, "SELECT count(*) FROM journal WHERE entity = 'bulletin'") == [(1,)]
    # Asked again: the same 通报, same number and figures, nothing new written.
    monkeypatch.setenv("FYLINK_TODAY", "2025-10-10")
    again = cli("notice", "bulletin", "--year", "2025", "--quarter", "3", "--json")
    data = json.loads(again.stdout)
    assert (data["number"], data["new"], data["issued_on"]) == ("〔2025〕1号", False, "2025-10-09")
    assert [row["unit"] for row in data["black"]] == ["县住建局"]
    assert _rows(db_url, "SELECT count(*) FROM bulletin") == [(1,)]
    # The next period gets the next number.
    year = cli("notice", "bulletin", "--year", "2025", "--json")
    assert json.loads(year.stdout)["number"] == "〔2025〕2号"


def test_the_wording_and_ranking_are_settings(cli, initialized, monkeypatch, isolated_home):
    _quarter(cli, monkeypatch)
    write_config(
        isolated_home,
        '[bulletin]\nblack_heading = "黑榜"\nred_heading = "红榜"\nnumber_prefix = "示府联办通"\n'
        "[escalation]\nrank_consult_kinds = true\n",
    )
    data = json.loads(
        cli("notice", "bulletin", "--year", "2025", "--quarter", "3", "--json").stdout
    )
    assert [row["unit"] for row in data["black"]] == ["县住建局", "县法院"]
    out = Path("督办通报示府联办通〔2025〕1号（2025年第三季度）.docx")
    monkeypatch.chdir(isolated_home.parent)
    assert cli("notice", "bulletin", "--year", "2025", "--quarter", "3").exit_code == 0
    texts = _texts(isolated_home.parent / out)
    assert "一、黑榜" in texts
    assert "二、红榜" in texts
    assert "示府联办通〔2025〕1号" in texts


def test_no_bulletin_is_dated_on_a_rest_day(cli, initialized, monkeypatch, db_url):
    _quarter(cli, monkeypatch)
    monkeypatch.setenv("FYLINK_TODAY", "2025-10-03")
    result = cli("notice", "bulletin", "--year", "2025", "--quarter", "3")
    assert result.exit_code == 5
    assert result.stderr == "错误：2025年10月3日是休息日：通报不落款于休息日，请在工作日签发\n"
    assert _rows(db_url, "SELECT count(*) FROM bulletin") == [(0,)]


def test_a_joint_supervision_letter_names_every_issuer(
    cli, initialized, isolated_home, tmp_path, monkeypatch
):
    cli("task", "add", "制定征收补偿款支付方案", "--lead", "县住建局", "--due", "2025-06-16")
    assert cli("check", "overdue").exit_code == 10
    write_config(isolated_home, JOINT)
    assert cli("notice", "joint", "1").exit_code == 0
    out = tmp_path / "督办.docx"
    assert cli("notice", "letter", "1", "-o", str(out)).exit_code == 0
    mark = "示范县人民政府督查室\u3000示范县人民法院\u3000示范县人民检察院"
    assert mark_problems(open_docx(out), DEFAULT_FONTS, mark) == []
    assert (
        cli("notice", "joint", "1", "--undo").stdout == "已登记：督办〔2025〕1号 由本办公室发出\n"
    )
    assert cli("notice", "letter", "1", "-o", str(out), "--force").exit_code == 0
    assert mark_problems(open_docx(out), DEFAULT_FONTS, "示范县府院联动联席会议办公室") == []
