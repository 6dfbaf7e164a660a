"""Helpers for browser checks: serve a built site on localhost and drive Debian's chromium with
Playwright (never a downloaded browser)."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import threading
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def chromium_missing_reason() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is not installed (apt-get install chromium; scripts/test.sh does it as root)"
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[test]')"
    return None


@contextlib.contextmanager
def serve_folder(folder: Path):
    """http://127.0.0.1:<port>/ serving folder, for as long as the block runs."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def browser_page(width: int = 1280, height: int = 900):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            yield page
        finally:
            browser.close()


def must_have_browser() -> bool:
    """In CI the browser checks must run, not skip."""
    return os.environ.get("CI", "").lower() in ("1", "true", "yes") or shutil.which("chromium") is not None


def browser_tests():
    """The pytest mark for a module of browser checks: skipped where chromium cannot run, but an
    error in CI, where a skipped check would hide a missing install step."""
    import pytest

    reason = chromium_missing_reason()
    if reason and must_have_browser():
        raise RuntimeError(f"browser checks cannot run: {reason}")
    return pytest.mark.skipif(reason is not None, reason=reason or "")
