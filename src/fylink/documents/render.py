"""Fill a .docx template with a context and save the result.

Templates are docxtpl files (Jinja tags inside Word text). They come from fylink itself or
from an office that edited a copy, so they are rendered in a sandboxed Jinja environment with
autoescaping on: a case summary containing ``&`` or ``<`` must come out as text, not break the
document's XML.
"""

import errno
import functools
import re
import signal
import threading
import zipfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from docx.image.exceptions import UnrecognizedImageError
from docx.opc.exceptions import PackageNotFoundError
from docx.shared import Mm
from docxtpl import DocxTemplate, InlineImage
from jinja2 import TemplateError, TemplateSyntaxError, Undefined, UndefinedError
from jinja2.sandbox import SandboxedEnvironment, SecurityError
from lxml import etree

from fylink.documents import layout
from fylink.documents.layout import DEFAULT_FONTS, Fonts
from fylink.errors import DocumentError
from fylink.outputs import os_reason, writing

#: Names of the templates shipped with fylink (``templates/<name>.docx``).
SHIPPED_TEMPLATES = (
    "minutes",
    "notice_letter",
    "consult_letter",
    "task_list",
    "quarterly_briefing",
    "bulletin",
    "assessment",
    "party_file",
    "brief",
)


@dataclass(frozen=True)
class Picture:
    """A PNG to place where the template prints the variable (e.g. ``{{ chart_trend }}``)."""

    path: Path
    width_mm: float = 150.0


class TemplateCheck(NamedTuple):
    """What ``fylink template check`` reports."""

    missing: set[str]  # the template uses them, the caller does not provide them
    used: set[str]  # provided and used
    unused: set[str]  # provided but the template never mentions them


class _PrintStrictUndefined(Undefined):
    """A missing variable may be tested (``{% if previous %}``) but not printed or looped
    over: an empty 责任单位 in an official document is worse than an error."""

    __slots__ = ()
    __str__ = Undefined._fail_with_undefined_error
    __iter__ = Undefined._fail_with_undefined_error
    __len__ = Undefined._fail_with_undefined_error


#: A user's template renders within these bounds, or is refused with a clear line: the
#: sandbox stops it running code, not looping for ever or filling the memory.
RENDER_SECONDS = 30.0
MAX_OUTPUT = 50_000_000  # characters of rendered XML
_MAX_POWER_BITS = 4096


class _TooBig(SecurityError):
    pass


class _Bounded(SandboxedEnvironment):
    """The sandbox, with ``*`` and ``**`` bounded and the output's size counted."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if (
                    isinstance(seq, str | list | tuple)
                    and isinstance(times, int)
                    and len(seq) * times > MAX_OUTPUT
                ):
                    raise _TooBig("a repeated text or list beyond the size limit")
        if (
            operator == "**"
            and isinstance(left, int)
            and isinstance(right, int)
            and abs(left) > 1
            and right > 0
            and abs(left).bit_length() * right > _MAX_POWER_BITS
        ):
            raise _TooBig("a power beyond the size limit")
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        if getattr(__obj, "__name__", "") in _SIZING_METHODS and isinstance(
            getattr(__obj, "__self__", None), str
        ):
            _check_sizes(args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)


#: Filters and text methods whose numeric arguments size their output (a width, a count):
#: ``'x'|center(10**9)`` or ``'x'.ljust(10**9)`` allocate it in one step, which no time
#: limit can interrupt, so such an argument is refused before the call.
_SIZING_FILTERS = ("center", "indent", "wordwrap", "format", "truncate")
_SIZING_METHODS = frozenset(
    {"center", "ljust", "rjust", "zfill", "expandtabs", "format", "join", "replace"}
)


def _check_sizes(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_OUTPUT:
            raise _TooBig("a width or count beyond the size limit")


def _bounded_filter(function: Any) -> Any:
    @functools.wraps(function)  # keeps jinja_pass_arg (pass_environment, …)
    def bounded(*args: Any, **kwargs: Any) -> Any:
        _check_sizes(args, kwargs)
        return function(*args, **kwargs)

    return bounded


def _bounded_concat(parts: Any) -> str:
    out: list[str] = []
    size = 0
    for part in parts:
        size += len(part)
        if size > MAX_OUTPUT:
            raise _TooBig("the rendered document beyond the size limit")
        out.append(part)
    return "".join(out)


def _environment() -> SandboxedEnvironment:
    environment = _Bounded(autoescape=True, undefined=_PrintStrictUndefined)
    for name in _SIZING_FILTERS:
        environment.filters[name] = _bounded_filter(environment.filters[name])
    environment.concat = _bounded_concat  # type: ignore[method-assign]
    return environment


class _TimedOut(BaseException):  # not swallowed by an "except Exception" on the way
    pass


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise _TimedOut in the block after ``seconds`` (main thread only: signals)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(
        signal, "setitimer"
    ):
        yield
        return

    def expired(_signum: int, _frame: Any) -> None:
        raise _TimedOut

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# Characters XML 1.0 forbids; \x0b is what Word puts on the clipboard for a manual line break.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n")
    return _FORBIDDEN.sub("", text)


def _prepare(value: Any, tpl: DocxTemplate) -> Any:
    """Strip characters that would corrupt the XML and turn Pictures into InlineImages."""
    if isinstance(value, Picture):
        return inline_image(tpl, value.path, value.width_mm)
    if type(value) is str:  # not Markup and friends: those are deliberate XML
        return _clean_text(value)
    if isinstance(value, Mapping):
        return {key: _prepare(item, tpl) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_prepare(item, tpl) for item in value]
    return value


def inline_image(doc: DocxTemplate, png_path: Path, width_mm: float) -> InlineImage:
    """A picture for a docxtpl context, ``width_mm`` wide (height keeps the aspect ratio)."""
    path = Path(png_path)
    if not path.is_file():
        raise DocumentError(f"找不到图片文件：{path}")
    return InlineImage(doc, str(path), width=Mm(width_mm))


def _load(template: Path) -> DocxTemplate:
    if not template.is_file():
        raise DocumentError(f"找不到模板文件：{template}")
    tpl = DocxTemplate(str(template))
    try:
        tpl.init_docx()
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.LxmlError):
        raise DocumentError(
            f"模板 {template.name} 不是有效的 Word 文档（请另存为 .docx 格式）"
        ) from None
    return tpl


_UNDEFINED_NAME = re.compile(r"'([^']+)' is undefined")
_MISSING_FIELD = re.compile(r"has no attribute '([^']+)'")


def _one_line(text: object) -> str:
    lines = str(text).strip().splitlines()
    return lines[0] if lines else ""


# Jinja's most common syntax messages, in the clerk's language (others stay as Jinja says).
_SYNTAX_MESSAGES = (
    (
        re.compile(r"innermost block that needs to be closed is '(\w+)'"),
        "“{{% {0} %}}”缺少结束标记",
    ),
    (re.compile(r"Unexpected end of template"), "标记没有结束"),
    (re.compile(r"No filter named '([^']+)'"), "没有名为“{0}”的过滤器"),
    (re.compile(r"No test named '([^']+)'"), "没有名为“{0}”的测试"),
    (re.compile(r"Encountered unknown tag '([^']+)'"), "未知的标记“{0}”"),
    (re.compile(r"unexpected '([^']+)'"), "出现了多余的“{0}”"),
    (re.compile(r"expected token '[^']+', got '([^']+)'"), "此处不应出现“{0}”"),
    (
        re.compile(r"unexpected char '([^']+)'"),
        "出现了不能识别的字符“{0}”（标记内请用英文半角符号）",
    ),
)


def _syntax_message(message: str) -> str:
    for pattern, chinese in _SYNTAX_MESSAGES:
        if match := pattern.search(message):
            return chinese.format(*match.groups())
    return _one_line(message)


def _template_error(name: str, exc: Exception) -> DocumentError:
    """One Chinese line for any Jinja failure."""
    if isinstance(exc, SecurityError):
        return DocumentError(f"模板 {name} 试图执行不允许的操作，已拒绝生成文档")
    if isinstance(exc, UndefinedError):
        message = str(exc)
        if match := _UNDEFINED_NAME.search(message):
            return DocumentError(f"模板 {name} 用到了未提供的数据“{match.group(1)}”")
        if match := _MISSING_FIELD.search(message):
            return DocumentError(f"模板 {name} 用到了数据中没有的字段“{match.group(1)}”")
        return DocumentError(f"模板 {name} 用到了未提供的数据（{_one_line(message)}）")
    if isinstance(exc, TemplateSyntaxError):
        return DocumentError(
            f"模板 {name} 中的标记有语法错误：{_syntax_message(exc.message or '')}"
        )
    return DocumentError(f"模板 {name} 填充失败：{_one_line(exc)}")


def render_docx(
    template: Path,
    context: Mapping[str, Any],
    out: Path,
    *,
    fonts: Fonts,
    title: str,
    author: str,
    template_fonts: Fonts = DEFAULT_FONTS,
    anchor: str | None = None,
) -> Path:
    """Render ``template`` with ``context`` into ``out`` (written atomically); return ``out``.

    Font names the template was built with (``template_fonts``) are replaced by the
    configured ``fonts``; the mark is sized to fit one line; the core properties name the
    office (``author``) and ``title``. ``anchor`` (the journal's head, ``HASH@SEQ``) is
    printed in a small line at the very end and kept in the document's properties. Every
    failure is a :class:`DocumentError`.
    """
    template = Path(template)
    out = Path(out)
    tpl = _load(template)
    try:
        prepared = _prepare(dict(context), tpl)
        with _time_limit(RENDER_SECONDS):
            tpl.render(prepared, jinja_env=_environment(), autoescape=True)
    except DocumentError:
        raise
    except _TimedOut:
        raise DocumentError(
            f"模板 {template.name} 填充超过 {RENDER_SECONDS:g} 秒仍未完成（循环过多？），已停止"
        ) from None
    except _TooBig:
        raise DocumentError(
            f"模板 {template.name} 填充的内容超过 {MAX_OUTPUT // 1_000_000} MB 上限，已停止"
        ) from None
    except MemoryError:
        raise DocumentError(f"模板 {template.name} 填充时内存不足，已停止") from None
    except TemplateError as exc:
        raise _template_error(template.name, exc) from None
    except UnrecognizedImageError:
        raise DocumentError("图表图片无法识别（应为 PNG 或 JPEG 文件）") from None
    except (etree.LxmlError, ValueError) as exc:
        raise DocumentError(
            f"模板 {template.name} 填充后不是有效的文档：{_one_line(exc)}"
        ) from None
    doc = tpl.docx
    mapping = template_fonts.replacements(fonts)
    if mapping:
        layout.replace_fonts(doc, mapping)
        layout.write_font_table(doc, layout.font_names(doc))
        layout.write_theme_fonts(doc, fonts)
    layout.fit_marks(doc)
    layout.balance_titles(doc)
    layout.drop_dash_columns(doc)
    layout.align_signature(doc)
    layout.set_core_properties(doc, title=title, author=author)
    if anchor:
        layout.add_anchor_line(doc, anchor)
    _save_atomically(tpl, out)
    return out


_OS_ERRORS = {
    errno.EACCES: "没有写入权限",
    errno.EPERM: "没有写入权限",
    errno.ENOSPC: "磁盘空间不足",
    errno.EROFS: "文件系统只读",
    errno.EISDIR: "同名的文件夹已存在",
    errno.ENOENT: "文件夹不存在",
    errno.ENOTDIR: "路径中有一段不是文件夹",
}


def _save_atomically(tpl: DocxTemplate, out: Path) -> None:
    """Write beside ``out`` and rename, so a reader never sees half a file."""
    if not out.parent.is_dir():
        raise DocumentError(f"无法写入 {out}：文件夹 {out.parent} 不存在")
    try:
        with writing(out) as tmp:
            tpl.save(str(tmp))
    except OSError as exc:
        reason = _OS_ERRORS.get(exc.errno or 0) or os_reason(exc)
        raise DocumentError(f"无法写入 {out}：{reason}") from None


def template_variables(template: Path) -> set[str]:
    """Top-level variables the template uses (loop variables excluded)."""
    template = Path(template)
    tpl = _load(template)
    try:
        return set(tpl.get_undeclared_template_variables(jinja_env=_environment()))
    except TemplateError as exc:
        raise _template_error(template.name, exc) from None


def check_template(template: Path, provided: set[str]) -> TemplateCheck:
    """Compare what a template needs with what the caller provides."""
    needed = template_variables(template)
    return TemplateCheck(
        missing=needed - provided, used=needed & provided, unused=provided - needed
    )


def shipped_template(name: str) -> Path:
    """Path of a template shipped with fylink (``minutes`` or ``minutes.docx``).

    Installed: ``fylink/templates`` inside the package; from a checkout: ``templates/`` at
    the repository root.
    """
    stem = name.removesuffix(".docx")
    if stem not in SHIPPED_TEMPLATES:
        names = "、".join(SHIPPED_TEMPLATES)
        raise DocumentError(f"没有名为“{name}”的内置模板；可用的有：{names}")
    filename = f"{stem}.docx"
    packaged = resources.files("fylink") / "templates" / filename
    if packaged.is_file():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[3] / "templates" / filename
    if checkout.is_file():
        return checkout
    raise DocumentError(f"找不到内置模板 {filename}：安装包不完整，请重新安装 fylink")
