"""Weekdays ("last Friday", "the night of Tuesday to Wednesday", "on Fridays"), "today" and
"yesterday", parts of the day and clock times."""

from __future__ import annotations

import datetime as _dt
import re

from .. import anchor as A
from ..lexicon import DAY_RE, MONTH_RE, PARTS_OF_DAY, WEEKDAYS, WEEKDAY_RE, YEAR_RE
from .base import Context, Resolved, rule
from .helpers import (
    _alone_on_line, _date_in_name, _day_num, _month_num, _quoted_speech_day, _sentence_bounds, _since_range, _tense_word, _unit_in_name,
    _unresolved, _weekday_num, _word_after, _words_before, _year_for,
)


_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|run-up\s+to|lead-up\s+to)\s+(?:(?:the|a)\s+(?:[a-z-]+\s+){1,2}on\s+|the\s+)?$", re.I)


# "the talks continue until Friday", "the truce lasts until Sunday": a state in the present that
# lasts until a weekday ends on one to come, even when a past verb elsewhere in the sentence is
# nearer ("..., and diplomats said ..."); not after "did", "not", "to" ("did not last until").
_PRESENT_UNTIL = re.compile(r"(?<!\bdid )(?<!\bnot )(?<!n't )(?<!\bnever )(?<!\bto )\b(?:continue|continues|last|lasts|run|runs|remain|remains|"
                            r"stay|stays|go\s+on|goes\s+on)\s+(?:[a-z]+\s+){0,3}?(?:until|till)\s+$")


# "Iraqis vote on Sunday", "Leaders meet again Monday", "The Lakers face the Celtics on Sunday":
# a present-tense verb of a scheduled happening just before the weekday names the coming one, even
# when a past clause follows ("...; the last such vote, held in 2013, saw low turnout"). The subject
# shows the verb is a verb and not a noun ("the vote on Sunday", "Sunday's vote"): for the plain
# form a plural ("Iraqis", "leaders") or "they", "we"; for the "-s" form "he", "she", "it", a
# capitalised name ("Parliament votes") or a noun after "the", "its", ... ("the country votes").
_SCHEDULED_VERB = (r"(?P<verb>(?P<base>vote|meet|play|face|begin|open|start|go\s+to\s+the\s+polls)"
                   r"|(?P<s>votes|meets|plays|faces|begins|opens|starts|goes\s+to\s+the\s+polls))")
_SCHEDULED_PRESENT = re.compile(r"(?:(?<=\s)|^)(?P<det>(?:the|its|his|her|their|our|[A-Z][\w-]*['’]s)\s+)?(?P<subj>[A-Za-z][\w-]*)\s+"
                                + _SCHEDULED_VERB +
                                r"(?:\s+(?!on\b)[\w-]+){0,3}?\s+(?:on\s+)?$", re.I)
_CLAUSE_STOP = re.compile(r"[,;:]|[.!?](?:\s|$)")
_PLURAL_PRONOUNS = {"they", "we", "you", "i"}
_SINGULAR_PRONOUNS = {"he", "she", "it"}
_NOT_A_SUBJECT = {"was", "has", "is", "this", "its", "his", "as", "us", "thus", "less", "across", "plus", "news",
                  "series", "always", "perhaps", "whereas", "besides", "towards", "does", "yes", "unless",
                  "the", "a", "an", "of", "in", "on", "for", "with", "by", "from", "to", "and", "or", "but", "more",
                  "many", "few", "several", "some", "all", "no", "any", "her", "their", "our", "your", "my", "those",
                  "these", "other", "postal", "early", "absentee", "final", "last", "first", "new", "not", "never"}


def _scheduled_present(ctx: Context, s: int, e: int) -> bool:
    """A present-tense verb of a scheduled happening right before the weekday, with no past marker
    in its own clause (up to the next comma or semicolon)."""
    m = _SCHEDULED_PRESENT.search(ctx.text, max(0, s - 80), s)
    if m is None or re.search(r"[,;:.!?\"“”()]", m.group(0)):
        return False
    subj = m["subj"]
    if subj.lower() in _NOT_A_SUBJECT:
        return False
    if m["base"]:
        plural = subj.lower() in _PLURAL_PRONOUNS or (
            len(subj) > 3 and subj.endswith("s") and not subj.endswith("ss") and not subj.isupper())
        if not plural:
            return False
    elif not (subj.lower() in _SINGULAR_PRONOUNS or m["det"] or (subj[0].isupper() and not subj.isupper())):
        return False
    # the clause of the verb, up to the next comma or semicolon: a past marker there ("vote on
    # Sunday after the poll was postponed") leaves the tense to the usual reading
    v = m.end("verb")
    stop = _CLAUSE_STOP.search(ctx.text, e)
    clause_end = stop.start() if stop else len(ctx.text)
    return A.clause_tense(ctx.text[v:clause_end], s - v, e - v).label != "past"


# "The vote is on Sunday", "The deadline is Friday", "the summit falls on Sunday", "He said the
# talks are on Monday": a scheduled happening named by a noun, with a present-tense copula right
# before the weekday, is the coming one ("was on Sunday" is past; "the vote on Sunday is a
# setback" has no copula before the weekday). The noun may take a short phrase ("the next round
# of talks", "the vote in parliament").
_SCHEDULED_NOUN = (r"(?:votes?|elections?|polls?|referendum|referendums|meetings?|summits?|deadlines?|hearings?|trials?|"
                   r"match|matches|funerals?|rally|rallies|talks|ballot|run-off|runoff|inauguration|ceremony)")
_SCHEDULED_COPULA = re.compile(rf"\b{_SCHEDULED_NOUN}(?:\s+(?:of|in|at|over|for|on|with|between)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?"
                               r"\s+(?:is|are|falls|fall)\s+(?:(?:now|still|also|then)\s+)?(?:on\s+)?$", re.I)


def _scheduled(ctx: Context, s: int, e: int) -> str | None:
    """Why the weekday at text[s:e] names a scheduled happening still to come, if it does: a
    present-tense verb of one ("Iraqis vote on Sunday") or a copula after its noun ("The vote is
    on Sunday"; not "Sunday's vote")."""
    if _scheduled_present(ctx, s, e):
        return "a present-tense verb of a scheduled happening"
    if _SCHEDULED_COPULA.search(ctx.text, max(0, s - 80), s) and ctx.text[e:e + 2] not in ("'s", "’s"):
        return "a scheduled happening that 'is on' the weekday"
    return None


def _weekday_date(ctx: Context, s: int, e: int, wd: int, direction: str | None = None
                  ) -> tuple[_dt.date, str] | None:
    """The date of a weekday near the DCT. direction: 'past', 'future', or None (tense)."""
    dct = ctx.dct
    if dct is None:
        return None
    diff = wd - dct.isoweekday()
    if direction is None:
        t = ctx.tense(s, e)
        if diff == 0:
            return dct, "the DCT's own weekday"
        direction = "future" if t.label == "future" else "past"
        why = _tense_word(t)
        said = _speech_day(ctx, s)
        if t.marker == "would" and said is not None:
            # "said on Monday it would vote on Thursday": a future seen from the day of the
            # saying, the first Thursday after that Monday, whichever side of the DCT it falls
            w = list(re.finditer(r"\bwould\s+(?:not\s+)?(\w+)", ctx.text[ctx.ref_pos:s], re.I))
            nxt = w[-1].group(1).lower() if w else ""
            if nxt in ("normally", "usually", "often", "always", "typically", "generally", "regularly", "sometimes"):
                return None  # review P: "the convoy, which would normally arrive on Sunday": any Sunday
            if nxt == "have":
                # review P: "said on Sunday the suspect would have been in Mosul on Friday": a
                # past seen from the day of the saying, the Friday before that Sunday
                d = A.add_days(said, -((said.isoweekday() - wd) % 7 or 7))
                return (d, f"before {A.day(said)}, the day of the saying earlier in the sentence ('would have')") if d else None
            d = A.add_days(said, (wd - said.isoweekday()) % 7 or 7)
            if d is not None:
                return d, f"after {A.day(said)}, the day of the saying earlier in the sentence ('would')"
        scheduled = _scheduled(ctx, s, e) if t.label != "future" else None
        if scheduled:
            direction, why = "future", scheduled
        elif _AHEAD_OF.search(ctx.text, max(0, s - 40), s):
            # "ahead of Sunday's vote", "in the run-up to the election on Sunday": the event
            # still to come, whatever the tense of the main verb
            direction, why = "future", "an event 'ahead of' which the clause happens"
        elif _words_before(ctx.text, s, 1) in (["until"], ["till"]) and (
                t.label != "past" or _PRESENT_UNTIL.search(ctx.text, max(0, s - 60), s)):
            # a state that holds now and lasts "until Sunday" ends on a Sunday to come
            direction, why = "future", "'until' in a clause not in the past"
    else:
        why = f"'{direction}' stated"
    if direction == "future":
        n = diff if diff > 0 else diff + 7
    else:
        n = diff if diff < 0 else diff - 7
    d = A.add_days(dct, n)
    if d is None:
        return None
    return d, f"{'after' if n > 0 else 'before'} the DCT {ctx.dct_value} ({why})"


def _speech_day(ctx: Context, s: int) -> _dt.date | None:
    """The day mentioned last, if it is earlier in the same sentence and in the week before the
    DCT: the day something was said ("said on Monday that ...")."""
    if ctx.ref_day is None or A.granularity(ctx.ref_value) != "D" or not 0 <= ctx.ref_pos < s:
        return None
    if re.search(r"[.!?]\s", ctx.text[ctx.ref_pos:s]):
        return None
    if not 0 < (ctx.dct - ctx.ref_day).days < 7:
        return None
    return ctx.ref_day


def _this_weekday(ctx: Context, s: int, e: int, wd: int) -> tuple[_dt.date, str] | None:
    """"this Sunday": the Sunday of the DCT's week (weeks run Monday to Sunday, as in ISO and
    TimeML's week values), unless the tense of the clause points the other way ("we will meet
    this Monday", said on a Friday, is the Monday to come)."""
    d = A.add_days(ctx.dct, wd - ctx.dct.isoweekday())
    if d is None:
        return None
    t = ctx.tense(s, e)
    if t.label == "past" and d > ctx.dct:
        return _weekday_date(ctx, s, e, wd, "past")
    if t.label == "future" and d < ctx.dct:
        return _weekday_date(ctx, s, e, wd, "future")
    return d, f"in the week of the DCT {ctx.dct_value}"


# "Tuesday (Nov 5)", "on Nov 5 (Tuesday)" (Straits Times, Xinhua, Indian papers): the weekday
# and the date in brackets beside it name one day; the weekday follows the date, whatever the
# tense of the clause says. Used only when the weekday of that date agrees.
_DATE_IN_BRACKETS_AFTER = re.compile(rf"\s*\(\s*(?:(?P<mon>{MONTH_RE})\.?\s+(?P<d>{DAY_RE})|(?P<d2>{DAY_RE})\s+(?P<mon2>{MONTH_RE})\.?)"
                                     rf"(?:,?\s+(?P<y>{YEAR_RE}))?\s*\)", re.I)


_NUMERIC_DATE_AFTER = re.compile(r",?[ \t]*\(?[ \t]*(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:1[6-9]|20)\d\d)(?![\d/-]|\.\d)")


def _paired_date(ctx: Context, s: int, e: int, wd: int) -> _dt.date | None:
    text = ctx.text
    if re.search(r"\(\s*$", text[max(0, s - 3):s]) and ctx.ref_day is not None and 0 <= ctx.ref_pos < s \
            and s - ctx.ref_pos <= 25 and ctx.ref_day.isoweekday() == wd \
            and not re.search(r"[.!?;]|\)", text[ctx.ref_pos:s]):
        return ctx.ref_day  # "on Nov 5 (Tuesday)": the date just before the bracket
    n = _NUMERIC_DATE_AFTER.match(text, e)
    if n:
        # "Wednesday 5/6/2020", "Thursday, 04.06.2020": the reading of the numeric date that falls
        # on this weekday (none when both or neither do)
        a, b_, y = int(n["a"]), int(n["b"]), int(n["y"])
        fits = {d for d in (A.safe_date(y, b_, a), A.safe_date(y, a, b_)) if d is not None and d.isoweekday() == wd}
        return fits.pop() if len(fits) == 1 else None
    b = _DATE_IN_BRACKETS_AFTER.match(text, e)
    if not b:
        return None
    mon, day = _month_num(b["mon"] or b["mon2"]), _day_num(b["d"] or b["d2"])
    if b["y"]:
        years = [int(b["y"])]
    elif ctx.dct is not None:
        years = [ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1]
    else:
        return None
    days = [d for d in (A.safe_date(y, mon, day) for y in years) if d is not None and d.isoweekday() == wd]
    if ctx.dct is not None:
        days = [d for d in days if abs((d - ctx.dct).days) <= 183]
    return days[0] if len(days) == 1 else None


# also "the night between Tuesday and Wednesday" and "Tuesday-Wednesday night" (only a hyphen or
# slash there: "from Tuesday to Wednesday night" ends on the second night)
@rule("night_range", rf"(?P<x>(?:the\s+)?night\s+(?:of\s+)?(?:from\s+|between\s+)?(?P<w1>{WEEKDAY_RE})\s*(?:to|into|through|-|–|and|until)\s*(?P<w2>{WEEKDAY_RE})|"
      rf"(?P<v1>{WEEKDAY_RE})\s*(?:-|–|/)\s*(?P<v2>{WEEKDAY_RE})\s+night(?![\w-]))", priority=4)
def _night_range(m, text):
    w1, w2 = _weekday_num(m["w1"] or m["v1"]), _weekday_num(m["w2"] or m["v2"])
    if (w1 % 7) + 1 != w2:
        return None

    def fn(ctx, s, e):
        if ctx.dct is None:
            return _unresolved("TIME", f"XXXX-WXX-{w1}TNI", "night between two weekdays; no DCT")
        r = _weekday_date(ctx, s, e, w1)
        if r is None:
            return None
        d, why = r
        if ctx.dct and w2 == ctx.dct.isoweekday() and d == ctx.dct:
            d = A.add_days(d, -1) or d
        nd = A.add_days(d, 1) or d
        return Resolved("TIME", A.day(d) + "TNI", None, "dct",
                        f"night from {A.day(d)} to {A.day(nd)}, {why}",
                        A.day(d), A.day(nd))
    return fn


# ("the night of Wednesday", "the morning of last Friday": the part of the day first, as
# translated news writes it; not before a date, "the night of Friday, Oct. 23", which is the date's)
# a live blog's header: "LIVE", "Live updates", "Updated 11:48 p.m. ET" at a line's head
_LIVE_PAGE = re.compile(r"(?im)^[^\w\n]*(?:live\b|(?:last\s+)?updated\b)")


# A weekday written in lower case is a day only where the sentence uses it as one: after "on",
# "since", "until", "said", ... ("on thursday", "said friday"), with a part of the day ("friday
# night") or as a possessive ("friday's attack"). Elsewhere the capital a name would have is just
# missing ("the good friday agreement", "the sunday times", "a sunday school", "friday prayers").
_LOWER_WEEKDAY_CUE = re.compile(r"(?i)\b(?:on|since|until|till|by|from|before|after|said|says|told|announced|"
                                r"reported|added|stated)\s+$")


@rule("weekday", rf"(?P<x>(?:(?P<pre>mid-?\s?(?:morning|afternoon|evening)|midmorning|midafternoon)\s+|the\s+(?P<pod0>morning|afternoon|evening|night)\s+of\s+(?!{WEEKDAY_RE},?\s+(?:the\s+)?(?:\d|{MONTH_RE})))?(?P<the>the\s+(?=(?:previous|following)\s))?(?:(?P<rel>last|next|this|coming|past|previous|following|early|late)\s+)?(?P<wd>{WEEKDAY_RE})"
                 rf"(?:\s+(?P<pod>morning|afternoon|evening|night))?(?:\s+(?P<wk>last|next|this)\s+week(?![\w'’-])|\s+(?P<post>last)(?=\s*(?:[,.;:)!?]|$)|\s+(?:and|when|in|at|after|before|from|to|for|while|but)\b))?)(?![\w])", priority=1)
def _weekday(m, text):
    wd = _weekday_num(m["wd"])
    rel = (m["rel"] or "").lower()
    pod = (m["pod0"] or m["pod"] or "").lower() or _pre_pod(m["pre"])
    if (m["pre"] or m["pod0"]) and m["pod"]:
        return None  # "mid-afternoon Tuesday evening": not one timex
    # "Sunday Times", "Monday Night Football": part of a name
    nxt = _word_after(text, m.end())
    if nxt[:1].isupper() and nxt in ("Times", "Telegraph", "Express", "Mirror", "Herald", "Post",
                                     "Night", "Morning", "Bloody", "Black", "Mail", "Tribune"):
        return None
    if not rel and re.search(r"(?-i:\b(?:Good|Black|Bloody|Ash|Palm|Holy|Maundy|Super|Cyber|Easter|Whit|Shrove))\s+$",
                             text[max(0, m.start() - 10):m.start()]):
        return None  # "Good Friday" (see 'holiday'), "Black Friday", "Bloody Sunday": names
    if not rel and re.search(r"(?-i:\b(?:Mail|Independent|Scotland)\s+on\s+)$", text[max(0, m.start() - 20):m.start()]):
        return None  # "the Mail on Sunday", "the Independent on Sunday": newspapers
    if m["pod"] and _unit_in_name(text, m.start("pod")):
        return None  # "Saturday Night Live": a capitalised part of the day in running text
    if not rel and _date_in_name(text, m.start("x"), m.end("x")):
        return None  # "the Tuesday Group"
    if m["wd"].islower() and not (rel or pod or m["the"]) and not _LOWER_WEEKDAY_CUE.search(text, max(0, m.start("wd") - 20), m.start("wd")) \
            and not re.match(r"['’]s\b", text[m.end("wd"):m.end("wd") + 3]):
        return None  # "the good friday agreement", "the sunday times", "a sunday school", "friday prayers": names
    if (not rel or (rel == "last" and re.search(r"\bthe\s+$", text[max(0, m.start() - 5):m.start()], re.I))) \
            and not m["pod"] and re.match(r"\s+of\s+(?:every|each|the)\s+month\b", text[m.end():m.end() + 25], re.I):
        return None  # "the first Sunday of every month", "the last Friday of the month": no one date
    direction = {"last": "past", "past": "past", "previous": "past", "next": "future",
                 "coming": "future", "following": "future"}.get(rel or (m["post"] or "").lower())
    # ("on Monday last", "since Friday last": South Asian and East African "last Monday")
    # "mid-afternoon Tuesday": the middle of that part of the day (TimeBank: mod MID)
    mod = {"early": "START", "late": "END"}.get(rel) or ("MID" if m["pre"] else None)
    type_ = "TIME" if pod else "DATE"
    suffix = ("T" + PARTS_OF_DAY[pod]) if pod else ""

    def fn(ctx, s, e):
        if m["the"] and ctx.ref_day is not None:
            # "the previous Friday", "the following Monday" are anaphoric: they count from the
            # day last mentioned, not from the DCT
            if rel == "previous":
                d = A.add_days(ctx.ref_day, -((ctx.ref_day.isoweekday() - wd) % 7 or 7))
            else:
                d = A.add_days(ctx.ref_day, (wd - ctx.ref_day.isoweekday()) % 7 or 7)
            if d is not None:
                return Resolved(type_, A.day(d) + suffix, mod, "reference",
                                f"the {m['wd'].rstrip('.')} {'before' if rel == 'previous' else 'after'} the date last mentioned ({A.day(ctx.ref_day)})")
        if not rel:
            paired = _paired_date(ctx, s, e, wd)
            if paired is not None:
                return _since_range(ctx, s, A.day(paired), Resolved(
                    type_, A.day(paired) + suffix, mod, "reference",
                    f"{m['wd'].rstrip('.')} beside the date it names ({A.day(paired)})"))
        if ctx.dct is None:
            return _unresolved(type_, f"XXXX-WXX-{wd}{suffix}", "weekday without a DCT: date unknown", mod)
        if m["wk"] and not rel:
            # "Monday last week", "Tuesday next week": that weekday of the week named
            k = {"last": -1, "this": 0, "next": 1}[m["wk"].lower()]
            d = A.add_days(ctx.dct, 7 * k + wd - ctx.dct.isoweekday())
            if d is None:
                return None
            return Resolved(type_, A.day(d) + suffix, mod, "dct",
                            f"{m['wd'].rstrip('.')} of {m['wk'].lower()} week, the week of the DCT {ctx.dct_value}"
                            + (f" {'minus' if k < 0 else 'plus'} one week" if k else ""))
        if rel == "this":
            r = _this_weekday(ctx, s, e, wd)
        else:
            r = _weekday_date(ctx, s, e, wd, direction)
        if r is None:
            return None
        d, why = r
        v = A.day(d)
        res = Resolved(type_, v + suffix, mod, "dct", f"{m['wd'].rstrip('.')} {why}")
        return _since_range(ctx, s, v, res)
    return fn


_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": -1}


# "the 2nd Saturday of December", "the last Friday in October 2019": one day of that month (not
# the Saturday nearest the DCT and December beside it); "of every month" is left to 'weekday'
@rule("nth_weekday_of_month", rf"(?P<x>the\s+(?P<n>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?P<wd>{WEEKDAY_RE})\s+(?:of|in)\s+"
                              rf"(?P<mon>{MONTH_RE})(?:,?\s+(?P<y>{YEAR_RE}))?)(?![\w-])", priority=3)
def _nth_weekday_of_month(m, text):
    n, wd, mon = _NTH[m["n"].lower()], _weekday_num(m["wd"]), _month_num(m["mon"])

    def fn(ctx, s, e):
        if m["y"]:
            y, why = int(m["y"]), "year stated"
        elif ctx.dct is not None:
            y, why = _year_for(ctx, s, e, mon)
        else:
            return None
        if n > 0:
            first = A.safe_date(y, mon, 1)
            d = first and A.add_days(first, (wd - first.isoweekday()) % 7 + 7 * (n - 1))
        else:
            nxt = A.safe_date(y + (mon == 12), mon % 12 + 1, 1)
            last = nxt and A.add_days(nxt, -1)
            d = last and A.add_days(last, -((last.isoweekday() - wd) % 7))
        if d is None or d.month != mon:
            return None
        return Resolved("DATE", A.day(d), None, "absolute" if m["y"] else "dct",
                        f"the {m['n'].lower()} {m['wd']} of {A.month(y, mon)} ({why})")
    return fn


@rule("weekday_nights", rf"(?P<x>(?P<wd>{WEEKDAY_RE})\s+(?P<pod>nights|mornings|afternoons|evenings))(?![\w])", priority=2)
def _weekday_nights(m, text):
    """"Tuesday nights" (plural): every Tuesday night, a SET; "on Monday and Tuesday nights"
    makes the first weekday a SET as well."""
    wd = _weekday_num(m["wd"])
    pod = PARTS_OF_DAY[m["pod"].lower()[:-1]]
    out = [(m.start("x"), m.end("x"), lambda c, s, e: Resolved("SET", f"XXXX-WXX-{wd}T{pod}", None, "absolute",
                                                              f"every {m['wd']} {m['pod'].lower()[:-1]}", sets_reference=False))]
    first = re.search(rf"(?P<w1>{WEEKDAY_RE})\s*(?:,|and|or)\s*$", text[max(0, m.start() - 20):m.start()], re.I)
    if first:
        wd1 = _weekday_num(first["w1"])
        a = max(0, m.start() - 20) + first.start("w1")
        out.append((a, a + len(first["w1"]), lambda c, s, e: Resolved("SET", f"XXXX-WXX-{wd1}T{pod}", None, "absolute",
                                                                     f"every {first['w1']} {m['pod'].lower()[:-1]}", sets_reference=False)))
    return out


@rule("weekday_plural", rf"(?P<x>(?:on\s+)?(?P<wd>(?-i:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)))(?![\w])")
def _weekday_plural(m, text):
    wd = WEEKDAYS[m["wd"].lower()[:-1]]
    if m.group("x").lower().startswith("on"):
        return [(m.start("wd"), m.end("wd"), lambda c, s, e: Resolved("SET", f"XXXX-WXX-{wd}", None, "absolute",
                                                                      "every such weekday", sets_reference=False))]
    return None


def _pre_pod(pre: str | None) -> str:
    """The part of the day of a leading "mid-afternoon", "mid morning" ("mid-afternoon yesterday",
    "mid-morning Tuesday" are TIMEs with that part of the day, as TIMEX3 annotates them)."""
    if not pre:
        return ""
    return re.search(r"morning|afternoon|evening", pre.lower()).group(0)


_DAY_WORDS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}


# (review Q) "DAMASCUS, Nov 5 (Reuters) - ... shelled the town yesterday", with a DCT of 6
# November (a later update, a crawl date, another time zone): the story's "yesterday" counts
# from its dateline. A dateline a day or more away from the DCT anchors "today"/"yesterday".
_DATELINE = re.compile(rf"(?m)^[ \t]*(?-i:[A-Z][A-Za-z .'’-]{{1,40}}),[ \t]*(?:(?-i:[A-Z][A-Za-z]+),[ \t]*)?"
                       rf"(?:(?P<mon>{MONTH_RE})\.?[ \t]+(?P<d>{DAY_RE})|(?P<d2>{DAY_RE})[ \t]+(?P<mon2>{MONTH_RE}))"
                       rf"(?:,?[ \t]*(?P<y>\d{{4}}))?[ \t]*(?:\([^)\n]{{1,40}}\)[ \t]*)?(?:-|–|—|--)", re.I)


def _dateline_day(ctx, s: int):
    """(date, True) of a dateline before s that differs from the DCT; (None, True) when it is
    too far from the DCT to tell its year; (None, False) when there is none or it is the DCT."""
    m = _DATELINE.search(ctx.text, 0, min(s, 400))
    if m is None or m.start() > s or ctx.dct is None:
        return None, False
    try:
        mo, dd = _month_num(m["mon"] or m["mon2"]), _day_num(m["d"] or m["d2"])
    except (KeyError, AttributeError):
        return None, False
    cands = [A.safe_date(int(m["y"]), mo, dd)] if m["y"] else \
        [A.safe_date(ctx.dct.year + k, mo, dd) for k in (-1, 0, 1)]
    cands = [c for c in cands if c is not None and abs((c - ctx.dct).days) <= 7]
    if not cands:
        return None, True
    return (cands[0], True) if cands[0] != ctx.dct else (None, False)


# "today's youth", "today's world": the present age in general, no day (TimeBank tags neither)
_GENERIC_TODAY = re.compile(r"(?:'s|’s)\s+(?:world|youth|society|generation|young|children|kids|teenagers|students|"
                            r"families|women|men|people|standards|culture|times)\b", re.I)


# "the jobs of tomorrow", "the leaders of tomorrow", "the world of today": the coming (or present)
# age, no day (TimeBank leaves "the people of tomorrow" untagged)
_GENERIC_OF = re.compile(r"\b(?:world|youth|society|generations?|children|kids|people|leaders|jobs|workers|workforce|"
                         r"citizens|cities|cars|technolog(?:y|ies)|schools?|economy|economies|industries|army|armies|"
                         r"wars?|warfare|weapons|energy|medicine|consumers|voters|women|men|challenges|problems|"
                         r"stars|champions|skills)\s+of\s+$", re.I)
# a capitalised word (a name, possibly possessive) right before "Today": "USA Today", "NBC's Today"
_NAME_BEFORE_TODAY = re.compile(r"(?-i:\b[A-Z][\w.&-]*(?:'s|’s)?)[ \t]+$")


# "the evening of yesterday", "the morning of the day before yesterday": translated news puts the
# part of the day first
@rule("relative_day", r"(?P<x>(?:the\s+(?P<pod0>morning|afternoon|evening|night)\s+of\s+)?(?:(?P<pre>mid-?\s?(?:morning|afternoon|evening)|midmorning|midafternoon)\s+|(?P<mod>early|late)\s+)?(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight)"
                      r"(?:(?:'s|’s)|\s+(?P<pod>morning|afternoon|evening|night))?)(?![\w])", priority=1)
def _relative_day(m, text):
    w = re.sub(r"\s+", " ", m["w"].lower())
    n = {"the day before yesterday": -2, "the day after tomorrow": 2}.get(w, _DAY_WORDS.get(w, 0))
    pod = (m["pod0"] or m["pod"] or "").lower() or _pre_pod(m["pre"])
    if m["pre"] and (m["pod"] or w == "tonight"):
        return None  # "mid-afternoon yesterday evening": not one timex
    if m["pod0"] and (m["pod"] or m["pre"] or m["mod"] or w == "tonight"):
        return None  # "the night of yesterday evening": not one timex
    if w == "today" and _GENERIC_TODAY.match(text, m.end("w")):
        return None
    if w in ("today", "tomorrow") and _GENERIC_OF.search(text, max(0, m.start("w") - 40), m.start("w")):
        return None  # "the jobs of tomorrow", "the world of today": an age, no day
    if w == "today" and not m["pre"] and not m["mod"] and m["w"][:1] == "T" \
            and _NAME_BEFORE_TODAY.search(text, max(0, m.start("w") - 30), m.start("w")) \
            and _unit_in_name(text, m.start("w")):
        return None  # "USA Today", "VOA Today", "Russia Today": a capitalised Today after a name is a title
    if w == "tonight":
        pod = "night"
    mod = {"early": "START", "late": "END"}.get((m["mod"] or "").lower()) or ("MID" if m["pre"] else None)
    type_ = "TIME" if pod else "DATE"
    suffix = ("T" + PARTS_OF_DAY[pod]) if pod else ""

    def fn(ctx, s, e):
        if ctx.dct is None:
            return _unresolved(type_, "XXXX-XX-XX" + suffix, f"'{w}' needs the publication date, which is unknown", mod)
        said = _quoted_speech_day(ctx, s, e)
        if said is not None:
            # the speaker's today, not the article's: counted from the day of the saying, if known
            if said is False:
                return _unresolved(type_, "XXXX-XX-XX" + suffix, f"'{w}' in a quotation said on another day than the DCT", mod)
            return Resolved(type_, A.day(A.add_days(said, n)) + suffix, mod, "reference",
                            f"'{w}' in a quotation, counted from the day it was said, {A.day(said)}")
        line_day, has_line = _dateline_day(ctx, s)
        if has_line:
            if line_day is None:
                return _unresolved(type_, "XXXX-XX-XX" + suffix, f"'{w}' under a dateline far from the DCT", mod)
            d = A.add_days(line_day, n)
            return Resolved(type_, A.day(d) + suffix, mod, "dct", f"'{w}' counted from the dateline {A.day(line_day)}")
        d = A.add_days(ctx.dct, n)
        if d is None:
            return None
        how = "the DCT" if n == 0 else f"{abs(n)} day{'s' if abs(n) > 1 else ''} {'before' if n < 0 else 'after'} the DCT"
        return Resolved(type_, A.day(d) + suffix, mod, "dct", f"'{w}' = {how} {ctx.dct_value}")
    return fn


@rule("this_part_of_day", r"(?P<x>(?:(?P<mod>early|late|later|earlier)\s+)?(?P<rel>this|last)\s+(?P<pod>morning|afternoon|evening|night))(?![\w])", priority=1)
def _this_part_of_day(m, text):
    pod = m["pod"].lower()
    rel = m["rel"].lower()
    if rel == "last" and pod != "night":
        return None
    n = -1 if rel == "last" else 0
    # "early this morning", "late last night", "later this afternoon": the start or end of that
    # part of the day, as for "early Tuesday" and "late yesterday"
    mod = {"early": "START", "earlier": "START", "late": "END", "later": "END"}.get((m["mod"] or "").lower())

    def fn(ctx, s, e):
        if ctx.dct is None:
            return _unresolved("TIME", "XXXX-XX-XXT" + PARTS_OF_DAY[pod], "part of the day; no DCT", mod)
        said = _quoted_speech_day(ctx, s, e)
        if said is not None:
            # "'The convoy arrived this morning,' an official said on Monday": Monday's morning
            if said is False:
                return _unresolved("TIME", "XXXX-XX-XXT" + PARTS_OF_DAY[pod],
                                   f"'{m['rel']} {pod}' in a quotation said on another day than the DCT", mod)
            return Resolved("TIME", A.day(A.add_days(said, n)) + "T" + PARTS_OF_DAY[pod], mod, "reference",
                            f"'{m['rel']} {pod}' in a quotation, counted from the day it was said, {A.day(said)}")
        d = A.add_days(ctx.dct, n)
        return Resolved("TIME", A.day(d) + "T" + PARTS_OF_DAY[pod], mod, "dct",
                        f"'{m['rel']} {pod}' on {'the DCT' if n == 0 else 'the day before the DCT'} {ctx.dct_value}")
    return fn


# habitual adverbs, a progressive verb ("is continuing"), markers of a real future (not "open", "resumes")
_HABITUAL = re.compile(r"\b(?:usually|often|mostly|normally|typically|generally|always|regularly|sometimes|rarely|"
                       r"seldom|every|each|daily|nightly|tends?\s+to|used\s+to)\b", re.I)
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|'s|'re)\s+(?:\w+ly\s+)?\w+ing\b[^.;!?]*$", re.I)
_TRUE_FUTURE = re.compile(r"(?:will|shall|'ll|won't|wo|would|gonna|going|tomorrow|later|next|expect|scheduled|slated|due|set|is\s+to|are\s+to|plan)", re.I)


# (review Q) a standing rule of the clock: a curfew, opening hours, a timetable
_STANDING_CLOCK = re.compile(r"\b(?:curfews?|opening\s+hours|office\s+hours|working\s+hours|business\s+hours|"
                             r"timetable|schedule)\b", re.I)


def _habitual_clock(ctx, s: int, e: int) -> bool:
    """A clock time with no day of its own in a habitual sentence ("usually", "every", "daily")
    or in a present-tense sentence about a standing rule ("a curfew from 6 p.m. is in force")."""
    a, b = _sentence_bounds(ctx.text, s, e)
    sent = ctx.text[a:b]
    if _HABITUAL.search(sent):
        return True
    # (the sentence's own verbs: clause_tense stops at the full stop of "p.m.")
    return bool(_STANDING_CLOCK.search(sent)) and not A._PAST.search(sent) and not A._FUTURE.search(sent)


# "in the afternoon", "into the late evening", "by mid-morning": a part of the day on its own is
# that part of the day last talked about (the day last mentioned, else the DCT). Only after a
# preposition and before the end of the phrase: "the morning papers", "the evening news" and
# "the morning of March 3" are not it.
@rule("part_of_day", r"(?:in|during|into|through|throughout|until|till|by|since|from|at)\s+(?P<x>(?:the\s+(?:(?P<mod>early|late|mid-?)\s*)?(?P<pod>morning|afternoon|evening)"
                     r"|(?P<mid>mid-?\s?(?:morning|afternoon|evening)|midmorning|midafternoon)))"
                     # ("mid-morning" is never a modifier of a noun that matters: no check after it)
                     r"(?(mid)|(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|but|when|as|after|before|with|in|to|until|while|"
                     # a fronted adverbial: "in the evening they withdrew"
                     r"the|a|an|they|he|she|it|we|there|his|her|their)\b))", priority=1)
def _part_of_day(m, text):
    pod = (m["pod"] or re.search(r"morning|afternoon|evening", m["mid"].lower()).group(0)).lower()
    mod = "MID" if m["mid"] else {"early": "START", "late": "END"}.get((m["mod"] or "").lower().rstrip("-"), "MID" if m["mod"] else None)
    suffix = "T" + PARTS_OF_DAY[pod]

    def fn(ctx, s, e):
        t = ctx.tense(s, e)
        a, b = _sentence_bounds(ctx.text, s, e)
        sent = ctx.text[a:b]
        if _HABITUAL.search(sent) or (t.label in ("present", "unknown") and not _PROGRESSIVE.search(ctx.text, max(0, s - 60), s)) \
                or (t.label == "future" and ctx.ref_day is None and not _TRUE_FUTURE.match(t.marker)):
            # review P: "convoys usually arrive in the morning", "the market is busiest in the
            # afternoon", "schools open in the morning": any day's morning, not the day last
            # mentioned nor the DCT's
            return _unresolved("TIME", "XXXX-XX-XX" + suffix, "part of the day in a habitual or timeless clause", mod)
        if ctx.ref_value and A.granularity(ctx.ref_value) != "D":
            # review P: "will visit Aden next week. In the morning he will meet ...": the last
            # time named is a week (a month, a year), so the day is unknown; not the DCT
            return _unresolved("TIME", "XXXX-XX-XX" + suffix, "part of a day inside a longer period last mentioned", mod)
        if ctx.ref_day is not None:
            d, why = ctx.ref_day, f"on the day last mentioned ({A.day(ctx.ref_day)})"
        elif ctx.day_untold:
            return _unresolved("TIME", "XXXX-XX-XX" + suffix, f"part of the day: {ctx.day_untold}", mod)
        elif ctx.dct is not None:
            d, why = ctx.dct, f"on the DCT {ctx.dct_value}"
        else:
            return _unresolved("TIME", "XXXX-XX-XX" + suffix, "part of the day whose day is unknown", mod)
        return Resolved("TIME", A.day(d) + suffix, mod, "reference" if ctx.ref_day is not None else "dct",
                        f"{pod} {why}", sets_reference=False)
    return fn


# verbs after which "overnight" means suddenly; other days named in the sentence
_OVERNIGHT_FIGURATIVE = {"change", "changed", "changes", "transformed", "happen", "happened", "happens", "vanished",
                         "disappeared", "evaporated", "became", "become", "becomes"}
_OTHER_DAY = re.compile(rf"\b(?:{MONTH_RE}|{WEEKDAY_RE}|yesterday|tomorrow|ago)\b|(?<![\d,.])(?:1[89]|20)\d\d(?![\d,])", re.I)


# "prices fell overnight", "troops shelled the city overnight, ...": the adverb at the end of
# its clause is the night before the DCT (the night to come in a future clause); not "an
# overnight stay", "the overnight rate", "almost overnight" (suddenly), "stayed overnight in".
@rule("overnight", r"(?P<x>overnight)(?=\s*(?:[,.;:!?]|$)|\s+(?:and|as|after|before|while|when|amid)\b)", priority=1)
def _overnight(m, text):
    if set(_words_before(text, m.start("x"), 1)) & {"an", "a", "the", "almost", "virtually", "literally", "practically",
                                                    "nearly", "not", "stay", "stayed", "stays", "stop", "kept", "left"}:
        return None
    a, b = _sentence_bounds(text, m.start("x"), m.end("x"))
    before, sentence = text[max(a, m.start("x") - 80):m.start("x")], text[a:b]
    if re.search(r"\b(?:not|never|cannot|can't|won't|don't|doesn't|didn't|n't)\b", before, re.I) \
            or set(_words_before(text, m.start("x"), 1)) & _OVERNIGHT_FIGURATIVE:
        return None  # review P: "peace will not come overnight", "the city changed overnight": suddenly

    def fn(ctx, s, e):
        if ctx.dct is None:
            return _unresolved("TIME", "XXXX-XX-XXTNI", "overnight; no DCT")
        if _OTHER_DAY.search(sentence):
            # review P: "the army said on 2 November that militants attacked overnight", "the
            # governor said on Tuesday": the night before that day, not before the DCT
            return _unresolved("TIME", "XXXX-XX-XXTNI", "overnight, near another day named in the sentence")
        n = 0 if ctx.tense(s, e).label == "future" else -1
        d = A.add_days(ctx.dct, n)
        return Resolved("TIME", A.day(d) + "TNI", None, "dct",
                        f"'overnight': the night {'of' if n == 0 else 'before'} the DCT {ctx.dct_value}",
                        # the night is a side note: the clock times after it ("08:50 GMT - ...",
                        # in a live blog) are still of the day being written about
                        sets_reference=False)
    return fn


# zones of the world's English press (India, Pakistan, East, West and South Africa, the Gulf,
# Asia): "3 pm IST", "9:45am PKT", "0600 EAT"; in capitals only ("eat", "cat" are words)
_WORLD_ZONES = r"(?-i:IST|PKT|EAT|WAT|CAT|SAST|SGT|HKT|JST|KST|WIB|MSK|EET|EEST|AST|GST|IRST|AEST|AEDT|NPT)(?!\w)"
_CLOCK_RE = (r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.\s?m\.?|p\.\s?m\.?|am(?![a-z])|pm(?![a-z]))"
             r"(?:\s+(?P<tz>GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|(?-i:ET|PT|CT|MT)(?!\w)|" + _WORLD_ZONES + r"|local\s+time|"
             r"(?:Eastern|Pacific|Central|Mountain)(?:\s+(?:Standard|Daylight))?\s+Time))?"
             r"|(?P<noon>noon|midnight|midday)"
             # 24-hour clock, as wire services write it: "0830 GMT", "18:30 local time", "1400 hrs";
             # a bare "18:30" is a time only after "at", "by", ... (see the handler)
             r"|(?P<h24>[01]\d|2[0-3]):?(?P<mi24>[0-5]\d)\s*(?P<tz24>GMT|UTC|local\s+time|hrs|hours"
             # other zones, in capitals, after "hh:mm" only: "09:30 BST - ..." opens a live
             # blog's entries ("1400 EST" could be a number and a word)
             r"|(?:(?<=:\d\d)|(?<=:\d\d\s))(?-i:EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST)(?!\w)|(?:(?<=:\d\d)|(?<=:\d\d\s))" + _WORLD_ZONES + r")"
             # "at 15h30" (South African, West African and French usage): always the 24-hour clock
             r"|(?P<h24c>[01]?\d|2[0-3])(?P<hsep>:|h)(?P<mi24c>[0-5]\d)(?![:.,]?\d)"
             # "4 in the morning", "9 o'clock in the evening", "11 at night": the part of the day
             # says a.m. or p.m.
             r"|(?P<h2>1[0-2]|[1-9])(?::(?P<mi2>[0-5]\d))?\s+(?:o['’]clock\s+)?"
             r"(?:in\s+the\s+(?P<podw>morning|afternoon|evening)|at\s+(?P<night>night))")
# The day after a clock time: a weekday, "today", a month and day (and year), or a weekday and the
# full date, as bylines write it ("12:30 PM EDT, Thursday, May 9, 2019", "10:15 GMT, Friday 3
# April 2020"): the date then belongs to the time, not to a shorter "12:30 PM EDT, Thursday" that
# would leave the year alone.
_DAY_AFTER_CLOCK_RE = (rf"(?:,?\s+(?:on\s+)?(?:(?:(?P<dwd2>{WEEKDAY_RE}),?\s+)?(?:(?P<dmon>{MONTH_RE})\.?\s*(?P<dd>{DAY_RE})(?:,?\s+(?P<dy>{YEAR_RE}))?"
                       rf"|(?P<dd4>{DAY_RE})\s+(?P<dmon4>{MONTH_RE})\.?(?:,?\s+(?P<dy4>{YEAR_RE}))?)"
                       rf"|(?P<dwd>{WEEKDAY_RE})|(?P<drel>today|yesterday|tomorrow|tonight)))")


# a time in brackets (or the bracket closing after it), then the day: "2:46 p.m. (0546 GMT) on Thursday"
_PAREN_THEN_WEEKDAY = re.compile(rf"\s*(?:\([^()]{{1,30}}\)|\))\s*,?\s*(?:on\s+)?(?P<wd>{WEEKDAY_RE})(?![\w])", re.I)

_NUMERIC_DATE_AFTER = re.compile(r",?\s+(?:on\s+)?(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d/-]|\.\d)")

_CLOCK_PREPOSITIONS = {"at", "by", "until", "till", "before", "after", "from", "to", "since", "past", "around",
                       "about", "approximately"}


@rule("clock_time", rf"(?P<x>(?:(?P<approx>around|about|approximately|shortly\s+before|shortly\s+after|just\s+before|just\s+after)\s+)?(?:{_CLOCK_RE})(?:{_DAY_AFTER_CLOCK_RE})?)(?![\w])", priority=2)
def _clock_time(m, text):
    if m["noon"]:
        hh, mi = (24 if m["noon"].lower() == "midnight" else 12), 0
    elif m["h24"] or m["h24c"]:
        prev = _words_before(text, m.start("x"), 1)
        at_clock = bool(m["approx"]) or (prev and prev[-1] in _CLOCK_PREPOSITIONS)
        if m["h24c"] and not (at_clock and (int(m["h24c"]) >= 13 or m["h24c"].startswith("0") or m["hsep"].lower() == "h")):
            return None  # "won 3:10", "at 10:30" (a.m. or p.m.?): only "at 18:30", "at 08:30" say the hour
        if m["tz24"] and m["tz24"].lower() in ("hrs", "hours") and not at_clock:
            return None  # "1000 hours of work" is a duration, "at 1400 hours" a time
        hh, mi = int(m["h24"] or m["h24c"]), int(m["mi24"] or m["mi24c"])
    elif m["h2"]:
        prev = _words_before(text, m.start("x"), 1)
        if not m["approx"] and (not prev or prev[-1] not in _CLOCK_PREPOSITIONS):
            return None  # "ranked 3 in the morning ratings": a bare number is a clock time only after "at", "by", ...
        hh, mi = int(m["h2"]), int(m["mi2"] or 0)
        podw = (m["podw"] or "night").lower()
        if podw == "morning":
            if hh == 12:
                return None  # "12 in the morning": noon or midnight?
            pm = False
        elif podw == "night":
            if not 6 <= hh <= 11:
                return None  # "2 at night" is 2 a.m. for some, 2 p.m. for nobody: too vague
            pm = True
        else:
            pm = True
        hh = (hh % 12) + (12 if pm else 0)
    else:
        hh = int(m["h"])
        mi = int(m["mi"] or 0)
        if hh == 0 or hh > 12:
            return None
        pm = m["ap"].lower().startswith("p")
        hh = (hh % 12) + (12 if pm else 0)
    approx = (m["approx"] or "").lower()
    mod = "APPROX" if approx in ("around", "about", "approximately") else (
        "BEFORE" if "before" in approx else ("AFTER" if "after" in approx else None))
    clock = f"T{hh:02d}:{mi:02d}"
    # "a.m." in "5 a.m." needs the number; "I am" is not a time: require digits before am/pm
    if m["ap"] and re.fullmatch(r"am|pm", m["ap"], re.I) and not re.match(r"\d", m.group("x")[len(approx):].strip()):
        return None

    def fn(ctx, s, e):
        d = None
        why = ""
        if m["dwd"]:
            r = _weekday_date(ctx, s, e, _weekday_num(m["dwd"]))
            if r:
                d, why = r[0], f"{m['dwd']} {r[1]}"
        elif m["drel"]:
            if ctx.dct:
                d = A.add_days(ctx.dct, _DAY_WORDS[m["drel"].lower()])
                why = f"{m['drel'].lower()} relative to the DCT"
        elif m["dmon"] or m["dmon4"]:
            # "3:30 p.m. EST, Nov. 6", "at about 11:40 a.m. on 16 February (2020)"
            mo, dd = _month_num(m["dmon"] or m["dmon4"]), _day_num(m["dd"] or m["dd4"])
            year = m["dy"] or m["dy4"]
            if year:
                d = A.safe_date(int(year), mo, dd)
                why = "date stated"
            elif ctx.dct:
                y, why = _year_for(ctx, s, e, mo, dd)
                d = A.safe_date(y, mo, dd)
        elif (num := _NUMERIC_DATE_AFTER.match(ctx.text, e)) is not None:
            # "at 4 pm on 24.10.2019": the time is of that day; when day and month could be
            # swapped ("on 05.11.2019") the day is unknown, and so is the time's
            a, b, y = int(num["a"]), int(num["b"]), int(num["y"])
            if a > 12 or a == b:
                d = A.safe_date(y, b, a)
            elif b > 12:
                d = A.safe_date(y, a, b)
            if d is None:
                return None
            why = "on the numeric date after it"
        elif (wd_after := _PAREN_THEN_WEEKDAY.match(ctx.text, e)) and \
                (r := _weekday_date(ctx, s, e, _weekday_num(wd_after["wd"]))):
            # "at 2:46 p.m. local time (0546 GMT) on Thursday": the weekday after the
            # bracketed other time zone is this time's day too
            d, why = r[0], f"{wd_after['wd']} {r[1]}"
        else:
            if _habitual_clock(ctx, s, e):
                # (review Q) "the crossing usually opens at 8 a.m.", "the daily briefing at 5
                # p.m.", "a curfew from 6 p.m. to 6 a.m. is in force": any day's hour, not the DCT's
                return _unresolved("TIME", "XXXX-XX-XX" + clock, "clock time in a habitual or standing clause", mod)
            if _alone_on_line(ctx.text, s, e):
                # a time stamp alone on its line ("4:05 p.m. ET" over a live blog's entry) is of
                # the day the entry was written: the day heading above it, else the publication
                # day; not the day last talked about ("goes into effect at 4 a.m. tomorrow"). On a
                # page that is no live blog, times below a later day may be that day's programme
                # ("The programme for Monday, June 8:" over "9:00 a.m." / "Opening remarks"): no
                # day then, unless that day heads them alone.
                live = _LIVE_PAGE.search(ctx.text, 0, s)
                later_ref = ctx.ref_day is not None and ctx.dct is not None and ctx.ref_day > ctx.dct
                if ctx.heading_day is not None and (ctx.dct is None or ctx.heading_day <= ctx.dct or not live):
                    d, why = ctx.heading_day, f"a time stamp under the day heading {A.day(ctx.heading_day)}"
                elif ctx.dct and (live or not later_ref):
                    d, why = ctx.dct, f"a time stamp alone on its line, on the DCT {ctx.dct_value}"
                else:
                    return _unresolved("TIME", "XXXX-XX-XX" + clock, "a time alone on its line below a later day, "
                                       "on a page that is no live blog: the entry's day or that day's programme", mod)
            elif ctx.ref_day is not None:
                d = ctx.ref_day
                why = f"on the day last mentioned ({A.day(d)})"
            elif ctx.day_untold:
                return _unresolved("TIME", "XXXX-XX-XX" + clock, f"clock time: {ctx.day_untold}", mod)
            elif ctx.dct:
                d = ctx.dct
                why = f"on the DCT {ctx.dct_value}"
        if d is None and m["dwd"]:
            # "2:15 a.m. on Friday" with no DCT: the weekday is still known
            return _unresolved("TIME", f"XXXX-WXX-{_weekday_num(m['dwd'])}" + clock, "clock time on a weekday; no DCT", mod)
        if d is None:
            return _unresolved("TIME", "XXXX-XX-XX" + clock, "clock time whose day is unknown", mod)
        anchor = "reference" if (not (m["dwd"] or m["drel"] or m["dmon"] or m["dmon4"]) and ctx.ref_day is not None
                                 and d != ctx.dct) else ("absolute" if (m["dy"] or m["dy4"]) else "dct")
        return Resolved("TIME", A.day(d) + clock, mod, anchor, f"clock time {why}".strip(),
                        sets_reference=bool(m["dwd"] or m["dmon"] or m["dmon4"] or m["drel"]))
    return fn


@rule("day_at_clock", rf"(?P<x>(?P<wd>{WEEKDAY_RE})\s+(?P<pod2>noon|midnight|night|morning|afternoon|evening)|(?P<pod>noon|midnight)\s+(?P<wd2>{WEEKDAY_RE}))(?![\w])", priority=1)
def _day_pod(m, text):
    wd = _weekday_num(m["wd"] or m["wd2"])
    if m["pod2"] and _unit_in_name(text, m.start("pod2")):
        return None  # "Saturday Night Live"
    pod = (m["pod"] or m["pod2"]).lower()
    suffix = {"noon": "T12:00", "midnight": "T24:00"}.get(pod) or "T" + PARTS_OF_DAY[pod]

    def fn(ctx, s, e):
        if ctx.dct is None:
            return _unresolved("TIME", f"XXXX-WXX-{wd}{suffix}", "weekday without a DCT")
        r = _weekday_date(ctx, s, e, wd)
        if r is None:
            return None
        return Resolved("TIME", A.day(r[0]) + suffix, None, "dct", f"weekday {r[1]}")
    return fn


_HOUR_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
# the day (and part of it) after "o'clock": (days from the DCT, part of the day)
_OCLOCK_DAY = {"this morning": (0, "morning"), "this afternoon": (0, "afternoon"), "this evening": (0, "evening"),
               "tonight": (0, "night"), "last night": (-1, "night"), "in the morning": (None, "morning"),
               "in the afternoon": (None, "afternoon"), "in the evening": (None, "evening"), "at night": (None, "night")}


@rule("oclock", r"(?P<x>(?:(?P<approx>around|about|approximately)\s+)?(?P<h>1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                r"\s+o['’]clock(?:\s+(?P<day>this\s+(?:morning|afternoon|evening)|tonight|last\s+night|in\s+the\s+(?:morning|afternoon|evening)|at\s+night|"
                r"(?P<rel>yesterday|today|tomorrow)(?:\s+(?P<pod>morning|afternoon|evening|night))?))?)(?![\w])", priority=1)
def _oclock(m, text):
    """"10 o'clock this morning", "eight o'clock last night": a clock time, the part of the day
    saying a.m. or p.m. A bare "at 10 o'clock" may be either, and is left out as a bare "at 10:30" is."""
    hh = _HOUR_WORDS.get(m["h"].lower()) or int(m["h"])
    day = re.sub(r"\s+", " ", (m["day"] or "").lower())
    if m["rel"]:
        n, pod = _DAY_WORDS[m["rel"].lower()], (m["pod"] or "").lower()
    else:
        n, pod = _OCLOCK_DAY.get(day, (None, ""))
    if not day:
        return None  # "at 10 o'clock": a.m. or p.m.? ("the six o'clock news" is no time at all)
    if pod == "morning":
        if hh == 12:
            return None  # noon or midnight?
    elif pod == "night":
        if not 6 <= hh <= 11:
            return None  # "two o'clock last night": which day?
        hh += 12
    elif pod in ("afternoon", "evening"):
        if pod == "evening" and hh == 12:
            return None  # review P: "twelve o'clock in the evening" is midnight, not noon
        hh = hh % 12 + 12
    clock = f"T{hh:02d}:00"
    mod = "APPROX" if m["approx"] else None

    def fn(ctx, s, e):
        if n is not None and ctx.dct is not None:
            d, why = A.add_days(ctx.dct, n), "from the DCT"
        elif ctx.ref_day is not None:
            d, why = ctx.ref_day, "on the day last mentioned"
        elif ctx.day_untold:
            return _unresolved("TIME", "XXXX-XX-XX" + clock, f"o'clock time: {ctx.day_untold}", mod)
        else:
            d, why = ctx.dct, "on the DCT"
        if d is None:
            return _unresolved("TIME", "XXXX-XX-XX" + clock, "o'clock time whose day is unknown", mod)
        return Resolved("TIME", A.day(d) + clock, mod, "dct" if why != "on the day last mentioned" else "reference",
                        f"o'clock time {why}", sets_reference=n is not None)
    return fn
