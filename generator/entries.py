"""Dated entries: the parts of an article that carry their own date in their layout.

A timeline or a live blog opens each entry with its date or clock time ("March 15, 2011 - ",
"10:32 GMT - "); a live blog stamps its entries on lines of their own under day headings; a list
under a dated lead ("… on Friday, 8 November 2019. By province:") tells that day's happenings
item by item. The extraction (extract.py) asks these readers which sentences such a layout dates,
and how.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from . import temporal
from .dating import is_since, trim, usable
from .ingest import Article, Block, Sentence, block_index


# The head of a dated entry: dates and clock times, then a dash or a colon ("March 15, 2011 - ",
# "Sept 30, 2015: ", "2018 — ", "Early 2019: ", "10:32 GMT - ", "Yesterday at 22:10 - ").
_ENTRY_HEAD = re.compile(r"^(?P<head>(?:[^.;:!?\n]|[:.](?=\d)){2,40}?)(?:\s+[-–—]\s+|:\s+)(?=\S)")
_ENTRY_GLUE = re.compile(r"^[\s,]*(?:(?:at|on|in|of|early|mid|late|around|about|by)\b[\s,]*)*$", re.IGNORECASE)
# "Days later, ...", "A week later - ...": an entry dated only from the entry before it.
_LATER_ENTRY = re.compile(r"^(?P<head>(?:(?:a|one|two|three|four|five|six|several|a\s+few|few|\d+)\s+)?(?:days?|weeks?|months?|years?)\s+later"
                          r"|the\s+(?:next|following)\s+(?:day|week|month|year)|later\s+that\s+(?:day|week|month|year))\s*(?:,|\s[-–—]|:)\s", re.IGNORECASE)


def dated_entries(article: Article, paragraphs: list[Block], timexes: list[temporal.Timex],
                  dct: str | None) -> dict[int, tuple[str, str] | None]:
    """Sentences that open a dated entry of a timeline or a live blog: {start: None}, or for an
    entry dated only from the one before ("Days later, ..."), {start: (its words, the reason it has
    no date)}. A paragraph is an entry when its first sentence opens with nothing but dates or clock
    times followed by a dash or a colon, and names no time after the article; "Days later" opens an
    entry only among at least three such entries."""
    firsts = []
    for block in paragraphs:
        j = bisect.bisect_left(article.sentences, block.start, key=lambda s: s.start)
        if j < len(article.sentences) and article.sentences[j].start < block.end:
            firsts.append(article.sentences[j])
    found: dict[int, tuple[str, str] | None] = {}
    for sentence in firsts:
        m = _ENTRY_HEAD.match(sentence.text)
        if not m:
            continue
        head_end = sentence.start + m.end("head")
        inside = [t for t in timexes if sentence.start <= t.start and t.end <= head_end and t.type in ("DATE", "TIME")]
        if not inside:
            continue
        rest, at = "", sentence.start
        for t in inside:
            rest += article.text[at:t.start]
            at = t.end
        rest += article.text[at:head_end]
        if not _ENTRY_GLUE.match(rest):
            continue
        if dct and any(_after_dct(t.value, dct) for t in inside):
            continue  # "March 5, 2020 - Putin and Erdogan are due to meet": after the article, a plan
        found[sentence.start] = None
    if len(found) >= 3:
        for sentence in firsts:
            m = _LATER_ENTRY.match(sentence.text)
            if m and sentence.start not in found:
                found[sentence.start] = (m.group("head"), f"'{m.group('head')}': later than the entry before it, by a span "
                                                          f"the text does not give")
    return found


# A list under a dated lead: "documented the death of 17 civilians on Friday, 8 November 2019.
# Below are the victims by governorate." then "In Idlib: 4 civilians killed ...", "In Aleppo: ...",
# or bullets. Each item tells one of the happenings the lead dates. The lead must announce the list
# (a closing colon, "below", "the following", "by province") and give one day; only the items right
# after it take that day, not the lines after the list ("Total: ...", background).
_LIST_ITEM = re.compile(r"(?m)^[ \t]*(?:[-•*–][ \t]+|(?-i:In)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]+(?:\s+[\w’'-]+){0,3}\s*:\s)")
_LIST_LEAD = re.compile(r"(?i):\s*$|\b(?:below|the\s+following|as\s+follows|by\s+(?:governorate|province|region|district|area|city|town|oblast))\b")

# "what we know as of Monday:", "updated on 5 May:": a state at that day, not the day of each item
_AS_OF = re.compile(r"(?i)\b(?:as\s+(?:of|at)|updated|published|until|through|by)\s+(?:on\s+)?$")


def list_items(article: Article, timexes: list[temporal.Timex], dct: str | None) -> dict[int, temporal.Timex]:
    """{start of a sentence in a list item: the date of the list's lead} (see _LIST_LEAD)."""
    out: dict[int, temporal.Timex] = {}
    blocks = article.blocks
    for i, lead in enumerate(blocks):
        if lead.kind != "paragraph" or not _LIST_LEAD.search(article.text[lead.start:lead.end]):
            continue
        if i + 1 >= len(blocks) or not _LIST_ITEM.match(article.text, blocks[i + 1].start):
            continue
        days = [t for t in timexes if lead.start <= t.start and t.end <= lead.end and t.type == "DATE" and usable(t)
                and len(trim(t.value)) == 10 and not is_since(article.text, t) and not (dct and _after_dct(t.value, dct))
                and not _AS_OF.search(article.text, max(lead.start, t.start - 16), t.start)]
        if len({trim(t.value) for t in days}) != 1:
            continue  # no day, or two: which one an item tells is not said
        for item in blocks[i + 1:]:
            if item.kind != "paragraph" or not _LIST_ITEM.match(article.text, item.start):
                break
            j = bisect.bisect_left(article.sentences, item.start, key=lambda s: s.start)
            while j < len(article.sentences) and article.sentences[j].start < item.end:
                out[article.sentences[j].start] = days[0]
                j += 1
    return out


# A live blog: the header says the page is live or updated ("LIVE", "Live updates", "Updated
# 11:48 p.m. ET, Tuesday, November 26, 2024") and its entries each open with a line that holds a
# clock time alone ("6:20 p.m. ET", "14:20 GMT", "09:30"), then perhaps a headline line, then
# paragraphs. A line that holds a date alone ("Tuesday 26 November", "## November 25") heads the
# entries of that day.
_LIVE_MARKER = re.compile(r"(?im)^[^\w\n]*(?:live\b|(?:last\s+)?updated\b)")
_UPDATED = re.compile(r"(?i)\bupdated\b")
# "09:30" alone on its line: a time stamp the engine leaves alone (a bare number pair in running text is no time)
_BARE_CLOCK_LINE = re.compile(r"(?m)^[ \t#*]*(?P<clock>(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d))[ \t*]*$")
# a heading that ends the entries: what follows is older news or explanation, not reported now
_BLOG_BOUNDARY = re.compile(r"(?i)^[^\w]*(?:background|earlier|previously|context|catch\s+up|recap|in\s+case\s+you\s+missed|"
                            r"what\s+(?:we\s+know|happened|you\s+need\s+to\s+know))\b")


@dataclass
class BlogEntry:
    stamp: str  # the entry's time stamp as written
    day: str  # YYYY-MM-DD
    source: str  # where the day came from, for the reason


def live_blog_entries(article: Article, timexes: list[temporal.Timex], dct: str | None) -> dict[int, BlogEntry]:
    """Sentences of the entries of a live blog, with the day each entry was written: the
    publication day, or the day of the last day heading above it when the blog has day headings.
    Only on clear evidence: two lines or more that hold a time stamp alone, and a live marker or an
    update stamp above the first. No day where it is not sure: the entries of a day whose time
    stamps go up and down again, or include one later than the update time of that day (the blog
    goes over into another day without saying so); the entries of the publication day when the
    update names another day; whatever follows a "Background" or "Earlier" heading."""
    if not dct or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dct):
        return {}
    text = article.text
    stamps = {t.start: (t.text, t.value[-5:]) for t in timexes if t.type == "TIME" and t.rule == "clock_time"
              and re.search(r"T\d{2}:\d{2}$", t.value or "") and temporal.alone_on_line(text, t.start, t.end)}
    for m in _BARE_CLOCK_LINE.finditer(text):
        stamps.setdefault(m.start("clock"), (m.group("clock"), f"{int(m.group('h')):02d}:{m.group('m')}"))
    # a day heading states its day of the month: a weekday alone ("Tuesday") would be a guess
    days = {t.start: t for t in timexes if t.type == "DATE" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value or "")
            and t.value <= dct and re.search(r"\d", t.text or "") and temporal.alone_on_line(text, t.start, t.end)}
    lines = [b for b in article.blocks if b.kind != "title"]
    stamp_of = {block_index(lines, s): stamp for s, stamp in sorted(stamps.items(), reverse=True)}  # a line's first
    day_of = {block_index(lines, s): t for s, t in sorted(days.items(), reverse=True)}
    stamp_lines = [b for i, b in enumerate(lines) if i in stamp_of]
    if len(stamp_lines) < 2 or not _LIVE_MARKER.search(text, 0, stamp_lines[0].start):
        return {}
    # the update stamp of the header: its day, and its clock time if it gives one
    update_day, update_clock = dct, None
    marker = next((m for m in _LIVE_MARKER.finditer(text, 0, stamp_lines[0].start) if _UPDATED.search(m.group())), None)
    if marker:
        line_end = text.find("\n", marker.end())
        line_end = stamp_lines[0].start if line_end < 0 else line_end
        said = next((t for t in timexes if marker.start() <= t.start < line_end and t.type in ("DATE", "TIME")), None)
        if said and re.match(r"\d{4}-\d{2}-\d{2}", said.value or ""):
            update_day = said.value[:10]
            clock = re.search(r"T(\d{2}:\d{2})$", said.value)
            update_clock = clock.group(1) if clock else None
    has_day_headings = any(i >= 0 for i in day_of)
    # walk the lines: sections under a day heading, entries under a time stamp
    sections: list[tuple[str | None, str, list[tuple[tuple[str, str], list[Block]]]]] = []
    if not has_day_headings:
        sections.append((dct if update_day == dct else None, "the publication day", []))
    entry: list[Block] | None = None
    headline_allowed = False
    for i, b in enumerate(lines):
        stamp, day = stamp_of.get(i), day_of.get(i)
        if stamp is not None and sections:
            entry = []
            sections[-1][2].append((stamp, entry))
            headline_allowed = True
        elif day is not None:
            sections.append((day.value, f"the day heading '{day.text}'", []))
            entry = None
        elif b.kind == "paragraph" and entry is not None:
            entry.append(b)
            headline_allowed = False
        elif _BLOG_BOUNDARY.match(text[b.start:b.end]) and b.start > stamp_lines[0].start:
            break  # older news below: not reported at the time stamps above
        elif not (headline_allowed and b.kind in ("heading", "chrome")):
            entry = None  # another heading: its paragraphs are not the entry's
        else:
            headline_allowed = False
    entry_at: dict[int, BlogEntry] = {}  # a paragraph's start -> its entry
    for day, source, entries in sections:
        clocks = [clock for (_, clock), _ in entries]
        monotonic = clocks == sorted(clocks) or clocks == sorted(clocks, reverse=True)
        if day is None or not monotonic:
            continue  # the entries go over into another day, and the text does not say where
        if day == update_day and update_clock and any(c > update_clock for c in clocks):
            continue  # an entry later than the last update was written on another day: the same doubt
        for stamp, blocks in entries:
            entry_at.update((b.start, BlogEntry(stamp[0], day, source)) for b in blocks)
    found: dict[int, BlogEntry] = {}
    for s in article.sentences:
        i = block_index(lines, s.start)
        if i >= 0 and lines[i].start in entry_at:
            found[s.start] = entry_at[lines[i].start]
    return found


def read_at_entry_day(article: Article, blog: dict[int, BlogEntry], timexes: list[temporal.Timex],
                      dct: str | None) -> list[temporal.Timex]:
    """A live-blog entry under an earlier day heading ("Sunday 3 March", in a blog updated on
    Monday 4 March) was written that day: its "yesterday", "earlier today", "this morning" and
    weekdays count from that day, not from the update. Its sentences are read again with the
    entry's day as their creation time."""
    out = timexes
    for sentence in article.sentences:
        live = blog.get(sentence.start)
        if not live or live.day == dct:
            continue
        again = [replace(t, start=t.start + sentence.start, end=t.end + sentence.start)
                 for t in temporal.tag(sentence.text, live.day)]
        out = [t for t in out if not (sentence.start <= t.start < sentence.end)] + again
    return sorted(out, key=lambda t: t.start) if out is not timexes else timexes


def dates_only_the_entry_day(sentence: Sentence, timexes: list[temporal.Timex], day: str) -> bool:
    """Every date of the sentence is the entry's own day ("fired rockets on Tuesday morning, the
    military said", in an entry of that Tuesday): the saying is of that day too."""
    return all((t.value or "")[:10] == day and re.match(r"\d{4}-\d{2}-\d{2}", t.value or "")
               for t in timexes if sentence.start <= t.start < sentence.end and t.type in ("DATE", "TIME"))


def _after_dct(value: str, dct: str) -> bool:
    """The calendar date of a timex value (its year, month and day, as far as it has them) is after
    the DCT. Only digits are compared: "2019-SU" or "2019-W30" is judged by its year, since a
    letter sorts after every digit."""
    m = re.match(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?![\d])", value)
    return bool(m) and m.group(0) > dct[:len(m.group(0))]
