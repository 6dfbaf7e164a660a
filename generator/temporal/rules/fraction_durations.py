"""Fractional durations: "5 1/2 hours", "two and a half years", "a year and a half", "half an
hour"."""

from __future__ import annotations

import re

from ..lexicon import NUMBER_WORD_RE, UNITS, UNIT_RE, parse_number
from .base import Resolved, rule
from .helpers import _DUR_MOD_RE, _dur_mod, _duration_value, _word_after


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
