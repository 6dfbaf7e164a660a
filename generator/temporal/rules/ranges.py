"""Days of one month named together: "4-6 March", "between 10 and 15 October", "March 4 to 6",
"April 24 and 25"."""

from __future__ import annotations

import re
from typing import Callable

from .. import anchor as A
from ..lexicon import DAY_RE, MONTH_RE, NUMBER_WORDS, YEAR_RE, parse_number
from .base import Context, Resolved, Resolver, rule
from .dates import _absolute, _partial_date
from .helpers import _day_num, _entry_count_after, _month_num, _unresolved, _word_after, _words_before, _year_for


def _range_resolver(values: Callable[[Context, int, int], tuple[str, str, str, str] | None],
                    type_: str = "DATE") -> Resolver:
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
        return [(m.start("x1"), m.end("x2"), _range_resolver(whole))]
    return [(m.start("x1"), m.end("x1"), _range_resolver(lambda c, s, e: values(c, s, e, 1))),
            (m.start("x2"), m.end("x2"), _range_resolver(lambda c, s, e: values(c, s, e, 2)))]


@rule("month_day_range", rf"(?P<x>(?P<mon>{MONTH_RE})\s*(?P<d1>{DAY_RE})\s*(?:-|–|—|to|through)\s*(?P<d2>{DAY_RE})(?:,?\s+(?P<y>{YEAR_RE}))?)", priority=4)
def _month_day_range(m, text):
    d1, d2, mo = _day_num(m["d1"]), _day_num(m["d2"]), _month_num(m["mon"])
    if not (A.safe_date(2000, mo, d1) and A.safe_date(2000, mo, d2)) or d1 >= d2:
        return None
    if _entry_count_after(text, m.start("x"), m.end("d1")):
        return None  # "March 5 – 12 civilians are killed": a timeline entry, then a count

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
    return _range_resolver(values)


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


# "the last two weeks of December", "the first ten days of March", "the first half of May",
# "the second week of June": one DATE, the month (mod START or END where the part is at one
# end of it), with the days of the part as its range (what extraction reads, generator/dating.py)
_ORDINAL_WEEK = {"second": 2, "third": 3, "fourth": 4}
_PART_COUNT_RE = r"(?:[1-9]|1[0-9]|2[0-9]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)"


@rule("month_part", rf"(?P<x>the\s+(?P<which>first|last|final|opening|closing|second|third|fourth|latter)\s+"
                    rf"(?:(?P<n>{_PART_COUNT_RE})\s+|(?P<few>few\s+))?(?P<unit>days?|weeks?|half|fortnight)\s+of\s+(?P<mon>{MONTH_RE})"
                    rf"(?:,?\s+(?P<y>{YEAR_RE}))?)(?![\w-])", priority=4)
def _month_part(m, text):
    mo, which, unit = _month_num(m["mon"]), m["which"].lower(), m["unit"].lower()
    n = int(parse_number(m["n"])) if m["n"] else None
    plural = unit.endswith("s")
    at_start = which in ("first", "opening")
    at_end = which in ("last", "final", "closing", "latter")
    if plural and n is None and (at_start or at_end) and which != "latter":
        # "the first days of May", "the last few weeks of December": how many is not said, so
        # the month with its end, as "early May" / "late December" (no range of days)
        return _partial_date(mo, None, "START" if at_start else "END", "part of a month") if not m["y"] else \
            _absolute("DATE", f"{int(m['y']):04d}-{mo:02d}", "year stated", "START" if at_start else "END")
    if (n is None) == plural or (n is not None and n < 1) or m["few"]:
        return None  # "the first two day of", "the second days of"
    if unit == "half":
        if n is not None or which not in ("first", "second", "latter", "last"):
            return None
        part = ("half", which == "first")
    elif which in _ORDINAL_WEEK:
        if unit != "week" or n is not None:
            return None  # "the second ten days of": not a usual way to say it
        part = ("week", _ORDINAL_WEEK[which])
    elif which == "latter":
        return None
    else:
        days = (n or 1) * {"day": 1, "days": 1, "week": 7, "weeks": 7, "fortnight": 14}[unit]
        if days > 21:
            return None
        part = ("days", days)
    mod = "START" if at_start or part == ("half", True) else ("END" if at_end or part[0] == "half" else None)

    def fn(ctx, s, e):
        if m["y"]:
            y = int(m["y"])
            res = Resolved("DATE", f"{y:04d}-{mo:02d}", mod, "absolute", "year stated")
        else:
            res = _partial_date(mo, None, mod, "part of a month")(ctx, s, e)
            if res is None or "X" in res.value:
                return res
            y = int(res.value[:4])
        last = A.safe_date(y, mo, 31) or A.safe_date(y, mo, 30) or A.safe_date(y, mo, 29) or A.safe_date(y, mo, 28)
        end_day = last.day
        if part[0] == "half":
            d1, d2 = (1, 15) if part[1] else (16, end_day)
        elif part[0] == "week":
            d1, d2 = 7 * (part[1] - 1) + 1, 7 * part[1]
        elif at_start:
            d1, d2 = 1, part[1]
        else:
            d1, d2 = end_day - part[1] + 1, end_day
        if res.range_start is None:  # ("since the first week of May": the range runs to the DCT)
            res.range_start, res.range_end = f"{y:04d}-{mo:02d}-{d1:02d}", f"{y:04d}-{mo:02d}-{d2:02d}"
        res.explanation = f"{m['x']}: days {d1} to {d2} of {y:04d}-{mo:02d}; " + res.explanation
        return res
    return [(m.start("x"), m.end("x"), fn)]
