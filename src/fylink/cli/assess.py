"""``fylink assess``: the annual 考核 of member units under the office's own rule file."""

from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

import typer

from fylink.cli import docs, render
from fylink.cli.common import new_app, parse_day, reading, session, settings
from fylink.errors import InvalidInputError

if TYPE_CHECKING:
    from decimal import Decimal

    from fylink.services.assessment import RuleFile

app = new_app(
    "年度考核：按办公室的考核细则（TOML 文件）计算各成员单位得分、排名、等次，"
    "每项扣分都列出背后的记录；录入依据、申诉、发布。"
)
rules_app = new_app("考核细则文件：导出示例、检查写法。")
app.add_typer(rules_app, name="rules")

_YEAR = typer.Option(None, "--year", "-y", min=1949, max=2100, help="考核年度（默认：上一年）")
_RULES = typer.Option(
    None, "--rules", help="考核细则文件（.toml；默认取配置项 assess.rules）", show_default=False
)
_UNIT = typer.Option(None, "--unit", "-u", help="只看一个单位（全称或简称）")
_JSON = typer.Option(False, "--json", help="输出 JSON")
_XLSX = typer.Option(None, "--xlsx", help="导出 Excel（总表、每个部分一张表、扣分明细）")
_DOCX = typer.Option(None, "--docx", help="生成考核结果通报（Word，GB/T 9704）")
_FORCE = typer.Option(False, "--force", help="覆盖已存在的文件")


def _year(year: int | None) -> int:
    from fylink import clock

    if year is not None:
        return year
    today = clock.today()
    return today.year if (today.month, today.day) == (12, 31) else today.year - 1


def _rule_file(ctx: typer.Context, rules: Path | None) -> "RuleFile":
    from fylink.services import assessment

    path = rules
    if path is None:
        configured = settings(ctx).assess.rules.strip()
        if not configured:
            raise InvalidInputError(
                '请用 --rules 指定考核细则文件（或在配置文件 [assess] 中设置 rules = "…"）；'
                "示例：fylink assess rules export 考核细则.toml"
            )
        path = Path(configured)
    return assessment.load_rules(path)


def _points(value: str | None, what: str = "--points") -> "Decimal | None":
    if value is None:
        return None
    from decimal import Decimal, InvalidOperation

    try:
        number = Decimal(value.strip())
    except InvalidOperation:
        raise InvalidInputError(f"{what} 应是数，如 0.5，而不是“{value}”") from None
    if not number.is_finite():
        raise InvalidInputError(f"{what} 应是数，如 0.5，而不是“{value}”")
    return number


def _check_outputs(xlsx: Path | None, docx: Path | None, force: bool, *, pdf: bool) -> None:
    from fylink.errors import DocumentError
    from fylink.outputs import check_output

    if pdf and not docx:
        raise InvalidInputError("--pdf 需要与 --docx 一起使用（PDF 生成在 Word 文件旁）")
    if xlsx:
        if Path(xlsx).suffix.lower() != ".xlsx":
            raise InvalidInputError(f"--xlsx 的文件应以 .xlsx 结尾：{Path(xlsx).name}")
        check_output(xlsx, force=force, error=DocumentError)
    if docx:
        if Path(docx).suffix.lower() != ".docx":
            raise InvalidInputError(f"--docx 的文件应以 .docx 结尾：{Path(docx).name}")
        check_output(docx, force=force, error=DocumentError)


@app.callback(invoke_without_command=True)
def assess(
    ctx: typer.Context,
    year: Optional[int] = _YEAR,
    rules: Optional[Path] = _RULES,
    unit: Optional[str] = _UNIT,
    as_json: bool = _JSON,
    xlsx: Optional[Path] = _XLSX,
    docx: Optional[Path] = _DOCX,
    number: Optional[int] = typer.Option(None, "--number", min=1, help="通报的发文字号序号"),
    pdf: bool = docs.pdf_option(),
    force: bool = _FORCE,
) -> None:
    """计算一个年度的考核结果：各单位得分、排名、等次，以及每项扣分、加分和背后的记录
    （任务号、督办文号、建议文号、会议期数、案号）。

    不给命令时计算；法院、检察院只有在细则的 kinds 或 units 中写明才参加考核。
    """
    if ctx.invoked_subcommand is not None:
        return
    from fylink import clock
    from fylink.services import assessment

    _check_outputs(xlsx, docx, force, pdf=pdf)
    rule_file = _rule_file(ctx, rules)
    the_year = _year(year)
    # The light read path (issue 21): Core tables on a bare connection, no ORM.
    with reading(ctx) as db:
        data = assessment.assess(
            session=db,
            rule_file=rule_file,
            year=the_year,
            today=clock.today(),
            unit=unit,
            submit=settings(ctx).submit,
        )
    _output(ctx, data, as_json=as_json, xlsx=xlsx, docx=docx, number=number, force=force, pdf=pdf)


def _output(
    ctx: typer.Context,
    data: dict[str, Any],
    *,
    as_json: bool,
    xlsx: Path | None,
    docx: Path | None,
    number: int | None,
    force: bool,
    pdf: bool = False,
) -> None:
    if xlsx:
        from fylink.documents.assessment_workbook import write_assessment_workbook

        write_assessment_workbook(data, Path(xlsx))
        render.message(f"已生成 Excel：{xlsx}")
    if docx:
        _write_notice(ctx, data, Path(docx), number=number, force=force, pdf=pdf)
    if as_json:
        render.print_json(data)
    elif not (xlsx or docx):
        show_result(data)


def _write_notice(
    ctx: typer.Context,
    data: dict[str, Any],
    out: Path,
    *,
    number: int | None,
    force: bool,
    pdf: bool = False,
    draft: bool = False,
) -> None:
    from fylink import clock
    from fylink.documents import contexts
    from fylink.services.office import get_office

    current = settings(ctx)
    choice = docs.choose_template("assessment", None, current)
    with session(ctx, write=False) as db:
        office = get_office(session=db)
    today = clock.today()
    serial = f"〔{today.year}〕{number}号" if number else f"〔{today.year}〕 号"
    context = contexts.assessment_context(
        data,
        office=office,
        doc_number=f"{current.assess.number_prefix.strip()}{serial}",
        title=current.assess.title.replace("{year}", str(data["year"])),
        cc=current.documents.cc,
        issued_on=today,
        draft=draft,
    )
    docs.write_document(
        kind="assessment",
        context=context,
        out=out,
        choice=choice,
        current=current,
        title=context["title"],
        author=office.name,
        pdf=pdf,
        force=force,
    )


# --- the rule file ---------------------------------------------------------------------------


@rules_app.command("export")
def rules_export(
    out: Optional[Path] = typer.Argument(None, help="写入的文件（.toml）；不给时输出到屏幕"),
    force: bool = _FORCE,
) -> None:
    """导出一份带说明的考核细则示例（扣分项、府院联动项、加分、等次），改写后使用。"""
    from fylink.services import assessment

    text = assessment.example_rules()
    if out is None:
        import sys

        sys.stdout.write(text)
        return
    from fylink.outputs import check_output, writing

    path = check_output(out, force=force, what="考核细则文件")
    with writing(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    render.message(f"已导出考核细则示例：{path}")


@rules_app.command("check")
def rules_check(
    file: Path = typer.Argument(..., help="考核细则文件（.toml）"),
) -> None:
    """检查考核细则文件：每个问题一行，注明在文件第几行。

    退出码：0 无误；3 有问题（每个问题一行，写在标准错误）；4 文件不存在。
    """
    from fylink.domain.assessment import parse_rules
    from fylink.services import assessment

    text = assessment.read_rules_text(file)
    problems = assessment.problems_of(text, file.name)
    if problems:
        for line in problems:
            render.warn(f"错误：{line}")
        raise typer.Exit(InvalidInputError.exit_code)
    rules = parse_rules(text)
    items = sum(len(s.items) for s in rules.sections)
    render.message(
        f"考核细则无误：{rules.name}，{len(rules.sections)}个部分、{items}项、"
        f"{len(rules.lines)}条，基础分{_text(rules.base)}"
    )


def _text(value: Any) -> str:
    from fylink.domain.assessment import points_text

    return points_text(value)


# --- manual evidence -------------------------------------------------------------------------


@app.command("record")
def record(
    ctx: typer.Context,
    unit: str = typer.Argument(..., help="单位（全称或简称）"),
    line: str = typer.Option(..., "--line", "-l", help="细则中的条目编号，如 6.1"),
    on: str = typer.Option(..., "--on", help="发生日期，如 2025-05-20"),
    basis: str = typer.Option(..., "--basis", help="依据的文号，如 市督查〔2025〕12号"),
    level: Optional[str] = typer.Option(None, "--level", help="级别：省/市/县、国家级…、迟报/漏报"),
    points: Optional[str] = typer.Option(
        None, "--points", help="本件分值（上级扣分、名次等；不给时按细则）"
    ),
    file: Optional[Path] = typer.Option(
        None, "--file", help="附件（如通报原件）：记下文件名、大小和 SHA-256 指纹，原件由办公室存档"
    ),
    note: str = typer.Option("", "--note", help="说明"),
    rules: Optional[Path] = _RULES,
) -> None:
    """录入台账无法得知的考核依据：负面曝光、表彰、点名批评、上级扣分等（可更正、删除、撤销）。"""
    from fylink import clock
    from fylink.services import assessment

    rule_file = _rule_file(ctx, rules)
    attachment = None
    if file is not None:
        path = Path(file).expanduser()
        if not path.is_file():
            from fylink.errors import NotFoundError

            raise NotFoundError(f"找不到附件：{path}")
        if path.stat().st_size > assessment.MAX_FILE:
            raise InvalidInputError(f"附件 {path.name} 超过 20 MB：请压缩后再附")
        attachment = assessment.Attachment(path.name, path.read_bytes())
    day = parse_day(on, "日期")
    assert day is not None
    with session(ctx, write=True) as db:
        row = assessment.record(
            session=db,
            rules=rule_file.rules,
            unit=unit,
            line_id=line,
            occurred_on=day,
            basis=basis,
            today=clock.today(),
            level=level or "",
            points=_points(points),
            note=note,
            file=attachment,
        )
        record_id = row.id
        found = rule_file.rules.line(row.line_id)
    assert found is not None
    render.message(f"已录入考核依据 {record_id}：{unit}，{found.id} {found.name}，{basis}")


@app.command("records")
def records(
    ctx: typer.Context,
    year: Optional[int] = typer.Option(None, "--year", "-y", min=1949, max=2100, help="年度"),
    unit: Optional[str] = _UNIT,
    line: Optional[str] = typer.Option(None, "--line", "-l", help="条目编号"),
    as_json: bool = _JSON,
) -> None:
    """列出录入的考核依据。"""
    from fylink.services import assessment

    # The light read path (issue 21): Core tables on a bare connection, no ORM.
    with reading(ctx) as db:
        rows = assessment.list_records(session=db, year=year, unit=unit, line_id=line)
    if as_json:
        render.print_json(rows)
        return
    render.table(
        ["编号", "单位", "条目", "日期", "依据", "级别", "分值", "录入人", "附件"],
        [
            (
                r["id"],
                r["unit"],
                r["line"],
                r["on"],
                r["basis"],
                r["level"] or "",
                "" if r["points"] is None else _text_number(r["points"]),
                r["recorded_by"],
                r["file"] or "",
            )
            for r in rows
        ],
        title="考核依据",
        caption=f"共 {len(rows)} 条" if rows else "没有录入的考核依据",
    )


def _text_number(value: float) -> str:
    return f"{value:g}"


@app.command("correct")
def correct(
    ctx: typer.Context,
    record_id: int = typer.Argument(..., min=1, help="考核依据编号（assess records 中的编号）"),
    on: Optional[str] = typer.Option(None, "--on", help="更正日期"),
    basis: Optional[str] = typer.Option(None, "--basis", help="更正文号"),
    level: Optional[str] = typer.Option(None, "--level", help="更正级别"),
    points: Optional[str] = typer.Option(None, "--points", help="更正分值"),
    unit: Optional[str] = typer.Option(None, "--unit", "-u", help="更正单位"),
    rules: Optional[Path] = _RULES,
) -> None:
    """更正一条录入的考核依据。"""
    from fylink import clock
    from fylink.services import assessment

    rule_file = _rule_file(ctx, rules)
    with session(ctx, write=True) as db:
        row = assessment.correct_record(
            session=db,
            rules=rule_file.rules,
            record_id=record_id,
            today=clock.today(),
            occurred_on=parse_day(on, "日期"),
            basis=basis,
            level=level,
            points=_points(points),
            unit=unit,
        )
        basis_now = row.basis
    render.message(f"已更正考核依据 {record_id}（{basis_now}）")


@app.command("remove")
def remove(
    ctx: typer.Context,
    record_id: int = typer.Argument(..., min=1, help="考核依据编号"),
    reason: str = typer.Option(..., "--reason", help="删除原因"),
) -> None:
    """删除一条录入的考核依据（记入变更日志，可用 fylink undo 撤销）。"""
    from fylink.services import assessment

    with session(ctx, write=True) as db:
        row = assessment.remove_record(session=db, record_id=record_id, reason=reason)
        basis = row.basis
    render.message(f"已删除考核依据 {record_id}（{basis}）")


# --- drafts, appeals, decisions ---------------------------------------------------------------


@app.command("draft")
def draft(
    ctx: typer.Context,
    out: Path = typer.Option(..., "--out", "-o", help="输出文件夹（每个单位一个文件）"),
    year: Optional[int] = _YEAR,
    rules: Optional[Path] = _RULES,
    unit: Optional[str] = _UNIT,
    fmt: str = typer.Option("xlsx", "--format", help="文件格式：xlsx 或 docx"),
    force: bool = _FORCE,
) -> None:
    """发布前给每个单位一份本单位的考核情况（Excel 或 Word），供其核对、申诉。"""
    from fylink import clock
    from fylink.documents.contexts import safe_file_name
    from fylink.errors import DocumentError
    from fylink.outputs import check_output
    from fylink.services import assessment

    if fmt not in ("xlsx", "docx"):
        raise InvalidInputError(f"--format 只能是 xlsx 或 docx，而不是“{fmt}”")
    folder = Path(out).expanduser()
    if not folder.is_dir():
        from fylink.errors import NotFoundError

        raise NotFoundError(f"输出文件夹不存在：{folder}")
    rule_file = _rule_file(ctx, rules)
    the_year = _year(year)
    with session(ctx, write=False) as db:
        data = assessment.assess(
            session=db,
            rule_file=rule_file,
            year=the_year,
            today=clock.today(),
            unit=unit,
            submit=settings(ctx).submit,
        )
    targets = []
    for entry in data["units"]:
        name = safe_file_name(f"{the_year}年度考核情况（{entry['unit']}）") + f".{fmt}"
        path = folder / name
        check_output(path, force=force, error=DocumentError)
        targets.append((entry, path))
    for entry, path in targets:
        one = dict(data) | {"units": [entry]}
        if fmt == "xlsx":
            from fylink.documents.assessment_workbook import write_assessment_workbook

            write_assessment_workbook(one, path)
            render.message(f"已生成：{path}")
        else:
            _write_notice(ctx, one, path, number=None, force=True, draft=True)
    render.message(f"共 {len(targets)} 个单位")


@app.command("appeal")
def appeal(
    ctx: typer.Context,
    unit: str = typer.Argument(..., help="单位（全称或简称）"),
    line: str = typer.Option(..., "--line", "-l", help="有异议的条目编号"),
    reason: str = typer.Option(..., "--reason", help="申诉理由"),
    year: Optional[int] = _YEAR,
    rules: Optional[Path] = _RULES,
) -> None:
    """登记单位对某一条扣分的申诉（发布前）。"""
    from fylink import clock
    from fylink.services import assessment

    rule_file = _rule_file(ctx, rules)
    the_year = _year(year)
    with session(ctx, write=True) as db:
        row = assessment.appeal(
            session=db,
            rules=rule_file.rules,
            year=the_year,
            unit=unit,
            line_id=line,
            reason=reason,
            today=clock.today(),
        )
        appeal_id = row.id
    render.message(f"已登记申诉 {appeal_id}：{unit}对条目 {line}（{the_year}年度）")


@app.command("appeals")
def appeals(
    ctx: typer.Context,
    year: Optional[int] = _YEAR,
    as_json: bool = _JSON,
) -> None:
    """列出一个年度的申诉及决定。"""
    from fylink.services import assessment

    the_year = _year(year)
    # The light read path (issue 21): Core tables on a bare connection, no ORM.
    with reading(ctx) as db:
        rows = assessment.list_appeals(session=db, year=the_year)
    if as_json:
        render.print_json(rows)
        return
    render.table(
        ["编号", "单位", "条目", "申诉日期", "理由", "决定", "核定扣分", "说明"],
        [
            (
                r["id"],
                r["unit"],
                r["line"],
                r["filed_on"],
                r["reason"],
                r["decision"] or "待决定",
                "" if r["points"] is None else _text_number(r["points"]),
                r["note"],
            )
            for r in rows
        ],
        title=f"{the_year}年度考核申诉",
        caption=f"共 {len(rows)} 件" if rows else "没有申诉",
    )


@app.command("decide")
def decide(
    ctx: typer.Context,
    appeal_id: int = typer.Argument(..., min=1, help="申诉编号"),
    decision: str = typer.Option(..., "--decision", help="采纳、部分采纳 或 不予采纳"),
    points: Optional[str] = typer.Option(None, "--points", help="核定后的扣分（部分采纳时必填）"),
    note: str = typer.Option("", "--note", help="决定说明"),
) -> None:
    """记录办公室对申诉的决定：采纳则该条不扣分（或按 --points），不予采纳则维持。"""
    from fylink import clock
    from fylink.services import assessment

    with session(ctx, write=True) as db:
        row = assessment.decide(
            session=db,
            appeal_id=appeal_id,
            decision=decision.strip(),
            today=clock.today(),
            points=_points(points),
            note=note,
        )
        line = row.line_id
    render.message(f"申诉 {appeal_id}（条目 {line}）：{decision.strip()}")


# --- publication ------------------------------------------------------------------------------


@app.command("publish")
def publish(
    ctx: typer.Context,
    year: Optional[int] = _YEAR,
    rules: Optional[Path] = _RULES,
    replace: bool = typer.Option(False, "--replace", help="已发布时按当前数据和细则重新发布"),
) -> None:
    """发布（冻结）一个年度的考核结果和考核细则的摘要：此后修改台账不影响已发布的结果。"""
    from fylink import clock
    from fylink.services import anchors, assessment

    rule_file = _rule_file(ctx, rules)
    the_year = _year(year)
    with session(ctx, write=True) as db:
        row = assessment.publish(
            session=db,
            rule_file=rule_file,
            year=the_year,
            today=clock.today(),
            replace=replace,
            submit=settings(ctx).submit,
        )
        units = len(row.data["units"])
        anchor = anchors.record(
            db, kind="assessment", label=f"{the_year}年度考核", key=settings(ctx).journal_key()
        )
    render.message(
        f"已发布：{the_year}年度考核结果，{units}个单位，细则摘要 {rule_file.digest[:12]}"
    )
    render.message(f"  变更日志锚点：{anchor.hash[:16]}@{anchor.seq}")


@app.command("show")
def show(
    ctx: typer.Context,
    year: Optional[int] = _YEAR,
    unit: Optional[str] = _UNIT,
    as_json: bool = _JSON,
    xlsx: Optional[Path] = _XLSX,
    docx: Optional[Path] = _DOCX,
    number: Optional[int] = typer.Option(None, "--number", min=1, help="通报的发文字号序号"),
    pdf: bool = docs.pdf_option(),
    force: bool = _FORCE,
) -> None:
    """查看已发布的考核结果（发布时冻结），可再导出 Excel 或生成通报。"""
    from fylink.services import assessment

    _check_outputs(xlsx, docx, force, pdf=pdf)
    the_year = _year(year)
    # The light read path (issue 21): Core tables on a bare connection, no ORM.
    with reading(ctx) as db:
        data = assessment.result_public(assessment.published(session=db, year=the_year))
        if unit is not None:
            from fylink.services.unit_names import find_unit_row

            row = find_unit_row(db, unit)
            data["units"] = [u for u in data["units"] if u["unit_name"] == row.name]
    _output(ctx, data, as_json=as_json, xlsx=xlsx, docx=docx, number=number, force=force, pdf=pdf)


@app.command("diff")
def diff(
    ctx: typer.Context,
    year: Optional[int] = _YEAR,
    as_json: bool = _JSON,
) -> None:
    """对比已发布的考核结果和按当前台账（用发布时的细则）重新计算的结果。"""
    from fylink import clock
    from fylink.services import assessment

    the_year = _year(year)
    # The light read path (issue 21): Core tables on a bare connection, no ORM.
    with reading(ctx) as db:
        data = assessment.diff(
            session=db, year=the_year, today=clock.today(), submit=settings(ctx).submit
        )
    if as_json:
        render.print_json(data)
        return
    published = data["published"]
    render.message(
        f"{the_year}年度考核结果于{published['at'][:10]}由{published['by']}发布"
        f"（细则摘要 {published['rules_digest'][:12]}）"
    )
    if not data["changed"]:
        render.message("与按当前台账重新计算的结果一致")
    for change in data["changes"]:
        old, new = change["published"], change["now"]
        if new is None:
            render.message(f"{change['unit']}：已不在考核范围内（发布时{old['score']}分）")
            continue
        render.message(
            f"{change['unit']}：得分 {old['score']} → {new['score']}，排名 {old['rank']} → "
            f"{new['rank']}，等次 {old['tier'] or '—'} → {new['tier'] or '—'}"
        )
        for line in change["lines"]:
            render.message(f"  条目 {line['id']}：{line['published']} → {line['now']}")
    if data["edits_since"]:
        edits = "、".join(f"{k} {v}条" for k, v in data["edits_since"].items())
        render.message(f"发布后的修改：{edits}")


# --- terminal output --------------------------------------------------------------------------


def show_result(data: dict[str, Any]) -> None:
    rules = data["rules"]
    render.table(
        ["排名", "单位", "得分", "等次", "扣分", "加分"],
        [
            (
                u["rank"],
                u["unit"],
                u["score_text"],
                u["tier"] or "—",
                _text_number(u["deducted"]),
                _text_number(u["bonus"]),
            )
            for u in data["units"]
        ],
        title=f"{data['year']}年度考核结果（{rules['name']}，截至{data['as_of']}）",
        caption=f"基础分{rules['base']}；共 {len(data['units'])} 个单位",
    )
    for u in data["units"]:
        lines = [line for line in u["lines"] if line["text"]]
        if not lines:
            continue
        render.message(f"{u['unit']}（{u['score_text']}分）")
        for line in lines:
            render.message(f"  {line['id']} {line['text']}")
