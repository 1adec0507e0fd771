"""``case export`` streams rows from the driver (issue 21): the files it writes are byte for
byte (CSV) and cell for cell (.xlsx) what the record-building export wrote, on the demo's
cases, masked and unmasked, filtered and not, in every encoding."""

from datetime import date
from pathlib import Path

import pytest

from fylink.db import session_scope
from fylink.services import cases
from fylink.services.case_list import CaseFilter
from fylink.transfer import cases as transfer_cases
from fylink.transfer import engine
from helpers import TODAY

FILTERS = [
    CaseFilter(),
    CaseFilter(category="行政诉讼"),
    CaseFilter(unit="县住建局", status="已结"),
    CaseFilter(category="非诉执行", year=2025),
]


def _old_export(db_url: str, path: Path, flt: CaseFilter, **options) -> int:
    """The export before issue 21: a CaseRecord per case, its cells, export_row."""
    unmasked = options.pop("unmasked", False)
    with session_scope(db_url, write=False) as session:
        schema = transfer_cases.CaseSheet(
            today=date.fromisoformat(TODAY), types=cases.type_table(), unmasked=unmasked
        )
        return engine.export_table(
            schema=schema, records=schema.records(session, flt), path=path, **options
        )


def _new_export(db_url: str, path: Path, flt: CaseFilter, **options) -> int:
    with session_scope(db_url, write=False) as session:
        return transfer_cases.export_cases(
            session=session, path=path, flt=flt, today=date.fromisoformat(TODAY), **options
        )


@pytest.mark.parametrize("flt", FILTERS, ids=["all", "category", "unit-status", "year"])
@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
def test_csv_is_byte_for_byte_the_old_export(demo_db, db_url, tmp_path, flt, encoding):
    old, new = tmp_path / "old.csv", tmp_path / "new.csv"
    count = _old_export(db_url, old, flt, encoding=encoding)
    assert _new_export(db_url, new, flt, encoding=encoding) == count
    assert count > 0
    assert new.read_bytes() == old.read_bytes()


def test_unmasked_csv_is_the_old_export(demo_db, db_url, tmp_path):
    old, new = tmp_path / "old.csv", tmp_path / "new.csv"
    _old_export(db_url, old, CaseFilter(), unmasked=True)
    _new_export(db_url, new, CaseFilter(), unmasked=True)
    assert new.read_bytes() == old.read_bytes()
    # the demo's parties have ID numbers: masked and unmasked files differ
    masked = tmp_path / "masked.csv"
    _new_export(db_url, masked, CaseFilter())
    assert masked.read_bytes() != new.read_bytes()


def test_xlsx_holds_the_old_export_cell_for_cell(demo_db, db_url, tmp_path):
    from openpyxl import load_workbook

    old, new = tmp_path / "old.xlsx", tmp_path / "new.xlsx"
    _old_export(db_url, old, CaseFilter())
    _new_export(db_url, new, CaseFilter())

    def cells(path: Path) -> list[list[tuple]]:
        sheet = load_workbook(path).active
        return [[(c.value, c.number_format) for c in row] for row in sheet.iter_rows()]

    assert cells(new) == cells(old)
    assert len(cells(new)) > 100


def test_xlsx_sheet_is_the_old_sheet_byte_for_byte(demo_db, db_url, tmp_path):
    import zipfile

    old, new = tmp_path / "old.xlsx", tmp_path / "new.xlsx"
    _old_export(db_url, old, CaseFilter(category="行政诉讼"))
    _new_export(db_url, new, CaseFilter(category="行政诉讼"))
    with zipfile.ZipFile(old) as before, zipfile.ZipFile(new) as after:
        assert after.namelist() == before.namelist()
        for name in before.namelist():
            if name != "docProps/core.xml":  # the time the workbook was written
                assert after.read(name) == before.read(name), name


def _unusual_values(db_url: str) -> None:
    """Values the cell rules treat specially, on both engines: formula starts and an
    apostrophe (behind a character XML cannot hold), a negative and a whole amount, flags
    true and false, 典型案例, a number, projects."""
    from sqlalchemy import text

    with session_scope(db_url) as session:
        ids = session.execute(text("SELECT id FROM cases ORDER BY id LIMIT 3")).scalars().all()
        session.execute(
            text(
                "UPDATE cases SET summary = '=SUM(A1)', court = :court, field = '-负号', "
                "head_rank = '@x', claimed_fen = -5, recovered_fen = 100, typical = :yes, "
                "typical_note = '+说明', group_size = 12, resolved = :no, "
                "joint_respondent = :yes, norm_review = :no, loss_reasons = '事实不清、程序违法' "
                "WHERE id = :id"
            ),
            {"id": ids[0], "yes": True, "no": False, "court": "\x0b'引号\t"},
        )
        session.execute(
            text("UPDATE cases SET claimed_fen = 0, typical = :no WHERE id = :id"),
            {"id": ids[1], "no": False},
        )
        projects = []
        for name in ("=恒信花园", "-幸福里"):
            session.execute(
                text(
                    "INSERT INTO project (name, kind, leader, note, created_at, updated_at) "
                    "VALUES (:name, '问题楼盘', '', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
                ),
                {"name": name},
            )
            projects.append(session.execute(text("SELECT max(id) FROM project")).scalar())
        for project, case_id in (
            (projects[0], ids[0]),
            (projects[1], ids[0]),
            (projects[1], ids[2]),
        ):
            session.execute(
                text("INSERT INTO project_case (project_id, case_id) VALUES (:p, :c)"),
                {"p": project, "c": case_id},
            )


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_unusual_values_are_written_as_before(demo_db, db_url, tmp_path, suffix):
    _unusual_values(db_url)
    old, new = tmp_path / f"old{suffix}", tmp_path / f"new{suffix}"
    assert _old_export(db_url, old, CaseFilter()) == _new_export(db_url, new, CaseFilter())
    if suffix == ".csv":
        assert new.read_bytes() == old.read_bytes()
        text = new.read_text(encoding="utf-8-sig")
        assert "'=SUM(A1)" in text
        assert ",-0.05,1.00," in text
        assert ",'=恒信花园、-幸福里," in text  # a cell is guarded once, at its start
        assert ",'-幸福里," in text
    else:
        import zipfile

        with zipfile.ZipFile(old) as before, zipfile.ZipFile(new) as after:
            sheet = "xl/worksheets/sheet1.xml"
            assert after.read(sheet) == before.read(sheet)


def test_gbk_names_the_line_it_cannot_encode(demo_db, db_url, tmp_path):
    from sqlalchemy import text

    from fylink.errors import InvalidInputError

    with session_scope(db_url) as session:
        session.execute(
            text(
                "UPDATE cases SET summary = '笑😀' WHERE id = "
                "(SELECT id FROM cases ORDER BY filed_on, id LIMIT 1 OFFSET 6)"
            )
        )
    messages = []
    for export in (_old_export, _new_export):
        target = tmp_path / f"{export.__name__}.csv"
        with pytest.raises(InvalidInputError) as raised:
            export(db_url, target, CaseFilter(), encoding="gbk")
        messages.append(str(raised.value))
        assert not target.exists()
    assert messages[0] == messages[1]
    assert "第8行有 GBK 编码无法表示的字符“😀”" in messages[1]
