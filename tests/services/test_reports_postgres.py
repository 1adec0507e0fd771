"""The report on PostgreSQL gives exactly the figures it gives on SQLite.

Runs when FYLINK_TEST_PG_URL names a database the tests may empty and fill.
"""

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from fylink import db
from fylink.domain.indicators import KEYS, Period
from fylink.services import office as office_service
from fylink.services import reports
from helpers import DATA
from report_fixture import (
    EXPECTED,
    POPULATION,
    build_template,
    case_row,
    insert_cases,
    small_office,
    unit_ids,
)

pytestmark = pytest.mark.postgres

TODAY = date(2025, 6, 30)
Q2 = Period(2025, 2)
OPTIONS = reports.Options(population=POPULATION)


def _empty(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def _report(url: str, **kwargs: Any) -> dict[str, Any]:
    with db.session_scope(url, write=False) as session:
        return reports.build_report(
            session=session, period=Q2, today=TODAY, options=OPTIONS, **kwargs
        )


@pytest.fixture
def pg_office(pg_url: str) -> str:
    _empty(pg_url)
    build_template_on(pg_url)
    return pg_url


def build_template_on(url: str) -> None:
    """build_template() for a server database (it creates SQLite files by path)."""
    db.upgrade(url)
    roster = office_service.read_roster(DATA / "roster.yaml")
    with db.session_scope(url, actor="测试员", command="pytest") as session:
        office_service.init_office(
            session=session,
            name=roster["office"]["name"],
            region=roster["office"]["region"],
        )
        office_service.load_roster(session=session, roster=roster)
        small_office(session)


def test_every_figure_matches_the_hand_count(pg_office: str) -> None:
    report = _report(pg_office, trend=True)
    for key, expected in EXPECTED.items():
        for field, value in expected.items():
            assert report["indicators"][key][field] == value, (key, field)


def test_same_report_as_sqlite(pg_office: str, tmp_path: Path) -> None:
    sqlite_url = "sqlite:///" + str(build_template(tmp_path / "same.db", with_office=True))
    on_pg = _report(pg_office, trend=True)
    on_sqlite = _report(sqlite_url, trend=True)
    assert list(on_pg["indicators"]) == list(KEYS)
    assert on_pg == on_sqlite


def test_explain_publish_and_diff(pg_office: str) -> None:
    with db.session_scope(pg_office, write=False) as session:
        data = reports.explain(session=session, key="loss_rate", period=Q2, today=TODAY)
    assert (data["total"], sum(r["in_numerator"] for r in data["records"])) == (6, 2)
    with db.session_scope(pg_office, actor="测试员", command="pytest") as session:
        reports.publish(session=session, period=Q2, today=TODAY, options=OPTIONS)
    with db.session_scope(pg_office, actor="测试员", command="pytest") as session:
        ids = unit_ids(session)
        insert_cases(
            session,
            [
                case_row(
                    unit_id=ids["县住建局"],
                    filed_on=date(2024, 11, 1),
                    closed_on=date(2025, 6, 20),
                    outcome="撤销",
                )
            ],
        )
    with db.session_scope(pg_office, write=False) as session:
        frozen = reports.published(session=session, period=Q2)
        result = reports.diff(session=session, period=Q2, today=TODAY)
    assert frozen.data["indicators"]["loss_rate"]["fraction"] == "2/6"
    loss = next(c for c in result["changes"] if c["unit"] == "" and c["key"] == "loss_rate")
    assert loss["now"]["fraction"] == "3/7"
