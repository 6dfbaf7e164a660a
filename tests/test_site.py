"""The site built from a fresh clone: every kind of page exists, pages link both ways, every
internal link and anchor resolves, and text from YAML never becomes markup."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from browser import browser_tests
from conftest import make_project, run


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])


def parse(path: Path) -> _Links:
    links = _Links()
    links.feed(path.read_text(encoding="utf-8"))
    return links


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    project = make_project(tmp_path_factory.mktemp("clone") / "p", with_repo_content=True)
    result = run(project, "build", "--strict")
    assert result.exit_code == 0, result.output
    assert re.search(r"Built site/ from \d+ articles: \d+ events, \d+ pages in [\d.]+ s", result.output)
    return project


def test_every_kind_of_page_exists(built):
    site = built / "site"
    content = built / "content"
    assert (site / "index.html").exists()
    for year in {p.parent.name for p in (content / "events").rglob("*.yml")} - {"undated"}:
        assert (site / "timeline" / year / "index.html").exists()
    for folder in ("actors", "places", "agreements", "sources"):
        for record in (content / folder).glob("*.yml"):
            assert (site / folder / record.stem / "index.html").exists(), record


def test_every_internal_link_and_anchor_resolves(built):
    site = built / "site"
    pages = {p: parse(p) for p in site.rglob("*.html")}
    broken = []
    for page, links in pages.items():
        if page.name == "404.html":
            continue  # served for any missing path, so MkDocs gives it root-relative links
        for href in links.hrefs:
            parts = urlsplit(href)
            if parts.scheme or href.startswith(("mailto:", "//")):
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(site)} -> {href}")
            elif parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in pages[target].ids:
                broken.append(f"{page.relative_to(site)} -> {href} (no such anchor)")
    assert not broken, "\n".join(broken[:20])


def test_records_link_both_ways(built):
    site = built / "site"
    year_pages = list((site / "timeline").glob("[0-9]*/index.html"))
    assert year_pages
    html = year_pages[0].read_text(encoding="utf-8")
    actor = re.search(r'href="\.\./\.\./actors/([a-z0-9-]+)/"', html)
    assert actor, "an event on the year page links to an actor page"
    actor_page = (site / "actors" / actor.group(1) / "index.html").read_text(encoding="utf-8")
    assert "../../timeline/" in actor_page, "the actor page links back to the timeline"


def test_every_page_has_an_edit_link_to_its_yaml_file(built):
    page = (built / "site" / "actors" / "russia" / "index.html").read_text(encoding="utf-8")
    assert "/edit/main/content/actors/russia.yml" in page


def test_the_site_needs_no_cdn(built):
    page = (built / "site" / "index.html").read_text(encoding="utf-8")
    assert "fonts.googleapis.com" not in page and "fonts.gstatic.com" not in page
    assert not re.search(r'<script[^>]+src="https?://', page)


def test_text_from_yaml_is_shown_as_typed_never_as_markup(tmp_path):
    project = make_project(tmp_path / "p")
    hostile = "<script>alert(1)</script> [click](javascript:alert(2)) **bold** {{ 7*7 }} {% raw %} | a | ~~x~~"
    actor = project / "content" / "actors" / "evil.yml"
    actor.write_text("id: evil\nname: " + repr(hostile).replace("\\\\", "\\") + "\nkind: person\ndescription: '<img src=x onerror=alert(3)>'\n")
    assert run(project, "validate").exit_code == 0
    assert run(project, "build", "--no-extract").exit_code == 0
    page = (project / "site" / "actors" / "evil" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page
    assert "<img src=x" not in page
    assert 'href="javascript:' not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "{{ 7*7 }}" in page and "49" not in page.split("evil")[0][-200:]
    assert "**bold**" in page


def test_hostile_event_titles_and_quotes_stay_text_in_headings_toc_and_source_pages(tmp_path):
    from generator.store import sha256_text

    article = "A <b>report</b>\n\n6 June 2020\n\n<script>alert('quote')</script> shelled [Saraqib](javascript:x) on Wednesday.\n"
    project = make_project(tmp_path / "p", {"hostile.txt": article})
    (project / "content" / "sources").mkdir()
    (project / "content" / "sources" / "hostile.yml").write_text(
        f"id: hostile\nfile: seeds/hostile.txt\nsha256: {sha256_text(article)}\ntitle: A <b>report</b>\n"
        "published: '2020-06-06'\npublished_basis: stated\n")
    (project / "content" / "events" / "2020").mkdir(parents=True)
    (project / "content" / "events" / "2020" / "x.yml").write_text(
        "id: x\ndate: '2020-06-03'\ntitle: <img src=x onerror=alert(1)> `code`\n"
        "type: shelling\nsources:\n- source: hostile\n  quote: \"<script>alert('quote')</script> shelled [Saraqib](javascript:x)\"\n")
    assert run(project, "validate").exit_code == 0
    assert run(project, "build", "--no-extract").exit_code == 0
    for page in (project / "site" / "timeline" / "2020" / "index.html", project / "site" / "sources" / "hostile" / "index.html"):
        html = page.read_text(encoding="utf-8")
        assert "<img src=x" not in html and "<script>alert('quote')" not in html and "<b>report" not in html, page
        assert 'href="javascript:' not in html
    timeline = (project / "site" / "timeline" / "2020" / "index.html").read_text(encoding="utf-8")
    assert "&lt;img src&#61;x onerror&#61;alert(1)&gt;" in timeline  # shown as typed


def published_events(project: Path) -> list[dict]:
    import yaml

    events = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in (project / "content" / "events").rglob("*.yml")]
    return [e for e in events if e.get("review") != "rejected"]


def test_the_exports_load_with_one_row_per_event(built):
    import csv
    import json
    import xml.etree.ElementTree as ET

    data = built / "site" / "data"
    events = published_events(built)
    with open(data / "events.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(events)
    assert {"event_date", "time_precision", "event_type", "actor1", "admin1", "latitude", "longitude", "fatalities", "sources"} <= set(rows[0])
    assert {r["event_id"] for r in rows} == {e["id"] for e in events}
    for row in rows:  # the precision column says how much of the date is known, never more
        assert row["time_precision"] == {10: "day", 7: "month", 4: "year", 0: ""}[len(row["event_date"])]
    as_json = json.loads((data / "events.json").read_text(encoding="utf-8"))
    assert len(as_json) == len(events) and all(e["sources"][0]["quote"] for e in as_json)
    feed = ET.parse(data / "feed.xml").getroot()
    entries = feed.findall("{http://www.w3.org/2005/Atom}entry")
    assert 0 < len(entries) <= 50
    timeline = json.loads((data / "timeline.json").read_text(encoding="utf-8"))
    assert len(timeline["events"]) == sum(1 for e in events if e["date"])
    assert all("headline" in era["text"] for era in timeline["eras"])


def test_exports_link_to_permanent_event_anchors(built):
    import json

    for event in json.loads((built / "site" / "data" / "events.json").read_text(encoding="utf-8")):
        page, anchor = event["url"].split("#")
        html = (built / "site" / page / "index.html").read_text(encoding="utf-8")
        assert f'id="{anchor}"' in html


def test_every_page_edit_button_opens_a_file_or_folder_that_exists_in_the_repository(built):
    from conftest import REPO

    missing = []
    for page in (built / "site").rglob("index.html"):
        match = re.search(r'href="https://github\.com/[^/]+/[^/]+/(?:edit|tree)/main/([^"]+)" title="Edit this page"',
                          page.read_text(encoding="utf-8"))
        assert match, f"{page} has no edit button"
        if not (built / match.group(1)).exists() and not (REPO / match.group(1)).exists():
            missing.append(f"{page.relative_to(built)} -> {match.group(1)}")
    assert not missing, missing


def test_a_busy_year_is_split_into_months_and_a_busy_month_into_days_and_every_link_resolves(tmp_path, monkeypatch):
    """No page grows without bound: a year with more events than the limit links to one page per
    month, a month over the limit to one page per day; every event's address follows it."""
    import json

    from generator import render

    project = make_project(tmp_path / "clone", with_repo_content=True)
    monkeypatch.setattr(render, "FULL_YEAR_PAGE_LIMIT", 1)
    assert run(project, "build", "--no-extract", "--strict").exit_code == 0  # strict: every link and anchor resolves
    timeline = project / "site" / "timeline"
    months = sorted(p.name for p in timeline.glob("[0-9][0-9][0-9][0-9]-[0-9][0-9]"))
    days = sorted(p.name for p in timeline.glob("[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"))
    assert months and days, "with a limit of one event, busy years and months are split"
    year_page = (timeline / months[0][:4] / "index.html").read_text(encoding="utf-8")
    assert f'href="../{months[0]}/"' in year_page, "the year page links to its months"
    for event in json.loads((project / "site" / "data" / "events.json").read_text(encoding="utf-8")):
        page, anchor = event["url"].split("#")
        html = (project / "site" / page / "index.html").read_text(encoding="utf-8")
        assert f'id="{anchor}"' in html, event["url"]
    assert any(e["url"].startswith(f"timeline/{days[0]}/#") for e in json.loads(
        (project / "site" / "data" / "events.json").read_text(encoding="utf-8"))), "day pages hold their events"
    # The tags index lists every tagged page under each tag: only year pages (and actors and
    # agreements, by kind) carry tags, so neither month and day pages nor places inflate it.
    tags_index = (project / "site" / "tags" / "index.html").read_text(encoding="utf-8")
    tags_index = tags_index.split("<article", 1)[1].split("</article>", 1)[0]  # the listing, not the navigation
    assert f'href="../timeline/{months[0][:4]}/"' in tags_index, "a split year keeps its year's tags"
    assert f'href="../timeline/{months[0]}/"' not in tags_index
    assert not re.search(r'href="\.\./places/[^"]+/"', tags_index), "place pages carry no tags"


def test_article_texts_stay_out_of_the_search_index_but_on_their_source_pages(built):
    import json

    index = json.loads((built / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    indexed = " ".join(doc["text"] for doc in index["docs"] if doc["location"].startswith("sources/"))
    source = next((built / "content" / "sources").glob("*.yml"))
    page = (built / "site" / "sources" / source.stem / "index.html").read_text(encoding="utf-8")
    assert 'id="the-article"' in page, "the source page still shows the article"
    article_heading = [d for d in index["docs"] if d["location"].startswith(f"sources/{source.stem}/#the-article")]
    assert not article_heading, "the article's full text is not indexed (its quotes are, with their events)"
    assert len(indexed) < 20000


def test_many_undated_events_are_split_by_the_month_they_were_reported_and_every_link_resolves(tmp_path, monkeypatch):
    """No page grows without bound: past the limit, undated events move to one page per month of
    publication of their source (per event type inside a busy month), and their addresses follow."""
    import json

    from generator import render

    project = make_project(tmp_path / "clone", with_repo_content=True)
    monkeypatch.setattr(render, "FULL_YEAR_PAGE_LIMIT", 1)
    assert run(project, "build", "--no-extract", "--strict").exit_code == 0  # strict: every link and anchor resolves
    timeline = project / "site" / "timeline"
    groups = sorted(p.name for p in timeline.glob("undated-*"))
    assert groups and all(re.fullmatch(r"undated-(\d{4}-\d{2}|unknown)(-[a-z-]+)?", g) for g in groups), groups
    undated_index = (timeline / "undated" / "index.html").read_text(encoding="utf-8")
    assert "reported by sources of unknown date" in undated_index
    for event in json.loads((project / "site" / "data" / "events.json").read_text(encoding="utf-8")):
        if event["date"] is None:
            page, anchor = event["url"].split("#")
            assert page.startswith("timeline/undated-"), event["url"]
            assert f'id="{anchor}"' in (project / "site" / page / "index.html").read_text(encoding="utf-8")


def test_an_actor_in_very_many_events_lists_them_on_a_page_per_year(tmp_path, monkeypatch):
    from generator import render

    project = make_project(tmp_path / "clone", with_repo_content=True)
    monkeypatch.setattr(render, "RECORD_EVENTS_LIMIT", 1)
    assert run(project, "build", "--no-extract", "--strict").exit_code == 0  # strict: every link resolves
    russia = project / "site" / "actors" / "russia"
    years = sorted(p.name for p in russia.iterdir() if p.is_dir())
    assert years, "Russia is in more events than the limit"
    page = (russia / "index.html").read_text(encoding="utf-8")
    assert "Too many to list on one page; by year" in page and f'href="{years[0]}/"' in page
    year_page = (russia / years[0] / "index.html").read_text(encoding="utf-8")
    assert "<li>" in year_page and "Russia in " in year_page


@browser_tests()
def test_a_link_to_an_event_on_its_year_page_still_works_after_the_year_is_split(tmp_path, monkeypatch):
    """Event addresses are permanent: …/timeline/2020/#event keeps leading to the event after its
    entry moved to a month or day page (the year page sends the reader on)."""
    import json

    from browser import browser_page, serve_folder
    from generator import render

    project = make_project(tmp_path / "clone", with_repo_content=True)
    monkeypatch.setattr(render, "FULL_YEAR_PAGE_LIMIT", 1)
    assert run(project, "build", "--no-extract", "--strict").exit_code == 0
    events = json.loads((project / "site" / "data" / "events.json").read_text(encoding="utf-8"))
    moved = next(e for e in events if e["date"] and e["precision"] == "day")
    old_link = f"timeline/{moved['date'][:4]}/#{moved['id']}"
    assert moved["url"] != old_link, "the entry moved off the year page"
    with serve_folder(project / "site") as url, browser_page() as page:
        page.goto(url + old_link)
        page.wait_for_url(url + moved["url"], timeout=15000)
        assert page.locator(f"[id='{moved['id']}']").count() == 1


def test_indexes_records_and_agreements_stay_bounded_and_every_link_resolves(tmp_path, monkeypatch):
    """Past their limits, the index pages link to one page per letter (sources: per year), an
    agreement's life goes by year and what the sources say about it becomes a table; the strict
    build proves every link and anchor of those pages resolves."""
    from generator import render

    project = make_project(tmp_path / "clone", with_repo_content=True)
    monkeypatch.setattr(render, "INDEX_LIMIT", 1)
    monkeypatch.setattr(render, "RECORD_EVENTS_LIMIT", 1)
    monkeypatch.setattr(render, "CLAIMS_LIMIT", 1)
    assert run(project, "build", "--no-extract", "--strict").exit_code == 0
    site = project / "site"
    sources = (site / "sources" / "index.html").read_text(encoding="utf-8")
    assert "Too many sources for one page; by year of publication" in sources
    assert 'href="index/2020/"' in sources and 'href="index/undated/"' in sources
    assert (site / "sources" / "index" / "2020" / "index.html").exists()
    assert (site / "places" / "index" / "s" / "index.html").exists(), "places by first letter"
    moscow = (site / "agreements" / "moscow-protocol-2020" / "index.html").read_text(encoding="utf-8")
    assert "too many for one page; by year" in moscow and 'href="2020/"' in moscow
    assert "| What they say |" not in moscow and "<th>What they say</th>" in moscow
    assert (site / "agreements" / "moscow-protocol-2020" / "2020" / "index.html").exists()
