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
RULES = HERE.parent / "assessment" / "rule_set_b.toml"

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
    # From 0007: a unit renamed (机构改革) keeps its former name.
    ["unit", "update", "县人社局", "--name", "示范县人力资源局", "--on", "2024-09-01"],
    ["person", "add", "钱进", "--unit", "县司法局", "--title", "副局长"],
    ["person", "remove", "钱进", "--reason", "调离", "--left-on", "2024-10-01"],
    # From 0008: a figure from outside the register (万人成讼率).
    ["report", "figure", "set", "常住人口", "812300", "--year", "2023", "--source", "县统计局"],
    # From 0009: manual assessment evidence and an appeal.
    [
        "assess",
        "record",
        "县住建局",
        "--line",
        "B6",
        "--on",
        "2024-07-01",
        "--basis",
        "市报曝光〔2024〕3号",
        "--level",
        "市",
        "--rules",
        str(RULES),
    ],
    [
        "assess",
        "appeal",
        "县住建局",
        "--line",
        "B6",
        "--reason",
        "报道所涉事项不属本单位职责",
        "--year",
        "2024",
        "--rules",
        str(RULES),
    ],
    # From 0010 (issue 17): a former name, a watch entry, a project, links, 破产 facts.
    ["party", "update", "示范县建工集团", "--name", "示范县建工集团有限公司", "--on", "2024-09-01"],
    ["party", "watch", "示范县建工集团有限公司", "--level", "高", "--reason", "重点破产企业"],
    ["project", "add", "锦绣家园小区", "--kind", "问题楼盘", "--households", "277"],
    ["project", "link", "锦绣家园小区", "示政复〔2024〕12号"],
    ["task", "update", "2", "--party", "示范县建工集团有限公司", "--project", "锦绣家园小区"],
    [
        "case",
        "add",
        "（2024）豫0591破2号",
        "-c",
        "破产",
        "-u",
        "县人社局",
        "--filed",
        "2024-07-01",
        "-p",
        "示范县建工集团有限公司:91340503MA2N0001XG",
    ],
    ["case", "bankruptcy", "（2024）豫0591破2号", "--procedure", "重整", "--stage", "受理"],
    [
        "suggestion",
        "add",
        "示法建〔2024〕4号",
        "-u",
        "县人社局",
        "--received",
        "2024-09-02",
        "--party",
        "示范县建工集团有限公司",
    ],
    # From 0011: a published half year; the 工作简报 series with two units' items.
    ["report", "publish", "--year", "2024", "--half", "1"],
    ["brief", "new", "--date", "2024-10-10", "--to", "各成员单位"],
    ["brief", "submit", "--unit", "县人社局", "--kind", "工作动态", "劳动争议化解情况"],
    ["brief", "item", "add", "--submission", "1"],
    ["brief", "item", "add", "-u", "县自然资源局", "-k", "经验做法", "征收补偿争议会商机制"],
    ["brief", "submit", "--unit", "县司法局", "--kind", "问题建议", "行政复议案件增多"],
    # From 0013: a 协调会 of its own series following the joint meeting, with a part of its
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
    # From 0014: a unit merged into another (机构改革), its open work moved.
    ["task", "add", "整治占道经营", "-l", "县城管局", "-c", "县住建局", "-d", "2024-12-31"],
    # From 0017: an open suit of the merged unit moves too, remembered in unit_move.
    [
        "case",
        "add",
        "（2024）豫0591行初20号",
        "-c",
        "行政诉讼",
        "-u",
        "县城管局",
        "--filed",
        "2024-09-10",
        "-p",
        "周七",
    ],
    ["unit", "merge", "县城管局", "并入", "县住建局", "--on", "2024-10-01"],
    # From 0015: a 双清单 of its own (--list), a recurring series closed.
    ["task", "import", str(HERE / "list_2024.csv"), "--list", "2024年度府院联动双清单"],
    ["task", "close", "3"],
    # From 0018 (issue 18): a case's 白皮书 fields.
    [
        "case",
        "update",
        "（2024）豫0591行初15号",
        "--act",
        "征收征用",
        "--joint-respondent",
        "否",
        "--typical-note",
        "征收补偿争议实质性化解",
    ],
    # From 0019 (issue 12): the successor merged on in turn (a chain of merges).
    ["unit", "merge", "县住建局", "并入", "县自然资源局", "--on", "2024-10-10"],
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
    _collect_a_return(runner, app, url)


def _collect_a_return(runner: CliRunner, app: object, url: str) -> None:
    """From 0016: a 报送包 made by another county's database (a temporary one), collected
    here and returned with a reason."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        side = f"sqlite:///{folder}/dongshan.db"
        package = f"{folder}/dongshan.zip"
        steps = [
            (side, ["init", "--office", "东山县府院联动办公室", "--region", "东山县"]),
            (side, ["report", "submit", "--year", "2024", "--quarter", "3", "--out", package]),
            (url, ["report", "collect", package, "--year", "2024", "--quarter", "3"]),
            (url, ["report", "review", "东山县", "--return", "请补报执行案件"]),
        ]
        for db, argv in steps:
            os.environ["FYLINK_DB"] = db
            result = runner.invoke(app, argv)  # type: ignore[arg-type]
            state = "ok" if result.exit_code == 0 else f"skipped (exit {result.exit_code})"
            print(f"{' '.join(argv[:2])}: {state}", file=sys.stderr)
            if result.exit_code != 0:
                break
    os.environ["FYLINK_DB"] = url


if __name__ == "__main__":
    main(sys.argv[1])
