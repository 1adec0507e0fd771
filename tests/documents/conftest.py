"""Fixtures for the document tests: sample contexts and rendering helpers."""

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

# The helper modules beside the tests (docx_checks.py, doc_samples.py): pytest's importlib
# mode does not put test folders on sys.path. Appended, so they never shadow anything.
sys.path.append(str(Path(__file__).parent))

from doc_samples import load_context

from fylink.documents.layout import Fonts
from fylink.documents.render import render_docx, shipped_template


@pytest.fixture
def context() -> Callable[[str], dict[str, Any]]:
    """Sample context of a shipped template, fresh for each call."""
    return load_context


@pytest.fixture
def render(tmp_path: Path) -> Callable[..., Path]:
    """Render a shipped template (or a given path) into tmp_path."""

    def _render(
        name: str,
        ctx: dict[str, Any] | None = None,
        *,
        fonts: Fonts | None = None,
        template: Path | None = None,
        out: Path | None = None,
    ) -> Path:
        return render_docx(
            template or shipped_template(name),
            load_context(name) if ctx is None else ctx,
            out or tmp_path / f"{name}.docx",
            fonts=fonts or Fonts(),
            title=f"{name} 测试",
            author="示范县府院联动办公室",
        )

    return _render
