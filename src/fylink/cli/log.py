"""``fylink log``: the journal of changes."""

from typing import Optional

import typer

from fylink import render
from fylink.cli.common import session

_ACTIONS = {"insert": "新增", "update": "修改", "delete": "删除"}


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
        help="核验整个日志的哈希链：发现被修改或删除的记录时报告第一处并以退出码 11 结束",
    ),
) -> None:
    """查看变更日志：何时、何人、用什么命令改了什么。"""
    from fylink import clock, views
    from fylink.services import cases, journal

    if verify:
        _verify(ctx, as_json)
        return
    with session(ctx, write=False) as db:
        case_id = cases.get_case(session=db, case_no=case_no).id if case_no else None
        rows = journal.list_entries(session=db, case_id=case_id, entity=entity, limit=limit)
    if as_json:
        render.print_json([views.journal_public(r) for r in rows])
        return
    render.table(
        ["时间", "操作人", "操作", "对象", "命令"],
        [
            (
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


def _verify(ctx: typer.Context, as_json: bool) -> None:
    from fylink.errors import IntegrityFailure
    from fylink.services import journal

    with session(ctx, write=False) as db:
        result = journal.verify(session=db)
    if as_json:
        render.print_json(
            {
                "ok": result.ok,
                "checked": result.checked,
                "broken_at": result.broken_at,
                "reason": result.reason,
                "head": result.head,
            }
        )
    if not result.ok:
        raise IntegrityFailure(
            f"变更日志被篡改：{result.reason}；此前 {result.checked} 条完好。请从备份核对"
        )
    if as_json:
        return
    render.message(f"变更日志完好：共核验 {result.checked} 条记录，哈希链无断裂")
    render.message(f"最新哈希：{result.head}（可抄录留存，日后据此发现末尾记录被删除）")


def register(app: typer.Typer) -> None:
    app.command("log")(log)
