"""The command reference and the exit-code table of the manual, written from the code.

docs/cli.md is every command's ``--help`` (with its 示例); docs/exit-codes.md is
``errors.EXIT_CODES``. Both are generated, never edited by hand::

    python -m fylink.cli.reference           # rewrite docs/cli.md and docs/exit-codes.md
    python -m fylink.cli.reference --check   # exit 1 when a committed file is out of date

tests/test_docs.py fails when the committed files differ from what this writes.
"""

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import typer

#: Help is laid out for this many columns, whatever the terminal, so the files are stable.
WIDTH = 100

REGENERATE = "python -m fylink.cli.reference"

_NOTE = f"<!-- 本文件由 `{REGENERATE}` 根据命令的帮助生成，请勿手改。 -->"


def walk(
    command: Any = None, parent: Any = None, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], Any, Any]]:
    """Every command below ``fylink`` (the root first) with its path and a help context."""
    if command is None:
        from fylink.cli.app import app

        command = typer.main.get_command(app)
    settings = {} if parent is not None else dict(command.context_settings)
    ctx = command.context_class(
        command,
        info_name=path[-1] if path else "fylink",
        parent=parent,
        terminal_width=WIDTH,
        max_content_width=WIDTH,
        **settings,
    )
    yield path, command, ctx
    if hasattr(command, "list_commands"):
        for name in command.list_commands(ctx):
            yield from walk(command.get_command(ctx, name), ctx, (*path, name))


def help_text(command: Any, ctx: Any) -> str:
    """What ``fylink … --help`` prints, at WIDTH columns."""
    return str(command.get_help(ctx))


def _anchor(path: tuple[str, ...]) -> str:
    return "-".join(("fylink", *path))


def cli_markdown() -> str:
    """docs/cli.md: the help of every command, noun by noun."""
    entries = list(walk())
    lines = [
        "# 命令参考",
        "",
        _NOTE,
        "",
        "每个命令的 `--help`（或 `-h`）原样列在这里，含“示例”。退出码见 [退出码](exit-codes.md)。",
        "",
    ]
    for path, _command, _ctx in entries:
        if len(path) == 1:
            lines.append(f"- [fylink {path[0]}](#{_anchor(path)})")
    for path, command, ctx in entries:
        title = " ".join(("fylink", *path))
        lines += [
            "",
            f"{'#' * (2 if len(path) <= 1 else 3)} {title}",
            "",
            "```text",
            help_text(command, ctx),
            "```",
        ]
    return "\n".join(lines) + "\n"


def exit_codes_markdown() -> str:
    """docs/exit-codes.md: the one table of exit codes."""
    from fylink.errors import EXIT_CODES

    lines = [
        "# 退出码",
        "",
        f"<!-- 本文件由 `{REGENERATE}` 根据 src/fylink/errors.py 的 EXIT_CODES 生成，"
        "请勿手改。 -->",
        "",
        "每条命令结束时的退出码（`echo $?`）说明结果，脚本和 cron 可以据此判断。"
        "出错时标准错误输出上只有一行 `错误：……`（用法错误另有一行用法提示），"
        "数据库保持原样：每条命令是一个事务，要么全部写入，要么都不写。",
        "",
        "| 退出码 | 含义 | 常见情形 |",
        "|---:|---|---|",
    ]
    lines += [f"| {code.code} | {code.meaning} | {code.cases} |" for code in EXIT_CODES]
    return "\n".join(lines) + "\n"


#: The generated files, relative to the project folder.
FILES = {"docs/cli.md": cli_markdown, "docs/exit-codes.md": exit_codes_markdown}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    check = "--check" in args
    root = Path.cwd()
    stale = []
    for name, render in FILES.items():
        path = root / name
        text = render()
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        if check:
            stale.append(name)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            typer.echo(f"已更新：{name}")
    if stale:
        typer.echo(f"已过期：{'、'.join(stale)}；请运行 {REGENERATE}", err=True)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
