"""build_templates.py and the committed templates/ folder."""

import re
import zipfile
from pathlib import Path

import pytest

from fylink.documents.build_templates import TEMPLATES, build_all, main
from fylink.documents.render import SHIPPED_TEMPLATES, shipped_template, template_variables

TEMPLATES_DIR = Path(__file__).parents[2] / "templates"


def _word_parts(path: Path) -> dict[str, bytes]:
    """The parts that carry the layout (core properties hold the build time)."""
    with zipfile.ZipFile(path) as package:
        return {
            name: package.read(name)
            for name in package.namelist()
            if name.startswith("word/") or name == "[Content_Types].xml"
        }


def test_every_shipped_template_is_built() -> None:
    assert sorted(TEMPLATES) == sorted(f"{name}.docx" for name in SHIPPED_TEMPLATES)


@pytest.mark.parametrize("name", SHIPPED_TEMPLATES)
def test_committed_template_matches_the_builder(tmp_path: Path, name: str) -> None:
    """Fails when build_templates.py or layout.py changed and templates/ was not rebuilt:
    run `python -m fylink.documents.build_templates templates/`."""
    build_all(tmp_path)
    assert _word_parts(tmp_path / f"{name}.docx") == _word_parts(TEMPLATES_DIR / f"{name}.docx")


@pytest.mark.parametrize("name", SHIPPED_TEMPLATES)
def test_readme_documents_every_variable(name: str) -> None:
    readme = (TEMPLATES_DIR / "README.md").read_text(encoding="utf-8")
    section = readme.split(f"## {name}.docx", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"^\| `([a-z_]+)`", section, flags=re.MULTILINE))
    assert documented == template_variables(shipped_template(name))


@pytest.mark.parametrize("name", SHIPPED_TEMPLATES)
def test_tags_use_plain_quotes_only(name: str) -> None:
    with zipfile.ZipFile(shipped_template(name)) as package:
        xml = package.read("word/document.xml").decode()
    for tag in re.findall(r"\{[{%].*?[}%]\}", xml):
        assert not set(tag) & set("“”‘’"), tag


def test_main_writes_the_templates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "out")]) == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(TEMPLATES)
    assert "已生成 6 个模板" in capsys.readouterr().out


def test_main_without_folder_shows_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "用法" in capsys.readouterr().err
