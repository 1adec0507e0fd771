"""Issue 16: rule sets A and B of spec/assessment.md on fixtures computed by hand.

The register's rows (tasks, 督办 notices, suggestions, cases, meetings and attendance
with the roles 缺席/迟到/早退/代会) are inserted directly; the office's manual evidence is
entered through ``fylink assess record``. Runs on SQLite, and on PostgreSQL with
FYLINK_TEST_PG_URL.
"""

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, insert, select

from fylink import tables
from helpers import DATA

RULES = DATA / "assessment"
RULE_A = str(RULES / "rule_set_a.toml")
RULE_B = str(RULES / "rule_set_b.toml")
D = date.fromisoformat
NOW = datetime(2025, 1, 2, tzinfo=UTC)


class Register:
    """Inserts register rows the way the commands leave them (only the columns needed)."""

    def __init__(self, db_url: str) -> None:
        self.engine = create_engine(db_url)
        with self.engine.connect() as c:
            u = tables.unit.c
            self.units = {r.short_name: r.id for r in c.execute(select(u.id, u.short_name))}

    def close(self) -> None:
        self.engine.dispose()

    def add(self, table: Any, **values: Any) -> int:
        with self.engine.begin() as c:
            return int(c.execute(insert(table).values(**values)).inserted_primary_key[0])

    def task(self, unit: str, due: str, done: str | None = None, source: str = "议定事项") -> int:
        return self.add(
            tables.task,
            source=source,
            content=f"{unit}承办事项",
            lead_unit_id=self.units[unit],
            leader="",
            due_on=D(due),
            due_rule="",
            due_provisional=False,
            list_no="",
            note="",
            completed_on=D(done) if done else None,
            signed_off_by="",
            created_at=NOW,
            updated_at=NOW,
        )

    def notice(self, unit: str, number: int, due: str, acknowledged: str | None) -> int:
        return self.add(
            tables.notice,
            stage="督办",
            unit_id=self.units[unit],
            issued_on=D(due).replace(day=1),
            year=2025,
            number=number,
            reply_due=D(due),
            acknowledged_on=D(acknowledged) if acknowledged else None,
            issuer="",
            created_at=NOW,
        )

    def suggestion(self, unit: str, doc_no: str, due: str, replied: str | None) -> int:
        return self.add(
            tables.suggestion,
            kind="司法建议",
            doc_no=doc_no,
            issuer="示范县人民法院",
            unit_id=self.units[unit],
            received_on=D(due).replace(day=1),
            reply_due=D(due),
            reply_due_rule="",
            reply_due_provisional=False,
            replied_on=D(replied) if replied else None,
            reply_summary="",
            summary="",
            created_at=NOW,
        )

    def case(
        self,
        unit: str,
        case_no: str,
        *,
        heard_on: str | None = None,
        head: bool | None = None,
        closed_on: str | None = None,
        loss: bool = False,
    ) -> int:
        return self.add(
            tables.cases,
            category="行政诉讼",
            case_no=case_no,
            no_kind="案号",
            instance="一审",
            field="",
            unit_id=self.units[unit],
            court="",
            filed_on=D("2025-01-10"),
            heard_on=D(heard_on) if heard_on else None,
            closed_on=D(closed_on) if closed_on else None,
            status="已结" if closed_on else "在办",
            outcome="撤销" if loss else None,
            is_loss=loss,
            is_correction=False,
            is_judgment=bool(closed_on),
            is_settled=False,
            is_withdrawn=False,
            heard=True if heard_on else None,
            head_appeared=head,
            risk_level="",
            summary="",
            # the 白皮书 annex fields (0018): PostgreSQL has no server default for them
            act_kind="",
            loss_reasons="",
            withdrawal_kind="",
            typical=False,
            typical_note="",
            created_at=NOW,
            updated_at=NOW,
        )

    def meeting(self, issue: int, held_on: str, roles: dict[str, str]) -> int:
        meeting_id = self.add(
            tables.meeting,
            year=2025,
            issue_no=issue,
            series="联席会议",
            series_no=issue,
            kind="联席会议",
            held_on=D(held_on),
            place="",
            chair="",
            topics="",
            opening="",
            created_at=NOW,
        )
        for unit, role in roles.items():
            self.add(
                tables.attendance,
                meeting_id=meeting_id,
                role=role,
                unit_id=self.units[unit],
                name=unit,
                note="",
            )
        return meeting_id


@pytest.fixture
def register(db_url, initialized):
    reg = Register(db_url)
    yield reg
    reg.close()


def _record(cli, monkeypatch, rules: str, unit: str, line: str, on: str, basis: str, *extra: str):
    monkeypatch.setenv("FYLINK_TODAY", on)
    result = cli("assess", "record", unit, "--line", line, "--on", on, "--basis", basis,
                 "--rules", rules, *extra)  # fmt: skip
    assert result.exit_code == 0, result.output
    return result


def _assess(cli, rules: str, *extra: str) -> dict[str, Any]:
    result = cli("assess", "--year", "2025", "--rules", rules, "--json", *extra)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _unit(data: dict[str, Any], name: str) -> dict[str, Any]:
    return next(u for u in data["units"] if u["unit"] == name)


def _line(unit: dict[str, Any], line_id: str) -> dict[str, Any]:
    return next(line for line in unit["lines"] if line["id"] == line_id)


# --- rule set B plus the 府院联动 lines ----------------------------------------------------------


def _fixture_b(cli, monkeypatch, register: Register) -> None:
    r = register
    # 县住建局: three tasks late or open (6), one 不执行 (5) → section 1: 11, floored at 10;
    # 负面曝光 省 + 市 (5); city deduction 1.5 doubled (3); 缺席 + 迟到 (1.5) → 80.5.
    r.task("县住建局", "2025-03-31", "2025-04-10")  # late
    r.task("县住建局", "2025-06-30")  # open
    r.task("县住建局", "2025-09-30", "2026-01-05")  # done after the year: open at its end
    r.task("县住建局", "2025-11-30", "2025-11-20")  # on time: not counted
    r.task("县住建局", "2026-02-28")  # due next year: not counted
    r.task("县住建局", "2024-12-31")  # due last year: not counted (period = due)
    _record(cli, monkeypatch, RULE_B, "县住建局", "B1.1", "2025-05-06", "县政府督查室〔2025〕7号")
    _record(cli, monkeypatch, RULE_B, "县住建局", "B6", "2025-07-01", "省台曝光〔2025〕1号",
            "--level", "省")  # fmt: skip
    _record(cli, monkeypatch, RULE_B, "县住建局", "B6", "2025-08-01", "市报曝光〔2025〕3号",
            "--level", "市")  # fmt: skip
    _record(cli, monkeypatch, RULE_B, "县住建局", "B7", "2025-12-20", "市考核办〔2025〕9号",
            "--points", "1.5")  # fmt: skip
    # 县财政局: two 督办 answered late or not at all (1), 点名批评 (1), 代会 once (0.5) → 97.5.
    r.notice("县财政局", 3, "2025-05-10", "2025-05-15")
    r.notice("县财政局", 4, "2025-08-10", None)
    r.notice("县财政局", 5, "2025-09-10", "2025-09-08")  # on time
    _record(cli, monkeypatch, RULE_B, "县财政局", "B8.2", "2025-10-12", "县政府会议纪要〔2025〕5期")
    r.meeting(1, "2025-03-20", {"县住建局": "缺席", "县财政局": "出席"})
    r.meeting(2, "2025-06-20", {"县住建局": "迟到", "县财政局": "代会", "县司法局": "请假"})
    # 县自然资源局: head appearance 3/4 = 75% → 15 points below 90% × 0.5 = 7.5, capped at 3;
    # two lost first-instance suits (2); a late and a missing reply (0.5 + 1) → 93.5.
    for n, head in enumerate((True, True, True, False), start=1):
        r.case("县自然资源局", f"（2025）豫0591行初{n}号", heard_on="2025-04-0" + str(n), head=head)
    r.case("县自然资源局", "（2025）豫0591行初11号", closed_on="2025-06-30", loss=True)
    r.case("县自然资源局", "（2025）豫0591行初12号", closed_on="2025-07-30", loss=True)
    r.case("县自然资源局", "（2025）豫0591行初13号", closed_on="2025-08-30", loss=False)
    r.suggestion("县自然资源局", "示法建〔2025〕1号", "2025-04-30", "2025-05-09")
    r.suggestion("县自然资源局", "示法建〔2025〕2号", "2025-10-31", None)
    r.suggestion("县自然资源局", "示法建〔2025〕3号", "2025-11-30", "2025-11-28")
    # 县人社局: 拒不履行生效裁判 → 一票否决.
    _record(cli, monkeypatch, RULE_B, "县人社局", "F4", "2025-09-01", "示法函〔2025〕4号")
    # The court's own overdue task: the court is not assessed.
    r.task("县法院", "2025-03-31")
    monkeypatch.setenv("FYLINK_TODAY", "2026-01-10")


def test_rule_set_b_by_hand(cli, monkeypatch, register):
    _fixture_b(cli, monkeypatch, register)
    data = _assess(cli, RULE_B)
    names = [u["unit"] for u in data["units"]]
    assert "县法院" not in names
    assert "县检察院" not in names
    assert len(names) == 15

    housing = _unit(data, "县住建局")
    assert _line(housing, "B1.2")["raw"] == 6
    assert _line(housing, "B1.2")["count"] == 3
    assert [r["class"] for r in _line(housing, "B1.2")["records"]] == [
        "逾期完成",
        "逾期未完成",
        "逾期未完成",
    ]
    assert _line(housing, "B1.1")["points"] == 5
    section_1 = next(s for s in housing["sections"] if s["id"] == "1")
    assert (section_1["raw"], section_1["points"]) == (11, 10)  # 10分扣完为止
    assert _line(housing, "B6")["points"] == 5
    assert _line(housing, "B7")["points"] == 3  # 1.5 × 2
    assert _line(housing, "B8.1")["points"] == 1.5
    assert [r["ref"] for r in _line(housing, "B8.1")["records"]] == [
        "联席会议2025年第1期",
        "联席会议2025年第2期",
    ]
    assert housing["score"] == 80.5
    assert housing["tier"] == "合格"

    finance = _unit(data, "县财政局")
    assert [r["ref"] for r in _line(finance, "B2.1")["records"]] == [
        "督办〔2025〕3号",
        "督办〔2025〕4号",
    ]
    assert _line(finance, "B2.1")["points"] == 1
    assert _line(finance, "B8.1")["points"] == 0.5
    assert _line(finance, "B8.2")["records"][0]["ref"] == "县政府会议纪要〔2025〕5期"
    assert finance["score"] == 97.5

    land = _unit(data, "县自然资源局")
    rate = _line(land, "F1")
    assert (rate["numerator"], rate["denominator"], rate["raw"], rate["points"]) == (3, 4, 7.5, 3)
    assert [r["ref"] for r in rate["records"]] == ["（2025）豫0591行初4号"]
    assert [r["ref"] for r in _line(land, "F2")["records"]] == [
        "（2025）豫0591行初11号",
        "（2025）豫0591行初12号",
    ]
    assert _line(land, "F3")["points"] == 1.5
    assert land["score"] == 93.5

    social = _unit(data, "县人社局")
    assert social["vetoed"] is True
    assert social["tier"] == "不合格"
    assert social["score"] == 100
    assert data["units"][-1]["unit"] == "县人社局"  # vetoed: ranked last

    full = [u for u in data["units"] if u["score"] == 100 and not u["vetoed"]]
    assert {u["rank"] for u in full} == {1}
    assert _unit(data, "县财政局")["rank"] == len(full) + 1
    assert _unit(data, "县自然资源局")["rank"] == len(full) + 2
    assert housing["rank"] == len(full) + 3


def test_the_court_is_assessed_only_when_the_rules_name_it(cli, monkeypatch, register, tmp_path):
    _fixture_b(cli, monkeypatch, register)
    text = (
        Path(RULE_B)
        .read_text(encoding="utf-8")
        .replace('veto_tier = "不合格"', 'veto_tier = "不合格"\nunits = ["县法院"]')
    )
    named = tmp_path / "含法院.toml"
    named.write_text(text, encoding="utf-8")
    court = _unit(_assess(cli, str(named)), "县法院")
    assert court["score"] == 98
    assert _line(court, "B1.2")["records"][0]["ref"].startswith("任务")
    result = cli("assess", "--year", "2025", "--rules", RULE_B, "--unit", "县法院")
    assert result.exit_code == 3
    assert result.stderr == (
        "错误：县法院不在本考核细则的考核范围内（法院、检察院须在 kinds 或 units 中写明）\n"
    )


def test_the_terminal_lists_each_deduction_with_its_records(cli, monkeypatch, register):
    _fixture_b(cli, monkeypatch, register)
    result = cli("assess", "--year", "2025", "--rules", RULE_B, "--unit", "县住建局")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert "县住建局（80.5分）" in lines
    assert "  B1.2 不按时完成上级决定、决议扣6分（任务1、任务2、任务3）" in lines
    assert "  B7 在市级考核中被扣分，双倍扣分扣3分（市考核办〔2025〕9号）" in lines
    assert "  B6 被新闻媒体负面曝光扣5分（省台曝光〔2025〕1号、市报曝光〔2025〕3号）" in lines


# --- rule set A --------------------------------------------------------------------------------


def test_rule_set_a_by_hand(cli, monkeypatch, register):
    # 县司法局: 成立文件 recorded (A1.1 0); 未明确分管领导 (0.5); one 专题研究 of 3 (1.0);
    # 工作要点 recorded (0); 12月报告 迟报 (0.5); 人员不足2人 (0.5); 未建立学法制度 (0.3) and no
    # 学法 at all (6 × 0.3 = 1.8, capped at 1.2) → item A6 1.5; 未组织培训 (0.6) and four
    # 迟到/缺席/早退 (1.2, capped at 0.9) → item A7 1.5. Total 5.5 → 15 − 5.5 = 9.5.
    unit = "县司法局"
    rec = lambda line, on, basis, *extra: _record(  # noqa: E731
        cli, monkeypatch, RULE_A, unit, line, on, basis, *extra
    )
    rec("A1.1", "2025-01-20", "示司〔2025〕1号")
    rec("A1.2", "2025-02-20", "督查记录〔2025〕2号")
    rec("A1.3", "2025-03-20", "党组会议纪要〔2025〕3号")
    rec("A2.1", "2025-02-28", "示司〔2025〕5号")
    rec("A3.1", "2025-12-31", "示司〔2025〕60号", "--level", "迟报")
    rec("A4.2", "2025-06-30", "督查记录〔2025〕7号")
    rec("A6.1", "2025-06-30", "督查记录〔2025〕8号")
    rec("A7.1", "2025-12-15", "督查记录〔2025〕9号")
    register.meeting(1, "2025-04-10", {unit: "迟到", "县财政局": "代会"})
    register.meeting(2, "2025-05-10", {unit: "缺席"})
    register.meeting(3, "2025-06-10", {unit: "早退"})
    register.meeting(4, "2025-07-10", {unit: "迟到"})
    monkeypatch.setenv("FYLINK_TODAY", "2026-01-10")
    data = _assess(cli, RULE_A)
    assert data["rules"]["base"] == 15
    justice = _unit(data, unit)
    assert _line(justice, "A1.3")["points"] == 1
    assert _line(justice, "A1.3")["note"] == "应3次，实1次"
    assert (_line(justice, "A6.2")["raw"], _line(justice, "A6.2")["points"]) == (1.8, 1.2)
    assert (_line(justice, "A7.2")["raw"], _line(justice, "A7.2")["points"]) == (1.2, 0.9)
    assert _line(justice, "A3.1")["points"] == 0.5
    assert "A1.1" not in [line["id"] for line in justice["lines"] if line["points"]]
    assert justice["deducted"] == 5.5
    assert justice["score"] == 9.5
    # A unit with nothing recorded: 未成立 0.5 + 专题研究 1.5 + 工作要点 0.5 + 学法 1.2 → 11.3;
    # 代会 is not among A7.2's roles.
    finance = _unit(data, "县财政局")
    assert finance["score"] == 11.3
    assert "A7.2" not in [line["id"] for line in finance["lines"]]
    # Rule set A names only 政府部门: the townships are not assessed.
    assert "城关镇" not in [u["unit"] for u in data["units"]]


# --- appeals, publication, diff ------------------------------------------------------------------


def test_appeal_decide_publish_show_diff(cli, monkeypatch, register, db_url):
    _fixture_b(cli, monkeypatch, register)
    result = cli("assess", "appeal", "县财政局", "--line", "B8.2", "--reason", "会议点名系误记",
                 "--year", "2025", "--rules", RULE_B)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stdout == "已登记申诉 1：县财政局对条目 B8.2（2025年度）\n"
    blocked = cli("assess", "publish", "--year", "2025", "--rules", RULE_B)
    assert blocked.exit_code == 5
    assert blocked.stderr.startswith("错误：还有1件申诉未作决定")
    assert cli("assess", "decide", "1", "--decision", "采纳", "--note", "经核实").exit_code == 0
    assert _unit(_assess(cli, RULE_B), "县财政局")["score"] == 98.5
    published = cli("assess", "publish", "--year", "2025", "--rules", RULE_B)
    assert published.exit_code == 0, published.output
    assert published.stdout.startswith("已发布：2025年度考核结果，15个单位，细则摘要 ")
    again = cli("assess", "publish", "--year", "2025", "--rules", RULE_B)
    assert again.exit_code == 5
    shown = json.loads(cli("assess", "show", "--year", "2025", "--json").stdout)
    import hashlib

    digest = hashlib.sha256(Path(RULE_B).read_bytes()).hexdigest()
    assert shown["published"]["rules_digest"] == digest
    assert _unit(shown, "县财政局")["score"] == 98.5
    # A record added after publication: show keeps the frozen result, diff tells it.
    register.task("县财政局", "2025-10-31")
    assert _unit(json.loads(cli("assess", "show", "--year", "2025", "--json").stdout),
                 "县财政局")["score"] == 98.5  # fmt: skip
    changes = json.loads(cli("assess", "diff", "--year", "2025", "--json").stdout)
    assert changes["changed"] is True
    change = next(c for c in changes["changes"] if c["unit"] == "县财政局")
    assert change["published"]["score"] == 98.5
    assert change["now"]["score"] == 96.5
    assert change["lines"] == [{"id": "B1.2", "published": 0, "now": 2}]
    text = cli("assess", "diff", "--year", "2025").stdout
    assert "县财政局：得分 98.5 → 96.5" in text
    assert "  条目 B1.2：0 → 2" in text


# --- manual evidence: corrections, removal, undo --------------------------------------------------


def test_a_record_is_journaled_correctable_removable_and_undoable(
    cli, monkeypatch, register, tmp_path
):
    attachment = tmp_path / "曝光.pdf"
    attachment.write_bytes(b"%PDF-1.4 sample")
    _record(cli, monkeypatch, RULE_B, "县住建局", "B6", "2025-07-01", "省台曝光〔2025〕1号",
            "--level", "县", "--file", str(attachment))  # fmt: skip
    monkeypatch.setenv("FYLINK_TODAY", "2026-01-10")
    assert _line(_unit(_assess(cli, RULE_B), "县住建局"), "B6")["points"] == 1
    fixed = cli("assess", "correct", "1", "--level", "省", "--rules", RULE_B)
    assert fixed.exit_code == 0, fixed.output
    assert fixed.stdout == "已更正考核依据 1（省台曝光〔2025〕1号）\n"
    assert _line(_unit(_assess(cli, RULE_B), "县住建局"), "B6")["points"] == 3
    listed = json.loads(cli("assess", "records", "--year", "2025", "--json").stdout)
    assert listed[0]["file"] == "曝光.pdf"
    assert listed[0]["level"] == "省"
    assert cli("undo").exit_code == 0
    assert _line(_unit(_assess(cli, RULE_B), "县住建局"), "B6")["points"] == 1
    gone = cli("assess", "remove", "1", "--reason", "重复录入")
    assert gone.exit_code == 0
    assert "B6" not in [line["id"] for line in _unit(_assess(cli, RULE_B), "县住建局")["lines"]]
    assert cli("undo").exit_code == 0
    assert _line(_unit(_assess(cli, RULE_B), "县住建局"), "B6")["points"] == 1
    with register.engine.connect() as c:
        j = tables.journal.c
        entities = [
            r.entity for r in c.execute(select(j.entity).where(j.entity == "assess_record"))
        ]
    assert len(entities) >= 5


def test_open_at_end_counts_what_is_still_open_including_earlier_years(
    cli, monkeypatch, register, tmp_path
):
    register.task("县住建局", "2024-12-31")  # carried over from last year, still open
    register.task("县住建局", "2025-03-31", "2025-04-10")  # late but done within the year
    register.task("县住建局", "2025-10-31", "2026-01-05")  # done only after the year's end
    text = (
        Path(RULE_B)
        .read_text(encoding="utf-8")
        .replace(
            'evidence = "tasks_overdue"\nperiod = "due"',
            'evidence = "tasks_overdue"\nperiod = "open_at_end"',
        )
    )
    rules = tmp_path / "结转.toml"
    rules.write_text(text, encoding="utf-8")
    monkeypatch.setenv("FYLINK_TODAY", "2026-01-10")
    line = _line(_unit(_assess(cli, str(rules)), "县住建局"), "B1.2")
    assert [r["ref"] for r in line["records"]] == ["任务1", "任务3"]
    assert line["points"] == 4
    due = _line(_unit(_assess(cli, RULE_B), "县住建局"), "B1.2")
    assert [r["ref"] for r in due["records"]] == ["任务2", "任务3"]
