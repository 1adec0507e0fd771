"""``fylink case``: the case register (案件台账)."""

from pathlib import Path
from typing import Any, Optional

import typer

from fylink.cli import render, transfer
from fylink.cli.common import (
    merged_unit_note,
    new_app,
    page_caption,
    parse_day,
    parse_yes_no,
    reading,
    session,
    settings,
)

app = new_app("案件台账：行政复议、行政诉讼、诉前调解、执行、破产、风险事项……")


def _amount(value: str | None, what: str) -> int | None:
    if value is None:
        return None
    from fylink.domain.money import parse_amount

    return parse_amount(value, what=what)


# 白皮书 fields (issue 18): options of `case add` and `case update` alike.
_ACT = typer.Option(
    None,
    "--act",
    help="被诉行政行为类别：处罚、许可、强制、征收征用、确认、不履行法定职责、信息公开、行政协议、赔偿补偿、其他",
)
_LOSS_REASON = typer.Option(
    None,
    "--loss-reason",
    help=(
        "败诉原因：事实不清证据不足、程序违法、适用法律错误、超越职权、不履行法定职责、"
        "明显不当；可重复或用、分隔（修改时整体替换，填 无 清除）"
    ),
)
_WITHDRAWAL = typer.Option(None, "--withdrawal", help="撤诉类型：原告主动撤诉、被告改变行为后撤诉")
_JOINT = typer.Option(None, "--joint-respondent", help="复议机关是否作共同被告：是/否")
_NORM_REVIEW = typer.Option(None, "--norm-review", help="是否一并请求规范性文件附带审查：是/否")
_TYPICAL = typer.Option(None, "--typical", help="是否列为典型案例：是/否")
_TYPICAL_NOTE = typer.Option(
    None, "--typical-note", help="典型案例说明（200字以内；填写即列为典型案例）"
)


def _annex_changes(
    act: str | None,
    loss_reason: list[str] | None,
    withdrawal: str | None,
    joint: str | None,
    norm_review: str | None,
    typical: str | None,
    typical_note: str | None,
) -> dict[str, Any]:
    """The 白皮书 columns the options give (only those given)."""
    from fylink.domain import categories
    from fylink.services.cases import typical_changes

    found: dict[str, Any] = {}
    if act is not None:
        found["act_kind"] = categories.parse_act_kind(act)
    if loss_reason:
        found["loss_reasons"] = categories.parse_loss_reasons(loss_reason)
    if withdrawal is not None:
        found["withdrawal_kind"] = categories.parse_withdrawal_kind(withdrawal)
    if joint is not None:
        found["joint_respondent"] = parse_yes_no(joint, "复议机关是否作共同被告")
    if norm_review is not None:
        found["norm_review"] = parse_yes_no(norm_review, "是否规范性文件附带审查")
    flag = None if typical is None else parse_yes_no(typical, "是否典型案例")
    found.update(typical_changes(flag, typical_note))
    return found


@app.command("add")
def add(
    ctx: typer.Context,
    case_no: str = typer.Argument(
        ..., help="案号（法院案件，如 （2024）豫0591行初123号）或自编号（如 示政复〔2024〕12号）"
    ),
    category: str = typer.Option(
        ...,
        "--category",
        "-c",
        help="类别：行政复议、行政诉讼、诉前调解、行政调解、非诉执行、涉行政机关执行、破产、问题楼盘、金融风险、涉诉信访、其他",
    ),
    unit: str = typer.Option(..., "--unit", "-u", help="被申请人/被告单位（全称或简称）"),
    filed: str = typer.Option(..., "--filed", help="立案（受理）日期，如 2024-03-15"),
    field: str = typer.Option("", "--field", help="领域，如 土地征收、社会保障"),
    court: str = typer.Option("", "--court", help="受理法院或复议机关"),
    received: Optional[str] = typer.Option(None, "--received", help="收案日期（默认同立案日期）"),
    party: list[str] = typer.Option(
        [], "--party", "-p", help="当事人：姓名或名称，可加 :身份证号 或 :统一社会信用代码；可重复"
    ),
    summary: str = typer.Option("", "--summary", help="案情摘要"),
    claimed: Optional[str] = typer.Option(None, "--claimed", help="标的金额，如 125000 或 12.5万"),
    group_size: Optional[int] = typer.Option(
        None, "--group-size", min=0, max=10_000_000, help="涉及人数（群体性纠纷）"
    ),
    risk: str = typer.Option("", "--risk", help="风险等级：高、中、低"),
    legacy: bool = typer.Option(False, "--legacy", help="2016年以前的旧案号，按原样保存"),
    related: list[str] = typer.Option(
        [], "--related", help="本案的前一审级或前序案件的案号（一审→二审→再审，破申→破）；可重复"
    ),
    act: Optional[str] = _ACT,
    loss_reason: Optional[list[str]] = _LOSS_REASON,
    withdrawal: Optional[str] = _WITHDRAWAL,
    joint_respondent: Optional[str] = _JOINT,
    norm_review: Optional[str] = _NORM_REVIEW,
    typical: Optional[str] = _TYPICAL,
    typical_note: Optional[str] = _TYPICAL_NOTE,
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """登记一件案件。法院案件的案号按最高法规则校验并统一为全角括号。"""
    from fylink import clock
    from fylink.cli import views
    from fylink.services import cases

    annex = _annex_changes(
        act, loss_reason, withdrawal, joint_respondent, norm_review, typical, typical_note
    )
    case_in = cases.CaseIn(
        case_no=case_no,
        category=category,
        unit=unit,
        filed_on=parse_day(filed, "立案日期"),  # type: ignore[arg-type]
        field=field,
        court=court,
        received_on=parse_day(received, "收案日期"),
        parties=party,
        summary=summary,
        legacy=legacy,
        claimed_fen=_amount(claimed, "标的金额"),
        group_size=group_size,
        risk_level=risk,
        related=related,
        **annex,
    )
    types = cases.type_table(settings(ctx).cases.extra_type_codes)
    with session(ctx, write=True) as db:
        case = cases.add_case(session=db, case_in=case_in, today=clock.today(), types=types)
        detail = cases.case_detail(session=db, case_no=case.case_no)
    for warning in cases.party_warnings(party, today=clock.today()):
        render.warn(warning)
    if as_json:
        render.print_json(views.case_public(case, detail.unit.short_name or detail.unit.name))
        return
    extra = f"（{case.court_level}法院 · {case.type_name}）" if case.type_name else ""
    render.message(f"已登记：{case.case_no} {case.category}{extra}")


# Options several commands share (the filters of `case list` and `case export`).
_CATEGORY = typer.Option(None, "--category", "-c", help="类别")
_UNIT = typer.Option(None, "--unit", "-u", help="被申请人/被告单位")
_STATUS = typer.Option(None, "--status", help="状态：在办、中止、已结")
_FIELD = typer.Option(None, "--field", help="领域")
_YEAR = typer.Option(None, "--year", min=1949, max=2100, help="立案年度")


@app.command("list")
def list_(
    ctx: typer.Context,
    category: Optional[str] = _CATEGORY,
    unit: Optional[str] = _UNIT,
    status: Optional[str] = _STATUS,
    field: Optional[str] = _FIELD,
    year: Optional[int] = _YEAR,
    since: Optional[str] = typer.Option(None, "--from", help="立案日期不早于"),
    until: Optional[str] = typer.Option(None, "--to", help="立案日期不晚于"),
    text: Optional[str] = typer.Option(
        None,
        "--text",
        "-q",
        help="案号、摘要或当事人名称（含曾用名）包含的文字；也可写统一社会信用代码或身份证号末四位",
    ),
    party: Optional[str] = typer.Option(
        None,
        "--party",
        "-p",
        help="当事人：名称、曾用名、统一社会信用代码或身份证号"
        "（可只写末四位）；同名时照提示写“张三（****1232）”“张三（无证件）”或“张三#12”",
    ),
    sort: str = typer.Option(
        "filed", "--sort", help="排序：filed（立案日期新→旧）、filed-asc、closed、no"
    ),
    limit: int = typer.Option(50, "--limit", "-n", min=1, max=10000, help="每页条数"),
    page: int = typer.Option(1, "--page", min=1, max=1_000_000, help="页码"),
    due_within: Optional[int] = typer.Option(
        None,
        "--due-within",
        min=0,
        help="只列出N天内届满（含已逾期）、尚未完成的案件期限，如答辩、上诉期、复议答复",
    ),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON 数组"),
    all_rows: bool = typer.Option(
        False,
        "--all",
        help="与 --json 同用：输出全部符合条件的案件，不分页（百万件也边查边写，内存不随条数增长）",
    ),
) -> None:
    """查询案件：按类别、单位、状态、领域、年度、日期和文字筛选，分页显示。"""
    from fylink.cli import views
    from fylink.services import case_list

    if all_rows and (not as_json or due_within is not None or page != 1):
        from fylink.errors import InvalidInputError

        raise InvalidInputError(
            "--all 须与 --json 同用，且不能与 --page、--due-within 同用："
            "表格每页最多 10000 条，请用 --limit 和 --page 翻页"
        )
    if due_within is not None:
        _list_due(ctx, due_within, as_json)
        return

    flt = case_list.CaseFilter(
        category=category,
        unit=unit,
        status=status,
        field=field,
        year=year,
        filed_from=parse_day(since, "起始日期"),
        filed_to=parse_day(until, "截止日期"),
        text=text,
        party=party,
    )
    if all_rows:
        with reading(ctx) as db:
            # The driver's rows, a batch at a time (issue 21): no row object, no date parsed.
            render.print_json_batches(
                views.case_public_batches(case_list.iter_case_rows(session=db, flt=flt, sort=sort))
            )
            merged = merged_unit_note(db, unit)
        if merged:
            render.warn(merged)
        return
    offset = (page - 1) * limit
    with reading(ctx) as db:
        rows, total = case_list.list_cases(
            session=db, flt=flt, sort=sort, limit=limit, offset=offset
        )
        merged = merged_unit_note(db, unit)
    if merged:
        render.warn(merged)
    if as_json:
        render.print_json([views.case_public(c, u) for c, u in rows])
        return
    render.table(
        ["案号/编号", "类别", "领域", "被申请人/被告", "立案日期", "状态", "结案日期", "结果"],
        [
            (c.case_no, c.category, c.field, u, c.filed_on, c.status, c.closed_on, c.outcome)
            for c, u in rows
        ],
        title="案件台账",
        caption=page_caption(total, offset, len(rows)),
    )


def _list_due(ctx: typer.Context, within: int, as_json: bool) -> None:
    from fylink import clock
    from fylink.services import calendar as calendar_service
    from fylink.services import case_deadlines

    current = settings(ctx)
    with session(ctx, write=False) as db:
        calendar = calendar_service.work_calendar(session=db, settings=current.calendar)
        items = case_deadlines.open_deadlines(
            session=db,
            calendar=calendar,
            rules=case_deadlines.rules(current.cases),
            today=clock.today(),
            within_days=within,
            due_soon_workdays=current.tasks.due_soon_workdays,
        )
    if as_json:
        render.print_json(
            [
                {
                    "case_no": i.case.case_no,
                    "category": i.case.category,
                    "unit": i.unit.short_name or i.unit.name,
                    **_deadline_public(i.deadline),
                }
                for i in items
            ]
        )
        return
    render.table(
        ["案号/编号", "类别", "被申请人/被告", "期限", "起算", "届满日", "状态"],
        [
            (
                i.case.case_no,
                i.case.category,
                i.unit.short_name or i.unit.name,
                i.deadline.rule.name,
                i.deadline.started_on,
                _due_text(i.deadline),
                i.deadline.status,
            )
            for i in items
        ],
        title=f"{within}天内届满的案件期限",
        caption=f"共 {len(items)} 项" if items else "没有需要办理的案件期限",
    )


@app.command("show")
def show(
    ctx: typer.Context,
    case_no: str = typer.Argument(..., help="案号或编号"),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """查看一件案件：基本信息、当事人（证件号码脱敏）、案件动态和由动态推算的期限。"""
    from fylink import clock
    from fylink.cli import views
    from fylink.domain.money import format_yuan
    from fylink.services import case_deadlines, reads

    current = settings(ctx)
    # The light read path (issue 21): Core tables on a bare connection, no ORM.
    with reading(ctx) as db:
        detail = reads.case_detail(db, case_no)
        linked = reads.related_cases(db, detail.case.id)
        calendar, th = reads.thresholds(db, settings=current, today=clock.today())
        deadlines = case_deadlines.deadlines_of(
            case=detail.case,
            events=detail.events,
            calendar=calendar,
            rules=case_deadlines.rules(current.cases),
            today=clock.today(),
            due_soon_workdays=current.tasks.due_soon_workdays,
        )
        from fylink.domain.status import status_of
        from fylink.services.parties import linked_tasks

        concerning = [
            (t, status_of(due_on=t.due_on, completed_on=t.completed_on,
                          signed_off_on=t.signed_off_on, th=th).value)
            for t in linked_tasks(db, case_id=detail.case.id)
        ]  # fmt: skip
    case, unit = detail.case, detail.unit
    if detail.renumbered_from:
        render.warn(f"注意：{detail.renumbered_from} 已更正为 {case.case_no}，以下是更正后的案件")
    parties = [views.party_public(p, role) for p, role in detail.parties]
    if as_json:
        data = views.case_public(case, unit.short_name or unit.name)
        data["parties"] = parties
        data["events"] = [views.event_public(e) for e in detail.events]
        data["deadlines"] = [_deadline_public(d) for d in deadlines]
        data["related"] = [
            {
                "case_no": c.case_no,
                "relation": relation,
                "instance": c.instance,
                "outcome": c.outcome,
            }
            for c, relation in linked
        ]
        data["tasks"] = [
            {
                "id": t.id,
                "source": t.source,
                "content": t.content,
                "lead": t.lead,
                "due_on": t.due_on,
                "status": status,
                "meeting": t.meeting,
                "decision_no": t.decision_no,
            }
            for t, status in concerning
        ]
        render.print_json(data)
        return
    number = case.case_no
    if case.type_name:
        number += f"（{case.court_level}法院 · {case.type_name} · {case.instance}）"
    pairs = [
        ("案号/编号", number),
        ("类别", case.category),
        ("领域", case.field),
        ("被申请人/被告", unit.name),
        ("受理机关", case.court),
        (
            "当事人",
            "；".join(
                f"{p['role']} {p['name']}" + (f"（{p['id_number']}）" if p["id_number"] else "")
                for p in parties
            ),
        ),
        ("收案日期", case.received_on),
        ("立案日期", case.filed_on),
        ("开庭日期", case.heard_on),
        ("开庭审理", case.heard),
        ("负责人出庭", _appearance(case.head_appeared, case.head_rank)),
        ("状态", case.status),
        ("结案日期", case.closed_on),
        ("结果", (case.outcome or "") + ("（败诉）" if case.is_loss else "")),
        ("标的金额（元）", format_yuan(case.claimed_fen)),
        ("执行到位（元）", format_yuan(case.recovered_fen)),
        ("实质性化解", case.resolved),
        ("涉及人数", case.group_size),
        ("风险等级", case.risk_level),
        ("案情摘要", case.summary),
        ("被诉行政行为类别", case.act_kind),
        ("败诉原因", case.loss_reasons),
        ("撤诉类型", case.withdrawal_kind),
        ("复议机关作共同被告", case.joint_respondent),
        ("规范性文件附带审查", case.norm_review),
        ("典型案例", _typical_text(case.typical, case.typical_note)),
        (
            "关联案件",
            "；".join(
                f"{relation} {c.case_no}" + (f"（{c.outcome}）" if c.outcome else "")
                for c, relation in linked
            ),
        ),
    ]
    # Only what is recorded: an empty line tells the clerk nothing.
    render.fields([(k, v) for k, v in pairs if v not in (None, "")], title=case.case_no)
    if detail.events:
        render.table(
            ["编号", "日期", "动态", "说明"],
            [(e.id, e.occurred_on, e.kind, e.note) for e in detail.events],
            title="案件动态",
        )
    if deadlines:
        render.table(
            ["期限", "起算", "规则", "届满日", "状态", "依据"],
            [
                (
                    d.rule.name,
                    f"{d.rule.trigger} {d.started_on.isoformat()}",
                    d.rule.period,
                    _due_text(d),
                    _status_text(d),
                    d.rule.basis,
                )
                for d in deadlines
            ],
            title="案件期限（由案件动态推算）",
        )
    if concerning:
        render.table(
            ["任务", "来源", "内容", "牵头单位", "完成时限", "状态"],
            [
                (
                    t.id,
                    f"{t.meeting}第{t.decision_no}项" if t.meeting else t.source,
                    t.content,
                    t.lead,
                    t.due_on,
                    status,
                )
                for t, status in concerning
            ],
            title="涉及本案的任务和议定事项",
        )


def _due_text(deadline: Any) -> str:
    mark = f"（暂定：{deadline.due.year}年假期未公布）" if deadline.deadline.provisional else ""
    return deadline.due.isoformat() + mark


def _status_text(deadline: Any) -> str:
    if deadline.met_on is not None and deadline.status == "已完成":
        return f"已完成（{deadline.met_on.isoformat()}）"
    return str(deadline.status)


def _deadline_public(deadline: Any) -> dict[str, Any]:
    """A case deadline for --json (fields are added, never removed)."""
    return {
        "name": deadline.rule.name,
        "trigger": deadline.rule.trigger,
        "started_on": deadline.started_on.isoformat(),
        "rule": deadline.rule.period,
        "due": deadline.due.isoformat(),
        "provisional": deadline.deadline.provisional,
        "status": deadline.status,
        "met_on": deadline.met_on.isoformat() if deadline.met_on else None,
        "basis": deadline.rule.basis,
        "reference": deadline.rule.reference,
    }


def _typical_text(typical: bool, note: str) -> str | None:
    if not typical:
        return None
    return f"是（{note}）" if note else "是"


def _appearance(appeared: bool | None, rank: str | None) -> str:
    if appeared is None:
        return ""
    if appeared:
        return f"是（{rank}）" if rank else "是"
    return f"否（出庭的是{rank}）" if rank else "否"


@app.command("update")
def update(
    ctx: typer.Context,
    case_no: str = typer.Argument(..., help="案号或编号"),
    unit: Optional[str] = _UNIT,
    field: Optional[str] = _FIELD,
    court: Optional[str] = typer.Option(None, "--court", help="受理法院或复议机关"),
    received: Optional[str] = typer.Option(None, "--received", help="收案日期"),
    filed: Optional[str] = typer.Option(None, "--filed", help="立案日期"),
    heard_on: Optional[str] = typer.Option(None, "--heard-on", help="开庭日期"),
    heard: Optional[str] = typer.Option(
        None, "--heard", help="是否开庭审理：是/否（书面审理填否）"
    ),
    head: Optional[str] = typer.Option(None, "--head-appeared", help="负责人是否出庭应诉：是/否"),
    head_rank: Optional[str] = typer.Option(
        None,
        "--head-rank",
        help="出庭人员：正职、副职、分管领导（计入负责人出庭）；工作人员、下级机关（其负责人，不计入）",
    ),
    claimed: Optional[str] = typer.Option(None, "--claimed", help="标的金额"),
    recovered: Optional[str] = typer.Option(None, "--recovered", help="执行到位金额"),
    resolved: Optional[str] = typer.Option(None, "--resolved", help="是否实质性化解：是/否"),
    group_size: Optional[int] = typer.Option(
        None, "--group-size", min=0, max=10_000_000, help="涉及人数"
    ),
    risk: Optional[str] = typer.Option(None, "--risk", help="风险等级：高、中、低"),
    summary: Optional[str] = typer.Option(None, "--summary", help="案情摘要"),
    status: Optional[str] = typer.Option(None, "--status", help="状态：在办、中止"),
    related: list[str] = typer.Option(
        [], "--related", help="关联本案的前一审级或前序案件（案号）；可重复"
    ),
    number: Optional[str] = typer.Option(
        None, "--number", help="更正案号/编号（重新校验；日志记为改号，按原号仍可查日志）"
    ),
    category: Optional[str] = typer.Option(
        None, "--category", "-c", help="更正类别（按案号类型和结案结果重新校验）"
    ),
    party: Optional[list[str]] = typer.Option(
        None, "--party", "-p", help="增加当事人：姓名 或 姓名:证件号码（可重复）"
    ),
    remove_party: Optional[list[str]] = typer.Option(
        None, "--remove-party", help="移除本案当事人（姓名，可重复）"
    ),
    party_id: Optional[list[str]] = typer.Option(
        None, "--party-id", help="更正当事人证件号码：姓名:证件号码（校验后脱敏显示）"
    ),
    act: Optional[str] = _ACT,
    loss_reason: Optional[list[str]] = _LOSS_REASON,
    withdrawal: Optional[str] = _WITHDRAWAL,
    joint_respondent: Optional[str] = _JOINT,
    norm_review: Optional[str] = _NORM_REVIEW,
    typical: Optional[str] = _TYPICAL,
    typical_note: Optional[str] = _TYPICAL_NOTE,
) -> None:
    """修改或更正案件信息：案号、类别、单位、日期、当事人、开庭、金额等（只改给出的项）。"""
    from fylink import clock

    changes: dict[str, Any] = {}
    simple = {"unit": unit, "field": field, "court": court, "summary": summary, "status": status}
    changes.update({k: v for k, v in simple.items() if v is not None})
    dates = {
        "received_on": (received, "收案日期"),
        "filed_on": (filed, "立案日期"),
        "heard_on": (heard_on, "开庭日期"),
    }
    changes.update({k: parse_day(v, what) for k, (v, what) in dates.items() if v is not None})
    flags = {
        "heard": (heard, "是否开庭审理"),
        "head_appeared": (head, "负责人是否出庭"),
        "resolved": (resolved, "是否实质性化解"),
    }
    changes.update({k: parse_yes_no(v, what) for k, (v, what) in flags.items() if v is not None})
    if head_rank is not None:
        from fylink.domain.categories import head_appeared_for, parse_head_rank

        changes["head_rank"] = parse_head_rank(head_rank)
        changes["head_appeared"] = head_appeared_for(head_rank, changes.get("head_appeared"))
    if claimed is not None:
        changes["claimed_fen"] = _amount(claimed, "标的金额")
    if recovered is not None:
        changes["recovered_fen"] = _amount(recovered, "执行到位金额")
    if group_size is not None:
        changes["group_size"] = group_size
    if risk is not None:
        changes["risk_level"] = risk
    changes.update(
        _annex_changes(
            act, loss_reason, withdrawal, joint_respondent, norm_review, typical, typical_note
        )
    )
    corrected = bool(changes or number or category or party or remove_party or party_id)
    if not corrected and not related:
        render.warn("没有要修改的内容：请给出至少一个选项，如 --heard 是")
        raise typer.Exit(2)
    from fylink.services import cases, corrections

    with session(ctx, write=True) as db:
        if corrected:
            case, done = corrections.correct_case(
                session=db,
                case_no=case_no,
                changes=changes,
                today=clock.today(),
                number=number,
                category=category,
                add_parties=party,
                remove_parties=remove_party,
                party_ids=party_id,
            )
        else:
            case, done = cases.get_case(session=db, case_no=case_no), corrections.Correction()
        for related_no in related:
            cases.link_case(session=db, case=case, related_no=related_no)
    render.message(f"已修改：{case.case_no}")
    if done.renumbered_from:
        render.message(
            f"原编号 {done.renumbered_from} 已改为 {case.case_no}（变更日志按原号仍可查）"
        )
    if done.category:
        loss = "（行政机关败诉）" if case.is_loss else ""
        render.message(f"类别已改为 {done.category}{loss}")
    if done.moved_hearing:
        render.message(f"开庭动态已改到 {case.heard_on}")
    for name in done.added_parties:
        render.message(f"已增加当事人：{name}")
    for name in done.removed_parties:
        render.message(f"已移除当事人：{name}")
    for name in done.corrected_ids:
        render.message(f"已更正当事人证件号码：{name}")


@app.command("close")
def close(
    ctx: typer.Context,
    case_no: str = typer.Argument(..., help="案号或编号"),
    outcome: str = typer.Option(
        ..., "--outcome", "-o", help="结案结果，须是该类别允许的结果，如 驳回诉讼请求、撤销、维持"
    ),
    closed: str = typer.Option(..., "--closed", help="结案日期"),
    resolved: Optional[str] = typer.Option(None, "--resolved", help="是否实质性化解：是/否"),
    recovered: Optional[str] = typer.Option(None, "--recovered", help="执行到位金额"),
    correct: bool = typer.Option(False, "--correct", help="更正已结案件的结果"),
    agency_lost: Optional[bool] = typer.Option(
        None,
        "--agency-lost/--agency-won",
        help="二审、再审改判时：改判后行政机关败诉 / 胜诉（按最终结果计算败诉率时使用）",
    ),
) -> None:
    """结案：记录结果和结案日期（行政诉讼自动判断是否败诉）。

    二审、再审改判的，用 --agency-lost 或 --agency-won 说明改判后行政机关是否败诉。
    """
    from fylink import clock
    from fylink.services import cases

    with session(ctx, write=True) as db:
        case = cases.close_case(
            session=db,
            case_no=case_no,
            outcome=outcome,
            closed_on=parse_day(closed, "结案日期"),  # type: ignore[arg-type]
            today=clock.today(),
            resolved=parse_yes_no(resolved, "是否实质性化解"),
            recovered_fen=_amount(recovered, "执行到位金额"),
            correct=correct,
            agency_lost=agency_lost,
        )
    loss = "（行政机关败诉）" if case.is_loss else ""
    render.message(f"已结案：{case.case_no} {case.outcome}{loss}")


@app.command("reopen")
def reopen(
    ctx: typer.Context,
    case_no: str = typer.Argument(..., help="案号或编号"),
    reason: str = typer.Option(..., "--reason", help="原因，如 发回重审、误录结案"),
) -> None:
    """恢复办理已结案件（发回重审或误录结案）：结案日期和结果清除，原记录留在变更日志。"""
    from fylink.services import corrections

    with session(ctx, write=True) as db:
        case = corrections.reopen_case(session=db, case_no=case_no, reason=reason)
    render.message(f"已恢复办理：{case.case_no}（状态：{case.status}）")


@app.command("event")
def event(
    ctx: typer.Context,
    case_no: str = typer.Argument(..., help="案号或编号"),
    kind: str = typer.Option(
        ...,
        "--kind",
        "-k",
        help=(
            "动态：收案、立案、送达、答辩、开庭、调解、协调、判决、裁定、上诉、执行、督办、结案；"
            "推算期限的：收到起诉状副本、判决书送达、裁定书送达、收到复议申请书副本、复议受理、"
            "复议决定、行政决定期满、申请强制执行、收到检察建议、收到检察建议（紧急）、书面回复；其他"
        ),
    ),
    on: str = typer.Option(..., "--on", help="日期"),
    note: str = typer.Option("", "--note", help="说明"),
) -> None:
    """给案件添加一条动态（开庭时同时记为开庭审理）。"""
    from fylink import clock
    from fylink.services import cases

    with session(ctx, write=True) as db:
        item = cases.add_event(
            session=db,
            case_no=case_no,
            kind=kind,
            occurred_on=parse_day(on, "动态日期"),  # type: ignore[arg-type]
            note=note,
            today=clock.today(),
        )
        case = cases.get_case(session=db, case_no=case_no)
    render.message(f"已记录：{case.case_no} {item.occurred_on.isoformat()} {item.kind}")


@app.command("import")
def import_(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="案件台账：.xlsx 或 .csv（UTF-8 或 GBK 编码均可）"),
    mapping: Optional[Path] = typer.Option(None, "--mapping", help=transfer.MAPPING_HELP),
    maps: list[str] = typer.Option([], "--map", help=transfer.MAP_HELP),
    errors: Optional[Path] = typer.Option(None, "--errors", help=transfer.ERRORS_HELP),
    skip_invalid: bool = typer.Option(False, "--skip-invalid", help=transfer.SKIP_HELP),
    update: bool = typer.Option(False, "--update", help=transfer.UPDATE_HELP),
    dry_run: bool = typer.Option(False, "--dry-run", help=transfer.DRY_RUN_HELP),
    sheet: Optional[str] = typer.Option(None, "--sheet", help=transfer.SHEET_HELP),
    legacy: bool = typer.Option(
        False, "--legacy", help="表中2016年以前的旧案号按原样保存（同 case add --legacy）"
    ),
    as_json: bool = typer.Option(False, "--json", help="以 JSON 输出导入报告"),
) -> None:
    """从 Excel/CSV 台账导入案件：逐行按 case add 的规则校验，重复导入不会重复登记。

    表头：案号、类别、领域、被申请人/被告、申请人/原告、立案日期、结案日期、结果、是否开庭、
    负责人是否出庭、标的金额、执行到位金额、实质性化解、案情摘要等（与 case export 相同）。
    申请人/原告可填多个，用“、”或“；”分隔，每个写 姓名 或 姓名:证件号码。
    所属项目：填项目名称（先用 project add 登记），多个用“、”分隔；加 --update 时已登记案件
    改归表中所列项目（原属而表中未列的项目即移出），填“无”移出全部项目，空白不修改。
    """
    from fylink import clock
    from fylink.services import cases
    from fylink.transfer import cases as transfer_cases

    options = transfer.import_options(
        mapping_file=mapping,
        maps=maps,
        skip_invalid=skip_invalid,
        update=update,
        dry_run=dry_run,
        sheet=sheet,
    )
    types = cases.type_table(settings(ctx).cases.extra_type_codes)

    def run(db: Any, opts: Any, progress: Any) -> Any:
        return transfer_cases.import_cases(
            session=db,
            path=file,
            options=opts,
            today=clock.today(),
            types=types,
            legacy=legacy,
            progress=progress,
        )

    transfer.run_import(
        ctx, path=file, options=options, errors_file=errors, as_json=as_json, run=run
    )


@app.command("export")
def export(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="导出到：.xlsx 或 .csv 文件"),
    category: Optional[str] = _CATEGORY,
    unit: Optional[str] = _UNIT,
    status: Optional[str] = _STATUS,
    field: Optional[str] = _FIELD,
    year: Optional[int] = _YEAR,
    unmasked: bool = typer.Option(
        False,
        "--unmasked",
        help="证件号码不脱敏（仅限办公室；须用 --reason 写明理由，记入变更日志；"
        "导出文件含个人信息，请妥善保管）",
    ),
    reason: Optional[str] = typer.Option(
        None, "--reason", help="导出未脱敏证件号码的理由（与 --unmasked 同用），记入变更日志"
    ),
    encoding: str = typer.Option(
        "utf-8", "--encoding", help="CSV 编码：utf-8（带 BOM，Excel 可直接打开）、gbk、gb18030"
    ),
    force: bool = typer.Option(False, "--force", help="覆盖已有文件"),
) -> None:
    """把案件导出为 Excel/CSV 台账，表头与 case import 相同，可原样导回。

    证件号码默认脱敏；以 = + - @ 开头的单元格加 ' 前缀，防止被 Excel 当作公式执行。
    """
    from fylink import clock
    from fylink.services import cases
    from fylink.services.case_list import CaseFilter
    from fylink.transfer import cases as transfer_cases

    transfer.check_target(file, force=force)
    flt = CaseFilter(category=category, unit=unit, status=status, field=field, year=year)
    if reason is not None and not unmasked:
        from fylink.errors import InvalidInputError

        raise InvalidInputError("--reason 只与 --unmasked 同用")
    if unmasked:
        cases.check_reason(reason or "")
    with session(ctx, write=False) as db:
        if unmasked:
            cases.check_may_read_unmasked(db)
            transfer.warn_unmasked()
        total = transfer_cases.CaseSheet(today=clock.today(), types=cases.type_table()).count(
            db, flt
        )
        with transfer.export_progress(total) as bar:
            count = transfer_cases.export_cases(
                session=db,
                path=file,
                flt=flt,
                today=clock.today(),
                unmasked=unmasked,
                encoding=encoding,
                progress=(lambda done: bar(done, total)) if bar else None,
            )
    if unmasked:
        # Journaled once the file is there; a file whose export cannot be journaled is
        # removed: no unmasked export goes unrecorded, a failed one records nothing.
        try:
            with session(ctx, write=True) as db:
                cases.record_unmasked_export(
                    session=db,
                    reason=reason or "",
                    file=Path(file).name,
                    count=count,
                    filters={
                        "category": category,
                        "unit": unit,
                        "status": status,
                        "field": field,
                        "year": year,
                    },
                )
        except BaseException:
            Path(file).unlink(missing_ok=True)
            raise
    transfer.report_export(count, "案件", file)


@app.command("remove")
def remove(
    ctx: typer.Context,
    case_no: str = typer.Argument(..., help="案号或编号"),
    reason: str = typer.Option(..., "--reason", help="删除原因（记入变更日志）"),
    with_dependents: bool = typer.Option(
        False, "--with-dependents", help="连同依赖它的记录一并删除（逐条列出）"
    ),
) -> None:
    """删除误录的案件（连同其当事人关联和动态）：变更日志保留原记录和原因。"""
    from fylink.cli import views
    from fylink.services import removal

    with session(ctx, write=True) as db:
        removed = removal.remove_case(
            session=db, case_no=case_no, reason=reason, with_dependents=with_dependents
        )
    for line in views.removed_lines(removed):
        render.message(line)


# --- corrections (#12) ---------------------------------------------------------------------

EVENT_REF_HELP = "动态的编号（见 fylink case show 的动态表）"


@app.command("event-update")
def event_update(
    ctx: typer.Context,
    case_no: str = typer.Argument(..., help="案号或编号"),
    event_id: str = typer.Argument(..., help=EVENT_REF_HELP),
    kind: Optional[str] = typer.Option(None, "--kind", "-k", help="动态类型"),
    on: Optional[str] = typer.Option(None, "--on", help="日期"),
    note: Optional[str] = typer.Option(None, "--note", help="说明"),
) -> None:
    """更正案件的一条动态（类型、日期、说明）；开庭动态改期，开庭日期随之更正。"""
    from fylink import clock
    from fylink.services import cases

    with session(ctx, write=True) as db:
        case, item = cases.update_event(
            session=db,
            case_no=case_no,
            ref=event_id,
            today=clock.today(),
            kind=kind,
            occurred_on=parse_day(on, "动态日期"),
            note=note,
        )
    render.message(
        f"已更正：{case.case_no} 动态 {item.id}：{item.occurred_on.isoformat()} {item.kind}"
    )


@app.command("event-remove")
def event_remove(
    ctx: typer.Context,
    case_no: str = typer.Argument(..., help="案号或编号"),
    event_id: str = typer.Argument(..., help=EVENT_REF_HELP),
    reason: str = typer.Option(..., "--reason", help="删除原因（记入变更日志）"),
) -> None:
    """删除误录的案件动态；删去的开庭动态若是开庭日期的来源，开庭日期随之更正。"""
    from fylink.cli import views
    from fylink.services import removal

    with session(ctx, write=True) as db:
        removed = removal.remove_event(
            session=db, case_no=case_no, event_id=event_id, reason=reason
        )
    for line in views.removed_lines(removed):
        render.message(line)


# --- 行政裁判履行、涉行政机关执行、破产 (issue 17) ----------------------------------------------


@app.command("perform")
def perform(
    ctx: typer.Context,
    case_no: str = typer.Argument(..., help="行政机关败诉的行政诉讼案件案号"),
    status: str = typer.Option(..., "--status", help="履行情况：履行、未履行"),
    on: Optional[str] = typer.Option(None, "--on", help="日期（默认今天）"),
    note: str = typer.Option("", "--note", help="说明，如 已重新作出行政行为"),
) -> None:
    """记录败诉行政裁判的履行情况（行政裁判履行联动机制）：履行或未履行，及日期。"""
    from fylink import clock
    from fylink.services import enforcement

    with session(ctx, write=True) as db:
        row, _ = enforcement.mark_performance(
            session=db,
            case_no=case_no,
            status=status,
            on=parse_day(on, "日期") or clock.today(),
            note=note,
        )
        case_label = cases_label(db, case_no)
    render.message(f"已记录：{case_label} {row.status}（{row.marked_on.isoformat()}）")


def cases_label(db: Any, case_no: str) -> str:
    from fylink.services import cases

    return cases.get_case(session=db, case_no=case_no).case_no


@app.command("unperformed")
def unperformed(
    ctx: typer.Context,
    limit: int = typer.Option(100, "--limit", "-n", min=1, max=100_000, help="最多列出条数"),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON 数组"),
) -> None:
    """列出未履行的败诉行政裁判：记为未履行的，以及败诉后尚未记录履行情况的。"""
    from fylink.services import enforcement

    with reading(ctx) as db:
        rows, total = enforcement.unperformed(db, limit=limit)
    if as_json:
        render.print_json(
            [
                {
                    "case_no": r.case_no,
                    "unit": r.unit,
                    "outcome": r.outcome,
                    "closed_on": r.closed_on,
                    "status": r.status or "未记录",
                    "marked_on": r.marked_on,
                    "note": r.note or "",
                }
                for r in rows
            ]
        )
        return
    render.table(
        ["案号", "败诉单位", "结果", "结案日期", "履行情况", "日期", "说明"],
        [
            (r.case_no, r.unit, r.outcome, r.closed_on, r.status or "未记录", r.marked_on, r.note)
            for r in rows
        ],
        title="未履行的败诉行政裁判",
        caption=f"共 {total} 件" + (f"，显示前 {len(rows)} 件" if total > len(rows) else "")
        if total
        else "没有未履行的败诉行政裁判",
    )


@app.command("unpaid")
def unpaid(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="输出 JSON 数组"),
) -> None:
    """涉行政机关执行：各被执行单位尚未到位的金额（标的 − 到位），多的在前。"""
    from fylink.domain.money import format_yuan
    from fylink.services import enforcement

    with reading(ctx) as db:
        rows, total = enforcement.unpaid_by_unit(db)
    if as_json:
        render.print_json(
            [
                {
                    "unit": r.unit,
                    "cases": r.cases,
                    "claimed_fen": r.claimed_fen,
                    "recovered_fen": r.recovered_fen,
                    "unpaid_fen": r.unpaid_fen,
                }
                for r in rows
            ]
        )
        return
    render.table(
        ["被执行单位", "件数", "标的（元）", "到位（元）", "未到位（元）"],
        [
            (
                r.unit,
                r.cases,
                format_yuan(r.claimed_fen),
                format_yuan(r.recovered_fen),
                format_yuan(r.unpaid_fen),
            )
            for r in rows
        ],
        title="涉行政机关执行：未履行金额",
        caption=f"共 {total} 个单位，未到位合计 {format_yuan(sum(r.unpaid_fen for r in rows))} 元"
        if rows
        else "没有未到位的涉行政机关执行案件",
    )


@app.command("bankruptcy")
def bankruptcy(
    ctx: typer.Context,
    case_no: str = typer.Argument(..., help="破产案件案号"),
    procedure: Optional[str] = typer.Option(None, "--procedure", help="程序：清算、重整、和解"),
    stage: Optional[str] = typer.Option(
        None,
        "--stage",
        help="阶段：申请审查、受理、债权申报、债权人会议、重整计划、清算、终结、注销",
    ),
    administrator: Optional[str] = typer.Option(None, "--administrator", help="管理人"),
    employee_claims: Optional[str] = typer.Option(
        None, "--employee-claims", help="职工债权金额，如 320万"
    ),
    unpaid_workers: Optional[int] = typer.Option(
        None, "--unpaid-workers", min=0, max=10_000_000, help="欠薪人数"
    ),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """记录或查看破产案件的程序、阶段、管理人、职工债权和欠薪人数（不给选项即查看）。"""
    values: dict[str, Any] = {
        k: v
        for k, v in {
            "procedure": procedure,
            "stage": stage,
            "administrator": administrator,
            "unpaid_workers": unpaid_workers,
        }.items()
        if v is not None
    }
    if employee_claims is not None:
        values["employee_claims_fen"] = _amount(employee_claims, "职工债权")
    from fylink.services import bankruptcy as service

    with session(ctx, write=bool(values)) as db:
        if values:
            case, row = service.record_bankruptcy(session=db, case_no=case_no, values=values)
        else:
            case = service.bankruptcy_case(db, case_no)
            found = service.bankruptcy_of(db, case)
            if found is None:
                from fylink.errors import NotFoundError

                raise NotFoundError(
                    f"{case.case_no} 还没有记录破产程序：用 --procedure、--stage 等选项记录"
                )
            row = found
        data = {
            "case_no": case.case_no,
            "procedure": row.procedure,
            "stage": row.stage,
            "administrator": row.administrator,
            "employee_claims_fen": row.employee_claims_fen,
            "unpaid_workers": row.unpaid_workers,
        }
    if as_json:
        render.print_json(data)
        return
    from fylink.domain.money import format_yuan

    if values:
        render.message(f"已记录：{case.case_no}")
    render.fields(
        [
            (k, v)
            for k, v in (
                ("程序", row.procedure),
                ("阶段", row.stage),
                ("管理人", row.administrator),
                ("职工债权（元）", format_yuan(row.employee_claims_fen)),
                ("欠薪人数", row.unpaid_workers),
            )
            if v not in (None, "")
        ],
        title=f"破产案件 {case.case_no}",
    )
