"""``fylink check``: checks for cron and monitoring.

``fylink check overdue`` exit codes:

* 0 — nothing is overdue (items may be due soon); also on a rest day, when nothing is
  checked or issued (one line says so);
* 10 — something is overdue (``errors.EXIT_OVERDUE``);
* 9 — a notification is stuck: it failed (it is kept and retried on the next ``--notify``
  run, up to ``notify.max_attempts``), reached its retry limit, or was interrupted. Exit 9
  lasts while anything is stuck, with or without ``--notify``, and wins over 10: overdue
  items are the office's daily state, a stuck delivery needs someone to look at the mail
  server or the robot URL (``fylink notice list --undelivered``, ``fylink notice send``);
* 7 — ``--notify`` without any channel configured; 6 — database problem.
"""

from typing import TYPE_CHECKING, Any, Optional

import typer

from fylink.cli import render
from fylink.cli.common import new_app, session, settings

if TYPE_CHECKING:
    from fylink.services.overdue import CheckResult, Item

app = new_app("检查：逾期事项（供 cron 定时运行）。")


def _days(item: "Item") -> str:
    if item.overdue:
        return f"逾期{item.workdays_overdue}个工作日" if item.workdays_overdue else "逾期（休息日）"
    if item.workdays_left == 0:
        return "今日到期"
    return f"剩{item.workdays_left}个工作日"


def _stage(item: "Item", numbers: dict[tuple[str, int], str]) -> str:
    parts = [item.stage] if item.stage else []
    if item.new_stage:
        number = numbers.get((item.kind, item.id), "")
        parts.append(f"{item.new_stage}{number}（本次）")
    return "→".join(parts)


def _item_public(item: "Item", numbers: dict[tuple[str, int], str]) -> dict[str, Any]:
    return {
        "type": item.kind,
        "id": item.id,
        "ref": item.ref,
        "source": item.source,
        "content": item.content,
        "due_on": item.due_on,
        "provisional": item.provisional,
        "status": "逾期" if item.overdue else "临期",
        "workdays_overdue": item.workdays_overdue,
        "workdays_left": item.workdays_left,
        "stage": item.stage,
        "new_stage": item.new_stage,
        "new_notice_number": numbers.get((item.kind, item.id)) or None,
    }


def _render(result: "CheckResult", as_json: bool, extra: dict[str, Any]) -> None:
    from fylink.cli.formatting import provisional_mark
    from fylink.domain.dates import format_cn

    numbers: dict[tuple[str, int], str] = {}
    for notice in result.issued:
        for item in notice.items:
            numbers[(item.kind, item.id)] = notice.number
    if as_json:
        render.print_json(
            {
                "as_of": result.today,
                "within_workdays": result.within,
                "dry_run": result.dry_run,
                "overdue": result.overdue,
                "due_soon": result.due_soon,
                "units": [
                    {
                        "unit_id": g.unit_id,
                        "unit": g.unit,
                        "overdue": g.overdue,
                        "due_soon": g.due_soon,
                        "items": [_item_public(i, numbers) for i in g.items],
                    }
                    for g in result.units
                ],
                "notices": [
                    {
                        "notice_id": n.notice_id,
                        "unit": n.unit,
                        "stage": n.stage,
                        "number": n.number or None,
                        "reply_due": n.reply_due,
                        "items": len(n.items),
                    }
                    for n in result.issued
                ],
                "opened": [
                    {"task_id": t, "unit": u, "content": c, "period": p, "due_on": d}
                    for t, u, c, p, d in result.opened
                ],
                **extra,
            }
        )
        return
    head = (
        f"截至{format_cn(result.today)}：逾期 {result.overdue} 项，临期 {result.due_soon} 项"
        f"（临期指{result.within}个工作日内到期），涉及 {len(result.units)} 个单位"
    )
    render.message(head)
    if result.opened:
        render.message(f"周期性事项新一期已生成 {len(result.opened)} 项：")
        for task_id, unit, content, period, due_on in result.opened:
            render.message(f"  任务 {task_id} {unit}：{content}（{period}，{format_cn(due_on)}前）")
    for group in result.units:
        render.message("")
        render.table(
            ["状态", "类别", "编号/文号", "事项", "完成时限", "逾期/剩余", "督办"],
            [
                (
                    "逾期" if i.overdue else "临期",
                    i.source,
                    i.ref,
                    i.content,
                    i.due_on.isoformat() + provisional_mark(i.due_on, i.provisional),
                    _days(i),
                    _stage(i, numbers),
                )
                for i in group.items
            ],
            title=f"{group.unit}：逾期 {group.overdue} 项，临期 {group.due_soon} 项",
        )
    if result.issued:
        render.message("")
        verb = "将签发（试运行，未写入）" if result.dry_run else "本次签发"
        render.message(f"{verb}：")
        for n in result.issued:
            due = f"，限{format_cn(n.reply_due)}前反馈" if n.reply_due else ""
            render.message(f"  {n.unit} {n.stage}{n.number}：{len(n.items)} 项{due}")
    elif any(i.overdue for g in result.units for i in g.items):
        render.message("")
        render.message("本次没有需要新签发的提醒、催办或督办（各事项均已发过相应阶段的通知）")
    if any(i.kind == "case" for g in result.units for i in g.items):
        render.message("")
        render.message(
            "案件期限由案件动态推算（答辩、举证、上诉等），与其他事项一样逐级提醒、催办、督办被告"
            "（被申请人）单位；记录答辩等动态后即不再催办"
        )


@app.command("overdue")
def overdue(
    ctx: typer.Context,
    within: Optional[int] = typer.Option(
        None,
        "--within",
        min=0,
        max=60,
        help="临期：N个工作日内到期（默认取配置 tasks.due_soon_workdays）",
    ),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
    notify: bool = typer.Option(
        False, "--notify", help="把各单位的清单发给联络员邮箱和/或企业微信、钉钉群机器人"
    ),
    dry_run: bool = typer.Option(
        False, "--dry-run", help="只显示将签发和发送的通知，不写入、不发送"
    ),
) -> None:
    """列出逾期和临期事项（任务、建议反馈、督办的书面报送），按责任单位分组，并逐级签发：
        临期提醒一次，逾期后提醒→催办→督办；书面报送逾期后催报→通报。法院、检察院收到的是
        提示、商请函（不编督办文号）。休息日不检查、不签发。周期性事项（每季度末、每月25日前）
    的上一期到期后，由本命令生成下一期（跨年照常生成；用 fylink task close 结束）。

        退出码：0 没有逾期事项（或今天是休息日）；10 有逾期事项；9 有通知未送达（失败的已保留，
        下次运行时自动重试）。
    """
    from fylink import clock
    from fylink.domain.dates import format_cn
    from fylink.errors import EXIT_OVERDUE, DeliveryError
    from fylink.services import calendar as calendar_service
    from fylink.services import notify as notify_service
    from fylink.services import overdue as overdue_service

    current = settings(ctx)
    today = clock.today()
    if notify:
        notify_service.require_channels(current)
    extra: dict[str, Any] = {}
    skipped: list[Any] = []
    with session(ctx, write=not dry_run) as db:
        calendar, th = calendar_service.context(
            session=db, settings=current, today=today, within=within
        )
        from fylink.services import case_deadlines

        result = overdue_service.check(
            session=db,
            calendar=calendar,
            today=today,
            within=th.within,
            settings=current.escalation,
            dry_run=dry_run,
            case_rules=case_deadlines.rules(current.cases),
        )
        if result.rest_day:
            pass
        elif notify and not dry_run:
            _, skipped = notify_service.create_deliveries(session=db, settings=current, today=today)
        elif notify:
            retry = notify_service.pending_deliveries(session=db)
            extra["deliveries_to_retry"] = len(retry)
    if result.rest_day:
        if as_json:
            render.print_json({"as_of": result.today, "rest_day": result.rest_day, "issued": 0})
        else:
            render.message(
                f"{format_cn(result.today)}是休息日（{result.rest_day}）："
                "不检查、不签发、不发送通知，下一个工作日照常运行"
            )
        return
    report = notify_service.SendReport(outcomes=[])
    if notify and not dry_run:
        report = notify_service.send_pending(
            open_session=lambda write: session(ctx, write=write), settings=current, th=th
        )
        extra["deliveries"] = [
            {
                "notice": o.notice,
                "unit": o.unit,
                "channel": o.channel,
                "recipient": o.recipient,
                "target": o.target,
                "ok": o.ok,
                "attempts": o.attempts,
                "error": o.error or None,
            }
            for o in report.outcomes
        ]
    with session(ctx, write=False) as db:
        stuck = notify_service.stuck(session=db, settings=current)
    extra["deliveries_stuck"] = len(stuck)
    _render(result, as_json, extra)
    for item in skipped:
        render.warn(f"提示：{item.unit}{item.reason}")
    if notify and dry_run and not as_json:
        channels = "、".join(
            notify_service.CHANNEL_NAMES[c] for c in notify_service.channels(current)
        )
        render.message(
            f"--notify：将通过{channels}发送以上新签发的通知"
            + (
                f"，并重试 {extra['deliveries_to_retry']} 条此前未送达的通知"
                if extra.get("deliveries_to_retry")
                else ""
            )
        )
    if report.outcomes and not as_json:
        render.message("")
        render.message("通知发送：")
        for o in report.outcomes:
            state = "已发送" if o.ok else f"失败（第{o.attempts}次）：{o.error}"
            who = notify_service.ROLE_NAMES.get(notify_service.role_of(o.recipient), "")
            render.message(
                f"  {o.unit} {o.notice} → "
                f"{notify_service.CHANNEL_NAMES[o.channel]} {o.target}"
                + (f"（{who}）" if who and o.channel == notify_service.EMAIL else "")
                + f"：{state}"
            )
    if report.busy and not as_json:
        render.message(f"另有 {report.busy} 条通知正由另一个同时运行的任务发送，本次不重复发送")
    if stuck:
        failed = [o for o in report.outcomes if not o.ok]
        reason = failed[0].error if failed else stuck[0][0].last_error or stuck[0][3]
        raise DeliveryError(
            f"{len(stuck)} 条通知未送达（已保留：失败的在下次运行时自动重试；"
            f"用 fylink notice list --undelivered 查看）：{reason}"
        )
    if result.overdue:
        raise typer.Exit(EXIT_OVERDUE)
