"""Issue 7, fuzzing: the ingester (decode_article, read_article_text, analyse), the temporal
engine through its public API (tag) and the YAML reader (parse_yaml, validate) on random and
adversarial input: no exception other than the documented ones, no date outside years 1 to
9999, no span outside the text.

A small budget runs by default; set CHRONOLOGY_FUZZ_EXAMPLES (e.g. 5000) for a long run:
    CHRONOLOGY_FUZZ_EXAMPLES=5000 .venv/bin/pytest -q tests/test_fuzz.py
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from generator.ingest import ArticleProblem, analyse, decode_article, html_to_text, read_article_text
from generator.store import YamlProblem, parse_yaml
from generator.temporal import tag

EXAMPLES = int(os.environ.get("CHRONOLOGY_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))

# Pieces of real articles: dates, relative expressions, numbers, chrome, markup, odd spacing.
PIECES = ["on Wednesday", "March 6", "6 June 2020", "2020-06-06", "last week", "three years ago", "since",
          "between 10 and 15 October", "the 1990s", "mid-", "early", "9999", "0000", "0001", "10000", "-1",
          "February 29", "31 April", "12/31/2019", "1/2", "p.m.", "Read 295 times", "Share", "Photo: AFP",
          "IDLIB, Syria (North Press) –", "Translated by Enab Baladi", "By John Smith", "Saraqib", "Idlib",
          "Government forces shelled the town.", "\n", "\n\n", "\r\n", "\t", " ", "  ", ".", ",", "’s", "“", "”",
          "<p>", "</p>", "<script>", "</script>", "&amp;", "<!DOCTYPE html>", "\u2028", "\x0c", "\ufeff", "ﬁ", "İ"]
ARTICLE_TEXT = st.one_of(
    st.text(max_size=600),
    st.lists(st.sampled_from(PIECES), max_size=80).map(" ".join),
    st.lists(st.sampled_from(PIECES), max_size=80).map("".join),
)
DCT = st.sampled_from([None, "2020-06-06", "0001-01-01", "9999-12-31", "2020-02-29", "garbage", ""])


def _year_ok(value: str | None) -> bool:
    if not value:
        return True
    m = re.match(r"^(-?)(\d{4,})", value)
    return not m or (not m.group(1) and len(m.group(2)) == 4 and 1 <= int(m.group(2)) <= 9999)


def _check_tags(text: str, dct) -> None:
    for t in tag(text, dct):
        assert 0 <= t.start < t.end <= len(text), (t.start, t.end, len(text))
        assert t.text == text[t.start:t.end]
        for value in (t.value, t.range_start, t.range_end):
            assert _year_ok(value), (value, t.text)


@FUZZ
@given(ARTICLE_TEXT, DCT)
def test_tag_returns_spans_inside_the_text_and_years_1_to_9999(text, dct):
    _check_tags(text, dct)


@FUZZ
@given(st.binary(max_size=3000))
def test_decode_article_returns_text_or_says_why_not(data):
    try:
        text = decode_article(data)
    except ArticleProblem as problem:
        assert str(problem)
        return
    assert "\r" not in text and "\x00" not in text


@FUZZ
@given(ARTICLE_TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")) | st.binary(max_size=2000),
       st.sampled_from([".txt", ".html", ".md"]))
def test_read_article_text_on_any_file_gives_text_or_an_article_problem(data, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"a{suffix}"
        path.write_bytes(data)
        try:
            text = read_article_text(path)
        except ArticleProblem:
            return
        assert isinstance(text, str) and "\r" not in text


@FUZZ
@given(ARTICLE_TEXT)
def test_analyse_gives_verbatim_sentences_inside_the_text(text):
    try:
        article = analyse(text, "fuzz", "seeds/fuzz.txt")
    except ArticleProblem:
        assert not text.strip()
        return
    assert isinstance(article.title, str)
    for block in article.blocks:
        assert 0 <= block.start <= block.end <= len(text)
    for sentence in article.sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)
        assert sentence.text == text[sentence.start:sentence.end]
        _check_tags(sentence.text, "2020-06-06")


TAG_SOUP = ["<p>", "</p>", "<div>", "<script>", "</script>", "<!--", "-->", "<br>", "<title>", "</title>", "<![CDATA[",
            "]]>", "&", "&#", "&#x110000;", "&amp", "<", ">", "text", "\n", "<svg>", "</svg>", "<a href='x'>", "</a>", "'", '"']
PLAIN_MARKUP = ["<p>", "</p>", "<div>", "<br>", "&amp;", "&#", "&#x110000;", "text", "\n", "<a href='x'>", "</a>", "'", '"', " "]


@FUZZ
@given(st.lists(st.sampled_from(TAG_SOUP), max_size=100).map("".join))
def test_html_to_text_never_raises_on_tag_soup(markup):
    """Unterminated comments or CDATA, bad entities: text out, never an exception. (What is
    left of an unterminated declaration is text, escaped like any text on the page.)"""
    text = html_to_text(markup)
    assert isinstance(text, str) and "\r" not in text


@FUZZ
@given(st.lists(st.sampled_from(PLAIN_MARKUP), max_size=40).map("".join),
       st.lists(st.sampled_from(TAG_SOUP), max_size=40).map("".join))
def test_html_to_text_drops_a_closed_script_whatever_follows(before, after):
    text = html_to_text(before + "<script>window.secret()</script><style>.secret{}</style>" + after)
    assert "secret" not in text


YAML_PIECES = ["id: x\n", "name: ", "- ", "[", "]", "{", "}", ": ", "&a ", "*a ", "!!python/object ", "<<: ", "? ",
               "'", '"', "\\0", "\\ud800", "\t", "\n", "  ", "---\n", "...\n", "%YAML 1.1\n", "#", "|\n", ">\n",
               "2020-02-30", ".nan", ".inf", "0x1F", "1e999", "~", "null", "yes", "x", ",", "\ufeff", "\x85"]


@FUZZ
@given(st.one_of(st.text(max_size=300), st.lists(st.sampled_from(YAML_PIECES), max_size=60).map("".join)))
def test_parse_yaml_returns_data_or_a_yaml_problem_with_a_line(text):
    try:
        parse_yaml(text)
    except YamlProblem as problem:
        assert problem.line >= 1 and problem.message


def test_long_inputs_stay_fast():
    import time

    started = time.perf_counter()
    _check_tags(("Fighting resumed on Wednesday, three days after the March 6 truce; " * 1500)[:100_000], "2020-06-06")
    analyse("A headline of several Words\n\n" + "word " * 20_000, "x", "x")
    html_to_text("<p>" * 50_000 + "<!--" * 10_000)
    try:
        parse_yaml("[" * 100_000)
    except YamlProblem:
        pass
    assert time.perf_counter() - started < 30
