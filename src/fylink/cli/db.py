"""``fylink db``: where the database is, its schema, checks, backups and roles."""

from pathlib import Path

import typer

from fylink.cli import render
from fylink.cli.common import new_app, settings

app = new_app("数据库：位置、结构升级、完整性检查、在线备份、PostgreSQL 角色。")


@app.command("path")
def path(ctx: typer.Context) -> None:
    """显示正在使用的数据库（文件路径或地址）。"""
    from fylink.db import display

    render.message(display(settings(ctx).db_url))


@app.command("upgrade")
def upgrade(ctx: typer.Context) -> None:
    """把数据库结构升级到当前版本（首次使用时创建），并把旧记录的自编号和建议文号统一为
    〔〕写法；同一编号登记了多次时不升级，列出重复的编号。升级前请先备份。"""
    from fylink import db
    from fylink.cli.common import session
    from fylink.services import database

    url = settings(ctx).db_url
    database.refuse_colliding_numbers(database.stored_number_collisions(url))
    before, after = db.upgrade(url)
    if before == after:
        render.message(f"数据库结构已是最新版本（{after}）")
    else:
        render.message(f"数据库结构已升级：{before or '空'} → {after}")
    with session(ctx, write=True) as writer:
        renumbered = database.normalise_numbers(session=writer)
    if renumbered:
        sample = "、".join(f"{r.old} → {r.new}" for r in renumbered[:3])
        more = " 等" if len(renumbered) > 3 else ""
        render.message(f"已统一 {len(renumbered)} 个编号的写法：{sample}{more}（记入变更日志）")


@app.command("check")
def check(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """检查数据库：存储完整性、外键、结构版本和变更日志哈希链。发现问题时退出码为 11。"""
    from fylink.errors import IntegrityFailure
    from fylink.services import database

    current = settings(ctx)
    report = database.check_database(url=current.db_url, key=current.journal_key())
    if as_json:
        render.print_json(
            {
                "ok": report.ok,
                "engine": report.engine,
                "checks": [{"name": c.name, "ok": c.ok, "detail": c.detail} for c in report.checks],
            }
        )
    else:
        render.table(
            ["检查项", "结果", "说明"],
            [(c.name, "通过" if c.ok else "未通过", c.detail) for c in report.checks],
            title="数据库检查",
        )
    failure = report.first_failure
    if failure is not None:
        raise IntegrityFailure(f"数据库检查未通过：{failure.name}——{failure.detail}")


@app.command("backup")
def backup(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="备份文件（不能已存在）"),
) -> None:
    """在线备份：他人照常使用时，取得某一时刻完整一致的副本（只有本人可读）。

    SQLite 用其备份接口；PostgreSQL 调用 pg_dump（自定义格式，用 pg_restore 恢复）。
    """
    from fylink.cli.docs import anchor_head, record_anchor
    from fylink.services import anchors, database

    dest = database.check_backup_target(file)
    current = settings(ctx)
    key = current.journal_key()
    head = anchor_head(ctx)
    text = anchors.sidecar_text(
        head, label=dest.name, mac_hex=anchors.mac(key, head) if key else None
    )
    result = database.backup_database(url=current.db_url, dest=dest, anchor=text)
    record_anchor(ctx, head, kind="backup", label=dest.name)
    size = (
        f"{result.size / 1024 / 1024:.1f} MB"
        if result.size >= 1024 * 1024
        else (f"{result.size / 1024:.0f} KB")
    )
    render.message(f"已备份到 {result.path}（{size}，用时 {result.seconds:.1f} 秒）")
    render.message(
        f"变更日志锚点：{head.printed}，已写入 {database.anchor_file(result.path).name}"
        "（请与备份分开保存；核验：fylink log --verify --anchor 该文件）"
    )
    if result.engine == "sqlite":
        render.message(
            "恢复：停止使用后，把该文件复制为数据库文件即可；"
            f"核对：fylink --db {result.path} db check"
        )
    else:
        render.message(
            f"恢复：在新建的空数据库上运行 pg_restore --no-owner -d 新数据库 {result.path}"
        )


@app.command("roles")
def roles() -> None:
    """打印 PostgreSQL 的角色与行级安全 SQL（办公室可改全部，联络员只能为本单位事项记进展）。"""
    from fylink.services.roles import roles_sql

    typer.echo(roles_sql(), nl=False)


# --- fylink db copy (issue 21) --------------------------------------------------------------


def _database_url(where: str, what: str) -> str:
    """A database given as a URL, or as a SQLite file's path (as --db takes it)."""
    from fylink.errors import InvalidInputError

    if not where.strip():
        raise InvalidInputError(f"{what}不能为空：请给出 SQLite 文件路径或 PostgreSQL 地址")
    if "\x00" in where:
        raise InvalidInputError(f"{what}含有空字符：请检查输入")
    if "://" in where:
        return where
    return "sqlite:///" + str(Path(where).expanduser().resolve())


@app.command("copy")
def copy(
    source: str = typer.Argument(..., help="源数据库：SQLite 文件路径或 PostgreSQL 地址"),
    target: str = typer.Argument(
        ...,
        help="目标数据库（须为空）：新的 SQLite 文件路径，或已建好的空 PostgreSQL 数据库地址",
    ),
) -> None:
    """把整个办公室的数据复制到另一个数据库，可跨 SQLite 与 PostgreSQL（两个方向均可）。

    每张表的每条记录原样复制（编号不变），变更日志哈希链保持完整；
    目标为 PostgreSQL 时同步设置编号序列。目标数据库须为空，否则拒绝复制、不作任何改动。
    复制在源数据库的同一时刻快照上进行，目标一次写入：中途失败则目标保持为空。
    """
    from fylink.cli.transfer import progress_bar
    from fylink.db import display
    from fylink.services import copying

    src, dst = _database_url(source, "源数据库"), _database_url(target, "目标数据库")
    with progress_bar("复制", show=True) as bar:
        result = copying.copy_database(source=src, target=dst, progress=bar)
    cases = result.counts.get("cases", 0)
    journal = result.counts.get("journal", 0)
    render.message(
        f"已复制：{display(src)} → {display(dst)}，共 {result.total} 条记录"
        f"（{len(result.counts)} 张表；案件 {cases} 件，变更日志 {journal} 条）"
    )
    if result.journal_head is not None:
        seq, head = result.journal_head
        render.message(f"变更日志最新记录与源数据库一致：第 {seq} 条，哈希 {head}")
    render.message(f"核验副本：fylink --db {target} log --verify")
