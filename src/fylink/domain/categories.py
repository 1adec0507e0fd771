"""Case categories, fields and outcomes (domain.md §3) — data, not I/O.

Every outcome carries the flags the indicators need, so that the rules
"which closures are a loss / a correction / a judgment" live here once and
the SQL in the report service only tests boolean columns copied from them.
"""

import re
from dataclasses import dataclass
from enum import StrEnum

from fylink.domain.case_numbers import case_family
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

#: The 类型代字 (《人民法院案件类型及其代字标准》) a court category accepts: a 民初 case
#: registered as 行政诉讼 would count in 发案量 and 败诉率. 诉前调解 accepts the 诉前 codes of
#: the office's table (民诉前调, and 行诉前调 where ``extra_type_codes`` adds it); 其他 and the
#: categories not named here accept any valid 代字 (a 民初 or 刑初 case the office follows).
CATEGORY_TYPE_CODES: dict[CaseCategory, tuple[str, ...]] = {
    CaseCategory.LITIGATION: (
        # 0401–0407, 0411: 行政一审、二审、审判监督、其他; 0112/0114 行政管辖.
        "行初",
        "行终",
        "行再",
        "行申",
        "行监",
        "行抗",
        "行他",
        "行辖",
        "行辖终",
        # 0502–0508 行政赔偿 and 0116–0119 行政赔偿管辖.
        "行赔初",
        "行赔终",
        "行赔再",
        "行赔申",
        "行赔监",
        "行赔抗",
        "行赔他",
        "赔辖",
        "赔辖终",
    ),
    # 0409/0410 非诉行政行为申请执行审查（复议）.
    CaseCategory.NONLITIGATION_ENFORCEMENT: ("行审", "行审复"),
    # 1002–1010 执行实施类 and 执行审查类.
    CaseCategory.AGENCY_ENFORCEMENT: ("执", "执恢", "执保", "执异", "执复", "执监", "执协", "执他"),
    # 1102–1114 强制清算与破产.
    CaseCategory.BANKRUPTCY: ("破申", "破", "破终", "破监", "强清", "清申", "清终", "清监"),
}


#: The families (:func:`case_numbers.case_family`) of a category's codes: an office's own
#: code (``extra_type_codes``, not in the standard) fits the category of its family.
CATEGORY_FAMILIES: dict[CaseCategory, tuple[str, ...]] = {
    CaseCategory.LITIGATION: ("行政", "行政赔偿"),
    CaseCategory.NONLITIGATION_ENFORCEMENT: (),
    CaseCategory.AGENCY_ENFORCEMENT: ("执行",),
    CaseCategory.BANKRUPTCY: ("破产", "强制清算"),
}


def category_accepts(category: CaseCategory, type_code: str, *, standard: bool = True) -> bool:
    """May a case of ``category`` carry a 案号 with ``type_code``?

    ``standard``: the code is one of the official standard's (else the office added it).
    """
    if category == CaseCategory.PRESUIT_MEDIATION:
        return "诉前" in type_code
    accepted = CATEGORY_TYPE_CODES.get(category)
    if accepted is None or type_code in accepted:
        return True
    return not standard and case_family(type_code) in CATEGORY_FAMILIES[category]


def check_category_type(
    category: CaseCategory,
    case_no: str,
    type_code: str,
    type_name: str,
    known: tuple[str, ...],
    *,
    standard: bool = True,
) -> None:
    """Refuse a 案号 whose 类型代字 does not fit ``category``, naming the codes it accepts.

    ``known`` is the office's whole table (for the 诉前 codes it has).
    """
    if category_accepts(category, type_code, standard=standard):
        return
    if category == CaseCategory.PRESUIT_MEDIATION:
        accepted = tuple(code for code in known if "诉前" in code)
    else:
        accepted = CATEGORY_TYPE_CODES[category]
    shown = f"“{type_code}”（{type_name}）" if type_name else f"“{type_code}”"
    raise InvalidInputError(
        f"案号“{case_no}”的类型代字{shown}不属于{category.value}案件；"
        f"{category.value}案件的类型代字应为：{'、'.join(accepted)}"
        "（如只需跟踪该案，可登记为“其他”）"
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
    """Who appeared for the defendant (法释〔2020〕3号 art. 2).

    被诉行政机关负责人 are 正职, 副职 and 其他参与分管的负责人 of the defendant itself; a
    工作人员 sent in the head's place, or the head of a 下级行政机关 (or of an organisation the
    defendant entrusted), does not count as the head appearing. The values fit the column's
    four characters: 分管领导 is 其他参与分管的负责人, 下级机关 a lower agency's (or an entrusted
    organisation's) head.
    """

    PRINCIPAL = "正职"
    DEPUTY = "副职"
    IN_CHARGE = "分管领导"
    STAFF = "工作人员"
    LOWER_AGENCY_HEAD = "下级机关"


#: The ranks that count as 负责人出庭 (法释〔2020〕3号 art. 2, para. 1).
HEAD_RANKS_COUNTED = frozenset({HeadRank.PRINCIPAL, HeadRank.DEPUTY, HeadRank.IN_CHARGE})


def parse_head_rank(text: str) -> str:
    """Who appeared for the defendant, as typed or read from a cell (a HeadRank value)."""
    try:
        return HeadRank(text.strip()).value
    except ValueError:
        choices = "、".join(r.value for r in HeadRank)
        raise InvalidInputError(f"出庭人员应为：{choices}", field="head_rank") from None


def head_appeared_for(head_rank: str | None, head_appeared: bool | None) -> bool | None:
    """Whether the head appeared, given who appeared: 法释〔2020〕3号 art. 2 counts 正职,
    副职 and 分管领导 of the defendant, not a 工作人员 or a lower agency's head — unless the
    office said otherwise (which the case's rules then check)."""
    if head_rank is not None and head_appeared is None:
        return head_rank in HEAD_RANKS_COUNTED
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
        # 行政诉讼法 art. 73: 给付判决 (the agency must pay or perform).
        _o("判决履行给付义务", loss=True, judgment=True),
        # art. 78: 行政协议 — 继续履行, 采取补救措施, 赔偿损失 (and 补偿, art. 78 para. 2).
        _o("判决继续履行协议", loss=True, judgment=True),
        _o("判决采取补救措施", loss=True, judgment=True),
        _o("判决赔偿损失", loss=True, judgment=True),
        _o("驳回诉讼请求", judgment=True),
        _o("驳回起诉"),
        _o("准予撤诉", withdrawn=True),
        _o("撤诉", withdrawn=True),
        _o("调解", settled=True),
        _o("移送"),
        _o("终结"),
    ),
    # 行政复议法 (2023): 变更 art. 63, 撤销 art. 64, 确认违法 art. 65, 责令履行 art. 66,
    # 确认无效 art. 67 and the 行政协议 decision of art. 71 (依法订立、继续履行、采取补救措施、
    # 赔偿损失) are 纠错; 维持 art. 68 and 驳回 art. 69 are not; 调解 art. 73, 和解 art. 74
    # (then 终止), 撤回申请 and 终止 art. 41 close without a decision on the merits. A 赔偿
    # decision (art. 72) goes with one of the others and is not an outcome of its own.
    CaseCategory.RECONSIDERATION: (
        _o("撤销", correction=True, judgment=True),
        _o("变更", correction=True, judgment=True),
        _o("确认违法", correction=True, judgment=True),
        _o("责令履行", correction=True, judgment=True),
        _o("确认无效", correction=True, judgment=True),
        _o("责令承担协议责任", correction=True, judgment=True),
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

#: 行政诉讼 outcomes by instance (行政诉讼法 art. 89 for 二审; arts. 91–93 and 法释〔2018〕1号
#: for 再审). Whether a 改判 is a loss depends on who appealed: the 败诉率 counts first
#: instances (the default) by their flags, and a later instance's result is recorded as said.
INSTANCE_OUTCOMES: dict[str, tuple[Outcome, ...]] = {
    "二审": (
        _o("驳回上诉、维持原判", judgment=True),
        _o("改判", judgment=True),
        _o("部分改判", judgment=True),
        _o("发回重审"),
        _o("撤回上诉", withdrawn=True),
        _o("准予撤回上诉", withdrawn=True),
        _o("驳回起诉"),
        _o("调解", settled=True),
        _o("终结"),
    ),
    "再审": (
        _o("维持原判", judgment=True),
        _o("改判", judgment=True),
        _o("部分改判", judgment=True),
        _o("发回重审"),
        _o("撤回再审申请", withdrawn=True),
        _o("准予撤回再审申请", withdrawn=True),
        _o("驳回起诉"),
        _o("调解", settled=True),
        _o("终结再审程序"),
    ),
    "再审审查": (
        _o("驳回再审申请"),
        _o("裁定再审"),
        _o("提审"),
        _o("指令再审"),
        _o("准予撤回再审申请", withdrawn=True),
        _o("终结审查"),
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
    # The events the 应诉 clock starts from or is met by (domain/case_clock.py).
    "收到起诉状副本",
    "判决书送达",
    "裁定书送达",
    "收到复议申请书副本",
    "复议受理",
    "复议决定",
    "行政决定期满",
    "申请强制执行",
    "收到检察建议",
    "收到检察建议（紧急）",
    "书面回复",
    "其他",
)


def parse_category(text: str) -> CaseCategory:
    return parse_choice(CaseCategory, text, what="案件类别")


#: What rosters write for a unit kind, besides its own name: an office says 行政机关 or
#: 乡镇 as often as 政府部门 or 乡镇街道.
UNIT_KIND_SYNONYMS = {
    "行政机关": UnitKind.AGENCY,
    "行政单位": UnitKind.AGENCY,
    "政府工作部门": UnitKind.AGENCY,
    "乡镇": UnitKind.TOWNSHIP,
    "街道": UnitKind.TOWNSHIP,
    "乡镇人民政府": UnitKind.TOWNSHIP,
    "街道办事处": UnitKind.TOWNSHIP,
    "人民法院": UnitKind.COURT,
    "人民检察院": UnitKind.PROCURATORATE,
}


def parse_unit_kind(text: str) -> UnitKind:
    synonym = UNIT_KIND_SYNONYMS.get(text.strip())
    if synonym is not None:
        return synonym
    return parse_choice(UnitKind, text, what="单位类型")


def outcomes_of(category: CaseCategory, instance: str | None = None) -> tuple[Outcome, ...]:
    """The outcomes a case may close with: by category, and for 行政诉讼 by instance."""
    if category == CaseCategory.LITIGATION and instance in INSTANCE_OUTCOMES:
        return INSTANCE_OUTCOMES[instance]
    return OUTCOMES[category]


def outcome_for(category: CaseCategory, name: str, instance: str | None = None) -> Outcome:
    """The outcome named ``name`` if it is valid for ``category`` (and ``instance``)."""
    choices = outcomes_of(category, instance)
    for outcome in choices:
        if outcome.name == name.strip():
            return outcome
    which = f"{instance}{category.value}" if choices is not OUTCOMES[category] else category.value
    raise InvalidInputError(
        f"“{name}”不是{which}案件的结案结果，可选：{'、'.join(o.name for o in choices)}"
    )


# -- 白皮书 fields of a case (issue 18) -------------------------------------------------

#: 被诉行政行为类别: the kind of administrative act the case is about.
ACT_KINDS = (
    "处罚",
    "许可",
    "强制",
    "征收征用",
    "确认",
    "不履行法定职责",
    "信息公开",
    "行政协议",
    "赔偿补偿",
    "其他",
)

#: 败诉原因: why the agency lost (several may apply to one case).
LOSS_REASONS = (
    "事实不清证据不足",
    "程序违法",
    "适用法律错误",
    "超越职权",
    "不履行法定职责",
    "明显不当",
)

#: 撤诉类型: who moved first.
WITHDRAWAL_KINDS = ("原告主动撤诉", "被告改变行为后撤诉")

#: What clears a list-valued field (败诉原因) or a text field when typed alone.
CLEAR_WORDS = frozenset({"无", "空", "清除"})

#: The short text of a 典型案例, at most this many characters.
TYPICAL_NOTE_MAX = 200


def _choice(text: str, choices: tuple[str, ...], what: str, field: str) -> str:
    value = text.strip()
    if value in choices:
        return value
    raise InvalidInputError(
        f"{what}“{text.strip()}”不在可选范围内，应为：{'、'.join(choices)}", field=field
    )


def parse_act_kind(text: str) -> str:
    """被诉行政行为类别, as typed or read from a cell; "" (or 无) leaves it unrecorded."""
    if text.strip() in ("", *CLEAR_WORDS):
        return ""
    return _choice(text, ACT_KINDS, "被诉行政行为类别", "act_kind")


def parse_withdrawal_kind(text: str) -> str:
    """撤诉类型; "" (or 无) leaves it unrecorded."""
    if text.strip() in ("", *CLEAR_WORDS):
        return ""
    return _choice(text, WITHDRAWAL_KINDS, "撤诉类型", "withdrawal_kind")


def parse_loss_reasons(texts: "str | list[str]") -> str:
    """败诉原因, one or several (separated by 、，, ; or given as a list), stored as one
    text in the order of :data:`LOSS_REASONS`, joined by "、": "程序违法、超越职权".

    SQL counts a reason with ``'、' || loss_reasons || '、' LIKE '%、程序违法、%'`` (no
    reason is part of another's name). "" or 无 clears the list.
    """
    items = [texts] if isinstance(texts, str) else list(texts)
    given: list[str] = []
    for item in items:
        for part in re.split(r"[、，,;；\s]+", item.strip()):
            if part:
                given.append(part)
    if not given or (len(given) == 1 and given[0] in CLEAR_WORDS):
        return ""
    chosen = {_choice(part, LOSS_REASONS, "败诉原因", "loss_reasons") for part in given}
    return "、".join(r for r in LOSS_REASONS if r in chosen)


def loss_reason_list(stored: str) -> list[str]:
    return [r for r in stored.split("、") if r]


def check_typical_note(text: str) -> str:
    value = text.strip()
    if len(value) > TYPICAL_NOTE_MAX:
        raise InvalidInputError(
            f"典型案例说明不能超过 {TYPICAL_NOTE_MAX} 个字（现有 {len(value)} 个字）",
            field="typical_note",
        )
    return value
