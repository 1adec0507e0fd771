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


def _shown_output(page: str, command: str) -> list[str]:
    """The output the manual shows after ``$ fylink <command>`` (its elisions left out)."""
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    marker = f"$ fylink {command}\n"
    assert marker in text, f"docs/{page} no longer shows `fylink {command}`"
    block = text.split(marker, 1)[1].split("```", 1)[0].split("\n$ ", 1)[0]
    return [line for line in block.splitlines() if line.strip() not in ("", "…", "……")]


@pytest.mark.parametrize(
    ("page", "command"),
    [
        ("deadlines.md", "calendar deadline 2025-01-24 10个工作日"),
        ("deadlines.md", "calendar status"),
        ("meetings-tasks.md", "meeting show 2025-3"),
        ("meetings-tasks.md", "task list --unit 县财政局 -n 3"),
        ("overdue-notify.md", "check overdue --dry-run"),
        ("documents.md", "notice list"),
        ("documents.md", "notice show 2025-3"),
    ],
)
def test_the_manual_shows_real_output(cli, demo_db, page, command):
    """What the manual shows after a command on the demo data (today 2025-06-30) is what
    the command prints: each line shown is printed, in the same order."""
    import shlex

    result = cli(*shlex.split(command))
    printed = (result.stdout + result.stderr).splitlines()
    shown = _shown_output(page, command)
    assert shown
    position = 0
    for line in shown:
        assert line in printed[position:], (
            f"docs/{page}: `fylink {command}` no longer prints {line!r}"
        )
        position = printed.index(line, position) + 1
