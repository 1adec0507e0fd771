"""``journal.verify`` reads the chain straight from the driver (issue 21): it must reach
exactly the verdict the ORM-row implementation reached, row for row, on an intact demo
journal and on every kind of tampering — including edits that change a stored text but not
its value (re-spaced JSON, a time written another way), which both must judge alike.

``_reference_verify`` is the implementation before issue 21, kept here as the oracle.
"""

from sqlalchemy import create_engine, select, text

from fylink.db import session_scope
from fylink.models import Journal
from fylink.services import journal


def _reference_verify(session) -> journal.VerifyResult:
    table = Journal.__table__  # type: ignore[attr-defined]
    previous = journal.GENESIS
    checked = total = last_id = more = 0
    problems: list[journal.Problem] = []

    def found(at, reason):
        nonlocal more
        if len(problems) < journal.MAX_PROBLEMS:
            problems.append(journal.Problem(at, reason))
        else:
            more += 1

    for row in session.execute(select(table).order_by(table.c.id)).all():
        total += 1
        intact = True
        if journal._digest(row.prev_hash, row) != row.hash:
            found(row.id, f"第 {row.id} 条记录的内容被修改（与其哈希不符）")
            intact = False
        if row.prev_hash != previous:
            where = f"第 {last_id} 条与第 {row.id} 条之间" if last_id else f"第 {row.id} 条之前"
            found(row.id, f"{where}的记录被删除或替换（第 {row.id} 条链接的上一条记录不存在）")
            intact = False
        if intact and not problems:
            checked += 1
        previous = row.hash
        last_id = row.id
    if more:
        problems.append(journal.Problem(None, f"另有 {more} 处断裂未逐一列出"))
    first = problems[0] if problems else None
    return journal.VerifyResult(
        checked=checked,
        broken_at=first.at if first else None,
        reason=first.reason if first else "",
        head=previous,
        problems=tuple(problems),
        total=total,
        head_id=last_id,
    )


def _sql(url: str, statement: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text(statement))
    engine.dispose()


def _both(url: str) -> tuple[journal.VerifyResult, journal.VerifyResult]:
    with session_scope(url, write=False) as session:
        return journal.verify(session=session, batch=7), _reference_verify(session)


SQLITE_EDITS = [
    "UPDATE journal SET actor = '篡改者' WHERE id = 5",
    # the same value in another text: both parse it, neither sees a change
    'UPDATE journal SET "after" = json("after") WHERE id IN (3, 8, 40)',
    'UPDATE journal SET "after" = replace("after", \'": \', \'":\') WHERE id = 12',
    # a time written without its microseconds, or with a T: SQLAlchemy reads both
    "UPDATE journal SET at = substr(at, 1, 19) WHERE id = 9",
    "UPDATE journal SET at = replace(at, ' ', 'T') WHERE id = 10",
    "UPDATE journal SET entity_id = entity_id + 1 WHERE id = 20",
    'UPDATE journal SET "before" = NULL WHERE id IN '
    '(SELECT id FROM journal WHERE "before" IS NOT NULL ORDER BY id LIMIT 3)',
    "DELETE FROM journal WHERE id IN (50, 51)",
]
PG_EDITS = [
    "UPDATE journal SET actor = '篡改者' WHERE id = 5",
    # jsonb re-spaces and re-orders the keys: the value is the same
    'UPDATE journal SET "after" = ("after"::jsonb)::json WHERE id IN (3, 8, 40)',
    "UPDATE journal SET at = at + interval '1 microsecond' WHERE id = 9",
    "UPDATE journal SET entity_id = entity_id + 1 WHERE id = 20",
    'UPDATE journal SET "before" = NULL WHERE id IN '
    '(SELECT id FROM journal WHERE "before" IS NOT NULL ORDER BY id LIMIT 3)',
    "DELETE FROM journal WHERE id IN (50, 51)",
]


def test_an_intact_demo_journal_verifies_alike(demo_db, db_url):
    new, old = _both(db_url)
    assert new.ok
    assert new.total > 2000
    assert new == old


def test_every_edit_is_judged_as_the_orm_rows_judged_it(demo_db, db_url, engine_name):
    edits = SQLITE_EDITS if engine_name == "sqlite" else PG_EDITS
    verdicts = []
    for edit in edits:
        _sql(db_url, edit)
        new, old = _both(db_url)
        assert new == old, edit
        verdicts.append(new.problems)
    # (the edits add up) re-spaced JSON found nothing more; the deleted rows did
    assert len(verdicts[0]) == 1
    assert verdicts[1] == verdicts[0]
    assert len(verdicts[-1]) > len(verdicts[-2])
