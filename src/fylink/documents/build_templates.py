"""Build the shipped .docx templates (``templates/*.docx``) from code.

    python -m fylink.documents.build_templates templates/

The templates are ordinary Word files with docxtpl tags: an office may open one in Word,
change the wording and point fylink at its own copy. Rebuild after changing this module or
layout.py; ``tests/documents`` checks the committed files match. The context each template
expects is documented in ``templates/README.md``.
"""

import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.table import Table

from fylink.documents import layout as L
from fylink.documents.layout import DEFAULT_FONTS, Fonts

#: Author written into the templates' core properties (render sets the office's).
TEMPLATE_AUTHOR = "fylink"


def _p(doc: DocxDocument, text: str = "", style: str = L.S_NORMAL) -> None:
    L.add_paragraph(doc, text, style)


def _lead(
    doc: DocxDocument, lead: str, rest: str, char_style: str, style: str = L.S_NORMAL
) -> None:
    """A paragraph whose first sentence is in another font (黑体 / 楷体)."""
    paragraph = L.add_paragraph(doc, "", style)
    L.add_run(paragraph, lead, char_style)
    L.add_run(paragraph, rest)


def _masthead(doc: DocxDocument, mark: str) -> None:
    """Red mark, issue line, office left and date right, red line (纪要 and 简报 版头)."""
    _p(doc, mark, L.S_MARK)
    _p(doc, "第{{ issue }}期", L.S_ISSUE)
    line = L.add_paragraph(doc, "\t{{ office }}\t{{ date }}", L.S_OFFICE_LINE)
    L.red_rule(line)


def _banji(doc: DocxDocument, cc_label: str = "抄送") -> None:
    L.add_banji(
        doc,
        cc="{{ cc }}。",
        issuer="{{ issuer }}",
        issued_on="{{ issued_on }}",
        cc_guard=("{%tr if cc %}", "{%tr endif %}"),
        cc_label=cc_label,
    )


def _header_row(table: Table, headers: list[str]) -> None:
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        L.cell_paragraph(cell, text, L.S_TABLE_HEAD)


def _loop_rows(table: Table, loop: str, cells: list[tuple[str, str]]) -> None:
    """Rows 1–3 of ``table``: ``{%tr for … %}``, the repeated row, ``{%tr endfor %}``."""
    L.cell_paragraph(table.rows[1].cells[0], f"{{%tr for {loop} %}}", L.S_TABLE_TEXT)
    for cell, (text, style) in zip(table.rows[2].cells, cells, strict=True):
        L.cell_paragraph(cell, text, style)
    L.cant_split(table.rows[2]._tr)
    L.cell_paragraph(table.rows[3].cells[0], "{%tr endfor %}", L.S_TABLE_TEXT)


def build_minutes(fonts: Fonts = DEFAULT_FONTS) -> DocxDocument:
    """会议纪要 (§10.3); headings 一、（黑体） before （一）（楷体） (§7.3.3)."""
    doc = L.new_document(fonts)
    _masthead(doc, "{{ mark }}")
    _p(doc)
    _p(
        doc,
        "{% if opening %}{{ opening }}{% else %}"
        "{{ held_on }}，{{ chair }}在{{ place }}主持召开{{ meeting_name }}"
        "{% if topics %}，{{ topics }}{% endif %}。{% endif %}",
    )
    _p(doc, "{%p if parts %}")
    _p(doc, "{%p for part in parts %}")
    _p(doc, "{{ part }}")
    _p(doc, "{%p endfor %}")
    _p(doc, "{%p endif %}")
    _p(doc, "{%p if previous %}")
    _p(doc, "现将会议主要情况纪要如下：")
    _p(doc, "{{ previous.heading }}", L.S_H1)
    _p(doc, "会议听取了{{ previous.name }}议定事项落实情况汇报。{{ previous.summary }}")
    _p(doc, "{%p for p in previous.decisions %}")
    _lead(
        doc,
        "{{ p.seq }}{{ p.title }}。",
        "{% if p.source %}（{{ p.source }}）{% endif %}{{ p.status }}。"
        "{% if p.progress %}{{ p.progress }}{% endif %}"
        "{% if p.duty %}（{{ p.duty }}）{% endif %}",
        L.C_KAI,
    )
    _p(doc, "{%p endfor %}")
    _p(doc, "{{ decisions_heading }}", L.S_H1)
    _p(doc, "{%p for d in decisions %}")
    _lead(
        doc,
        "{{ d.seq }}{{ d.title }}。",
        "{{ d.body }}{% if d.duty %}（{{ d.duty }}）{% endif %}",
        L.C_KAI,
    )
    _p(doc, "{%p endfor %}")
    _p(doc, "{%p else %}")
    _p(doc, "现将会议议定事项纪要如下：")
    _p(doc, "{%p for d in decisions %}")
    _lead(
        doc,
        "{{ d.seq }}{{ d.title }}。",
        "{{ d.body }}{% if d.duty %}（{{ d.duty }}）{% endif %}",
        L.C_HEI,
    )
    _p(doc, "{%p endfor %}")
    _p(doc, "{%p endif %}")
    _p(doc)  # 正文下空一行 before the attendance (§10.3)
    _lead(doc, "出席：", "{{ present }}", L.C_HEI, L.S_ATTENDANCE)
    _p(doc, "{%p if absent %}")
    _lead(doc, "请假：", "{{ absent }}", L.C_HEI, L.S_ATTENDANCE)
    _p(doc, "{%p endif %}")
    _p(doc, "{%p if missing %}")
    _lead(doc, "缺席：", "{{ missing }}", L.C_HEI, L.S_ATTENDANCE)
    _p(doc, "{%p endif %}")
    _p(doc, "{%p if observers %}")
    _lead(doc, "列席：", "{{ observers }}", L.C_HEI, L.S_ATTENDANCE)
    _p(doc, "{%p endif %}")
    _banji(doc)
    return doc


def build_notice_letter(fonts: Fonts = DEFAULT_FONTS) -> DocxDocument:
    """督办通知 in the general 公文 format (§7)."""
    doc = L.new_document(fonts)
    _p(doc, "{{ mark }}", L.S_MARK)
    _p(doc)  # 发文字号: 发文机关标志下空二行 (§7.2.5)
    _p(doc)
    number = L.add_paragraph(doc, "{{ doc_number }}", L.S_ISSUE)
    L.red_rule(number)
    _p(doc)  # 标题: 红色分隔线下空二行 (§7.3.1)
    _p(doc)
    _p(doc, "{{ title }}", L.S_TITLE)
    _p(doc)
    _p(doc, "{{ to_unit }}：", L.S_ADDRESSEE)
    _p(doc, "经核查，截至{{ as_of }}，你单位牵头承办的下列事项已超过完成时限，现予督办：")
    _p(doc, "{%p for t in overdue %}")
    _p(
        doc,
        "{{ t.seq }}{{ t.content }}{% if t.source %}（{{ t.source }}）{% endif %}。"
        "完成时限为{{ t.deadline }}，已逾期{{ t.overdue_days }}个工作日。"
        "{% if t.progress %}目前进展：{{ t.progress }}{% endif %}",
    )
    _p(doc, "{%p endfor %}")
    # The closing paragraphs keep with the signature: it never stands alone on a page.
    closing = L.add_paragraph(
        doc,
        "请你单位高度重视，采取有力措施加快办理，并于{{ reply_by }}前将办理情况和下一步"
        "工作措施书面报送{{ office }}。逾期未报送的，将视情予以通报。",
    )
    L.keep_with_next(closing)
    _p(doc, "{%p if contact %}")
    L.keep_with_next(L.add_paragraph(doc, "（联系人：{{ contact }}）"))
    _p(doc, "{%p endif %}")
    L.keep_with_next(L.add_paragraph(doc))  # 署名: 正文下空一行 (§7.3.5.2)
    _signers(doc)
    _p(doc, "{{ date }}", L.S_SIGNATURE_DATE)
    _banji(doc)
    return doc


def _signers(doc: DocxDocument) -> None:
    """The 发文机关署名: one line per issuer, the lead one first (§7.3.5.2: a joint document
    without seals lists the issuers one below the other), then the date."""
    _p(doc, "{%p for s in signers %}")
    L.keep_with_next(L.add_paragraph(doc, "{{ s }}", L.S_SIGNATURE))
    _p(doc, "{%p endfor %}")


def build_consult_letter(fonts: Fonts = DEFAULT_FONTS) -> DocxDocument:
    """商请函 to the court or the procuratorate, in the general format (§7) of a 函: they are
    not supervised by the office, so no 文号 and no 督办 wording."""
    doc = L.new_document(fonts)
    _p(doc, "{{ mark }}", L.S_MARK)
    _p(doc)  # 发文机关标志下空二行 (§7.2.5), where a 督办 has its 文号
    _p(doc)
    L.red_rule(L.add_paragraph(doc, "", L.S_ISSUE))
    _p(doc)  # 标题: 红色分隔线下空二行 (§7.3.1)
    _p(doc)
    _p(doc, "{{ title }}", L.S_TITLE)
    _p(doc)
    _p(doc, "{{ to_unit }}：", L.S_ADDRESSEE)
    _p(doc, "{{ opening }}")
    _p(doc, "{%p for t in items %}")
    _p(
        doc,
        "{{ t.seq }}{{ t.content }}{% if t.source %}（{{ t.source }}）{% endif %}。"
        "完成时限为{{ t.deadline }}{% if t.overdue_days %}，已超过{{ t.overdue_days }}个工作日"
        "{% endif %}。{% if t.progress %}目前进展：{{ t.progress }}{% endif %}",
    )
    _p(doc, "{%p endfor %}")
    closing = L.add_paragraph(
        doc,
        "商请{{ you }}予以支持配合，并于{{ reply_by }}前将有关情况函告{{ office }}。",
    )
    L.keep_with_next(closing)
    L.keep_with_next(L.add_paragraph(doc, "特此函商。"))
    _p(doc, "{%p if contact %}")
    L.keep_with_next(L.add_paragraph(doc, "（联系人：{{ contact }}）"))
    _p(doc, "{%p endif %}")
    L.keep_with_next(L.add_paragraph(doc))
    _signers(doc)
    _p(doc, "{{ date }}", L.S_SIGNATURE_DATE)
    _banji(doc)
    return doc


def build_bulletin(fonts: Fonts = DEFAULT_FONTS) -> DocxDocument:
    """通报 of units with overdue items and missing replies, in the general format (§7)."""
    doc = L.new_document(fonts)
    _p(doc, "{{ mark }}", L.S_MARK)
    _p(doc)
    _p(doc)
    number = L.add_paragraph(doc, "{{ doc_number }}", L.S_ISSUE)
    L.red_rule(number)
    _p(doc)
    _p(doc)
    _p(doc, "{{ title }}", L.S_TITLE)
    _p(doc)
    _p(doc, "{{ to_units }}：", L.S_ADDRESSEE)
    _p(doc, "{{ opening }}")
    _p(doc, "一、{{ black_heading }}", L.S_H1)
    _p(doc, "{%p for u in black %}")
    _p(doc, "{{ u.seq }}{{ u.name }}：{{ u.text }}。")
    _p(doc, "{%p endfor %}")
    _p(doc, "{%p if not black %}")
    _p(doc, "本期没有逾期未办结或未按时书面报送的单位。")
    _p(doc, "{%p endif %}")
    _p(doc, "{%p if red %}")
    _p(doc, "二、{{ red_heading }}", L.S_H1)
    _p(doc, "{{ red }}。")
    _p(doc, "{%p endif %}")
    closing = L.add_paragraph(doc, "{{ closing }}")
    L.keep_with_next(closing)
    L.keep_with_next(L.add_paragraph(doc))
    L.keep_with_next(L.add_paragraph(doc, "{{ office }}", L.S_SIGNATURE))
    _p(doc, "{{ date }}", L.S_SIGNATURE_DATE)
    _banji(doc)
    return doc


#: The result table of the 考核结果通报 (widths add up to the 156 mm 版心).
ASSESSMENT_COLUMNS: list[tuple[str, int, str, str]] = [
    ("序号", 700, "{{ u.seq }}", L.S_TABLE_CENTER),
    ("单位", 3645, "{{ u.name }}", L.S_TABLE_TEXT),
    ("得分", 1500, "{{ u.score }}", L.S_TABLE_CENTER),
    ("排名", 1200, "{{ u.rank }}", L.S_TABLE_CENTER),
    ("等次", 1800, "{{ u.tier }}", L.S_TABLE_CENTER),
]


def build_assessment(fonts: Fonts = DEFAULT_FONTS) -> DocxDocument:
    """考核结果通报 in the general format (§7): the result table, then each unit's
    deductions and bonuses with the records behind them."""
    doc = L.new_document(fonts)
    _p(doc, "{{ mark }}", L.S_MARK)
    _p(doc)
    _p(doc)
    number = L.add_paragraph(doc, "{{ doc_number }}", L.S_ISSUE)
    L.red_rule(number)
    _p(doc)
    _p(doc)
    _p(doc, "{{ title }}", L.S_TITLE)
    _p(doc)
    _p(doc, "{{ to_units }}：", L.S_ADDRESSEE)
    _p(doc, "{{ opening }}")
    _p(doc, "一、考核结果", L.S_H1)
    _data_table(doc, ASSESSMENT_COLUMNS, "u in units")
    _p(doc, "二、扣分和加分情况", L.S_H1)
    _p(doc, "{%p for d in details %}")
    _p(doc, "{{ d.seq }}{{ d.name }}：{{ d.text }}。")
    _p(doc, "{%p endfor %}")
    _p(doc, "{%p if not details %}")
    _p(doc, "各单位均无扣分、加分事项。")
    _p(doc, "{%p endif %}")
    _p(doc, "{%p if vetoed %}")
    _p(doc, "三、一票否决", L.S_H1)
    _p(doc, "{{ vetoed }}。")
    _p(doc, "{%p endif %}")
    closing = L.add_paragraph(doc, "{{ closing }}")
    L.keep_with_next(closing)
    L.keep_with_next(L.add_paragraph(doc))
    L.keep_with_next(L.add_paragraph(doc, "{{ office }}", L.S_SIGNATURE))
    _p(doc, "{{ date }}", L.S_SIGNATURE_DATE)
    _banji(doc)
    return doc


TASK_COLUMNS: list[tuple[str, int, str, str]] = [
    # header, width (twips; they add up to the 225 mm landscape 版心), cell text, cell style.
    # 完成时限 fits 2025年11月27日 on one line even where digits are wider than half a character.
    # In 五号: 牵头单位 holds a seven-character name (县生态环境分局) on one line, 进展情况
    # a usual progress note on two lines, not three.
    ("序号", 600, "{{ t.seq }}", L.S_TABLE_CENTER),
    ("任务内容", 3000, "{{ t.content }}", L.S_TABLE_TEXT),
    ("牵头单位", 1650, "{{ t.lead_unit }}", L.S_TABLE_CENTER),
    ("配合单位", 1600, "{{ t.co_units }}", L.S_TABLE_CENTER),
    ("牵头领导", 1050, "{{ t.leader }}", L.S_TABLE_CENTER),
    ("完成时限", 1900, "{{ t.deadline }}", L.S_TABLE_CENTER),
    ("进展情况", 2156, "{{ t.progress }}", L.S_TABLE_TEXT),
    ("状态", 800, "{{ t.status }}", L.S_TABLE_CENTER),
]


def build_task_list(fonts: Fonts = DEFAULT_FONTS) -> DocxDocument:
    """双清单: landscape tables in the approved order, one per section (一、政府需法院支持
    事项 …) under its heading, header row repeated on every page."""
    doc = L.new_document(fonts, landscape=True)
    _p(doc, "{{ title }}", L.S_TITLE)
    _p(doc, "（截至{{ as_of }}）", L.S_SUBTITLE)
    _p(doc)
    _p(doc, "{%p for s in sections %}")
    _p(doc, "{%p if s.title %}")
    L.keep_with_next(L.add_paragraph(doc, "{{ s.title }}", L.S_H1))
    _p(doc, "{%p endif %}")
    table = L.new_table(doc, [width for _, width, _, _ in TASK_COLUMNS], 4, header_rows=1)
    _header_row(table, [header for header, _, _, _ in TASK_COLUMNS])
    _loop_rows(table, "t in s.tasks", [(text, style) for _, _, text, style in TASK_COLUMNS])
    _p(doc, "", L.S_SPACER)
    _p(doc, "{%p endfor %}")
    _p(doc, "{%p if not tasks %}")
    _p(doc, "暂无事项。")
    _p(doc, "{%p endif %}")
    _p(doc, "{%p if note %}")
    _p(doc, "{{ note }}")
    _p(doc, "{%p endif %}")
    return doc


INDICATOR_COLUMNS: list[tuple[str, int, str, str]] = [
    # 同比/环比 hold "上升100.0个百分点" on one line (about 9 characters of 五号).
    ("指标", 2345, "{{ i.name }}", L.S_TABLE_TEXT),
    ("数值", 1100, "{{ i.value }}", L.S_TABLE_CENTER),
    ("分子/分母", 1200, "{{ i.ratio }}", L.S_TABLE_CENTER),
    ("同比", 2100, "{{ i.yoy }}", L.S_TABLE_CENTER),
    ("环比", 2100, "{{ i.qoq }}", L.S_TABLE_CENTER),
]

UNIT_COLUMNS: list[tuple[str, int, str, str]] = [
    # 同比 holds "+1000.0%" on one line.
    ("序号", 600, "{{ u.seq }}", L.S_TABLE_CENTER),
    ("单位", 2245, "{{ u.name }}", L.S_TABLE_TEXT),
    ("发案量", 1000, "{{ u.filed }}", L.S_TABLE_CENTER),
    ("同比", 1350, "{{ u.filed_yoy }}", L.S_TABLE_CENTER),
    ("败诉数", 1000, "{{ u.lost }}", L.S_TABLE_CENTER),
    ("败诉率", 1100, "{{ u.loss_rate }}", L.S_TABLE_CENTER),
    ("负责人出庭率", 1550, "{{ u.appearance_rate }}", L.S_TABLE_CENTER),
]


def _data_table(
    doc: DocxDocument,
    columns: list[tuple[str, int, str, str]],
    loop: str,
    *,
    keep_together: bool = False,
) -> None:
    table = L.new_table(doc, [width for _, width, _, _ in columns], 4, header_rows=1)
    _header_row(table, [header for header, _, _, _ in columns])
    _loop_rows(table, loop, [(text, style) for _, _, text, style in columns])
    if keep_together:
        # A short table on one page: every row keeps with the next (Word, WPS, LibreOffice).
        for cell in table.rows[2].cells:
            L.keep_with_next(cell.paragraphs[0])
    _p(doc, "", L.S_SPACER)


def _chart(doc: DocxDocument, name: str, caption: str) -> None:
    _p(doc, f"{{%p if {name} %}}")
    _p(doc, f"{{{{ {name} }}}}", L.S_PICTURE)
    _p(doc, caption, L.S_CAPTION)
    _p(doc, "{%p endif %}")


def build_quarterly_briefing(fonts: Fonts = DEFAULT_FONTS) -> DocxDocument:
    """季度通报 / 工作简报: masthead, indicators, 双下降 verdict, units, charts, concerns."""
    doc = L.new_document(fonts)
    _masthead(doc, "{{ bulletin_name }}")
    _p(doc)
    _p(doc, "{{ title }}", L.S_TITLE)
    _p(doc)
    _p(doc, "{%p if intro %}")
    _p(doc, "{{ intro }}")
    _p(doc, "{%p endif %}")
    _p(doc, "一、主要指标", L.S_H1)
    _data_table(doc, INDICATOR_COLUMNS, "i in indicators", keep_together=True)
    _chart(doc, "chart_trend", "图1　各季度发案量与败诉率")
    _p(doc, "二、“双下降”情况", L.S_H1)
    _p(doc, "{{ verdict }}")
    _p(doc, "三、各单位情况", L.S_H1)
    _data_table(doc, UNIT_COLUMNS, "u in units")
    _chart(doc, "chart_units", "图2　各单位发案量")
    _p(doc, "{%p if chart_note %}")
    _p(doc, "{{ chart_note }}")
    _p(doc, "{%p endif %}")
    _p(doc, "四、需要关注的事项", L.S_H1)
    _p(doc, "{%p for c in concerns %}")
    _p(doc, "{{ c.seq }}{{ c.text }}")
    _p(doc, "{%p endfor %}")
    _p(doc, "{%p if not concerns %}")
    _p(doc, "本季度暂无需要特别关注的事项。")
    _p(doc, "{%p endif %}")
    _banji(doc)
    return doc


PARTY_CASE_COLUMNS: list[tuple[str, int, str, str]] = [
    # They add up to the 156 mm portrait 版心, as the briefing's tables do.
    ("类别", 2245, "{{ c.category }}", L.S_TABLE_TEXT),
    ("件数", 1100, "{{ c.cases }}", L.S_TABLE_CENTER),
    ("在办", 1100, "{{ c.open }}", L.S_TABLE_CENTER),
    ("已结", 1100, "{{ c.closed }}", L.S_TABLE_CENTER),
    ("标的（万元）", 1650, "{{ c.claimed }}", L.S_TABLE_CENTER),
    ("到位（万元）", 1650, "{{ c.recovered }}", L.S_TABLE_CENTER),
]


PARTY_TASK_COLUMNS: list[tuple[str, int, str, str]] = [
    ("协调事项", 4245, "{{ t.content }}", L.S_TABLE_TEXT),
    ("牵头单位", 1700, "{{ t.lead }}", L.S_TABLE_CENTER),
    ("完成时限", 1800, "{{ t.due }}", L.S_TABLE_CENTER),
    ("状态", 1100, "{{ t.status }}", L.S_TABLE_CENTER),
]


def build_party_file(fonts: Fonts = DEFAULT_FONTS) -> DocxDocument:
    """一企一档: one page on one enterprise for a 专题会 (identity, cases and their latest
    facts, 协调事项)."""
    doc = L.new_document(fonts)
    _p(doc, "{{ title }}", L.S_TITLE)
    _p(doc, "（截至{{ as_of }}）", L.S_SUBTITLE)
    _p(doc, "一、基本情况", L.S_H1)
    _p(doc, "{{ identity }}")
    _p(doc, "二、涉案情况", L.S_H1)
    _p(doc, "{{ cases_line }}")
    _data_table(doc, PARTY_CASE_COLUMNS, "c in categories", keep_together=True)
    _p(doc, "三、协调事项", L.S_H1)
    _p(doc, "{%p if tasks %}")
    _data_table(doc, PARTY_TASK_COLUMNS, "t in tasks", keep_together=True)
    _p(doc, "{%p endif %}")
    _p(doc, "{%p if tasks_more %}")
    _p(doc, "{{ tasks_more }}")
    _p(doc, "{%p endif %}")
    _p(doc, "{%p if not tasks %}")
    _p(doc, "暂无相关任务和议定事项。")
    _p(doc, "{%p endif %}")
    return doc


def build_brief(fonts: Fonts = DEFAULT_FONTS) -> DocxDocument:
    """工作简报 / 专刊 / 增刊: 报头 (简报名称, 第N期, 编发单位, 日期, red line), the items
    under 一、工作动态 二、经验做法 三、问题建议, the 版记 with 分送 (GB/T 9704 §7)."""
    doc = L.new_document(fonts)
    _masthead(doc, "{{ brief_name }}")
    _p(doc)
    _p(doc, "{%p for s in sections %}")
    _p(doc, "{{ s.heading }}", L.S_H1)
    _p(doc, "{%p for i in s.entries %}")
    _lead(doc, "{{ i.lead }}", "{{ i.body }}{{ i.source }}", L.C_HEI)
    _p(doc, "{%p endfor %}")
    _p(doc, "{%p endfor %}")
    _banji(doc, cc_label="分送")
    return doc


#: file name → (builder, title written into the template's properties)
TEMPLATES: dict[str, tuple[Callable[[Fonts], DocxDocument], str]] = {
    "minutes.docx": (build_minutes, "会议纪要"),
    "notice_letter.docx": (build_notice_letter, "督办通知"),
    "consult_letter.docx": (build_consult_letter, "商请函"),
    "task_list.docx": (build_task_list, "双清单"),
    "quarterly_briefing.docx": (build_quarterly_briefing, "季度通报"),
    "bulletin.docx": (build_bulletin, "督办通报"),
    "assessment.docx": (build_assessment, "考核结果通报"),
    "party_file.docx": (build_party_file, "一企一档"),
    "brief.docx": (build_brief, "工作简报"),
}


def build_all(
    outdir: Path, *, fonts: Fonts = DEFAULT_FONTS, now: datetime | None = None
) -> list[Path]:
    """Write every template into ``outdir``; return the paths written."""
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, (builder, title) in TEMPLATES.items():
        doc = builder(fonts)
        L.set_core_properties(doc, title=f"{title}模板", author=TEMPLATE_AUTHOR, now=now)
        path = outdir / filename
        doc.save(str(path))
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        sys.stderr.write("用法：python -m fylink.documents.build_templates 输出目录\n")
        return 2
    written = build_all(Path(args[0]))
    print(f"已生成 {len(written)} 个模板：{Path(args[0])}")  # noqa: T201
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
