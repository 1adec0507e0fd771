"""The 示例 section of every command's help (and so of docs/cli.md).

Each example is a command line as a clerk types it, on the data of ``fylink demo``.
tests/cli/test_help.py checks that every command has at least one, that each names a
command that exists, and that each parses (no usage error). Loaded only to show help.
"""

#: Command path below ``fylink`` -> example command lines.
EXAMPLES: dict[str, tuple[str, ...]] = {
    "init": ("fylink init --roster examples/roster.yaml",),
    "demo": ("fylink --db demo.db demo",),
    "doctor": ("fylink doctor", "fylink doctor --json"),
    "undo": ("fylink undo --dry-run", "fylink undo", "fylink undo --command 2318"),
    "case remove": ('fylink case remove 示政复〔2025〕9号 --reason "重复登记，保留第8号"',),
    "case reopen": ('fylink case reopen "（2025）豫0591行初5号" --reason 发回重审',),
    "task remove": ("fylink task remove 41 --reason 误录",),
    "meeting remove": ("fylink meeting remove 2025-4 --reason 测试会议 --with-dependents",),
    # unit / person
    "unit add": (
        "fylink unit add 示范县档案馆 --short 县档案馆 --liaison 李明 --phone 0372-5101234",
    ),
    "unit list": ("fylink unit list --members",),
    "unit show": ("fylink unit show 县住建局",),
    "unit update": ("fylink unit update 县住建局 --liaison 张敏 --phone 0372-5102001",),
    "unit import": ("fylink unit import 名册.xlsx --dry-run",),
    "unit export": ("fylink unit export 名册.xlsx",),
    "person add": ("fylink person add 王建国 --unit 县司法局 --title 局长 --role 成员",),
    "person list": ("fylink person list --unit 县司法局",),
    # case
    "case add": (
        'fylink case add "(2025)豫0591行初201号" -c 行政诉讼 -u 县自然资源局 --filed 2025-06-20'
        ' --field 土地征收 -p "张某某:410502199003141237"',
    ),
    "case list": (
        "fylink case list -n 5",
        "fylink case list --unit 县住建局 --year 2025 --status 在办",
    ),
    "case show": ("fylink case show （2025）豫0591行初95号",),
    "case update": (
        "fylink case update （2025）豫0591行初95号 --head-appeared 是 --head-rank 副职",
    ),
    "case close": ("fylink case close 示政复〔2025〕79号 -o 维持 --closed 2025-06-30",),
    "case event": (
        "fylink case event （2025）豫0591民诉前调160号 -k 调解 --on 2025-06-30 --note 第一次调解",
    ),
    "case import": (
        "fylink case import examples/case-import.csv --dry-run",
        "fylink case import 新台账.csv --errors 错误.xlsx",
    ),
    "case export": ("fylink case export 台账导出.xlsx --year 2025",),
    # meeting
    "meeting add": (
        "fylink meeting add --kind 联席会议 --date 2025-06-30 --place 县政府三楼会议室"
        " --chair 刘清华 --topic 涉企行政争议化解",
        # issue 15: the parts of a 纪要 that are not decisions; a topic meeting's follow-up
        'fylink meeting add --kind 联席会议 --date 2025-06-30 --part "会议认为，……"'
        ' --part "会议要求，……"',
        "fylink meeting add --kind 协调会 --date 2025-07-08 --follows 2025-3 --follows '#26'",
    ),
    "meeting attend": (
        "fylink meeting attend 2025-6 --person 刘清华 --person 孙丽",
        "fylink meeting attend 2025-6 --role 请假 --unit 县司法局 --note 因公外出",
        # issue 15: outside the roster, a unit with no named person, a substitute
        "fylink meeting attend 2025-6 --role 列席 --name 李明 --affiliation 某律师事务所律师",
        "fylink meeting attend 2025-6 --unit 县住建局 --count 1",
        "fylink meeting attend 2025-6 --role 代会 --unit 县财政局 --note 副局长代",
    ),
    "meeting decide": (
        'fylink meeting decide 2025-6 "制定征收补偿款支付方案" --lead 县住建局 --co 县财政局'
        " --leader 刘清华 --due 15日",
    ),
    "meeting list": ("fylink meeting list --year 2025",),
    "meeting show": ("fylink meeting show 2025-3",),
    "meeting minutes": ("fylink meeting minutes 2025-3 -o 第3期纪要.docx",),
    # task
    "task add": (
        'fylink task add "清理拖欠企业账款" --lead 县财政局 --co 县发改委 --due 季度末'
        " --leader 刘清华",
    ),
    "task list": (
        "fylink task list --unit 县财政局 -n 3",
        "fylink task list --status 逾期",
    ),
    "task show": ("fylink task show 26",),
    "task progress": ('fylink task progress 26 "已梳理拖欠账款清单" --by 郭涛',),
    "task done": ('fylink task done 26 --note "已全部明确偿还计划"',),
    "task signoff": ("fylink task signoff 38",),
    "task reopen": ('fylink task reopen 38 --reason "复查发现未落实" --due 10个工作日',),
    "task import": (
        "fylink task import 双清单.csv --skip-invalid",
        # issue 15: a draft list, then a re-import after edits
        "fylink task import 双清单（送审稿）.xlsx --draft",
        "fylink task import 双清单.xlsx --update",
    ),
    # issue 15: the joint meeting approves the draft list
    "task approve": ("fylink task approve --meeting 2025-3",),
    "task export": (
        "fylink task export 双清单.xlsx",
        "fylink task export --docx 逾期事项.docx --status 逾期 --title 逾期事项清单",
    ),
    # suggestion
    "suggestion add": (
        'fylink suggestion add "示法建〔2025〕5号" --unit 县住建局 --received 2025-06-20'
        ' --summary 规范征收补偿程序 --case "（2025）豫0591行初86号"',
    ),
    "suggestion list": ("fylink suggestion list --status 逾期未反馈",),
    "suggestion show": ('fylink suggestion show "示法建〔2025〕3号"',),
    "suggestion reply": (
        'fylink suggestion reply "示法建〔2025〕3号" --on 2025-06-02 --adopted 是 --summary 已整改',
    ),
    "suggestion verify": ('fylink suggestion verify "示法建〔2024〕2号"',),
    "suggestion export": ("fylink suggestion export 建议台账.xlsx",),
    # notice
    "notice list": ("fylink notice list --stage 督办 --year 2025",),
    "notice show": ("fylink notice show 2025-3",),
    "notice letter": ("fylink notice letter 2025-3",),
    "notice reply": (
        "fylink notice reply 2025-3 --on 2025-06-27 --summary 已制定整改方案"
        " --file 办理情况报告.pdf",
    ),
    "notice attachment": ("fylink notice attachment 1 -o 办理情况报告.pdf",),
    "notice send": ("fylink notice send", "fylink notice send 2025-3"),
    "notice joint": ("fylink notice joint 2025-3",),
    "notice replies": ("fylink notice replies --year 2025 --quarter 2",),
    "notice bulletin": ("fylink notice bulletin --year 2025 --quarter 2",),
    "notice digest": ("fylink notice digest --leader 刘清华",),
    # template
    "template export": ("fylink template export 我县模板",),
    "template check": ("fylink template check 我县模板/minutes.docx",),
    # check
    "check overdue": (
        "fylink check overdue --dry-run",
        "fylink check overdue --notify",
    ),
    # calendar
    "calendar deadline": (
        "fylink calendar deadline 2025-01-24 10个工作日",
        "fylink calendar deadline 2026-11-20 2个月",
    ),
    "calendar status": ("fylink calendar status",),
    "calendar add-holiday": ("fylink calendar add-holiday 2027-01-01 --note 元旦",),
    "calendar add-workday": ("fylink calendar add-workday 2027-02-06 --note 春节调休上班",),
    "calendar remove": ("fylink calendar remove 2027-02-06",),
    "calendar list": ("fylink calendar list --year 2027",),
    "calendar refresh": ("fylink calendar refresh",),
    # report
    "report quarterly": (
        "fylink report quarterly",
        "fylink report quarterly --year 2025 --quarter 2 --explain loss_rate --limit 5",
        "fylink report quarterly --docx 2025年第二季度通报.docx",
    ),
    "report annual": ("fylink report annual --year 2024 --xlsx 2024年度指标.xlsx",),
    "report publish": ("fylink report publish --year 2025 --quarter 2",),
    "report show": ("fylink report show --year 2025 --quarter 2 --json",),
    "report diff": ("fylink report diff --year 2025 --quarter 2",),
    # db
    "db path": ("fylink db path",),
    "db upgrade": ("fylink db backup 备份/升级前.db && fylink db upgrade",),
    "db check": ("fylink db check",),
    "db backup": ("fylink db backup 备份/fylink-2025-06-30.db",),
    "db roles": ("fylink db roles | sudo -u postgres psql -v ON_ERROR_STOP=1 -d fylink",),
    # log
    "log": (
        'fylink log --case "（2025）豫0591行初95号"',
        "fylink log --verify",
    ),
}
