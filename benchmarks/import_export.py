"""Speed and memory of ``fylink case import`` / ``case export`` on large spreadsheets.

Generates case registers of N rows (.xlsx written with openpyxl's write-only mode
and .csv in UTF-8 and GBK, as an office would have them: valid 案号, parties with
valid ID numbers and 统一社会信用代码, closed cases with outcomes), then runs the
real command line in a child process on a fresh database and measures the wall
time and the child's peak resident memory (``wait4``'s ``ru_maxrss``).

    python benchmarks/import_export.py                 # 10,000 and 100,000 rows
    python benchmarks/import_export.py --rows 20000    # one size
    python benchmarks/import_export.py --keep out/     # keep files and databases

Results go to stdout as a Markdown table. Linux/macOS only (``os.wait4``).
"""

import argparse
import csv
import hashlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROSTER = ROOT / "examples" / "roster.yaml"
TODAY = "2025-06-30"

HEADERS = [
    "案号",
    "类别",
    "领域",
    "被申请人/被告",
    "申请人/原告",
    "立案日期",
    "结案日期",
    "结果",
    "是否开庭",
    "负责人是否出庭",
    "标的金额",
    "执行到位金额",
    "实质性化解",
    "案情摘要",
]
UNITS = ["县自然资源局", "县住建局", "县人社局", "县公安局", "县市场监管局", "城关镇", "县税务局"]
FIELDS = ["土地征收", "房屋征收拆迁", "社会保障", "治安管理", "市场监管", "城市管理", "税务"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
GIVEN = "建国伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华玉萍鹏辉玲"
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def resident_id(n: int) -> str:
    """A valid ID number, different for every n below 1,000,000."""
    born = date(1950, 1, 1) + timedelta(days=(n * 7919) % 18250)
    first = f"4105{10 + n // 1000 % 90}{born:%Y%m%d}{n % 1000:03d}"
    total = sum(int(c) * w for c, w in zip(first, ID_WEIGHTS, strict=True))
    return first + "10X98765432"[total % 11]


def credit_code(index: int) -> str:
    body = f"{index:08d}"  # positions 9-16, then their GB 11714 check character
    org_total = sum(int(c) * w for c, w in zip(body, (3, 7, 9, 10, 5, 8, 4, 2), strict=True))
    first = f"91410500{body}" + {10: "X", 11: "0"}.get(
        11 - org_total % 11, str(11 - org_total % 11)
    )
    total = sum(CREDIT_ALPHABET.index(c) * w for c, w in zip(first, CREDIT_WEIGHTS, strict=True))
    return first + CREDIT_ALPHABET[(31 - total % 31) % 31]


def person(rng: random.Random, n: int) -> str:
    name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
    return f"{name}:{resident_id(n)}"


def rows(count: int, seed: int = 6) -> list[list[object]]:
    """``count`` register rows; 行政诉讼 with court 案号, 行政复议 with free numbers."""
    rng = random.Random(seed)
    out: list[list[object]] = []
    start = date(2023, 1, 1)
    for n in range(1, count + 1):
        filed = start + timedelta(days=rng.randrange(0, 900))
        unit_index = rng.randrange(len(UNITS))
        litigation = n % 2 == 0
        if litigation:
            number, category = f"（{filed.year}）豫0591行初{n}号", "行政诉讼"
        else:
            number, category = f"示政复〔{filed.year}〕{n}号", "行政复议"
        parties = [person(rng, n)]
        if rng.random() < 0.3:
            parties.append(f"示范县第{n % 500}号有限公司:{credit_code(n % 500)}")
        closed = filed + timedelta(days=rng.randrange(20, 200))
        is_closed = closed <= date.fromisoformat(TODAY) and rng.random() < 0.7
        outcome = ""
        if is_closed:
            choices = (
                ["驳回诉讼请求", "撤销", "准予撤诉"] if litigation else ["维持", "撤销", "调解"]
            )
            outcome = rng.choice(choices)
        heard = litigation and rng.random() < 0.8
        out.append(
            [
                number,
                category,
                FIELDS[unit_index],
                UNITS[unit_index],
                "、".join(parties),
                filed,
                closed if is_closed else None,
                outcome,
                ("是" if heard else "否") if litigation else "",
                ("是" if rng.random() < 0.9 else "否") if heard else "",
                f"{rng.randrange(1, 500) * 1000}" if rng.random() < 0.2 else "",
                "",
                ("是" if rng.random() < 0.8 else "否") if is_closed and not litigation else "",
                "不服行政处罚决定"
                if rng.random() < 0.5
                else "=不服征收补偿决定（以=开头，检验防公式注入）",
            ]
        )
    return out


def write_xlsx(path: Path, data: list[list[object]]) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("台账")
    sheet.append(HEADERS)
    for row in data:
        sheet.append(["'" + v if isinstance(v, str) and v.startswith("=") else v for v in row])
    book.save(path)


def write_excel_layout(path: Path, data: list[list[object]]) -> None:
    """The layout Excel itself writes: a shared-string table, plain UTF-8, dates as serial
    numbers with a date style, a <dimension> tag (openpyxl's write-only mode writes every
    string inline, as character references)."""
    from xml.sax.saxutils import escape

    strings: dict[str, int] = {}
    epoch = date(1899, 12, 30)

    def cell(ref: str, value: object) -> str:
        if value is None or value == "":
            return ""
        if isinstance(value, date):
            return f'<c r="{ref}" s="1"><v>{(value - epoch).days}</v></c>'
        text = "'" + value if str(value).startswith("=") else str(value)
        index = strings.setdefault(text, len(strings))
        return f'<c r="{ref}" t="s"><v>{index}</v></c>'

    letters = [chr(ord("A") + i) for i in range(len(HEADERS))]
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            head = f'<worksheet xmlns="{main}"><dimension ref="A1:N{len(data) + 1}"/>'
            sheet.write(f"{head}<sheetData>".encode())
            for number, row in enumerate([HEADERS, *data], start=1):
                cells = "".join(cell(f"{c}{number}", v) for c, v in zip(letters, row, strict=True))
                sheet.write(f'<row r="{number}">{cells}</row>'.encode())
            sheet.write(b"</sheetData></worksheet>")
        shared = "".join(f"<si><t>{escape(text)}</t></si>" for text in strings)
        archive.writestr("xl/sharedStrings.xml", f'<sst xmlns="{main}">{shared}</sst>')
        archive.writestr(
            "xl/styles.xml",
            f'<styleSheet xmlns="{main}"><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/>'
            "</cellXfs></styleSheet>",
        )
        archive.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
            '<sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
            f'<Relationship Id="rId3" Type="{rel}/styles" Target="styles.xml"/>'
            "</Relationships>",
        )


def write_csv(path: Path, data: list[list[object]], encoding: str) -> None:
    with open(path, "w", encoding=encoding, newline="") as f:
        writer = csv.writer(f)
        writer.writerow(HEADERS)
        for row in data:
            writer.writerow(
                [
                    v.isoformat()
                    if isinstance(v, date)
                    else ("'" + v if isinstance(v, str) and v.startswith("=") else v or "")
                    for v in row
                ]
            )


@dataclass
class Result:
    operation: str
    rows: int
    wall: float
    cpu: float
    rss_mb: float


def measured(operation: str, size: int, args: list[str], env: dict[str, str]) -> Result:
    """Run fylink in a child process: wall time, CPU time (user + system), peak RSS."""
    # subprocess reaps its children itself, so a tiny wrapper calls wait4 for us.
    code = (
        "import os,sys,json,time,subprocess;"
        "t=time.perf_counter();p=subprocess.Popen(sys.argv[1:],stdout=subprocess.PIPE,"
        "stderr=subprocess.STDOUT,text=True);"
        "out=p.stdout.read();_,st,ru=os.wait4(p.pid,0);"
        "print(json.dumps([time.perf_counter()-t,ru.ru_utime+ru.ru_stime,ru.ru_maxrss,"
        "os.waitstatus_to_exitcode(st),out]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, sys.executable, "-m", "fylink", *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    wall, cpu, rss_kb, exit_code, output = json.loads(result.stdout)
    if exit_code:
        raise SystemExit(f"fylink {' '.join(args)} failed ({exit_code}):\n{output}")
    return Result(operation, size, wall, cpu, rss_kb / 1024), output  # type: ignore[return-value]


FLOOR_COLUMNS = (
    "category", "case_no", "no_kind", "year", "court_code", "court_level", "type_code",
    "type_name", "case_family", "instance", "field", "unit_id", "court", "received_on",
    "filed_on", "status", "is_loss", "summary", "created_at", "updated_at",
)  # fmt: skip


def floor(db: Path, size: int) -> Result:
    """The storage alone: plain sqlite3 inserts the same rows an import writes (a case,
    1.3 parties and links, a hashed journal row per case) without parsing or checking."""
    rng = random.Random(1)
    started, cpu = time.perf_counter(), time.process_time()
    connection = sqlite3.connect(db, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    connection.execute("BEGIN IMMEDIATE")
    now = "2025-06-30 10:00:00.000000"
    previous = "0" * 64
    for start in range(0, size, 1000):
        chunk = range(start, min(size, start + 1000))
        cases = [
            ("行政诉讼", f"（2024）豫0591行初{n + 1}号", "案号", 2024, "豫0591", "基层", "行初",
             "行政一审案件", "行政", "一审", "土地征收", 1, "", "2024-03-01", "2024-03-01",
             "已结" if n % 2 else "在办", bool(n % 2), "不服行政处罚决定", now, now)
            for n in chunk
        ]  # fmt: skip
        connection.executemany(
            f"INSERT INTO cases ({', '.join(FLOOR_COLUMNS)},"
            " is_correction, is_judgment, is_settled, is_withdrawn, risk_level)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,0,0,0,'')",
            cases,
        )
        ids = _last_ids(connection, "cases", len(cases))
        parties = [(f"当事人{n}", "自然人", "身份证", resident_id(n), now) for n in chunk]
        connection.executemany(
            "INSERT INTO party (name, kind, id_kind, id_number, created_at) VALUES (?,?,?,?,?)",
            parties,
        )
        party_ids = _last_ids(connection, "party", len(parties))
        links = [(c, p, "原告") for c, p in zip(ids, party_ids, strict=True)]
        links += [(c, party_ids[0], "第三人") for c in ids if rng.random() < 0.3]
        connection.executemany(
            "INSERT INTO case_party (case_id, party_id, role) VALUES (?,?,?)", links
        )
        journal = []
        for case_id, values in zip(ids, cases, strict=True):
            after = json.dumps(
                dict(zip(FLOOR_COLUMNS, values, strict=True)) | {"id": case_id},
                ensure_ascii=False,
                sort_keys=True,
            )
            digest = hashlib.sha256((previous + after).encode()).hexdigest()
            journal.append(
                (now, "bench", "floor", "insert", "case", case_id, case_id, after, previous, digest)
            )
            previous = digest
        connection.executemany(
            "INSERT INTO journal (at, actor, command, action, entity, entity_id, case_id,"
            ' "after", prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)',
            journal,
        )
    connection.execute("COMMIT")
    connection.close()
    return Result("floor: raw sqlite3, same rows", size, time.perf_counter() - started,
                  time.process_time() - cpu, 0)  # fmt: skip


def _last_ids(connection: sqlite3.Connection, table: str, count: int) -> list[int]:
    # Under the write lock, new rowids follow the largest one.
    (last,) = connection.execute(f"SELECT max(id) FROM {table}").fetchone()
    return list(range(last - count + 1, last + 1))


def calibration() -> float:
    """Seconds for a fixed pure-Python loop: compares this machine with others."""
    started = time.process_time()
    sum(range(30_000_000))
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, action="append", help="rows (repeatable)")
    parser.add_argument("--keep", type=Path, help="folder for the files (kept)")
    parser.add_argument("--only", help="run only the operations whose label contains this")
    options = parser.parse_args()
    sizes = options.rows or [10_000, 100_000]
    folder = options.keep or Path(tempfile.mkdtemp(prefix="fylink-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(ROOT / "src"),
        FYLINK_TODAY=TODAY,
        FYLINK_HOME=str(folder / "home"),
        NO_COLOR="1",
        FYLINK_USER="bench",
    )
    env.pop("FYLINK_DB", None)
    results: list[Result] = []

    def new_database(name: str) -> list[str]:
        db = folder / name
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        subprocess.run(
            [sys.executable, "-m", "fylink", "--db", str(db), "init", "--roster", str(ROSTER)],
            env=env,
            check=True,
            capture_output=True,
        )
        return ["--db", str(db)]

    load = os.getloadavg()[0]
    try:
        for size in sizes:
            data = rows(size)
            files = {
                "xlsx (Excel layout)": folder / f"cases-{size}-excel.xlsx",
                "xlsx": folder / f"cases-{size}.xlsx",
                "csv (UTF-8)": folder / f"cases-{size}.csv",
                "csv (GBK)": folder / f"cases-{size}-gbk.csv",
            }
            write_excel_layout(files["xlsx (Excel layout)"], data)
            write_xlsx(files["xlsx"], data)
            write_csv(files["csv (UTF-8)"], data, "utf-8-sig")
            write_csv(files["csv (GBK)"], data, "gbk")
            del data
            for label, path in files.items():
                if label == "csv (GBK)" and size != sizes[0]:
                    continue  # the encoding does not change the speed; once is enough
                if options.only and options.only not in label:
                    continue
                db = new_database(f"bench-{size}-{path.stem}.db")
                result, output = measured(
                    f"import {label}", size, [*db, "case", "import", str(path)], env
                )
                assert f"新增 {size}" in output, output
                results.append(result)
                result, output = measured(
                    f"re-import {label}: unchanged", size, [*db, "case", "import", str(path)], env
                )
                assert f"未变 {size}" in output, output
                results.append(result)
                if label == "xlsx":
                    for suffix in ("xlsx", "csv"):
                        target = folder / f"export-{size}.{suffix}"
                        result, _ = measured(
                            f"export {suffix}",
                            size,
                            [*db, "case", "export", str(target), "--force"],
                            env,
                        )
                        results.append(result)
            if not options.only:
                results.append(floor(Path(new_database(f"floor-{size}.db")[1]), size))
    finally:
        if options.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    print(
        f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average {load:.1f};"
        f" calibration (sum(range(3e7))): {calibration():.2f} s CPU\n"
    )
    print("| operation | rows | wall (s) | CPU (s) | peak RSS (MB) |")
    print("|---|---:|---:|---:|---:|")
    for r in results:
        rss = f"{r.rss_mb:.0f}" if r.rss_mb else "–"
        print(f"| {r.operation} | {r.rows:,} | {r.wall:.1f} | {r.cpu:.1f} | {rss} |")


if __name__ == "__main__":
    main()
