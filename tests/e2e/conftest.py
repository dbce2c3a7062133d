"""Browser fixtures: Debian's Chromium driven by Playwright (the system browser; Playwright never downloads
one), and the web app served by uvicorn on 127.0.0.1 in a background thread."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_support import CHROMIUM, CHROMIUM_ARGS, Watched, serve_in_thread


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: install Debian's chromium with scripts/install-browser-deps.sh")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (Python) is not installed")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    watched = Watched(pg)
    pg.on("pageerror", lambda exc: watched.errors.append(str(exc)))
    pg.on("console", lambda msg: watched.errors.append(msg.text) if msg.type == "error" else None)

    def on_dialog(dialog) -> None:
        watched.dialogs.append(dialog.message)
        dialog.dismiss()

    pg.on("dialog", on_dialog)
    pg.on("request", lambda req: None if req.url.startswith(("http://127.0.0.1:", "file://", "data:"))
          else watched.foreign_requests.append(req.url))
    yield watched
    context.close()


@pytest.fixture(scope="session")
def seeds_app(request: pytest.FixtureRequest) -> Iterator[tuple[str, dict, Path]]:
    """The real build of ../shared/seeds, served; yields (base url, dossier, output folder)."""
    pytest.importorskip("newsdossier.api", reason="the build pipeline (newsdossier.build) is not importable yet")
    result = request.getfixturevalue("seeds_build")
    url, server, thread = serve_in_thread(Path(result.db))
    yield url, result.dossier, Path(result.out)
    server.should_exit = True
    thread.join(timeout=10)
