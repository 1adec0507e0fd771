from datetime import date

import pytest

from fylink.errors import ConflictError, InvalidInputError
from fylink.services import cases

TODAY = date(2025, 6, 30)


def _add(session, number, **kw):
    data = {
        "case_no": number,
        "category": "行政诉讼",
        "unit": "县住建局",
        "filed_on": date(2024, 3, 1),
    }
    data.update(kw)
    return cases.add_case(
        session=session, case_in=cases.CaseIn(**data), today=TODAY, types=cases.type_table()
    )


def test_party_is_shared_between_cases(session):
    one = _add(session, "（2024）豫0591行初1号", parties=["张三:410502198510151232"])
    two = _add(session, "（2024）豫0591行初2号", parties=["张三:410502198510151232"])
    p1 = cases.case_detail(session=session, case_no=one.case_no).parties[0][0]
    p2 = cases.case_detail(session=session, case_no=two.case_no).parties[0][0]
    assert p1.id == p2.id
    assert p1.kind == "自然人"


def test_same_id_different_name_is_a_conflict(session):
    _add(session, "（2024）豫0591行初1号", parties=["张三:410502198510151232"])
    with pytest.raises(ConflictError):
        _add(session, "（2024）豫0591行初2号", parties=["李四:410502198510151232"])


def test_company_party_kind(session):
    case = _add(session, "（2024）豫0591行初3号", parties=["示范县顺通物流有限公司"])
    party, role = cases.case_detail(session=session, case_no=case.case_no).parties[0]
    assert (party.kind, role) == ("法人或其他组织", "原告")


def test_office_type_codes_are_data(session):
    with pytest.raises(InvalidInputError):
        _add(session, "（2024）豫0591行非1号")
    table = cases.type_table({"行非": "测试类型"})
    case = cases.add_case(
        session=session,
        case_in=cases.CaseIn(
            case_no="（2024）豫0591行非1号",
            category="行政诉讼",
            unit="县住建局",
            filed_on=date(2024, 3, 1),
        ),
        today=TODAY,
        types=table,
    )
    assert case.type_name == "测试类型"


def test_outcome_flags(session):
    rec = _add(session, "示政复〔2024〕1号", category="行政复议")
    closed = cases.close_case(
        session=session,
        case_no=rec.case_no,
        outcome="确认违法",
        closed_on=date(2024, 5, 1),
        today=TODAY,
    )
    assert (closed.is_correction, closed.is_judgment, closed.is_loss) == (True, True, False)
    med = _add(session, "示政复〔2024〕2号", category="行政复议")
    closed = cases.close_case(
        session=session,
        case_no=med.case_no,
        outcome="和解",
        closed_on=date(2024, 5, 1),
        today=TODAY,
    )
    assert (closed.is_settled, closed.is_judgment) == (True, False)


def test_suspend_and_status_rules(session):
    case = _add(session, "（2024）豫0591行初4号")
    cases.update_case(
        session=session, case_no=case.case_no, changes={"status": "中止"}, today=TODAY
    )
    with pytest.raises(InvalidInputError):
        cases.update_case(
            session=session, case_no=case.case_no, changes={"status": "已结"}, today=TODAY
        )
