"""PNG charts for the quarterly briefing (matplotlib, no pyplot state).

Without a Chinese font matplotlib draws boxes ("tofu") for every label, so each function
returns ``None`` instead of a picture when no CJK font is installed; the caller then says
"未安装中文字体，简报中未绘制图表" in the briefing.
"""

import math
from pathlib import Path
from typing import Any

#: Families tried in order: the first one matplotlib knows is used.
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "Noto Serif CJK SC",
    "Noto Serif SC",
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "AR PL UMing CN",
    "AR PL UKai CN",
    "Droid Sans Fallback",
    "Noto Sans CJK JP",
    "Noto Serif CJK JP",
)

_CJK_FILE_HINTS = (
    "cjk",
    "sourcehan",
    "wqy",
    "uming",
    "ukai",
    "simhei",
    "msyh",
    "droidsansfallback",
)

#: Message for the briefing when ``find_cjk_font`` finds nothing.
NO_FONT_NOTE = "未安装中文字体，简报中未绘制图表"

_BAR = "#4472C4"
_LINE = "#C00000"


def find_cjk_font() -> str | None:
    """Family name of an installed font with Chinese glyphs, or None."""
    from matplotlib import font_manager

    known = {entry.name for entry in font_manager.fontManager.ttflist}
    for family in CJK_FAMILIES:
        if family in known:
            return family
    # matplotlib caches its font list: fonts installed after the cache was built are
    # missing from it until they are added by file.
    for path in font_manager.findSystemFonts():
        if any(hint in Path(path).name.lower() for hint in _CJK_FILE_HINTS):
            try:
                font_manager.fontManager.addfont(path)
            except (OSError, RuntimeError, ValueError):
                continue
    known = {entry.name for entry in font_manager.fontManager.ttflist}
    return next((family for family in CJK_FAMILIES if family in known), None)


def _figure(width_in: float, height_in: float) -> Any:
    # A bare Figure on an Agg canvas: no pyplot, so no global backend or figure registry.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width_in, height_in), dpi=200, layout="constrained")
    FigureCanvasAgg(figure)
    figure.set_facecolor("white")
    return figure


def rc(family: str) -> Any:  # matplotlib types rc keys as a Literal union
    return {"font.family": [family], "axes.unicode_minus": False, "font.size": 10}


def trend_figure(quarters: list[str], filed: list[int], loss_rates: list[float | None]) -> Any:
    """The trend chart as a matplotlib Figure (``trend_chart`` saves it; tests read it);
    made inside ``matplotlib.rc_context(rc(family))``.

    Bars of cases filed per quarter, the loss rate as a line on a second axis.
    """
    from matplotlib.ticker import MaxNLocator, PercentFormatter

    figure = _figure(6.0, 3.2)
    axis = figure.add_subplot()
    positions = list(range(len(quarters)))
    bars = axis.bar(positions, filed, color=_BAR, width=0.55, label="发案量")
    axis.bar_label(bars, padding=2, fontsize=9)
    axis.set_xticks(positions, quarters)
    axis.set_ylabel("发案量（件）")
    # Cases are whole: no 0.5 件 ticks.
    axis.yaxis.set_major_locator(MaxNLocator(integer=True))
    axis.set_ylim(0, max([*filed, 1]) * 1.25)
    axis.spines[["top"]].set_visible(False)
    rates = [math.nan if rate is None else rate * 100 for rate in loss_rates]
    finite = [rate for rate in rates if not math.isnan(rate)]
    top = max([*finite, 1.0])
    second = axis.twinx()
    (line,) = second.plot(positions, rates, color=_LINE, marker="o", linewidth=2, label="败诉率")
    for x, rate in zip(positions, rates, strict=True):
        if not math.isnan(rate):
            second.annotate(
                f"{rate:.1f}%",
                (x, rate),
                textcoords="offset points",
                xytext=(0, 7),
                ha="center",
                fontsize=9,
                color=_LINE,
            )
    # Both axes start at 0 on the same base line; the rate's axis is drawn in the line's
    # colour, so that it is not read against the bars; its ticks are whole percents (no
    # "0%, 0%, 1%" from a tick every 0.25 %).
    second.set_ylim(0, top * 1.3)
    second.yaxis.set_major_locator(MaxNLocator(integer=True))
    second.yaxis.set_major_formatter(PercentFormatter(decimals=0))
    second.set_ylabel("败诉率", color=_LINE)
    second.tick_params(axis="y", colors=_LINE)
    second.spines["right"].set_color(_LINE)
    second.spines[["top"]].set_visible(False)
    figure.legend(handles=[bars, line], loc="outside upper center", frameon=False, ncols=2)
    return figure


def trend_chart(
    quarters: list[str], filed: list[int], loss_rates: list[float | None], out: Path
) -> Path | None:
    """Bars of cases filed per quarter with the loss rate as a line on a second axis.

    ``loss_rates`` are fractions (0.125 = 12.5 %); None leaves a gap (no closed cases).
    """
    family = find_cjk_font()
    if family is None:
        return None
    import matplotlib

    with matplotlib.rc_context(rc(family)):
        figure = trend_figure(quarters, filed, loss_rates)
        out.parent.mkdir(parents=True, exist_ok=True)
        figure.savefig(out, format="png")
    return out


def unit_figure(units: list[str], values: list[int]) -> Any:
    """The unit chart as a matplotlib Figure: horizontal bars, largest on top."""
    from matplotlib.ticker import MaxNLocator

    pairs = sorted(zip(units, values, strict=True), key=lambda pair: pair[1])
    figure = _figure(6.0, max(2.0, 0.35 * len(pairs) + 0.8))
    axis = figure.add_subplot()
    positions = list(range(len(pairs)))
    bars = axis.barh(positions, [v for _, v in pairs], color=_BAR, height=0.6)
    axis.bar_label(bars, padding=3, fontsize=9)
    axis.set_yticks(positions, [u for u, _ in pairs])
    axis.set_xlabel("发案量（件）")
    axis.set_xlim(0, max([*values, 1]) * 1.15)
    axis.xaxis.set_major_locator(MaxNLocator(integer=True))
    axis.spines[["top", "right"]].set_visible(False)
    return figure


def unit_chart(units: list[str], values: list[int], out: Path) -> Path | None:
    """Horizontal bars, one per unit, largest on top."""
    family = find_cjk_font()
    if family is None:
        return None
    import matplotlib

    with matplotlib.rc_context(rc(family)):
        figure = unit_figure(units, values)
        out.parent.mkdir(parents=True, exist_ok=True)
        figure.savefig(out, format="png")
    return out
