"""Errors that reach the user.

Every error fylink expects carries a fixed exit code and a one-line Chinese
message. The CLI has a single handler that prints the message to stderr and
exits with the code; nothing below the CLI prints or exits.

Exit codes are never renumbered. ``EXIT_CODES`` at the end of this module is the one
table of them: docs/exit-codes.md is generated from it (``python -m fylink.cli.reference``).
"""

from typing import NamedTuple


class FylinkError(Exception):
    """Base class: a message for the user and an exit code.

    ``field`` optionally names the input the error is about (``"filed_on"``,
    ``"case_no"``, …): the command line ignores it, the spreadsheet import
    uses it to point at the column of the faulty cell.
    """

    exit_code = 1

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class about:  # used like a function: ``with about("filed_on"): ...``
    """Tag errors raised inside the block, and not yet tagged, with ``field``."""

    __slots__ = ("field",)

    def __init__(self, field: str) -> None:
        self.field = field

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        if isinstance(exc, FylinkError) and exc.field is None:
            exc.field = self.field


class InvalidInputError(FylinkError):
    exit_code = 3


class NotFoundError(FylinkError):
    exit_code = 4


class ConflictError(FylinkError):
    exit_code = 5


class DatabaseError(FylinkError):
    exit_code = 6


class ConfigError(FylinkError):
    exit_code = 7


class DocumentError(FylinkError):
    exit_code = 8


class DeliveryError(FylinkError):
    exit_code = 9


class IntegrityFailure(FylinkError):
    exit_code = 11


class SubmissionRefused(FylinkError):
    """A 报送包 the city does not take: tampered, duplicate, another period or office."""

    exit_code = 12


#: Exit code of ``fylink check overdue`` when something is overdue.
EXIT_OVERDUE = 10


class ExitCode(NamedTuple):
    """One exit code as the manual tells it: what it means, and when a clerk meets it."""

    code: int
    meaning: str
    cases: str


#: Every exit code fylink ends with (docs/exit-codes.md is written from this table).
EXIT_CODES: tuple[ExitCode, ...] = (
    ExitCode(
        0,
        "成功",
        "包括 `--skip-invalid` 跳过了有误的行、`--dry-run` 检查完毕；"
        "`check overdue` 没有逾期事项（可能有临期事项）",
    ),
    ExitCode(1, "程序内部错误", "请设置环境变量 `FYLINK_DEBUG=1` 重试，并报告此问题"),
    ExitCode(
        2,
        "命令用法错误",
        "没有这个命令或选项、缺少必填的选项或参数、选项的值不对（如 `--quarter 5`）、"
        "多余的参数；`case update`、`unit update` 没有给出要修改的项",
    ),
    ExitCode(
        InvalidInputError.exit_code,
        "输入有误",
        "日期、案号、身份证号码、类别、结果等写法不对；表格有误（有误的行、不是有效的 .xlsx/.csv、"
        "旧版 .xls、编码无法识别、缺少必需的列、列对应写错）；季度尚未开始、只给了年度没给季度、"
        "指标键不存在、`--unit` 与 `--region` 同时给出；输出文件不是 .docx、不支持的导出格式；"
        "印发日期早于会议日期；`template check` 发现模板用到 fylink 不提供的变量；"
        "考核细则文件有误（`assess rules check` 逐条列出并注明行号）、单位不在考核范围内、"
        "条目不能录入或级别不对",
    ),
    ExitCode(
        NotFoundError.exit_code,
        "找不到",
        "单位、地区、案件、会议、任务、建议、通知不存在；要导入的表格或列对应文件不存在；"
        "要查看或对比的报告尚未发布；没有符合条件的任务可导出；考核细则文件、细则中的条目、"
        "考核依据、申诉不存在；考核结果尚未发布",
    ),
    ExitCode(
        ConflictError.exit_code,
        "冲突",
        "重复登记；当前状态下不允许的操作（如销号未完成的任务）；文件已存在（加 `--force` 覆盖）、"
        "备份文件已存在；报告已发布（加 `--replace`）、期间尚未结束不能发布；会议没有议定事项或"
        "出席人员，不能生成纪要；提醒、催办没有督办通知；考核结果已发布（加 `--replace`）、"
        "考核年度尚未结束、还有申诉未作决定、同一条目重复申诉",
    ),
    ExitCode(
        DatabaseError.exit_code,
        "数据库问题",
        "数据库不存在、已损坏、只读（写命令）、结构版本不符、被其他进程占用（等待超时）；"
        "连不上服务器、没有这个数据库、登录失败、没有权限（含行级安全策略）；没有 `pg_dump`",
    ),
    ExitCode(
        ConfigError.exit_code,
        "配置有误",
        "配置文件里有不认识的键或不合法的值（如指标口径设置）；`documents.templates_dir` 指向的"
        "文件夹不存在；`check overdue --notify` 却没有配置任何通知渠道",
    ),
    ExitCode(
        DocumentError.exit_code,
        "文书问题",
        "模板找不到、不是 Word 文件、有语法错误或用到未提供的数据；无法写入 Excel/Word 文件"
        "（文件夹不存在、没有权限）；没有 LibreOffice 或 PDF 转换失败（此时 Word 文件已生成）",
    ),
    ExitCode(
        DeliveryError.exit_code,
        "发送失败",
        "`check overdue --notify` 有通知未能发出（邮件、企业微信、钉钉），已保留、下次运行时重试；"
        "优先于 10",
    ),
    ExitCode(
        EXIT_OVERDUE, "存在逾期事项", "`check overdue`：有逾期事项（办公室的日常状态，不是故障）"
    ),
    ExitCode(
        IntegrityFailure.exit_code,
        "完整性检查未通过",
        "`log --verify` 发现变更日志被修改或删除；`db check` 发现问题",
    ),
    ExitCode(
        SubmissionRefused.exit_code,
        "报送包不予接收",
        "`report collect`：报送包摘要不符（文件被改动）、重复接收、期间不是要收的期间、"
        "报送对象不是本办公室、地区是本级或不在 `submit.counties` 之列、不是 fylink 报送包；"
        "均不写入任何数据",
    ),
    ExitCode(130, "已中断", "按了 Ctrl+C：本次操作未写入任何数据"),
)
