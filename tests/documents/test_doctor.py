"""``fylink doctor`` and ``fylink template check --render`` (issue #19)."""

import json
import shutil
from pathlib import Path

import pytest
from doc_samples import DATA

from fylink.documents import fonts as font_map
from fylink.documents import pdfmeasure
from fylink.documents.layout import Fonts
from fylink.documents.pdf import find_soffice


def test_doctor_names_what_is_missing(cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("FYLINK_SOFFICE", str(tmp_path / "no-soffice"))
    result = cli("doctor", "--json")
    assert result.exit_code == 8
    data = json.loads(result.stdout)
    assert data["ok"] is False
    by_item = {f["item"]: f for f in data["findings"]}
    assert by_item["LibreOffice"]["status"] == "缺少"
    assert by_item["LibreOffice"]["needed_for"] == "生成 PDF（--pdf）"
    prefix = by_item["documents.number_prefix（发文机关代字）"]
    assert prefix == {
        "item": "documents.number_prefix（发文机关代字）",
        "status": "注意",
        "detail": "未设置：督办通知的发文字号没有机关代字",
        "needed_for": "督办通知的发文字号",
    }
    assert "仿宋（正文）：仿宋_GB2312" in by_item
    assert result.stderr.startswith("错误：缺少 ")
    assert "LibreOffice" in result.stderr


@pytest.mark.skipif(
    not font_map.uses_fontconfig() or font_map.find_fc_match() is None,
    reason="needs fontconfig's fc-match",
)
def test_stand_in_fonts_are_resolved_through_fylinks_mapping(tmp_path: Path) -> None:
    config = font_map.write_fontconfig(Fonts(), tmp_path)
    text = config.read_text(encoding="utf-8")
    assert '<include ignore_missing="yes">' in text
    assert "<family>仿宋_GB2312</family><prefer><family>AR PL UMing CN</family>" in text
    uses = {u.name: u for u in font_map.resolve(Fonts(), config)}
    installed = {u.used for u in uses.values()}
    if "AR PL UMing CN" not in installed:
        pytest.skip("the stand-in fonts (fonts-arphic-uming …) are not installed")
    assert uses["仿宋_GB2312"].describe() == "仿宋_GB2312 → AR PL UMing CN"
    assert uses["方正小标宋简体"].kind == "stand-in"
    assert font_map.warnings(uses.values()) == []


def test_a_font_without_stand_in_is_a_warning() -> None:
    use = font_map.FontUse(role="body", name="仿宋_GB2312", used="DejaVu Sans", kind="fallback")
    assert font_map.warnings([use]) == [
        "注意：未安装 仿宋_GB2312，也没有找到它的替代字体，仿宋（正文）改用 DejaVu Sans，"
        "PDF 中的字体不符合公文要求（可安装 fonts-noto-cjk fonts-arphic-uming "
        "fonts-arphic-ukai，或在配置 [documents.fonts] 中改用已安装的字体）"
    ]


def test_the_theme_names_no_calibri_or_cambria() -> None:
    import zipfile

    for template in sorted((Path(__file__).parents[2] / "templates").glob("*.docx")):
        with zipfile.ZipFile(template) as package:
            for name in package.namelist():
                if name.endswith(".xml"):
                    text = package.read(name).decode("utf-8")
                    assert "Calibri" not in text, (template.name, name)
                    assert "Cambria" not in text, (template.name, name)


@pytest.mark.soffice
@pytest.mark.skipif(
    find_soffice() is None or not pdfmeasure.available() or shutil.which("fc-match") is None,
    reason="needs LibreOffice, poppler-utils and fontconfig",
)
def test_template_check_render_measures_an_offices_own_template(cli) -> None:
    # An office's copy of the templates fylink shipped before issue #19.
    result = cli(
        "template", "check", str(DATA / "office_minutes.docx"), "--kind", "minutes", "--render"
    )
    assert result.exit_code == 8
    assert "  不符合：红色分隔线长 144.7 毫米（从 33.5 毫米起），应与版心等宽（156 毫米）" in (
        result.stdout.splitlines()
    )
    assert "  不符合：页码一字线距版心下边缘 10.1 毫米，应为 7 毫米" in result.stdout.splitlines()
    assert result.stderr == "错误：模板 office_minutes.docx 生成的 PDF 有 2 处不符合 GB/T 9704\n"
