"""Reference words: "now", "currently" (PRESENT_REF), "recently" (PAST_REF), "the future",
"soon" (FUTURE_REF)."""

from __future__ import annotations

import re

from .base import Resolved, rule
from .helpers import _word_after, _words_before


_REF_WORDS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "then current": "PAST_REF", "nowadays": "PRESENT_REF", "at present": "PRESENT_REF",
    "presently": "PRESENT_REF", "these days": "PRESENT_REF", "the present": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "the moment": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF",
    "the past": "PAST_REF", "lately": "PAST_REF", "once": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "soon": "FUTURE_REF",
    "shortly": "FUTURE_REF", "future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "a later date": "FUTURE_REF",
}


# words that cannot be the noun an adjective "current" modifies: after them "current" is itself
# the noun (of water, electricity, a political trend)
_NOT_A_NOUN = {"was", "is", "were", "are", "has", "had", "have", "will", "would", "could", "can",
               "may", "might", "must", "should", "in", "on", "at", "from", "into", "to", "by", "with",
               "that", "which", "who", "swept", "pulled", "carried", "within", "inside", "among"}


@rule("reference_word", r"(?P<x>the\s+(?:near|short)\s+term|a\s+later\s+date|right\s+now|now|currently|then[\s-]+current|current|nowadays|at\s+present|presently|these\s+days|"
                        r"the\s+present(?!\s+(?:tense|case|value|situation|system))|the\s+moment|recently|recent|formerly|"
                        r"the\s+past|lately|previously|the\s+(?:near\s+|distant\s+)?future|soon|shortly)(?![\w-])")
def _reference_word(m, text):
    w = re.sub(r"[\s-]+", " ", m["x"].lower()) if m["x"].lower().startswith("then") else re.sub(r"\s+", " ", m["x"].lower())
    if w == "the distant future":
        w = "the future"
    prev = _words_before(text, m.start(), 2)
    nxt = _word_after(text, m.end()).lower()
    if w == "the moment":
        if not prev or prev[-1] != "at":
            return None
    if w == "previously" and not re.search(r"(?:^|[.!?\n]\s*|[\"“]\s*)$", text[max(0, m.start() - 3):m.start()]):
        return None  # "a previously announced deal" is not annotated; sentence-initial "Previously," is
    if w in ("soon", "shortly") and (prev[-1:] == ["as"] or nxt in ("as", "after", "before", "thereafter")):
        return None
    if w in ("current", "recent", "then current"):
        # adjectives: only before a noun ("current account" is a term, not a time)
        if nxt in ("account", "accounts", "affairs", "events", "account's", "and", "or", "assets",
                   "liabilities", "of", "flowing", "flows", "through"):
            return None
        if not re.match(r"[a-z]", nxt):
            return None
        if w in ("current", "then current") and nxt in _NOT_A_NOUN:
            return None  # the noun: "a strong current pulled ...", "the current was cut"
    if w == "the past" and re.match(r"\d|(?:few|several|two|three|four|five|six|seven|eight|nine|ten|"
                                    r"year|month|week|day|decade|century|quarter|hour)", nxt):
        return None
    if w == "the present" and nxt not in ("", "day") and re.match(r"[a-z]", nxt) and nxt not in ("and", "is", "was"):
        return None
    value = _REF_WORDS.get(w, "PRESENT_REF")

    def fn(ctx, s, e):
        return Resolved("DATE", value, None, "dct" if ctx.dct else "unresolved",
                        f"'{w}' refers to {'the time of writing' if value == 'PRESENT_REF' else ('the past' if value == 'PAST_REF' else 'the future')}",
                        sets_reference=False)
    return fn
