"""`chronology serve`: a live preview where editing a YAML file in content/ re-renders the page."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

from conftest import make_project


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def wait_for(condition, seconds: float):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.3)
    return None


def test_editing_a_yaml_file_updates_the_served_page(tmp_path):
    project = make_project(tmp_path / "p")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "generator.cli", "--project", str(project), "serve", "--dev-addr", f"127.0.0.1:{port}"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        url = f"http://127.0.0.1:{port}/actors/turkey/"
        page = wait_for(lambda: fetch(url), 60)
        assert page and "Turkey" in page
        assert "livereload" in page, "the served page reloads itself when the site is rebuilt"
        actor = project / "content" / "actors" / "turkey.yml"
        actor.write_text(actor.read_text(encoding="utf-8") + "description: Edited while the preview was running.\n", encoding="utf-8")
        assert wait_for(lambda: "Edited while the preview was running." in (fetch(url) or ""), 30)
        # A broken file does not stop the preview: the problem is printed and the last good page stays.
        actor.write_text("id: turkey\nname: [unclosed\n", encoding="utf-8")
        time.sleep(3)
        assert "Edited while the preview was running." in (fetch(url) or "")
    finally:
        server.terminate()
        output = server.communicate(timeout=10)[0]
    assert "content/actors/turkey.yml:" in output
