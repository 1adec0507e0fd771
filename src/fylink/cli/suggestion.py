"""``fylink suggestion``: 司法建议 and 检察建议."""

from pathlib import Path
from typing import Optional

import typer

from fylink.cli import render
from fylink.cli.common import (
    merged_unit_note,
    new_app,
    page_caption,
    parse_day,
    reading,
    session,
    settings,
)

app = new_app("司法建议、检察建议：收到、反馈、采纳、整改核实。")

REF_HELP = "建议的文号（或编号）"


@app.command("add")
def add(
    ctx: typer.Context,
    doc_no: str = typer.Argument(..., help="文号，如 示法建〔2025〕3号"),
    unit: str = typer.Option(..., "--unit", "-u", help="建议送达的单位（全称或简称）"),
    received: str = typer.Option(..., "--received", help="收到日期"),
    kind: str = typer.Option("司法建议", "--kind", "-k", help="类型：司法建议、检察建议"),
    issuer: str = typer.Option("", "--issuer", help="发出机关（默认名册中的法院或检察院）"),
    due: Optional[str] = typer.Option(
        None,
        "--due",
        help="反馈期限：日期或自收到日起算的规则（默认取配置 suggestions.reply_period，即2个月）",
    ),
    summary: str = typer.Option("", "--summary", help="建议内容摘要"),
    case: list[str] = typer.Option([], "--case", help="关联案件的案号；可重复"),
    party: list[str] = typer.Option(
        [], "--party", "-p", help="关联当事人（名称或统一社会信用代码，一企一档可见）；可重复"
    ),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """登记一份司法建议或检察建议；反馈期限默认自收到日起2个月。"""
    from fylink import clock
    from fylink.cli import views
    from fylink.cli.formatting import day_cn, provisional_note
    from fylink.services import calendar as calendar_service
    from fylink.services import suggestions

    current = settings(ctx)
    today = clock.today()
    received_on = parse_day(received, "收到日期")
    assert received_on is not None
    with session(ctx, write=True) as db:
        calendar, th = calendar_service.context(session=db, settings=current, today=today)
        item = suggestions.add_suggestion(
            session=db,
            suggestion_in=suggestions.SuggestionIn(
                kind=kind,
                doc_no=doc_no,
                unit=unit,
                received_on=received_on,
                issuer=issuer,
                due=due,
                summary=summary,
                cases=case,
            ),
            calendar=calendar,
            default_rule=current.suggestions.reply_period,
            today=today,
        )
        linked_parties: list[str] = []
        if party:
            from fylink.services import subjects

            linked_parties = subjects.link_suggestion_parties(
                session=db, suggestion=item, parties=party
            )
        detail = suggestions.suggestion_detail(
            session=db, ref=item.id or 0, th=th, calendar=calendar
        )
    if as_json:
        data = views.suggestion_public(
            item, unit=detail.unit.short_name or detail.unit.name, status=detail.status.value
        )
        data["cases"] = [c.case_no for c in detail.cases]
        data["parties"] = linked_parties
        render.print_json(data)
        return
    rule = f"（{item.reply_due_rule}）" if item.reply_due_rule else ""
    render.message(
        f"已登记：{item.kind} {item.doc_no}，送 {detail.unit.name}，"
        f"反馈期限 {day_cn(item.reply_due)}{rule}"
    )
    note_text = provisional_note(detail.deadline)
    if note_text:
        render.message(note_text)


# The filters `suggestion list` and `suggestion export` share.
_UNIT = typer.Option(None, "--unit", "-u", help="单位")
_KIND = typer.Option(None, "--kind", "-k", help="司法建议 或 检察建议")
_STATUS = typer.Option(
    None, "--status", help="状态：待反馈、临期、逾期未反馈、已反馈、逾期反馈、已核实"
)
_YEAR = typer.Option(None, "--year", min=1949, max=2100, help="收到年度")
_TEXT = typer.Option(None, "--text", "-q", help="文号或摘要包含的文字")


@app.command("list")
def list_(
    ctx: typer.Context,
    unit: Optional[str] = _UNIT,
    kind: Optional[str] = _KIND,
    status: Optional[str] = _STATUS,
    year: Optional[int] = _YEAR,
    text: Optional[str] = _TEXT,
    limit: int = typer.Option(50, "--limit", "-n", min=1, max=10000, help="每页条数"),
    page: int = typer.Option(1, "--page", min=1, max=1_000_000, help="页码"),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON 数组"),
) -> None:
    """查询建议：未反馈的在前（按反馈期限），再列已反馈的。"""
    from fylink import clock
    from fylink.cli import views
    from fylink.cli.formatting import provisional_mark
    from fylink.services import reads
    from fylink.services.suggestion_rules import SuggestionFilter

    flt = SuggestionFilter(unit=unit, kind=kind, status=status, year=year, text=text)
    offset = (page - 1) * limit
    current = settings(ctx)
    # The light read path (issue 21): Core tables on a bare connection, no ORM.
    with reading(ctx) as connection:
        _, th = reads.thresholds(connection, settings=current, today=clock.today())
        rows, total = reads.suggestions(connection, flt=flt, th=th, limit=limit, offset=offset)
        merged = merged_unit_note(connection, unit)
    if merged:
        render.warn(merged)
    if as_json:
        render.print_json(
            [views.suggestion_public(s, unit=u, status=st.value) for s, u, st in rows]
        )
        return
    render.table(
        ["文号", "类型", "单位", "收到日期", "反馈期限", "状态", "反馈日期", "采纳", "整改核实"],
        [
            (
                s.doc_no,
                s.kind,
                u,
                s.received_on,
                s.reply_due.isoformat() + provisional_mark(s.reply_due, s.reply_due_provisional),
                st.value,
                s.replied_on,
                s.adopted,
                s.verified_on,
            )
            for s, u, st in rows
        ],
        title="司法建议与检察建议",
        caption=page_caption(total, offset, len(rows)),
    )


@app.command("show")
def show(
    ctx: typer.Context,
    ref: str = typer.Argument(..., help=REF_HELP),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """查看一份建议：反馈期限的推算、反馈与整改、关联案件和整改任务。"""
    from fylink import clock
    from fylink.cli import views
    from fylink.cli.formatting import day_cn, deadline_public, print_derivation, provisional_mark
    from fylink.services import reads

    current = settings(ctx)
    # The light read path (issue 21): Core tables on a bare connection, no ORM.
    with reading(ctx) as db:
        calendar, th = reads.thresholds(db, settings=current, today=clock.today())
        detail = reads.suggestion_detail(db, ref, th=th, calendar=calendar)
    s = detail.suggestion
    if as_json:
        data = views.suggestion_public(
            s, unit=detail.unit.short_name or detail.unit.name, status=detail.status.value
        )
        data["deadline"] = deadline_public(detail.deadline)
        data["cases"] = [c.case_no for c in detail.cases]
        data["tasks"] = [t.id for t in detail.tasks]
        data["notices"] = [
            {
                "stage": n.stage,
                "issued_on": n.issued_on,
                "number": n.number or None,
                "days_overdue": n.days_overdue,
            }
            for n in detail.notices
        ]
        render.print_json(data)
        return
    due_text = day_cn(s.reply_due) + (f"，{s.reply_due_rule}" if s.reply_due_rule else "")
    if s.reply_due_provisional:
        due_text += provisional_mark(s.reply_due, True)
    render.fields(
        [
            ("文号", s.doc_no),
            ("类型", s.kind),
            ("发出机关", s.issuer),
            ("送达单位", detail.unit.name),
            ("收到日期", s.received_on),
            ("反馈期限", due_text),
            ("状态", detail.status.value),
            ("反馈日期", s.replied_on),
            ("反馈内容", s.reply_summary),
            ("是否采纳", s.adoption or s.adopted),
            ("整改核实", s.verified_on),
            ("建议摘要", s.summary),
            ("关联案件", "、".join(c.case_no for c in detail.cases)),
            ("整改任务", "、".join(str(t.id) for t in detail.tasks)),
        ],
        title=s.doc_no,
    )
    print_derivation(detail.deadline, title="反馈期限的推算")
    if detail.notices:
        render.table(
            ["日期", "督办阶段", "文号", "逾期（工作日）"],
            [(n.issued_on, n.stage, n.number, n.days_overdue) for n in detail.notices],
            title="督办记录",
        )


@app.command("reply")
def reply(
    ctx: typer.Context,
    ref: str = typer.Argument(..., help=REF_HELP),
    on: Optional[str] = typer.Option(None, "--on", help="反馈日期（默认今天）"),
    summary: str = typer.Option("", "--summary", help="反馈内容摘要"),
    adopted: Optional[str] = typer.Option(
        None, "--adopted", help="是否采纳：采纳（是）、部分采纳、不采纳（否）"
    ),
    correct: bool = typer.Option(False, "--correct", help="更正已登记的反馈"),
) -> None:
    """登记单位的反馈（回复）及是否采纳。"""
    from fylink import clock
    from fylink.services import suggestions

    today = clock.today()
    was_adopted, adoption = suggestions.parse_adoption(adopted)
    with session(ctx, write=True) as db:
        item = suggestions.reply(
            session=db,
            ref=ref,
            replied_on=parse_day(on, "反馈日期") or today,
            summary=summary,
            adopted=was_adopted,
            adoption=adoption,
            today=today,
            correct=correct,
        )
    assert item.replied_on is not None
    late = (
        f"（超过反馈期限 {item.reply_due.isoformat()}）" if item.replied_on > item.reply_due else ""
    )
    render.message(f"已登记反馈：{item.doc_no} {item.replied_on.isoformat()}{late}")


@app.command("verify")
def verify(
    ctx: typer.Context,
    ref: str = typer.Argument(..., help=REF_HELP),
    on: Optional[str] = typer.Option(None, "--on", help="核实日期（默认今天）"),
) -> None:
    """登记整改已核实（须已反馈且已采纳）。"""
    from fylink import clock
    from fylink.services import suggestions

    today = clock.today()
    with session(ctx, write=True) as db:
        item = suggestions.verify(
            session=db, ref=ref, verified_on=parse_day(on, "核实日期") or today, today=today
        )
    render.message(f"已核实整改：{item.doc_no} {item.verified_on}")


@app.command("export")
def export(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="导出到：.xlsx 或 .csv 文件"),
    unit: Optional[str] = _UNIT,
    kind: Optional[str] = _KIND,
    status: Optional[str] = _STATUS,
    year: Optional[int] = _YEAR,
    text: Optional[str] = _TEXT,
    encoding: str = typer.Option(
        "utf-8", "--encoding", help="CSV 编码：utf-8（带 BOM，Excel 可直接打开）、gbk、gb18030"
    ),
    force: bool = typer.Option(False, "--force", help="覆盖已有文件"),
) -> None:
    """把司法建议、检察建议导出为 Excel/CSV 台账（筛选条件同 suggestion list）：
    文号、类别、发出机关、单位、收到日期、反馈期限、反馈日期、是否采纳、整改核实日期、状态、摘要。"""
    from fylink import clock
    from fylink.cli import transfer
    from fylink.services import calendar as calendar_service
    from fylink.services import suggestions
    from fylink.transfer import suggestions as transfer_suggestions

    transfer.check_target(file, force=force)
    flt = suggestions.SuggestionFilter(unit=unit, kind=kind, status=status, year=year, text=text)
    current = settings(ctx)
    with session(ctx, write=False) as db:
        _, th = calendar_service.context(session=db, settings=current, today=clock.today())
        count = transfer_suggestions.export_suggestions(
            session=db, path=file, flt=flt, th=th, encoding=encoding
        )
    transfer.report_export(count, "建议", file)


# --- corrections (#12) ---------------------------------------------------------------------


@app.command("update")
def update(
    ctx: typer.Context,
    ref: str = typer.Argument(..., help=REF_HELP),
    doc_no: Optional[str] = typer.Option(None, "--doc-no", help="新的文号（原文号在变更日志中）"),
    kind: Optional[str] = typer.Option(None, "--kind", "-k", help="类型：司法建议、检察建议"),
    issuer: Optional[str] = typer.Option(None, "--issuer", help="发出机关"),
    unit: Optional[str] = typer.Option(None, "--unit", "-u", help="建议送达的单位"),
    received: Optional[str] = typer.Option(
        None, "--received", help="收到日期（按规则的反馈期限随之重算）"
    ),
    due: Optional[str] = typer.Option(None, "--due", help="反馈期限：日期或自收到日起算的规则"),
    summary: Optional[str] = typer.Option(None, "--summary", help="建议内容摘要"),
) -> None:
    """更正登记的建议（只改给出的项）：文号、类型、发出机关、单位、收到日期、反馈期限、摘要。"""
    from typing import Any

    from fylink import clock
    from fylink.cli.formatting import day_cn
    from fylink.services import calendar as calendar_service
    from fylink.services import suggestions

    changes: dict[str, Any] = {
        key: value
        for key, value in {
            "doc_no": doc_no,
            "kind": kind,
            "issuer": issuer,
            "unit": unit,
            "received_on": parse_day(received, "收到日期"),
            "due": due,
            "summary": summary,
        }.items()
        if value is not None
    }
    current = settings(ctx)
    today = clock.today()
    with session(ctx, write=True) as db:
        calendar, _ = calendar_service.context(session=db, settings=current, today=today)
        item = suggestions.update_suggestion(
            session=db, ref=ref, changes=changes, calendar=calendar, today=today
        )
    rule = f"（{item.reply_due_rule}）" if item.reply_due_rule else ""
    render.message(f"已更正：{item.kind} {item.doc_no}，反馈期限 {day_cn(item.reply_due)}{rule}")


@app.command("remove")
def remove(
    ctx: typer.Context,
    ref: str = typer.Argument(..., help=REF_HELP),
    reason: str = typer.Option(..., "--reason", help="删除原因（记入变更日志）"),
    with_dependents: bool = typer.Option(
        False, "--with-dependents", help="连同依赖它的记录（整改任务、督办事项）一并删除"
    ),
) -> None:
    """删除误录的建议（连同与案件的关联）；有整改任务或督办事项时须加 --with-dependents。"""
    from fylink.cli import views
    from fylink.services import removal

    with session(ctx, write=True) as db:
        removed = removal.remove_suggestion(
            session=db, ref=ref, reason=reason, with_dependents=with_dependents
        )
    for line in views.removed_lines(removed):
        render.message(line)
