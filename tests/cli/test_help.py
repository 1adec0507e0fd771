"""The command tree: every command has Chinese help, and --help stays light."""

import json
import re
import shlex
import subprocess
import sys

import pytest
import typer

from fylink.cli.app import app

HEAVY = ("sqlmodel", "sqlalchemy", "docx", "docxtpl", "openpyxl", "jinja2", "alembic", "matplotlib")


def _walk(command, path=()):
    yield path, command
    if hasattr(command, "list_commands"):
        # Through list_commands/get_command: the root loads its nouns on demand.
        for name in command.list_commands(None):
            yield from _walk(command.get_command(None, name), (*path, name))


def test_the_walk_sees_every_noun():
    names = {path[0] for path, _ in _walk(typer.main.get_command(app)) if len(path) == 2}
    assert {"case", "check", "report", "task", "unit", "db"} <= names


def test_every_command_has_chinese_help():
    root = typer.main.get_command(app)
    missing = []
    for path, command in _walk(root):
        text = command.help or command.short_help or ""
        if not any("\u4e00" <= ch <= "\u9fff" for ch in text):
            missing.append(" ".join(path) or "fylink")
    assert missing == []


def test_every_option_has_help():
    root = typer.main.get_command(app)
    missing = []
    for path, command in _walk(root):
        for param in command.params:
            if param.param_type_name == "option" and not getattr(param, "help", None):
                missing.append(f"{' '.join(path)} {param.name}")
    assert missing == []


def test_help_does_not_import_heavy_libraries():
    code = (
        "import sys, json\n"
        "from fylink.cli.app import app\n"
        "try:\n"
        "    app(['--help'], prog_name='fylink')\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(json.dumps(sorted(m for m in sys.modules)), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "府院联动" in done.stdout
    loaded = json.loads(done.stderr.strip().splitlines()[-1])
    heavy = [m for m in loaded if m.split(".")[0] in HEAVY]
    assert heavy == []


def test_python_dash_m_runs(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "fylink", "--version"], capture_output=True, text=True, check=True
    )
    assert done.stdout.startswith("fylink ")


def _modules_after(args: list[str]) -> list[str]:
    """The modules loaded by a successful command, run in a fresh interpreter."""
    code = (
        "import sys, json\n"
        "from fylink.cli.app import app\n"
        "try:\n"
        f"    app({args!r}, prog_name='fylink')\n"
        "except SystemExit as exit:\n"
        "    code = exit.code\n"
        "print(json.dumps([code, sorted(m for m in sys.modules)]), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    exit_code, modules = json.loads(done.stderr.strip().splitlines()[-1])
    assert exit_code in (0, None), done.stderr
    return modules


def test_a_command_loads_only_its_own_noun(initialized):
    loaded = _modules_after(["case", "list"])
    assert "fylink.cli.case" in loaded
    # The presentation helpers (tables, JSON views, formatting) serve every noun.
    helpers = {"fylink.cli.render", "fylink.cli.views", "fylink.cli.formatting"}
    cli_modules = {
        m for m in loaded if m.startswith("fylink.cli.") and m.count(".") == 2 and m not in helpers
    }
    assert cli_modules == {
        "fylink.cli.app",
        "fylink.cli.case",
        "fylink.cli.chinese",
        "fylink.cli.common",
        "fylink.cli.doctor",
        "fylink.cli.log",
        "fylink.cli.setup",
        "fylink.cli.transfer",
    }


@pytest.mark.parametrize(
    "args",
    [
        ["report", "quarterly", "--json"],
        ["report", "annual", "--unit", "县财政局", "--json"],
        ["case", "list", "--unit", "县财政局", "--year", "2025"],
    ],
)
def test_reading_commands_work_without_the_orm(initialized, args):
    loaded = _modules_after(args)
    assert "fylink.tables" in loaded
    orm = [
        m for m in loaded if m in ("fylink.models", "sqlalchemy.orm") or m.startswith("sqlmodel")
    ]
    assert orm == []


def test_a_mistyped_noun_gets_a_suggestion(cli):
    result = cli("cas", "list")
    assert result.exit_code == 2
    assert result.stderr.startswith("错误：没有这个命令“cas”，是否指：case\n")


# --- help in Chinese, with examples --------------------------------------------------

_ASCII_WORD = re.compile(r"[A-Za-z][A-Za-z_]+")


def _own_words(path, command, ctx, examples: tuple[str, ...]) -> set[str]:
    """The ASCII words fylink itself wrote for a command: its name and help, its options,
    the examples."""
    texts = [*path, command.help or "", *examples]
    for param in command.get_params(ctx):
        texts += [*param.opts, *param.secondary_opts]
        if param.name != "help":  # the help option's text is Typer's, not fylink's
            texts.append(getattr(param, "help", None) or "")
    if hasattr(command, "list_commands"):
        for name in command.list_commands(None):
            sub = command.get_command(None, name)
            texts += [name, sub.help or "", sub.short_help or ""]
    return {word for text in texts for word in _ASCII_WORD.findall(text)}


def test_no_english_from_typer_in_any_help():
    """Every word of every --help is Chinese or fylink's own (an option, a file type…):
    no "Usage", "Options", "Show this message and exit.", <str>, [default: …]."""
    from fylink.cli.examples import EXAMPLES
    from fylink.cli.reference import help_text, walk

    foreign = {}
    for path, command, ctx in walk():
        words = set(_ASCII_WORD.findall(help_text(command, ctx)))
        own = _own_words(path, command, ctx, EXAMPLES.get(" ".join(path), ()))
        extra = words - own - {"fylink"}
        if extra:
            foreign[" ".join(path) or "fylink"] = sorted(extra)
    assert foreign == {}


def test_help_is_laid_out_in_chinese():
    from fylink.cli.reference import help_text, walk

    shown = {" ".join(path): help_text(command, ctx) for path, command, ctx in walk()}
    assert shown["task add"].startswith("用法：fylink task add [选项] 内容\n")
    assert "\n参数：\n  内容  任务内容［必填］\n" in shown["task add"]
    assert (
        "  -c, --co 单位      配合单位；可重复，各成员单位即牵头单位以外的全部\n"
        in shown["task add"]
    )
    assert (
        "  -s, --source 文本  来源：双清单、督办、司法建议整改、其他［默认：双清单］\n"
        in (shown["task add"])
    )
    assert "  -h, --help         显示本帮助并退出\n" in shown["task add"]
    assert "\n示例：\n  fylink task add " in shown["task add"]
    assert shown[""].startswith("用法：fylink [选项] 命令 [参数]…\n")
    assert "\n命令：\n  init " in shown[""]


def _leaves():
    from fylink.cli.reference import walk

    # A group that runs by itself too (``fylink assess --year 2025``) is a command of its own.
    return [
        " ".join(path)
        for path, command, _ in walk()
        if not hasattr(command, "list_commands")
        or getattr(command, "invoke_without_command", False)
    ]


def test_every_command_has_an_example():
    from fylink.cli.examples import EXAMPLES

    leaves = _leaves()
    assert [path for path in leaves if not EXAMPLES.get(path)] == []
    assert sorted(set(EXAMPLES) - set(leaves)) == []  # no example of a command that is gone


def _parse(args: list[str]) -> None:
    """Parse a command line down to its command, as fylink would, without running it."""
    from fylink.cli.app import app

    command = typer.main.get_command(app)
    ctx = command.make_context("fylink", args)
    while hasattr(command, "resolve_command"):
        if not [*ctx._protected_args, *ctx.args] and getattr(
            command, "invoke_without_command", False
        ):
            break
        name, command, rest = command.resolve_command(ctx, [*ctx._protected_args, *ctx.args])
        ctx = command.make_context(name, rest, parent=ctx)


def test_every_example_is_a_valid_command_line():
    from fylink.cli.examples import EXAMPLES

    for path, examples in EXAMPLES.items():
        for example in examples:
            for part in re.split(r"\s(?:&&|\|)\s", example):
                words = shlex.split(part)
                if words[0] != "fylink":
                    continue
                _parse(words[1:])
                assert " ".join(w for w in words[1:] if not w.startswith("-"))  # a command
            assert path in example, (path, example)
