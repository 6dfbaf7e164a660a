"""The prefilter (generator/temporal/prefilter.py) must not change what the rules find: running
each rule only around its trigger words gives exactly the candidates of a full scan."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from generator.temporal import rules as R
from generator.temporal.prefilter import TRIGGERS

WORDS = ["on", "Wednesday", "Wed.", "May", "may", "march", "March", "Sept.", "since", "6", "2020",
         "the", "last", "week", "three", "years", "ago", "between", "10", "and", "15", "October",
         "night", "Tuesday", "to", "3", "p.m.", "5pm", "noon", "1/2", "½", "we", "1990s", "'90s",
         "31", "February", "-", ",", ".", "early", "mid-", "mid", "the 1990s", "quarter", "third",
         "every", "each", "day", "days", "\n", "\n\n", "’s", "year-earlier", "year-end",
         "Thanksgiving", "Easter", "Good", "Friday", "and a half", "half an", "hour", "June",
         "two-year", "a", "after", "later", "coming", "months", "annually", "ended", "fiscal",
         "now", "currently", "recently", "these", "the past", "future", "for", "a while",
         "some time", "nineteen", "ninety-six", "two thousand", "century", "21st", "today",
         "yesterday", "morning", "this", "next", "previous", "following", "that", "FY1990",
         "first-half", "per", "times", "$5", "%", "spring", "fall", "Christmas", "Eve", "New",
         "day-long", "decades-long", "three-month-long", "near", "short", "term", "date", "business",
         "Year's", "Day", "twenties", "several", "more than", "about", "no", "than", "the day",
         "in the", "afternoon", "evening", "at", "o'clock", "11", "or", "Jan.", "&", "24", "(1830",
         "GMT)", "18:30", "0830", "UTC", "local time", "hrs", ":", "8:30", "fortnight", "fortnightly",
         "weekends", "weekend", "5%", "quarters of an", "of a", "1.5", "some", "couple of", "follows",
         # the rules of rounds 10-13
         "overnight", "the morning", "mid-morning", "Q4", "H1", "FY21", "o'clock", "IST", "9/11", "attacks",
         "Election", "Republicans", "1441", "AH", "15h30", "12-Oct-2019", "Oct", "Monday", "the month of",
         "October-December", "period", "2nd", "Saturday", "of", "December", "the 1800s", "2011's",
         "2013-03-21T09:30:00Z", "2013-03-21 14:05", "two to three", "10-15", "close to", "well over",
         "under", "a maximum of", "dates back", "centuries", "once", "per annum", "miles an hour", "kicks off",
         "midnight on", "late January", "before the summer", "summer", "BST", "\n2019\n", "April:",
         "– 12 civilians", "(Tuesday)", "24.10.2019", "closes", "biweekly", "semi-annually", "usually",
         "curfew", "postponed to", "January 15", "Christmas Eve", "SH", "district", "Brigade"]


def _key(cands):
    return sorted((c.start, c.end, c.rule) for c in cands)


def check(text: str) -> None:
    assert _key(R.candidates(text)) == _key(R.candidates_full(text))


def test_every_rule_has_triggers():
    assert {r.name for r in R.RULES} <= set(TRIGGERS)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=60), st.sampled_from([" ", "  ", " ", "\t"]))
def test_prefilter_equals_full_scan_on_word_salad(words, sep):
    check(sep.join(words))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_prefilter_equals_full_scan_on_any_text(text):
    check(text)


def test_prefilter_examples():
    for text in ["The ministry said on Wednesday it had met since March 6.",
                 "Profit rose in the third quarter from a year ago, and no more than the next "
                 "several consecutive days later it fell 5 1/2 hours after 3:30 p.m. EST, Nov. 6.",
                 "In mid-March 1998, the 1990s ended; the night of Tuesday to Wednesday; "
                 "between 10 and 15 October 2020; FY1990; the day before yesterday's talks",
                 "March" + " " * 10 + "6, 2020 and   three    years ago",
                 "İstanbul, March 6: two years ago",
                 "At 9 o'clock in the evening on April 24 and 25, 1999, or around 11 at night",
                 # word and symbol triggers of one rule ("p.", ":" and "gmt" of clock_time)
                 "at 8:30 p.m. (1830 GMT) on Tuesday, and at 18:30 local time",
                 # a word that starts with a whole-word trigger ("now" in "nowadays")
                 "NOWADAYS", "Nowadays the town is calm"]:
        check(text)


def test_frequency_words_with_a_prefix_are_triggers_too():
    # found by the property test above: a trigger must start where the word starts
    for text in ("biweekly", "a semiannually paid coupon", "paid semi-annually"):
        check(text)
