"""The prefilter: where in a text each rule can match at all.

Every rule's match contains at least one *trigger*: a word it cannot do without (a month
name for the month rules, a unit word for the durations, a digit for the numeric dates, ...).
One cheap scan of the lower-cased text finds all triggers; each rule's (expensive) regex is
then run only in short windows around its own triggers instead of over the whole text.

The result is the same as running every rule over the whole text (``candidates_full``): the
windows are wide enough for the longest match around a trigger (``BEFORE`` characters from the
start of the match to the trigger, ``AFTER`` from the trigger to the end of the match), the
scan keeps the non-overlapping, leftmost order of ``finditer``, and texts where that could
fail (a very long run of white space, a lower-casing that changes the length) are scanned in
full. tests/test_temporal_prefilter.py checks the equality on word salad.
"""

from __future__ import annotations

import bisect
import re

# trigger words, lower case, matched anywhere (also inside longer words: "day" in "Monday"),
# so each list is a superset of what the rule needs.
_DIGIT = ["<digit>"]
_MONTH = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec", "janaury", "januray", "febuary", "feburary", "febraury",
          "septemper", "setpember", "ocotber", "novemeber", "decemeber"]
_WEEKDAY = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]
_UNIT = ["second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter", "year", "decade",
         "centur", "millenni"]
_POD = ["morning", "afternoon", "evening", "night", "noon", "midnight", "midday"]

# rule -> (trigger words, BEFORE, AFTER). BEFORE: the most characters from the start of a
# match to its trigger; AFTER: from the end of the trigger to the end of the match. Both are
# the longest the pattern allows with white-space runs of up to 3 characters (longer runs make
# zones() scan the whole text), with some room to spare.
TRIGGERS: dict[str, tuple[list[str], int, int]] = {
    "iso_date": (_DIGIT, 0, 30),
    "numeric_date": (_DIGIT, 0, 12),
    "month_day_year": (_MONTH, 30, 30),
    "day_month_year": (_MONTH, 45, 25),
    "day_mon_year_hyphens": (_MONTH, 5, 10),
    "month_day": (_MONTH, 60, 15),
    "day_month": (_MONTH, 45, 10),
    "month_year": (_MONTH, 40, 20),
    "ordinal_day_month": (_MONTH, 65, 20),
    "day_of_relative_month": (["month"], 45, 10),
    "month": (_MONTH, 60, 10),
    "year": (_DIGIT, 55, 10),
    "year_range": (_DIGIT, 0, 20),
    "year_fiscal_year": (_DIGIT, 10, 25),
    "decade": (_DIGIT + ["twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                         "eighties", "nineties"], 45, 10),
    "century": (["centur"], 60, 10),
    "spelled_year": (["nineteen", "thousand"], 35, 25),
    "day_range": (_MONTH, 60, 15),
    "month_day_range": (_MONTH, 5, 30),
    "month_part": (_MONTH, 60, 12),
    "month_day_pair": (_MONTH, 5, 40),
    "night_range": (_WEEKDAY, 30, 25),
    "weekday": (_WEEKDAY, 45, 22),
    "nth_weekday_of_month": (_WEEKDAY, 20, 30),
    "weekday_nights": (_WEEKDAY, 5, 20),
    "weekday_plural": (_WEEKDAY, 10, 10),
    "relative_day": (["today", "yesterday", "tomorrow", "tonight"], 75, 15),
    "this_part_of_day": (_POD, 20, 10),
    "part_of_day": (["morning", "afternoon", "evening"], 40, 15),
    "overnight": (["overnight"], 0, 10),
    "clock_time": (["a.", "p.", "am", "pm", "noon", "midnight", "midday", "morning", "afternoon",
                    "evening", "night", ":", "gmt", "utc", "local", "hrs", "hour",
                    "h0", "h1", "h2", "h3", "h4", "h5"], 70, 70),
    "day_at_clock": (_WEEKDAY, 20, 20),
    "oclock": (["clock"], 40, 35),
    "reference_word": (["now", "nowadays", "current", "present", "moment", "recent", "formerly", "past",
                        "lately", "previous", "future", "soon", "shortly", "day", "term",
                        "later"], 20, 20),
    "relative_unit": (_UNIT, 45, 10),
    "unit_before_last": (["last", "next"], 30, 5),
    "relative_month": (_MONTH, 35, 10),
    "season": (["spring", "summer", "autumn", "winter", "fall"], 40, 15),
    "edge_of_year": (_UNIT, 30, 10),
    "quarter": (["quarter", "half", "period"], 55, 35),
    "month_span_quarter": (["quarter", "period"], 45, 10),
    "the_quarter": (["quarter", "period"], 35, 10),
    "quarter_abbreviation": (["q1", "q2", "q3", "q4", "h1", "h2"], 0, 15),
    "year_earlier": (["year"], 25, 30),
    "year_period": (["quarter", "period"], 35, 10),
    "ago": (["ago", "earlier", "later", "before", "after", "now", "hence", "previously", "back"],
            65, 10),
    "plural_ago": (["ago"], 15, 5),
    "reference_day": (["day", "morning", "evening", "night", "afternoon"], 25, 15),
    "the_unit": (_UNIT, 20, 10),
    "duration": (_UNIT, 75, 10),
    "duration_range": (_UNIT, 75, 10),
    "vague_duration": (_UNIT, 20, 10),
    "long_adjective": (_UNIT, 40, 10),
    "the_past_unit": (_UNIT, 30, 10),
    "frequency_word": (["hourly", "daily", "nightly", "weekly", "biweekly", "fortnightly", "monthly", "yearly", "annually",
                        "semiannually", "semi-annually"], 10, 10),
    "every_unit": (["every", "each"], 0, 40),
    "per_unit": (_UNIT + ["annum"], 20, 10),
    "weekends": (["weekend"], 15, 10),
    "holiday": (["day", "christmas", "year", "halloween", "thanksgiving", "easter", "friday",
                 "sunday", "wednesday", "pentecost"], 65, 20),
    "nine_eleven": (["/"], 5, 10),
    "fraction_duration": (["half", "quarter", "½", "¼", "¾", "/"], 55, 25),
    "compound_duration": (_UNIT, 75, 80),
    "month_relative_year": (_MONTH, 45, 40),
    "year_end": (["year"], 10, 20),
    "coming_units": (_UNIT, 30, 20),
    "a_while": (["while", "time"], 30, 10),
}

# room for a lookahead after the end of a match
LOOKAHEAD = 60
# a text with a run of 4 or more white-space characters is scanned in full (the margins
# assume shorter runs)
_LONG_SPACE = re.compile(r"\s{4,}")
_PUNCT = re.compile(r"[^\w\s]")
_DIGITS = re.compile(r"\d+")


# trigger words that must end where the word ends (a month name: not "marching", "decline")
_WHOLE = set(_MONTH) | {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
                        "now", "each", "past", "ago", "am", "pm"}
_SYMBOLS = {"½", "¼", "¾", "/", ":"}


def _trie(alts: list[tuple[str, str]]) -> str:
    """An alternation of (word, regex) grouped by first letter, longest first: with a literal
    first character the regex engine can skip the positions that cannot start a trigger."""
    by: dict[str, list[tuple[str, str]]] = {}
    for w, rx in alts:
        by.setdefault(w[0], []).append((w, rx))
    parts = []
    for c, group in sorted(by.items()):
        group.sort(key=lambda a: (-len(a[0]), a[0]))
        parts.append(re.escape(c) + "(?:" + "|".join(rx[len(re.escape(c)):] for _, rx in group) + ")")
    return "|".join(parts)


def build(rule_names: list[str]):
    """(word trigger regex, digit/symbol trigger regex, {trigger text: rule indexes},
    digit rule indexes, margins).

    Word triggers are matched at the start of a word (not after a letter), symbols and digits
    anywhere; a word trigger may be a prefix of a longer word ("day" in "days") unless it is
    in _WHOLE."""
    words: set[str] = set()
    for name in rule_names:
        words.update(w for w in TRIGGERS.get(name, ([], 0, 0))[0] if w != "<digit>")
    symbols = sorted(words & _SYMBOLS)
    atoms = sorted(words - _SYMBOLS)
    alts = [(w, re.escape(w) + ("(?![a-z])" if w in _WHOLE else "")) for w in atoms]
    word_rx = re.compile(r"(?<![a-z])(?:" + _trie(alts) + ")")
    other_rx = re.compile("[" + "".join(re.escape(c) for c in symbols) + "]") if symbols else None
    by_atom: dict[str, tuple[int, ...]] = {}
    # every text the trigger regexes can return, and the rules with a trigger inside it
    for atom in atoms + symbols:
        by_atom[atom] = tuple(i for i, n in enumerate(rule_names) if n in TRIGGERS
                              and any(w != "<digit>" and w in atom for w in TRIGGERS[n][0]))
    digit_rules = tuple(i for i, n in enumerate(rule_names) if n in TRIGGERS and "<digit>" in TRIGGERS[n][0])
    # a rule without an entry in TRIGGERS is run over the whole text
    margins = [(TRIGGERS[n][1], TRIGGERS[n][2]) if n in TRIGGERS else None for n in rule_names]
    return word_rx, other_rx, by_atom, digit_rules, margins


def zones(text: str, prefilter) -> list[list[tuple[int, int, int]]] | None:
    """For each rule, its zones (first start, last start, end position) in text: a match of the
    rule can only start between the first two and end before the third. None: scan all."""
    word_rx, other_rx, by_atom, digit_rules, margins = prefilter
    low = text.lower()
    if len(low) != len(text) or _LONG_SPACE.search(text):
        return None
    groups: dict[tuple[int, ...], list[tuple[int, int]]] = {}
    for m in word_rx.finditer(low):
        key = by_atom[m.group()]
        if key in groups:
            groups[key].append(m.span())
        else:
            groups[key] = [m.span()]
    for m in _DIGITS.finditer(low):
        if digit_rules in groups:
            groups[digit_rules].append(m.span())
        else:
            groups[digit_rules] = [m.span()]
    for m in (other_rx.finditer(low) if other_rx is not None else ()):
        key = by_atom[m.group()]
        if key in groups:
            groups[key].append(m.span())
        else:
            groups[key] = [m.span()]
    hits: list[list[tuple[int, int]]] = [[] for _ in margins]
    for key, spans in groups.items():
        for i in key:
            hits[i].extend(spans)
    for hs in hits:
        hs.sort()  # a group holds word and symbol triggers, each found in its own scan
    n = len(text)
    # the end position of a zone: just after the first punctuation at or after its end (a
    # lookahead over words and spaces stops there), or the end of the text
    stops = [m.end() for m in _PUNCT.finditer(text)]
    stops.append(n)
    out: list[list[tuple[int, int, int]]] = []
    bisect_left = bisect.bisect_left
    for i, hs in enumerate(hits):
        if margins[i] is None:
            out.append([(0, n, n)])
            continue
        if not hs:
            out.append([])
            continue
        before, after = margins[i]
        after += LOOKAHEAD
        res: list[tuple[int, int, int]] = []
        a = b = c = -1
        for s, e in hs:
            if a >= 0 and s - before <= b + 1:
                b = s
                if e + after > c:
                    c = e + after
            else:
                if a >= 0:
                    res.append((a, b, stops[bisect_left(stops, c + 1)] if c < n else n))
                a, b, c = (s - before if s > before else 0), s, e + after
        res.append((a, b, stops[bisect_left(stops, c + 1)] if c < n else n))
        out.append(res)
    return out
