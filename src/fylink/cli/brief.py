"""``fylink brief``: the numbered 工作简报 / 专刊 / 增刊 series (issue #18)."""

from typing import Any, Optional

import typer

from fylink.cli import docs, render
from fylink.cli.common import new_app, parse_day, reading, session, settings

app = new_app("工作简报：按年度和类型编号（第N期）；各单位报送稿件、采用情况统计。")

ISSUE_HELP = "简报期数：3（最近一年的第3期）或 2025-3；默认最近一期"
_SERIES = typer.Option("工作简报", "--series", help="简报类型：工作简报、专刊、增刊")
_ITEM_KIND = "稿件类别：工作动态、经验做法、问题建议"
_JSON = typer.Option(False, "--json", help="输出 JSON")


@app.command("new")
def new(
    ctx: typer.Context,
    kind: str = typer.Option("工作简报", "--kind", "-k", help="简报类型：工作简报、专刊、增刊"),
    issued: Optional[str] = typer.Option(None, "--date", help="编发日期（默认今天）"),
    to: str = typer.Option(
        "", "--to", help="分送范围（版记）；默认用配置项 documents.cc", metavar="单位"
    ),
    as_json: bool = _JSON,
) -> None:
    """新建下一期简报：期数按年度和类型连续编号，与季度通报分开。"""
    from fylink import clock
    from fylink.services import briefs

    issued_on = parse_day(issued, "编发日期") or clock.today()
    with session(ctx, write=True) as db:
        issue = briefs.new_issue(session=db, kind=kind, issued_on=issued_on, distribution=to)
        public = briefs.issue_public(issue)
    if as_json:
        render.print_json(public)
        return
    render.message(f"已新建：{public['label']}（编发日期 {public['issued_on']}）")


def _item_in(kind: Optional[str], text: Optional[str], title: str, unit: Optional[str]) -> Any:
    from fylink.errors import InvalidInputError
    from fylink.services import briefs

    if not kind:
        raise InvalidInputError(f"请给出{_ITEM_KIND}：--kind")
    if not text:
        raise InvalidInputError("请给出稿件内容")
    return briefs.ItemIn(kind=kind, body=text, title=title, unit=unit)


@app.command("submit")
def submit(
    ctx: typer.Context,
    text: str = typer.Argument(..., help="稿件内容"),
    unit: str = typer.Option(..., "--unit", "-u", help="报送单位"),
    kind: str = typer.Option(..., "--kind", "-k", help=_ITEM_KIND),
    title: str = typer.Option("", "--title", "-t", help="标题（可选）"),
    received: Optional[str] = typer.Option(None, "--date", help="报送日期（默认今天）"),
) -> None:
    """登记单位报送的稿件（待采用）；用 brief item add --submission 编号 采用。"""
    from fylink import clock
    from fylink.services import briefs

    on = parse_day(received, "报送日期") or clock.today()
    with session(ctx, write=True) as db:
        item = briefs.submit(session=db, item_in=_item_in(kind, text, title, unit), on=on)
        number = item.id
    render.message(f"已登记报送稿件（编号 {number}）：{unit}，{kind}")


item_app = new_app("简报稿件：加入一期简报。")
app.add_typer(item_app, name="item")


@item_app.command("add")
def item_add(
    ctx: typer.Context,
    text: Optional[str] = typer.Argument(
        None, help="稿件内容（用 --submission、--figures、--overdue、--red-black 时不需要）"
    ),
    unit: Optional[str] = typer.Option(
        None, "--unit", "-u", help="报送单位（计入该单位的报送和采用）"
    ),
    kind: Optional[str] = typer.Option(None, "--kind", "-k", help=_ITEM_KIND),
    title: str = typer.Option("", "--title", "-t", help="标题（可选）"),
    issue: Optional[str] = typer.Option(None, "--issue", help=ISSUE_HELP),
    series: str = _SERIES,
    submission: Optional[int] = typer.Option(
        None, "--submission", min=1, help="采用一篇已登记的报送稿件（编号见 brief show）"
    ),
    figures: bool = typer.Option(
        False,
        "--figures",
        help="用台账数字写一篇：期间用 --year 与 --quarter/--month/--half/--months",
    ),
    overdue: bool = typer.Option(False, "--overdue", help="用今天的双清单逾期事项写一篇"),
    red_black: bool = typer.Option(
        False,
        "--red-black",
        help="用台账指标排出各单位红黑榜写一篇（败诉、出庭、双清单、司法建议；期间同 --figures）",
    ),
    year: Optional[int] = typer.Option(
        None, "--year", "-y", min=1949, max=2100, help="--figures 的年度"
    ),
    quarter: Optional[int] = typer.Option(
        None, "--quarter", "-q", min=1, max=4, help="--figures 的季度"
    ),
    half: Optional[int] = typer.Option(
        None, "--half", min=1, max=2, help="--figures 的半年：1 上半年，2 下半年"
    ),
    month: Optional[int] = typer.Option(None, "--month", min=1, max=12, help="--figures 的月份"),
    months: Optional[str] = typer.Option(None, "--months", help="--figures 的月份范围，如 1-5"),
) -> None:
    """往一期简报加一篇稿件：单位报送的、台账数字（--figures）、逾期事项（--overdue）、
    红黑榜（--red-black）或自拟。"""
    from fylink import clock
    from fylink.errors import InvalidInputError
    from fylink.services import briefs

    today = clock.today()
    chosen = [
        name
        for name, on in (
            ("--submission", submission),
            ("--figures", figures),
            ("--overdue", overdue),
            ("--red-black", red_black),
        )
        if on
    ]
    if len(chosen) > 1:
        raise InvalidInputError(f"{' 和 '.join(chosen)} 只能选一个")
    if chosen and text:
        raise InvalidInputError(f"用 {chosen[0]} 时不再给出稿件内容")
    with session(ctx, write=True) as db:
        target = briefs.find_issue(session=db, ref=issue, kind=series)
        if submission is not None:
            item = briefs.adopt(session=db, issue=target, item_id=submission)
        else:
            source = None
            if figures:
                text = _figures(ctx, db, year, quarter, half, month, months)
                kind, source = kind or "工作动态", briefs.FIGURES
            elif red_black:
                data = _report(ctx, db, year, quarter, half, month, months)
                text = briefs.red_black_text(data)
                kind, source = kind or "工作动态", briefs.FIGURES
                title = title or f"{data['period']['label']}红黑榜"
            elif overdue:
                text = briefs.overdue_text(session=db, as_of=today)
                kind, source = kind or "问题建议", briefs.FIGURES
            item_in = _item_in(kind, text, title, unit)
            item_in.source = source
            item = briefs.add_item(session=db, issue=target, item_in=item_in, on=today)
        where = briefs.label(target)
        kind_done, seq = item.kind, item.seq
    render.message(f"已加入{where}：{kind_done}第{seq}篇")


def _report(
    ctx: typer.Context,
    db: Any,
    year: Optional[int],
    quarter: Optional[int],
    half: Optional[int],
    month: Optional[int],
    months: Optional[str],
) -> dict[str, Any]:
    from fylink import clock
    from fylink.cli.report import period_of
    from fylink.services import reports

    period = period_of(year=year, quarter=quarter, half=half, month=month, months=months)
    return reports.build_report(
        session=db,
        period=period,
        today=clock.today(),
        options=reports.Options.from_settings(settings(ctx)),
    )


def _figures(
    ctx: typer.Context,
    db: Any,
    year: Optional[int],
    quarter: Optional[int],
    half: Optional[int],
    month: Optional[int],
    months: Optional[str],
) -> str:
    from fylink.services import briefs

    return briefs.figures_text(_report(ctx, db, year, quarter, half, month, months))


@app.command("list")
def list_issues(
    ctx: typer.Context,
    year: Optional[int] = typer.Option(None, "--year", "-y", min=1949, max=2100, help="年度"),
    kind: Optional[str] = typer.Option(None, "--kind", "-k", help="简报类型：工作简报、专刊、增刊"),
    as_json: bool = _JSON,
) -> None:
    """列出各期简报和稿件篇数。"""
    from fylink.services import reads_meetings

    with reading(ctx) as connection:
        rows = reads_meetings.brief_issues(connection, year=year, kind=kind)
    if as_json:
        render.print_json(rows)
        return
    render.table(
        ["类型", "年度", "期数", "编发日期", "稿件"],
        [(r["kind"], r["year"], f"第{r['issue_no']}期", r["issued_on"], r["items"]) for r in rows],
        title="工作简报",
        caption="" if rows else "还没有简报：用 fylink brief new 新建一期",
    )


@app.command("show")
def show(
    ctx: typer.Context,
    issue: Optional[str] = typer.Argument(None, help=ISSUE_HELP, metavar="期数"),
    series: str = _SERIES,
    as_json: bool = _JSON,
) -> None:
    """查看一期简报的稿件，以及待采用的报送稿件。"""
    from fylink.services import reads_meetings as reads

    with reading(ctx) as connection:
        found = reads.brief_issue_row(connection, issue, series)
        data = reads.brief_issue_public(found) | {
            "items": reads.brief_items(connection, found.id),
            "pending": reads.brief_pending(connection),
        }
    if as_json:
        render.print_json(data)
        return
    render.message(f"{data['label']}（编发日期 {data['issued_on']}）")
    render.table(
        ["类别", "序号", "单位", "来源", "标题", "内容"],
        [
            (
                i["kind"],
                i["seq"],
                i["unit"] or "—",
                i["source"],
                i["title"] or "—",
                _clip(i["body"]),
            )
            for i in data["items"]
        ],
        title="本期稿件",
        caption="" if data["items"] else "本期还没有稿件：用 fylink brief item add 加入",
    )
    if data["pending"]:
        render.table(
            ["编号", "单位", "类别", "报送日期", "内容"],
            [
                (p["id"], p["unit"], p["kind"], p["submitted_on"], _clip(p["body"]))
                for p in data["pending"]
            ],
            title="待采用的报送稿件",
        )


def _clip(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


@app.command("render")
def render_brief(
    ctx: typer.Context,
    issue: Optional[str] = typer.Argument(None, help=ISSUE_HELP, metavar="期数"),
    series: str = _SERIES,
    out: Optional[str] = docs.output_option("府院联动工作简报2025年第3期.docx"),
    template: Optional[str] = docs.template_option(),
    pdf: bool = docs.pdf_option(),
    force: bool = docs.force_option(),
) -> None:
    """生成一期简报（Word，GB/T 9704 版式）：报头、期号、编发单位、日期、稿件、分送。"""
    from fylink.documents import output
    from fylink.documents.brief import brief_context, file_name
    from fylink.errors import InvalidInputError
    from fylink.services import briefs
    from fylink.services.office import get_office

    current = settings(ctx)
    choice = docs.choose_template("brief", template, current)
    with session(ctx, write=False) as db:
        found = briefs.find_issue(session=db, ref=issue, kind=series)
        public = briefs.issue_public(found)
        items = briefs.issue_items(session=db, issue=found)
        office = get_office(session=db).name
    if not items:
        raise InvalidInputError(f"{public['label']}还没有稿件：先用 fylink brief item add 加入")
    context = brief_context(
        public, items, office=office, distribution=public["distribution"] or current.documents.cc
    )
    name = file_name(public)
    docs.write_document(
        ctx=ctx,
        kind="brief",
        context=context,
        out=output.target(out, name),
        choice=choice,
        current=current,
        title=name.removesuffix(".docx"),
        author=office,
        pdf=pdf,
        force=force,
    )


@app.command("stats")
def stats(
    ctx: typer.Context,
    year: Optional[int] = typer.Option(
        None, "--year", "-y", min=1949, max=2100, help="年度（默认今年）"
    ),
    as_json: bool = _JSON,
) -> None:
    """各单位简报稿件的报送和采用篇数（考核依据）。"""
    from fylink import clock
    from fylink.services import reads_meetings

    wanted = year or clock.today().year
    with reading(ctx) as connection:
        rows = reads_meetings.brief_unit_counts(connection, year=wanted)
    if as_json:
        render.print_json({"year": wanted, "units": rows})
        return
    render.table(
        ["单位", "报送", "采用", "采用率"],
        [
            (
                r["unit"],
                r["submitted"],
                r["adopted"],
                "—" if r["adoption_rate"] is None else f"{r['adoption_rate']:.1f}%",
            )
            for r in rows
        ],
        title=f"{wanted}年简报稿件报送和采用情况",
        caption="" if rows else "本年度还没有单位报送稿件",
    )
