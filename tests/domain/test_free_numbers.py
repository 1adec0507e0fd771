"""Self-assigned numbers: every bracket form is one number, stored with 〔〕."""

import pytest

from fylink.domain.free_numbers import normalize_free_number

FORMS = [
    "柳政复[2025]14号",
    "柳政复(2025)14号",
    "柳政复（2025）14号",
    "柳政复［2025］14号",
    "柳政复〔2025〕14号",
    "柳政复【2025】14号",
    " 柳政复 〔２０２５〕１４号",
    "柳政复\u3000(2025) 14 号",
]


@pytest.mark.parametrize("form", FORMS)
def test_every_form_is_the_same_number(form):
    assert normalize_free_number(form) == "柳政复〔2025〕14号"


def test_other_brackets_are_left_alone():
    assert normalize_free_number("金融风险(一)-3") == "金融风险(一)-3"
    assert normalize_free_number("楼盘[东区]2号") == "楼盘[东区]2号"
