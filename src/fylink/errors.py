"""Errors that reach the user.

Every error fylink expects carries a fixed exit code and a one-line Chinese
message. The CLI has a single handler that prints the message to stderr and
exits with the code; nothing below the CLI prints or exits.

Exit codes (documented in README.md, never renumbered):

====  =======================================================
0     success
1     unexpected error (a bug: please report it)
2     usage error (unknown option, missing argument; from Typer)
3     invalid input (a date, 案号, ID number, category, …)
4     not found (unit, case, meeting, task, …)
5     conflict (duplicate record, or an action not allowed in the
      record's current state)
6     database problem (missing, corrupt, read-only, out of date,
      locked)
7     configuration problem
8     document problem (template, rendering, PDF conversion)
9     delivery problem (e-mail or webhook notification failed)
10    ``fylink check overdue``: overdue items exist
11    ``fylink log --verify`` / ``fylink db check``: integrity failure
====  =======================================================
"""


class FylinkError(Exception):
    """Base class: a message for the user and an exit code.

    ``field`` optionally names the input the error is about (``"filed_on"``,
    ``"case_no"``, …): the command line ignores it, the spreadsheet import
    uses it to point at the column of the faulty cell.
    """

    exit_code = 1

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class about:  # used like a function: ``with about("filed_on"): ...``
    """Tag errors raised inside the block, and not yet tagged, with ``field``."""

    __slots__ = ("field",)

    def __init__(self, field: str) -> None:
        self.field = field

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        if isinstance(exc, FylinkError) and exc.field is None:
            exc.field = self.field


class InvalidInputError(FylinkError):
    exit_code = 3


class NotFoundError(FylinkError):
    exit_code = 4


class ConflictError(FylinkError):
    exit_code = 5


class DatabaseError(FylinkError):
    exit_code = 6


class ConfigError(FylinkError):
    exit_code = 7


class DocumentError(FylinkError):
    exit_code = 8


class DeliveryError(FylinkError):
    exit_code = 9


class IntegrityFailure(FylinkError):
    exit_code = 11


#: Exit code of ``fylink check overdue`` when something is overdue.
EXIT_OVERDUE = 10
