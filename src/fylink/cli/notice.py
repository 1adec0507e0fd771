"""``fylink notice``: the 提醒 / 催办 / 督办 notices the overdue check issued, and the 督办通知."""

from typing import TYPE_CHECKING, Any, Optional

import typer

from fylink import render
from fylink.cli import docs
from fylink.cli.common import new_app, page_caption, session, settings

if TYPE_CHECKING:
    from fylink.services.notices import DeliveryLine, NoticeLine

app = new_app("督办记录：fylink check overdue 发出的提醒、催办、督办，以及督办通知（Word）。")

NOTICE_REF_HELP = "通知：编号（如 5，见 fylink notice list）或督办文号（如 2025-3、〔2025〕3号）"

_CHANNELS = {"email": "邮件", "wecom": "企业微信", "dingtalk": "钉钉"}


def _deliveries_text(counts: dict[str, int]) -> str:
    if not counts:
        return "未发送"
    return "、".join(f"{status}{n}" for status, n in sorted(counts.items()))


def _line_public(line: "NoticeLine") -> dict[str, Any]:
    return {
        "type": line.kind,
        "id": line.id,
        "ref": line.ref,
        "source": line.source,
        "content": line.content,
        "due_on": line.due_on,
        "provisional": line.provisional,
        "workdays_overdue": line.days_overdue,
        "status": line.status,
        "progress": line.progress or None,
    }


def _delivery_public(line: "DeliveryLine") -> dict[str, Any]:
    from fylink.services.notify import mask_target

    return {
        "channel": line.channel,
        "target": mask_target(line.target),
        "status": line.status,
        "attempts": line.attempts,
        "last_error": line.last_error or None,
        "sent_at": line.sent_at,
    }


@app.command("list")
def list_(
    ctx: typer.Context,
    stage: Optional[str] = typer.Option(None, "--stage", help="阶段：提醒、催办、督办"),
    unit: Optional[str] = typer.Option(None, "--unit", "-u", help="单位（全称或简称）"),
    year: Optional[int] = typer.Option(None, "--year", min=1949, max=2100, help="发出年份"),
    limit: int = typer.Option(50, "--limit", "-n", min=1, max=10000, help="每页条数"),
    page: int = typer.Option(1, "--page", min=1, max=1_000_000, help="页码"),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON 数组"),
) -> None:
    """列出发出的提醒、催办、督办（新的在前），附事项数和送达情况。"""
    from fylink import views
    from fylink.services import notices

    offset = (page - 1) * limit
    with session(ctx, write=False) as db:
        rows, total = notices.list_notices(
            session=db, stage=stage, unit=unit, year=year, limit=limit, offset=offset
        )
    if as_json:
        render.print_json(
            [
                views.notice_public(r.notice, unit=r.unit, items=r.items, deliveries=r.deliveries)
                for r in rows
            ]
        )
        return
    render.table(
        ["编号", "阶段", "文号", "单位", "发出日期", "事项", "回复期限", "送达"],
        [
            (
                r.notice.id,
                r.notice.stage,
                r.number,
                r.unit,
                r.notice.issued_on,
                r.items,
                r.notice.reply_due,
                _deliveries_text(r.deliveries),
            )
            for r in rows
        ],
        title="督办记录",
        caption=page_caption(total, offset, len(rows)),
    )


@app.command("show")
def show(
    ctx: typer.Context,
    notice: str = typer.Argument(..., help=NOTICE_REF_HELP),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """查看一条通知：单位、逾期事项（完成时限、逾期工作日、当前状态）和送达记录。"""
    from fylink import clock, views
    from fylink.cli.calendar import provisional_mark
    from fylink.services import calendar as calendar_service
    from fylink.services import notices
    from fylink.services.notify import mask_target

    current = settings(ctx)
    with session(ctx, write=False) as db:
        _, th = calendar_service.context(session=db, settings=current, today=clock.today())
        detail = notices.notice_detail(session=db, ref=notice, th=th)
    n = detail.notice
    unit = detail.unit.short_name or detail.unit.name
    if as_json:
        counts: dict[str, int] = {}
        for d in detail.deliveries:
            counts[d.status] = counts.get(d.status, 0) + 1
        data = views.notice_public(n, unit=unit, items=len(detail.items), deliveries=counts)
        data["items"] = [_line_public(line) for line in detail.items]
        data["deliveries"] = [_delivery_public(line) for line in detail.deliveries]
        render.print_json(data)
        return
    has_letter = n.stage in notices.LETTER_STAGES
    render.fields(
        [
            ("通知", f"{n.id}（{n.stage}）"),
            ("文号", detail.number),
            ("单位", detail.unit.name),
            ("发出日期", n.issued_on),
            ("回复期限", n.reply_due),
            *((("已确认", n.acknowledged_on),) if n.acknowledged_on else ()),
            (
                "督办通知",
                f"fylink notice letter {n.id}" if has_letter else "（提醒、催办不发正式文书）",
            ),
        ],
        title=f"{n.stage} {detail.number}".strip(),
    )
    render.table(
        ["事项", "内容", "完成时限", "逾期（工作日）", "当前状态", "最新进展"],
        [
            (
                line.ref,
                line.content,
                line.due_on.isoformat() + provisional_mark(line.due_on, line.provisional),
                line.days_overdue,
                line.status,
                line.progress,
            )
            for line in detail.items
        ],
        title="事项（逾期工作日按发出当日计算）",
    )
    if detail.deliveries:
        render.table(
            ["渠道", "发送到", "状态", "尝试次数", "发送时间", "错误"],
            [
                (
                    _CHANNELS.get(d.channel, d.channel),
                    mask_target(d.target),
                    d.status,
                    d.attempts,
                    d.sent_at.astimezone().strftime("%Y-%m-%d %H:%M") if d.sent_at else None,
                    d.last_error,
                )
                for d in detail.deliveries
            ],
            title="送达",
        )
    else:
        render.message("送达：未发送（fylink check overdue --notify 发送）")


@app.command("letter")
def letter(
    ctx: typer.Context,
    notice: str = typer.Argument(..., help=NOTICE_REF_HELP),
    out: Optional[str] = docs.output_option("督办通知〔2025〕3号（县财政局）.docx"),
    template: Optional[str] = docs.template_option(),
    pdf: bool = docs.pdf_option(),
    force: bool = docs.force_option(),
) -> None:
    """生成督办通知（Word）：文号、主送单位、逾期事项及逾期工作日、书面报送期限。"""
    from fylink import clock
    from fylink.documents import contexts, output
    from fylink.errors import ConflictError
    from fylink.services import calendar as calendar_service
    from fylink.services import notices
    from fylink.services.office import get_office

    current = settings(ctx)
    choice = docs.choose_template("notice_letter", template, current)
    with session(ctx, write=False) as db:
        _, th = calendar_service.context(session=db, settings=current, today=clock.today())
        detail = notices.notice_detail(session=db, ref=notice, th=th)
        office = get_office(session=db)
    n = detail.notice
    if n.stage not in notices.LETTER_STAGES or not detail.number:
        raise ConflictError(
            f"通知 {n.id} 是{n.stage}，不发正式文书：只有督办（和通报）生成督办通知"
            f"（用 fylink notice show {n.id} 查看其内容）"
        )
    prefix = current.documents.number_prefix
    context = contexts.notice_letter_context(
        detail,
        office=office,
        prefix=prefix,
        cc=current.documents.cc,
        contact=current.documents.contact,
    )
    name = contexts.notice_file_name(detail, prefix)
    docs.write_document(
        ctx=ctx,
        kind="notice_letter",
        context=context,
        out=output.target(out, name),
        choice=choice,
        current=current,
        title=f"{context['title']}（{context['doc_number']}）",
        author=office.name,
        pdf=pdf,
        force=force,
    )
