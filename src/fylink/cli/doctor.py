"""``fylink doctor``: what this machine has, and lacks, for the documents."""

import typer

from fylink.cli import render
from fylink.cli.common import settings


def doctor(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """检查生成公文所需的程序、字体和配置：LibreOffice、poppler-utils、公文字体及其替代字体、
    图表字体、发文机关代字等；有缺少的项目时退出码为 8。"""
    from fylink.documents.doctor import MISSING, diagnose
    from fylink.errors import DocumentError

    findings = diagnose(settings(ctx))
    missing = [f.item for f in findings if f.status == MISSING]
    if as_json:
        render.print_json(
            {"ok": not missing, "findings": [finding.as_dict() for finding in findings]}
        )
    else:
        render.table(
            ["项目", "状态", "说明", "用于"],
            [[f.item, f.status, f.detail, f.needed_for] for f in findings],
            title="公文生成环境",
        )
    if missing:
        raise DocumentError(f"缺少 {len(missing)} 项：{'、'.join(missing)}")
    if not as_json:
        render.message("检查通过：可以生成 Word 和 PDF 公文")


def register(app: typer.Typer) -> None:
    app.command("doctor")(doctor)
