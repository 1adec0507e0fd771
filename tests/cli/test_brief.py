"""``fylink brief``: the numbered 工作简报 series (issue #18) — a 简报 with items from two
units, from fylink's figures and the office's text; submissions and adoptions per unit."""

import json
from pathlib import Path

from docx import Document

from fylink.domain.indicators import Period


def _text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_issues_are_numbered_per_year_and_kind(cli, initialized) -> None:
    assert cli("brief", "new").stdout == "已新建：工作简报2025年第1期（编发日期 2025-06-30）\n"
    assert cli("brief", "new", "--date", "2025-07-15").stdout.startswith(
        "已新建：工作简报2025年第2期"
    )
    assert cli("brief", "new", "--kind", "专刊").stdout.startswith("已新建：专刊2025年第1期")
    assert cli("brief", "new", "--date", "2026-01-05").stdout.startswith(
        "已新建：工作简报2026年第1期"
    )
    listed = json.loads(cli("brief", "list", "--year", "2025", "--json").stdout)
    assert [(r["kind"], r["issue_no"], r["items"]) for r in listed] == [
        ("工作简报", 1, 0),
        ("工作简报", 2, 0),
        ("专刊", 1, 0),
    ]
    result = cli("brief", "new", "--kind", "快报")
    assert result.exit_code == 3
    assert result.stderr == "错误：简报类型“快报”不存在，可选：工作简报、专刊、增刊\n"


def test_a_brief_with_items_from_two_units(cli, initialized, tmp_path: Path) -> None:
    assert cli("brief", "render").stderr == "错误：还没有工作简报：先用 fylink brief new 新建一期\n"
    # An issue number of a series that has none yet says so too (not "没有工作简报年第3期").
    for args in (("brief", "show", "3"), ("brief", "item", "add", "--issue", "3", "正文")):
        result = cli(*args)
        assert (result.exit_code, result.stderr) == (
            4,
            "错误：还没有工作简报：先用 fylink brief new 新建一期\n",
        )
    cli("brief", "new", "--to", "市府院联动办公室，各成员单位")
    out = cli(
        "brief",
        "submit",
        "--unit",
        "县住建局",
        "--kind",
        "工作动态",
        "--title",
        "县住建局开展征收补偿争议专项排查",
        "6月以来，县住建局对城东片区征收补偿争议逐户排查，建立问题清单23项",
    )
    assert out.stdout == "已登记报送稿件（编号 1）：县住建局，工作动态\n"
    cli("brief", "submit", "-u", "县人社局", "-k", "问题建议", "劳动保障监察案件增多")
    # a typo in the kind, then the right one
    typo = cli("brief", "submit", "-u", "县法院", "-k", "经验作法", "诉前协调")
    assert (typo.exit_code, typo.stderr) == (
        3,
        "错误：稿件类别“经验作法”不存在，可选：工作动态、经验做法、问题建议\n",
    )
    assert cli("brief", "item", "add", "--submission", "1").stdout == (
        "已加入工作简报2025年第1期：工作动态第1篇\n"
    )
    again = cli("brief", "item", "add", "--submission", "1")
    assert (again.exit_code, again.stderr) == (5, "错误：报送稿件 1 已被工作简报2025年第1期采用\n")
    added = cli(
        "brief",
        "item",
        "add",
        "-u",
        "县法院",
        "-k",
        "经验做法",
        "-t",
        "县法院推行行政争议诉前协调",
        "县法院对立案前的行政争议先行协调，上半年诉前化解11件",
    )
    assert added.stdout == "已加入工作简报2025年第1期：经验做法第2篇\n"
    cli("brief", "item", "add", "-k", "工作动态", "全县开展府院联动工作“回头看”")
    cli("brief", "item", "add", "--overdue")
    shown = json.loads(cli("brief", "show", "--json").stdout)
    assert [(i["kind"], i["unit"], i["source"]) for i in shown["items"]] == [
        ("工作动态", "县住建局", "报送"),
        ("工作动态", "", "自拟"),
        ("经验做法", "县法院", "报送"),
        ("问题建议", "", "数据"),
    ]
    assert [p["unit"] for p in shown["pending"]] == ["县人社局"]
    # submissions and adoptions per unit: assessment evidence
    stats = json.loads(cli("brief", "stats", "--year", "2025", "--json").stdout)
    assert stats == {
        "year": 2025,
        "units": [
            {
                "unit": "县法院",
                "unit_name": "示范县人民法院",
                "submitted": 1,
                "adopted": 1,
                "adoption_rate": 100.0,
            },
            {
                "unit": "县住建局",
                "unit_name": "示范县住房和城乡建设局",
                "submitted": 1,
                "adopted": 1,
                "adoption_rate": 100.0,
            },
            {
                "unit": "县人社局",
                "unit_name": "示范县人力资源和社会保障局",
                "submitted": 1,
                "adopted": 0,
                "adoption_rate": 0.0,
            },
        ],
    }
    table = cli("brief", "stats").stdout
    assert "县人社局  1     0     0.0%" in table
    out = tmp_path / "第1期.docx"
    rendered = cli("brief", "render", "-o", str(out))
    assert rendered.exit_code == 0, rendered.stderr
    assert rendered.stdout == f"已生成工作简报：{out.resolve()}\n"
    text = _text(out)
    assert text.startswith(
        "府院联动工作简报\n第1期\n\t示范县府院联动联席会议办公室\t2025年6月30日\n"
    )
    assert "一、工作动态\n（一）县住建局开展征收补偿争议专项排查。6月以来" in text
    assert "建立问题清单23项。（县住建局）" in text
    assert "（二）全县开展府院联动工作“回头看”。" in text
    assert "二、经验做法\n（一）县法院推行行政争议诉前协调。" in text
    assert "三、问题建议\n（一）截至2025年6月30日，双清单" in text
    assert "分送：市府院联动办公室，各成员单位。" in text
    assert "示范县府院联动联席会议办公室\t2025年6月30日印发" in text
    assert "变更日志锚点" in text


def test_an_item_from_the_figures(cli, initialized) -> None:
    cli("brief", "new", "--kind", "专刊")
    result = cli(
        "brief", "item", "add", "--series", "专刊", "--figures", "--year", "2025", "--half", "1"
    )
    assert result.stdout == "已加入专刊2025年第1期：工作动态第1篇\n"
    item = json.loads(cli("brief", "show", "--series", "专刊", "--json").stdout)["items"][0]
    assert item["source"] == "数据"
    assert item["body"].startswith(f"{Period.half(2025, 1).label}，示范县一审行政诉讼发案量0件")
    both = cli("brief", "item", "add", "--series", "专刊", "--figures", "--overdue")
    assert (both.exit_code, both.stderr) == (3, "错误：--figures 和 --overdue 只能选一个\n")
    empty = cli("brief", "item", "add", "--series", "专刊", "-k", "工作动态")
    assert (empty.exit_code, empty.stderr) == (3, "错误：请给出稿件内容\n")
