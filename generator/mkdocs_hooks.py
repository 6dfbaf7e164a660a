"""MkDocs hooks (listed under `hooks:` in mkdocs.yml).

- The edit button of each generated page points at the YAML file behind it (front matter
  `edit_path`), not at the generated Markdown, which nobody should edit.
- Under `chronology serve`, each rebuild first re-renders the Markdown from content/, so editing
  a YAML file or a template shows up in the browser.
- MkDocs converts every page before it writes any, so all the site's HTML sits in memory at
  once (2.5 GB at 10,000 articles). Each page's HTML is kept compressed from its conversion until
  its turn to be written (about a sixth of the size), and let go once written.
"""

from __future__ import annotations

import os
import re
import zlib
from pathlib import Path

from mkdocs.plugins import event_priority

RENDER_ON_BUILD = "CHRONOLOGY_RENDER_ON_BUILD"


def on_pre_build(config, **kwargs):
    if os.environ.get(RENDER_ON_BUILD) != "1":
        return
    from generator.build import render_for_serve

    render_for_serve(Path(config["config_file_path"]).parent)


def on_page_markdown(markdown, page, config, files, **kwargs):
    edit_path = page.meta.get("edit_path")
    if edit_path:
        from generator.render import edit_url

        page.edit_url = edit_url(config.get("repo_url"), config.get("edit_uri"), str(edit_path))
    return markdown


class _Compressed(str):
    """Stands for a page's HTML between conversion and writing (a str, so nothing breaks if
    another plugin looks at it; the HTML itself is in .data)."""

    data: bytes


# Sections that repeat, for search, what the timeline pages already hold: the article text on a
# source page (Material's search skips it through the heading's data-search-exclude) and the
# lists of event links on actor, place and source pages. Pagefind skips them too: at 10,000
# articles its indexer needed 4.9 GB with them, 2.3 GB without.
_REPEATED_SECTION = re.compile(r'<h2\b[^>]*\bid="(?:the-article|events|events-from-this-article)"[^>]*>.*?</h2>', re.S)


def _search_ignores_repeats(html: str) -> str:
    out, done = [], 0
    for heading in _REPEATED_SECTION.finditer(html):
        end = html.find("<h2", heading.end())
        end = len(html) if end < 0 else end
        out += [html[done:heading.end()], "<div data-pagefind-ignore>", html[heading.end():end], "</div>"]
        done = end
    return "".join(out) + html[done:]


@event_priority(-100)  # after every plugin that reads or changes the HTML
def on_page_content(html, page, config, files, **kwargs):
    if "/" not in page.file.src_uri:
        return html  # the few top pages, among them the tags index Material fills in later
    if page.file.src_uri.startswith(("sources/", "places/", "actors/")):
        html = _search_ignores_repeats(html)

    packed = _Compressed("")
    packed.data = zlib.compress(html.encode("utf-8"), 1)
    return packed


@event_priority(100)  # before every plugin (search) that reads the HTML
def on_page_context(context, page, config, nav, **kwargs):
    if isinstance(page.content, _Compressed):
        page.content = zlib.decompress(page.content.data).decode("utf-8")
    return context


@event_priority(-100)
def on_post_page(output, page, config, **kwargs):
    page.content = None  # written: MkDocs does not need it again
    return output
