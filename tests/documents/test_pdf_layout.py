"""pdf_layout.py without LibreOffice: which page the 版记 goes to, the copy it converts."""

from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from fylink.documents import layout as L
from fylink.documents.pdf_layout import (
    BanjiPlace,
    _even_page_after,
    _prepare_copy,
    banji_table,
    banji_texts,
)


@pytest.mark.parametrize(
    ("first", "last", "page"),
    [
        (2, 2, 2),  # whole on an even page: stays
        (4, 4, 4),
        (3, 3, 4),  # odd page: the next, even page
        (1, 1, 2),
        (3, 4, 4),  # split from an odd page: whole on the even one
        (2, 3, 4),  # split from an even page: page 3 left blank, the 版记 on page 4
    ],
)
def test_the_banji_goes_to_the_last_even_page(first: int, last: int, page: int) -> None:
    assert _even_page_after(BanjiPlace(first, last, 100.0, 110.0, 10.0)) == page


def test_the_copy_gets_page_breaks_and_a_spacer_before_the_banji(render, tmp_path: Path) -> None:
    source = render("minutes")
    texts = banji_texts(banji_table(Document(str(source))))
    assert texts == [
        "抄送：县委办公室，县人大常委会办公室，县政府办公室，县政协办公室，市府院联动办公室。",
        "示范县府院联动办公室2025年4月3日印发",
    ]
    copy = tmp_path / "copy.docx"
    assert _prepare_copy(source, copy, gap_mm=40.0, breaks=2, mark_shift_mm=3.0)
    doc = Document(str(copy))
    tbl = banji_table(doc)
    spacer = tbl.getprevious()
    blank = spacer.getprevious()
    for paragraph in (spacer, blank):
        assert paragraph.find(f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}") is not None
    line = spacer.find(f"{qn('w:pPr')}/{qn('w:spacing')}")
    assert int(line.get(qn("w:line"))) == L.mm(40.0)
    assert line.get(qn("w:lineRule")) == "exact"
    mark = doc.paragraphs[0]
    assert mark.style.style_id == L.S_MARK
    before = mark._p.pPr.find(qn("w:spacing")).get(qn("w:before"))
    assert int(before) == L.mm(35) - L.mm(3.0)
    # the .docx itself is left as it was
    assert not list(Document(str(source)).element.body.iter(qn("w:pageBreakBefore")))
