"""What the document commands (meeting minutes, notice letter, task export) share.

The options are declared here once; the writing goes through ``fylink.documents.output`` and
``render.render_docx``. Kept light: the document libraries load inside the functions.
"""

from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

import typer

from fylink.cli import render

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlmodel import Session

    from fylink.config import Settings
    from fylink.documents.output import TemplateChoice
    from fylink.services.anchors import Head


def output_option(example: str) -> Any:
    return typer.Option(
        None,
        "--output",
        "-o",
        help=f"输出的 Word 文件（.docx）或文件夹；默认在当前文件夹生成“{example}”",
    )


def template_option() -> Any:
    return typer.Option(
        None,
        "--template",
        help="用这个 .docx 模板（默认：配置项 documents.templates_dir 中的同名模板，或内置模板）",
    )


def pdf_option() -> Any:
    return typer.Option(
        False, "--pdf", help="同时在 Word 文件旁生成 PDF（需要 LibreOffice 的 soffice）"
    )


def force_option() -> Any:
    return typer.Option(False, "--force", help="覆盖已存在的同名文件")


def choose_template(kind: str, override: Optional[str], current: "Settings") -> "TemplateChoice":
    from fylink.documents.output import resolve_template

    return resolve_template(kind, override=override, settings=current.documents)


def anchor_head(ctx: typer.Context) -> "Head":
    """The journal's head now, to print on a document or write beside a backup."""
    from fylink.cli.common import session
    from fylink.services import anchors

    with session(ctx, write=False) as db:
        return anchors.head(db)


def record_anchor(
    ctx: typer.Context,
    head: "Head",
    *,
    kind: str,
    label: str,
    issued: "Callable[[Session], None] | None" = None,
) -> bool:
    """Record ``head`` as the anchor of what was just issued (its own short transaction,
    after the file is written: a failed document leaves no anchor). A database this
    login may not write (a read-only file, a PostgreSQL login without the grant) keeps
    none: the printed anchor is then the only one. ``issued`` records, in the same
    transaction, what the document printed (a meeting's 期号). True when recorded."""
    from fylink.cli.common import session, settings
    from fylink.db import read_only_uri, sqlite_path
    from fylink.errors import DatabaseError
    from fylink.services import anchors

    current = settings(ctx)
    path = sqlite_path(current.db_url)
    if path is not None and read_only_uri(path) is not None:
        return False
    try:
        with session(ctx, write=True) as db:
            anchors.record(db, kind=kind, label=label, key=current.journal_key(), at=head)
            if issued is not None:
                issued(db)
    except DatabaseError:
        return False
    return True


def write_document(
    *,
    kind: str,
    context: dict[str, Any],
    out: Path,
    choice: "TemplateChoice",
    current: "Settings",
    title: str,
    author: str,
    pdf: bool,
    force: bool,
    ctx: typer.Context | None = None,
    issued: "Callable[[Session], None] | None" = None,
) -> None:
    """Render, say where it went, then the PDF if asked (its failure leaves the .docx).

    With ``ctx`` the document is an issued one (纪要, 督办通知): it carries the journal's
    anchor, recorded in the database too."""
    from fylink.documents import output
    from fylink.documents.render import render_docx

    output.ensure_writable(out, template=choice.path, pdf=pdf, force=force)
    anchor = anchor_head(ctx) if ctx is not None else None
    render_docx(
        choice.path,
        context,
        out,
        fonts=output.fonts_from(current.documents.fonts),
        title=title,
        author=author,
        anchor=anchor.printed if anchor else None,
    )
    if ctx is not None and anchor is not None:
        record_anchor(ctx, anchor, kind=kind, label=out.name, issued=issued)
    render.message(f"已生成{output.KIND_NAMES[kind]}：{out.resolve()}")
    if choice.origin:
        render.message(f"  模板：{choice.path}（{choice.origin}）")
    if pdf:
        written = output.write_pdf(out, output.fonts_from(current.documents.fonts))
        report_pdf(written)


def report_pdf(written: Any) -> None:
    """已生成 PDF, the fonts that stood in, and any warning (on stderr)."""
    from fylink.documents.fonts import summary

    render.message(f"已生成 PDF：{written.path.resolve()}")
    if written.fonts:
        render.message(f"  字体：{summary(written.fonts)}")
    for line in written.warnings:
        render.warn(line)
