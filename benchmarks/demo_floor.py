"""The floor of ``fylink demo``: the same rows written with raw sqlite3, nothing else.

    python benchmarks/demo_floor.py DB ROWS.json

DB is an empty database with fylink's schema (benchmarks/demo.py makes it); ROWS.json holds
every row the demo writes, table by table in the order of the foreign keys, and the content
of its journal rows (action, entity, ids, before and after images) — read off a database
``fylink demo`` made. The floor inserts them with one ``executemany`` a table, in one
transaction, and chains the journal itself exactly as ``journal.record_many`` does: one time
for the command, each image serialized once as canonical JSON (sorted keys, compact, UTF-8),
SHA-256 over the previous hash and the row, the first row's id the command id. Standard
library only, so the process costs the interpreter, reading the rows and the writes.

Prints JSON: the statements executed and the rows written.
"""

import hashlib
import json
import sqlite3
import sys
from datetime import UTC, datetime

GENESIS = "0" * 64
_dump = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


def _number(value: int | None) -> str:
    return "null" if value is None else str(int(value))


def main(db_path: str, rows_path: str) -> dict[str, int]:
    with open(rows_path, encoding="utf-8") as handle:
        data = json.load(handle)
    db = sqlite3.connect(db_path, isolation_level=None)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("BEGIN IMMEDIATE")
    statements = 4
    written = 0
    for table, columns, rows in data["tables"]:
        listed = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" * len(columns))
        db.executemany(f'INSERT INTO "{table}" ({listed}) VALUES ({marks})', rows)
        statements += 1
        written += len(rows)
    previous = db.execute("SELECT hash FROM journal ORDER BY id DESC LIMIT 1").fetchone()
    previous = previous[0] if previous else GENESIS
    first = db.execute("SELECT coalesce(max(id), 0) + 1 FROM journal").fetchone()[0]
    statements += 2
    at = datetime.now(UTC)
    actor, command = "floor", "fylink demo"
    fixed = _dump([at.isoformat(timespec="microseconds"), actor, command])[1:-1]
    stored_at = at.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    journal = []
    kinds: dict[tuple[str, str], str] = {}
    for number, (action, entity, entity_id, case_id, before, after) in enumerate(
        data["journal"], start=first
    ):
        before_text = "null" if before is None else _dump(before)
        after_text = "null" if after is None else _dump(after)
        kind = kinds.get((action, entity))
        if kind is None:
            kind = kinds[(action, entity)] = _dump([action, entity])[1:-1]
        payload = (
            f'["{previous}",{fixed},{kind},'
            f"{_number(entity_id)},{_number(case_id)},{before_text},{after_text}]"
        )
        digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()
        journal.append(
            (
                number, stored_at, actor, command, action, entity, entity_id, case_id,
                first, before_text, after_text, previous, digest,
            )
        )  # fmt: skip
        previous = digest
    db.executemany(
        "INSERT INTO journal (id, at, actor, command, action, entity, entity_id, case_id, "
        "command_id, before, after, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        journal,
    )
    db.execute("COMMIT")
    db.close()
    return {"statements": statements + 2, "rows": written + len(journal), "journal": len(journal)}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], sys.argv[2])))
