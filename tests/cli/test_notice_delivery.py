"""Issue 14: every notice reaches its recipients once, replies are recorded, silence escalates.

Real servers on 127.0.0.1 (tests/notifyhelp.py): aiosmtpd for mail, an http.server for the
group robots; overlapping runs are real processes. Both engines (FYLINK_TEST_PG_URL).
"""

import base64
import hashlib
import hmac
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from dochelp import paragraphs
from loophelp import write_config
from notifyhelp import Robot, Silent, SmtpServer, start_robot

SRC = str(Path(__file__).parents[2] / "src")


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def robot() -> Iterator[tuple[int, Robot]]:
    server, state = start_robot()
    try:
        yield server.server_address[1], state
    finally:
        server.shutdown()
        server.server_close()


def _config(
    home: Path,
    *,
    smtp_port: int | None = None,
    extra: str = "",
    robot: str = "",
    timeout: float = 2,
) -> None:
    parts = []
    if smtp_port:
        parts.append(
            f'[smtp]\nhost = "127.0.0.1"\nport = {smtp_port}\n'
            f'sender = "office@shifan.example.cn"\ntimeout = {timeout}\n'
        )
    if robot:
        parts.append(robot)
    parts.append(extra)
    write_config(home, "\n".join(parts))


def _rows(db_url: str, sql: str) -> list:
    engine = create_engine(db_url)
    with engine.begin() as connection:
        rows = [tuple(r) for r in connection.execute(text(sql))]
    engine.dispose()
    return rows


def _exec(db_url: str, sql: str) -> None:
    engine = create_engine(db_url)
    with engine.begin() as connection:
        connection.execute(text(sql))
    engine.dispose()


def _recipients(box) -> list[str]:
    return sorted(rcpt[0] for rcpt, _ in box.messages)


@pytest.fixture
def supervised(cli, initialized):
    """县住建局: one task 10 working days late on 2025-06-30 (督办), 县财政局 named co-unit."""
    result = cli(
        "task",
        "add",
        "制定征收补偿款支付方案",
        "--lead",
        "县住建局",
        "--co",
        "县财政局",
        "--due",
        "2025-06-16",
        "--leader",
        "刘清华",
    )
    assert result.exit_code == 0, result.output


def test_a_notice_issued_without_channels_is_delivered_by_a_later_run(
    cli, supervised, smtp, isolated_home, monkeypatch, db_url
):
    assert cli("check", "overdue").exit_code == 10  # Monday: no channel configured yet
    assert "未发送" in cli("notice", "list").stdout
    monkeypatch.setenv("FYLINK_TODAY", "2025-07-01")
    _config(isolated_home, smtp_port=smtp.port)
    result = cli("check", "overdue", "--notify")
    assert result.exit_code == 10, result.output
    assert "本次没有需要新签发" in result.stdout
    # The 督办 of the day before: to the lead unit's liaison, and a 知会 to the co-unit's.
    assert _recipients(smtp.box) == ["czj@shifan.example.cn", "zjj@shifan.example.cn"]
    subjects = sorted(m["Subject"] for _, m in smtp.box.messages)
    assert subjects == [
        "【督办】示范县住房和城乡建设局逾期事项督办通知（〔2025〕1号）",
        "【知会】示范县住房和城乡建设局牵头事项督办通知（〔2025〕1号）",
    ]
    inform = next(m for rcpt, m in smtp.box.messages if rcpt == ["czj@shifan.example.cn"])
    body = inform.get_content()
    assert body.startswith("示范县财政局：\n")
    assert "由示范县住房和城乡建设局牵头、贵单位协办的下列1项事项已向牵头单位发出督办" in body
    assert "本知会无需回复。" in body
    assert cli("check", "overdue", "--notify").exit_code == 10
    assert len(smtp.box.messages) == 2
    assert _rows(db_url, "SELECT recipient, status FROM delivery ORDER BY id") == [
        ("lead:7", "已发送"),
        ("co:4", "已发送"),
    ]


def test_the_leader_gets_a_copy_when_configured(cli, supervised, smtp, isolated_home, db_url):
    # The unit's member of the joint meeting (role 成员), as a roster would list them.
    _exec(
        db_url,
        "INSERT INTO person (name, title, unit_id, role, phone, email, created_at) VALUES "
        "('李建华', '局长', 7, '成员', '', 'lijh@shifan.example.cn', '2025-06-01 00:00:00')",
    )
    _config(isolated_home, smtp_port=smtp.port, extra="[notify]\ncc_leader = true\n")
    assert cli("check", "overdue", "--notify").exit_code == 10
    assert _recipients(smtp.box) == [
        "czj@shifan.example.cn",
        "lijh@shifan.example.cn",
        "zjj@shifan.example.cn",
    ]
    copy = next(m for rcpt, m in smtp.box.messages if rcpt == ["lijh@shifan.example.cn"])
    assert copy.get_content().startswith("示范县住房和城乡建设局（抄送单位负责同志）：\n")


def test_failures_and_timeouts_are_retried_a_bounded_number_of_times(
    cli, supervised, isolated_home, db_url
):
    silent = Silent()
    server = SmtpServer()  # not started yet: its port refuses connections
    try:
        extra = "[notify]\nmax_attempts = 2\ninform_co_units = false\n"
        _config(isolated_home, smtp_port=silent.port, extra=extra)
        first = cli("check", "overdue", "--notify")
        assert first.exit_code == 9, first.output
        assert "连接邮件服务器 127.0.0.1" in first.stdout
        assert "超时" in first.stdout
        assert first.stderr.startswith("错误：1 条通知未送达")
        _config(isolated_home, smtp_port=server.port, extra=extra)
        second = cli("check", "overdue", "--notify")
        assert second.exit_code == 9
        assert "失败（第2次）：无法连接邮件服务器" in second.stdout
        # The limit is reached: cron stops trying, and keeps saying so (exit 9).
        third = cli("check", "overdue", "--notify")
        assert third.exit_code == 9
        assert "通知发送：" not in third.stdout
        assert _rows(db_url, "SELECT status, attempts FROM delivery") == [("失败", 2)]
        listed = cli("notice", "list", "--undelivered")
        assert listed.exit_code == 0
        assert "已达重试上限" in listed.stdout
        data = json.loads(cli("notice", "list", "--undelivered", "--json").stdout)
        assert [(d["notice_id"], d["state"], d["attempts"]) for d in data] == [
            (1, "已达重试上限", 2)
        ]
        # The mail server comes back; the clerk sends by hand.
        server.start()
        sent = cli("notice", "send", "1")
        assert sent.exit_code == 0, sent.output
        assert (
            "县住建局 督办〔2025〕1号 → 邮件 zjj@shifan.example.cn（联络员）：已发送" in sent.stdout
        )
        assert _recipients(server.box) == ["zjj@shifan.example.cn"]
        assert cli("notice", "send", "1").stdout == "没有需要发送的通知：所选通知均已送达\n"
        assert cli("check", "overdue", "--notify").exit_code == 10
        assert cli("notice", "list", "--undelivered").stdout == "所有通知均已送达\n"
        assert len(server.box.messages) == 1
        assert cli("log", "--verify").exit_code == 0
    finally:
        server.stop()
        silent.close()


def _spawn(*args: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=SRC)
    return subprocess.Popen(
        [sys.executable, "-m", "fylink", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_overlapping_runs_send_each_message_once(cli, supervised, smtp, isolated_home):
    # The first run waits in the mail server for as long as the second takes: its client
    # must not give up meanwhile (a timeout after the data is a failure, retried later).
    _config(isolated_home, smtp_port=smtp.port, timeout=60)
    smtp.box.hold = True
    first = _spawn("check", "overdue", "--notify")
    try:
        # The first run is inside the mail server with the first message, its rows claimed.
        assert smtp.box.holding.wait(60), first.communicate(timeout=5)
        second = subprocess.run(
            [sys.executable, "-m", "fylink", "check", "overdue", "--notify"],
            env=dict(os.environ, PYTHONPATH=SRC),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert second.returncode == 10, second.stderr
        assert "另有 2 条通知正由另一个同时运行的任务发送，本次不重复发送" in second.stdout
        assert len(smtp.box.messages) == 1
    finally:
        smtp.box.release.set()
    _out, err = first.communicate(timeout=60)
    assert first.returncode == 10, err
    assert _recipients(smtp.box) == ["czj@shifan.example.cn", "zjj@shifan.example.cn"]


def test_a_run_killed_while_sending_leaves_its_rows_stuck_not_resent(
    cli, supervised, smtp, isolated_home, db_url
):
    _config(
        isolated_home,
        smtp_port=smtp.port,
        extra="[notify]\ninform_co_units = false\n",
        timeout=60,
    )
    smtp.box.hold = True
    run = _spawn("check", "overdue", "--notify")
    assert smtp.box.holding.wait(60)
    run.send_signal(signal.SIGKILL)
    run.wait(timeout=30)
    smtp.box.hold = False
    smtp.box.release.set()
    assert _rows(db_url, "SELECT status, attempts FROM delivery") == [("发送中", 0)]
    # Within the claim timeout the row is someone else's: left alone, nothing stuck yet.
    assert cli("check", "overdue", "--notify").exit_code == 10
    # Later: the run is gone. The message may have been sent: cron does not send it again.
    _exec(db_url, "UPDATE delivery SET claimed_at = '2025-06-29 08:30:00'")
    stuck = cli("check", "overdue", "--notify")
    assert stuck.exit_code == 9
    assert "中断" in cli("notice", "list", "--undelivered").stdout
    assert len(smtp.box.messages) == 1
    # The clerk checks with the unit and decides to send it again.
    assert cli("notice", "send", "〔2025〕1号").exit_code == 0
    assert len(smtp.box.messages) == 2
    assert cli("check", "overdue", "--notify").exit_code == 10


def test_dingtalk_requests_are_signed_and_any_webhook_gets_the_notice(
    cli, supervised, robot, isolated_home
):
    port, state = robot
    secret = "SECabc123"
    _config(
        isolated_home,
        robot=(
            f'[webhooks]\ndingtalk_url = "http://127.0.0.1:{port}/robot/send?access_token=TOK"\n'
            f'dingtalk_secret = "{secret}"\nurl = "http://127.0.0.1:{port}/hook"\n'
        ),
    )
    assert cli("check", "overdue", "--notify").exit_code == 10
    (query,) = state.queries("/robot/send")
    stamp, sign = query["timestamp"][0], query["sign"][0]
    expected = base64.b64encode(
        hmac.new(secret.encode(), f"{stamp}\n{secret}".encode(), hashlib.sha256).digest()
    ).decode()
    assert sign == expected
    assert query["access_token"] == ["TOK"]
    (hook,) = [body for path, body in state.requests if path == "/hook"]
    assert hook["notice"] | {"id": 0} == {
        "id": 0,
        "stage": "督办",
        "number": "〔2025〕1号",
        "unit_id": 7,
        "issued_on": "2025-06-30",
        "reply_due": "2025-07-07",
        "issuer": None,
    }
    assert hook["subject"] == "【督办】示范县住房和城乡建设局逾期事项督办通知（〔2025〕1号）"


# --- replies ------------------------------------------------------------------


def test_a_missing_reply_climbs_and_a_recorded_reply_stops_it(
    cli, supervised, monkeypatch, tmp_path, db_url
):
    assert cli("check", "overdue").exit_code == 10  # 督办〔2025〕1号, reply due 2025-07-07
    shown = cli("notice", "show", "1").stdout
    assert "书面报送：尚未收到（期限 2025-07-07" in shown
    monkeypatch.setenv("FYLINK_TODAY", "2025-07-08")
    late = cli("check", "overdue", "--json")
    data = json.loads(late.stdout)
    items = data["units"][0]["items"]
    assert [(i["type"], i["ref"], i["workdays_overdue"], i["new_stage"]) for i in items] == [
        ("task", "1", 16, None),
        ("reply", "〔2025〕1号", 1, "催办"),
    ]
    assert [(n["stage"], n["number"]) for n in data["notices"]] == [("催办", None)]
    monkeypatch.setenv("FYLINK_TODAY", "2025-07-14")
    text_out = cli("check", "overdue").stdout
    assert "书面报送  〔2025〕1号" in text_out
    assert "通报（本次）" in text_out
    assert _rows(db_url, "SELECT id, stage FROM notice ORDER BY id") == [
        (1, "督办"),
        (2, "催办"),
        (3, "通报"),
    ]
    assert "书面报送2025年6月30日督办〔2025〕1号的办理情况" in cli("notice", "show", "3").stdout
    # The reply arrives, with the unit's report.
    monkeypatch.setenv("FYLINK_TODAY", "2025-07-15")
    report = tmp_path / "办理情况报告.pdf"
    report.write_bytes(b"%PDF-1.4 fylink test\n" + bytes(range(256)))
    before = _rows(db_url, "SELECT count(*) FROM journal")[0][0]
    recorded = cli(
        "notice",
        "reply",
        "〔2025〕1号",
        "--on",
        "2025-07-15",
        "--summary",
        "已制定方案，报县政府审定",
        "--file",
        str(report),
    )
    assert recorded.exit_code == 0, recorded.output
    assert recorded.stdout == (
        "已登记：通知 1（督办〔2025〕1号）的书面报送，2025-07-15，逾期（期限 2025-07-07），"
        "附件 办理情况报告.pdf（277 字节）\n"
    )
    assert _rows(db_url, "SELECT count(*) FROM journal")[0][0] == before + 2
    assert _rows(db_url, "SELECT acknowledged_on FROM notice WHERE id = 1")[0][0] is not None
    # The file is in the database, byte for byte.
    out = tmp_path / "copy.pdf"
    assert cli("notice", "attachment", "1", "-o", str(out)).exit_code == 0
    assert out.read_bytes() == report.read_bytes()
    # A reply does not complete the task: it stays overdue, the reply item is gone.
    monkeypatch.setenv("FYLINK_TODAY", "2025-07-16")
    after = json.loads(cli("check", "overdue", "--json").stdout)
    assert [i["type"] for i in after["units"][0]["items"]] == ["task"]
    assert after["notices"] == []
    shown = cli("task", "show", "1")
    assert "书面报送（不代替任务本身的进展和完成）" in shown.stdout
    assert "已制定方案，报县政府审定" in shown.stdout
    task = json.loads(cli("task", "show", "1", "--json").stdout)
    assert task["status"] == "逾期"
    assert task["notices"][0]["replies"] == [
        {
            "replied_on": "2025-07-15",
            "summary": "已制定方案，报县政府审定",
            "file": "办理情况报告.pdf",
        }
    ]
    counts = json.loads(
        cli("notice", "replies", "--year", "2025", "--quarter", "3", "--json").stdout
    )
    assert [(c["unit"], c["asked"], c["on_time"], c["late"], c["missing"]) for c in counts] == [
        ("县住建局", 1, 0, 1, 0)
    ]


def test_reply_errors_change_nothing(cli, supervised, db_url, tmp_path):
    assert cli("check", "overdue").exit_code == 10
    from helpers import db_dump

    before = db_dump(db_url)
    future = cli("notice", "reply", "1", "--on", "2025-07-01", "--summary", "x")
    assert (future.exit_code, future.stderr) == (
        3,
        "错误：报送日期 2025-07-01 晚于今天：请写实际收到的日期\n",
    )
    empty = cli("notice", "reply", "1", "--on", "2025-06-30")
    assert empty.exit_code == 3
    missing = cli("notice", "reply", "1", "--on", "2025-06-30", "--file", str(tmp_path / "无.pdf"))
    assert missing.exit_code == 3
    assert missing.stderr.startswith("错误：无法读取报送材料")
    assert cli("notice", "reply", "9", "--on", "2025-06-30", "--summary", "x").exit_code == 4
    assert db_dump(db_url) == before


# --- before the deadline, co-units, courts ------------------------------------


def test_a_due_soon_item_is_reminded_once_before_it_is_late(
    cli, initialized, smtp, isolated_home, monkeypatch, db_url
):
    cli("task", "add", "报送化解方案", "--lead", "县住建局", "--due", "2025-07-02")
    _config(isolated_home, smtp_port=smtp.port)
    first = cli("check", "overdue", "--notify")
    assert first.exit_code == 0, first.output  # nothing late yet
    assert "  县住建局 提醒：1 项" in first.stdout
    (mail,) = [m for _, m in smtp.box.messages]
    assert mail["Subject"] == "【提醒】示范县住房和城乡建设局事项提醒"
    assert "下列1项事项即将到达完成时限，现予提醒" in mail.get_content()
    assert "（完成时限2025年7月2日，尚未到期）" in mail.get_content()
    for day in ("2025-07-01", "2025-07-02", "2025-07-03"):
        monkeypatch.setenv("FYLINK_TODAY", day)
        cli("check", "overdue", "--notify")
    assert len(smtp.box.messages) == 1  # once: being late on 07-03 is not a second 提醒
    assert _rows(db_url, "SELECT stage FROM notice") == [("提醒",)]


def test_courts_and_procuratorates_are_consulted_not_supervised(
    cli, initialized, smtp, isolated_home, db_url
):
    cli("task", "add", "协调涉企案件执行", "--lead", "县法院", "--due", "2025-06-16")
    cli("task", "add", "反馈行政检察情况", "--lead", "县检察院", "--due", "2025-06-20")
    cli("task", "add", "清理账款", "--lead", "县财政局", "--due", "2025-06-16")
    _config(isolated_home, smtp_port=smtp.port)
    result = cli("check", "overdue", "--notify")
    assert result.exit_code == 10, result.output
    assert _rows(db_url, "SELECT unit_id, stage, year, number FROM notice ORDER BY unit_id") == [
        (4, "督办", 2025, 1),
        (14, "商请", None, None),
        (15, "提示", None, None),
    ]
    court = next(m for rcpt, m in smtp.box.messages if rcpt == ["fy@shifan.example.cn"])
    assert court["Subject"] == "【商请】示范县人民法院商请函"
    body = court.get_content()
    assert "现商请贵院（单位）协助推进并函告办理情况" in body
    assert "督办" not in body
    assert "〔2025〕" not in body
    assert "请于2025年7月7日前书面反馈办理情况。" in body
    consult = _rows(db_url, "SELECT id FROM notice WHERE stage = '商请'")[0][0]
    # The 商请函: no 文号, no 督办 wording, the court addressed as 贵院.
    out = isolated_home / "商请函.docx"
    letter = cli("notice", "letter", str(consult), "-o", str(out))
    assert letter.exit_code == 0, letter.output
    assert letter.stdout.startswith(f"已生成商请函：{out}\n")
    lines = [line for line in paragraphs(out) if line]
    assert lines[:4] == [
        "示范县府院联动联席会议办公室",
        "关于商请协助办理府院联动事项的函",
        "示范县人民法院：",
        "截至2025年6月30日，府院联动工作中涉及贵院的下列事项已超过商定的完成时限，尚待办理：",
    ]
    assert lines[4] == "1.协调涉企案件执行（双清单）。完成时限为2025年6月16日，已超过10个工作日。"
    assert (
        lines[5]
        == "商请贵院予以支持配合，并于2025年7月7日前将有关情况函告示范县府院联动联席会议办公室。"
    )
    assert lines[6] == "特此函商。"
    assert lines[-4:-2] == ["示范县府院联动联席会议办公室", "2025年6月30日"]
    text = "\n".join(lines)
    assert "督办" not in text
    assert "〔2025〕" not in text
    # A 提示 (to the procuratorate) is a message, not a letter.
    prompt = _rows(db_url, "SELECT id FROM notice WHERE stage = '提示'")[0][0]
    refused = cli("notice", "letter", str(prompt))
    assert refused.exit_code == 5
    assert "不发正式文书" in refused.stderr


def test_the_consult_wording_is_the_office_s_to_edit(cli, initialized, smtp, isolated_home):
    cli("task", "add", "协调涉企案件执行", "--lead", "县法院", "--due", "2025-06-16")
    _config(
        isolated_home,
        smtp_port=smtp.port,
        extra='[notify.wording]\n"商请" = "截至{date}，{count}项事项需贵院支持，特此函商。"\n',
    )
    assert cli("check", "overdue", "--notify").exit_code == 10
    (mail,) = [m for _, m in smtp.box.messages]
    assert "截至2025年6月30日，1项事项需贵院支持，特此函商。" in mail.get_content()
    write_config(isolated_home, '[notify.wording]\n"商请" = "截至{日期}"\n')
    bad = cli("check", "overdue")
    assert bad.exit_code == 7
    assert bad.stderr.startswith("错误：配置项 notify 有误")
    assert "“商请”的措辞有误（'日期'）" in bad.stderr


# --- rest days ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "line"),
    [
        (
            "2025-10-01",
            "2025年10月1日是休息日（国庆节）：不检查、不签发、不发送通知，下一个工作日照常运行",
        ),
        (
            "2025-07-05",
            "2025年7月5日是休息日（周六）：不检查、不签发、不发送通知，下一个工作日照常运行",
        ),
    ],
)
def test_a_rest_day_run_issues_nothing(
    cli, supervised, smtp, isolated_home, monkeypatch, db_url, day, line
):
    from helpers import db_dump

    _config(isolated_home, smtp_port=smtp.port)
    monkeypatch.setenv("FYLINK_TODAY", day)
    before = db_dump(db_url)
    result = cli("check", "overdue", "--notify")
    assert (result.exit_code, result.stdout, result.stderr) == (0, line + "\n", "")
    assert db_dump(db_url) == before
    assert smtp.box.messages == []


def test_a_make_up_working_sunday_is_checked(cli, supervised, monkeypatch):
    monkeypatch.setenv("FYLINK_TODAY", "2025-09-28")  # 周日，国庆调休上班
    assert cli("check", "overdue").exit_code == 10


# --- 联合督查 ---------------------------------------------------------------------


def test_a_joint_supervision_is_recorded_as_issuer(cli, supervised, isolated_home, smtp):
    assert cli("check", "overdue").exit_code == 10
    refused = cli("notice", "joint", "1")
    assert refused.exit_code == 7
    assert "joint_issuers" in refused.stderr
    _config(
        isolated_home,
        smtp_port=smtp.port,
        extra=(
            '[escalation]\njoint_issuers = ["示范县人民政府督查室", "示范县人民法院", '
            '"示范县人民检察院"]\n'
        ),
    )
    done = cli("notice", "joint", "1")
    assert done.exit_code == 0, done.output
    assert done.stdout == (
        "已登记：督办〔2025〕1号 由联合督查发出"
        "（示范县人民政府督查室、示范县人民法院、示范县人民检察院）\n"
    )
    assert "联合督查：示范县人民政府督查室" in cli("notice", "show", "1").stdout
    assert cli("check", "overdue", "--notify").exit_code == 10
    mail = next(m for rcpt, m in smtp.box.messages if rcpt == ["zjj@shifan.example.cn"])
    assert (
        mail.get_content()
        .rstrip()
        .endswith("示范县人民政府督查室、示范县人民法院、示范县人民检察院\n2025年6月30日")
    )
    assert cli("notice", "joint", "2").exit_code in (4, 5)
    # The letter: the issuers side by side in the mark, one below the other in the 落款
    # (GB/T 9704 §7.3.5.2), then the date.
    out = isolated_home / "联合督办.docx"
    assert cli("notice", "letter", "1", "-o", str(out)).exit_code == 0
    lines = [line for line in paragraphs(out) if line]
    assert lines[0] == "示范县人民政府督查室\u3000示范县人民法院\u3000示范县人民检察院"
    assert lines[-6:-2] == [
        "示范县人民政府督查室",
        "示范县人民法院",
        "示范县人民检察院",
        "2025年6月30日",
    ]
    # Back to the office alone: one signer again.
    assert cli("notice", "joint", "1", "--undo").exit_code == 0
    assert cli("notice", "letter", "1", "-o", str(out), "--force").exit_code == 0
    lines = [line for line in paragraphs(out) if line]
    assert lines[-4:-2] == ["示范县府院联动联席会议办公室", "2025年6月30日"]


def test_a_leader_sees_and_gets_the_items_they_lead(cli, supervised, smtp, isolated_home):
    cli(
        "task",
        "add",
        "报送化解方案",
        "--lead",
        "县财政局",
        "--due",
        "2025-07-02",
        "--leader",
        "刘清华",
    )
    cli(
        "task", "add", "年度评查", "--lead", "县司法局", "--due", "2025-07-02", "--leader", "王建国"
    )
    cli(
        "task", "add", "远期事项", "--lead", "县司法局", "--due", "2025-12-31", "--leader", "刘清华"
    )
    listed = json.loads(cli("task", "list", "--leader", "刘清华", "--json").stdout)
    assert [t["id"] for t in listed] == [1, 2, 4]
    _config(
        isolated_home,
        smtp_port=smtp.port,
        extra=(
            '[notify.leader_emails]\n"刘清华" = "liuqh@shifan.example.cn"\n'
            '"赵立新" = "zhaolx@shifan.example.cn"\n'
        ),
    )
    result = cli("notice", "digest")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "刘清华 → liuqh@shifan.example.cn：已发送\n赵立新：没有逾期或临期事项，未发送\n"
    )
    (mail,) = [m for _, m in smtp.box.messages]
    assert mail["Subject"] == "【督办摘要】刘清华牵头事项：逾期1项，临期1项"
    body = mail.get_content()
    assert (
        "1. [任务1] 制定征收补偿款支付方案（牵头单位县住建局，完成时限2025年6月16日，已逾期）"
        in body
    )
    assert "2. [任务2] 报送化解方案（牵头单位县财政局，完成时限2025年7月2日，临期）" in body
    assert "远期事项" not in body
    unknown = cli("notice", "digest", "--leader", "王建国")
    assert unknown.exit_code == 7


def test_a_digest_goes_out_once_a_day(cli, supervised, smtp, isolated_home, db_url, monkeypatch):
    """A second run the same day sends nothing; a failed send is sent by the next run; the
    next day's digest is a new one. Real SMTP on 127.0.0.1, stopped and restarted."""
    _config(
        isolated_home,
        smtp_port=smtp.port,
        extra='[notify.leader_emails]\n"刘清华" = "liuqh@shifan.example.cn"\n',
    )
    first = cli("notice", "digest")
    assert (first.exit_code, first.stdout) == (0, "刘清华 → liuqh@shifan.example.cn：已发送\n")
    again = cli("notice", "digest")
    assert (again.exit_code, again.stdout) == (
        0,
        "刘清华 → liuqh@shifan.example.cn：今天已发送过，不再重复发送\n",
    )
    assert len(smtp.box.messages) == 1
    assert _rows(
        db_url,
        "SELECT leader, target, CAST(day AS VARCHAR(10)), status, attempts, items FROM digest_send",
    ) == [("刘清华", "liuqh@shifan.example.cn", "2025-06-30", "已发送", 1, 1)]
    log = json.loads(cli("log", "--json").stdout)
    assert [r["action"] for r in log if r["entity"] == "digest_send"] == ["update", "insert"]
    # The next day the server is down: the failure is recorded and the exit code says so.
    monkeypatch.setenv("FYLINK_TODAY", "2025-07-01")
    smtp.stop()
    failed = cli("notice", "digest")
    assert failed.exit_code == 9
    assert failed.stdout.startswith("刘清华 → liuqh@shifan.example.cn：失败：")
    assert failed.stderr.startswith("错误：1 封领导摘要发送失败：")
    smtp.start()
    retried = cli("notice", "digest")
    assert (retried.exit_code, retried.stdout) == (
        0,
        "刘清华 → liuqh@shifan.example.cn：已发送\n",
    )
    assert len(smtp.box.messages) == 2
    assert _rows(
        db_url, "SELECT CAST(day AS VARCHAR(10)), status, attempts FROM digest_send ORDER BY day"
    ) == [
        ("2025-06-30", "已发送", 1),
        ("2025-07-01", "已发送", 2),
    ]
    assert cli("notice", "digest").stdout.endswith("今天已发送过，不再重复发送\n")
    assert len(smtp.box.messages) == 2


def test_a_digest_being_sent_by_another_run_is_left_to_it(
    cli, supervised, smtp, isolated_home, db_url
):
    """An overlapping run holds today's claim: this run skips it; a claim older than
    notify.claim_timeout_minutes is a run that died, and its digest is sent."""
    _config(
        isolated_home,
        smtp_port=smtp.port,
        extra='[notify.leader_emails]\n"刘清华" = "liuqh@shifan.example.cn"\n',
    )
    now = datetime.now(UTC)
    _exec(
        db_url,
        "INSERT INTO digest_send (leader, target, day, status, attempts, last_error, items,"
        " claimed_at, claim_token, created_at) VALUES ('刘清华', 'liuqh@shifan.example.cn',"
        f" '2025-06-30', '发送中', 0, '', 1, '{now.isoformat()}', 'other', '{now.isoformat()}')",
    )
    busy = cli("notice", "digest")
    assert (busy.exit_code, busy.stdout) == (
        0,
        "刘清华 → liuqh@shifan.example.cn：另一个运行正在发送，本次跳过\n",
    )
    assert smtp.box.messages == []
    old = (now - timedelta(hours=1)).isoformat()
    _exec(db_url, f"UPDATE digest_send SET claimed_at = '{old}'")
    sent = cli("notice", "digest")
    assert sent.stdout == "刘清华 → liuqh@shifan.example.cn：已发送\n"
    assert len(smtp.box.messages) == 1


def test_a_reply_is_chased_only_while_the_matter_is_open(
    cli, supervised, monkeypatch, isolated_home
):
    assert cli("check", "overdue").exit_code == 10  # 督办〔2025〕1号, reply due 2025-07-07
    monkeypatch.setenv("FYLINK_TODAY", "2025-07-08")
    items = json.loads(cli("check", "overdue", "--json", "--dry-run").stdout)["units"][0]["items"]
    assert [i["type"] for i in items] == ["task", "reply"]
    # An office upgrading from a version that could not record replies starts later.
    write_config(isolated_home, "[escalation]\ntrack_replies_from = 2025-07-01\n")
    result = cli("check", "overdue", "--json", "--dry-run")
    assert [i["type"] for i in json.loads(result.stdout)["units"][0]["items"]] == ["task"]
    write_config(isolated_home, "")
    assert cli("task", "done", "1", "--on", "2025-07-08").exit_code == 0
    done = cli("check", "overdue", "--json", "--dry-run")
    assert done.exit_code == 0
    assert json.loads(done.stdout)["units"] == []


def test_a_robot_that_times_out_is_retried_on_the_next_run(cli, supervised, robot, isolated_home):
    port, state = robot
    silent = Silent()
    try:
        _config(
            isolated_home,
            robot=f'[webhooks]\nwecom_url = "http://127.0.0.1:{silent.port}/w"\ntimeout = 1\n',
        )
        first = cli("check", "overdue", "--notify")
        assert first.exit_code == 9
        assert "企业微信 http://127.0.0.1:" in first.stdout
        assert "失败（第1次）：机器人接口超时" in first.stdout
    finally:
        silent.close()
    # The robot's address is corrected: the same delivery goes there, once.
    _config(isolated_home, robot=f'[webhooks]\nwecom_url = "http://127.0.0.1:{port}/w"\n')
    assert cli("check", "overdue", "--notify").exit_code == 10
    assert cli("check", "overdue", "--notify").exit_code == 10
    assert [path for path, _ in state.requests] == ["/w"]


def test_a_reply_with_its_file_is_undone_and_not_redone_without_it(
    cli, supervised, db_url, tmp_path, monkeypatch
):
    """The file is kept in the row, not in the journal: undo removes the reply; redoing it
    would bring back a reply without its file, so it is refused and says why."""
    assert cli("check", "overdue").exit_code == 10
    report = tmp_path / "办理情况报告.pdf"
    report.write_bytes(b"%PDF-1.4 fylink test\n" + bytes(range(256)))
    assert cli("notice", "reply", "1", "--on", "2025-06-30", "--file", str(report)).exit_code == 0
    undone = cli("undo")
    assert undone.exit_code == 0, undone.output
    assert _rows(db_url, "SELECT count(*) FROM notice_reply") == [(0,)]
    assert _rows(db_url, "SELECT acknowledged_on FROM notice WHERE id = 1") == [(None,)]
    redo = cli("undo")
    assert redo.exit_code == 5
    assert redo.stderr == ("错误：不能恢复书面报送（记录 1）：附件不在变更日志中，请重新登记\n")
    assert _rows(db_url, "SELECT count(*) FROM notice_reply") == [(0,)]
    assert cli("log", "--verify").exit_code == 0
