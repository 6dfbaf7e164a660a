"""Durations: "three years", "a six-year conflict", "day-long", "for months", "the past year"."""

from __future__ import annotations

import re

from .. import anchor as A
from ..lexicon import DISTANCE_UNITS, NUMBER_RE, UNITS, UNIT_RE, VAGUE_RE, parse_number
from .base import Resolved, rule
from .relative_units import _relative_unit_value
from .helpers import (
    _COUNT_RANGE_BEFORE, _DUR_MOD_RE, _dur_mod, _duration_value, _fraction_value, _period_of_reference, _unit_in_name, _word_after,
    _words_before,
)


_DURATION_PREPOSITIONS = {"for", "in", "within", "than", "about", "over", "nearly", "almost", "after", "only",
                          "just", "least", "under", "past", "last", "next", "of", "during", "throughout",
                          "around", "some", "by", "before", "from", "to", "until", "lasted", "took", "spent",
                          "whole", "entire", "full", "another", "and", "or", "once", "barely", "roughly"}
_QUANTITY_WORDS = {"million", "billion", "trillion", "thousand", "hundred", "dozen", "one", "two", "three",
                   "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "forty",
                   "fifty", "hundreds", "thousands", "millions", "dozens", "several", "many"}

# Words after which "last" is the verb ("to last", "will last", "did not last").
_VERB_LAST_BEFORE = {"to", "will", "would", "could", "can", "may", "might", "should", "must", "not",
                     "did", "does", "do", "didn't", "won't", "wouldn't", "can't", "couldn't", "doesn't"}

_MODALS = {"will", "would", "could", "can", "may", "might", "should", "shall", "must"}

# Words after which "a day" / "one day" is a length of time ("delayed by one day", "the strike
# lasted one day", "it took a day"), not "one day he left" nor a rate ("$5 a day").
_ONE_DAY_BEFORE = {"for", "in", "within", "than", "about", "over", "nearly", "almost", "after", "only", "just",
                   "least", "by", "lasted", "lasts", "last", "took", "take", "takes", "taking", "spent", "spend",
                   "spends", "spending", "waited", "wait", "extended", "postponed", "delayed"}

# Words before "<units> of <something>" that make the bare plural a stretch of time: "ended months
# of deadlock", "follows months of twists and turns" (TimeBank: PXM). Not "after": AQUAINT leaves
# "after years of war" out (round 10).
# Verbs before "back" that make a bare plural after it the time something lasted ("a feud that
# dates back centuries"); not "went back years later" (an offset) nor "back to" a date.
_GOES_BACK = {"date", "dates", "dated", "dating", "go", "goes", "going", "gone", "stretch", "stretches",
              "stretching", "trace", "traces", "traced", "tracing", "reach", "reaches", "reaching"}

_AFTER_SPAN_OF = {"following", "follows", "followed", "ending", "ended", "ends", "end", "despite"}

# Words that may follow the unit "a second" ("for a second, he hesitated", "within a second of
# the blast"); any other word after it is the noun of the ordinal ("for a second day").
_AFTER_A_SECOND = {"of", "or", "and", "but", "before", "after", "until", "when", "while", "as", "then", "longer",
                   "later", "earlier", "too", "only", "at", "in", "to", "the", "he", "she", "it", "they", "we", "i",
                   "you", "there"}


def _quantity_value(n, unit: str, is_time: bool, mult: int) -> str:
    """The value of n units; a vague count of decades or centuries keeps its unit ("several
    decades" = PXE, as "decades" is), and a decimal count goes down to the smaller unit that
    makes it exact, as a fraction does ("1.5 hours" = PT1H30M, like "an hour and a half")."""
    if n is None and unit == "Y" and mult in (10, 100):
        return "PXE" if mult == 10 else "PXC"
    if n is not None and not float(n).is_integer():
        v = _fraction_value(n, unit, is_time, mult)
        if v:
            return v
    return _duration_value(n, unit, is_time, mult)

# "two months after the raid": the duration is the timex ("after" is a signal); "two months
# after." alone is a date (rule 'ago', which has the longer span and wins).
_NON_DURATION_AFTER = {"old", "olds", "older", "younger", "ago", "earlier", "later", "hence", "back"}


@rule("duration", rf"(?P<x>{_DUR_MOD_RE}?(?:(?P<det>the|these|those|its|their|his|her|our|another|an?(?=\s+(?:further|additional)\s))\s+)?(?:(?P<rel>past|last|latest|next|coming|previous|first|final|following|further|additional|remaining|initial|preceding|same)\s+)?"
                  rf"(?P<num>{NUMBER_RE}|{VAGUE_RE})(?P<hy>\s+|-)(?:(?P<more>more|additional|full|straight|consecutive|long|trading|business|working|calendar)\s+)?(?P<unit>{UNIT_RE}))(?![\w-])", priority=1)
def _duration(m, text):
    unit_w = m["unit"].lower()
    unit, is_time, mult = UNITS[unit_w]
    numw = re.sub(r"\s+", " ", m["num"].lower())
    vague = bool(re.fullmatch(VAGUE_RE, numw, re.I))
    n = None if vague else parse_number(numw)
    couple = numw in ("a couple of", "couple of")
    if couple:
        vague, n = False, 2  # "a couple of years": about two (TimeBank: P2Y, mod APPROX)
    if not vague and n is None:
        return None
    if _unit_in_name(text, m.start("unit")):
        return None
    if re.search(r"\d/$", text[max(0, m.start() - 3):m.start()]) or re.match(r"\s*\d+/\d", text[m.start("num"):m.start("num") + 8]):
        return None  # "5 1/2 hours": see the rule 'fraction_duration'
    if re.search(r"\d\s+$", text[max(0, m.start("num") - 3):m.start("num")]) and re.match(r"\d", m["num"]):
        return None  # "1 2 years": two numbers in a row are not a quantity
    nxt = _word_after(text, m.end()).lower()
    if nxt in _NON_DURATION_AFTER:
        return None
    if not m["dmod"] and not m["det"] and not m["rel"] and (
            _COUNT_RANGE_BEFORE.search(text, max(0, m.start() - 25), m.start())
            or set(_words_before(text, m.start(), 1)) & {"aged", "age", "ages"}):
        return None  # "two to three years": the rule 'duration_range'; "aged 15 years": an age
    if nxt in ("'s", "’s") or re.match(r"-(?:olds?|long)\b", text[m.end():m.end() + 6], re.I):
        return None  # "a 44-year-old", ages are not annotated; "-long" see 'adjectival_duration'
    if unit_w in ("quarter", "quarters") and (nxt == "of" or (m["hy"] == "-" and unit_w == "quarters")):
        return None  # "a quarter of the market", "three-quarters of its food": fractions
    # "a six-year conflict", "the six year conflict", "a five year low": an adjectival duration.
    # TimeML annotates it as a DURATION of the number and unit alone ("six-year" = P6Y); it is
    # never a date and sets no reference time.
    adjectival = n is not None and not vague and (
        m["hy"] == "-" or (unit_w in ("second", "minute", "hour", "day", "night", "week", "month", "quarter", "year",
                                      "decade", "century") and n != 1))
    if adjectival:
        if numw in ("a", "an", "one") and m["hy"] != "-":
            return None
        if not re.match(r"\d", numw) and n is not None and n > 1000:
            return None
        value = _quantity_value(n, unit, is_time, mult)
        s0 = m.start("num")
        e0 = m.end("unit")
        tail = re.match(r"\s+(?:period|term|span|stint|stretch|spell|window)\b", text[e0:e0 + 12], re.I)
        if tail:  # "a three-year period": the noun is temporal, it belongs to the timex
            e0 += tail.end()
            if text[max(0, s0 - 2):s0].lower() in ("a ",) :
                s0 -= 2
        # the modifier bounds the count only right before it: in "under its two-year plan" it is
        # a preposition, and "under" before an adjective always is ("under two-year contracts")
        mod0 = _dur_mod(m["dmod"]) if not (m["det"] or m["rel"] or (m["dmod"] or "").lower() == "under") else None
        if mod0:
            s0 = m.start("x")
        return [(s0, e0, lambda c, s, e: Resolved("DURATION", value, mod0, "absolute",
                                                  f"adjectival duration '{m['num']}{m['hy']}{unit_w}': a period, not a date",
                                                  sets_reference=False))]
    if nxt == "-" or text[m.end():m.end() + 1] in ("-",):
        return None
    if numw in ("a", "an", "one") and unit_w in ("day",) and not m["rel"] and not m["det"] and not m["dmod"]:
        prev = _words_before(text, m.start(), 1)
        prev3 = _words_before(text, m.start(), 3)
        rate = numw != "one" and prev3 and prev3[-1] not in _DURATION_PREPOSITIONS and any(
            re.match(r"[\d$£€]", w) or w in _QUANTITY_WORDS for w in prev3)
        if numw == "one" and prev and prev[0] in _MODALS and m["hy"] != "-":
            # "Islam will one day be ...": some time to come, TimeML's FUTURE_REF
            return lambda c, s, e: Resolved("DATE", "FUTURE_REF", None, "dct" if c.dct else "unresolved",
                                            "'one day' after a modal: some time to come", sets_reference=False)
        if not rate and (not prev or prev[0] not in _ONE_DAY_BEFORE):
            return None  # "one day he left": not a duration ("delayed by one day", "lasted one day" are)
    if numw in ("a", "an") and not m["rel"] and not m["det"] and not m["dmod"]:
        prev = _words_before(text, m.start(), 3)
        if prev and (re.match(r"[\d$£€]", prev[-1]) or prev[-1] in ("times", "once", "twice", "cents", "dollars", "percent")):
            return None  # "$5 a year", "twice a year": a frequency (see rule 'set')
        if prev and prev[-1] in DISTANCE_UNITS:
            return None  # "120 miles an hour": a speed, no frequency of anything
        if unit_w == "second" and (not prev or prev[-1] not in ("for", "in", "within", "than", "split", "half", "every")):
            return None  # "a second betrayal", "Two hours later a second blast": the ordinal
        # "Two hours later a week of talks": the count before belongs to an offset, no rate
        after_offset = any(w in ("later", "earlier", "ago", "after", "before") for w in prev)
        # "... by three votes. A week after that": the count in the sentence before rates nothing
        opens_sentence = re.search(r"(?:^|[.!?][\"'”’)]?)\s*$", text[max(0, m.start() - 4):m.start()])
        if prev and not after_offset and not opens_sentence and prev[-1] not in _DURATION_PREPOSITIONS and any(
                re.match(r"[\d$£€]", w) or w in _QUANTITY_WORDS for w in prev[:-1] + prev[-1:]):
            # "four flights a week", "$500 million a year": a rate, TimeML's SET
            rate = _duration_value(1, unit, is_time, mult)
            return lambda c, s, e: Resolved("SET", rate, None, "absolute", f"a rate per {unit_w}", sets_reference=False)
        if unit_w == "second" and (not prev or prev[-1] not in ("for", "in", "within", "than", "split", "half", "every")):
            return None  # "a second betrayal": the ordinal
        if unit_w == "second" and re.match(r"[a-z]", nxt) and nxt not in _AFTER_A_SECOND:
            return None  # "for a second day", "for a second time": the ordinal before its noun
    if numw == "some" and unit_w in ("time",):
        return None
    if numw in ("many", "some", "few") and unit_w in ("day", "week", "month", "year"):
        return None
    if numw in ("second",):
        return None
    rel = (m["rel"] or "").lower()
    det = (m["det"] or "").lower()
    if rel == "same":
        return None
    mod = _dur_mod(m["dmod"])
    if det and not rel and numw in ("a", "an"):
        return None
    value = _quantity_value(n, unit, is_time, mult)
    span_start = m.start("x")
    if rel == "last" and not det and not m["dmod"] and (set(_words_before(text, m.start("rel"), 1)) & _VERB_LAST_BEFORE
                                                        or numw in ("a", "an")):
        # "expected to last two weeks", "it could last three months": the verb, not "the last";
        # "shows that last an hour": "last a/an" is always the verb
        rel, span_start = "", m.start("num")
    if m["dmod"] and (det or rel) and m["dmod"].lower() in ("over", "under", "about", "around"):
        span_start = m.start("det") if det else m.start("rel")  # "over the next three years"
        mod = None
    elif m["dmod"] and vague and m["dmod"].lower() == "over":
        # "evolved over several years": "more than several years" makes no sense, so "over" is
        # the preposition, outside the timex
        span_start, mod = m.start("num"), None
    elif m["dmod"] and m["dmod"].lower() == "under" and nxt == "of":
        # "under two years of Labour rule": during, not less than
        span_start, mod = m.start("num"), None
    if couple and mod is None:
        mod = "APPROX"  # "a couple of years", "the next couple of years"

    def fn(ctx, s, e):
        rs = rend = None
        if ctx.dct is not None and n is not None and float(n).is_integer() and not is_time:
            k = int(n) * mult
            u = "W" if unit == "WE" else unit
            if rel in ("past", "last", "previous", "preceding"):
                d0 = A.shift_date(ctx.dct, u, -k)
                if d0:
                    rs, rend = A.day(d0), ctx.dct_value
            elif rel in ("next", "coming", "following", "remaining"):
                d1 = A.shift_date(ctx.dct, u, k)
                if d1:
                    rs, rend = ctx.dct_value, A.day(d1)
        elif ctx.dct is not None and is_time and n is not None and float(n).is_integer() and unit in ("H", "M") \
                and rel in ("past", "last", "previous", "preceding"):
            rs, rend = _past_hours_range(ctx, int(n) * mult * (60 if unit == "H" else 1))
        why = f"a period of {m['num']} {unit_w}"
        if rs:
            why += f", from {rs} to {rend}"
        return Resolved("DURATION", value, mod, "absolute" if not rs else "dct", why, rs, rend, sets_reference=False)
    return [(span_start, m.end("x"), fn)]


def _past_hours_range(ctx, minutes: int) -> tuple[str | None, str | None]:
    """"the past 24 hours", "the last 48 hours": the days they overlap, up to the DCT (its clock
    time is not known, so 24 hours reach back into the day before)."""
    back = max(1, -(-minutes // (24 * 60)))
    d0 = A.shift_date(ctx.dct, "D", -back)
    return (A.day(d0), ctx.dct_value) if d0 else (None, None)


# words of a match result before "2-3": the numbers are a score
_SCORE_BEFORE = re.compile(r"\b(?:beat|beats|beaten|defeated?|defeats|won|wins?|lost|loses|drew|draws?|edged|thrashed|"
                           r"routed|trounced|downed|stunned|score[sd]?|scoreline|trail(?:ed|ing)?|led|leads?|"
                           r"victory|match|game|final|derby|cup|league)\b[^.;!?]*$", re.I)


@rule("duration_range", rf"(?P<x>(?:(?P<det>the)\s+(?P<rel>past|last|next|coming|first)\s+)?(?P<n1>{NUMBER_RE})(?:-?\s+(?:to|or)\s+|\s*[-–]\s*)"
                        rf"(?P<n2>{NUMBER_RE})(?P<hy>\s+|-)(?P<unit>{UNIT_RE}))(?![\w-])", priority=2)
def _duration_range(m, text):
    """"two to three weeks", "10-15 years", "two or three days", "a 10- to 15-year sentence": a
    length between two counts. TimeBank annotates it as one DURATION of the lower count with mod
    EQUAL_OR_MORE ("two to three weeks" = P2W); the upper count is in the explanation."""
    if _unit_in_name(text, m.start("unit")):
        return None
    n1, n2 = parse_number(m["n1"].lower()), parse_number(m["n2"].lower())
    if n1 is None or n2 is None or not n1 < n2 or m["n1"].lower() in ("a", "an") or m["n2"].lower() in ("a", "an"):
        return None
    if re.search(r"[\d.,/:-]$", text[max(0, m.start() - 1):m.start()]):
        return None  # "1-2-3 days", "2010-11 to 12 years": part of a longer number
    nxt = _word_after(text, m.end()).lower()
    if nxt in ("old", "olds", "older", "younger", "'s", "’s") or re.match(r"-(?:olds?|long)\b", text[m.end():m.end() + 6], re.I):
        return None  # "5-10 year-olds": an age, not a length of time
    if set(_words_before(text, m.start(), 1)) & {"aged", "age", "ages"}:
        return None  # "children aged 5 to 15 years"
    if not re.search(r"\s(?:to|or)\s", m.group("x")) and _SCORE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        return None  # review P: "Al-Ahly beat Zamalek 2-3 days after the riot": a score, then an offset
    unit_w = m["unit"].lower()
    if unit_w in ("quarter", "quarters") and nxt == "of":
        return None
    # ("two to three years ago" stays this duration, "ago" a signal: no one date follows from it)
    unit, is_time, mult = UNITS[unit_w]
    value = _quantity_value(n1, unit, is_time, mult)
    hi = _quantity_value(n2, unit, is_time, mult)
    s0 = m.start("x") if m["det"] else m.start("n1")
    return [(s0, m.end("x"), lambda c, s, e: Resolved("DURATION", value, "EQUAL_OR_MORE", "absolute",
                                                      f"between {m['n1']} and {m['n2']} {unit_w}: at least {value}, at most {hi}",
                                                      sets_reference=False))]


@rule("long_adjective", rf"(?P<x>(?:(?P<num>{NUMBER_RE})[\s-])?(?P<unit>{UNIT_RE})-long)(?![\w-])", priority=2)
def _long_adjective(m, text):
    """"a day-long strike", "a three-month-long siege", "decades-long conflict": a DURATION, as
    TimeML annotates adjectival durations; without a number a singular unit is one of it and a
    plural an unspecified number."""
    if _unit_in_name(text, m.start("unit")):
        return None
    unit_w = m["unit"].lower()
    unit, is_time, mult = UNITS[unit_w]
    if unit == "WE":
        return None
    if unit == "Q":
        unit, mult = "M", 3 * mult
    t = "T" if is_time else ""
    if m["num"] and m["num"].lower() not in ("a", "an"):
        n = parse_number(re.sub(r"\s+", " ", m["num"].lower()))
        if n is None or n != int(n) or n <= 0:
            return None
        value = f"P{t}{int(n) * mult}{unit}"
    elif unit_w.endswith("s") or unit_w == "millennia":
        value = f"P{t}X{'Y' if mult > 1 else unit}"
        if unit == "Y" and mult == 100:
            value = "PXC"
        elif unit == "Y" and mult == 10:
            value = "PXE"
    else:
        value = f"P{t}{mult}{unit}"
    s0 = m.start("unit") if (m["num"] or "").lower() in ("a", "an") else m.start("x")
    return [(s0, m.end("x"), lambda c, s, e: Resolved("DURATION", value, None, "absolute",
                                                      f"adjectival duration '{m['x']}': a period, not a date",
                                                      sets_reference=False))]


# verbs that make "minutes" the record of a meeting ("minutes released on Thursday showed")
_MINUTES_DOCUMENT = {"released", "published", "show", "showed", "shows", "said", "say", "says",
                     "revealed", "indicated", "suggest", "suggested"}


@rule("vague_duration", r"(?P<x>(?:(?P<pre>recent|the\s+past|the\s+last|the\s+coming|the\s+next|the\s+previous|these|those|many|several|the)\s+)?(?P<unit>years|months|weeks|days|decades|hours|minutes|centuries))(?![\w-])")
def _vague_duration(m, text):
    if _unit_in_name(text, m.start("unit")):
        return None
    pre = re.sub(r"\s+", " ", (m["pre"] or "").lower())
    unit_w = m["unit"].lower()
    unit, is_time, mult = UNITS[unit_w]
    prev = _words_before(text, m.start(), 1)
    nxt = _word_after(text, m.end()).lower()
    if unit_w == "minutes" and (nxt in _MINUTES_DOCUMENT or (prev == ["in"] and nxt in ("of", "from"))):
        return None  # "said in minutes released on Thursday": the record of a meeting
    if pre == "these" and unit_w == "days":
        return lambda ctx, s, e: Resolved("DATE", "PRESENT_REF", None, "dct", "'these days' = now", sets_reference=False)
    if pre in ("these", "those"):
        return None
    if pre == "the" and (not prev or prev[0] not in ("over", "through") or unit_w not in ("years", "decades", "centuries", "months")
                         or nxt in ("of", "since", "before", "after", "that", "when", "ahead", "to")):
        return None  # "over the years": an unspecified number of years; not "over the years of war"
    if not pre:
        prev3 = _words_before(text, m.start(), 3)
        if prev and prev[0] == "be" and nxt in ("before", "until"):
            pass  # "it could be weeks before the bridge reopens"
        elif (prev3[-2:-1] and prev3[-1] == "back" and prev3[-2] in _GOES_BACK
              and nxt not in _NON_DURATION_AFTER | {"before", "after", "of", "to"}):
            pass  # "a feud that dates back centuries", "going back decades"
        elif not prev or prev[0] not in ("for", "within", "over", "in", "after", "took", "take", "takes", "lasted", "last",
                                         "spend", "spends", "spent", "spending", "waited") \
                and not (prev[0] in _AFTER_SPAN_OF and nxt == "of"):
            return None
        elif prev[0] in ("for", "within", "took", "take", "takes", "lasted") and nxt in ("of", "or", "and", "to"):
            pass  # "within hours of the attack", "for weeks or months", "took years to build"
        elif prev[0] in _AFTER_SPAN_OF and nxt == "of":
            pass  # "follows months of twists and turns" (TimeBank: PXM), "ended weeks of fighting"
        elif nxt in ("of", "ago", "earlier", "later", "old", "before", "after", "and", "or", "to", "past", "-"):
            return None
    if nxt in ("ago", "old"):
        return None
    # ISO 8601: the time designator comes before the number ("hours" = PTXH, not PXTH)
    value = "P" + ("T" if is_time else "") + "X" + ("Y" if mult > 1 else unit)
    if unit == "Y" and mult == 100:
        value = "PXC"
    elif unit == "Y" and mult == 10:
        value = "PXE"
    if pre == "recent" and unit_w == "years":
        return lambda ctx, s, e: Resolved("DATE", "PAST_REF", None, "dct", "'recent years' = the past", sets_reference=False)
    return lambda ctx, s, e: Resolved("DURATION", value, None, "absolute", f"an unspecified number of {unit_w}", sets_reference=False)


@rule("the_past_unit", r"(?P<x>(?:(?P<dmod>at\s+least|nearly|almost|more\s+than|about)\s+)?the\s+(?P<rel>past|last|previous|next|coming|first|final|whole|entire|full)\s+(?P<unit>year|month|week|fortnight|day|decade|century|quarter|hour))(?![\w-])")
def _the_past_unit(m, text):
    unit_w = m["unit"].lower()
    rel = m["rel"].lower()
    unit, is_time, mult = UNITS[unit_w]
    nxt = _word_after(text, m.end()).lower()
    if nxt in ("of", "-", "'s") or re.match(r"\d", nxt):
        return None
    if rel == "first" or rel == "final":
        return None
    value = _duration_value(1, unit, is_time, mult)
    mod = _dur_mod(m["dmod"])
    if rel == "full" and unit_w == "year" and not mod:
        # "earnings for the full year": the (fiscal) year being reported, a DATE like "the year"
        return _period_of_reference("Y", "the full year")
    if rel in ("whole", "entire", "full"):
        return lambda c, s, e: Resolved("DURATION", value, mod, "absolute", f"a whole {unit_w}", sets_reference=False)

    prev = _words_before(text, m.start(), 1)
    # "signed a ceasefire in February 2012, but it collapsed the next month": with no
    # preposition of extent before it, the next unit of a story told in the past is a date
    story_next = rel == "next" and unit_w in ("year", "month", "week") and not mod \
        and not (prev and prev[0] in _DURATION_PREPOSITIONS | {"the", "a", "this", "that"})

    def fn(ctx, s, e):
        if story_next and ctx.ref_value and ctx.tense(s, e).label == "past":
            r = _relative_unit_value(ctx, s, e, "following", unit)
            if r is not None:
                return Resolved("DATE", r[0], None, "reference", r[1])
        rs = rend = None
        if ctx.dct is not None and is_time and unit in ("H", "M") and rel in ("past", "last", "previous"):
            rs, rend = _past_hours_range(ctx, mult * (60 if unit == "H" else 1))
        # (not "the last quarter": a calendar quarter, the previous one or a year's fourth, never
        # the three months up to the page's day)
        if ctx.dct is not None and not is_time and unit_w != "quarter":
            u = unit
            d0 = A.shift_date(ctx.dct, u, -mult if rel in ("past", "last", "previous") else mult)
            if d0:
                rs, rend = (A.day(d0), ctx.dct_value) if rel in ("past", "last", "previous") else (ctx.dct_value, A.day(d0))
        return Resolved("DURATION", value, mod, "dct" if rs else "absolute",
                        f"the {unit_w} {'up to' if rel in ('past', 'last', 'previous') else 'from'} the DCT", rs, rend, sets_reference=False)
    return fn
