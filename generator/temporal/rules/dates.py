"""Dates written out: ISO and numeric dates, month and day with or without the year (in either
order, also "the first of June"), years, year ranges, decades, centuries, years in words."""

from __future__ import annotations

import functools
import re

from .. import anchor as A
from ..lexicon import (
    DAY_ORDINAL_WORDS, DAY_ORDINAL_WORD_RE, DAY_RE, MONTHS, MONTH_ABBREVIATIONS, MONTH_FULL_RE, MONTH_RE, SEASONS,
    SEASON_RE, UNITS, WEEKDAY_RE, YEAR_RE, parse_number,
)
from .base import Context, Resolved, Resolver, rule
from .helpers import (
    _POINT_MOD_RE, _TEMPORAL_PREPOSITIONS, _YEAR_BAD_BEFORE, _absolute, _capitalised_before,
    _date_in_name, _day_num, _entry_count_after, _weekday_num, _opens_entry, _month_num, _past_date_ahead, _point_mod, _since_range,
    _timeline_year, _unresolved, _word_after, _words_before, _year_for, _year_ok,
)


# A date written in digits with a year before the Gregorian calendar (1582) is a Hijri or Persian
# one ("1399/03/17", "15/09/1441"), as Iranian and Arab sources and their translations write
# them: no news page writes a medieval date in digits.
_FIRST_GREGORIAN_YEAR = 1583


# "2013-03-22", and year first with slashes or dots ("2013/03/22", "2013.03.22"): with the year
# first the order is year, month, day everywhere
@rule("iso_date", r"(?<![\d./-])(?P<x>(?P<y>\d{4})(?P<sep>[-/.])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<d>0?[1-9]|[12]\d|3[01])"
                  # a time after an ISO date, as web pages stamp them: "2013-03-21T09:30:00Z",
                  # "2013-03-21 14:05" (the zone is kept in the span, out of the value)
                  r"(?:(?<=-\d\d)(?:T|[ \t]+)(?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<ss>[0-5]\d))?(?:Z|[+-][01]\d:?[0-5]\d)?)?)(?![\d]|[./-]\d)", priority=5)
def _iso_date(m, text):
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not A.safe_date(y, mo, d) or not A.valid_year(y) or y < _FIRST_GREGORIAN_YEAR:
        return None
    if m["sep"] == "-" and (len(m["m"]) < 2 or len(m["d"]) < 2):
        return None  # "2013-3-5" is not ISO; "2010-12-5" may be a range and a number
    v = f"{y:04d}-{mo:02d}-{d:02d}"
    if m["hh"] and m["sep"] == "-":
        return _absolute("TIME", f"{v}T{m['hh']}:{m['mi']}" + (f":{m['ss']}" if m["ss"] else ""), "ISO date and time written in full")
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
    if not (_FIRST_GREGORIAN_YEAR <= y <= 2099):
        return None
    if a > 12 and b <= 12 and A.safe_date(y, b, a):
        return _absolute("DATE", f"{y:04d}-{b:02d}-{a:02d}", "numeric day/month/year date")
    if b > 12 and a <= 12 and A.safe_date(y, a, b):
        return _absolute("DATE", f"{y:04d}-{a:02d}-{b:02d}", "numeric month/day/year date")
    if a <= 12 and b <= 12:
        if a == b:
            return _absolute("DATE", f"{y:04d}-{a:02d}-{b:02d}", "numeric date (day = month)")
        # "Friday 5/6/2020": a weekday right before it settles the order when only one reading
        # falls on that weekday (5 June 2020 was a Friday, 6 May a Wednesday)
        wd = re.search(rf"(?<![\w-])(?P<wd>{WEEKDAY_RE}),?[ \t]*(?:\(?[ \t]*)$", text[max(0, m.start() - 14):m.start()])
        if wd:
            fits = [(mo, d) for mo, d in ((b, a), (a, b))
                    if A.safe_date(y, mo, d) and A.safe_date(y, mo, d).isoweekday() == _weekday_num(wd["wd"])]
            if len(fits) == 1:
                mo, d = fits[0]
                return _absolute("DATE", f"{y:04d}-{mo:02d}-{d:02d}", f"numeric date whose order the weekday before it settles")
        # the document's own order: "On 12/11/2023 ... On 17/11/2023 ..." writes the day first
        order = _numeric_order(text, m["sep"])
        if order:
            mo, d = (b, a) if order == "dmy" else (a, b)
            if A.safe_date(y, mo, d):
                return _absolute("DATE", f"{y:04d}-{mo:02d}-{d:02d}",
                                 f"numeric date read in the order of the text's other dates ({order})")
        # 03/06/2020 is March 6 in the US and 3 June elsewhere: only the year is certain.
        return _absolute("DATE", f"{y:04d}", "numeric date whose day/month order is ambiguous: year only")
    return None


_NUMERIC_DATES = re.compile(r"(?<![\d/.,-])(\d{1,2})([/.-])(\d{1,2})\2(?:19|20)\d\d(?![\d/-]|\.\d)")


@functools.lru_cache(maxsize=16)  # once per text and separator: a list of 8,000 dates read it 8,000 times
def _numeric_order(text: str, sep: str) -> str | None:
    """"dmy" when the text's other numeric dates with this separator put a day over 12 first and
    none puts one second; "mdy" the other way round; None when it cannot tell."""
    firsts = seconds = False
    for other in _NUMERIC_DATES.finditer(text):
        # (not a number the rule itself refuses as a date: "Case No. 17/11/2023", "version 2.13.2023")
        if other.group(2) == sep and not set(_words_before(text, other.start(), 1)) & _YEAR_BAD_BEFORE:
            firsts = firsts or int(other.group(1)) > 12
            seconds = seconds or int(other.group(3)) > 12
    return "dmy" if firsts and not seconds else "mdy" if seconds and not firsts else None


_WD_PREFIX = rf"(?:(?P<wd>{WEEKDAY_RE}),?\s+(?:the\s+)?)?"


def _year_on_another_line(m) -> bool:
    """"... on December 31\n\n2019\n\nJanuary 5 - ...": a year after a blank line, or alone on
    its own line, is a heading of what follows, not the year of the date before it."""
    between = m.string[m.start("x"):m.start("y")]
    if "\n" not in between:
        return False
    line_end = m.string.find("\n", m.end("y"))
    rest = m.string[m.end("y"):line_end if line_end >= 0 else len(m.string)]
    return bool(re.search(r"\n\s*\n", between)) or not rest.strip(" \t:#*")


def _full_date(m, y: int, mo: int, d: int, what: str):
    if not A.safe_date(y, mo, d) or not A.valid_year(y) or _year_on_another_line(m):
        return None
    return _absolute("DATE", f"{y:04d}-{mo:02d}-{d:02d}", what, _point_mod(m.groupdict().get("pmod")))


# (a space before the comma, "June 2 , 2020", is common in translated and pasted text)
@rule("month_day_year", rf"(?P<x>{_WD_PREFIX}(?P<mon>{MONTH_RE})\s*(?P<d>{DAY_RE})(?:[ \t]?,)?\s+(?:of\s+)?(?P<y>{YEAR_RE}))", priority=3)
def _month_day_year(m, text):
    return _full_date(m, int(m["y"]), _month_num(m["mon"]), _day_num(m["d"]), "month, day and year stated")


# "12-Oct-2019", "05-Nov-2019": forms, police and court records, datelines of South Asian papers
@rule("day_mon_year_hyphens", rf"(?<![\w-])(?P<x>(?P<d>0?[1-9]|[12][0-9]|3[01])-(?P<mon>{MONTH_RE})-(?P<y>{YEAR_RE}))(?![\w-])", priority=4)
def _day_mon_year_hyphens(m, text):
    return _full_date(m, int(m["y"]), _month_num(m["mon"]), int(m["d"]), "day, month and year stated")


@rule("day_month_year", rf"(?P<x>{_WD_PREFIX}(?:the\s+)?(?P<d>{DAY_RE})\s+(?:of\s+)?(?P<mon>{MONTH_RE}),?\s+(?P<y>{YEAR_RE}))", priority=3)
def _day_month_year(m, text):
    return _full_date(m, int(m["y"]), _month_num(m["mon"]), _day_num(m["d"]), "day, month and year stated")


# the first day of the part of a month a mod names ("mid-January", "late January")
_PART_START = {"MID": 11, "END": 21}


def _partial_date(mo: int, d: int | None, mod: str | None = None, what: str = "") -> Resolver:
    def fn(ctx: Context, s: int, e: int) -> Resolved:
        in_timeline = _timeline_year(ctx, s) is not None
        if ctx.dct is None and not in_timeline:
            v = f"XXXX-{mo:02d}" + (f"-{d:02d}" if d else "")
            return _unresolved("DATE", v, f"{what} without a year and no DCT: year unknown", mod)
        y, why = _year_for(ctx, s, e, mo, d)
        if not in_timeline and _past_date_ahead(ctx, s, e, y, mo, d):
            # (review Q) "the protocol of March 5 has held", said on 2 January: this year's
            # March 5 has not come; a past clause means last year's
            y, why = y - 1, f"the latest one before the DCT {ctx.dct_value} (past clause, over five weeks ahead)"
        if not d and mod in _PART_START and not in_timeline and y == ctx.dct.year and mo == ctx.dct.month \
                and ctx.dct.day < _PART_START[mod] and ctx.tense(s, e).label == "past":
            # "prices fell in late January", said on January 2: that part of the DCT's month
            # has not begun yet, so a past one is last year's
            y, why = y - 1, f"the latest one begun before the DCT {ctx.dct_value} (past tense clause)"
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


# The lookahead once read "\d{4}" inside an f-string, i.e. "\d4": it rejected "27 February"
# before any "14:20 GMT" (even on the next line, a live blog's entry under its day heading) and
# never a year. A year after the date is the full date's (month_day_year, a longer match).
# a year after the date, on its line or the next one; not a year heading below it (a year alone
# on its line, or after a blank line: see _year_on_another_line)
_YEAR_AFTER = r"[ \t]*,?[ \t]*(?:\n[ \t]*(?!\d{4}[ \t]*[:#]?[ \t]*(?:\n|$)))?\d{4}(?!\d)"


@rule("month_day", rf"(?P<x>{_WD_PREFIX}{_POINT_MOD_RE}?(?P<mon>{MONTH_RE})\s*(?P<d>{DAY_RE}))(?!{_YEAR_AFTER})", priority=2)
def _month_day(m, text):
    if _bad_day_follower(text, m.end()):
        return None
    if not m["wd"] and re.search(r"(?<![\d.,/])\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$", text[max(0, m.start("x") - 8):m.start("x")]):
        return None  # "on 5 March 12 rockets fell": the day came before the month; 12 counts rockets
    if re.match(r"\s*(?:-|–|to|through)\s*\d", text[m.end():m.end() + 12]) \
            and not _entry_count_after(text, m.start("x"), m.end()):
        return None  # a range: handled by month_day_range
    if _date_in_name(text, m.start("x"), m.end("x"), with_day=True):
        return None  # "the April 6 Youth Movement"
    mo, d = _month_num(m["mon"]), _day_num(m["d"])
    if not A.safe_date(2000, mo, d):
        return None
    return _partial_date(mo, d, _point_mod(m["pmod"]), "month and day")


@rule("day_month", rf"(?P<x>{_WD_PREFIX}(?:the\s+)?(?P<d>{DAY_RE})\s+(?:of\s+)?(?P<mon>{MONTH_RE}))(?!{_YEAR_AFTER})", priority=2)
def _day_month(m, text):
    before = text[max(0, m.start() - 2):m.start()]
    # \Z, not $: "$" also matches before a final newline, and would take the full stop ending
    # the line above ("...Tripoli.\n26 June – ...") for a digit group's separator
    if re.search(r"[\d.,/]\Z", before):
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
    if not A.valid_year(y) or _year_on_another_line(m):
        return None
    return _absolute("DATE", f"{y:04d}-{mo:02d}", "month and year stated", _point_mod(m["pmod"]))


_AMBIGUOUS_MONTHS = {"may", "march", "april", "june", "august"}


# "in the month of October" (Indian, Pakistani, Nigerian usage): TimeML takes the whole phrase
# (a hyphen may follow when another month does: "October-November", a span of months; see
# engine._link_ranges)
@rule("month", rf"(?P<x>{_POINT_MOD_RE}?(?P<mo>the\s+month\s+of\s+)?(?P<mon>{MONTH_RE}))(?!\w)(?!-(?!{MONTH_RE}(?![\w-])))(?!['’](?!s\b))", priority=1)
def _month(m, text):
    name = m["mon"].lower().rstrip(".")
    # "May-June", "the March/April rains", "Oct-Nov": one of two months named as a span is a month
    paired = re.match(rf"[ \t]*[-–—/][ \t]*{MONTH_RE}(?![\w-])", text[m.end():m.end() + 20]) is not None \
        or re.search(rf"(?<![\w-]){MONTH_RE}[ \t]*[-–—/][ \t]*$", text[max(0, m.start("x") - 20):m.start("x")]) is not None
    if name in MONTH_ABBREVIATIONS and name != "sept" and not paired:
        return None  # "Jan" or "Dec" alone: too often a name
    mod = _point_mod(m["pmod"])
    prev = _words_before(text, m.start("x"), 1)
    prev_w = prev[0] if prev else ""
    nxt = _word_after(text, m.end())
    # "April: A sarin attack ...", "June – ...": a timeline entry ("May: ..." is as often a
    # speaker in a transcript)
    entry = name != "may" and _opens_entry(text, m.start("x"), m.end())
    if name in _AMBIGUOUS_MONTHS and not mod and not m["mo"] and not entry and not paired:
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


@rule("year", rf"(?P<x>{_POINT_MOD_RE}?(?:(?P<fiscal>fiscal(?:\s+year)?|the\s+year|FY)\s*)?(?P<y>{YEAR_RE}))(?!\s*-?\s*s\b)(?!(?<=0)\s*-?\s*(?:'|’)s\b)(?![\w])")
# (the possessive "2011's election" is the year; "the 1980's" is a decade, see 'decade')
def _year(m, text):
    if not _year_ok(text, m.start("y"), m.end("y")):
        return None
    if re.match(r"\s*['’]s\b", text[m.end("y"):]) and not m["pmod"] and not m["fiscal"]:
        w = re.search(r"(?-i:\b([A-Z][a-z]+))[ \t]+$", text[max(0, m.start("y") - 20):m.start("y")])
        if w and w.group(1).lower() not in ("in", "by", "since", "until", "during", "after", "before", "of", "for", "from",
                                             "and", "the", "from", "through"):
            return None  # review P: "Brigade 2014's commander", "Unit 1990's fighters": a name, even first in a sentence
    y = int(m["y"])
    what = "fiscal year stated" if m["fiscal"] and "f" in m["fiscal"].lower() else "year stated"
    return _absolute("DATE", f"{y:04d}", what, _point_mod(m["pmod"]))


@rule("year_fiscal_year", rf"(?P<x>the\s+(?P<y>{YEAR_RE})\s+(?:fiscal|financial|budget|tax)\s+year)(?![\w-])", priority=3)
def _year_fiscal_year(m, text):
    """"the 2012 fiscal year": the whole phrase is the timex (TimeML marks "the fiscal year" with
    its year), valued as the year, as for "fiscal 2012"."""
    if not _year_ok(text, m.start("y"), m.end("y")):
        return None
    return _absolute("DATE", f"{int(m['y']):04d}", "fiscal year stated")


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
        if m["d"] == "0" and m["full"] != "20" and not re.match(r"the\s", m["x"], re.I) \
                and not re.search(r"(?:\b(?:and|or|to|through)|[-–])\s*$", text[max(0, m.start() - 10):m.start()], re.I):
            return None  # review P: "employs 1900s workers", a count; a century is "the 1800s"
        if m["d"] == "0" and m["full"] != "20":
            # "the 1800s", "the early 1900s": the century of the hundreds (TimeML "18", "19");
            # only "the 2000s" is usually the decade 2000-2009
            return _absolute("DATE", m["full"], "century stated as its hundreds", mod)
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
