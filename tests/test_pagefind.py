"""`chronology build --search pagefind`: for large archives the site gets a chunked Pagefind index
instead of Material's one-file index, with a Search page that works offline from a local server."""

from __future__ import annotations

import json

import pytest

from browser import browser_page, browser_tests, serve_folder
from conftest import make_project, run


@pytest.fixture(scope="module")
def pagefind_site(tmp_path_factory):
    import pagefind  # noqa: F401  (in the test extras: a missing install must fail, not skip)
    project = make_project(tmp_path_factory.mktemp("pagefind") / "p", with_repo_content=True)
    result = run(project, "build", "--search", "pagefind")
    assert result.exit_code == 0, result.output
    return project / "site"


def test_the_site_has_a_chunked_index_and_no_single_file_index(pagefind_site):
    assert (pagefind_site / "pagefind" / "pagefind-entry.json").exists()
    entry = json.loads((pagefind_site / "pagefind" / "pagefind-entry.json").read_text())
    assert entry["languages"], "pages were indexed"
    assert not (pagefind_site / "search" / "search_index.json").exists()
    assert (pagefind_site / "search" / "index.html").exists()
    home = (pagefind_site / "index.html").read_text()
    assert 'href="search/"' in home, "the Search page is in the navigation"


def test_a_bad_search_setting_in_mkdocs_yml_is_a_clear_error(tmp_path):
    project = make_project(tmp_path / "p", with_repo_content=True)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text() + "\nextra:\n  chronology:\n    search: lunr\n")
    result = run(project, "build", "--no-extract")
    assert result.exit_code == 1
    assert "extra.chronology.search is 'lunr'; use one of: material, pagefind" in result.output


@browser_tests()
def test_searching_finds_an_actor_by_an_alias_with_no_network(pagefind_site):
    with serve_folder(pagefind_site) as url, browser_page() as page:
        outside = []
        page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(url) else None)
        page.goto(url + "search/", wait_until="networkidle")
        box = page.locator(".pagefind-ui__search-input")
        box.click()
        box.press_sequentially("OSDH", delay=80)
        page.locator(".pagefind-ui__result").first.wait_for(timeout=15000)
        assert "Syrian Observatory for Human Rights" in page.locator(".pagefind-ui__results").inner_text()
        assert outside == [], "everything comes from the site itself"


def test_a_site_that_outgrew_materials_index_is_told_about_pagefind(tmp_path, monkeypatch, pagefind_site):
    import generator.build

    # The seeds' index is small: pretend the limit is lower than it, as for a large archive.
    monkeypatch.setattr(generator.build, "SEARCH_INDEX_ADVICE_BYTES", 1000)
    project = make_project(tmp_path / "p", with_repo_content=True)
    result = run(project, "build", "--no-extract")
    assert result.exit_code == 0, result.output
    size = (project / "site" / "search" / "search_index.json").stat().st_size
    assert f"note: the search index is {size / 1e6:.1f} MB" in result.stderr
    assert "--search pagefind" in result.stderr
    # with Pagefind there is no one-file index, so nothing to advise
    again = run(pagefind_site.parent, "build", "--no-extract", "--search", "pagefind")
    assert again.exit_code == 0 and "note: the search index" not in again.stderr


def test_repeated_text_is_left_out_of_the_pagefind_index(pagefind_site):
    """The article text on a source page and the event lists on actor, place and source pages
    repeat what the timeline holds: Pagefind skips them (its indexer's memory halves at scale)."""
    source = next((pagefind_site / "sources").glob("*/index.html")).read_text(encoding="utf-8")
    article = source.split('id="the-article"', 1)[1]
    assert article.split("</h2>", 1)[1].startswith("<div data-pagefind-ignore>")
    events = source.split('id="events-from-this-article"', 1)[1].split("</h2>", 1)[1]
    assert events.startswith("<div data-pagefind-ignore>") and "<mark" not in events.split("</div>", 1)[0]
    russia = (pagefind_site / "actors" / "russia" / "index.html").read_text(encoding="utf-8")
    assert russia.split('id="events"', 1)[1].split("</h2>", 1)[1].startswith("<div data-pagefind-ignore>")
    assert "data-pagefind-ignore" not in (pagefind_site / "timeline" / "2020" / "index.html").read_text(encoding="utf-8")
