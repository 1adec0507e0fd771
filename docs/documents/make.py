"""Regenerate the pictures of docs/documents/ from the demo office.

    python docs/documents/make.py

Makes the demo database in a temporary folder, writes each document kind with ``--pdf``
and saves page 1 and the last page of each as
PNG (``pdftoppm -r 60``), and page 1 of the 纪要 larger as ``docs/minutes-example.png``
(``-r 80``, the picture of docs/documents.md). Needs LibreOffice, poppler-utils and the
CJK fonts.
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
TODAY = "2025-06-30"

#: picture name → fylink arguments writing ``<name>.docx`` (and its PDF when --pdf)
KINDS = {
    "minutes": ("meeting", "minutes", "2025-5", "-o", "minutes.docx", "--pdf"),
    "notice_letter": ("notice", "letter", "2025-2", "-o", "notice_letter.docx", "--pdf"),
    "task_list": ("task", "export", "task_list.docx", "--pdf"),
    "quarterly_briefing": (
        "report", "quarterly", "--year", "2025", "--quarter", "1", "--docx",
        "quarterly_briefing.docx", "--pdf",
    ),
    "annual_briefing": (
        "report", "annual", "--year", "2024", "--docx", "annual_briefing.docx", "--pdf",
    ),
    "brief": ("brief", "render", "-o", "brief.docx", "--pdf"),
}

#: What the 工作简报 is made of: an issue, two units' items, the figures, the overdue list.
BRIEF_STEPS = [
    ("brief", "new", "--to", "市府院联动办公室，各成员单位"),
    ("brief", "submit", "-u", "县住建局", "-k", "工作动态", "-t", "县住建局开展征收补偿争议专项排查",
     "6月以来，县住建局会同县司法局对城东片区征收补偿争议逐户排查，建立问题清单23项，已化解15项。"),
    ("brief", "item", "add", "--submission", "1"),
    ("brief", "item", "add", "-u", "县法院", "-k", "经验做法", "-t", "县法院推行行政争议诉前协调",
     "县法院对立案前的行政争议先行协调，邀请被诉行政机关负责人参与，上半年诉前化解行政争议11件。"),
    ("brief", "item", "add", "--figures", "--year", "2025", "--half", "1"),
    ("brief", "item", "add", "--overdue"),
]


def _picture(pdf: Path, page: int, target: Path, *, resolution: int) -> None:
    """``target``.png: one page of ``pdf``."""
    subprocess.run(
        ["pdftoppm", "-r", str(resolution), "-png", "-singlefile", "-f", str(page), "-l",
         str(page), str(pdf), str(target)],
        check=True,
    )


def main() -> int:
    from fylink.documents.pdfmeasure import page_count

    with tempfile.TemporaryDirectory(prefix="fylink-pictures-") as tmp:
        work = Path(tmp)
        env = {k: v for k, v in os.environ.items() if not k.startswith("FYLINK_")}
        env.update(
            FYLINK_HOME=str(work / "home"),
            FYLINK_DB=str(work / "demo.db"),
            FYLINK_TODAY=TODAY,
            FYLINK_USER="演示",
        )

        def fylink(*args: str) -> None:
            subprocess.run([sys.executable, "-m", "fylink", *args], env=env, cwd=work, check=True)

        fylink("demo")
        for step in BRIEF_STEPS:
            fylink(*step)
        for name, args in KINDS.items():
            fylink(*args)
            pdf = work / f"{name}.pdf"
            last = page_count(pdf)
            for page, label in ((1, "page1"), (last, "last")):
                _picture(pdf, page, HERE / f"{name}-{label}", resolution=60)
            if name == "minutes":
                _picture(pdf, 1, HERE.parent / "minutes-example", resolution=80)
            print(f"{name}: {last} 页")  # noqa: T201
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
