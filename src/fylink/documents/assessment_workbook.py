"""An assessment as an Excel workbook: 总表, a sheet per section, and 扣分明细.

Written in openpyxl's write-only mode; points are real numbers in their cells.
"""

import re
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from fylink.documents.report_workbook import _save, _sheet

_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")


def _title(text: str, used: set[str]) -> str:
    name = _SHEET_NAME.sub("", text)[:28] or "部分"
    while name in used:
        name = name[:26] + f"{len(used)}"
    used.add(name)
    return name


def write_assessment_workbook(data: dict[str, Any], out: Path, *, unit: str | None = None) -> Path:
    """The workbook of ``data`` (``assess --json``); ``unit`` keeps one unit (a draft)."""
    units = [u for u in data["units"] if unit is None or u["unit"] == unit]
    book = Workbook(write_only=True)
    used = {"总表", "扣分明细"}
    _sheet(
        book,
        "总表",
        [
            ("排名", 8),
            ("单位", 24),
            ("类别", 12),
            ("得分", 10),
            ("扣分", 10),
            ("加分", 10),
            ("等次", 10),
            ("一票否决", 10),
        ],
        (
            [
                u["rank"],
                u["unit"],
                u["kind"],
                u["score"],
                u["deducted"],
                u["bonus"],
                u["tier"],
                "是" if u["vetoed"] else "",
            ]
            for u in units
        ),
    )
    for section in data["rules"]["sections"]:
        rows = []
        for u in units:
            for line in u["lines"]:
                if line["section"] == section["id"]:
                    rows.append(
                        [
                            u["unit"],
                            line["id"],
                            line["name"],
                            line["count"],
                            line["raw"],
                            line["points"],
                            "是" if line["veto"] else "",
                            line["note"],
                        ]
                    )
        label = "应加" if section["bonus"] else "应扣"
        counted = "计加" if section["bonus"] else "计扣"
        _sheet(
            book,
            _title(f"{section['id']} {section['name']}", used),
            [
                ("单位", 24),
                ("条目", 8),
                ("内容", 36),
                ("件数", 8),
                (label, 10),
                (counted, 10),
                ("一票否决", 10),
                ("说明", 24),
            ],
            rows,
        )
    details = []
    for u in units:
        for line in u["lines"]:
            for record in line["records"]:
                details.append(
                    [
                        u["unit"],
                        line["id"],
                        line["name"],
                        record["ref"],
                        record.get("on"),
                        record.get("class", ""),
                        record.get("points"),
                        record.get("recorded_by", ""),
                    ]
                )
    _sheet(
        book,
        "扣分明细",
        [
            ("单位", 24),
            ("条目", 8),
            ("内容", 36),
            ("依据", 30),
            ("日期", 12),
            ("情形", 12),
            ("分值", 8),
            ("录入人", 12),
        ],
        details,
    )
    _save(book, out)
    return out
