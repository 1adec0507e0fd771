"""The 白皮书 data annex as a workbook (one sheet per table, plus the 口径) and as a Word
document in the general format of GB/T 9704 (§7): title, one numbered table after another
with its 口径 under it, the 版记.

The document is built with the layout helpers directly (its tables differ in their columns,
which a docxtpl row loop cannot vary), in the office's configured fonts.
"""

import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from fylink.documents import layout as L
from fylink.documents.layout import Fonts
from fylink.domain.dates import format_cn
from fylink.errors import DocumentError
from fylink.outputs import os_reason, writing

#: Sheet names are at most 31 characters and cannot hold some punctuation.
_SHEET_BAD = str.maketrans(dict.fromkeys("[]:*?/\\（）", ""))


def _sheet_title(number: int, title: str) -> str:
    return f"表{number} {title.translate(_SHEET_BAD)}"[:31]


_PERCENT = re.compile(r"^([+-]?)(\d+(?:\.\d+)?)%(（[^（）]*）)?$")


def _cell(sheet: Any, value: Any) -> Any:
    """A rate (57.1%) or a change (+66.7%) as a real percentage in its cell; text guarded
    as the report's workbook guards it (no formula from a unit's name)."""
    from openpyxl.cell import WriteOnlyCell

    from fylink.documents.report_workbook import _guarded

    if isinstance(value, str):
        match = _PERCENT.match(value)
        if match:
            number = float(Decimal(match.group(1) + match.group(2)) / 100)
            cell = WriteOnlyCell(sheet, value=number)
            note = f'"{match.group(3)}"' if match.group(3) else ""
            # The note (基数小) stays beside the number, in the cell's format.
            cell.number_format = (
                f"+0.0%{note};-0.0%{note};0.0%{note}" if match.group(1) else f"0.0%{note}"
            )
            return cell
    return _guarded(value)


def write_annex_workbook(data: dict[str, Any], out: Path) -> Path:
    """One sheet per table (its total row last), then a sheet of the 口径."""
    from openpyxl import Workbook

    from fylink.documents.report_workbook import _header, _save

    book = Workbook(write_only=True)
    for number, table in enumerate(data["tables"], start=1):
        sheet = book.create_sheet(_sheet_title(number, table["title"]))
        for index in range(len(table["columns"])):
            width = (28 if table["key"] == "typical" else 22) if index == 0 else 12
            sheet.column_dimensions[chr(ord("A") + index)].width = width
        sheet.freeze_panes = "A2"
        _header(sheet, table["columns"])
        rows = list(table["rows"])
        if table.get("total"):
            rows.append(table["total"])
        for row in rows:
            sheet.append([_cell(sheet, value) for value in row])
    sheet = book.create_sheet("口径")
    sheet.column_dimensions["A"].width = 36
    sheet.column_dimensions["B"].width = 120
    _header(sheet, ["表", "口径"])
    for number, table in enumerate(data["tables"], start=1):
        sheet.append([f"表{number}　{table['title']}", table["definition"]])
    _save(book, Path(out))
    return Path(out)


def _widths(table: dict[str, Any], text_width: int) -> list[int]:
    """Column widths (twips) adding up to the 版心: the first column (names) twice as wide,
    the typical cases' 说明 wider still."""
    count = len(table["columns"])
    shares = {
        "typical": [3, 1.4, 2, 1.4, 1.4, 3.8],
        # 同比 may carry （基数小）: the last column is the widest after the names.
        "court": [2.0, 1, 1, 1, 1, 1.3, 1.3, 1.3, 2.2],
        "region": [2.0, 1, 1, 1, 1, 1.3, 1.3, 1.3, 2.2],
        "appearance": [2.2, 1, 1.5, 1.3, 1, 1, 1.3, 1.3, 1.3],
    }.get(table["key"], [2.2] + [1.0] * (count - 1))[:count]
    total = sum(shares)
    widths = [int(text_width * s / total) for s in shares]
    widths[0] += text_width - sum(widths)
    return widths


_NUMERALS = "一二三四五六七八九十"


def annex_document(data: dict[str, Any], *, fonts: Fonts, today: date, cc: str = "") -> Any:
    doc = L.new_document(fonts)
    text_width = L.geometry_of(doc.sections[-1]).text_width
    L.add_paragraph(doc, data["title"], L.S_TITLE)
    office = (data.get("office") or {}).get("name") or "府院联动联席会议办公室"
    L.add_paragraph(doc, f"（{office}　{format_cn(today)}）", L.S_SUBTITLE)
    L.add_paragraph(
        doc,
        f"本附件汇总{data['year']}年度行政诉讼、非诉行政执行审查等案件数据，各表口径列于表下。"
        "比率保留一位小数；基数为零的比率记为“—”。",
    )
    for number, table in enumerate(data["tables"], start=1):
        heading = L.add_paragraph(doc, f"表{number}　{table['title']}", L.S_H2)
        L.keep_with_next(heading)
        rows = list(table["rows"])
        if table.get("total"):
            rows.append(table["total"])
        if not rows:
            L.add_paragraph(doc, "本年没有记录。")
        else:
            grid = L.new_table(doc, _widths(table, text_width), len(rows) + 1, header_rows=1)
            for cell, label in zip(grid.rows[0].cells, table["columns"], strict=True):
                L.cell_paragraph(cell, str(label), L.S_TABLE_HEAD)
            for row, values in zip(grid.rows[1:], rows, strict=True):
                L.cant_split(row._tr)
                for index, (cell, value) in enumerate(zip(row.cells, values, strict=True)):
                    style = (
                        L.S_TABLE_TEXT
                        if index == 0 or table["key"] == "typical"
                        else L.S_TABLE_CENTER
                    )
                    L.cell_paragraph(cell, "" if value is None else str(value), style)
        # The 口径 in the tables' small type, left-aligned under its table.
        L.add_paragraph(doc, f"口径：{table['definition']}", L.S_TABLE_TEXT)
        L.add_paragraph(doc, "", L.S_SPACER)
    L.add_banji(doc, cc=cc or None, issuer=office, issued_on=format_cn(today))
    return doc


def write_annex_document(
    data: dict[str, Any], out: Path, *, settings: Any, today: date, anchor: str | None = None
) -> Path:
    fonts = Fonts(**settings.documents.fonts.model_dump())
    doc = annex_document(data, fonts=fonts, today=today, cc=settings.documents.cc)
    L.balance_titles(doc)
    office = (data.get("office") or {}).get("name") or ""
    L.set_core_properties(doc, title=data["title"], author=office)
    if anchor:
        L.add_anchor_line(doc, anchor)
    out = Path(out)
    if not out.parent.is_dir():
        raise DocumentError(f"无法写入 {out}：文件夹 {out.parent} 不存在")
    try:
        with writing(out) as tmp:
            doc.save(str(tmp))
    except OSError as exc:
        raise DocumentError(f"无法写入 {out}：{os_reason(exc)}") from None
    return out
