"""A 红黑榜 of units as an item of a 工作简报 (issue 18): the rule applied to the 2025
register of tests/annexhelp.py, counted by hand."""

import json

from annexhelp import build_register, ok
from fylink.services.briefs import RED_BLACK_RULE


def test_a_brief_with_a_red_black_item(cli, initialized, monkeypatch, tmp_path):
    build_register(cli, monkeypatch)
    # 城关镇 lets a task run past its deadline; 县司法局 finishes its own on time.
    ok(cli("task", "add", "清理违建台账", "-l", "城关镇", "-d", "2025-10-31"))
    ok(cli("task", "add", "规范复议应诉衔接", "-l", "县司法局", "-d", "2025-06-30"))
    ok(cli("task", "done", "2", "--on", "2025-06-20"))
    ok(cli("brief", "new", "--date", "2026-01-15"))
    result = cli("brief", "item", "add", "--red-black", "--year", "2025", "--months", "1-12")
    ok(result)
    assert result.stdout == "已加入工作简报2026年第1期：工作动态第1篇\n"
    item = json.loads(cli("brief", "show", "--json").stdout)["items"][0]
    assert item["source"] == "数据"
    assert item["title"] == "2025年度红黑榜"
    # 县人社局: F closed (won), heard with the 副职; 县司法局: its task on time.
    # 县自然资源局: A, E, I lost (3 of 4 closed: D withdrawn), E heard without the head;
    # 城关镇: its task overdue. 县住建局 and the others: nothing to judge, on neither list.
    assert item["body"] == (
        "红榜：县人社局（审结1件无败诉，开庭1件负责人全部出庭）；"
        "县司法局（到期双清单事项1项全部按时完成）。"
        "黑榜：县自然资源局（行政机关败诉3件、败诉率75.0%，开庭2件负责人出庭1件、出庭率50.0%）；"
        "城关镇（双清单事项逾期未完成1项）。"
        f"{RED_BLACK_RULE}。"
    )
    out = tmp_path / "brief.docx"
    ok(cli("brief", "render", "-o", str(out)))
    from docx import Document

    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "（一）2025年度红黑榜。红榜：县人社局" in text


def test_red_black_is_one_source_among_the_others(cli, initialized):
    cli("brief", "new")
    both = cli("brief", "item", "add", "--figures", "--red-black")
    assert (both.exit_code, both.stderr) == (3, "错误：--figures 和 --red-black 只能选一个\n")
