"""Offsets from the DCT or the reference time ("two years ago", "three days later", "weeks ago",
"the next day") and "the year" / "the week" of the date last mentioned."""

from __future__ import annotations

import datetime as _dt
import re

from .. import anchor as A
from ..lexicon import NUMBER_RE, PARTS_OF_DAY, UNITS, UNIT_RE, VAGUE_RE, WEEKDAYS, parse_number
from .base import Context, Resolved, rule
from .helpers import (
    _COUNT_RANGE_BEFORE, _DUR_MOD_RE, _compared_with, _date_mod, _dur_mod, _duration_value, _period_of_reference,
    _quoted_value_differs, _ref_against_tense, _tense_word,
    _unit_in_name, _unresolved, _word_after, _words_before,
)


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
    if _COUNT_RANGE_BEFORE.search(text, max(0, m.start() - 25), m.start()):
        return None  # "two to three years ago", "5-7 weeks ago": see the rule 'duration_range'
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
    mod = _date_mod(m["dmod"], sign)  # "more than two years ago": BEFORE the date two years back
    gap_mod = _dur_mod(m["dmod"])  # when what the text gives is the gap: "more than two weeks later"
    if direction in ("earlier", "later") and _word_after(text, m.end()).lower() == "than":
        # "three weeks earlier than planned": the gap to another date, not a shift from ours
        gap = _duration_value(n, unit, is_time, mult)
        return [(m.start("x"), m.end("unit"), lambda ctx, s, e: Resolved(
            "DURATION", gap, gap_mod, "absolute", f"a gap of {m['num']} {unit_w} ('{direction} than')",
            sets_reference=False))]
    if m["orso"]:
        mod = gap_mod = "APPROX"  # "a week or so ago"

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
            gap = Resolved("DURATION", _duration_value(int(n), unit, is_time, mult), gap_mod, "absolute",
                           f"{m['num']} {unit_w}: no calendar day follows from the gap", sets_reference=False)
            if rel_ref and not ctx.ref_day:
                # "Two hours later, police arrived" ("Two hours earlier") with no day before it:
                # counted from an event the text does not date, not from the publication date
                return gap
            base = ctx.ref_day if rel_ref and ctx.ref_day else ctx.dct
            if base is None:
                return _unresolved("TIME", "XXXX-XX-XX", "no DCT")
            if not rel_ref and _quoted_value_differs(ctx, s, e, A.day):
                # "stopped 'an hour ago'," the mayor said on Tuesday: an hour before Tuesday's words
                return _unresolved("DATE", "XXXX-XX-XX", f"'{m['x']}' in a quotation said on another day than the DCT")
            hours = k / {"H": 1, "M": 60, "S": 3600}[unit]
            if rel_ref and ctx.ref_day and ctx.ref_rule in ("clock_time", "oclock", "day_at_clock", "iso_date") \
                    and hours % 24 and hours > 1:
                # review P: "at 11 p.m. on Friday. Twelve hours later, the town fell": counted from
                # a clock time the hours may cross midnight; the gap, not Friday
                return gap
            if hours >= 24 or gap_mod in ("MORE_THAN", "EQUAL_OR_MORE"):
                if gap_mod is not None or not float(hours / 24).is_integer():
                    # "36 hours later", "more than 24 hours ago": one day or another
                    return gap
                # "24 hours ago" is yesterday, "48 hours after" the attack two days on
                d = A.add_days(base, sign * int(hours // 24))
                if d is None:
                    return None
                return Resolved("DATE", A.day(d), None, "reference" if base is not ctx.dct else "dct",
                                f"{m['num']} {unit_w} {direction}: {int(hours // 24)} day(s) from {A.day(base)}",
                                sets_reference=False)
            if hours >= 12:
                # "12 hours ago", "18 hours later": with no clock time to count from, as likely
                # the day before (or after) as the same day
                return gap
            return Resolved("DATE", A.day(base), "APPROX" if mod else None, "dct", f"{n} {unit_w} {direction}: the same day",
                            sets_reference=False)
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
                return Resolved("DURATION", _duration_value(int(n), unit, is_time, mult), gap_mod, "absolute",
                                f"{m['num']} {unit_w}, counted from a date the text gives only as {ctx.ref_value}",
                                sets_reference=False)
            else:
                d = A.to_date(ctx.ref_value)
                d2 = A.shift_date(d, u, sign * k) if d else None
                v = A.at_granularity(d2, u) if d2 else None
            if v:
                return Resolved("DATE", v, mod, "reference", f"{m['num']} {unit_w} {direction} than {ctx.ref_value}", sets_reference=False,
                                comparison=(sign < 0 and k == 1 and unit == "Y"))
        if rel_ref and (sign > 0 or unit == "D"):
            # "Two weeks later, the government fell" with no date before it: it counts from an
            # event the text does not date, not from the publication date (which would put a
            # past event in the future); what the text gives is the gap, as for "a few days later".
            # So does "Two days earlier" (TimeBank: "A day earlier" DURATION P1D); only "a year
            # (a month, a week) earlier" with no date before it compares with the period of the
            # DCT, as reports of results do ("up from 4 pence a year earlier")
            return Resolved("DURATION", _duration_value(int(n), unit, is_time, mult), gap_mod,
                            "absolute", f"{m['num']} {unit_w}, counted from an earlier event the text does not date",
                            sets_reference=False)
        if ctx.dct is None:
            return _unresolved("DATE", {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX"}.get(unit, "XXXX-XX-XX"),
                               f"'{m['x']}' counts from the publication date, which is unknown", mod)
        def value_at(day):
            d = A.shift_date(day, "W" if unit == "WE" else unit, sign * k)
            return A.at_granularity(d, unit) if d else None

        if _quoted_value_differs(ctx, s, e, value_at):
            # "'They bombed it three days ago,' he said on Thursday": three days before Thursday
            return _unresolved("DATE", {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX"}.get(unit, "XXXX-XX-XX"),
                               f"'{m['x']}' in a quotation said on another day than the DCT", mod)
        v = value_at(ctx.dct)
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


# A section heading on a line of its own between blank lines: one to five words, the first
# capitalised (maybe after markdown marks), no sentence punctuation and no digits ("Front line",
# "**Sudan", "## Diplomacy").
_SECTION_HEADING = re.compile(r"\n[ \t]*\n[ \t]*(?:#+[ \t]*|\*\*)?[A-Z][^\W\d_]*(?:[ \t]+[^\W\d_][^\W\d_'’-]*){0,4}[ \t]*(?:\*\*)?[ \t]*\n[ \t]*\n")


@rule("reference_day", r"(?P<x>(?:the|that)\s+(?P<rel>next|following|previous|same|preceding|prior)\s+(?P<unit>day|morning|evening|night|afternoon)|"
                       r"(?P<that>that|the\s+same)\s+(?P<unit2>day|morning|evening|night|afternoon)|the\s+day\s+(?P<ba>before|after)(?![\w\s]*\w+\s+(?:the|a|his|her|its)\b)|"
                       r"(?P<a>a|one)\s+day\s+(?P<dir>later|earlier|before|after)|the\s+(?P<day>day))(?![\w-])", priority=1)
def _reference_day(m, text):
    if m["day"]:
        prev = _words_before(text, m.start(), 2)
        nxt = _word_after(text, m.end()).lower()
        if not prev or prev[-1] not in ("on", "during", "that", "for", "by") or nxt in ("of", "when", "before", "after", "that"):
            return None
        if nxt in WEEKDAYS or nxt in ("yesterday", "today", "tomorrow"):
            return None  # "during the day Friday": the weekday after it names the day (and is tagged)
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
        base = ctx.ref_day
        if base is not None and _SECTION_HEADING.search(text, max(0, ctx.ref_pos), s):
            # "Zaporizhzhia / A bomb hit ... on Monday evening. / Front line / Over the previous
            # day, ...": a daily's sections each count from the page's own day, not from a date in
            # the section above; which day is meant is not known
            return _unresolved(type_, "XXXX-XX-XX" + suffix, "relative to a day in an earlier section, not known")
        if _coarse_reference(ctx, base or ctx.dct):
            # the date last mentioned is a year or a month ("in 2009. The next day") that holds
            # neither an older day nor the DCT: which day the text counts from is not known
            return _unresolved(type_, "XXXX-XX-XX" + suffix, f"relative to a day within {ctx.ref_value}, the date last mentioned, not known")
        if base is None:
            # "Militants attacked the village. That day, three people died.": no day is dated
            # before it (not even "today" or a weekday), so it counts from the day of an event
            # the text does not date, not from the publication date
            return _unresolved(type_, "XXXX-XX-XX" + suffix, "relative to a day the text has not dated")
        d = A.add_days(base, n)
        if d is None:
            return None
        return Resolved(type_, A.day(d) + suffix, None, "reference",
                        f"{'the same day as' if n == 0 else ('the day after' if n > 0 else 'the day before')} "
                        f"the date last mentioned ({A.day(base)})")
    return fn


# Nouns after which "the weekend" is any weekend, not the one nearest the DCT.
_GENERIC_WEEKEND_NOUNS = {"shift", "shifts", "edition", "editions", "supplement", "magazine", "papers", "newspaper",
                          "newspapers", "schedule", "slot", "rate", "rates", "staff", "crew", "service", "services"}


@rule("the_unit", r"(?P<x>the\s+(?:fiscal\s+)?(?P<unit>year|month|week|weekend))(?![\w-])")
def _the_unit(m, text):
    prev = _words_before(text, m.start(), 2)
    nxt = _word_after(text, m.end()).lower()
    unit = {"year": "Y", "month": "M", "week": "W", "weekend": "WE"}[m["unit"].lower()]
    if not prev and unit != "WE":
        return None
    p = prev[-1] if prev else ""
    if unit == "Y" and nxt in ("ended", "ending", "ends", "through", "to") and re.match(r"\s+\w+\s+(?:[A-Z]|\d)", text[m.end():m.end() + 20]):
        # "the year ended March 31": a twelve-month period that is not a calendar year
        return lambda ctx, s, e: Resolved("DURATION", "P1Y", None, "absolute",
                                          "a (fiscal) year ending on a stated date: twelve months, not a calendar year",
                                          sets_reference=False)
    if nxt in ("of", "before", "after", "when", "that", "in", "to", "since", "ended", "ending", "earlier", "ago", "-") and p != "for" \
            and not (unit == "WE" and nxt == "in"):
        return None  # ("the weekend in Paris" is the weekend)
    if unit == "WE" and nxt.lower() in _GENERIC_WEEKEND_NOUNS:
        return None  # "the weekend shift", "the weekend edition": any weekend
    if re.match(r"\d", nxt):
        return None
    # "a high for the year of $42.875": "of" before an amount is not "the year of the dragon"
    of_amount = nxt == "of" and re.match(r"\s+of\s+[$£€#\d]", text[m.end():m.end() + 10]) is not None
    if p == "for" and unit in ("Y", "W") and (nxt not in ("ended", "ending", "ends", "through", "to", "of") or of_amount) and \
            not re.match(r"\s+(?:or|and)\b", text[m.end():m.end() + 6]):
        # "For the year, volume was flat", "a high for the year", "For the week, the index
        # dropped": the period being reported (a DATE), not a length of time
        return _period_of_reference(unit, f"the {m['unit'].lower()} being reported")
    if p in ("for", "throughout", "over") and unit != "WE" and nxt != "of":
        dur = {"Y": "P1Y", "M": "P1M", "W": "P1W"}[unit]
        return lambda ctx, s, e: Resolved("DURATION", dur, None, "absolute", f"the whole {m['unit']}", sets_reference=False)
    if p not in ("in", "during", "of", "on", "at", "by", "since", "until", "through", "earlier", "later", "this", "around",
                 "over", "throughout") and unit != "WE":
        return None  # "the weekend" needs no preposition: "spent the weekend in Paris", "The weekend saw clashes"
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
        if ctx.ref_value and not _compared_with(ctx) and A.granularity(ctx.ref_value) in ("Y", "M", "D", "Q", "W") \
                and not _ref_against_tense(ctx, s, e):
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
