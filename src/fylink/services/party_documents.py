"""一企一档 as a workbook: 概况, 案件, 任务和议定事项, 司法建议 (``party show --xlsx``).

ID numbers are the masked ones of :class:`fylink.services.parties.PartyFile`; text cells
that Excel would read as a formula are neutralised (transfer.sheets.neutralise).
"""

from decimal import Decimal
from pathlib import Path
from typing import Any

from fylink.errors import InvalidInputError
from fylink.services.parties import PartyFile


def _yuan(fen: int | None) -> Decimal | None:
    return None if fen is None else Decimal(fen) / 100


def write_xlsx(file: PartyFile, statuses: dict[int, str], path: Path, *, force: bool) -> Path:
    from openpyxl import Workbook

    from fylink import outputs
    from fylink.transfer.sheets import neutralise

    if path.suffix.lower() != ".xlsx":
        raise InvalidInputError(f"{path.name}：一企一档只能导出为 .xlsx 文件")
    out = outputs.check_output(path, force=force)

    def cell(value: Any) -> Any:
        if isinstance(value, str):
            return neutralise(value)
        return value

    book = Workbook()
    overview = book.active
    assert overview is not None
    overview.title = "概况"
    p = file.party
    rows: list[tuple[str, Any]] = [
        ("名称", p.name),
        ("类型", p.kind),
        (p.id_kind or "证件号码", p.id_number or ""),
        ("曾用名", "、".join(n for n, _, _ in file.former_names)),
        ("重点关注", f"{file.watch.level}（{file.watch.reason}）" if file.watch else ""),
        ("包案领导", file.watch.leader if file.watch else ""),
        ("专班", file.watch.task_force if file.watch else ""),
        ("案件总数", file.total_cases),
    ]
    for label, value in rows:
        overview.append([label, cell(value)])
    overview.append([])
    overview.append(["类别", "件数", "在办", "已结", "标的（元）", "到位（元）"])
    for s in file.summary:
        overview.append(
            [
                s.category,
                s.cases,
                s.open_cases,
                s.cases - s.open_cases,
                _yuan(s.claimed_fen),
                _yuan(s.recovered_fen),
            ]
        )
    sheet = book.create_sheet("案件")
    sheet.append(
        ["类别", "案号/编号", "角色", "被申请人/被告", "状态", "立案日期", "结案日期", "结果",
         "标的（元）", "到位（元）", "最近动态日期", "最近动态"]
    )  # fmt: skip
    for c in file.cases:
        sheet.append(
            [cell(v) for v in (c.category, c.case_no, c.roles, c.unit, c.status)]
            + [c.filed_on, c.closed_on, cell(c.outcome or "")]
            + [_yuan(c.claimed_fen), _yuan(c.recovered_fen), c.last_event_on]
            + [cell(c.last_event or "")]
        )
    sheet = book.create_sheet("任务和议定事项")
    sheet.append(["编号", "来源", "会议", "内容", "牵头单位", "完成时限", "状态", "关联案件"])
    for t in file.tasks:
        sheet.append(
            [t.id, t.source, cell(t.meeting or ""), cell(t.content), cell(t.lead), t.due_on,
             statuses[t.id], cell(t.case_no or "")]
        )  # fmt: skip
    sheet = book.create_sheet("司法建议")
    sheet.append(["类别", "文号", "发出机关", "收到单位", "收到日期", "回复期限", "回复日期"])
    for s in file.suggestions:
        sheet.append(
            [s.kind, cell(s.doc_no), cell(s.issuer), cell(s.unit), s.received_on, s.reply_due,
             s.replied_on]
        )  # fmt: skip
    for ws in book.worksheets:
        ws.column_dimensions["A"].width = 16
        ws.column_dimensions["B"].width = 28
    with outputs.writing(out) as tmp:
        book.save(tmp)
    return out
