"""What every command module shares: settings, the session, error mapping.

Kept free of heavy imports: sqlmodel/sqlalchemy load only when a command
opens the database.
"""

import re
import shlex
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any

import typer

from fylink.cli.chinese import ChineseGroup, FylinkTyper, UsageError, chinese_usage_error
from fylink.errors import FylinkError, InvalidInputError

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlmodel import Session

    from fylink.config import Settings


#: Exit code of a file that cannot be read or written and of a number out of range: the
#: user's input (see errors.py).
EXIT_FILE = InvalidInputError.exit_code


class State:
    """Per-invocation state hung on the Click context."""

    def __init__(self, db: str | None) -> None:
        self.db = db
        self._settings: Settings | None = None

    @property
    def settings(self) -> "Settings":
        if self._settings is None:
            from fylink.config import load_settings

            self._settings = load_settings(db=self.db)
        return self._settings


def state(ctx: typer.Context) -> State:
    root = ctx.find_root()
    if not isinstance(root.obj, State):
        root.obj = State(None)
    return root.obj


def settings(ctx: typer.Context) -> "Settings":
    return state(ctx).settings


# An 18-character resident ID anywhere in the command line (e.g. in --party).
_RESIDENT_ID = re.compile(r"(?<![0-9A-Za-z])(\d{6})\d{8}(\d{3}[0-9Xx])(?![0-9A-Za-z])")


def command_line() -> str:
    """The command as typed, for the journal — with personal ID numbers masked."""
    text = "fylink " + shlex.join(sys.argv[1:]) if sys.argv else "fylink"
    return _RESIDENT_ID.sub(r"\1********\2", text)


@contextmanager
def session(ctx: typer.Context, *, write: bool) -> Iterator["Session"]:
    """Open the database for one command: one transaction, committed at the end."""
    from fylink.db import session_scope

    current = settings(ctx)
    with session_scope(
        current.db_url, write=write, actor=current.actor, command=command_line()
    ) as db_session:
        yield db_session


@contextmanager
def reading(ctx: typer.Context) -> Iterator["Connection"]:
    """Open the database read-only on a bare Core connection (no ORM): for commands
    that read through fylink.tables."""
    from fylink.db import read_scope

    with read_scope(settings(ctx).db_url) as connection:
        yield connection


def merged_unit_note(db: Any, name: str | None) -> str:
    """The one line a reading command tells on stderr when ``name`` (its ``--unit``) is a
    unit merged into another (机构改革); "" otherwise."""
    if not name or not name.strip():
        return ""
    from fylink.services.unit_names import merged_note_of

    return merged_note_of(db, name)


# Typer bundles its own copy of Click in recent releases: reach Click's classes
# through Typer's public ones instead of importing either copy by name.
_CLICK_ERROR = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")
_PASS_THROUGH: tuple[type[BaseException], ...] = (typer.Exit, typer.Abort, _CLICK_ERROR)


def fail(message: str, code: int) -> None:
    typer.echo(f"错误：{message}", err=True)
    raise typer.Exit(code)


def _translate(exc: BaseException) -> FylinkError | None:
    module = type(exc).__module__
    if module.startswith("sqlalchemy"):
        from fylink.db import translate_error

        return translate_error(exc)  # type: ignore[arg-type]
    if isinstance(exc, sqlite3.Error):
        from sqlalchemy.exc import DBAPIError

        from fylink.db import translate_error

        return translate_error(DBAPIError(None, None, exc))
    return None


def _is_conflict(exc: BaseException) -> bool:
    # fylink.db is loaded by then if a database was opened; never import it here.
    db = sys.modules.get("fylink.db")
    return db is not None and isinstance(exc, db.TransactionConflict)


class FylinkGroup(ChineseGroup):
    """Turns every expected error into one Chinese line and its exit code.

    Click's usage errors (an unknown option, a missing value …) are told in Chinese
    where they are raised (``chinese.ChineseHelp.parse_args``); any that reaches here
    otherwise is turned Chinese too, with exit code 2.

    A command whose transaction lost a serialization conflict (PostgreSQL) is
    run again from the start — parsing, settings, a fresh session — up to
    ``db.RETRY_ATTEMPTS`` times with a growing, jittered pause. Commands print
    their results after their transaction commits, so a retried attempt has
    printed nothing.
    """

    def make_context(
        self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any
    ) -> Any:
        ctx = super().make_context(info_name, list(args), parent, **extra)
        ctx.meta["fylink.argv"] = (info_name, list(args), parent, extra)
        return ctx

    def invoke(self, ctx: Any) -> Any:
        attempt = ctx.meta.get("fylink.attempt", 1)
        try:
            return super().invoke(ctx)
        except FylinkError as exc:
            if _is_conflict(exc) and "fylink.argv" in ctx.meta:
                from fylink import db

                db.stats["conflicts"] += 1
                if attempt < db.RETRY_ATTEMPTS:
                    import random
                    import time

                    time.sleep(random.uniform(0.5, 1.0) * 0.05 * 2**attempt)
                    info_name, args, parent, extra = ctx.meta["fylink.argv"]
                    fresh = self.make_context(info_name, args, parent, **extra)
                    fresh.meta["fylink.attempt"] = attempt + 1
                    with fresh:
                        return self.invoke(fresh)
            fail(exc.message, exc.exit_code)
        except UsageError as exc:
            raise chinese_usage_error(exc) from exc
        except _PASS_THROUGH:
            raise
        except BrokenPipeError:
            # The reader went away (`fylink case list | head`): stop quietly.
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(0) from None
        except KeyboardInterrupt:
            fail("已中断，本次操作未写入任何数据", 130)
        except OSError as exc:
            # A file the user named cannot be read or written (no permission, a folder
            # that does not exist, a name too long): their input, not a bug.
            from fylink.outputs import os_reason

            name = f"{exc.filename}：" if exc.filename else ""
            fail(f"文件读写失败：{name}{os_reason(exc)}", EXIT_FILE)
        except UnicodeError:
            # Bytes of the command line (or of a file) that are no UTF-8 text.
            fail("输入含有无法识别的字符（不是有效的 UTF-8 文字）：请检查后重试", EXIT_FILE)
        except OverflowError:
            # A number beyond what a database column holds (a reference over 2⁶³).
            fail("数值超出范围：请检查输入的编号或数字", EXIT_FILE)
        except Exception as exc:
            translated = _translate(exc)
            if translated is not None:
                fail(translated.message, translated.exit_code)
            import os

            if os.environ.get("FYLINK_DEBUG"):
                raise
            fail(
                f"内部错误（{type(exc).__name__}: {exc}）。请设置 FYLINK_DEBUG=1 重试并报告此问题",
                1,
            )


def new_app(help_text: str) -> typer.Typer:
    """The Typer app of one noun: its commands and their help in Chinese."""
    return FylinkTyper(help=help_text)


# --- option parsers shared by commands -------------------------------------


def parse_day(value: str | None, what: str) -> date | None:
    if value is None:
        return None
    from fylink.domain.dates import parse_date

    return parse_date(value, what=what)


def parse_yes_no(value: str | None, what: str) -> bool | None:
    if value is None:
        return None
    from fylink.domain.values import parse_yes_no as parse

    return parse(value, what=what)


def page_caption(total: int, offset: int, shown: int) -> str:
    if total == 0:
        return "没有符合条件的记录"
    if shown == 0:
        return f"共 {total} 条；本页没有记录"
    return f"共 {total} 条，显示第 {offset + 1}–{offset + shown} 条"
