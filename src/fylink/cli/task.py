"""``fylink task``: the 双清单 (任务清单 + 责任清单)."""

from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

import typer

from fylink.cli import docs, render, transfer
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
    from fylink.services.task_filter import TaskFilter

app = new_app("双清单任务：牵头单位、配合单位、完成时限、进展、完成和销号。")

TASK_REF_HELP = "任务编号（见 fylink task list）"


@app.command("add")
def add(
    ctx: typer.Context,
    text: str = typer.Argument(..., help="任务内容"),
    lead: str = typer.Option(..., "--lead", "-l", help="牵头单位（全称或简称）"),
    due: str = typer.Option(
        ...,
        "--due",
        "-d",
        help="完成时限：日期（2025-09-30 或 2025年9月30日）"
        "或规则（15日、10个工作日、2个月、季度末、年底）",
    ),
    co: list[str] = typer.Option(
        [], "--co", "-c", help="配合单位；可重复，各成员单位即牵头单位以外的全部"
    ),
    leader: str = typer.Option("", "--leader", help="牵头领导"),
    source: str = typer.Option(
        "双清单", "--source", "-s", help="来源：双清单、督办、司法建议整改、其他"
    ),
    start: Optional[str] = typer.Option(
        None, "--start", help="规则的起算日（当日不计入；默认今天）"
    ),
    suggestion: Optional[str] = typer.Option(
        None, "--suggestion", help="所整改的司法建议/检察建议文号"
    ),
    list_no: str = typer.Option("", "--list-no", help="双清单序号"),
    note: str = typer.Option("", "--note", help="备注"),
    case: Optional[str] = typer.Option(None, "--case", help="任务涉及的案件（案号）"),
    party: Optional[str] = typer.Option(
        None, "--party", help="任务涉及的当事人（企业名称或统一社会信用代码）"
    ),
    project: Optional[str] = typer.Option(None, "--project", help="任务涉及的项目（如问题楼盘）"),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """添加一项双清单任务。议定事项请用 fylink meeting decide 添加。"""
    from fylink import clock
    from fylink.cli.formatting import added_text, provisional_note
    from fylink.services import calendar as calendar_service
    from fylink.services import tasks

    current = settings(ctx)
    today = clock.today()
    with session(ctx, write=True) as db:
        calendar, th = calendar_service.context(session=db, settings=current, today=today)
        task = tasks.add_task(
            session=db,
            task_in=tasks.TaskIn(
                content=text,
                lead=lead,
                due=due,
                co=co,
                leader=leader,
                source=source,
                start=parse_day(start, "起算日"),
                suggestion=suggestion,
                list_no=list_no,
                note=note,
            ),
            calendar=calendar,
            today=today,
            units=tasks.UnitLookup(db, tasks.UnitGroups.of(current.task_list)),
        )
        from fylink.services import subjects

        subjects.set_task_subject(
            session=db,
            task=task,
            subject=subjects.SubjectIn(case=case, party=party, project=project),
        )
        detail = tasks.task_detail(session=db, ref=task.id or 0, th=th, calendar=calendar)
        size = tasks.item_size(session=db, task=task)
    if as_json:
        render.print_json(_public(detail))
        return
    render.message(
        f"已添加：任务 {task.id}，" + added_text(task, tasks.unit_label(detail.lead), size)
    )
    note_text = provisional_note(detail.deadline)
    if note_text:
        render.message(note_text)


def _public(detail: Any) -> dict:
    """A task's JSON: ``detail`` is a tasks.TaskDetail (ORM) or a reads.TaskDetail (Core)."""
    from fylink.cli import views
    from fylink.services.reads import meeting_label

    return views.task_public(
        detail.task,
        lead=detail.lead.short_name or detail.lead.name,
        co=[u.short_name or u.name for u in detail.co],
        status=detail.status.value,
        meeting_label=meeting_label(detail.meeting) if detail.meeting else None,
        suggestion_doc_no=detail.suggestion.doc_no if detail.suggestion else None,
    )


# The filters `task list` and `task export` share.
_UNIT = typer.Option(
    None, "--unit", "-u", help="单位：牵头或配合的任务（加 --lead-only 只看牵头的）"
)
_LEAD_ONLY = typer.Option(False, "--lead-only", help="只看该单位牵头的任务")
_STATUS = typer.Option(None, "--status", help="状态：未到期、临期、逾期、已完成、已销号")
_SOURCE = typer.Option(
    None, "--source", "-s", help="来源：议定事项、双清单、督办、司法建议整改、其他"
)
_MEETING = typer.Option(None, "--meeting", "-m", help="会议（编号或 年份-期数）的议定事项")
_DUE_FROM = typer.Option(None, "--due-from", help="完成时限不早于")
_DUE_TO = typer.Option(None, "--due-to", help="完成时限不晚于")
_TEXT = typer.Option(None, "--text", "-q", help="任务内容包含的文字")
_LEADER = typer.Option(None, "--leader", help="牵头领导（姓名）")
_LIST = typer.Option(
    None,
    "--list",
    help="双清单（名称，如 2026年度府院联动双清单；某年只有一份时可写年份 2026）",
)


@app.command("list")
def list_(
    ctx: typer.Context,
    unit: Optional[str] = _UNIT,
    lead_only: bool = _LEAD_ONLY,
    status: Optional[str] = _STATUS,
    source: Optional[str] = _SOURCE,
    meeting: Optional[str] = _MEETING,
    due_from: Optional[str] = _DUE_FROM,
    due_to: Optional[str] = _DUE_TO,
    text: Optional[str] = _TEXT,
    leader: Optional[str] = _LEADER,
    list_name: Optional[str] = _LIST,
    limit: int = typer.Option(50, "--limit", "-n", min=1, max=10000, help="每页条数"),
    page: int = typer.Option(1, "--page", min=1, max=1_000_000, help="页码"),
    draft: bool = typer.Option(
        False, "--draft", help="列出拟定的双清单事项（task import --draft 导入、尚未审定的）"
    ),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON 数组"),
) -> None:
    """查询任务，最紧急的在前（逾期的，再按完成时限由近到远）；序号列是双清单中的分类和序号。"""
    from fylink.cli import views
    from fylink.cli.formatting import due_cell, list_place, provisional_mark
    from fylink.services.task_filter import TaskFilter

    if draft:
        _list_drafts(ctx, as_json=as_json)
        return

    flt = TaskFilter(
        unit=unit,
        lead_only=lead_only,
        status=status,
        source=source,
        meeting=meeting,
        due_from=parse_day(due_from, "起始日期"),
        due_to=parse_day(due_to, "截止日期"),
        text=text,
        leader=leader,
        list_name=list_name,
    )
    offset = (page - 1) * limit
    rows, total = _task_page(ctx, flt, limit=limit, offset=offset)
    if unit and unit.strip():
        with reading(ctx) as connection:
            merged = merged_unit_note(connection, unit)
        if merged:
            render.warn(merged)
    if as_json:
        render.print_json(
            [views.task_public(r.task, lead=r.lead, co=r.co, status=r.status.value) for r in rows]
        )
        return
    render.table(
        [
            "编号",
            "序号",
            "状态",
            "来源",
            "任务内容",
            "牵头单位",
            "配合单位",
            "完成时限",
            "完成日期",
        ],
        [
            (
                r.task.id,
                list_place(r.task),
                r.status.value,
                r.task.source,
                r.task.content + (f"（{r.task.period}）" if r.task.period else ""),
                r.lead,
                "、".join(r.co),
                due_cell(r.task) + provisional_mark(r.task.due_on, r.task.due_provisional),
                r.task.completed_on,
            )
            for r in rows
        ],
        title="双清单任务",
        caption=page_caption(total, offset, len(rows)),
    )


def _task_page(ctx: typer.Context, flt: "TaskFilter", *, limit: int, offset: int) -> Any:
    """A page of ``task list`` and the number matching, on the light read path (Core
    tables, no ORM: issue 21)."""
    from fylink import clock
    from fylink.services import reads

    current = settings(ctx)

    with reading(ctx) as connection:
        _, th = reads.thresholds(connection, settings=current, today=clock.today())
        return reads.tasks(connection, flt=flt, th=th, limit=limit, offset=offset)


def _list_drafts(ctx: typer.Context, *, as_json: bool) -> None:
    """``task list --draft``: the 拟定 双清单, in its order."""
    from fylink.cli.formatting import list_place
    from fylink.transfer import tasks as transfer_tasks

    with session(ctx, write=False) as db:
        rows = transfer_tasks.list_drafts(session=db)
    if as_json:
        render.print_json(
            [
                {
                    "draft_id": r.draft.id,
                    "list_section": r.draft.list_section,
                    "list_no": r.draft.list_no,
                    "content": r.record.content,
                    "lead_unit": r.record.lead,
                    "co_units": r.record.co,
                    "leader": r.record.leader,
                    "due": r.record.due,
                    "note": r.record.note,
                    "status": "拟定",
                }
                for r in rows
            ]
        )
        return
    render.table(
        ["序号", "状态", "任务内容", "牵头单位", "配合单位", "牵头领导", "完成时限"],
        [
            (
                list_place(r.draft),
                "拟定",
                r.record.content,
                r.record.lead,
                "、".join(r.record.co),
                r.record.leader,
                r.record.due,
            )
            for r in rows
        ],
        title="拟定的双清单（未经联席会议审定，不督办、不统计）",
        caption=f"共 {len(rows)} 项：审定后用 fylink task approve --meeting 会议 转为任务"
        if rows
        else "没有拟定的双清单事项",
    )


@app.command("show")
def show(
    ctx: typer.Context,
    task: str = typer.Argument(..., help=TASK_REF_HELP),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """查看一项任务：完成时限的推算过程、进展、督办记录。"""
    from fylink import clock
    from fylink.cli import views
    from fylink.cli.formatting import day_cn, deadline_public, print_derivation, provisional_mark
    from fylink.services import reads

    current = settings(ctx)
    # The light read path (issue 21): Core tables on a bare connection, no ORM.
    with reading(ctx) as db:
        calendar, th = reads.thresholds(db, settings=current, today=clock.today())
        detail = reads.task_detail(db, task, th=th, calendar=calendar)
    t = detail.task
    if as_json:
        data = _public(detail)
        data["deadline"] = deadline_public(detail.deadline)
        data["progress"] = [views.progress_public(p) for p in detail.progress]
        data["notices"] = [
            {
                "stage": n.stage,
                "issued_on": n.issued_on,
                "number": n.number or None,
                "days_overdue": n.days_overdue,
                "notice_id": n.id,
                "reply_due": n.reply_due,
                "replies": [
                    {"replied_on": on, "summary": text, "file": name or None}
                    for on, text, name in n.replies
                ],
            }
            for n in detail.notices
        ]
        render.print_json(data)
        return
    origin = t.source
    if detail.meeting:
        origin += f"（{reads.meeting_label(detail.meeting)}会议第{t.decision_no}项）"
    if detail.suggestion:
        origin += f"（{detail.suggestion.doc_no}）"
    due_text = day_cn(t.due_on)
    if t.due_rule == "长期坚持":
        due_text = "长期坚持（没有完成时限，不计逾期）"
    elif t.due_rule:
        due_text += f"，{t.due_rule}"

    if t.due_provisional:
        due_text += provisional_mark(t.due_on, True)
    render.fields(
        [
            ("任务", t.id),
            ("状态", detail.status.value),
            ("来源", origin),
            ("内容", t.content),
            ("牵头单位", detail.lead.name),
            ("配合单位", "、".join(u.name for u in detail.co)),
            ("牵头领导", t.leader),
            ("完成时限", due_text),
            ("完成日期", t.completed_on),
            (
                "销号",
                f"{t.signed_off_on.isoformat()} {t.signed_off_by}".strip()
                if t.signed_off_on
                else None,
            ),
            ("双清单", detail.list_name),
            ("双清单分类", t.list_section),
            ("双清单序号", t.list_no),
            ("牵头范围", t.lead_group),
            (
                "同一事项",
                f"与任务 {t.item_id} 同属清单中的一项（按单位或按期分开办理）"
                if t.item_id and t.item_id != t.id
                else None,
            ),
            ("周期", f"{t.recurrence}：{t.period}" if t.recurrence else None),
            (
                "周期结束",
                f"{day_cn(detail.series_closed_on)}起不再生成新的一期"
                if detail.series_closed_on
                else None,
            ),
            ("备注", t.note),
        ],
        title=f"任务 {t.id}",
    )
    print_derivation(detail.deadline, title="完成时限的推算")
    if detail.deadline.due != t.due_on:
        render.message(
            f"  按当前日历推算为 {day_cn(detail.deadline.due)}，与登记的期限不同："
            "可运行 fylink calendar refresh 重新推算暂定期限"
        )
    if detail.progress:
        render.table(
            ["日期", "进展情况", "报送人"],
            [(p.reported_on, p.note, p.author) for p in detail.progress],
            title="进展",
        )
    if detail.notices:
        render.table(
            ["日期", "督办阶段", "文号", "逾期（工作日）", "通知", "报送期限"],
            [
                (n.issued_on, n.stage, n.number, n.days_overdue, n.id, n.reply_due)
                for n in detail.notices
            ],
            title="督办记录",
        )
    replies = [(n, reply) for n in detail.notices for reply in n.replies]
    if replies:
        render.table(
            ["报送日期", "通知", "是否逾期", "报送内容", "附件"],
            [
                (
                    on,
                    f"{n.stage}{n.number}（{n.id}）",
                    "逾期" if n.reply_due and on > n.reply_due else "按时",
                    text,
                    name,
                )
                for n, (on, text, name) in replies
            ],
            title="书面报送（不代替任务本身的进展和完成）",
        )


@app.command("progress")
def progress(
    ctx: typer.Context,
    task: str = typer.Argument(..., help=TASK_REF_HELP),
    note: str = typer.Argument(..., help="进展情况"),
    on: Optional[str] = typer.Option(None, "--on", help="报送日期（默认今天）"),
    by: str = typer.Option("", "--by", help="报送人"),
) -> None:
    """记录一条进展情况。"""
    from fylink import clock
    from fylink.services import tasks

    today = clock.today()
    with session(ctx, write=True) as db:
        item = tasks.add_progress(
            session=db,
            ref=task,
            note=note,
            reported_on=parse_day(on, "报送日期") or today,
            today=today,
            author=by,
        )
    render.message(f"已记录：任务 {item.task_id} {item.reported_on.isoformat()} 进展")


@app.command("done")
def done(
    ctx: typer.Context,
    task: str = typer.Argument(..., help=TASK_REF_HELP),
    on: Optional[str] = typer.Option(None, "--on", help="完成日期（默认今天）"),
    note: str = typer.Option("", "--note", help="完成情况说明"),
) -> None:
    """标记任务已完成（之后由办公室销号）。"""
    from fylink import clock
    from fylink.services import tasks

    today = clock.today()
    with session(ctx, write=True) as db:
        item = tasks.complete_task(
            session=db,
            ref=task,
            completed_on=parse_day(on, "完成日期") or today,
            today=today,
            note=note,
        )
    late = ""
    if item.completed_on and item.completed_on > item.due_on:
        late = f"（超过完成时限 {item.due_on.isoformat()}）"
    render.message(f"已完成：任务 {item.id}，{item.completed_on}{late}")


@app.command("signoff")
def signoff(
    ctx: typer.Context,
    task: str = typer.Argument(..., help=TASK_REF_HELP),
    on: Optional[str] = typer.Option(None, "--on", help="销号日期（默认今天）"),
    by: Optional[str] = typer.Option(None, "--by", help="销号人（默认当前用户）"),
) -> None:
    """销号：办公室确认已完成的任务办结。只有已完成的任务可以销号。"""
    from fylink import clock
    from fylink.services import tasks

    today = clock.today()
    with session(ctx, write=True) as db:
        item = tasks.sign_off_task(
            session=db,
            ref=task,
            signed_off_on=parse_day(on, "销号日期") or today,
            by=by if by is not None else settings(ctx).actor,
            today=today,
        )
    render.message(f"已销号：任务 {item.id}，{item.signed_off_on}")


@app.command("reopen")
def reopen(
    ctx: typer.Context,
    task: str = typer.Argument(..., help=TASK_REF_HELP),
    reason: str = typer.Option(..., "--reason", help="重新打开的原因"),
    due: Optional[str] = typer.Option(
        None, "--due", help="新的完成时限（日期，或自今天起算的规则）"
    ),
) -> None:
    """重新打开已完成（或已销号）的任务，可同时给出新的完成时限。"""
    from fylink import clock
    from fylink.cli.formatting import day_cn
    from fylink.services import calendar as calendar_service
    from fylink.services import tasks

    today = clock.today()
    current = settings(ctx)
    with session(ctx, write=True) as db:
        calendar, _ = calendar_service.context(session=db, settings=current, today=today)
        item = tasks.reopen_task(
            session=db, ref=task, reason=reason, today=today, due=due, calendar=calendar
        )
    render.message(f"已重新打开：任务 {item.id}，完成时限 {day_cn(item.due_on)}")


def _export_docx(
    ctx: typer.Context,
    flt: "TaskFilter",
    out: str,
    *,
    template: Optional[str],
    title: Optional[str],
    pdf: bool,
    force: bool,
) -> None:
    """The 双清单 as a landscape Word table (task_list.docx)."""
    from fylink import clock
    from fylink.documents import contexts, output
    from fylink.services import calendar as calendar_service
    from fylink.services import documents

    current = settings(ctx)
    today = clock.today()
    choice = docs.choose_template("task_list", template, current)
    with session(ctx, write=False) as db:
        _, th = calendar_service.context(session=db, settings=current, today=today)
        src = documents.task_list_source(session=db, flt=flt, th=th)
    heading = (title or "").strip() or src.list_name or contexts.task_list_title(src.office)
    context = contexts.task_list_context(src, title=heading, as_of=today)
    docs.write_document(
        kind="task_list",
        context=context,
        out=output.target(out, contexts.safe_file_name(heading) + ".docx"),
        choice=choice,
        current=current,
        title=heading,
        author=src.office.name,
        pdf=pdf,
        force=force,
    )


def _export_sheet(
    ctx: typer.Context,
    flt: "TaskFilter",
    out: str,
    *,
    template: Optional[str],
    title: Optional[str],
    pdf: bool,
    force: bool,
) -> None:
    """The 双清单 as a spreadsheet (.xlsx/.csv) with the headers task import reads."""

    from fylink import clock
    from fylink.cli import transfer
    from fylink.errors import InvalidInputError
    from fylink.services import calendar as calendar_service
    from fylink.transfer import tasks as transfer_tasks

    if template or pdf:
        raise InvalidInputError("--template 和 --pdf 只用于 Word 表格（.docx）")
    path = Path(out)
    transfer.check_target(path, force=force)
    current = settings(ctx)
    with session(ctx, write=False) as db:
        _, th = calendar_service.context(session=db, settings=current, today=clock.today())
        count = transfer_tasks.export_tasks(session=db, path=path, flt=flt, th=th)
    transfer.report_export(count, "任务", path)


#: Export formats by file suffix: ``exporter(ctx, flt, file, template=, title=, pdf=, force=)``.
#: Other suffixes are refused with exit code 3.
EXPORTERS = {".docx": _export_docx, ".xlsx": _export_sheet, ".csv": _export_sheet}


@app.command("import")
def import_(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="双清单：.xlsx 或 .csv"),
    start: Optional[str] = typer.Option(
        None, "--start", help="完成时限为规则（如 30日、季度末）时的起算日（当日不计入；默认今天）"
    ),
    mapping: Optional[Path] = typer.Option(None, "--mapping", help=transfer.MAPPING_HELP),
    maps: list[str] = typer.Option([], "--map", help=transfer.MAP_HELP),
    errors: Optional[Path] = typer.Option(None, "--errors", help=transfer.ERRORS_HELP),
    skip_invalid: bool = typer.Option(False, "--skip-invalid", help=transfer.SKIP_HELP),
    update: bool = typer.Option(False, "--update", help=transfer.UPDATE_HELP),
    dry_run: bool = typer.Option(False, "--dry-run", help=transfer.DRY_RUN_HELP),
    sheet: Optional[str] = typer.Option(None, "--sheet", help=transfer.SHEET_HELP),
    draft: bool = typer.Option(
        False,
        "--draft",
        help="作为拟定清单导入（办公室汇总审核后、联席会议审定前）：不督办、不统计，"
        "审定后用 fylink task approve 转为任务",
    ),
    list_name: Optional[str] = typer.Option(
        None,
        "--list",
        help="导入到哪一份双清单（如 2026年度府院联动双清单；默认取表格标题行，"
        "没有标题时为起算日所在年度的“××××年度双清单”）",
    ),
    as_json: bool = typer.Option(False, "--json", help="以 JSON 输出导入报告"),
) -> None:
    """从 Excel/CSV 导入双清单：表头 序号、任务内容、牵头单位、配合单位、牵头领导、完成时限、
        备注（可加 来源、分类、任务编号）。表头上方的标题和说明、分类标题行（如“一、政府需法院
        支持事项”）、空行和表下的注释都可保留；序号可写作 1、1.、（1）。有任务编号的按编号识别，
        有序号的按 双清单+分类+序号 识别（每份双清单各自编号：次年的清单即使分类、序号相同
    也是新任务），其余按 牵头单位+任务内容 识别，重复导入不会重复添加；
        加 --update 按表格修改已有任务。完成时限可写 6月底、9月30日前、2025年三季度末、
        每季度末、每月25日前（按期生成多项）、长期坚持；牵头单位写 各乡镇（街道）、各成员单位
        时按单位展开，配合单位写 各成员单位 时为牵头单位以外的全部成员单位。下一年度的清单
        （标题或 --list 写明年度）未给 --start 时，完成时限自该年1月1日起算。"""
    from fylink import clock
    from fylink.services import calendar as calendar_service
    from fylink.services import tasks
    from fylink.transfer import tasks as transfer_tasks

    options = transfer.import_options(
        mapping_file=mapping,
        maps=maps,
        skip_invalid=skip_invalid,
        update=update,
        dry_run=dry_run,
        sheet=sheet,
    )
    begin = parse_day(start, "起算日")
    today = clock.today()
    current = settings(ctx)

    def run(db: Any, opts: Any, progress: Any) -> Any:
        calendar, _ = calendar_service.context(session=db, settings=current, today=today)
        return transfer_tasks.import_tasks(
            session=db,
            path=file,
            options=opts,
            calendar=calendar,
            today=today,
            start=begin,
            progress=progress,
            groups=tasks.UnitGroups.of(current.task_list),
            draft=draft,
            list_name=list_name,
        )

    transfer.run_import(
        ctx, path=file, options=options, errors_file=errors, as_json=as_json, run=run
    )


@app.command("approve")
def approve(
    ctx: typer.Context,
    meeting: str = typer.Option(
        ..., "--meeting", "-m", help="审定双清单的会议（编号或 年份-期数，如 2025-2）"
    ),
) -> None:
    """联席会议审定拟定的双清单：全部拟定事项转为任务（记录审定会议），完成时限为规则的
    自会议日起算；此后开始督办和统计。"""
    from fylink import clock
    from fylink.services import calendar as calendar_service
    from fylink.services import meetings, tasks
    from fylink.transfer import tasks as transfer_tasks

    current = settings(ctx)
    today = clock.today()
    with session(ctx, write=True) as db:
        calendar, _ = calendar_service.context(session=db, settings=current, today=today)
        approving, created, total = transfer_tasks.approve_drafts(
            session=db,
            meeting=meeting,
            calendar=calendar,
            today=today,
            groups=tasks.UnitGroups.of(current.task_list),
        )
        label = meetings.label(approving)
    extra = f"（按单位、按期分为任务 {total} 项）" if total != len(created) else ""
    render.message(
        f"已审定：{label}会议审定双清单 {len(created)} 项{extra}，"
        f"自任务 {created[0].id} 起（fylink task list --source 双清单 查看）"
    )


#: The longest table title: a document's title property holds at most 255 characters.
TITLE_MAX = 255


@app.command("export")
def export(
    ctx: typer.Context,
    file: Optional[str] = typer.Argument(
        None,
        help="输出文件：.docx 导出为 Word 表格（双清单）；.xlsx 或 .csv 导出为可导回的表格",
    ),
    docx: Optional[str] = typer.Option(
        None, "--docx", help="导出为 Word 表格（双清单，横向 A4）到这个文件"
    ),
    unit: Optional[str] = _UNIT,
    lead_only: bool = _LEAD_ONLY,
    status: Optional[str] = _STATUS,
    source: Optional[str] = _SOURCE,
    meeting: Optional[str] = _MEETING,
    due_from: Optional[str] = _DUE_FROM,
    due_to: Optional[str] = _DUE_TO,
    text: Optional[str] = _TEXT,
    leader: Optional[str] = _LEADER,
    list_name: Optional[str] = _LIST,
    title: Optional[str] = typer.Option(
        None, "--title", help="表格标题（默认：--list 的双清单名称，或××府院联动工作双清单）"
    ),
    template: Optional[str] = docs.template_option(),
    pdf: bool = docs.pdf_option(),
    force: bool = docs.force_option(),
) -> None:
    """导出双清单（筛选条件同 task list）：文件以 .docx、.xlsx 或 .csv 结尾，或用 --docx 文件。
    表格的表头与 task import 相同（另加 进展情况、状态 两列，导入时忽略），可原样导回。"""

    from fylink.errors import InvalidInputError
    from fylink.services import tasks

    if file and docx:
        raise InvalidInputError("请只给出一个输出文件：参数中的文件或 --docx 文件")
    if title is not None:
        from fylink.domain.values import check_text

        check_text(title, what="--title", limit=TITLE_MAX)
    if docx and Path(docx).suffix.lower() != ".docx" and not Path(docx).is_dir():
        docx += ".docx"
    target = docx or file
    if not target:
        raise InvalidInputError("请给出输出文件，如 fylink task export 双清单.docx")
    suffix = ".docx" if docx else Path(target).suffix.lower()
    exporter = EXPORTERS.get(suffix)
    if exporter is None:
        raise InvalidInputError(
            f"暂不支持导出为“{suffix or '无扩展名'}”文件：可导出 Word 表格（.docx）"
            "或表格（.xlsx、.csv）"
        )
    flt = tasks.TaskFilter(
        unit=unit,
        lead_only=lead_only,
        status=status,
        source=source,
        meeting=meeting,
        due_from=parse_day(due_from, "起始日期"),
        due_to=parse_day(due_to, "截止日期"),
        text=text,
        leader=leader,
        list_name=list_name,
    )
    exporter(ctx, flt, target, template=template, title=title, pdf=pdf, force=force)


@app.command("remove")
def remove(
    ctx: typer.Context,
    task: str = typer.Argument(..., help=TASK_REF_HELP),
    reason: str = typer.Option(..., "--reason", help="删除原因（记入变更日志）"),
    with_dependents: bool = typer.Option(
        False, "--with-dependents", help="连同依赖它的记录一并删除（逐条列出）"
    ),
) -> None:
    """删除误录的任务（连同协办单位和进展）：变更日志保留原记录和原因。"""
    from fylink.cli import views
    from fylink.services import removal

    with session(ctx, write=True) as db:
        removed = removal.remove_task(
            session=db, ref=task, reason=reason, with_dependents=with_dependents
        )
    for line in views.removed_lines(removed):
        render.message(line)


# --- corrections (#12) ---------------------------------------------------------------------


@app.command("update")
def update(
    ctx: typer.Context,
    task: str = typer.Argument(..., help=TASK_REF_HELP),
    text: Optional[str] = typer.Option(None, "--text", help="任务内容"),
    lead: Optional[str] = typer.Option(None, "--lead", "-l", help="牵头单位（全称或简称）"),
    co: list[str] = typer.Option(
        [], "--co", "-c", help="配合单位；可重复，给出的单位取代原有的配合单位"
    ),
    no_co: bool = typer.Option(False, "--no-co", help="清除全部配合单位"),
    leader: Optional[str] = typer.Option(
        None, "--leader", help="牵头领导；名册中有同名人员时写 姓名（单位简称）"
    ),
    due: Optional[str] = typer.Option(
        None, "--due", "-d", help="完成时限：日期或规则（15日、10个工作日、2个月、季度末、年底）"
    ),
    start: Optional[str] = typer.Option(
        None, "--start", help="规则的起算日（默认原起算日；议定事项为会议日期）"
    ),
    source: Optional[str] = typer.Option(
        None, "--source", "-s", help="来源：双清单、督办、司法建议整改、其他"
    ),
    list_no: Optional[str] = typer.Option(None, "--list-no", help="双清单序号"),
    note: Optional[str] = typer.Option(None, "--note", help="备注"),
    case: Optional[str] = typer.Option(
        None, "--case", help='任务涉及的案件（案号；写 "" 取消关联）'
    ),
    party: Optional[str] = typer.Option(
        None, "--party", help='任务涉及的当事人（名称或统一社会信用代码；写 "" 取消关联）'
    ),
    project: Optional[str] = typer.Option(
        None, "--project", help='任务涉及的项目（写 "" 取消关联）'
    ),
) -> None:
    """更正任务（只改给出的项）：内容、牵头和配合单位、牵头领导、完成时限及其规则、来源；
    任务涉及的案件、当事人、项目（一企一档、一楼一策中可见）。"""
    from fylink import clock
    from fylink.cli.formatting import day_cn
    from fylink.errors import InvalidInputError
    from fylink.services import calendar as calendar_service
    from fylink.services import tasks

    if co and no_co:
        raise InvalidInputError("--co 与 --no-co 不能同时使用")
    changes: dict[str, Any] = {
        key: value
        for key, value in {
            "content": text,
            "lead": lead,
            "leader": leader,
            "due": due,
            "start": parse_day(start, "起算日"),
            "source": source,
            "list_no": list_no,
            "note": note,
        }.items()
        if value is not None
    }
    if co or no_co:
        changes["co"] = list(co)
    from fylink.services import lookups, subjects

    subject = subjects.SubjectIn(case=case, party=party, project=project)
    current = settings(ctx)
    today = clock.today()
    labels: dict[str, str | None] | None = None
    with session(ctx, write=True) as db:
        done = None
        if changes or not subject.given():
            calendar, _ = calendar_service.context(session=db, settings=current, today=today)
            done = tasks.correct_task(
                session=db, ref=task, changes=changes, calendar=calendar, today=today
            )
        if subject.given():
            found = done.task if done else lookups.get_task(session=db, ref=task)
            subjects.set_task_subject(session=db, task=found, subject=subject)
            labels = subjects.task_subject_labels(db, found.id or 0)
            task_id = found.id
    if labels is not None:
        linked = "，".join(
            f"{label} {labels[key]}"
            for key, label in (("case", "案件"), ("party", "当事人"), ("project", "项目"))
            if labels[key]
        )
        render.message(
            f"已修改：任务 {task_id}" + (f"（涉及{linked}）" if linked else "（无关联）")
        )
    if done is None:
        return
    item = done.task
    render.message(
        f"已更正：任务 {item.id}，完成时限 {day_cn(item.due_on)}"
        + (f"（{item.due_rule}）" if item.due_rule else "")
    )
    if done.added:
        render.message(f"已增加配合单位：{'、'.join(done.added)}")
    if done.dropped:
        render.message(f"已去掉配合单位：{'、'.join(done.dropped)}")


# --- 双清单 lists and recurring series (#15) ------------------------------------------------


@app.command("lists")
def lists(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="输出 JSON 数组"),
) -> None:
    """列出各份双清单及其任务数（按年度，新的在前）。

    导入的每份双清单各自编号：用 task list --list、task export --list 查看、导出其中一份。
    """
    from fylink.services import reads_meetings

    with reading(ctx) as connection:
        rows = reads_meetings.double_lists(connection)
    if as_json:
        render.print_json(
            [
                {
                    "list_id": r.item.id,
                    "name": r.item.name,
                    "year": r.item.year,
                    "tasks": r.tasks,
                    "open": r.open,
                }
                for r in rows
            ]
        )
        return
    render.table(
        ["编号", "双清单", "年度", "任务数", "未完成"],
        [(r.item.id, r.item.name, r.item.year, r.tasks, r.open) for r in rows],
        title="双清单",
        caption=f"共 {len(rows)} 份" if rows else "还没有导入双清单：用 fylink task import 导入",
    )


@app.command("close")
def close(
    ctx: typer.Context,
    task: str = typer.Argument(
        ..., help="周期性事项（每季度末、每月25日前）或长期坚持事项的任务编号"
    ),
    on: Optional[str] = typer.Option(None, "--on", help="结束日期（默认今天）"),
    remove_later: bool = typer.Option(
        False,
        "--remove-later",
        help="同时删除结束日期以后到期、尚未办理（无进展、未完成、未督办）的各期，"
        "如该事项已列入下一年度的双清单",
    ),
) -> None:
    """结束周期性事项或长期坚持事项。

    周期性事项（每季度末、每月25日前）的新一期由 fylink check overdue 在上一期到期后生成；
    结束后不再生成（已生成的各期照常办理，加 --remove-later 删除尚未办理的以后各期）。
    长期坚持事项结束即记为完成。
    """
    from fylink import clock
    from fylink.cli.formatting import day_cn
    from fylink.services import series

    today = clock.today()
    with session(ctx, write=True) as db:
        closed = series.close_series(
            session=db,
            ref=task,
            on=parse_day(on, "结束日期") or today,
            today=today,
            remove_later=remove_later,
        )
    item = closed.task
    if item.recurrence:
        assert item.series_closed_on is not None
        left = f"；已删除此后到期、尚未办理的 {closed.removed} 期" if closed.removed else ""
        if closed.still_open:
            left += f"；已生成的各期中尚有 {closed.still_open} 期未完成，照常督办"
        render.message(
            f"已结束周期性事项：任务 {item.id}（{item.recurrence}），"
            f"{day_cn(item.series_closed_on)}起不再生成新的一期{left}"
        )
    else:
        assert item.completed_on is not None
        render.message(f"已结束长期坚持事项：任务 {item.id}，{day_cn(item.completed_on)}")
