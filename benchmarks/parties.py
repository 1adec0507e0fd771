"""Speed of ``party show`` (one party with 10,000 cases) and ``party list --text`` against
hand-written SQL on the same SQLite file (issue 17).

    PYTHONPATH=src python benchmarks/generate.py /tmp/province.db          # or --cases 200000
    PYTHONPATH=src python benchmarks/parties.py /tmp/province.db [--repeat 7]

The generated register has no parties: this script adds them first (once; a second run
finds them), with raw ``sqlite3``: one company, 示范县恒信商贸有限公司, in BIG cases (default
10,000) in every category, and a party of its own for every other case — natural persons
with valid resident IDs and companies with valid 统一社会信用代码, named from a small stock
of surnames and words, so that ``--text 恒信`` matches a few hundred names. Then, in one
process (imports excluded), it checks that fylink's answer equals the floor's and times both:

* ``party show``: the category summary, the first 100 cases with their last event, the
  newest 30 facts of the timeline (fylink's ``parties.party_file``);
* ``party list --text 恒信``: count and the first page of 50, most cases first
  (``parties.list_parties``).

Results go to stdout as a Markdown table.
"""

import argparse
import random
import sqlite3
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

BIG_NAME = "示范县恒信商贸有限公司"
BIG_CODE = "91410594MA04K7Q47N"
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"
WORDS = ["恒信", "宏达", "天成", "顺通", "金利", "鑫源", "华泰", "永兴", "德利", "瑞丰", "隆昌"]
KINDS = ["商贸", "建材", "机械", "物流", "置业", "实业", "科技", "农业"]


def _resident_id(rng: random.Random, identifiers) -> str:
    body = f"4105{rng.randint(10, 99)}{rng.randint(1950, 2004)}{rng.randint(1, 12):02d}"
    body += f"{rng.randint(1, 28):02d}{rng.randint(100, 999)}"
    return body + identifiers.resident_id_check_char(body)


def _credit_code(n: int, identifiers) -> str | None:
    """A valid 统一社会信用代码 (9 1 410594, an organisation code from ``n``, checks)."""
    alphabet = identifiers.CREDIT_CODE_ALPHABET[:31]
    body = ""
    for _ in range(8):
        body += alphabet[n % len(alphabet)]
        n //= len(alphabet)
    try:
        org = body + identifiers.organization_code_check_char(body)
        first17 = "91410594" + org
        return identifiers.validate_credit_code(
            first17 + identifiers.credit_code_check_char(first17)
        )
    except Exception:  # a check character outside the alphabet: no number then
        return None


_PARTY_COLUMNS = "id, name, kind, id_kind, id_number, created_at"


def add_parties(path: Path, big: int, seed: int) -> None:
    from fylink.domain import identifiers

    db = sqlite3.connect(path)
    if db.execute("SELECT count(*) FROM party").fetchone()[0]:
        db.close()
        return
    rng = random.Random(seed)
    now = datetime.now(UTC).isoformat(sep=" ")
    case_ids = [r[0] for r in db.execute("SELECT id FROM cases ORDER BY id")]
    chosen = set(rng.sample(case_ids, min(big, len(case_ids))))
    db.execute("PRAGMA journal_mode = OFF")
    db.execute(
        f"INSERT INTO party ({_PARTY_COLUMNS}) VALUES (1, ?, ?, ?, ?, ?)",
        (BIG_NAME, "法人或其他组织", "统一社会信用代码", BIG_CODE, now),
    )
    parties, links = [], []
    seen: set[str] = {BIG_CODE}
    next_id = 2
    for case_id in case_ids:
        if case_id in chosen:
            links.append((case_id, 1, "申请人"))
            continue
        if rng.random() < 0.7:
            name = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.randint(1, 2)))
            number = _resident_id(rng, identifiers)
            kind, id_kind = "自然人", "身份证"
        else:
            name = f"示范县{rng.choice(WORDS)}{rng.choice(KINDS)}有限公司{next_id % 97}"
            number = _credit_code(next_id, identifiers)
            kind, id_kind = "法人或其他组织", "统一社会信用代码"
        if number is None or number in seen:
            number = None
        else:
            seen.add(number)
        parties.append((next_id, name, kind, id_kind if number else "", number, now))
        links.append((case_id, next_id, "申请人"))
        next_id += 1
    db.executemany(
        f"INSERT INTO party ({_PARTY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
        parties,
    )
    db.executemany("INSERT INTO case_party (case_id, party_id, role) VALUES (?, ?, ?)", links)
    db.commit()
    db.execute("ANALYZE")
    db.close()


# --- the floor: what an engineer would write by hand ---------------------------------------


def floor_show(db: sqlite3.Connection, code: str) -> dict:
    (party_id,) = db.execute("SELECT id FROM party WHERE id_number = ?", (code,)).fetchone()
    mine = "SELECT DISTINCT case_id FROM case_party WHERE party_id = ?"
    summary = db.execute(
        f"""SELECT category, count(*), sum(status != '已结'),
                   coalesce(sum(claimed_fen), 0), coalesce(sum(recovered_fen), 0)
            FROM cases WHERE id IN ({mine}) GROUP BY category ORDER BY count(*) DESC, category""",
        (party_id,),
    ).fetchall()
    cases = db.execute(
        f"""SELECT c.case_no, c.status, e.occurred_on, e.kind,
                   (SELECT group_concat(cp.role, '、') FROM case_party cp
                    WHERE cp.case_id = c.id AND cp.party_id = ?)
            FROM cases c JOIN unit u ON u.id = c.unit_id
            LEFT JOIN case_event e ON e.id = (
                SELECT e2.id FROM case_event e2 WHERE e2.case_id = c.id
                ORDER BY e2.occurred_on DESC, e2.id DESC LIMIT 1)
            WHERE c.id IN ({mine}) ORDER BY c.category, c.filed_on DESC, c.id DESC LIMIT 100""",
        (party_id, party_id),
    ).fetchall()
    timeline = db.execute(
        f"""SELECT day, what, no FROM (
                SELECT filed_on AS day, '立案' AS what, case_no AS no FROM cases
                WHERE id IN ({mine})
                UNION ALL SELECT closed_on, '结案', case_no FROM cases
                WHERE id IN ({mine}) AND closed_on IS NOT NULL
                UNION ALL SELECT e.occurred_on, e.kind, c.case_no FROM case_event e
                JOIN cases c ON c.id = e.case_id
                WHERE e.case_id IN ({mine}) AND e.kind NOT IN ('立案', '结案'))
            ORDER BY day DESC, no LIMIT 30""",
        (party_id, party_id, party_id),
    ).fetchall()
    return {
        "summary": [list(r) for r in summary],
        "cases": [(r[0], r[4], r[3]) for r in cases],
        "timeline": sorted(r[2] for r in timeline),
    }


def floor_list(db: sqlite3.Connection, text: str) -> dict:
    like = f"%{text}%"
    # What fylink matches: the name or a former name, and not a record merged into another.
    where = """(p.name LIKE ? OR EXISTS (SELECT 1 FROM party_alias a
                                          WHERE a.party_id = p.id AND a.name LIKE ?))
               AND NOT EXISTS (SELECT 1 FROM party_merge m WHERE m.party_id = p.id)"""
    total = db.execute(f"SELECT count(*) FROM party p WHERE {where}", (like, like)).fetchone()[0]
    page = db.execute(
        f"""SELECT p.id, p.name, coalesce(n.cases, 0) AS cases FROM party p
            LEFT JOIN (SELECT cp.party_id, count(DISTINCT cp.case_id) AS cases
                       FROM case_party cp
                       WHERE cp.party_id IN (SELECT id FROM party p WHERE {where})
                       GROUP BY cp.party_id) n ON n.party_id = p.id
            WHERE {where} ORDER BY cases DESC, p.name, p.id LIMIT 50""",
        (like, like, like, like),
    ).fetchall()
    ids = ",".join(str(r[0]) for r in page) or "0"
    opened = dict(
        db.execute(
            f"""SELECT cp.party_id, count(DISTINCT cp.case_id) FROM case_party cp
                JOIN cases c ON c.id = cp.case_id
                WHERE cp.party_id IN ({ids}) AND c.status != '已结' GROUP BY cp.party_id"""
        ).fetchall()
    )
    return {"total": total, "names": [(r[1], r[2], opened.get(r[0], 0)) for r in page]}


# --- fylink ------------------------------------------------------------------------------


def fylink_show(connection, code: str) -> dict:
    from fylink.services import parties

    file = parties.party_file(reader=connection, ref=code, limit=100)
    return {
        "summary": [
            [s.category, s.cases, s.open_cases, s.claimed_fen, s.recovered_fen]
            for s in file.summary
        ],
        "cases": [(c.case_no, c.roles, c.last_event) for c in file.cases],
        # The same newest facts; fylink orders a day's facts by kind, the floor by number.
        "timeline": sorted(about for _, _, about in file.timeline),
    }


def fylink_list(connection, text: str) -> dict:
    from fylink.services import parties

    rows, total = parties.list_parties(
        reader=connection, flt=parties.PartyFilter(text=text), limit=50
    )
    return {"total": total, "names": [(r.party.name, r.cases, r.open_cases) for r in rows]}


def best(call, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--big", type=int, default=10_000, help="cases of the one big party")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--seed", type=int, default=17)
    options = parser.parse_args(argv)
    started = time.perf_counter()
    add_parties(options.path, options.big, options.seed)
    prepared = time.perf_counter() - started

    from fylink import db as fylink_db

    raw = sqlite3.connect(f"file:{options.path}?mode=ro", uri=True)
    cases = raw.execute("SELECT count(*) FROM cases").fetchone()[0]
    with fylink_db.read_scope(f"sqlite:///{options.path}") as connection:
        rows = []
        for name, mine, floor in (
            (
                f"party show (a party in {options.big:,} cases)",
                lambda: fylink_show(connection, BIG_CODE),
                lambda: floor_show(raw, BIG_CODE),
            ),
            (
                "party list --text 恒信 (count + first page of 50)",
                lambda: fylink_list(connection, "恒信"),
                lambda: floor_list(raw, "恒信"),
            ),
        ):
            got, want = mine(), floor()
            if got != want:
                print(f"{name}: fylink and the floor differ\n{got}\n{want}", file=sys.stderr)
                return 1
            a, b = best(mine, options.repeat), best(floor, options.repeat)
            rows.append((name, a, b))
    print(f"{cases:,} cases; parties added in {prepared:.1f} s\n")
    print("| work | fylink service s | floor queries s | ratio |")
    print("|---|---:|---:|---:|")
    for name, a, b in rows:
        print(f"| {name} | {a:.3f} | {b:.3f} | {a / b:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
