"""The office's 双清单 as approved: sections (一、政府需法院支持事项) numbered from 1, and 序号
written 1, 1., （1） — pure rules, no I/O."""

import re

from fylink.domain.calendar import chinese_count

#: A section heading: 一、政府需法院支持事项 (or （一）…).
SECTION = re.compile(
    r"^(?:(?P<n>[一二三四五六七八九十]{1,3})[、.．]|（(?P<m>[一二三四五六七八九十]{1,3})）)\s*\S"
)
#: 序号 as offices write them: 1, 1., 1、, （1）, (1) — all the number 1.
_PLAIN_NO = re.compile(r"^[（(]?\s*(\d{1,4})\s*[)）]?\s*[.．、]?$")
#: list_order = section number × this + 序号.
_SECTION_STEP = 100000


def normalize_list_no(text: str) -> str:
    """ "1." / "（1）" / "1、" → "1"; anything else as written (2025-3)."""
    found = _PLAIN_NO.match(text.strip())
    return str(int(found.group(1))) if found else text.strip()


def section_number(section: str) -> int:
    """一、政府需法院支持事项 → 1 (0 when there is no number)."""
    found = SECTION.match(section.strip())
    if not found:
        return 0
    return chinese_count(found["n"] or found["m"]) or 0


def list_order(section: str, list_no: str) -> int | None:
    """The task's place in the approved list (None without a plain 序号)."""
    found = _PLAIN_NO.match(list_no.strip())
    if not found:
        return None
    return section_number(section) * _SECTION_STEP + int(found.group(1))


def section_label(section: str) -> str:
    """一、政府需法院支持事项 → 一 (how ``task list`` shows the section)."""
    found = SECTION.match(section.strip())
    return (found["n"] or found["m"]) if found else section.strip()


#: The year a list is for: 2026年度府院联动双清单 → 2026.
_LIST_YEAR = re.compile(r"(20\d{2})\s*年")
#: The longest list name kept (double_list.name).
LIST_NAME_MAX = 100


def list_title(lines: list[str]) -> str | None:
    """The list's name from the rows above a sheet's header: the first that names a 清单
    (a merged title such as “2026年度府院联动双清单”); None when there is none."""
    for line in lines:
        text = "".join(line.split())
        if "清单" in text and not text.startswith(("注", "说明", "填报", "附件")):
            return text[:LIST_NAME_MAX]
        if "清单" in text and text.startswith("附件"):
            # 附件1：2026年度府院联动双清单
            rest = re.sub(r"^附件\s*[0-9一二三四五六七八九十]*\s*[:：]?", "", text)
            if "清单" in rest:
                return rest[:LIST_NAME_MAX]
    return None


def list_year(name: str) -> int | None:
    """2026年度府院联动双清单 → 2026 (None without a year)."""
    found = _LIST_YEAR.search(name)
    return int(found.group(1)) if found else None


def default_list_name(year: int) -> str:
    """The name of a year's list when the sheet names none: 2026年度双清单."""
    return f"{year}年度双清单"
