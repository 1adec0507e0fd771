"""Make a small database with whatever fylink is importable, for the upgrade tests.

    PYTHONPATH=<checkout>/src python make.py sqlite:///NAME.sqlite
    PYTHONPATH=<checkout>/src python make.py postgresql+psycopg://…/DB
    pg_dump --inserts --no-owner --no-privileges DB | sed '/^\\/d' > NAME.pg.sql

Run it with the code of the revision the file stands for (a `git worktree` at that
commit): the file is then exactly what an office using that version has. It records a
little of everything the version knows (commands it lacks are skipped, and said so), so an
upgrade test sees rows in every table the version had. Files made once are never remade:
an office's database is not remade either.
"""

import os
import sys
from pathlib import Path

from typer.testing import CliRunner

HERE = Path(__file__).resolve().parent
ROSTER = HERE.parent / "roster.yaml"

STEPS = [
    ["init", "--roster", str(ROSTER)],
    [
        "case",
        "add",
        "（2024）豫0591行初15号",
        "-c",
        "行政诉讼",
        "-u",
        "县自然资源局",
        "--filed",
        "2024-03-15",
        "--field",
        "土地征收",
        "-p",
        "张三:410502198510151232",
        "-p",
        "示范县建工集团:91340503MA2N0001XG",
        "--summary",
        "不服征收补偿决定",
    ],
    [
        "case",
        "add",
        "示政复〔2024〕12号",
        "-c",
        "行政复议",
        "-u",
        "县人社局",
        "--filed",
        "2024-04-02",
        "-p",
        "李四",
    ],
    ["case", "event", "（2024）豫0591行初15号", "--kind", "开庭", "--on", "2024-05-20"],
    [
        "case",
        "close",
        "（2024）豫0591行初15号",
        "--outcome",
        "驳回诉讼请求",
        "--closed",
        "2024-06-28",
    ],
    ["case", "close", "示政复〔2024〕12号", "--outcome", "撤销", "--closed", "2024-06-01"],
    [
        "meeting",
        "add",
        "-k",
        "联席会议",
        "--date",
        "2024-06-20",
        "--chair",
        "王县长",
        "-t",
        "征收补偿争议化解",
    ],
    [
        "meeting",
        "decide",
        "1",
        "建立征收补偿争议会商机制",
        "-l",
        "县自然资源局",
        "-c",
        "县司法局",
        "-d",
        "2024-09-30",
    ],
    ["task", "add", "清理行政协议履约情况", "-l", "县人社局", "-d", "2024-08-31"],
    ["task", "progress", "1", "已召开专题会"],
    [
        "suggestion",
        "add",
        "示法建〔2024〕3号",
        "-u",
        "县自然资源局",
        "--received",
        "2024-05-06",
        "--summary",
        "规范征收补偿程序",
    ],
    # From 0003: linked instances and a partly adopted suggestion.
    [
        "case",
        "add",
        "（2024）豫05行终8号",
        "-c",
        "行政诉讼",
        "-u",
        "县自然资源局",
        "--filed",
        "2024-08-01",
        "--related",
        "（2024）豫0591行初15号",
    ],
    ["suggestion", "reply", "示法建〔2024〕3号", "--on", "2024-06-01", "--adopted", "部分采纳"],
    ["check", "overdue"],
    # From 0004: a written reply to a notice and a 通报.
    ["notice", "reply", "1", "--on", "2024-10-15", "--summary", "已书面报送办理情况"],
    ["notice", "bulletin", "--year", "2024", "--quarter", "3", "--json"],
    # From 0005: a published report records a journal anchor.
    ["report", "publish", "--year", "2024", "--quarter", "2"],
    # From 0009: a 协调会 of its own series following the joint meeting, with a part of its
    # 纪要, someone outside the roster and a unit with a head count; a recurring item and a
    # standing one.
    [
        "meeting",
        "add",
        "-k",
        "协调会",
        "--date",
        "2024-07-10",
        "--follows",
        "2024-1",
        "--part",
        "会议认为，征收补偿争议化解工作取得阶段性进展。",
    ],
    [
        "meeting",
        "attend",
        "2",
        "--role",
        "列席",
        "--name",
        "李律师",
        "--affiliation",
        "某律师事务所",
    ],
    ["meeting", "attend", "2", "--unit", "县人社局", "--count", "2"],
    ["meeting", "attend", "2", "--role", "缺席", "--unit", "县司法局"],
    [
        "task",
        "add",
        "报送化解进展",
        "-l",
        "县自然资源局",
        "-d",
        "每季度末",
        "--start",
        "2024-07-01",
    ],
    ["task", "add", "坚持府院会商", "-l", "县司法局", "-d", "长期坚持"],
]


def main(url: str) -> None:
    os.environ["FYLINK_DB"] = url
    os.environ.setdefault("FYLINK_TODAY", "2024-10-15")
    os.environ.setdefault("FYLINK_USER", "测试员")
    from fylink.cli.app import app

    runner = CliRunner()
    for argv in STEPS:
        result = runner.invoke(app, argv)
        state = "ok" if result.exit_code in (0, 10) else f"skipped (exit {result.exit_code})"
        print(f"{' '.join(argv[:2])}: {state}", file=sys.stderr)
        if argv[0] == "init" and result.exit_code != 0:
            raise SystemExit(result.output)


if __name__ == "__main__":
    main(sys.argv[1])
