"""Recognition rules for English temporal expressions and their normalisation.

Each rule is a named regular expression plus a handler. The handler looks at the match (and
the words around it) and either rejects it or returns one or more candidates: a span and a
*resolver*, a function that computes the TIMEX3 attributes once the context is known (the DCT,
the tense of the clause, the reference time set by earlier dates in the text).

Spans follow the TimeML guidelines: determiners and modifiers ("the", "last", "early",
"more than") are inside, prepositions ("on", "in", "since") are outside. A rule that needs a
preposition as context matches it outside the named group ``x``, which is the span.

Conventions used for values (ISO-TimeML / TempEval):
  "today" -> DCT, "now"/"currently" -> PRESENT_REF, "recently" -> PAST_REF,
  "this week" -> 2020-W23, "last year" -> 2019, "the third quarter" -> 2020-Q3,
  "the 1990s" -> 199, "three years" -> P3Y, "several months" -> PXM, "every week" -> P1W.
Without a DCT, values that need one are written with X placeholders ("XXXX-WXX-3") and the
anchor is "unresolved": a guessed date is never produced.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from dataclasses import dataclass, field
from typing import Callable

from . import anchor as A
from .lexicon import (
    DAY_ORDINAL_WORD_RE, DAY_ORDINAL_WORDS, DAY_RE, DURATION_MODS, FREQUENCY_WORDS, MONTH_ABBREVIATIONS, MONTH_MISSPELLINGS, MONTH_RE, MONTHS,
    NUMBER_RE, NUMBER_WORD_RE, PART_OF_DAY_RE, PARTS_OF_DAY, SEASON_RE, SEASONS, UNIT_RE, UNITS, VAGUE_RE,
    WEEKDAY_ABBREVIATIONS, WEEKDAY_RE, WEEKDAYS, YEAR_RE, ORDINALS, parse_number,
)

# --------------------------------------------------------------------------------------------
# Data passed between recognition and resolution


@dataclass
class Resolved:
    type: str
    value: str
    mod: str | None = None
    anchor: str = "absolute"
    explanation: str = ""
    range_start: str | None = None
    range_end: str | None = None
    # reference time this expression sets for later ones (a concrete value), "" for none
    sets_reference: bool = True
    # a comparison one year back ("a year ago", "last year", "year-earlier"): a further
    # "a year earlier" compares with the same period, it does not go back another year
    comparison: bool = False


@dataclass
class Context:
    text: str
    dct: _dt.date | None
    ref_value: str = ""            # last concrete DATE value seen in the text
    ref_day: _dt.date | None = None  # last day-precision date seen in the text
    ref_pos: int = -1
    ref_comparison: bool = False     # the reference time was set by a one-year-back comparison
    ref_rule: str = ""               # the rule of the expression that set the reference time

    def tense(self, start: int, end: int) -> A.Tense:
        return A.clause_tense(self.text, start, end)

    @property
    def dct_value(self) -> str:
        return A.day(self.dct) if self.dct else ""


Resolver = Callable[[Context, int, int], "Resolved | None"]


@dataclass
class Candidate:
    start: int
    end: int
    rule: str
    resolve: Resolver
    priority: int = 0


@dataclass
class Rule:
    name: str
    regex: re.Pattern
    handler: Callable[[re.Match, str], list]
    priority: int = 0


RULES: list[Rule] = []


def rule(name: str, pattern: str, priority: int = 0, flags: int = re.I):
    """Register a recognition rule: pattern (verbose regex) and a handler(m, text) that returns
    a resolver, a list of (start, end, resolver), or None to reject the match."""
    rx = re.compile(r"(?<![\w'’])(?:" + pattern + ")", flags | re.X)

    def deco(fn):
        RULES.append(Rule(name, rx, fn, priority))
        return fn
    return deco


def span(m: re.Match) -> tuple[int, int]:
    if "x" in m.re.groupindex and m.start("x") >= 0:
        return m.start("x"), m.end("x")
    return m.span()


def _run_rule(r: Rule, text: str, out: list[Candidate], matches) -> None:
    for m in matches:
        try:
            res = r.handler(m, text)
        except (ValueError, KeyError, IndexError, TypeError, OverflowError):
            res = None
        if not res:
            continue
        if callable(res):
            s, e = span(m)
            out.append(Candidate(s, e, r.name, res, r.priority))
        else:
            for s, e, fn in res:
                if s < e:
                    out.append(Candidate(s, e, r.name, fn, r.priority))


def candidates_full(text: str) -> list[Candidate]:
    """Every rule over the whole text (the reference for ``candidates``)."""
    out: list[Candidate] = []
    for r in RULES:
        _run_rule(r, text, out, r.regex.finditer(text))
    return out


_PREFILTER = None


# every rule pattern starts with (?<![\w'’]): a match can only start after a non-word character
_NON_WORD = re.compile(r"[^\w'’]")


def _zone_matches(rx: re.Pattern, text: str, zs, starts: list[int]):
    """The matches of rx in text that start inside the zones, in the order and with the
    non-overlapping choice of ``rx.finditer(text)``. starts: the positions where a match can
    start (0 and every position after a non-word character), sorted."""
    last_end = 0
    for a, b, c in zs:
        i = bisect.bisect_left(starts, a if a > last_end else last_end)
        hi = bisect.bisect_right(starts, b)
        while i < hi:
            m = rx.match(text, starts[i], c)
            if m is None or m.end() == m.start():
                i += 1
                continue
            yield m
            last_end = m.end()
            i = bisect.bisect_left(starts, last_end, i + 1, hi)


def candidates(text: str) -> list[Candidate]:
    """The candidates of all rules: the same list as ``candidates_full``, but each rule is only
    run around its trigger words (see prefilter.py)."""
    global _PREFILTER
    from . import prefilter
    if _PREFILTER is None:
        _PREFILTER = prefilter.build([r.name for r in RULES])
    zs = prefilter.zones(text, _PREFILTER)
    if zs is None:
        return candidates_full(text)
    starts = [0]
    starts.extend(m.end() for m in _NON_WORD.finditer(text))
    out: list[Candidate] = []
    for r, z in zip(RULES, zs):
        if z:
            _run_rule(r, text, out, _zone_matches(r.regex, text, z, starts))
    return out


# --------------------------------------------------------------------------------------------
# Small helpers

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


def _date_in_name(text: str, start: int, end: int, with_day: bool = False) -> bool:
    """A calendar word between "the" and a capitalised word is part of a name, not a date: "the
    October War", "the Tuesday Group", "the April 6 Youth Movement", "the 25 January Revolution".
    The capitalised word must not be a calendar word itself, and the line must be running
    text (in a title-case headline every word is capitalised). A date with a day number is
    often a modifier ("the Oct. 12 Cole bombing"): there the capitalised word must end the name
    (punctuation, another capitalised word or a verb follows: "the 6th of October Bridge was")."""
    m = _NAME_WORD.match(text, end)
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


def _words_before(text: str, pos: int, n: int = 1) -> list[str]:
    chunk = text[max(0, pos - 60):pos]
    return [w.lower() for w in re.findall(r"[A-Za-z$£€#'.-]+|\d+", chunk)][-n:]


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


_DUR_MOD_RE = (r"(?:(?P<dmod>about|around|approximately|roughly|nearly|almost|just\s+under|"
               r"less\s+than|fewer\s+than|more\s+than|just\s+over|over|at\s+least|no\s+less\s+than|"
               r"up\s+to|no\s+more\s+than|at\s+most)\s+)")


def _dur_mod(s: str | None) -> str | None:
    if not s:
        return None
    return DURATION_MODS.get(re.sub(r"\s+", " ", s.lower()).strip())


def _unresolved(type_: str, value: str, why: str, mod: str | None = None) -> Resolved:
    return Resolved(type_, value, mod, "unresolved", why, sets_reference=False)


def _tense_word(t: A.Tense) -> str:
    return {"past": "past tense clause", "future": "future clause", "present": "present clause",
            "unknown": "tense unknown, news default: past"}[t.label]


def _year_for(ctx: Context, start: int, end: int, month: int, day: int | None = None
              ) -> tuple[int, str]:
    """Year of a partial date (month, optional day) from the DCT and the clause's tense.

    News style leaves the year out for dates near the publication date, so the DCT's year is
    kept unless that puts the date more than about three months on the wrong side of the DCT
    for the tense of the clause (a past-tense "October" in January is last October; a
    future "January" in November is next January); with no tense cue, the nearest one wins."""
    dct = ctx.dct
    t = ctx.tense(start, end)
    y = dct.year
    cand = A.safe_date(y, month, day or 15) or A.safe_date(y, month, 28)
    offset = (cand - dct).days
    if t.label == "past":
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


def _since_range(ctx: Context, start: int, value: str, res: Resolved) -> Resolved:
    """'since X' -> range from X to the DCT; 'until X' -> range to X."""
    prev = _words_before(ctx.text, start, 1)
    if not prev or not A.granularity(value):
        return res
    if prev[0] == "since":
        res.range_start = value
        res.range_end = ctx.dct_value or None
    return res


# --------------------------------------------------------------------------------------------
# Absolute dates

def _absolute(type_: str, value: str, what: str, mod: str | None = None) -> Resolver:
    def fn(ctx: Context, s: int, e: int) -> Resolved:
        return _since_range(ctx, s, value, Resolved(type_, value, mod, "absolute", what))
    return fn


# "2013-03-22", and year first with slashes or dots ("2013/03/22", "2013.03.22"): with the year
# first the order is year, month, day everywhere
@rule("iso_date", r"(?<![\d./-])(?P<x>(?P<y>\d{4})(?P<sep>[-/.])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<d>0?[1-9]|[12]\d|3[01])"
                  r"(?:T(?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d))?)(?![\d]|[./-]\d)", priority=5)
def _iso_date(m, text):
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not A.safe_date(y, mo, d) or not A.valid_year(y):
        return None
    if m["sep"] == "-" and (len(m["m"]) < 2 or len(m["d"]) < 2):
        return None  # "2013-3-5" is not ISO; "2010-12-5" may be a range and a number
    v = f"{y:04d}-{mo:02d}-{d:02d}"
    if m["hh"] and m["sep"] == "-":
        return _absolute("TIME", f"{v}T{m['hh']}:{m['mi']}", "ISO date and time written in full")
    return _absolute("DATE", v, "ISO date written in full")


# "18/03/2013", "03/18/2013", with dots as much of Europe writes it ("22.03.2013"), and with
# hyphens as many news pages date themselves ("22-03-2013")
@rule("numeric_date", r"(?<![\d/.,-])(?P<x>(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2}))(?![\d/-]|\.\d)")
def _numeric_date(m, text):
    a, b, ys = int(m["a"]), int(m["b"]), m["y"]
    if set(_words_before(text, m.start(), 1)) & _YEAR_BAD_BEFORE:
        return None  # "version 1.5.2013", "No. 12/3/2013"
    if len(ys) == 2:
        return None  # two-digit years: the century would be a guess
    y = int(ys)
    if not (1000 <= y <= 2099):
        return None
    if a > 12 and b <= 12 and A.safe_date(y, b, a):
        return _absolute("DATE", f"{y:04d}-{b:02d}-{a:02d}", "numeric day/month/year date")
    if b > 12 and a <= 12 and A.safe_date(y, a, b):
        return _absolute("DATE", f"{y:04d}-{a:02d}-{b:02d}", "numeric month/day/year date")
    if a <= 12 and b <= 12:
        if a == b:
            return _absolute("DATE", f"{y:04d}-{a:02d}-{b:02d}", "numeric date (day = month)")
        # 03/06/2020 is March 6 in the US and 3 June elsewhere: only the year is certain.
        return _absolute("DATE", f"{y:04d}", "numeric date whose day/month order is ambiguous: year only")
    return None


_WD_PREFIX = rf"(?:(?P<wd>{WEEKDAY_RE}),?\s+(?:the\s+)?)?"


def _full_date(m, y: int, mo: int, d: int, what: str):
    if not A.safe_date(y, mo, d) or not A.valid_year(y):
        return None
    return _absolute("DATE", f"{y:04d}-{mo:02d}-{d:02d}", what, _point_mod(m.groupdict().get("pmod")))


@rule("month_day_year", rf"(?P<x>{_WD_PREFIX}(?P<mon>{MONTH_RE})\s*(?P<d>{DAY_RE}),?\s+(?:of\s+)?(?P<y>{YEAR_RE}))", priority=3)
def _month_day_year(m, text):
    return _full_date(m, int(m["y"]), _month_num(m["mon"]), _day_num(m["d"]), "month, day and year stated")


@rule("day_month_year", rf"(?P<x>{_WD_PREFIX}(?:the\s+)?(?P<d>{DAY_RE})\s+(?:of\s+)?(?P<mon>{MONTH_RE}),?\s+(?P<y>{YEAR_RE}))", priority=3)
def _day_month_year(m, text):
    return _full_date(m, int(m["y"]), _month_num(m["mon"]), _day_num(m["d"]), "day, month and year stated")


def _partial_date(mo: int, d: int | None, mod: str | None = None, what: str = "") -> Resolver:
    def fn(ctx: Context, s: int, e: int) -> Resolved:
        if ctx.dct is None:
            v = f"XXXX-{mo:02d}" + (f"-{d:02d}" if d else "")
            return _unresolved("DATE", v, f"{what} without a year and no DCT: year unknown", mod)
        y, why = _year_for(ctx, s, e, mo, d)
        if d:
            if not A.safe_date(y, mo, d):
                return None
            v = f"{y:04d}-{mo:02d}-{d:02d}"
        else:
            v = A.month(y, mo)
            if v is None:
                return None
        return _since_range(ctx, s, v, Resolved("DATE", v, mod, "dct", f"{what}, {why}"))
    return fn


def _bad_day_follower(text: str, end: int) -> bool:
    """'May 5%' / 'May 5:30' / 'June 6,000' / '6 March-ers': the number is not a day."""
    nxt = text[end:end + 3]
    return bool(re.match(r"(?:%|:\d|,\d|\.\d|\d)", nxt))


@rule("month_day", rf"(?P<x>{_WD_PREFIX}{_POINT_MOD_RE}?(?P<mon>{MONTH_RE})\s*(?P<d>{DAY_RE}))(?!\s*(?:,\s*)?\d)", priority=2)
def _month_day(m, text):
    if _bad_day_follower(text, m.end()):
        return None
    if re.match(r"\s*(?:-|–|to|through)\s*\d", text[m.end():m.end() + 12]):
        return None  # a range: handled by month_day_range
    if _date_in_name(text, m.start("x"), m.end("x"), with_day=True):
        return None  # "the April 6 Youth Movement"
    mo, d = _month_num(m["mon"]), _day_num(m["d"])
    if not A.safe_date(2000, mo, d):
        return None
    return _partial_date(mo, d, _point_mod(m["pmod"]), "month and day")


@rule("day_month", rf"(?P<x>{_WD_PREFIX}(?:the\s+)?(?P<d>{DAY_RE})\s+(?:of\s+)?(?P<mon>{MONTH_RE}))(?!\s*,?\s*\d)", priority=2)
def _day_month(m, text):
    before = text[max(0, m.start() - 2):m.start()]
    if re.search(r"[\d.,/]$", before):
        return None
    if _date_in_name(text, m.start("x"), m.end("x"), with_day=True):
        return None  # "the 25 January Revolution"
    mo, d = _month_num(m["mon"]), _day_num(m["d"])
    if not A.safe_date(2000, mo, d):
        return None
    return _partial_date(mo, d, None, "day and month")


def _ordinal_day(s: str) -> int:
    return DAY_ORDINAL_WORDS[re.sub(r"\s+", " ", s.lower())]


# Translated news writes the day as an ordinal word: "on the first of June", "the tenth of May".
@rule("ordinal_day_month", rf"(?P<x>{_WD_PREFIX}the\s+(?P<d>{DAY_ORDINAL_WORD_RE})\s+of\s+(?P<mon>{MONTH_RE})(?:,?\s+(?P<y>{YEAR_RE}))?)(?![\w])", priority=3)
def _ordinal_day_month(m, text):
    if _date_in_name(text, m.start("x"), m.end("x"), with_day=True):
        return None
    mo, d = _month_num(m["mon"]), _ordinal_day(m["d"])
    if m["y"]:
        return _full_date(m, int(m["y"]), mo, d, "ordinal day, month and year stated")
    if not A.safe_date(2000, mo, d):
        return None
    return _partial_date(mo, d, None, "day and month")


# "on the 15th of this month", "the second of last month": a day of a month named relative to
# the DCT (a common calque in news translated from Arabic).
@rule("day_of_relative_month", rf"(?P<x>(?P<the>the\s+)?(?:(?P<dw>{DAY_ORDINAL_WORD_RE})|(?P<d>{DAY_RE}))\s+of\s+(?:the\s+)?"
      r"(?P<rel>this|current|last|past|previous|next|coming)\s+month)(?![\w'’-])", priority=3)
def _day_of_relative_month(m, text):
    if m["dw"] and not m["the"]:
        return None  # "second of this month's ..." without an article: a count, not a day
    if m["d"] and not m["the"] and not re.search(r"[a-z]$", m["d"]):
        return None  # "3 of this month's victims": a count
    day = _ordinal_day(m["dw"]) if m["dw"] else _day_num(m["d"])
    n = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}[m["rel"].lower()]

    def fn(ctx, s, e):
        if ctx.dct is None:
            return _unresolved("DATE", f"XXXX-XX-{day:02d}", "day of a month named relative to the DCT; no DCT")
        y, mo = ctx.dct.year, ctx.dct.month + n
        if mo < 1:
            y, mo = y - 1, 12
        elif mo > 12:
            y, mo = y + 1, 1
        if not A.safe_date(y, mo, day):
            return None
        v = f"{y:04d}-{mo:02d}-{day:02d}"
        return _since_range(ctx, s, v, Resolved("DATE", v, None, "dct",
                                                f"day {day} of the month {n:+d} from the DCT {ctx.dct_value}"))
    return fn


@rule("month_year", rf"(?P<x>{_POINT_MOD_RE}?(?P<mon>{MONTH_RE}),?\s+(?:of\s+)?(?P<y>{YEAR_RE}))", priority=2)
def _month_year(m, text):
    y, mo = int(m["y"]), _month_num(m["mon"])
    if not A.valid_year(y):
        return None
    return _absolute("DATE", f"{y:04d}-{mo:02d}", "month and year stated", _point_mod(m["pmod"]))


_TEMPORAL_PREPOSITIONS = {"in", "since", "until", "till", "by", "from", "through", "during",
                          "early", "late", "mid", "mid-", "last", "next", "this", "of", "to",
                          "before", "after", "between", "and", "or", "end", "beginning", "start",
                          "middle", "throughout", "around", "on", "for", "past", "coming", "that",
                          "previous", "following", "into", "within", "than"}
_AMBIGUOUS_MONTHS = {"may", "march", "april", "june", "august"}


@rule("month", rf"(?P<x>{_POINT_MOD_RE}?(?P<mon>{MONTH_RE}))(?![\w-])(?!['’](?!s\b))", priority=1)
def _month(m, text):
    name = m["mon"].lower().rstrip(".")
    if name in MONTH_ABBREVIATIONS and name != "sept":
        return None  # "Jan" or "Dec" alone: too often a name
    mod = _point_mod(m["pmod"])
    prev = _words_before(text, m.start("x"), 1)
    prev_w = prev[0] if prev else ""
    nxt = _word_after(text, m.end())
    if name in _AMBIGUOUS_MONTHS and not mod:
        sentence_start = re.search(r"(?:^|[.!?\n]\s*|[\"“]\s*)$", text[max(0, m.start("x") - 3):m.start("x")]) is not None
        noun_follows = re.fullmatch(r"[a-z]+", nxt) is not None and nxt not in ("the", "a", "an", "be", "not", "have", "i", "we", "you", "he", "she", "it", "they")
        if prev_w in ("the", "a", "an", "last", "this", "next") and noun_follows and not (name == "may" and sentence_start):
            pass  # "the March ceasefire", "a June agreement"
        elif prev_w not in _TEMPORAL_PREPOSITIONS:
            return None
        if nxt[:1].isupper() and nxt.lower() not in MONTHS:
            return None  # "in June Smith said": a person
    # the day of a date rejected as a name ("the February 17 Coalition") is part of the name too
    day = re.match(r"\s+\d{1,2}(?:st|nd|rd|th)?\b", text[m.end():m.end() + 8])
    day_before = re.search(r"(?<![\w.,])\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$", text[max(0, m.start() - 10):m.start()])
    name_start = m.start() - (len(day_before.group(0)) if day_before else 0)
    if not mod and (_date_in_name(text, name_start, m.end() + (day.end() if day else 0), bool(day or day_before))
                    or _capitalised_before(text, m.start("x"))):
        return None  # "the October War", "the February 17 Coalition", "Black September": names
    if name in ("march",) and nxt.lower() in ("on", "to", "through", "against", "in", "past"):
        if prev_w not in _TEMPORAL_PREPOSITIONS:
            return None
    return _partial_date(_month_num(name), None, mod, "month name")


_YEAR_BAD_BEFORE = {"$", "£", "€", "#", "no.", "nos.", "no", "number", "base", "flight", "route",
                    "highway", "room", "page", "article", "section", "resolution", "boeing",
                    "airbus", "model", "vol.", "chapter", "apollo", "windows", "terminal", "gate",
                    "unit", "level", "rule", "code", "law", "bill", "item", "plan", "p.", "pp.",
                    "u.s.", "channel", "box", "suite", "apt.", "interstate", "i-", "hr", "s.", "version", "v."}
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
    if not after_hyphen and re.search(r"[\d.,$£€#/:-]$", before) and not re.search(r"[\s(]-$", before):
        if not before.endswith("-") or re.search(r"\d-$", before):
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
    y = int(text[start:start + 4])
    if y < 1700 and not (prev and prev[0] in ("in", "since", "of", "by", "from", "until", "before",
                                              "after", "year", "around", "circa", "c.")):
        return False
    return True


@rule("year", rf"(?P<x>{_POINT_MOD_RE}?(?:(?P<fiscal>fiscal(?:\s+year)?|the\s+year|FY)\s*)?(?P<y>{YEAR_RE}))(?!\s*-?\s*(?:'|’)?s\b)(?![\w])")
def _year(m, text):
    if not _year_ok(text, m.start("y"), m.end("y")):
        return None
    y = int(m["y"])
    what = "fiscal year stated" if m["fiscal"] and "f" in m["fiscal"].lower() else "year stated"
    return _absolute("DATE", f"{y:04d}", what, _point_mod(m["pmod"]))


@rule("year_range", rf"(?P<x1>(?P<y1>{YEAR_RE}))\s*(?:-|–|—)\s*(?P<x2>(?P<y2>{YEAR_RE}))(?![\w])", priority=4)
def _year_range(m, text):
    """"the period 2010-2012", "the 1980–1988 war": two years, the ends of one range (a
    hyphen between two years is not a minus, and the second year is a year too)."""
    y1, y2 = int(m["y1"]), int(m["y2"])
    if not (y1 < y2 <= y1 + 100) or not _year_ok(text, m.start("y1"), m.start("y1") + 4) \
            or not _year_ok(text, m.end("y2") - 4, m.end("y2"), after_hyphen=True):
        return None
    rs, re_ = f"{y1:04d}", f"{y2:04d}"

    def member(v):
        return lambda c, s, e: Resolved("DATE", v, None, "absolute", f"years {rs} to {re_}", rs, re_)
    return [(m.start("x1"), m.end("x1"), member(rs)), (m.start("x2"), m.end("x2"), member(re_))]


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


@rule("decade", rf"(?P<x>(?:the\s+)?{_POINT_MOD_RE}?(?:(?P<full>1[0-9]|20)(?P<d>[0-9])0\s*(?:'|’)?s"
                rf"|(?:'|’)(?P<short>[0-9])0\s*(?:'|’)?s|(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)))(?![\w])", priority=2)
def _decade(m, text):
    mod = _point_mod(m["pmod"])
    if m["full"]:
        v = m["full"] + m["d"]
        return _absolute("DATE", v, "decade stated", mod)
    digit = int(m["short"]) if m["short"] else _DECADE_WORDS[m["word"].lower()]
    if m["word"] and not m.group("x").lower().startswith("the"):
        return None  # "in his forties": an age

    def fn(ctx: Context, s: int, e: int) -> Resolved:
        if ctx.dct is None:
            return _unresolved("DATE", f"XX{digit}", "decade without a century and no DCT", mod)
        c = ctx.dct.year // 100
        if c * 100 + digit * 10 > ctx.dct.year:
            c -= 1
        return Resolved("DATE", f"{c:02d}{digit}", mod, "dct",
                        f"the latest such decade up to the DCT {ctx.dct_value}")
    return fn


@rule("century", r"(?P<x>(?:the\s+)?" + _POINT_MOD_RE + r"?(?P<n>\d{1,2})(?:st|nd|rd|th)[\s-]+century|"
      r"(?:the\s+)?" + r"(?P<w>(?:twenty-?\s*first|twentieth|nineteenth|eighteenth|seventeenth|sixteenth))[\s-]+century)(?![\w-])", priority=2)
def _century(m, text):
    words = {"twenty-first": 21, "twentyfirst": 21, "twenty first": 21, "twentieth": 20,
             "nineteenth": 19, "eighteenth": 18, "seventeenth": 17, "sixteenth": 16}
    n = int(m["n"]) if m["n"] else words.get(re.sub(r"\s+", " ", m["w"].lower()), 0)
    if not 1 <= n <= 99:
        return None
    return _absolute("DATE", f"{n - 1:02d}", "century stated", _point_mod(m["pmod"]))


_SPELLED_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SPELLED_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9}


@rule("spelled_year", rf"(?P<x>(?:(?P<pmon>{MONTH_RE})\s+(?:of\s+)?|(?:the\s+)?(?P<pseason>{SEASON_RE})\s+of\s+)?(?:the\s+year\s+)?(?:nineteen\s+(?P<t>{_SPELLED_TENS})(?:[\s-]+(?P<o>one|two|three|four|five|six|seven|eight|nine))?"
                      rf"|two\s+thousand(?:\s+and)?(?:\s+(?P<o2>one|two|three|four|five|six|seven|eight|nine))?))(?![\w-])")
def _spelled_year(m, text):
    if m["t"]:
        y = 1900 + (parse_number(m["t"]) or 0) + _SPELLED_ONES.get((m["o"] or "").lower(), 0)
    else:
        if not m.group("x").lower().startswith("the year") and not m["o2"]:
            prev = _words_before(text, m.start(), 1)
            if not prev or prev[0] not in ("in", "since", "by", "until", "of", "year"):
                return None
        y = 2000 + _SPELLED_ONES.get((m["o2"] or "").lower(), 0)
    nxt = _word_after(text, m.end())
    if nxt.lower() in UNITS or nxt.lower() in ("people", "dollars", "troops", "percent"):
        return None
    if m["pmon"] and m["pmon"][:1].isupper() and m["pmon"].lower().rstrip(".") in MONTHS:
        # "January nineteen ninety-seven": the month of a year written in words
        return _absolute("DATE", f"{y:04d}-{_month_num(m['pmon']):02d}", "month and year written in words")
    if m["pseason"]:
        return _absolute("DATE", f"{y:04d}-{SEASONS[m['pseason'].lower()]}", "season and year written in words")
    if m["pmon"]:
        return [(m.start("x") + m.group("x").lower().index(("nineteen" if m["t"] else "two")), m.end("x"),
                 _absolute("DATE", f"{y:04d}", "year written in words"))]
    return _absolute("DATE", f"{y:04d}", "year written in words")


# --------------------------------------------------------------------------------------------
# Ranges

def _range_resolver(values: Callable[[Context, int, int], tuple[str, str, str, str] | None],
                    which: str, type_: str = "DATE", rng_only: bool = False) -> Resolver:
    """Resolver for one member of a range; values() gives (start, end, value_of_span, why)."""
    def fn(ctx: Context, s: int, e: int) -> Resolved | None:
        r = values(ctx, s, e)
        if r is None:
            return None
        rs, re_, v, why = r
        unresolved = "X" in v
        return Resolved(type_, v, None, "unresolved" if unresolved else ("dct" if ctx.dct else "absolute"),
                        why, None if unresolved else rs, None if unresolved else re_)
    return fn


# "on 4 and 5 March", "of 13 or 14 June": the words that make a listed first number a day
_DAY_LIST_PREPOSITIONS = {"on", "of", "since", "by", "until", "for", "during", "from", "before", "after"}


@rule("day_range", rf"(?:(?P<between>between|from)\s+)?(?P<x1>(?:the\s+)?(?P<d1>{DAY_RE}))\s*(?P<sep>and|or|to|until|till|through|-|–|—)\s*"
                   rf"(?P<x2>(?:the\s+)?(?P<d2>{DAY_RE})\s+(?:of\s+)?(?P<mon>{MONTH_RE})(?:,?\s+(?P<y>{YEAR_RE}))?)", priority=4)
def _day_range(m, text):
    d1, d2, mo = _day_num(m["d1"]), _day_num(m["d2"]), _month_num(m["mon"])
    if not (A.safe_date(2000, mo, d1) and A.safe_date(2000, mo, d2)) or d1 >= d2:
        return None
    if re.search(r"[\d.,/]$", text[max(0, m.start() - 1):m.start()]):
        return None
    listed = m["sep"].lower() in ("and", "or") and not m["between"]
    if listed and not set(_words_before(text, m.start("x1"), 1)) & _DAY_LIST_PREPOSITIONS:
        return None  # "killed 3 and 5 June ...": the first number may count something

    def values(ctx, s, e, which):
        if m["y"]:
            y = int(m["y"])
        elif ctx.dct:
            y, _ = _year_for(ctx, s, e, mo, d2)
        else:
            y = None
        if y is None:
            rs, re_ = f"XXXX-{mo:02d}-{d1:02d}", f"XXXX-{mo:02d}-{d2:02d}"
        else:
            rs, re_ = f"{y:04d}-{mo:02d}-{d1:02d}", f"{y:04d}-{mo:02d}-{d2:02d}"
        return rs, re_, rs if which == 1 else re_, f"range of days {rs} to {re_}"

    if listed:
        # "on 4 and 5 March": two days of the month, each a DATE of its own, not a range
        def member(which):
            def fn(ctx, s, e):
                rs, re_, v, why = values(ctx, s, e, which)
                anchor = "unresolved" if "X" in v else ("absolute" if m["y"] else "dct")
                return Resolved("DATE", v, None, anchor, f"one of two days of {m['mon']} listed: {v}")
            return fn
        return [(m.start("x1"), m.end("x1"), member(1)), (m.start("x2"), m.end("x2"), member(2))]
    if m["sep"] in ("-", "–", "—"):
        def whole(ctx, s, e):
            r = values(ctx, s, e, 2)
            return r[0], r[1], r[0][:7], f"days {d1}-{d2} of one month: {r[0]} to {r[1]}"
        return [(m.start("x1"), m.end("x2"), _range_resolver(whole, "all"))]
    return [(m.start("x1"), m.end("x1"), _range_resolver(lambda c, s, e: values(c, s, e, 1), "1")),
            (m.start("x2"), m.end("x2"), _range_resolver(lambda c, s, e: values(c, s, e, 2), "2"))]


@rule("month_day_range", rf"(?P<x>(?P<mon>{MONTH_RE})\s*(?P<d1>{DAY_RE})\s*(?:-|–|—|to|through)\s*(?P<d2>{DAY_RE})(?:,?\s+(?P<y>{YEAR_RE}))?)", priority=4)
def _month_day_range(m, text):
    d1, d2, mo = _day_num(m["d1"]), _day_num(m["d2"]), _month_num(m["mon"])
    if not (A.safe_date(2000, mo, d1) and A.safe_date(2000, mo, d2)) or d1 >= d2:
        return None

    def values(ctx, s, e):
        if m["y"]:
            y = int(m["y"])
        elif ctx.dct:
            y, _ = _year_for(ctx, s, e, mo, d1)
        else:
            rs, re_ = f"XXXX-{mo:02d}-{d1:02d}", f"XXXX-{mo:02d}-{d2:02d}"
            return rs, re_, f"XXXX-{mo:02d}", "range of days without a year"
        rs, re_ = f"{y:04d}-{mo:02d}-{d1:02d}", f"{y:04d}-{mo:02d}-{d2:02d}"
        return rs, re_, rs[:7], f"days {d1} to {d2} of one month: {rs} to {re_}"
    return _range_resolver(values, "all")


_PAIR_FOLLOWERS = {"in", "at", "on", "and", "or", "to", "when", "the", "but", "as", "of", "for", "with", "by",
                   "before", "after", "that", "this", "last", "next", "was", "were", "is", "are", "will",
                   "respectively", "while", "during"}


@rule("month_day_pair", rf"(?P<x1>(?P<mon>{MONTH_RE})\s*(?P<d1>{DAY_RE}))\s*,?\s*(?:and|or|&)\s+(?P<x2>(?P<d2>{DAY_RE}))"
                        rf"(?:,?\s+(?P<y>{YEAR_RE}))?(?![\w.,:%/-]*\d)(?![\w-])", priority=4)
def _month_day_pair(m, text):
    """"April 24 and 25": two dates, the second a bare day of the same month (TimeML tags
    "25" on its own, a DATE of its own)."""
    d1, d2, mo = _day_num(m["d1"]), _day_num(m["d2"]), _month_num(m["mon"])
    if not (A.safe_date(2000, mo, d1) and A.safe_date(2000, mo, d2)) or d1 >= d2:
        return None
    end = m.end("y") if m["y"] else m.end("x2")
    nxt = _word_after(text, end)
    if nxt and not (nxt.lower() in _PAIR_FOLLOWERS or nxt[:1].isupper() or text[end:end + 1] in ",.;:)"):
        return None  # "June 6 and 7 people": the second number counts something
    if text[end:end + 1] in ",." and re.match(r"[,.]\d", text[end:end + 2]):
        return None

    def member(d):
        def fn(ctx, s, e):
            if m["y"]:
                y, why = int(m["y"]), "year stated"
            elif ctx.dct is None:
                return _unresolved("DATE", f"XXXX-{mo:02d}-{d:02d}", "day of a month without a year and no DCT")
            else:
                y, why = _year_for(ctx, m.start("x1"), end, mo, d1)
            v = A.safe_date(y, mo, d)
            if v is None:
                return None
            return Resolved("DATE", A.day(v), None, "absolute" if m["y"] else "dct",
                            f"{'month and day' if d == d1 else 'a day of the month named just before'}, {why}")
        return fn
    return [(m.start("x1"), m.end("x1"), member(d1)), (m.start("x2"), end, member(d2))]


_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|run-up\s+to|lead-up\s+to)\s+(?:(?:the|a)\s+(?:[a-z-]+\s+){1,2}on\s+|the\s+)?$", re.I)


# "the talks continue until Friday", "the truce lasts until Sunday": a state in the present that
# lasts until a weekday ends on one to come, even when a past verb elsewhere in the sentence is
# nearer ("..., and diplomats said ..."); not after "did", "not", "to" ("did not last until").
_PRESENT_UNTIL = re.compile(r"(?<!\bdid )(?<!\bnot )(?<!n't )(?<!\bnever )(?<!\bto )\b(?:continue|continues|last|lasts|run|runs|remain|remains|"
                            r"stay|stays|go\s+on|goes\s+on)\s+(?:[a-z]+\s+){0,3}?(?:until|till)\s+$")


def _weekday_date(ctx: Context, s: int, e: int, wd: int, direction: str | None = None
                  ) -> tuple[_dt.date, str] | None:
    """The date of a weekday near the DCT. direction: 'past', 'future', or None (tense)."""
    dct = ctx.dct
    if dct is None:
        return None
    diff = wd - dct.isoweekday()
    if direction is None:
        t = ctx.tense(s, e)
        if diff == 0:
            return dct, "the DCT's own weekday"
        direction = "future" if t.label == "future" else "past"
        why = _tense_word(t)
        if _AHEAD_OF.search(ctx.text, max(0, s - 40), s):
            # "ahead of Sunday's vote", "in the run-up to the election on Sunday": the event
            # still to come, whatever the tense of the main verb
            direction, why = "future", "an event 'ahead of' which the clause happens"
        elif _words_before(ctx.text, s, 1) in (["until"], ["till"]) and (
                t.label != "past" or _PRESENT_UNTIL.search(ctx.text, max(0, s - 60), s)):
            # a state that holds now and lasts "until Sunday" ends on a Sunday to come
            direction, why = "future", "'until' in a clause not in the past"
    else:
        why = f"'{direction}' stated"
    if direction == "future":
        n = diff if diff > 0 else diff + 7
    else:
        n = diff if diff < 0 else diff - 7
    d = A.add_days(dct, n)
    if d is None:
        return None
    return d, f"{'after' if n > 0 else 'before'} the DCT {ctx.dct_value} ({why})"


def _this_weekday(ctx: Context, s: int, e: int, wd: int) -> tuple[_dt.date, str] | None:
    """"this Sunday": the Sunday of the DCT's week (weeks run Monday to Sunday, as in ISO and
    TimeML's week values), unless the tense of the clause points the other way ("we will meet
    this Monday", said on a Friday, is the Monday to come)."""
    d = A.add_days(ctx.dct, wd - ctx.dct.isoweekday())
    if d is None:
        return None
    t = ctx.tense(s, e)
    if t.label == "past" and d > ctx.dct:
        return _weekday_date(ctx, s, e, wd, "past")
    if t.label == "future" and d < ctx.dct:
        return _weekday_date(ctx, s, e, wd, "future")
    return d, f"in the week of the DCT {ctx.dct_value}"


# also "the night between Tuesday and Wednesday" and "Tuesday-Wednesday night" (only a hyphen or
# slash there: "from Tuesday to Wednesday night" ends on the second night)
@rule("night_range", rf"(?P<x>(?:the\s+)?night\s+(?:of\s+)?(?:from\s+|between\s+)?(?P<w1>{WEEKDAY_RE})\s*(?:to|into|through|-|–|and|until)\s*(?P<w2>{WEEKDAY_RE})|"
      rf"(?P<v1>{WEEKDAY_RE})\s*(?:-|–|/)\s*(?P<v2>{WEEKDAY_RE})\s+night(?![\w-]))", priority=4)
def _night_range(m, text):
    w1, w2 = _weekday_num(m["w1"] or m["v1"]), _weekday_num(m["w2"] or m["v2"])
    if (w1 % 7) + 1 != w2:
        return None

    def fn(ctx, s, e):
        if ctx.dct is None:
            return _unresolved("TIME", f"XXXX-WXX-{w1}TNI", "night between two weekdays; no DCT")
        r = _weekday_date(ctx, s, e, w1)
        if r is None:
            return None
        d, why = r
        if ctx.dct and w2 == ctx.dct.isoweekday() and d == ctx.dct:
            d = A.add_days(d, -1) or d
        nd = A.add_days(d, 1) or d
        return Resolved("TIME", A.day(d) + "TNI", None, "dct",
                        f"night from {A.day(d)} to {A.day(nd)}, {why}",
                        A.day(d), A.day(nd))
    return fn


# --------------------------------------------------------------------------------------------
# Weekdays, parts of the day, times

@rule("weekday", rf"(?P<x>(?:(?P<pre>mid-?\s?(?:morning|afternoon|evening)|midmorning|midafternoon)\s+)?(?P<the>the\s+(?=(?:previous|following)\s))?(?:(?P<rel>last|next|this|coming|past|previous|following|early|late)\s+)?(?P<wd>{WEEKDAY_RE})"
                 rf"(?:\s+(?P<pod>morning|afternoon|evening|night))?(?:\s+(?P<wk>last|next|this)\s+week(?![\w'’-]))?)(?![\w])", priority=1)
def _weekday(m, text):
    wd = _weekday_num(m["wd"])
    rel = (m["rel"] or "").lower()
    pod = (m["pod"] or "").lower() or _pre_pod(m["pre"])
    if m["pre"] and m["pod"]:
        return None  # "mid-afternoon Tuesday evening": not one timex
    if m["wd"].endswith(".") and not pod:
        pass
    # "Sunday Times", "Monday Night Football": part of a name
    nxt = _word_after(text, m.end())
    if nxt[:1].isupper() and nxt in ("Times", "Telegraph", "Express", "Mirror", "Herald", "Post",
                                     "Night", "Morning", "Bloody", "Black", "Mail", "Tribune"):
        return None
    if not rel and re.search(r"(?-i:\b(?:Good|Black|Bloody|Ash|Palm|Holy|Maundy|Super|Cyber|Easter|Whit|Shrove))\s+$",
                             text[max(0, m.start() - 10):m.start()]):
        return None  # "Good Friday" (see 'holiday'), "Black Friday", "Bloody Sunday": names
    if not rel and re.search(r"(?-i:\b(?:Mail|Independent|Scotland)\s+on\s+)$", text[max(0, m.start() - 20):m.start()]):
        return None  # "the Mail on Sunday", "the Independent on Sunday": newspapers
    if m["pod"] and _unit_in_name(text, m.start("pod")):
        return None  # "Saturday Night Live": a capitalised part of the day in running text
    if not rel and _date_in_name(text, m.start("x"), m.end("x")):
        return None  # "the Tuesday Group"
    direction = {"last": "past", "past": "past", "previous": "past", "next": "future",
                 "coming": "future", "following": "future"}.get(rel)
    mod = {"early": "START", "late": "END"}.get(rel)
    type_ = "TIME" if pod else "DATE"
    suffix = ("T" + PARTS_OF_DAY[pod]) if pod else ""

    def fn(ctx, s, e):
        if m["the"] and ctx.ref_day is not None:
            # "the previous Friday", "the following Monday" are anaphoric: they count from the
            # day last mentioned, not from the DCT
            if rel == "previous":
                d = A.add_days(ctx.ref_day, -((ctx.ref_day.isoweekday() - wd) % 7 or 7))
            else:
                d = A.add_days(ctx.ref_day, (wd - ctx.ref_day.isoweekday()) % 7 or 7)
            if d is not None:
                return Resolved(type_, A.day(d) + suffix, mod, "reference",
                                f"the {m['wd'].rstrip('.')} {'before' if rel == 'previous' else 'after'} the date last mentioned ({A.day(ctx.ref_day)})")
        if ctx.dct is None:
            return _unresolved(type_, f"XXXX-WXX-{wd}{suffix}", "weekday without a DCT: date unknown", mod)
        if m["wk"] and not rel:
            # "Monday last week", "Tuesday next week": that weekday of the week named
            k = {"last": -1, "this": 0, "next": 1}[m["wk"].lower()]
            d = A.add_days(ctx.dct, 7 * k + wd - ctx.dct.isoweekday())
            if d is None:
                return None
            return Resolved(type_, A.day(d) + suffix, mod, "dct",
                            f"{m['wd'].rstrip('.')} of {m['wk'].lower()} week, the week of the DCT {ctx.dct_value}"
                            + (f" {'minus' if k < 0 else 'plus'} one week" if k else ""))
        if rel == "this":
            r = _this_weekday(ctx, s, e, wd)
        else:
            r = _weekday_date(ctx, s, e, wd, direction)
        if r is None:
            return None
        d, why = r
        v = A.day(d)
        res = Resolved(type_, v + suffix, mod, "dct", f"{m['wd'].rstrip('.')} {why}")
        return _since_range(ctx, s, v, res)
    return fn


@rule("weekday_nights", rf"(?P<x>(?P<wd>{WEEKDAY_RE})\s+(?P<pod>nights|mornings|afternoons|evenings))(?![\w])", priority=2)
def _weekday_nights(m, text):
    """"Tuesday nights" (plural): every Tuesday night, a SET; "on Monday and Tuesday nights"
    makes the first weekday a SET as well."""
    wd = _weekday_num(m["wd"])
    pod = PARTS_OF_DAY[m["pod"].lower()[:-1]]
    out = [(m.start("x"), m.end("x"), lambda c, s, e: Resolved("SET", f"XXXX-WXX-{wd}T{pod}", None, "absolute",
                                                              f"every {m['wd']} {m['pod'].lower()[:-1]}", sets_reference=False))]
    first = re.search(rf"(?P<w1>{WEEKDAY_RE})\s*(?:,|and|or)\s*$", text[max(0, m.start() - 20):m.start()], re.I)
    if first:
        wd1 = _weekday_num(first["w1"])
        a = max(0, m.start() - 20) + first.start("w1")
        out.append((a, a + len(first["w1"]), lambda c, s, e: Resolved("SET", f"XXXX-WXX-{wd1}T{pod}", None, "absolute",
                                                                     f"every {first['w1']} {m['pod'].lower()[:-1]}", sets_reference=False)))
    return out


@rule("weekday_plural", rf"(?P<x>(?:on\s+)?(?P<wd>(?-i:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)))(?![\w])")
def _weekday_plural(m, text):
    wd = WEEKDAYS[m["wd"].lower()[:-1]]
    prev = _words_before(text, m.start("wd"), 1)
    if m.group("x").lower().startswith("on"):
        return [(m.start("wd"), m.end("wd"), lambda c, s, e: Resolved("SET", f"XXXX-WXX-{wd}", None, "absolute",
                                                                      "every such weekday", sets_reference=False))]
    return None


def _pre_pod(pre: str | None) -> str:
    """The part of the day of a leading "mid-afternoon", "mid morning" ("mid-afternoon yesterday",
    "mid-morning Tuesday" are TIMEs with that part of the day, as TIMEX3 annotates them)."""
    if not pre:
        return ""
    return re.search(r"morning|afternoon|evening", pre.lower()).group(0)


_DAY_WORDS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}


@rule("relative_day", r"(?P<x>(?:(?P<pre>mid-?\s?(?:morning|afternoon|evening)|midmorning|midafternoon)\s+|(?P<mod>early|late)\s+)?(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight)"
                      r"(?:(?:'s|’s)|\s+(?P<pod>morning|afternoon|evening|night))?)(?![\w])", priority=1)
def _relative_day(m, text):
    w = re.sub(r"\s+", " ", m["w"].lower())
    n = {"the day before yesterday": -2, "the day after tomorrow": 2}.get(w, _DAY_WORDS.get(w, 0))
    pod = (m["pod"] or "").lower() or _pre_pod(m["pre"])
    if m["pre"] and (m["pod"] or w == "tonight"):
        return None  # "mid-afternoon yesterday evening": not one timex
    if w == "tonight":
        pod = "night"
    mod = {"early": "START", "late": "END"}.get((m["mod"] or "").lower())
    type_ = "TIME" if pod else "DATE"
    suffix = ("T" + PARTS_OF_DAY[pod]) if pod else ""

    def fn(ctx, s, e):
        if ctx.dct is None:
            return _unresolved(type_, "XXXX-XX-XX" + suffix, f"'{w}' needs the publication date, which is unknown", mod)
        d = A.add_days(ctx.dct, n)
        if d is None:
            return None
        how = "the DCT" if n == 0 else f"{abs(n)} day{'s' if abs(n) > 1 else ''} {'before' if n < 0 else 'after'} the DCT"
        return Resolved(type_, A.day(d) + suffix, mod, "dct", f"'{w}' = {how} {ctx.dct_value}")
    return fn


@rule("this_part_of_day", r"(?P<x>(?:(?P<mod>early|late|later|earlier)\s+)?(?P<rel>this|last)\s+(?P<pod>morning|afternoon|evening|night))(?![\w])", priority=1)
def _this_part_of_day(m, text):
    pod = m["pod"].lower()
    rel = m["rel"].lower()
    if rel == "last" and pod != "night":
        return None
    n = -1 if rel == "last" else 0

    def fn(ctx, s, e):
        if ctx.dct is None:
            return _unresolved("TIME", "XXXX-XX-XXT" + PARTS_OF_DAY[pod], "part of the day; no DCT")
        d = A.add_days(ctx.dct, n)
        return Resolved("TIME", A.day(d) + "T" + PARTS_OF_DAY[pod], None, "dct",
                        f"'{m['rel']} {pod}' on {'the DCT' if n == 0 else 'the day before the DCT'} {ctx.dct_value}")
    return fn


_CLOCK_RE = (r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.\s?m\.?|p\.\s?m\.?|am(?![a-z])|pm(?![a-z]))"
             r"(?:\s+(?P<tz>GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|(?-i:ET|PT|CT|MT)(?!\w)|local\s+time|"
             r"(?:Eastern|Pacific|Central|Mountain)(?:\s+(?:Standard|Daylight))?\s+Time))?"
             r"|(?P<noon>noon|midnight|midday)"
             # 24-hour clock, as wire services write it: "0830 GMT", "18:30 local time", "1400 hrs";
             # a bare "18:30" is a time only after "at", "by", ... (see the handler)
             r"|(?P<h24>[01]\d|2[0-3]):?(?P<mi24>[0-5]\d)\s*(?P<tz24>GMT|UTC|local\s+time|hrs|hours)"
             r"|(?P<h24c>[01]?\d|2[0-3]):(?P<mi24c>[0-5]\d)(?![:.,]?\d)"
             # "4 in the morning", "9 o'clock in the evening", "11 at night": the part of the day
             # says a.m. or p.m.
             r"|(?P<h2>1[0-2]|[1-9])(?::(?P<mi2>[0-5]\d))?\s+(?:o['’]clock\s+)?"
             r"(?:in\s+the\s+(?P<podw>morning|afternoon|evening)|at\s+(?P<night>night))")
# The day after a clock time: a weekday, "today", a month and day (and year), or a weekday and the
# full date, as bylines write it ("12:30 PM EDT, Thursday, May 9, 2019", "10:15 GMT, Friday 3
# April 2020"): the date then belongs to the time, not to a shorter "12:30 PM EDT, Thursday" that
# would leave the year alone.
_DAY_AFTER_CLOCK_RE = (rf"(?:,?\s+(?:on\s+)?(?:(?:(?P<dwd2>{WEEKDAY_RE}),?\s+)?(?:(?P<dmon>{MONTH_RE})\.?\s*(?P<dd>{DAY_RE})(?:,?\s+(?P<dy>{YEAR_RE}))?"
                       rf"|(?P<dd4>{DAY_RE})\s+(?P<dmon4>{MONTH_RE})\.?,?\s+(?P<dy4>{YEAR_RE}))"
                       rf"|(?P<dwd>{WEEKDAY_RE})|(?P<drel>today|yesterday|tomorrow|tonight)))")


_CLOCK_PREPOSITIONS = {"at", "by", "until", "till", "before", "after", "from", "to", "since", "past", "around",
                       "about", "approximately"}


@rule("clock_time", rf"(?P<x>(?:(?P<approx>around|about|approximately|shortly\s+before|shortly\s+after|just\s+before|just\s+after)\s+)?(?:{_CLOCK_RE})(?:{_DAY_AFTER_CLOCK_RE})?)(?![\w])", priority=2)
def _clock_time(m, text):
    if m["noon"]:
        hh, mi = (24 if m["noon"].lower() == "midnight" else 12), 0
    elif m["h24"] or m["h24c"]:
        prev = _words_before(text, m.start("x"), 1)
        at_clock = bool(m["approx"]) or (prev and prev[-1] in _CLOCK_PREPOSITIONS)
        if m["h24c"] and not (at_clock and (int(m["h24c"]) >= 13 or m["h24c"].startswith("0"))):
            return None  # "won 3:10", "at 10:30" (a.m. or p.m.?): only "at 18:30", "at 08:30" say the hour
        if m["tz24"] and m["tz24"].lower() in ("hrs", "hours") and not at_clock:
            return None  # "1000 hours of work" is a duration, "at 1400 hours" a time
        hh, mi = int(m["h24"] or m["h24c"]), int(m["mi24"] or m["mi24c"])
    elif m["h2"]:
        prev = _words_before(text, m.start("x"), 1)
        if not m["approx"] and (not prev or prev[-1] not in _CLOCK_PREPOSITIONS):
            return None  # "ranked 3 in the morning ratings": a bare number is a clock time only after "at", "by", ...
        hh, mi = int(m["h2"]), int(m["mi2"] or 0)
        podw = (m["podw"] or "night").lower()
        if podw == "morning":
            if hh == 12:
                return None  # "12 in the morning": noon or midnight?
            pm = False
        elif podw == "night":
            if not 6 <= hh <= 11:
                return None  # "2 at night" is 2 a.m. for some, 2 p.m. for nobody: too vague
            pm = True
        else:
            pm = True
        hh = (hh % 12) + (12 if pm else 0)
    else:
        hh = int(m["h"])
        mi = int(m["mi"] or 0)
        if hh == 0 or hh > 12:
            return None
        pm = m["ap"].lower().startswith("p")
        hh = (hh % 12) + (12 if pm else 0)
    if m["h"] and not m["mi"] and m["ap"].lower().startswith(("am", "pm")) is False:
        pass
    approx = (m["approx"] or "").lower()
    mod = "APPROX" if approx in ("around", "about", "approximately") else (
        "BEFORE" if "before" in approx else ("AFTER" if "after" in approx else None))
    clock = f"T{hh:02d}:{mi:02d}"
    # "a.m." in "5 a.m." needs the number; "I am" is not a time: require digits before am/pm
    if m["ap"] and re.fullmatch(r"am|pm", m["ap"], re.I) and not re.match(r"\d", m.group("x")[len(approx):].strip()):
        return None

    def fn(ctx, s, e):
        d = None
        why = ""
        if m["dwd"]:
            r = _weekday_date(ctx, s, e, _weekday_num(m["dwd"]))
            if r:
                d, why = r[0], f"{m['dwd']} {r[1]}"
        elif m["drel"]:
            if ctx.dct:
                d = A.add_days(ctx.dct, _DAY_WORDS[m["drel"].lower()])
                why = f"{m['drel'].lower()} relative to the DCT"
        elif m["dmon4"]:
            d = A.safe_date(int(m["dy4"]), _month_num(m["dmon4"]), _day_num(m["dd4"]))
            why = "date stated"
        elif m["dmon"]:
            mo, dd = _month_num(m["dmon"]), _day_num(m["dd"])
            if m["dy"]:
                d = A.safe_date(int(m["dy"]), mo, dd)
                why = "date stated"
            elif ctx.dct:
                y, why = _year_for(ctx, s, e, mo, dd)
                d = A.safe_date(y, mo, dd)
        else:
            if ctx.ref_day is not None:
                d = ctx.ref_day
                why = f"on the day last mentioned ({A.day(d)})"
            elif ctx.dct:
                d = ctx.dct
                why = f"on the DCT {ctx.dct_value}"
        if d is None:
            return _unresolved("TIME", "XXXX-XX-XX" + clock, "clock time whose day is unknown", mod)
        anchor = "reference" if (not (m["dwd"] or m["drel"] or m["dmon"] or m["dmon4"]) and ctx.ref_day is not None
                                 and d != ctx.dct) else ("absolute" if (m["dy"] or m["dy4"]) else "dct")
        return Resolved("TIME", A.day(d) + clock, mod, anchor, f"clock time {why}".strip(),
                        sets_reference=bool(m["dwd"] or m["dmon"] or m["dmon4"] or m["drel"]))
    return fn


@rule("day_at_clock", rf"(?P<x>(?P<wd>{WEEKDAY_RE})\s+(?P<pod2>noon|midnight|night|morning|afternoon|evening)|(?P<pod>noon|midnight)\s+(?P<wd2>{WEEKDAY_RE}))(?![\w])", priority=1)
def _day_pod(m, text):
    wd = _weekday_num(m["wd"] or m["wd2"])
    if m["pod2"] and _unit_in_name(text, m.start("pod2")):
        return None  # "Saturday Night Live"
    pod = (m["pod"] or m["pod2"]).lower()
    suffix = {"noon": "T12:00", "midnight": "T24:00"}.get(pod) or "T" + PARTS_OF_DAY[pod]

    def fn(ctx, s, e):
        if ctx.dct is None:
            return _unresolved("TIME", f"XXXX-WXX-{wd}{suffix}", "weekday without a DCT")
        r = _weekday_date(ctx, s, e, wd)
        if r is None:
            return None
        return Resolved("TIME", A.day(r[0]) + suffix, None, "dct", f"weekday {r[1]}")
    return fn


# --------------------------------------------------------------------------------------------
# Reference words: now, recently, the future ...

_REF_WORDS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "nowadays": "PRESENT_REF", "at present": "PRESENT_REF",
    "presently": "PRESENT_REF", "these days": "PRESENT_REF", "the present": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "the moment": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF",
    "the past": "PAST_REF", "lately": "PAST_REF", "once": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "soon": "FUTURE_REF",
    "shortly": "FUTURE_REF", "future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "a later date": "FUTURE_REF",
}


# words that cannot be the noun an adjective "current" modifies: after them "current" is itself
# the noun (of water, electricity, a political trend)
_NOT_A_NOUN = {"was", "is", "were", "are", "has", "had", "have", "will", "would", "could", "can",
               "may", "might", "must", "should", "in", "on", "at", "from", "into", "to", "by", "with",
               "that", "which", "who", "swept", "pulled", "carried", "within", "inside", "among"}


@rule("reference_word", r"(?P<x>the\s+(?:near|short)\s+term|a\s+later\s+date|right\s+now|now|currently|current|nowadays|at\s+present|presently|these\s+days|"
                        r"the\s+present(?!\s+(?:tense|case|value|situation|system))|the\s+moment|recently|recent|formerly|"
                        r"the\s+past|lately|previously|the\s+(?:near\s+|distant\s+)?future|soon|shortly)(?![\w-])")
def _reference_word(m, text):
    w = re.sub(r"\s+", " ", m["x"].lower())
    if w == "the distant future":
        w = "the future"
    prev = _words_before(text, m.start(), 2)
    nxt = _word_after(text, m.end()).lower()
    if w == "the moment":
        if not prev or prev[-1] != "at":
            return None
    if w == "previously" and not re.search(r"(?:^|[.!?\n]\s*|[\"“]\s*)$", text[max(0, m.start() - 3):m.start()]):
        return None  # "a previously announced deal" is not annotated; sentence-initial "Previously," is
    if w in ("soon", "shortly") and (prev[-1:] == ["as"] or nxt in ("as", "after", "before", "thereafter")):
        return None
    if w == "now" and (nxt in ("that",) and False):
        return None
    if w in ("current", "recent"):
        # adjectives: only before a noun ("current account" is a term, not a time)
        if nxt in ("account", "accounts", "affairs", "events", "account's", "and", "or", "assets",
                   "liabilities", "of", "flowing", "flows", "through"):
            return None
        if not re.match(r"[a-z]", nxt):
            return None
        if w == "current" and nxt in _NOT_A_NOUN:
            return None  # the noun: "a strong current pulled ...", "the current was cut"
    if w == "the past" and re.match(r"\d|(?:few|several|two|three|four|five|six|seven|eight|nine|ten|"
                                    r"year|month|week|day|decade|century|quarter|hour)", nxt):
        return None
    if w == "the present" and nxt not in ("", "day") and re.match(r"[a-z]", nxt) and nxt not in ("and", "is", "was"):
        return None
    value = _REF_WORDS.get(w, "PRESENT_REF")

    def fn(ctx, s, e):
        return Resolved("DATE", value, None, "dct" if ctx.dct else "unresolved",
                        f"'{w}' refers to {'the time of writing' if value == 'PRESENT_REF' else ('the past' if value == 'PAST_REF' else 'the future')}",
                        sets_reference=False)
    return fn


# --------------------------------------------------------------------------------------------
# Relative calendar units: this/last/next week, month, year, quarter, season, named month

_REL_RE = r"(?:this\s+(?=past\s|coming\s))?(?P<rel>this|last|next|past|previous|coming|current|following|the\s+(?:past|last|previous|coming|next|current|following|same)|that|the\s+same)"
_EDGE_RE = (r"(?:(?P<edge>earlier|later|early|late|mid-?|the\s+(?:beginning|start|end|middle|close|rest|remainder|balance)\s+of|"
            r"(?:beginning|start|end|middle)\s+of|"  # without the article, as translated news writes it
            r"the\s+(?:early|latter|first|second)\s+(?:part|half)\s+of)\s*)")


def _edge_mod(s: str | None) -> str | None:
    if not s:
        return None
    s = re.sub(r"\s+", " ", s.lower()).strip()
    if s.startswith(("beginning", "start", "end", "middle")):
        s = "the " + s  # "beginning of this year": the article left out
    if s.startswith(("earlier", "early", "the beginning", "the start", "at the beginning", "at the start",
                     "the early part", "the first part", "the first half")):
        return "START"
    if s.startswith(("later", "late", "the end", "at the end", "the close", "the latter", "the second half",
                     "the rest", "the remainder", "the balance")):
        return "END"
    if s.startswith(("mid", "the middle")):
        return "MID"
    return None


def _season_of(d: _dt.date) -> tuple[int, str]:
    m = d.month
    if m in (3, 4, 5):
        return d.year, "SP"
    if m in (6, 7, 8):
        return d.year, "SU"
    if m in (9, 10, 11):
        return d.year, "FA"
    return (d.year if m == 12 else d.year - 1), "WI"


_SEASON_ORDER = ["SP", "SU", "FA", "WI"]


def _relative_unit_value(ctx: Context, s: int, e: int, rel: str, unit: str) -> tuple[str, str] | None:
    """(value, explanation) of this/last/next + a calendar unit relative to the DCT or the
    reference time ('the following week', 'that year')."""
    rel = re.sub(r"^the\s+", "", re.sub(r"\s+", " ", rel.lower()))
    n = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1,
         "following": 1, "same": 0, "that": 0}[rel]
    use_ref = rel in ("following", "same", "that") or (rel == "previous" and ctx.ref_value)
    base_day = ctx.dct
    why_base = f"the DCT {ctx.dct_value}"
    if use_ref and ctx.ref_value and A.granularity(ctx.ref_value) not in ("", "D") and unit in ("Y", "Q", "M", "W"):
        # the last date mentioned is coarser than a day ("last week. The following week"):
        # it, not an older day-precise date, is what the text counts from
        rv = A.shift(ctx.ref_value, unit, n)
        if rv and A.granularity(rv) == unit:
            word = {"Y": "year", "Q": "quarter", "M": "month", "W": "week"}[unit]
            return rv, f"{rel} {word} after the date last mentioned ({ctx.ref_value})" if n > 0 else \
                (f"the {word} before the date last mentioned ({ctx.ref_value})" if n < 0 else f"the {word} last mentioned ({ctx.ref_value})")
    if use_ref:
        if ctx.ref_day is not None and unit in ("D", "W", "WE", "M", "Q", "Y"):
            base_day = ctx.ref_day
            why_base = f"the date last mentioned ({A.day(base_day)})"
        elif ctx.ref_value and unit in ("Y", "M", "Q"):
            rv = A.shift(ctx.ref_value, unit, n) if A.granularity(ctx.ref_value) else None
            if rv and A.granularity(rv) == {"Y": "Y", "M": "M", "Q": "Q"}[unit]:
                return rv, f"{rel} {unit} after the date last mentioned ({ctx.ref_value})"
            d = A.to_date(ctx.ref_value)
            if d:
                base_day = d
                why_base = f"the date last mentioned ({ctx.ref_value})"
    if base_day is None:
        return None
    d = A.shift_date(base_day, unit, n)
    if d is None:
        return None
    v = A.at_granularity(d, unit)
    if v is None:
        return None
    if unit == "WE":
        v += "-WE"
    word = {"Y": "year", "Q": "quarter", "M": "month", "W": "week", "WE": "weekend", "D": "day"}[unit]
    how = "the same" if n == 0 else (f"the {word} before" if n < 0 else f"the {word} after")
    return v, f"{how} {word} as {why_base}" if n == 0 else f"{how} {why_base}"


@rule("relative_unit", rf"(?P<x>{_EDGE_RE}?{_REL_RE}\s+(?P<unit>year|month|week|weekend|quarter|decade|century|fiscal\s+year)(?:'s|’s)?)(?![\w-])", priority=2)
def _relative_unit(m, text):
    unit_word = re.sub(r"\s+", " ", m["unit"].lower())
    unit = {"year": "Y", "fiscal year": "Y", "month": "M", "week": "W", "weekend": "WE", "quarter": "Q",
            "decade": "E", "century": "C"}[unit_word]
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    mod = _edge_mod(m["edge"])
    if rel in ("the past", "the last", "the next", "the coming") and unit in ("Y", "M", "W", "Q", "E", "C"):
        # "the past year" is a period ending now: a duration
        if not m["edge"]:
            return None
    if rel in ("that", "the same") and unit not in ("Y", "M", "W", "Q"):
        return None
    if rel == "last" and unit == "Q":
        pass

    def fn(ctx, s, e):
        if ctx.dct is None and not ctx.ref_value:
            return _unresolved("DATE", {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE",
                                        "Q": "XXXX-QX", "E": "XXX", "C": "XX"}[unit],
                               f"'{m['x']}' needs the publication date, which is unknown", mod)
        if unit in ("E", "C"):
            if ctx.dct is None:
                return None
            r0 = re.sub(r"^the\s+", "", rel)
            n = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(r0)
            if n is None:
                return None
            if unit == "E":
                v = f"{ctx.dct.year // 10 + n:03d}"
            else:
                v = f"{ctx.dct.year // 100 + n:02d}"
            return Resolved("DATE", v, mod, "dct", f"{r0} {unit_word} relative to the DCT {ctx.dct_value}")
        r = _relative_unit_value(ctx, s, e, rel, unit)
        if r is None:
            return None
        v, why = r
        anchor = "reference" if "last mentioned" in why else "dct"
        res = Resolved("DATE", v, mod, anchor, why,
                       comparison=(unit == "Y" and not mod and re.sub(r"^the\s+", "", rel) in ("last", "previous", "past")))
        return _since_range(ctx, s, v, res)
    return fn


def _month_before(d: _dt.date) -> tuple[int, int]:
    return (d.year, d.month - 1) if d.month > 1 else (d.year - 1, 12)


@rule("relative_month", rf"(?P<x>{_EDGE_RE}?(?:this\s+(?=past\s|coming\s))?(?P<rel>this|last|next|past|coming)\s+(?P<mon>{MONTH_RE}))(?![\w])", priority=3)
def _relative_month(m, text):
    mo = _month_num(m["mon"])
    rel = m["rel"].lower()
    mod = _edge_mod(m["edge"])

    def fn(ctx, s, e):
        if ctx.dct is None:
            return _unresolved("DATE", f"XXXX-{mo:02d}", "named month without a DCT", mod)
        y = ctx.dct.year
        if rel in ("last", "past"):
            y = y if mo < ctx.dct.month else y - 1
            if rel == "last" and A.month(y, mo) == A.month(*_month_before(ctx.dct)):
                # the month just ended is "last month"; "last February", said in March, is the
                # February of a year before (as TimeBank annotates it)
                y -= 1
        elif rel in ("next", "coming"):
            y = y if mo > ctx.dct.month else y + 1
        v = A.month(y, mo)
        return Resolved("DATE", v, mod, "dct", f"'{rel}' {m['mon']} relative to the DCT {ctx.dct_value}") if v else None
    return fn


@rule("season", rf"(?P<x>{_EDGE_RE}?(?:this\s+(?=past\s|coming\s))?(?:(?P<rel>this|last|next|past|coming|the|that)\s+)?(?P<season>{SEASON_RE})(?:\s+(?:of\s+)?(?P<y>{YEAR_RE}))?)(?![\w-])", priority=2)
def _season(m, text):
    season = SEASONS[m["season"].lower()]
    rel = (m["rel"] or "").lower()
    mod = _edge_mod(m["edge"])
    nxt = _word_after(text, m.end()).lower()
    if m["y"]:
        y = int(m["y"])
        if not _year_ok(text, m.start("y"), m.end("y")):
            return None
        return _absolute("DATE", f"{y:04d}-{season}", "season and year stated", mod)
    if rel in ("", "the", "that"):
        prev = _words_before(text, m.start("x"), 1)
        if m["season"].lower() in ("fall", "spring") and not mod and rel != "the":
            return None
        if rel in ("the", "that") or not rel:
            if not prev or prev[0] not in ("in", "during", "since", "until", "by", "this", "over", "through", "throughout", "into"):
                if not mod:
                    return None
        if nxt in ("of", "in", "from", "out", "back", "festival", "season", "collection", "break"):
            return None

    def fn(ctx, s, e):
        if ctx.dct is None:
            return _unresolved("DATE", f"XXXX-{season}", "season without a DCT", mod)
        cy, cs = _season_of(ctx.dct)
        ci, si = _SEASON_ORDER.index(cs), _SEASON_ORDER.index(season)
        if rel in ("this", "the", "that", ""):
            t = ctx.tense(s, e).label
            y = cy if si <= ci else (cy if t == "future" else cy - 1)
            if rel == "this":
                y = cy
        elif rel in ("last", "past"):
            y = cy if si < ci else cy - 1
        else:
            y = cy if si > ci else cy + 1
        return Resolved("DATE", f"{y:04d}-{season}", mod, "dct", f"season relative to the DCT {ctx.dct_value}")
    return fn


@rule("edge_of_year", r"(?P<x>(?P<edge>(?:the\s+)?(?:beginning|start|end|middle|close|rest|remainder|balance)\s+of)\s+the\s+(?P<unit>year|month|week|decade|century))(?![\w-])", priority=2)
def _edge_of_year(m, text):
    unit = {"year": "Y", "month": "M", "week": "W"}.get(m["unit"].lower())
    if unit is None:
        return None
    mod = _edge_mod("the " + re.sub(r"^the\s+", "", m["edge"].lower()))

    def fn(ctx, s, e):
        if ctx.ref_value and A.granularity(ctx.ref_value) == unit:
            return Resolved("DATE", ctx.ref_value, mod, "reference", f"the {m['unit']} last mentioned")
        if ctx.dct is None:
            return _unresolved("DATE", {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX"}[unit], "no DCT", mod)
        if mod == "END" and unit in ("Y", "M") and ctx.tense(s, e).label == "past" \
                and (ctx.dct.timetuple().tm_yday if unit == "Y" else ctx.dct.day) <= (31 if unit == "Y" else 7):
            # "withdrew at the end of the year", said in the first days of January: the year
            # just ended (the end of the DCT's own year is still to come)
            d = A.add_days(ctx.dct, -ctx.dct.day if unit == "M" else -ctx.dct.timetuple().tm_yday)
            if d is not None:
                return Resolved("DATE", A.at_granularity(d, unit), mod, "dct",
                                f"the {m['unit']} before the DCT {ctx.dct_value} (past tense clause, its end still to come)")
        return Resolved("DATE", A.at_granularity(ctx.dct, unit), mod, "dct", f"the {m['unit']} of the DCT {ctx.dct_value}")
    return fn


# --------------------------------------------------------------------------------------------
# Quarters and halves (financial news)

_QUARTER_ORD = r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final)"


def _quarter_year(ctx: Context, s: int, e: int, q: int) -> tuple[int, str]:
    cq = A.quarter_of(ctx.dct)
    y = ctx.dct.year
    if q > cq and ctx.tense(s, e).label != "future":
        return y - 1, f"the latest such quarter before the DCT {ctx.dct_value}"
    return y, f"in the year of the DCT {ctx.dct_value}"


@rule("quarter", rf"(?P<x>(?:(?P<det>the|this\s+year(?:'s|’s)|last\s+year(?:'s|’s)|next\s+year(?:'s|’s)|its|their|his|her|our)\s+)?(?:(?P<fis1>fiscal|calendar)\s+)?(?:(?P<ymod>{YEAR_RE}|year-ago|year-earlier|comparable|year\s+earlier)\s+)?{_QUARTER_ORD}[\s-]+(?:(?P<fis2>fiscal|calendar)[\s-]+)?(?P<unit>quarter|half|period)"
                 rf"(?:\s+(?:of|in)\s+(?:(?:fiscal|calendar)\s+(?:year\s+)?)?(?P<y>{YEAR_RE})|\s+(?:of|in)\s+(?P<yrel>this|last|next|the)\s+(?:fiscal\s+)?year|\s+(?P<y2>{YEAR_RE}))?)(?![\w])", priority=3)
def _quarter(m, text):
    ordw = m["ord"].lower()
    unit = m["unit"].lower()
    if unit == "period":
        return None
    n = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
         "final": 4}[ordw]
    if unit == "half":
        if n > 2:
            return None
        if ordw == "final":
            n = 2
    letter = "Q" if unit == "quarter" else "H"
    det = (m["det"] or "").lower().replace("’", "'")
    ys = m["y"] or m["y2"] or (m["ymod"] if m["ymod"] and m["ymod"][:1].isdigit() else None)
    if m["ymod"] and not ys:
        def shifted(ctx, s, e):
            if ctx.dct is None:
                return _unresolved("DATE", f"XXXX-{letter}{n}", "a year before an unknown year")
            y, why = _quarter_year(ctx, s, e, n) if letter == "Q" else (ctx.dct.year, "")
            return Resolved("DATE", f"{y - 1:04d}-{letter}{n}", None, "dct", f"{ordw} {unit} a year before {y}-{letter}{n}", sets_reference=False)
        return shifted
    if ys:
        return _absolute("DATE", f"{int(ys):04d}-{letter}{n}", f"{unit} of a stated year")
    # possessive pronoun before the quarter ("its third quarter") : keep it out of the span
    span_start = m.start("x")
    if det in ("its", "their", "his", "her", "our"):
        span_start = m.start("x") + len(m["det"]) + 1
        span_start = m.start("x") + m.group("x").lower().index(ordw if not (m["fis1"]) else m["fis1"].lower())
    if det == "the" and re.search(r"-(?:(?:fiscal|calendar)-)?(?:quarter|half)$", m.group("x"), re.I):
        # "the third-quarter results": an adjectival quarter; "the" belongs to the noun it
        # modifies, not to the timex (TimeML: the <TIMEX3>third-quarter</TIMEX3> results)
        span_start = m.start("x") + len(m["det"]) + 1
    yrel = (m["yrel"] or "").lower()
    if not m["det"] and not m["fis1"] and not yrel:
        nxt = _word_after(text, m.end())
        # "first quarter" alone: only as a modifier of a noun or with a determiner nearby
        if not re.search(r"-", m.group("x")) and not nxt:
            pass

    def fn(ctx, s, e):
        if ctx.dct is None:
            return _unresolved("DATE", f"XXXX-{letter}{n}", f"{unit} without a year and no DCT")
        if det.startswith("this year") or yrel == "this":
            y, why = ctx.dct.year, "this year"
        elif det.startswith("last year") or yrel == "last":
            y, why = ctx.dct.year - 1, "last year"
        elif det.startswith("next year") or yrel == "next":
            y, why = ctx.dct.year + 1, "next year"
        elif letter == "Q":
            y, why = _quarter_year(ctx, s, e, n)
        else:
            y = ctx.dct.year
            if n == 2 and ctx.dct.month <= 6 and ctx.tense(s, e).label == "past":
                y -= 1
            why = f"year of the DCT {ctx.dct_value}"
        return Resolved("DATE", f"{y:04d}-{letter}{n}", None, "dct", f"{ordw} {unit}, {why}")
    return [(span_start, m.end("x"), fn)]


@rule("the_quarter", r"(?P<x>(?:the|this|last|next|that)\s+(?:(?P<adj>latest|most\s+recent|recent|current|previous|past|last|year-earlier|year-ago|year\s+earlier|year\s+ago|"
                     r"same|comparable|prior-year|year-before|preceding|just-ended|just\s+ended|latest\s+fiscal|current\s+fiscal|fiscal)\s+)?(?:fiscal\s+)?(?P<unit>quarter|period))(?![\w-])", priority=1)
def _the_quarter(m, text):
    x = re.sub(r"\s+", " ", m["x"].lower())
    adj = re.sub(r"\s+", " ", (m["adj"] or "").lower())
    det = x.split()[0]
    unit = m["unit"].lower()
    if unit == "period" and not adj:
        return None
    if det in ("last", "next", "this") and adj:
        return None
    if det == "the" and adj in ("past", "last") and unit == "quarter":
        return None  # "the last quarter" may be the fourth: too ambiguous

    def fn(ctx, s, e):
        ref_q = ctx.ref_value if A.granularity(ctx.ref_value) == "Q" else ""
        if ctx.dct is None and not ref_q:
            return _unresolved("DATE", "XXXX-QX", "quarter without a DCT")
        if ctx.dct is not None:
            cur = A.quarter(ctx.dct.year, A.quarter_of(ctx.dct))
            prev = A.quarter(ctx.dct.year, A.quarter_of(ctx.dct) - 1)
        else:
            cur = prev = ref_q
        if adj in ("year-earlier", "year-ago", "year earlier", "year ago", "prior-year", "year-before", "comparable"):
            if ref_q and ctx.dct is not None and ref_q > cur:
                ref_q = ""  # a forecast quarter ("the third quarter of 1990") has no reported year-ago figures
            base = ref_q or prev
            v = A.shift(base, "Q", -4)
            return Resolved("DATE", v, None, "reference" if ref_q else "dct",
                            f"a year before {'the quarter last mentioned' if ref_q else 'the latest quarter'} ({base})",
                            sets_reference=False) if v else None
        if det == "next":
            return Resolved("DATE", A.shift(cur, "Q", 1), None, "dct", "the quarter after the DCT's")
        if det == "last" or adj in ("previous", "preceding", "past"):
            if det == "last" or not ref_q:
                return Resolved("DATE", prev, None, "dct", "the quarter before the DCT's")
            return Resolved("DATE", A.shift(ref_q, "Q", -1), None, "reference", "the quarter before the one last mentioned")
        if det == "this" or adj in ("current", "current fiscal"):
            return Resolved("DATE", cur, None, "dct", "the quarter of the DCT")
        if adj in ("same",):
            if ref_q:
                return Resolved("DATE", ref_q, None, "reference", "the quarter last mentioned")
            return None
        if unit == "period" and adj in ("latest", "most recent", "recent", "just-ended", "just ended"):
            if ref_q:
                return Resolved("DATE", ref_q, None, "reference", "the period last mentioned (a quarter)")
            return None
        if unit == "period":
            return None
        if adj in ("latest", "most recent", "recent", "just-ended", "just ended", "latest fiscal"):
            return Resolved("DATE", prev or ref_q, None, "dct" if prev else "reference",
                            "the latest completed quarter before the DCT")
        # "the quarter": the one the text is talking about, else the latest completed one
        return Resolved("DATE", ref_q or prev, None, "reference" if ref_q else "dct",
                        "the quarter last mentioned" if ref_q else "the latest completed quarter before the DCT")
    return fn


@rule("year_period", rf"(?P<x>the\s+(?P<y>{YEAR_RE})\s+(?:fiscal\s+)?(?:quarter|period))(?![\w-])", priority=2)
def _year_period(m, text):
    """"the 1988 quarter", "in the 1989 period": in a report on a quarter, the same quarter of
    the year stated. Without a quarter to refer to, the plain year rule applies."""
    y = int(m["y"])

    def fn(ctx, s, e):
        if A.granularity(ctx.ref_value) != "Q" or ctx.ref_pos < 0 or s - ctx.ref_pos > 1500:
            return Resolved("DATE", A.year(y), None, "absolute", "year stated (the quarter is not known)")
        q = int(ctx.ref_value[-1])
        v = A.quarter(y, q)
        if v is None:
            return None
        return Resolved("DATE", v, None, "reference", f"quarter {q} (of the quarter last mentioned, {ctx.ref_value}) in {y}",
                        sets_reference=False)
    return fn


@rule("year_earlier", r"(?P<x>(?:(?P<det>the|a)\s+(?:(?:comparable|same)\s+)?)?(?P<adj>year-(?:earlier|ago))(?:\s+(?P<unit>quarter|period|month|year|level|levels|figure|results)?)?)(?![\w-])", priority=1)
def _year_earlier(m, text):
    unit = (m["unit"] or "").lower()
    s, e = m.start("x"), m.end("x")
    if unit not in ("quarter", "period"):
        # "year-earlier levels": the timex is the adjective alone
        s, e = m.start("adj"), m.end("adj")

    def fn(ctx, s_, e_):
        if ctx.ref_comparison and A.granularity(ctx.ref_value) in ("Q", "Y", "H"):
            return Resolved("DATE", ctx.ref_value, None, "reference",
                            f"the same comparison period as the one last mentioned ({ctx.ref_value})", sets_reference=False)
        base = ctx.ref_value if A.granularity(ctx.ref_value) in ("Q", "Y", "M", "H") else ""
        if not base and ctx.dct is not None:
            base = A.quarter(ctx.dct.year, A.quarter_of(ctx.dct) - 1) if unit in ("quarter", "period") else A.year(ctx.dct.year)
        if not base:
            return _unresolved("DATE", "XXXX", "year-earlier without a reference or DCT")
        g = A.granularity(base)
        if unit == "quarter" and g == "M":
            # "in December. In the year-ago quarter, ...": a quarter, not the month last named
            d = A.to_date(base)
            base, g = A.quarter(d.year, A.quarter_of(d)), "Q"
        v = A.shift(base, "Y", -1) if g != "Q" else A.shift(base, "Q", -4)
        if v is None:
            return None
        return Resolved("DATE", v, None, "reference", f"a year before {base}", sets_reference=False)
    return [(s, e, fn)]


# --------------------------------------------------------------------------------------------
# "N units ago / earlier / later", "the next day", "that day"

_AGO_RE = (rf"(?P<x>{_DUR_MOD_RE}?(?P<num>{NUMBER_RE}|{VAGUE_RE})\s+(?P<unit>{UNIT_RE})(?P<orso>,?\s+or\s+so,?)?\s+"
           r"(?P<dir>ago|earlier|later|before|after|from\s+now|hence|previously|back))(?![\w-])")


_GRAIN_RANK = {"D": 0, "W": 1, "M": 2, "Q": 3, "H": 4, "S": 4, "Y": 5, "E": 6, "C": 7}


def _coarse_reference(ctx: Context, day: _dt.date | None) -> bool | None:
    """True when the date last mentioned is coarser than a day and does not hold `day` (the
    older day-precise reference or the DCT); False when it holds it; None when it is a day or
    there is none."""
    g = A.granularity(ctx.ref_value)
    if g in ("", "D"):
        return None
    if g not in ("Y", "Q", "M", "W") or day is None:
        return True
    return A.at_granularity(day, g) != ctx.ref_value


@rule("ago", _AGO_RE, priority=3)
def _ago(m, text):
    if _unit_in_name(text, m.start("unit")):
        return None  # "28 Days Later": a title
    unit_w = m["unit"].lower()
    unit, is_time, mult = UNITS[unit_w]
    numw = m["num"].lower()
    vague = bool(re.fullmatch(VAGUE_RE, numw, re.I)) and numw not in ("a", "an")
    n = None if vague else parse_number(numw)
    if not vague and (n is None or n != int(n)):
        return None
    direction = m["dir"].lower()
    if direction in ("before", "after"):
        nxt = _word_after(text, m.end())
        if nxt and re.match(r"[A-Za-z0-9]", nxt):  # "two days before the vote", "a month after Qantas
            # suspended ...": a preposition or a conjunction, its object names the anchor
            return None
    sign = -1 if direction in ("ago", "earlier", "before", "previously", "back") else 1
    mod = _dur_mod(m["dmod"])
    if mod in ("LESS_THAN", "MORE_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS"):
        mod = {"LESS_THAN": "APPROX", "MORE_THAN": "APPROX"}.get(mod, "APPROX")
    if m["orso"]:
        mod = "APPROX"  # "a week or so ago"

    def fn(ctx, s, e):
        rel_ref = direction not in ("ago", "from now", "hence", "back")
        if vague and rel_ref and sign > 0:
            # "A few days later, the company announced ...": some days after an earlier event,
            # which may well be before the DCT, so not FUTURE_REF; what the text gives is the
            # length of the gap (TimeML: "a few days" DURATION, "later" a signal)
            return Resolved("DURATION", _duration_value(None, unit, is_time, mult), None, "absolute",
                            f"an unspecified number of {unit_w}, counted from an earlier event", sets_reference=False)
        if vague or n is None:
            v = "PAST_REF" if sign < 0 else "FUTURE_REF"
            return Resolved("DATE", v, mod, "dct" if ctx.dct else "unresolved",
                            f"an unspecified number of {unit_w} {direction}", sets_reference=False)
        k = int(n) * mult
        if is_time:
            base = ctx.ref_day if rel_ref and ctx.ref_day else ctx.dct
            if base is None:
                return _unresolved("TIME", "XXXX-XX-XX", "no DCT")
            return Resolved("DATE", A.day(base), mod, "dct", f"{n} {unit_w} {direction}: the same day", sets_reference=False)
        if (not rel_ref and unit in ("Y", "Q") and A.granularity(ctx.ref_value) == "Q"
                and ctx.ref_pos >= 0 and s - ctx.ref_pos < 300):
            # "profit rose in the third quarter from a year ago": the same period a year before
            v = A.shift(ctx.ref_value, "Q", sign * k * (4 if unit == "Y" else 1))
            if v:
                return Resolved("DATE", v, mod, "reference", f"{m['num']} {unit_w} {direction} from the quarter last mentioned ({ctx.ref_value})", sets_reference=False)
        if (rel_ref and sign < 0 and k == 1 and unit == "Y" and ctx.ref_comparison
                and A.granularity(ctx.ref_value) in ("Y", "Q", "H")):
            # "a loss of $3 million last year ... sales were $5 million a year earlier": both
            # compare with the same period; the second does not go back another year
            return Resolved("DATE", ctx.ref_value, mod, "reference",
                            f"{m['num']} {unit_w} {direction}: the same comparison period as the one last mentioned ({ctx.ref_value})",
                            sets_reference=False)
        if rel_ref and ctx.ref_value and A.granularity(ctx.ref_value):
            g = A.granularity(ctx.ref_value)
            u = "Y" if unit == "Y" else unit
            if unit == "WE":
                u = "W"
            if g == "Q" and unit in ("Y", "Q"):
                v = A.shift(ctx.ref_value, "Q", sign * k * (4 if unit == "Y" else 1))
            elif g == "D" and ctx.ref_day:
                d = A.shift_date(ctx.ref_day, u, sign * k)
                v = A.at_granularity(d, u) if d else None
            elif ctx.ref_day and _coarse_reference(ctx, ctx.ref_day) is False and _GRAIN_RANK.get(u, 9) < _GRAIN_RANK.get(g, 0):
                # "On Monday, ... the worst attack this year. Two days later": the year holds the
                # day, which stays the reference
                d = A.shift_date(ctx.ref_day, u, sign * k)
                v = A.at_granularity(d, u) if d else None
            elif _GRAIN_RANK.get(u, 9) < _GRAIN_RANK.get(g, 0):
                # "in 2011. Two days later": a day counted from a year is no day the text gives;
                # what it gives is the gap
                return Resolved("DURATION", _duration_value(int(n), unit, is_time, mult), mod, "absolute",
                                f"{m['num']} {unit_w}, counted from a date the text gives only as {ctx.ref_value}",
                                sets_reference=False)
            else:
                d = A.to_date(ctx.ref_value)
                d2 = A.shift_date(d, u, sign * k) if d else None
                v = A.at_granularity(d2, u) if d2 else None
            if v:
                return Resolved("DATE", v, mod, "reference", f"{m['num']} {unit_w} {direction} than {ctx.ref_value}", sets_reference=False,
                                comparison=(sign < 0 and k == 1 and unit == "Y"))
        if rel_ref and sign > 0:
            # "Two weeks later, the government fell" with no date before it: it counts from an
            # event the text does not date, not from the publication date (which would put a
            # past event in the future); what the text gives is the gap, as for "a few days later"
            return Resolved("DURATION", _duration_value(int(n), unit, is_time, mult), mod,
                            "absolute", f"{m['num']} {unit_w}, counted from an earlier event the text does not date",
                            sets_reference=False)
        if ctx.dct is None:
            return _unresolved("DATE", {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX"}.get(unit, "XXXX-XX-XX"),
                               f"'{m['x']}' counts from the publication date, which is unknown", mod)
        d = A.shift_date(ctx.dct, "W" if unit == "WE" else unit, sign * k)
        v = A.at_granularity(d, unit) if d else None
        if v is None:
            return None
        return Resolved("DATE", v, mod, "dct", f"{m['num']} {unit_w} {'before' if sign < 0 else 'after'} the DCT {ctx.dct_value}",
                        comparison=(sign < 0 and k == 1 and unit == "Y"))
    if vague and sign > 0 and direction in ("later", "after"):
        return [(m.start("x"), m.end("unit"), fn)]  # the timex is "a few days"; "later" is a signal
    return fn


# "weeks ago", "months ago": no count, so only the direction is known
@rule("plural_ago", r"(?P<x>(?P<unit>minutes|hours|days|weeks|months|years|decades|centuries)\s+ago)(?![\w-])", priority=2)
def _plural_ago(m, text):
    prev = _words_before(text, m.start("x"), 1)
    if prev and (re.fullmatch(NUMBER_RE, prev[0], re.I) or re.fullmatch(VAGUE_RE, prev[0], re.I)):
        return None  # "two weeks ago", "few days ago": the rule `ago`
    return lambda ctx, s, e: Resolved("DATE", "PAST_REF", None, "dct" if ctx.dct else "unresolved",
                                      f"an unspecified number of {m['unit'].lower()} ago", sets_reference=False)


@rule("reference_day", r"(?P<x>(?:the|that)\s+(?P<rel>next|following|previous|same|preceding|prior)\s+(?P<unit>day|morning|evening|night|afternoon)|"
                       r"(?P<that>that|the\s+same)\s+(?P<unit2>day|morning|evening|night|afternoon)|the\s+day\s+(?P<ba>before|after)(?![\w\s]*\w+\s+(?:the|a|his|her|its)\b)|"
                       r"(?P<a>a|one)\s+day\s+(?P<dir>later|earlier|before|after)|the\s+(?P<day>day))(?![\w-])", priority=1)
def _reference_day(m, text):
    if m["day"]:
        prev = _words_before(text, m.start(), 2)
        nxt = _word_after(text, m.end()).lower()
        if not prev or prev[-1] not in ("on", "during", "that", "for", "by") or nxt in ("of", "when", "before", "after", "that"):
            return None
    if m["ba"] or m["dir"]:
        nxt = _word_after(text, m.end())
        if nxt and re.match(r"[a-z0-9]", nxt) and nxt not in ("and", "or", "but", "as", "when", "in", "at", "to"):
            return None
    rel = (m["rel"] or "").lower()
    n = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1, "same": 0}.get(rel, 0)
    if m["ba"]:
        n = -1 if m["ba"].lower() == "before" else 1
    if m["dir"]:
        n = -1 if m["dir"].lower() in ("earlier", "before") else 1
    pod = (m["unit"] or m["unit2"] or "day").lower()
    type_ = "DATE" if pod == "day" else "TIME"
    suffix = "" if pod == "day" else "T" + PARTS_OF_DAY[pod]

    def fn(ctx, s, e):
        base = ctx.ref_day or ctx.dct
        if _coarse_reference(ctx, base):
            # the date last mentioned is a year or a month ("in 2009. The next day") that holds
            # neither an older day nor the DCT: which day the text counts from is not known
            return _unresolved(type_, "XXXX-XX-XX" + suffix, f"relative to a day within {ctx.ref_value}, the date last mentioned, not known")
        if base is None:
            return _unresolved(type_, "XXXX-XX-XX" + suffix, "relative to a date that is not known")
        d = A.add_days(base, n)
        if d is None:
            return None
        src = f"the date last mentioned ({A.day(base)})" if ctx.ref_day else f"the DCT {ctx.dct_value}"
        return Resolved(type_, A.day(d) + suffix, None, "reference" if ctx.ref_day else "dct",
                        f"{'the same day as' if n == 0 else ('the day after' if n > 0 else 'the day before')} {src}")
    return fn


def _compared_with(ctx: Context) -> bool:
    """The reference time is only the term of a comparison ("higher than a year ago", "up from
    $5 million a year earlier"), not when the story happens: "earlier in the year" or "for the
    year" after it do not refer to it. ("Last year, the plant was sold. Later in the year ..."
    is narrative: "last year" keeps anchoring.)"""
    return ctx.ref_comparison and ctx.ref_rule == "ago"


def _period_of_reference(unit: str, what: str) -> Resolver:
    """The calendar year/month/week that holds the reference time, else the DCT's."""
    def fn(ctx, s, e):
        if ctx.ref_value and not _compared_with(ctx) and A.granularity(ctx.ref_value) in ("Y", "M", "D", "Q", "W"):
            d = A.to_date(ctx.ref_value)
            if d and not (A.granularity(ctx.ref_value) == "Y" and unit != "Y"):
                return Resolved("DATE", A.at_granularity(d, unit), None, "reference",
                                f"{what}: the one of the date last mentioned ({ctx.ref_value})", sets_reference=False)
        if ctx.dct is None:
            return _unresolved("DATE", {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX"}[unit], f"{what}; no DCT")
        return Resolved("DATE", A.at_granularity(ctx.dct, unit), None, "dct", f"{what}: the one of the DCT",
                        sets_reference=False)
    return fn


@rule("the_unit", r"(?P<x>the\s+(?:fiscal\s+)?(?P<unit>year|month|week|weekend))(?![\w-])")
def _the_unit(m, text):
    prev = _words_before(text, m.start(), 2)
    nxt = _word_after(text, m.end()).lower()
    unit = {"year": "Y", "month": "M", "week": "W", "weekend": "WE"}[m["unit"].lower()]
    if not prev:
        return None
    p = prev[-1]
    if unit == "Y" and nxt in ("ended", "ending", "ends", "through", "to") and re.match(r"\s+\w+\s+(?:[A-Z]|\d)", text[m.end():m.end() + 20]):
        # "the year ended March 31": a twelve-month period that is not a calendar year
        return lambda ctx, s, e: Resolved("DURATION", "P1Y", None, "absolute",
                                          "a (fiscal) year ending on a stated date: twelve months, not a calendar year",
                                          sets_reference=False)
    if nxt in ("of", "before", "after", "when", "that", "in", "to", "since", "ended", "ending", "earlier", "ago", "-") and p != "for":
        return None
    if re.match(r"\d", nxt):
        return None
    if p == "for" and unit in ("Y", "W") and nxt not in ("ended", "ending", "ends", "through", "to", "of") and \
            not re.match(r"\s+(?:or|and)\b", text[m.end():m.end() + 6]):
        # "For the year, volume was flat", "a high for the year", "For the week, the index
        # dropped": the period being reported (a DATE), not a length of time
        return _period_of_reference(unit, f"the {m['unit'].lower()} being reported")
    if p in ("for", "throughout", "over") and unit != "WE" and nxt != "of":
        dur = {"Y": "P1Y", "M": "P1M", "W": "P1W"}[unit]
        return lambda ctx, s, e: Resolved("DURATION", dur, None, "absolute", f"the whole {m['unit']}", sets_reference=False)
    if p not in ("in", "during", "of", "on", "at", "by", "since", "until", "through", "earlier", "later", "this", "around",
                 "over", "throughout"):
        return None
    if unit == "WE":
        def fn(ctx, s, e):
            if ctx.dct is None:
                return _unresolved("DATE", "XXXX-WXX-WE", "no DCT")
            t = ctx.tense(s, e).label
            d = ctx.dct
            wd = d.isoweekday()
            if t == "future":
                d2 = A.add_days(d, (6 - wd) % 7)
            else:
                d2 = d if wd >= 6 else A.add_days(d, -(wd + 1))
            return Resolved("DATE", A.week(d2) + "-WE", None, "dct", f"the weekend nearest the DCT ({_tense_word(ctx.tense(s, e))})")
        return fn

    def fn(ctx, s, e):
        if ctx.ref_value and not _compared_with(ctx) and A.granularity(ctx.ref_value) in ("Y", "M", "D", "Q", "W"):
            d = A.to_date(ctx.ref_value)
            if d:
                if A.granularity(ctx.ref_value) == "Y" and unit != "Y":
                    return None
                v = A.at_granularity(d, unit)
                return Resolved("DATE", v, None, "reference", f"the {m['unit']} of the date last mentioned ({ctx.ref_value})", sets_reference=False)
        if ctx.dct is None:
            return _unresolved("DATE", {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX"}[unit], "no DCT")
        return Resolved("DATE", A.at_granularity(ctx.dct, unit), None, "dct", f"the {m['unit']} of the DCT", sets_reference=False)
    return fn


# --------------------------------------------------------------------------------------------
# Durations

_DUR_UNIT_CODE = {"S": "S", "M": "M", "H": "H"}


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


_DURATION_PREPOSITIONS = {"for", "in", "within", "than", "about", "over", "nearly", "almost", "after", "only",
                          "just", "least", "under", "past", "last", "next", "of", "during", "throughout",
                          "around", "some", "by", "before", "from", "to", "until", "lasted", "took", "spent",
                          "whole", "entire", "full", "another", "and", "or", "once", "barely", "roughly"}
_QUANTITY_WORDS = {"million", "billion", "trillion", "thousand", "hundred", "dozen", "one", "two", "three",
                   "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "forty",
                   "fifty", "hundreds", "thousands", "millions", "dozens", "several", "many"}

# "two months after the raid": the duration is the timex ("after" is a signal); "two months
# after." alone is a date (rule 'ago', which has the longer span and wins).
# Words after which "last" is the verb ("to last", "will last", "did not last").
_VERB_LAST_BEFORE = {"to", "will", "would", "could", "can", "may", "might", "should", "must", "not",
                     "did", "does", "do", "didn't", "won't", "wouldn't", "can't", "couldn't", "doesn't"}

_NON_DURATION_AFTER = {"old", "olds", "older", "younger", "ago", "earlier", "later", "hence", "back"}


@rule("duration", rf"(?P<x>{_DUR_MOD_RE}?(?:(?P<det>the|these|those|its|their|his|her|our)\s+)?(?:(?P<rel>past|last|next|coming|previous|first|final|following|further|additional|remaining|initial|preceding|same)\s+)?"
                  rf"(?P<num>{NUMBER_RE}|{VAGUE_RE})(?P<hy>\s+|-)(?:(?P<more>more|additional|full|straight|consecutive|long|trading|business|working|calendar)\s+)?(?P<unit>{UNIT_RE}))(?![\w-])", priority=1)
def _duration(m, text):
    unit_w = m["unit"].lower()
    unit, is_time, mult = UNITS[unit_w]
    numw = re.sub(r"\s+", " ", m["num"].lower())
    vague = bool(re.fullmatch(VAGUE_RE, numw, re.I))
    n = None if vague else parse_number(numw)
    if numw in ("a couple of", "couple of"):
        vague, n = False, 2
    if not vague and n is None:
        return None
    if _unit_in_name(text, m.start("unit")):
        return None
    if re.search(r"\d/$", text[max(0, m.start() - 3):m.start()]) or re.match(r"\s*\d+/\d", text[m.start("num"):m.start("num") + 8]):
        return None  # "5 1/2 hours": see the rule 'fraction_duration'
    if re.search(r"\d\s+$", text[max(0, m.start("num") - 3):m.start("num")]) and re.match(r"\d", m["num"]):
        return None  # "1 2 years": two numbers in a row are not a quantity
    nxt = _word_after(text, m.end()).lower()
    if nxt in _NON_DURATION_AFTER:
        return None
    if nxt in ("'s", "’s") or re.match(r"-(?:olds?|long)\b", text[m.end():m.end() + 6], re.I):
        return None  # "a 44-year-old", ages are not annotated; "-long" see 'adjectival_duration'
    if unit_w in ("quarter", "quarters") and (nxt == "of" or (m["hy"] == "-" and unit_w == "quarters")):
        return None  # "a quarter of the market", "three-quarters of its food": fractions
    # "a six-year conflict", "the six year conflict", "a five year low": an adjectival duration.
    # TimeML annotates it as a DURATION of the number and unit alone ("six-year" = P6Y); it is
    # never a date and sets no reference time.
    adjectival = n is not None and not vague and (
        m["hy"] == "-" or (unit_w in ("second", "minute", "hour", "day", "night", "week", "month", "quarter", "year",
                                      "decade", "century") and n != 1))
    if adjectival:
        if numw in ("a", "an", "one") and m["hy"] != "-":
            return None
        if not re.match(r"\d", numw) and n is not None and n > 1000:
            return None
        value = _duration_value(n, unit, is_time, mult)
        s0 = m.start("num")
        e0 = m.end("unit")
        tail = re.match(r"\s+(?:period|term|span|stint|stretch|spell|window)\b", text[e0:e0 + 12], re.I)
        if tail:  # "a three-year period": the noun is temporal, it belongs to the timex
            e0 += tail.end()
            if text[max(0, s0 - 2):s0].lower() in ("a ",) :
                s0 -= 2
        mod0 = _dur_mod(m["dmod"])
        if mod0:
            s0 = m.start("x")
        return [(s0, e0, lambda c, s, e: Resolved("DURATION", value, mod0, "absolute",
                                                  f"adjectival duration '{m['num']}{m['hy']}{unit_w}': a period, not a date",
                                                  sets_reference=False))]
    if nxt == "-" or text[m.end():m.end() + 1] in ("-",):
        return None
    if numw in ("a", "an", "one") and unit_w in ("day",) and not m["rel"] and not m["det"] and not m["dmod"]:
        prev = _words_before(text, m.start(), 1)
        prev3 = _words_before(text, m.start(), 3)
        rate = numw != "one" and prev3 and prev3[-1] not in _DURATION_PREPOSITIONS and any(
            re.match(r"[\d$£€]", w) or w in _QUANTITY_WORDS for w in prev3)
        if not rate and (not prev or prev[0] not in ("for", "in", "within", "than", "about", "over", "nearly", "almost", "after", "only", "just", "least")):
            return None  # "one day he left": not a duration
    if numw in ("a", "an") and not m["rel"] and not m["det"] and not m["dmod"]:
        prev = _words_before(text, m.start(), 3)
        if prev and (re.match(r"[\d$£€]", prev[-1]) or prev[-1] in ("times", "once", "twice", "cents", "dollars", "percent")):
            return None  # "$5 a year", "twice a year": a frequency (see rule 'set')
        if prev and prev[-1] not in _DURATION_PREPOSITIONS and any(
                re.match(r"[\d$£€]", w) or w in _QUANTITY_WORDS for w in prev[:-1] + prev[-1:]):
            # "four flights a week", "$500 million a year": a rate, TimeML's SET
            rate = _duration_value(1, unit, is_time, mult)
            return lambda c, s, e: Resolved("SET", rate, None, "absolute", f"a rate per {unit_w}", sets_reference=False)
        if unit_w == "second" and (not prev or prev[-1] not in ("for", "in", "within", "than", "split", "half", "every")):
            return None  # "a second betrayal": the ordinal
    if numw == "some" and unit_w in ("time",):
        return None
    if numw in ("many", "some", "few") and unit_w in ("day", "week", "month", "year"):
        return None
    if numw in ("second",):
        return None
    rel = (m["rel"] or "").lower()
    det = (m["det"] or "").lower()
    if rel == "same":
        return None
    mod = _dur_mod(m["dmod"])
    if m["dmod"] and m["dmod"].lower().startswith("some") and unit_w in ("time",):
        return None
    if det and not rel and numw in ("a", "an"):
        return None
    value = _duration_value(n, unit, is_time, mult)
    span_start = m.start("x")
    if rel == "last" and not det and not m["dmod"] and set(_words_before(text, m.start("rel"), 1)) & _VERB_LAST_BEFORE:
        # "expected to last two weeks", "it could last three months": the verb, not "the last"
        rel, span_start = "", m.start("num")
    if m["dmod"] and (det or rel) and m["dmod"].lower() in ("over", "about", "around"):
        span_start = m.start("det") if det else m.start("rel")  # "over the next three years"
        mod = None

    def fn(ctx, s, e):
        rs = rend = None
        if ctx.dct is not None and n is not None and float(n).is_integer() and not is_time:
            k = int(n) * mult
            u = "W" if unit == "WE" else unit
            if rel in ("past", "last", "previous", "preceding"):
                d0 = A.shift_date(ctx.dct, u, -k)
                if d0:
                    rs, rend = A.day(d0), ctx.dct_value
            elif rel in ("next", "coming", "following", "remaining"):
                d1 = A.shift_date(ctx.dct, u, k)
                if d1:
                    rs, rend = ctx.dct_value, A.day(d1)
        why = f"a period of {m['num']} {unit_w}"
        if rs:
            why += f", from {rs} to {rend}"
        return Resolved("DURATION", value, mod, "absolute" if not rs else "dct", why, rs, rend, sets_reference=False)
    return [(span_start, m.end("x"), fn)]


@rule("long_adjective", rf"(?P<x>(?:(?P<num>{NUMBER_RE})[\s-])?(?P<unit>{UNIT_RE})-long)(?![\w-])", priority=2)
def _long_adjective(m, text):
    """"a day-long strike", "a three-month-long siege", "decades-long conflict": a DURATION, as
    TimeML annotates adjectival durations; without a number a singular unit is one of it and a
    plural an unspecified number."""
    if _unit_in_name(text, m.start("unit")):
        return None
    unit_w = m["unit"].lower()
    unit, is_time, mult = UNITS[unit_w]
    if unit == "WE":
        return None
    if unit == "Q":
        unit, mult = "M", 3 * mult
    t = "T" if is_time else ""
    if m["num"] and m["num"].lower() not in ("a", "an"):
        n = parse_number(re.sub(r"\s+", " ", m["num"].lower()))
        if n is None or n != int(n) or n <= 0:
            return None
        value = f"P{t}{int(n) * mult}{unit}"
    elif unit_w.endswith("s") or unit_w == "millennia":
        value = f"P{t}X{'Y' if mult > 1 else unit}"
        if unit == "Y" and mult == 100:
            value = "PXC"
        elif unit == "Y" and mult == 10:
            value = "PXE"
    else:
        value = f"P{t}{mult}{unit}"
    s0 = m.start("unit") if (m["num"] or "").lower() in ("a", "an") else m.start("x")
    return [(s0, m.end("x"), lambda c, s, e: Resolved("DURATION", value, None, "absolute",
                                                      f"adjectival duration '{m['x']}': a period, not a date",
                                                      sets_reference=False))]


@rule("vague_duration", r"(?P<x>(?:(?P<pre>recent|the\s+past|the\s+last|the\s+coming|the\s+next|the\s+previous|these|those|many|several|the)\s+)?(?P<unit>years|months|weeks|days|decades|hours|minutes|centuries))(?![\w-])")
def _vague_duration(m, text):
    if _unit_in_name(text, m.start("unit")):
        return None
    pre = re.sub(r"\s+", " ", (m["pre"] or "").lower())
    unit_w = m["unit"].lower()
    unit, is_time, mult = UNITS[unit_w]
    prev = _words_before(text, m.start(), 1)
    nxt = _word_after(text, m.end()).lower()
    if pre == "these" and unit_w == "days":
        return lambda ctx, s, e: Resolved("DATE", "PRESENT_REF", None, "dct", "'these days' = now", sets_reference=False)
    if pre in ("these", "those"):
        return None
    if pre == "the" and (not prev or prev[0] not in ("over", "through") or unit_w not in ("years", "decades", "centuries", "months")
                         or nxt in ("of", "since", "before", "after", "that", "when", "ahead", "to")):
        return None  # "over the years": an unspecified number of years; not "over the years of war"
    if not pre:
        if prev and prev[0] == "be" and nxt in ("before", "until"):
            pass  # "it could be weeks before the bridge reopens"
        elif not prev or prev[0] not in ("for", "within", "over", "in", "after", "took", "take", "takes", "lasted", "last"):
            return None
        elif prev[0] in ("for", "within", "took", "take", "takes", "lasted") and nxt in ("of", "or", "and", "to"):
            pass  # "within hours of the attack", "for weeks or months", "took years to build"
        elif nxt in ("of", "ago", "earlier", "later", "old", "before", "after", "and", "or", "to", "past", "-"):
            return None
        if prev[0] == "in" and nxt not in ("", ".", ","):
            pass
    if nxt in ("ago", "old"):
        return None
    # ISO 8601: the time designator comes before the number ("hours" = PTXH, not PXTH)
    value = "P" + ("T" if is_time else "") + "X" + ("Y" if mult > 1 else unit)
    if unit == "Y" and mult == 100:
        value = "PXC"
    elif unit == "Y" and mult == 10:
        value = "PXE"
    if pre == "recent" and unit_w == "years":
        return lambda ctx, s, e: Resolved("DATE", "PAST_REF", None, "dct", "'recent years' = the past", sets_reference=False)
    return lambda ctx, s, e: Resolved("DURATION", value, None, "absolute", f"an unspecified number of {unit_w}", sets_reference=False)


@rule("the_past_unit", r"(?P<x>(?:(?P<dmod>at\s+least|nearly|almost|more\s+than|about)\s+)?the\s+(?P<rel>past|last|previous|next|coming|first|final|whole|entire|full)\s+(?P<unit>year|month|week|day|decade|century|quarter|hour))(?![\w-])")
def _the_past_unit(m, text):
    unit_w = m["unit"].lower()
    rel = m["rel"].lower()
    unit, is_time, mult = UNITS[unit_w]
    nxt = _word_after(text, m.end()).lower()
    if nxt in ("of", "-", "'s") or re.match(r"\d", nxt):
        return None
    if rel == "first" or rel == "final":
        return None
    value = _duration_value(1, unit, is_time, mult)
    mod = _dur_mod(m["dmod"])
    if rel == "full" and unit_w == "year" and not mod:
        # "earnings for the full year": the (fiscal) year being reported, a DATE like "the year"
        return _period_of_reference("Y", "the full year")
    if rel in ("whole", "entire", "full"):
        return lambda c, s, e: Resolved("DURATION", value, mod, "absolute", f"a whole {unit_w}", sets_reference=False)

    def fn(ctx, s, e):
        rs = rend = None
        if ctx.dct is not None and not is_time:
            u = unit
            d0 = A.shift_date(ctx.dct, u, -mult if rel in ("past", "last", "previous") else mult)
            if d0:
                rs, rend = (A.day(d0), ctx.dct_value) if rel in ("past", "last", "previous") else (ctx.dct_value, A.day(d0))
        return Resolved("DURATION", value, mod, "dct" if rs else "absolute",
                        f"the {unit_w} {'up to' if rel in ('past', 'last', 'previous') else 'from'} the DCT", rs, rend, sets_reference=False)
    return fn


# --------------------------------------------------------------------------------------------
# Sets (frequencies)

@rule("frequency_word", r"(?P<x>(?-i:hourly|daily|nightly|weekly|biweekly|monthly|yearly|annually|semiannually|semi-annually))(?![\w-])")
def _frequency_word(m, text):
    w = m["x"].lower()
    v = FREQUENCY_WORDS[w]
    nxt = _word_after(text, m.end())
    if w == "daily" and nxt[:1].isupper():
        return None  # "the party daily Granma": a newspaper
    fn = lambda c, s, e: Resolved("SET", v, None, "absolute", f"'{w}': once every {v[1:]}", sets_reference=False)
    f = _frequency_before(text, m.start("x"))
    if f is not None:
        return [(f, m.end("x"), fn)]  # "twice daily"
    return fn


@rule("every_unit", rf"(?P<x>(?:every|each)\s+(?:(?P<other>other)\s+|(?P<num>{NUMBER_RE}|(?P<vague>few|several|couple\s+of))\s+)?"
                    rf"(?P<unit>{UNIT_RE}|(?P<wd>{WEEKDAY_RE})|(?P<mon>{MONTH_RE})|(?P<season>{SEASON_RE})|(?P<pod>morning|afternoon|evening)))(?![\w-])")
def _every_unit(m, text):
    if m["season"] or m["pod"] or (m["unit"].lower() == "night" and not m["num"] and not m["other"]):
        if m["num"] or m["other"]:
            return None  # "every two summers": not a calendar value
        # "each spring", "every morning": the recurring season or part of the day
        v = (f"XXXX-{SEASONS[m['season'].lower()]}" if m["season"]
             else "XXXX-XX-XXT" + PARTS_OF_DAY[(m["pod"] or "night").lower()])
        return lambda c, s, e: Resolved("SET", v, None, "absolute", f"every {m['unit'].lower()}", sets_reference=False)
    if m["vague"]:
        # "every few months": an unspecified interval, still a SET
        if m["wd"] or m["mon"] or not m["unit"].lower().endswith("s"):
            return None
        unit, is_time, mult = UNITS[m["unit"].lower()]
        n = 2 if m["vague"].lower().startswith("couple") else None
        v = _duration_value(n, unit, is_time, mult)
        return lambda c, s, e: Resolved("SET", v, None, "absolute", f"every {m['vague'].lower()} {m['unit'].lower()}", sets_reference=False)
    if m["wd"]:
        wd = _weekday_num(m["wd"])
        return lambda c, s, e: Resolved("SET", f"XXXX-WXX-{wd}", None, "absolute", f"every {m['wd']}", sets_reference=False)
    if m["mon"]:
        mo = _month_num(m["mon"])
        return lambda c, s, e: Resolved("SET", f"XXXX-{mo:02d}", None, "absolute", f"every {m['mon']}", sets_reference=False)
    unit_w = m["unit"].lower()
    unit, is_time, mult = UNITS[unit_w]
    n = 2 if m["other"] else (parse_number(m["num"]) if m["num"] else 1)
    if n is None:
        return None
    if n != 1 and not unit_w.endswith("s") and not m["other"]:
        return None
    v = _duration_value(n, unit, is_time, mult)
    return lambda c, s, e: Resolved("SET", v, None, "absolute", f"every {'other ' if m['other'] else ''}{unit_w}", sets_reference=False)


@rule("per_unit", r"(?:(?P<pre>\d+|%|times|once|twice|cents|dollars|percent|euros|pounds|yen)\s*)(?P<x>(?:a|an|per)\s+(?P<unit>year|month|week|day|hour|minute|quarter))(?![\w-])")
def _per_unit(m, text):
    unit_w = m["unit"].lower()
    unit, is_time, mult = UNITS[unit_w]
    v = _duration_value(1, unit, is_time, mult)
    fn = lambda c, s, e: Resolved("SET", v, None, "absolute", f"a rate per {unit_w}", sets_reference=False)
    f = _frequency_before(text, m.start("x"))
    if f is not None:
        return [(f, m.end("x"), fn)]
    return fn


_FREQUENCY_RE = re.compile(rf"(?<![\w-])(?:once|twice|thrice|(?:{NUMBER_RE}|several|many|a\s+few|a\s+dozen|a\s+couple\s+of)\s+times)\s+$", re.I)


def _frequency_before(text: str, pos: int) -> int | None:
    """Where "twice" / "three times" starts right before pos: TimeML puts the frequency inside
    the SET ("<TIMEX3 type="SET" value="P1W" freq="2X">twice a week</TIMEX3>")."""
    f = _FREQUENCY_RE.search(text[max(0, pos - 40):pos])
    return max(0, pos - 40) + f.start() if f else None


# --------------------------------------------------------------------------------------------
# Holidays with fixed dates

_HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
             "new year's eve": (12, 31), "new year's day": (1, 1), "halloween": (10, 31),
             "valentine's day": (2, 14), "boxing day": (12, 26), "independence day": (7, 4),
             "veterans day": (11, 11), "armistice day": (11, 11), "bastille day": (7, 14),
             "st. patrick's day": (3, 17), "saint patrick's day": (3, 17)}
# Movable holidays: (month, weekday 1-7, nth; -1 = last) -- US federal holidays
_NTH_WEEKDAY_HOLIDAYS = {"thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4),
                         "memorial day": (5, 1, -1), "labor day": (9, 1, 1),
                         "mother's day": (5, 7, 2), "father's day": (6, 7, 3),
                         "martin luther king day": (1, 1, 3), "martin luther king jr. day": (1, 1, 3),
                         "presidents' day": (2, 1, 3), "presidents day": (2, 1, 3), "columbus day": (10, 1, 2)}
_EASTER_OFFSETS = {"easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1, "good friday": -2,
                   "palm sunday": -7, "ash wednesday": -46, "pentecost": 49, "whit sunday": 49}


def _easter(y: int) -> _dt.date | None:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = ((h + l_ - 7 * m + 114) % 31) + 1
    return A.safe_date(y, month, day)


def holiday_date(key: str, y: int) -> _dt.date | None:
    """The date of a named holiday in year y (None if unknown or out of range)."""
    if not A.valid_year(y):
        return None
    if key in _HOLIDAYS:
        mo, d = _HOLIDAYS[key]
        return A.safe_date(y, mo, d)
    if key in _NTH_WEEKDAY_HOLIDAYS:
        mo, wd, nth = _NTH_WEEKDAY_HOLIDAYS[key]
        if nth > 0:
            first = A.safe_date(y, mo, 1)
            if first is None:
                return None
            return A.add_days(first, (wd - first.isoweekday()) % 7 + 7 * (nth - 1))
        nxt = A.safe_date(y + (mo == 12), mo % 12 + 1, 1)
        last = A.add_days(nxt, -1) if nxt else None
        return A.add_days(last, -((last.isoweekday() - wd) % 7)) if last else None
    if key in _EASTER_OFFSETS and 1583 <= y <= 9999:
        e = _easter(y)
        return A.add_days(e, _EASTER_OFFSETS[key]) if e else None
    return None


_HOLIDAY_NAMES = (r"Christmas\s+Eve|Christmas\s+Day|Christmas|New\s+Year(?:'s|’s)\s+(?:Eve|Day)|Halloween|"
                  r"Valentine(?:'s|’s)\s+Day|Boxing\s+Day|Independence\s+Day|Veterans\s+Day|Armistice\s+Day|"
                  r"Bastille\s+Day|(?:St\.|Saint)\s+Patrick(?:'s|’s)\s+Day|Thanksgiving(?:\s+Day)?|Memorial\s+Day|"
                  r"Labor\s+Day|Mother(?:'s|’s)\s+Day|Father(?:'s|’s)\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.)?\s+Day|"
                  r"Presidents(?:'|’)?\s+Day|Columbus\s+Day|Easter(?:\s+(?:Sunday|Day|Monday))?|Good\s+Friday|"
                  r"Palm\s+Sunday|Ash\s+Wednesday|Pentecost|Whit\s+Sunday")


@rule("holiday", r"(?P<x>(?:(?P<rel>last|next|this)\s+)?(?P<name>(?-i:" + _HOLIDAY_NAMES + r"))(?:,?\s+(?P<y>" + YEAR_RE + r"))?)(?![\w])", priority=2)
def _holiday(m, text):
    key = re.sub(r"\s+", " ", m["name"].lower().replace("’", "'"))
    if key == "presidents' day":
        key = "presidents day"
    probe = holiday_date(key, 2000)
    if probe is None:
        return None
    rel = (m["rel"] or "").lower()
    if m["y"]:
        d = holiday_date(key, int(m["y"]))
        if d is None:
            return None
        return _absolute("DATE", A.day(d), "holiday and year stated")
    nxt = _word_after(text, m.end())
    if nxt[:1].isupper() or nxt.lower() in ("tree", "trees", "card", "cards", "gift", "gifts", "shopping", "sales", "season", "party", "carols", "market", "present", "presents", "spirit", "holidays", "island", "bunny", "egg", "eggs", "week", "weekend", "rising", "uprising", "offensive", "agreement", "accord"):
        return None  # "Christmas tree", "Easter Island", "the Good Friday agreement": names, not days

    def fn(ctx, s, e):
        if ctx.dct is None:
            if key in _HOLIDAYS:
                mo, dd = _HOLIDAYS[key]
                return _unresolved("DATE", f"XXXX-{mo:02d}-{dd:02d}", f"{m['name']} without a year and no DCT")
            return _unresolved("DATE", "XXXX-XX-XX", f"{m['name']} moves with the year, which is unknown")
        y = ctx.dct.year
        cands = [(yy, holiday_date(key, yy)) for yy in (y - 1, y, y + 1)]
        cands = [(yy, d) for yy, d in cands if d is not None]
        if not cands:
            return None
        if rel == "last":
            past = [c for c in cands if c[1] < ctx.dct]
            pick, why = (past[-1] if past else None), "the latest one before the DCT"
        elif rel == "next":
            fut = [c for c in cands if c[1] > ctx.dct]
            pick, why = (fut[0] if fut else None), "the next one after the DCT"
        elif rel == "this":
            pick, why = next((c for c in cands if c[0] == y), None), "the one in the DCT's year"
        else:
            this = holiday_date(key, y)
            if this is None:
                return None
            yy, why = _year_for(ctx, s, e, this.month, this.day)
            d = holiday_date(key, yy)
            pick = (yy, d) if d else None
        if pick is None:
            return None
        return _since_range(ctx, s, A.day(pick[1]), Resolved("DATE", A.day(pick[1]), None, "dct",
                                                              f"{m['name']} ({why})"))
    return fn


# --------------------------------------------------------------------------------------------
# Fractional durations: "5 1/2 hours", "two and a half years", "a year and a half", "half an hour"

_FRACTIONS = {"1/2": 0.5, "½": 0.5, "1/4": 0.25, "¼": 0.25, "3/4": 0.75, "¾": 0.75}
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


@rule("fraction_duration", rf"(?P<x>{_DUR_MOD_RE}?(?:"
                           rf"(?P<whole>\d{{1,3}}|{NUMBER_WORD_RE})?\s*(?:(?P<frac>1/2|1/4|3/4|½|¼|¾)|\s+and\s+(?P<ahalf>a\s+half|a\s+quarter|three\s+quarters))[\s-]+(?P<unit>{UNIT_RE})"
                           rf"|(?P<num2>an?|one|\d{{1,3}}|{NUMBER_WORD_RE})\s+(?P<unit2>{UNIT_RE})\s+and\s+a\s+half"
                           rf"|half\s+(?:an?\s+)?(?P<unit3>hour|day|year|century|decade|minute|month|week|second)"
                           rf"|(?:an?\s+)?half-(?P<unit4>hour|day|year|century|decade))(?P<ago>\s+ago)?)(?![\w-])", priority=3)
def _fraction_duration(m, text):
    before = text[max(0, m.start() - 2):m.start()]
    if re.search(r"[\d/.,]$", before):
        return None
    if m["unit"]:
        if m["frac"] is None and m["whole"] is None:
            return None
        whole = parse_number(m["whole"]) if m["whole"] else 0
        if whole is None:
            return None
        if m["frac"]:
            f = _FRACTIONS[m["frac"]]
        else:
            f = {"a half": 0.5, "a quarter": 0.25, "three quarters": 0.75}[re.sub(r"\s+", " ", m["ahalf"].lower())]
        n, unit_w = whole + f, m["unit"].lower()
    elif m["unit2"]:
        base = parse_number(m["num2"])
        if base is None:
            return None
        n, unit_w = base + 0.5, m["unit2"].lower()
    else:
        n, unit_w = 0.5, (m["unit3"] or m["unit4"]).lower()
    unit, is_time, mult = UNITS[unit_w]
    if m["ago"]:
        return None  # "2 1/2 years ago": no honest calendar value at the unit's granularity
    nxt = _word_after(text, m.end()).lower()
    if nxt in ("old", "olds", "'s", "’s"):
        return None
    # "a minute and a half later": the fraction leaves no calendar value, the span is a duration
    value = _fraction_value(n, unit, is_time, mult)
    if value is None:
        return None
    mod = _dur_mod(m["dmod"])
    return lambda c, s, e: Resolved("DURATION", value, mod, "absolute", f"a period of {n:g} {unit_w}",
                                    sets_reference=False)


# --------------------------------------------------------------------------------------------
# A month (and day) with a relative year: "June last year", "5 March this year", "April next year"

@rule("month_relative_year", rf"(?P<x>{_POINT_MOD_RE}?(?:(?P<d1>{DAY_RE})\s+(?:of\s+)?)?(?P<mon>{MONTH_RE})(?:\s*(?P<d2>{DAY_RE}))?,?\s+(?:of\s+)?"
                             rf"(?P<rel>last|this|next|the\s+following|the\s+previous|the\s+same)\s+year)(?![\w'’-])", priority=4)
def _month_relative_year(m, text):
    mo = _month_num(m["mon"])
    dd = m["d1"] or m["d2"]
    d = _day_num(dd) if dd else None
    if d and not A.safe_date(2000, mo, d):
        return None
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    n = {"last": -1, "this": 0, "next": 1, "the following": 1, "the previous": -1, "the same": 0}[rel]
    mod = _point_mod(m["pmod"])

    def fn(ctx, s, e):
        use_ref = rel.startswith("the ")
        base = None
        if use_ref and ctx.ref_value and A.granularity(ctx.ref_value):
            base = int(ctx.ref_value[:4]) if re.match(r"\d{4}", ctx.ref_value) else None
        elif not use_ref and ctx.dct is not None:
            base = ctx.dct.year
        if base is None:
            v = f"XXXX-{mo:02d}" + (f"-{d:02d}" if d else "")
            return _unresolved("DATE", v, f"'{rel} year' needs a known year", mod)
        y = base + n
        if not A.valid_year(y) or (d and not A.safe_date(y, mo, d)):
            return None
        v = f"{y:04d}-{mo:02d}" + (f"-{d:02d}" if d else "")
        src = "the year last mentioned" if use_ref else f"the DCT {ctx.dct_value}"
        return Resolved("DATE", v, mod, "reference" if use_ref else "dct",
                        f"{m['mon']} of {rel} year relative to {src}")
    return fn


# --------------------------------------------------------------------------------------------
# Year end, vague future periods, "a while"

@rule("year_end", r"(?P<x>(?:(?P<rel>this|last|next)\s+)?year(?:'s|’s)?[\s-]end)(?![\w-])", priority=2)
def _year_end(m, text):
    prev = _words_before(text, m.start(), 1)
    rel = (m["rel"] or "").lower()
    if not rel and (not prev or prev[0] not in ("by", "at", "until", "till", "before", "after", "since", "around",
                                                "near", "toward", "towards", "through", "from", "to", "of")):
        return None
    n = {"last": -1, "next": 1}.get(rel, 0)

    def fn(ctx, s, e):
        if ctx.dct is None:
            return _unresolved("DATE", "XXXX", "the end of a year; no DCT", "END")
        y = ctx.dct.year + n
        if not rel and prev and prev[0] == "since":
            y -= 1  # "since year-end": the end of the last completed year
        v = A.year(y)
        return Resolved("DATE", v, "END", "dct", f"the end of the year {v} (DCT {ctx.dct_value})") if v else None
    return fn


@rule("coming_units", r"(?P<x>(?:the\s+)?(?P<pre>coming|upcoming|next\s+few|past\s+few|recent)\s+(?P<unit>days|weeks|months|years|quarters)"
                      r"|the\s+(?P<unit2>days|weeks|months|years)\s+ahead)(?![\w-])", priority=1)
def _coming_units(m, text):
    unit_w = (m["unit"] or m["unit2"]).lower()
    pre = re.sub(r"\s+", " ", (m["pre"] or "coming").lower())
    if pre == "recent" and unit_w == "years":
        return None  # handled by 'vague_duration' ("recent years" = PAST_REF)
    letter = {"days": "D", "weeks": "W", "months": "M", "years": "Y", "quarters": "Q"}[unit_w]
    v = "PXM" if letter == "Q" else f"PX{letter}"
    return lambda c, s, e: Resolved("DURATION", v, None, "absolute",
                                    f"an unspecified number of {unit_w} ({pre})", sets_reference=False)


@rule("a_while", r"(?:(?P<p>for|in|after|within)\s+)(?P<x>(?:quite\s+)?a\s+(?:(?:long|short|little)\s+)?while|some\s+time|a\s+(?:long|short)\s+time)(?![\w-])")
def _a_while(m, text):
    nxt = _word_after(text, m.end()).lower()
    if nxt in ("ago", "now", "later", "before", "after", "to", "that"):
        return None
    return lambda c, s, e: Resolved("DURATION", "PXX", None, "absolute", "an unspecified length of time",
                                    sets_reference=False)
