"""One number is one record: a self-assigned number in any bracket form is refused twice
and found by any of its forms."""

import pytest

from helpers import db_dump

FORMS = [
    "柳政复[2025]14号",
    "柳政复(2025)14号",
    "柳政复（2025）14号",
    "柳政复［2025］14号",
    "柳政复 〔２０２５〕14号",
]


@pytest.mark.parametrize("form", FORMS)
def test_a_second_registration_in_any_form_is_refused(cli, initialized, db_url, form):
    first = cli(
        "case", "add", "柳政复〔2025〕14号", "-c", "行政复议", "-u", "县人社局",
        "--filed", "2025-03-01",
    )  # fmt: skip
    assert first.exit_code == 0, first.output
    before = db_dump(db_url)
    again = cli(
        "case", "add", form, "-c", "行政复议", "-u", "县人社局", "--filed", "2025-03-02"
    )  # fmt: skip
    assert (again.exit_code, again.stderr) == (
        5,
        "错误：案件 柳政复〔2025〕14号 已登记，不能重复添加\n",
    )
    assert db_dump(db_url) == before
    assert cli("case", "show", form).exit_code == 0


def test_a_number_is_stored_in_the_one_form(cli, initialized):
    added = cli(
        "case", "add", "柳政复[2025]15号", "-c", "行政复议", "-u", "县人社局",
        "--filed", "2025-03-01",
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    assert "柳政复〔2025〕15号" in added.stdout
    assert "柳政复〔2025〕15号" in cli("case", "list").stdout


def test_suggestion_numbers_too(cli, initialized, db_url):
    first = cli(
        "suggestion", "add", "示法建[2025]3号", "--unit", "县住建局", "--received", "2025-03-20"
    )  # fmt: skip
    assert first.exit_code == 0, first.output
    before = db_dump(db_url)
    again = cli(
        "suggestion", "add", "示法建（2025）3号", "--unit", "县住建局", "--received", "2025-03-21"
    )  # fmt: skip
    assert (again.exit_code, again.stderr) == (5, "错误：示法建〔2025〕3号 已登记，不能重复添加\n")
    assert db_dump(db_url) == before
    assert cli("suggestion", "show", "示法建(2025)3号").exit_code == 0


def test_db_check_reports_numbers_stored_in_two_forms(cli, initialized, db_url):
    """Rows stored before numbers were normalised: db check names the pairs."""
    from sqlalchemy import create_engine, text

    for number in ("柳政复〔2025〕16号", "柳政复〔2025〕17号"):
        added = cli(
            "case", "add", number, "-c", "行政复议", "-u", "县人社局", "--filed", "2025-03-01"
        )  # fmt: skip
        assert added.exit_code == 0, added.output
    engine = create_engine(db_url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE cases SET case_no = '柳政复[2025]16号' WHERE case_no = '柳政复〔2025〕17号'"
            )
        )
    engine.dispose()
    result = cli("db", "check")
    assert result.exit_code == 11
    assert result.stderr == (
        "错误：数据库检查未通过：编号唯一——同一编号登记了多次："
        "柳政复〔2025〕16号 与 柳政复[2025]16号（请删除或改号其一）\n"
    )
