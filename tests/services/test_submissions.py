"""报送 and the 市县 roll-up (issue #18): a county's package collected at a city on a
separate database, returned, resubmitted, accepted and rolled up with a county whose units
share the city's database; tampered, duplicate and wrong-period packages refused.

Runs on SQLite and, with FYLINK_TEST_PG_URL, on PostgreSQL: the city is ``db_url``, the
county a second database of the same engine (``fresh_db_url``).
"""

import json
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from fylink import db, tables
from fylink.config import SubmitSettings
from fylink.domain.indicators import Period
from fylink.errors import ConflictError, SubmissionRefused
from fylink.services import office as office_service
from fylink.services import reports, submissions
from helpers import DATA
from report_fixture import case_row, insert_cases, set_region, unit_ids

Q3 = Period(2025, 3)
CITY = "示范市府院联动办公室"
# 东城县 is listed too: its units are in the city database, so it is never "missing"
SETTINGS = SubmitSettings(region_code="410500", counties=["示范县", "西山县", "东城县"])


def _office(url: str, name: str, region: str) -> None:
    db.upgrade(url)
    roster = office_service.read_roster(DATA / "roster.yaml")
    with db.session_scope(url, actor="测试员", command="pytest") as session:
        office_service.init_office(session=session, name=name, region=region)
        office_service.load_roster(session=session, roster=roster)


def _litigation(unit: int, filed: int, losses: int, others: int) -> list[dict]:
    """``filed`` first-instance suits filed in 2025 Q3, and ``losses``+``others`` closed."""
    rows = [case_row(unit_id=unit, filed_on=date(2025, 7, 1 + i)) for i in range(filed)]
    rows += [
        case_row(
            unit_id=unit,
            filed_on=date(2024, 3, 1),
            closed_on=date(2025, 8, 1 + i),
            outcome="撤销" if i < losses else "驳回诉讼请求",
        )
        for i in range(losses + others)
    ]
    return rows


@pytest.fixture
def county(fresh_db_url: str) -> str:
    """示范县 on its own database: 4 suits filed in Q3, 1 lost of 5 closed (20.0%)."""
    _office(fresh_db_url, "示范县府院联动办公室", "示范县")
    with db.session_scope(fresh_db_url, actor="测试员", command="pytest") as session:
        units = unit_ids(session)
        insert_cases(session, _litigation(units["县住建局"], 4, 1, 4))
    return fresh_db_url


@pytest.fixture
def city(db_url: str) -> str:
    """示范市: 1 suit of its own (0 lost of 1); 东城县's unit in the same database: 3 filed,
    1 lost of 2 (50.0%)."""
    _office(db_url, CITY, "示范市")
    with db.session_scope(db_url, actor="测试员", command="pytest") as session:
        # the roster files its units under 示范县: here they are the city's own
        session.execute(update(tables.unit).values(region="示范市"))
        set_region(session, "县人社局", "东城县")
        units = unit_ids(session)
        insert_cases(
            session,
            _litigation(units["县住建局"], 1, 0, 1) + _litigation(units["县人社局"], 3, 1, 1),
        )
    return db_url


def _submit(url: str, out: Path, today: date, algo: str = "sha256") -> submissions.Package:
    with db.session_scope(url, actor="李华", command="pytest") as session:
        return submissions.make_package(
            session=session,
            period=Q3,
            today=today,
            out=out,
            options=reports.Options(),
            submit=SETTINGS,
            to=CITY,
            filled_by="李华",
            algo=algo,
        )


def _collect(url: str, paths: list[Path], today: date, period: Period = Q3):
    with db.session_scope(url, actor="王芳", command="pytest") as session:
        stored = submissions.collect(
            session=session, paths=paths, period=period, today=today, submit=SETTINGS
        )
        return [(row.id, old.id if old else None) for row, old in stored]


def _review(url: str, today: date, *, accept: bool, reason: str = ""):
    with db.session_scope(url, actor="王芳", command="pytest") as session:
        row = submissions.review(
            session=session,
            region="示范县",
            period=None,
            accept=accept,
            reason=reason,
            today=today,
            actor="王芳",
        )
        return row.state, row.reason


def _count(url: str) -> int:
    with db.session_scope(url, write=False) as session:
        return int(
            session.execute(select(func.count()).select_from(tables.region_return)).scalar_one()
        )


def test_collected_returned_resubmitted_accepted_and_rolled_up(county, city, tmp_path) -> None:
    first = _submit(county, tmp_path / "first.zip", date(2025, 10, 9))
    manifest = first.manifest
    assert manifest["office"] == {
        "name": "示范县府院联动办公室",
        "region": "示范县",
        "region_code": "410500",
    }
    assert (manifest["to"], manifest["filled_by"], manifest["made_on"]) == (
        CITY,
        "李华",
        "2025-10-09",
    )
    assert manifest["period"]["code"] == "2025Q3"
    assert len(first.digest) == 64
    with zipfile.ZipFile(first.path) as archive:
        assert sorted(archive.namelist()) == ["figures.json", "figures.xlsx", "manifest.json"]
        figures = json.loads(archive.read("figures.json"))
    assert figures["sums"]["current"]["litigation_filed__n"] == 4
    assert (
        figures["sums"]["current"]["loss_rate__n"],
        figures["sums"]["current"]["loss_rate__d"],
    ) == (1, 5)
    assert figures["report"]["definitions"]["loss_rate"]["name"] == "行政机关败诉率"

    assert _collect(city, [first.path], date(2025, 10, 9)) == [(1, None)]
    assert _review(city, date(2025, 10, 10), accept=False, reason="败诉率请按终审结果统计") == (
        "退回",
        "败诉率请按终审结果统计",
    )
    second = _submit(county, tmp_path / "second.zip", date(2025, 10, 12))
    assert second.digest != first.digest
    assert _collect(city, [second.path], date(2025, 10, 12)) == [(2, 1)]
    assert _review(city, date(2025, 10, 13), accept=True) == ("通过", "")
    with pytest.raises(ConflictError, match="已通过，只能审核待审的报送"):
        _review(city, date(2025, 10, 13), accept=True)

    with db.session_scope(city, write=False) as session:
        listing = submissions.list_returns(
            session=session, period=Q3, today=date(2025, 10, 13), submit=SETTINGS
        )
        rollup = submissions.by_region(
            session=session,
            period=Q3,
            today=date(2025, 10, 13),
            options=reports.Options(),
            submit=SETTINGS,
        )
    history = [(r["id"], r["state"], r["superseded"], r["late"]) for r in listing["returns"]]
    # the returned one is kept; the resubmission came after 10月10日
    assert history == [(1, "退回", True, False), (2, "通过", False, True)]
    assert listing["due"] == "2025-10-10"
    assert listing["missing"] == [{"region": "西山县", "due": "2025-10-10", "overdue": True}]

    rows = {r["region"]: r for r in rollup["regions"]}
    assert list(rows) == ["示范市（本级）", "东城县", "示范县"]
    assert [rows[r]["source"] for r in rows] == ["本库台账", "本库台账", "报送包"]
    filed = {r: rows[r]["indicators"]["litigation_filed"]["numerator"] for r in rows}
    assert filed == {"示范市（本级）": 1, "东城县": 3, "示范县": 4}
    loss = {r: rows[r]["indicators"]["loss_rate"]["fraction"] for r in rows}
    assert loss == {"示范市（本级）": "0/1", "东城县": "1/2", "示范县": "1/5"}
    # summed numerators over summed denominators: 2/8 = 25.0%, not the mean 23.3%
    city_loss = rollup["city"]["loss_rate"]
    assert (city_loss["fraction"], city_loss["display"]) == ("2/8", "25.0%")
    assert rollup["city"]["litigation_filed"]["numerator"] == 8
    assert rollup["late"] == [{"region": "示范县", "received_on": "2025-10-12"}]
    assert [m["region"] for m in rollup["missing"]] == ["西山县"]


def test_tampered_duplicate_and_wrong_period_packages_are_refused(county, city, tmp_path) -> None:
    package = _submit(county, tmp_path / "county.zip", date(2025, 10, 9))
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(package.path) as source, zipfile.ZipFile(tampered, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "figures.json":
                data = data.replace(b'"litigation_filed__n":4', b'"litigation_filed__n":2')
            target.writestr(name, data)
    with pytest.raises(SubmissionRefused, match="摘要核验不符：文件在生成后被改动过"):
        _collect(city, [tampered], date(2025, 10, 9))
    with pytest.raises(SubmissionRefused, match="不是要收的2025年第二季度的"):
        _collect(city, [package.path], date(2025, 10, 9), period=Period(2025, 2))
    # all or nothing: a good package beside a tampered one is not stored either
    with pytest.raises(SubmissionRefused):
        _collect(city, [package.path, tampered], date(2025, 10, 9))
    assert _count(city) == 0
    _collect(city, [package.path], date(2025, 10, 9))
    with pytest.raises(SubmissionRefused, match="已于2025-10-09收过"):
        _collect(city, [package.path], date(2025, 10, 10))
    assert _count(city) == 1


def test_a_county_in_the_city_database_sends_no_package(city, tmp_path) -> None:
    # a package from 东城县, whose units are in the city's register, would count twice
    side = "sqlite:///" + str(tmp_path / "dongcheng.db")
    _office(side, "东城县府院联动办公室", "东城县")
    package = _submit(side, tmp_path / "dongcheng.zip", date(2025, 10, 9))
    with pytest.raises(SubmissionRefused, match="东城县的单位登记在本库中"):
        _collect(city, [package.path], date(2025, 10, 9))


def test_sm3_digest(county, city, tmp_path) -> None:
    if not submissions.digest_available("sm3"):
        pytest.skip("this Python has no SM3")
    package = _submit(county, tmp_path / "sm3.zip", date(2025, 10, 9), algo="sm3")
    assert package.manifest["digest_algo"] == "sm3"
    assert len(package.digest) == 64
    assert _collect(city, [package.path], date(2025, 10, 9)) == [(1, None)]


def test_national_form_read_back_from_the_xlsx(county, tmp_path) -> None:
    from openpyxl import load_workbook

    from fylink.documents.national_workbook import write_workbook
    from fylink.services import national

    with db.session_scope(county, actor="测试员", command="pytest") as session:
        units = unit_ids(session)
        insert_cases(
            session,
            [
                # 复议: one decided (维持) in Q3, one still open, one closed before Q3
                case_row(
                    unit_id=units["县人社局"],
                    category="行政复议",
                    filed_on=date(2025, 7, 3),
                    closed_on=date(2025, 9, 1),
                    outcome="维持",
                ),
                case_row(unit_id=units["县人社局"], category="行政复议", filed_on=date(2025, 8, 1)),
                case_row(
                    unit_id=units["县人社局"],
                    category="行政复议",
                    filed_on=date(2025, 3, 1),
                    closed_on=date(2025, 5, 1),
                    outcome="撤销",
                ),
                # an appeal is not a first-instance suit: not on the 应诉 form
                case_row(unit_id=units["县住建局"], filed_on=date(2025, 7, 9), instance="二审"),
            ],
        )
    with db.session_scope(county, write=False) as session:
        data = national.build(session=session, period=Q3, today=date(2025, 10, 9))
    out = tmp_path / "national.xlsx"
    write_workbook(data, out, filled_by="李华")
    book = load_workbook(out)
    assert book.sheetnames == ["行政复议", "行政应诉"]
    suits = book["行政应诉"]
    assert suits["A1"].value == "行政应诉案件统计表"
    assert suits["A2"].value == "填报机关：示范县府院联动办公室"
    assert suits["E2"].value == "统计期间：2025年第三季度（2025-07-01至2025-09-30）"
    header = [c.value for c in suits[3]]
    assert header[:7] == [
        "填报单位（被申请人/被告）",
        "旧存",
        "新收",
        "收案合计",
        "结案合计",
        "驳回诉讼请求",
        "撤销",
    ]
    assert header[-2:] == ["其他", "未结"]
    rows = [[c.value for c in row] for row in suits.iter_rows(min_row=4, max_row=5)]
    # 县住建局: 5 carried over (filed 2024, closed in Aug), 4 new; 5 closed: 4 驳回, 1 撤销; 4 open
    expected = ["示范县住房和城乡建设局", 5, 4, 9, 5, 4, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4]
    assert rows[0] == expected
    assert rows[1] == ["合计", *expected[1:]]
    appeals = book["行政复议"]
    rows = [[c.value for c in row] for row in appeals.iter_rows(min_row=3, max_row=5)]
    assert rows[0][:6] == [
        "填报单位（被申请人/被告）",
        "旧存",
        "新收",
        "收案合计",
        "结案合计",
        "维持",
    ]
    assert rows[1] == ["示范县人力资源和社会保障局", 0, 2, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]
    assert rows[2][0] == "合计"
    assert appeals["A7"].value == "填报人：李华"
