"""The 双清单 as lists: each approved list (2026年度府院联动双清单) is its own, so a sheet's
re-import key is (list, section, 序号) and next year's list with the same sections adds
tasks of its own instead of updating this year's.

A list is named by the title row of its sheet, by ``task import --list``, or, for a sheet
with neither, by its year ("2026年度双清单": the year of the rule's start day, or of the
meeting approving a draft). Lists the 0016 upgrade made for tasks imported before
(``derived``) are taken over by the first sheet of their year imported under a name of its
own, so re-importing that sheet keeps updating its tasks.
"""

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlmodel import Session, col, select

from fylink.domain.lists import LIST_NAME_MAX, default_list_name, list_year
from fylink.errors import InvalidInputError
from fylink.models import DoubleList
from fylink.services import journal
from fylink.services.list_lookup import clean_list_name, find_list_row


def _clean(name: str) -> str:
    return clean_list_name(name)


def find_list(*, session: Session, ref: str) -> DoubleList:
    """A list by its name, or by its year when that year has one list (2026)."""
    found = session.get(DoubleList, find_list_row(session, ref).id)
    assert found is not None
    return found


@dataclass
class ListChoice:
    """The list a sheet goes into, looked up without writing: a list on file (``found``,
    possibly a derived one its name takes over), or a new one made by :func:`use_list`
    when the first row is written (a sheet that changes nothing leaves no list behind)."""

    name: str
    year: int
    found: DoubleList | None = None

    @property
    def list_id(self) -> int | None:
        return self.found.id if self.found is not None else None


def choose_list(*, session: Session, name: str | None, year: int) -> ListChoice:
    """``name``: from ``--list`` or the sheet's title row (None: the year's default name);
    ``year``: the year to use when the name has none."""
    cleaned = _clean(name or "") or default_list_name(year)
    if len(cleaned) > LIST_NAME_MAX:
        raise InvalidInputError(f"双清单名称不能超过{LIST_NAME_MAX}个字符")
    of_year = list_year(cleaned) or year
    found = session.exec(select(DoubleList).where(DoubleList.name == cleaned)).first()
    if found is None:
        found = session.exec(
            select(DoubleList)
            .where(DoubleList.year == of_year, col(DoubleList.derived).is_(True))
            .order_by(col(DoubleList.id))
        ).first()
    return ListChoice(cleaned, of_year, found)


def use_list(*, session: Session, choice: ListChoice) -> DoubleList:
    """The chosen list, about to receive a write: made when new, renamed when it is a
    derived list its year's first named sheet takes over (journaled either way)."""
    now = datetime.now(UTC)
    if choice.found is None:
        choice.found = DoubleList(
            name=choice.name, year=choice.year, created_at=now, updated_at=now
        )
        journal.insert(session, choice.found)
    elif choice.found.name != choice.name:
        journal.update(
            session, choice.found, {"name": choice.name, "derived": False, "updated_at": now}
        )
    return choice.found


def resolve_list(*, session: Session, name: str | None, year: int) -> DoubleList:
    """:func:`choose_list` and :func:`use_list` in one."""
    return use_list(session=session, choice=choose_list(session=session, name=name, year=year))
