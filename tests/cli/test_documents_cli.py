"""The document commands through the CLI: notices, templates, options and every error path.

Errors: one Chinese line on stderr, the documented exit code, no file written, the database
unchanged.
"""

import json
from pathlib import Path

import pytest

import demofacts
from dochelp import edited_template, files_in, ok, paragraphs
from fylink.documents.render import shipped_template
from helpers import db_dump
from loophelp import write_config


@pytest.fixture
def office(office_db) -> None:
    """Three meetings built through the CLI (dochelp.build_office)."""


@pytest.fixture
def out_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty current folder, where the default file names land."""
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


def _fails(cli, db_url: str, folder: Path, args: tuple[str, ...], code: int, message: str):
    before = db_dump(db_url)
    existing = files_in(folder)
    result = cli(*args)
    assert result.exit_code == code, (result.stdout, result.stderr)
    assert result.stderr.startswith("错误：")
    assert message in result.stderr
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert files_in(folder) == existing
    assert db_dump(db_url) == before
    return result


# -- meeting minutes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("meeting", "minutes", "2025-9"), 4, "2025年第9期会议不存在"),
        (("meeting", "minutes", "99"), 4, "会议 99 不存在"),
        (("meeting", "minutes", "上次"), 3, "会议“上次”无法识别"),
        (("meeting", "minutes", "2025-2", "-o", "纪要.doc"), 3, "输出文件应以 .docx 结尾"),
        (("meeting", "minutes", "2025-2", "--date", "2025-06-01"), 3, "印发日期不能早于会议日期"),
        (("meeting", "minutes", "2025-2", "--date", "6月1日"), 3, "印发日期“6月1日”无法识别"),
        (("meeting", "minutes", "2025-2", "--template", "无此模板.docx"), 8, "找不到模板文件"),
    ],
)
def test_minutes_errors(cli, office, db_url, out_dir, args, code, message) -> None:
    _fails(cli, db_url, out_dir, args, code, message)


def test_minutes_of_a_meeting_without_decisions_or_attendance(cli, office, db_url, out_dir) -> None:
    ok(cli("meeting", "add", "--kind", "座谈会", "--date", "2025-06-28"))
    _fails(cli, db_url, out_dir, ("meeting", "minutes", "座谈会2025-1"), 5, "尚无议定事项")
    ok(cli("meeting", "decide", "座谈会2025-1", "整理意见", "--lead", "县司法局", "--due", "10日"))
    _fails(cli, db_url, out_dir, ("meeting", "minutes", "座谈会2025-1"), 5, "尚未登记出席人员")


def test_minutes_in_a_database_without_meetings(cli, db_url, out_dir) -> None:
    ok(cli("init", "--office", "示范县府院联动办公室"))
    _fails(cli, db_url, out_dir, ("meeting", "minutes", "1"), 4, "会议 1 不存在")


def test_an_existing_file_is_kept_unless_forced(cli, office, db_url, out_dir) -> None:
    name = "示范县府院联动联席会议纪要〔2025〕第2期.docx"
    (out_dir / name).write_bytes(b"the clerk's edited copy")
    result = _fails(cli, db_url, out_dir, ("meeting", "minutes", "2025-2"), 5, "文件已存在")
    assert "--force" in result.stderr
    assert (out_dir / name).read_bytes() == b"the clerk's edited copy"
    ok(cli("meeting", "minutes", "2025-2", "--force"))
    assert (out_dir / name).read_bytes()[:2] == b"PK"


def test_an_existing_pdf_is_kept_unless_forced(cli, office, db_url, out_dir) -> None:
    (out_dir / "m.pdf").write_bytes(b"%PDF old")
    args = ("meeting", "minutes", "2025-2", "-o", "m.docx", "--pdf")
    _fails(cli, db_url, out_dir, args, 5, "m.pdf")
    assert (out_dir / "m.pdf").read_bytes() == b"%PDF old"


def test_output_into_a_folder(cli, office, out_dir) -> None:
    folder = out_dir / "纪要"
    folder.mkdir()
    result = cli("meeting", "minutes", "2025-2", "-o", str(folder))
    ok(result)
    assert files_in(folder) == ["示范县府院联动联席会议纪要〔2025〕第2期.docx"]
    assert str(folder) in result.stdout


def test_minutes_output_into_a_missing_folder(cli, office, db_url, out_dir) -> None:
    args = ("meeting", "minutes", "2025-2", "-o", str(out_dir / "无" / "m.docx"))
    _fails(cli, db_url, out_dir, args, 8, "不存在")


def test_pdf_without_libreoffice_still_writes_the_docx(
    cli, office, out_dir, monkeypatch, tmp_path
) -> None:
    monkeypatch.setenv("FYLINK_SOFFICE", str(tmp_path / "nowhere" / "soffice"))
    result = cli("meeting", "minutes", "2025-2", "-o", "m.docx", "--pdf")
    assert result.exit_code == 8
    assert result.stdout == f"已生成会议纪要：{out_dir / 'm.docx'}\n"
    assert result.stderr == (
        "错误：未找到 LibreOffice（soffice），无法生成 PDF；"
        "请安装 libreoffice-writer-nogui 后重试。"
        f"Word 文档已生成：{out_dir / 'm.docx'}\n"
    )
    assert files_in(out_dir) == ["m.docx"]


# -- templates the office edits -------------------------------------------------------------------


def test_template_with_a_syntax_error(cli, office, db_url, out_dir, tmp_path) -> None:
    broken = edited_template(
        shipped_template("minutes"), tmp_path / "minutes.docx", "{{ mark }}", "{{ mark }"
    )
    args = ("meeting", "minutes", "2025-2", "--template", str(broken))
    _fails(cli, db_url, out_dir, args, 8, "模板 minutes.docx 中的标记有语法错误")
    result = cli("template", "check", str(broken))
    assert result.exit_code == 8
    assert "语法错误" in result.stderr


def test_template_with_an_unknown_variable(cli, office, db_url, out_dir, tmp_path) -> None:
    odd = edited_template(
        shipped_template("minutes"), tmp_path / "我县纪要.docx", "{{ mark }}", "{{ seal_text }}"
    )
    args = ("meeting", "minutes", "2025-2", "--template", str(odd))
    _fails(cli, db_url, out_dir, args, 8, "模板 我县纪要.docx 用到了未提供的数据“seal_text”")
    result = cli("template", "check", str(odd))
    assert result.exit_code == 3
    assert "fylink 不提供的变量（1）：seal_text" in result.stdout
    assert "fylink 提供、模板未用的变量（1）：mark" in result.stdout
    assert result.stderr == "错误：模板 我县纪要.docx 用到了 fylink 不提供的变量：seal_text\n"
    data = json.loads(cli("template", "check", str(odd), "--json").stdout)
    assert data["kind"] == "minutes"
    assert data["ok"] is False
    assert data["missing"] == ["seal_text"]
    assert "decisions" in data["used"]


def test_the_offices_own_templates(cli, office, out_dir, tmp_path) -> None:
    own = tmp_path / "templates"
    result = cli("template", "export", str(own))
    ok(result)
    assert files_in(own) == [
        "README.md", "assessment.docx", "brief.docx", "bulletin.docx", "consult_letter.docx",
        "minutes.docx", "notice_letter.docx", "party_file.docx", "quarterly_briefing.docx",
        "task_list.docx",
    ]  # fmt: skip
    assert f'templates_dir = "{own}"' in result.stdout
    edited_template(
        shipped_template("minutes"), own / "minutes.docx", "现将会议", "经研究，现将会议"
    )
    write_config(tmp_path / "home", f'[documents]\ntemplates_dir = "{own}"\n')
    result = cli("meeting", "minutes", "2025-2", "-o", "m.docx")
    ok(result)
    assert f"模板：{own / 'minutes.docx'}（documents.templates_dir）" in result.stdout
    assert "经研究，现将会议主要情况纪要如下：" in paragraphs(out_dir / "m.docx")
    # a template the folder lacks is the shipped one
    (own / "task_list.docx").unlink()
    result = cli("task", "export", "t.docx")
    ok(result)
    assert "模板" not in result.stdout
    # --template wins over the folder
    result = cli(
        "meeting", "minutes", "2025-2", "-o", "s.docx", "--template",
        str(shipped_template("minutes")),
    )  # fmt: skip
    ok(result)
    assert "现将会议主要情况纪要如下：" in paragraphs(out_dir / "s.docx")


def test_a_missing_templates_folder_is_a_config_error(cli, office, db_url, out_dir, tmp_path):
    write_config(tmp_path / "home", f'[documents]\ntemplates_dir = "{tmp_path / "无"}"\n')
    args = ("meeting", "minutes", "2025-2")
    _fails(cli, db_url, out_dir, args, 7, "documents.templates_dir 指向的文件夹不存在")


def test_template_export_refuses_to_overwrite(cli, tmp_path) -> None:
    folder = tmp_path / "t"
    ok(cli("template", "export", str(folder)))
    edited = edited_template(
        shipped_template("minutes"), folder / "minutes.docx", "现将会议", "经研究，现将会议"
    )
    before = edited.read_bytes()
    result = cli("template", "export", str(folder))
    assert result.exit_code == 5
    assert result.stderr.startswith("错误：")
    assert "minutes.docx" in result.stderr
    assert edited.read_bytes() == before
    ok(cli("template", "export", str(folder), "--force"))
    assert edited.read_bytes() == shipped_template("minutes").read_bytes()


def test_template_export_refuses_a_pipe_in_the_way_even_with_force(cli, tmp_path) -> None:
    """Like every output: a pipe (or a device) where a template would go is refused, and
    nothing is written — not even the other templates."""
    import os
    import stat

    folder = tmp_path / "t"
    folder.mkdir()
    os.mkfifo(folder / "README.md")  # the last file copied: the others come first
    result = cli("template", "export", str(folder), "--force")
    assert result.exit_code == 8, result.output
    assert result.stderr.startswith("错误：")
    assert result.stderr.count("\n") == 1
    assert stat.S_ISFIFO((folder / "README.md").stat().st_mode)
    assert sorted(p.name for p in folder.iterdir()) == ["README.md"]


def test_exported_templates_are_whole_and_private(cli, tmp_path) -> None:
    folder = tmp_path / "t"
    ok(cli("template", "export", str(folder)))
    for path in folder.iterdir():
        assert path.stat().st_mode & 0o077 == 0, path
    assert (folder / "minutes.docx").read_bytes() == shipped_template("minutes").read_bytes()
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]


def test_template_export_into_a_file(cli, tmp_path) -> None:
    target = tmp_path / "a.txt"
    target.write_text("x")
    result = cli("template", "export", str(target))
    assert result.exit_code == 3
    assert "不是文件夹" in result.stderr


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("minutes.docx", "会议纪要，minutes"),
        ("督办通知模板.docx", "督办通知，notice_letter"),
        ("task_list.docx", "双清单，task_list"),
        ("季度简报.docx", "季度通报，quarterly_briefing"),
    ],
)
def test_template_check_infers_the_kind(cli, tmp_path, name, kind) -> None:
    source = {"会议纪要": "minutes", "督办通知": "notice_letter", "双清单": "task_list"}.get(
        kind.split("，")[0], "quarterly_briefing"
    )
    path = tmp_path / name
    path.write_bytes(shipped_template(source).read_bytes())
    result = cli("template", "check", str(path))
    ok(result)
    assert result.stdout.splitlines()[0] == f"模板：{path}（{kind}）"
    assert result.stdout.splitlines()[-1] == "检查通过：模板可以使用"
    assert "不提供" not in result.stdout


def test_template_check_needs_a_kind_it_can_tell(cli, tmp_path) -> None:
    path = tmp_path / "模板.docx"
    path.write_bytes(shipped_template("minutes").read_bytes())
    result = cli("template", "check", str(path))
    assert result.exit_code == 3
    assert "请用 --kind 指定" in result.stderr
    ok(cli("template", "check", str(path), "--kind", "minutes"))
    ok(cli("template", "check", str(path), "--kind", "会议纪要"))
    result = cli("template", "check", str(path), "--kind", "通知")
    assert result.exit_code == 3
    assert "模板类型“通知”不存在" in result.stderr


def test_template_check_of_a_generated_document_warns(cli, office, out_dir) -> None:
    ok(cli("task", "export", "清单.docx"))
    result = cli("template", "check", "清单.docx")
    ok(result)
    assert "没有用到任何 fylink 提供的变量" in result.stderr


def test_template_check_of_a_file_that_is_not_a_template(cli, tmp_path) -> None:
    path = tmp_path / "minutes.docx"
    path.write_text("not a zip")
    result = cli("template", "check", str(path))
    assert result.exit_code == 8
    assert "不是有效的 Word 文档" in result.stderr
    result = cli("template", "check", str(tmp_path / "none.docx"))
    assert result.exit_code == 8
    assert "找不到模板文件" in result.stderr


# -- task export ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("task", "export", "清单.pdf"), 3, "暂不支持导出为“.pdf”文件"),
        (("task", "export", "清单.xlsx", "--pdf"), 3, "--template 和 --pdf 只用于 Word 表格"),
        (("task", "export", "清单"), 3, "暂不支持导出为“无扩展名”文件"),
        (("task", "export"), 3, "请给出输出文件"),
        (("task", "export", "a.docx", "--docx", "b.docx"), 3, "请只给出一个输出文件"),
        (("task", "export", "a.docx", "--status", "完成"), 3, "任务状态“完成”不存在"),
        (("task", "export", "a.docx", "--unit", "县教育局"), 4, "县教育局"),
        (("task", "export", "a.docx", "--text", "不存在的内容"), 4, "没有符合条件的任务"),
    ],
)
def test_task_export_errors(cli, office, db_url, out_dir, args, code, message) -> None:
    _fails(cli, db_url, out_dir, args, code, message)


def test_task_export_docx_option_adds_the_suffix(cli, office, out_dir) -> None:
    ok(cli("task", "export", "--docx", "清单"))
    assert files_in(out_dir) == ["清单.docx"]


# -- notices --------------------------------------------------------------------------------------


def test_notice_list_and_show(cli, demo_db, db_url) -> None:
    every = demofacts.notices(db_url)
    result = cli("notice", "list")
    ok(result)
    lines = result.stdout.splitlines()
    assert lines[1].split() == [
        "编号",
        "阶段",
        "文号",
        "单位",
        "发出日期",
        "事项",
        "回复期限",
        "送达",
    ]
    # newest first, one row per notice; a 催办 has neither number nor reply deadline
    assert [line.split() for line in lines[2:-1]] == [n.list_row for n in every]
    assert lines[-1] == f"共 {len(every)} 条，显示第 1–{len(every)} 条"
    reminders = [n for n in every if n.stage == "催办"]
    assert reminders, "the demo should hold a 催办"
    rows = json.loads(cli("notice", "list", "--stage", "催办", "--json").stdout)
    assert [(r["id"], r["stage"], r["number"], r["unit"]) for r in rows] == [
        (n.id, "催办", None, n.unit) for n in reminders
    ]
    assert {"issued_on", "reply_due", "item_count", "delivery_counts", "unit_id"} <= set(rows[0])
    unit = every[0].unit
    rows = json.loads(cli("notice", "list", "--unit", unit, "--json").stdout)
    assert [r["id"] for r in rows] == [n.id for n in every if n.unit == unit]
    years = {n.issued_on.year for n in every}
    for year in (min(years) - 1, *sorted(years)):
        rows = json.loads(cli("notice", "list", "--year", str(year), "--json").stdout)
        assert [r["id"] for r in rows] == [n.id for n in every if n.issued_on.year == year]
    # a 督办 of a 议定事项 with progress, by its number
    notice = demofacts.letter_notice(db_url)
    shown = cli("notice", "show", f"{notice.year}-{notice.number}")
    ok(shown)
    assert f"文号      {notice.number_text}" in shown.stdout
    assert f"单位      {notice.unit_name}" in shown.stdout
    assert f"督办通知  fylink notice letter {notice.id}" in shown.stdout
    for item in notice.items:
        row = next(line for line in shown.stdout.splitlines() if line.startswith(item.ref + " "))
        assert row.split() == [
            item.ref, item.content, item.due_on.isoformat(), str(item.days_overdue),
            item.status, *item.progress.split(),
        ]  # fmt: skip
    data = json.loads(cli("notice", "show", notice.number_text, "--json").stdout)
    assert data["id"] == notice.id
    assert data["items"] == [item.public() for item in notice.items]
    assert any(i["source"] == "议定事项" and i["status"] == "逾期" for i in data["items"])
    assert data["deliveries"] == []
    reminder = cli("notice", "show", str(reminders[0].id))
    assert "提醒、催办不发正式文书" in reminder.stdout


#: Notices the demo lacks: {reminder} is a 催办's id, {missing} an id past the last one,
#: {year}/{past} a year with 督办 and one before any notice, {beyond} a number after the last.
@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("notice", "letter", "{reminder}"), 5, "通知 {reminder} 是催办，不发正式文书"),
        (("notice", "letter", "{missing}"), 4, "通知 {missing} 不存在"),
        (("notice", "letter", "{year}-{beyond}"), 4, "督办〔{year}〕{beyond}号不存在"),
        (("notice", "letter", "第三号"), 3, "通知“第三号”无法识别"),
        (("notice", "show", "〔{past}〕1号"), 4, "督办〔{past}〕1号不存在"),
        (("notice", "list", "--stage", "警告"), 3, "督办阶段“警告”不存在"),
    ],
)
def test_notice_errors(cli, demo_db, db_url, out_dir, args, code, message) -> None:
    every = demofacts.notices(db_url)
    numbered = [n for n in every if n.number is not None]
    year = max(n.year or 0 for n in numbered)
    names = {
        "reminder": next(n.id for n in every if n.stage == "催办"),
        "missing": max(n.id for n in every) + 1,
        "year": year,
        "beyond": max(n.number or 0 for n in numbered if n.year == year) + 1,
        "past": min(n.issued_on.year for n in every) - 1,
    }
    args = tuple(arg.format(**names) for arg in args)
    _fails(cli, db_url, out_dir, args, code, message.format(**names))


@pytest.mark.parametrize(
    "ref",
    [
        "{id}", "{year}-{n}", "{year}/{n}", "〔{year}〕{n}号", "[{year}]{n}号",
        "示府联办督〔{year}〕{n}号", "{year}年第{n}号",
    ],
)  # fmt: skip
def test_notice_numbers_as_the_clerk_writes_them(cli, demo_db, db_url, ref) -> None:
    # a 督办 whose number differs from its id, so a number is not read as an id
    notice = next(n for n in demofacts.notices(db_url) if n.number is not None and n.number != n.id)
    text = ref.format(id=notice.id, year=notice.year, n=notice.number)
    assert json.loads(cli("notice", "show", text, "--json").stdout)["id"] == notice.id
