"""What a task or a 议定事项 concerns (a case, a party, a project), and the parties a
司法建议 concerns: the links that make 一企一档 and 一楼一策 whole. Journaled writes."""

from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, select

from fylink.errors import ConflictError
from fylink.models import Party, SuggestionParty, Task, TaskSubject
from fylink.services import journal


@dataclass
class SubjectIn:
    case: str | None = None
    party: str | None = None
    project: str | None = None

    def given(self) -> bool:
        return any(v is not None for v in (self.case, self.party, self.project))


def _resolve(session: Session, subject: SubjectIn) -> dict[str, int | None]:
    from fylink.services.cases import get_case
    from fylink.services.parties import find_party
    from fylink.services.projects import find_project_row

    values: dict[str, int | None] = {}
    # An empty value ("") clears that link.
    if subject.case is not None:
        values["case_id"] = (
            get_case(session=session, case_no=subject.case).id if subject.case else None
        )
    if subject.party is not None:
        values["party_id"] = find_party(session, subject.party).id if subject.party else None
    if subject.project is not None:
        values["project_id"] = (
            find_project_row(session, subject.project).id if subject.project else None
        )
    return values


def set_task_subject(*, session: Session, task: Task, subject: SubjectIn) -> TaskSubject | None:
    """Link ``task`` to what ``subject`` names (only the links given change)."""
    if not subject.given():
        return None
    values = _resolve(session, subject)
    row = session.exec(select(TaskSubject).where(TaskSubject.task_id == task.id)).first()
    if row is None:
        row = TaskSubject(task_id=task.id, **values)  # type: ignore[arg-type]
        return journal.insert(session, row, case_id=values.get("case_id"))
    return journal.update(session, row, values, case_id=values.get("case_id") or row.case_id)


def task_subject_labels(session: Session, task_id: int) -> dict[str, str | None]:
    """The case number, party name and project name a task concerns."""
    from fylink.models import Case, Project

    row = session.exec(select(TaskSubject).where(TaskSubject.task_id == task_id)).first()
    if row is None:
        return {"case": None, "party": None, "project": None}
    case = session.get(Case, row.case_id) if row.case_id else None
    party = session.get(Party, row.party_id) if row.party_id else None
    project = session.get(Project, row.project_id) if row.project_id else None
    return {
        "case": case.case_no if case else None,
        "party": party.name if party else None,
        "project": project.name if project else None,
    }


def link_suggestion_parties(*, session: Session, suggestion: Any, parties: list[str]) -> list[str]:
    from fylink.services.parties import find_party

    names: list[str] = []
    for ref in parties:
        party = find_party(session, ref)
        exists = session.exec(
            select(SuggestionParty.id).where(
                SuggestionParty.suggestion_id == suggestion.id,
                SuggestionParty.party_id == party.id,
            )
        ).first()
        if exists is not None:
            raise ConflictError(f"当事人“{party.name}”已与 {suggestion.doc_no} 关联")
        journal.insert(
            session,
            SuggestionParty(suggestion_id=suggestion.id, party_id=party.id),
            extra={"party": party.name},
        )
        names.append(party.name)
    return names
