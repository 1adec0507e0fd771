"""Anchors: the journal's head recorded on every published report, issued document and
backup, so that a cut tail or a chain recomputed after an edit is found (issue 20).

Each attack below passed `log --verify` and `db check` before anchors existed."""

import json
import re
from types import SimpleNamespace

import pytest
from docx import Document
from sqlalchemy import create_engine, text

from fylink.models import Journal
from fylink.services import journal

_TABLE = Journal.__table__  # type: ignore[attr-defined]


def _sql(url: str, *statements: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
    engine.dispose()


def _recompute_chain(url: str, *, edit_id: int, actor: str) -> None:
    """The insider's attack: edit one row, then recompute every hash from there on with
    fylink's own function, so the chain itself is intact again."""
    engine = create_engine(url)
    with engine.begin() as connection:
        rows = connection.execute(_TABLE.select().order_by(_TABLE.c.id)).all()
        previous = journal.GENESIS
        for row in rows:
            values = row._asdict()
            if row.id == edit_id:
                values["actor"] = actor
            values["prev_hash"] = previous
            values["hash"] = journal._digest(previous, SimpleNamespace(**values))
            if row.id >= edit_id:
                connection.execute(
                    _TABLE.update()
                    .where(_TABLE.c.id == row.id)
                    .values(actor=values["actor"], prev_hash=previous, hash=values["hash"])
                )
            previous = values["hash"]
    engine.dispose()


def _max_id(url: str) -> int:
    engine = create_engine(url)
    with engine.connect() as connection:
        value = connection.execute(text("SELECT max(id) FROM journal")).scalar()
    engine.dispose()
    return int(value or 0)


@pytest.fixture
def backed_up(cli, initialized, tmp_path):
    """A few writes, then a backup: its anchor in the database and beside the backup."""
    for name, short in (("示范县教育体育局", "县教体局"), ("示范县卫生健康委员会", "县卫健委")):
        assert cli("unit", "add", name, "--short", short).exit_code == 0
    target = tmp_path / "backup.db"
    result = cli("db", "backup", str(target))
    assert result.exit_code == 0, result.stderr
    assert "变更日志锚点：" in result.stdout
    return target.with_name("backup.db.anchor")


def test_an_intact_journal_verifies_against_its_anchors(cli, backed_up):
    result = cli("log", "--verify", "--anchor", str(backed_up))
    assert result.exit_code == 0, result.stderr
    assert "锚点：2 个，全部相符" in result.stdout  # the database's and the file's


def test_deleting_the_last_row_is_found(cli, backed_up, db_url):
    _sql(db_url, f"DELETE FROM journal WHERE id = {_max_id(db_url)}")
    result = cli("log", "--verify")
    assert result.exit_code == 11
    assert result.stderr == (
        "错误：变更日志与锚点不符：备份“backup.db”的锚点（第 1 号）在日志中没有记录："
        "记录它的那条（及其后的）日志被删除。请从备份核对\n"
    )
    assert cli("db", "check").exit_code == 11


def test_deleting_the_rows_after_a_printed_anchor_is_found(cli, backed_up, db_url):
    """The tail cut below the anchor's own row, and the anchor deleted from the database
    too: the anchor file beside the backup still tells."""
    last = _max_id(db_url)
    _sql(
        db_url,
        f"DELETE FROM journal WHERE id >= {last - 2}",
        "DELETE FROM journal_anchor",
    )
    assert cli("log", "--verify").exit_code == 0  # nothing in the database shows it
    result = cli("log", "--verify", "--anchor", str(backed_up))
    assert result.exit_code == 11
    assert f"现在只到第 {last - 3} 条：末尾的记录被删除" in result.stderr


@pytest.mark.slow
def test_deleting_the_last_500_rows_is_found(cli, demo_db, db_url, tmp_path):
    assert cli("db", "backup", str(tmp_path / "b.db")).exit_code == 0
    last = _max_id(db_url)
    _sql(db_url, f"DELETE FROM journal WHERE id > {last - 500}")
    result = cli("log", "--verify", "--json")
    assert result.exit_code == 11
    data = json.loads(result.stdout)
    assert data["ok"] is False
    assert any(f"现在只到第 {last - 500} 条" in p for p in data["problems"])


def test_deleting_every_row_is_found(cli, backed_up, db_url):
    _sql(db_url, "DELETE FROM journal")
    result = cli("log", "--verify")
    assert result.exit_code == 11
    assert "现在日志是空的：全部记录被删除" in result.stdout + result.stderr


def test_an_edit_with_the_chain_recomputed_is_found(cli, backed_up, db_url):
    _recompute_chain(db_url, edit_id=5, actor="篡改者")
    result = cli("log", "--verify")
    assert result.exit_code == 11
    assert "的哈希与锚点不符：该条或此前的记录被修改，且哈希链被重新计算" in result.stderr


def test_a_recomputed_chain_and_rewritten_anchors_fail_a_printed_anchor(cli, backed_up, db_url):
    """The insider rewrites the anchors in the database too; the file kept beside the
    backup (or the line printed on a document) still tells."""
    _recompute_chain(db_url, edit_id=5, actor="篡改者")
    _sql(db_url, "DELETE FROM journal_anchor")
    engine = create_engine(db_url)
    with engine.begin() as connection:  # and the anchor's journal row, hashes recomputed
        connection.execute(text("DELETE FROM journal WHERE entity = 'journal_anchor'"))
    engine.dispose()
    assert cli("log", "--verify").exit_code == 0  # the database alone cannot tell
    result = cli("log", "--verify", "--anchor", str(backed_up))
    assert result.exit_code == 11
    assert "抄录的锚点" in result.stderr


def test_a_keyed_mac_shows_a_rewritten_anchor(cli, initialized, db_url, tmp_path, monkeypatch):
    monkeypatch.setenv("FYLINK_JOURNAL_KEY", "办公室保管的密钥")
    assert cli("db", "backup", str(tmp_path / "b.db")).exit_code == 0
    assert "校验码：" in (tmp_path / "b.db.anchor").read_text("utf-8")
    _recompute_chain(db_url, edit_id=3, actor="篡改者")
    engine = create_engine(db_url)
    with engine.begin() as connection:  # the insider points the anchor at the new hash
        new = connection.execute(text("SELECT id, hash FROM journal ORDER BY id")).all()
        seq = connection.execute(text("SELECT seq FROM journal_anchor")).scalar()
        connection.execute(text("UPDATE journal_anchor SET hash = :h"), {"h": dict(new)[seq]})
    engine.dispose()
    result = cli("log", "--verify")
    assert result.exit_code == 11
    assert "校验码与办公室密钥不符：锚点被伪造或改写" in result.stderr + result.stdout
    monkeypatch.delenv("FYLINK_JOURNAL_KEY")


def test_every_break_is_reported_not_only_the_first(cli, initialized, db_url):
    _sql(
        db_url,
        "UPDATE journal SET actor = '篡改者' WHERE id = 5",
        "DELETE FROM journal WHERE id = 20",
        "UPDATE journal SET command = 'x' WHERE id = 30",
    )
    result = cli("log", "--verify", "--json")
    assert result.exit_code == 11
    problems = json.loads(result.stdout)["problems"]
    assert problems == [
        "第 5 条记录的内容被修改（与其哈希不符）",
        "第 19 条与第 21 条之间的记录被删除或替换（第 21 条链接的上一条记录不存在）",
        "第 30 条记录的内容被修改（与其哈希不符）",
    ]
    plain = cli("log", "--verify")
    assert "（共 3 处，逐条见上）" in plain.stderr
    for problem in problems:
        assert problem in plain.stdout


def _printed_anchor(path) -> str:
    last = [p.text for p in Document(str(path)).paragraphs if p.text.strip()][-1]
    match = re.fullmatch(r"变更日志锚点 ([0-9a-f]{16}@\d+)", last)
    assert match, last
    return match.group(1)


def test_an_anchor_read_off_printed_minutes(cli, demo_db, db_url, tmp_path):
    out = tmp_path / "纪要.docx"
    made = cli("meeting", "minutes", "1", "-o", str(out))
    assert made.exit_code == 0, made.stderr
    anchor = _printed_anchor(out)
    properties = Document(str(out)).core_properties.comments
    assert properties.startswith("fylink 变更日志锚点 ")
    assert anchor in properties
    assert cli("log", "--verify", "--anchor", anchor).exit_code == 0
    seq = int(anchor.split("@")[1])
    _recompute_chain(db_url, edit_id=seq - 10, actor="篡改者")
    _sql(db_url, "DELETE FROM journal_anchor")
    result = cli("log", "--verify", "--anchor", anchor)
    assert result.exit_code == 11
    assert f"抄录的锚点 {anchor}：第 {seq} 条记录的哈希与锚点不符" in result.stderr


def test_a_notice_letter_and_a_published_report_carry_anchors(cli, demo_db, db_url, tmp_path):
    published = cli("report", "publish", "--year", "2025", "--quarter", "1", "--replace")
    assert published.exit_code == 0, published.stderr
    assert "变更日志锚点：" in published.stdout
    listed = json.loads(cli("notice", "list", "--json").stdout)
    letter = next(n for n in listed if n["stage"] in ("督办函", "通报", "督办"))
    out = tmp_path / "通知.docx"
    made = cli("notice", "letter", str(letter["id"]), "-o", str(out))
    assert made.exit_code == 0, made.stderr
    _printed_anchor(out)
    result = cli("log", "--verify", "--json")
    assert json.loads(result.stdout)["anchors"] >= 2


@pytest.mark.parametrize("bad", ["abc@1", "1a2b3c4d5e6f7a8b", "zz" * 10 + "@3", "@"])
def test_a_malformed_anchor_is_refused(cli, initialized, bad):
    result = cli("log", "--verify", "--anchor", bad)
    assert result.exit_code == 3
    assert result.stderr.startswith(f"错误：锚点“{bad}”无法识别")
