"""Personal data and the files fylink writes (issue 20): full ID numbers only for the
office, with a reason, journaled; every file readable by its owner alone; no live
formulas in any spreadsheet."""

import json
import os
import uuid

import psycopg
import pytest
from openpyxl import load_workbook
from sqlalchemy.engine import make_url

from fylink.services.roles import roles_sql
from helpers import db_dump


@pytest.fixture
def open_umask():
    old = os.umask(0)
    yield
    os.umask(old)


def test_unmasked_export_needs_a_reason(cli, demo_db, db_url, tmp_path):
    before = db_dump(db_url)
    result = cli("case", "export", str(tmp_path / "全.csv"), "--unmasked")
    assert result.exit_code == 3
    assert result.stderr == (
        "错误：导出未脱敏的证件号码须用 --reason 写明理由，如 --reason 法院调卷\n"
    )
    assert db_dump(db_url) == before
    assert not (tmp_path / "全.csv").exists()


def test_a_failed_unmasked_export_records_nothing(cli, demo_db, db_url, tmp_path):
    """Found by tests/cli/test_fuzz.py: the journal row once came before the export, so an
    export refused for an unknown unit left it behind."""
    before = db_dump(db_url)
    out = tmp_path / "全.csv"
    result = cli("case", "export", str(out), "--unmasked", "--reason", "调卷", "-u", "=SUM(1,1)")
    assert result.exit_code == 4
    assert db_dump(db_url) == before
    assert not out.exists()


def test_a_reason_without_unmasked_is_refused(cli, demo_db, tmp_path):
    result = cli("case", "export", str(tmp_path / "a.csv"), "--reason", "调卷")
    assert result.exit_code == 3
    assert result.stderr == "错误：--reason 只与 --unmasked 同用\n"


def test_unmasked_export_is_journaled_and_private(cli, demo_db, tmp_path, open_umask):
    out = tmp_path / "全.xlsx"
    result = cli("case", "export", str(out), "--unmasked", "--reason", "法院调卷")
    assert result.exit_code == 0, result.stderr
    assert out.stat().st_mode & 0o777 == 0o600
    rows = json.loads(cli("log", "--entity", "party", "--json", "--limit", "1").stdout)
    assert rows[0]["action"] == "export"
    assert rows[0]["after"]["reason"] == "法院调卷"
    assert rows[0]["after"]["file"] == "全.xlsx"
    assert cli("log", "--verify").exit_code == 0


@pytest.mark.parametrize(
    "args",
    [
        ("case", "export", "{out}/cases.csv"),
        ("case", "export", "{out}/cases.xlsx"),
        ("unit", "export", "{out}/units.xlsx"),
        ("suggestion", "export", "{out}/s.csv"),
        ("task", "export", "{out}/t.xlsx"),
        ("task", "export", "{out}/t.docx"),
        ("meeting", "minutes", "1", "-o", "{out}/m.docx"),
        ("report", "quarterly", "--year", "2025", "--quarter", "1", "--xlsx", "{out}/q.xlsx"),
        ("report", "quarterly", "--year", "2025", "--quarter", "1", "--docx", "{out}/q.docx"),
    ],
    ids=lambda a: " ".join(a[:2]) + a[-1][-5:],
)
def test_every_file_is_readable_by_its_owner_alone(cli, demo_db, tmp_path, open_umask, args):
    argv = [a.format(out=tmp_path) for a in args]
    result = cli(*argv)
    assert result.exit_code == 0, result.stderr
    written = [p for p in tmp_path.iterdir() if p.is_file() and not p.name.endswith(".db")]
    assert written
    for path in written:
        assert path.stat().st_mode & 0o777 == 0o600, path.name
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_report_workbook_has_no_live_formulas(cli, initialized, tmp_path):
    """Unit names, task texts and suggestion numbers once became formulas (=SUM(1,1) showed
    2 in LibreOffice): every text cell goes through the case export's guard."""
    assert cli("unit", "add", "=SUM(1,1)", "--short", "+SUM(1,1)").exit_code == 0
    added = cli(
        "case", "add", "（2025）豫0591行初3号", "-c", "行政诉讼", "-u", "+SUM(1,1)",
        "--filed", "2025-02-10",
    )  # fmt: skip
    assert added.exit_code == 0, added.stderr
    task = cli("task", "add", '=HYPERLINK("http://x")', "-l", "+SUM(1,1)", "-d", "2025-01-31")
    assert task.exit_code == 0, task.stderr
    out = tmp_path / "q.xlsx"
    result = cli("report", "quarterly", "--year", "2025", "--quarter", "1", "--xlsx", str(out))
    assert result.exit_code == 0, result.stderr
    book = load_workbook(out)
    formulas = [
        (sheet.title, cell.coordinate, cell.value)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.data_type == "f" or (isinstance(cell.value, str) and cell.value[:1] in "=+@")
    ]
    assert formulas == []
    texts = {c.value for s in book.worksheets for r in s.iter_rows() for c in r}
    assert "'=SUM(1,1)" in texts or "'+SUM(1,1)" in texts


# --- PostgreSQL: only the office reads full ID numbers --------------------------------


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.mark.postgres
def test_a_liaison_may_not_export_unmasked_numbers(cli, pg_url, pg_admin_url, demo_db, tmp_path):
    name = f"liaison_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(_libpq(pg_admin_url), autocommit=True) as admin:
        admin.execute(roles_sql())
        admin.execute(f"CREATE ROLE {name} LOGIN IN ROLE fylink_liaison")
    url = make_url(pg_url).set(username=name).render_as_string(hide_password=False)
    try:
        before = db_dump(pg_url)
        out = tmp_path / "全.csv"
        result = cli("--db", url, "case", "export", str(out), "--unmasked", "--reason", "好奇")
        assert result.exit_code == 6
        assert "只有办公室" in result.stderr
        assert not out.exists()
        assert db_dump(pg_url) == before
    finally:
        with psycopg.connect(_libpq(pg_admin_url), autocommit=True) as admin:
            admin.execute(f"DROP OWNED BY {name}")
            admin.execute(f"DROP ROLE {name}")


@pytest.fixture
def demo_liaison(pg_url, pg_admin_url, demo_db):
    name = f"liaison_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(_libpq(pg_admin_url), autocommit=True) as admin:
        admin.execute(roles_sql())
        admin.execute(f"CREATE ROLE {name} LOGIN IN ROLE fylink_liaison")
    yield make_url(pg_url).set(username=name).render_as_string(hide_password=False)
    with psycopg.connect(_libpq(pg_admin_url), autocommit=True) as admin:
        admin.execute(f"DROP OWNED BY {name}")
        admin.execute(f"DROP ROLE {name}")


@pytest.mark.postgres
@pytest.mark.parametrize(
    "sql",
    [
        "SELECT id_number FROM party",
        "SELECT * FROM party",
        "SELECT count(*) FROM party WHERE id_number LIKE '4105%'",
    ],
)
def test_a_liaison_cannot_read_full_id_numbers_in_sql(demo_liaison, sql):
    with (
        psycopg.connect(_libpq(demo_liaison)) as connection,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        connection.execute(sql)


@pytest.mark.postgres
def test_a_liaison_reads_masked_numbers_only(demo_liaison, pg_url, cli, tmp_path):
    with psycopg.connect(_libpq(demo_liaison)) as connection:
        masked = [r[0] for r in connection.execute("SELECT id_number FROM party_masked")]
    with psycopg.connect(_libpq(pg_url)) as connection:
        full = connection.execute(
            "SELECT id_number FROM party WHERE id_kind = '身份证' LIMIT 1"
        ).fetchone()[0]
        case_no = connection.execute(
            "SELECT c.case_no FROM cases c JOIN case_party cp ON cp.case_id = c.id"
            " JOIN party p ON p.id = cp.party_id WHERE p.id_kind = '身份证' LIMIT 1"
        ).fetchone()[0]
    assert full not in masked
    assert any(m and "********" in m for m in masked)
    # fylink's own commands go on working for the liaison, with masked numbers
    shown = cli("--db", demo_liaison, "case", "show", case_no, "--json")
    assert shown.exit_code == 0, shown.stderr
    numbers = [p["id_number"] for p in json.loads(shown.stdout)["parties"] if p["id_number"]]
    assert numbers
    assert all("*" in n or (len(n) == 18 and not n[:17].isdigit()) for n in numbers)
    out = tmp_path / "cases.csv"
    exported = cli("--db", demo_liaison, "case", "export", str(out))
    assert exported.exit_code == 0, exported.stderr
    assert full not in out.read_text("utf-8-sig")


@pytest.mark.postgres
def test_a_liaison_finds_parties_by_masked_numbers_only(demo_liaison, pg_url, cli):
    """party show/list and case list --party (issue 17) for a login without the column:
    the visible tail finds a party; the hidden digits are never compared."""
    with psycopg.connect(_libpq(pg_url)) as connection:
        name, full = connection.execute(
            "SELECT name, id_number FROM party WHERE id_kind = '身份证' ORDER BY id LIMIT 1"
        ).fetchone()
    shown = cli("--db", demo_liaison, "party", "show", f"{name}:{full[-4:]}", "--json")
    assert shown.exit_code == 0, shown.stderr
    assert full not in shown.stdout
    assert json.loads(shown.stdout)["id_number"] == full[:6] + "********" + full[-4:]
    listed = cli("--db", demo_liaison, "party", "list", "--text", full[-4:], "--json")
    assert listed.exit_code == 0, listed.stderr
    assert full not in listed.stdout
    assert name in [p["name"] for p in json.loads(listed.stdout)]
    cases = cli("--db", demo_liaison, "case", "list", "--party", f"{name}:{full[-4:]}", "--json")
    assert cases.exit_code == 0, cases.stderr
    assert json.loads(cases.stdout)
    # A number that differs only in the masked digits is not told apart: nothing is probed.
    other = full[:6] + ("1" if full[6] != "1" else "2") + full[7:]
    probed = cli("--db", demo_liaison, "case", "list", "--party", other, "--json")
    assert probed.exit_code in (0, 4, 5)
    assert other not in probed.stdout + probed.stderr
