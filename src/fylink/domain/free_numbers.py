"""Self-assigned numbers (复议 numbers, 建议文号, free numbers) written one way.

``柳政复[2025]14号``, ``柳政复(2025)14号``, ``柳政复（2025）14号``, ``柳政复［2025］14号`` and
``柳政复〔2025〕14号`` are one number: the year's brackets become 〔〕 (the form GB/T 9704
prints), full-width digits become ASCII and whitespace goes, as for a 案号.
"""

import re

_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
#: A year in any pair of brackets a clerk types for 〔〕.
_YEAR = re.compile(r"[\[(（［〔【](\d{4})[\])）］〕】]")


def normalize_free_number(text: str) -> str:
    """The one stored form of a self-assigned number (see the module)."""
    joined = "".join(text.split()).translate(_FULLWIDTH_DIGITS)
    return _YEAR.sub(r"〔\1〕", joined)
