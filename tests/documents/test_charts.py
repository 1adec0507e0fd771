"""charts.py: PNG charts for the briefing, or None without a Chinese font."""

from pathlib import Path

import pytest

from fylink.documents import charts

needs_cjk_font = pytest.mark.skipif(
    charts.find_cjk_font() is None, reason="no Chinese font installed for matplotlib"
)

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def test_find_cjk_font_names_a_known_family() -> None:
    found = charts.find_cjk_font()
    assert found is None or found in charts.CJK_FAMILIES


@needs_cjk_font
def test_trend_chart_writes_a_png(tmp_path: Path) -> None:
    out = charts.trend_chart(
        ["2024年二季度", "2024年三季度", "2024年四季度", "2025年一季度"],
        [48, 44, 44, 42],
        [0.127, None, 0.085, 0.095],
        tmp_path / "charts" / "trend.png",
    )
    assert out == tmp_path / "charts" / "trend.png"
    assert out.read_bytes().startswith(PNG_MAGIC)


@needs_cjk_font
def test_unit_chart_writes_a_png(tmp_path: Path) -> None:
    out = charts.unit_chart(
        ["县自然资源局", "县住建局", "县人社局"], [12, 9, 7], tmp_path / "u.png"
    )
    assert out is not None
    assert out.read_bytes().startswith(PNG_MAGIC)


def test_without_a_chinese_font_nothing_is_drawn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(charts, "find_cjk_font", lambda: None)
    assert charts.trend_chart(["2025年一季度"], [1], [None], tmp_path / "t.png") is None
    assert charts.unit_chart(["县法院"], [1], tmp_path / "u.png") is None
    assert list(tmp_path.iterdir()) == []
    assert charts.NO_FONT_NOTE == "未安装中文字体，简报中未绘制图表"


# -- ticks, axes and labels (issue #19: "chart ticks show 0.5 件", "0 % tick offset",
# -- "charts say 收案数 where tables say 发案量") ---------------------------------------------

QUARTERS = ["2024年\n二季度", "2024年\n三季度", "2024年\n四季度", "2025年\n一季度"]


def _drawn(make, *args):  # type: ignore[no-untyped-def]
    """The figure ``make(*args)`` builds under the charts' font settings, drawn once (ticks
    and labels are only final after a draw)."""
    import matplotlib

    family = charts.find_cjk_font()
    assert family is not None
    with matplotlib.rc_context(charts.rc(family)):
        figure = make(*args)
        figure.canvas.draw()
    return figure


def _visible_ticks(axis, which: str) -> list[float]:  # type: ignore[no-untyped-def]
    low, high = axis.get_ylim() if which == "y" else axis.get_xlim()
    ticks = axis.get_yticks() if which == "y" else axis.get_xticks()
    return [float(t) for t in ticks if low - 1e-9 <= t <= high + 1e-9]


def _labels(axis, which: str) -> list[str]:  # type: ignore[no-untyped-def]
    low, high = axis.get_ylim() if which == "y" else axis.get_xlim()
    ticks = axis.yaxis if which == "y" else axis.xaxis
    return [
        t.get_text()
        for t, value in zip(ticks.get_ticklabels(), ticks.get_ticklocs(), strict=True)
        if low - 1e-9 <= value <= high + 1e-9
    ]


@needs_cjk_font
@pytest.mark.parametrize(
    ("filed", "rates"),
    [
        ([1, 0, 2, 1], [None, None, 0.5, 0.0]),  # small counts: 0.5 件 ticks before
        ([48, 44, 44, 42], [0.127, None, 0.085, 0.095]),
        ([0, 0, 0, 0], [None, None, None, None]),  # nothing at all
        ([3, 5, 2, 4], [0.004, 0.002, 0.0, 0.003]),  # rates under 1 %: 0%/0%/1% ticks before
    ],
)
def test_trend_chart_axes(filed: list[int], rates: list[float | None]) -> None:
    figure = _drawn(charts.trend_figure, QUARTERS, filed, rates)
    bars, line = figure.axes
    # whole cases on a 0-based axis, above the tallest bar
    ticks = _visible_ticks(bars, "y")
    assert ticks[0] == 0
    assert all(t == int(t) for t in ticks), ticks
    assert bars.get_ylim()[0] == 0
    assert bars.get_ylim()[1] > max(filed)
    # the rate axis: 0 % on the same base line as 0 件, whole and distinct percent labels
    assert line.get_ylim()[0] == 0
    zero_bars = bars.transData.transform((0, 0))[1]
    zero_line = line.transData.transform((0, 0))[1]
    assert zero_line == pytest.approx(zero_bars, abs=0.01)
    labels = _labels(line, "y")
    assert labels[0] == "0%"
    assert len(set(labels)) == len(labels), labels
    assert all(label.endswith("%") and label[:-1].isdigit() for label in labels), labels
    finite = [r * 100 for r in rates if r is not None]
    assert line.get_ylim()[1] > max([*finite, 0])
    # words as the tables say them, in the rate's colour on its axis
    assert bars.get_ylabel() == "发案量（件）"
    assert line.get_ylabel() == "败诉率"
    assert line.yaxis.label.get_color() == charts._LINE
    assert [t.get_text() for t in figure.legends[0].get_texts()] == ["发案量", "败诉率"]
    assert [t.get_text() for t in bars.get_xticklabels()] == QUARTERS
    bar_labels = [t.get_text() for t in bars.texts]
    assert bar_labels == [str(n) for n in filed]
    rate_labels = [t.get_text() for t in line.texts]
    assert rate_labels == [f"{r * 100:.1f}%" for r in rates if r is not None]
    _assert_chinese_glyphs(figure)


@needs_cjk_font
@pytest.mark.parametrize("values", [[1, 1, 0], [12, 9, 7], [3]])
def test_unit_chart_axes(values: list[int]) -> None:
    units = ["县自然资源局", "县住建局", "县人社局"][: len(values)]
    figure = _drawn(charts.unit_figure, units, values)
    (axis,) = figure.axes
    ticks = _visible_ticks(axis, "x")
    assert ticks[0] == 0
    assert all(t == int(t) for t in ticks), ticks
    assert axis.get_xlim()[0] == 0
    assert axis.get_xlim()[1] > max(values)
    assert axis.get_xlabel() == "发案量（件）"
    # largest on top: matplotlib counts y upwards, so the last label is the top bar
    shown = [t.get_text() for t in axis.get_yticklabels()]
    order = [u for u, _ in sorted(zip(units, values, strict=True), key=lambda p: p[1])]
    assert shown == order
    _assert_chinese_glyphs(figure)


def _assert_chinese_glyphs(figure) -> None:  # type: ignore[no-untyped-def]
    """Every character of every text drawn has a glyph in the font it is drawn with (no
    tofu boxes): the font file's character map covers it."""
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font
    from matplotlib.text import Text

    texts = [t for t in figure.findobj(Text) if t.get_visible() and t.get_text().strip()]
    chinese = [t for t in texts if any("\u4e00" <= ch <= "\u9fff" for ch in t.get_text())]
    assert chinese  # the labels above are Chinese
    for text in texts:
        path = font_manager.findfont(text.get_fontproperties(), fallback_to_default=False)
        charmap = FT2Font(path).get_charmap()
        missing = {ch for ch in text.get_text() if not ch.isspace() and ord(ch) not in charmap}
        assert not missing, (text.get_text(), path, missing)
