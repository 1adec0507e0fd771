"""Template contexts: records (read by ``fylink.services``) → the dict a template is filled with.

Pure functions, no database: every value comes out as finished text in the office's style
(dates 2025年3月31日, numbers 一、（一）1., units joined by 、) because the templates do no
formatting of their own. The keys are the contract written down in ``templates/README.md``;
``PROVIDED`` lists them per template for ``fylink template check``.
"""

from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from fylink.domain.dates import format_cn

if TYPE_CHECKING:
    from fylink.models import Bulletin, Meeting, Office
    from fylink.services.documents import (
        AttendanceLine,
        DecisionLine,
        MinutesSource,
        PreviousMeeting,
        TaskListSource,
    )
    from fylink.services.reads_meetings import NoticeDetail, NoticeLine

#: Variables fylink fills in, per shipped template (what ``template check`` compares with).
PROVIDED: Mapping[str, frozenset[str]] = {
    "minutes": frozenset(
        {
            "mark",
            "issue",
            "office",
            "date",
            "opening",
            "held_on",
            "chair",
            "place",
            "meeting_name",
            "topics",
            "parts",
            "previous",
            "decisions_heading",
            "decisions",
            "present",
            "absent",
            "missing",
            "observers",
            "cc",
            "issuer",
            "issued_on",
        }
    ),
    "notice_letter": frozenset(
        {
            "mark",
            "doc_number",
            "title",
            "to_unit",
            "as_of",
            "overdue",
            "reply_by",
            "office",
            "contact",
            "date",
            "cc",
            "issuer",
            "issued_on",
            "signers",
        }
    ),
    "consult_letter": frozenset(
        {
            "mark",
            "title",
            "to_unit",
            "you",
            "opening",
            "items",
            "reply_by",
            "office",
            "contact",
            "signers",
            "date",
            "cc",
            "issuer",
            "issued_on",
        }
    ),
    "task_list": frozenset({"title", "as_of", "tasks", "sections", "note"}),
    "party_file": frozenset(
        {"title", "as_of", "identity", "cases_line", "categories", "tasks", "tasks_more"}
    ),
    "bulletin": frozenset(
        {
            "mark",
            "doc_number",
            "title",
            "to_units",
            "opening",
            "black_heading",
            "black",
            "red_heading",
            "red",
            "closing",
            "office",
            "date",
            "cc",
            "issuer",
            "issued_on",
        }
    ),
    "assessment": frozenset(
        {
            "mark",
            "doc_number",
            "title",
            "to_units",
            "opening",
            "units",
            "details",
            "vetoed",
            "closing",
            "office",
            "date",
            "cc",
            "issuer",
            "issued_on",
        }
    ),
    # Filled by the quarterly report (its context is the contract in templates/README.md).
    "quarterly_briefing": frozenset(
        {
            "bulletin_name",
            "issue",
            "office",
            "date",
            "title",
            "intro",
            "indicators",
            "verdict",
            "units",
            "chart_trend",
            "chart_units",
            "chart_note",
            "concerns",
            "cc",
            "issuer",
            "issued_on",
        }
    ),
    # Filled by fylink brief render (documents/brief.py).
    "brief": frozenset(
        {"brief_name", "issue", "office", "date", "sections", "cc", "issuer", "issued_on"}
    ),
}

# -- small pieces of office style ------------------------------------------------------------------

_DIGITS = "零一二三四五六七八九"


def cn_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (for 一、 and （一）)."""
    if n < 1:
        raise ValueError(n)
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _DIGITS[n // 10] + "十" + (_DIGITS[n % 10] if n % 10 else "")
    rest = n % 100
    head = _DIGITS[n // 100] + "百"
    if rest == 0:
        return head
    if rest < 10:
        return head + "零" + _DIGITS[rest]
    if rest < 20:
        return head + "一" + cn_numeral(rest)
    return head + cn_numeral(rest)


def provisional_note(due: date, provisional: bool) -> str:
    """The same words ``task show`` and the notifications use for a provisional deadline."""
    return f"（暂定：{due.year}年假期未公布）" if provisional else ""


def deadline_text(due: date, provisional: bool, *, before: bool = False) -> str:
    """2025年1月31日前 (``before``). An official document never carries the system's note on
    a provisional deadline (``provisional`` is ignored): that note stays in the terminal."""
    del provisional
    return format_cn(due) + ("前" if before else "")


_END = "。！？；;.!?"


def sentence(text: str) -> str:
    """A complete sentence: ends with 。 unless it already ends with sentence punctuation."""
    text = text.strip()
    if not text:
        return ""
    return text if text[-1] in _END else text + "。"


def bare(text: str) -> str:
    """Without its closing punctuation (the template adds 。)."""
    return text.strip().rstrip(_END + "，,、：:")


def split_decision(content: str) -> tuple[str, str]:
    """A decision's lead sentence (黑体 in the minutes) and the rest.

    "关于房屋征收补偿款支付问题。会议要求，……" → ("关于房屋征收补偿款支付问题", "会议要求，……。");
    a decision of one sentence is all lead sentence.
    """
    text = " ".join(content.split())
    head, mark, rest = text.partition("。")
    if mark and rest.strip():
        return bare(head), sentence(rest)
    return bare(text), ""


def units_text(names: Iterable[str]) -> str:
    return "、".join(name for name in names if name)


# -- 会议纪要 --------------------------------------------------------------------------------------

#: Words a topic that is a whole clause starts with (“通报上季度……”), as opposed to a subject
#: (“涉企行政争议化解”).
_VERBS = (
    "听取",
    "通报",
    "研究",
    "部署",
    "审议",
    "学习",
    "传达",
    "协调",
    "研判",
    "讨论",
    "总结",
    "分析",
    "安排",
    "交流",
    "会商",
)


def _joint_name(office: "Office") -> str:
    return office.meeting_name.strip() or office.name.removesuffix("办公室")


def _stem(office: "Office") -> str:
    """示范县府院联动: what the office's series names are prefixed with."""
    name = _joint_name(office)
    if name.endswith("联席会议"):
        return name.removesuffix("联席会议")
    region = office.region.strip()
    return f"{region}府院联动" if region else name


def _series_word(series: str) -> str:
    """协调会 → 协调会议 (as a 纪要 names it)."""
    return series + "议" if series.endswith("会") else series


def minutes_mark(office: "Office", series: str = "联席会议", masthead: str = "") -> str:
    """纪要标志: 示范县府院联动联席会议纪要, 示范县府院联动协调会议纪要 (or the setting)."""
    if masthead.strip():
        return masthead.strip()
    if series in ("", "联席会议"):
        name = _joint_name(office)
    else:
        name = _stem(office) + _series_word(series)
    return name if name.endswith("纪要") else f"{name}纪要"


def meeting_title(office: "Office", meeting: "Meeting") -> str:
    """The meeting as named in the opening: 示范县府院联动联席会议全体会议, 示范县府院联动协调会."""
    if meeting.series not in ("", "联席会议"):
        return _stem(office) + meeting.kind
    name = _joint_name(office)
    return name if name.endswith(meeting.kind) else f"{name}{meeting.kind}"


def topics_clause(topics: str) -> str:
    """The meeting's topics as the end of the opening sentence ("" without topics)."""
    parts = [bare(line) for line in topics.replace("；", "\n").splitlines() if bare(line)]
    if not parts:
        return ""
    if parts[0].startswith(_VERBS):
        return "会议" + "；".join(parts)
    if len(parts) == 1:
        return f"研究了{parts[0]}有关事项"
    return f"研究了{'、'.join(parts)}等事项"


def chair_text(chair: str, title: str) -> str:
    """常务副县长刘清华 (the roster's title in front of the name)."""
    chair = chair.strip()
    if chair and title and title not in chair:
        return f"{title}{chair}"
    return chair


def composed_opening(
    *, held_on: str, chair: str, place: str, meeting_name: str, topics: str
) -> str:
    """The opening sentence when the template's own cannot be used (no chair or no place)."""
    if chair and place:
        head = f"{held_on}，{chair}在{place}主持召开{meeting_name}"
    elif chair:
        head = f"{held_on}，{chair}主持召开{meeting_name}"
    elif place:
        head = f"{held_on}，{meeting_name}在{place}召开"
    else:
        head = f"{held_on}，{meeting_name}召开"
    return head + (f"，{topics}" if topics else "") + "。"


def attendee(line: "AttendanceLine", unit_format: str = "{unit}（{count}人）") -> str:
    """王建国（县长）, 周明（县司法局局长）, 县信访局（因公外出）, 县住建局（1人）,
    李律师（某律师事务所）."""
    details = []
    if line.is_person:
        title = line.title.strip()
        if line.unit and line.unit not in title:
            title = f"{line.unit}{title}"
        if title:
            details.append(title)
        if line.affiliation.strip():
            details.append(line.affiliation.strip())
    elif line.headcount:
        shown = unit_format.replace("{unit}", line.name).replace("{count}", str(line.headcount))
        return shown + (f"（{line.note.strip()}）" if line.note.strip() else "")
    if line.note.strip():
        details.append(line.note.strip())
    return line.name + (f"（{'，'.join(details)}）" if details else "")


STANDING = "长期坚持"


def due_text(task: Any) -> str:
    """A task's 完成时限 as an official document prints it: 2025年9月30日, 每季度末, 长期坚持
    (never a system note: a provisional deadline's note stays in the terminal)."""
    if task.due_rule == STANDING:
        return STANDING
    if task.recurrence:
        return task.recurrence
    return format_cn(task.due_on)


def duty_text(line: "DecisionLine", *, leader: bool = True, deadline: bool = True) -> str:
    """牵头单位：县住建局；配合单位：县自然资源局、县法院；牵头领导：王副县长；完成时限：2025年9月30日"""
    parts = []
    if line.lead:
        parts.append(f"牵头单位：{line.lead}")
    if line.co:
        parts.append(f"配合单位：{units_text(line.co)}")
    if leader and line.task.leader.strip():
        parts.append(f"牵头领导：{line.task.leader.strip()}")
    if deadline:
        parts.append(f"完成时限：{due_text(line.task)}")
    return "；".join(parts)


def _decision_status(line: "DecisionLine") -> str:
    task = line.task
    status = line.status.value
    if status == "已销号" and task.completed_on:
        return f"已于{format_cn(task.completed_on)}完成并销号"
    if status == "已完成" and task.completed_on:
        return f"已于{format_cn(task.completed_on)}完成"
    if task.due_rule == STANDING:
        return "长期坚持，正在推进"
    due = due_text(task)
    if status == "逾期":
        return f"尚未完成，已超过完成时限（{due}）"
    return f"正在推进，完成时限为{due}"


def _counted(counts: Mapping[str, int], noun: str) -> str:
    total = sum(counts.values())
    done = counts.get("已完成", 0) + counts.get("已销号", 0)
    open_ = counts.get("未到期", 0) + counts.get("临期", 0)
    late = counts.get("逾期", 0)
    parts = []
    if done:
        signed = counts.get("已销号", 0)
        parts.append(f"已完成{done}项" + (f"（已销号{signed}项）" if signed else ""))
    if open_:
        parts.append(f"正在推进{open_}项")
    if late:
        parts.append(f"逾期未完成{late}项")
    return f"{noun}{total}项，" + "，".join(parts)


def previous_summary(previous: "PreviousMeeting") -> str:
    """上次会议议定事项3项，已完成2项（已销号1项），正在推进1项；此前会议尚未完成的议定事项2项。"""
    noun = "上次会议议定事项" if previous.meeting is not None else "有关事项"
    text = _counted(previous.counts, noun)
    if previous.earlier:
        text += f"；此前会议尚未完成的议定事项{len(previous.earlier)}项，一并报告"
    return text + "。"


def meeting_name_short(earlier: "Meeting", current: "Meeting") -> str:
    """第2期联席会议纪要 (with the year when it was another year's)."""
    year = f"{earlier.year}年" if earlier.year != current.year else ""
    return f"{year}第{earlier.series_no}期{_series_word(earlier.series)}纪要"


def previous_name(previous: "PreviousMeeting", current: "Meeting") -> str:
    """第2期联席会议纪要; for a topic meeting, the 纪要 it follows (or 有关: 会议听取了有关
    议定事项落实情况汇报)."""
    if previous.meeting is not None:
        return meeting_name_short(previous.meeting, current)
    if previous.followed:
        return "、".join(meeting_name_short(m, current) for m in previous.followed)
    return "有关"


def _carried(line: "DecisionLine", seq: str, current: "Meeting") -> dict[str, Any]:
    source = ""
    if line.meeting is not None and line.meeting.id != current.id:
        number = f"第{cn_numeral(line.task.decision_no)}项" if line.task.decision_no else ""
        source = f"{meeting_name_short(line.meeting, current)}{number}议定事项"
    return {
        "seq": seq,
        "title": split_decision(line.task.content)[0],
        "status": _decision_status(line),
        "progress": sentence(line.progress),
        "units": units_text(line.units),
        "duty": duty_text(line, leader=False, deadline=False),
        "source": source,
    }


def minutes_context(src: "MinutesSource", *, issued_on: date, cc: str) -> dict[str, Any]:
    """The context of ``minutes.docx`` for one meeting.

    Headings follow GB/T 9704 §7.3.3: with a carry-over the 纪要 has two parts, 一、上次会议
    议定事项落实情况 and 二、会议议定事项, whose items are （一）（二）…; without one, the
    decisions themselves are 一、二、….
    """
    office, meeting = src.office, src.meeting
    held_on = format_cn(meeting.held_on)
    chair = chair_text(meeting.chair, src.chair_title)
    name = meeting_title(office, meeting)
    topics = topics_clause(meeting.topics)
    opening = sentence(meeting.opening)
    if not opening and not (chair and meeting.place.strip()):
        opening = composed_opening(
            held_on=held_on,
            chair=chair,
            place=meeting.place.strip(),
            meeting_name=name,
            topics=topics,
        )
    nested = src.previous is not None
    decisions = []
    for number, line in enumerate(src.decisions, start=1):
        title, body = split_decision(line.task.content)
        decisions.append(
            {
                "seq": f"（{cn_numeral(number)}）" if nested else f"{cn_numeral(number)}、",
                "title": title,
                "body": body,
                "units": units_text(line.units),
                "duty": duty_text(line),
                "deadline": due_text(line.task),
            }
        )
    previous = None
    if src.previous is not None:
        carried = [*src.previous.decisions, *src.previous.earlier]
        previous = {
            "heading": "一、上次会议议定事项落实情况"
            if src.previous.meeting is not None
            else "一、有关事项落实情况",
            "name": previous_name(src.previous, meeting),
            "summary": previous_summary(src.previous),
            "decisions": [
                _carried(line, f"（{cn_numeral(number)}）", meeting)
                for number, line in enumerate(carried, start=1)
            ],
        }

    def names(*roles: str) -> str:
        return "、".join(
            attendee(a, src.unit_attendance) for a in src.attendance if a.role in roles
        )

    return {
        "mark": minutes_mark(office, meeting.series, src.masthead),
        "issue": str(meeting.series_no),
        "office": office.name,
        "date": format_cn(issued_on),
        "opening": opening,
        "held_on": held_on,
        "chair": chair,
        "place": meeting.place.strip(),
        "meeting_name": name,
        "topics": topics,
        "parts": [sentence(p) for p in meeting.parts if p.strip()],
        "previous": previous,
        "decisions_heading": "二、会议议定事项" if nested else "",
        "decisions": decisions,
        "present": names("出席", "迟到", "早退", "代会"),
        "absent": names("请假"),
        "missing": names("缺席"),
        "observers": names("列席"),
        "cc": bare(cc),
        "issuer": office.name,
        "issued_on": format_cn(issued_on),
    }


def minutes_file_name(office: "Office", meeting: "Meeting", masthead: str = "") -> str:
    """示范县府院联动联席会议纪要〔2025〕第3期.docx"""
    mark = minutes_mark(office, meeting.series, masthead)
    return safe_file_name(f"{mark}〔{meeting.year}〕第{meeting.series_no}期") + ".docx"


# -- 督办通知 --------------------------------------------------------------------------------------

#: Title of the letter of each stage that has one.
LETTER_TITLES = {
    "督办": "关于督促办理逾期事项的通知",
    "通报": "关于逾期事项办理情况的通报",
}


def item_source(line: "NoticeLine") -> str:
    """Where an overdue item came from, as the letter names it."""
    if line.kind == "suggestion":
        return line.suggestion_doc_no
    if line.kind == "case":
        return ""  # the content names the case
    if line.meeting_year and line.meeting_issue:
        number = f"第{cn_numeral(line.decision_no)}项" if line.decision_no else ""
        series = _series_word(line.meeting_series) if line.meeting_series else "会议"
        return f"{line.meeting_year}年第{line.meeting_issue}期{series}纪要{number}议定事项"
    if line.source == "双清单":
        return f"双清单第{line.list_no}项" if line.list_no else "双清单"
    if line.source == "司法建议整改" and line.suggestion_doc_no:
        return f"{line.suggestion_doc_no}整改"
    return ""


def doc_number(detail: "NoticeDetail", prefix: str) -> str:
    """示府联办督〔2025〕3号 (the prefix is the office's 发文机关代字, a setting)."""
    return f"{prefix.strip()}{detail.number}"


def notice_letter_context(
    detail: "NoticeDetail", *, office: "Office", prefix: str, cc: str, contact: str
) -> dict[str, Any]:
    """The context of ``notice_letter.docx`` for a 督办 (or 通报) notice."""
    notice = detail.notice
    issued = format_cn(notice.issued_on)
    overdue = [
        {
            "seq": f"{number}.",
            "content": bare(line.content),
            "source": item_source(line),
            "deadline": deadline_text(line.due_on, line.provisional),
            "overdue_days": str(line.days_overdue),
            "progress": sentence(line.progress),
        }
        for number, line in enumerate(detail.items, start=1)
    ]
    reply_by = notice.reply_due or notice.issued_on
    return {
        "mark": joint_mark(notice.issuer, office.name),
        "doc_number": doc_number(detail, prefix),
        "title": LETTER_TITLES.get(notice.stage, LETTER_TITLES["督办"]),
        "to_unit": detail.unit.name,
        "as_of": issued,
        "overdue": overdue,
        "reply_by": format_cn(reply_by),
        "office": office.name,
        "contact": contact.strip(),
        "date": issued,
        "cc": bare(cc),
        "issuer": office.name,
        "issued_on": issued,
        "signers": signers(notice.issuer, office.name),
    }


#: Title of the 商请函 to the court or the procuratorate.
CONSULT_TITLE = "关于商请协助办理府院联动事项的函"


def consult_letter_context(
    detail: "NoticeDetail", *, office: "Office", cc: str, contact: str
) -> dict[str, Any]:
    """The context of ``consult_letter.docx`` for a 商请 (法院, 检察院: no 文号, no 督办)."""
    notice = detail.notice
    issued = format_cn(notice.issued_on)
    court_like = detail.unit.kind in ("法院", "检察院")
    you = "贵院" if court_like else "贵单位"
    items = [
        {
            "seq": f"{number}.",
            "content": bare(line.content),
            "source": item_source(line),
            "deadline": deadline_text(line.due_on, line.provisional),
            "overdue_days": str(line.days_overdue) if line.days_overdue else "",
            "progress": sentence(line.progress),
        }
        for number, line in enumerate(detail.items, start=1)
    ]
    reply_by = notice.reply_due or notice.issued_on
    return {
        "mark": joint_mark(notice.issuer, office.name),
        "title": CONSULT_TITLE,
        "to_unit": detail.unit.name,
        "you": you,
        "opening": (
            f"截至{issued}，府院联动工作中涉及{you}的下列事项已超过商定的完成时限，尚待办理："
        ),
        "items": items,
        "reply_by": format_cn(reply_by),
        "office": office.name,
        "contact": contact.strip(),
        "signers": signers(notice.issuer, office.name),
        "date": issued,
        "cc": bare(cc),
        "issuer": office.name,
        "issued_on": issued,
    }


def consult_file_name(detail: "NoticeDetail") -> str:
    """商请函（县法院）2025年7月1日.docx"""
    unit = detail.unit.short_name or detail.unit.name
    return safe_file_name(f"商请函（{unit}）{format_cn(detail.notice.issued_on)}") + ".docx"


def signers(issuer: str, office_name: str) -> list[str]:
    """The 发文机关署名 lines: the office, or a 联合督查's issuers in the configured order."""
    names = [name for name in issuer.split("、") if name] if issuer else []
    return names or [office_name]


def joint_mark(issuer: str, office_name: str) -> str:
    """The 发文机关标志 of a letter: the office's name, or a 联合督查's issuers side by side."""
    if not issuer:
        return office_name
    return "\u3000".join(name for name in issuer.split("、") if name)


def bulletin_context(
    bulletin: "Bulletin",
    *,
    office: "Office",
    prefix: str,
    cc: str,
    title: str,
    black_heading: str,
    red_heading: str,
    red_list: bool,
) -> dict[str, Any]:
    """The context of ``bulletin.docx`` from a 通报's frozen figures."""
    from fylink.services.bulletins import bulletin_number, period_label

    data = bulletin.data
    issued = format_cn(bulletin.issued_on)
    period = period_label(bulletin.period_year, bulletin.quarter)
    black = [
        {"seq": f"{chinese_seq(i)}", "name": row["unit"], "text": row["text"]}
        for i, row in enumerate(data.get("black", []), start=1)
    ]
    red = "、".join(row["unit"] for row in data.get("red", [])) if red_list else ""
    start = format_cn(date.fromisoformat(data["start"]))
    end = format_cn(date.fromisoformat(data["end"]))
    opening = (
        f"根据府院联动事项台账和督办记录，现将{period}（{start}至{end}）各成员单位"
        f"事项办理和书面报送情况通报如下（截至{issued}）："
    )
    closing = (
        "请被通报单位认真查找原因，明确责任，加快办理，并于本通报印发之日起"
        "10个工作日内将整改情况书面报送。各成员单位要引以为戒，严格按照时限办理议定事项。"
    )
    return {
        "mark": joint_mark(bulletin.issuer, office.name),
        "doc_number": f"{prefix.strip()}{bulletin_number(bulletin)}",
        "title": title,
        "to_units": "各成员单位",
        "opening": opening,
        "black_heading": black_heading,
        "black": black,
        "red_heading": red_heading,
        "red": red,
        "closing": closing,
        "office": bulletin.issuer or office.name,
        "date": issued,
        "cc": bare(cc),
        "issuer": office.name,
        "issued_on": issued,
    }


def chinese_seq(n: int) -> str:
    """（一）（二）… for the items of a list under a 一、 heading."""
    digits = "一二三四五六七八九十"
    if n <= 10:
        word = digits[n - 1]
    elif n < 20:
        word = "十" + digits[n - 11]
    else:
        word = digits[n // 10 - 1] + "十" + (digits[n % 10 - 1] if n % 10 else "")
    return f"（{word}）"


def notice_file_name(detail: "NoticeDetail", prefix: str) -> str:
    """督办通知示府联办督〔2025〕3号（县财政局）.docx"""
    unit = detail.unit.short_name or detail.unit.name
    stage = "督办通知" if detail.notice.stage == "督办" else f"{detail.notice.stage}文书"
    return safe_file_name(f"{stage}{doc_number(detail, prefix)}（{unit}）") + ".docx"


# -- 双清单 ----------------------------------------------------------------------------------------


def task_list_note(counts: Mapping[str, int], provisional: bool) -> str:
    """共12项，其中逾期2项、临期1项、未到期5项、已完成3项、已销号1项。"""
    total = sum(counts.values())
    order = ("逾期", "临期", "未到期", "已完成", "已销号")
    ranked = sorted(counts.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 9)
    parts = [f"{status}{n}项" for status, n in ranked if n]
    del provisional  # the system's note stays out of an official document
    return f"共{total}项" + (f"，其中{'、'.join(parts)}" if parts else "") + "。"


def task_list_context(src: "TaskListSource", *, title: str, as_of: date) -> dict[str, Any]:
    """The context of ``task_list.docx``: the rows in the approved order, under their
    sections (``sections``), numbered with the approved 序号; ``tasks`` lists them all."""
    rows = []
    sections: list[dict[str, Any]] = []
    for number, row in enumerate(src.rows, start=1):
        task = row.task
        item = {
            "seq": task.list_no or str(number),
            "content": task.content,
            "lead_unit": row.lead,
            "co_units": units_text(row.co),
            "leader": task.leader,
            "deadline": due_text(task),
            "progress": sentence(src.progress.get(task.id or 0, "")),
            "status": row.status.value,
            "section": task.list_section,
        }
        rows.append(item)
        if not sections or sections[-1]["title"] != task.list_section:
            sections.append({"title": task.list_section, "tasks": []})
        sections[-1]["tasks"].append(item)
    if any(s["title"] for s in sections):
        # Tasks outside the approved list come last, under a heading of their own.
        for section in sections:
            if not section["title"]:
                section["title"] = "其他事项"
    provisional = any(row.task.due_provisional for row in src.rows)
    return {
        "title": title,
        "as_of": format_cn(as_of),
        "tasks": rows,
        "sections": sections or [{"title": "", "tasks": []}],
        "note": task_list_note(src.counts, provisional),
    }


def task_list_title(office: "Office") -> str:
    """示范县府院联动工作双清单"""
    if office.region.strip():
        return f"{office.region.strip()}府院联动工作双清单"
    return f"{office.name.removesuffix('办公室')}双清单"


# -- file names ------------------------------------------------------------------------------------

_UNSAFE = str.maketrans(dict.fromkeys('/\\:*?"<>|\x00', "_"))


def safe_file_name(text: str) -> str:
    """A file name every system accepts (no / \\ : * ? " < > |)."""
    return " ".join(text.translate(_UNSAFE).split()).strip(". ") or "文档"


def assessment_context(
    data: Mapping[str, Any],
    *,
    office: "Office",
    doc_number: str,
    title: str,
    cc: str,
    issued_on: date,
    draft: bool = False,
) -> dict[str, Any]:
    """The context of ``assessment.docx`` (考核结果通报) from an assessment's data; ``draft``:
    one unit's 征求意见稿 before publication (``assess draft``), addressed to that unit."""
    issued = format_cn(issued_on)
    year = data["year"]
    units = [
        {
            "seq": str(i),
            "name": u["unit"],
            "score": u["score_text"],
            "rank": str(u["rank"]),
            "tier": u["tier"] or "—",
        }
        for i, u in enumerate(data["units"], start=1)
    ]
    details: list[dict[str, str]] = []
    for u in data["units"]:
        parts = [line["text"] for line in u["lines"] if line["text"]]
        if parts:
            details.append(
                {"seq": chinese_seq(len(details) + 1), "name": u["unit"], "text": "；".join(parts)}
            )
    vetoed = "、".join(u["unit"] for u in data["units"] if u["vetoed"])
    veto_tier = data["rules"].get("veto_tier", "不合格")
    rules = data["rules"]
    opening = (
        f"根据《{rules['name']}》，联席会议办公室依据府院联动事项台账、督办记录和各单位报送的"
        f"材料，对{year}年度各成员单位府院联动工作进行了考核。现将考核结果通报如下："
    )
    closing = (
        "请各成员单位对照考核结果，认真查找不足，切实抓好整改。对考核结果有异议的，"
        "可于本通报印发之日起5个工作日内向联席会议办公室书面反映。"
    )
    to_units = "各成员单位"
    if draft and len(data["units"]) == 1:
        unit = data["units"][0]
        to_units = unit["unit_name"]
        title = f"{unit['unit']}{year}年度府院联动工作考核情况（征求意见稿）"
        opening = (
            f"根据《{rules['name']}》，联席会议办公室依据府院联动事项台账、督办记录和各单位报送"
            f"的材料，对你单位{year}年度府院联动工作进行了初步考核。现将考核情况反馈如下："
        )
        closing = (
            "请你单位认真核对。对考核情况有异议的，请于收到之日起5个工作日内向联席会议办公室"
            "书面提出并附相关依据；逾期未提出的，视为无异议。"
        )
    return {
        "mark": office.name,
        "doc_number": doc_number,
        "title": title,
        "to_units": to_units,
        "opening": opening,
        "units": units,
        "details": details,
        "vetoed": f"{vetoed}发生一票否决事项，本年度考核等次定为{veto_tier}" if vetoed else "",
        "closing": closing,
        "office": office.name,
        "date": issued,
        "cc": bare(cc),
        "issuer": office.name,
        "issued_on": issued,
    }


# -- 一企一档 (party show --docx, issue 17) --------------------------------------------------------

#: What one page holds: the busiest categories, the first 协调事项, the latest facts.
PARTY_FILE_CATEGORIES = 4
PARTY_FILE_TASKS = 4
PARTY_FILE_EVENTS = 2


def _wan(fen: int) -> str:
    """12500000 分 → 12.50 (万元); 0 → ''."""
    if not fen:
        return ""
    return f"{Decimal(fen) / 1_000_000:.2f}"


def party_file_title(name: str) -> str:
    return f"{name}一企一档"


def party_file_context(file: Any, statuses: Mapping[int, str], *, as_of: date) -> dict[str, Any]:
    """The context of ``party_file.docx`` from ``services.parties.PartyFile`` (the ID
    number already masked there)."""
    p = file.party
    identity = p.name if p.kind != "自然人" else f"{p.name}，自然人"
    if p.id_number:
        identity += f"，{p.id_kind or '证件号码'}{p.id_number}"
    formers = [n for n, kind, _ in file.former_names if kind == "曾用名"]
    if formers:
        identity += f"，曾用名{'、'.join(formers)}"
    if file.watch is not None:
        w = file.watch
        identity += f"。列入重点关注名册（{w.level}，{w.reason}）"
        if w.leader:
            identity += f"，包案领导{w.leader}"
        if w.task_force:
            identity += f"，{w.task_force}"
    identity += "。"
    open_cases = sum(s.open_cases for s in file.summary)
    claimed = sum(s.claimed_fen for s in file.summary)
    recovered = sum(s.recovered_fen for s in file.summary)
    line = (
        f"涉及案件{file.total_cases}件，在办{open_cases}件、已结{file.total_cases - open_cases}件"
    )
    if claimed:
        line += f"；标的合计{_wan(claimed)}万元，到位{_wan(recovered) or '0'}万元"
    for b in file.bankruptcies:
        known = "、".join(
            x for x in (b.procedure and f"{b.procedure}程序", b.stage, b.administrator) if x
        )
        line += f"；破产案件{b.case_no}（{known}）" if known else ""
        if b.unpaid_workers:
            line += f"，欠薪{b.unpaid_workers}人"
    line += "。"
    latest = [f for f in file.timeline if not f[1].endswith(("交办", "完成"))]
    facts = [
        f"{format_cn(on)}{about}{what}"
        if what in ("立案", "结案")
        else f"{format_cn(on)}{what}（{about}）"
        for on, what, about in latest[:PARTY_FILE_EVENTS]
    ]
    if facts:
        line += f"最近动态：{'；'.join(facts)}。"
    # At most PARTY_FILE_CATEGORIES rows: the busiest, the rest summed in the last one.
    cut = (
        PARTY_FILE_CATEGORIES
        if len(file.summary) <= PARTY_FILE_CATEGORIES
        else PARTY_FILE_CATEGORIES - 1
    )
    shown, rest = file.summary[:cut], file.summary[cut:]
    categories = [
        {
            "category": s.category,
            "cases": str(s.cases),
            "open": str(s.open_cases),
            "closed": str(s.cases - s.open_cases),
            "claimed": _wan(s.claimed_fen),
            "recovered": _wan(s.recovered_fen),
        }
        for s in shown
    ]
    if rest:
        categories.append(
            {
                "category": f"其他{len(rest)}类",
                "cases": str(sum(s.cases for s in rest)),
                "open": str(sum(s.open_cases for s in rest)),
                "closed": str(sum(s.cases - s.open_cases for s in rest)),
                "claimed": _wan(sum(s.claimed_fen for s in rest)),
                "recovered": _wan(sum(s.recovered_fen for s in rest)),
            }
        )
    # The 府院协调 checklist (party checklist) is one row: its items, units and states.
    prefix = f"府院协调（{p.name}）："
    checklist = [t for t in file.tasks if t.content.startswith(prefix)]
    others = [t for t in file.tasks if not t.content.startswith(prefix)]
    rows: list[dict[str, str]] = []
    if checklist:
        units = list(dict.fromkeys(t.lead for t in checklist))
        counts: dict[str, int] = {}
        for t in checklist:
            counts[statuses.get(t.id, "")] = counts.get(statuses.get(t.id, ""), 0) + 1
        dues = sorted({t.due_on for t in checklist})
        rows.append(
            {
                # The items are the official texts' eleven; the page names only how many.
                "content": f"府院协调事项清单（{len(checklist)}项）",
                "lead": units[0] if len(units) == 1 else f"{units[0]}等{len(units)}个单位",
                "due": format_cn(dues[0]) + ("起" if len(dues) > 1 else ""),
                "status": "、".join(f"{s}{n}项" for s, n in counts.items() if s),
            }
        )
    rows += [
        {
            "content": t.content + (f"（{t.meeting}议定）" if t.meeting else ""),
            "lead": t.lead,
            "due": format_cn(t.due_on),
            "status": statuses.get(t.id, ""),
        }
        for t in others
    ]
    # A line saying how many more take the place of the last row.
    shown_rows = rows if len(rows) <= PARTY_FILE_TASKS else rows[: PARTY_FILE_TASKS - 1]
    more = len(rows) - len(shown_rows)
    return {
        "title": party_file_title(p.name),
        "as_of": format_cn(as_of),
        "identity": identity,
        "cases_line": line,
        "categories": categories,
        "tasks": shown_rows,
        "tasks_more": f"另有{more}项相关事项，详见台账。" if more > 0 else "",
    }
