"""Finding a unit by name: the ORM lookup and the Core one (the report's) agree."""

import pytest

from fylink.db import read_scope
from fylink.errors import InvalidInputError, NotFoundError
from fylink.services.unit_names import find_unit_row
from fylink.services.units import find_unit


def test_full_name_short_name_and_id(session, db_url):
    by_full = find_unit(session=session, name="示范县财政局")
    assert find_unit(session=session, name="县财政局").id == by_full.id
    assert find_unit(session=session, name=f" {by_full.id} ").id == by_full.id
    session.commit()
    with read_scope(db_url) as connection:
        row = find_unit_row(connection, "县财政局")
    assert (row.id, row.name, row.short_name) == (by_full.id, "示范县财政局", "县财政局")


def test_unknown_and_empty_names(session, db_url):
    with pytest.raises(NotFoundError) as orm_error:
        find_unit(session=session, name="县国土局")
    session.commit()
    with read_scope(db_url) as connection:
        with pytest.raises(NotFoundError) as core_error:
            find_unit_row(connection, "县国土局")
        with pytest.raises(InvalidInputError):
            find_unit_row(connection, "  ")
    assert str(orm_error.value) == str(core_error.value)
    assert "是否指：县财政局（示范县财政局）" in str(core_error.value)
