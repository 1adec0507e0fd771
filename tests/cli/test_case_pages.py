"""``case list`` pages: a deep page starts at its first row's key (keyset) and shows exactly
the rows the whole list has there; ``--all --json`` streams every row (issue 21).

The expected order is computed here from a plain query of every case, sorted in Python, so
the pages are checked against the rule, not against the code that pages.
"""

import json

import pytest
from sqlalchemy import create_engine, text


def _all_cases(db_url: str) -> list[dict]:
    engine = create_engine(db_url)
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT c.id, c.case_no, c.filed_on, c.closed_on, c.category FROM cases c "
                "ORDER BY c.id"
            )
        ).all()
    engine.dispose()
    return [dict(r._mapping) for r in rows]


def _numbers(result) -> list[str]:
    assert result.exit_code == 0, result.output
    return [c["case_no"] for c in json.loads(result.stdout)]


def _expected(cases: list[dict], sort: str) -> list[str]:
    if sort == "filed":
        ordered = sorted(cases, key=lambda c: (c["filed_on"], c["id"]), reverse=True)
    elif sort == "filed-asc":
        ordered = sorted(cases, key=lambda c: (c["filed_on"], c["id"]))
    else:  # "no"
        ordered = sorted(cases, key=lambda c: c["case_no"])
    return [c["case_no"] for c in ordered]


@pytest.mark.parametrize("sort", ["filed", "filed-asc", "no"])
def test_every_page_holds_the_rows_the_whole_list_has_there(demo_db, cli, db_url, sort):
    cases = _all_cases(db_url)
    # the demo files several cases on one day: the id decides between them
    assert len({c["filed_on"] for c in cases}) < len(cases)
    expected = _expected(cases, sort)
    limit = 37  # pages that end inside a day's cases
    pages = []
    for page in range(1, len(cases) // limit + 2):
        shown = _numbers(
            cli("case", "list", "--sort", sort, "-n", str(limit), "--page", str(page), "--json")
        )
        assert shown == expected[(page - 1) * limit : page * limit], page
        pages += shown
    assert pages == expected
    past = cli("case", "list", "--sort", sort, "-n", str(limit), "--page", "999", "--json")
    assert past.exit_code == 0
    assert past.stdout == "[]\n"


def test_a_deep_filtered_page_and_its_caption(demo_db, cli, db_url):
    cases = [c for c in _all_cases(db_url) if c["category"] == "行政复议"]
    expected = _expected(cases, "filed")
    assert len(expected) > 20
    shown = _numbers(cli("case", "list", "-c", "行政复议", "-n", "10", "--page", "2", "--json"))
    assert shown == expected[10:20]
    table = cli("case", "list", "-c", "行政复议", "-n", "10", "--page", "2")
    assert f"共 {len(expected)} 条，显示第 11–20 条" in table.stdout


def test_pages_by_closing_date_still_skip_rows(demo_db, cli):
    # closed_on may be empty: no key to start at, the list skips rows as before
    whole = _numbers(cli("case", "list", "--sort", "closed", "-n", "10000", "--json"))
    paged = []
    for page in range(1, len(whole) // 50 + 2):
        paged += _numbers(cli("case", "list", "--sort", "closed", "--page", str(page), "--json"))
    assert paged == whole


def test_all_json_is_every_row_byte_for_byte_the_one_page_output(demo_db, cli, db_url):
    every = cli("case", "list", "--all", "--json")
    assert every.exit_code == 0
    one_page = cli("case", "list", "-n", "10000", "--json")
    assert every.stdout == one_page.stdout
    assert len(json.loads(every.stdout)) == len(_all_cases(db_url))
    filtered = cli("case", "list", "--all", "--json", "-c", "行政诉讼", "--sort", "no")
    assert (
        filtered.stdout
        == cli("case", "list", "-c", "行政诉讼", "--sort", "no", "-n", "10000", "--json").stdout
    )
    none = cli("case", "list", "--all", "--json", "--year", "1990")
    assert none.exit_code == 0
    assert none.stdout == "[]\n"


@pytest.mark.parametrize(
    "args",
    [["--all"], ["--all", "--json", "--page", "2"], ["--all", "--json", "--due-within", "5"]],
)
def test_all_is_only_for_json_without_pages(demo_db, cli, args):
    result = cli("case", "list", *args)
    assert result.exit_code == 3
    assert result.stderr == (
        "错误：--all 须与 --json 同用，且不能与 --page、--due-within 同用："
        "表格每页最多 10000 条，请用 --limit 和 --page 翻页\n"
    )
    assert result.stdout == ""
