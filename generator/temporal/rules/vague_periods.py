"""The end of the year ("by year-end") and vague periods: "the coming weeks", "the days ahead",
"for a while"."""

from __future__ import annotations

import re

from .. import anchor as A
from .base import Resolved, rule
from .helpers import _unresolved, _word_after, _words_before


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
