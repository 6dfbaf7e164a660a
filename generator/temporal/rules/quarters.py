"""Quarters and halves (financial news): "the third quarter", "the year-ago quarter", "the 1988
period", "year-earlier"."""

from __future__ import annotations

import re

from .. import anchor as A
from ..lexicon import MONTH_RE, YEAR_RE
from .base import Context, Resolved, rule
from .helpers import _absolute, _month_num, _sentence_bounds, _unresolved, _words_before


# words of a match report: there "the first half" is a half of the game, not of the year
_SPORTS_HALF = re.compile(r"\b(?:scored?|scoring|goals?|match|game|\d+(?:st|nd|rd|th)\s+minute|penalty|kick-?off|"
                          r"half-?time|striker|innings|touchdowns?|referee|equali[sz]er)\b", re.I)


def _sentence_around(text: str, s: int, e: int) -> str:
    a, b = _sentence_bounds(text, s, e, 200)
    return text[a:b]


def _quarter_of_dct_year(q: int, what: str):
    """A quarter named without a year: the year from the DCT and the tense (see _quarter_year)."""
    def fn(ctx, s, e):
        if ctx.dct is None:
            return _unresolved("DATE", f"XXXX-Q{q}", f"{what} without a year, and no DCT")
        y, why = _quarter_year(ctx, s, e, q)
        return Resolved("DATE", f"{y:04d}-Q{q}", None, "dct", f"{what}, {why}")
    return fn


_QUARTER_ORD = r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)"


# "the company expects a loss in the fourth quarter": a forecast in the present tense is about
# a quarter to come
_FORECAST_BEFORE = re.compile(r"\b(?:expects?|forecasts?|projects?|predicts?|anticipates?|sees|plans?|aims?|hopes?)\b[^.;!?]{0,60}$", re.I)
# "fourth-quarter earnings": results are reported for a quarter already over
_RESULTS_AFTER = re.compile(r"\s+(?:results|earnings|profits?|losses|revenues?|sales|figures|numbers)\b", re.I)


def _quarter_year(ctx: Context, s: int, e: int, q: int) -> tuple[int, str]:
    cq = A.quarter_of(ctx.dct)
    y = ctx.dct.year
    t = ctx.tense(s, e).label
    if t in ("present", "unknown") and _FORECAST_BEFORE.search(ctx.text, max(0, s - 80), s):
        t = "future"
    if q > cq and t != "future":
        return y - 1, f"the latest such quarter before the DCT {ctx.dct_value}"
    if q == 4 and cq == 1 and _RESULTS_AFTER.match(ctx.text, e):
        # "will report fourth-quarter earnings next month", in January: results are reported
        # for a quarter that has ended, the one just before the DCT's
        return y - 1, f"results of the quarter just before the DCT {ctx.dct_value}"
    return y, f"in the year of the DCT {ctx.dct_value}"


@rule("quarter", rf"(?P<x>(?:(?P<det>the|this\s+year(?:'s|’s)|last\s+year(?:'s|’s)|next\s+year(?:'s|’s)|its|their|his|her|our)\s+)?(?:(?P<fis1>fiscal|calendar)\s+)?(?:(?P<ymod>{YEAR_RE}|year-ago|year-earlier|comparable|year\s+earlier)\s+)?{_QUARTER_ORD}[\s-]+(?:(?P<fis2>fiscal|calendar)[\s-]+)?(?P<unit>quarter|half|period)"
                 rf"(?:\s+(?:of|in)\s+(?:(?:fiscal|calendar)\s+(?:year\s+)?)?(?P<y>{YEAR_RE})|\s+(?:of|in)\s+(?P<yrel>this|last|next|the)\s+(?:fiscal\s+)?year|\s+(?P<y2>{YEAR_RE}))?)(?![\w])", priority=3)
def _quarter(m, text):
    ordw = m["ord"].lower()
    unit = m["unit"].lower()
    if unit == "period":
        return None
    if ordw == "last" and not (m["y"] or m["y2"] or m["yrel"]):
        return None  # "the last quarter" alone may be the one before the DCT's; "the last half of 1989" is H2
    n = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
         "final": 4, "last": 4}[ordw]
    if unit == "half":
        if ordw in ("final", "last"):
            n = 2
        if n > 2:
            return None
        if not (m["y"] or m["y2"] or m["yrel"] or (m["ymod"] and m["ymod"][:1].isdigit())):
            if re.match(r"\s+of\s+(?:the|a|an|this|that|his|her|its|their)\s+(?!(?:fiscal\s+)?year\b|decade\b|century\b)[a-z]",
                        text[m.end("x"):], re.I):
                return None  # "the second half of the match", "the first half of the book": not a calendar half
            if _SPORTS_HALF.search(_sentence_around(text, m.start(), m.end())):
                return None  # "scored in the second half": a half of a game
    letter = "Q" if unit == "quarter" else "H"
    det = (m["det"] or "").lower().replace("’", "'")
    ys = m["y"] or m["y2"] or (m["ymod"] if m["ymod"] and m["ymod"][:1].isdigit() else None)
    if m["ymod"] and not ys:
        def shifted(ctx, s, e):
            if ctx.dct is None:
                return _unresolved("DATE", f"XXXX-{letter}{n}", "a year before an unknown year")
            y, why = _quarter_year(ctx, s, e, n) if letter == "Q" else (ctx.dct.year, "")
            return Resolved("DATE", f"{y - 1:04d}-{letter}{n}", None, "dct", f"{ordw} {unit} a year before {y}-{letter}{n}", sets_reference=False)
        return shifted
    if ys:
        return _absolute("DATE", f"{int(ys):04d}-{letter}{n}", f"{unit} of a stated year")
    # possessive pronoun before the quarter ("its third quarter") : keep it out of the span
    span_start = m.start("x")
    if det in ("its", "their", "his", "her", "our"):
        span_start = m.start("x") + m.group("x").lower().index(ordw if not (m["fis1"]) else m["fis1"].lower())
    if det == "the" and re.search(r"-(?:(?:fiscal|calendar)-)?(?:quarter|half)$", m.group("x"), re.I):
        # "the third-quarter results": an adjectival quarter; "the" belongs to the noun it
        # modifies, not to the timex (TimeML: the <TIMEX3>third-quarter</TIMEX3> results)
        span_start = m.start("x") + len(m["det"]) + 1
    yrel = (m["yrel"] or "").lower()

    def fn(ctx, s, e):
        if ctx.dct is None:
            return _unresolved("DATE", f"XXXX-{letter}{n}", f"{unit} without a year and no DCT")
        if det.startswith("this year") or yrel == "this":
            y, why = ctx.dct.year, "this year"
        elif det.startswith("last year") or yrel == "last":
            y, why = ctx.dct.year - 1, "last year"
        elif det.startswith("next year") or yrel == "next":
            y, why = ctx.dct.year + 1, "next year"
        elif letter == "Q":
            y, why = _quarter_year(ctx, s, e, n)
        else:
            y = ctx.dct.year
            ch = 1 if ctx.dct.month <= 6 else 2
            # in the past tense, a half not yet begun, or one begun less than a month before the
            # DCT ("profits doubled in the first half", said on January 2), is last year's
            if ctx.tense(s, e).label == "past" and (n > ch or (n == ch and ctx.dct.month in (1, 7))):
                y -= 1
            why = f"year of the DCT {ctx.dct_value}"
        return Resolved("DATE", f"{y:04d}-{letter}{n}", None, "dct", f"{ordw} {unit}, {why}")
    return [(span_start, m.end("x"), fn)]


# a bare "Q3" is a quarter only with words of business around it, and not before a place noun
_BUSINESS = re.compile(r"\b(?:sales|revenues?|profits?|earnings|income|losses|results|growth|GDP|output|shares?|"
                       r"stocks?|margins?|fiscal|quarterly|forecasts?|guidance|analysts?|investors?|dividends?|"
                       r"percent|billion|million|economy|economic|deliveries|shipments|orders|demand|prices?)\b|%|\$|€|£", re.I)
_PLACE_AFTER = re.compile(r"[\s,]+(?:district|sector|zone|area|block|ward|camp|road|street|checkpoint|base|region|"
                          r"neighbou?rhood|quarter|building|tower|village|compound|gate|line|unit|brigade|battalion)s?\b", re.I)


@rule("quarter_abbreviation", rf"(?P<x>(?-i:(?P<l>[QH]))(?P<n>[1-4])(?:(?:\s+|-|/)(?:(?-i:FY)\s?)?(?P<y>{YEAR_RE}))?)(?![\w-])", priority=3)
def _quarter_abbreviation(m, text):
    """"Q4 2012", "H1 2013" (business news), and a bare "Q3" after a preposition ("sales fell in
    Q3"); not "the Audi Q3" nor "an H1 visa"."""
    letter, n = m["l"], int(m["n"])
    if letter == "H" and n > 2:
        return None
    if m["y"]:
        return _absolute("DATE", f"{int(m['y']):04d}-{letter}{n}", f"{'quarter' if letter == 'Q' else 'half'} of a stated year")
    if re.match(r"\s*(?:of\s+)?(?-i:FY)\s?['’]?\d\d(?![\w])", text[m.end():]):
        return None  # "Q2 FY21" (Indian, Pakistani results): a quarter of a fiscal year that starts in
        # April or July; neither the DCT's quarter nor the calendar quarter of 2021
    if letter != "Q" or _words_before(text, m.start("x"), 1) not in (["in"], ["for"], ["during"], ["of"], ["since"], ["by"]):
        return None
    if _PLACE_AFTER.match(text, m.end("x")) or not _BUSINESS.search(_sentence_around(text, m.start(), m.end())):
        # review P: "fighting in Q4 district", "deployed in Q2 sector", "crashed in Q4, the zone
        # under Houthi control": a bare Q names a quarter only in business news
        return None
    return _quarter_of_dct_year(n, f"Q{n}")


@rule("the_quarter", r"(?P<x>(?:the|this|last|next|that)\s+(?:(?P<adj>latest|most\s+recent|recent|current|previous|past|last|year-earlier|year-ago|year\s+earlier|year\s+ago|"
                     r"same|comparable|prior-year|year-before|preceding|just-ended|just\s+ended|latest\s+fiscal|current\s+fiscal|fiscal)\s+)?(?:fiscal\s+)?(?P<unit>quarter|period))(?![\w-])", priority=1)
def _the_quarter(m, text):
    x = re.sub(r"\s+", " ", m["x"].lower())
    adj = re.sub(r"\s+", " ", (m["adj"] or "").lower())
    det = x.split()[0]
    unit = m["unit"].lower()
    if unit == "period" and not adj:
        return None
    if det in ("last", "next", "this") and adj:
        return None
    if det == "the" and adj in ("past", "last") and unit == "quarter":
        return None  # "the last quarter" may be the fourth: too ambiguous

    def fn(ctx, s, e):
        ref_q = ctx.ref_value if A.granularity(ctx.ref_value) == "Q" else ""
        if ctx.dct is None and not ref_q:
            return _unresolved("DATE", "XXXX-QX", "quarter without a DCT")
        if ctx.dct is not None:
            cur = A.quarter(ctx.dct.year, A.quarter_of(ctx.dct))
            prev = A.quarter(ctx.dct.year, A.quarter_of(ctx.dct) - 1)
        else:
            cur = prev = ref_q
        if adj in ("year-earlier", "year-ago", "year earlier", "year ago", "prior-year", "year-before", "comparable"):
            if ref_q and ctx.dct is not None and ref_q > cur:
                ref_q = ""  # a forecast quarter ("the third quarter of 1990") has no reported year-ago figures
            base = ref_q or prev
            v = A.shift(base, "Q", -4)
            return Resolved("DATE", v, None, "reference" if ref_q else "dct",
                            f"a year before {'the quarter last mentioned' if ref_q else 'the latest quarter'} ({base})",
                            sets_reference=False) if v else None
        if det == "next":
            return Resolved("DATE", A.shift(cur, "Q", 1), None, "dct", "the quarter after the DCT's")
        if det == "last" or adj in ("previous", "preceding", "past"):
            if det == "last" or not ref_q:
                return Resolved("DATE", prev, None, "dct", "the quarter before the DCT's")
            return Resolved("DATE", A.shift(ref_q, "Q", -1), None, "reference", "the quarter before the one last mentioned")
        if det == "this" or adj in ("current", "current fiscal"):
            return Resolved("DATE", cur, None, "dct", "the quarter of the DCT")
        if adj in ("same",):
            if ref_q:
                return Resolved("DATE", ref_q, None, "reference", "the quarter last mentioned")
            return None
        if unit == "period" and adj in ("latest", "most recent", "recent", "just-ended", "just ended"):
            if ref_q:
                return Resolved("DATE", ref_q, None, "reference", "the period last mentioned (a quarter)")
            return None
        if unit == "period":
            return None
        if adj in ("latest", "most recent", "recent", "just-ended", "just ended", "latest fiscal"):
            return Resolved("DATE", prev or ref_q, None, "dct" if prev else "reference",
                            "the latest completed quarter before the DCT")
        # "the quarter": the one the text is talking about, else the latest completed one
        return Resolved("DATE", ref_q or prev, None, "reference" if ref_q else "dct",
                        "the quarter last mentioned" if ref_q else "the latest completed quarter before the DCT")
    return fn


_QUARTER_NAMED = re.compile(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?quarter\b", re.I)
_ORD_NUM = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _quarter_named_before(text: str, s: int) -> int | None:
    """The quarter named last before s, within 1,500 characters ("its third-quarter earnings
    ... last year ... in the 1988 quarter": the third)."""
    found = None
    for m in _QUARTER_NAMED.finditer(text, max(0, s - 1500), s):
        found = m
    return _ORD_NUM[found.group(1).lower()] if found else None


@rule("year_period", rf"(?P<x>the\s+(?P<y>{YEAR_RE})\s+(?:fiscal\s+)?(?:quarter|period))(?![\w-])", priority=2)
def _year_period(m, text):
    """"the 1988 quarter", "in the 1989 period": in a report on a quarter, the same quarter of
    the year stated. Without a quarter to refer to, the plain year rule applies."""
    y = int(m["y"])

    def fn(ctx, s, e):
        if A.granularity(ctx.ref_value) != "Q" or ctx.ref_pos < 0 or s - ctx.ref_pos > 1500:
            q = _quarter_named_before(ctx.text, s) if m["x"].lower().endswith("quarter") else None
            if q is None:
                # "compared with $5 million in the 1988 period": the comparison period of a report;
                # a further "the year-ago results" names the same period, not the year before it
                return Resolved("DATE", A.year(y), None, "absolute", "year stated (the quarter is not known)",
                                comparison=True)
            v = A.quarter(y, q)
            return Resolved("DATE", v, None, "absolute", f"quarter {q} (the quarter named last in the text) in {y}",
                            sets_reference=False) if v else None
        q = int(ctx.ref_value[-1])
        v = A.quarter(y, q)
        if v is None:
            return None
        return Resolved("DATE", v, None, "reference", f"quarter {q} (of the quarter last mentioned, {ctx.ref_value}) in {y}",
                        sets_reference=False)
    return fn


@rule("year_earlier", r"(?P<x>(?:(?P<det>the|a)\s+(?:(?:comparable|same)\s+)?)?(?P<adj>year-(?:earlier|ago))(?:\s+(?P<unit>quarter|period|month|year|level|levels|figure|results)?)?)(?![\w-])", priority=1)
def _year_earlier(m, text):
    unit = (m["unit"] or "").lower()
    s, e = m.start("x"), m.end("x")
    if unit not in ("quarter", "period"):
        # "year-earlier levels": the timex is the adjective alone
        s, e = m.start("adj"), m.end("adj")

    def fn(ctx, s_, e_):
        if ctx.ref_comparison and A.granularity(ctx.ref_value) in ("Q", "Y", "H"):
            return Resolved("DATE", ctx.ref_value, None, "reference",
                            f"the same comparison period as the one last mentioned ({ctx.ref_value})", sets_reference=False)
        base = ctx.ref_value if A.granularity(ctx.ref_value) in ("Q", "Y", "M", "H") else ""
        if not base and ctx.dct is not None:
            base = A.quarter(ctx.dct.year, A.quarter_of(ctx.dct) - 1) if unit in ("quarter", "period") else A.year(ctx.dct.year)
        if not base:
            return _unresolved("DATE", "XXXX", "year-earlier without a reference or DCT")
        g = A.granularity(base)
        if unit == "quarter" and g == "M":
            # "in December. In the year-ago quarter, ...": a quarter, not the month last named
            d = A.to_date(base)
            base, g = A.quarter(d.year, A.quarter_of(d)), "Q"
        v = A.shift(base, "Y", -1) if g != "Q" else A.shift(base, "Q", -4)
        if v is None:
            return None
        return Resolved("DATE", v, None, "reference", f"a year before {base}", sets_reference=False)
    return [(s, e, fn)]


# "the October-December quarter", "the April-June period", "the July-September 2012 quarter":
# the months of a calendar quarter written out; other spans of months are left to the month rules
@rule("month_span_quarter", rf"(?P<x>(?:the\s+)?(?P<m1>{MONTH_RE})\.?\s*(?:-|–|/|to|through)\s*(?P<m2>{MONTH_RE})\.?"
                            rf"(?:\s+(?P<y>{YEAR_RE}))?\s+(?:fiscal\s+)?(?:quarter|period))(?![\w-])", priority=3)
def _month_span_quarter(m, text):
    m1, m2 = _month_num(m["m1"]), _month_num(m["m2"])
    if m1 % 3 != 1 or m2 != m1 + 2:
        return None
    q = (m1 - 1) // 3 + 1
    if m["y"]:
        return _absolute("DATE", f"{int(m['y']):04d}-Q{q}", "quarter named by its months, year stated")
    return _quarter_of_dct_year(q, "quarter named by its months")
