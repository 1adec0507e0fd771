"""``fylink check overdue``: exit codes for cron, the ladder, and --notify over real servers.

The mail server is aiosmtpd on 127.0.0.1 and the group robots are an ``http.server`` on
127.0.0.1, both in threads: nothing is mocked.
"""

import json
import os
import socket
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Iterator
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from helpers import db_dump
from loophelp import write_config


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Mailbox:
    def __init__(self) -> None:
        self.messages: list = []

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((list(envelope.rcpt_tos), message))
        return "250 OK"


@pytest.fixture
def smtp() -> Iterator[tuple[int, Mailbox]]:
    from aiosmtpd.controller import Controller

    box = Mailbox()
    port = free_port()
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, box
    finally:
        controller.stop()


class Robot:
    """Group-robot endpoints; ``replies`` are served in order, then 200 errcode 0."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict]] = []
        self.replies: deque[tuple[int, dict]] = deque()


@pytest.fixture
def robot() -> Iterator[tuple[int, Robot]]:
    state = Robot()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            state.requests.append((self.path, json.loads(body.decode("utf-8"))))
            status, answer = (
                state.replies.popleft() if state.replies else (200, {"errcode": 0, "errmsg": "ok"})
            )
            data = json.dumps(answer).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], state
    finally:
        server.shutdown()
        server.server_close()


def _config(home: Path, *, smtp_port: int | None = None, robot_port: int | None = None) -> None:
    parts = []
    if smtp_port:
        parts.append(
            f'[smtp]\nhost = "127.0.0.1"\nport = {smtp_port}\n'
            'sender = "office@shifan.example.cn"\ntimeout = 5\n'
        )
    if robot_port:
        parts.append(
            f'[webhooks]\nwecom_url = "http://127.0.0.1:{robot_port}/wecom?key=SECRETKEY123"\n'
            f'dingtalk_url = "http://127.0.0.1:{robot_port}/dingtalk?access_token=TOKEN999"\n'
            "timeout = 5\n"
        )
    write_config(home, "\n".join(parts))


@pytest.fixture
def late(cli, initialized):
    """县住建局: one task 10 working days late (督办) and one due soon; 县财政局: one 1 day late."""
    for args in (
        ("task", "add", "制定征收补偿款支付方案", "--lead", "县住建局", "--due", "2025-06-16"),
        ("task", "add", "报送化解方案", "--lead", "县住建局", "--due", "2025-07-02"),
        ("task", "add", "清理拖欠企业账款", "--lead", "县财政局", "--due", "2025-06-27"),
        ("task", "add", "年度评查", "--lead", "县司法局", "--due", "年底"),
    ):
        assert cli(*args).exit_code == 0


def _rows(db_url: str, sql: str) -> list:
    engine = create_engine(db_url)
    with engine.connect() as connection:
        rows = [tuple(r) for r in connection.execute(text(sql))]
    engine.dispose()
    return rows


def test_nothing_overdue_exits_0(cli, initialized):
    cli("task", "add", "临期任务", "--lead", "县住建局", "--due", "2025-07-01")
    result = cli("check", "overdue")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == (
        "截至2025年6月30日：逾期 0 项，临期 1 项（临期指3个工作日内到期），涉及 1 个单位"
    )


def test_overdue_exits_10_and_lists_per_unit(cli, late, db_url):
    result = cli("check", "overdue")
    assert result.exit_code == 10, result.output
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert (
        lines[0]
        == "截至2025年6月30日：逾期 2 项，临期 1 项（临期指3个工作日内到期），涉及 2 个单位"
    )
    assert "县住建局：逾期 1 项，临期 1 项" in lines
    assert "县财政局：逾期 1 项，临期 0 项" in lines
    out = result.stdout
    assert "逾期10个工作日  督办〔2025〕1号（本次）" in out
    assert "剩2个工作日" in out
    assert "  县住建局 督办〔2025〕1号：1 项，限2025年7月7日前反馈" in out
    assert "  县财政局 提醒：1 项" in out
    assert "\x1b[" not in out  # plain text when not on a terminal
    again = cli("check", "overdue")
    assert again.exit_code == 10
    assert "本次没有需要新签发的提醒、催办或督办" in again.stdout
    assert _rows(db_url, "SELECT stage, year, number FROM notice ORDER BY id") == [
        ("提醒", None, None),  # 县住建局's item due soon: reminded once, before it is late
        ("督办", 2025, 1),
        ("提醒", None, None),
    ]
    shown = cli("task", "show", "1").stdout
    assert "2025-06-30  督办      〔2025〕1号  10" in shown


def test_within_widens_due_soon(cli, late):
    data = json.loads(cli("check", "overdue", "--within", "0", "--json", "--dry-run").stdout)
    assert (data["overdue"], data["due_soon"]) == (2, 0)
    data = json.loads(cli("check", "overdue", "--within", "10", "--json", "--dry-run").stdout)
    assert data["due_soon"] == 1


def test_json_shape(cli, late):
    result = cli("check", "overdue", "--json")
    assert result.exit_code == 10
    data = json.loads(result.stdout)
    assert {
        "as_of",
        "within_workdays",
        "dry_run",
        "overdue",
        "due_soon",
        "units",
        "notices",
    } <= set(data)
    first = data["units"][0]
    assert (first["unit"], first["overdue"], first["due_soon"]) == ("县住建局", 1, 1)
    assert first["items"][0] | {"content": ""} == {
        "type": "task",
        "id": 1,
        "ref": "1",
        "source": "双清单",
        "content": "",
        "due_on": "2025-06-16",
        "provisional": False,
        "status": "逾期",
        "workdays_overdue": 10,
        "workdays_left": 0,
        "stage": None,
        "new_stage": "督办",
        "new_notice_number": "〔2025〕1号",
    }
    assert [(n["stage"], n["number"]) for n in data["notices"]] == [
        ("提醒", None),
        ("督办", "〔2025〕1号"),
        ("提醒", None),
    ]


def test_dry_run_writes_nothing(cli, late, db_url):
    before = db_dump(db_url)
    result = cli("check", "overdue", "--dry-run")
    assert result.exit_code == 10
    assert "将签发（试运行，未写入）：" in result.stdout
    assert db_dump(db_url) == before


def test_real_process_exit_code_for_cron(late, tmp_path):
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2] / "src"))
    done = subprocess.run(
        [sys.executable, "-m", "fylink", "check", "overdue", "--dry-run"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 10, done.stderr
    assert done.stdout.startswith("截至2025年6月30日：逾期 2 项")


def test_notify_without_channels_is_a_config_error(cli, late, db_url):
    before = db_dump(db_url)
    result = cli("check", "overdue", "--notify")
    assert result.exit_code == 7
    assert result.stderr.startswith("错误：未配置任何通知渠道")
    assert db_dump(db_url) == before


def test_notify_by_mail_and_robots_once(cli, late, smtp, robot, isolated_home, db_url):
    smtp_port, box = smtp
    robot_port, state = robot
    _config(isolated_home, smtp_port=smtp_port, robot_port=robot_port)
    result = cli("check", "overdue", "--notify")
    assert result.exit_code == 10, result.output
    # Three notices (县住建局 提醒 and 督办, 县财政局 提醒) x three channels.
    assert sorted(rcpt[0] for rcpt, _ in box.messages) == [
        "czj@shifan.example.cn",
        "zjj@shifan.example.cn",
        "zjj@shifan.example.cn",
    ]
    mail = next(m for rcpt, m in box.messages if "督办" in m["Subject"])
    assert mail["Subject"] == "【督办】示范县住房和城乡建设局逾期事项督办通知（〔2025〕1号）"
    body = mail.get_content()
    assert "制定征收补偿款支付方案（完成时限2025年6月16日，已逾期10个工作日）" in body
    assert "请于2025年7月7日前书面反馈办理情况。" in body
    assert "另有1项事项即将到期（3个工作日内）" in body
    paths = sorted(path.split("?")[0] for path, _ in state.requests)
    assert paths == ["/dingtalk"] * 3 + ["/wecom"] * 3
    wecom = next(body for path, body in state.requests if path.startswith("/wecom"))
    assert wecom["msgtype"] == "markdown"
    assert set(wecom["markdown"]) == {"content"}
    ding = next(
        body
        for path, body in state.requests
        if path.startswith("/dingtalk") and "督办" in body["markdown"]["title"]
    )
    assert ding["msgtype"] == "markdown"
    assert set(ding["markdown"]) == {"title", "text"}
    assert "已逾期" in ding["markdown"]["text"]
    assert "通知发送：" in result.stdout
    assert "SECRETKEY123" not in result.stdout
    assert "key=SECR****" in result.stdout
    assert _rows(db_url, "SELECT status, count(*) FROM delivery GROUP BY status") == [("已发送", 9)]
    # The next run sends nothing again.
    again = cli("check", "overdue", "--notify")
    assert again.exit_code == 10
    assert len(box.messages) == 3
    assert len(state.requests) == 6


def test_failed_deliveries_are_kept_and_retried(cli, late, smtp, robot, isolated_home, db_url):
    smtp_port, box = smtp
    robot_port, state = robot
    refused = free_port()  # nothing listens there
    _config(isolated_home, smtp_port=refused, robot_port=robot_port)
    state.replies.extend(
        [(500, {"error": "boom"}), (200, {"errcode": 310000, "errmsg": "keywords not in content"})]
    )
    before_journal = len(_rows(db_url, "SELECT id FROM journal"))
    result = cli("check", "overdue", "--notify")
    assert result.exit_code == 9, result.output
    assert result.stderr.startswith("错误：")
    assert "条通知未送达（已保留：失败的在下次运行时自动重试" in result.stderr
    assert "机器人接口返回 HTTP 500" in result.stdout
    assert "errcode=310000" in result.stdout
    assert "无法连接邮件服务器 127.0.0.1" in result.stdout
    statuses = _rows(
        db_url, "SELECT status, count(*) FROM delivery GROUP BY status ORDER BY status"
    )
    assert statuses == [("失败", 5), ("已发送", 4)]
    assert len(_rows(db_url, "SELECT id FROM journal")) > before_journal
    # The office fixes the mail settings; the next run retries only what failed.
    _config(isolated_home, smtp_port=smtp_port, robot_port=robot_port)
    retry = cli("check", "overdue", "--notify")
    assert retry.exit_code == 10, retry.output
    assert _rows(
        db_url, "SELECT status, count(*), max(attempts) FROM delivery GROUP BY status"
    ) == [("已发送", 9, 2)]
    assert len(box.messages) == 3
    assert len(state.requests) == 8  # 6 first time (2 failed), 2 retried
    assert _rows(db_url, "SELECT count(*) FROM notice") == [(3,)]


def test_dry_run_with_notify_sends_nothing(cli, late, smtp, robot, isolated_home, db_url):
    smtp_port, box = smtp
    robot_port, state = robot
    _config(isolated_home, smtp_port=smtp_port, robot_port=robot_port)
    before = db_dump(db_url)
    result = cli("check", "overdue", "--notify", "--dry-run")
    assert result.exit_code == 10
    assert "--notify：将通过邮件、企业微信、钉钉发送以上新签发的通知" in result.stdout
    assert (box.messages, state.requests) == ([], [])
    assert db_dump(db_url) == before


def test_unit_without_liaison_email_is_reported(cli, late, smtp, isolated_home):
    smtp_port, box = smtp
    _config(isolated_home, smtp_port=smtp_port)
    cli("unit", "update", "县财政局", "--email", "")
    result = cli("check", "overdue", "--notify")
    assert result.exit_code == 10, result.output
    assert "提示：县财政局没有联络员邮箱，未发送邮件" in result.stderr
    assert [rcpt for rcpt, _ in box.messages] == [["zjj@shifan.example.cn"]] * 2


def test_the_example_crontab_line_runs(late, robot, isolated_home, tmp_path, db_url):
    robot_port, state = robot
    _config(isolated_home, robot_port=robot_port)
    crontab = (Path(__file__).parents[2] / "examples" / "crontab").read_text(encoding="utf-8")
    line = next(
        ln
        for ln in crontab.splitlines()
        if ln.strip() and not ln.startswith("#") and "=" not in ln.split()[0]
    )
    fields = line.split(None, 5)
    assert fields[:5] == ["30", "8", "*", "*", "*"]  # daily at 08:30: rest days do nothing
    log = tmp_path / "log" / "check-overdue.log"
    log.parent.mkdir()
    command = (
        fields[5]
        .replace("/srv/fylink/venv/bin/fylink", f"{sys.executable} -m fylink")
        .replace("/srv/fylink/shifanxian.db", db_url.removeprefix("sqlite:///"))
        .replace("/srv/fylink/log/check-overdue.log", str(log))
    )
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2] / "src"))
    env.pop("FYLINK_DB")
    done = subprocess.run(["/bin/sh", "-c", command], env=env, check=False)
    assert done.returncode == 10
    assert log.read_text(encoding="utf-8").startswith("截至2025年6月30日：逾期 2 项")
    assert len(state.requests) == 6  # three notices to two robots


def test_notices_of_a_plain_run_are_sent_by_a_later_notify_run(cli, late, robot, isolated_home):
    robot_port, state = robot
    assert cli("check", "overdue").exit_code == 10  # the clerk checks by hand first
    _config(isolated_home, robot_port=robot_port)
    result = cli("check", "overdue", "--notify")
    assert result.exit_code == 10, result.output
    assert "本次没有需要新签发" in result.stdout
    assert len(state.requests) == 6
    assert cli("check", "overdue", "--notify").exit_code == 10
    assert len(state.requests) == 6


def test_provisional_deadlines_are_flagged_and_named(cli, initialized):
    cli("task", "add", "跨年", "--lead", "县司法局", "--due", "2026-12-31")
    cli("task", "add", "远期", "--lead", "县司法局", "--due", "20个工作日", "--start", "2026-12-20")
    data = json.loads(cli("task", "list", "--json").stdout)
    assert [(r["due_on"], r["due_provisional"]) for r in data] == [
        ("2026-12-31", False),
        ("2027-01-18", True),  # 2027-01-01 is 元旦 by statute; no 调休 guessed
    ]
    listed = cli("task", "list").stdout
    assert "2027-01-18（暂定：2027年假期未公布）" in listed
    assert "2026-12-31（暂定" not in listed


def test_a_due_soon_item_keeps_the_stage_issued_before_its_new_deadline(cli, initialized):
    # Late and escalated to 督办, done, then reopened with a deadline two working days off:
    # the item is due soon, and its history still shows the 督办 already issued.
    cli("task", "add", "整改违法建设", "--lead", "县住建局", "--due", "2025-06-16")
    assert cli("check", "overdue").exit_code == 10
    assert cli("task", "done", "1").exit_code == 0
    reopened = cli("task", "reopen", "1", "--reason", "复查未达标", "--due", "2025-07-02")
    assert reopened.exit_code == 0, reopened.output
    result = cli("check", "overdue", "--json", "--dry-run")
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.stdout)["units"][0]["items"]
    assert (item["status"], item["stage"], item["new_stage"]) == ("临期", "督办", None)
