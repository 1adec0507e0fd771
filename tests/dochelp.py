"""Helpers for the document command tests (issue 4): a small office built through the CLI,
reading generated files back, and templates an office broke."""

import re
import shutil
import zipfile
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

#: Pure Chinese without punctuation, so every wrapped line of it can be full (28 characters).
FILLER = "会议研究认为要进一步加强府院联动工作机制建设推动行政争议实质性化解切实提升依法行政水平"

MARKUP = "A&B <C>"


def ok(result) -> None:
    assert result.exit_code == 0, (result.stdout, result.stderr)


def build_office(cli) -> None:
    """Two 联席会议 and a 协调会, with attendance, decisions, progress and a completion.

    - 2025年第1期 (2025-05-20): three decisions — one overdue with progress, one open, one
      completed — the "previous meeting" of 第2期;
    - 2025年第2期 (2025-06-20): the minutes under test: a decision with a lead sentence and a
      body containing ``A&B <C>``, a provisional deadline (20个月 → 2027), persons with titles,
      a 列席 and a 请假 with its reason;
    - 2025年第3期 (2025-06-25): a 协调会 with neither chair nor place.
    """
    steps = [
        (
            "meeting",
            "add",
            "--kind",
            "联席会议",
            "--date",
            "2025-05-20",
            "--place",
            "县政府三楼会议室",
            "--chair",
            "刘清华",
            "--topic",
            "通报一季度行政诉讼情况",
        ),
        (
            "meeting",
            "attend",
            "1",
            "--person",
            "刘清华",
            "--unit",
            "县住建局",
            "--unit",
            "县财政局",
        ),
        (
            "meeting",
            "decide",
            "1",
            "制定征收补偿款支付方案",
            "--lead",
            "县住建局",
            "--co",
            "县财政局",
            "--due",
            "2025-06-15",
        ),
        (
            "meeting",
            "decide",
            "1",
            "建立诉前化解机制",
            "--lead",
            "县司法局",
            "--co",
            "县法院",
            "--due",
            "2025-07-31",
        ),
        ("meeting", "decide", "1", "报送败诉原因分析", "--lead", "县人社局", "--due", "2025-06-10"),
        ("task", "progress", "1", "已形成初稿，正在征求意见", "--on", "2025-06-10"),
        ("task", "progress", "1", "初稿已报县政府", "--on", "2025-06-25"),
        ("task", "done", "3", "--on", "2025-06-05"),
        (
            "meeting",
            "add",
            "--kind",
            "联席会议",
            "--date",
            "2025-06-20",
            "--place",
            "县政府三楼会议室",
            "--chair",
            "刘清华",
            "--topic",
            "研究涉企行政争议化解",
            "--topic",
            "部署问题楼盘处置",
        ),
        ("meeting", "attend", "2", "--person", "刘清华", "--person", "周明"),
        ("meeting", "attend", "2", "--unit", "县住建局", "--unit", "县市场监管局"),
        ("meeting", "attend", "2", "--role", "列席", "--person", "林静"),
        ("meeting", "attend", "2", "--role", "请假", "--person", "王建国", "--note", "公务出差"),
        (
            "meeting",
            "decide",
            "2",
            f"关于涉企行政争议化解。会议要求，县市场监管局会同县法院对{MARKUP}公司系列案件逐案提出化解方案",
            "--lead",
            "县市场监管局",
            "--co",
            "县法院",
            "--co",
            "县司法局",
            "--due",
            "2025-07-31",
        ),
        ("meeting", "decide", "2", "推进问题楼盘风险化解", "--lead", "县住建局", "--due", "20个月"),
        ("meeting", "add", "--kind", "协调会", "--date", "2025-06-25"),
        ("meeting", "attend", "3", "--unit", "县法院"),
        ("meeting", "decide", "3", "协调涉企执行案件", "--lead", "县法院", "--due", "15日"),
    ]
    for args in steps:
        ok(cli(*args))


def add_long_meeting(cli, decisions: int = 12) -> str:
    """A meeting whose decisions are pure text: its page 2 is a full page of body."""
    added = cli(
        "meeting",
        "add",
        "--kind",
        "专题会议",
        "--date",
        "2025-06-26",
        "--chair",
        "刘清华",
        "--place",
        "县政府三楼会议室",
    )
    ok(added)
    ref = re.search(r"可写作 (\S*\d{4}-\d+)", added.stdout)[1]  # type: ignore[index]
    ok(cli("meeting", "attend", ref, "--person", "刘清华"))
    for _ in range(decisions):
        ok(
            cli(
                "meeting",
                "decide",
                ref,
                f"关于加强协调。{FILLER * 3}",
                "--lead",
                "县司法局",
                "--due",
                "2025-07-31",
            )
        )
    return ref


def paragraphs(path: Path) -> list[str]:
    """Every paragraph of the body, tables included, in document order."""
    document = docx.Document(str(path))
    return [Paragraph(p, document._body).text for p in document.element.body.iter(qn("w:p"))]


def text(path: Path) -> str:
    return "\n".join(paragraphs(path))


def table_rows(path: Path, index: int = 0) -> list[list[str]]:
    document = docx.Document(str(path))
    return [[cell.text for cell in row.cells] for row in document.tables[index].rows]


def document_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read("word/document.xml").decode("utf-8")


def edited_template(source: Path, target: Path, old: str, new: str) -> Path:
    """A copy of a .docx template with ``old`` replaced by ``new`` in its text."""
    with zipfile.ZipFile(source) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    xml = parts["word/document.xml"].decode("utf-8")
    assert old in xml, f"{old!r} not in the template"
    parts["word/document.xml"] = xml.replace(old, new, 1).encode("utf-8")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return target


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.is_file())


def copy_db(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
