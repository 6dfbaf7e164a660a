"""Data for re-use, written next to the pages (build/docs/data/): every event as JSON and as a CSV
a conflict researcher can load (ACLED-style columns), a TimelineJS file, and an Atom feed.

Strings in formats that other programs render as HTML (TimelineJS, Atom) are HTML-escaped here.
"""

from __future__ import annotations

import csv
import html
import io
import json
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from .records import Event
from .render import Site
from .validate import date_bounds

CSV_COLUMNS = [
    "event_id", "event_date", "end_date", "time_precision", "event_type", "title", "actor1", "actor2",
    "actors", "location", "admin1", "latitude", "longitude", "places", "agreements", "fatalities",
    "fatalities_who", "summary", "sources", "source_quotes", "review", "url",
]
PRECISION = {10: "day", 7: "month", 4: "year"}


def event_url(site: Site, event: Event) -> str:
    """The event's permanent address in the site, relative to the site root."""
    return site.event_page(event).removesuffix(".md") + "/#" + event.id


def precision(event: Event) -> str | None:
    return PRECISION.get(len(event.date)) if event.date else None


def event_as_json(site: Site, event: Event) -> dict[str, Any]:
    content = site.content

    def place(place_id: str) -> dict[str, Any]:
        p = content.places[place_id]
        return {"id": p.id, "name": p.name, "admin1": p.admin1, "lat": p.lat, "lon": p.lon}

    return {
        "id": event.id, "date": event.date, "end_date": event.end_date, "precision": precision(event),
        "date_text": event.date_text, "date_reason": event.date_reason,
        "type": event.type, "title": event.title, "summary": event.summary,
        "actors": [{"id": a, "name": content.actors[a].name} for a in event.actors],
        "places": [place(p) for p in event.places],
        "agreements": [{"id": g, "name": content.agreements[g].name} for g in event.agreements],
        "fatalities": None if event.fatalities is None else {
            "count": event.fatalities.count, "who": event.fatalities.who, "qualifier": event.fatalities.qualifier},
        "sources": [{"source": q.source, "title": content.sources[q.source].title,
                     "publisher": content.sources[q.source].publisher, "quote": q.quote} for q in event.sources],
        "review": event.review,
        "url": event_url(site, event),
    }


def events_json(site: Site) -> str:
    """A JSON array, one event per line: easy to diff, and quick to write (json's indent option
    falls back to its pure-Python encoder, ten times slower on 100,000 events)."""
    lines = [json.dumps(event_as_json(site, e), ensure_ascii=False) for e in site.events]
    return "[\n" + ",\n".join(lines) + "\n]\n" if lines else "[]\n"


def events_csv(site: Site) -> str:
    content = site.content
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for event in site.events:
        first_place = content.places[event.places[0]] if event.places else None
        province = content.places.get(first_place.admin1) if first_place and first_place.admin1 else None
        if first_place and first_place.kind == "province":
            province = first_place
        names = [content.actors[a].name for a in event.actors]
        writer.writerow(_spreadsheet_safe({
            "event_id": event.id, "event_date": event.date or "", "end_date": event.end_date or "",
            "time_precision": precision(event) or "", "event_type": event.type, "title": event.title,
            "actor1": names[0] if names else "", "actor2": names[1] if len(names) > 1 else "",
            "actors": "; ".join(names),
            "location": first_place.name if first_place else "",
            "admin1": province.name if province else "",
            "latitude": "" if not first_place or first_place.lat is None else first_place.lat,
            "longitude": "" if not first_place or first_place.lon is None else first_place.lon,
            "places": "; ".join(content.places[p].name for p in event.places),
            "agreements": "; ".join(content.agreements[g].name for g in event.agreements),
            "fatalities": "" if event.fatalities is None else event.fatalities.count,
            "fatalities_who": "" if event.fatalities is None else (event.fatalities.who or ""),
            "summary": event.summary,
            "sources": "; ".join(content.sources[q.source].publisher or content.sources[q.source].title for q in event.sources),
            "source_quotes": " | ".join(q.quote for q in event.sources),
            "review": event.review or "", "url": event_url(site, event),
        }))
    return out.getvalue()


def _spreadsheet_safe(row: dict[str, Any]) -> dict[str, Any]:
    """A cell starting with = + - @ (or a tab or carriage return) is a formula to a spreadsheet
    (CSV injection): such text cells get a leading apostrophe, which spreadsheets show as text."""
    return {k: "'" + v if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r") else v
            for k, v in row.items()}


def _timelinejs_date(value: str) -> dict[str, str]:
    parts = value.split("-")
    return dict(zip(("year", "month", "day"), (str(int(p)) for p in parts)))


def timelinejs(site: Site) -> str:
    """TimelineJS3 JSON: events grouped by type, agreements in force drawn as eras."""
    events = []
    for event in site.events:
        if not event.date:
            continue
        item: dict[str, Any] = {
            "unique_id": event.id, "group": event.type,
            "start_date": _timelinejs_date(event.date),
            "text": {"headline": html.escape(event.title), "text": html.escape(event.summary)},
        }
        if event.end_date:
            item["end_date"] = _timelinejs_date(event.end_date)
        events.append(item)
    eras = [{"start_date": _timelinejs_date(start), "end_date": _timelinejs_date(end),
             "text": {"headline": html.escape(name)}} for name, start, end, _ in agreement_eras(site)]
    return json.dumps({"title": {"text": {"headline": "Chronology"}}, "events": events, "eras": eras},
                      ensure_ascii=False, separators=(",", ":")) + "\n"


def agreement_eras(site: Site) -> list[tuple[str, str, str, str]]:
    """(name, from, to, id) for each agreement with a start: from its entry into force (or
    signing) until the next agreement of the same parties starts, or the last dated event."""
    dated = [e for e in site.events if e.date]
    last = max((date_bounds(e.end_date or e.date)[1] for e in dated), default=None)
    agreements = sorted((g for g in site.content.agreements.values() if (g.in_force or g.signed) and g.review != "rejected"),
                        key=lambda g: (date_bounds(g.in_force or g.signed)[0], g.id))
    eras = []
    for i, agreement in enumerate(agreements):
        start = date_bounds(agreement.in_force or agreement.signed)[0]
        later = [date_bounds(g.in_force or g.signed)[0] for g in agreements[i + 1:]
                 if set(g.parties or g.guarantors) & set(agreement.parties or agreement.guarantors)]
        end = min(later) if later else max(last or start, start)
        eras.append((agreement.name, start, end, agreement.id))
    return eras


def atom_feed(site: Site, site_url: str | None, limit: int = 50) -> str:
    """The newest dated events, newest first. Deterministic: 'updated' is the newest event's date."""
    base = (site_url or "").rstrip("/") + "/"
    dated = sorted((e for e in site.events if e.date), key=lambda e: (date_bounds(e.date)[0], e.id), reverse=True)[:limit]
    updated = (date_bounds(dated[0].date)[0] if dated else "1970-01-01") + "T00:00:00Z"
    lines = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
             "  <title>Chronology: newest events</title>", f"  <id>urn:chronology:feed</id>",
             f"  <updated>{updated}</updated>"]
    if site_url:
        lines.append(f'  <link href="{xml_escape(base)}" />')
    for event in dated:
        lines += [
            "  <entry>",
            f"    <title>{xml_escape(event.title)}</title>",
            f"    <id>urn:chronology:event:{event.id}</id>",
            f"    <updated>{date_bounds(event.date)[0]}T00:00:00Z</updated>",
            f'    <link href="{xml_escape(base + event_url(site, event))}" />' if site_url else "",
            f"    <summary>{xml_escape(event.summary)}</summary>",
            "  </entry>",
        ]
    lines.append("</feed>")
    return "\n".join(line for line in lines if line) + "\n"


def visual_timeline(site: Site) -> str:
    """What assets/timeline.js draws: dated events as first and last possible day, and eras."""
    from .render import display_date

    events = [{
        "id": e.id, "start": date_bounds(e.date)[0], "end": date_bounds(e.end_date or e.date)[1],
        "precision": precision(e), "type": e.type, "label": display_date(e), "title": e.title,
        "actors": [site.content.actors[a].name for a in e.actors], "url": event_url(site, e),
    } for e in site.events if e.date]
    eras = [{"name": name, "start": start, "end": end, "url": f"agreements/{agreement_id}/"}
            for name, start, end, agreement_id in agreement_eras(site)]
    return json.dumps({"events": events, "eras": eras}, ensure_ascii=False, separators=(",", ":")) + "\n"


def data_files(site: Site, site_url: str | None) -> dict[str, str]:
    """Relative path under the pages folder -> file text."""
    return {
        "data/visual.json": visual_timeline(site),
        "data/events.json": events_json(site),
        "data/events.csv": events_csv(site),
        "data/timeline.json": timelinejs(site),
        "data/feed.xml": atom_feed(site, site_url),
    }
