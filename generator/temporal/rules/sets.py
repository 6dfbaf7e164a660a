"""Sets (frequencies): "daily", "every week", "twice a year"."""

from __future__ import annotations

import re

from ..lexicon import (
    DISTANCE_UNITS, FREQUENCY_WORDS, MONTH_RE, NUMBER_RE, PARTS_OF_DAY, SEASONS, SEASON_RE, UNITS, UNIT_RE,
    WEEKDAY_RE, parse_number,
)
from .base import Resolved, rule
from .helpers import _duration_value, _month_num, _weekday_num, _word_after, _words_before


@rule("frequency_word", r"(?P<x>(?-i:hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|yearly|annually|semiannually|semi-annually))(?![\w-])")
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
    fn = _every_unit_value(m)
    f = _frequency_before(text, m.start("x")) if fn else None
    if f is not None:
        return [(f, m.end("x"), fn)]  # "once every two hours", "twice each year": the frequency is inside
    return fn


def _every_unit_value(m):
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
    if unit == "WE":
        if m["num"] or m["other"] or unit_w.endswith("s"):
            return None  # "every two weekends": no calendar value
        # "every weekend": the recurring weekend, like "every Monday"
        return lambda c, s, e: Resolved("SET", "XXXX-WXX-WE", None, "absolute", "every weekend", sets_reference=False)
    n = 2 if m["other"] else (parse_number(m["num"]) if m["num"] else 1)
    if n is None:
        return None
    if n != 1 and not unit_w.endswith("s") and not m["other"]:
        return None
    v = _duration_value(n, unit, is_time, mult)
    return lambda c, s, e: Resolved("SET", v, None, "absolute", f"every {'other ' if m['other'] else ''}{unit_w}", sets_reference=False)


@rule("weekends", r"(?:on|at|during|over)\s+(?P<x>weekends)(?![\w-])")
def _weekends(m, text):
    """"on weekends", "at weekends": every weekend, as "on Fridays" is every Friday."""
    return lambda c, s, e: Resolved("SET", "XXXX-WXX-WE", None, "absolute", "every weekend", sets_reference=False)


@rule("per_unit", r"(?:(?P<pre>\d+%?|%|times|once|twice|cents|dollars|percent|euros|pounds|yen)\s*)?(?P<x>(?:a|an|per)\s+(?P<unit>year|month|week|day|hour|minute|quarter)|per\s+(?P<annum>annum))(?![\w-])")
def _per_unit(m, text):
    if not m["pre"] and not re.match(r"per\s", m["x"], re.I):
        return None  # "a day" needs a quantity before it to be a rate; "per day", "per annum" are one anyway
    if not m["pre"] and set(_words_before(text, m.start("x"), 1)) & DISTANCE_UNITS:
        return None  # "200 km per hour": a speed, no frequency of anything
    unit_w = "year" if m["annum"] else m["unit"].lower()
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
