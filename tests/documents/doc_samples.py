"""Sample contexts for the document tests (tests/data/documents/*.json)."""

import json
from pathlib import Path
from typing import Any

from fylink.documents.layout import Fonts

DATA = Path(__file__).parents[1] / "data" / "documents"

#: Fonts as an office with a different Windows installation might configure them.
OTHER_FONTS = Fonts(
    body="仿宋", title="华文中宋", heading="SimHei", kai="楷体", page_number="SimSun"
)


def load_context(name: str) -> dict[str, Any]:
    """A fresh copy of the sample context of a shipped template."""
    return json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
