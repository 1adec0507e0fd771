"""Anchors of the journal: its head, recorded where an insider cannot rewrite it.

The hash chain (services/journal.py) shows an edited or removed row in the middle, but
not a cut tail, nor a chain recomputed after an edit with fylink's own function. An
anchor is the journal's head — the id of its last row (``seq``) and that row's hash —
at the moment a report is published, a document issued or a backup taken. It is kept

* in the database (table ``journal_anchor``), and as a journal row of its own, so that
  the chain covers it;
* where it is printed or stored: a line at the end of the document (and its properties),
  the backup's ``.anchor`` file beside it, the snapshot of a published report;
* optionally with an HMAC under the office's key (FYLINK_JOURNAL_KEY or the file of
  ``journal.key_file``), which the database never holds.

:func:`check` compares the journal with every anchor it knows and with those given
(``fylink log --verify --anchor HASH@SEQ``, read off a printed page), and reports every
break.
"""

import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from fylink.errors import InvalidInputError
from fylink.models import Journal, JournalAnchor
from fylink.services import journal

#: What carries an anchor, in the clerk's words.
KINDS = {
    "report": "发布的报告",
    "minutes": "会议纪要",
    "notice_letter": "督办通知",
    "consult_letter": "商请函",
    "briefing": "通报",
    "annex": "白皮书数据附件",
    "backup": "备份",
    "given": "抄录的锚点",
}

#: The shortest hash prefix accepted from a printed page (64 bits).
MIN_PREFIX = 16

_ANCHOR = re.compile(r"^\s*([0-9a-fA-F]{16,64})\s*@\s*(\d{1,18})\s*$")  # MIN_PREFIX

_JOURNAL = Journal.__table__  # type: ignore[attr-defined]
_ANCHORS = JournalAnchor.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Head:
    seq: int
    hash: str

    @property
    def text(self) -> str:
        """``HASH@SEQ``, as ``--anchor`` takes it."""
        return f"{self.hash}@{self.seq}"

    @property
    def printed(self) -> str:
        """The short form printed on a document: the first 16 hex digits are enough."""
        return f"{self.hash[:MIN_PREFIX]}@{self.seq}"


def head(session: Session) -> Head:
    """The journal's head now: its last row (0 and the genesis hash when empty)."""
    row = session.execute(
        select(_JOURNAL.c.id, _JOURNAL.c.hash).order_by(_JOURNAL.c.id.desc()).limit(1)
    ).first()
    return Head(0, journal.GENESIS) if row is None else Head(int(row.id), str(row.hash))


def mac(key: bytes, anchor: Head) -> str:
    """HMAC-SHA256 of an anchor under the office's key."""
    message = f"fylink-journal-anchor:{anchor.seq}:{anchor.hash}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def record(
    session: Session, *, kind: str, label: str, key: bytes | None, at: Head | None = None
) -> JournalAnchor:
    """Record the journal's head (or ``at``, read earlier in the command) as an anchor,
    with a journal row of its own that names it (so the chain covers the anchor)."""
    anchored = at or head(session)
    row = JournalAnchor(
        at=datetime.now(UTC),
        kind=kind,
        label=label[:255],  # a file name: the anchor names it, the file keeps its name
        seq=anchored.seq,
        hash=anchored.hash,
        mac=mac(key, anchored) if key else None,
    )
    return journal.insert(session, row)


def parse(text: str) -> Head:
    """``HASH@SEQ`` as printed (16 to 64 hex digits), or the ``.anchor`` file of a backup."""
    candidate = text.strip()
    if "@" not in candidate:
        path = Path(candidate).expanduser()
        if path.is_file():
            return read_file(path)
    match = _ANCHOR.match(candidate)
    if match is None:
        raise InvalidInputError(
            f"锚点“{text}”无法识别：应写成 哈希@序号（哈希至少 {MIN_PREFIX} 位，"
            "如文件末行“变更日志锚点 1a2b3c4d5e6f7a8b@1234”），或给出备份旁的 .anchor 文件"
        )
    return Head(int(match.group(2)), match.group(1).lower())


def sidecar_text(anchor: Head, *, label: str, mac_hex: str | None) -> str:
    """The ``.anchor`` file written beside a backup."""
    lines = [
        "fylink 变更日志锚点（备份时日志的末条记录）",
        "核验：fylink log --verify --anchor 本文件",
        f"备份：{label}",
        f"锚点：{anchor.text}",
    ]
    if mac_hex:
        lines.append(f"校验码：{mac_hex}")
    return "\n".join(lines) + "\n"


def read_file(path: Path) -> Head:
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        raise InvalidInputError(f"无法读取锚点文件 {path}") from None
    for line in text.splitlines():
        if line.startswith("锚点："):
            return parse(line.removeprefix("锚点："))
    raise InvalidInputError(f"{path} 不是 fylink 的锚点文件（没有“锚点：”一行）")


@dataclass(frozen=True)
class Break:
    #: The journal row where the break shows (None: the journal as a whole).
    at: int | None
    reason: str


def check(session: Session, *, key: bytes | None, given: list[Head]) -> tuple[int, list[Break]]:
    """Compare the journal with every anchor in the database and every ``given`` one.

    Return the number of anchors checked and every break found.
    """
    breaks: list[Break] = []
    last = head(session)
    anchors: list[tuple[str, Head, Any]] = [
        (f"{KINDS.get(a.kind, a.kind)}“{a.label}”的锚点（第 {a.id} 号）", Head(a.seq, a.hash), a)
        for a in session.execute(select(_ANCHORS).order_by(_ANCHORS.c.id)).all()
    ]
    anchors += [(f"抄录的锚点 {g.printed}", g, None) for g in given]
    for name, anchor, stored in anchors:
        problem = _compare(session, anchor, last)
        if problem:
            breaks.append(Break(anchor.seq, f"{name}：{problem}"))
        if (
            stored is not None
            and key is not None
            and stored.mac is not None
            and not hmac.compare_digest(stored.mac, mac(key, anchor))
        ):
            breaks.append(Break(anchor.seq, f"{name}的校验码与办公室密钥不符：锚点被伪造或改写"))
        if stored is not None:
            recorded = session.execute(
                select(func.count())
                .select_from(_JOURNAL)
                .where(_JOURNAL.c.entity == "journal_anchor", _JOURNAL.c.entity_id == stored.id)
            ).scalar()
            if not recorded:
                breaks.append(
                    Break(
                        None,
                        f"{name}在日志中没有记录：记录它的那条（及其后的）日志被删除",
                    )
                )
    return len(anchors), breaks


def _compare(session: Session, anchor: Head, last: Head) -> str:
    if anchor.seq == 0:
        return ""
    if anchor.seq > last.seq:
        if last.seq == 0:
            return f"它记录日志已有 {anchor.seq} 条，现在日志是空的：全部记录被删除"
        return f"它记录日志已到第 {anchor.seq} 条，现在只到第 {last.seq} 条：末尾的记录被删除"
    found = session.execute(select(_JOURNAL.c.hash).where(_JOURNAL.c.id == anchor.seq)).scalar()
    if found is None:
        return f"第 {anchor.seq} 条记录不存在：它被删除"
    if not str(found).startswith(anchor.hash):
        return f"第 {anchor.seq} 条记录的哈希与锚点不符：该条或此前的记录被修改，且哈希链被重新计算"
    return ""
