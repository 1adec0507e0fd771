"""``fylink calendar``: working days, deadlines and the office's own calendar table."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Optional

import typer

from fylink.cli import render
from fylink.cli.common import new_app, parse_day, reading, session, settings
from fylink.cli.formatting import (
    WEEKDAYS,
    day_cn,
    deadline_public,
    print_derivation,
    provisional_mark,
)

if TYPE_CHECKING:
    from fylink.domain.calendar import WorkCalendar

app = new_app("工作日与期限：法定节假日、调休、办公室补录的假日和工作日。")


@contextmanager
def office_calendar(ctx: typer.Context) -> Iterator["WorkCalendar"]:
    """The office calendar: settings + the database table (settings alone without a database)."""
    from fylink import db
    from fylink.services import calendar_rules, reads

    current = settings(ctx)
    path = db.sqlite_path(current.db_url)
    if path is not None and not path.exists():
        yield calendar_rules.settings_calendar(current.calendar)
        return
    # The light read path (issue 21): Core tables on a bare connection, no ORM.
    with reading(ctx) as connection:
        yield reads.work_calendar(connection, settings=current.calendar)


@app.command("deadline")
def deadline(
    ctx: typer.Context,
    start: str = typer.Argument(..., help="起算日，如 2025-01-24（当日不计入）"),
    rule: str = typer.Argument(..., help="期限：15日、10个工作日、2个月、季度末、年底，或一个日期"),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """推算期限的届满日，并列出推算过程（如 fylink calendar deadline 2025-01-24 10个工作日）。"""
    from fylink.domain.calendar import parse_deadline

    start_day = parse_day(start, "起算日")
    assert start_day is not None
    with office_calendar(ctx) as calendar:
        result = parse_deadline(rule, start=start_day, calendar=calendar)
    if as_json:
        render.print_json(deadline_public(result))
        return
    render.message(
        f"届满日：{day_cn(result.due)}" + provisional_mark(result.due, result.provisional)
    )
    if result.rule:
        render.message(f"规则：{result.rule}，起算日 {day_cn(start_day)}")
    print_derivation(result)


@app.command("status")
def status(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """哪些年份的日历是准确的：官方日历、办公室补录，还是按周末暂定。"""
    from fylink import clock
    from fylink.domain.calendar import PACKAGE_YEARS
    from fylink.services import reads_registers

    current = settings(ctx)
    # The light read path (issue 21): Core tables on a bare connection, no ORM.
    with reading(ctx) as db:
        years = reads_registers.calendar_status(db, settings=current.calendar, today=clock.today())
    first, last = PACKAGE_YEARS[0], PACKAGE_YEARS[-1]
    if as_json:
        render.print_json(
            {
                "package_years": [first, last],
                "years": [
                    {
                        "year": y.year,
                        "exact": y.exact,
                        "source": y.source,
                        "extra_holidays": y.holidays,
                        "extra_workdays": y.workdays,
                        "provisional_items": y.provisional_items,
                    }
                    for y in years
                ],
            }
        )
        return
    render.table(
        ["年份", "准确", "来源", "补录假日", "补录工作日", "暂定期限的事项"],
        [(y.year, y.exact, y.source, y.holidays, y.workdays, y.provisional_items) for y in years],
        title="日历状态",
        caption=f"官方日历数据（chinesecalendar）覆盖 {first}—{last} 年；"
        "其他年份须由办公室补录当年放假安排（fylink calendar add-holiday / add-workday），"
        "否则按周末和法定节日推算（未计调休、补假）并标注为暂定",
    )


def _add(ctx: typer.Context, day_text: str, kind: str, note: str) -> None:
    from fylink.services import calendar as calendar_service

    day = parse_day(day_text, "日期")
    assert day is not None
    current = settings(ctx)
    with session(ctx, write=True) as db:
        calendar_service.add_override(session=db, day=day, kind=kind, note=note)
        calendar = calendar_service.work_calendar(session=db, settings=current.calendar)
        changed = calendar_service.refresh_deadlines(session=db, calendar=calendar, day=day)
        exact = calendar.is_exact(day.year)
    render.message(f"已补录：{day_cn(day)} 为{kind}" + (f"（{note}）" if note else ""))
    _report_refresh(changed)
    if not exact:
        render.message(
            f"提示：{day.year}年尚无补录的假日，仍按周末推算（暂定）；"
            "请按国务院当年放假通知补录全部假日和调休上班日"
        )


def _report_refresh(changed: Any) -> None:
    if changed.tasks or changed.suggestions:
        render.message(
            f"已按新日历重新推算：{changed.tasks} 项任务、{changed.suggestions} 件建议的期限"
        )


@app.command("add-holiday")
def add_holiday(
    ctx: typer.Context,
    day: str = typer.Argument(..., help="日期，如 2027-01-01"),
    note: str = typer.Option("", "--note", help="说明，如 元旦"),
) -> None:
    """补录一个休息日（国务院放假通知中的假日，或本地假日）。"""
    from fylink.services.calendar import HOLIDAY

    _add(ctx, day, HOLIDAY, note)


@app.command("add-workday")
def add_workday(
    ctx: typer.Context,
    day: str = typer.Argument(..., help="日期，如 2027-02-07"),
    note: str = typer.Option("", "--note", help="说明，如 春节调休上班"),
) -> None:
    """补录一个工作日（调休上班的周末）。"""
    from fylink.services.calendar import WORKDAY

    _add(ctx, day, WORKDAY, note)


@app.command("remove")
def remove(
    ctx: typer.Context,
    day: str = typer.Argument(..., help="要删除补录记录的日期"),
) -> None:
    """删除一条补录记录（恢复官方日历或周末推算）。"""
    from fylink.services import calendar as calendar_service

    when = parse_day(day, "日期")
    assert when is not None
    current = settings(ctx)
    with session(ctx, write=True) as db:
        row = calendar_service.remove_override(session=db, day=when)
        calendar = calendar_service.work_calendar(session=db, settings=current.calendar)
        changed = calendar_service.refresh_deadlines(session=db, calendar=calendar, day=when)
    render.message(f"已删除补录：{day_cn(when)}（{row.kind}）")
    _report_refresh(changed)


@app.command("list")
def list_(
    ctx: typer.Context,
    year: Optional[int] = typer.Option(None, "--year", min=1949, max=2100, help="只列某年"),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON 数组"),
) -> None:
    """列出办公室补录的假日和工作日（数据库中的，以及配置文件中的）。"""
    from fylink.services import reads_registers
    from fylink.services.calendar_rules import settings_days

    current = settings(ctx)
    # The light read path (issue 21): Core tables on a bare connection, no ORM.
    with reading(ctx) as db:
        rows = [
            (r.day, r.kind, r.note, "数据库")
            for r in reads_registers.calendar_overrides(db, year=year)
        ]
    for key, kind in (("extra_holidays", "休息日"), ("extra_workdays", "工作日")):
        values = getattr(current.calendar, key)
        for day in sorted(settings_days(values, key)):
            if (year is None or day.year == year) and all(r[0] != day for r in rows):
                rows.append((day, kind, "", "配置文件"))
    rows.sort(key=lambda r: r[0])
    if as_json:
        render.print_json([{"day": d, "kind": k, "note": n, "origin": o} for d, k, n, o in rows])
        return
    render.table(
        ["日期", "星期", "类型", "说明", "来源"],
        [(d, WEEKDAYS[d.weekday()], k, n, o) for d, k, n, o in rows],
        title="办公室补录的日历",
        caption=f"共 {len(rows)} 天" if rows else "没有补录记录",
    )


@app.command("refresh")
def refresh(ctx: typer.Context) -> None:
    """按当前日历重新推算所有暂定期限（修改配置文件中的补录日期后运行）。"""
    from fylink.services import calendar as calendar_service

    current = settings(ctx)
    with session(ctx, write=True) as db:
        calendar = calendar_service.work_calendar(session=db, settings=current.calendar)
        changed = calendar_service.refresh_deadlines(session=db, calendar=calendar)
    if changed.tasks or changed.suggestions:
        _report_refresh(changed)
    else:
        render.message("没有需要重新推算的期限")
