"""Which installed fonts stand in for the 公文 fonts when LibreOffice renders a PDF.

A Linux (信创) desktop rarely has 方正小标宋简体, 仿宋_GB2312, 黑体 or 楷体_GB2312. Without help
LibreOffice sets every one of them in the same fallback sans font, so the mark, the body and
the 黑体 lead sentences look alike. fylink writes a fontconfig file of its own that maps each
name to the free font closest in style (Debian: fonts-noto-cjk, fonts-arphic-uming,
fonts-arphic-ukai) and hands it to LibreOffice through ``FONTCONFIG_FILE``; after the
conversion it asks fontconfig (``fc-match``) which font each name resolved to, so the clerk
is told which fonts stood in and warned when one fell back to a font of the wrong style.

On Windows and macOS LibreOffice does not use fontconfig; the real fonts are usually there.
"""

import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from xml.sax.saxutils import escape

from fylink.documents.layout import Fonts

#: role → (what it is called in messages, installed fonts to try, best first)
ROLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "title": (
        "小标宋（标志、标题）",
        ("Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN"),
    ),
    "body": ("仿宋（正文）", ("AR PL UMing CN", "Noto Serif CJK SC", "Source Han Serif SC")),
    "heading": (
        "黑体（一级标题、引领句）",
        ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei"),
    ),
    "kai": ("楷体（二级标题）", ("AR PL UKai CN", "AR PL KaitiM GB", "Noto Serif CJK SC")),
    "page_number": ("宋体（页码）", ("Noto Serif CJK SC", "AR PL UMing CN", "Source Han Serif SC")),
}

#: Names offices use for the same fonts, each with its role (templates differ by machine).
KNOWN_NAMES: dict[str, str] = {
    "方正小标宋简体": "title",
    "方正小标宋_GBK": "title",
    "华文中宋": "title",
    "STZhongsong": "title",
    "仿宋_GB2312": "body",
    "仿宋": "body",
    "FangSong": "body",
    "FangSong_GB2312": "body",
    "黑体": "heading",
    "SimHei": "heading",
    "楷体_GB2312": "kai",
    "楷体": "kai",
    "KaiTi": "kai",
    "KaiTi_GB2312": "kai",
    "宋体": "page_number",
    "SimSun": "page_number",
}

#: Debian packages that carry the stand-ins.
PACKAGES = "fonts-noto-cjk fonts-arphic-uming fonts-arphic-ukai"

_SYSTEM_CONF = "/etc/fonts/fonts.conf"


def uses_fontconfig() -> bool:
    """LibreOffice finds fonts through fontconfig on Linux and the BSDs, not elsewhere."""
    return os.name == "posix" and sys.platform != "darwin"


def aliases(fonts: Fonts) -> dict[str, tuple[str, ...]]:
    """Every font name to map → the installed fonts to try for it."""
    mapping: dict[str, tuple[str, ...]] = {}
    for name, role in KNOWN_NAMES.items():
        mapping[name] = ROLES[role][1]
    for field in fields(fonts):
        name = getattr(fonts, field.name)
        mapping[name] = ROLES[field.name][1]
    return mapping


def fontconfig_xml(fonts: Fonts, *, base: str | None = None) -> str:
    """A fontconfig file: the system's (or ``base``), then the 公文 names mapped to stand-ins.

    ``binding="same"`` makes the stand-in count as the name itself, so fontconfig prefers it
    to its own generic fallback; a name that is really installed still wins (fontconfig
    matches the family before it looks at aliases' preferences).
    """
    include = escape(base or _SYSTEM_CONF)
    lines = [
        '<?xml version="1.0"?>',
        '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
        "<fontconfig>",
        f'  <include ignore_missing="yes">{include}</include>',
        "  <!-- fylink: stand-ins for the Windows/Founder fonts named in 公文 templates -->",
    ]
    for name, prefer in aliases(fonts).items():
        families = "".join(f"<family>{escape(f)}</family>" for f in prefer)
        lines.append(
            f'  <alias binding="same"><family>{escape(name)}</family>'
            f"<prefer>{families}</prefer></alias>"
        )
    lines.append("</fontconfig>")
    return "\n".join(lines) + "\n"


def write_fontconfig(fonts: Fonts, folder: Path) -> Path:
    """Write fylink's fontconfig file into ``folder``; it includes the user's own, if set."""
    base = os.environ.get("FONTCONFIG_FILE") or None
    path = Path(folder) / "fylink-fonts.conf"
    path.write_text(fontconfig_xml(fonts, base=base), encoding="utf-8")
    return path


@dataclass(frozen=True)
class FontUse:
    """What one font of the documents resolved to on this machine."""

    role: str
    name: str
    #: The installed family fontconfig picked ("" when unknown: no fc-match).
    used: str
    #: "installed" (the font itself), "stand-in" (one of fylink's), "fallback" (anything
    #: else: a font of the wrong style), "unknown" (fc-match is missing).
    kind: str

    @property
    def label(self) -> str:
        return ROLES[self.role][0]

    def describe(self) -> str:
        if self.kind == "installed":
            return f"{self.name}（已安装）"
        if self.kind == "stand-in":
            return f"{self.name} → {self.used}"
        if self.kind == "fallback":
            return f"{self.name} → {self.used}（不是合适的替代字体）"
        return f"{self.name}（无法确定，未找到 fc-match）"


def find_fc_match() -> str | None:
    return shutil.which("fc-match")


def match(names: Iterable[str], config: Path | None) -> dict[str, str]:
    """The family fontconfig resolves each name to (empty when fc-match is missing)."""
    executable = find_fc_match()
    if executable is None:
        return {}
    env = dict(os.environ)
    if config is not None:
        env["FONTCONFIG_FILE"] = str(config)
    found: dict[str, str] = {}
    for name in names:
        try:
            out = subprocess.run(
                [executable, "-f", "%{family[0]}", name],
                capture_output=True,
                text=True,
                env=env,
                timeout=20,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired):
            return {}
        found[name] = out.stdout.strip()
    return found


def resolve(fonts: Fonts, config: Path | None) -> list[FontUse]:
    """What each configured font becomes when LibreOffice renders with ``config``."""
    names = {field.name: getattr(fonts, field.name) for field in fields(fonts)}
    matched = match(names.values(), config)
    uses = []
    for role, name in names.items():
        used = matched.get(name, "")
        if not matched:
            kind = "unknown"
        elif used.casefold() == name.casefold():
            kind = "installed"
        elif used in ROLES[role][1]:
            kind = "stand-in"
        else:
            kind = "fallback"
        uses.append(FontUse(role=role, name=name, used=used, kind=kind))
    return uses


def warnings(uses: Iterable[FontUse]) -> list[str]:
    """One Chinese line per font that fell back to something of the wrong style."""
    lines = []
    for use in uses:
        if use.kind == "fallback":
            lines.append(
                f"注意：未安装 {use.name}，也没有找到它的替代字体，{use.label}改用 "
                f"{use.used or '默认字体'}，PDF 中的字体不符合公文要求"
                f"（可安装 {PACKAGES}，或在配置 [documents.fonts] 中改用已安装的字体）"
            )
    return lines


def summary(uses: Iterable[FontUse]) -> str:
    """字体：方正小标宋简体 → Noto Serif CJK SC；仿宋_GB2312 → AR PL UMing CN；…"""
    seen: dict[str, str] = {}
    for use in uses:
        seen.setdefault(use.name, use.describe())
    return "；".join(seen.values())


def pdf_font_names(pdf: Path) -> list[str]:
    """Base names of the fonts embedded in a PDF (subset prefixes removed), from pdffonts."""
    executable = shutil.which("pdffonts")
    if executable is None:
        return []
    out = subprocess.run(
        [executable, str(pdf)], capture_output=True, text=True, timeout=60, check=False
    )
    names = []
    for line in out.stdout.splitlines()[2:]:
        name = line.split(" ", 1)[0]
        names.append(name.split("+", 1)[-1])
    return names


def role_names(fonts: Fonts) -> Mapping[str, str]:
    return {field.name: getattr(fonts, field.name) for field in fields(fonts)}
