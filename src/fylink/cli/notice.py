"""``fylink notice``: the 提醒 / 催办 / 督办 notices the overdue check issued, and the 督办通知."""

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

import typer

from fylink.cli import docs, render
from fylink.cli.common import (
    merged_unit_note,
    new_app,
    page_caption,
    parse_day,
    reading,
    session,
    settings,
)

if TYPE_CHECKING:
    from fylink.services.reads_meetings import DeliveryLine, NoticeLine

app = new_app("督办记录：fylink check overdue 发出的提醒、催办、督办，以及督办通知（Word）。")

NOTICE_REF_HELP = "通知：编号（如 5，见 fylink notice list）或督办文号（如 2025-3、〔2025〕3号）"

_CHANNELS = {"email": "邮件", "wecom": "企业微信", "dingtalk": "钉钉", "webhook": "接口"}
_ROLES = {"lead": "联络员", "co": "协办单位", "leader": "领导抄送", "group": "群"}


def _role(recipient: str) -> str:
    return _ROLES.get(recipient.split(":", 1)[0], "")


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
    from fylink.services.reads_meetings import mask_target

    return {
        "channel": line.channel,
        "recipient": line.recipient,
        "target": mask_target(line.target),
        "status": line.status,
        "attempts": line.attempts,
        "last_error": line.last_error or None,
        "sent_at": line.sent_at,
    }


def _reply_public(reply: Any) -> dict[str, Any]:
    return {
        "id": reply.id,
        "replied_on": reply.replied_on,
        "summary": reply.summary or None,
        "file_name": reply.file_name or None,
        "file_size": reply.file_size or None,
        "file_sha256": reply.file_sha256 or None,
    }


@app.command("list")
def list_(
    ctx: typer.Context,
    stage: Optional[str] = typer.Option(None, "--stage", help="阶段：提醒、催办、督办"),
    unit: Optional[str] = typer.Option(None, "--unit", "-u", help="单位（全称或简称）"),
    year: Optional[int] = typer.Option(None, "--year", min=1949, max=2100, help="发出年份"),
    limit: int = typer.Option(50, "--limit", "-n", min=1, max=10000, help="每页条数"),
    page: int = typer.Option(1, "--page", min=1, max=1_000_000, help="页码"),
    undelivered: bool = typer.Option(
        False, "--undelivered", help="只列出尚未送达的通知（逐条收件人：待发送、失败、中断）"
    ),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON 数组"),
) -> None:
    """列出发出的提醒、催办、督办（新的在前），附事项数和送达情况。"""
    from fylink.cli import views

    if undelivered:
        _list_undelivered(ctx, as_json)
        return
    from fylink.services import reads_meetings

    offset = (page - 1) * limit
    with reading(ctx) as connection:
        rows, total = reads_meetings.notices(
            connection, stage=stage, unit=unit, year=year, limit=limit, offset=offset
        )
        merged = merged_unit_note(connection, unit)
    if merged:
        render.warn(merged)
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


def _list_undelivered(ctx: typer.Context, as_json: bool) -> None:
    from fylink.domain.status import notice_number
    from fylink.services import notify

    current = settings(ctx)
    with session(ctx, write=False) as db:
        rows = notify.undelivered(session=db, settings=current)
    if as_json:
        render.print_json(
            [
                {
                    "notice_id": n.id,
                    "stage": n.stage,
                    "number": notice_number(n) or None,
                    "unit": unit,
                    "issued_on": n.issued_on,
                    "channel": d.channel,
                    "recipient": d.recipient,
                    "target": notify.mask_target(d.target),
                    "state": state,
                    "attempts": d.attempts,
                    "last_error": d.last_error or None,
                }
                for d, n, unit, state in rows
            ]
        )
        return
    if not rows:
        render.message("所有通知均已送达")
        return
    render.table(
        [
            "通知",
            "阶段",
            "文号",
            "单位",
            "发出日期",
            "渠道",
            "收件人",
            "发送到",
            "状态",
            "尝试",
            "错误",
        ],
        [
            (
                n.id,
                n.stage,
                notice_number(n),
                unit,
                n.issued_on,
                _CHANNELS.get(d.channel, d.channel),
                _role(d.recipient),
                notify.mask_target(d.target),
                state,
                d.attempts,
                d.last_error,
            )
            for d, n, unit, state in rows
        ],
        title="未送达的通知",
        caption="失败的由 fylink check overdue --notify 自动重试；已达重试上限或中断的用 "
        "fylink notice send 通知编号 手动发送",
    )


@app.command("show")
def show(
    ctx: typer.Context,
    notice: str = typer.Argument(..., help=NOTICE_REF_HELP),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """查看一条通知：单位、逾期事项（完成时限、逾期工作日、当前状态）和送达记录。"""
    from fylink import clock
    from fylink.cli import views
    from fylink.cli.formatting import provisional_mark
    from fylink.services import reads, reads_meetings
    from fylink.services.reads_meetings import mask_target

    current = settings(ctx)
    with reading(ctx) as connection:
        _, th = reads.thresholds(connection, settings=current, today=clock.today())
        detail = reads_meetings.notice_detail(connection, notice, th=th)
    n = detail.notice
    unit = detail.unit.short_name or detail.unit.name
    if as_json:
        counts: dict[str, int] = {}
        for d in detail.deliveries:
            counts[d.status] = counts.get(d.status, 0) + 1
        data = views.notice_public(n, unit=unit, items=len(detail.items), deliveries=counts)
        data["items"] = [_line_public(line) for line in detail.items]
        data["deliveries"] = [_delivery_public(line) for line in detail.deliveries]
        data["issuer"] = n.issuer or None
        data["replies"] = [_reply_public(r) for r in detail.replies]
        render.print_json(data)
        return
    has_letter = n.stage in (*reads_meetings.LETTER_STAGES, "商请")
    render.fields(
        [
            ("通知", f"{n.id}（{n.stage}）"),
            ("文号", detail.number),
            ("单位", detail.unit.name),
            ("发出日期", n.issued_on),
            ("回复期限", n.reply_due),
            *((("书面报送", n.acknowledged_on),) if n.acknowledged_on else ()),
            *((("发文机关", f"联合督查：{n.issuer}"),) if n.issuer else ()),
            (
                "督办通知",
                f"fylink notice letter {n.id}" + ("（商请函）" if n.stage == "商请" else "")
                if has_letter
                else "（提醒、催办不发正式文书）",
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
            ["渠道", "收件人", "发送到", "状态", "尝试次数", "发送时间", "错误"],
            [
                (
                    _CHANNELS.get(d.channel, d.channel),
                    _role(d.recipient),
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
        render.message("送达：未发送（fylink check overdue --notify 或 fylink notice send 发送）")
    if detail.replies:
        render.table(
            ["记录", "报送日期", "是否逾期", "报送内容", "附件", "大小"],
            [
                (
                    r.id,
                    r.replied_on,
                    "逾期" if n.reply_due and r.replied_on > n.reply_due else "按时",
                    r.summary,
                    r.file_name,
                    f"{r.file_size} 字节" if r.file_name else "",
                )
                for r in detail.replies
            ],
            title="书面报送",
        )
    elif n.reply_due:
        render.message(
            f"书面报送：尚未收到（期限 {n.reply_due.isoformat()}；"
            f"收到后用 fylink notice reply {n.id} --on 日期 登记）"
        )


@app.command("letter")
def letter(
    ctx: typer.Context,
    notice: str = typer.Argument(..., help=NOTICE_REF_HELP),
    out: Optional[str] = docs.output_option("督办通知〔2025〕3号（县财政局）.docx"),
    template: Optional[str] = docs.template_option(),
    pdf: bool = docs.pdf_option(),
    force: bool = docs.force_option(),
) -> None:
    """生成督办通知（Word）：文号、主送单位、逾期事项及逾期工作日、书面报送期限。

    对法院、检察院的商请生成商请函（模板 consult_letter，不带文号）；联合督查的督办在落款处
    依次列出各发文机关。
    """
    from fylink import clock
    from fylink.documents import contexts, output
    from fylink.errors import ConflictError
    from fylink.services import calendar as calendar_service
    from fylink.services import notices
    from fylink.services.office import get_office
    from fylink.services.reads_meetings import LETTER_STAGES

    current = settings(ctx)
    with session(ctx, write=False) as db:
        _, th = calendar_service.context(session=db, settings=current, today=clock.today())
        detail = notices.notice_detail(session=db, ref=notice, th=th)
        office = get_office(session=db)
    n = detail.notice
    if n.stage == "商请":
        choice = docs.choose_template("consult_letter", template, current)
        context = contexts.consult_letter_context(
            detail, office=office, cc=current.documents.cc, contact=current.documents.contact
        )
        docs.write_document(
            ctx=ctx,
            kind="consult_letter",
            context=context,
            out=output.target(out, contexts.consult_file_name(detail)),
            choice=choice,
            current=current,
            title=f"{context['title']}（{detail.unit.short_name or detail.unit.name}）",
            author=office.name,
            pdf=pdf,
            force=force,
        )
        return
    choice = docs.choose_template("notice_letter", template, current)
    if n.stage not in LETTER_STAGES or not detail.number:
        raise ConflictError(
            f"通知 {n.id} 是{n.stage}，不发正式文书：只有督办（和通报）生成督办通知、商请生成商请函"
            f"（用 fylink notice show {n.id} 查看其内容）"
        )
    prefix = current.documents.number_prefix
    if not prefix.strip():
        render.warn(
            "注意：未设置发文机关代字（配置项 documents.number_prefix），督办通知的发文字号"
            "将只有〔年份〕和序号，如“示府联办督〔2025〕3号”中的“示府联办督”"
        )
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


@app.command("reply")
def reply(
    ctx: typer.Context,
    notice: str = typer.Argument(..., help=NOTICE_REF_HELP),
    on: str = typer.Option(..., "--on", help="收到书面报送的日期（如 2025-07-04）"),
    summary: str = typer.Option("", "--summary", help="报送内容摘要"),
    file: Optional[Path] = typer.Option(
        None, "--file", help="报送材料（存入数据库，随数据库一并备份；不超过 20 MB）"
    ),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """登记单位对通知的书面报送（办理情况报告）。

    书面报送不代替任务本身：进展和办结仍用 fylink task progress / task done 登记。
    """
    from fylink import clock
    from fylink.domain.status import notice_number
    from fylink.errors import InvalidInputError
    from fylink.services import notices

    day = parse_day(on, "报送日期")
    assert day is not None
    attachment = None
    if file is not None:
        try:
            attachment = notices.ReplyFile(name=file.name, data=file.read_bytes())
        except OSError as exc:
            raise InvalidInputError(f"无法读取报送材料 {file}：{exc.strerror or exc}") from None
    with session(ctx, write=True) as db:
        record = notices.record_reply(
            session=db,
            ref=notice,
            replied_on=day,
            today=clock.today(),
            summary=summary,
            file=attachment,
        )
        n = notices.find_notice(session=db, ref=record.notice_id)
        late = bool(n.reply_due and day > n.reply_due)
        label = f"{n.stage}{notice_number(n)}"
    if as_json:
        render.print_json(_reply_public(record) | {"notice_id": n.id, "late": late})
        return
    state = f"逾期（期限 {n.reply_due.isoformat()}）" if late and n.reply_due else "按时"
    attached = f"，附件 {record.file_name}（{record.file_size} 字节）" if record.file_name else ""
    render.message(
        f"已登记：通知 {n.id}（{label}）的书面报送，{day.isoformat()}，{state}{attached}"
    )


@app.command("attachment")
def attachment(
    ctx: typer.Context,
    reply_id: int = typer.Argument(..., help="书面报送记录编号（见 fylink notice show）"),
    out: Optional[Path] = typer.Option(None, "--output", "-o", help="保存到（默认原文件名）"),
    force: bool = typer.Option(False, "--force", help="覆盖已有文件"),
) -> None:
    """取出书面报送的附件（原样保存）。"""
    from fylink.errors import ConflictError, InvalidInputError
    from fylink.services import notices

    with session(ctx, write=False) as db:
        record = notices.reply_file(session=db, reply_id=reply_id)
    target = out or Path(record.file_name)
    if target.is_dir():
        target = target / record.file_name
    if target.exists() and not force:
        raise ConflictError(f"{target} 已存在：加 --force 覆盖")
    try:
        target.write_bytes(record.file_data or b"")
    except OSError as exc:
        raise InvalidInputError(f"无法写入 {target}：{exc.strerror or exc}") from None
    render.message(f"已保存：{target}（{record.file_size} 字节）")


@app.command("send")
def send(
    ctx: typer.Context,
    notices_: Optional[list[str]] = typer.Argument(
        None, metavar="[通知…]", help="要发送的通知（默认：所有未送达的通知）"
    ),
) -> None:
    """手动发送通知：尚未送达的收件人逐一发送，已送达的不再重发。

    包括自动重试已达上限的和发送中断的（中断的可能已经送达过一次，请先向对方核实）。
    退出码：0 全部送达；9 仍有未送达的。
    """
    from fylink import clock
    from fylink.errors import DeliveryError
    from fylink.services import calendar as calendar_service
    from fylink.services import notices, notify

    current = settings(ctx)
    notify.require_channels(current)
    today = clock.today()
    with session(ctx, write=True) as db:
        _, th = calendar_service.context(session=db, settings=current, today=today)
        ids: list[int] | None = None
        if notices_:
            ids = [notices.find_notice(session=db, ref=ref).id or 0 for ref in notices_]
        else:
            ids = [n.id or 0 for _, n, _, _ in notify.undelivered(session=db, settings=current)]
            ids = sorted(set(ids))
        _, skipped = notify.create_deliveries(
            session=db, settings=current, today=today, notice_ids=ids
        )
    report = notify.send_pending(
        open_session=lambda write: session(ctx, write=write),
        settings=current,
        th=th,
        notice_ids=ids,
        manual=True,
    )
    for item in skipped:
        render.warn(f"提示：{item.unit}{item.reason}")
    if not report.outcomes and not report.busy:
        render.message("没有需要发送的通知：所选通知均已送达")
    for o in report.outcomes:
        state = "已发送" if o.ok else f"失败（第{o.attempts}次）：{o.error}"
        who = _role(o.recipient)
        render.message(
            f"{o.unit} {o.notice} → {_CHANNELS.get(o.channel, o.channel)} {o.target}"
            + (f"（{who}）" if who and o.channel == "email" else "")
            + f"：{state}"
        )
    if report.busy:
        render.message(f"另有 {report.busy} 条通知正由另一个同时运行的任务发送，本次不重复发送")
    failed = [o for o in report.outcomes if not o.ok]
    if failed:
        raise DeliveryError(f"{len(failed)} 条通知发送失败（已保留）：{failed[0].error}")


@app.command("joint")
def joint(
    ctx: typer.Context,
    notice: str = typer.Argument(..., help=NOTICE_REF_HELP),
    undo: bool = typer.Option(False, "--undo", help="改回由本办公室单独发出"),
) -> None:
    """把一份督办登记为联合督查发出（发文机关取配置 escalation.joint_issuers）。

    督办通知的发文机关标志和落款随之改为联合督查的各发文机关。
    """
    from fylink.domain.status import notice_number
    from fylink.services import notices

    current = settings(ctx)
    with session(ctx, write=True) as db:
        n = notices.set_joint_issuer(
            session=db, ref=notice, issuers=current.escalation.joint_issuers, undo=undo
        )
        label = f"督办{notice_number(n)}"
    if n.issuer:
        render.message(f"已登记：{label} 由联合督查发出（{n.issuer}）")
    else:
        render.message(f"已登记：{label} 由本办公室发出")


@app.command("replies")
def replies(
    ctx: typer.Context,
    year: int = typer.Option(..., "--year", help="年份"),
    quarter: Optional[int] = typer.Option(None, "--quarter", min=1, max=4, help="季度（默认全年）"),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """各单位书面报送情况（报送期限在期间内的督办、商请）：按时、逾期、未报送，供考核使用。"""
    from fylink import clock
    from fylink.domain.calendar import quarter_bounds
    from fylink.services import reads_meetings

    start, end = (
        quarter_bounds(year, quarter) if quarter else (date(year, 1, 1), date(year, 12, 31))
    )
    with reading(ctx) as connection:
        rows = reads_meetings.reply_counts(connection, start=start, end=end, today=clock.today())
    if as_json:
        render.print_json(
            [
                {
                    "unit_id": r.unit_id,
                    "unit": r.unit,
                    "kind": r.kind,
                    "asked": r.asked,
                    "on_time": r.on_time,
                    "late": r.late,
                    "missing": r.missing,
                }
                for r in rows
            ]
        )
        return
    period = f"{year}年第{quarter}季度" if quarter else f"{year}年"
    render.table(
        ["单位", "应报送", "按时", "逾期报送", "未报送"],
        [(r.unit, r.asked, r.on_time, r.late, r.missing) for r in rows],
        title=f"书面报送情况（{period}，按报送期限）",
    )


@app.command("bulletin")
def bulletin(
    ctx: typer.Context,
    year: int = typer.Option(..., "--year", help="通报的年份"),
    quarter: int = typer.Option(0, "--quarter", min=0, max=4, help="季度（1–4；0 为全年）"),
    joint: bool = typer.Option(
        False, "--joint", help="以联合督查名义发出（发文机关取配置 escalation.joint_issuers）"
    ),
    out: Optional[str] = docs.output_option("督办通报〔2025〕1号（2025年第三季度）.docx"),
    template: Optional[str] = docs.template_option(),
    pdf: bool = docs.pdf_option(),
    force: bool = docs.force_option(),
    as_json: bool = typer.Option(False, "--json", help="只输出通报的数据（JSON），不生成文书"),
) -> None:
    """签发一期督办通报（Word，GB/T 9704）：逾期未办结、未按时书面报送的单位（黑榜）和
    按时办结的单位（红榜）。

    同一期只编号签发一次，数据随之固定；再次运行生成同一份通报。
    """
    from fylink import clock
    from fylink.documents import contexts, output
    from fylink.services import bulletins
    from fylink.services import calendar as calendar_service
    from fylink.services.office import get_office

    current = settings(ctx)
    choice = None if as_json else docs.choose_template("bulletin", template, current)
    today = clock.today()
    with session(ctx, write=True) as db:
        calendar, _ = calendar_service.context(session=db, settings=current, today=today)
        record, new = bulletins.issue_bulletin(
            session=db,
            settings=current,
            calendar=calendar,
            year=year,
            quarter=quarter,
            today=today,
            joint=joint,
        )
        office = get_office(session=db)
    number = bulletins.bulletin_number(record)
    period = bulletins.period_label(record.period_year, record.quarter)
    if as_json:
        render.print_json(
            {
                "id": record.id,
                "number": number,
                "period": period,
                "issued_on": record.issued_on,
                "issuer": record.issuer or None,
                "new": new,
                **record.data,
            }
        )
        return
    if new:
        render.message(f"已签发：督办通报{number}（{period}）")
    else:
        render.message(
            f"督办通报{number}（{period}）已于{record.issued_on.isoformat()}签发，"
            "按当时的数据重新生成"
        )
    settings_b = current.bulletin
    context = contexts.bulletin_context(
        record,
        office=office,
        prefix=settings_b.number_prefix,
        cc=current.documents.cc,
        title=settings_b.title,
        black_heading=settings_b.black_heading,
        red_heading=settings_b.red_heading,
        red_list=settings_b.red_list,
    )
    name = contexts.safe_file_name(f"督办通报{context['doc_number']}（{period}）") + ".docx"
    assert choice is not None
    docs.write_document(
        ctx=ctx,  # an issued document: it carries the journal's anchor, as security.md says
        kind="bulletin",
        context=context,
        out=output.target(out, name),
        choice=choice,
        current=current,
        title=f"{settings_b.title}（{context['doc_number']}）",
        author=office.name,
        pdf=pdf,
        force=force,
    )


@app.command("digest")
def digest(
    ctx: typer.Context,
    leader: Optional[str] = typer.Option(None, "--leader", help="只发给这位领导"),
) -> None:
    """给牵头领导发摘要邮件：其牵头的逾期和临期事项（邮箱见配置 notify.leader_emails）。

    没有逾期、临期事项的领导不发；每位领导每天只发一次（发送记入数据库，同一天再次运行或
    两个运行重叠都不会重复发送；发送失败的可再次运行重发）。退出码：0 已发送；9 有邮件发送失败。
    """
    from fylink import clock
    from fylink.errors import DeliveryError
    from fylink.services import calendar as calendar_service
    from fylink.services import notify

    current = settings(ctx)
    with session(ctx, write=False) as db:
        _, th = calendar_service.context(session=db, settings=current, today=clock.today())
    outcomes = notify.send_digests(
        open_session=lambda write: session(ctx, write=write),
        settings=current,
        th=th,
        leader=leader,
    )
    for o in outcomes:
        if o.already:
            render.message(f"{o.leader} → {o.to}：今天已发送过，不再重复发送")
        elif o.busy:
            render.message(f"{o.leader} → {o.to}：另一个运行正在发送，本次跳过")
        elif not o.sent:
            render.message(f"{o.leader}：没有逾期或临期事项，未发送")
        elif o.ok:
            render.message(f"{o.leader} → {o.to}：已发送")
        else:
            render.message(f"{o.leader} → {o.to}：失败：{o.error}")
    failed = [o for o in outcomes if not o.ok]
    if failed:
        raise DeliveryError(f"{len(failed)} 封领导摘要发送失败：{failed[0].error}")
