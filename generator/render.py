"""Stage 6, render: content records become Markdown pages through the Jinja2 templates in
site_templates/, written to build/docs/ where MkDocs (or its successor) picks them up.

Every value that comes from YAML or an article is escaped for Markdown and HTML by default
(Jinja's `finalize`), so a title containing `<script>` or `[a](javascript:…)` shows as typed.
Only values the templates build themselves (links, anchors) are marked safe.
"""

from __future__ import annotations

import calendar
import hashlib
import html
import json
import posixpath
import re
import shutil
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote as url_quote

import jinja2
from markupsafe import Markup

from .records import Event
from .ingest import ArticleProblem, lines_with_offsets, read_article_text
from .store import atomic_write
from .validate import Content, date_bounds

TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "site_templates"
OUTPUT_SUBDIR = Path("build") / "docs"

# Values are always inline (whitespace folded), so only what can start Markdown syntax inside a
# line is escaped: emphasis and code (* _ `), links and images ([ ]: without them "(", ")" and "!"
# mean nothing), attribute lists ({ }), and the backslash itself. Each escape costs Python-Markdown
# an inline node, so escaping less keeps MkDocs quicker on big pages. These others mean something
# to extensions (tables, emoji, marks) and become entities, with HTML escaping, in the same pass.
_MD_TRANSLATION = str.maketrans(
    {**{c: "\\" + c for c in "\\`*_{}[]"},
     "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;",
     "|": "&#124;", "~": "&#126;", "^": "&#94;", "=": "&#61;", ":": "&#58;", "$": "&#36;"})
_WHITESPACE_RUN = re.compile(r"\s+")
# ...and what a value at the start of a line would turn into a list, a heading or a quote.
_LINE_START = re.compile(r"^( *)(?:(\d+)\.|([-+#]))")


def md_escape(value: Any) -> str:
    """Text safe to put in Markdown: HTML escaped, Markdown punctuation neutralised, newlines
    folded (values are always shown inline)."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return str(value)
    text = _WHITESPACE_RUN.sub(" ", str(value))  # inline: newlines folded, but a space next to a highlight kept
    text = text.translate(_MD_TRANSLATION)
    # A value at the start of a line must not open a list or a heading ("1." "-" "+" "#"; ">" is &gt;).
    # (after a leading space too: " - " is a list item as well)
    return _LINE_START.sub(lambda m: m.group(1) + (f"{m.group(2)}\\." if m.group(2) else f"\\{m.group(3)}"), text)


# ---------------------------------------------------------------- what the site knows

@dataclass
class Site:
    """Content plus the cross-references every page needs, computed once."""

    content: Content
    repo_url: str | None
    edit_uri: str
    events: list[Event] = field(default_factory=list)  # published events, in chronological order
    by_actor: dict[str, list[Event]] = field(default_factory=lambda: defaultdict(list))
    by_place: dict[str, list[Event]] = field(default_factory=lambda: defaultdict(list))
    by_agreement: dict[str, list[Event]] = field(default_factory=lambda: defaultdict(list))
    by_source: dict[str, list[Event]] = field(default_factory=lambda: defaultdict(list))
    by_year: dict[str, list[Event]] = field(default_factory=lambda: defaultdict(list))
    # Looked up for every actor, place and source page, so indexed once (ids, sorted):
    members: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # actor -> affiliated actors
    agreements_of: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # actor -> party/guarantor of
    within: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # place -> places in it
    citing_agreements: dict[str, list] = field(default_factory=lambda: defaultdict(list))  # source -> agreements
    claims_of: dict[str, list] = field(default_factory=lambda: defaultdict(list))  # agreement -> [(source id, AgreementClaim)]
    timeline_parts: list["TimelinePart"] = field(default_factory=list)  # split pages of busy years
    undated_pages: dict[str, list[Event]] = field(default_factory=dict)  # page -> undated events on it
    _page_of_event: dict[str, str] = field(default_factory=dict)  # event id -> page of its full entry

    @classmethod
    def build(cls, content: Content, repo_url: str | None, edit_uri: str) -> "Site":
        site = cls(content=content, repo_url=repo_url, edit_uri=edit_uri)
        visible = [e for e in content.events.values() if e.review != "rejected"]
        site.events = sorted(visible, key=chronological_key)
        for event in site.events:
            for actor in event.actors:
                site.by_actor[actor].append(event)
            for place in event.places:
                site.by_place[place].append(event)
            for agreement in event.agreements:
                site.by_agreement[agreement].append(event)
            for quote in event.sources:
                if event not in site.by_source[quote.source]:
                    site.by_source[quote.source].append(event)
            site.by_year[year_of(event)].append(event)
        for actor in sorted(content.actors.values(), key=lambda a: a.id):
            if actor.affiliation:
                site.members[actor.affiliation].append(actor.id)
        for agreement in sorted(content.agreements.values(), key=lambda g: g.id):
            for actor_id in dict.fromkeys([*agreement.parties, *agreement.guarantors]):
                site.agreements_of[actor_id].append(agreement.id)
            for source_id in dict.fromkeys(q.source for q in agreement.sources):
                site.citing_agreements[source_id].append(agreement)
        for source in sorted(content.sources.values(), key=lambda s: s.id):
            for claim in source.agreement_claims if source.review != "rejected" else ():
                site.claims_of[claim.agreement].append((source.id, claim))
        for place in sorted(content.places.values(), key=lambda p: p.id):
            if place.admin1:
                site.within[place.admin1].append(place.id)
        site.timeline_parts = [part for year, events in site.by_year.items() if year != "undated"
                               for part in split_year(year, events)]
        site.undated_pages = undated_pages(content, site.by_year.get("undated", []))
        site._page_of_event = {e.id: path for path, events in site.undated_pages.items() for e in events}
        site._page_of_event.update((e.id, part.path) for part in site.timeline_parts for e in part.events)
        return site

    def event_page(self, event: Event) -> str:
        """The page that holds the event's full entry and its anchor."""
        return self._page_of_event.get(event.id) or (f"timeline/{year_of(event)}.md" if event.date else UNDATED_PAGE)

    def edit_url(self, relpath: str) -> str | None:
        return edit_url(self.repo_url, self.edit_uri, relpath)


def edit_url(repo_url: str | None, edit_uri: str | None, path: str) -> str | None:
    """Where a contributor edits `path` on the forge: a file opens in the editor, a folder
    (a year of events) opens as a listing."""
    if not repo_url:
        return None
    uri = (edit_uri or "edit/main/").strip("/")
    if not posixpath.splitext(path)[1]:  # a folder has no extension
        uri = re.sub(r"^edit/", "tree/", uri)
    return f"{repo_url.rstrip('/')}/{uri}/{path}"


def chronological_key(event: Event) -> tuple:
    """Dated events by their first day; within a month, month-precise events come first (they
    head their month), then year-precise ones head their year; undated last."""
    if not event.date:
        return ("9999-99-99", 9, event.id)
    start = date_bounds(event.date)[0]
    precision = {4: 0, 7: 1}.get(len(event.date), 2)
    if precision == 0:
        return (start[:4], 0, event.id)
    return (start[:7], precision, start, event.id)


def year_of(event: Event) -> str:
    return event.date[:4] if event.date else "undated"


def display_date(event: Event) -> str:
    """The date as precise as it is: '3 June 2020', 'June 2020 (month)', '2020 (year)', ranges."""
    def one(value: str) -> str:
        parts = value.split("-")
        if len(parts) == 1:
            return parts[0]
        month = calendar.month_name[int(parts[1])]
        return f"{int(parts[2])} {month} {parts[0]}" if len(parts) == 3 else f"{month} {parts[0]}"
    if not event.date:
        return "undated"
    text = one(event.date)
    if event.end_date:
        text += " – " + one(event.end_date)
    elif len(event.date) == 7:
        text += " (exact day not known)"
    elif len(event.date) == 4:
        text += " (month not known)"
    return text


# ---------------------------------------------------------------- links

# Above this many events a year page lists short entries and links to month pages (a full entry
# is about 3 KB of HTML; Material's frame adds little since the navigation is kept small).
FULL_YEAR_PAGE_LIMIT = 200
# An actor's or place's page lists its events (a line each) up to this many, else by year.
RECORD_EVENTS_LIMIT = 1000

PAGE_OF_KIND = {"actor": "actors/{}.md", "place": "places/{}.md", "agreement": "agreements/{}.md",
                "source": "sources/{}.md"}


def page_of(kind: str, record_id: str) -> str:
    return PAGE_OF_KIND[kind].format(record_id)


@dataclass
class TimelinePart:
    """A page of a busy year: a month (or a day of a busy month) with its events in full, and
    links to the pages it is split into."""

    path: str
    title: str  # "May 2020", "14 May 2020"
    year: str
    unit: str  # what the page covers: "year", "month" or "day"
    events: list[Event]  # in full on this page
    parts: list[tuple[str, str, int]] = field(default_factory=list)  # (page, label, events) below it


def split_year(year: str, events: list[Event]) -> list[TimelinePart]:
    """A year's events on its own page while they are few; else the year page keeps the events
    dated only to the year and links to month pages, and a busy month likewise to day pages, so
    no page grows past what a phone loads however large the archive. (An event's address moves
    to its month's page when its year grows past the limit.)"""
    if len(events) <= FULL_YEAR_PAGE_LIMIT:
        return []
    parts = [TimelinePart(f"timeline/{year}.md", year, year, "year", [e for e in events if len(e.date) == 4])]
    for month, in_month in _grouped([e for e in events if len(e.date) >= 7], lambda e: e.date[5:7]):
        title = f"{calendar.month_name[int(month)]} {year}"
        month_part = TimelinePart(f"timeline/{year}-{month}.md", title, year, "month", in_month)
        parts[0].parts.append((month_part.path, title, len(in_month)))
        parts.append(month_part)
        if len(in_month) > FULL_YEAR_PAGE_LIMIT:
            month_part.events = [e for e in in_month if len(e.date) == 7]
            for day, on_day in _grouped([e for e in in_month if len(e.date) == 10], lambda e: e.date[8:10]):
                day_part = TimelinePart(f"timeline/{year}-{month}-{day}.md", f"{int(day)} {title}", year, "day", on_day)
                month_part.parts.append((day_part.path, day_part.title, len(on_day)))
                parts.append(day_part)
    for part in list(parts):
        parts.extend(_split_by_type(part))
    return parts


def _split_by_type(part: TimelinePart) -> list[TimelinePart]:
    """A page whose own events (those dated only to its year, month or day) are still too many:
    one page per event type for them, linked from it (their dates cannot split them further)."""
    if len(part.events) <= FULL_YEAR_PAGE_LIMIT:
        return []
    stem = part.path.removesuffix(".md")
    out = []
    for event_type, typed in _grouped(part.events, lambda e: e.type):
        label = (f"{part.title}, dated only to the {part.unit}: {event_type}" if part.unit != "day"
                 else f"{part.title}: {event_type}")
        out.append(TimelinePart(f"{stem}-{event_type}.md", label, part.year, part.unit, typed))
    part.events = []
    part.parts[:0] = [(typed.path, typed.title, len(typed.events)) for typed in out]
    return out


def _grouped(events, key) -> list[tuple[str, list[Event]]]:
    groups: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        groups[key(event)].append(event)
    return sorted(groups.items())


UNDATED_PAGE = "timeline/undated.md"


def undated_pages(content: Content, events: list[Event]) -> dict[str, list[Event]]:
    """Undated events on one page while they are few; else one page per month in which their
    first source was published (a page per event type inside a busy month), so no page grows
    past what a phone loads. The grouping depends only on each event and its source, so an
    event's address does not move when others are added."""
    if len(events) <= FULL_YEAR_PAGE_LIMIT:
        return {UNDATED_PAGE: events} if events else {}
    by_month: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        source = content.sources.get(event.sources[0].source) if event.sources else None
        published = source.published if source and source.published and len(source.published) >= 7 else None
        by_month[published[:7] if published else "unknown"].append(event)
    pages: dict[str, list[Event]] = {}
    for month, group in sorted(by_month.items()):
        if len(group) <= FULL_YEAR_PAGE_LIMIT:
            pages[f"timeline/undated-{month}.md"] = group
            continue
        by_type: dict[str, list[Event]] = defaultdict(list)
        for event in group:
            by_type[event.type].append(event)
        for event_type, typed in sorted(by_type.items()):
            pages[f"timeline/undated-{month}-{event_type}.md"] = typed
    return pages


@lru_cache(maxsize=65536)
def relative(target: str, from_page: str) -> str:
    """A link from one page to another: posixpath.relpath(target, folder of from_page), by
    counting shared folders (relpath normalises absolute paths first, which costs more than the
    rest of a page's links)."""
    to_parts, from_folders = target.split("/"), from_page.split("/")[:-1]
    if "" in to_parts or "." in to_parts or ".." in to_parts or "" in from_folders or "." in from_folders or ".." in from_folders:
        return posixpath.relpath(target, posixpath.dirname(from_page) or ".")
    shared = 0
    while shared < min(len(from_folders), len(to_parts)) and from_folders[shared] == to_parts[shared]:
        shared += 1
    parts = [".."] * (len(from_folders) - shared) + to_parts[shared:]
    return "/".join(parts) or "."


# ---------------------------------------------------------------- templates

def make_environment(template_dir: Path = TEMPLATE_DIR) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(template_dir)),
        # Every {{ value }} is escaped for Markdown and HTML unless it is Markup (built by a helper
        # or a macro). autoescape=True is what makes macro results Markup.
        finalize=lambda value: Markup(md_escape(value)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals.update(display_date=display_date, month_name=lambda m: calendar.month_name[int(m)])
    return env


class Page:
    """Helpers a template uses to link from the page at `path`."""

    def __init__(self, site: Site, path: str):
        self.site = site
        self.path = path

    def link(self, kind: str, record_id: str, label: str | None = None) -> Markup:
        records = self.site.content.by_kind(kind)
        record = records.get(record_id)
        text = label or (getattr(record, "name", None) or getattr(record, "title", None) or record_id)
        if record is None:
            return Markup(md_escape(text))
        return Markup(f"[{md_escape(text)}]({relative(page_of(kind, record_id), self.path)})")

    def event_target(self, event: Event) -> str:
        return f"{relative(self.site.event_page(event), self.path)}#{event.id}"

    def event_link(self, event: Event, label: str | None = None) -> Markup:
        return Markup(f"[{md_escape(label or event.title)}]({self.event_target(event)})")

    def quote_link(self, source_id: str, record_id: str, anchor: str | None = None) -> Markup:
        """Link from a record's citation to its quote highlighted in the source's article
        (anchor: the highlight's id, when it is not the record's quote_anchor)."""
        source = self.site.content.sources.get(source_id)
        if source is None:
            return Markup(md_escape(source_id))
        target = relative(page_of("source", source_id), self.path)
        return Markup(f"[{md_escape(source.title)}]({target}#{anchor or quote_anchor(record_id)})")

    def to(self, target: str, label: str) -> Markup:
        return Markup(f"[{md_escape(label)}]({relative(target, self.path)})")

    def meta_title(self, text: str) -> Markup:
        """The page title for front matter. MkDocs would take it from the H1's text, unescaped,
        and the theme prints it raw into <title>; so we give it already HTML-escaped, as a JSON
        string (which is valid YAML)."""
        return Markup(json.dumps(html.escape(" ".join(str(text).split()), quote=True)))

    def meta_list(self, items) -> Markup:
        """A list for front matter (tags), each item HTML-escaped like meta_title."""
        return Markup(json.dumps([html.escape(" ".join(str(i).split()), quote=True) for i in items], ensure_ascii=False))

    def anchor_redirects(self) -> Markup:
        """On a page split into others: where assets/anchors.js finds which page now holds an
        event whose link names this page (see anchor_maps)."""
        root = "../" * page_url(self.path).count("/")
        return Markup(f'<div class="chronology-anchors" data-map="{root}{anchor_map_path(self.path)}" '
                      f'data-root="{root}" hidden></div>')

    def anchor(self, record_id: str) -> Markup:
        return Markup(f"{{ #{record_id} }}")

    def url(self, url: str | None) -> Markup:
        if not url or not re.match(r"^https?://", url):
            return Markup("")
        safe = url_quote(url, safe=":/?#&=%.,~+@;-_")
        return Markup(f"[{md_escape(url)}]({safe})")

    def edit(self, relpath: str) -> Markup:
        url = self.site.edit_url(relpath)
        if not url:
            return Markup(f"`{relpath}`")
        return Markup(f"[Edit `{relpath}`]({url_quote(url, safe=':/')})")


@dataclass
class RenderReport:
    pages: int = 0
    written: int = 0
    removed: int = 0
    rendered: int = 0  # pages whose inputs changed, so their template ran


# Pages that summarise the whole site from `site` itself are redone whenever any record changes;
# every other page (indexes get their counts in their context) only when what it shows does.
SITE_WIDE_TEMPLATES = {"home.md.j2", "map.md.j2"}
RENDER_STATE = ".render-state.json"  # in the pages folder; MkDocs skips dot files


def render_site(project: Path, content: Content, repo_url: str | None = None, edit_uri: str = "edit/main/",
                site_url: str | None = None, out_dir: Path | None = None,
                template_dir: Path = TEMPLATE_DIR, search: str = "material") -> RenderReport:
    """Write every page's Markdown and the data files; files whose text is unchanged are not
    touched, and files of records that are gone are removed, so MkDocs' own rebuild (when
    serving) sees only real changes.

    A page is only rendered again when its inputs changed: its fingerprint (Fingerprints) covers
    its template, the records it shows, the names it links to and the settings, and the last
    run's fingerprints are kept in RENDER_STATE. After editing one event, only the pages that
    show it (its year or month, its actors', places', agreements' and sources' pages) are redone."""
    from .exports import data_files  # exports builds on Site: imported here to avoid a cycle

    out_dir = out_dir or project / OUTPUT_SUBDIR
    site = Site.build(content, repo_url, edit_uri)
    env = make_environment(template_dir)
    fingerprints = Fingerprints(site, template_dir, (repo_url, edit_uri, site_url))
    previous = _read_state(out_dir / RENDER_STATE, fingerprints.version)
    state: dict[str, str] = {}
    report = RenderReport()
    expected: set[str] = set()

    def write(path: str, text: str) -> None:
        target = out_dir / path
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            atomic_write(target, text, durable=False)
            report.written += 1

    for path, template, context in _pages(site, project, search):
        report.pages += 1
        expected.add(path)
        state[path] = fingerprints.of_page(path, template, context)
        if previous.get(path) == state[path] and (out_dir / path).exists():
            continue
        report.rendered += 1
        context = {k: (v.value() if isinstance(v, Lazy) else v) for k, v in context.items()}
        write(path, env.get_template(template).render(page=Page(site, path), site=site, **context))
    data_key = fingerprints.of_site(("data", site_url))
    data_paths = previous.get("data files", "").split("\n") if previous.get("data files") else []
    if previous.get("data") == data_key and data_paths and all((out_dir / p).exists() for p in data_paths):
        state["data"], state["data files"] = data_key, "\n".join(data_paths)
        expected.update(data_paths)
    else:
        files = data_files(site, site_url)
        files.update(anchor_maps(site))
        for path, text in files.items():
            write(path, text)
        state["data"], state["data files"] = data_key, "\n".join(files)
        expected.update(files)
    for existing in sorted(out_dir.rglob("*")) if out_dir.exists() else []:
        relpath = existing.relative_to(out_dir).as_posix()
        if existing.is_file() and relpath not in expected and relpath != RENDER_STATE and not _is_static(existing, out_dir):
            existing.unlink()
            report.removed += 1
    _copy_static(project, out_dir)
    atomic_write(out_dir / RENDER_STATE, json.dumps({"version": fingerprints.version, "pages": state},
                                                     sort_keys=True, indent=0) + "\n", durable=False)
    return report


def anchor_maps(site: Site) -> dict[str, str]:
    """For each page split into others (a busy year, a busy month, many undated events): event id
    -> the page now holding its entry, so that a link to the event on the bigger page keeps
    working (assets/anchors.js follows it). Links the site makes point straight to the entry."""
    maps: dict[str, dict[str, str]] = {}
    for part in site.timeline_parts:
        if part.parts:  # the events of this year (or month) whose entries are on the pages below it
            maps[part.path] = {e.id: page_url(site.event_page(e)) for e in _events_under(site, part)
                               if site.event_page(e) != part.path}
    if site.undated_pages.keys() - {UNDATED_PAGE}:
        maps[UNDATED_PAGE] = {e.id: page_url(path) for path, events in site.undated_pages.items() for e in events}
    return {anchor_map_path(page): json.dumps(mapping, sort_keys=True, separators=(",", ":")) + "\n"
            for page, mapping in maps.items()}


def _events_under(site: Site, part: "TimelinePart") -> list[Event]:
    if part.title == part.year:  # a year page
        return site.by_year.get(part.year, [])
    month = part.path.removesuffix(".md").rsplit("/", 1)[1]  # 2020-06
    return [e for e in site.by_year.get(part.year, []) if e.date.startswith(month)]


def anchor_map_path(page: str) -> str:
    return page.removesuffix(".md") + ".anchors.json"


def page_url(page: str) -> str:
    """A page's address relative to the site root (MkDocs' directory URLs)."""
    return page.removesuffix("index.md").removesuffix(".md") + ("/" if not page.endswith("index.md") else "")


def _read_state(path: Path, version: str) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data["pages"] if data.get("version") == version and isinstance(data.get("pages"), dict) else {}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}  # no state, or a broken one: render everything


class Lazy:
    """A context value that is costly to compute (a source's highlighted article): computed only
    when its page is rendered; its fingerprint is that of `inputs`."""

    def __init__(self, compute, inputs):
        self.compute = compute
        self.inputs = inputs

    def value(self):
        return self.compute()


class Fingerprints:
    """What a page's text depends on, as a short digest.

    A page's Markdown is a function of its template (and the macros it imports), its context (the
    records and values _pages gives it), the names of the records it links to, and the settings;
    records are represented by the digest of their YAML text."""

    def __init__(self, site: Site, template_dir: Path, settings: tuple):
        content = site.content
        self.records = {id(record): _digest(entry.text)
                        for (kind, record_id), entry in content.files.items()
                        for record in [content.by_kind(kind)[record_id]]}
        code = Path(__file__).resolve().parent
        templates = sorted(p for p in template_dir.rglob("*.j2"))
        sources = [p.read_bytes() for p in templates + [code / "render.py", code / "exports.py", code / "svgmap.py"]]
        self.version = _digest("\n".join(repr(x) for x in [sources, settings]))
        # Link labels: every page may name any actor, place, agreement or source.
        names = sorted((kind, record_id, getattr(record, "name", None) or getattr(record, "title", ""))
                       for kind in ("actor", "place", "agreement", "source")
                       for record_id, record in content.by_kind(kind).items())
        self.links = _digest(repr(names))
        self.everything = _digest(repr(sorted(self.records.values())))

    def of_page(self, path: str, template: str, context: dict) -> str:
        parts = [self.version, self.links, path, template]
        if template in SITE_WIDE_TEMPLATES:
            parts.append(self.everything)
        parts.append(self._value(context))
        return _digest("\n".join(parts))

    def of_site(self, key) -> str:
        return _digest("\n".join([self.version, self.links, self.everything, repr(key)]))

    def _value(self, value) -> str:
        if id(value) in self.records:
            return self.records[id(value)]
        if isinstance(value, Lazy):
            return self._value(value.inputs)
        if isinstance(value, TimelinePart):
            return self._value([value.path, value.title, value.year, value.events, value.parts])
        if isinstance(value, dict):
            return "{" + ",".join(f"{self._value(k)}:{self._value(v)}" for k, v in value.items()) + "}"
        if isinstance(value, (list, tuple)):
            return "[" + ",".join(self._value(v) for v in value) + "]"
        if isinstance(value, (set, frozenset)):
            return "{" + ",".join(sorted(self._value(v) for v in value)) + "}"
        if value is None or isinstance(value, (str, int, float, bool)):
            return repr(value)
        return repr(value)  # dataclasses (Citation) repr their fields; anything else is redone


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


def _is_static(path: Path, out_dir: Path) -> bool:
    return path.relative_to(out_dir).parts[0] in ("assets",)


def _copy_static(project: Path, out_dir: Path) -> None:
    """Stylesheets and scripts shipped with the templates."""
    static = TEMPLATE_DIR / "assets"
    if static.is_dir():
        for file in static.rglob("*"):
            if file.is_file():
                target = out_dir / "assets" / file.relative_to(static)
                if not target.exists() or target.read_bytes() != file.read_bytes():
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(file, target)


def _pages(site: Site, project: Path, search: str = "material"):
    """(page path, template, context) for every page of the site."""
    content = site.content
    years = sorted(y for y in site.by_year if y != "undated")
    yield "index.md", "home.md.j2", {"years": years}
    yield "timeline/index.md", "timeline_index.md.j2", {"years": years, "counts": _counts(site.by_year)}
    split = {part.path: part for part in site.timeline_parts}
    for year in years:
        edit_path = Markup(f"content/events/{year}")
        year_page = f"timeline/{year}.md"
        if year_page in split:  # a busy year: see split_year
            continue
        months: dict[str, list[Event]] = defaultdict(list)
        year_level = []
        for event in site.by_year[year]:
            (months[event.date[5:7]] if len(event.date) >= 7 else year_level).append(event)
        yield year_page, "year.md.j2", {"year": year, "year_level": year_level, "tags": year_tags(site, site.by_year[year]),
                                        "months": sorted(months.items()), "edit_path": edit_path}
    for part in site.timeline_parts:
        # Tags on year pages only: the tags index lists each tagged page under each of its tags,
        # so tagging every month page (or every place) made it 17 MB at 10,000 articles.
        is_year = part.path == f"timeline/{part.year}.md"
        yield part.path, "timeline_part.md.j2", {"part": part, "tags": year_tags(site, site.by_year[part.year]) if is_year else [],
                                                 "edit_path": Markup(f"content/events/{part.year}")}
    undated = site.by_year.get("undated", [])
    groups = [] if site.undated_pages.keys() <= {UNDATED_PAGE} else [
        (path, _undated_label(path), len(events)) for path, events in site.undated_pages.items()]
    yield UNDATED_PAGE, "undated.md.j2", {"events": [] if groups else undated, "groups": groups}
    for path, events in site.undated_pages.items() if groups else ():
        yield path, "undated_group.md.j2", {"events": events, "label": _undated_label(path)}
    yield "timeline/visual.md", "visual.md.j2", {}
    yield "data/index.md", "data.md.j2", {}
    yield "tags.md", "tags.md.j2", {}
    if search == "pagefind":
        yield "search.md", "search.md.j2", {}
    from .svgmap import build_map  # builds on Site: imported here to avoid a cycle

    yield "places/map.md", "map.md.j2", {"map": Lazy(lambda: build_map(site), None)}
    for kind, template in (("actor", "actor.md.j2"), ("place", "place.md.j2"),
                           ("agreement", "agreement.md.j2"), ("source", "source.md.j2")):
        records = content.by_kind(kind)
        folder = page_of(kind, "x").split("/")[0]
        counts = _counts(getattr(site, f"by_{kind}"))  # events per record
        yield from _index_pages(kind, folder, sorted(records.values(), key=_sort_name), counts)
        for record_id, record in sorted(records.items()):
            edit_path = Markup("content/" + content.files[(kind, record_id)].relpath)
            context = {"record": record, "edit_path": edit_path}
            context.update(_extra_context(site, kind, record, project))
            if kind in ("actor", "place", "agreement"):
                # A record in very many events lists them on one page per year (no page over 1 MB).
                by_year = _grouped(context["events"], year_of) if len(context["events"]) > RECORD_EVENTS_LIMIT else []
                context["years"] = [(f"{folder}/{record_id}/{year}.md", year, len(events)) for year, events in by_year]
                for year, events in by_year:
                    yield f"{folder}/{record_id}/{year}.md", "record_year.md.j2", {
                        "record": record, "kind": kind, "year": year, "events": events, "edit_path": edit_path,
                        "violations": {e.id for e in events} & context.get("violations", set())}
            yield page_of(kind, record_id), template, context


# An agreement page quotes each sentence that says something about it up to this many; past it,
# a table sums them up (each sentence stays highlighted on its source's page).
CLAIMS_LIMIT = 100


def claims_summary(site: Site, claims: list[dict]) -> dict:
    """What many sources say about an agreement, in a bounded form: per claim (label), how many
    sentences say it and the earliest and latest of them by their article's publication date;
    and the date claims that disagree with the record (to review), the first CLAIMS_LIMIT."""
    def published(said: dict) -> str:
        source = site.content.sources.get(said["source"])
        return (source.published or "9999") if source else "9999"  # undated articles last

    rows: dict[str, list[dict]] = defaultdict(list)
    for said in claims:
        for claim in said["claims"]:
            rows[claim["label"]].append(said)
    table = []
    for label, saying in sorted(rows.items(), key=lambda item: (-len(item[1]), item[0])):
        ordered = sorted(saying, key=lambda said: (published(said), said["source"]))
        table.append({"label": label, "count": len(saying), "earliest": ordered[0], "latest": ordered[-1]})
    disagreeing = [said for said in claims if any(c["disagrees"] for c in said["claims"])]
    return {"sentences": len(claims), "table": table, "disagreeing": disagreeing[:CLAIMS_LIMIT],
            "more_disagreeing": max(0, len(disagreeing) - CLAIMS_LIMIT)}


# An index page (sources, places, actors, agreements) lists up to this many records; past it, it
# links to one page per letter of their names (sources: per year of publication).
INDEX_LIMIT = 1000


def _index_pages(kind: str, folder: str, records: list, counts: dict[str, int]):
    """(path, template, context) of a kind's index page, and of its parts when it has many records."""
    template = f"{kind}_index.md.j2"
    if len(records) <= INDEX_LIMIT:
        yield f"{folder}/index.md", template, {"records": records, "counts": counts, "groups": [], "part": None}
        return

    def key(record) -> str:
        if kind == "source":
            return (record.published or "")[:4] or "undated"
        initial = _sort_name(record)[:1].upper()
        return initial if "A" <= initial <= "Z" else "other"

    groups = _grouped(records, key)
    links = [(f"{folder}/index/{group.lower()}.md", group, len(members)) for group, members in groups]
    yield f"{folder}/index.md", template, {"records": [], "counts": {}, "groups": links, "part": None}
    for (path, label, _), (_, members) in zip(links, groups):
        yield path, template, {"records": members, "counts": {r.id: counts.get(r.id, 0) for r in members},
                               "groups": [], "part": label}


def _undated_label(path: str) -> str:
    """'timeline/undated-2020-05-shelling.md' -> 'reported in May 2020: shelling'."""
    key = posixpath.basename(path).removesuffix(".md").removeprefix("undated-")
    match = re.match(r"(\d{4})-(\d{2})-?(.*)$", key)
    if not match:
        kind = key.removeprefix("unknown").lstrip("-")
        return "reported by sources of unknown date" + (f": {kind}" if kind else "")
    year, month, kind = match.groups()
    return f"reported in {calendar.month_name[int(month)]} {year}" + (f": {kind}" if kind else "")


def _counts(groups: dict[str, list]) -> dict[str, int]:
    return {key: len(items) for key, items in sorted(groups.items())}


# Violence that, after an agreement entered into force in its area, is a reported violation of it.
VIOLENT_TYPES = {"air-strike", "shelling", "armed-clash", "territorial-change", "attack-on-civilians", "agreement-violation"}


def agreement_life(events: list[Event], start: str | None) -> dict:
    """The agreement's events before it took effect and since, and which of the later ones are
    reported violations. Undated events cannot be placed, so they are listed apart."""
    if not start:
        return {"before": [], "since": [], "unplaced": events, "violations": set()}
    first_day = date_bounds(start)[0]
    before = [e for e in events if e.date and date_bounds(e.end_date or e.date)[1] < first_day]
    since = [e for e in events if e.date and e not in before]
    violations = {e.id for e in since if e.type in VIOLENT_TYPES and date_bounds(e.date)[0] >= first_day}
    return {"before": before, "since": since, "unplaced": [e for e in events if not e.date], "violations": violations}


YEAR_TAG_PLACES = 30  # a busy year names hundreds of villages: tag the most reported ones


def year_tags(site: Site, events: list[Event]) -> list[str]:
    """Tags of a timeline page: its event types, its actors, and the places its events mention
    most (at most YEAR_TAG_PLACES, so the tag chips and the tags index stay readable)."""
    types = sorted({e.type for e in events})
    actors = sorted({site.content.actors[a].name for e in events for a in e.actors if a in site.content.actors})
    mentions = Counter(p for e in events for p in e.places if p in site.content.places)
    top = sorted(mentions.items(), key=lambda item: (-item[1], item[0]))[:YEAR_TAG_PLACES]
    places = sorted({site.content.places[p].name for p, _ in top})
    return types + actors + places


def _sort_name(record) -> str:
    return (getattr(record, "name", None) or getattr(record, "title", "")).casefold()


def _extra_context(site: Site, kind: str, record, project: Path) -> dict:
    if kind == "actor":
        events = site.by_actor.get(record.id, [])
        together = Counter(a for e in events for a in e.actors if a != record.id)
        members = site.members.get(record.id, [])
        agreements = site.agreements_of.get(record.id, [])
        return {"events": events, "together": together.most_common(8), "members": members, "agreements": agreements}
    if kind == "place":
        within = site.within.get(record.id, [])
        return {"events": site.by_place.get(record.id, []), "within": within}
    if kind == "agreement":
        from .agreements import date_agrees

        def when(value: str | None) -> str | None:
            """'2019-09' -> 'September 2019' (as typed if it is not a real month)."""
            parts = (value or "").split("-")
            if len(parts) < 2 or not parts[1].isdigit() or not 1 <= int(parts[1]) <= 12:
                return value
            day = str(int(parts[2])) + " " if len(parts) > 2 and parts[2].isdigit() else ""
            return f"{day}{calendar.month_name[int(parts[1])]} {parts[0]}"

        labels = {"in-force": "In force", "holding": "Holding", "violated": "Violated", "collapsed": "Collapsed",
                  "suspended": "Suspended", "expired": "Expired", "extended": "Extended", "dead-letter": "A dead letter"}
        # What the sources say about it, as plain values (so the page's fingerprint changes with
        # them); the claims one sentence makes are shown together, under its quote.
        claims: list[dict] = []
        for source_id, c in site.claims_of.get(record.id, []):
            if not claims or (claims[-1]["source"], claims[-1]["quote"]) != (source_id, c.quote):
                claims.append({"source": source_id, "quote": c.quote, "anchor": claim_anchor(record.id, c.quote), "claims": []})
            claims[-1]["claims"].append({
                "claim": c.claim, "value": c.value, "date": when(c.date), "date_text": c.date_text,
                "label": labels.get(c.value, c.value) if c.claim == "status" else f"Dated {when(c.value)}",
                "disagrees": c.claim == "date" and not date_agrees(c.value, record)})
        events = site.by_agreement.get(record.id, [])
        return {**agreement_life(events, record.in_force or record.signed), "events": events, "years": [],
                "claims": claims if len(claims) <= CLAIMS_LIMIT else [],
                "claims_summary": claims_summary(site, claims) if len(claims) > CLAIMS_LIMIT else None}
    if kind == "source":
        events = site.by_source.get(record.id, [])
        page = Page(site, page_of("source", record.id))
        citations = [Citation(q.quote, quote_anchor(e.id), e.title, page.event_target(e))
                     for e in events for q in e.sources if q.source == record.id]
        citations += [Citation(q.quote, quote_anchor(g.id), g.name, relative(page_of("agreement", g.id), page.path))
                      for g in site.citing_agreements.get(record.id, []) for q in g.sources if q.source == record.id]
        # What the article says about agreements, one highlight per sentence and agreement.
        claimed = dict.fromkeys((c.agreement, c.quote) for c in record.agreement_claims
                                if c.agreement in site.content.agreements)
        citations += [Citation(quote, claim_anchor(agreement_id, quote), site.content.agreements[agreement_id].name,
                               relative(page_of("agreement", agreement_id), page.path) + "#" + CLAIMS_HEADING_ID)
                      for agreement_id, quote in claimed]
        # The article's text is read only if the page is rendered; its digest is in the record.
        return {"events": events, "paragraphs": Lazy(lambda: highlighted_paragraphs(_article_text(project / record.file), citations),
                                                     citations)}
    return {}


def _article_text(path: Path) -> str:
    try:
        return read_article_text(path)
    except (OSError, ArticleProblem):
        return ""


@dataclass(frozen=True)
class Citation:
    """A quote in an article and the record it supports."""

    quote: str
    anchor: str  # id of the highlight, where the record's citation links back to
    title: str
    target: str  # link to the record, relative to the source page


def highlighted_paragraphs(text: str, citations: list[Citation]) -> list[Markup]:
    """The article's lines as Markdown paragraphs, every quoted span marked and linked to the
    record it supports."""
    spans = []
    for citation in citations:
        at = text.find(citation.quote)
        if at >= 0:
            spans.append((at, at + len(citation.quote), citation))
    spans.sort(key=lambda s: (s[0], -s[1], s[2].anchor))
    paragraphs = []
    anchored: set[str] = set()
    for start, end, _ in lines_with_offsets(text):
        pieces, cursor = [], start
        for span_start, span_end, citation in spans:
            if span_end <= start or span_start >= end:
                continue  # not on this line
            if span_start < cursor:  # overlaps a span already marked: anchor it there
                if citation.anchor not in anchored:
                    pieces.append(f'<span id="{citation.anchor}"></span>')
                    anchored.add(citation.anchor)
                continue
            if citation.anchor in anchored:
                continue  # a quote running over several lines is marked on its first
            anchored.add(citation.anchor)
            span_start, span_end = max(span_start, start), min(span_end, end)
            pieces.append(md_escape(text[cursor:span_start]) if span_start > cursor else "")
            pieces.append(f'<mark id="{citation.anchor}">'
                          f"[{md_escape(text[span_start:span_end])}]({citation.target})</mark>")
            cursor = span_end
        pieces.append(md_escape(text[cursor:end]))
        paragraphs.append(Markup("".join(pieces).strip()))  # the line's own edges only
    return paragraphs


# The id MkDocs' toc extension gives the agreement page's "What the sources say about it".
CLAIMS_HEADING_ID = "what-the-sources-say-about-it"


def claim_anchor(agreement_id: str, quote: str) -> str:
    """Id of the highlight of a sentence that says something about an agreement."""
    return f"claim-{agreement_id}-{hashlib.sha1(quote.encode()).hexdigest()[:8]}"


def quote_anchor(record_id: str) -> str:
    return f"quote-{record_id}"
