"""Plain tables measure Chinese text without Rich, and measure it as Rich does (issue 21)."""

import pytest
from rich.cells import cell_len

from fylink.cli import render

RANGES = render._NARROW + render._WIDE + render._WIDE_FORMS


@pytest.mark.parametrize(("low", "high"), RANGES, ids=[f"{lo:04X}-{hi:04X}" for lo, hi in RANGES])
def test_every_character_measured_without_rich_is_measured_as_rich_does(low, high):
    for code in range(low, high + 1):
        character = chr(code)
        assert render._width(character) == cell_len(character), hex(code)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "县人社局",
        "（2025）豫0591行初86号",
        "示府联办督〔2025〕3号",
        "张某某：410502********1237",
        "2025-06-30 — 逾期…",
        "“商请”",
        "①号楼 ↑3 ×2 ℃",
        "■□",  # not in the ranges: measured by Rich
        "\u302a",  # a combining tone mark of zero width: by Rich too
        "👨\u200d👩\u200d👧",
        "tab\there",
    ],
)
def test_a_text_is_as_wide_as_rich_says(text):
    assert render._width(text) == cell_len(text)
