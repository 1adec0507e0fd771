"""``fylink party``: 当事人 across cases — 一企一档, 更名 and merging, the watch list."""

from pathlib import Path
from typing import Any, Optional

import typer

from fylink.cli import render
from fylink.cli.common import new_app, page_caption, parse_day, reading, session, settings

app = new_app(
    "当事人：一企一档（名下全部案件、任务、议定事项、司法建议）、更名与合并、重点关注名册"
)

_REF = typer.Argument(
    ...,
    help="当事人：名称、曾用名、统一社会信用代码或身份证号（可只写末四位）；同名时照提示写"
    "“张三（****1232）”“张三（无证件）”或“张三#12”",
)


def _yuan(fen: int | None) -> str:
    """An amount in 元; nothing for none or zero (a column of 0.00 hides the real ones)."""
    from fylink.domain.money import format_yuan

    return format_yuan(fen) if fen else ""


@app.command("list")
def list_(
    ctx: typer.Context,
    text: Optional[str] = typer.Option(
        None, "--text", "-q", help="名称或曾用名包含的文字；也可写统一社会信用代码或身份证号末四位"
    ),
    kind: Optional[str] = typer.Option(None, "--kind", help="类型：自然人、法人或其他组织"),
    category: Optional[str] = typer.Option(
        None, "--category", "-c", help="只列在该类别案件中出现的当事人"
    ),
    watch: bool = typer.Option(
        False, "--watch", help="只列重点关注名册中的企业（困难企业、重点破产企业）"
    ),
    limit: int = typer.Option(50, "--limit", "-n", min=1, max=10000, help="每页条数"),
    page: int = typer.Option(1, "--page", min=1, max=1_000_000, help="页码"),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON 数组"),
) -> None:
    """查询当事人：按名称、类型、案件类别筛选，案件多的在前；证件号码脱敏显示。"""
    from fylink.services import parties

    flt = parties.PartyFilter(text=text, kind=kind, category=category, watch=watch)
    offset = (page - 1) * limit
    with reading(ctx) as db:
        rows, total = parties.list_parties(reader=db, flt=flt, limit=limit, offset=offset)
    if as_json:
        render.print_json([_listed_public(r) for r in rows])
        return
    columns = ["名称", "类型", "证件号码", "案件数", "在办"]
    if watch:
        columns += ["关注等级", "关注原因", "包案领导", "专班"]
    render.table(
        columns,
        [
            (r.party.name, r.party.kind, r.party.id_number, r.cases, r.open_cases)
            + (
                (r.watch.level, r.watch.reason, r.watch.leader, r.watch.task_force)
                if watch and r.watch is not None
                else ()
            )
            for r in rows
        ],
        title="重点关注企业" if watch else "当事人",
        caption=page_caption(total, offset, len(rows)),
    )


def _watch_public(watch: Any) -> dict[str, Any] | None:
    if watch is None:
        return None
    return {
        "level": watch.level,
        "reason": watch.reason,
        "leader": watch.leader,
        "task_force": watch.task_force,
        "since": watch.since,
    }


def _listed_public(row: Any) -> dict[str, Any]:
    return {
        "name": row.party.name,
        "kind": row.party.kind,
        "id_kind": row.party.id_kind,
        "id_number": row.party.id_number,
        "cases": row.cases,
        "open_cases": row.open_cases,
        "watch": _watch_public(row.watch),
    }


@app.command("show")
def show(
    ctx: typer.Context,
    ref: str = _REF,
    limit: int = typer.Option(
        100, "--limit", "-n", min=1, max=1_000_000, help="最多列出的案件数（汇总总是全部）"
    ),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON（列出全部案件）"),
    docx: Optional[Path] = typer.Option(
        None, "--docx", help="生成一页“一企一档”Word 文档（供专题会使用；证件号码脱敏）"
    ),
    pdf: bool = typer.Option(False, "--pdf", help="同时生成 PDF（与 --docx 同用）"),
    template: Optional[str] = typer.Option(
        None, "--template", help="自备的一企一档模板（.docx，默认用内置模板）"
    ),
    xlsx: Optional[Path] = typer.Option(
        None, "--xlsx", help="导出 Excel：概况、全部案件、任务和议定事项、司法建议各一页"
    ),
    force: bool = typer.Option(False, "--force", help="覆盖已有文件"),
) -> None:
    """一企一档：当事人身份（证件号码脱敏）、名下全部案件（按类别，含状态、标的、到位、最近动态）、
    相关任务、议定事项、司法建议和会议，以及时间线。"""
    from fylink import clock
    from fylink.services import parties, reads

    whole = as_json or xlsx is not None
    # The light read path (issue 21): Core tables on a bare connection, no ORM.
    with reading(ctx) as db:
        _, th = reads.thresholds(db, settings=settings(ctx), today=clock.today())
        file = parties.party_file(reader=db, ref=ref, limit=None if whole else limit)
    statuses = {t.id: _task_status(t, th) for t in file.tasks}
    if docx is not None:
        from fylink.cli import docs
        from fylink.documents import contexts

        current = settings(ctx)
        choice = docs.choose_template("party_file", template, current)
        docs.write_document(
            kind="party_file",
            context=contexts.party_file_context(file, statuses, as_of=clock.today()),
            out=docx,
            choice=choice,
            current=current,
            title=contexts.party_file_title(file.party.name),
            author=_office_name(ctx),
            pdf=pdf,
            force=force,
        )
    if xlsx is not None:
        from fylink.services import party_documents

        written = party_documents.write_xlsx(file, statuses, xlsx, force=force)
        render.message(f"已导出：{written}")
    if docx is not None or xlsx is not None:
        return
    if as_json:
        render.print_json(_file_public(file, statuses))
        return
    _print_file(file, statuses)


def _office_name(ctx: typer.Context) -> str:
    from sqlalchemy import select

    from fylink import tables

    with reading(ctx) as db:
        return str(db.execute(select(tables.office.c.name).limit(1)).scalar() or "")


def _task_status(task: Any, th: Any) -> str:
    from fylink.domain.status import status_of

    return status_of(
        due_on=task.due_on, completed_on=task.completed_on, signed_off_on=task.signed_off_on, th=th
    ).value


def _file_public(file: Any, statuses: dict[int, str]) -> dict[str, Any]:
    p = file.party
    return {
        "name": p.name,
        "kind": p.kind,
        "id_kind": p.id_kind,
        "id_number": p.id_number,
        "former_names": [
            {"name": n, "kind": k, "changed_on": on} for n, k, on in file.former_names
        ],
        "watch": _watch_public(file.watch),
        "total_cases": file.total_cases,
        "by_category": [
            {
                "category": s.category,
                "cases": s.cases,
                "open_cases": s.open_cases,
                "claimed_fen": s.claimed_fen,
                "recovered_fen": s.recovered_fen,
            }
            for s in file.summary
        ],
        "cases": [
            {
                "case_no": c.case_no,
                "category": c.category,
                "roles": c.roles,
                "status": c.status,
                "unit": c.unit,
                "filed_on": c.filed_on,
                "closed_on": c.closed_on,
                "outcome": c.outcome,
                "claimed_fen": c.claimed_fen,
                "recovered_fen": c.recovered_fen,
                "last_event": c.last_event,
                "last_event_on": c.last_event_on,
            }
            for c in file.cases
        ],
        "tasks": [
            {
                "id": t.id,
                "source": t.source,
                "content": t.content,
                "lead": t.lead,
                "due_on": t.due_on,
                "status": statuses[t.id],
                "meeting": t.meeting,
                "decision_no": t.decision_no,
                "case_no": t.case_no,
            }
            for t in file.tasks
        ],
        "suggestions": [
            {
                "kind": s.kind,
                "doc_no": s.doc_no,
                "issuer": s.issuer,
                "unit": s.unit,
                "received_on": s.received_on,
                "reply_due": s.reply_due,
                "replied_on": s.replied_on,
                "adoption": s.adoption,
            }
            for s in file.suggestions
        ],
        "meetings": [{"meeting": m, "held_on": on, "decisions": n} for m, on, n in file.meetings],
        "bankruptcies": [
            {
                "case_no": b.case_no,
                "procedure": b.procedure,
                "stage": b.stage,
                "administrator": b.administrator,
                "employee_claims_fen": b.employee_claims_fen,
                "unpaid_workers": b.unpaid_workers,
            }
            for b in file.bankruptcies
        ],
        "timeline": [{"on": on, "what": what, "about": about} for on, what, about in file.timeline],
    }


def _print_file(file: Any, statuses: dict[int, str]) -> None:
    p = file.party
    claimed = sum(s.claimed_fen for s in file.summary)
    recovered = sum(s.recovered_fen for s in file.summary)
    open_cases = sum(s.open_cases for s in file.summary)
    watch = file.watch
    pairs: list[tuple[str, Any]] = [
        ("名称", p.name),
        ("类型", p.kind),
        (p.id_kind or "证件号码", p.id_number),
        (
            "曾用名",
            "、".join(
                n + (f"（{on.isoformat()}更名）" if on else "")
                for n, k, on in file.former_names
                if k == "曾用名"
            ),
        ),
        ("合并自", "、".join(n for n, k, _ in file.former_names if k == "合并")),
        (
            "重点关注",
            f"{watch.level}（{watch.reason}）" if watch is not None else "",
        ),
        ("包案领导", watch.leader if watch is not None else ""),
        ("专班", watch.task_force if watch is not None else ""),
        (
            "案件",
            f"共 {file.total_cases} 件，在办 {open_cases} 件，"
            f"已结 {file.total_cases - open_cases} 件",
        ),
        ("标的合计（元）", _yuan(claimed) if claimed else ""),
        ("到位合计（元）", _yuan(recovered) if recovered else ""),
    ]
    render.fields([(k, v) for k, v in pairs if v not in (None, "")], title=f"一企一档：{p.name}")
    if file.summary:
        render.table(
            ["类别", "件数", "在办", "已结", "标的（元）", "到位（元）"],
            [
                (
                    s.category,
                    s.cases,
                    s.open_cases,
                    s.cases - s.open_cases,
                    _yuan(s.claimed_fen),
                    _yuan(s.recovered_fen),
                )
                for s in file.summary
            ],
            title="案件（按类别）",
        )
        shown = len(file.cases)
        caption = (
            f"共 {file.total_cases} 件，显示前 {shown} 件"
            "（--limit 调整，或 fylink case list --party）"
            if shown < file.total_cases
            else f"共 {file.total_cases} 件"
        )
        render.table(
            [
                "类别",
                "案号/编号",
                "角色",
                "被申请人/被告",
                "状态",
                "标的（元）",
                "到位（元）",
                "最近动态",
            ],
            [
                (
                    c.category,
                    c.case_no,
                    c.roles,
                    c.unit,
                    c.status + (f"（{c.outcome}）" if c.outcome else ""),
                    _yuan(c.claimed_fen),
                    _yuan(c.recovered_fen),
                    f"{c.last_event_on.isoformat()} {c.last_event}" if c.last_event_on else "",
                )
                for c in file.cases
            ],
            title="案件清单",
            caption=caption,
        )
    if file.bankruptcies:
        render.table(
            ["破产案件", "程序", "阶段", "管理人", "职工债权（元）", "欠薪人数"],
            [
                (
                    b.case_no,
                    b.procedure,
                    b.stage,
                    b.administrator,
                    _yuan(b.employee_claims_fen),
                    b.unpaid_workers,
                )
                for b in file.bankruptcies
            ],
            title="破产程序",
        )
    decisions = [t for t in file.tasks if t.meeting]
    others = [t for t in file.tasks if not t.meeting]
    if others:
        render.table(
            ["编号", "来源", "内容", "牵头单位", "完成时限", "状态", "关联"],
            [
                (t.id, t.source, t.content, t.lead, t.due_on, statuses[t.id], t.case_no or "当事人")
                for t in others
            ],
            title="相关任务",
        )
    if decisions:
        render.table(
            ["会议", "序号", "议定事项", "牵头单位", "完成时限", "状态"],
            [
                (t.meeting, t.decision_no, t.content, t.lead, t.due_on, statuses[t.id])
                for t in decisions
            ],
            title="议定事项",
        )
    if file.suggestions:
        render.table(
            ["类别", "文号", "发出机关", "收到单位", "收到日期", "回复期限", "回复日期", "采纳"],
            [
                (
                    s.kind,
                    s.doc_no,
                    s.issuer,
                    s.unit,
                    s.received_on,
                    s.reply_due,
                    s.replied_on,
                    s.adoption,
                )
                for s in file.suggestions
            ],
            title="司法建议/检察建议",
        )
    if file.meetings:
        render.table(
            ["会议", "日期", "涉及议定事项"],
            [(m, on, n) for m, on, n in file.meetings],
            title="相关会议",
        )
    if file.timeline:
        render.table(
            ["日期", "事项", "内容"],
            [(on, what, about) for on, what, about in file.timeline],
            title="时间线（最近）",
        )


@app.command("update")
def update(
    ctx: typer.Context,
    ref: str = _REF,
    name: Optional[str] = typer.Option(
        None, "--name", help="新名称（更名后；原名称作为曾用名保留）"
    ),
    on: Optional[str] = typer.Option(None, "--on", help="更名日期（默认今天）"),
    kind: Optional[str] = typer.Option(None, "--kind", help="更正类型：自然人、法人或其他组织"),
) -> None:
    """当事人更名或更正类型：原名称记为曾用名，按曾用名仍可查到；可用 fylink undo 撤销。"""
    from fylink import clock
    from fylink.services import party_records

    if name is None and kind is None:
        render.warn("没有要修改的内容：请给出 --name 或 --kind")
        raise typer.Exit(2)
    with session(ctx, write=True) as db:
        party, former = party_records.rename_party(
            session=db,
            ref=ref,
            name=name,
            changed_on=parse_day(on, "更名日期") or clock.today(),
            kind=kind,
        )
    if former != party.name:
        render.message(f"已更名：{former} → {party.name}（原名称记为曾用名）")
    else:
        render.message(f"已修改：{party.name}（类型：{party.kind}）")


@app.command("merge")
def merge(
    ctx: typer.Context,
    keep: str = typer.Argument(..., help="保留的当事人记录（名称或代码）"),
    other: str = typer.Argument(..., help="并入前者的重复记录（名称或代码）"),
) -> None:
    """合并同一当事人的两条记录（录入不一致）：后者的案件、任务、司法建议并入前者，
    其名称记为曾用名；可用 fylink undo 撤销。"""
    from fylink import clock
    from fylink.services import party_records

    with session(ctx, write=True) as db:
        kept, gone, moved = party_records.merge_parties(
            session=db, keep=keep, merge=other, on=clock.today()
        )
    gone_name, kept_name = gone.name, kept.name
    if gone_name == kept_name:  # namesakes: their handles tell them apart
        from fylink.services.parties import NO_ID, masked

        ids = [masked(p.id_kind, p.id_number) or NO_ID for p in (gone, kept)]
        numbers = [f"#{p.id}" if ids[0] == ids[1] else "" for p in (gone, kept)]
        gone_name, kept_name = (
            f"{p.name}{n}（{i}）" for p, n, i in zip((gone, kept), numbers, ids, strict=True)
        )
    render.message(f"已合并：{gone_name} 并入 {kept_name}（案件关联 {moved} 条）")


@app.command("watch")
def watch(
    ctx: typer.Context,
    ref: str = _REF,
    level: Optional[str] = typer.Option(None, "--level", help="关注等级：高、中、低"),
    reason: Optional[str] = typer.Option(
        None, "--reason", help="关注原因，如 重点破产企业、困难企业（欠薪、停产）"
    ),
    leader: Optional[str] = typer.Option(None, "--leader", help="包案领导"),
    task_force: Optional[str] = typer.Option(None, "--task-force", help="专班"),
    since: Optional[str] = typer.Option(None, "--since", help="列入日期（默认今天）"),
    off: bool = typer.Option(False, "--off", help="移出重点关注名册"),
) -> None:
    """把企业列入重点关注名册（困难企业名册、重点破产企业），或修改、移出；季度报告计数。"""
    from fylink import clock
    from fylink.services import party_records

    with session(ctx, write=True) as db:
        if off:
            party = party_records.unwatch_party(session=db, ref=ref)
            render.message(f"已移出重点关注名册：{party.name}")
            return
        if level is None or reason is None:
            from fylink.errors import InvalidInputError

            raise InvalidInputError("列入重点关注名册须给出 --level 和 --reason")
        party, entry, new = party_records.watch_party(
            session=db,
            ref=ref,
            level=level,
            reason=reason,
            leader=leader,
            task_force=task_force,
            since=parse_day(since, "列入日期") or clock.today(),
        )
    verb = "已列入重点关注名册" if new else "已修改重点关注"
    extra = "".join(
        f"，{label} {value}"
        for label, value in (("包案领导", entry.leader), ("专班", entry.task_force))
        if value
    )
    render.message(f"{verb}：{party.name}（{entry.level}，{entry.reason}{extra}）")


@app.command("checklist")
def checklist(
    ctx: typer.Context,
    ref: str = _REF,
    due: str = typer.Option(
        ..., "--due", "-d", help="完成时限：日期或规则（如 30个工作日、2个月），自今天起算"
    ),
    case: Optional[str] = typer.Option(None, "--case", help="该企业的破产案件（案号）"),
    lead: Optional[str] = typer.Option(
        None, "--lead", "-l", help="配置中未设置牵头单位的事项由此单位牵头"
    ),
) -> None:
    """为破产企业一次建立府院协调事项清单（民生保障、社会稳定、财产接管、税收申报、资产处置、
    金融协调、信用修复、打击逃废债、变更注销、中介管理、费用保障），牵头单位取自配置
    bankruptcy.checklist_units。"""
    from fylink import clock
    from fylink.services import bankruptcy
    from fylink.services import calendar as calendar_service

    current = settings(ctx)
    today = clock.today()
    with session(ctx, write=True) as db:
        calendar, _ = calendar_service.context(session=db, settings=current, today=today)
        created = bankruptcy.open_checklist(
            session=db,
            party=ref,
            due=due,
            units=current.bankruptcy.checklist_units,
            calendar=calendar,
            today=today,
            case_no=case,
            fallback_lead=lead,
        )
    first = created[0]
    render.message(
        f"已建立府院协调事项 {len(created)} 项（任务 {first.id}–{created[-1].id}），"
        f"完成时限 {first.due_on.isoformat()}"
    )
