"""Fractional durations: "5 1/2 hours", "two and a half years", "a year and a half", "half an
hour", "a quarter of an hour"."""

from __future__ import annotations

import re

from ..lexicon import NUMBER_WORD_RE, UNITS, UNIT_RE, parse_number
from .base import Resolved, rule
from .. import anchor as A
from .helpers import _DUR_MOD_RE, _date_mod, _dur_mod, _fraction_value, _unresolved, _word_after


_FRACTIONS = {"1/2": 0.5, "½": 0.5, "1/4": 0.25, "¼": 0.25, "3/4": 0.75, "¾": 0.75}
@rule("fraction_duration", rf"(?P<x>{_DUR_MOD_RE}?(?:"
                           rf"(?P<whole>\d{{1,3}}|{NUMBER_WORD_RE})?\s*(?:(?P<frac>1/2|1/4|3/4|½|¼|¾)|[\s-]+and[\s-]+(?P<ahalf>a[\s-]+half|a[\s-]+quarter|three[\s-]+quarters))[\s-]+(?P<unit>{UNIT_RE})"
                           rf"|(?P<num2>an?|one|\d{{1,3}}|{NUMBER_WORD_RE})\s+(?P<unit2>{UNIT_RE})\s+and\s+a\s+half"
                           rf"|half\s+(?:an?\s+)?(?P<unit3>hour|day|year|century|decade|minute|month|week|second)"
                           rf"|(?:an?\s+)?half-(?P<unit4>hour|day|year|century|decade)"
                           # "a quarter of an hour", "three-quarters of an hour", "a quarter century"
                           rf"|(?P<qn>a|one|three)[\s-]+quarters?(?:\s+of\s+an?\s+|[\s-]+)(?P<unit5>hour|century|year))(?P<ago>\s+ago)?)(?![\w-])", priority=3)
def _fraction_duration(m, text):
    before = text[max(0, m.start() - 2):m.start()]
    if re.search(r"[\d/.,]\Z", before):  # \Z: "$" would also match before a final newline
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
            f = {"a half": 0.5, "a quarter": 0.25, "three quarters": 0.75}[re.sub(r"[\s-]+", " ", m["ahalf"].lower())]
        n, unit_w = whole + f, m["unit"].lower()
    elif m["unit2"]:
        base = parse_number(m["num2"])
        if base is None:
            return None
        n, unit_w = base + 0.5, m["unit2"].lower()
    elif m["unit5"]:
        # "a quarter of an hour", "three quarters of an hour", "a quarter of a century"
        qn = m["qn"].lower()
        if (qn == "three") != m.group(0).lower().split("quarter")[1].startswith("s"):
            return None  # "three quarter of", "a quarters of": no such quantity
        if not re.search(r"\s+of\s+", m.group("x")) and m["unit5"].lower() != "century":
            return None  # "a quarter hour" is rare, and "a quarter year" is a fiscal quarter
        n, unit_w = (0.75 if qn == "three" else 0.25), m["unit5"].lower()
    else:
        n, unit_w = 0.5, (m["unit3"] or m["unit4"]).lower()
    unit, is_time, mult = UNITS[unit_w]
    if m["ago"]:
        return _fraction_ago(n, unit, is_time, mult, f"{n:g} {unit_w}", _date_mod(m["dmod"], -1))
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


def _fraction_ago(n: float, unit: str, is_time: bool, mult: int, what: str, mod: str | None):
    """"half a century ago" (1963, said in 2013), "two and a half years ago" (30 months: 2010-09),
    "half an hour ago" (the DCT's day): the date at the granularity of the smaller unit that makes
    the count whole. When none does ("a week and a half ago", "a day and a half ago"), only the
    direction is known: PAST_REF. (The whole span is the timex either way: "2 1/2 years ago" is
    never "2 years ago".)"""
    total = n * mult
    if unit == "Q":
        unit, total = "M", total * 3
    if unit == "Y" and float(total).is_integer():
        k, u = int(total), "Y"
    elif unit in ("Y", "M") and float(total * (12 if unit == "Y" else 1)).is_integer():
        k, u = int(total * (12 if unit == "Y" else 1)), "M"
    elif unit in ("W", "D") and not is_time and float(total * (7 if unit == "W" else 1)).is_integer():
        k, u = int(total * (7 if unit == "W" else 1)), "D"
    elif is_time and total * {"H": 3600, "M": 60, "S": 1}[unit] < 12 * 3600:
        k, u = 0, "D"  # "half an hour ago": earlier the same day, as "an hour ago" is
    else:
        k, u = None, None

    def fn(ctx, s, e):
        if k is None:
            return Resolved("DATE", "PAST_REF", mod, "dct" if ctx.dct else "unresolved",
                            f"{what} ago: no calendar unit makes the count whole", sets_reference=False)
        if ctx.dct is None:
            return _unresolved("DATE", {"Y": "XXXX", "M": "XXXX-XX", "D": "XXXX-XX-XX"}[u], "no DCT", mod)
        d = A.shift_date(ctx.dct, u, -k)
        v = A.at_granularity(d, u) if d else None
        if v is None:
            return None
        # the same day: a bound on the hours is no bound on the day
        day_mod = "APPROX" if k == 0 and mod else mod
        return Resolved("DATE", v, day_mod, "dct", f"{what} before the DCT {ctx.dct_value}", sets_reference=False)
    return fn


# "two hours and three minutes", "five years, two months and three days", "1 hour 20 minutes":
# one length of time in two or three units, each smaller than the one before (TIMEX3: one
# DURATION, PT2H3M); the rank orders the units
_COMPOUND_UNITS = {"year": ("Y", False, 0), "month": ("M", False, 1), "week": ("W", False, 2), "day": ("D", False, 3),
                   "hour": ("H", True, 4), "minute": ("M", True, 5), "second": ("S", True, 6)}
_COMPOUND_UNIT_RE = r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)"
_COUNT = rf"(?:\d{{1,3}}|{NUMBER_WORD_RE})"
_PART_RE = re.compile(rf"(?P<n>{_COUNT})\s+(?P<u>{_COMPOUND_UNIT_RE})", re.I)


# the parts are joined by "and", a comma or nothing: "2 hours, 3 minutes and 38 seconds"
@rule("compound_duration", rf"(?P<x>{_DUR_MOD_RE}?{_COUNT}\s+{_COMPOUND_UNIT_RE}"
                           rf"(?:(?:,?\s+and\s+|,?\s+){_COUNT}\s+{_COMPOUND_UNIT_RE}){{1,2}})(?![\w-])", priority=3)
def _compound_duration(m, text):
    if re.search(r"[\d/.,]$", text[max(0, m.start() - 2):m.start()].rstrip()):
        return None  # "1,2 hours and 3 minutes": part of a longer number
    body = m.group("x")[len(m["dmod"]) if m["dmod"] else 0:]
    parts = []
    for p in _PART_RE.finditer(body):
        n = parse_number(p["n"])
        u = p["u"].lower()
        if n is None or n <= 0 or n != int(n) or (n == 1) == u.endswith("s"):
            return None  # a count and its unit agree in number ("two hours", "one hour")
        parts.append((int(n), _COMPOUND_UNITS[u.rstrip("s")], u))
    if any(b[1][2] <= a[1][2] for a, b in zip(parts, parts[1:])):
        return None  # "three days and two weeks": a list, not one length
    nxt = _word_after(text, m.end()).lower()
    if nxt in ("old", "olds", "'s", "’s", "ago", "later", "earlier"):
        return None  # ages; "two years and three months ago" has no one calendar value here
    counts: dict[str, int] = {}
    for n, (letter, is_time, _), _u in parts:
        key = letter + ("T" if is_time else "")
        counts[key] = counts.get(key, 0) + n
    if "W" in counts and len(counts) > 1:  # ISO 8601 writes weeks alone: "two weeks and three days" = P17D
        counts["D"] = counts.get("D", 0) + 7 * counts.pop("W")
    date = "".join(f"{counts[k]}{k}" for k in ("Y", "M", "W", "D") if k in counts)
    time = "".join(f"{counts[k + 'T']}{k}" for k in ("H", "M", "S") if k + "T" in counts)
    value = "P" + date + ("T" + time if time else "")
    mod = _dur_mod(m["dmod"])
    said = ", ".join(f"{n} {u}" for n, _, u in parts)
    return lambda c, s, e: Resolved("DURATION", value, mod, "absolute", f"a period of {said}", sets_reference=False)
