"""The report as an Excel workbook: one sheet per table of ``fylink report quarterly``.

Written in openpyxl's write-only mode (rows stream to the file; a province's
200 units or a long list of overdue items cost no memory). Figures are real
numbers in their cells — rates in %, amounts in 元 — with the published text
beside them, so the office can recompute or chart them in Excel.
"""

import re
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from fylink.errors import DocumentError
from fylink.outputs import os_reason, writing
from fylink.transfer.sheets import neutralise

_HEADER_FONT = Font(bold=True)


def _header(sheet: WriteOnlyWorksheet, labels: Sequence[str]) -> None:
    cells = []
    for label in labels:
        cell = WriteOnlyCell(sheet, value=label)
        cell.font = _HEADER_FONT
        cells.append(cell)
    sheet.append(cells)


#: Characters XML 1.0 forbids (openpyxl refuses them).
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _sheet(
    book: Workbook,
    title: str,
    columns: Sequence[tuple[str, int]],
    rows: Iterable[Sequence[Any]],
) -> None:
    sheet = book.create_sheet(title)
    for index, (_, width) in enumerate(columns):
        letter = chr(ord("A") + index)
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    _header(sheet, [label for label, _ in columns])
    for row in rows:
        sheet.append([_guarded(value) for value in row])


def _guarded(value: Any) -> Any:
    """Text as text: a unit name or task text starting with = + - @ is written with the
    case export's guard (a leading '), so Excel or WPS never evaluates it as a formula."""
    if isinstance(value, str):
        return neutralise(_ILLEGAL_XML.sub("", value))
    return value


def _headline_rows(data: dict[str, Any]) -> Iterable[list[Any]]:
    for figure in data["indicators"].values():
        previous = figure.get("previous") or {}
        yield [
            figure["key"],
            figure["name"],
            figure["value"],
            figure["unit"],
            figure["display"],
            figure["numerator"],
            figure["denominator"],
            figure["last_year"]["value"],
            figure["yoy"],
            figure["yoy_display"],
            previous.get("value"),
            figure["qoq"],
            figure["qoq_display"],
        ]


_UNIT_KEYS = (
    ("litigation_filed", "发案量"),
    ("loss_rate", "败诉率"),
    ("head_appearance_rate", "出庭应诉率"),
    ("reconsideration_correction_rate", "复议纠错率"),
    ("task_completion_rate", "双清单完成率"),
    ("suggestion_reply_rate", "司法建议按期反馈率"),
    ("tasks_overdue", "逾期事项"),
    ("suggestions_unanswered", "逾期未反馈建议"),
)


def _unit_rows(data: dict[str, Any]) -> Iterable[list[Any]]:
    for unit in data["units"]:
        figures = unit["indicators"]
        row: list[Any] = [unit["rank"], unit["unit"], unit["unit_name"], unit["kind"]]
        row.append(figures["loss_rate"]["numerator"])
        for key, _ in _UNIT_KEYS:
            row.append(figures[key]["value"])
        row.append(figures["litigation_filed"]["yoy"])
        yield row


def write_workbook(data: dict[str, Any], out: Path) -> Path:
    """Write the report ``data`` (``build_report``'s dict) to ``out``; return ``out``."""
    out = Path(out)
    if not out.parent.is_dir():
        raise DocumentError(f"无法写入 {out}：文件夹 {out.parent} 不存在")
    book = Workbook(write_only=True)
    _sheet(
        book,
        "主要指标",
        [
            ("指标键", 32),
            ("指标", 26),
            ("本期", 12),
            ("单位", 8),
            ("本期（文字）", 14),
            ("分子", 14),
            ("分母", 14),
            ("去年同期", 12),
            ("同比", 10),
            ("同比（文字）", 18),
            ("上期", 12),
            ("环比", 10),
            ("环比（文字）", 18),
        ],
        _headline_rows(data),
    )
    _sheet(
        book,
        "各单位",
        [("排名", 6), ("单位", 18), ("单位全称", 30), ("类型", 10), ("败诉数", 8)]
        + [(label + ("（%）" if key.endswith("_rate") else ""), 12) for key, label in _UNIT_KEYS]
        + [("发案量同比（%）", 14)],
        _unit_rows(data),
    )
    attention = data["attention"]
    _sheet(
        book,
        "败诉案件",
        [("案号", 28), ("单位", 18), ("结果", 14), ("结案日期", 12), ("领域", 14)],
        (
            [x["case_no"], x["unit"], x["outcome"], _day(x["closed_on"]), x["field"]]
            for x in attention["losses"]
        ),
    )
    _sheet(
        book,
        "逾期事项",
        [
            ("编号", 8),
            ("序号", 8),
            ("事项", 50),
            ("牵头单位", 18),
            ("完成时限", 12),
            ("逾期天数", 10),
        ],
        (
            [
                x["id"],
                x["list_no"],
                x["content"],
                x["unit"],
                _day(x["due_on"]),
                x["days_overdue"],
            ]
            for x in attention["overdue_tasks"]
        ),
    )
    _sheet(
        book,
        "逾期未反馈建议",
        [("文号", 28), ("发出机关", 20), ("单位", 18), ("反馈期限", 12), ("逾期天数", 10)],
        (
            [x["doc_no"], x["issuer"], x["unit"], _day(x["reply_due"]), x["days_overdue"]]
            for x in attention["unanswered_suggestions"]
        ),
    )
    _sheet(
        book,
        "涉行政机关执行未履行",
        [
            ("被执行单位", 18),
            ("件数", 8),
            ("标的（元）", 16),
            ("到位（元）", 16),
            ("未到位（元）", 16),
        ],
        (
            [x["unit"], x["cases"], x["claimed"], x["recovered"], x["unpaid"]]
            for x in attention.get("unpaid_enforcement") or []  # none before issue 17
        ),
    )
    watched = attention.get("watched_enterprises")
    if watched:
        _sheet(
            book,
            "重点关注企业",
            [("关注等级", 10), ("企业数", 10)],
            [
                *([level, count] for level, count in watched["by_level"].items()),
                ["合计", watched["total"]],
                ["其中重点破产企业", watched["in_bankruptcy"]],
            ],
        )
    if data.get("trend"):
        _sheet(
            book,
            "季度趋势",
            [("季度", 10), ("发案量", 10), ("败诉数", 10), ("审结数", 10), ("败诉率（%）", 12)],
            (
                [
                    t["period"],
                    t["litigation_filed"],
                    t["loss_numerator"],
                    t["loss_denominator"],
                    t["loss_rate"],
                ]
                for t in data["trend"]
            ),
        )
    _sheet(
        book,
        "口径说明",
        [
            ("指标键", 32),
            ("指标", 26),
            ("分子", 60),
            ("分母", 60),
            ("统计依据", 12),
            ("配置项", 40),
        ],
        (
            [d["key"], d["name"], d["numerator"], d["denominator"], d["basis"], d["setting"]]
            for d in data["definitions"].values()
        ),
    )
    _save(book, out)
    return out


def _day(value: Any) -> date | None:
    """A real date cell (the report carries ISO strings)."""
    if isinstance(value, date):
        return value
    return date.fromisoformat(value) if value else None


def _save(book: Workbook, out: Path) -> None:
    try:
        with writing(out) as tmp:
            book.save(str(tmp))
    except OSError as exc:
        raise DocumentError(f"无法写入 {out}：{os_reason(exc)}") from None
