"""The generated pages of the manual are up to date, and the exit-code table is complete."""

from pathlib import Path

import pytest

from fylink import errors
from fylink.cli import reference

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", sorted(reference.FILES))
def test_generated_page_is_up_to_date(name):
    committed = (ROOT / name).read_text(encoding="utf-8") if (ROOT / name).exists() else ""
    assert committed == reference.FILES[name](), (
        f"{name} is out of date: run `{reference.REGENERATE}` and commit the result"
    )


def _subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def test_every_exit_code_is_in_the_table_once():
    codes = [entry.code for entry in errors.EXIT_CODES]
    assert codes == sorted(set(codes))
    used = {sub.exit_code for sub in _subclasses(errors.FylinkError)}
    used |= {0, 1, 2, errors.EXIT_OVERDUE, 130}  # success, bug, usage, overdue, Ctrl+C
    assert sorted(used - set(codes)) == []
    assert sorted(set(codes) - used) == []
    assert all(entry.meaning and entry.cases for entry in errors.EXIT_CODES)


def test_the_reference_can_be_checked_and_rewritten(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert reference.main(["--check"]) == 1
    assert reference.main([]) == 0
    assert reference.main(["--check"]) == 0
    assert (tmp_path / "docs" / "cli.md").read_text(encoding="utf-8").startswith("# 命令参考\n")
