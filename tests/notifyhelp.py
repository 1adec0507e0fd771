"""Real servers on 127.0.0.1 for the delivery tests: an SMTP server (aiosmtpd) that can hold
a message until told to go on, a group-robot HTTP server, and a port that accepts a
connection but never answers (a timeout). Nothing is mocked."""

import asyncio
import json
import socket
import threading
from collections import deque
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Mailbox:
    """Accepts every message; with ``hold`` set, keeps the first message's client waiting
    (before the 250) until ``release`` is set, and says so in ``holding``."""

    def __init__(self) -> None:
        self.messages: list = []
        self.hold = False
        self.holding = threading.Event()
        self.release = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((list(envelope.rcpt_tos), message))
        if self.hold and not self.holding.is_set():
            self.holding.set()
            await asyncio.get_running_loop().run_in_executor(None, self.release.wait, 60)
        return "250 OK"


class SmtpServer:
    """aiosmtpd on a fixed port, so it can be stopped and started again (a restart)."""

    def __init__(self) -> None:
        self.port = free_port()
        self.box = Mailbox()
        self._controller = None

    def start(self) -> None:
        from aiosmtpd.controller import Controller

        self._controller = Controller(self.box, hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self.box.release.set()
            self._controller.stop()
            self._controller = None


class Robot:
    """Group-robot endpoints; ``replies`` are served in order, then 200 errcode 0."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict]] = []
        self.replies: deque[tuple[int, dict]] = deque()

    def queries(self, prefix: str) -> list[dict[str, list[str]]]:
        return [
            parse_qs(urlsplit(path).query) for path, _ in self.requests if path.startswith(prefix)
        ]


def start_robot() -> tuple[ThreadingHTTPServer, Robot]:
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
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, state


class Silent:
    """A port that accepts connections (the kernel's backlog) and never says a word."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]

    def close(self) -> None:
        self.sock.close()
