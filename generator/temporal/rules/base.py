"""Recognition machinery: the data passed from recognition to resolution, the rule registry
(``@rule``, ``RULES``) and the candidate search (``candidates``, run around each rule's trigger
words, and ``candidates_full``, every rule over the whole text)."""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from dataclasses import dataclass
from typing import Callable

from .. import anchor as A


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
    year_headings: list | None = None  # (position, year) of the year headings of a timeline
    heading_day: _dt.date | None = None  # the day of the last line that holds a full date alone ("Tuesday 26 November")
    # why the day of the story is unknown, though a day was mentioned: the last day named is in
    # someone's quoted words and is not the DCT (see engine._past_outside). A clock time or part
    # of the day with no day of its own then has none, rather than the DCT's
    day_untold: str = ""

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
    from .. import prefilter
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
