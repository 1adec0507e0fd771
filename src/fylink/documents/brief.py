"""The 工作简报 / 专刊 / 增刊 (issue #18): an issue and its items → ``templates/brief.docx``.

Pure: the items come from ``fylink.services.briefs.issue_items``. The 报头 is the
简报名称 (red), 第N期, the 编发单位 and the date, a red line; the items are grouped under
一、工作动态 二、经验做法 三、问题建议, each with the unit that sent it; the 版记 says whom
the issue goes to (分送) and who issued it when.
"""

from datetime import date
from typing import Any

from fylink.domain.dates import format_cn

#: The 简报名称 of the 工作简报 series; 专刊 and 增刊 add their kind.
BRIEF_NAME = "府院联动工作简报"
TEMPLATE = "brief"
_NUMERALS = "一二三四五六七八九十"


def brief_name(kind: str) -> str:
    """府院联动工作简报 · 府院联动工作简报（专刊）"""
    return BRIEF_NAME if kind == "工作简报" else f"{BRIEF_NAME}（{kind}）"


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith(("。", "！", "？", "。”", "！”", "？”")) else text + "。"


def brief_context(
    issue: dict[str, Any],
    items: list[dict[str, Any]],
    *,
    office: str,
    distribution: str,
) -> dict[str, Any]:
    """The variables of brief.docx (the contract is in templates/README.md)."""
    sections: list[dict[str, Any]] = []
    for item in items:
        if not sections or sections[-1]["kind"] != item["kind"]:
            numeral = _NUMERALS[len(sections)] if len(sections) < len(_NUMERALS) else "十"
            sections.append(
                {"kind": item["kind"], "heading": f"{numeral}、{item['kind']}", "entries": []}
            )
        entries = sections[-1]["entries"]
        title = item["title"].strip().rstrip("。")
        entries.append(
            {
                "lead": f"（{_NUMERALS[len(entries)] if len(entries) < 10 else len(entries) + 1}）"
                + (f"{title}。" if title else ""),
                "body": _sentence(item["body"]),
                "source": f"（{item['unit']}）" if item.get("unit") else "",
            }
        )
    issued = format_cn(date.fromisoformat(issue["issued_on"]))
    return {
        "brief_name": brief_name(issue["kind"]),
        "issue": str(issue["issue_no"]),
        "office": office,
        "date": issued,
        "sections": [{"heading": s["heading"], "entries": s["entries"]} for s in sections],
        "cc": distribution,
        "issuer": office,
        "issued_on": issued,
    }


def file_name(issue: dict[str, Any]) -> str:
    """府院联动工作简报2025年第3期.docx"""
    return f"{brief_name(issue['kind'])}{issue['year']}年第{issue['issue_no']}期.docx"
