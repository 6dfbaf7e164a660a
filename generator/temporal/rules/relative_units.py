"""Calendar units relative to the DCT or the reference time: "this week", "last year", "last
February", "next winter", "the end of the year"."""

from __future__ import annotations

import datetime as _dt
import re

from .. import anchor as A
from ..lexicon import DAY_RE, MONTH_RE, SEASONS, SEASON_RE, YEAR_RE
from .base import Context, Resolved, rule
from .helpers import (
    _COUNT_AFTER, _YEAR_BAD_AFTER, _absolute, _day_num, _month_num, _quoted_value_differs, _ref_against_tense, _since_range, _unit_in_name, _unresolved, _word_after,
    _words_before, _year_ok,
)


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
# coarseness of a value's granularity, for "a unit coarser than the date last mentioned"
_GRAIN = {"W": 1, "M": 2, "Q": 3, "Y": 4}


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
        # "in April 2011 ... by the end of that year": a unit coarser than the date last
        # mentioned is the one holding it (an older day-precise date is no longer the story's time)
        g = A.granularity(ctx.ref_value)
        d = A.to_date(ctx.ref_value)
        if d is not None and _GRAIN.get(unit, 0) > _GRAIN.get(g, 9):
            shifted = A.shift_date(d, unit, n)
            rv = A.at_granularity(shifted, unit) if shifted else None
            if rv:
                return rv, f"the {rel} {unit} of the date last mentioned ({ctx.ref_value})"
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
    if use_ref and ctx.ref_value and base_day is ctx.dct:
        # "In the week of 5-11 August ... The previous week": it counts from the time the text is
        # about, not from the DCT; when that time does not give this unit, the value is unknown
        return None
    if base_day is None:
        return None
    if unit == "WE" and rel == "this" and base_day is ctx.dct and ctx.dct.isoweekday() <= 5 \
            and ctx.tense(s, e).label == "past":
        # "said this weekend", written on a weekday: the weekend just gone, not the one to come
        n = -1
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


_DCT_STEPS = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}


def _unit_at(d: _dt.date, unit: str, n: int) -> str | None:
    """The value of the unit n steps from the one holding d."""
    d2 = A.shift_date(d, unit, n)
    v = A.at_granularity(d2, unit) if d2 else None
    return v + "-WE" if v and unit == "WE" else v


@rule("relative_unit", rf"(?P<x>{_EDGE_RE}?{_REL_RE}\s+(?P<unit>year|month|week|weekend|quarter|decade|century|fiscal\s+year)(?:'s|’s)?)(?![\w-])", priority=2)
def _relative_unit(m, text):
    unit_word = re.sub(r"\s+", " ", m["unit"].lower())
    unit = {"year": "Y", "fiscal year": "Y", "month": "M", "week": "W", "weekend": "WE", "quarter": "Q",
            "decade": "E", "century": "C"}[unit_word]
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    mod = _edge_mod(m["edge"])
    if _unit_in_name(text, m.start("unit")) and not re.search(r"(?:^|[.!?\n]\s*)$", text[max(0, m.start("x") - 3):m.start("x")]):
        # ABC's "This Week", the "Next Decade" fund: a capitalised unit in running text is a name
        # (not when the expression opens a sentence: "Last Week, the talks failed")
        return None
    if rel in ("the past", "the last", "the next", "the coming") and unit in ("Y", "M", "W", "Q", "E", "C"):
        # "the past year" is a period ending now: a duration
        if not m["edge"]:
            return None
    if rel in ("that", "the same") and unit not in ("Y", "M", "W", "Q"):
        return None

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
            # found, but not placed: no DCT, or a time the text counts from that is not given to
            # this unit
            return _unresolved("DATE", {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE",
                                        "Q": "XXXX-QX"}[unit],
                               f"'{m['x']}' counts from a time the text does not give to the {unit_word}"
                               if ctx.dct else f"'{m['x']}' needs the publication date, which is unknown", mod)
        v, why = r
        anchor = "reference" if "last mentioned" in why else "dct"
        step = _DCT_STEPS.get(re.sub(r"^the\s+", "", rel))
        if anchor == "dct" and step is not None and _quoted_value_differs(ctx, s, e, lambda d: _unit_at(d, unit, step)):
            # "'This week we will retake the city,' the general said on Friday", written on a
            # Wednesday: the week of that Friday, not of the DCT
            return _unresolved("DATE", {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE",
                                        "Q": "XXXX-QX"}[unit], f"'{m['x']}' in a quotation said in another {unit_word}", mod)
        res = Resolved("DATE", v, mod, anchor, why,
                       comparison=(unit == "Y" and not mod and re.sub(r"^the\s+", "", rel) in ("last", "previous", "past")))
        return _since_range(ctx, s, v, res)
    return fn


# "the year before last", "the week after next", and "the night before last" (translated news
# writes them often): two steps from the DCT's unit, or the night of two days before it.
# Not when "last" or "next" modifies what follows: "the week before last Friday's attack", "the
# month before last year's election" count from that day or year, not from the DCT.
_BEFORE_LAST_MODIFIES = (r"(?!\s+(?:[\w-]+['’]s\b|(?:year|month|week|weekend|night|time|summer|spring|autumn|fall|winter|season|"
                         rf"\w+day)\b|{MONTH_RE}))")


@rule("unit_before_last", r"(?P<x>the\s+(?P<unit>year|month|week|night)\s+(?P<dir>before\s+last|after\s+next))(?![\w-])"
      + _BEFORE_LAST_MODIFIES, priority=3)
def _unit_before_last(m, text):
    unit = {"year": "Y", "month": "M", "week": "W", "night": "D"}[m["unit"].lower()]
    n = -2 if m["dir"].lower().startswith("before") else 2
    type_, suffix = ("TIME", "TNI") if unit == "D" else ("DATE", "")

    def fn(ctx, s, e):
        what = re.sub(r"\s+", " ", m["x"].lower())
        if ctx.dct is None:
            return _unresolved(type_, {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "D": "XXXX-XX-XX"}[unit] + suffix,
                               f"'{what}' needs the publication date, which is unknown")
        if _quoted_value_differs(ctx, s, e, lambda d: _unit_at(d, unit, n)):
            return None  # said on another day, week or year than the DCT: not counted from it
        v = _unit_at(ctx.dct, unit, n)
        if v is None:
            return None
        return Resolved(type_, v + suffix, None, "dct", f"'{what}' = {abs(n)} steps from the DCT {ctx.dct_value}")
    return fn


def _month_before(d: _dt.date) -> tuple[int, int]:
    return (d.year, d.month - 1) if d.month > 1 else (d.year - 1, 12)


# A number after "last March" that counts something is no day: "last March 15 soldiers were
# killed", "since last June 6,000 people fled", "last May 5%" (then "last March" is the month).
# Any lower-case plural after it counts ("last November 3 journalists"); a day is followed by a
# preposition, a verb or a singular noun ("last Oct. 23 near the border", "last May 9 parade").
_NOT_A_DAY_AFTER = (rf"(?!{_YEAR_BAD_AFTER.pattern})(?!{_COUNT_AFTER.pattern})"
                    r"(?!\s+(?-i:(?!(?:was|has|is|does|as|this|its|his|us|thus|across|plus|versus)\b)[a-z]+s\b))")


@rule("relative_month", rf"(?P<x>{_EDGE_RE}?(?:this\s+(?=past\s|coming\s))?(?P<rel>this|last|next|past|coming)\s+(?P<mon>{MONTH_RE})"
      rf"(?:\.?\s+(?P<d>{DAY_RE})(?![\w-]){_NOT_A_DAY_AFTER})?)(?![\w])", priority=3)
def _relative_month(m, text):
    mo = _month_num(m["mon"])
    day = _day_num(m["d"]) if m["d"] else None  # "last Oct. 23": a day of that month
    rel = m["rel"].lower()
    mod = _edge_mod(m["edge"])

    def fn(ctx, s, e):
        if ctx.dct is None:
            return _unresolved("DATE", f"XXXX-{mo:02d}" + (f"-{day:02d}" if day else ""), "named month without a DCT", mod)
        y = ctx.dct.year
        named, today = (mo, day or 0), (ctx.dct.month, ctx.dct.day if day else 0)  # a month alone compares by month
        if rel in ("last", "past"):
            y = y if named < today else y - 1
            if not day and rel == "last" and A.month(y, mo) == A.month(*_month_before(ctx.dct)):
                # the month just ended is "last month"; "last February", said in March, is the
                # February of a year before (as TimeBank annotates it)
                y -= 1
        elif rel in ("next", "coming"):
            y = y if named > today else y + 1
        d = A.safe_date(y, mo, day) if day else None
        v = (A.day(d) if d and A.valid_year(y) else None) if day else A.month(y, mo)
        return Resolved("DATE", v, mod, "dct", f"'{rel}' {m['mon']} relative to the DCT {ctx.dct_value}") if v else None
    return fn


@rule("season", rf"(?P<x>(?:the\s+(?=(?:early|late|mid-?)\s*(?:{SEASON_RE})\b))?{_EDGE_RE}?(?:this\s+(?=past\s|coming\s))?(?:(?P<rel>this|last|next|past|coming|the\s+following|the|that)\s+)?(?P<season>{SEASON_RE})(?:\s+(?:of\s+)?(?P<y>{YEAR_RE}))?)(?![\w-])", priority=2)
def _season(m, text):
    season = SEASONS[m["season"].lower()]
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
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
        if rel == "the" or not rel:  # ("that summer" is a time wherever it stands)
            if not prev or prev[0] not in ("in", "during", "since", "until", "by", "this", "over", "through", "throughout", "into",
                                           "before", "after", "till"):
                if not mod:
                    return None
        if nxt in ("of", "in", "from", "out", "back", "festival", "season", "collection", "break",
                   # "the summer Olympics", "summer camp", "the winter solstice": names and things
                   "olympics", "games", "camp", "camps", "school", "solstice", "equinox", "session", "term",
                   "league", "palace", "wheat", "storm", "storms", "tires", "tyres", "clothes", "fashion"):
            return None

    def fn(ctx, s, e):
        ref = A.to_date(ctx.ref_value) if ctx.ref_value and A.granularity(ctx.ref_value) in ("Y", "M", "D") else None
        if ref is not None and rel == "that":
            # "She returned in January 2016 and rose to number one that summer": the season of
            # the year last mentioned
            return Resolved("DATE", f"{ref.year:04d}-{season}", mod, "reference",
                            f"the season in the year last mentioned ({ctx.ref_value})")
        if ref is not None and rel == "the following" and A.granularity(ctx.ref_value) != "Y":
            # "convicted on December 3 and sentenced the following spring": the first such
            # season after the date last mentioned
            ry, rs = _season_of(ref)
            y = ry if _SEASON_ORDER.index(season) > _SEASON_ORDER.index(rs) else ry + 1
            return Resolved("DATE", f"{y:04d}-{season}", mod, "reference",
                            f"the season after the date last mentioned ({ctx.ref_value})")
        if rel == "the following":
            return None  # counted from a date the text does not give
        if ctx.dct is None:
            return _unresolved("DATE", f"XXXX-{season}", "season without a DCT", mod)
        cy, cs = _season_of(ctx.dct)
        ci, si = _SEASON_ORDER.index(cs), _SEASON_ORDER.index(season)
        if rel in ("this", "the", "that", ""):
            t = ctx.tense(s, e).label
            if t == "future":
                # the next such season: "will launch in the spring", said in the autumn or
                # in January (whose winter belongs to the year before), is next year's spring
                y = cy if si >= ci else cy + 1
            else:
                y = cy if si <= ci else cy - 1
            if rel == "this":
                # "this spring" is the one of the DCT's calendar year, also in January
                y = ctx.dct.year if season != "WI" else cy
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
        if ctx.ref_value and A.granularity(ctx.ref_value) == unit and not _ref_against_tense(ctx, s, e):
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
