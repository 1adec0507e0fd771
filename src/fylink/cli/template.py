"""``fylink template``: the Word templates an office may edit."""

from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer

from fylink.cli import render
from fylink.cli.common import new_app

if TYPE_CHECKING:
    from fylink.documents.pdfcheck import RenderCheck

app = new_app("公文模板：导出内置模板供修改；检查自己的模板能否使用。")


@app.command("export")
def export(
    folder: str = typer.Argument(..., help="导出到这个文件夹（不存在时自动创建）"),
    force: bool = typer.Option(False, "--force", help="覆盖文件夹中已有的同名文件"),
) -> None:
    """把内置的 Word 模板（和变量说明 README.md）复制出来，供用 Word/WPS 修改。"""
    from fylink.documents.output import KIND_NAMES, export_templates

    target = Path(folder).expanduser()
    written = export_templates(target, force=force)
    render.message(f"已导出 {len(written)} 个文件到 {target.resolve()}：")
    for path in written:
        kind = KIND_NAMES.get(path.stem)
        render.message(f"  {path.name}" + (f"（{kind}）" if kind else "（模板变量说明）"))
    render.message(
        "修改后在配置文件中写 [documents] templates_dir = "
        f'"{target.resolve()}"，或在命令中加 --template 文件'
    )


@app.command("check")
def check(
    ctx: typer.Context,
    file: str = typer.Argument(..., help="要检查的 .docx 模板"),
    kind: Optional[str] = typer.Option(
        None,
        "--kind",
        "-k",
        help="模板类型：minutes、notice_letter、consult_letter、task_list、quarterly_briefing、bulletin、assessment、party_file、brief（默认按文件名判断）",
    ),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
    render_pdf: bool = typer.Option(
        False,
        "--render",
        help="再用示例数据生成 PDF，按 GB/T 9704 测量版记、红头、页码、字体和标点"
        "（需要 LibreOffice 和 poppler-utils；不符合时退出码 8）",
    ),
) -> None:
    """列出模板用到而 fylink 不提供的变量（有则退出码 3），以及 fylink 提供的变量；
    加 --render 时生成 PDF 并测量版式。"""
    from fylink.documents.contexts import PROVIDED
    from fylink.documents.output import KIND_NAMES, guess_kind, parse_kind
    from fylink.documents.render import check_template
    from fylink.errors import DocumentError, InvalidInputError

    path = Path(file).expanduser()
    if not path.is_file():
        raise DocumentError(f"找不到模板文件：{path}")
    name = parse_kind(kind) if kind else guess_kind(path)
    result = check_template(path, set(PROVIDED[name]))
    measured = None
    if render_pdf and not result.missing:
        measured = _render(ctx, path, name)
    if as_json:
        data: dict[str, object] = {
            "template": str(path),
            "kind": name,
            "ok": not result.missing and not (measured and measured.problems),
            "missing": sorted(result.missing),
            "used": sorted(result.used),
            "unused": sorted(result.unused),
        }
        if measured is not None:
            data["render"] = {
                "pages": measured.pages,
                "fonts": measured.fonts,
                "measured": measured.measured,
                "problems": measured.problems,
            }
        render.print_json(data)
    else:
        render.message(f"模板：{path}（{KIND_NAMES[name]}，{name}）")
        for label, names in (
            ("fylink 不提供的变量", result.missing),
            ("fylink 提供、模板用到的变量", result.used),
            ("fylink 提供、模板未用的变量", result.unused),
        ):
            if names or label.endswith("用到的变量"):
                render.message(f"{label}（{len(names)}）：{'、'.join(sorted(names)) or '无'}")
    if result.missing:
        raise InvalidInputError(
            f"模板 {path.name} 用到了 fylink 不提供的变量：{'、'.join(sorted(result.missing))}"
        )
    if not result.used:
        render.warn(
            f"注意：{path.name} 没有用到任何 fylink 提供的变量，生成的文档将没有数据"
            "（这是已生成的文档而不是模板吗？）"
        )
    if measured is not None:
        if not as_json:
            render.message(f"PDF：{measured.pages}页；字体：{'；'.join(measured.fonts) or '未知'}")
            for problem in measured.problems:
                render.message(f"  不符合：{problem}")
        if measured.problems:
            raise DocumentError(
                f"模板 {path.name} 生成的 PDF 有 {len(measured.problems)} 处不符合 GB/T 9704"
            )
        if not as_json:
            render.message("版式测量通过：版记、红头、页码、字体和标点符合要求")
    if not as_json:
        render.message("检查通过：模板可以使用")


def _render(ctx: typer.Context, path: Path, kind: str) -> "RenderCheck":
    """The template rendered with sample data, as a PDF, measured."""
    from fylink.cli.common import settings
    from fylink.documents import pdfmeasure
    from fylink.documents.output import fonts_from
    from fylink.documents.pdf import find_soffice
    from fylink.documents.pdfcheck import render_check
    from fylink.errors import DocumentError

    if find_soffice() is None:
        raise DocumentError("未找到 LibreOffice（soffice），无法生成 PDF 测量版式")
    if not pdfmeasure.available():
        raise DocumentError("未安装 poppler-utils（pdftotext、pdftocairo），无法测量 PDF")
    return render_check(path, kind, fonts=fonts_from(settings(ctx).documents.fonts))
