"""``fylink meeting``: meetings, attendance and 议定事项."""

from typing import Any, Optional

import typer

from fylink.cli import docs, render
from fylink.cli.common import new_app, parse_day, reading, session, settings

app = new_app("会议：全体会议、联席会议、协调会……；参会情况和议定事项。")

MEETING_REF_HELP = (
    "会议：编号（如 3）或 年份-期数（如 2025-2，即2025年第2期；"
    "同一期数有几个系列时写明系列，如 协调会2025-1）"
)


@app.command("add")
def add(
    ctx: typer.Context,
    kind: str = typer.Option(
        ...,
        "--kind",
        "-k",
        help="会议类型：全体会议、联席会议、协调会、座谈会、研判会、专题会议、通报会、调度会"
        "（可在设置中添加）",
    ),
    held: str = typer.Option(..., "--date", help="会议日期，如 2025-06-20"),
    place: str = typer.Option("", "--place", help="地点"),
    chair: str = typer.Option("", "--chair", help="主持人"),
    topic: list[str] = typer.Option([], "--topic", "-t", help="议题；可重复"),
    opening: str = typer.Option("", "--opening", help="纪要开头段落（可选）"),
    part: list[str] = typer.Option(
        [],
        "--part",
        help="纪要中议定事项以外的段落，如“会议听取了……汇报”“会议认为，……”“会议要求，……”；"
        "可重复，按给出的顺序印在议定事项之前",
    ),
    follows: list[str] = typer.Option(
        [],
        "--follows",
        help="本次会议跟进的事项：会议（如 2025-1，其议定事项）或任务（如 #12）；可重复。"
        "协调会、专题会议等只报告这里列出的事项",
    ),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """登记一次会议；期数（第N期）按会议系列和年份自动编号（联席会议、协调会……各自编号）。"""
    from fylink.cli import views
    from fylink.services import meetings

    held_on = parse_day(held, "会议日期")
    assert held_on is not None
    rules = meetings.MeetingRules.of(settings(ctx).meetings)
    with session(ctx, write=True) as db:
        meeting = meetings.add_meeting(
            session=db,
            meeting_in=meetings.MeetingIn(
                kind=kind,
                held_on=held_on,
                place=place,
                chair=chair,
                topics="\n".join(t.strip() for t in topic if t.strip()),
                opening=opening,
                parts=part,
                follows=follows,
            ),
            rules=rules,
        )
    if as_json:
        render.print_json(views.meeting_public(meeting))
        return
    kind_text = f"（{meeting.kind}）" if meeting.kind != meeting.series else ""
    render.message(
        f"已登记：{meetings.label(meeting)}{kind_text}，会议编号 {meeting.id}，"
        f"可写作 {meetings.ref_text(meeting)}"
    )


@app.command("attend")
def attend(
    ctx: typer.Context,
    meeting: str = typer.Argument(..., help=MEETING_REF_HELP),
    role: str = typer.Option(
        "出席",
        "--role",
        "-r",
        help="参会情况：出席、列席、请假、缺席（未请假）、迟到、早退、代会（派人代为参会）",
    ),
    person: list[str] = typer.Option([], "--person", "-p", help="人员姓名（名册中的）；可重复"),
    unit: list[str] = typer.Option([], "--unit", "-u", help="单位（全称或简称）；可重复"),
    name: list[str] = typer.Option(
        [], "--name", help="名册外人员的姓名（破产管理人、律师、专家、人大代表等）；可重复"
    ),
    affiliation: str = typer.Option(
        "", "--affiliation", help="名册外人员的所在单位或身份，如 某律师事务所律师"
    ),
    count: Optional[int] = typer.Option(
        None, "--count", help="未写明人员的单位参会人数，纪要中印作“县住建局（1人）”"
    ),
    note: str = typer.Option("", "--note", help="备注，如 请假事由或代为参会的人"),
) -> None:
    """登记参会情况：名册中的人员、单位或名册外人员出席、列席、请假、缺席、迟到、早退或代会。"""
    from fylink.errors import InvalidInputError
    from fylink.services import lookups, meetings, units

    if not person and not unit and not name:
        raise InvalidInputError("请用 --person、--unit 或 --name 给出参会人员或单位")
    if count is not None and (person or name):
        raise InvalidInputError("--count 只用于未写明人员的单位（--unit），请分开登记")
    if affiliation.strip() and (person or unit):
        raise InvalidInputError("--affiliation 只用于名册外人员（--name），请分开登记")
    with session(ctx, write=True) as db:
        found = lookups.find_meeting(session=db, ref=meeting)
        names = []
        for who in person:
            row = meetings.attend(session=db, ref=found.id or 0, role=role, person=who, note=note)
            # A namesake picked by 姓名（单位简称） is named so.
            picked = who.strip() != row.name
            names.append(
                units.person_label(db, units.find_person(session=db, name=who))
                if picked
                else row.name
            )
        for who in unit:
            names.append(
                meetings.attend(
                    session=db, ref=found.id or 0, role=role, unit=who, headcount=count, note=note
                ).name
            )
        for who in name:
            names.append(
                meetings.attend(
                    session=db,
                    ref=found.id or 0,
                    role=role,
                    name=who,
                    affiliation=affiliation,
                    note=note,
                ).name
            )
    render.message(f"已登记{meetings.label(found)}会议{role}：{'、'.join(names)}")


@app.command("decide")
def decide(
    ctx: typer.Context,
    meeting: str = typer.Argument(..., help=MEETING_REF_HELP),
    text: str = typer.Argument(..., help="议定事项内容"),
    lead: str = typer.Option(
        ..., "--lead", "-l", help="牵头单位（全称或简称；各乡镇（街道）、各成员单位 按单位展开）"
    ),
    co: list[str] = typer.Option(
        [], "--co", "-c", help="配合单位；可重复，各成员单位即牵头单位以外的全部"
    ),
    leader: str = typer.Option("", "--leader", help="牵头领导"),
    due: str = typer.Option(
        ...,
        "--due",
        "-d",
        help="完成时限：日期（2025-09-30）或自会议日起算的规则（15日、10个工作日、2个月、季度末、年底）",
    ),
    note: str = typer.Option("", "--note", help="备注"),
    case: Optional[str] = typer.Option(None, "--case", help="事项涉及的案件（案号）"),
    party: Optional[str] = typer.Option(
        None, "--party", help="事项涉及的当事人（企业名称或统一社会信用代码）"
    ),
    project: Optional[str] = typer.Option(None, "--project", help="事项涉及的项目（如问题楼盘）"),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """添加一条议定事项，并同时生成对应的双清单任务（来源：议定事项）。"""
    from fylink import clock
    from fylink.cli import views
    from fylink.cli.formatting import added_text, provisional_note
    from fylink.services import calendar as calendar_service
    from fylink.services import lookups, meetings, tasks

    current = settings(ctx)
    today = clock.today()
    with session(ctx, write=True) as db:
        calendar, th = calendar_service.context(session=db, settings=current, today=today)
        task = meetings.decide(
            session=db,
            ref=meeting,
            content=text,
            lead=lead,
            co=co,
            leader=leader,
            due=due,
            note=note,
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
        found = lookups.find_meeting(session=db, ref=task.meeting_id or 0)
        detail = tasks.task_detail(session=db, ref=task.id or 0, th=th, calendar=calendar)
        size = tasks.item_size(session=db, task=task)
    if as_json:
        render.print_json(
            views.task_public(
                task,
                lead=tasks.unit_label(detail.lead),
                co=[tasks.unit_label(u) for u in detail.co],
                status=detail.status.value,
                meeting_label=meetings.label(found),
            )
        )
        return
    render.message(
        f"已添加：{meetings.label(found)}议定事项{task.decision_no}（任务 {task.id}），"
        + added_text(task, tasks.unit_label(detail.lead), size)
    )
    note_text = provisional_note(detail.deadline)
    if note_text:
        render.message(note_text)


@app.command("list")
def list_(
    ctx: typer.Context,
    year: Optional[int] = typer.Option(None, "--year", min=1949, max=2100, help="年份"),
    kind: Optional[str] = typer.Option(None, "--kind", "-k", help="会议类型"),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON 数组"),
) -> None:
    """列出会议（新的在前），附议定事项的办理情况。"""
    from fylink import clock
    from fylink.cli import views
    from fylink.services import reads

    current = settings(ctx)
    # The light read path (issue 21): Core tables on a bare connection, no ORM.
    with reading(ctx) as connection:
        _, th = reads.thresholds(connection, settings=current, today=clock.today())
        rows = reads.meetings(connection, th=th, year=year, kind=kind)
    if as_json:
        render.print_json(
            [
                views.meeting_public(
                    r.meeting, decisions=r.decisions, open_=r.open, overdue=r.overdue
                )
                for r in rows
            ]
        )
        return
    render.table(
        ["编号", "期数", "类型", "日期", "地点", "主持人", "议定事项", "未完成", "逾期"],
        [
            (
                r.meeting.id,
                reads.meeting_label(r.meeting),
                r.meeting.kind,
                r.meeting.held_on,
                r.meeting.place,
                r.meeting.chair,
                r.decisions,
                r.open,
                r.overdue,
            )
            for r in rows
        ],
        title="会议",
        caption=f"共 {len(rows)} 次会议" if rows else "没有会议记录",
    )


@app.command("show")
def show(
    ctx: typer.Context,
    meeting: str = typer.Argument(..., help=MEETING_REF_HELP),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """查看一次会议：议题、参会情况、议定事项及其任务状态。"""
    from fylink import clock
    from fylink.cli import views
    from fylink.cli.formatting import due_cell, provisional_mark
    from fylink.services import reads, reads_meetings

    current = settings(ctx)
    with reading(ctx) as connection:
        _, th = reads.thresholds(connection, settings=current, today=clock.today())
        detail = reads_meetings.meeting_detail(connection, meeting, th=th)
    m = detail.meeting
    label = reads.meeting_label(m)
    if as_json:
        data = views.meeting_public(m)
        data["opening"] = m.opening
        data["attendance"] = [views.attendance_public(a) for a in detail.attendance]
        data["decisions"] = [
            views.task_public(
                r.task, lead=r.lead, co=r.co, status=r.status.value, meeting_label=label
            )
            for r in detail.decisions
        ]
        render.print_json(data)
        return
    by_role: dict[str, list[str]] = {}
    for row in detail.attendance:
        extra = [
            text
            for text in (
                row.affiliation,
                f"{row.headcount}人" if row.headcount else "",
                row.note,
            )
            if text
        ]
        by_role.setdefault(row.role, []).append(
            row.name + (f"（{'，'.join(extra)}）" if extra else "")
        )
    render.fields(
        [
            ("会议", f"{label}{'' if m.kind == m.series else f'（{m.kind}）'}，编号 {m.id}"),
            ("日期", m.held_on),
            ("地点", m.place),
            ("主持人", m.chair),
            ("议题", "；".join(m.topics.splitlines())),
            *((f"纪要段落{i}", part) for i, part in enumerate(m.parts or [], start=1)),
            *(
                (role, "、".join(by_role[role]))
                for role in reads_meetings.ATTENDANCE_ROLES
                if role in by_role
            ),
            *((("印发日期", m.issued_on),) if m.issued_on else ()),
        ],
        title=f"{label}会议",
    )
    if detail.decisions:
        render.table(
            ["序号", "任务", "议定事项", "牵头单位", "配合单位", "牵头领导", "完成时限", "状态"],
            [
                (
                    r.task.decision_no,
                    r.task.id,
                    r.task.content + (f"（{r.task.period}）" if r.task.period else ""),
                    r.lead,
                    "、".join(r.co),
                    r.task.leader,
                    due_cell(r.task) + provisional_mark(r.task.due_on, r.task.due_provisional),
                    r.status.value,
                )
                for r in detail.decisions
            ],
            title="议定事项",
        )
    else:
        render.message("尚无议定事项：用 fylink meeting decide 添加")


@app.command("minutes")
def minutes(
    ctx: typer.Context,
    meeting: str = typer.Argument(..., help=MEETING_REF_HELP),
    out: Optional[str] = docs.output_option("示范县府院联动联席会议纪要〔2025〕第3期.docx"),
    template: Optional[str] = docs.template_option(),
    issued: Optional[str] = typer.Option(
        None,
        "--date",
        help="纪要的印发日期（版头和版记中的日期）：首次生成时默认今天并记录，"
        "重新生成时沿用记录的日期，给出时改用新日期",
    ),
    pdf: bool = docs.pdf_option(),
    force: bool = docs.force_option(),
) -> None:
    """生成会议纪要（Word，GB/T 9704 版式）：上次议定事项落实情况、会议情况、议定事项
    （牵头单位、配合单位、牵头领导、完成时限）、出席名单。"""
    from fylink import clock
    from fylink.documents import contexts, output
    from fylink.services import calendar as calendar_service
    from fylink.services import documents, meetings

    current = settings(ctx)
    today = clock.today()
    given = parse_day(issued, "印发日期")
    choice = docs.choose_template("minutes", template, current)
    rules = meetings.MeetingRules.of(current.meetings)
    with session(ctx, write=False) as db:
        _, th = calendar_service.context(session=db, settings=current, today=today)
        src = documents.minutes_source(
            session=db,
            ref=meeting,
            th=th,
            rules=rules,
            mastheads=current.meetings.mastheads,
            unit_attendance=current.meetings.unit_attendance,
        )
    issued_on = documents.minutes_date(meeting=src.meeting, given=given, today=today)
    context = contexts.minutes_context(src, issued_on=issued_on, cc=current.documents.cc)
    name = contexts.minutes_file_name(src.office, src.meeting, src.masthead)
    meeting_id = src.meeting.id or 0
    first_issue = src.meeting.issued_on != issued_on

    def printed(db: Any) -> None:
        # The 纪要 printed the meeting's 期号: a removed meeting's number is not used again;
        # its 印发日期 is kept for every reprint. Both with the anchor, after the file is
        # written (a failed document records neither; a read-only database keeps none).
        if first_issue:
            documents.record_issue(session=db, meeting_id=meeting_id, issued_on=issued_on)
        meetings.record_issued(session=db, meeting_id=meeting_id, document=name)

    docs.write_document(
        ctx=ctx,
        kind="minutes",
        context=context,
        out=output.target(out, name),
        choice=choice,
        current=current,
        title=name.removesuffix(".docx"),
        author=src.office.name,
        pdf=pdf,
        force=force,
        issued=printed,
    )


@app.command("remove")
def remove(
    ctx: typer.Context,
    meeting: str = typer.Argument(..., help=MEETING_REF_HELP),
    reason: str = typer.Option(..., "--reason", help="删除原因（记入变更日志）"),
    with_dependents: bool = typer.Option(
        False, "--with-dependents", help="连同依赖它的记录一并删除（逐条列出）"
    ),
) -> None:
    """删除误录的会议（连同出席记录）；有议定事项时须加 --with-dependents。"""
    from fylink.cli import views
    from fylink.services import removal

    with session(ctx, write=True) as db:
        removed = removal.remove_meeting(
            session=db, ref=meeting, reason=reason, with_dependents=with_dependents
        )
    for line in views.removed_lines(removed):
        render.message(line)


# --- corrections (#12) ---------------------------------------------------------------------


@app.command("update")
def update(
    ctx: typer.Context,
    meeting: str = typer.Argument(..., help=MEETING_REF_HELP),
    kind: Optional[str] = typer.Option(None, "--kind", "-k", help="会议类型"),
    held: Optional[str] = typer.Option(None, "--date", help="会议日期（同一年内；期号不变）"),
    place: Optional[str] = typer.Option(None, "--place", help="地点"),
    chair: Optional[str] = typer.Option(None, "--chair", help="主持人"),
    topic: list[str] = typer.Option([], "--topic", "-t", help="议题；可重复，取代原有议题"),
    opening: Optional[str] = typer.Option(None, "--opening", help="纪要开头段落"),
) -> None:
    """更正会议（只改给出的项）；改了日期，按规则自会议日起算的议定事项时限随之重算。"""
    from fylink import clock
    from fylink.cli.formatting import day_cn
    from fylink.services import calendar as calendar_service
    from fylink.services import meetings

    changes: dict[str, Any] = {
        key: value
        for key, value in {
            "kind": kind,
            "held_on": parse_day(held, "会议日期"),
            "place": place,
            "chair": chair,
            "opening": opening,
        }.items()
        if value is not None
    }
    if topic:
        changes["topics"] = "\n".join(t.strip() for t in topic if t.strip())
    current = settings(ctx)
    today = clock.today()
    with session(ctx, write=True) as db:
        calendar, _ = calendar_service.context(session=db, settings=current, today=today)
        done = meetings.update_meeting(
            session=db,
            ref=meeting,
            changes=changes,
            calendar=calendar,
            today=today,
            rules=meetings.MeetingRules.of(current.meetings),
        )
    found = done.meeting
    # The label names the series; the kind only where it differs (全体会议 in 联席会议).
    kind = "" if found.kind == found.series else f"{found.kind}，"
    render.message(f"已更正：{meetings.label(found)}（{kind}{day_cn(found.held_on)}）")
    if done.renumbered_from:
        render.message(
            f"期号由 {done.renumbered_from} 改为 {meetings.label(found)}"
            f"（可写作 {meetings.ref_text(found)}）"
        )
    for task in done.moved:
        render.message(
            f"议定事项{task.decision_no}（任务 {task.id}）完成时限重算为 {day_cn(task.due_on)}"
            f"（{task.due_rule}）"
        )


@app.command("unattend")
def unattend(
    ctx: typer.Context,
    meeting: str = typer.Argument(..., help=MEETING_REF_HELP),
    person: Optional[str] = typer.Option(
        None, "--person", "-p", help="人员姓名；有同名人员时写 姓名（单位简称）"
    ),
    unit: Optional[str] = typer.Option(None, "--unit", "-u", help="单位（全称或简称）"),
) -> None:
    """撤销误登记的参会情况（一位人员或一个单位）。"""
    from fylink.services import lookups, meetings

    with session(ctx, write=True) as db:
        found = lookups.find_meeting(session=db, ref=meeting)
        row = meetings.unattend(session=db, ref=found.id or 0, person=person, unit=unit)
    render.message(f"已撤销{meetings.label(found)}会议的参会登记：{row.name}（{row.role}）")
