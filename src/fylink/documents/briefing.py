"""The 季度通报 (quarterly briefing): from the report's figures to the template's context.

:func:`briefing_context` is pure: it turns the dict of
``fylink.services.reports.build_report`` (or a published snapshot of it)
into the variables of ``templates/quarterly_briefing.docx`` (the contract is
in templates/README.md): every value already worded and formatted, nothing
computed in the template. :func:`write_briefing` draws the two charts and
renders the document through ``fylink.documents.render``.
"""

import tempfile
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from fylink.domain import indicators as ind
from fylink.domain.dates import format_cn

BULLETIN_NAME = "府院联动工作简报"
#: The annual briefing's issue in the year's series (after the four quarters).
ANNUAL_ISSUE = 5
TEMPLATE = "quarterly_briefing"

#: How many units the unit chart shows (the busiest ones).
CHART_UNITS = 15
#: How many units with more cases than a year earlier the concerns name.
RISING_UNITS = 3
_NUMERALS = "一二三四五六七八九"


def _scope_label(data: dict[str, Any]) -> str:
    scope = data.get("scope") or {}
    office = data.get("office") or {}
    return scope.get("unit") or scope.get("region") or office.get("region") or ""


def briefing_title(data: dict[str, Any]) -> str:
    return f"{data['period']['label']}{_scope_label(data)}府院联动工作情况通报"


def _intro(data: dict[str, Any]) -> str:
    period = data["period"]
    text = (
        f"现将{period['label']}{_scope_label(data)}行政诉讼、行政复议和府院联动工作主要指标通报如下"
    )
    if not period.get("complete", True):
        text += f"（数据截至{format_cn(date.fromisoformat(period['as_of']))}）"
    compare = (data.get("compare") or {}).get("text")
    if compare and period.get("kind", "quarter") not in ("quarter", "year"):
        text += f"（{compare}）"
    notes = [n for n in data.get("notes", []) if n]
    if notes:
        text += "。其中，" + "；".join(notes)
    return text + "。"


def _wan(yuan: float | None) -> str:
    """Yuan as 万元 with two decimals: 1670000 → 167.00万."""
    return ind.DASH if yuan is None else f"{Decimal(str(yuan)) / 10_000:,.2f}万"


def _value(figure: dict[str, Any]) -> str:
    """13件 · 167.00万元 · 15.9% · 42.55 · —"""
    if figure["value"] is None:
        return ind.DASH
    if figure["unit"] == "元":
        return _wan(figure["value"]) + "元"
    if figure["unit"] == "件":
        return figure["display"] + "件"
    return str(figure["display"])


def _ratio(figure: dict[str, Any], money: bool) -> str:
    if figure["denominator"] is None or figure["unit"] != "%":
        return ind.DASH
    if money:
        return f"{_wan(figure['numerator'])}/{_wan(figure['denominator'])}"
    return str(figure["fraction"])


def _indicator_rows(data: dict[str, Any]) -> list[dict[str, str]]:
    """The headline table; an indicator with no figure this year or last is left out."""
    rows = []
    definitions = data.get("definitions", {})
    for key, figure in data["indicators"].items():
        if figure["value"] is None and figure["last_year"]["value"] is None:
            continue
        money = bool(definitions.get(key, {}).get("money"))
        rows.append(
            {
                "name": figure["name"],
                "value": _value(figure),
                "ratio": _ratio(figure, money),
                "yoy": figure["yoy_text"] or "—",
                "qoq": figure["qoq_text"] or "—",
            }
        )
    return rows


def _active(unit: dict[str, Any]) -> bool:
    figures = unit["indicators"]
    return bool(
        figures["litigation_filed"]["numerator"]
        or figures["loss_rate"]["denominator"]
        or figures["head_appearance_rate"]["denominator"]
    )


def _unit_rows(data: dict[str, Any]) -> list[dict[str, str]]:
    rows = []
    for seq, unit in enumerate((u for u in data["units"] if _active(u)), start=1):
        figures = unit["indicators"]
        filed = figures["litigation_filed"]
        rows.append(
            {
                "seq": str(seq),
                "name": unit["unit"],
                "filed": str(filed["numerator"]),
                "filed_yoy": _unit_change(filed),
                "lost": str(figures["loss_rate"]["numerator"]),
                "loss_rate": figures["loss_rate"]["display"],
                "appearance_rate": figures["head_appearance_rate"]["display"],
            }
        )
    return rows


def _unit_change(filed: dict[str, Any]) -> str:
    """A unit's 同比 in cases: +12.5%; on a small base the cases themselves (+2件), not
    "+200.0%" from one case to three."""
    base = filed.get("yoy_small_base")
    if base is None:
        return ind.format_change(ind.Kind.COUNT, _decimal(filed["yoy"]))
    delta = int(filed["numerator"]) - int(base)
    if delta == 0:
        return "持平"
    return f"{'+' if delta > 0 else '-'}{abs(delta)}件"


def _decimal(number: float | None) -> Decimal | None:
    return None if number is None else Decimal(str(number))


def _by_unit(items: list[dict[str, Any]], describe: Callable[[dict[str, Any]], str]) -> str:
    """县自然资源局2件（…、…），城关镇1件（…）"""
    groups: dict[str, list[str]] = {}
    for item in items:
        groups.setdefault(item["unit"], []).append(describe(item))
    return "，".join(
        f"{unit}{len(texts)}件（{'、'.join(texts)}）" for unit, texts in groups.items()
    )


def _concerns(data: dict[str, Any]) -> list[str]:
    attention = data["attention"]
    figures = data["indicators"]
    texts: list[str] = []
    losses = attention["losses"]
    if attention["losses_total"]:
        detail = _by_unit(losses, lambda x: f"{x['case_no']}，{x['outcome']}")
        more = "等" if attention["losses_total"] > len(losses) else ""
        texts.append(
            f"本期行政机关败诉案件{attention['losses_total']}件：{detail}{more}。"
            "请相关单位分析败诉原因，落实整改。"
        )
    rising = [
        u
        for u in data["units"]
        if (u["indicators"]["litigation_filed"]["yoy"] or 0) > 0
        and u["indicators"]["litigation_filed"]["numerator"] >= 2
    ]
    rising.sort(key=lambda u: -u["indicators"]["litigation_filed"]["numerator"])
    if rising:
        parts = []
        for u in rising[:RISING_UNITS]:
            filed = u["indicators"]["litigation_filed"]
            change = ind.describe_change(ind.Kind.COUNT, _decimal(filed["yoy"]))
            parts.append(f"{u['unit']}{filed['numerator']}件（同比{change}）")
        texts.append(f"部分单位行政诉讼发案量同比上升：{'，'.join(parts)}。")
    head = figures["head_appearance_rate"]
    if head["denominator"] and head["numerator"] < head["denominator"]:
        missing = head["denominator"] - head["numerator"]
        texts.append(
            f"负责人出庭应诉率为{head['display']}，开庭审理的{head['denominator']}件案件中"
            f"有{missing}件负责人未出庭应诉。"
        )
    tasks = attention["overdue_tasks"]
    if attention["overdue_tasks_total"]:
        counts: dict[str, int] = {}
        for task in tasks:
            counts[task["unit"]] = counts.get(task["unit"], 0) + 1
        units = "、".join(f"{unit}{count}项" for unit, count in counts.items())
        more = "等" if attention["overdue_tasks_total"] > len(tasks) else ""
        texts.append(
            f"双清单逾期未完成事项{attention['overdue_tasks_total']}项，涉及{units}{more}，"
            "请牵头单位抓紧办理并报送进展。"
        )
    suggestions = attention["unanswered_suggestions"]
    if attention["unanswered_suggestions_total"]:
        detail = _by_unit(suggestions, lambda x: f"{x['doc_no']}")
        more = "等" if attention["unanswered_suggestions_total"] > len(suggestions) else ""
        texts.append(
            f"逾期未反馈的司法建议、检察建议{attention['unanswered_suggestions_total']}件："
            f"{detail}{more}。"
        )
    # Reports published before issue 17 have neither figure.
    unpaid = attention.get("unpaid_enforcement") or []
    if unpaid:
        detail = "，".join(f"{x['unit']}{x['cases']}件{x['unpaid']}元" for x in unpaid)
        more = "等" if attention["unpaid_enforcement_total"] > len(unpaid) else ""
        texts.append(f"涉行政机关执行案件尚有未履行金额：{detail}{more}，请被执行单位依法履行。")
    watched = attention.get("watched_enterprises")
    if watched and watched["total"]:
        texts.append(
            f"列入重点关注名册的企业{watched['total']}家，"
            f"其中重点破产企业{watched['in_bankruptcy']}家。"
        )
    return texts


def _seq(index: int) -> str:
    return f"{index}."


def briefing_context(
    data: dict[str, Any],
    *,
    issue: int | None,
    today: date,
    cc: str = "",
    chart_trend: Any = None,
    chart_units: Any = None,
    chart_note: str = "",
) -> dict[str, Any]:
    """The variables of quarterly_briefing.docx for the report ``data``."""
    office = (data.get("office") or {}).get("name") or "府院联动联席会议办公室"
    period = data["period"]
    day = format_cn(today)
    return {
        "bulletin_name": BULLETIN_NAME,
        # 第1—4期 the quarters, 第5期 the year: one series, one number each.
        "issue": str(issue if issue is not None else (period.get("quarter") or ANNUAL_ISSUE)),
        "office": office,
        "date": day,
        "title": briefing_title(data),
        "intro": _intro(data),
        "indicators": _indicator_rows(data),
        "verdict": data["double_decline"]["text"],
        "units": _unit_rows(data),
        "chart_trend": chart_trend,
        "chart_units": chart_units,
        "chart_note": chart_note,
        "concerns": [
            {"seq": _seq(i), "text": text} for i, text in enumerate(_concerns(data), start=1)
        ],
        "cc": cc,
        "issuer": office,
        "issued_on": day,
    }


def _quarter_label(code: str) -> str:
    year, _, quarter = code.partition("Q")
    return f"{year}年\n{_NUMERALS[int(quarter) - 1]}季度"


def draw_charts(data: dict[str, Any], folder: Path) -> tuple[Any, Any, str]:
    """(trend picture, unit picture, note): pictures are None without a CJK font."""
    from fylink.documents.charts import NO_FONT_NOTE, trend_chart, unit_chart
    from fylink.documents.render import Picture

    trend = data.get("trend") or []
    trend_png = trend_chart(
        [_quarter_label(t["period"]) for t in trend],
        [t["litigation_filed"] for t in trend],
        [None if t["loss_rate"] is None else t["loss_rate"] / 100 for t in trend],
        folder / "trend.png",
    )
    busiest = sorted(
        (u for u in data["units"] if u["indicators"]["litigation_filed"]["numerator"]),
        key=lambda u: -u["indicators"]["litigation_filed"]["numerator"],
    )[:CHART_UNITS]
    units_png = None
    if busiest:
        units_png = unit_chart(
            [u["unit"] for u in busiest],
            [u["indicators"]["litigation_filed"]["numerator"] for u in busiest],
            folder / "units.png",
        )
    if trend_png is None:
        return None, None, NO_FONT_NOTE
    return (
        Picture(trend_png, 150.0),
        Picture(units_png, 150.0) if units_png is not None else None,
        "",
    )


def template_path(settings: Any) -> Path:
    """The office's own template when ``documents.templates_dir`` has one, else fylink's."""
    from fylink.documents.render import shipped_template

    folder = settings.documents.templates_dir
    if folder:
        own = Path(folder).expanduser() / f"{TEMPLATE}.docx"
        if own.is_file():
            return own
    return shipped_template(TEMPLATE)


def write_briefing(
    data: dict[str, Any],
    out: Path,
    *,
    settings: Any,
    today: date,
    issue: int | None = None,
    anchor: str | None = None,
) -> list[str]:
    """Draw the charts and render the briefing to ``out``; return notes for the clerk."""
    from fylink.documents.layout import Fonts
    from fylink.documents.render import render_docx

    notes: list[str] = []
    fonts = Fonts(**settings.documents.fonts.model_dump())
    with tempfile.TemporaryDirectory(prefix="fylink-charts-") as tmp:
        trend, units, note = draw_charts(data, Path(tmp))
        if note:
            notes.append(f"{note}（请安装中文字体，如 fonts-noto-cjk）")
        context = briefing_context(
            data,
            issue=issue,
            today=today,
            cc=settings.documents.cc,
            chart_trend=trend,
            chart_units=units,
            chart_note=note,
        )
        office = (data.get("office") or {}).get("name") or ""
        render_docx(
            template_path(settings),
            context,
            Path(out),
            fonts=fonts,
            title=briefing_title(data),
            author=office,
            anchor=anchor,
        )
    return notes
