"""Holidays: fixed dates (Christmas), US federal holidays fixed by weekday (Thanksgiving) and
the days fixed by Easter (Good Friday)."""

from __future__ import annotations

import datetime as _dt
import re

from .. import anchor as A
from ..lexicon import YEAR_RE
from .base import Resolved, rule
from .helpers import _absolute, _past_date_ahead, _since_range, _unresolved, _word_after, _year_for


_HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
             "new year's eve": (12, 31), "new year's day": (1, 1), "halloween": (10, 31),
             "valentine's day": (2, 14), "boxing day": (12, 26), "independence day": (7, 4),
             "veterans day": (11, 11), "armistice day": (11, 11), "bastille day": (7, 14),
             "st. patrick's day": (3, 17), "saint patrick's day": (3, 17)}
# Movable holidays: (month, weekday 1-7, nth; -1 = last) -- US federal holidays
_NTH_WEEKDAY_HOLIDAYS = {"thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4),
                         "memorial day": (5, 1, -1), "labor day": (9, 1, 1),
                         "mother's day": (5, 7, 2), "father's day": (6, 7, 3),
                         "martin luther king day": (1, 1, 3), "martin luther king jr. day": (1, 1, 3),
                         "presidents' day": (2, 1, 3), "presidents day": (2, 1, 3), "columbus day": (10, 1, 2)}
_EASTER_OFFSETS = {"easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1, "good friday": -2,
                   "palm sunday": -7, "ash wednesday": -46, "pentecost": 49, "whit sunday": 49}


def _easter(y: int) -> _dt.date | None:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = ((h + l_ - 7 * m + 114) % 31) + 1
    return A.safe_date(y, month, day)


def holiday_date(key: str, y: int) -> _dt.date | None:
    """The date of a named holiday in year y (None if unknown or out of range)."""
    if not A.valid_year(y):
        return None
    if key in _HOLIDAYS:
        mo, d = _HOLIDAYS[key]
        return A.safe_date(y, mo, d)
    if key in _NTH_WEEKDAY_HOLIDAYS:
        mo, wd, nth = _NTH_WEEKDAY_HOLIDAYS[key]
        if nth > 0:
            first = A.safe_date(y, mo, 1)
            if first is None:
                return None
            return A.add_days(first, (wd - first.isoweekday()) % 7 + 7 * (nth - 1))
        nxt = A.safe_date(y + (mo == 12), mo % 12 + 1, 1)
        last = A.add_days(nxt, -1) if nxt else None
        return A.add_days(last, -((last.isoweekday() - wd) % 7)) if last else None
    if key == "election day":
        # the US general election: the Tuesday after the first Monday in November
        first = A.safe_date(y, 11, 2)
        return A.add_days(first, (2 - first.isoweekday()) % 7) if first else None
    if key in _EASTER_OFFSETS and 1583 <= y <= 9999:
        e = _easter(y)
        return A.add_days(e, _EASTER_OFFSETS[key]) if e else None
    return None


_HOLIDAY_NAMES = (r"Christmas\s+Eve|Christmas\s+Day|Christmas|New\s+Year(?:'s|’s)\s+(?:Eve|Day)|Halloween|"
                  r"Valentine(?:'s|’s)\s+Day|Boxing\s+Day|Independence\s+Day|Veterans\s+Day|Armistice\s+Day|"
                  r"Bastille\s+Day|(?:St\.|Saint)\s+Patrick(?:'s|’s)\s+Day|Thanksgiving(?:\s+Day)?|Memorial\s+Day|"
                  r"Labor\s+Day|Mother(?:'s|’s)\s+Day|Father(?:'s|’s)\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.)?\s+Day|"
                  r"Presidents(?:'|’)?\s+Day|Columbus\s+Day|Easter(?:\s+(?:Sunday|Day|Monday))?|Good\s+Friday|"
                  r"Palm\s+Sunday|Ash\s+Wednesday|Pentecost|Whit\s+Sunday|Election\s+Day")


# Election Day has a fixed rule only in the United States: a text must be about US politics
# (review P: not "the Republican Guard", "the Kurdistan Democratic Party", "India's Congress",
# "the White House welcomed the Iraqi vote": the words must be American ones, and no other
# country may be named in the sentence with Election Day)
_US_POLITICS = re.compile(r"(?<![A-Z][a-z]{2}\s)(?<!['’]s\s)(?<!National\s)\b(?:Democrats?|Democratic\s+Party|Republicans?(?!\s+Guard)|GOP|"
                          r"Congress(?:ional)?(?!\s+[Pp]arty)|U\.?S\.?\s+Senate|House\s+of\s+Representatives|midterms?|"
                          r"electoral\s+college)\b")
_OTHER_COUNTRY = re.compile(r"\b(?:Iraq|Syria|Yemen|Liby|Ukrain|Sudan|Myanmar|Burm|Afghan|Kurd|Kosov|Keny|Niger|Ethiop|Somali|"
                            r"India|Pakistan|Bangladesh|Israel|Palestin|Leban|Egypt|Tunisi|Alger|Morocc|Turk|Iran|Russia|"
                            r"Georgia(?!\s+(?:voters|Republicans|Democrats))|Brazil|Mexic|Venezuel|Colombi|Canad|Brit|"
                            r"Germ|French|France|Ital|Spain|Spanish|Philippin|Indonesi|Zimbabw|Congo(?:lese)?|Malaw|Ugand|"
                            r"Tanzani|Ghan|Senegal|Mali|Haiti|Taiwan|Japan|Korea|Sri\s+Lank|Nepal|Thai|Cambodi)\w*", re.I)


@rule("holiday", r"(?P<x>(?:(?P<clk>noon|midday|midnight)\s+(?:on\s+)?)?(?:(?P<rel>last|next|this)\s+)?(?P<name>(?-i:" + _HOLIDAY_NAMES + r"))(?:,?\s+(?P<y>" + YEAR_RE + r"))?)(?![\w])", priority=2)
def _holiday(m, text):
    key = re.sub(r"\s+", " ", m["name"].lower().replace("’", "'"))
    if key == "presidents' day":
        key = "presidents day"
    probe = holiday_date(key, 2000)
    if probe is None:
        return None
    rel = (m["rel"] or "").lower()
    if key == "election day" and (not _US_POLITICS.search(text)
                                  or _OTHER_COUNTRY.search(text, max(0, m.start() - 200), m.end() + 200)):
        return None  # election day in Iraq or Kenya is not the US one: no date rather than a wrong one
    # "midnight on New Year's Eve": the time of that day, as "midnight on Friday" (T24:00 is
    # midnight at the end of the day, the TimeML convention)
    clock = {"noon": "T12:00", "midday": "T12:00", "midnight": "T24:00"}.get((m["clk"] or "").lower(), "")
    type_ = "TIME" if clock else "DATE"
    if m["y"]:
        d = holiday_date(key, int(m["y"]))
        if d is None:
            return None
        return _absolute(type_, A.day(d) + clock, "holiday and year stated")
    nxt = _word_after(text, m.end())
    if nxt[:1].isupper() or nxt.lower() in ("tree", "trees", "card", "cards", "gift", "gifts", "shopping", "sales", "season", "party", "carols", "market", "present", "presents", "spirit", "holidays", "island", "bunny", "egg", "eggs", "week", "weekend", "rising", "uprising", "offensive", "agreement", "accord"):
        return None  # "Christmas tree", "Easter Island", "the Good Friday agreement": names, not days

    def fn(ctx, s, e):
        if ctx.dct is None:
            if key in _HOLIDAYS:
                mo, dd = _HOLIDAYS[key]
                return _unresolved(type_, f"XXXX-{mo:02d}-{dd:02d}{clock}", f"{m['name']} without a year and no DCT")
            return _unresolved(type_, "XXXX-XX-XX" + clock, f"{m['name']} moves with the year, which is unknown")
        y = ctx.dct.year
        cands = [(yy, holiday_date(key, yy)) for yy in (y - 1, y, y + 1)]
        cands = [(yy, d) for yy, d in cands if d is not None]
        if not cands:
            return None
        if rel == "last":
            past = [c for c in cands if c[1] < ctx.dct]
            pick, why = (past[-1] if past else None), "the latest one before the DCT"
        elif rel == "next":
            fut = [c for c in cands if c[1] > ctx.dct]
            pick, why = (fut[0] if fut else None), "the next one after the DCT"
        elif rel == "this":
            pick, why = next((c for c in cands if c[0] == y), None), "the one in the DCT's year"
        else:
            this = holiday_date(key, y)
            if this is None:
                return None
            yy, why = _year_for(ctx, s, e, this.month, this.day)
            if _past_date_ahead(ctx, s, e, yy, this.month, this.day):
                # (review Q) "the ceasefire began on Christmas Eve", said on 6 November: last year's
                yy, why = yy - 1, f"the latest one before the DCT {ctx.dct_value} (past clause, over five weeks ahead)"
            d = holiday_date(key, yy)
            pick = (yy, d) if d else None
        if pick is None:
            return None
        return _since_range(ctx, s, A.day(pick[1]), Resolved(type_, A.day(pick[1]) + clock, None, "dct",
                                                              f"{m['name']} ({why})"))
    return fn


# "the 9/11 attacks", "since 9/11": in news after 2001 the day of the attacks, but only where the
# words say so. Day-first news writes the 9th of November that way ("jets struck on 9/11", "the
# 9/11 agreement", "stalled since 9/11, when the truce was signed"): words naming the attacks must
# follow it, or "since"/"after"/"before"/"post-" must precede it in a text that names them.
_NINE_ELEVEN_BEFORE = re.compile(r"\b(?:since|after|before|post|pre)[\s-]+$", re.I)
_NINE_ELEVEN_AFTER = re.compile(r"\s+(?:attacks?|hijack\w*|terror\w*|commission|memorial|museum|victims|families|"
                                r"anniversary|era|world)\b", re.I)
_ATTACKS_NAMED = re.compile(r"\b(?:al[- ]Qaeda|Qaeda|bin\s+Laden|hijack\w*|World\s+Trade\s+Cent(?:er|re)|Twin\s+Towers|"
                            r"Ground\s+Zero|Pentagon|2001|terror\w*)(?!\w)", re.I)


@rule("nine_eleven", r"(?P<x>(?<![\d/.,-])9/11)(?![\d/]|\.\d)")
def _nine_eleven(m, text):
    if not (_NINE_ELEVEN_AFTER.match(text, m.end())
            or (_NINE_ELEVEN_BEFORE.search(text, max(0, m.start() - 8), m.start()) and _ATTACKS_NAMED.search(text))):
        return None

    def fn(ctx, s, e):
        if ctx.dct is not None and ctx.dct < _dt.date(2001, 9, 11):
            return None
        return Resolved("DATE", "2001-09-11", None, "absolute", "9/11, the day of the 2001 attacks")
    return fn
