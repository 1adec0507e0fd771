"""``fylink log``: the journal of changes; ``fylink undo``: reverse a command of it."""

from typing import Optional

import typer

from fylink.cli import render
from fylink.cli.common import reading, session

_ACTIONS = {
    "insert": "新增",
    "update": "修改",
    "delete": "删除",
    "undo": "撤销",
    "issue": "印发",
}


def log(
    ctx: typer.Context,
    case_no: Optional[str] = typer.Option(None, "--case", help="只看某个案件的记录（案号或编号）"),
    entity: Optional[str] = typer.Option(
        None, "--entity", help="只看某类记录，如 unit、case、task"
    ),
    limit: int = typer.Option(
        50, "--limit", min=1, max=1_000_000, help="最多显示多少条（最新的在前）"
    ),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
    verify: bool = typer.Option(
        False,
        "--verify",
        help="核验整个日志的哈希链和全部锚点：发现被修改或删除的记录时逐处报告并以退出码 11 结束",
    ),
    anchor: list[str] = typer.Option(
        [],
        "--anchor",
        help="同时核对这个锚点：哈希@序号（抄自纪要、通知、通报末行或备份旁的 .anchor 文件），"
        "或 .anchor 文件本身；可重复",
    ),
) -> None:
    """查看变更日志：何时、何人、用什么命令改了什么。"""
    from fylink import clock
    from fylink.cli import views
    from fylink.services import reads

    if verify or anchor:
        _verify(ctx, as_json, anchor)
        return
    # The light read path (issue 21): Core tables on a bare connection, no ORM.
    with reading(ctx) as db:
        case_id = reads.case_id(db, case_no) if case_no else None
        rows = reads.journal_entries(db, case_id=case_id, entity=entity, limit=limit)
    if as_json:
        render.print_json([views.journal_public(r) for r in rows])
        return
    render.table(
        ["命令号", "时间", "操作人", "操作", "对象", "命令"],
        [
            (
                "" if r.command_id is None else str(r.command_id),
                clock.local(r.at).strftime("%Y-%m-%d %H:%M:%S"),
                r.actor,
                _ACTIONS.get(r.action, r.action),
                views.journal_label(r),
                r.command,
            )
            for r in rows
        ],
        title="变更日志",
        caption=f"最近 {len(rows)} 条" if rows else "没有记录",
    )


def _verify(ctx: typer.Context, as_json: bool, given: list[str]) -> None:
    from fylink.cli.common import settings
    from fylink.errors import IntegrityFailure
    from fylink.services import anchors, journal

    heads = [anchors.parse(text) for text in given]
    key = settings(ctx).journal_key()
    with session(ctx, write=False) as db:
        result = journal.verify(session=db)
        checked_anchors, breaks = anchors.check(db, key=key, given=heads)
    problems = [p.reason for p in result.problems] + [b.reason for b in breaks]
    if as_json:
        render.print_json(
            {
                "ok": not problems,
                "checked": result.checked,
                "rows": result.total,
                "broken_at": result.broken_at,
                "reason": result.reason or (breaks[0].reason if breaks else ""),
                "problems": problems,
                "anchors": checked_anchors,
                "head": result.head,
                "head_seq": result.head_id,
                "keyed": key is not None,
            }
        )
    elif len(problems) > 1:
        render.table(["序号", "问题"], list(enumerate(problems, 1)), title="变更日志核验发现的问题")
    if problems:
        more = f"（共 {len(problems)} 处，逐条见上）" if len(problems) > 1 else ""
        if result.problems:
            raise IntegrityFailure(
                f"变更日志被篡改：{result.reason}；此前 {result.checked} 条完好{more}。请从备份核对"
            )
        raise IntegrityFailure(f"变更日志与锚点不符：{breaks[0].reason}{more}。请从备份核对")
    if as_json:
        return
    render.message(f"变更日志完好：共核验 {result.checked} 条记录，哈希链无断裂")
    if checked_anchors:
        render.message(
            f"锚点：{checked_anchors} 个，全部相符"
            + ("（含办公室密钥校验码）" if key is not None else "")
        )
    else:
        render.message("锚点：尚无（发布通报、印发公文和备份时记录）")
    head = anchors.Head(result.head_id, result.head)
    render.message(f"最新哈希：{result.head}（可抄录留存，日后据此发现末尾记录被删除）")
    render.message(f"当前锚点：{head.printed}（fylink log --verify --anchor {head.printed}）")


# --- fylink undo (issue 12) ---------------------------------------------------------------

_ENTITY_NAMES_NOTE = "命令号见 fylink log 的“命令号”一栏"


def undo(
    ctx: typer.Context,
    command_id: Optional[int] = typer.Option(
        None,
        "--command",
        min=1,
        help=f"要撤销的命令号（默认撤销最近一条改动数据库的命令；{_ENTITY_NAMES_NOTE}）",
    ),
    dry_run: bool = typer.Option(False, "--dry-run", help="只列出将要撤销的改动，不修改数据库"),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """撤销一条命令所做的全部改动（本身也记入变更日志，可再次撤销）。

    恢复该命令改动的每一条记录的原状，一次完成；此后若有命令改动了同一记录，则拒绝撤销并列出这些命令。
    """
    from fylink import clock
    from fylink.cli import views
    from fylink.services import undo as undo_service

    with session(ctx, write=not dry_run) as db:
        result = undo_service.undo(session=db, command_id=command_id, dry_run=dry_run)
    changes: list[dict[str, str | int]] = [
        {"entity": entity, "action": action, "count": count}
        for (entity, action), count in result.counts.items()
    ]
    if as_json:
        render.print_json(
            {
                "command_id": result.command_id,
                "command": result.command,
                "actor": result.actor,
                "at": clock.local(result.at).isoformat(timespec="seconds"),
                "dry_run": result.dry_run,
                "changes": changes,
                "kept": result.kept,
            }
        )
        return
    when = clock.local(result.at).strftime("%Y-%m-%d %H:%M:%S")
    verb = "将撤销" if dry_run else "已撤销"
    render.message(
        f"{verb}第 {result.command_id} 号命令（{when} {result.actor}：{result.command}）"
    )
    render.table(
        ["对象", "操作", "条数"],
        [
            (views.ENTITY_NAMES.get(entity, entity), action, str(count))
            for (entity, action), count in result.counts.items()
        ],
        title="撤销的改动",
        caption="" if changes else "没有需要还原的改动",
    )
    for entity, count in result.kept.items():
        name = views.ENTITY_NAMES.get(entity, entity)
        render.message(f"保留{name} {count} 个（日志中身份号码仅存掩码，保留以便重做）")
    if dry_run:
        render.message("（预演：数据库未改动）")


def register(app: typer.Typer) -> None:
    app.command("log")(log)
    app.command("undo")(undo)
