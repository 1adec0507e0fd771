"""``fylink report``: the quarterly and annual indicators, published snapshots."""

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
from fylink.errors import InvalidInputError

if TYPE_CHECKING:
    from fylink.domain.indicators import Period

app = new_app(
    "指标通报：季度、年度、半年、月度或任意期间的败诉率、发案量、出庭应诉率等，"
    "可导出 Excel 和 Word。"
)

_YEAR = typer.Option(None, "--year", "-y", min=1949, max=2100, help="年度，如 2025")
_QUARTER = typer.Option(None, "--quarter", "-q", min=1, max=4, help="季度：1至4")
_UNIT = typer.Option(None, "--unit", "-u", help="只统计一个单位（全称或简称）")
_REGION = typer.Option(None, "--region", help="只统计一个地区的单位")
_JSON = typer.Option(False, "--json", help="输出 JSON")
_HALF = typer.Option(None, "--half", min=1, max=2, help="半年：1 上半年，2 下半年")
_MONTH = typer.Option(None, "--month", "-m", min=1, max=12, help="月份：1至12")
_MONTHS = typer.Option(None, "--months", help="月份范围，如 1-5（即1—5月）")
_FROM = typer.Option(None, "--from", help="起始日期，如 2025-01-01（与 --to 一起用）")
_TO = typer.Option(None, "--to", help="截止日期，如 2025-03-15")


def period_of(
    *,
    year: int | None = None,
    quarter: int | None = None,
    half: int | None = None,
    month: int | None = None,
    months: str | None = None,
    start: str | None = None,
    end: str | None = None,
    annual: bool = False,
) -> "Period":
    """The period the options name (one of them); the latest quarter when none."""
    from fylink import clock
    from fylink.domain.indicators import Period, latest_quarter, parse_months

    named = [
        name
        for name, given in (
            ("--quarter", quarter is not None),
            ("--half", half is not None),
            ("--month", month is not None),
            ("--months", months is not None),
            ("--from/--to", start is not None or end is not None),
            ("--annual", annual),
        )
        if given
    ]
    if len(named) > 1:
        raise InvalidInputError(f"{'、'.join(named)} 只能选一个")
    today = clock.today()
    if start is not None or end is not None:
        if start is None or end is None:
            raise InvalidInputError("请同时给出起止日期：--from 和 --to")
        if year is not None:
            raise InvalidInputError("给出 --from/--to 时不再给 --year")
        first, last = parse_day(start, "起始日期"), parse_day(end, "截止日期")
        assert first is not None
        assert last is not None
        return Period.span(first, last)
    wanted = year if year is not None else today.year
    if half is not None:
        return Period.half(wanted, half)
    if month is not None:
        return Period.month(wanted, month)
    if months is not None:
        return Period.months(wanted, *parse_months(months))
    if annual:
        return Period(wanted)
    if quarter is not None:
        return Period(wanted, quarter)
    if year is not None:
        raise InvalidInputError("请给出期间：--quarter、--half、--month、--months 或 --annual")
    return latest_quarter(today)


def _quarter_period(year: int | None, quarter: int | None) -> "Period":
    from fylink import clock
    from fylink.domain.indicators import Period, latest_quarter

    today = clock.today()
    if year is None and quarter is None:
        return latest_quarter(today)
    if quarter is None:
        raise InvalidInputError("请同时给出季度：--quarter 1至4")
    return Period(year if year is not None else today.year, quarter)


def _annual_period(year: int | None) -> "Period":
    from fylink import clock
    from fylink.domain.indicators import Period

    today = clock.today()
    if year is None:
        year = today.year if (today.month, today.day) == (12, 31) else today.year - 1
    return Period(year, 0)


def _published_period(
    year: int | None,
    quarter: int | None,
    annual: bool,
    half: int | None = None,
    month: int | None = None,
    months: str | None = None,
    start: str | None = None,
    end: str | None = None,
) -> "Period":
    from fylink.domain.indicators import Period

    if any(v is not None for v in (half, month, months, start, end)):
        if year is None and start is None and end is None:
            raise InvalidInputError("请给出年度：--year 2025")
        return period_of(
            year=year,
            quarter=quarter,
            half=half,
            month=month,
            months=months,
            start=start,
            end=end,
            annual=annual,
        )
    if year is None:
        raise InvalidInputError("请给出年度：--year 2025")
    if annual and quarter is not None:
        raise InvalidInputError("--annual 和 --quarter 只能选一个")
    if not annual and quarter is None:
        raise InvalidInputError(
            "请给出季度（--quarter 1至4），年度报告请加 --annual；"
            "其他期间用 --half、--month、--months 或 --from/--to"
        )
    return Period(year, 0 if annual else quarter or 0)


def _run_report(
    ctx: typer.Context,
    period: "Period",
    *,
    unit: str | None,
    region: str | None,
    explain: str | None,
    limit: int,
    page: int,
    as_json: bool,
    xlsx: Path | None,
    docx: Path | None,
    issue: int | None,
    pdf: bool = False,
    successor: bool = False,
) -> None:
    import dataclasses

    from fylink import clock
    from fylink.services import reports

    current = settings(ctx)
    options = reports.Options.from_settings(current)
    if successor:
        options = dataclasses.replace(options, successor=True)
    today = clock.today()
    with reading(ctx) as db:
        scope = reports.resolve_scope(session=db, unit=unit, region=region)
        if explain:
            data = reports.explain(
                session=db,
                key=explain,
                period=period,
                today=today,
                options=options,
                scope=scope,
                limit=limit,
                offset=(page - 1) * limit,
            )
        else:
            data = reports.build_report(
                session=db,
                period=period,
                today=today,
                options=options,
                scope=scope,
                trend=bool(xlsx or docx),
            )
        merged = merged_unit_note(db, unit)
    if merged:
        render.warn(merged)
    if explain:
        if as_json:
            render.print_json(data)
        else:
            show_explain(data)
        return
    _output(ctx, data, as_json=as_json, xlsx=xlsx, docx=docx, issue=issue, pdf=pdf)


def _check_outputs(xlsx: Path | None, docx: Path | None, *, force: bool) -> None:
    """Refuse the output files before any work is done (see fylink.outputs)."""
    from fylink.errors import DocumentError
    from fylink.outputs import check_output

    if xlsx:
        check_output(xlsx, force=force, error=DocumentError)
    if docx:
        check_output(docx, force=force, error=DocumentError)
    if xlsx and docx and Path(xlsx).expanduser().resolve() == Path(docx).expanduser().resolve():
        from fylink.errors import InvalidInputError

        raise InvalidInputError("--xlsx 与 --docx 不能是同一个文件")


def _output(
    ctx: typer.Context,
    data: dict[str, Any],
    *,
    as_json: bool,
    xlsx: Path | None,
    docx: Path | None,
    issue: int | None,
    pdf: bool = False,
) -> None:
    """Write the files asked for, then print the report (JSON, or tables when no file)."""
    if pdf and not docx:
        raise InvalidInputError("--pdf 需要与 --docx 一起使用（PDF 生成在 Word 文件旁）")
    if docx and issue is None and data["period"].get("kind", "quarter") not in ("quarter", "year"):
        raise InvalidInputError(
            f"{data['period']['label']}的通报请用 --issue 给出期数"
            "（季度通报为第1—4期，年度为第5期）"
        )
    if xlsx:
        from fylink.documents.report_workbook import write_workbook

        write_workbook(data, xlsx)
        render.message(f"已生成 Excel：{xlsx}")
    if docx:
        from fylink import clock
        from fylink.cli.docs import anchor_head, record_anchor
        from fylink.documents.briefing import write_briefing

        anchor = anchor_head(ctx)
        notes = write_briefing(
            data,
            docx,
            settings=settings(ctx),
            today=clock.today(),
            issue=issue,
            anchor=anchor.printed,
        )
        record_anchor(ctx, anchor, kind="briefing", label=Path(docx).name)
        kind = {"quarter": "季度通报", "year": "年度通报"}.get(
            data["period"].get("kind") or ("quarter" if data["period"].get("quarter") else "year"),
            "通报",
        )
        render.message(f"已生成{kind}：{docx}")
        for note in notes:
            render.warn(note)
        if pdf:
            from fylink.documents.output import fonts_from, write_pdf

            docs.report_pdf(write_pdf(docx, fonts_from(settings(ctx).documents.fonts)))
    if as_json:
        render.print_json(data)
    elif not (xlsx or docx):
        show_report(data)


_EXPORT_XLSX = typer.Option(None, "--xlsx", help="导出 Excel 文件（每张表一个工作表）")
_EXPORT_DOCX = typer.Option(None, "--docx", help="生成 Word 季度通报（公文格式，含图表）")
_ISSUE = typer.Option(None, "--issue", min=1, help="简报期数（默认：季度序号1—4，年度为5）")
_FORCE = typer.Option(False, "--force", help="覆盖已存在的 --xlsx/--docx/--pdf 文件")
_SUCCESSOR = typer.Option(
    False,
    "--successor",
    help=(
        "机构改革后：已并入其他单位的原单位，其记录（含并入前各期）计入并入后的单位，"
        "不单列原单位。不加时按期末所属单位统计：期末在并入日期之前的，转走的案件、任务、"
        "建议仍计入原单位"
    ),
)
_EXPLAIN = typer.Option(
    None,
    "--explain",
    help="列出某个指标分子、分母背后的记录，如 loss_rate（指标键见手册 docs/reports.md）",
)
_LIMIT = typer.Option(50, "--limit", "-n", min=1, max=10000, help="--explain 每页条数")
_PAGE = typer.Option(1, "--page", min=1, max=1_000_000, help="--explain 页码")


@app.command("quarterly")
def quarterly(
    ctx: typer.Context,
    year: Optional[int] = _YEAR,
    quarter: Optional[int] = _QUARTER,
    unit: Optional[str] = _UNIT,
    region: Optional[str] = _REGION,
    explain: Optional[str] = _EXPLAIN,
    limit: int = _LIMIT,
    page: int = _PAGE,
    as_json: bool = _JSON,
    xlsx: Optional[Path] = _EXPORT_XLSX,
    docx: Optional[Path] = _EXPORT_DOCX,
    issue: Optional[int] = _ISSUE,
    pdf: bool = docs.pdf_option(),
    force: bool = _FORCE,
    successor: bool = _SUCCESSOR,
    by_region: bool = typer.Option(
        False,
        "--by-region",
        help="市级汇总：本库台账（本级和在本库登记单位的县）加已审核通过的各县报送，分县列表，"
        "并列出缺报、逾期的县",
    ),
) -> None:
    """季度指标：发案量、败诉率、出庭应诉率等，同比环比，“双下降”，各单位排名和需关注事项。

    不给年度和季度时统计最近一个已结束的季度。
    """
    if by_region:
        if unit or region or explain or xlsx or docx or successor:
            raise InvalidInputError(
                "--by-region 不能与 --unit、--region、--explain、--xlsx、--docx、--successor 同用"
            )
        _run_by_region(ctx, _quarter_period(year, quarter), as_json=as_json)
        return
    _check_outputs(xlsx, docx, force=force)
    _run_report(
        ctx,
        _quarter_period(year, quarter),
        unit=unit,
        region=region,
        explain=explain,
        limit=limit,
        page=page,
        as_json=as_json,
        xlsx=xlsx,
        docx=docx,
        issue=issue,
        pdf=pdf,
        successor=successor,
    )


@app.command("annual")
def annual(
    ctx: typer.Context,
    year: Optional[int] = typer.Option(
        None, "--year", "-y", min=1949, max=2100, help="年度（默认：上一年）"
    ),
    unit: Optional[str] = _UNIT,
    region: Optional[str] = _REGION,
    explain: Optional[str] = _EXPLAIN,
    limit: int = _LIMIT,
    page: int = _PAGE,
    as_json: bool = _JSON,
    xlsx: Optional[Path] = _EXPORT_XLSX,
    docx: Optional[Path] = _EXPORT_DOCX,
    issue: Optional[int] = _ISSUE,
    pdf: bool = docs.pdf_option(),
    force: bool = _FORCE,
    successor: bool = _SUCCESSOR,
    annex: bool = typer.Option(
        False,
        "--annex",
        help="白皮书数据附件：收结存、领域、行为类别、被告层级、结案方式、败诉原因、审级、"
        "非诉执行审查、负责人出庭和典型案例，附各表口径",
    ),
) -> None:
    """年度指标（司法审查年度报告的数据）：与上年同比。加 --annex 输出白皮书数据附件。"""
    _check_outputs(xlsx, docx, force=force)
    if annex:
        given = [
            name
            for name, value in (
                ("--explain", explain),
                ("--issue", issue),
                ("--successor", successor or None),
            )
            if value is not None
        ]
        if given:
            raise InvalidInputError(f"--annex 不能与 {'、'.join(given)} 同用")
        if pdf and not docx:
            raise InvalidInputError("--pdf 需要与 --docx 一起使用（PDF 生成在 Word 文件旁）")
        _run_annex(
            ctx, _annual_period(year).year, unit=unit, region=region, as_json=as_json,
            xlsx=xlsx, docx=docx, pdf=pdf,
        )  # fmt: skip
        return
    _run_report(
        ctx,
        _annual_period(year),
        unit=unit,
        region=region,
        explain=explain,
        limit=limit,
        page=page,
        as_json=as_json,
        xlsx=xlsx,
        docx=docx,
        issue=issue,
        pdf=pdf,
        successor=successor,
    )


# --- the 白皮书 data annex (issue 18) ----------------------------------------------------


def _run_annex(
    ctx: typer.Context,
    year: int,
    *,
    unit: str | None,
    region: str | None,
    as_json: bool,
    xlsx: Path | None,
    docx: Path | None,
    pdf: bool = False,
) -> None:
    from fylink.services import annex, reports

    with reading(ctx) as db:
        scope = reports.resolve_scope(session=db, unit=unit, region=region)
        data = annex.build_annex(session=db, year=year, scope=scope, office=reports.office_of(db))
    if xlsx:
        from fylink.documents.annex import write_annex_workbook

        write_annex_workbook(data, xlsx)
        render.message(f"已生成 Excel：{xlsx}")
    if docx:
        from fylink import clock
        from fylink.cli.docs import anchor_head, record_anchor
        from fylink.documents.annex import write_annex_document

        anchor = anchor_head(ctx)
        write_annex_document(
            data, docx, settings=settings(ctx), today=clock.today(), anchor=anchor.printed
        )
        record_anchor(ctx, anchor, kind="annex", label=Path(docx).name)
        render.message(f"已生成白皮书数据附件：{docx}")
        if pdf:
            from fylink.documents.output import fonts_from, write_pdf

            docs.report_pdf(write_pdf(docx, fonts_from(settings(ctx).documents.fonts)))
    if as_json:
        render.print_json(data)
    elif not (xlsx or docx):
        show_annex(data)


def show_annex(data: dict[str, Any]) -> None:
    render.message(data["title"])
    for number, table in enumerate(data["tables"], start=1):
        rows = list(table["rows"])
        if table.get("total"):
            rows.append(table["total"])
        title = f"表{number}　{table['title']}"
        if not rows:
            render.message(f"{title}：本年没有记录")
            continue
        render.table(table["columns"], rows, title=title)
    render.message("口径：")
    for number, table in enumerate(data["tables"], start=1):
        render.message(f"表{number}　{table['title']}：{table['definition']}")


@app.command("period")
def period_report(
    ctx: typer.Context,
    year: Optional[int] = typer.Option(
        None, "--year", "-y", min=1949, max=2100, help="年度（默认今年）"
    ),
    half: Optional[int] = _HALF,
    month: Optional[int] = _MONTH,
    months: Optional[str] = _MONTHS,
    start: Optional[str] = _FROM,
    end: Optional[str] = _TO,
    quarter: Optional[int] = _QUARTER,
    unit: Optional[str] = _UNIT,
    region: Optional[str] = _REGION,
    explain: Optional[str] = _EXPLAIN,
    limit: int = _LIMIT,
    page: int = _PAGE,
    as_json: bool = _JSON,
    xlsx: Optional[Path] = _EXPORT_XLSX,
    docx: Optional[Path] = _EXPORT_DOCX,
    issue: Optional[int] = _ISSUE,
    pdf: bool = docs.pdf_option(),
    force: bool = _FORCE,
    successor: bool = _SUCCESSOR,
) -> None:
    """任意期间的指标：半年（--half）、月度（--month）、几个月（--months 1-5）或起止日期
    （--from/--to）。

    同比：去年同一期间；环比：紧挨着的前一个等长期间（上半年比上年下半年，1—5月比上年
    8—12月，3月1日至15日比2月14日至28日）。输出中写明比较的期间。
    """
    if not any(v is not None for v in (half, month, months, start, end, quarter)):
        raise InvalidInputError("请给出期间：--half、--month、--months 或 --from/--to")
    _check_outputs(xlsx, docx, force=force)
    _run_report(
        ctx,
        period_of(
            year=year,
            quarter=quarter,
            half=half,
            month=month,
            months=months,
            start=start,
            end=end,
        ),
        unit=unit,
        region=region,
        explain=explain,
        limit=limit,
        page=page,
        as_json=as_json,
        xlsx=xlsx,
        docx=docx,
        issue=issue,
        pdf=pdf,
        successor=successor,
    )


_ANNUAL = typer.Option(False, "--annual", help="年度报告（不给 --quarter）")


@app.command("publish")
def publish(
    ctx: typer.Context,
    year: Optional[int] = _YEAR,
    quarter: Optional[int] = _QUARTER,
    annual: bool = _ANNUAL,
    half: Optional[int] = _HALF,
    month: Optional[int] = _MONTH,
    months: Optional[str] = _MONTHS,
    start: Optional[str] = _FROM,
    end: Optional[str] = _TO,
    unit: Optional[str] = _UNIT,
    region: Optional[str] = _REGION,
    replace: bool = typer.Option(False, "--replace", help="已发布时按当前数据重新发布"),
) -> None:
    """发布（冻结）一个期间的指标（季度、年度、半年、月度或起止日期）：此后修改台账不影响
    已发布的数字。"""
    from fylink import clock
    from fylink.services import anchors, reports

    period = _published_period(year, quarter, annual, half, month, months, start, end)
    options = reports.Options.from_settings(settings(ctx))
    with session(ctx, write=True) as db:
        scope = reports.resolve_scope(session=db, unit=unit, region=region)
        snapshot = reports.publish(
            session=db,
            period=period,
            today=clock.today(),
            options=options,
            scope=scope,
            replace=replace,
        )
        # The published figures carry the journal's head, which includes their own row.
        anchor = anchors.record(
            db, kind="report", label=period.label, key=settings(ctx).journal_key()
        )
    figures = snapshot.data["indicators"]
    render.message(
        f"已发布：{period.label}"
        + (f"（{scope.unit_name or scope.region}）" if scope.key else "")
        + f"，行政诉讼发案量{figures['litigation_filed']['display']}件，"
        f"行政机关败诉率{figures['loss_rate']['display']}"
    )
    render.message(f"  变更日志锚点：{anchor.hash[:16]}@{anchor.seq}")


@app.command("show")
def show(
    ctx: typer.Context,
    year: Optional[int] = _YEAR,
    quarter: Optional[int] = _QUARTER,
    annual: bool = _ANNUAL,
    half: Optional[int] = _HALF,
    month: Optional[int] = _MONTH,
    months: Optional[str] = _MONTHS,
    start: Optional[str] = _FROM,
    end: Optional[str] = _TO,
    unit: Optional[str] = _UNIT,
    region: Optional[str] = _REGION,
    as_json: bool = _JSON,
    xlsx: Optional[Path] = _EXPORT_XLSX,
    docx: Optional[Path] = _EXPORT_DOCX,
    issue: Optional[int] = _ISSUE,
    pdf: bool = docs.pdf_option(),
    force: bool = _FORCE,
) -> None:
    """查看已发布的报告（发布时冻结的数字），可再导出 Excel 或 Word。"""
    from fylink.services import reports

    _check_outputs(xlsx, docx, force=force)
    period = _published_period(year, quarter, annual, half, month, months, start, end)
    # The light read path (issue 21): Core tables on a bare connection, no ORM.
    with reading(ctx) as db:
        scope = reports.resolve_scope(session=db, unit=unit, region=region)
        snapshot = reports.published(session=db, period=period, scope=scope)
        data = reports.snapshot_public(snapshot)
    _output(ctx, data, as_json=as_json, xlsx=xlsx, docx=docx, issue=issue, pdf=pdf)


@app.command("diff")
def diff(
    ctx: typer.Context,
    year: Optional[int] = _YEAR,
    quarter: Optional[int] = _QUARTER,
    annual: bool = _ANNUAL,
    half: Optional[int] = _HALF,
    month: Optional[int] = _MONTH,
    months: Optional[str] = _MONTHS,
    start: Optional[str] = _FROM,
    end: Optional[str] = _TO,
    unit: Optional[str] = _UNIT,
    region: Optional[str] = _REGION,
    as_json: bool = _JSON,
) -> None:
    """对比已发布的报告和按当前台账重新统计的结果，逐项列出变化。"""
    from fylink import clock
    from fylink.services import reports

    period = _published_period(year, quarter, annual, half, month, months, start, end)
    # The light read path (issue 21): Core tables on a bare connection, no ORM.
    with reading(ctx) as db:
        scope = reports.resolve_scope(session=db, unit=unit, region=region)
        data = reports.diff(session=db, period=period, today=clock.today(), scope=scope)
    if as_json:
        render.print_json(data)
        return
    show_diff(data)


# --- figures from outside the register (万人成讼率) ---------------------------------------------

figure_app = new_app(
    "录入台账之外的数据及其来源：常住人口、法院新收一审民事和行政案件数（用于万人成讼率）。"
)
app.add_typer(figure_app, name="figure")

_FIGURE_YEAR = typer.Option(..., "--year", "-y", min=1949, max=2100, help="年度，如 2025")
_FIGURE_QUARTER = typer.Option(
    None, "--quarter", "-q", min=1, max=4, help="季度：1至4（全年的数据不写）"
)
_FIGURE_REGION = typer.Option(None, "--region", help="地区（默认：办公室所属地区）")


@figure_app.command("set")
def figure_set(
    ctx: typer.Context,
    item: str = typer.Argument(..., help="数据项：常住人口、一审民事收案、一审行政收案"),
    value: str = typer.Argument(..., help="数值（整数，可带千分位逗号），如 812300"),
    year: int = _FIGURE_YEAR,
    quarter: Optional[int] = _FIGURE_QUARTER,
    region: Optional[str] = _FIGURE_REGION,
    source: str = typer.Option(
        ..., "--source", help="数据来源，如 县统计局《2024年国民经济和社会发展统计公报》"
    ),
    note: str = typer.Option("", "--note", help="备注"),
    correct: bool = typer.Option(False, "--correct", help="更正已录入的数值或来源"),
) -> None:
    """录入一项外部数据（常住人口；法院新收一审民事、行政案件数），写明来源。

    万人成讼率 = 法院新收一审民事、行政案件数 ÷ 常住人口（万人）；报告写明每项数据的来源，
    缺少时说明。已录入的数据再次录入不同数值须加 --correct（记入日志）。
    """
    from fylink.services import figures

    number = _figure_value(value)
    with session(ctx, write=True) as db:
        result = figures.set_figure(
            session=db,
            key=item,
            value=number,
            year=year,
            quarter=quarter or 0,
            region=region,
            source=source,
            note=note,
            correct=correct,
        )
        f = result.figure
        label = f"{f.region}{figures.period_text(f.year, f.quarter)}{figures.KEYS[f.key]}"
        unit = figures.UNITS[f.key]
        value_text, source_text = f"{f.value:,}{unit}", f.source
    if result.action == "inserted":
        render.message(f"已录入：{label} {value_text}（来源：{source_text}）")
    elif result.action == "corrected":
        render.message(
            f"已更正：{label} {result.before:,}{unit} → {value_text}（来源：{source_text}）"
        )
    else:
        render.message(f"未变化：{label} 已是 {value_text}（来源：{source_text}）")


def _figure_value(text: str) -> int:
    cleaned = text.strip().replace(",", "").replace("，", "").replace("_", "")
    if not cleaned.isascii() or not cleaned.isdigit():
        raise InvalidInputError(f"数值“{text}”应为整数，如 812300")
    return int(cleaned)


@figure_app.command("list")
def figure_list(
    ctx: typer.Context,
    year: Optional[int] = typer.Option(None, "--year", "-y", min=1949, max=2100, help="只列某年"),
    region: Optional[str] = typer.Option(None, "--region", help="只列某地区"),
    as_json: bool = _JSON,
) -> None:
    """列出录入的外部数据及其来源。"""
    from fylink.services import figures

    with reading(ctx) as db:
        rows = figures.list_figures(session=db, region=region, year=year)
    if as_json:
        render.print_json(rows)
        return
    render.table(
        ["地区", "期间", "数据项", "数值", "来源", "备注"],
        [
            (
                r["region"],
                r["period"],
                r["name"],
                f"{r['value']:,}{r['unit']}",
                r["source"],
                r["note"],
            )
            for r in rows
        ],
        title="外部数据（万人成讼率）",
        caption=f"共 {len(rows)} 项" if rows else "尚未录入：用 fylink report figure set 录入",
    )


@figure_app.command("remove")
def figure_remove(
    ctx: typer.Context,
    item: str = typer.Argument(..., help="数据项：常住人口、一审民事收案、一审行政收案"),
    year: int = _FIGURE_YEAR,
    quarter: Optional[int] = _FIGURE_QUARTER,
    region: Optional[str] = _FIGURE_REGION,
) -> None:
    """删除一项录错的外部数据（记入日志）。"""
    from fylink.services import figures

    with session(ctx, write=True) as db:
        f = figures.remove_figure(
            session=db, key=item, year=year, quarter=quarter or 0, region=region
        )
        label = f"{f.region}{figures.period_text(f.year, f.quarter)}{figures.KEYS[f.key]}"
        value_text = f"{f.value:,}{figures.UNITS[f.key]}"
    render.message(f"已删除：{label} {value_text}")


# --- terminal output ---------------------------------------------------------------------------


def _scope_label(data: dict[str, Any]) -> str:
    scope = data.get("scope") or {}
    office = data.get("office") or {}
    return scope.get("unit") or scope.get("region") or office.get("region") or ""


def show_report(data: dict[str, Any]) -> None:
    period = data["period"]
    compare = data.get("compare") or {}
    annual = not compare.get("previous") if "previous" in compare else not period.get("quarter")
    kind = period.get("kind") or ("quarter" if period.get("quarter") else "year")
    published = data.get("published")
    title = f"{_scope_label(data)}{period['label']}府院联动工作指标"
    span = f"统计期间 {period['start']} 至 {period['as_of']}"
    if not period.get("complete", True):
        span += f"（本期尚未结束，截至 {period['as_of']}）"
    render.message(title)
    render.message(span)
    if compare.get("text"):
        render.message(f"比较：{compare['text']}")
    if published:
        at = published["at"][:19].replace("T", " ")
        render.message(f"已发布的报告：{at} 由 {published['by']} 发布，数字已冻结")
    columns = ["指标", "本期", "分子/分母", "上年" if kind == "year" else "去年同期", "同比"]
    if not annual:
        columns += ["上一季度" if kind == "quarter" else "上期", "环比"]
    rows = []
    for figure in data["indicators"].values():
        row = [
            figure["name"],
            figure["display"],
            figure["fraction"] or "—",
            figure["last_year"]["display"],
            figure["yoy_display"],
        ]
        if not annual:
            previous = figure.get("previous") or {}
            row += [previous.get("display", "—"), figure["qoq_display"]]
        rows.append(row)
    render.table(columns, rows, title="主要指标")
    for note in data.get("notes", []):
        render.message(f"口径：{note}")
    for source in (data.get("figures") or {}).get("sources", []):
        render.message(f"万人成讼率数据：{source}")
    for warning in data.get("warnings", []):
        render.message(f"说明：{warning}")
    render.message("")
    render.message(f"双下降：{data['double_decline']['text']}")
    render.message("")
    unit_rows = [
        (
            u["rank"],
            u["unit"],
            u["indicators"]["litigation_filed"]["display"],
            u["indicators"]["loss_rate"]["numerator"],
            u["indicators"]["loss_rate"]["display"],
            u["indicators"]["head_appearance_rate"]["display"],
            u["indicators"]["reconsideration_correction_rate"]["display"],
            u["indicators"]["tasks_overdue"]["display"],
            u["indicators"]["suggestions_unanswered"]["display"],
        )
        for u in data["units"]
    ]
    render.table(
        [
            "排名",
            "单位",
            "发案量",
            "败诉数",
            "败诉率",
            "出庭应诉率",
            "复议纠错率",
            "逾期事项",
            "逾期未反馈建议",
        ],
        unit_rows,
        title="各单位情况（按发案量、败诉数排序）",
        caption="" if unit_rows else "没有单位数据",
    )
    if data.get("ranking_note"):
        render.message(f"说明：{data['ranking_note']}")
    _show_attention(data["attention"])


def _more(total: int, shown: int, unit: str) -> str:
    return f"共 {total} {unit}" + (f"，显示前 {shown} {unit}" if total > shown else "")


def _show_attention(attention: dict[str, Any]) -> None:
    render.message("")
    render.message(f"需要关注（截至 {attention['as_of']}）")
    losses, tasks = attention["losses"], attention["overdue_tasks"]
    suggestions = attention["unanswered_suggestions"]
    _show_watched(attention)
    if not (losses or tasks or suggestions or attention.get("unpaid_enforcement")):
        render.message("本期没有败诉案件、逾期事项或逾期未反馈的建议。")
        return
    _show_unpaid(attention)
    if losses:
        render.table(
            ["案号", "单位", "结果", "结案日期"],
            [(x["case_no"], x["unit"], x["outcome"], x["closed_on"]) for x in losses],
            title="本期败诉案件",
            caption=_more(attention["losses_total"], len(losses), "件"),
        )
    if tasks:
        render.table(
            ["编号", "事项", "牵头单位", "完成时限", "逾期天数"],
            [
                (x["list_no"] or x["id"], x["content"], x["unit"], x["due_on"], x["days_overdue"])
                for x in tasks
            ],
            title="逾期未完成事项",
            caption=_more(attention["overdue_tasks_total"], len(tasks), "项"),
        )
    if suggestions:
        render.table(
            ["文号", "发出机关", "单位", "反馈期限", "逾期天数"],
            [
                (x["doc_no"], x["issuer"], x["unit"], x["reply_due"], x["days_overdue"])
                for x in suggestions
            ],
            title="逾期未反馈的司法建议、检察建议",
            caption=_more(attention["unanswered_suggestions_total"], len(suggestions), "件"),
        )


def _show_watched(attention: dict[str, Any]) -> None:
    # Published snapshots older than issue 17 have no such figure.
    watched = attention.get("watched_enterprises")
    if not watched or not watched["total"]:
        return
    levels = "，".join(f"{k} {v} 家" for k, v in watched["by_level"].items() if v)
    render.message(
        f"重点关注企业{watched['total']}家（{levels}），其中重点破产企业{watched['in_bankruptcy']}家"
    )


def _show_unpaid(attention: dict[str, Any]) -> None:
    rows = attention.get("unpaid_enforcement") or []
    if not rows:
        return
    render.table(
        ["被执行单位", "件数", "标的（元）", "到位（元）", "未到位（元）"],
        [(x["unit"], x["cases"], x["claimed"], x["recovered"], x["unpaid"]) for x in rows],
        title="涉行政机关执行：未履行金额（按被执行单位）",
        caption=_more(attention["unpaid_enforcement_total"], len(rows), "个单位"),
    )


def show_explain(data: dict[str, Any]) -> None:
    definition = data["definition"]
    render.message(f"{data['name']}（{data['key']}）· {data['period']['label']}")
    value = data["display"]
    if data["fraction"]:
        value += f" = {data['fraction']}"
    render.message(f"数值：{value}")
    render.message(f"分子：{definition['numerator']}")
    if definition["denominator"]:
        render.message(f"分母：{definition['denominator']}")
    render.message(f"统计依据：{definition['basis']}")
    if definition["note"]:
        render.message(f"口径：{definition['note']}")
    if data.get("population_region"):
        render.message(f"人口：{data['population_region']} {data['denominator'] or '未配置'}")
    columns = data["columns"]
    render.table(
        [c["label"] for c in columns],
        [[record.get(c["field"]) for c in columns] for record in data["records"]],
        title=f"{data['listing']}中的记录",
        caption=page_caption(data["total"], data["offset"], len(data["records"])),
    )


def show_diff(data: dict[str, Any]) -> None:
    period = data["period"] or {}
    at = data["published"]["at"][:19].replace("T", " ")
    render.message(f"{period.get('label', '')}报告：{at} 由 {data['published']['by']} 发布")
    edits = data["edits_since"]
    if edits:
        render.message(
            "发布后的修改记录："
            + "，".join(f"{entity} {count} 条" for entity, count in edits.items())
        )
    else:
        render.message("发布后没有修改记录")
    if not data["changes"]:
        render.message("与发布时一致：没有数字变化")
        return
    render.table(
        ["单位", "指标", "发布时", "现在"],
        [
            (
                c["unit"] or "全部",
                c["name"],
                _figure_text(c["published"]),
                _figure_text(c["now"]),
            )
            for c in data["changes"]
        ],
        title="数字变化",
        caption=f"共 {len(data['changes'])} 项变化",
    )


def _figure_text(figure: dict[str, Any]) -> str:
    text = str(figure.get("display") or "—")
    if figure.get("fraction"):
        text += f"（{figure['fraction']}）"
    return text


# --- 报送 and the 市县 roll-up (#18) -----------------------------------------------------------

_SUBMIT_YEAR = typer.Option(None, "--year", "-y", min=1949, max=2100, help="年度，如 2025")


def _submit_period(
    year: int | None,
    quarter: int | None,
    half: int | None,
    months: str | None,
    annual: bool,
    *,
    required: bool,
) -> "Period":
    if required and year is None:
        raise InvalidInputError(
            "请给出期间：--year 2025 --quarter 3（或 --half、--months、--annual）"
        )
    if year is not None and not any(v is not None for v in (quarter, half, months)) and not annual:
        raise InvalidInputError(
            "请给出季度（--quarter 1至4），全年请加 --annual；也可用 --half、--months"
        )
    return period_of(year=year, quarter=quarter, half=half, months=months, annual=annual)


def _run_by_region(ctx: typer.Context, period: "Period", *, as_json: bool) -> None:
    from fylink import clock
    from fylink.services import reports, submissions

    current = settings(ctx)
    with reading(ctx) as db:
        data = submissions.by_region(
            session=db,
            period=period,
            today=clock.today(),
            options=reports.Options.from_settings(current),
            submit=current.submit,
        )
    if as_json:
        render.print_json(data)
        return
    show_by_region(data)


#: The figures the per-county table shows (all are in --json).
_REGION_COLUMNS = (
    ("litigation_filed", "行政诉讼发案量"),
    ("loss_rate", "败诉率"),
    ("head_appearance_rate", "出庭应诉率"),
    ("reconsideration_correction_rate", "复议纠错率"),
    ("task_completion_rate", "双清单完成率"),
)


def show_by_region(data: dict[str, Any]) -> None:
    office = data["office"]["name"]
    render.message(f"{office}{data['period']['label']}分县（市、区）汇总")
    render.message(f"统计期间 {data['period']['start']} 至 {data['period']['end']}")
    city = data["city"]
    render.table(
        ["指标", "全市", "分子/分母", "去年同期", "同比"],
        [
            (
                f["name"],
                f["display"],
                f["fraction"],
                f["last_year"],
                f["yoy_display"],
            )
            for f in city.values()
        ],
        title="全市主要指标",
    )
    render.table(
        ["县（市、区）", "来源", "状态", *(label for _, label in _REGION_COLUMNS)],
        [
            (
                row["region"],
                row["source"],
                row["state"] or "—",
                *(row["indicators"][key]["display"] for key, _ in _REGION_COLUMNS),
            )
            for row in data["regions"]
        ],
        title="分县（市、区）情况",
    )
    if data["missing"]:
        render.message(
            "未报送："
            + "、".join(
                m["region"] + ("（已逾期）" if m["overdue"] else "") for m in data["missing"]
            )
            + f"；报送期限{data['due']}"
        )
    if data["late"]:
        render.message(
            "逾期报送："
            + "、".join(f"{m['region']}（{m['received_on']}收到）" for m in data["late"])
        )
    for note in data["notes"]:
        render.message(f"注：{note}")


@app.command("submit")
def submit(
    ctx: typer.Context,
    year: Optional[int] = _SUBMIT_YEAR,
    quarter: Optional[int] = _QUARTER,
    half: Optional[int] = _HALF,
    months: Optional[str] = _MONTHS,
    annual: bool = typer.Option(False, "--annual", help="报送全年（不给 --quarter）"),
    to: Optional[str] = typer.Option(
        None, "--to", help="报送对象（市级办公室名称；默认：配置项 submit.city）"
    ),
    out: Optional[Path] = typer.Option(
        None, "--out", "-o", help="报送包文件（.zip；默认：地区+期间+报送包.zip）"
    ),
    digest: str = typer.Option(
        "sha256", "--digest", help="摘要算法：sha256（默认）或 sm3（国密，须本机 Python 支持）"
    ),
    filled_by: Optional[str] = typer.Option(None, "--by", help="填报人（默认：当前用户）"),
    force: bool = typer.Option(False, "--force", help="覆盖已存在的文件"),
) -> None:
    """县级向市级报送：生成报送包（.zip），内含本期指标、各单位数字、统计口径和摘要。

    报送包含 JSON 和 Excel 两种格式的数字，以及填报人、日期和变更日志锚点。

    报送包交市级用 fylink report collect 接收、核验；摘要可电话告知市级核对。
    """
    from fylink import clock
    from fylink.services import reports, submissions

    period = _submit_period(year, quarter, half, months, annual, required=False)
    current = settings(ctx)
    algo = digest.strip().lower()
    with session(ctx, write=True) as db:
        office = reports._office(db)
        target = out or Path(f"{office['region'] or '本地'}{period.label}报送包.zip")
        package = submissions.make_package(
            session=db,
            period=period,
            today=clock.today(),
            out=target,
            options=reports.Options.from_settings(current),
            submit=current.submit,
            to=(to if to is not None else current.submit.city).strip(),
            filled_by=(filled_by or current.actor).strip(),
            algo=algo,
            force=force,
        )
    render.message(f"已生成报送包：{package.path}（{period.label}）")
    if package.manifest["to"]:
        render.message(f"  报送对象：{package.manifest['to']}")
    render.message(f"  摘要（{algo.upper()}）：{package.digest}")


@app.command("collect")
def collect(
    ctx: typer.Context,
    files: list[Path] = typer.Argument(..., help="各县报送包（.zip），可多个", show_default=False),
    year: Optional[int] = _SUBMIT_YEAR,
    quarter: Optional[int] = _QUARTER,
    half: Optional[int] = _HALF,
    months: Optional[str] = _MONTHS,
    annual: bool = typer.Option(False, "--annual", help="接收全年的报送"),
) -> None:
    """市级接收各县报送包：核验摘要、期间和报送对象，存为该县本期的报送（待审）。

    被改动、重复、期间不符或不是报送本办公室的报送包一律不收（退出码 12），本次一个也不写入。
    已退回或待审的县重新报送时，新的报送包取代原来的（原记录保留）。
    """
    from fylink import clock
    from fylink.services import submissions

    period = _submit_period(year, quarter, half, months, annual, required=True)
    with session(ctx, write=True) as db:
        stored = submissions.collect(
            session=db,
            paths=list(files),
            period=period,
            today=clock.today(),
            submit=settings(ctx).submit,
        )
        lines = [
            f"已接收：{row.region}{period.label}（填报人{row.filled_by or '未写'}，"
            f"{row.made_on.isoformat()}生成）"
            + (f"，取代{old.received_on.isoformat()}收到的报送（{old.state}）" if old else "")
            + "，待审"
            for row, old in stored
        ]
    for line in lines:
        render.message(line)


@app.command("review")
def review(
    ctx: typer.Context,
    region: str = typer.Argument(..., help="县（市、区），如 示范县", show_default=False),
    accept: bool = typer.Option(False, "--accept", help="审核通过"),
    returned: Optional[str] = typer.Option(None, "--return", help="退回并写明理由"),
    year: Optional[int] = _SUBMIT_YEAR,
    quarter: Optional[int] = _QUARTER,
    half: Optional[int] = _HALF,
    months: Optional[str] = _MONTHS,
    annual: bool = typer.Option(False, "--annual", help="全年的报送"),
) -> None:
    """审核一个县的报送：--accept 通过，或 --return 理由 退回（退回后该县重新报送）。

    只有一个期间待审时可不给期间。
    """
    from fylink import clock
    from fylink.services import submissions

    if accept == (returned is not None):
        raise InvalidInputError("请给出 --accept 或 --return 理由（二选一）")
    period = (
        _submit_period(year, quarter, half, months, annual, required=True)
        if year is not None or any(v is not None for v in (quarter, half, months)) or annual
        else None
    )
    with session(ctx, write=True) as db:
        row = submissions.review(
            session=db,
            region=region,
            period=period,
            accept=accept,
            reason=returned or "",
            today=clock.today(),
            actor=settings(ctx).actor,
        )
        from fylink.domain.indicators import parse_code

        label = f"{row.region}{parse_code(row.period).label}的报送"
        text = f"已通过：{label}" if accept else f"已退回：{label}（理由：{row.reason}）"
    render.message(text)


@app.command("returns")
def returns(
    ctx: typer.Context,
    year: Optional[int] = _SUBMIT_YEAR,
    quarter: Optional[int] = _QUARTER,
    half: Optional[int] = _HALF,
    months: Optional[str] = _MONTHS,
    annual: bool = typer.Option(False, "--annual", help="全年的报送"),
    as_json: bool = _JSON,
) -> None:
    """各县报送情况：每次接收的报送和审核状态（含被取代的历史），某一期间的缺报、逾期。

    不给期间时列出全部报送。逾期按收到日期与报送期限（期间结束后次月 submit.deadline_day
    日，默认10日）比较。
    """
    from fylink import clock
    from fylink.services import submissions

    period = (
        _submit_period(year, quarter, half, months, annual, required=True)
        if year is not None or any(v is not None for v in (quarter, half, months)) or annual
        else None
    )
    with reading(ctx) as db:
        data = submissions.list_returns(
            session=db, period=period, today=clock.today(), submit=settings(ctx).submit
        )
    if as_json:
        render.print_json(data)
        return
    title = f"{data['period']['label']}各县报送" if data["period"] else "各县报送"
    render.table(
        ["县（市、区）", "期间", "状态", "收到", "期限", "填报人", "说明"],
        [
            (
                r["region"],
                r["period_label"],
                ("已被取代（" + r["state"] + "）") if r["superseded"] else r["state"],
                r["received_on"],
                r["due"],
                r["filled_by"],
                "；".join(
                    part
                    for part in (
                        ("逾期" if r["late"] else ""),
                        (f"退回理由：{r['reason']}" if r["reason"] else ""),
                    )
                    if part
                ),
            )
            for r in data["returns"]
        ],
        title=title,
        caption="" if data["returns"] else "尚未接收任何报送",
    )
    for m in data["missing"]:
        render.message(
            f"未报送：{m['region']}" + ("（已逾期）" if m["overdue"] else f"（期限{m['due']}）")
        )


@app.command("national")
def national(
    ctx: typer.Context,
    year: Optional[int] = _SUBMIT_YEAR,
    quarter: Optional[int] = _QUARTER,
    half: Optional[int] = _HALF,
    months: Optional[str] = _MONTHS,
    annual: bool = typer.Option(False, "--annual", help="全年（默认：给 --year 不给季度时）"),
    xlsx: Optional[Path] = typer.Option(None, "--xlsx", help="写入 Excel 文件（报省级用）"),
    filled_by: Optional[str] = typer.Option(None, "--by", help="填报人（默认：当前用户）"),
    as_json: bool = _JSON,
    force: bool = _FORCE,
) -> None:
    """按行政复议、行政应诉案件统计表的格式填报（Excel），报省级用。

    列为旧存、新收、收案合计、结案（分结案方式）、未结，分被申请人（被告）单位和合计。

    只给 --year 时为全年。行政应诉只统计一审行政诉讼案件。
    """
    from fylink import clock
    from fylink.services import national as national_service

    if year is None:
        raise InvalidInputError("请给出年度：--year 2025")
    whole_year = annual or not any(v is not None for v in (quarter, half, months))
    period = period_of(year=year, quarter=quarter, half=half, months=months, annual=whole_year)
    if xlsx:
        _check_outputs(xlsx, None, force=force)
    with reading(ctx) as db:
        data = national_service.build(session=db, period=period, today=clock.today())
    if xlsx:
        from fylink.documents.national_workbook import write_workbook

        write_workbook(data, xlsx, filled_by=(filled_by or settings(ctx).actor).strip())
        render.message(f"已生成统计表：{xlsx}（{period.label}）")
    if as_json:
        render.print_json(data)
        return
    if xlsx:
        return
    for form in data["forms"].values():
        render.table(
            ["单位", *form["headers"]],
            [
                *((row["unit"], *(row[h] for h in form["headers"])) for row in form["rows"]),
                ("合计", *(form["total"][h] for h in form["headers"])),
            ],
            title=f"{form['title']}（{period.label}）",
        )
    for note in data["notes"]:
        render.message(f"注：{note}")
