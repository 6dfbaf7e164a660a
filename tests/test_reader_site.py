"""The reader's site in a browser: the visual timeline zooms, quotes lead to their events, the
pages pass an accessibility check, and screenshots of the main pages are saved."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from browser import browser_page, browser_tests, serve_folder
from conftest import make_project, run

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"

pytestmark = browser_tests()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("clone") / "p", with_repo_content=True)
    assert run(project, "build").exit_code == 0
    with serve_folder(project / "site") as url:
        yield project, url


def test_the_visual_timeline_renders_and_zooms_from_years_towards_days(built):
    project, url = built
    with browser_page() as page:
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(url + "timeline/visual/", wait_until="networkidle")
        timeline = page.locator(".chronology-timeline")
        page.locator(".chronology-timeline__event").first.wait_for()
        assert int(timeline.get_attribute("data-shown")) > 0
        first, last = timeline.get_attribute("data-domain").split("/")
        ticks = page.locator(".chronology-timeline__tick").all_text_contents()
        assert all(re.fullmatch(r"\d{4}", t) for t in ticks), "the whole period is labelled in years"
        for _ in range(5):
            page.get_by_role("button", name="Zoom in").click()
        zoomed_first, zoomed_last = timeline.get_attribute("data-domain").split("/")
        assert zoomed_first > first and zoomed_last < last
        assert not all(re.fullmatch(r"\d{4}", t) for t in page.locator(".chronology-timeline__tick").all_text_contents())
        page.get_by_role("button", name="Whole period").click()
        assert timeline.get_attribute("data-domain") == f"{first}/{last}"
        page.screenshot(path=str(ARTIFACTS / "visual-timeline.png"))
        assert errors == []


def test_lanes_can_be_grouped_by_actor(built):
    _, url = built
    with browser_page() as page:
        page.goto(url + "timeline/visual/", wait_until="networkidle")
        page.locator(".chronology-timeline__event").first.wait_for()
        by_type = page.locator(".chronology-timeline__label").all_text_contents()
        page.get_by_label("Group events by").select_option("actor")
        assert page.locator(".chronology-timeline__label").all_text_contents() != by_type


def test_a_source_page_highlights_a_quote_whose_link_leads_to_the_event(built):
    project, url = built
    with browser_page() as page:
        page.goto(url + "sources/", wait_until="networkidle")
        sources = page.locator("article table a").all()
        for source in sources:  # the first article with a highlighted quote
            page.goto(url + "sources/", wait_until="networkidle")
            page.locator("article table a", has_text=source.inner_text()).first.click()
            if page.locator("mark a").count():
                break
        mark = page.locator("mark a").first
        quote = mark.inner_text()
        href = mark.get_attribute("href")
        event_id = href.split("#")[1]
        mark.click()
        page.wait_for_load_state()
        assert page.url.endswith("#" + event_id)
        heading = page.locator(f'[id="{event_id}"]')
        assert heading.is_visible()
        entry = page.locator("article").inner_text()
        assert " ".join(quote.split()) in " ".join(entry.split()), "the event shows the quote it came from"


@pytest.mark.parametrize("path, name", [
    ("", "home"), ("timeline/2020/", "year"), ("actors/russia/", "actor"),
    ("agreements/moscow-protocol-2020/", "agreement"), ("places/map/", "map"),
])
def test_main_pages_pass_an_accessibility_check_and_are_saved_as_screenshots(built, path, name):
    from axe_playwright_python.sync_playwright import Axe

    ARTIFACTS.mkdir(exist_ok=True)
    _, url = built
    with browser_page() as page:
        page.goto(url + path, wait_until="networkidle")
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=name == "map")
        violations = Axe().run(page).response["violations"]
        serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in violations
                   if v["impact"] in ("serious", "critical", "moderate")]
        assert serious == []


def test_the_map_draws_places_with_coordinates_and_links_them(built):
    project, url = built
    with browser_page() as page:
        page.goto(url + "places/map/", wait_until="networkidle")
        points = page.locator(".chronology-map a")
        assert points.count() > 0
        href = points.first.get_attribute("href")
        page.goto(url + "places/map/" + href)
        assert page.locator("h1").first.is_visible()
