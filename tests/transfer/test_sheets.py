"""Reading and writing .xlsx/.csv files: encodings, Excel's own layout, formula neutralising."""

import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from fylink.errors import InvalidInputError, NotFoundError
from fylink.transfer import sheets

# --- formula injection ------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=1+1", "'=1+1"),
        ('=HYPERLINK("http://x","点我")', '\'=HYPERLINK("http://x","点我")'),
        ("+8613812345678", "'+8613812345678"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("'=1", "''=1"),
        ("''=1", "'''=1"),
        ("'plain", "'plain"),
        ("不服行政处罚决定", "不服行政处罚决定"),
        ("", ""),
        ("'", "'"),
    ],
)
def test_neutralise_and_restore_are_inverse(value, written):
    assert sheets.neutralise(value) == written
    assert sheets.restore(written) == value


def test_restore_leaves_ordinary_apostrophes():
    assert sheets.restore("'张三'") == "'张三'"


# --- csv --------------------------------------------------------------------------

ROWS = [["案号", "类别", "案情摘要"], ["（2024）豫0591行初1号", "行政诉讼", "不服征收补偿决定"]]


def _csv(path: Path, encoding: str, delimiter: str = ",") -> Path:
    text = "\r\n".join(delimiter.join(row) for row in ROWS) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(
    ("encoding", "detected"),
    [
        ("utf-8-sig", "utf-8-sig"),
        ("utf-8", "utf-8-sig"),
        ("gbk", "gb18030"),
        ("gb18030", "gb18030"),
        ("utf-16", "utf-16"),
    ],
)
def test_csv_encodings_are_detected(tmp_path, encoding, detected):
    with sheets.open_table(_csv(tmp_path / "t.csv", encoding)) as table:
        assert table.encoding == detected
        assert [values for _, values in table.rows] == ROWS


def test_tab_separated_text_is_read(tmp_path):
    with sheets.open_table(_csv(tmp_path / "t.csv", "utf-16", "\t")) as table:
        assert table.delimiter == "\t"
        assert [values for _, values in table.rows] == ROWS


def test_csv_rows_are_numbered_as_excel_shows_them(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text('案号,摘要\nA,"两行\n摘要"\nB,x\n', encoding="utf-8")
    with sheets.open_table(path) as table:
        assert [(n, v[0]) for n, v in table.rows] == [(1, "案号"), (2, "A"), (3, "B")]


def test_csv_cells_lose_the_formula_guard(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("a,b\n'=1+1,'plain\n", encoding="utf-8")
    with sheets.open_table(path) as table:
        assert list(table.rows)[1][1] == ["=1+1", "'plain"]


def test_undecodable_bytes_are_one_clear_error(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes("案号\n".encode() + b"\xff\xfe\xfa\n")
    with pytest.raises(InvalidInputError, match="文件编码无法识别"):
        sheets.open_table(path)


def test_undecodable_bytes_after_the_sample_name_their_row(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes("案号\n".encode() + b"x\n" * 600_000 + b"\xff\xfa\n")
    with (
        sheets.open_table(path) as table,
        pytest.raises(InvalidInputError, match=r"第\d+行附近有无法按 UTF-8 解码的字符"),
    ):
        list(table.rows)


# --- refusing files -----------------------------------------------------------------


def test_missing_file_is_not_found(tmp_path):
    with pytest.raises(NotFoundError, match="不存在"):
        sheets.open_table(tmp_path / "none.xlsx")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("old.xls", b"\xd0\xcf\x11\xe0", "旧版 Excel"),
        ("notes.txt", b"hello", "只能导入 .xlsx 或 .csv"),
        ("fake.xlsx", b"not a zip", "不是有效的 .xlsx"),
    ],
)
def test_unreadable_files_are_invalid_input(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InvalidInputError, match=message):
        sheets.open_table(path)


def test_a_folder_is_refused(tmp_path):
    folder = tmp_path / "dir.csv"
    folder.mkdir()
    with pytest.raises(InvalidInputError, match="文件夹"):
        sheets.open_table(folder)


# --- xlsx as Excel writes it ---------------------------------------------------------

_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def excel_like(path: Path, sheet_xml: str, *, date1904: bool = False) -> Path:
    """A workbook laid out as Excel writes one: shared strings (one with rich text and a
    phonetic run), styles with built-in, East Asian and custom date formats, two sheets."""
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/></Types>'
        ),
        "_rels/.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            f"<workbook {_NS} {_R}>"
            + ('<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>")
            + '<sheets><sheet name="台账" sheetId="1" r:id="rId1"/>'
            '<sheet name="说明" sheetId="2" r:id="rId2"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{rel}/worksheet" Target="/xl/worksheets/s2.xml"/>'
            f'<Relationship Id="rId3" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
            f'<Relationship Id="rId4" Type="{rel}/styles" Target="styles.xml"/>'
            "</Relationships>"
        ),
        "xl/styles.xml": (
            f"<styleSheet {_NS}>"
            '<numFmts count="2"><numFmt numFmtId="176" '
            'formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>'
            '<numFmt numFmtId="177" formatCode="#,##0.00&quot;元&quot;"/></numFmts>'
            '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="31"/>'
            '<xf numFmtId="176"/><xf numFmtId="177"/></cellXfs></styleSheet>'
        ),
        "xl/sharedStrings.xml": (
            f'<sst {_NS} count="3" uniqueCount="3">'
            "<si><t>案号</t></si>"
            "<si><r><t>（2024）豫0591</t></r><r><rPr><b/></rPr><t>行初1号</t></r>"
            "<rPh sb='0' eb='1'><t>アン</t></rPh></si>"
            "<si><t>'=cmd</t></si></sst>"
        ),
        "xl/worksheets/sheet1.xml": (
            f"<worksheet {_NS}><sheetData>{sheet_xml}</sheetData></worksheet>"
        ),
        "xl/worksheets/s2.xml": (
            f"<worksheet {_NS}><sheetData>"
            '<row r="1"><c r="A1" t="inlineStr"><is><t>说明</t></is></c></row>'
            "</sheetData></worksheet>"
        ),
    }
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return path


SHEET = (
    '<row r="1"><c r="A1" t="s"><v>0</v></c>'
    '<c r="B1" t="inlineStr"><is><t>立案日期</t></is></c></row>'
    '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" s="1"><v>45366</v></c>'
    '<c r="D2" s="2"><v>45367</v></c><c r="E2" s="3"><v>45368.0</v></c>'
    '<c r="F2" s="4"><v>125000.5</v></c><c r="G2"><v>13812345678</v></c>'
    '<c r="H2" t="b"><v>1</v></c><c r="I2" t="e"><v>#N/A</v></c>'
    '<c r="J2" t="str"><f>A1</f><v>案号</v></c><c r="K2" t="s"><v>2</v></c></row>'
    # rows and cells without r: sequential
    '<row><c t="inlineStr"><is><t>下一行</t></is></c><c><v>7</v></c></row>'
    '<row r="6"><c r="B6"><v>1E-3</v></c></row>'
)


def test_excel_layout_is_read_cell_by_cell(tmp_path):
    path = excel_like(tmp_path / "excel.xlsx", SHEET)
    assert sheets.sheet_names(path) == ["台账", "说明"]
    with sheets.open_table(path) as table:
        assert table.sheet == "台账"
        rows = list(table.rows)
    assert rows[0] == (1, ["案号", "立案日期"])
    assert rows[1] == (
        2,
        [
            "（2024）豫0591行初1号",
            "2024-03-15",
            "",
            "2024-03-16",
            "2024-03-17",
            "125000.5",
            "13812345678",
            "是",
            "#N/A",
            "案号",
            "=cmd",
        ],
    )
    assert rows[2] == (3, ["下一行", "7"])
    assert rows[3:] == [(4, []), (5, []), (6, ["", "0.001"])]


def test_1904_workbooks_shift_dates(tmp_path):
    path = excel_like(
        tmp_path / "mac.xlsx", '<row r="1"><c r="A1" s="1"><v>43904</v></c></row>', date1904=True
    )
    with sheets.open_table(path) as table:
        assert list(table.rows) == [(1, ["2024-03-15"])]


def test_other_sheets_by_name(tmp_path):
    path = excel_like(tmp_path / "excel.xlsx", SHEET)
    with sheets.open_table(path, sheet="说明") as table:
        assert list(table.rows) == [(1, ["说明"])]
    with pytest.raises(InvalidInputError, match="没有工作表“统计”，可选：台账、说明"):
        sheets.open_table(path, sheet="统计")


def test_a_broken_sheet_is_invalid_input(tmp_path):
    path = excel_like(tmp_path / "broken.xlsx", '<row r="1"><c r="A1"><v>1</v></c>')
    with sheets.open_table(path) as table, pytest.raises(InvalidInputError, match="无法读取"):
        list(table.rows)


# --- writing ------------------------------------------------------------------------

VALUES: list[sheets.Cell] = [
    "=1+1",
    date(2024, 3, 15),
    Decimal("125000.50"),
    7,
    True,
    None,
    "不服\x01决定",
]


def test_csv_is_written_with_bom_and_guarded_cells(tmp_path):
    path = tmp_path / "out.csv"
    with sheets.TableWriter(path, ["a", "b", "c", "d", "e", "f", "g"]) as out:
        out.write(VALUES)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig").splitlines()[1] == (
        "'=1+1,2024-03-15,125000.50,7,是,,不服\x01决定"
    )


def test_xlsx_is_written_with_typed_cells(tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "out.xlsx"
    with sheets.TableWriter(path, list("abcdefg"), title="案件台账") as out:
        out.write(VALUES)
    book = load_workbook(path)
    sheet = book["案件台账"]
    assert [c.value for c in sheet[2]][:5] == ["'=1+1", sheet["B2"].value, 125000.5, 7, "是"]
    assert sheet["B2"].is_date
    assert sheet["C2"].number_format == "#,##0.00"
    assert sheet["G2"].value == "不服决定"
    assert sheet.freeze_panes == "A2"


def test_gbk_refuses_what_it_cannot_encode_and_leaves_no_file(tmp_path):
    path = tmp_path / "out.csv"
    path.write_text("old", encoding="utf-8")
    with (
        pytest.raises(InvalidInputError, match="第2行有 GBK 编码无法表示的字符“😀”"),
        sheets.TableWriter(path, ["a"], encoding="gbk") as out,
    ):
        out.write(["😀"])
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_unknown_encoding_is_refused(tmp_path):
    with pytest.raises(InvalidInputError, match="编码“latin-1”不支持"):
        sheets.TableWriter(tmp_path / "x.csv", ["a"], encoding="latin-1")


def test_cell_text():
    assert sheets.cell_text(125000.0) == "125000"
    assert sheets.cell_text(0.1) == "0.1"
    assert sheets.cell_text(False) == "否"
    assert sheets.cell_text(Decimal("1.50")) == "1.50"
    assert sheets.column_letter(0) == "A"
    assert sheets.column_letter(27) == "AB"


def test_a_large_shared_string_table_lives_on_disk(tmp_path, monkeypatch):
    monkeypatch.setattr(sheets._SharedStrings, "IN_MEMORY", 2)
    path = excel_like(tmp_path / "excel.xlsx", SHEET)
    with sheets.open_table(path) as table:
        rows = list(table.rows)
    assert rows[1][1][0] == "（2024）豫0591行初1号"
    assert rows[1][1][-1] == "=cmd"


def _compound_file(*streams: str) -> bytes:
    """The start of an OLE2 compound file naming ``streams`` in its directory, as Excel
    writes a workbook with an open password (an "EncryptedPackage" stream)."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    directory = b"".join(name.encode("utf-16-le").ljust(64, b"\0") + b"\0" * 64 for name in streams)
    return header + directory + b"\0" * 4096


def test_a_password_protected_workbook_is_called_encrypted_not_damaged(tmp_path):
    path = tmp_path / "加密台账.xlsx"
    path.write_bytes(_compound_file("Root Entry", "EncryptionInfo", "EncryptedPackage"))
    with pytest.raises(InvalidInputError) as refused:
        sheets.open_table(path)
    assert refused.value.message == (
        "加密台账.xlsx 已加密（设有打开密码）：请在 Excel 中打开，"
        "于“文件—信息—保护工作簿”中删除密码并保存后再导入"
    )


def test_an_xls_renamed_to_xlsx_is_called_old_excel(tmp_path):
    path = tmp_path / "old.xlsx"
    path.write_bytes(_compound_file("Root Entry", "Workbook"))
    with pytest.raises(InvalidInputError, match="旧版 Excel"):
        sheets.open_table(path)


@pytest.mark.parametrize(
    "cell",
    ["=1+1", "+1", "-1", "@SUM", "\t1", "\r1", "'=1", "'x", "a,=1", "=a\r\nb"],
)
def test_a_plain_chunk_with_a_text_to_guard_is_formatted_cell_by_cell(tmp_path, cell):
    for first in (True, False):
        path = tmp_path / "out.csv"
        with sheets.TableWriter(path, ["a", "b"]) as out:
            row = [cell, "x"] if first else ["x", cell]
            chunk = sheets.PlainChunk([row], lambda row=row: [[sheets.neutralise(v) for v in row]])
            out.write_plain(chunk)
        expected = tmp_path / "expected.csv"
        with sheets.TableWriter(expected, ["a", "b"]) as out:
            out.write(row)
        assert path.read_bytes() == expected.read_bytes()
        path.unlink()
        expected.unlink()


def test_a_plain_chunk_is_written_as_it_is(tmp_path):
    path = tmp_path / "out.csv"
    with sheets.TableWriter(path, ["a", "b", "c"]) as out:
        out.write_plain(sheets.PlainChunk([["x", None, 12], ["是", "2025-03-31", ""]], list))
        assert out.count == 2
    assert path.read_bytes().decode("utf-8-sig") == "a,b,c\r\nx,,12\r\n是,2025-03-31,\r\n"
