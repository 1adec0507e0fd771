"""Typer's and Click's own words in Chinese: the help layout and the usage errors.

What Typer prints by itself — "Usage:", "Options", "Show this message and exit.",
"[default: …]", ``<str>``, "Error: No such option: --x" — goes through the classes
here, which every fylink command and group is built from (``FylinkTyper`` gives
them to each ``@app.command()``):

* ``ChineseContext`` lays help out with ``ChineseFormatter`` ("用法：", "选项：");
* the command classes write their own usage line, parameter rows (Chinese
  metavars such as 日期、单位、文件, "［默认：…］", "［必填］"), the help option's
  text and the "示例" section (from ``fylink.cli.examples``);
* usage errors become ``UsageFailure``: one "错误：…" line, then the usage line,
  exit code 2. Click's own errors (an unknown option, a missing or bad value) are
  turned into one by ``chinese_usage_error`` from their type and attributes —
  never by rewriting English text.

Kept light like the rest of cli/: nothing heavy is imported here.
"""

import re
import sys
import unicodedata
from collections.abc import Sequence
from difflib import get_close_matches
from enum import Enum
from pathlib import Path
from typing import IO, Any

import typer
from typer.core import TyperCommand, TyperGroup

# Typer bundles its own copy of Click: reach its modules through Typer's public names.
_click_errors = sys.modules[typer.BadParameter.__module__]
UsageError: type[Exception] = _click_errors.UsageError
_HelpFormatter: Any = typer.Context.formatter_class

#: How a parameter's value is named in help and errors, by parameter name: the office's
#: words instead of a Python type. Parameters not listed are named by their type.
VALUE_NAMES: dict[str, str] = {
    # arguments
    "case_no": "案号",
    "day": "日期",
    "doc_no": "文号",
    "file": "文件",
    "folder": "文件夹",
    "meeting": "会议",
    "name": "名称",
    "note": "说明",
    "notice": "通知",
    "ref": "文号",
    "rule": "期限",
    "task": "任务",
    "text": "内容",
    # options
    "adopted": "是/否",
    "by": "姓名",
    "case": "案号",
    "chair": "姓名",
    "claimed": "金额",
    "closed": "日期",
    "co": "单位",
    "db_target": "数据库",
    "due": "时限",
    "due_from": "日期",
    "due_to": "日期",
    "email": "邮箱",
    "encoding": "编码",
    "explain": "指标",
    "filed": "日期",
    "head": "是/否",
    "heard": "是/否",
    "heard_on": "日期",
    "held": "日期",
    "issued": "日期",
    "lead": "单位",
    "leader": "姓名",
    "liaison": "姓名",
    "maps": "原表头=表头",
    "member": "是/否",
    "on": "日期",
    "party": "当事人",
    "person": "姓名",
    "phone": "电话",
    "received": "日期",
    "recovered": "金额",
    "region": "地区",
    "resolved": "是/否",
    "since": "日期",
    "start": "日期",
    "suggestion": "文号",
    "unit": "单位",
    "until": "日期",
    "year": "年份",
    "quarter": "季度",
}

#: Names of values by type, for parameters VALUE_NAMES does not list.
_TYPE_NAMES: dict[type, str] = {str: "文本", int: "数字", float: "数字", Path: "文件"}


def value_name(param: Any) -> str:
    """The Chinese name of what a parameter takes: its metavar, or from VALUE_NAMES."""
    if param.metavar:
        return str(param.metavar)
    if param.name in VALUE_NAMES:
        return VALUE_NAMES[param.name]
    annotation = getattr(getattr(param, "type_descriptor", None), "annotation", str)
    element = getattr(annotation, "__args__", None)
    if element:  # list[str] and the like
        annotation = element[0]
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return "|".join(str(member.value) for member in annotation)
    for kind, name in _TYPE_NAMES.items():
        if isinstance(annotation, type) and issubclass(annotation, kind):
            return name
    return "值"


def option_names(param: Any) -> str:
    """``--outcome（-o）``: the long name first, the short ones after it."""
    names = sorted(param.opts, key=lambda name: (not name.startswith("--"), name))
    if not names:
        return value_name(param)
    return names[0] + (f"（{'、'.join(names[1:])}）" if len(names) > 1 else "")


def _param_hint(param: Any) -> str:
    if param.param_type_name == "argument":
        return f"参数 {value_name(param)}"
    return f"选项 {option_names(param)}"


def _usage_piece(param: Any) -> str:
    name = value_name(param)
    if param.nargs != 1:
        name += "…"
    return name if param.required else f"[{name}]"


def _default_text(param: Any, ctx: Any) -> str:
    if isinstance(param.show_default, str):
        return param.show_default
    if not (param.show_default or ctx.show_default):
        return ""
    resilient = ctx.resilient_parsing
    ctx.resilient_parsing = True  # no conversion of the default while writing help
    try:
        value = param.get_default(ctx, call=False)
    finally:
        ctx.resilient_parsing = resilient
    if callable(value) or value is None or value is False or value in ((), []):
        return ""
    if getattr(param, "is_bool_flag", False) and param.secondary_opts:
        # the whole option as typed ("--member"): a bare "member" reads as English prose
        return (param.opts if value else param.secondary_opts)[0]
    if value is True:
        return ""
    if isinstance(value, (list, tuple)):
        return "、".join(str(item) for item in value)
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def _range_text(param: Any) -> str:
    low, high = getattr(param, "min", None), getattr(param, "max", None)
    if getattr(param, "count", False) or (low is None and high is None):
        return ""
    if high is None:
        return f"不小于 {low}"
    if low is None:
        return f"不大于 {high}"
    return f"{low} 至 {high}"


def help_record(param: Any, ctx: Any) -> tuple[str, str] | None:
    """One row of the 参数/选项 list: the names with what they take, and the help."""
    if param.hidden:
        return None
    if param.param_type_name == "argument":
        names = value_name(param)
    else:
        taker = "" if param.is_flag or param.count else f" {value_name(param)}"

        def written(opts: Sequence[str]) -> str:
            ordered = sorted(opts, key=lambda name: len(name) - len(name.lstrip("-")))
            return ", ".join(ordered) + taker

        names = written(param.opts)
        if param.secondary_opts:
            names += " / " + written(param.secondary_opts)
    default = _default_text(param, ctx)
    extra = [
        text
        for text in (
            f"默认：{default}" if default else "",
            _range_text(param),
            "必填" if param.required else "",
        )
        if text
    ]
    text = param.help or ""
    if extra:
        text = f"{text}［{'；'.join(extra)}］" if text else f"［{'；'.join(extra)}］"
    return names, text


def command_path(ctx: Any) -> str:
    """``case add`` for ``fylink case add``: the command's path below the root."""
    names = []
    while ctx.parent is not None:
        names.append(ctx.info_name)
        ctx = ctx.parent
    return " ".join(reversed(names))


def display_width(text: str) -> int:
    """Columns ``text`` takes on a terminal: two for each Chinese character."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


# A run of ASCII that must stay whole (a word, an option, a number, a path), or one
# space, or one other character (a Chinese character may end a line anywhere).
_TOKEN = re.compile(r"[!-~]+|\s|.")
# Punctuation that never starts a line, and that never ends one.
_NO_LINE_START = set("，。、；：！？）》」』”’…］")
_NO_LINE_END = set("（《「『“‘［")


def _join_lines(lines: Sequence[str]) -> str:
    """The lines of one paragraph as one: a space only between two ASCII words."""
    text = ""
    for line in (line.strip() for line in lines):
        if text and line and text[-1].isascii() and line[0].isascii():
            text += " "
        text += line
    return text


def wrap(text: str, width: int) -> list[str]:
    """``text`` cut into lines of at most ``width`` columns (Chinese counts double)."""
    lines: list[str] = []
    line = ""
    for token in _TOKEN.findall(text):
        if (
            line.strip()
            and display_width(line + token) > width
            and not token.isspace()
            and token not in _NO_LINE_START
        ):
            carried = ""
            while line and line[-1] in _NO_LINE_END:
                line, carried = line[:-1], line[-1] + carried
            lines.append(line.rstrip())
            line = carried
        if line or not token.isspace():
            line += token
    lines.append(line.rstrip())
    return lines


class ChineseFormatter(_HelpFormatter):
    """Click's help formatter with Chinese headings, measuring Chinese text as two
    columns a character (Click counts one, so its columns and lines ran long)."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, "用法：" if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        self.write(f"{'':>{self.current_indent}}{heading}：\n")

    def write_text(self, text: str) -> None:
        indent = " " * self.current_indent
        paragraphs = re.split(r"\n\s*\n", text.strip("\n"))
        for number, paragraph in enumerate(paragraphs):
            if number:
                self.write("\n")
            for line in wrap(_join_lines(paragraph.splitlines()), self.width - len(indent)):
                self.write(f"{indent}{line}\n")

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        rows = list(rows)
        first_col = min(max(display_width(first) for first, _ in rows), col_max) + col_spacing
        indent = " " * self.current_indent
        for first, second in rows:
            self.write(f"{indent}{first}")
            if not second:
                self.write("\n")
                continue
            if display_width(first) <= first_col - col_spacing:
                self.write(" " * (first_col - display_width(first)))
            else:
                self.write("\n" + " " * (first_col + self.current_indent))
            text_width = max(self.width - first_col - self.current_indent, 10)
            lines = wrap(_join_lines(second.splitlines()), text_width)
            self.write(lines[0] + "\n")
            for line in lines[1:]:
                self.write(" " * (first_col + self.current_indent) + line + "\n")

    def write_lines(self, lines: Sequence[str]) -> None:
        """Lines as they are (command lines must not be re-wrapped)."""
        for line in lines:
            self.write(f"{'':>{self.current_indent}}{line}\n")


class ChineseContext(typer.Context):
    formatter_class = ChineseFormatter


class UsageFailure(UsageError):  # type: ignore[misc,valid-type]
    """A usage error told in Chinese: "错误：…", then the usage line. Exit code 2."""

    exit_code = 2

    def __init__(self, message: str, ctx: Any = None) -> None:
        super().__init__(message, ctx)

    def format_message(self) -> str:
        return str(self.message)

    def show(self, file: IO[Any] | None = None) -> None:
        lines = [f"错误：{self.message}"]
        ctx = self.ctx
        if ctx is not None:
            usage = ctx.get_usage()
            if ctx.command.get_help_option(ctx) is not None:
                usage += f"（详见 {ctx.command_path} {ctx.help_option_names[0]}）"
            lines.append(usage)
        typer.echo("\n".join(lines), file=file, err=True)


def _pydantic_reason(exc: BaseException) -> tuple[str, Any] | None:
    """Why Typer's conversion refused a value (it converts with pydantic), and the value."""
    cause = exc.__cause__
    if cause is None or not hasattr(cause, "errors"):
        return None
    errors = cause.errors()
    if not errors:
        return None
    error = errors[0]
    limits = error.get("ctx") or {}
    reasons = {
        "int_parsing": "应为整数",
        "int_type": "应为整数",
        "int_from_float": "应为整数",
        "float_parsing": "应为数字",
        "float_type": "应为数字",
        "greater_than_equal": f"不能小于 {limits.get('ge')}",
        "less_than_equal": f"不能大于 {limits.get('le')}",
        "greater_than": f"应大于 {limits.get('gt')}",
        "less_than": f"应小于 {limits.get('lt')}",
    }
    return reasons.get(error.get("type"), "不是有效的值"), error.get("input")


def chinese_usage_error(exc: Any, ctx: Any = None) -> Any:
    """Click's usage error ``exc`` (raised while parsing for ``ctx``) as a UsageFailure,
    from its type and attributes."""
    if isinstance(exc, (UsageFailure, _click_errors.NoArgsIsHelpError)):
        return exc  # already Chinese; or the help itself, shown for a bare noun
    ctx = exc.ctx or ctx
    errors = _click_errors
    if isinstance(exc, errors.NoSuchOption):
        message = f"没有这个选项“{exc.option_name}”"
        if exc.possibilities:
            message += "，是否指：" + "、".join(sorted(exc.possibilities))
    elif isinstance(exc, errors.MissingParameter) and exc.param is not None:
        message = f"缺少必填的{_param_hint(exc.param)}"
    elif isinstance(exc, errors.BadParameter) and exc.param is not None:
        reason = _pydantic_reason(exc)
        hint = _param_hint(exc.param)
        hint += " " if hint[-1].isascii() else ""
        if reason is None:  # raised with a message of fylink's own
            message = f"{hint}的值无效：{exc.message}"
        else:
            message = f"{hint}的值“{reason[1]}”无效：{reason[0]}"
    elif isinstance(exc, errors.BadOptionUsage):
        param = _find_option(ctx, exc.option_name)
        if param is not None and (param.is_flag or param.count):
            message = f"选项 {exc.option_name} 不带值"
        else:
            message = f"选项 {exc.option_name} 后面缺少值"
    else:  # Typer's own words, not one of the errors fylink's classes replace
        message = f"命令用法有误（{exc.format_message()}）"
    failure = UsageFailure(message, ctx)
    failure.__cause__ = exc
    return failure


def _find_option(ctx: Any, name: str) -> Any:
    if ctx is None:
        return None
    for param in ctx.command.get_params(ctx):
        if name in (*getattr(param, "opts", ()), *getattr(param, "secondary_opts", ())):
            return param
    return None


class ChineseHelp:
    """What fylink's commands and groups share: the help in Chinese."""

    context_class: Any = ChineseContext

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = "显示本帮助并退出"
        return option

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = ["[选项]"] if self.options_metavar else []  # type: ignore[attr-defined]
        pieces += [
            _usage_piece(param)
            for param in self.get_params(ctx)  # type: ignore[attr-defined]
            if param.param_type_name == "argument"
        ]
        return pieces

    def format_options(self, ctx: Any, formatter: Any) -> None:
        rows: dict[str, list[tuple[str, str]]] = {"argument": [], "option": []}
        for param in self.get_params(ctx):  # type: ignore[attr-defined]
            record = help_record(param, ctx)
            if record is not None and param.param_type_name in rows:
                rows[param.param_type_name].append(record)
        for kind, title in (("argument", "参数"), ("option", "选项")):
            if rows[kind]:
                with formatter.section(title):
                    formatter.write_dl(rows[kind])

    def format_epilog(self, ctx: Any, formatter: Any) -> None:
        super().format_epilog(ctx, formatter)  # type: ignore[misc]
        from fylink.cli.examples import EXAMPLES

        examples = EXAMPLES.get(command_path(ctx))
        if examples:
            with formatter.section("示例"):
                formatter.write_lines(examples)

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        # Click would refuse extra arguments in English: take them, and refuse in Chinese.
        strict = not ctx.allow_extra_args
        ctx.allow_extra_args = True
        try:
            rest: list[str] = super().parse_args(ctx, args)  # type: ignore[misc]
        except UsageError as exc:
            raise chinese_usage_error(exc, ctx) from exc
        finally:
            ctx.allow_extra_args = not strict
        if rest and strict and not ctx.resilient_parsing:
            raise UsageFailure(f"多余的参数：{' '.join(rest)}", ctx)
        return rest


class ChineseCommand(ChineseHelp, TyperCommand):
    """A fylink command (the class of every ``@app.command()``)."""


class ChineseGroup(ChineseHelp, TyperGroup):
    """A fylink noun (``fylink case`` …): lists its commands in Chinese."""

    def __init__(self, **attrs: Any) -> None:
        if attrs.get("subcommand_metavar") is None:
            attrs["subcommand_metavar"] = "命令 [参数]…"
        super().__init__(**attrs)

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return [*super().collect_usage_pieces(ctx), self.subcommand_metavar]

    def format_options(self, ctx: Any, formatter: Any) -> None:
        super().format_options(ctx, formatter)
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command.get_short_help_str(limit=formatter.width)))
        if rows:
            with formatter.section("命令"):
                formatter.write_dl(rows)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        name = args[0]
        command = self.get_command(ctx, name)
        if command is None and ctx.token_normalize_func is not None:
            name = ctx.token_normalize_func(name)
            command = self.get_command(ctx, name)
        if command is None and not ctx.resilient_parsing:
            if name.startswith("-"):
                self.parse_args(ctx, args)  # an unknown option: let the parser say so
            message = f"没有这个命令“{args[0]}”"
            close = get_close_matches(args[0], self.list_commands(ctx))
            if close:
                message += "，是否指：" + "、".join(close)
            raise UsageFailure(message, ctx)
        return (name if command else None), command, args[1:]

    def invoke(self, ctx: Any) -> Any:
        if not ctx._protected_args and not self.invoke_without_command:
            raise UsageFailure("缺少命令", ctx)
        return super().invoke(ctx)


class FylinkTyper(typer.Typer):
    """A Typer app whose commands and groups speak Chinese (see the module's text)."""

    def __init__(self, **settings: Any) -> None:
        settings.setdefault("cls", ChineseGroup)
        settings.setdefault("no_args_is_help", True)
        settings.setdefault("add_completion", False)
        settings.setdefault("rich_markup_mode", None)
        settings.setdefault("pretty_exceptions_enable", False)
        super().__init__(**settings)

    def command(self, *args: Any, **settings: Any) -> Any:
        settings.setdefault("cls", ChineseCommand)
        return super().command(*args, **settings)
