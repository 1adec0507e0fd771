"""``fylink db``: where the database is and how its schema is kept current."""

import typer

from fylink import render
from fylink.cli.common import new_app, settings

app = new_app("数据库：位置、结构升级。")


@app.command("path")
def path(ctx: typer.Context) -> None:
    """显示正在使用的数据库（文件路径或地址）。"""
    from fylink.db import sqlite_path

    url = settings(ctx).db_url
    file = sqlite_path(url)
    render.message(str(file) if file is not None else _hide_password(url))


def _hide_password(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


@app.command("upgrade")
def upgrade(ctx: typer.Context) -> None:
    """把数据库结构升级到当前版本（首次使用时创建）。升级前请先备份。"""
    from fylink import db

    before, after = db.upgrade(settings(ctx).db_url)
    if before == after:
        render.message(f"数据库结构已是最新版本（{after}）")
    else:
        render.message(f"数据库结构已升级：{before or '空'} → {after}")
