"""The import engine with the case schema, on a real SQLite file."""

import csv
import dataclasses
import multiprocessing
from datetime import date
from pathlib import Path

import pytest

from fylink.db import session_scope
from fylink.errors import FylinkError, InvalidInputError, NotFoundError
from fylink.models import Case, CaseParty, Journal, Party
from fylink.services import cases, journal
from fylink.services.case_list import CaseFilter
from fylink.transfer import cases as transfer_cases
from fylink.transfer import engine as transfer
from fylink.transfer.engine import DryRunFinished, ImportOptions, ImportRejected
from helpers import db_dump

TODAY = date(2025, 6, 30)
HEADER = ["案号", "类别", "领域", "被申请人/被告", "申请人/原告", "立案日期", "结案日期", "结果"]
ID_ZHANG = "410502198510151232"
ID_LI = "440304199001010011"
CREDIT = "91110108551385082Q"


def write_csv(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def run(db_url: str, path: Path, **options) -> transfer.ImportReport:
    with session_scope(db_url, actor="测试员", command="pytest import") as session:
        return transfer_cases.import_cases(
            session=session,
            path=path,
            options=ImportOptions(**options),
            today=TODAY,
            types=cases.type_table(),
        )


def rejected(db_url: str, path: Path, **options) -> transfer.ImportReport:
    with pytest.raises(ImportRejected) as caught:
        run(db_url, path, **options)
    return caught.value.report


def query(db_url: str, statement):
    with session_scope(db_url, write=False) as session:
        return session.exec(statement).all()


def errors(report: transfer.ImportReport) -> list[tuple[int, str, str]]:
    return [(e.row, e.column, e.message) for e in report.errors]


GOOD = [
    [
        "（2024）豫0591行初5号",
        "行政诉讼",
        "土地征收",
        "县自然资源局",
        f"张三:{ID_ZHANG}、示范县宏达建材有限公司:{CREDIT}",
        "2024-03-01",
        "2024-09-30",
        "撤销",
    ],
    [
        "示政复〔2024〕12号",
        "行政复议",
        "社会保障",
        "县人社局",
        f"李四:{ID_LI}；王五",
        "2024/4/2",
        "",
        "",
    ],
]


def test_import_creates_cases_with_their_parties(tmp_path, db_url, initialized):
    report = run(db_url, write_csv(tmp_path / "in.csv", GOOD))
    assert (report.rows, report.created, report.unchanged, report.errors) == (2, 2, 0, [])
    assert report.written
    litigation, review = query(db_url, Case.__table__.select().order_by(Case.__table__.c.id))
    assert litigation.case_no == "（2024）豫0591行初5号"
    assert (litigation.status, litigation.outcome, litigation.is_loss) == ("已结", "撤销", True)
    assert litigation.court_level == "基层"
    assert (review.status, review.filed_on) == ("在办", date(2024, 4, 2))
    links = query(
        db_url,
        CaseParty.__table__.select()
        .with_only_columns(CaseParty.__table__.c.role, Party.__table__.c.name)
        .join(Party.__table__)
        .order_by(CaseParty.__table__.c.id),
    )
    assert [tuple(r) for r in links] == [
        ("原告", "张三"),
        ("原告", "示范县宏达建材有限公司"),
        ("申请人", "李四"),
        ("申请人", "王五"),
    ]


def test_the_journal_records_each_case_and_its_chain_holds(tmp_path, db_url, initialized):
    run(db_url, write_csv(tmp_path / "in.csv", GOOD))
    with session_scope(db_url, write=False) as session:
        rows = journal.list_entries(session=session, entity="case")
        assert len(rows) == 2
        first = rows[-1]
        assert first.command == "pytest import"
        assert first.after["case_no"] == "（2024）豫0591行初5号"
        assert first.after["parties"] == [
            {"party": "张三", "role": "原告"},
            {"party": "示范县宏达建材有限公司", "role": "原告"},
        ]
        (parties,) = journal.list_entries(session=session, entity="party")
        assert {p["name"]: p["id_number"] for p in parties.after["parties"]} == {
            "张三": "410502********1232",
            "示范县宏达建材有限公司": CREDIT,
            "李四": "440304********0011",
            "王五": None,
        }
        assert journal.verify(session=session).broken_at is None


def test_importing_the_same_file_again_changes_nothing(tmp_path, db_url, initialized):
    path = write_csv(tmp_path / "in.csv", GOOD)
    run(db_url, path)
    before = db_dump(db_url)
    report = run(db_url, path)
    assert (report.created, report.updated, report.unchanged) == (0, 0, 2)
    assert db_dump(db_url) == before


def test_bad_rows_are_reported_by_row_and_column_and_nothing_is_written(
    tmp_path, db_url, initialized
):
    path = tmp_path / "in.csv"
    path.write_text(
        "示范县行政争议台账\n"
        + ",".join(HEADER)
        + "\n"
        + "\n".join(
            [
                ",".join(GOOD[0]),
                "（2024）豫0591行初6号,行政诉讼,,县国土局,张三,2024-13-01,,",
                "（2024）豫591行初7号,行政诉讼,,县自然资源局,,2024-03-01,,",
                "示政复〔2024〕13号,行政复议,,县人社局,,2024-03-01,2024-05-01,判决",
                "（2024）豫0591行初5号,行政诉讼,,县自然资源局,,2024-03-01,,",
                ",,,,,,,",
                "示政复〔2024〕14号,行政复议,,县人社局,,2024-03-01,2024-05-01,",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    before = db_dump(db_url)
    report = rejected(db_url, path)
    assert report.header_row == 2
    assert report.rows == 6
    assert report.invalid == 5
    assert not report.written
    assert errors(report) == [
        (
            4,
            "被申请人/被告（D列）",
            "单位“县国土局”不存在，是否指：县财政局（示范县财政局）、县税务局（国家税务总局示范县税务局）、县城管局（示范县城市管理局）",
        ),
        (4, "立案日期（F列）", "立案日期“2024-13-01”不是真实存在的日期"),
        (
            5,
            "案号（A列）",
            "案号“（2024）豫591行初7号”的法院代字“豫591”应为省份简称加2位（中级法院）"
            "或4位（基层法院）数字",
        ),
        (
            6,
            "结果（H列）",
            "“判决”不是行政复议案件的结案结果，可选：撤销、变更、确认违法、责令履行、"
            "确认无效、责令承担协议责任、维持、驳回、调解、和解、撤回申请、终止",
        ),
        (7, "案号（A列）", "案号“（2024）豫0591行初5号”与第3行重复"),
        (9, "结果（H列）", "填写了结案日期，须同时填写结果"),
    ]
    assert db_dump(db_url) == before


def test_skip_invalid_writes_the_good_rows(tmp_path, db_url, initialized):
    bad = ["（2024）豫0591行初6号", "行政诉讼", "", "县国土局", "", "2024-03-01", "", ""]
    report = run(db_url, write_csv(tmp_path / "in.csv", [GOOD[0], bad, GOOD[1]]), skip_invalid=True)
    assert (report.created, report.invalid, report.written) == (2, 1, True)
    assert len(query(db_url, Case.__table__.select())) == 2


@pytest.mark.parametrize(
    ("row", "case_in"),
    [
        (
            ["（2026）豫0591行初1号", "行政诉讼", "", "县自然资源局", "", "2026-01-05", "", ""],
            {"case_no": "（2026）豫0591行初1号", "filed_on": date(2026, 1, 5)},
        ),
        (
            ["（2024）豫0591民初01号", "行政诉讼", "", "县自然资源局", "", "2024-01-05", "", ""],
            {"case_no": "（2024）豫0591民初01号"},
        ),
        (
            [
                "X-1",
                "行政复议",
                "",
                "县自然资源局",
                "张三:410502198510151233",
                "2024-01-05",
                "",
                "",
            ],
            {"case_no": "X-1", "category": "行政复议", "parties": ["张三:410502198510151233"]},
        ),
        (
            ["（2025）豫0502民初77号", "行政诉讼", "", "县自然资源局", "", "2025-01-05", "", ""],
            {"case_no": "（2025）豫0502民初77号", "filed_on": date(2025, 1, 5)},
        ),
        (
            ["X-2", "复议", "", "县自然资源局", "", "2024-01-05", "", ""],
            {"case_no": "X-2", "category": "复议"},
        ),
        (
            ["X-3", "行政复议", "", "县国土局", "", "2024-01-05", "", ""],
            {"case_no": "X-3", "category": "行政复议", "unit": "县国土局"},
        ),
        (
            ["（2015）豫0591行初1号", "行政诉讼", "", "县自然资源局", "", "2015-01-05", "", ""],
            {"case_no": "（2015）豫0591行初1号", "filed_on": date(2015, 1, 5)},
        ),
    ],
)
def test_rows_are_refused_with_the_words_of_case_add(tmp_path, db_url, initialized, row, case_in):
    """The import and ``case add`` share their rules: same refusal, same message."""
    values = {
        "category": "行政诉讼",
        "unit": "县自然资源局",
        "filed_on": date(2024, 1, 5),
        **case_in,
    }
    # The direct attempt runs in its own transaction: one writer at a time (on PostgreSQL
    # the writer lock is held until the session ends, not just the transaction).
    with (
        pytest.raises(FylinkError) as direct,
        session_scope(db_url, actor="测试员", command="pytest add") as session,
    ):
        cases.add_case(
            session=session, case_in=cases.CaseIn(**values), today=TODAY, types=cases.type_table()
        )
    report = rejected(db_url, write_csv(tmp_path / "in.csv", [row]))
    assert [e.message for e in report.errors] == [direct.value.message]


def test_a_party_id_on_file_under_another_name_is_refused(tmp_path, db_url, initialized):
    run(db_url, write_csv(tmp_path / "a.csv", [GOOD[0]]))
    row = ["X-9", "行政复议", "", "县人社局", f"张山:{ID_ZHANG}", "2024-03-01", "", ""]
    report = rejected(db_url, write_csv(tmp_path / "b.csv", [row]))
    assert errors(report) == [
        (2, "申请人/原告（E列）", "证件号码已登记在当事人“张三”名下，与“张山”不一致")
    ]


def test_a_new_party_named_in_two_rows_is_one_party(tmp_path, db_url, initialized):
    rows = [
        ["X-1", "行政复议", "", "县人社局", f"李四:{ID_LI}", "2024-03-01", "", ""],
        ["X-2", "行政复议", "", "县人社局", f"李四:{ID_LI}、某某公司", "2024-03-02", "", ""],
        ["X-3", "行政复议", "", "县人社局", "某某公司", "2024-03-03", "", ""],
    ]
    run(db_url, write_csv(tmp_path / "in.csv", rows), chunk_size=2)
    names = [p.name for p in query(db_url, Party.__table__.select())]
    assert sorted(names) == ["李四", "某某公司"]


def test_duplicates_are_found_across_chunks(tmp_path, db_url, initialized):
    other = ["X-3", "行政复议", "", "县人社局", "", "2024-03-03", "", ""]
    rows = [GOOD[0], GOOD[1], other, GOOD[1]]
    report = rejected(db_url, write_csv(tmp_path / "in.csv", rows), chunk_size=2)
    assert errors(report) == [(5, "案号（A列）", "案号“示政复〔2024〕12号”与第3行重复")]


def test_masked_ids_match_the_party_on_file(tmp_path, db_url, initialized):
    run(db_url, write_csv(tmp_path / "a.csv", [GOOD[0]]))
    masked = [
        [*GOOD[0][:4], f"张三:410502********1232、示范县宏达建材有限公司:{CREDIT}", *GOOD[0][5:]]
    ]
    report = run(db_url, write_csv(tmp_path / "b.csv", masked))
    assert report.unchanged == 1
    assert "1 个当事人的证件号码是脱敏形式" in report.notes[0]


def test_masked_ids_in_a_new_database_give_parties_without_id(tmp_path, db_url, initialized):
    row = ["X-1", "行政复议", "", "县人社局", "张三:410502********1232", "2024-03-01", "", ""]
    path = write_csv(tmp_path / "in.csv", [row])
    run(db_url, path)
    (party,) = query(db_url, Party.__table__.select())
    assert (party.name, party.id_number) == ("张三", None)
    assert run(db_url, path).unchanged == 1


def test_a_half_masked_id_is_refused(tmp_path, db_url, initialized):
    row = ["X-1", "行政复议", "", "县人社局", "张三:4105***", "2024-03-01", "", ""]
    report = rejected(db_url, write_csv(tmp_path / "in.csv", [row]))
    assert report.errors[0].message == (
        "当事人“张三”的证件号码含“*”：请填写完整的身份证号码或统一社会信用代码"
    )


# --- update ----------------------------------------------------------------------


def test_differing_rows_are_only_counted_without_update(tmp_path, db_url, initialized):
    run(db_url, write_csv(tmp_path / "a.csv", GOOD))
    before = db_dump(db_url)
    changed = [[*GOOD[0][:2], "房屋征收拆迁", *GOOD[0][3:]], GOOD[1]]
    report = run(db_url, write_csv(tmp_path / "b.csv", changed))
    assert (report.differing, report.unchanged, report.differing_keys) == (
        1,
        1,
        ["（2024）豫0591行初5号"],
    )
    assert db_dump(db_url) == before


def test_update_applies_the_changed_cells_and_journals_them(tmp_path, db_url, initialized):
    run(db_url, write_csv(tmp_path / "a.csv", GOOD))
    header = [*HEADER, "负责人是否出庭", "出庭负责人职级", "案情摘要"]
    rows = [
        # 领域 changes; 申请人 loses the company and gains 李四; summary is new.
        [
            *["（2024）豫0591行初5号", "行政诉讼", "房屋征收拆迁", "县自然资源局"],
            *[f"张三、李四:{ID_LI}", "2024-03-01", "2024-09-30", "撤销", "是", "正职", "补偿"],
        ],
        # Closing an open case; empty cells (领域, 申请人) leave what is on file.
        [
            *["示政复〔2024〕12号", "行政复议", "", "县人社局", "", "2024-04-02", "2024-06-01"],
            *["维持", "", "", ""],
        ],
    ]
    report = run(db_url, write_csv(tmp_path / "b.csv", rows, header), update=True)
    assert (report.updated, report.errors) == (2, [])
    litigation, review = query(db_url, Case.__table__.select().order_by(Case.__table__.c.id))
    assert (litigation.field, litigation.head_rank, litigation.head_appeared) == (
        "房屋征收拆迁",
        "正职",
        True,
    )
    assert (review.field, review.status, review.outcome, review.is_judgment) == (
        "社会保障",
        "已结",
        "维持",
        True,
    )
    with session_scope(db_url, write=False) as session:
        detail = cases.case_detail(session=session, case_no="（2024）豫0591行初5号")
        assert [p.name for p, _ in detail.parties] == ["张三", "李四"]
        update = next(r for r in journal.list_entries(session=session, entity="case"))
        assert update.action == "update"
        assert (update.before["status"], update.after["status"]) == ("在办", "已结")
        links = journal.list_entries(session=session, entity="case_party")
        assert {(r.action, (r.after or r.before)["party"]) for r in links} == {
            ("insert", "李四"),
            ("delete", "示范县宏达建材有限公司"),
        }
        assert journal.verify(session=session).broken_at is None
    assert run(db_url, write_csv(tmp_path / "b.csv", rows, header)).unchanged == 2


def test_update_cannot_change_the_category(tmp_path, db_url, initialized):
    run(db_url, write_csv(tmp_path / "a.csv", [GOOD[1]]))
    row = ["示政复〔2024〕12号", "行政调解", "", "县人社局", "", "2024-04-02", "", ""]
    report = rejected(db_url, write_csv(tmp_path / "b.csv", [row]), update=True)
    assert errors(report) == [(2, "类别（B列）", "类别不能通过导入修改（已登记为行政复议）")]


def test_dry_run_checks_and_writes_nothing(tmp_path, db_url, initialized):
    before = db_dump(db_url)
    with pytest.raises(DryRunFinished) as caught:
        run(db_url, write_csv(tmp_path / "in.csv", GOOD), dry_run=True)
    assert caught.value.report.created == 2
    assert db_dump(db_url) == before


# --- layout ------------------------------------------------------------------------


def test_headers_are_matched_tolerantly(tmp_path, db_url, initialized):
    header = [" 案 号 ", "类别", "被告／被申请人", "原告（申请人）", "立案日期\u3000"]
    header.append("是否开庭（是/否）")
    row = ["（2024）豫0591行初5号", "行政诉讼", "县自然资源局", "张三", "2024-03-01", "是"]
    report = run(db_url, write_csv(tmp_path / "in.csv", [row], header))
    assert (report.created, report.ignored_columns) == (1, [])
    (case,) = query(db_url, Case.__table__.select())
    assert case.heard is True


def test_a_mapping_names_other_headers(tmp_path, db_url, initialized):
    header = ["案件编号", "案件性质", "责任单位", "受理时间", "备注"]
    row = ["（2024）豫0591行初5号", "行政诉讼", "县自然资源局", "2024-03-01", "x"]
    mapping = {"案件性质": "类别", "责任单位": "被申请人/被告", "受理时间": "立案日期"}
    report = run(db_url, write_csv(tmp_path / "in.csv", [row], header), mapping=mapping)
    assert (report.created, report.ignored_columns) == (1, ["备注"])


def test_a_mapping_to_an_unknown_column_is_refused(tmp_path, db_url, initialized):
    with pytest.raises(FylinkError, match="列对应“责任单位=单位”有误：“单位”不是案件表的列"):
        run(db_url, write_csv(tmp_path / "in.csv", GOOD), mapping={"责任单位": "单位"})


def test_two_columns_for_one_field_are_refused(tmp_path, db_url, initialized):
    header = [*HEADER, "被告"]
    with pytest.raises(FylinkError, match="D列“被申请人/被告”和I列“被告”都对应“被申请人/被告”"):
        run(db_url, write_csv(tmp_path / "in.csv", [], header))


def test_missing_required_columns_are_named(tmp_path, db_url, initialized):
    with pytest.raises(FylinkError) as caught:
        run(db_url, write_csv(tmp_path / "in.csv", [], ["案号", "类别", "领域"]))
    assert caught.value.exit_code == 3
    assert caught.value.message == (
        "in.csv 缺少必需的列：被申请人/被告、立案日期（表头在第1行）；"
        "表头不同时请用 --map 原表头=被申请人/被告 对应"
    )


def test_the_error_copy_marks_rows_and_imports_once_fixed(tmp_path, db_url, initialized):
    bad = ["（2024）豫0591行初6号", "行政诉讼", "", "县国土局", "", "2024-03-01", "", ""]
    source = write_csv(tmp_path / "in.csv", [GOOD[0], bad])
    report = rejected(db_url, source)
    copy = tmp_path / "errors.csv"
    assert transfer.write_error_copy(source=source, target=copy, report=report) == 1
    lines = list(csv.reader(copy.read_text(encoding="utf-8-sig").splitlines()))
    assert lines[0] == [*HEADER, "错误"]
    assert lines[1][-1] == ""
    assert lines[2][-1].startswith("被申请人/被告（D列）：单位“县国土局”不存在")
    lines[2][3] = "县自然资源局"
    with open(copy, "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(lines)
    assert run(db_url, copy).created == 2


# --- internals the speed depends on ----------------------------------------------------


def test_case_draft_has_the_columns_of_case():
    columns = [c.name for c in Case.__table__.columns]
    assert [f.name for f in dataclasses.fields(cases.CaseDraft)] == columns


def test_the_journal_row_of_an_imported_case_is_its_snapshot(tmp_path, db_url, initialized):
    """What the import journals for a case is what ``journal.snapshot`` gives of the
    stored case (plus its parties): every column, dates as ISO text."""
    from datetime import UTC, datetime

    def instant(text: str) -> datetime:  # SQLite reads back without a zone (UTC)
        moment = datetime.fromisoformat(text)
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment

    run(db_url, write_csv(tmp_path / "in.csv", GOOD))
    with session_scope(db_url, write=False) as session:
        for row in journal.list_entries(session=session, entity="case"):
            stored = journal.snapshot(session.get(Case, row.entity_id))
            after = dict(row.after)
            assert after.pop("parties")
            for moment in ("created_at", "updated_at"):
                assert instant(after.pop(moment)) == instant(stored.pop(moment))
            assert after == stored


def test_batched_journal_rows_chain_like_single_ones(db_url, session):
    journal.record(session, action="insert", entity="x", entity_id=1, after={"名": "甲"})
    journal.record_many(
        session,
        [
            journal.Entry(action="insert", entity="case", entity_id=2, case_id=2, after={"a": 1}),
            journal.Entry(action="update", entity="case", entity_id=2, before={"a": 1}, after={}),
            journal.Entry(action="delete", entity="case_party", entity_id=None),
        ],
    )
    journal.record(session, action="insert", entity="x", entity_id=3)
    session.flush()
    result = journal.verify(session=session)
    assert result.broken_at is None
    assert result.checked == len(session.exec(Journal.__table__.select()).all())


@pytest.mark.postgres
def test_import_update_and_export_on_postgresql(pg_url, tmp_path):
    from sqlalchemy import create_engine, text
    from sqlmodel import SQLModel

    from fylink import db
    from fylink.services import office

    def empty() -> None:
        engine = create_engine(pg_url)
        SQLModel.metadata.drop_all(engine)
        with engine.begin() as connection:
            connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
        engine.dispose()

    empty()
    try:
        db.upgrade(pg_url)
        with session_scope(pg_url) as session:
            office.init_office(session=session, name="示范县府院联动联席会议办公室")
            roster = office.read_roster(Path(__file__).parent.parent / "data" / "roster.yaml")
            office.load_roster(session=session, roster=roster)
        path = write_csv(tmp_path / "in.csv", GOOD)
        assert run(pg_url, path, chunk_size=1).created == 2
        assert run(pg_url, path).unchanged == 2
        changed = [[*GOOD[0][:2], "房屋征收拆迁", *GOOD[0][3:]], GOOD[1]]
        assert run(pg_url, write_csv(tmp_path / "b.csv", changed), update=True).updated == 1
        with pytest.raises(ImportRejected):
            run(pg_url, write_csv(tmp_path / "c.csv", [GOOD[1], GOOD[1]]))
        out = tmp_path / "out.csv"
        with session_scope(pg_url, write=False) as session:
            assert (
                transfer_cases.export_cases(
                    session=session, path=out, flt=CaseFilter(), today=TODAY
                )
                == 2
            )
            assert journal.verify(session=session).broken_at is None
        assert "房屋征收拆迁" in out.read_text(encoding="utf-8-sig")
    finally:
        empty()


@pytest.mark.sqlite_only  # compares SQLite's stored text forms
def test_insert_many_stores_what_the_orm_stores(db_url, session):
    from sqlalchemy import text

    from fylink.db import insert_many

    draft = cases.build_case(
        cases.CaseIn(
            case_no="（2024）豫0591行初5号",
            category="行政诉讼",
            unit="",
            filed_on=date(2024, 3, 1),
            claimed_fen=1250000,
        ),
        unit_id=1,
        today=TODAY,
        types=cases.type_table(),
    )
    cases.apply_closure(draft, outcome="撤销", closed_on=date(2024, 5, 1))
    session.add(draft.to_case())
    session.flush()
    values = draft.values() | {"case_no": "（2024）豫0591行初6号"}
    insert_many(session, Case.__table__, [values])
    raw = session.execute(text("SELECT * FROM cases ORDER BY id")).all()
    orm, bulk = (dict(row._mapping) for row in raw)
    for key in ("id", "case_no"):
        orm.pop(key), bulk.pop(key)
    assert bulk == orm
    assert isinstance(orm["created_at"], str)  # the raw text, as SQLite holds it


# --- large files: read and checked in a forked process, with the same outcome -------------

needs_fork = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="needs fork"
)

#: Good rows, bad cells, a duplicate 案号, a masked ID, spread over chunks of 2 rows.
MIXED = [
    GOOD[0],
    GOOD[1],
    ["（2024）豫0591行初6号", "行政诉讼", "", "县住建局", "赵六", "2024-13-01", "", ""],
    [*GOOD[0][:4], "钱七", *GOOD[0][5:]],
    ["（2024）豫0591行初7号", "行政诉讼", "", "县住建局", f"张三:{ID_ZHANG[:17]}0", "2024-05-01"],
    ["（2024）豫0591行初8号", "行政诉讼", "", "县住建局", "孙八:410502********9999", "2024-05-02"],
    ["（2024）豫0591行初9号", "行政诉讼", "", "没有的单位", "", "2024-05-03", "", ""],
    ["（2024）豫0591行初10号", "行政诉讼", "", "县住建局", f"某公司:{CREDIT}", "2024-05-04"],
    ["（2024）豫0591行初11号", "行政诉讼", "", "县住建局", "周九", "2024-05-05", "", "撤销"],
]


def dry_run(db_url: str, path, **options) -> transfer.ImportReport:
    with pytest.raises(DryRunFinished) as caught:
        run(db_url, path, dry_run=True, **options)
    return caught.value.report


@needs_fork
def test_a_forked_reader_gives_the_report_of_one_process(tmp_path, db_url, initialized):
    path = write_csv(tmp_path / "mixed.csv", MIXED)
    serial = dry_run(db_url, path, chunk_size=2, skip_invalid=True, parallel=False)
    assert serial.errors  # the file does exercise errors and notes
    assert serial.notes
    assert dry_run(db_url, path, chunk_size=2, skip_invalid=True, parallel=True) == serial
    assert errors(rejected(db_url, path, chunk_size=2, parallel=True)) == errors(serial)

    written = run(db_url, path, chunk_size=2, skip_invalid=True, parallel=True)
    assert written.as_dict() == {**serial.as_dict(), "written": True}
    again = run(db_url, path, chunk_size=3, skip_invalid=True, parallel=False)
    assert (again.created, again.unchanged) == (0, serial.created)
    assert multiprocessing.active_children() == []
    with session_scope(db_url, write=False) as session:
        assert journal.verify(session=session).broken_at is None


@needs_fork
def test_a_forked_import_writes_what_one_process_writes(tmp_path, db_url, initialized):
    path = write_csv(tmp_path / "good.csv", GOOD)
    report = run(db_url, path, chunk_size=1, parallel=True)
    assert (report.rows, report.created) == (2, 2)
    again = run(db_url, path, parallel=True)
    assert again.unchanged == 2
    changed = [[*GOOD[0][:2], "房屋征收拆迁", *GOOD[0][3:]], GOOD[1]]
    updated = run(db_url, write_csv(tmp_path / "b.csv", changed), update=True, parallel=True)
    assert updated.updated == 1
    assert multiprocessing.active_children() == []


@needs_fork
def test_a_rejected_forked_import_writes_nothing(tmp_path, db_url, initialized):
    before = db_dump(db_url)
    report = rejected(db_url, write_csv(tmp_path / "bad.csv", MIXED), parallel=True)
    assert report.invalid > 0
    assert db_dump(db_url) == before
    assert multiprocessing.active_children() == []


@needs_fork
def test_errors_of_the_file_itself_come_back_from_the_reader(tmp_path, db_url, initialized):
    headless = write_csv(tmp_path / "headless.csv", GOOD, header=["甲", "乙"])
    for parallel in (False, True):
        with pytest.raises(InvalidInputError, match="找不到案件表的表头"):
            run(db_url, headless, parallel=parallel)
        with pytest.raises(NotFoundError, match="不存在"):
            run(db_url, tmp_path / "missing.csv", parallel=parallel)
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(InvalidInputError) as serial:
        run(db_url, damaged, parallel=False)
    with pytest.raises(InvalidInputError) as forked:
        run(db_url, damaged, parallel=True)
    assert (forked.value.message, forked.value.exit_code) == (
        serial.value.message,
        serial.value.exit_code,
    )
    assert multiprocessing.active_children() == []


@needs_fork
def test_large_files_are_read_in_a_second_process(tmp_path, db_url, initialized, monkeypatch):
    """The choice is by size; progress is reported as the chunks arrive."""
    calls: list[str] = []
    original = transfer._read_elsewhere

    def spy(*args, **kwargs):
        calls.append("forked")
        return original(*args, **kwargs)

    monkeypatch.setattr(transfer, "_read_elsewhere", spy)
    path = write_csv(tmp_path / "in.csv", GOOD)
    monkeypatch.setattr(transfer, "PARALLEL_MIN_BYTES", path.stat().st_size + 1)
    with pytest.raises(DryRunFinished):
        run(db_url, path, dry_run=True)
    assert calls == []
    monkeypatch.setattr(transfer, "PARALLEL_MIN_BYTES", path.stat().st_size)
    progress: list[tuple[int, int]] = []
    with session_scope(db_url, actor="测试员", command="pytest import") as session:
        report = transfer_cases.import_cases(
            session=session,
            path=path,
            options=transfer.ImportOptions(chunk_size=1),
            today=TODAY,
            types=cases.type_table(),
            progress=lambda done, total: progress.append((done, total)),
        )
    assert report.created == 2
    assert calls == (["forked"] if transfer._can_fork() else [])  # one CPU: never forked
    assert len(progress) == 2
    assert progress[-1] == (path.stat().st_size, path.stat().st_size)
