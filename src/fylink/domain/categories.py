"""Case categories, fields and outcomes (domain.md §3) — data, not I/O.

Every outcome carries the flags the indicators need, so that the rules
"which closures are a loss / a correction / a judgment" live here once and
the SQL in the report service only tests boolean columns copied from them.
"""

from dataclasses import dataclass
from enum import StrEnum

from fylink.domain.values import parse_choice
from fylink.errors import InvalidInputError


class CaseCategory(StrEnum):
    RECONSIDERATION = "行政复议"
    LITIGATION = "行政诉讼"
    PRESUIT_MEDIATION = "诉前调解"
    ADMIN_MEDIATION = "行政调解"
    NONLITIGATION_ENFORCEMENT = "非诉执行"
    AGENCY_ENFORCEMENT = "涉行政机关执行"
    BANKRUPTCY = "破产"
    PROBLEM_HOUSING = "问题楼盘"
    FINANCIAL_RISK = "金融风险"
    PETITION = "涉诉信访"
    OTHER = "其他"


#: Categories whose number is a court 案号 and must parse as one.
COURT_CATEGORIES = frozenset(
    {
        CaseCategory.LITIGATION,
        CaseCategory.NONLITIGATION_ENFORCEMENT,
        CaseCategory.AGENCY_ENFORCEMENT,
        CaseCategory.BANKRUPTCY,
    }
)

#: Categories counted as "disputes" for the substantive-resolution rate.
DISPUTE_CATEGORIES = frozenset(
    {
        CaseCategory.RECONSIDERATION,
        CaseCategory.PRESUIT_MEDIATION,
        CaseCategory.ADMIN_MEDIATION,
    }
)

#: 领域 — the usual fields of administrative disputes; an office may use others.
FIELDS = (
    "土地征收",
    "房屋征收拆迁",
    "社会保障",
    "治安管理",
    "市场监管",
    "生态环境",
    "自然资源",
    "城市管理",
    "劳动人事",
    "交通运输",
    "教育卫生",
    "农业农村",
    "税务",
    "信息公开",
    "其他",
)


class UnitKind(StrEnum):
    AGENCY = "政府部门"
    COURT = "法院"
    PROCURATORATE = "检察院"
    TOWNSHIP = "乡镇街道"
    OTHER = "其他"


#: Unit kinds that can be the defendant/respondent of an administrative case.
AGENCY_KINDS = frozenset({UnitKind.AGENCY, UnitKind.TOWNSHIP})


class CaseStatus(StrEnum):
    OPEN = "在办"
    SUSPENDED = "中止"
    CLOSED = "已结"


class HeadRank(StrEnum):
    PRINCIPAL = "正职"
    DEPUTY = "副职"


def parse_head_rank(text: str) -> str:
    """出庭负责人职级 as typed or read from a cell: 正职 or 副职."""
    try:
        return HeadRank(text.strip()).value
    except ValueError:
        raise InvalidInputError("出庭负责人应为“正职”或“副职”", field="head_rank") from None


def head_appeared_for(head_rank: str | None, head_appeared: bool | None) -> bool | None:
    """Whether the head appeared, given a rank: a rank recorded means the head appeared,
    unless the office said otherwise (which the case's rules then refuse)."""
    if head_rank is not None and head_appeared is None:
        return True
    return head_appeared


@dataclass(frozen=True)
class Outcome:
    name: str
    #: 行政诉讼: the agency lost (撤销, 变更, 责令履行, 确认违法, 确认无效, 赔偿/补偿).
    loss: bool = False
    #: 行政复议: the decision corrected the agency (撤销, 变更, 确认违法, 责令履行, 确认无效).
    correction: bool = False
    #: Closed by a judgment (判决) or, for 行政复议, by a decision (决定).
    judgment: bool = False
    #: 调解/和解 closures (复议调解和解率, 诉前调解成功率).
    settled: bool = False
    #: Withdrawn by the applicant (撤诉, 撤回申请).
    withdrawn: bool = False


def _o(name: str, **flags: bool) -> Outcome:
    return Outcome(name, **flags)


OUTCOMES: dict[CaseCategory, tuple[Outcome, ...]] = {
    CaseCategory.LITIGATION: (
        _o("撤销", loss=True, judgment=True),
        _o("部分撤销", loss=True, judgment=True),
        _o("变更", loss=True, judgment=True),
        _o("责令履行", loss=True, judgment=True),
        _o("确认违法", loss=True, judgment=True),
        _o("确认违法保留效力", loss=True, judgment=True),
        _o("确认无效", loss=True, judgment=True),
        _o("判决赔偿", loss=True, judgment=True),
        _o("判决补偿", loss=True, judgment=True),
        _o("驳回诉讼请求", judgment=True),
        _o("驳回起诉"),
        _o("准予撤诉", withdrawn=True),
        _o("撤诉", withdrawn=True),
        _o("调解", settled=True),
        _o("移送"),
        _o("终结"),
    ),
    CaseCategory.RECONSIDERATION: (
        _o("撤销", correction=True, judgment=True),
        _o("变更", correction=True, judgment=True),
        _o("确认违法", correction=True, judgment=True),
        _o("责令履行", correction=True, judgment=True),
        _o("确认无效", correction=True, judgment=True),
        _o("维持", judgment=True),
        _o("驳回", judgment=True),
        _o("调解", settled=True),
        _o("和解", settled=True),
        _o("撤回申请", withdrawn=True),
        _o("终止"),
    ),
    CaseCategory.PRESUIT_MEDIATION: (
        _o("调解成功", settled=True),
        _o("调解不成"),
        _o("撤回申请", withdrawn=True),
    ),
    CaseCategory.ADMIN_MEDIATION: (
        _o("调解成功", settled=True),
        _o("调解不成"),
        _o("撤回申请", withdrawn=True),
    ),
    CaseCategory.NONLITIGATION_ENFORCEMENT: (
        _o("准予执行"),
        _o("部分准予执行"),
        _o("不准予执行"),
        _o("执行完毕"),
        _o("撤回申请", withdrawn=True),
        _o("终结执行"),
    ),
    CaseCategory.AGENCY_ENFORCEMENT: (
        _o("执行完毕"),
        _o("和解履行", settled=True),
        _o("终结本次执行"),
        _o("终结执行"),
        _o("驳回申请"),
    ),
    CaseCategory.BANKRUPTCY: (
        _o("宣告破产"),
        _o("重整成功"),
        _o("和解成功", settled=True),
        _o("终结破产程序"),
        _o("不予受理"),
        _o("驳回申请"),
    ),
}

_RISK_OUTCOMES = (_o("化解"), _o("部分化解"), _o("未化解"), _o("终结"))
for _category in (
    CaseCategory.PROBLEM_HOUSING,
    CaseCategory.FINANCIAL_RISK,
    CaseCategory.PETITION,
    CaseCategory.OTHER,
):
    OUTCOMES[_category] = _RISK_OUTCOMES


#: 案件动态 kinds offered on the command line; others are accepted as typed.
EVENT_KINDS = (
    "收案",
    "立案",
    "送达",
    "答辩",
    "开庭",
    "调解",
    "协调",
    "判决",
    "裁定",
    "上诉",
    "执行",
    "督办",
    "结案",
    "其他",
)


def parse_category(text: str) -> CaseCategory:
    return parse_choice(CaseCategory, text, what="案件类别")


def parse_unit_kind(text: str) -> UnitKind:
    return parse_choice(UnitKind, text, what="单位类型")


def outcome_for(category: CaseCategory, name: str) -> Outcome:
    """The outcome named ``name`` if it is valid for ``category``."""
    for outcome in OUTCOMES[category]:
        if outcome.name == name.strip():
            return outcome
    choices = "、".join(o.name for o in OUTCOMES[category])
    raise InvalidInputError(f"“{name}”不是{category.value}案件的结案结果，可选：{choices}")
