"""``fylink template``: the Word templates an office may edit."""

from pathlib import Path
from typing import Optional

import typer

from fylink.cli import render
from fylink.cli.common import new_app

app = new_app("公文模板：导出内置模板供修改；检查自己的模板能否使用。")


@app.command("export")
def export(
    folder: str = typer.Argument(..., help="导出到这个文件夹（不存在时自动创建）"),
    force: bool = typer.Option(False, "--force", help="覆盖文件夹中已有的同名文件"),
) -> None:
    """把内置的四个 Word 模板（和变量说明 README.md）复制出来，供用 Word/WPS 修改。"""
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
    file: str = typer.Argument(..., help="要检查的 .docx 模板"),
    kind: Optional[str] = typer.Option(
        None,
        "--kind",
        "-k",
        help="模板类型：minutes、notice_letter、task_list、quarterly_briefing、bulletin（默认按文件名判断）",
    ),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """列出模板用到而 fylink 不提供的变量（有则退出码 3），以及 fylink 提供的变量。"""
    from fylink.documents.contexts import PROVIDED
    from fylink.documents.output import KIND_NAMES, guess_kind, parse_kind
    from fylink.documents.render import check_template
    from fylink.errors import DocumentError, InvalidInputError

    path = Path(file).expanduser()
    if not path.is_file():
        raise DocumentError(f"找不到模板文件：{path}")
    name = parse_kind(kind) if kind else guess_kind(path)
    result = check_template(path, set(PROVIDED[name]))
    if as_json:
        render.print_json(
            {
                "template": str(path),
                "kind": name,
                "ok": not result.missing,
                "missing": sorted(result.missing),
                "used": sorted(result.used),
                "unused": sorted(result.unused),
            }
        )
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
    if not as_json:
        render.message("检查通过：模板可以使用")
