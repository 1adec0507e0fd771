"""Keeping the database healthy: integrity checks and online backups.

These work on the whole database rather than through one command session,
so they take a URL and open their own connections.
"""

import os
import shutil
import sqlite3
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from fylink import db, outputs
from fylink.domain.free_numbers import normalize_free_number
from fylink.errors import ConflictError, DatabaseError
from fylink.services import anchors, journal

#: Rows of SQLite's integrity report shown at most (it can list thousands).
_MAX_PROBLEMS = 5


@dataclass
class Check:
    name: str
    ok: bool
    detail: str


@dataclass
class CheckReport:
    engine: str
    checks: list[Check] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    @property
    def first_failure(self) -> Check | None:
        return next((c for c in self.checks if not c.ok), None)


def check_database(*, url: str, key: bytes | None = None) -> CheckReport:
    """Storage integrity, foreign keys, schema revision, the journal chain and its
    anchors (their MAC too, with the office's ``key``)."""
    db.ensure_database_exists(url)
    engine = db.make_engine(url, write=False)
    report = CheckReport(engine=engine.dialect.name)
    try:
        with engine.connect() as connection:
            if report.engine == "postgresql":
                connection.execution_options(
                    isolation_level="REPEATABLE READ", postgresql_readonly=True
                )
                _postgres_checks(connection, report)
            else:
                if not _sqlite_checks(connection, report):
                    return report
            revision = db.current_revision(connection)
            if revision != db.SCHEMA_HEAD:
                report.checks.append(
                    Check(
                        "结构版本",
                        False,
                        f"{revision or '无（不是 fylink 数据库）'}，程序需要 {db.SCHEMA_HEAD}",
                    )
                )
                return report
            report.checks.append(Check("结构版本", True, f"{revision}（最新）"))
            differences = schema_differences(connection)
            report.checks.append(
                Check(
                    "结构一致",
                    not differences,
                    "表、列、索引、约束与程序一致"
                    if not differences
                    else f"{len(differences)} 处不同：" + "；".join(differences),
                )
            )
            if differences:  # reading the journal could fail on a missing column
                report.checks.append(Check("变更日志", False, "结构与程序不一致，未核验"))
                return report
            report.checks.append(_number_check(connection))
            with Session(bind=connection) as session:
                result = journal.verify(session=session)
                count, breaks = anchors.check(session, key=key, given=[])
            if result.ok:
                report.checks.append(
                    Check(
                        "变更日志", True, f"{result.checked} 条，哈希链完好；最新哈希 {result.head}"
                    )
                )
            else:
                more = f"（共 {len(result.problems)} 处）" if len(result.problems) > 1 else ""
                report.checks.append(Check("变更日志", False, result.reason + more))
            report.checks.append(
                Check(
                    "锚点",
                    not breaks,
                    f"{count} 个，全部相符" + ("（含密钥校验码）" if key else "")
                    if not breaks
                    else "；".join(b.reason for b in breaks),
                )
            )
    except DBAPIError as exc:
        raise db.translate_error(exc) from None
    finally:
        engine.dispose()
    return report


def colliding_numbers(connection: Connection) -> list[tuple[str, ...]]:
    """Self-assigned numbers stored in several forms of one number (柳政复[2025]14号 and
    柳政复〔2025〕14号): each group of such rows' numbers, case numbers first."""
    groups: list[tuple[str, ...]] = []
    for query in (
        "SELECT case_no FROM cases WHERE no_kind = '自编号' ORDER BY id",
        "SELECT doc_no FROM suggestion ORDER BY id",
    ):
        by_form: dict[str, list[str]] = {}
        for (number,) in connection.execute(text(query)):
            by_form.setdefault(normalize_free_number(number), []).append(number)
        groups += [tuple(numbers) for numbers in by_form.values() if len(numbers) > 1]
    return groups


def stored_number_collisions(url: str) -> list[tuple[str, ...]]:
    """:func:`colliding_numbers` of the database at ``url`` as it is (before an upgrade:
    any schema that has the tables), or none when it has no tables yet."""
    from sqlalchemy import inspect

    path = db.sqlite_path(url)
    if path is not None and not path.exists():
        return []
    engine = db.make_engine(url)
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            if not {"cases", "suggestion"} <= tables:
                return []
            return colliding_numbers(connection)
    except DBAPIError as exc:
        raise db.translate_error(exc) from None
    finally:
        engine.dispose()


def refuse_colliding_numbers(groups: list[tuple[str, ...]]) -> None:
    """``db upgrade`` stops before it changes anything while one number is stored twice."""
    if not groups:
        return
    shown = "；".join(" 与 ".join(g) for g in groups[:_MAX_PROBLEMS])
    more = f" 等 {len(groups)} 组" if len(groups) > _MAX_PROBLEMS else ""
    raise ConflictError(
        f"未升级，数据库未作任何改动：同一编号登记了多次：{shown}{more}；"
        "请删除或改号其一（fylink case remove / case update --number / suggestion update "
        "--doc-no）后再运行 fylink db upgrade"
    )


@dataclass
class Renumbered:
    old: str
    new: str


def normalise_numbers(*, session: Session) -> list[Renumbered]:
    """Self-assigned numbers stored before they were normalised (柳政复[2025]14号) get
    their one form (柳政复〔2025〕14号), each a journaled renumbering, so look-ups by the
    old form still find it in ``fylink log``. :func:`refuse_colliding_numbers` has made
    sure that no two rows become one number."""
    from sqlmodel import col, select

    from fylink.models import Case, Suggestion

    done: list[Renumbered] = []
    cases = session.exec(
        select(Case.id, Case.case_no).where(Case.no_kind == "自编号").order_by(col(Case.id))
    ).all()
    suggestions = session.exec(
        select(Suggestion.id, Suggestion.doc_no).order_by(col(Suggestion.id))
    ).all()
    for model, column, rows in ((Case, "case_no", cases), (Suggestion, "doc_no", suggestions)):
        for row_id, number in rows:
            wanted = normalize_free_number(number)
            if wanted == number:
                continue
            row = session.get(model, row_id)
            assert row is not None
            case_id = row_id if model is Case else None
            with journal.changing(session, row, case_id=case_id) as change:
                setattr(row, column, wanted)
                change.after_extra["renumbered_from"] = number
                change.after_extra["reason"] = "升级：统一编号写法"
            done.append(Renumbered(number, wanted))
    return done


def _number_check(connection: Connection) -> Check:
    groups = colliding_numbers(connection)
    if not groups:
        return Check("编号唯一", True, "自编号和建议文号无重复写法")
    shown = "；".join(" 与 ".join(g) for g in groups[:_MAX_PROBLEMS])
    more = f" 等 {len(groups)} 组" if len(groups) > _MAX_PROBLEMS else ""
    return Check(
        "编号唯一",
        False,
        f"同一编号登记了多次：{shown}{more}（请删除或改号其一）",
    )


def schema_differences(connection: Connection) -> list[str]:
    """How the live schema differs from the models: tables, columns, types, nullability,
    indexes, unique and foreign-key constraints, one Chinese phrase each.

    The revision string alone proves nothing: 0001 was edited in place once, and a
    database stamped with it could lack a column.
    """
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    import fylink.models  # noqa: F401  (registers the tables)

    context = MigrationContext.configure(connection, opts={"compare_type": True})
    found: list[str] = []
    for difference in compare_metadata(context, SQLModel.metadata):
        if isinstance(difference, list):  # changes to one column, grouped
            found.extend(_describe_column_change(change) for change in difference)
        else:
            found.append(_describe(difference))
    return found


def _describe(difference: tuple) -> str:
    kind = difference[0]
    missing = kind.startswith("add_")  # what the models have and the database lacks
    word = "缺少" if missing else "多出"
    if kind in ("add_table", "remove_table"):
        return f"{word}表 {difference[1].name}"
    if kind in ("add_column", "remove_column"):
        _, _, table, column = difference
        return f"{word}列 {table}.{column.name}"
    if kind in ("add_index", "remove_index"):
        index = difference[1]
        columns = "、".join(c.name for c in index.columns)
        return f"{word}索引 {index.name}（{index.table.name}：{columns}）"
    if kind in ("add_constraint", "remove_constraint", "add_fk", "remove_fk"):
        constraint = difference[1]
        label = "外键" if kind.endswith("_fk") else "约束"
        columns = "、".join(c.name for c in constraint.columns)
        return f"{word}{label} {constraint.name or ''}（{constraint.table.name}：{columns}）"
    return f"{kind}：{difference[1:]}"


def _describe_column_change(change: tuple) -> str:
    kind, _, table, column, _, old, new = change
    if kind == "modify_type":
        return f"列 {table}.{column} 的类型为 {old}，程序需要 {new}"
    if kind == "modify_nullable":
        wanted = "可为空" if new else "不可为空"
        return f"列 {table}.{column} 应{wanted}"
    return f"列 {table}.{column}：{kind}（{old} → {new}）"


def _sqlite_checks(connection: Connection, report: CheckReport) -> bool:
    """False when the file is too damaged to go on."""
    try:
        rows = [r[0] for r in connection.exec_driver_sql("PRAGMA integrity_check").all()]
    except DBAPIError as exc:
        report.checks.append(Check("存储完整性", False, db.translate_error(exc).message))
        return False
    if rows == ["ok"]:
        report.checks.append(Check("存储完整性", True, "PRAGMA integrity_check: ok"))
    else:
        shown = "；".join(rows[:_MAX_PROBLEMS])
        more = f"（共 {len(rows)} 处）" if len(rows) > _MAX_PROBLEMS else ""
        report.checks.append(Check("存储完整性", False, shown + more))
        return False
    violations = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
    if violations:
        shown = "；".join(
            f"{t} 第 {rowid} 行引用的 {parent} 不存在"
            for t, rowid, parent, _ in violations[:_MAX_PROBLEMS]
        )
        report.checks.append(Check("外键", False, f"{len(violations)} 处断链：{shown}"))
    else:
        report.checks.append(Check("外键", True, "PRAGMA foreign_key_check: 无断链"))
    return True


def _postgres_checks(connection: Connection, report: CheckReport) -> None:
    version = connection.execute(text("SHOW server_version")).scalar()
    report.checks.append(Check("连接", True, f"PostgreSQL {version}"))
    invalid = (
        connection.execute(
            text(
                "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                "WHERE NOT i.indisvalid AND c.relnamespace = current_schema()::regnamespace"
            )
        )
        .scalars()
        .all()
    )
    report.checks.append(
        Check("索引", not invalid, "全部有效" if not invalid else "无效索引：" + "、".join(invalid))
    )
    unchecked = (
        connection.execute(
            text(
                "SELECT conname FROM pg_constraint "
                "WHERE NOT convalidated AND connamespace = current_schema()::regnamespace"
            )
        )
        .scalars()
        .all()
    )
    report.checks.append(
        Check(
            "约束",
            not unchecked,
            "全部已验证" if not unchecked else "未验证的约束：" + "、".join(unchecked),
        )
    )


# --- backup ---------------------------------------------------------------


@dataclass
class BackupResult:
    path: Path
    size: int
    seconds: float
    engine: str


def anchor_file(dest: Path) -> Path:
    """The file beside a backup that holds the journal's anchor at backup time."""
    return dest.with_name(dest.name + ".anchor")


def check_backup_target(dest: Path) -> Path:
    """Refuse a backup path (and its .anchor file) before anything is done."""
    try:
        dest = outputs.check_output(dest, force=False, what="备份文件", make_folder=True)
        outputs.check_output(anchor_file(dest), force=False, what="锚点文件")
    except ConflictError as exc:
        existing = exc.message.removeprefix("文件 ").split(" 已存在")[0]
        raise ConflictError(
            f"备份文件 {existing} 已存在：请换一个文件名，不会覆盖已有备份"
        ) from None
    return dest


def backup_database(*, url: str, dest: Path, anchor: str | None = None) -> BackupResult:
    """A consistent copy taken while others keep working; readable by its owner alone.

    SQLite: the backup API copies one snapshot (a read transaction: writers
    go on in WAL); the copy is a single self-contained file (rollback journal
    mode), checked with ``PRAGMA quick_check``. PostgreSQL: ``pg_dump`` in its
    custom format (one snapshot), restored with ``pg_restore``. ``anchor`` (the text of
    the journal's anchor) is written beside it, in ``NAME.anchor``.
    """
    dest = check_backup_target(dest)
    partial = dest.with_name(f".{dest.name[:200]}.{os.getpid()}.part")
    started = time.monotonic()
    engine_name = db.backend(url)
    db.ensure_database_exists(url)
    fd = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        if engine_name == "sqlite":
            source = db.sqlite_path(url)
            assert source is not None
            _sqlite_backup(source, partial)
        elif engine_name == "postgresql":
            _pg_dump(url, partial)
        else:
            raise DatabaseError(f"无法备份 {engine_name} 数据库")
        os.chmod(partial, 0o600)
        with open(partial, "rb") as written:
            os.fsync(written.fileno())
        os.replace(partial, dest)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if anchor is not None:
        with outputs.writing(anchor_file(dest)) as tmp:
            tmp.write_text(anchor, encoding="utf-8")
    return BackupResult(
        path=dest,
        size=dest.stat().st_size,
        seconds=time.monotonic() - started,
        engine=engine_name,
    )


def _sqlite_backup(source: Path, target: Path) -> None:
    timeout = db.BUSY_TIMEOUT_MS / 1000
    try:
        src = db.connect_sqlite_for_reading(source)
        try:
            dst = sqlite3.connect(target, timeout=timeout)
            try:
                src.backup(dst)  # all pages in one step: one consistent snapshot
                dst.execute("PRAGMA journal_mode = DELETE")
                result = dst.execute("PRAGMA quick_check").fetchone()[0]
                if result != "ok":
                    raise DatabaseError(f"备份副本检查未通过（{result}）：请先运行 fylink db check")
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise db.translate_error(DBAPIError(None, None, exc)) from None
    for suffix in ("-journal", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)


def _pg_dump(url: str, target: Path) -> None:
    program = shutil.which("pg_dump")
    if program is None:
        raise DatabaseError(
            "未找到 pg_dump：请安装 PostgreSQL 客户端（Debian/Ubuntu：apt-get install "
            "postgresql-client），或请数据库管理员用服务器上的 pg_dump 备份"
        )
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    libpq = parsed.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    completed = subprocess.run(
        [program, "--format=custom", "--no-password", f"--file={target}", f"--dbname={libpq}"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        lines = [line for line in completed.stderr.strip().splitlines() if line.strip()]
        reason = lines[-1] if lines else f"退出码 {completed.returncode}"
        raise DatabaseError(f"pg_dump 备份失败：{reason}")
