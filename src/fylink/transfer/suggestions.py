"""司法建议 and 检察建议 in spreadsheets: an export-only schema of the transfer engine.

Suggestions are registered one by one (``fylink suggestion add``) with their reply
deadline rules; the spreadsheet is a register to hand on, so it is not imported.
"""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, col, func, select

from fylink.domain.status import Thresholds
from fylink.errors import InvalidInputError
from fylink.models import Suggestion, Unit
from fylink.services import suggestions
from fylink.services.suggestions import SuggestionFilter
from fylink.transfer import engine
from fylink.transfer.engine import Change, Column, Item, Problem, RowReader
from fylink.transfer.sheets import Cell

COLUMNS: tuple[Column, ...] = (
    Column("文号", "doc_no", width=26),
    Column("类别", "kind", width=10),
    Column("发出机关", "issuer", width=22),
    Column("单位", "unit", width=18),
    Column("收到日期", "received_on", width=12),
    Column("反馈期限", "reply_due", width=12),
    Column("反馈日期", "replied_on", width=12),
    Column("是否采纳", "adopted", width=10),
    Column("整改核实日期", "verified_on", width=14),
    Column("状态", "status", width=12),
    Column("摘要", "summary", width=40),
)

_NOT_IMPORTED = "司法建议不能从表格导入：请用 fylink suggestion add 逐件登记"


@dataclass
class SuggestionRecord:
    suggestion: Suggestion
    unit: str
    status: str


class SuggestionSheet(engine.Schema[SuggestionRecord]):
    entity = "suggestion"
    noun = "司法建议"
    title = "司法建议"
    columns = COLUMNS
    key_field = "doc_no"

    def __init__(self, th: Thresholds) -> None:
        self.th = th

    def parse(self, row: RowReader) -> SuggestionRecord:
        raise InvalidInputError(_NOT_IMPORTED)

    def key(self, record: SuggestionRecord) -> str:
        return record.suggestion.doc_no

    def find(self, session: Session, keys: Sequence[str]) -> dict[str, SuggestionRecord]:
        raise InvalidInputError(_NOT_IMPORTED)

    def insert(self, session: Session, items: list[Item[SuggestionRecord]]) -> list[Problem]:
        raise InvalidInputError(_NOT_IMPORTED)

    def update(self, session: Session, changes: list[Change[SuggestionRecord]]) -> list[Problem]:
        raise InvalidInputError(_NOT_IMPORTED)

    def cells(self, record: SuggestionRecord) -> dict[str, Cell]:
        s = record.suggestion
        return {
            "doc_no": s.doc_no,
            "kind": s.kind,
            "issuer": s.issuer,
            "unit": record.unit,
            "received_on": s.received_on,
            "reply_due": s.reply_due,
            "replied_on": s.replied_on,
            "adopted": s.adopted,
            "verified_on": s.verified_on,
            "status": record.status,
            "summary": s.summary,
        }

    def records(self, session: Session, flt: SuggestionFilter) -> Iterator[SuggestionRecord]:
        conditions = suggestions.filter_conditions(session=session, flt=flt, th=self.th)
        label = func.coalesce(Unit.short_name, Unit.name)
        result = session.exec(
            select(Suggestion, label)
            .join(Unit, col(Unit.id) == Suggestion.unit_id)
            .where(*conditions)
            .order_by(col(Suggestion.received_on), col(Suggestion.id))
            .execution_options(yield_per=engine.CHUNK_SIZE)
        )
        for suggestion, unit in result:
            status = suggestions.reply_status(suggestion, self.th).value
            yield SuggestionRecord(suggestion=suggestion, unit=unit, status=status)


def export_suggestions(
    *,
    session: Session,
    path: Path,
    flt: SuggestionFilter,
    th: Thresholds,
    encoding: str = "utf-8",
) -> int:
    schema = SuggestionSheet(th)
    return engine.export_table(
        schema=schema, records=schema.records(session, flt), path=path, encoding=encoding
    )
