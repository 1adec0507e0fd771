"""Where a document's template comes from and where the document goes.

- the template: ``--template FILE``, else the office's folder (setting
  ``documents.templates_dir``, same file names as the shipped ones), else the shipped one;
- the output: ``-o FILE.docx``, a folder, or a default name in the current folder; an existing
  file is only replaced with ``--force``;
- the PDF beside the .docx, through LibreOffice.
"""

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from fylink.config import DocumentSettings, FontSettings
from fylink.documents.layout import Fonts
from fylink.documents.render import SHIPPED_TEMPLATES, shipped_template
from fylink.errors import ConfigError, ConflictError, DocumentError, InvalidInputError
from fylink.outputs import check_output, writing

if TYPE_CHECKING:
    from fylink.documents.pdf_layout import PdfResult

#: What each template is, in the clerk's words.
KIND_NAMES = {
    "minutes": "会议纪要",
    "notice_letter": "督办通知",
    "consult_letter": "商请函",
    "task_list": "双清单",
    "quarterly_briefing": "季度通报",
    "bulletin": "督办通报",
    "assessment": "考核结果通报",
    "party_file": "一企一档",
    "brief": "工作简报",
}

#: Words in a file name that tell which template it is (``template check`` without --kind).
_KIND_HINTS = {
    "minutes": ("minutes", "纪要"),
    "notice_letter": ("notice", "督办", "通知"),
    "consult_letter": ("consult", "商请"),
    "task_list": ("task", "清单"),
    "quarterly_briefing": ("briefing", "quarterly", "简报", "通报"),
    "bulletin": ("bulletin",),
    "assessment": ("assessment", "考核"),
    "party_file": ("party", "一企一档", "企业"),
    "brief": ("brief", "专刊", "增刊"),
}


def fonts_from(settings: FontSettings) -> Fonts:
    return Fonts(
        body=settings.body.strip(),
        title=settings.title.strip(),
        heading=settings.heading.strip(),
        kai=settings.kai.strip(),
        page_number=settings.page_number.strip(),
    )


def parse_kind(text: str) -> str:
    kind = text.strip().removesuffix(".docx")
    if kind in SHIPPED_TEMPLATES:
        return kind
    for name, label in KIND_NAMES.items():
        if text.strip() == label:
            return name
    choices = "、".join(f"{k}（{v}）" for k, v in KIND_NAMES.items())
    raise InvalidInputError(f"模板类型“{text}”不存在，可选：{choices}")


def guess_kind(path: Path) -> str:
    """The template kind from a file name (minutes.docx, 我县纪要模板.docx, …)."""
    stem = path.stem.lower()
    if stem in SHIPPED_TEMPLATES:
        return stem
    found = [kind for kind, hints in _KIND_HINTS.items() if any(h in stem for h in hints)]
    if len(found) == 1:
        return found[0]
    raise InvalidInputError(
        f"无法从文件名“{path.name}”判断模板类型：请用 --kind 指定"
        "（minutes、notice_letter、consult_letter、task_list、quarterly_briefing、bulletin、assessment、party_file、brief）"
    )


@dataclass(frozen=True)
class TemplateChoice:
    path: Path
    #: "" for the shipped template; otherwise where it came from, for the message.
    origin: str


def resolve_template(
    kind: str, *, override: str | None, settings: DocumentSettings
) -> TemplateChoice:
    """The template a document command uses (see the module docstring)."""
    if override:
        path = Path(override).expanduser()
        if not path.is_file():
            raise DocumentError(f"找不到模板文件：{path}")
        return TemplateChoice(path, "--template")
    folder_setting = settings.templates_dir.strip()
    if folder_setting:
        folder = Path(folder_setting).expanduser()
        if not folder.is_dir():
            raise ConfigError(
                f"配置项 documents.templates_dir 指向的文件夹不存在：{folder}"
                "（可用 fylink template export 导出模板到该文件夹）"
            )
        own = folder / f"{kind}.docx"
        if own.is_file():
            return TemplateChoice(own, "documents.templates_dir")
    return TemplateChoice(shipped_template(kind), "")


def target(requested: str | None, default_name: str) -> Path:
    """The .docx to write: ``-o`` as given, a default name inside a given folder, or the
    default name in the current folder."""
    if not requested:
        return Path.cwd() / default_name
    path = Path(requested).expanduser()
    try:
        folder = path.is_dir()
    except OSError:  # a name too long: ensure_writable says so
        folder = False
    if folder:
        return path / default_name
    if path.suffix.lower() != ".docx":
        raise InvalidInputError(f"输出文件应以 .docx 结尾：{path.name}")
    return path


def pdf_beside(docx: Path) -> Path:
    return docx.with_suffix(".pdf")


def ensure_writable(out: Path, *, template: Path, pdf: bool, force: bool) -> None:
    """Refuse to replace an existing file (or the template itself) unless ``force``, and
    any output that is no regular file (see fylink.outputs)."""
    for path in (out, pdf_beside(out)) if pdf else (out,):
        try:
            check_output(path, force=force, error=DocumentError)
        except ConflictError:
            raise ConflictError(
                f"文件已存在：{path}（加 --force 覆盖，或用 -o 另选文件名）"
            ) from None
    if out.exists() and template.exists() and out.resolve() == template.resolve():
        raise InvalidInputError(f"输出文件不能是模板文件本身：{out}")


def write_pdf(docx: Path, fonts: Fonts | None = None) -> "PdfResult":
    """The PDF beside ``docx`` (font stand-ins, 版记 at the foot of the last even page);
    a failure says the .docx itself is written."""
    from fylink.documents.pdf_layout import render_pdf

    try:
        return render_pdf(docx, docx.parent, fonts=fonts or Fonts())
    except DocumentError as exc:
        raise DocumentError(
            f"{exc.message.rstrip('。')}。Word 文档已生成：{docx.resolve()}"
        ) from None


def export_templates(folder: Path, *, force: bool) -> list[Path]:
    """Copy the shipped templates (and their README) into ``folder`` for editing."""
    sources = [shipped_template(kind) for kind in SHIPPED_TEMPLATES]
    readme = sources[0].parent / "README.md"
    if readme.is_file():
        sources.append(readme)
    if folder.exists() and not folder.is_dir():
        raise InvalidInputError(f"{folder} 不是文件夹")
    targets = [folder / source.name for source in sources]
    if not force:
        existing = [t.name for t in targets if t.exists()]
        if existing:
            raise ConflictError(
                f"{folder} 中已有 {'、'.join(existing)}（加 --force 覆盖，或换一个文件夹）"
            )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DocumentError(f"无法写入 {folder}：{exc.strerror or exc}") from None
    # Like every output: a device, a pipe or a link in the way is refused, and each file
    # appears whole (through a temporary file renamed into place) or not at all.
    for destination in targets:
        check_output(destination, force=force, error=DocumentError)
    try:
        for source, destination in zip(sources, targets, strict=True):
            with writing(destination) as partial:
                shutil.copyfile(source, partial)
    except OSError as exc:
        raise DocumentError(f"无法写入 {folder}：{exc.strerror or exc}") from None
    return targets
