"""Hostile spreadsheets are refused at once, with a clear line (issue 20): a 1.9 KB file
declaring row 900000000 once ran for minutes, a 400 KB file holding one 400 MB shared
string used 862 MB."""

import time
import zipfile
from pathlib import Path

import pytest

from fylink.errors import InvalidInputError
from fylink.transfer import sheets

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_BOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_BOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
)
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _xlsx(path: Path, rows: str, strings: list[str] | None = None, *, big: int = 0) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("[Content_Types].xml", _CONTENT_TYPES)
        book.writestr("_rels/.rels", _RELS)
        book.writestr("xl/workbook.xml", _BOOK)
        book.writestr("xl/_rels/workbook.xml.rels", _BOOK_RELS)
        book.writestr(
            "xl/worksheets/sheet1.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_MAIN}">'
            f"<sheetData>{rows}</sheetData></worksheet>",
        )
        with book.open("xl/sharedStrings.xml", "w") as shared:
            shared.write(f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{_MAIN}">'.encode())
            for text in strings or []:
                shared.write(f"<si><t>{text}</t></si>".encode())
            if big:
                shared.write(b"<si><t>")
                chunk = b"x" * 1_000_000
                for _ in range(big):
                    shared.write(chunk)
                shared.write(b"</t></si>")
            shared.write(b"</sst>")
    return path


_FAR = '<row r="900000000"><c r="A900000000"><v>1</v></c></row>'


def _read_all(path: Path) -> list:
    with sheets.open_table(path) as table:
        return list(table.rows)


def test_an_ordinary_file_reads(tmp_path):
    path = _xlsx(
        tmp_path / "ok.xlsx",
        '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
        '<row r="3"><c r="B3" t="s"><v>1</v></c></row>',
        ["案号", "名称"],
    )
    rows = _read_all(path)
    assert rows[0] == (1, ["案号"])
    assert rows[-1] == (3, ["", "名称"])


def test_a_row_beyond_excels_last_is_refused_at_once(tmp_path):
    path = _xlsx(
        tmp_path / "far.xlsx",
        '<row r="1"><c r="A1"><v>1</v></c></row>' + _FAR,
    )
    assert path.stat().st_size < 2_000
    started = time.monotonic()
    with pytest.raises(InvalidInputError) as refused:
        _read_all(path)
    assert time.monotonic() - started < 5
    assert refused.value.message == (
        "far.xlsx 声明了第 900000000 行，超出 Excel 的最大行数（1048576 行）："
        "文件可能已损坏或被改动，未导入"
    )


def test_a_column_beyond_excels_last_is_refused(tmp_path):
    path = _xlsx(tmp_path / "wide.xlsx", '<row r="1"><c r="ZZZZZZ1"><v>1</v></c></row>')
    with pytest.raises(InvalidInputError, match="超出 Excel 的最大列数"):
        _read_all(path)


def test_a_huge_shared_string_is_refused_without_reading_it_all(tmp_path):
    path = _xlsx(tmp_path / "bomb.xlsx", '<row r="1"><c r="A1" t="s"><v>0</v></c></row>', big=40)
    assert path.stat().st_size < 200_000  # 40 MB of text, compressed
    with pytest.raises(InvalidInputError) as refused:
        _read_all(path)
    assert refused.value.message == (
        "bomb.xlsx 中有一段文字超过 32767 个字符（Excel 单元格的上限）："
        "文件可能已损坏或被改动，未导入"
    )


def test_a_huge_inline_cell_is_refused(tmp_path):
    text = "y" * 40_000
    path = _xlsx(
        tmp_path / "cell.xlsx",
        f'<row r="1"><c r="A1" t="inlineStr"><is><t>{text}</t></is></c></row>',
    )
    with pytest.raises(InvalidInputError, match="第1行有一个单元格超过 32767 个字符"):
        _read_all(path)


def test_the_cli_refuses_a_hostile_import_with_exit_3(cli, initialized, db_url, tmp_path):
    from helpers import db_dump

    path = _xlsx(tmp_path / "far.xlsx", '<row r="900000000"><c r="A900000000"><v>1</v></c></row>')
    before = db_dump(db_url)
    result = cli("case", "import", str(path))
    assert result.exit_code == 3
    assert "超出 Excel 的最大行数" in result.stderr
    assert db_dump(db_url) == before


def test_a_long_empty_range_is_skipped_not_walked(tmp_path):
    far = 1_000_000
    path = _xlsx(
        tmp_path / "gap.xlsx",
        '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
        f'<row r="{far}"><c r="A{far}" t="s"><v>1</v></c></row>',
        ["案号", "名称"],
    )
    rows = _read_all(path)
    assert rows == [(1, ["案号"]), (far, ["名称"])]
