"""A user's template cannot hang fylink or fill its memory (issue 20): rendering has a
time and a size limit and refuses with one clear line."""

from pathlib import Path
from typing import Any

import pytest

from fylink.documents import layout as L
from fylink.documents import render as R
from fylink.documents.layout import Fonts
from fylink.errors import DocumentError


def _template_with(tmp_path: Path, text: str) -> Path:
    doc = L.new_document()
    L.add_paragraph(doc, text)
    path = tmp_path / "custom.docx"
    doc.save(str(path))
    return path


def _render(template: Path, out: Path, ctx: dict[str, Any] | None = None) -> Path:
    return R.render_docx(template, ctx or {}, out, fonts=Fonts(), title="t", author="办公室")


@pytest.mark.parametrize(
    "text",
    [
        "{{ 'x' * 10**9 }}",
        "{{ [1] * 10**9 }}",
        "{{ 10 ** (10 ** 9) }}",
        "{{ 9 ** 99999 }}",
        # Allocated in one step inside a filter or a text method (a terabyte: MemoryError
        # before the check): refused before the call.
        "{{ 'x'|center(10**12) }}",
        "{{ 'x'|indent(10**12) }}",
        "{{ 'x'.ljust(10**12) }}",
        "{{ '%*s'|format(10**12, 'x') }}",
        "{{ 'x'.zfill(10**12) }}",
    ],
)
def test_a_huge_value_is_refused(tmp_path, text):
    out = tmp_path / "out.docx"
    with pytest.raises(DocumentError) as refused:
        _render(_template_with(tmp_path, text), out)
    assert refused.value.message == "模板 custom.docx 填充的内容超过 50 MB 上限，已停止"
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [tmp_path / "custom.docx"]


def test_an_output_growing_past_the_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(R, "MAX_OUTPUT", 100_000)
    text = "{% for i in range(1000) %}{{ 'x' * 1000 }}{% endfor %}"
    with pytest.raises(DocumentError, match="超过 0 MB 上限"):
        _render(_template_with(tmp_path, text), tmp_path / "out.docx")


def test_nested_loops_are_stopped_after_the_time_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(R, "RENDER_SECONDS", 0.5)
    text = "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}"
    with pytest.raises(DocumentError) as refused:
        _render(_template_with(tmp_path, text), tmp_path / "out.docx")
    assert refused.value.message == (
        "模板 custom.docx 填充超过 0.5 秒仍未完成（循环过多？），已停止"
    )
    assert not (tmp_path / "out.docx").exists()


def test_ordinary_arithmetic_still_works(tmp_path):
    out = _render(
        _template_with(
            tmp_path, "{{ '—' * 3 }}{{ 2 ** 10 }}{{ '县'|center(5) }}{{ '1'.zfill(3) }}"
        ),
        tmp_path / "o.docx",
    )
    from docx import Document

    assert "———1024" + "县".center(5) + "001" in [p.text for p in Document(str(out)).paragraphs]
