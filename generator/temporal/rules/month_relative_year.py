"""A month (and day) with a relative year: "June last year", "5 March this year", "April next
year", "in March of that year"."""

from __future__ import annotations

import re

from .. import anchor as A
from ..lexicon import DAY_RE, MONTH_RE
from .base import Resolved, rule
from .helpers import _POINT_MOD_RE, _day_num, _month_num, _point_mod, _unresolved


@rule("month_relative_year", rf"(?P<x>{_POINT_MOD_RE}?(?:(?:the\s+)?(?P<d1>{DAY_RE})\s+(?:of\s+)?)?(?P<mon>{MONTH_RE})(?:\s*(?P<d2>{DAY_RE}))?,?\s+(?:of\s+)?"
                             rf"(?P<rel>last|this|next|the\s+following|the\s+previous|the\s+same|that|the\s+past|the\s+current)\s+year)(?![\w'’-])", priority=4)
def _month_relative_year(m, text):
    mo = _month_num(m["mon"])
    dd = m["d1"] or m["d2"]
    d = _day_num(dd) if dd else None
    if d and not A.safe_date(2000, mo, d):
        return None
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    if rel in ("the past", "the current") and not re.search(r"\bof\s+the\s+\w+\s+year$", m["x"], re.I):
        return None  # "in June, the past year's worst month": only "June of the past year" says the year
    n = {"last": -1, "this": 0, "next": 1, "the following": 1, "the previous": -1, "the same": 0, "that": 0,
         # translated news: "June 3 of the past year" is last year, "of the current year" this one
         "the past": -1, "the current": 0}[rel]
    mod = _point_mod(m["pmod"])

    def fn(ctx, s, e):
        use_ref = rel in ("the following", "the previous", "the same", "that")  # "in March of that year": the year last mentioned
        base = None
        if use_ref and ctx.ref_value and A.granularity(ctx.ref_value):
            base = int(ctx.ref_value[:4]) if re.match(r"\d{4}", ctx.ref_value) else None
        elif not use_ref and ctx.dct is not None:
            base = ctx.dct.year
        if base is None:
            v = f"XXXX-{mo:02d}" + (f"-{d:02d}" if d else "")
            return _unresolved("DATE", v, f"'{rel} year' needs a known year", mod)
        y = base + n
        if not A.valid_year(y) or (d and not A.safe_date(y, mo, d)):
            return None
        v = f"{y:04d}-{mo:02d}" + (f"-{d:02d}" if d else "")
        src = "the year last mentioned" if use_ref else f"the DCT {ctx.dct_value}"
        return Resolved("DATE", v, mod, "reference" if use_ref else "dct",
                        f"{m['mon']} of {rel} year relative to {src}")
    return fn
