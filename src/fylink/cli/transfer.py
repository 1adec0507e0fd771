"""What every ``… import`` / ``… export`` command shares: options, progress, the report.

A command module defines its own Typer command (its options and help) and
hands a function that runs the service to :func:`run_import`; the options,
the progress bar on stderr, the report, the error copy and the exit codes
are the same for cases, units, and later tasks and suggestions.
"""

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from fylink.cli import render
from fylink.cli.common import session
from fylink.errors import ConflictError, InvalidInputError

if TYPE_CHECKING:
    from sqlmodel import Session

    from fylink.transfer.engine import ImportOptions, ImportReport, Progress

#: Show a progress bar for files larger than this (bytes), on a terminal only.
PROGRESS_MIN_BYTES = 256 * 1024
#: Show a progress bar for exports of more records than this, on a terminal only.
PROGRESS_MIN_RECORDS = 5000
#: Bad rows listed on stderr; the error copy (--errors) has them all.
ERRORS_SHOWN = 50

# Option declarations shared by the import commands (same names, same help).
MAPPING_HELP = "列对应文件（.yaml 或 .toml），每行“原表头: 本系统表头”，用于表头不同的表格"
MAP_HELP = "单个列对应：原表头=本系统表头，如 --map 案件编号=案号；可重复"
ERRORS_HELP = "把有误的行标注在一份输入文件的副本中（加“错误”列），写到此文件（.xlsx 或 .csv）"
SKIP_HELP = "跳过有误的行，只导入无误的行（默认：有一行有误就什么都不导入）"
UPDATE_HELP = "已登记但内容不同的记录按表格更新（空白单元格不修改原内容）"
DRY_RUN_HELP = "只检查，不写入数据库"
SHEET_HELP = "要导入的工作表名称（默认第一个工作表）"


def import_options(
    *,
    mapping_file: Path | None,
    maps: list[str],
    skip_invalid: bool,
    update: bool,
    dry_run: bool,
    sheet: str | None,
) -> "ImportOptions":
    from fylink.transfer.engine import ImportOptions, load_mapping, parse_map_options

    mapping = load_mapping(mapping_file) if mapping_file else {}
    mapping.update(parse_map_options(maps))
    return ImportOptions(
        update=update, skip_invalid=skip_invalid, dry_run=dry_run, sheet=sheet, mapping=mapping
    )


@contextmanager
def progress_bar(label: str, *, show: bool) -> Iterator[Callable[[int, int], None] | None]:
    """A rich progress bar on stderr (only on a terminal); yields progress(done, total)."""
    if not show or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TimeElapsedColumn

    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        TaskProgressColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total or None)

        yield update


def run_import(
    ctx: typer.Context,
    *,
    path: Path,
    options: "ImportOptions",
    errors_file: Path | None,
    as_json: bool,
    run: "Callable[[Session, ImportOptions, Progress | None], ImportReport]",
) -> None:
    """Run one import in one transaction, print its report, map its outcome to an exit code."""
    from fylink.transfer.engine import DryRunFinished, ImportRejected

    if errors_file is not None and errors_file.resolve() == path.resolve():
        raise InvalidInputError("--errors 文件不能是要导入的文件本身：请另给一个文件名")
    if errors_file is not None:
        from fylink.outputs import check_output

        try:
            check_output(errors_file, force=False, what="--errors 文件")
        except ConflictError:
            raise ConflictError(
                f"--errors 文件 {errors_file} 已存在：请另给一个文件名，不会覆盖"
            ) from None
    show = path.exists() and path.stat().st_size >= PROGRESS_MIN_BYTES
    rejected: ImportRejected | None = None
    try:
        with (
            progress_bar(f"导入 {path.name}", show=show) as progress,
            session(ctx, write=True) as db,
        ):
            report = run(db, options, progress)
    except ImportRejected as exc:
        rejected, report = exc, exc.report
    except DryRunFinished as exc:
        report = exc.report
    if errors_file is not None and report.errors:
        from fylink.transfer.engine import write_error_copy

        marked = write_error_copy(
            source=path, target=errors_file, report=report, sheet=options.sheet
        )
        render.warn(f"已把 {marked} 行的错误写入 {errors_file}（“错误”列）")
    if as_json:
        render.print_json(report.as_dict())
    else:
        _print_report(report, options)
    if not as_json or rejected is not None:
        _print_errors(report, errors_file)
    if rejected is not None:
        raise rejected


def _print_report(report: "ImportReport", options: "ImportOptions") -> None:
    from fylink.transfer.sheets import encoding_name

    where = [f"工作表“{report.sheet}”"] if report.sheet else []
    if report.encoding:
        where.append(f"{encoding_name(report.encoding)} 编码")
    where.append(f"第{report.header_row}行为表头")
    render.message(f"读取 {report.file}（{'，'.join(where)}）：{report.rows} 行")
    can = "" if report.written else "可"
    counts = (
        f"{can}新增 {report.created}，{can}更新 {report.updated}，未变 {report.unchanged}"
        + (f"，有差异未更新 {report.differing}" if report.differing else "")
        + (f"，有误 {report.invalid}" if report.invalid else "")
    )
    render.message(f"  {counts}" + ("" if report.written else "（未写入）"))
    if report.differing:
        shown = "、".join(report.differing_keys)
        more = "等" if report.differing > len(report.differing_keys) else ""
        render.message(f"  已登记但内容不同（未修改，加 --update 更新）：{shown}{more}")
    if report.ignored_columns:
        render.message(f"  未识别而忽略的列：{'、'.join(report.ignored_columns)}")
    for note in report.notes:
        render.message(f"  {note}")
    if options.dry_run and not report.errors:
        render.message("检查完毕（--dry-run）：没有写入任何数据")
    elif report.written and report.invalid:
        render.message(f"已导入无误的行；跳过有误的 {report.invalid} 行")


def _print_errors(report: "ImportReport", errors_file: Path | None) -> None:
    for error in report.errors[:ERRORS_SHOWN]:
        render.warn(str(error))
    hidden = len(report.errors) - ERRORS_SHOWN
    if hidden > 0:
        hint = "" if errors_file else "（加 --errors 文件.xlsx 得到全部）"
        render.warn(f"……另有 {hidden} 处错误未列出{hint}")


def check_target(path: Path, *, force: bool) -> None:
    """Refuse to overwrite a file unless --force, and anything that is no regular file."""
    from fylink.outputs import check_output

    check_output(path, force=force)


def warn_unmasked() -> None:
    render.warn("警告：导出文件含未脱敏的身份证号码等个人信息，请妥善保管，不要外发或上传到互联网")


def report_export(count: int, noun: str, path: Path) -> None:
    render.message(f"已导出 {count} 条{noun}到 {path}")


def export_progress(total: int) -> Any:
    return progress_bar("导出", show=total >= PROGRESS_MIN_RECORDS)
