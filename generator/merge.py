"""Stage 3d, merge: one event per happening, within an article and across articles.

Two event candidates are the same happening when they have the same type and
- within one article: their dates overlap (or one is undated) and they share the perpetrator (the
  first actor) and a place, or both name no place;
- across articles: both are dated, their dates overlap, neither is a long period (a "since
  December" range would swallow everything), and they share an actor or a specific place
  (a country or a whole region is not enough);
- agreement events: the same agreement record, whatever the article.
The merged event keeps the most precise of the compatible dates, the union of actors, places,
agreements and quotes (sources sorted by source id so the result does not depend on order), and
the first source's title and summary. Its provenance key is that first source's quote, so it is
stable from run to run.
"""

from __future__ import annotations

from .records import Event
from .validate import date_bounds

BROAD_PLACES = {"syria", "northwest-syria"}
MAX_MERGE_SPAN_DAYS = 62


def agents(event: Event) -> list[str]:
    """Who did it: set by extract (not a record field: targets and backers are actors too)."""
    return list(getattr(event, "_agents", event.actors[:1]))


def _span(event: Event) -> tuple[str, str] | None:
    if not event.date:
        return None
    start = date_bounds(event.date)[0]
    end = date_bounds(event.end_date or event.date)[1]
    return start, end


def _days(span: tuple[str, str]) -> int:
    from datetime import date
    a, b = (date.fromisoformat(x) for x in span)
    return (b - a).days + 1


def overlap(a: Event, b: Event) -> bool:
    sa, sb = _span(a), _span(b)
    if not sa or not sb:
        return False
    return sa[0] <= sb[1] and sb[0] <= sa[1]


def same_in_article(a: Event, b: Event) -> bool:
    if a.type != b.type:
        return False
    if a.type == "agreement":
        return bool(a.agreements) and a.agreements == b.agreements
    if a.date and b.date and not overlap(a, b):
        return False
    if a.date_text and b.date_text and not (a.date and b.date) and a.date_text.lower() != b.date_text.lower():
        return False  # "Tuesday" and "Wednesday" unresolved: two days, not one happening
    if a.type == "statement":
        return bool(a.actors) and a.actors[:1] == b.actors[:1] and (a.date == b.date)
    if not agents(a) or agents(a) != agents(b):
        return False
    places_a, places_b = set(a.places) - BROAD_PLACES, set(b.places) - BROAD_PLACES
    return bool(places_a & places_b) or (not places_a and not places_b)


def same_across(a: Event, b: Event) -> bool:
    if a.type != b.type:
        return False
    if a.type == "agreement":
        return bool(set(a.agreements) & set(b.agreements)) and (not a.date or not b.date or overlap(a, b))
    if not (a.date and b.date and overlap(a, b)):
        return False
    if _days(_span(a)) > MAX_MERGE_SPAN_DAYS or _days(_span(b)) > MAX_MERGE_SPAN_DAYS:
        return False
    places = (set(a.places) & set(b.places)) - BROAD_PLACES
    return bool(set(agents(a)) & set(agents(b))) or bool(places)


def _narrower(a: Event, b: Event) -> Event:
    """The event whose date says more (a day beats a month; a dated one beats an undated one)."""
    if not a.date and not b.date:
        return a if a.date_text or not b.date_text else b
    if not a.date:
        return b
    if not b.date:
        return a
    return a if _days(_span(a)) <= _days(_span(b)) else b


def absorb(keep: Event, other: Event) -> None:
    """Fold other into keep (same happening)."""
    dated = _narrower(keep, other)
    if dated is other:
        keep.date, keep.end_date, keep.date_text, keep.date_reason = other.date, other.end_date, other.date_text, other.date_reason
    for name in ("actors", "places", "agreements"):
        values = getattr(keep, name)
        values.extend(v for v in getattr(other, name) if v not in values)
    if keep.fatalities is None or (other.fatalities and other.fatalities.count > keep.fatalities.count
                                   and keep.sources[0].source == other.sources[0].source):
        keep.fatalities = other.fatalities or keep.fatalities
    seen = {(q.source, q.quote) for q in keep.sources}
    keep.sources.extend(q for q in other.sources if (q.source, q.quote) not in seen)
    keep.sources.sort(key=lambda q: q.source)  # stable: the first source's quote is the key
    notes = [n for n in (keep.notes, other.notes) if n]
    keep.notes = "\n".join(dict.fromkeys("\n".join(notes).split("\n"))) if notes else None


def merge_events(events: list[Event], across: bool) -> list[Event]:
    """Events with duplicates folded into the earliest one (input order is kept)."""
    if across:
        return _merge_across(events)
    out: list[Event] = []
    for event in events:
        target = next((e for e in out if same_in_article(e, event)), None)
        if target is None:
            out.append(event)
        else:
            absorb(target, event)
    return out


def _buckets(event: Event) -> list[tuple]:
    """Index keys under which same_across can find this event: (type, agreement) for agreements;
    (type, month) for every month of a dated span no longer than MAX_MERGE_SPAN_DAYS; none for
    the others, which same_across never merges."""
    if event.type == "agreement":
        return [(event.type, "agreement", a) for a in event.agreements]
    span = _span(event)
    if not span or _days(span) > MAX_MERGE_SPAN_DAYS:
        return []
    (y1, m1), (y2, m2) = (tuple(int(x) for x in s[:7].split("-")) for s in span)
    keys = []
    while (y1, m1) <= (y2, m2):
        keys.append((event.type, y1, m1))
        y1, m1 = (y1 + 1, 1) if m1 == 12 else (y1, m1 + 1)
    return keys


def _merge_across(events: list[Event]) -> list[Event]:
    """merge_events(across=True) in about linear time: the same result as comparing each event
    with every kept one in order, but only kept events that share a bucket (type and month, or
    agreement) are compared, since same_across needs overlapping dates or a shared agreement.
    """
    out: list[Event] = []
    position: dict[int, int] = {}
    index: dict[tuple, list[Event]] = {}
    indexed: set[tuple] = set()
    for event in events:
        candidates: dict[int, Event] = {}
        for key in _buckets(event):
            for e in index.get(key, ()):
                candidates[id(e)] = e
        target = None
        for e in sorted(candidates.values(), key=lambda e: position[id(e)]):
            if same_across(e, event):
                target = e
                break
        if target is None:
            position[id(event)] = len(out)
            out.append(event)
            target = event
        else:
            absorb(target, event)
        for key in _buckets(target):  # absorbing may change what the kept event can match
            if (key, id(target)) not in indexed:
                indexed.add((key, id(target)))
                index.setdefault(key, []).append(target)
    return out
