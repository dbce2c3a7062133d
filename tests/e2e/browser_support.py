"""What the browser tests share: the Chromium to drive, a watched page, and a server thread."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

ARTIFACTS = Path(__file__).resolve().parents[1] / "_artifacts"
CHROMIUM = os.environ.get("NEWSDOSSIER_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
# Headless, sandbox-free (CI runs as root) and silent: no background calls to Google's services, which a
# closed network refuses and which would otherwise show up as stray requests.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@dataclass
class Watched:
    """A page plus everything it did that a test should know about."""

    page: object
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)

    def shot(self, name: str, full_page: bool = False) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=full_page)
        return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_in_thread(db: Path, allow_ingest: bool = False) -> tuple[str, object, threading.Thread]:
    import uvicorn

    from newsdossier.web import create_app

    warnings.filterwarnings("ignore", category=DeprecationWarning)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db, allow_ingest=allow_ingest), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the web app did not start")
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server, thread
