"""``fylink demo`` on the bulk path (issue 21): the same office, in a few statements.

tests/data/demo/snapshot.json.gz is the demo the service path wrote, one ``case add``,
``case event``, ``case update`` and ``case close`` at a time (main at 194dea9, as of
TODAY); the bulk path must leave every table — the journal's rows included, their
before and after images — exactly so, apart from times, hashes and who ran it.
"""

from collections import Counter

from sqlalchemy import Engine, event

from demosnap import differences, load_fixture, snapshot


def test_the_bulk_demo_is_the_service_paths_demo(demo_db, db_url):
    found = differences(snapshot(db_url), load_fixture())
    assert found == [], "\n".join(found)


def test_the_bulk_demo_verifies_checks_and_undoes_as_one_command(cli, demo_db, db_url):
    verified = cli("log", "--verify")
    assert verified.exit_code == 0, verified.output
    assert verified.stdout.startswith("变更日志完好：共核验 2319 条记录，哈希链无断裂\n")
    checked = cli("db", "check")
    assert checked.exit_code == 0, checked.output
    undone = cli("undo", "--json")
    assert undone.exit_code == 0, undone.output
    assert '"command_id": 1' in undone.stdout
    assert cli("case", "list", "--json").stdout == "[]\n"
    assert cli("log", "--verify").exit_code == 0


def test_the_demos_cases_go_in_batches(cli, db_url):
    """One INSERT a table for the 437 cases, their parties, links and 开庭 events, none
    updated afterwards; the journal's rows of the whole command in one batch."""
    seen: Counter[str] = Counter()

    def count(_conn, _cursor, statement, _parameters, _context, _executemany):
        words = statement.split()
        if words[0] in ("INSERT", "UPDATE"):
            seen[f"{words[0]} {words[2 if words[0] == 'INSERT' else 1].strip(chr(34))}"] += 1

    event.listen(Engine, "before_cursor_execute", count)
    try:
        result = cli("demo")
    finally:
        event.remove(Engine, "before_cursor_execute", count)
    assert result.exit_code == 0, result.output
    assert "  行政诉讼案件：129\n" in result.stdout
    assert seen["INSERT cases"] == 1
    assert seen["INSERT case_party"] == 1
    assert seen["INSERT case_event"] == 1
    assert seen["INSERT party"] == 1
    assert seen["UPDATE cases"] == 0
    # The command's first journal row (it gives the command id), then all the others.
    assert seen["INSERT journal"] == 2
