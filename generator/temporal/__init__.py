"""Temporal engine: recognition and normalisation of temporal expressions (TIMEX3) in English
news, and the publication date of an article.

House rule: dates are honest. A value carries exactly the precision the text supports;
relative expressions are resolved against the document creation time (DCT, the publication
date) or a date mentioned earlier; without a DCT they stay unresolved (X placeholders).

Public API:
    tag(text, dct) -> list[Timex]
    timexes_as_json_lines(text, dct) -> list[str]
    stated_publication_date(text, header_end) -> PublicationDate | None
    infer_publication_date(text, body_start, known=()) -> PublicationDate
    alone_on_line(text, start, end) -> bool   (a date heading or a time stamp on a line of its own)
See docs/temporal.md.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

__all__ = ["Timex", "tag", "timexes_as_json_lines", "PublicationDate", "KnownDate",
           "stated_publication_date", "infer_publication_date", "alone_on_line"]


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    rule: str = ""
    anchor: str = ""
    explanation: str = ""
    range_start: str | None = None
    range_end: str | None = None

    def to_json(self) -> dict:
        d: dict = {"start": self.start, "end": self.end, "text": self.text, "type": self.type,
                   "value": self.value}
        if self.mod is not None:
            d["mod"] = self.mod
        if self.range_start is not None:
            d["range_start"] = self.range_start
        if self.range_end is not None:
            d["range_end"] = self.range_end
        d["anchor"] = self.anchor
        d["rule"] = self.rule
        d["explanation"] = self.explanation
        return d


def tag(text: str, dct: str | None) -> list[Timex]:
    """All temporal expressions in text, sorted by start, non-overlapping.

    dct is 'YYYY-MM-DD' or None (unknown publication date: relative expressions then get values
    with X placeholders and anchor 'unresolved', never a guessed date). Never raises.
    The result of the last few calls is kept: tagging the same text with the same DCT again
    (publication-date inference, extraction, the dates command) costs nothing."""
    if not isinstance(text, str):
        return []
    dct = dct if isinstance(dct, str) else None
    if len(text) <= _CACHE_MAX_CHARS:
        return list(_tag_cached(text, dct))
    return list(_tag(text, dct))


_CACHE_MAX_CHARS = 200_000


@lru_cache(maxsize=64)
def _tag_cached(text: str, dct: str | None) -> tuple[Timex, ...]:
    return _tag(text, dct)


def _tag(text: str, dct: str | None) -> tuple[Timex, ...]:
    from .engine import run
    try:
        tagged = run(text, dct)
    except RecursionError:  # pragma: no cover - defensive
        return ()
    out = []
    for t in tagged:
        r = t.res
        out.append(Timex(t.start, t.end, text[t.start:t.end], r.type, r.value, r.mod, t.rule,
                         r.anchor, r.explanation, r.range_start, r.range_end))
    return tuple(out)


def timexes_as_json_lines(text: str, dct: str | None) -> list[str]:
    """The lines printed by `chronology dates`: one JSON object per timex."""
    return [json.dumps(t.to_json(), ensure_ascii=False) for t in tag(text, dct)]


@dataclass(frozen=True)
class PublicationDate:
    value: str | None
    basis: str
    evidence: str
    confidence: float
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class KnownDate:
    names: tuple[str, ...]
    date: str
    label: str


def stated_publication_date(text: str, header_end: int) -> PublicationDate | None:
    """A publication date stated in the header/byline (text[:header_end]) or on a standalone
    dateline line; never from a photo caption or a body sentence. None when there is none."""
    from .publication import stated
    return stated(text, header_end)


def infer_publication_date(text: str, body_start: int, known: Sequence[KnownDate] = ()) -> PublicationDate:
    """Infer a publication date from evidence in the text when none is stated; basis 'unknown'
    (value None, or only the certain year/month) when the evidence does not pin it."""
    from .publication import infer
    return infer(text, body_start, known)


def alone_on_line(text: str, start: int, end: int) -> bool:
    """text[start:end] is all its line holds, apart from heading marks ("## ", "**", a colon): a
    day heading or a live blog's time stamp, as the engine reads them."""
    from .rules.helpers import _alone_on_line
    return _alone_on_line(text, start, end)
