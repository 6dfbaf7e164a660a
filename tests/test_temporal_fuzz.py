"""tag() must never raise, and what it returns must always be well-formed."""

from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from generator.temporal import infer_publication_date, stated_publication_date, tag

WORDS = ["on", "Wednesday", "May", "march", "since", "March", "6", "2020", "the", "last", "week",
         "three", "years", "ago", "between", "10", "and", "15", "October", "night", "Tuesday", "to",
         "3", "p.m.", "1/2", "Base", "46", "we", "9999", "0000", "31", "February", "29", "-", ",",
         "early", "mid-", "the 1990s", "quarter", "third", "every", "day", "\n", "’s", "year-earlier",
         "Thanksgiving", "Easter", "Good", "Friday", "and a half", "half an", "hour", "year-end", "June",
         "two-year", "5", "a", "ago", "after", "coming", "months", "annually", "ended", "fiscal"]


def check(text: str, dct):
    found = tag(text, dct)
    prev_end = -1
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert t.text == text[t.start:t.end]
        assert t.start >= prev_end
        prev_end = t.end
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        for v in (t.value, t.range_start or "", t.range_end or ""):
            m = re.match(r"(\d{4})", v)
            if m:
                assert 1 <= int(m.group(1)) <= 9999
        assert t.anchor in ("absolute", "dct", "reference", "unresolved")
        t.to_json()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.sampled_from([None, "2020-06-06", "0001-01-01", "9999-12-31", "garbage"]))
def test_tag_never_raises_on_any_text(text, dct):
    check(text, dct)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40), st.sampled_from([None, "2020-06-06", "0001-01-03", "9999-12-30"]))
def test_tag_never_raises_on_date_like_word_salad(words, dct):
    check(" ".join(words), dct)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400), st.integers(min_value=-5, max_value=500))
def test_publication_functions_never_raise(text, n):
    stated_publication_date(text, n)
    infer_publication_date(text, n)


def test_edge_inputs():
    for text in ["", "\x00\xff\ufffd" * 50, "2020" * 1000, "March " * 5000, "x" * 100_000,
                 "on Wednesday " * 3000]:
        check(text, "2020-06-06")
    assert tag(None, "2020-06-06") == []  # type: ignore[arg-type]


def test_long_single_line_is_fast():
    import time
    text = ("Fighting resumed on Wednesday, three days after the March 6 truce; " * 1500)[:100_000]
    t0 = time.perf_counter()
    check(text, "2020-06-06")
    assert time.perf_counter() - t0 < 10
