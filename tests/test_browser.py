"""The built site in a real browser (Debian's chromium driven by Playwright), served on localhost."""

from __future__ import annotations

from pathlib import Path

import pytest

from browser import browser_page, browser_tests, serve_folder
from conftest import make_project, run

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"

pytestmark = browser_tests()


@pytest.fixture(scope="module")
def site_url(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("clone") / "p", with_repo_content=True)
    assert run(project, "build").exit_code == 0
    with serve_folder(project / "site") as url:
        yield url


def test_home_page_loads_without_console_errors(site_url):
    ARTIFACTS.mkdir(exist_ok=True)
    with browser_page() as page:
        errors = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(site_url)
        assert "Chronology" in page.locator("h1").first.inner_text()
        page.screenshot(path=str(ARTIFACTS / "home.png"), full_page=False)
        assert errors == []


def test_search_finds_an_actor_by_an_alias(site_url):
    with browser_page() as page:
        page.goto(site_url, wait_until="networkidle")  # the search index is loaded by then
        search = page.locator(".md-search__input").first
        search.click()
        search.press_sequentially("OSDH", delay=80)  # typed as a reader types: search runs on keystrokes
        page.locator(".md-search-result__item").first.wait_for(timeout=15000)
        assert "Syrian Observatory for Human Rights" in page.locator(".md-search-result").inner_text()


@pytest.mark.parametrize("path, name", [("actors/russia/", "actor"), ("agreements/moscow-protocol-2020/", "agreement"),
                                        ("sources/", "sources")])
def test_record_pages_render_and_are_saved_as_screenshots(site_url, path, name):
    ARTIFACTS.mkdir(exist_ok=True)
    with browser_page() as page:
        page.goto(site_url + path)
        assert page.locator("h1").first.is_visible()
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def test_pages_work_on_a_phone_width_screen(site_url):
    with browser_page(width=390, height=844) as page:
        page.goto(site_url + "actors/russia/")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, "no horizontal scrolling on a phone"
