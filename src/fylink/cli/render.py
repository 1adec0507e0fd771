"""Output for people (Rich tables on a terminal, aligned plain text when piped
or NO_COLOR is set) and for scripts (``--json``)."""

import os
import sys
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

Row = Sequence[Any]


def plain() -> bool:
    """Plain text when stdout is not a terminal or NO_COLOR is set."""
    return bool(os.environ.get("NO_COLOR")) or not sys.stdout.isatty()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if value is True:
        return "是"
    if value is False:
        return "否"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def print_json(data: Any) -> None:
    # orjson: the standard library's encoder falls back to pure Python when indenting,
    # four times slower on a report of 200 units (60 ms against 15 ms compact).
    import orjson

    options = orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS | orjson.OPT_APPEND_NEWLINE
    sys.stdout.write(orjson.dumps(data, default=_json_default, option=options).decode())


def print_json_array(items: Iterable[Any], *, batch: int = 1000) -> None:
    """A JSON array written as its items come, byte for byte what :func:`print_json` writes
    for the whole list, holding ``batch`` items' text at a time (``case list --all``)."""
    import orjson

    options = orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS
    write = sys.stdout.write
    chunk: list[str] = []
    started = False
    for item in items:
        # An item's own lines, indented one level; a JSON string holds no raw newline.
        text = orjson.dumps(item, default=_json_default, option=options).decode()
        chunk.append(("[\n  " if not started else ",\n  ") + text.replace("\n", "\n  "))
        started = True
        if len(chunk) >= batch:
            write("".join(chunk))
            chunk.clear()
    chunk.append("\n]\n" if started else "[]\n")
    write("".join(chunk))


def print_json_batches(batches: Iterable[list[Any]]) -> None:
    """:func:`print_json_array` for items that come a list at a time: each list dumped in
    one piece and its brackets taken off, so the whole is byte for byte what
    :func:`print_json` writes for all the items (``case list --all``)."""
    import orjson

    options = orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS
    write = sys.stdout.write
    started = False
    for items in batches:
        if not items:
            continue
        # "[\n  {…},\n  {…}\n]": the items' lines, already indented one level
        text = orjson.dumps(items, default=_json_default, option=options).decode()
        write(("[\n" if not started else ",\n") + text[2:-2])
        started = True
    write("\n]\n" if started else "[]\n")


def table(
    columns: Sequence[str], rows: Sequence[Row], *, title: str = "", caption: str = ""
) -> None:
    if plain():
        _plain_table(columns, rows, title=title, caption=caption)
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    rich_table = Table(title=title or None, caption=caption or None, header_style="bold")
    for column in columns:
        rich_table.add_column(column, overflow="fold")
    for row in rows:
        rich_table.add_row(*(Text(_cell(v)) for v in row))
    Console().print(rich_table)


# Cells of the characters an office's tables are made of, the same as Rich counts them
# (tests/cli/test_render_width.py checks every one against rich.cells): a plain table of Chinese
# text is measured without importing Rich. Any other character is measured by Rich.
_NARROW = (
    (0x20, 0x7E),
    (0xA1, 0xFF),
    (0x2010, 0x2027),
    (0x2100, 0x214F),
    (0x2190, 0x22FF),
    (0x2460, 0x24FF),
    (0x2500, 0x257F),
)
_WIDE = ((0x3000, 0x3029), (0x3030, 0x303E), (0x3400, 0x4DBF), (0x4E00, 0x9FFF))
_WIDE_FORMS = ((0xFF01, 0xFF60), (0xFFE0, 0xFFE6))


def _cells(character: str) -> int:
    """1 or 2 for a character of the ranges above; 0 for any other."""
    code = ord(character)
    for low, high in _NARROW:
        if low <= code <= high:
            return 1
    for low, high in _WIDE + _WIDE_FORMS:
        if low <= code <= high:
            return 2
    return 0


def _width(text: str) -> int:
    """Cells of ``text`` in a terminal, as Rich counts them."""
    if text.isascii() and text.isprintable():
        return len(text)
    total = 0
    for character in text:
        cells = _cells(character)
        if not cells:
            from rich.cells import cell_len

            return cell_len(text)
        total += cells
    return total


def _plain_table(columns: Sequence[str], rows: Sequence[Row], *, title: str, caption: str) -> None:
    cells = [[_cell(v).replace("\n", " ") for v in row] for row in rows]
    widths = [_width(c) for c in columns]
    for row in cells:
        for i, value in enumerate(row):
            widths[i] = max(widths[i], _width(value))
    out = sys.stdout
    if title:
        out.write(title + "\n")

    def line(values: Sequence[str]) -> str:
        padded = [v + " " * (widths[i] - _width(v)) for i, v in enumerate(values)]
        return "  ".join(padded).rstrip() + "\n"

    out.write(line(columns))
    for row in cells:
        out.write(line(row))
    if caption:
        out.write(caption + "\n")


def fields(pairs: Sequence[tuple[str, Any]], *, title: str = "") -> None:
    """A record as label/value lines (for ``show`` commands)."""
    if plain():
        if title:
            sys.stdout.write(title + "\n")
        width = max((_width(label) for label, _ in pairs), default=0)
        for label, value in pairs:
            pad = " " * (width - _width(label))
            sys.stdout.write(f"{label}{pad}  {_cell(value)}\n")
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    for label, value in pairs:
        grid.add_row(Text(label), Text(_cell(value)))
    console = Console()
    if title:
        console.print(Text(title, style="bold"))
    console.print(grid)


def message(text: str) -> None:
    sys.stdout.write(text + "\n")


def warn(text: str) -> None:
    sys.stderr.write(text + "\n")
