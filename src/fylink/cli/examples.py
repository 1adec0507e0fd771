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
    # corrections (#12): remove and update of every record
    "suggestion remove": ("fylink suggestion remove 示法建〔2025〕3号 --reason 重复登记",),
    "suggestion update": (
        "fylink suggestion update 示法建[2025]3号 --doc-no 示法建〔2025〕4号",
        "fylink suggestion update 示法建〔2025〕3号 --received 2025-03-12",
    ),
    "person remove": (
        'fylink person remove "王建国（县司法局）" --reason 重复登记',
        "fylink person remove 孙丽 --reason 调离 --left-on 2025-07-01",
    ),
    "unit remove": ("fylink unit remove 示范县档案馆 --reason 误录",),
    # unit merge (机构改革, #12)
    "unit merge": (
        "fylink unit merge 县城管局 并入 县住建局 --on 2025-07-01",
        "fylink unit merge 县城管局 INTO 县住建局 --on 2025-07-01",
    ),
    "person update": ("fylink person update 王建国 --title 副局长 --phone 0372-5103001",),
    "task update": (
        "fylink task update 41 --due 2025-10-31 --co 县财政局 --co 县住建局",
        'fylink task update 41 --leader "张伟（县公安局）"',
        "fylink task update 41 --party 示范县恒信商贸有限公司 --project 锦绣家园小区",
    ),
    "meeting update": ("fylink meeting update 2025-3 --date 2025-06-21 --place 县政府三楼会议室",),
    "meeting unattend": ("fylink meeting unattend 2025-3 --unit 县财政局",),
    "case event-update": ("fylink case event-update （2025）豫0591行初95号 12 --on 2025-04-03",),
    "case event-remove": ("fylink case event-remove （2025）豫0591行初95号 12 --reason 误录",),
    # unit / person
    "unit add": (
        "fylink unit add 示范县档案馆 --short 县档案馆 --liaison 李明 --phone 0372-5101234",
    ),
    "unit list": ("fylink unit list --members",),
    "unit show": ("fylink unit show 县住建局",),
    "unit update": (
        "fylink unit update 县住建局 --liaison 张敏 --phone 0372-5102001",
        "fylink unit update 县人社局 --name 示范县人力资源局 --short 县人力资源局 --on 2025-07-01",
    ),
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
        "fylink case list --party 示范县恒信商贸有限公司",
        "fylink case list --party 1232",
        "fylink case list --all --json -c 行政复议 --year 2025",
    ),
    # party (issue 17)
    "party list": (
        "fylink party list --text 恒信",
        "fylink party list --kind 法人或其他组织 --category 破产",
        "fylink party list --watch",
    ),
    "party show": (
        "fylink party show 示范县恒信商贸有限公司",
        "fylink party show 91410594MA04K7Q47N --json",
        "fylink party show 示范县恒信商贸有限公司 --xlsx 一企一档.xlsx",
    ),
    "party update": (
        "fylink party update 示范县恒信商贸有限公司 --name 示范县恒信实业有限公司 --on 2025-06-01",
    ),
    "party merge": ("fylink party merge 示范县恒信商贸有限公司 恒信商贸公司",),
    "party watch": (
        "fylink party watch 示范县恒信商贸有限公司 --level 高 --reason 重点破产企业"
        " --leader 王副县长 --task-force 恒信破产处置专班",
        "fylink party watch 示范县恒信商贸有限公司 --off",
    ),
    # project, links, judgments and enforcement (issue 17)
    "project add": (
        "fylink project add 锦绣家园小区 --kind 问题楼盘 --unit 县住建局 --leader 王副县长"
        " --households 277",
    ),
    "project update": ("fylink project update 锦绣家园小区 --people 812",),
    "project link": (
        "fylink project link 锦绣家园小区 （2025）豫0591民诉前调12号 （2025）豫0591民诉前调13号",
    ),
    "project list": ("fylink project list",),
    "project show": ("fylink project show 锦绣家园小区", "fylink project show 锦绣家园小区 --json"),
    "case perform": ("fylink case perform （2025）豫0591行初59号 --status 未履行 --on 2025-08-01",),
    "case unperformed": ("fylink case unperformed",),
    "case unpaid": ("fylink case unpaid", "fylink case unpaid --json"),
    "case bankruptcy": (
        "fylink case bankruptcy （2025）豫0591破1号 --procedure 重整 --stage 债权申报"
        " --administrator 河南某律师事务所 --employee-claims 320万 --unpaid-workers 146",
        "fylink case bankruptcy （2025）豫0591破1号",
    ),
    "party checklist": (
        "fylink party checklist 示范县宏达建材有限公司 --case （2025）豫0591破1号 --due 30个工作日",
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
        "fylink task import 2026年双清单.xlsx --list 2026年度府院联动双清单",
    ),
    # issue 15: the joint meeting approves the draft list
    "task approve": ("fylink task approve --meeting 2025-3",),
    "task export": (
        "fylink task export 双清单.xlsx",
        "fylink task export --docx 逾期事项.docx --status 逾期 --title 逾期事项清单",
        "fylink task export 2026年度双清单.docx --list 2026",
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
        "fylink report quarterly --year 2025 --quarter 1 --successor",
        "fylink report quarterly --year 2025 --quarter 3 --by-region",
    ),
    # 报送 and the 市县 roll-up (#18)
    "report submit": (
        "fylink report submit --year 2025 --quarter 3 --to 示范市府院联动办公室",
        "fylink report submit --year 2025 --annual --digest sm3 --out 示范县2025年度报送包.zip",
    ),
    "report collect": (
        "fylink report collect 示范县报送包.zip 东山县报送包.zip --year 2025 --quarter 3",
    ),
    "report review": (
        "fylink report review 示范县 --accept",
        'fylink report review 东山县 --year 2025 --quarter 3 --return "败诉率未按终审结果统计"',
    ),
    "report national": (
        "fylink report national --year 2025 --xlsx 2025年度行政复议行政应诉统计表.xlsx",
        "fylink report national --year 2025 --quarter 3",
    ),
    "report returns": (
        "fylink report returns --year 2025 --quarter 3",
        "fylink report returns --json",
    ),
    "report annual": (
        "fylink report annual --year 2024 --xlsx 2024年度指标.xlsx",
        # 白皮书数据附件 (issue 18)
        "fylink report annual --year 2024 --annex --docx 2024年度白皮书数据附件.docx",
    ),
    # report figure (万人成讼率's figures from outside the register)
    "report figure set": (
        "fylink report figure set 常住人口 812300 --year 2024 "
        "--source 县统计局《2024年国民经济和社会发展统计公报》",
        "fylink report figure set 一审民事收案 3125 --year 2025 --quarter 3 --source 县法院审管办",
        "fylink report figure set 一审民事收案 3152 --year 2025 --quarter 3 "
        "--source 县法院审管办 --correct",
    ),
    "report figure list": ("fylink report figure list --year 2025",),
    "report figure remove": ("fylink report figure remove 一审行政收案 --year 2025 --quarter 3",),
    # assess (issue 16)
    "assess": (
        "fylink assess --year 2025 --rules 考核细则.toml",
        "fylink assess --year 2025 --rules 考核细则.toml --unit 县住建局",
        "fylink assess --year 2025 --rules 考核细则.toml --docx 考核结果通报.docx --number 2",
    ),
    "assess rules export": ("fylink assess rules export 考核细则.toml",),
    "assess rules check": ("fylink assess rules check 考核细则.toml",),
    "assess record": (
        "fylink assess record 县住建局 --line 6.1 --on 2025-07-01 --basis 省台曝光〔2025〕1号"
        " --level 省 --rules 考核细则.toml",
        "fylink assess record 县财政局 --line 7.1 --on 2025-12-20 --basis 市考核办〔2025〕9号"
        " --points 1.5 --rules 考核细则.toml",
    ),
    "assess records": ("fylink assess records --year 2025 --unit 县住建局",),
    "assess correct": ("fylink assess correct 3 --level 市 --rules 考核细则.toml",),
    "assess remove": ("fylink assess remove 3 --reason 重复录入",),
    "assess draft": ("fylink assess draft --year 2025 --rules 考核细则.toml -o 考核征求意见/",),
    "assess appeal": (
        "fylink assess appeal 县财政局 --line 8.2 --reason 会议点名系误记 --rules 考核细则.toml",
    ),
    "assess appeals": ("fylink assess appeals --year 2025",),
    "assess decide": ("fylink assess decide 1 --decision 采纳 --note 经核实会议记录",),
    "assess publish": ("fylink assess publish --year 2025 --rules 考核细则.toml",),
    "assess show": ("fylink assess show --year 2025 --xlsx 2025年度考核.xlsx",),
    "assess diff": ("fylink assess diff --year 2025",),
    "report publish": (
        "fylink report publish --year 2025 --quarter 2",
        "fylink report publish --year 2025 --half 1",
    ),
    "report show": (
        "fylink report show --year 2025 --quarter 2 --json",
        "fylink report show --year 2025 --months 1-5",
    ),
    "report diff": (
        "fylink report diff --year 2025 --quarter 2",
        "fylink report diff --year 2025 --half 1",
    ),
    # report: any period (#18)
    "report period": (
        "fylink report period --year 2025 --months 1-5",
        "fylink report period --year 2025 --half 1 --docx 2025年上半年通报.docx --issue 6",
        "fylink report period --from 2025-03-01 --to 2025-03-15 --json",
    ),
    # brief: the 工作简报 series (#18)
    "brief new": (
        "fylink brief new",
        'fylink brief new --kind 专刊 --to "市府院联动办公室，各成员单位"',
    ),
    "brief submit": (
        "fylink brief submit --unit 县住建局 --kind 工作动态"
        " --title 县住建局开展征收补偿争议专项排查"
        ' "6月以来，县住建局会同县司法局对城东片区征收补偿争议逐户排查……"',
    ),
    "brief item add": (
        "fylink brief item add --submission 1",
        'fylink brief item add --unit 县法院 --kind 经验做法 "县法院对立案前的行政争议先行协调……"',
        "fylink brief item add --figures --year 2025 --half 1",
        "fylink brief item add --overdue",
    ),
    "brief list": ("fylink brief list --year 2025",),
    "brief show": ("fylink brief show", "fylink brief show 2025-3 --json"),
    "brief render": ("fylink brief render", "fylink brief render 2025-3 -o 第3期简报.docx --pdf"),
    "brief stats": ("fylink brief stats --year 2025", "fylink brief stats --json"),
    # db
    "db path": ("fylink db path",),
    "db upgrade": ("fylink db backup 备份/升级前.db && fylink db upgrade",),
    "db check": ("fylink db check",),
    "db backup": ("fylink db backup 备份/fylink-2025-06-30.db",),
    "db roles": ("fylink db roles | sudo -u postgres psql -v ON_ERROR_STOP=1 -d fylink",),
    # db copy (issue 21)
    "db copy": (
        "fylink db copy fylink.db postgresql+psycopg://fylink@db.example/fylink",
        "fylink db copy postgresql+psycopg://fylink@db.example/fylink 备份/办公室副本.db",
    ),
    # log
    "log": (
        'fylink log --case "（2025）豫0591行初95号"',
        "fylink log --verify",
    ),
    # issue 15: each 双清单 its own list; recurring series closed
    "task lists": ("fylink task lists",),
    "task close": ("fylink task close 57", "fylink task close 57 --on 2026-06-30"),
}
