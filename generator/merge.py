"""Stage 3d, merge: one event per happening, within an article and across articles.

Two event candidates are the same happening when they have the same type and
- within one article: the same date, or one is undated and refers back ("the strikes on X
  killed four", "it also targeted", "struck X again": the same strikes; "conducted a joint
  patrol" with no date tells another patrol), and they share the perpetrator (the first actor)
  and a place, or both name no place (then, with no day either, b must refer back: two undated
  strikes by one air force on "a market" and "a hospital" are two strikes); statements: the same
  speaker and the same day, and, when no day is given, the same saying (see same_saying: "It
  added ...", "also said", a quotation in the next sentence, or the same words);
- across articles: both are dated, with the same date (the same day, the same month or the same
  range: "air strikes on Saraqib in March" need not be the strike of 28 March another article
  reports, and the merged event would give the first article a day it never stated); neither is
  a long period (a "since December" range would swallow everything); they share a perpetrator,
  or a specific place (a country or a whole region is not enough) when one of them names no
  perpetrator (two different perpetrators are two happenings; clashes and talks need the
  same parties, or one report naming only some of them); and their places are compatible:
  a shared place, one inside the other (a town in its province, when the report naming the
  province names no town), or one of them names none (two strikes by the same air force on the
  same day on two different towns are two happenings, also when the gazetteer lacks a town:
  see places_compatible);
- within one article, a happening told twice with a day the rules could not place on the calendar
  (the publication date is unknown): see same_unresolved_day;
- agreement events: the same agreement record, whatever the article.
The merged event keeps the date (a dated one's, when one is undated), the union of actors, places,
agreements and quotes (sources sorted by source id so the result does not depend on order), and
the first source's title and summary. Its provenance key is that first source's quote, so it is
stable from run to run.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .records import Event
from .validate import date_bounds

MAX_MERGE_SPAN_DAYS = 62
SYMMETRIC = ("armed-clash", "talks")  # the actors are the parties, none of them the perpetrator


def specific_places(event: Event) -> set[str]:
    """The event's places but the countries and regions (set by extract: `_broad`)."""
    return set(event.places) - getattr(event, "_broad", frozenset())


def containers(event: Event) -> dict[str, tuple[str, ...]]:
    """Each place of the event with the places that contain it (its province): set by extract."""
    return getattr(event, "_within", {})


def unknown_places(event: Event) -> frozenset[str]:
    """Where the event happened by names the gazetteer lacks ("in Maarat al-Numan"): set by extract,
    as spelling-insensitive keys."""
    return getattr(event, "_unknown_places", frozenset())


def names_place(event: Event) -> bool:
    return bool(specific_places(event) or unknown_places(event))


def _same_name(a: str, b: str) -> bool:
    """One name, or one the start of the other ("Maarat" and "Maarat al-Numan")."""
    wa, wb = a.split(), b.split()
    return wa[:len(wb)] == wb or wb[:len(wa)] == wa


def _holds(wide: Event, narrow: Event) -> bool:
    """The wide report names no town, only areas (a province), and one of them holds a place of
    the narrow one: "Idlib province" and "Saraqib". A report that names a town besides ("Kafr
    Nabl, Idlib province") tells a strike there, not in another town of the province; a town the
    gazetteer lacks may lie in any province, but is no other town."""
    areas = specific_places(wide)
    if not areas or unknown_places(wide) or areas & getattr(wide, "_towns", frozenset()):
        return False
    places = specific_places(narrow)
    if not places:
        return bool(unknown_places(narrow))
    within = containers(narrow)
    return bool(areas & {c for p in places for c in within.get(p, ())})


def places_compatible(a: Event, b: Event) -> bool:
    """The same place, one inside the other (one report names the province alone), or one of them
    names none (beyond the country). Two towns are two places, whether the gazetteer knows them or
    not: "the market in Idlib city" and "a market in Maarat al-Numan" are two strikes."""
    if not names_place(a) or not names_place(b):
        return True
    if specific_places(a) & specific_places(b):
        return True
    if any(_same_name(x, y) for x in unknown_places(a) for y in unknown_places(b)):
        return True
    return _holds(a, b) or _holds(b, a)


# "The strikes on Saraqib killed four", "This attack", "It also targeted", "were struck again":
# a sentence that refers back to a happening already told, rather than telling a new one.
_REFERS_BACK = re.compile(
    r"^\W*(?:it|they|this|these|that|those)\b"
    r"|\b(?:the|these|those|this|that|its|their|such)\s+(?:[\w-]+\s+){0,2}?(?:strikes?|air ?strikes?|raids?|air ?raids?|attacks?|"
    r"shelling|bombardment|bombing|clash(?:es)?|fighting|battles?|offensive|assault|advance|patrols?|withdrawal|"
    r"deployment|reinforcements|exodus|displacement|returns?|massacre|abductions?|kidnappings?|talks|meeting)\b"
    r"|\bagain\b",
    re.IGNORECASE)


# Round 11: a later undated sentence that tells a repeat ("again", "another", "a second", "renewed")
# is a further happening, even on the same unresolved day at the same place.
_REPEAT = re.compile(r"\b(?:again|another|second|renewed|fresh)\b", re.IGNORECASE)


def refers_back(event: Event) -> bool:
    return any(_REFERS_BACK.search(q.quote) for q in event.sources)


def agents(event: Event) -> list[str]:
    """Who did it: set by extract (not a record field: targets and backers are actors too)."""
    return list(getattr(event, "_agents", event.actors[:1]))


def _span(event: Event) -> tuple[str, str] | None:
    if not event.date:
        return None
    start = date_bounds(event.date)[0]
    end = date_bounds(event.end_date or event.date)[1]
    return start, end


@lru_cache(maxsize=4096)  # asked for every pair of same-month events
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
    if a.date and b.date and _span(a) != _span(b):
        return False  # "in 2017" and "last month": the year's report did not say which month
    if bool(a.date) != bool(b.date) and not refers_back(a if not a.date else b):
        return False  # "conducted a joint patrol" with no date: another patrol, not the dated one
    if a.date_text and b.date_text and not (a.date and b.date) and a.date_text.lower() != b.date_text.lower():
        return False  # "Tuesday" and "Wednesday" unresolved: two days, not one happening
    if a.type == "statement":
        if not a.actors or a.actors[:1] != b.actors[:1] or a.date != b.date:
            return False
        # Dated, or the same unresolved day ("said on Wednesday" twice): the day ties them. With no
        # day at all, the same speaker says many things on many days ("its troops fired warning
        # shots" and, paragraphs later, "it would open a new crossing next week"): only the same
        # saying, continued or repeated, is one statement.
        return bool(a.date) or _same_day_text(a, b) or same_saying(a, b)
    if not a.date and not b.date and any(_REPEAT.search(q.quote) for q in b.sources):
        return False  # "struck Saraqib again on Wednesday", "another strike": a further strike that day
    if not agents(a) or agents(a) != agents(b):
        return False
    places_a, places_b = specific_places(a), specific_places(b)
    if not places_a and not places_b and not a.date and not b.date and not _same_day_text(a, b):
        # No day and no place: the perpetrator and the type alone do not make one happening ("Russian
        # jets struck a market ..." and later "Russian jets struck a hospital ..."), unless b refers
        # back ("the strikes killed four", "It also hit ...").
        return refers_back(b)
    if not places_a and not places_b and unknown_places(a) and unknown_places(b):
        return places_compatible(a, b)  # "struck Ariha" and "struck Kafr Nabl": towns the gazetteer lacks
    return bool(places_a & places_b) or (not places_a and not places_b)


def _same_day_text(a: Event, b: Event) -> bool:
    """Both name the same day the rules could not place ("on Wednesday" twice)."""
    return bool(a.date_text and b.date_text) and a.date_text.lower() == b.date_text.lower()


# The sentence after a statement goes on with it: "It added that ...", "He said ...", a quotation
# opening the sentence ('"We will respond," the minister said'), "the ministry also said",
# "the statement added", "further", "went on".
_CONTINUES = re.compile(
    r"^\W*(?:it|he|she|they)\b|^\s*[\"\u201c\u2018']"
    r"|\b(?:added|adding|also|further|continued|went on|reiterated|statement)\b",
    re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
# Words that say nothing of what was said (function words, verbs of saying).
_NOT_CONTENT = frozenset(
    "a an the and or but of in on at to for from by with without into onto over under about as that this these "
    "those it its it's he she they them their his her we our you i be is are was were been being has have had "
    "will would shall should can could may might must not no also again said says say saying told tells tell "
    "stated states added adds announced announces claimed claims according there which who whom what when "
    "where than then so".split())


def _content_words(text: str) -> set[str]:
    return {w for w in (m.group().lower() for m in _WORD.finditer(text)) if w not in _NOT_CONTENT}


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# a name inside the sentence (not the capital that opens it)
_NAME = re.compile(r"(?<=[\w,;:)\u201d\"'] )[A-Z][\w'\u2019-]+")


def _tells_other_facts(quote_a: str, quote_b: str) -> bool:
    """The speaker's name and the verbs of saying make two sentences of one speaker alike ("The
    Syrian Observatory for Human Rights said 12 people were killed in air strikes on Idlib" and
    "... said 5 people were killed in shelling on Hama"): other figures, or a name each has that the
    other lacks (another place), make them two sayings."""
    numbers_a, numbers_b = set(_NUMBER.findall(quote_a)), set(_NUMBER.findall(quote_b))
    if numbers_a and numbers_b and numbers_a != numbers_b:
        return True
    names_a, names_b = set(_NAME.findall(quote_a)), set(_NAME.findall(quote_b))
    return bool(names_a - names_b) and bool(names_b - names_a)


def same_saying(a: Event, b: Event) -> bool:
    """b (a statement told after a, by the same speaker, neither dated) tells the same saying: its
    sentence follows one of a's and goes on with it (see _CONTINUES), or it says the same words
    (at least three quarters of the content words of the shorter of the two, and three or more:
    a repeated sentence, "said again that ...")."""
    sentences_a, sentences_b = getattr(a, "_sentences", frozenset()), getattr(b, "_sentences", frozenset())
    if any(i - 1 in sentences_a for i in sentences_b) and any(_CONTINUES.search(q.quote) for q in b.sources):
        return True
    for qa in a.sources:
        words_a = _content_words(qa.quote)
        for qb in b.sources:
            if _tells_other_facts(qa.quote, qb.quote):
                continue
            words_b = _content_words(qb.quote)
            shorter = min(len(words_a), len(words_b))
            if shorter >= 3 and len(words_a & words_b) >= 0.75 * shorter:
                return True
    return False


def anaphoric_same(a: Event, b: Event) -> bool:
    """b, undated (its sentence names no date), names no perpetrator and refers back ("The clashes
    broke out near the town", "the fighting began at dawn in …") to a, dated (a day or a few, not a
    period), of its type: the same happening, when b's places fit a's (shared, inside, or one names
    none) and a is the only such candidate (see merge_events)."""
    if a.type != b.type or a.type in ("agreement", "statement") or not a.date or b.date:
        return False
    if agents(b) or not refers_back(b) or not places_compatible(a, b):
        return False
    reason = b.date_reason or ""
    if not (reason == "the sentence gives no date" or reason.endswith("is a period the text does not place on the calendar")) \
            or (a.end_date and _days(_span(a)) > 3):
        return False  # b has a date of its own the rules could not read; a is a period, not a happening
    return True


# Round 11: undated re-mentions. An article whose publication date is unknown cannot resolve
# "Wednesday", so both its lead ("... last night, with the first air strikes attributed to Russia
# ...") and its later paragraph ("several air strikes were carried out, the first since the truce,
# on the night Tuesday to Wednesday") stay undated; same_in_article only merges undated events
# with the very same date text, the same perpetrator and the same places, so the article gave two
# records for one happening. The day the two name is the evidence they are one happening: the
# same unresolved weekday, or a weekday inside the other's "night X to Y".
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)
_NIGHT = re.compile(r"\b(?:night|overnight)\b", re.IGNORECASE)
# "last Wednesday" and "Wednesday" may be a week apart; a date text with a number or a month is
# not a bare weekday (it would have been resolved, or it says something else).
_DEICTIC_DAY = re.compile(r"\b(?:last|next|this|previous|following|coming|past|every|each|earlier|later|weeks?|days?|ago)\b"
                          r"|\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE)
# "struck again", "another strike", "also shelled", "a second raid", "later on Wednesday": the
# sentence tells a further happening of that day, not the one already told.
_ANOTHER = re.compile(r"\b(?:again|also|another|other|second|third|further|fresh|renewed|new|more|additional|later|repeated)\b",
                      re.IGNORECASE)
# "the first air strikes since the truce", "the first since the Moscow protocol"
_FIRST_SINCE = re.compile(r"\bfirst\b[^.;]{0,160}?\bsince\b", re.IGNORECASE)


def _day_key(event: Event) -> frozenset[int] | None:
    """The weekdays (0 = Monday) the event's day can be: {Wed} for "Wednesday", {Tue, Wed} for
    "the night Tuesday to Wednesday" or "Tuesday night" (a night spans two days); the weekday of a
    dated single day. None when the date says no weekday (or is deictic: "last Wednesday")."""
    if event.date:
        span = _span(event)
        if not span or span[0] != span[1]:
            return None
        from datetime import date
        day = date.fromisoformat(span[0]).weekday()
        return frozenset({day, (day + 1) % 7}) if _NIGHT.search(event.date_text or "") else frozenset({day})
    text = event.date_text or ""
    if _DEICTIC_DAY.search(text):
        return None
    days = [_WEEKDAYS.index(m.lower()) for m in _WEEKDAY.findall(text)]
    days = list(dict.fromkeys(days))
    if len(days) == 1:
        day = days[0]
        night_after = re.search(_WEEKDAYS[day] + r"\W+(?:night|overnight)\b", text, re.IGNORECASE)
        return frozenset({day, (day + 1) % 7}) if night_after else frozenset({day})
    if len(days) == 2 and _NIGHT.search(text) and (days[0] + 1) % 7 == days[1]:
        return frozenset(days)  # "the night Tuesday to Wednesday"
    return None


def _days_compatible(ka: frozenset[int], kb: frozenset[int]) -> bool:
    """The same day or night, or a day inside a night; "Tuesday" and "Wednesday" are two days."""
    return ka == kb or (len(ka) == 1 and ka <= kb) or (len(kb) == 1 and kb <= ka)


def same_unresolved_day(a: Event, b: Event) -> bool:
    """a (told first) and b, of one article and one type, at least one of them undated, are the
    same happening told twice: both name the same day the rules could not resolve (or b's weekday
    is a's dated day's weekday), or both call it "the first ... since" the same agreement (and their
    days do not differ); they share a perpetrator or one names none (two perpetrators are two
    happenings; clashes and talks: one report's parties among the other's); their places are
    compatible (two towns struck on the same Wednesday are two strikes); and b does not tell a
    further happening ("again", "another", "also"). merge_events takes it only when a is the sole
    candidate (two strikes of that Wednesday already told: which one is not said)."""
    if a.type != b.type or a.type in ("agreement", "statement") or (a.date and b.date):
        return False
    if any(_ANOTHER.search(q.quote) for q in b.sources):
        return False
    ka, kb = _day_key(a), _day_key(b)
    if ka is not None and kb is not None:
        if not _days_compatible(ka, kb):
            return False
        same_day = True
    else:
        same_day = False
        if (a.date_text or b.date_text) and (ka is None) != (kb is None):
            return False  # "Wednesday" and "last week": nothing says they are one day
    first_since = (not a.date and not b.date and bool(set(a.agreements) & set(b.agreements))
                   and any(_FIRST_SINCE.search(q.quote) for q in a.sources)
                   and any(_FIRST_SINCE.search(q.quote) for q in b.sources))
    if not (same_day or first_since):
        return False
    if a.type in SYMMETRIC:
        parties_a, parties_b = set(a.actors), set(b.actors)
        if parties_a and parties_b and not (parties_a <= parties_b or parties_b <= parties_a):
            return False
    agents_a, agents_b = set(agents(a)), set(agents(b))
    if agents_a and agents_b and not agents_a & agents_b:
        return False
    if (a.date or b.date) and not (specific_places(a) and specific_places(b)):
        # A dated Monday and an unresolved "Monday" of one article may be a week or more apart
        # (a timeline, a roundup): only a place both name (or one inside the other) ties them.
        return False
    return places_compatible(a, b)


def same_across(a: Event, b: Event) -> bool:
    if a.type != b.type:
        return False
    if a.type == "agreement":
        return bool(set(a.agreements) & set(b.agreements)) and (not a.date or not b.date or overlap(a, b))
    if not (a.date and b.date and overlap(a, b)):
        return False
    if _days(_span(a)) > MAX_MERGE_SPAN_DAYS or _days(_span(b)) > MAX_MERGE_SPAN_DAYS:
        return False
    if _span(a) != _span(b):
        return False  # a month and a day in it: the month's article did not say which day
    if not places_compatible(a, b):
        return False
    agents_a, agents_b = set(agents(a)), set(agents(b))
    if a.type in SYMMETRIC:
        # Clashes and talks have parties, not a perpetrator: HTS against Hurras al-Din and HTS
        # against the NLF are two clashes; one report may name only one side.
        agents_a, agents_b = set(a.actors), set(b.actors)
        if agents_a and agents_b and not (agents_a <= agents_b or agents_b <= agents_a):
            return False
    if agents_a and agents_b and not agents_a & agents_b:
        return False  # regime strikes and US strikes on the same town in the same month: two happenings
    places = specific_places(a) & specific_places(b)
    return bool(agents_a & agents_b) or bool(places)


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
    keep._broad = getattr(keep, "_broad", frozenset()) | getattr(other, "_broad", frozenset())
    keep._towns = getattr(keep, "_towns", frozenset()) | getattr(other, "_towns", frozenset())
    keep._unknown_places = unknown_places(keep) | unknown_places(other)
    if specific_places(keep):
        # "Northwest Syria" in one report adds nothing to "Saraqib" in another.
        keep.places[:] = [p for p in keep.places if p not in keep._broad]
    if keep.fatalities is None or (other.fatalities and other.fatalities.count > keep.fatalities.count
                                   and keep.sources[0].source == other.sources[0].source):
        keep.fatalities = other.fatalities or keep.fatalities
    if hasattr(other, "_within"):
        keep._within = {**getattr(other, "_within"), **getattr(keep, "_within", {})}
    if hasattr(other, "_sentences"):
        keep._sentences = getattr(keep, "_sentences", frozenset()) | other._sentences
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
            # "The clashes broke out near Alamata …" after the dated clash: the one it can refer to
            # (two candidates, two raids on the same day: which one is not said)
            candidates = [e for e in out if anaphoric_same(e, event)]
            target = candidates[0] if len(candidates) == 1 else None
        if target is None:
            # The same unresolved day told twice (lead and later paragraph): the one it can be
            candidates = [e for e in out if same_unresolved_day(e, event)]
            target = candidates[0] if len(candidates) == 1 else None
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
