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
