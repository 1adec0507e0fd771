"""Records with hand-counted figures for the report tests (today = 2025-06-30).

Cases go in with bulk inserts (one executemany), tasks and suggestions through
the models. The flags of a closed case come from its outcome exactly as
``case close`` sets them (``domain.categories.outcome_for``).

Every case is filed, closed or heard in exactly the window it is meant for;
the other dates fall in 2024Q4 or earlier, outside the three windows of the
2025Q2 report (2025Q2, 2024Q2 and 2025Q1).
"""

import itertools
import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, update
from sqlmodel import Session, SQLModel, select

from fylink import db
from fylink.domain.categories import CaseCategory, outcome_for
from fylink.models import Suggestion, Task, Unit
from fylink.services import office as office_service
from helpers import DATA

CASES = SQLModel.metadata.tables["cases"]
UNITS = SQLModel.metadata.tables["unit"]
NOW = datetime(2025, 6, 30, 8, 0, tzinfo=UTC)
D = date.fromisoformat

_TYPE = {
    ("行政", "一审"): "行初",
    ("行政", "二审"): "行终",
    ("民事", "一审"): "民初",
}
_serial = itertools.count(1)

#: Outside every window of the 2025Q2 report.
OLD_FILING = D("2024-11-15")
OLD_FILING_2024 = D("2024-01-15")


def unit_ids(session: Session) -> dict[str, int]:
    return {
        str(short): int(unit_id)  # type: ignore[arg-type]
        for unit_id, short in session.exec(select(Unit.id, Unit.short_name))
    }


def case_row(
    *,
    unit_id: int,
    filed_on: date,
    category: str = CaseCategory.LITIGATION.value,
    closed_on: date | None = None,
    outcome: str | None = None,
    family: str = "行政",
    instance: str = "一审",
    heard: bool | None = None,
    heard_on: date | None = None,
    head_appeared: bool | None = None,
    head_rank: str | None = None,
    claimed_fen: int | None = None,
    recovered_fen: int | None = None,
    resolved: bool | None = None,
) -> dict[str, Any]:
    """One row of ``cases`` with every column set (executemany needs the same keys)."""
    serial = next(_serial)
    court_case = category in ("行政诉讼", "涉行政机关执行") or family == "民事"
    if court_case:
        code = "执" if category == "涉行政机关执行" else _TYPE[(family, instance)]
        case_no = f"（{filed_on.year}）豫0591{code}{serial}号"
        numbers = {
            "no_kind": "案号",
            "year": filed_on.year,
            "court_code": "豫0591",
            "court_level": "基层",
            "type_code": code,
            "type_name": code,
            "case_family": "执行" if code == "执" else family,
            "instance": "执行" if code == "执" else instance,
        }
    else:
        case_no = f"测试〔{filed_on.year}〕{serial}号"
        numbers = {
            "no_kind": "自编号",
            "year": None,
            "court_code": None,
            "court_level": None,
            "type_code": None,
            "type_name": None,
            "case_family": None,
            "instance": None,
        }
    flags = {"loss": False, "correction": False, "judgment": False}
    flags |= {"settled": False, "withdrawn": False}
    if outcome is not None:
        result = outcome_for(CaseCategory(category), outcome)
        flags = {
            "loss": result.loss,
            "correction": result.correction,
            "judgment": result.judgment,
            "settled": result.settled,
            "withdrawn": result.withdrawn,
        }
    return {
        "category": category,
        "case_no": case_no,
        **numbers,
        "field": "",
        "unit_id": unit_id,
        "court": "",
        "received_on": filed_on,
        "filed_on": filed_on,
        "heard_on": heard_on,
        "closed_on": closed_on,
        "status": "已结" if closed_on else "在办",
        "outcome": outcome,
        "is_loss": flags["loss"],
        "is_correction": flags["correction"],
        "is_judgment": flags["judgment"],
        "is_settled": flags["settled"],
        "is_withdrawn": flags["withdrawn"],
        "heard": heard,
        "head_appeared": head_appeared,
        "head_rank": head_rank,
        "claimed_fen": claimed_fen,
        "recovered_fen": recovered_fen,
        "resolved": resolved,
        "group_size": None,
        "risk_level": "",
        "summary": "",
        "act_kind": "",
        "loss_reasons": "",
        "withdrawal_kind": "",
        "joint_respondent": None,
        "norm_review": None,
        "typical": False,
        "typical_note": "",
        "created_at": NOW,
        "updated_at": NOW,
    }


def _sqlite_value(value: Any) -> Any:
    """A value as SQLAlchemy stores it in SQLite (dates as ISO text, times naive UTC)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def insert_cases(session: Session, rows: list[dict[str, Any]]) -> None:
    """One executemany. On SQLite straight through the driver: SQLAlchemy's per-value type
    processing costs seconds for the 16,328 rows of a §4 vector."""
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        session.execute(insert(CASES), rows)
        return
    columns = list(rows[0])
    sql = f"INSERT INTO cases ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    raw = connection.connection.driver_connection
    assert raw is not None
    raw.executemany(sql, [[_sqlite_value(row[c]) for c in columns] for row in rows])


def spread(start: date, count: int, days: int = 80) -> list[date]:
    """``count`` days from ``start`` on, spread over ``days`` days."""
    return [start + timedelta(days=(i * days) // max(count, 1)) for i in range(count)]


def set_region(session: Session, short_name: str, region: str) -> None:
    session.execute(update(UNITS).where(UNITS.c.short_name == short_name).values(region=region))


# --- the small office ------------------------------------------------------------------------

#: The figures of the 2025Q2 report on :func:`small_office`, counted by hand.
EXPECTED: dict[str, dict[str, Any]] = {
    # 一审 filed by agencies: 自然资源局 3 + 住建局 2 + 城关镇 1 (not the 二审, not the court)
    "litigation_filed": {
        "numerator": 6,
        "denominator": None,
        "value": 6,
        "yoy": -14.3,
        "qoq": 200.0,
    },
    # closed 一审: 自然资源局 撤销/驳回诉讼请求/准予撤诉/驳回起诉, 住建局 确认违法/调解
    "loss_rate": {"numerator": 2, "denominator": 6, "value": 33.3, "yoy": -6.7, "qoq": None},
    # heard: 自然资源局 3 (正职, 副职, none), 住建局 1 (副职); a 书面审理 case is left out
    "head_appearance_rate": {"numerator": 3, "denominator": 4, "value": 75.0},
    # 行政复议 closed: 撤销, 维持, 驳回 (decisions) + 调解, 和解, 撤回申请, 终止
    "reconsideration_correction_rate": {"numerator": 1, "denominator": 3, "value": 33.3},
    "reconsideration_settlement_rate": {"numerator": 2, "denominator": 7, "value": 28.6},
    # disputes closed: 7 复议 (4 resolved) + 5 诉前调解 (3) + 2 行政调解 (1)
    "substantive_resolution_rate": {"numerator": 8, "denominator": 14, "value": 57.1},
    "presuit_mediation_success_rate": {"numerator": 3, "denominator": 5, "value": 60.0},
    # 执行完毕 and 和解履行; 终结本次执行 is no 执结 (indicators.enforcement_closed_…)
    "enforcement_closed": {"numerator": 2, "denominator": None, "value": 2},
    # 100万 of 100万 and 20万 of 50万 recovered; a third case has no amounts
    "enforcement_amount": {"numerator": 1_200_000.0, "denominator": None, "value": 1_200_000.0},
    "enforcement_recovery_rate": {
        "numerator": 1_200_000.0,
        "denominator": 1_500_000.0,
        "value": 80.0,
    },
    # due in Q2: 〔2025〕1号 answered on time, 2号 late, 3号 not at all
    "suggestion_feedback_rate": {"numerator": 2, "denominator": 3, "value": 66.7},
    "suggestion_reply_rate": {"numerator": 1, "denominator": 3, "value": 33.3},
    "task_completion_rate": {"numerator": 1, "denominator": 4, "value": 25.0, "qoq": 25.0},
    # 6 agency 一审 + the court's 一审 + one 民初 = 8 cases per 80,000 residents
    "litigation_per_10k": {"numerator": 8, "denominator": 80000, "value": 1.0},
    "tasks_overdue": {"numerator": 2, "denominator": None, "value": 2},
    "suggestions_unanswered": {"numerator": 1, "denominator": None, "value": 1},
}

#: Per unit, for the same report.
EXPECTED_UNITS = {
    "县自然资源局": {
        "litigation_filed": 3,
        "loss_rate": (1, 4, 25.0),
        "head_appearance_rate": (2, 3, 66.7),
        "tasks_overdue": 1,
    },
    "县住建局": {
        "litigation_filed": 2,
        "loss_rate": (1, 2, 50.0),
        "head_appearance_rate": (1, 1, 100.0),
        "tasks_overdue": 1,
        "suggestions_unanswered": 1,
    },
    "城关镇": {"litigation_filed": 1, "loss_rate": (0, 0, None)},
}

POPULATION = {"示范县": 80_000}


def small_office(session: Session) -> dict[str, int]:
    """Fill an initialized database (the 示范县 roster) with the records of EXPECTED."""
    global _serial
    _serial = itertools.count(1)  # the same case numbers every time
    ids = unit_ids(session)
    land, housing, town, court = ids["县自然资源局"], ids["县住建局"], ids["城关镇"], ids["县法院"]
    rows: list[dict[str, Any]] = []
    # --- 行政诉讼 filed
    rows += [case_row(unit_id=land, filed_on=d) for d in spread(D("2025-04-02"), 3)]
    rows += [case_row(unit_id=housing, filed_on=d) for d in spread(D("2025-04-10"), 2)]
    rows += [case_row(unit_id=town, filed_on=D("2025-06-30"))]
    rows += [case_row(unit_id=land, filed_on=D("2025-05-05"), instance="二审")]
    rows += [case_row(unit_id=court, filed_on=D("2025-05-06"))]  # not an agency
    rows += [case_row(unit_id=land, filed_on=D("2025-05-07"), family="民事", category="其他")]
    rows += [case_row(unit_id=land, filed_on=d) for d in spread(D("2024-04-01"), 4)]
    rows += [case_row(unit_id=housing, filed_on=d) for d in spread(D("2024-04-03"), 3)]
    rows += [case_row(unit_id=land, filed_on=d) for d in spread(D("2025-01-02"), 2)]
    # --- 行政诉讼 closed in 2025Q2
    for unit_id, outcome, closed in (
        (land, "撤销", "2025-04-15"),
        (land, "驳回诉讼请求", "2025-05-15"),
        (land, "准予撤诉", "2025-06-15"),
        (land, "驳回起诉", "2025-06-30"),
        (housing, "确认违法", "2025-04-01"),
        (housing, "调解", "2025-05-20"),
    ):
        rows.append(
            case_row(unit_id=unit_id, filed_on=OLD_FILING, closed_on=D(closed), outcome=outcome)
        )
    # ... a second-instance loss and a court's loss do not count
    rows.append(
        case_row(
            unit_id=land,
            filed_on=OLD_FILING,
            instance="二审",
            closed_on=D("2025-05-01"),
            outcome="撤销",
        )
    )
    rows.append(
        case_row(unit_id=court, filed_on=OLD_FILING, closed_on=D("2025-05-01"), outcome="撤销")
    )
    # ... in 2024Q2: 2 losses of 5
    for i, outcome in enumerate(("撤销", "责令履行", "驳回诉讼请求", "驳回诉讼请求", "准予撤诉")):
        rows.append(
            case_row(
                unit_id=land,
                filed_on=OLD_FILING_2024 - timedelta(days=30),
                closed_on=D("2024-04-10") + timedelta(days=10 * i),
                outcome=outcome,
            )
        )
    # --- heard in 2025Q2 (still open)
    for unit_id, appeared, rank in (
        (land, True, "正职"),
        (land, True, "副职"),
        (land, False, None),
        (housing, True, "副职"),
    ):
        rows.append(
            case_row(
                unit_id=unit_id,
                filed_on=OLD_FILING,
                heard=True,
                heard_on=D("2025-05-10"),
                head_appeared=appeared,
                head_rank=rank,
            )
        )
    rows.append(
        case_row(unit_id=housing, filed_on=OLD_FILING, heard=False, heard_on=D("2025-05-12"))
    )
    # --- 行政复议 closed in 2025Q2
    for outcome, resolved in (
        ("撤销", True),
        ("维持", True),
        ("驳回", False),
        ("调解", True),
        ("和解", True),
        ("撤回申请", False),
        ("终止", False),
    ):
        rows.append(
            case_row(
                unit_id=land,
                category="行政复议",
                filed_on=OLD_FILING,
                closed_on=D("2025-05-30"),
                outcome=outcome,
                resolved=resolved,
            )
        )
    # --- 诉前调解 and 行政调解 closed in 2025Q2
    for outcome, resolved in (
        ("调解成功", True),
        ("调解成功", True),
        ("调解成功", True),
        ("调解不成", False),
        ("撤回申请", None),
    ):
        rows.append(
            case_row(
                unit_id=housing,
                category="诉前调解",
                filed_on=OLD_FILING,
                closed_on=D("2025-06-01"),
                outcome=outcome,
                resolved=resolved,
            )
        )
    for outcome, resolved in (("调解成功", True), ("调解不成", False)):
        rows.append(
            case_row(
                unit_id=town,
                category="行政调解",
                filed_on=OLD_FILING,
                closed_on=D("2025-06-02"),
                outcome=outcome,
                resolved=resolved,
            )
        )
    # --- 涉行政机关执行 closed in 2025Q2 (amounts in 分)
    for claimed, recovered, outcome in (
        (100_000_000, 100_000_000, "执行完毕"),
        (50_000_000, 20_000_000, "终结本次执行"),
        (None, None, "和解履行"),
    ):
        rows.append(
            case_row(
                unit_id=housing,
                category="涉行政机关执行",
                filed_on=OLD_FILING,
                closed_on=D("2025-06-10"),
                outcome=outcome,
                claimed_fen=claimed,
                recovered_fen=recovered,
            )
        )
    insert_cases(session, rows)
    _tasks(session, land, housing)
    _suggestions(session, land, housing)
    session.flush()
    return ids


def _tasks(session: Session, land: int, housing: int) -> None:
    for content, unit_id, due, completed in (
        ("按期完成的事项", land, "2025-04-10", "2025-04-09"),
        ("逾期完成的事项", land, "2025-05-10", "2025-05-20"),
        ("逾期未完成的事项", housing, "2025-06-01", None),
        ("今天到期的事项", housing, "2025-06-30", None),
        ("下季度到期的事项", land, "2025-07-15", None),
        ("上季度逾期的事项", land, "2025-03-01", None),
    ):
        session.add(
            Task(
                source="双清单",
                content=content,
                lead_unit_id=unit_id,
                due_on=D(due),
                completed_on=D(completed) if completed else None,
                created_at=NOW,
                updated_at=NOW,
            )
        )


def _suggestions(session: Session, land: int, housing: int) -> None:
    for doc_no, unit_id, due, replied in (
        ("示法建〔2025〕1号", land, "2025-05-01", "2025-04-20"),
        ("示法建〔2025〕2号", housing, "2025-06-10", "2025-06-15"),
        ("示法建〔2025〕3号", housing, "2025-06-20", None),
    ):
        session.add(
            Suggestion(
                kind="司法建议",
                doc_no=doc_no,
                issuer="示范县人民法院",
                unit_id=unit_id,
                received_on=D(due) - timedelta(days=60),
                reply_due=D(due),
                replied_on=D(replied) if replied else None,
                created_at=NOW,
            )
        )


# --- prepared database files -------------------------------------------------------------------


def build_template(path: Path, *, with_office: bool) -> Path:
    """An initialized database (the roster of tests/data), optionally with the small office.

    Built once per test module and copied for each test: initializing through Alembic and
    the roster takes about a second, a copy a millisecond.
    """
    url = "sqlite:///" + str(path)
    db.upgrade(url)
    roster = office_service.read_roster(DATA / "roster.yaml")
    with db.session_scope(url, actor="测试员", command="pytest") as session:
        office_service.init_office(
            session=session,
            name=roster["office"]["name"],
            region=roster["office"]["region"],
            meeting_name=roster["office"].get("meeting_name", ""),
        )
        office_service.load_roster(session=session, roster=roster)
        if with_office:
            small_office(session)
    return path


def copy_database(template: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(template) + suffix)
        if source.exists():
            shutil.copyfile(source, Path(str(target) + suffix))


def open_session(url: str) -> Iterator[Session]:
    with db.session_scope(url, actor="测试员", command="pytest") as session:
        yield session
