"""PDF through LibreOffice (``soffice --headless --convert-to pdf``)."""

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from fylink.errors import DocumentError
from fylink.outputs import os_reason, writing

#: Seconds a conversion may take; a first start of LibreOffice takes a few.
DEFAULT_TIMEOUT = 120

# Where LibreOffice lives when it is not on the PATH.
_KNOWN_LOCATIONS = (
    "/usr/bin/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)

_MISSING = "未找到 LibreOffice（soffice），无法生成 PDF；请安装 libreoffice-writer-nogui 后重试"


def find_soffice() -> str | None:
    """The soffice executable: ``FYLINK_SOFFICE``, then the PATH, then usual places."""
    configured = os.environ.get("FYLINK_SOFFICE")
    if configured:
        return configured if Path(configured).is_file() else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for candidate in _KNOWN_LOCATIONS:
        if Path(candidate).is_file():
            return candidate
    return None


def convert_to_pdf(
    docx: Path,
    outdir: Path,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    soffice: str | None = None,
    fontconfig: Path | None = None,
    profile: Path | None = None,
) -> Path:
    """Convert ``docx`` into ``outdir/<stem>.pdf`` and return that path.

    ``fontconfig`` is handed to LibreOffice as ``FONTCONFIG_FILE`` (the font stand-ins);
    ``profile`` is a LibreOffice user profile folder to reuse between conversions (a fresh
    one is made and thrown away otherwise: the first start in a new profile is slow).
    """
    docx = Path(docx)
    outdir = Path(outdir)
    if not docx.is_file():
        raise DocumentError(f"找不到要转换的文档：{docx}")
    executable = soffice or find_soffice()
    if executable is None:
        raise DocumentError(_MISSING)
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DocumentError(f"无法创建 PDF 输出文件夹 {outdir}：{exc.strerror}") from None
    target = outdir / f"{docx.stem}.pdf"
    # Convert into a fresh folder: soffice exits 0 even when it wrote nothing, so only an
    # empty folder tells success from failure, and an older PDF survives a failed run.
    # The private profile keeps a running LibreOffice (or a parallel conversion) from taking
    # the job over or locking the profile, and leaves the user's settings alone.
    with tempfile.TemporaryDirectory(prefix="fylink-lo-") as work:
        profile = profile or Path(work) / "profile"
        converted = Path(work) / "out"
        command = [
            executable,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(converted),
            str(docx.resolve()),
        ]
        env = dict(os.environ)
        if fontconfig is not None:
            env["FONTCONFIG_FILE"] = str(fontconfig)
        _run(command, timeout, env)
        result = converted / f"{docx.stem}.pdf"
        if not result.is_file() or result.stat().st_size == 0 or not _looks_like_pdf(result):
            raise DocumentError(f"LibreOffice 未能把 {docx.name} 转换为 PDF（文档可能已损坏）")
        move_into_place(result, target)
    return target


def move_into_place(source: Path, target: Path) -> None:
    try:
        with writing(target) as partial:
            shutil.copyfile(source, partial)
    except OSError as exc:
        raise DocumentError(f"无法写入 {target}：{os_reason(exc)}") from None


def _run(command: list[str], timeout: float, env: dict[str, str] | None = None) -> None:
    try:
        # Own process group: soffice forks soffice.bin, which must die with it on timeout.
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=os.name == "posix",
            env=env,
        )
    except OSError as exc:
        raise DocumentError(f"无法启动 LibreOffice（{command[0]}）：{exc.strerror}") from None
    try:
        process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill(process)
        raise DocumentError(f"LibreOffice 转换 PDF 超时（超过 {timeout:g} 秒）") from None


def _kill(process: subprocess.Popen[bytes]) -> None:
    if os.name == "posix":
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    else:
        process.kill()
    process.communicate()


def _looks_like_pdf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(5) == b"%PDF-"
