"""The national-form return (行政复议、行政应诉案件统计表) as an .xlsx for the province:
one sheet per form, built from :func:`fylink.services.national.build`'s dict."""

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from fylink.errors import DocumentError
from fylink.outputs import os_reason
from fylink.services.national import FORMS


def write_workbook(data: dict[str, Any], out: Any, *, filled_by: str) -> None:
    """One sheet per form: the title, 填报单位/期间, the header row, one row per unit, 合计."""
    book = Workbook()
    book.remove(book.active)
    for form, (name, _) in FORMS.items():
        sheet_data = data["forms"][form]
        sheet = book.create_sheet(name)
        columns = ["填报单位（被申请人/被告）", *sheet_data["headers"]]
        sheet.append([sheet_data["title"]])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(columns))
        sheet["A1"].font = Font(bold=True, size=14)
        sheet["A1"].alignment = Alignment(horizontal="center")
        sheet.append(
            [
                f"填报机关：{data['office']['name']}",
                None,
                None,
                None,
                f"统计期间：{data['period']['label']}（{data['period']['start']}至"
                f"{data['period']['end']}）",
            ]
        )
        sheet.append(columns)
        for cell in sheet[3]:
            cell.font = Font(bold=True)
        for row in sheet_data["rows"]:
            sheet.append([row["unit"], *(row[h] for h in sheet_data["headers"])])
        sheet.append(["合计", *(sheet_data["total"][h] for h in sheet_data["headers"])])
        sheet.append([])
        sheet.append(
            [f"填报人：{filled_by}", None, None, None, f"填报日期：{data['generated_on']}"]
        )
        sheet.column_dimensions["A"].width = 28
    try:
        book.save(Path(out))
    except OSError as error:
        raise DocumentError(f"无法写入 {out}：{os_reason(error)}") from None
