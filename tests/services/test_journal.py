"""The journal chain: every write leaves a row; edits and deletions are detected."""

from sqlalchemy import text

from fylink.services import cases, journal, units


def test_every_write_is_journaled_and_the_chain_verifies(session):
    before = len(journal.list_entries(session=session, limit=10_000))
    units.add_unit(session=session, unit_in=units.UnitIn(name="示范县教育局", kind="政府部门"))
    units.update_unit(session=session, name="示范县教育局", changes={"liaison_name": "吴敏"})
    rows = journal.list_entries(session=session, limit=10_000)
    assert len(rows) == before + 2
    assert rows[0].action == "update"
    assert rows[0].before["liaison_name"] == ""
    assert rows[0].after["liaison_name"] == "吴敏"
    assert rows[0].actor == "测试员"
    result = journal.verify(session=session)
    assert result.broken_at is None
    assert result.checked == len(rows)


def test_edited_row_is_detected(session):
    row = journal.list_entries(session=session, limit=1)[0]
    session.execute(text("UPDATE journal SET actor = '某人' WHERE id = :id"), {"id": row.id})
    session.expire_all()
    assert journal.verify(session=session).broken_at == row.id


def test_deleted_row_is_detected(session):
    rows = journal.list_entries(session=session, limit=3)
    session.execute(text("DELETE FROM journal WHERE id = :id"), {"id": rows[1].id})
    session.expire_all()
    assert journal.verify(session=session).broken_at == rows[0].id


def test_case_rows_carry_case_id(session):
    from datetime import date

    case = cases.add_case(
        session=session,
        case_in=cases.CaseIn(
            case_no="（2024）豫0591行初1号",
            category="行政诉讼",
            unit="县住建局",
            filed_on=date(2024, 3, 1),
            parties=["王五"],
        ),
        today=date(2025, 6, 30),
        types=cases.type_table(),
    )
    rows = journal.list_entries(session=session, case_id=case.id)
    assert {r.entity for r in rows} == {"case", "case_party"}


# --- the chain's head, kept in the session within a transaction -------------------------


def _verified(db_url: str) -> int:
    from fylink.db import session_scope

    with session_scope(db_url, write=False) as reader:
        result = journal.verify(session=reader)
    assert result.broken_at is None, result.reason
    return result.checked


def test_the_head_is_looked_up_again_after_a_rollback(db_url, initialized):
    from fylink.db import session_scope

    before = _verified(db_url)
    with session_scope(db_url, actor="测试员", command="pytest") as session:
        journal.record(session, action="insert", entity="x", entity_id=1)
        journal.record_many(session, [journal.Entry(action="insert", entity="x", entity_id=2)])
        session.rollback()  # both rows are gone: the next row links to the last stored one
        journal.record(session, action="insert", entity="x", entity_id=3)
    assert _verified(db_url) == before + 1


def test_the_head_is_looked_up_again_after_a_rolled_back_savepoint(db_url, initialized):
    from fylink.db import session_scope

    before = _verified(db_url)
    with session_scope(db_url, actor="测试员", command="pytest") as session:
        journal.record(session, action="insert", entity="x", entity_id=1)
        savepoint = session.begin_nested()
        journal.record(session, action="insert", entity="x", entity_id=2)
        savepoint.rollback()
        journal.record(session, action="insert", entity="x", entity_id=3)
        savepoint = session.begin_nested()
        journal.record(session, action="insert", entity="x", entity_id=4)
        savepoint.commit()
        journal.record(session, action="insert", entity="x", entity_id=5)
    assert _verified(db_url) == before + 4


def test_a_session_sees_rows_another_writer_added_between_its_transactions(db_url, initialized):
    """One Session object, two transactions, another command writing in between: the
    second transaction must link to the other command's row, not to its own last one."""
    from sqlmodel import Session

    from fylink.db import engine_for, session_scope

    before = _verified(db_url)
    with Session(engine_for(db_url, write=True)) as long_lived:
        long_lived.info.update(actor="测试员", command="pytest")
        journal.record(long_lived, action="insert", entity="x", entity_id=1)
        long_lived.commit()
        with session_scope(db_url, actor="另一人", command="pytest") as other:
            journal.record(other, action="insert", entity="x", entity_id=2)
        journal.record(long_lived, action="insert", entity="x", entity_id=3)
        journal.record(long_lived, action="insert", entity="x", entity_id=4)
        long_lived.commit()
    assert _verified(db_url) == before + 4


def test_rows_of_one_transaction_need_one_lookup_of_the_head(db_url, session):
    """Within a transaction the head is remembered: one SELECT for many rows."""
    from sqlalchemy import event

    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        if "FROM journal" in statement:
            statements.append(statement)

    engine = session.get_bind().engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        for n in range(5):
            journal.record(session, action="insert", entity="x", entity_id=n)
        journal.record_many(session, [journal.Entry(action="insert", entity="x", entity_id=9)])
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert len(statements) <= 1


# --- the one write path: insert, changing/update, delete -------------------------------------


def _last(session):
    return journal.list_entries(session=session, limit=1)[0]


def test_an_update_journals_whole_images_and_sets_updated_at(session):
    from fylink.models import Unit

    unit = units.add_unit(
        session=session, unit_in=units.UnitIn(name="示范县水利局", kind="政府部门")
    )
    stored_before = journal.snapshot(unit)
    journal.update(session, unit, {"region": "东区"})
    row = _last(session)
    assert (row.action, row.entity, row.entity_id) == ("update", "unit", unit.id)
    # The before image is the whole row as it was: enough to restore it.
    assert row.before == stored_before
    assert set(row.before) == set(Unit.model_fields)
    assert row.after == journal.snapshot(unit)
    assert row.after["region"] == "东区"
    assert row.after["updated_at"] > row.before["updated_at"]


def test_a_change_that_fails_journals_nothing(session):
    unit = units.add_unit(
        session=session, unit_in=units.UnitIn(name="示范县林业局", kind="政府部门")
    )
    count = len(journal.list_entries(session=session, limit=10_000))
    try:
        with journal.changing(session, unit):
            raise ValueError("refused")
    except ValueError:
        pass
    assert len(journal.list_entries(session=session, limit=10_000)) == count


def test_a_delete_journals_the_whole_row(session):
    from datetime import date

    from fylink.services import calendar

    row = calendar.add_override(session=session, day=date(2031, 1, 2), kind=calendar.HOLIDAY)
    image = journal.snapshot(row)
    calendar.remove_override(session=session, day=date(2031, 1, 2))
    entry = _last(session)
    assert (entry.action, entry.entity, entry.before, entry.after) == (
        "delete",
        "calendar_override",
        image,
        None,
    )


def test_refreshed_deadlines_touch_updated_at(session):
    """calendar.refresh_deadlines once moved a task's due date without updated_at."""
    from datetime import date

    from fylink.config import CalendarSettings
    from fylink.domain.calendar import WorkCalendar
    from fylink.services import calendar, tasks

    task = tasks.add_task(
        session=session,
        task_in=tasks.TaskIn(content="清理积案", lead="县住建局", due="15个工作日"),
        calendar=WorkCalendar(),
        today=date(2031, 1, 6),
    )
    # The 2031 calendar is not published: the deadline is provisional, so it is recounted.
    assert task.due_provisional
    stamp = task.updated_at
    holiday = date(2031, 1, 8)
    calendar.add_override(session=session, day=holiday, kind=calendar.HOLIDAY)
    office = calendar.work_calendar(session=session, settings=CalendarSettings())
    moved = calendar.refresh_deadlines(session=session, calendar=office, day=holiday)
    assert moved.tasks == 1
    entry = _last(session)
    assert (entry.action, entry.entity, entry.entity_id) == ("update", "task", task.id)
    assert entry.before["due_on"] != entry.after["due_on"]
    assert task.updated_at > stamp
