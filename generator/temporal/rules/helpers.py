"""Helpers shared by several rule families: the words around a match, month/day/weekday numbers,
the name and headline guards, modifiers, the year of a partial date, "since" ranges, the checks
on a number read as a year, duration values, the period of the reference time and the day a
quotation was said."""

from __future__ import annotations

import bisect
import re

from .. import anchor as A
from ..lexicon import (
    DAY_RE, DURATION_MODS, FULL_STOP_RE, MONTHS, MONTH_RE, NUMBER_RE, MONTH_ABBREVIATIONS, MONTH_MISSPELLINGS, PARTS_OF_DAY, SEASONS,
    WEEKDAYS, WEEKDAY_ABBREVIATIONS, WEEKDAY_RE,
)
from .base import Context, Resolved, Resolver


def _unit_in_name(text: str, start: int) -> bool:
    """A capitalised unit word inside running text is part of a name: "the Six-Day War", "a Day
    of Rage", "a 60 Minutes interview", "the Seven Years' War". Not at the start of a sentence,
    and not in a title-case headline (a line without a lower-case word of four letters or more)."""
    w = re.match(r"[A-Za-z]+", text[start:start + 20])
    if not w or not w.group(0)[:1].isupper() or w.group(0).isupper():
        return False
    if re.search(r"(?:^|[.!?\n]\s*|[\"“]\s*)$", text[max(0, start - 3):start]):
        return False
    return _running_text(text, start)


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]{4,}")
# A headline is shorter than this on either side; a longer line is judged by its words near pos
# (reading the whole line each time made a long one-line text quadratic).
_LINE_WINDOW = 200


def _running_text(text: str, pos: int) -> bool:
    """The line holding pos is running text, not a title-case headline (it has a lower-case word
    of four letters or more)."""
    lo, hi = max(0, pos - _LINE_WINDOW), min(len(text), pos + _LINE_WINDOW)
    a = text.rfind("\n", lo, pos)
    b = text.find("\n", pos, hi)
    return _LOWER_WORD.search(text, lo if a < 0 else a + 1, hi if b < 0 else b) is not None


# a name that is the subject of a clause: an auxiliary or a past-tense verb follows it
_NAME_THEN_VERB = re.compile(r"[ \t]+(?:was|were|is|are|has|have|had|will|would|said|says|[a-z]{3,}ed)\b")
_NAME_WORD = re.compile(r"[ \t]+(?-i:[A-Z][a-z]+)\b")
_THE_BEFORE = re.compile(r"(?:^|\W)the\s+$", re.I)
_BLOC_AFTER = re.compile(r"[ \t]+(?:alliance|coalition|movement|bloc|camp)\b")


def _date_in_name(text: str, start: int, end: int, with_day: bool = False) -> bool:
    """A calendar word between "the" and a capitalised word is part of a name, not a date: "the
    October War", "the Tuesday Group", "the April 6 Youth Movement", "the 25 January Revolution".
    The capitalised word must not be a calendar word itself, and the line must be running
    text (in a title-case headline every word is capitalised). A date with a day number is
    often a modifier ("the Oct. 12 Cole bombing"): there the capitalised word must end the name
    (punctuation, another capitalised word or a verb follows: "the 6th of October Bridge was")."""
    m = _NAME_WORD.match(text, end)
    if with_day and _BLOC_AFTER.match(text, end) and _THE_BEFORE.search(text[max(0, start - 5):start]):
        return True  # Lebanon's "the March 8 alliance", Egypt's "the April 6 movement": a political bloc
    if not m:
        return False
    w = m.group(0).strip().lower()
    if w in MONTHS or w in WEEKDAYS or w in SEASONS or w in PARTS_OF_DAY:
        return False
    if with_day and re.match(r"[ \t]+[a-z]", text[m.end():]) and not _NAME_THEN_VERB.match(text, m.end()):
        return False
    if not (text[start:start + 4].lower() == "the " or _THE_BEFORE.search(text[max(0, start - 5):start])):
        return False
    return _running_text(text, start)


def _capitalised_before(text: str, start: int) -> bool:
    """A capitalised word (not an acronym, not the first word of a sentence) right before start,
    in running text: "Black September", "Vision 2030", "Expo 2020" are names."""
    w = re.search(r"(?:^|(?<=[^\w'’.-]))(?-i:([A-Z][a-z]+))[ \t]$", text[max(0, start - 25):start])
    if not w:
        return False
    ws = max(0, start - 25) + w.start(1)
    if re.search(r"(?:^|[.!?:;|\n]\s*|[\"“(]\s*)$", text[max(0, ws - 3):ws]):
        return False
    word = w.group(1).lower()
    if word in MONTHS or word in WEEKDAYS or word in SEASONS or word in _TEMPORAL_PREPOSITIONS \
            or word in _CALENDAR_LABELS:
        return False
    return _running_text(text, start)


# capitalised words that do introduce a year or a month: "Copyright 2013", "Christmas 2012"
_CALENDAR_LABELS = {"copyright", "christmas", "easter", "ramadan", "eid", "year", "fiscal", "class",
                    "season", "spring", "summer", "autumn", "fall", "winter", "mid", "early", "late"}


_TEMPORAL_PREPOSITIONS = {"in", "since", "until", "till", "by", "from", "through", "during",
                          "early", "late", "mid", "mid-", "last", "next", "this", "of", "to",
                          "before", "after", "between", "and", "or", "end", "beginning", "start",
                          "middle", "throughout", "around", "on", "for", "past", "coming", "that",
                          "previous", "following", "into", "within", "than"}


def _words_before(text: str, pos: int, n: int = 1) -> list[str]:
    chunk = text[max(0, pos - 60):pos]
    return [w.lower() for w in re.findall(r"[A-Za-z$£€#'.-]+|\d+", chunk)][-n:]


_LINE_DECORATION = " \t#*•|:-–—_"


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """text[start:end] is all its line holds, apart from heading marks ("## ", "**", a colon).
    (It stops at the first other character either side: on a 200 KB line of dates, reading the
    whole line for each of them cost its square.)"""
    i = start - 1
    while i >= 0 and text[i] != "\n":
        if text[i] not in _LINE_DECORATION:
            return False
        i -= 1
    j = end
    while j < len(text) and text[j] != "\n":
        if text[j] not in _LINE_DECORATION:
            return False
        j += 1
    return True


def _word_after(text: str, pos: int) -> str:
    m = re.match(r"\s*([A-Za-z%$'-]+|\d+)", text[pos:pos + 40])
    return m.group(1) if m else ""


def _month_num(s: str) -> int:
    s = s.lower().rstrip(".")
    return MONTHS.get(s) or MONTH_MISSPELLINGS.get(s) or MONTH_ABBREVIATIONS[s]


def _weekday_num(s: str) -> int:
    s = s.lower().rstrip(".")
    return WEEKDAYS.get(s) or WEEKDAY_ABBREVIATIONS[s]


def _day_num(s: str) -> int:
    return int(re.match(r"\d+", s).group(0))


# translated news drops the article ("in beginning of March") or writes "mid of March"
_POINT_MOD_RE = (r"(?:(?P<pmod>early|late|(?:the\s+)?mid\s+of|mid-|mid|the\s+(?:beginning|start|end|middle|close|"
                 r"early\s+part|latter\s+part|last\s+part|first\s+part)\s+of(?:\s+the)?|"
                 r"(?:beginning|start|end|middle)\s+of)\s*)")


def _point_mod(s: str | None) -> str | None:
    if not s:
        return None
    s = re.sub(r"^the ", "", re.sub(r"\s+", " ", s.lower()).strip())
    if s.startswith(("early", "beginning", "start", "first part")):
        return "START"
    if s.startswith(("late", "end", "close", "latter", "last part")):
        return "END"
    if s.startswith(("mid", "middle")):
        return "MID"
    return None


_DUR_MOD_RE = (r"(?:(?P<dmod>about|around|approximately|roughly|some|nearly|almost|just\s+under|well\s+under|"
               r"less\s+than|fewer\s+than|(?:a\s+little\s+|slightly\s+|well\s+|far\s+)?more\s+than|"
               r"(?:just|well|a\s+little|slightly)\s+over|over|under|at\s+least|no\s+less\s+than|close\s+to|"
               r"a\s+maximum\s+of|a\s+minimum\s+of|upwards\s+of|"
               r"up\s+to|no\s+more\s+than|at\s+most)\s+)")

# the first count of a range of counts, right before the second count and its unit: "two to
# three years", "5-7 weeks", "two or three days" (the range is the rule 'duration_range')
_COUNT_RANGE_BEFORE = re.compile(rf"(?<![\w'’.,-])(?:{NUMBER_RE})(?:-?\s+(?:to|or)\s+|\s*[-–]\s*)$", re.I)


def _dur_mod(s: str | None) -> str | None:
    if not s:
        return None
    return DURATION_MODS.get(re.sub(r"\s+", " ", s.lower()).strip())


# A bound on the distance of a date from now turns into a bound on the date: "more than two
# years ago" is before the date two years back (TIMEX3 mod BEFORE), "less than a year ago" after
# it (AFTER), "at least" / "no more than" the same with equality. The sign is -1 for "ago" /
# "earlier", +1 for "later" / "from now". "about", "nearly", "almost" stay APPROX.
_BOUND_ON_DATE = {
    ("MORE_THAN", -1): "BEFORE", ("MORE_THAN", 1): "AFTER",
    ("LESS_THAN", -1): "AFTER", ("LESS_THAN", 1): "BEFORE",
    ("EQUAL_OR_MORE", -1): "ON_OR_BEFORE", ("EQUAL_OR_MORE", 1): "ON_OR_AFTER",
    ("EQUAL_OR_LESS", -1): "ON_OR_AFTER", ("EQUAL_OR_LESS", 1): "ON_OR_BEFORE",
}


def _date_mod(dmod: str | None, sign: int) -> str | None:
    """The TIMEX3 mod of a date counted with a modified distance ("more than two years ago")."""
    if not dmod:
        return None
    word = re.sub(r"\s+", " ", dmod.lower()).strip()
    mod = DURATION_MODS.get(word)
    if mod is None or word in ("nearly", "almost", "just under", "just over"):
        return "APPROX"
    return _BOUND_ON_DATE.get((mod, sign), mod)


def _unresolved(type_: str, value: str, why: str, mod: str | None = None) -> Resolved:
    return Resolved(type_, value, mod, "unresolved", why, sets_reference=False)


def _tense_word(t: A.Tense) -> str:
    return {"past": "past tense clause", "future": "future clause", "present": "present clause",
            "unknown": "tense unknown, news default: past"}[t.label]


# A year alone on its line, as timelines head each year's entries ("2019\n\nApril 30 – ...",
# "## 2016", "2012:"): the entries below it until the next such heading are in that year.
_YEAR_HEADING = re.compile(r"^[ \t]*(?:#{1,6}[ \t]*)?((?:1[89]|20)\d\d)[ \t]*:?[ \t]*\n", re.M)


def _heading_year(ctx: Context, start: int) -> int | None:
    """The year of the timeline heading above position start, if any."""
    if ctx.year_headings is None:
        ctx.year_headings = [(m.start(1), int(m.group(1))) for m in _YEAR_HEADING.finditer(ctx.text)]
    i = bisect.bisect_right(ctx.year_headings, (start, 0))
    return ctx.year_headings[i - 1][1] if i else None


def _timeline_year(ctx: Context, start: int) -> int | None:
    """The year of the heading above a timeline entry's date. Only for a date that opens its
    line, as entries do: a heading's reach is not known, and prose after the timeline ("In
    February, talks resumed") is not in its year."""
    return _heading_year(ctx, start) if _ENTRY_START.search(ctx.text, max(0, start - 10), start) else None


# A timeline entry: a date opening its line (after a bullet, if any), a spaced dash, then the
# entry's text. When that text opens with a number it is a count, not a range's end day:
# "March 5 – 12 civilians are killed", "February 27 – 33 Turkish soldiers die".
_ENTRY_START = re.compile(r"(?:^|\n)[ \t]*(?:[*•·-][ \t]+)?$")
_ENTRY_COUNT = re.compile(r"[ \t]+[-–—][ \t]+(?P<n>\d{1,3})(?:[ \t]+(?P<w>[A-Za-z]+)|(?=,\d))")
_NOT_COUNTED = {"in", "at", "on", "and", "or", "to", "when", "the", "but", "as", "of", "for", "with", "by",
                "before", "after", "while", "during", "until", "through"}


def _opens_entry(text: str, start: int, end: int) -> bool:
    """The expression at start..end opens a timeline entry: it starts its line (after a bullet,
    if any) and a colon or a spaced dash follows ("April: A sarin attack ...", "June – ...")."""
    return bool(_ENTRY_START.search(text, max(0, start - 10), start)) \
        and re.match(r"[ \t]*(?::[ \t]|[-–—|][ \t])", text[end:end + 4]) is not None


def _entry_count_after(text: str, start: int, end: int) -> bool:
    """The date at start..end opens a timeline entry whose text opens with a count."""
    m = _ENTRY_COUNT.match(text, end)
    if not m or not _ENTRY_START.search(text, max(0, start - 10), start):
        return False
    return int(m["n"]) > 31 or bool(m["w"]) and (m["w"][:1].isupper() or m["w"].lower() not in _NOT_COUNTED)


# a date right after "postponed/extended ... to/until" is where something was moved: ahead
_MOVED_TO_BEFORE = re.compile(r"\b(?:postponed|deferred|delayed|extended|pushed\s+back|moved\s+back|rescheduled)\s+"
                              r"(?:\w+\s+){0,3}(?:to|till|until|through|thru)\s+(?:the\s+)?(?:\w+\s+)?$", re.I)


# The end of a sentence (or clause) near an expression: a full stop after "a.m."/"p.m." ends it only
# before a capital letter ("at 5 a.m. Every house ..." ends; "at 5 a.m. on Friday" does not).
_CLAUSE_END = re.compile(rf"(?<![ap]\.m)(?<![AP]\.M)(?:{FULL_STOP_RE}|[!?;])\s|(?<=[ap]\.m)\.\s+(?=[A-Z])|\n")


def _sentence_bounds(text: str, s: int, e: int, reach: int = 150) -> tuple[int, int]:
    """(start, end) of the sentence or clause holding text[s:e], at most reach characters on
    either side. The end is searched from the expression's last character, whose own dot may end
    the sentence ("... at 5 a.m. Every ...")."""
    lo, hi = max(0, s - reach), min(len(text), e + reach)
    a = max((m.end() for m in _CLAUSE_END.finditer(text, lo, s)), default=lo)
    b = _CLAUSE_END.search(text, max(s, e - 1), hi)
    return a, (b.start() if b else hi)


def _year_for(ctx: Context, start: int, end: int, month: int, day: int | None = None
              ) -> tuple[int, str]:
    """Year of a partial date (month, optional day) from the DCT and the clause's tense.

    News style leaves the year out for dates near the publication date, so the DCT's year is
    kept unless that puts the date more than about three months on the wrong side of the DCT
    for the tense of the clause (a past-tense "October" in January is last October; a
    future "January" in November is next January); with no tense cue, the nearest one wins.
    A timeline entry's date under a year heading takes the heading's year (with or without a DCT)."""
    heading = _timeline_year(ctx, start)
    if heading is not None:
        return heading, f"the year of the timeline heading {heading} above it"
    dct = ctx.dct
    y = dct.year
    if _words_before(ctx.text, start, 1) == ["since"]:
        # "has cost $9 billion since March": a starting point, never after the DCT
        first = A.safe_date(y, month, day or 1)
        if first is not None and first > dct:
            return y - 1, f"the latest one before the DCT {ctx.dct_value} (since)"
        return y, f"in the year of the DCT {ctx.dct_value} (since)"
    t = ctx.tense(start, end)
    cand = A.safe_date(y, month, day or 15) or A.safe_date(y, month, 28)
    offset = (cand - dct).days
    if t.label == "past":
        if offset < -182 and _MOVED_TO_BEFORE.search(ctx.text, max(0, start - 60), start):
            # (review Q) "the talks were postponed to January 15", said in November: ahead, when
            # the next one is nearer than the past one ("the truce was extended through January
            # before it collapsed", said in June, is the January just gone)
            return y + 1, f"the next one after the DCT {ctx.dct_value} (moved to a later date)"
        if offset > 92:
            return y - 1, f"the latest one before the DCT {ctx.dct_value} ({_tense_word(t)})"
    elif t.label == "future":
        if offset < -92:
            return y + 1, f"the next one after the DCT {ctx.dct_value} ({_tense_word(t)})"
    else:
        if offset > 182:
            return y - 1, f"the nearest one to the DCT {ctx.dct_value} ({_tense_word(t)})"
        if offset < -182:
            return y + 1, f"the nearest one to the DCT {ctx.dct_value} ({_tense_word(t)})"
    return y, f"in the year of the DCT {ctx.dct_value} ({_tense_word(t)})"


# (review Q) A past-tense clause whose partial date, in the DCT's year, would lie more than five
# weeks after the DCT: "the ceasefire began on Christmas Eve" said on 6 November is last year's.
# In TimeBank and AQUAINT 24 of the 27 past-tense dates put after the DCT were right (a plan in
# reported speech: "said it would extend the offer to Nov. 20"), all within five weeks (34 days
# at most), so the 92-day window of _year_for stays for them; beyond five weeks only a wrong
# and an unannotated one. A forward word before the date ("extended until", "to", "by",
# "through", "deadline of") names the end of a period, which may well lie ahead: left alone.
_PAST_AHEAD_DAYS = 35
_FORWARD_BEFORE = re.compile(r"\b(?:until|till|til|to|through|thru|by|before|deadline|expire[sd]?|expiring|"
                             r"effective|from|as\s+of)\s+(?:the\s+)?(?:\w+\s+)?$", re.I)


def _past_date_ahead(ctx: Context, start: int, end: int, y: int, month: int, day: int | None = None) -> bool:
    """The year chosen for a partial date in a past-tense clause puts it more than five weeks
    after the DCT, with no forward word before it: last year's is meant (see _PAST_AHEAD_DAYS)."""
    if ctx.dct is None or y != ctx.dct.year or ctx.tense(start, end).label != "past":
        return False
    first = A.safe_date(y, month, day or 1)
    if first is None or (first - ctx.dct).days <= _PAST_AHEAD_DAYS:
        return False
    return not _FORWARD_BEFORE.search(ctx.text, max(0, start - 40), start)


def _since_range(ctx: Context, start: int, value: str, res: Resolved) -> Resolved:
    """'since X' -> a range from X to the DCT."""
    prev = _words_before(ctx.text, start, 1)
    if not prev or not A.granularity(value):
        return res
    if prev[0] == "since":
        res.range_start = value
        res.range_end = ctx.dct_value or None
    return res


def _absolute(type_: str, value: str, what: str, mod: str | None = None) -> Resolver:
    def fn(ctx: Context, s: int, e: int) -> Resolved:
        return _since_range(ctx, s, value, Resolved(type_, value, mod, "absolute", what))
    return fn


_YEAR_BAD_BEFORE = {"$", "£", "€", "#", "no.", "nos.", "no", "number", "base", "flight", "route",
                    "highway", "room", "page", "article", "section", "resolution", "boeing",
                    "airbus", "model", "vol.", "chapter", "apollo", "windows", "terminal", "gate",
                    "unit", "level", "rule", "code", "law", "bill", "item", "plan", "p.", "pp.",
                    "u.s.", "channel", "box", "suite", "apt.", "interstate", "i-", "hr", "s.", "version", "v."}
# Years of other calendars, as the Gulf, Iranian and Nepali press writes them: Hijri "1441 AH",
# solar Hijri "1398 SH", Bikram Sambat "2076 BS", Buddhist "2563 BE"; the marker in capitals and
# not the initials of a name after it ("in 2019 B.S. Yediyurappa ...").
_OTHER_ERA_AFTER = re.compile(r"\s*(?:(?-i:AH|A\.H\.|BS|B\.S\.|SH|S\.H\.|BE|B\.E\.)(?![\w-])(?!\s+(?-i:[A-Z][a-z]))"
                              r"|(?:Hijri|Hijra|Shamsi|Bikram\s+Sambat|Vikram\s+Samvat|Nepal\s+Sambat)\b)")
_OTHER_ERA_BEFORE = re.compile(r"\b(?:(?:Iranian|Persian|Hijri|Islamic|Nepali|Nepalese)\s+(?:calendar\s+|new\s+)?|(?:Buddhist|Thai)\s+(?:calendar\s+)?)year\s+$", re.I)
# A year before a car maker's name is a model year ("a 2015 Toyota Camry", "his 1987 Chevrolet"):
# dating an event by it would be wrong. Makers that are also common names ("the 1976 Ford
# campaign", "the 1860 Lincoln debates") count only before a model or a word for a vehicle.
_CAR_MAKE_AFTER = re.compile(
    r"[ \t]+(?-i:(?:Chevrolet|Chevy|Toyota|Honda|Nissan|Datsun|Jeep|BMW|Mercedes(?:-Benz)?|Volkswagen|VW|Audi|"
    r"Hyundai|Kia|Chrysler|Cadillac|Buick|Pontiac|Oldsmobile|Mazda|Subaru|Volvo|Tesla|Lexus|Acura|Infiniti|"
    r"GMC|Plymouth|Mitsubishi|Porsche|Ferrari|Lamborghini|Saab|Peugeot|Renault|Fiat|Isuzu|Suzuki|Land\s+Rover|"
    r"Range\s+Rover|Jaguar\s+[A-Z]+-?\w*)\b"
    r"|(?:Ford|Lincoln|Dodge|Mercury|Saturn)[ \t]+(?:[A-Z][\w-]*|\d[\w-]*|(?i:pickup|truck|sedan|van|car|coupe|SUV|minivan|wagon))\b)")
_YEAR_BAD_AFTER = re.compile(
    r"\s*(?:%|percent|per\s+cent|people|persons|troops|soldiers|men|women|children|civilians|"
    r"families|refugees|tons|tonnes|barrels|shares|points|feet|foot|meters|metres|miles|km|"
    r"kilometers|kilometres|dollars|euros|pounds|yen|acres|hectares|votes|seats|cases|deaths|"
    r"rockets|missiles|strikes|attacks|homes|houses|jobs|workers|employees|members|students|"
    r"units|vehicles|cars|rounds|hp|cc|mph|hours|hrs|gmt|utc|local\s+time|times|pages|words|ft|m\b|kg|lb|calories|"
    r"-\d{1,3}\b(?!s)|:\d|,\d{3}|\.\d)", re.I)


# more things counted in conflict reports and on web pages; unlike the nouns of _YEAR_BAD_AFTER
# these often start a clause after a year ("in 2012 rebels took the town")
_COUNT_AFTER = re.compile(r"[ \t]+(?:prisoners|detainees|fighters|militants|rebels|insurgents|voters|"
                          r"victims|bodies|wounded|injured|displaced|shells|bombs|tanks|planes|aircraft|"
                          r"buildings|villages|likes|views|followers|comments|square\s+(?:kilometres|kilometers|km|miles|metres|meters))\b", re.I)
_QUANTITY_BEFORE = re.compile(r"\b(?:rose|risen|fell|fallen|climbed|increased|dropped|jumped|declined|grew|"
                              r"soared|surged|reached|totaled|totalled|numbered|stood|stands)\s+(?:to\s+|at\s+)?$", re.I)
_LEVEL_AFTER = re.compile(r"\s+(?:levels?|figures?|highs?|lows?|prices|rates?)\b", re.I)
_DETERMINERS = {"the", "its", "their", "his", "her", "our", "this", "that", "these", "those"}
# a field of page furniture, alone on its line: "Views: 2013"
_FIELD_LABEL = re.compile(r"(?:^|\n)[ \t]*([A-Za-z]+)[ \t]*:[ \t]*$")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_DATE_LABELS = {"date", "dated", "year", "years", "published", "posted", "updated", "modified",
                "created", "copyright", "founded", "established", "born", "died", "since", "period",
                "season", "edition", "issue", "released", "release", "from", "to", "until", "in"}
# "2000 Main Street", "1600 Pennsylvania Avenue" (case-sensitive: "in 2013 the street ...")
_ADDRESS_AFTER = re.compile(r"(?:[ \t]+[A-Z][a-z]+){1,3}[ \t]+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|"
                            r"Boulevard|Blvd\.?|Lane|Drive|Highway|Square|Place|Parkway)\b")


def _year_ok(text: str, start: int, end: int, after_hyphen: bool = False) -> bool:
    before = text[max(0, start - 2):start]
    # \Z, not $ (which also matches before a final newline): a year opening a line after a
    # line ending in a full stop is not part of a number ("...spread.\n2012 – ...")
    if not after_hyphen and re.search(r"[\d.,$£€#/:-]\Z", before) and not re.search(r"[\s(]-\Z", before):
        if not before.endswith("-") or re.search(r"\d-\Z", before):
            return False
    prev = _words_before(text, start, 1)
    if prev and prev[0] in _YEAR_BAD_BEFORE:
        return False
    if _capitalised_before(text, start):
        return False  # "Vision 2030", "Expo 2020", "Orion 1980": a name with a number
    if _QUANTITY_BEFORE.search(text, max(0, start - 25), start) and not _LEVEL_AFTER.match(text, end):
        return False  # "the death toll rose to 2014", "stood at 1998" ("fell to 1999 levels" is a year)
    if re.search(r"\d[ \t]$", before):
        return False  # one group of a phone or reference number: "Tel: 011 2013 456"
    label = _FIELD_LABEL.search(text, max(0, start - 30), start)
    if label and label.group(1).lower() not in _DATE_LABELS and _LINE_END.match(text, end):
        return False  # page furniture: "Views: 2013", "ID: 1998" (a count or code, not a year)
    after_prep = bool(prev) and prev[0] in _TEMPORAL_PREPOSITIONS
    if _ADDRESS_AFTER.match(text, end) and not after_prep:
        return False  # a street number: "2000 Main Street"
    modifier = bool(prev) and prev[0] in _DETERMINERS or re.search(r"['’]s\s+$", text[max(0, start - 4):start])
    if _COUNT_AFTER.match(text, end) and not after_prep and not modifier:
        # "captured 2015 prisoners", "has 2018 likes"; "in 2012 rebels took ...", "the 2013
        # voters list", "Syria's 2014 voters" are years
        return False
    if _YEAR_BAD_AFTER.match(text, end):
        return False
    if _CAR_MAKE_AFTER.match(text, end) and not (prev and prev[0] in _TEMPORAL_PREPOSITIONS):
        return False  # "Kopp's 1987 Chevrolet Cavalier", "a 2015 Toyota Camry": a model year, no date
    if _OTHER_ERA_AFTER.match(text, end) or _OTHER_ERA_BEFORE.search(text, max(0, start - 40), start):
        return False  # "1441 AH", "2076 BS", "the Iranian year 1398": not a Gregorian year
    y = int(text[start:start + 4])
    if y < 1700 and not (prev and prev[0] in ("in", "since", "of", "by", "from", "until", "before",
                                              "after", "year", "around", "circa", "c.")):
        return False
    return True




def _duration_value(n, unit: str, is_time: bool, mult: int) -> str:
    if n is None:
        num = "X"
    else:
        k = n * mult
        num = str(int(k)) if float(k).is_integer() else f"{k:g}"
    if unit == "WE":
        return f"P{num}WE"
    if unit == "Q":  # ISO 8601 has no quarter unit: three months each
        return f"P{num if n is None else (str(int(n * mult * 3)) if float(n * mult * 3).is_integer() else f'{n * mult * 3:g}')}M"
    if is_time:
        return f"PT{num}{unit}"
    return f"P{num}{unit}"


_SMALLER = {("Y", False): ("M", False, 12), ("D", False): ("H", True, 24), ("H", True): ("M", True, 60),
            ("M", True): ("S", True, 60), ("W", False): ("D", False, 7)}


def _fraction_value(n: float, unit: str, is_time: bool, mult: int) -> str | None:
    """ISO-TimeML value of a fractional quantity of a unit: 2.5 years -> P2Y6M, 5.5 hours ->
    PT5H30M, 0.5 hour -> PT30M; a decimal on the unit when no smaller unit makes it exact."""
    if unit == "Q":
        unit, mult, n = "M", 1, n * 3
    total = n * mult
    whole = int(total)
    frac = total - whole
    if frac == 0:
        return _duration_value(whole, unit, is_time, 1)
    sm = _SMALLER.get((unit, is_time))
    if sm and float(frac * sm[2]).is_integer():
        small_unit, small_time, k = sm
        big = f"{whole}{unit}" if whole else ""
        small = f"{int(frac * k)}{small_unit}"
        if not is_time and not small_time:
            return f"P{big}{small}"          # P2Y6M
        if is_time:
            return f"PT{big}{small}"         # PT5H30M
        return f"P{big}T{small}"             # P1DT12H
    return f"P{'T' if is_time else ''}{total:g}{unit}"


def _compared_with(ctx: Context) -> bool:
    """The reference time is only the term of a comparison ("higher than a year ago", "up from
    $5 million a year earlier"), not when the story happens: "earlier in the year" or "for the
    year" after it do not refer to it. ("Last year, the plant was sold. Later in the year ..."
    is narrative: "last year" keeps anchoring.)"""
    return ctx.ref_comparison and ctx.ref_rule == "ago"


def _ref_against_tense(ctx: Context, start: int, end: int) -> bool:
    """The year last mentioned lies on the wrong side of the DCT's year for the clause's tense,
    so "the year" cannot be it: "approved in 2011, it is expected to reach shops by the end of
    the year"; "deliveries fell in the first nine months of the year" after "2020" in 2019."""
    if ctx.dct is None or not ctx.ref_value:
        return False
    d = A.to_date(ctx.ref_value)
    if d is None or d.year == ctx.dct.year:
        return False
    t = ctx.tense(start, end).label
    return (t == "future" and d.year < ctx.dct.year) or (t == "past" and d.year > ctx.dct.year)


def _period_of_reference(unit: str, what: str) -> Resolver:
    """The calendar year/month/week that holds the reference time, else the DCT's."""
    def fn(ctx, s, e):
        if ctx.ref_value and not _compared_with(ctx) and A.granularity(ctx.ref_value) in ("Y", "M", "D", "Q", "W") \
                and not _ref_against_tense(ctx, s, e):
            d = A.to_date(ctx.ref_value)
            if d and not (A.granularity(ctx.ref_value) == "Y" and unit != "Y"):
                return Resolved("DATE", A.at_granularity(d, unit), None, "reference",
                                f"{what}: the one of the date last mentioned ({ctx.ref_value})", sets_reference=False)
        if ctx.dct is None:
            return _unresolved("DATE", {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX"}[unit], f"{what}; no DCT")
        return Resolved("DATE", A.at_granularity(ctx.dct, unit), None, "dct", f"{what}: the one of the DCT",
                        sets_reference=False)
    return fn


# (review Q) "'We were attacked yesterday,' the commander said on Friday": a quotation's
# "yesterday" counts from the day it was said, not from the DCT. A speech verb with a day of its
# own next to the quotation (after its closing mark, or before its opening one).
# ("quoted him as saying on Thursday", "Speaking on Monday, the minister said", "in a statement
# issued / an interview published on Sunday": the day of the words)
_SPEECH_VERB = (r"(?:said|says|saying|speaking|told|added|stated|declared|wrote|tweeted|posted|announced|insisted|claimed|"
                r"issued|published)")
_SPEECH_DAY = (rf"(?:on\s+)?(?P<sd>(?P<swd>{WEEKDAY_RE})|(?P<mon>{MONTH_RE})\.?\s+(?P<d>{DAY_RE})|(?P<d2>{DAY_RE})\s+(?P<mon2>{MONTH_RE})|"
               rf"last\s+(?P<lu>week|month))(?![\w])")
_SPEECH_AFTER_QUOTE = re.compile(rf"\s*,?\s*(?:[\w.'’-]+\s+){{0,6}}?{_SPEECH_VERB}\s+(?:[\w.'’-]+\s+){{0,4}}?{_SPEECH_DAY}", re.I)
_SPEECH_BEFORE_QUOTE = re.compile(rf"\b{_SPEECH_VERB}\s+(?:[\w.'’-]+\s+){{0,4}}?{_SPEECH_DAY}[^.\n\"“”]{{0,60}}$", re.I)


_SENTENCE_END = re.compile(rf"(?:{FULL_STOP_RE}|[!?;:])(?:\s+|$)")
# the attribution closes the sentence: ", the army said on Friday (in a statement)." (not a
# second clause: ", and police said on Monday that ...")
_SPEECH_CLOSES = re.compile(rf"[^,]*,\s*(?!and\b|but\b|while\b)(?:[\w.'’-]+\s+){{0,6}}?{_SPEECH_VERB}\s+(?:[\w.'’-]+\s+){{0,4}}?"
                            rf"{_SPEECH_DAY}(?:\s+(?:in|at|to|during|after|via|through|from)\b[^,]{{0,40}})?\s*$", re.I)
_SPEECH_OPENS = re.compile(rf"\b{_SPEECH_VERB}\s+(?:[\w.'’-]+\s+){{0,4}}?{_SPEECH_DAY}", re.I)


def _speech_period(dct, m) -> tuple:
    """(first, last) day the speech day m names, counted back from the DCT; (None, None) when
    it cannot be placed."""
    if dct is None:
        return None, None
    if m["swd"]:
        d = A.add_days(dct, -((dct.isoweekday() - _weekday_num(m["swd"])) % 7 or 7))
        return d, d
    if m["lu"]:
        if m["lu"].lower() == "week":
            monday = A.add_days(dct, 1 - dct.isoweekday() - 7)
            return monday, A.add_days(monday, 6)
        last = A.add_days(dct, -dct.day)
        return (last.replace(day=1), last) if last else (None, None)
    mo, dd = _month_num(m["mon"] or m["mon2"]), _day_num(m["d"] or m["d2"])
    days = [d for d in (A.safe_date(dct.year + k, mo, dd) for k in (-1, 0)) if d is not None and 0 <= (dct - d).days < 300]
    return (days[-1], days[-1]) if days else (None, None)


def _quotation_said(ctx, s: int, e: int) -> tuple | None:
    """(first, last) day on which the quotation holding text[s:e] was said, when a speech verb
    next to it gives it a day of its own ((None, None) when that day cannot be placed); None
    when text[s:e] is in no such quotation."""
    text = ctx.text
    p0 = max(text.rfind("\n", 0, s) + 1, s - 600, 0)
    p1 = text.find("\n", e)
    p1 = min(p1 if p1 >= 0 else len(text), e + 600)
    before, after = text[p0:s], text[e:p1]
    if "“" in before or "”" in after:
        o, c = before.rfind("“"), after.find("”")
        inside = o >= 0 and "”" not in before[o:] and c >= 0
    else:
        o, c = before.rfind('"'), after.find('"')
        inside = before.count('"') % 2 == 1 and c >= 0
    if not inside:
        # no quotation marks: reported speech in the same sentence ("Militants attacked the post
        # yesterday, the army said on Friday"; "the rebels said on Thursday they had taken it
        # a week ago")
        b0 = max((mm.end() for mm in _SENTENCE_END.finditer(before)), default=0)
        e1 = _SENTENCE_END.search(after)
        sent_before, sent_after = before[b0:], after[:e1.start() if e1 else len(after)]
        if re.search("[\"“”]", sent_before + sent_after):
            return None
        ms = (_SPEECH_CLOSES.match(sent_after), _SPEECH_OPENS.search(sent_before))
        o = c = 0
    else:
        ms = (_SPEECH_AFTER_QUOTE.match(after, c + 1), _SPEECH_BEFORE_QUOTE.search(before, 0, o))
    for m in ms:
        if m is None:
            continue
        if m["swd"] and ctx.dct is not None and _weekday_num(m["swd"]) == ctx.dct.isoweekday():
            continue  # said on the DCT's own weekday: the DCT
        return _speech_period(ctx.dct, m)
    return None


def _quoted_speech_day(ctx, s: int, e: int):
    """For a "yesterday" or "this morning" at text[s:e]: None when it is not in a quotation said
    on another day than the DCT; else the day it was said, when the text pins one ("'They struck
    us yesterday,' the mayor said on Thursday": that Thursday), or False when it does not ("said
    last week")."""
    said = _quotation_said(ctx, s, e)
    if said is None or (said[0] is not None and said[0] == said[1] == ctx.dct):
        return None
    return said[0] if said[0] is not None and said[0] == said[1] else False


def _quoted_value_differs(ctx, s: int, e: int, value_at) -> bool:
    """text[s:e] sits in a quotation said on another day, and counting from that day gives
    another value than counting from the DCT ("'this week', the general said on Friday", written
    on a Wednesday), or that day cannot be placed. value_at(day) is the value counted from day."""
    said = _quotation_said(ctx, s, e)
    if said is None:
        return False
    if said[0] is None:
        return True
    here = value_at(ctx.dct)
    return value_at(said[0]) != here or value_at(said[1]) != here
