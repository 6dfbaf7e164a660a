"""Issue 7, output safety, in a real browser: a site built from records (and an article) full of
<script>, javascript: links, <img onerror>, Markdown links and Jinja syntax in every free-text
field. On every generated page no dialog opens, no injected script runs, no javascript: link
exists, and the hostile text is shown as typed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from browser import browser_page, browser_tests, serve_folder
from conftest import make_project, run

pytestmark = browser_tests()


def payload(field: str) -> str:
    """Hostile text for one field; if any part of it runs, window.__pwned names the field."""
    return (f"<script>window.__pwned='{field}';alert('{field}')</script>"
            f"<img src=x onerror=\"window.__pwned='{field}'\">"
            f" [{field} link](javascript:window.__pwned='{field}') **{field}** {{{{ 7*7 }}}} {{% if true %}}jinja{{% endif %}}"
            f" <a href=\"javascript:window.__pwned='{field}'\">a</a> `{field}` <!-- {field}")


def q(text: str) -> str:
    """text as a YAML double-quoted scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


ARTICLE = (payload("article-title") + "\n\n6 June 2020\n\n"
           + payload("article-quote") + " Government forces shelled the town on Wednesday.\n\n"
           + "Another line of the article with " + payload("article-body") + "\n")


def hostile_project(root: Path) -> Path:
    from generator.store import sha256_text

    project = make_project(root)
    for folder in ("actors", "places", "agreements"):  # only our own records: fewer pages to visit
        shutil.rmtree(project / "content" / folder)
    records = {
        "sources/evil-source.yml": f"""id: evil-source
file: seeds/evil-source.txt
sha256: {sha256_text(ARTICLE)}
title: {q(payload("source-title"))}
publisher: {q(payload("publisher"))}
url: https://example.org/a?b=1&c={{{{7*7}}}}#x
published: '2020-06-06'
published_basis: stated
published_evidence: {q(payload("published-evidence"))}
notes: {q(payload("source-notes"))}
""",
        "actors/evil-actor.yml": f"""id: evil-actor
name: {q(payload("actor-name")[:300])}
aliases:
- {q(payload("actor-alias")[:300])}
kind: armed-group
description: {q(payload("actor-description"))}
notes: {q(payload("actor-notes"))}
""",
        "places/evil-place.yml": f"""id: evil-place
name: {q(payload("place-name")[:300])}
aliases:
- {q(payload("place-alias")[:300])}
kind: town
lat: 35.9
lon: 36.6
notes: {q(payload("place-notes"))}
""",
        "agreements/evil-agreement.yml": f"""id: evil-agreement
name: {q(payload("agreement-name")[:300])}
aliases:
- {q(payload("agreement-alias")[:300])}
kind: ceasefire
signed: '2020-03-05'
in_force: '2020-03-06'
parties:
- evil-actor
guarantors: []
provisions:
- {q(payload("provision"))}
status: {q(payload("agreement-status"))}
sources:
- source: evil-source
  quote: {q(payload("article-body"))}
notes: {q(payload("agreement-notes"))}
""",
        "events/2020/evil-event.yml": f"""id: evil-event
date: '2020-06-03'
date_text: {q(payload("date-text"))}
title: {q(payload("event-title")[:300])}
summary: {q(payload("event-summary"))}
type: shelling
actors:
- evil-actor
places:
- evil-place
agreements:
- evil-agreement
fatalities:
  count: 3
  who: {q(payload("fatalities-who"))}
  qualifier: at least
sources:
- source: evil-source
  quote: {q(payload("article-quote") + " Government forces shelled the town on Wednesday.")}
notes: {q(payload("event-notes"))}
""",
        "events/undated/evil-undated.yml": f"""id: evil-undated
date: null
date_reason: {q(payload("date-reason"))}
title: {q(payload("undated-title")[:300])}
summary: {q(payload("undated-summary"))}
type: other
sources:
- source: evil-source
  quote: {q(payload("article-quote"))}
""",
    }
    for relpath, text in records.items():
        path = project / "content" / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (project / "seeds" / "evil-source.txt").write_text(ARTICLE, encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    project = hostile_project(tmp_path_factory.mktemp("hostile") / "p")
    result = run(project, "validate")
    assert result.exit_code == 0, result.output
    result = run(project, "build", "--no-extract")
    assert result.exit_code == 0, result.output
    with serve_folder(project / "site") as url:
        yield project / "site", url


INSPECT = """() => {
  const bad = [];
  for (const a of document.querySelectorAll('a[href]'))
    if (a.getAttribute('href').trim().toLowerCase().startsWith('javascript:')) bad.push('javascript link: ' + a.outerHTML.slice(0, 120));
  for (const el of document.querySelectorAll('*'))
    for (const attr of el.attributes)
      if (attr.name.startsWith('on') && attr.value.includes('__pwned')) bad.push('handler: ' + el.outerHTML.slice(0, 120));
  for (const s of document.scripts)
    if (s.textContent.includes('__pwned') && !s.src && s.type !== 'application/json') bad.push('script: ' + s.textContent.slice(0, 120));
  for (const img of document.images)
    if (img.getAttribute('src') === 'x') bad.push('img: ' + img.outerHTML.slice(0, 120));
  return {bad, pwned: window.__pwned || null, text: document.body.innerText};
}"""


def test_no_page_of_a_hostile_site_runs_injected_code_and_the_text_shows_as_typed(hostile_site):
    site, url = hostile_site
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    assert len(pages) >= 10
    problems: list[str] = []
    shown: dict[str, str] = {}
    with browser_page() as page:
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        for relpath in pages:
            page.goto(url + relpath, wait_until="load")
            page.wait_for_timeout(50)  # let onerror handlers and page scripts run
            found = page.evaluate(INSPECT)
            if found["pwned"]:
                problems.append(f"{relpath}: injected code ran (window.__pwned = {found['pwned']!r})")
            problems += [f"{relpath}: {b}" for b in found["bad"]]
            shown[relpath] = found["text"]
        # Material's search renders results from the index: search for the payload too.
        page.goto(url, wait_until="networkidle")
        page.locator(".md-search__input").first.fill("window.__pwned script")
        page.wait_for_timeout(1000)
        if page.evaluate("window.__pwned || null"):
            problems.append("search results ran injected code")
        problems += [f"dialog opened: {m}" for m in dialogs]
    def text_of(relpath: str) -> str:
        return " ".join(shown[relpath].split())

    expected = {  # page -> fields whose hostile text it shows, as typed
        "actors/evil-actor/index.html": ["actor-name", "actor-description"],
        "places/evil-place/index.html": ["place-name"],
        "agreements/evil-agreement/index.html": ["agreement-name", "provision", "agreement-status"],
        "timeline/2020/index.html": ["event-title", "event-summary"],
        "sources/evil-source/index.html": ["source-title", "article-quote", "article-body"],
        "timeline/undated/index.html": ["undated-title", "date-reason"],
    }
    missing = []
    for relpath, fields in expected.items():
        assert relpath in shown, sorted(shown)
        text = text_of(relpath)
        for field in fields:
            stored = payload(field)[:300] if field.endswith(("-name", "-title")) and field != "source-title" else payload(field)
            for part in (f"<script>window.__pwned='{field}'", f"[{field} link](javascript:", f"**{field}**",
                         "{{ 7*7 }}", "{% if true %}jinja{% endif %}", f"`{field}`"):
                if part in stored and part not in text:
                    missing.append(f"{relpath}: {field}: {part!r} is not shown as typed")
    known = [p for p in problems + missing if any(p.startswith(k) for k in KNOWN_RENDER_BUGS)]
    unknown = [p for p in problems + missing if p not in known]
    assert not unknown, "\n".join(unknown[:30])
    if known:  # reported to the owner of render.py; see the focused test below
        pytest.xfail("known render.py bug: " + "; ".join(known))


# Findings in files this hardening work does not own (generator/render.py): reported with the
# focused failing test below. When render.py is fixed, delete the entry and the xfail marker.
KNOWN_RENDER_BUGS: dict[str, str] = {}  # start of a problem line -> what is wrong (none known)


def test_an_event_title_with_a_backtick_and_a_markdown_link_stays_text_on_the_source_page(tmp_path):
    """Minimal case: an event whose title has one backtick and a Markdown link, quoting an article."""
    from generator.store import sha256_text

    article = "A report\n\n6 June 2020\n\nGovernment forces shelled the town of Saraqib on Wednesday.\n"
    project = make_project(tmp_path / "p", {"report.txt": article})
    (project / "content" / "sources").mkdir()
    (project / "content" / "sources" / "report.yml").write_text(
        f"id: report\nfile: seeds/report.txt\nsha256: {sha256_text(article)}\ntitle: A report\n"
        "published: '2020-06-06'\npublished_basis: stated\n")
    (project / "content" / "events" / "2020").mkdir(parents=True)
    (project / "content" / "events" / "2020" / "x.yml").write_text(
        "id: x\ndate: '2020-06-03'\ntitle: \"`tick [click](javascript:alert(1))\"\ntype: shelling\n"
        "sources:\n- source: report\n  quote: Government forces shelled the town of Saraqib\n")
    assert run(project, "build", "--no-extract").exit_code == 0
    html = (project / "site" / "sources" / "report" / "index.html").read_text(encoding="utf-8")
    assert 'href="javascript:' not in html
