"""破产 cases: procedure, stage, 管理人, 职工债权 and 欠薪人数; and the 府院协调 checklist
opened as tasks for the enterprise in one command (each item's lead unit from the
settings ``bankruptcy.checklist_units``)."""

from datetime import UTC, date, datetime
from typing import Any

from sqlmodel import Session, col, select

from fylink.config import BANKRUPTCY_CHECKLIST
from fylink.domain.categories import CaseCategory
from fylink.domain.values import check_text
from fylink.errors import ConfigError, ConflictError, InvalidInputError, NotFoundError
from fylink.models import Bankruptcy, Case, Task
from fylink.services import journal

PROCEDURES = ("清算", "重整", "和解")
STAGES = ("申请审查", "受理", "债权申报", "债权人会议", "重整计划", "清算", "终结", "注销")


def bankruptcy_case(session: Session, case_no: str) -> Case:
    from fylink.services.cases import get_case

    case = get_case(session=session, case_no=case_no)
    if case.category != CaseCategory.BANKRUPTCY.value:
        raise ConflictError(f"{case.case_no} 是{case.category}案件，不是破产案件")
    return case


def record_bankruptcy(
    *, session: Session, case_no: str, values: dict[str, Any]
) -> tuple[Case, Bankruptcy]:
    """Set the given facts of a 破产 case (only those given change)."""
    case = bankruptcy_case(session, case_no)
    if "procedure" in values and values["procedure"] not in PROCEDURES:
        raise InvalidInputError(
            f"破产程序“{values['procedure']}”不存在，可选：{'、'.join(PROCEDURES)}"
        )
    if "stage" in values and values["stage"] not in STAGES:
        raise InvalidInputError(f"破产阶段“{values['stage']}”不存在，可选：{'、'.join(STAGES)}")
    if "administrator" in values:
        values["administrator"] = values["administrator"].strip()
        check_text(values["administrator"], what="管理人", limit=100)
    row = session.exec(select(Bankruptcy).where(Bankruptcy.case_id == case.id)).first()
    if row is None:
        now = datetime.now(UTC)
        row = Bankruptcy(case_id=case.id, created_at=now, updated_at=now, **values)  # type: ignore[arg-type]
        journal.insert(session, row, case_id=case.id)
    else:
        journal.update(session, row, values, case_id=case.id)
    return case, row


def bankruptcy_of(session: Session, case: Case) -> Bankruptcy | None:
    return session.exec(select(Bankruptcy).where(Bankruptcy.case_id == case.id)).first()


def open_checklist(
    *,
    session: Session,
    party: str,
    due: str,
    units: dict[str, str],
    calendar: Any,
    today: date,
    case_no: str | None = None,
    fallback_lead: str | None = None,
) -> list[Any]:
    """One task per item of the 府院协调 checklist for the enterprise ``party`` (and its
    破产 case ``case_no``), each led by the unit the settings name. Refused when the
    enterprise already has them open (the same items twice help no one)."""
    from fylink.domain.status import TaskSource
    from fylink.models import TaskSubject
    from fylink.services import tasks
    from fylink.services.parties import find_party

    found = find_party(session, party)
    case_id = bankruptcy_case(session, case_no).id if case_no else None
    missing = [item for item in BANKRUPTCY_CHECKLIST if not units.get(item) and not fallback_lead]
    if missing:
        raise ConfigError(
            f"配置项 bankruptcy.checklist_units 未设置 {'、'.join(missing)} 的牵头单位；"
            "请在配置文件中设置，或用 --lead 指定"
        )
    prefix = f"府院协调（{found.name}）："
    existing = session.exec(
        select(TaskSubject.id)
        .join(Task, col(Task.id) == col(TaskSubject.task_id))
        .where(
            TaskSubject.party_id == found.id,
            col(Task.content).startswith(prefix),
            col(Task.completed_on).is_(None),
        )
    ).first()
    if existing is not None:
        raise ConflictError(
            f"“{found.name}”的府院协调事项已经建立：用 fylink party show {found.name} 查看"
        )
    created = []
    for item in BANKRUPTCY_CHECKLIST:
        lead = units.get(item) or fallback_lead or ""
        try:
            task = tasks.add_task(
                session=session,
                task_in=tasks.TaskIn(
                    content=f"{prefix}{item}",
                    lead=lead,
                    due=due,
                    source=TaskSource.OTHER.value,
                ),
                calendar=calendar,
                today=today,
            )
        except (InvalidInputError, NotFoundError) as exc:
            raise type(exc)(f"府院协调事项“{item}”：{exc}") from None
        row = TaskSubject(task_id=task.id, party_id=found.id, case_id=case_id)  # type: ignore[arg-type]
        journal.insert(session, row, case_id=case_id)
        created.append(task)
    return created
