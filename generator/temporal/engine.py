"""The tagging loop: run every rule, keep the best non-overlapping candidates, resolve them in
text order (so that each can use the reference time set by the dates before it), then link
ranges ("from March to May", "between 10 and 15 October")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import anchor as A
from .rules import Candidate, Context, Resolved, candidates
from .rules.helpers import _alone_on_line

MAX_CHARS = 2_000_000


@dataclass
class Tagged:
    start: int
    end: int
    rule: str
    res: Resolved


def select(cands: list[Candidate]) -> list[Candidate]:
    """Greedy choice of non-overlapping candidates: longest first, then rule priority, then
    leftmost."""
    cands = sorted(cands, key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    taken: list[Candidate] = []
    occupied: list[tuple[int, int]] = []
    import bisect
    for c in cands:
        i = bisect.bisect_left(occupied, (c.start, c.end))
        clash = False
        if i > 0 and occupied[i - 1][1] > c.start:
            clash = True
        if i < len(occupied) and occupied[i][0] < c.end:
            clash = True
        if not clash:
            occupied.insert(i, (c.start, c.end))
            taken.append(c)
    taken.sort(key=lambda c: c.start)
    return taken


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


_RANGE_SEP = re.compile(r"\s*(?:to|until|till|through|and|-|–|—)\s*$", re.I)
_RANGE_OPEN = re.compile(r"(?:from|between)\s*$", re.I)


# "between March and May last year", "from June to August 2011": the year stated once, at the
# end, is the year of the first end point too (a year later if that puts it after the second).
_PARTIAL_RULES = {"month", "month_day", "day_month"}
_STATED_YEAR_RULES = {"month_year", "month_day_year", "day_month_year", "month_relative_year"}
_MONTH_VALUE = re.compile(r"^(\d{4})(-\d{2}(?:-\d{2})?)$")
_MONTH_ONLY = re.compile(r"^\d{4}-\d{2}$")


def _share_stated_year(a: Tagged, b: Tagged) -> None:
    ma, mb = _MONTH_VALUE.match(a.res.value), _MONTH_VALUE.match(b.res.value)
    if not (ma and mb and a.rule in _PARTIAL_RULES and b.rule in _STATED_YEAR_RULES):
        return
    y = int(mb.group(1))
    if ma.group(2) > mb.group(2)[:len(ma.group(2))]:
        y -= 1  # "from December to February 2013": the December before
    v = f"{y:04d}{ma.group(2)}"
    if v != a.res.value and A.to_date(v) is not None:
        a.res.value = v
        a.res.explanation += f"; the year stated with the other end of the range, {b.res.value}"


_CLOCK_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$")


def _end_on_next_day(a: Tagged, b: Tagged) -> None:
    """"a curfew from 7 p.m. to 6 a.m.": a range of clock times whose end is earlier than its
    start ends on the next day, when the text gives the end no day of its own."""
    ma, mb = _CLOCK_VALUE.match(a.res.value), _CLOCK_VALUE.match(b.res.value)
    if not (ma and mb and b.rule == "clock_time" and ma.group(1) == mb.group(1) and mb.group(2) < ma.group(2)):
        return
    if not b.res.explanation.startswith(("clock time on the DCT", "clock time on the day last mentioned")):
        return  # the end has a day of its own ("until 6 a.m. Tuesday")
    d = A.add_days(A.to_date(mb.group(1)), 1)
    if d is not None:
        b.res.value = f"{A.day(d)}T{mb.group(2)}"
        b.res.explanation += "; the range ends on the next day (its end is earlier than its start)"


def _start_on_end_day(a: Tagged, b: Tagged) -> None:
    """Review P: "polls were open from 7 a.m. to 7 p.m. on Sunday", "fighting raged from 6 p.m. to
    3 a.m. on 2 November": a start with no day of its own is on the end's day (the day before
    when its clock time is later than the end's), not on the DCT."""
    ma, mb = _CLOCK_VALUE.match(a.res.value), _CLOCK_VALUE.match(b.res.value)
    if not (ma and mb and a.rule == "clock_time" and b.rule == "clock_time" and ma.group(1) != mb.group(1)):
        return
    if not a.res.explanation.startswith(("clock time on the DCT", "clock time on the day last mentioned")) \
            or b.res.explanation.startswith(("clock time on the DCT", "clock time on the day last mentioned")):
        return
    d = A.to_date(mb.group(1))
    if d is not None and ma.group(2) > mb.group(2):
        d = A.add_days(d, -1)
    if d is not None:
        a.res.value = f"{A.day(d)}T{ma.group(2)}"
        a.res.explanation += "; on the day of the range's end"


def _order_partial_ends(a: Tagged, b: Tagged, dct) -> None:
    """"from June through November", both without a year: the ends are resolved one at a time,
    and the end may come out before the start (June 2014, November 2013). A range ends after
    it starts: an end already past keeps its year and the start moves back a year ("sales from
    June through November rose", said in July); otherwise the end moves on a year."""
    ma, mb = _MONTH_VALUE.match(a.res.value), _MONTH_VALUE.match(b.res.value)
    if not (ma and mb and a.rule in _PARTIAL_RULES and b.rule in _PARTIAL_RULES and a.res.value > b.res.value):
        return
    # (review P: also both ends in one year, "From December to February the front was frozen"
    # said in November gave December 2019 to February 2019)
    if len(ma.group(2)) != len(mb.group(2)) or int(ma.group(1)) not in (int(mb.group(1)), int(mb.group(1)) + 1):
        return
    end = A.to_date(b.res.value)
    if dct is not None and end is not None and end <= dct:
        t, v = a, A.shift(a.res.value, "Y", -1)
    else:
        t, v = b, A.shift(b.res.value, "Y", 1)
    if v:
        t.res.value = v
        t.res.explanation += "; moved a year so that the range does not end before it starts"


def _link_ranges(text: str, out: list[Tagged], dct) -> None:
    for a, b in zip(out, out[1:]):
        if a.res.range_start or b.res.range_start:
            continue
        if a.res.type not in ("DATE", "TIME") or b.res.type not in ("DATE", "TIME"):
            continue
        gap = text[a.end:b.start]
        months = _MONTH_ONLY.match(a.res.value) and _MONTH_ONLY.match(b.res.value)
        if gap == "/" and months and a.rule in _PARTIAL_RULES:
            gap = "-"  # "September/October": a span of two months, said as one
        if len(gap) > 12 or not _RANGE_SEP.fullmatch(gap):
            continue
        opener = _RANGE_OPEN.search(text[max(0, a.start - 10):a.start])
        sep = gap.strip().lower()
        if sep == "and" and not (opener and opener.group(0).lower().startswith("between")):
            continue
        if not opener and sep not in ("-", "–", "—", "through", "to", "until", "till"):
            continue
        _share_stated_year(a, b)
        _order_partial_ends(a, b, dct)
        _end_on_next_day(a, b)
        _start_on_end_day(a, b)
        va, vb = a.res.value, b.res.value
        if not (A.granularity(va) or re.match(r"\d{4}-\d{2}-\d{2}T", va)) or not (A.granularity(vb) or re.match(r"\d{4}-\d{2}-\d{2}T", vb)):
            continue
        if va > vb:
            continue
        for t in (a, b):
            t.res.range_start, t.res.range_end = va, vb


def run(text: str, dct: str | None) -> list[Tagged]:
    if not isinstance(text, str) or not text:
        return []
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
    ctx = Context(text=text, dct=A.parse_dct(dct))
    chosen = select(candidates(text))
    out: list[Tagged] = []
    aside = None  # why the current reference day is not one of the story's own (see _aside)
    for i, c in enumerate(chosen):
        s, e = _trim(text, c.start, c.end)
        if s >= e:
            continue
        res = _resolve(c, ctx, s, e)
        if aside is not None and _past_outside(ctx, text, s, e, aside) \
                and not (aside == "future" and _day_not_after(res, ctx.dct)):
            # the day last mentioned is a future one or in someone's quoted words: a past-tense
            # clause after it is not counted from it. Nor from an earlier day of the story (the
            # aside may have moved the story on): as with no day mentioned, "that day" stays
            # unknown and a clock time is the DCT's. Counting back from a future day to a day
            # not after the DCT is still past ("the truce expires on Friday; two days earlier
            # the council voted it")
            aside_ref = _ref_fields(ctx)
            _set_ref_fields(ctx, _NO_REF)
            if aside == "quoted" and aside_ref[4] is not None and aside_ref[4] != ctx.dct \
                    and ctx.tense(s, e).label == "past":
                # "'We were attacked on Sunday,' said Ahmed. At 6 a.m., gunmen stormed the
                # village": the narrator may go on telling that Sunday, or tell today; a clock
                # time with no day of its own has none (when the quoted day is the DCT, both agree)
                ctx.day_untold = f"the day last named ({A.day(aside_ref[4])}) is in quoted words; the story may still tell it"
            res = _resolve(c, ctx, s, e)
            ctx.day_untold = ""
            _set_ref_fields(ctx, aside_ref)
        if res is None or not res.value:
            continue
        if not _value_ok(res.value):
            continue
        e = _without_possessive(text, s, e)
        e = _open_end(text, e, res, chosen[i + 1].start if i + 1 < len(chosen) else len(text))
        out.append(Tagged(s, e, c.rule, res))
        if res.type == "DATE" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", res.value) and re.search(r"\d", text[s:e]) \
                and _alone_on_line(text, s, e):
            # a day heading ("Tuesday 26 November", "## November 25, 2024"): the day of the
            # entries below it, as a live blog's time stamps (see the clock time rule)
            ctx.heading_day = A.to_date(res.value)
        if res.sets_reference and res.type in ("DATE", "TIME") and not _PERIOD_END_BEFORE.search(text, max(0, s - 40), s) \
                and not _future_target(ctx, text, s, res.value):
            v = res.value.split("T")[0] if "T" in res.value else res.value
            g = A.granularity(v)
            if g:
                ctx.ref_value = v
                ctx.ref_pos = s
                ctx.ref_comparison = res.comparison
                ctx.ref_rule = c.rule
                if g == "D":
                    ctx.ref_day = A.to_date(v)
                # (days only: a future quarter or year is a forecast's, and a later "the year-ago
                # period" or "that year" is counted from it as often as not)
                aside = _aside(ctx, text, s, e, v) if g == "D" else None
    _link_ranges(text, out, ctx.dct)
    return out


_YEAR_IN_VALUE = re.compile(r"^(\d{4})")
# "the third quarter ended Sept. 30", "the year ending June 30": the date is the end point of the
# period just named; the period, not its last day, stays the reference time of the report.
_PERIOD_END_BEFORE = re.compile(r"\b(?:quarter|period|year|half|months|weeks)\s+(?:ended|ending|through)\s+$", re.I)


# TimeML leaves the possessive ending outside the timex: "<TIMEX3>last year</TIMEX3>'s results",
# "<TIMEX3>today</TIMEX3>'s meeting" (TimeBank and AQUAINT do so throughout). Rules may match it
# (it tells a possessive from other uses), but the reported span ends before it. ("the 1980's"
# is a plural, not a possessive: it keeps its ending.)
_POSSESSIVE_END = ("'s", "’s")


def _without_possessive(text: str, s: int, e: int) -> int:
    if e - s > 2 and text[e - 2:e].lower() in _POSSESSIVE_END and text[e - 3].isalpha():
        return e - 2
    return e


# "the next two years or so", "1994 or later", "1990 and beyond": TimeML puts the hedge inside
# the timex, with mod APPROX / ON_OR_AFTER / ON_OR_BEFORE (TimeBank does so every time).
_OPEN_END = re.compile(r"[ \t]+(?:(?P<approx>or[ \t]+so)|(?P<after>or[ \t]+later|and[ \t]+beyond|or[ \t]+after)|"
                       r"(?P<before>or[ \t]+earlier|or[ \t]+before))(?![\w'’-])", re.I)
# after the hedge a word that goes on with a time ("or later this year", "or so ago") is not it
_OPEN_END_NOT_BEFORE = re.compile(r"[ \t]+(?:this|that|next|last|in|on|than|ago|the)\b", re.I)


def _open_end(text: str, e: int, res: Resolved, limit: int) -> int:
    if res.type not in ("DATE", "DURATION") or res.value.endswith("_REF"):
        return e
    m = _OPEN_END.match(text, e)
    if not m or m.end() > limit or _OPEN_END_NOT_BEFORE.match(text, m.end()):
        return e
    if m["approx"]:
        mod = "APPROX"
    elif res.type != "DATE":
        return e
    else:
        mod = "ON_OR_AFTER" if m["after"] else "ON_OR_BEFORE"
    if res.mod is None:
        res.mod = mod
    return m.end()


_BY_BEFORE = re.compile(r"\bby\s+$", re.I)


def _resolve(c: Candidate, ctx, s: int, e: int) -> Resolved | None:
    try:
        return c.resolve(ctx, s, e)
    except (ValueError, KeyError, IndexError, TypeError, OverflowError, AttributeError):
        return None


def _day_not_after(res: Resolved | None, dct) -> bool:
    d = A.to_date(res.value[:10]) if res is not None and re.match(r"\d{4}-\d\d-\d\d", res.value or "") else None
    return d is not None and dct is not None and d <= dct


_REF_FIELDS = ("ref_value", "ref_pos", "ref_comparison", "ref_rule", "ref_day")
_NO_REF = ("", -1, False, "", None)


def _ref_fields(ctx) -> tuple:
    return tuple(getattr(ctx, f) for f in _REF_FIELDS)


def _set_ref_fields(ctx, values: tuple) -> None:
    for f, v in zip(_REF_FIELDS, values):
        setattr(ctx, f, v)


def _aside(ctx, text: str, s: int, e: int, value: str) -> str | None:
    """Why the date just set as the reference time is not one of the story's own: "future"
    (it starts after the DCT: "the truce will take effect tomorrow"), "quoted" (it is in
    someone's quoted words: "'They attacked us on Sunday,' he said"), else None. Such a date
    stays the reference for what will happen then ("Talks resume on Monday. That day, the army
    will announce ..."), but not for a later past-tense clause of the story ("... At 3 p.m.,
    fighters shelled the town" is not 3 p.m. of tomorrow)."""
    d = A.to_date(value)
    if ctx.dct is not None and d is not None and d > ctx.dct and ctx.tense(s, e).label != "past":
        # (a later day told in the past tense, "On March 20, the army shelled Rafah", is the
        # story's own: the DCT is older than the text)
        return "future"
    if _in_quotation(text, s):
        return "quoted"
    return None


def _past_outside(ctx, text: str, s: int, e: int, aside: str) -> bool:
    """Whether the expression at text[s:e] is in a past-tense clause of the story after the
    sentence of an aside reference time (see _aside), so that the reference does not hold for
    it; an expression inside a quotation keeps a quoted reference (the speaker's own story:
    "'They came on Sunday. At 6 a.m. ...'")."""
    if aside == "quoted" and _in_quotation(text, s):
        return False
    if not A._SENTENCE_BREAK.search(text, ctx.ref_pos, s):
        return False  # "between 2 December noon and ...": the day's own time, whatever the verb
    label = ctx.tense(s, e).label
    if aside == "quoted" and label == "future" and ctx.ref_day is not None and ctx.dct is not None and ctx.ref_day < ctx.dct:
        # "'We were attacked on Sunday,' said Ahmed. At 6 p.m., the council will meet": what is
        # still to come is not on the past day of the quotation
        return True
    return label == "past"


# an opening single quotation mark (at the start of a line or after a space or bracket, before
# a letter), a closing one (after a letter or punctuation, before a space or punctuation); an
# apostrophe inside a word ("don't") is neither
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))['‘](?=[^\W\d_])", re.M)
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])['’](?=[\s,.;:!?)\]—–-]|$)", re.M)


_QUOTE_REACH = 1500  # a quotation opened further back in a paragraph is not looked for (a 200 KB line would cost its square)


def _in_quotation(text: str, s: int) -> bool:
    """Whether text[s] is inside quotation marks opened earlier in its paragraph."""
    before = text[max(text.rfind("\n", 0, s) + 1, s - _QUOTE_REACH):s]
    if before.count("“") > before.count("”") or before.count('"') % 2 == 1:
        return True
    opens = [m.start() for m in _SINGLE_OPEN.finditer(before)]
    if not opens:
        return False
    return not any(m.start() > opens[-1] for m in _SINGLE_CLOSE.finditer(before))


def _future_target(ctx, text: str, s: int, value: str) -> bool:
    """'by 1992 it intends to ...': a target year after the DCT's is not when the story happens."""
    if ctx.dct is None or not _BY_BEFORE.search(text, max(0, s - 6), s):
        return False
    m = _YEAR_IN_VALUE.match(value)
    return bool(m) and int(m.group(1)) > ctx.dct.year


def _value_ok(value: str) -> bool:
    m = _YEAR_IN_VALUE.match(value)
    if m:
        y = int(m.group(1))
        return 1 <= y <= 9999
    return True
