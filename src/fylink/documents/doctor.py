"""What this machine has, and lacks, for the documents (``fylink doctor``).

LibreOffice makes the PDFs, poppler-utils measures them (the 版记 goes to the foot of the
last even page), fontconfig says which fonts stand in for the 公文 fonts, matplotlib needs
a Chinese font for the briefing's charts, and a few settings go into the documents.
"""

import shutil
import subprocess
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from fylink.documents import fonts as font_map
from fylink.documents.layout import Fonts
from fylink.documents.pdf import find_soffice
from fylink.documents.pdfmeasure import TOOLS as POPPLER_TOOLS

OK = "正常"
MISSING = "缺少"
NOTE = "注意"


@dataclass(frozen=True)
class Finding:
    #: What is checked: LibreOffice, a font, a setting …
    item: str
    #: 正常 / 缺少 / 注意
    status: str
    detail: str
    #: What needs it, in the clerk's words.
    needed_for: str

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def _soffice_version(executable: str) -> str:
    try:
        out = subprocess.run(
            [executable, "--version"], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return out.stdout.strip().splitlines()[0] if out.stdout.strip() else ""


def _programs() -> list[Finding]:
    found = []
    soffice = find_soffice()
    if soffice:
        version = _soffice_version(soffice)
        detail = f"{soffice}（{version}）" if version else soffice
        found.append(Finding("LibreOffice", OK, detail, "生成 PDF（--pdf）"))
    else:
        found.append(
            Finding(
                "LibreOffice",
                MISSING,
                "未找到 soffice（可安装 libreoffice-writer-nogui，或设置 FYLINK_SOFFICE）",
                "生成 PDF（--pdf）",
            )
        )
    missing = [tool for tool in POPPLER_TOOLS if shutil.which(tool) is None]
    found.append(
        Finding(
            "poppler-utils",
            MISSING if missing else OK,
            f"缺少 {'、'.join(missing)}（可安装 poppler-utils）"
            if missing
            else "、".join(POPPLER_TOOLS),
            "把 PDF 中的版记放到末页版心底部；template check --render",
        )
    )
    if font_map.uses_fontconfig():
        fc = font_map.find_fc_match()
        found.append(
            Finding(
                "fontconfig（fc-match）",
                OK if fc else NOTE,
                fc or "未找到 fc-match（可安装 fontconfig），无法说明 PDF 用了哪些替代字体",
                "说明 PDF 中的替代字体",
            )
        )
    return found


def _fonts(fonts: Fonts) -> list[Finding]:
    if not font_map.uses_fontconfig():
        return [
            Finding(
                f"{font_map.ROLES[role][0]}：{name}",
                NOTE,
                "本系统的 LibreOffice 不使用 fontconfig：请确认已安装该字体",
                "Word 和 PDF 中的字体",
            )
            for role, name in font_map.role_names(fonts).items()
        ]
    with tempfile.TemporaryDirectory(prefix="fylink-doctor-") as tmp:
        config = font_map.write_fontconfig(fonts, Path(tmp))
        uses = font_map.resolve(fonts, config)
    found = []
    for use in uses:
        if use.kind == "installed":
            status, detail = OK, "已安装"
        elif use.kind == "stand-in":
            status, detail = OK, f"未安装，PDF 中用 {use.used} 代替"
        elif use.kind == "fallback":
            status = MISSING
            detail = (
                f"未安装，也没有合适的替代字体（将用 {use.used or '默认字体'}）："
                f"可安装 {font_map.PACKAGES}"
            )
        else:
            status, detail = NOTE, "无法确定（未找到 fc-match）"
        found.append(Finding(f"{use.label}：{use.name}", status, detail, "PDF 中的字体"))
    return found


def _chart_font() -> Finding:
    from fylink.documents.charts import find_cjk_font

    family = find_cjk_font()
    return Finding(
        "图表中文字体",
        OK if family else MISSING,
        family or f"未找到（可安装 {font_map.PACKAGES.split()[0]}）",
        "季度、年度通报中的图表",
    )


def _settings(settings: Any) -> list[Finding]:
    documents = settings.documents
    found = []
    prefix = documents.number_prefix.strip()
    found.append(
        Finding(
            "documents.number_prefix（发文机关代字）",
            OK if prefix else NOTE,
            f"{prefix}〔年份〕序号" if prefix else "未设置：督办通知的发文字号没有机关代字",
            "督办通知的发文字号",
        )
    )
    cc = documents.cc.strip()
    found.append(
        Finding(
            "documents.cc（抄送）",
            OK,
            cc or "未设置：版记不列抄送",
            "纪要、通报的版记",
        )
    )
    folder = documents.templates_dir.strip()
    if folder:
        path = Path(folder).expanduser()
        found.append(
            Finding(
                "documents.templates_dir（自己的模板）",
                OK if path.is_dir() else MISSING,
                str(path) if path.is_dir() else f"文件夹不存在：{path}",
                "用办公室自己的模板生成公文",
            )
        )
    return found


def diagnose(settings: Any, *, charts: bool = True) -> list[Finding]:
    """Everything ``fylink doctor`` reports, in order."""
    from fylink.documents.output import fonts_from

    found = _programs()
    found.extend(_fonts(fonts_from(settings.documents.fonts)))
    if charts:
        found.append(_chart_font())
    found.extend(_settings(settings))
    return found
