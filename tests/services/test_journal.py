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
