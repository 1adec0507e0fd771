"""Files fylink writes: where they may go and how they are written.

Every output (exports, reports, documents, backups) is checked before any work is done
— a new path, or an existing regular file replaced only with ``--force``; never a device,
a pipe, a symbolic link or a folder — and written to a temporary file in the same folder
that only its owner may read (0600: most outputs hold personal data), then renamed into
place, so a reader never sees half a file and a failure leaves nothing behind.

Standard library only: the CLI calls it before loading anything heavy.
"""

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path

from fylink.errors import ConflictError, FylinkError, InvalidInputError

#: The longest file name (bytes) and path most file systems accept.
NAME_MAX = 255
PATH_MAX = 4096

_REASONS = {
    errno.EACCES: "没有权限",
    errno.EPERM: "没有权限",
    errno.ENOSPC: "磁盘空间不足",
    errno.EDQUOT: "磁盘配额已满",
    errno.EROFS: "文件系统只读",
    errno.EISDIR: "同名的文件夹已存在",
    errno.ENOENT: "文件或文件夹不存在",
    errno.ENOTDIR: "路径中有一段不是文件夹",
    errno.ENAMETOOLONG: "文件名或路径过长",
    errno.ELOOP: "符号链接层数过多",
    errno.EEXIST: "文件已存在",
    errno.EXDEV: "不能跨文件系统改名",
}


class NotRegularFile(OSError):
    """The output path names a device, a pipe or a symbolic link."""


def os_reason(exc: OSError) -> str:
    """An OS error in the clerk's words."""
    return _REASONS.get(exc.errno or 0) or exc.strerror or str(exc)


def check_output(
    path: Path,
    *,
    force: bool,
    what: str = "输出文件",
    make_folder: bool = False,
    error: type[FylinkError] = InvalidInputError,
) -> Path:
    """Refuse an output path that cannot or must not be written; return it expanded.

    A new path in an existing, writable folder is fine; an existing regular file only with
    ``force``; anything else (a folder, a device such as /dev/null, a pipe, a symbolic
    link, a name too long) is refused — with ``error`` (documents use DocumentError), or
    ConflictError for an existing file. ``make_folder`` creates a missing folder.
    """
    path = Path(path).expanduser()
    if len(os.fsencode(path.name)) > NAME_MAX or len(os.fsencode(str(path))) >= PATH_MAX:
        raise error(f"{what}的路径过长：文件名最多 {NAME_MAX} 字节，路径最多 {PATH_MAX - 1} 字节")
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise error(f"{what} {path} 无法使用：{os_reason(exc)}") from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise error(f"{path} 是文件夹：请给出{what}的名称")
        if not stat.S_ISREG(info.st_mode):
            raise error(f"{path} 不是普通文件（设备、管道或符号链接）：拒绝写入，请另选文件名")
        if not force:
            raise ConflictError(f"文件 {path} 已存在：加 --force 覆盖")
    folder = path.parent
    if make_folder and not folder.exists():
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise error(f"无法创建文件夹 {folder}：{os_reason(exc)}") from None
    if not folder.is_dir():
        raise error(f"无法写入 {path}：文件夹 {folder} 不存在")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise error(f"无法写入 {path}：没有文件夹 {folder} 的写入权限")
    return path


def temporary_beside(path: Path) -> Path:
    """A new, empty file next to ``path`` that only its owner may read or write."""
    path = Path(path)
    name = f".{path.name[:200]}.{secrets.token_hex(4)}.tmp"
    tmp = path.parent / name
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, stat.S_IRUSR | stat.S_IWUSR)
    os.close(fd)
    return tmp


def replace_into(tmp: Path, path: Path) -> None:
    """Flush ``tmp`` to disk and rename it onto ``path`` — refusing, at the last moment
    too, a target that is no regular file."""
    with contextlib.suppress(FileNotFoundError):
        mode = os.lstat(path).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "同名的文件夹已存在", str(path))
        if not stat.S_ISREG(mode):
            raise NotRegularFile(0, "不是普通文件（设备、管道或符号链接），拒绝写入", str(path))
    os.chmod(tmp, stat.S_IRUSR | stat.S_IWUSR)
    with open(tmp, "rb") as written:
        os.fsync(written.fileno())
    os.replace(tmp, path)


@contextlib.contextmanager
def writing(path: Path) -> Iterator[Path]:
    """``with writing(out) as tmp: save(tmp)`` — the file appears at ``out`` (0600) when
    the block ends normally, and nowhere when it fails."""
    tmp = temporary_beside(path)
    try:
        yield tmp
        replace_into(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
