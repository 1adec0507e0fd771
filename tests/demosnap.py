"""The contents of a database, table by table, with what varies from run to run masked.

``fylink demo`` writes the same office every time from its fixed seed (as of the same
FYLINK_TODAY): only the clock's times, the journal's hashes (which cover the times) and
who ran it differ. :func:`snapshot` reads every table through ``fylink.tables`` (so a
date, a flag or a JSON image reads alike on SQLite and PostgreSQL) and masks those:
tests/data/demo/snapshot.json.gz holds the demo made by the service path, one case at a
time, that the bulk path must reproduce (issue 21).

Regenerate (only when the demo is meant to change)::

    python tests/demosnap.py sqlite:////tmp/demo.db tests/data/demo/snapshot.json.gz
"""

import gzip
import json
import re
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

MASK = "*"
#: Journal columns that hold the clock, the chain or the person and command line.
_JOURNAL_VOLATILE = {"at", "hash", "prev_hash", "actor", "command"}
#: A time of day in a journal image ("2025-06-30T08:01:02.123456+00:00").
_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d")
#: Tables not part of an office's data (the schema version, the writer lock).
_SKIPPED = {"alembic_version", "writer_lock"}

FIXTURE = Path(__file__).parent / "data" / "demo" / "snapshot.json.gz"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return MASK
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, str) and _TIME.match(value):
        return MASK
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def snapshot(url: str) -> dict[str, list[list[Any]]]:
    """Every row of every table, in id order, volatile values masked."""
    from sqlalchemy import create_engine, inspect, select

    from fylink import tables

    engine = create_engine(url)
    found: dict[str, list[list[Any]]] = {}
    try:
        with engine.connect() as connection:
            names = set(inspect(connection).get_table_names())
            for table in tables.metadata.sorted_tables:
                if table.name not in names or table.name in _SKIPPED:
                    continue
                order = list(table.primary_key.columns) or list(table.columns)
                rows = []
                for row in connection.execute(select(table).order_by(*order)):
                    values = dict(row._mapping)
                    if table.name == "journal":
                        values |= dict.fromkeys(_JOURNAL_VOLATILE, MASK)
                    rows.append([_plain(values[c.name]) for c in table.columns])
                found[table.name] = rows
    finally:
        engine.dispose()
    return found


def load_fixture() -> dict[str, list[list[Any]]]:
    with gzip.open(FIXTURE, "rt", encoding="utf-8") as handle:
        return json.load(handle)


def differences(got: dict[str, list[list[Any]]], want: dict[str, list[list[Any]]]) -> list[str]:
    """What differs, table by table (the first few rows of each), for an assert message."""
    found = []
    for name in sorted(set(got) | set(want)):
        a, b = got.get(name, []), want.get(name, [])
        if a == b:
            continue
        found.append(f"{name}: {len(a)} rows, {len(b)} expected")
        shown = 0
        for index in range(max(len(a), len(b))):
            x = a[index] if index < len(a) else None
            y = b[index] if index < len(b) else None
            if x != y:
                found.append(f"  row {index}: got {x}\n           want {y}")
                shown += 1
                if shown == 3:
                    break
    return found


if __name__ == "__main__":
    url, out = sys.argv[1], Path(sys.argv[2])
    out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(snapshot(url), ensure_ascii=False, separators=(",", ":"))
    with gzip.GzipFile(out, "wb", mtime=0) as handle:
        handle.write(text.encode("utf-8"))
