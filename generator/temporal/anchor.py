"""Anchoring: calendar arithmetic on ISO-TimeML values and the tense of a clause.

Values are handled as strings of a known granularity:
  Y  "2020"        M  "2020-06"     D  "2020-06-03"   W  "2020-W23"
  Q  "2020-Q2"     H  "2020-H1"     S  "2020-SU" (season)
  E  "202" (decade)  C "20" (century)
All arithmetic refuses to produce a year outside 1..9999 (it returns None instead).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from .lexicon import FULL_STOP_RE

MIN_YEAR, MAX_YEAR = 1, 9999


def valid_year(y: int) -> bool:
    return MIN_YEAR <= y <= MAX_YEAR


def parse_dct(dct: str | None) -> _dt.date | None:
    """'YYYY-MM-DD' (anything after the date, such as a time, is ignored) -> date, else None."""
    if not dct or not isinstance(dct, str):
        return None
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", dct)
    if not m:
        return None
    try:
        return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def day(d: _dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def month(y: int, m: int) -> str | None:
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    return f"{y:04d}-{m:02d}" if valid_year(y) else None


def year(y: int) -> str | None:
    return f"{y:04d}" if valid_year(y) else None


def week(d: _dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def quarter(y: int, q: int) -> str | None:
    y, q = y + (q - 1) // 4, (q - 1) % 4 + 1
    return f"{y:04d}-Q{q}" if valid_year(y) else None


def quarter_of(d: _dt.date) -> int:
    return (d.month - 1) // 3 + 1


def add_days(d: _dt.date, n: int) -> _dt.date | None:
    try:
        return d + _dt.timedelta(days=n)
    except (OverflowError, ValueError):
        return None


def add_months(d: _dt.date, n: int) -> _dt.date | None:
    """d shifted by n calendar months (day clipped to the month's length)."""
    total = d.year * 12 + (d.month - 1) + n
    y, m = divmod(total, 12)
    if not valid_year(y):
        return None
    import calendar
    last = calendar.monthrange(y, m + 1)[1]
    return _dt.date(y, m + 1, min(d.day, last))


def safe_date(y: int, m: int, d: int) -> _dt.date | None:
    try:
        return _dt.date(y, m, d)
    except (ValueError, OverflowError):
        return None


def granularity(value: str) -> str:
    """The granularity letter of an ISO-TimeML date value ('' if not a concrete date)."""
    if re.fullmatch(r"\d{4}", value):
        return "Y"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return "M"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return "D"
    if re.fullmatch(r"\d{4}-W\d{2}", value):
        return "W"
    if re.fullmatch(r"\d{4}-Q[1-4]", value):
        return "Q"
    if re.fullmatch(r"\d{4}-H[12]", value):
        return "H"
    if re.fullmatch(r"\d{4}-(SP|SU|FA|WI)", value):
        return "S"
    if re.fullmatch(r"\d{3}", value):
        return "E"
    if re.fullmatch(r"\d{2}", value):
        return "C"
    return ""


def to_date(value: str) -> _dt.date | None:
    """The first day a concrete value covers (for ranges and for 'the next day')."""
    g = granularity(value)
    try:
        if g == "D":
            return _dt.date.fromisoformat(value)
        if g == "M":
            return _dt.date(int(value[:4]), int(value[5:7]), 1)
        if g == "Y":
            return _dt.date(int(value), 1, 1)
        if g == "W":
            return _dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
        if g == "Q":
            return _dt.date(int(value[:4]), 3 * (int(value[6]) - 1) + 1, 1)
    except (ValueError, OverflowError):
        return None
    return None


def shift(value: str, unit: str, n: int) -> str | None:
    """Shift a concrete value by n units ('Y', 'Q', 'M', 'W', 'D'), keeping its granularity
    when that is at least as fine as the unit allows; None when it cannot be done honestly."""
    g = granularity(value)
    try:
        months = {"Y": 12, "Q": 3, "M": 1}.get(unit)
        days = {"W": 7, "D": 1}.get(unit)
        if g == "Y":
            if unit == "Y":
                return year(int(value) + n)
            return None
        if g == "Q":
            if months is None or months % 3:
                return None
            return quarter(int(value[:4]), int(value[6]) + n * months // 3)
        if g in ("H", "S"):
            if unit != "Y":
                return None
            return year(int(value[:4]) + n) and f"{int(value[:4]) + n:04d}{value[4:]}"
        if g == "M":
            if months is None:
                return None
            return month(int(value[:4]), int(value[5:7]) + n * months)
        if g == "D":
            d = _dt.date.fromisoformat(value)
            r = add_months(d, n * months) if months else add_days(d, n * (days or 0))
            return day(r) if r else None
        if g == "W":
            if not days:
                return None
            d = to_date(value)
            r = add_days(d, 7 * n) if d else None
            return week(r) if r else None
    except (ValueError, OverflowError, TypeError):
        return None
    return None


def at_granularity(d: _dt.date, unit: str) -> str | None:
    """The value of date d written at the granularity of a unit."""
    if not valid_year(d.year):
        return None
    if unit == "Y":
        return year(d.year)
    if unit == "Q":
        return quarter(d.year, quarter_of(d))
    if unit == "M":
        return month(d.year, d.month)
    if unit in ("W", "WE"):
        return week(d)
    return day(d)


def shift_date(d: _dt.date, unit: str, n: int) -> _dt.date | None:
    if unit in ("Y", "Q", "M"):
        return add_months(d, n * {"Y": 12, "Q": 3, "M": 1}[unit])
    if unit in ("W", "WE"):
        return add_days(d, 7 * n)
    if unit == "D":
        return add_days(d, n)
    return None


# --- tense of the clause around an expression ----------------------------------------------

# "agreed to" is a plan only before a verb ("agreed to meet on Monday"), not before a noun
# phrase ("agreed to the sale on June 12").
_FUTURE = re.compile(
    r"\b(?:will|shall|won't|wo|'ll|gonna|going\s+to|plans?\s+to|plans|plan\s+(?:a|an|another|further|more|new)\b|planning\s+to|intends?\s+to|"
    r"(?:threatens|vows|pledges|promises)\s+to|set\s+for|must(?!\s+have)|"
    r"expects?|expected\s+to|planned\s+to|(?:is|are)\s+(?:expected|planned)|scheduled|slated|due\s+to|(?:is|are)\s+due|set\s+to|is\s+to|are\s+to|"
    r"would|next|upcoming|coming|tomorrow|later\s+this|hopes?\s+to|aims?\s+to|agreed\s+to(?!\s+(?:the|an?|this|that|its|his|her|their|our)\b)|"
    r"begins?|starts?|(?:re)?opens?|closes|resumes?|expires|(?<!to )(?<!not )expire|ends|meets|(?<!to )(?<!not )meet|convenes|arrives|travels|visits|(?<!to )(?<!not )take\s+effect|takes\s+effect|kicks?\s+(?:in|off)|takes\s+place|gets\s+under\s?way|(?:go(?:es)?|heads?)\s+to\s+the\s+polls|as\s+(?:soon|early)\s+as|no\s+later\s+than|(?:postponed|deferred|delayed|extended)\s+(?:\w+\s+){0,3}until|deadline)\b", re.I)
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|says|told|ago|last|yesterday|earlier|[a-z]{2,}ed|went|came|took|"
    r"gave|made|saw|met|began|left|held|won|lost|fell|rose|sold|bought|paid|found|got|hit|"
    r"kept|led|ran|sent|spent|struck|stood|thought|wrote|broke|brought|built|caught|chose|"
    r"drew|drove|flew|grew|heard|knew|meant|put|shot|spoke|stole|taught|threw|understood|"
    r"became|fought|sought|dealt|felt|fled|arose|tore|withdrew|forced|began|set|cut|quit|"
    r"shut|let|rang|sank|swept|woke|wore|told|has\s+been|have\s+been)\b", re.I)
_NOT_PAST_ED = {"need", "embed", "feed", "speed", "seed", "bleed", "breed", "proceed", "exceed",
                "succeed", "indeed", "red", "bed", "shed", "wed", "led", "bred", "fled", "sled",
                "shred", "hundred", "expected", "scheduled", "planned", "proposed", "intended",
                "slated", "planned", "united", "limited", "based", "related", "detailed",
                "armed", "allied", "backed", "used", "concerned", "interested", "supposed",
                "advanced", "speed", "indeed", "naked", "wicked", "sacred", "kindred"}
_AUX_BEFORE = re.compile(r"\b(?:be|being|to)\s+$", re.I)
# "last" after a modal or "to" is the verb ("will last until Sunday"), not "last week".
_MODAL_BEFORE = re.compile(r"(?:\b(?:will|would|could|can|may|might|should|must|to|not)|'ll)\s+$", re.I)
# An "-ed" word right after a determiner, a possessive or an adverb of degree is an adjective
# ("the reduced dividend", "a still unspecified date", "its newly issued shares"), and after a
# present-tense "be" it is a passive participle ("is expected", "are based"): not a past verb.
_ADJ_BEFORE = re.compile(r"\b(?:a|an|the|this|that|these|those|its|his|her|their|our|my|your|"
                         r"still|already|newly|fully|partly|partially|widely|closely|much-|long-|"
                         r"is|are|am|isn't|aren't|remains?|stays?)\s+$", re.I)
# Dates that follow these words name when something is due to take effect ("payable Jan. 2",
# "effective Feb. 1"): a forward-looking date, as a future marker next to the date.
_DUE_BEFORE = re.compile(r"\b(?:payable|effective|due)\s+(?:on\s+|in\s+|as\s+of\s+)?$", re.I)
_PRESENT = re.compile(r"\b(?:is|are|am|isn't|aren't)\b(?!\s+(?:to|due|set|scheduled|expected|slated|going)\b)", re.I)
ED_PENALTY = 20
# the same patterns without IGNORECASE, for lower-cased text (several times faster)
_FUTURE_L = re.compile(_FUTURE.pattern)
_PAST_L = re.compile(_PAST.pattern)
_PRESENT_L = re.compile(_PRESENT.pattern)
_DUE_BEFORE_L = re.compile(_DUE_BEFORE.pattern)
# "to" + a verb in lower case, with no tense marker in the clause: a headline's future
_HEADLINE_TO = re.compile(r"\bto\s+(?!the\b|an?\b|be\b|have\b)[a-z]+\b")
# a condition or reason clause that follows the expression has a verb of its own
_CONDITION_AFTER = re.compile(r"\b(?:unless|if|because|although|though|whereas)\b", re.I)
_SENTENCE_BREAK = re.compile(rf"(?:{FULL_STOP_RE}|[!?;:])\s|\n")
_HEADLINE_MAX_CHARS = 160


def _in_headline(text: str, start: int, end: int) -> bool:
    """The expression sits on a short line of its own with no full stop: a headline ("UN to vote
    on the truce on Monday"), not running text ("the road to peace on Sunday ...")."""
    a = text.rfind("\n", max(0, start - _HEADLINE_MAX_CHARS), start)
    b = text.find("\n", end, end + _HEADLINE_MAX_CHARS)
    if (a < 0 and start > _HEADLINE_MAX_CHARS) or (b < 0 and len(text) - end > _HEADLINE_MAX_CHARS):
        return False
    line = text[a + 1:b if b >= 0 else len(text)].strip()
    return 0 < len(line) <= _HEADLINE_MAX_CHARS and not line.endswith((".", "!", "?", '"', "”"))


_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z]{4,}\b")


def _in_name(text: str, pos: int, chunk: str, i: int) -> bool:
    """The marker word at text[pos] is capitalised in mid-sentence after a capitalised word or
    "the" ("US Open", "the Met Office", "Rose Bowl"), in running text (not a title-case headline)."""
    if i == 0 or not text[pos:pos + 1].isupper() or not text[pos + 1:pos + 2].islower():
        return False
    prev = text[max(0, pos - 12):pos].split()
    if not prev or not (prev[-1][:1].isupper() or prev[-1].lower() == "the"):
        return False
    return len(_LOWER_WORD.findall(text, max(0, pos - 160), pos + 120)) >= 3


# a relative pronoun right before a clause's verb: "the storm that dumped snow on Wednesday"
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+(?:\w+ly\s+)?$", re.I)
# "that" after a noun is a relative pronoun, and the "-ed" word after it a verb ("the storm that
# dumped snow"); after a preposition or a verb it is a determiner ("of that reduced dividend")
_RELATIVE_THAT = re.compile(r"(?<![\w'’])(?!(?:of|in|on|at|to|from|with|by|for|said|says|say|is|was|are|were|be|been|than|all|and|but|so|"
                            r"like|about|after|before|because|into|over|under|that|this|think|believe|know|saw|see|hope|note|noted)\s)"
                            r"[a-z]{3,}\s+that\s+$", re.I)
# a deadline: "by Friday", "before the summer"
_DEADLINE_BEFORE = re.compile(r"\b(?:by|before)\s+(?:the\s+)?$", re.I)
_REQUEST_VERB = re.compile(r"\b(?:demanded|asked|ordered|called|requested|urged|given|set|instructed|told|pledged|promised|"
                           r"vowed|agreed|committed|decided|insisted|required|proposed|offered|planned|scheduled|sought|"
                           r"appealed|invited|summoned|directed|mandated|tasked|undertaken|threatened|warned)$", re.I)
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|'s|'ve)\s+(?:(?:also|already|now|since|not|\w+ly)\s+)?$", re.I)
# Future markers that are nouns: right before the date ("a two-day deadline on Friday", "announced
# plans Friday") they are the object of the clause's verb, whose tense is the clause's tense.
_FUTURE_NOUNS = ("deadline", "plans")
# the words between that verb and the noun: a short noun phrase ("the rebels a two-day"), no
# clause boundary, no verb of its own that a marker would show
_OBJECT_GAP = re.compile(r"\s+(?:(?!(?:to|that|which|who|whom|whose|and|or|but|if|when|as|because|while|after|before|"
                         r"until|will|would|could|can|may|might|should|must|is|are|was|were|be|been|has|have|had)\b)"
                         r"[\w'’-]+\s+){0,4}", re.I)
# "Anyone who missed the deadline on Monday will lose ...", "those who stayed beyond the deadline
# on Thursday would be ...": the past verb sits in a relative clause whose main verb, after the
# date, is future; "have been given a deadline on Monday" is a perfect (no past day with it)
_RELATIVE_SUBJECT = re.compile(r"\b(?:who|that|which)\s+$", re.I)
# (the modal in the same stretch: "The army, which gave the rebels a deadline on Friday, will
# storm the town" closes the relative clause with a comma, and Friday is when it was given)
_MODAL_AFTER = re.compile(r"[^,;]*?\b(?:will|would|shall|'ll|won't)\b", re.I)
# verbs of saying and thinking take a clause ("warned rebels face a deadline on Friday"): the
# noun after them may belong to the clause, with a tense of its own
_CLAUSE_VERB = re.compile(r"(?:said|says|told|warned|reported|added|stated|noted|insisted|believed|thought|knew|"
                          r"feared|hoped|claimed|argued|explained|confirmed|suggested|predicted|stressed|"
                          r"indicated|agreed|decided|learned|heard|understood|felt|meant)$", re.I)


# A date that opens its sentence and is set off by a comma ("On Monday, ...", "Late on 5 June,
# ...") belongs to the main clause, which may follow an inserted subordinate clause or phrase:
# "On Monday, as thousands continue to pour into the city, the council will hold a session".
# The inserted part's verbs are not the date's; the main clause's are, however far away.
_FRONTED_BEFORE = re.compile(r"[^\w]*(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?", re.I)
_INSERTION_OPENER = re.compile(r"\s*,\s*(?:as|while|when|where|whereas|after|before|once|since|although|though|because|"
                               r"even\s+as|just\s+as|if|unless|amid|amidst|despite|following|with|without|"
                               r"during|in\s+the\s+wake\s+of|ahead\s+of)\b", re.I)
# a comma-separated piece that continues the inserted part rather than opening the main clause
_CONTINUATION = re.compile(r"\s*(?:and|or|nor|which|who|whom|whose|where|that|as|while|when|many|most|some|all|both|"
                           r"including|mostly|mainly|among)\b", re.I)
_SENTENCE_END_AFTER = 400


def _fronted_main_clause(text: str, start: int, end: int, before: str) -> int | None:
    """Where the main clause starts when the expression opens its sentence and an inserted
    subordinate part follows it ("On Monday, as ... , the council will ..."): the first later
    comma-separated piece that neither continues the inserted part ("and ...", "which ...") nor
    lacks a tense marker. None when the sentence is not built so."""
    if not _FRONTED_BEFORE.fullmatch(before) or not _INSERTION_OPENER.match(text, end):
        return None
    hi = min(len(text), end + _SENTENCE_END_AFTER)
    m = _SENTENCE_BREAK.search(text, end, hi)
    stop = m.start() + 1 if m else hi
    first = text.find(",", end, stop)  # the comma after the date
    pos = text.find(",", first + 1, stop)  # the comma that closes the inserted part's first piece
    while pos >= 0:
        nxt = text.find(",", pos + 1, stop)
        piece = text[pos + 1:nxt if nxt >= 0 else stop]
        if not _CONTINUATION.match(piece) and (_FUTURE.search(piece) or _PAST.search(piece) or _PRESENT.search(piece)):
            return pos + 1
        pos = nxt
    return None


# a past verb of saying and what may stand between it and its date: an object ("told reporters"),
# a place or occasion ("in a televised address", "at a news conference in Geneva")
_SPEECH_BEFORE = re.compile(r"\b(?:said|stated|declared|announced|warned|added|insisted|confirmed|claimed|"
                            r"told(?:\s+[\w'’-]+){1,3}?)"
                            # (not "said to be planned for Sunday", "claimed to have ...": a report of
                            # something else, whose own tense counts)
                            r"(?!\s+to\s+(?:be|have)\b)"
                            r"(?:\s+(?:in|at|during|to|via|through|on)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?"
                            r"\s+(?:(?:late|early)\s+)?(?:on\s+)?$", re.I)
_THAT_AFTER = re.compile(r"\s*,?\s*that\b", re.I)


@dataclass(frozen=True)
class Tense:
    label: str       # "past" | "future" | "present" | "unknown"
    marker: str      # the word that decided it ("" when unknown)


def clause_tense(text: str, start: int, end: int) -> Tense:
    """Tense of the clause holding text[start:end]: the nearest tense marker within the sentence
    (future markers such as "will", "next", "expected to"; past markers such as "said",
    "-ed" verbs, "was"). Markers before the expression count a little more than after."""
    lo = max(0, start - 160)
    hi = min(len(text), end + 200)
    before = text[lo:start]
    after = text[end:hi]
    cut = None
    for m in _SENTENCE_BREAK.finditer(before):
        cut = m.end()
    if cut is not None:
        before = before[cut:]
    if start - len(before) == 0 or cut is not None:  # the sentence starts within the window
        main = _fronted_main_clause(text, start, end, before)
        if main is not None:
            # judge the date by the main clause alone, as if the inserted part were not there
            return clause_tense(text[:end] + "," + text[main:], start, end)
    m = _SENTENCE_BREAK.search(after)
    if m:
        after = after[:m.start() + 1]
    m = _CONDITION_AFTER.search(after)
    if m:
        after = after[:m.start()]  # "... on Monday unless a deal was reached": another clause's verb
    if _THAT_AFTER.match(after) and _SPEECH_BEFORE.search(before):
        # "Saree said in a televised address on Wednesday that attacks would continue": the date
        # sits between the speech verb and its "that" clause, whose verbs are the reported content's
        after = ""
    best: tuple[float, str, str] | None = None
    best_side, best_at, best_end = "", 0, 0
    past_before: list[tuple[int, int, str]] = []  # past markers before the expression (start, end, word)
    near_before: tuple[float, str, str, int] | None = None  # the nearest marker before the expression
    low_before, low_after = before.lower(), after.lower()
    if len(low_before) == len(before) and len(low_after) == len(after):
        before, after = low_before, low_after
        future_rx, past_rx, present_rx, due_rx = _FUTURE_L, _PAST_L, _PRESENT_L, _DUE_BEFORE_L
    else:
        future_rx, past_rx, present_rx, due_rx = _FUTURE, _PAST, _PRESENT, _DUE_BEFORE
    due = due_rx.search(before)
    if due:
        return Tense("future", due.group(0).split()[0].lower())
    for side, chunk in (("before", before), ("after", after)):
        for rx, rx_label in ((future_rx, "future"), (past_rx, "past"), (present_rx, "present")):
            for mm in rx.finditer(chunk):
                label = rx_label
                w = mm.group(0).lower()
                if label == "past" and w.endswith("ed") and w in _NOT_PAST_ED:
                    continue
                if label == "past" and w == "last" and _MODAL_BEFORE.search(chunk, max(0, mm.start() - 10), mm.start()):
                    continue  # "will last until Sunday": the verb
                if label == "past" and not w.endswith("ed") and w not in ("earlier", "ago", "yesterday", "last") \
                        and _MODAL_BEFORE.search(chunk, max(0, mm.start() - 10), mm.start()):
                    continue  # "would cut", "will set": a base form after a modal, not a past tense
                if label == "past" and _AUX_BEFORE.search(chunk, max(0, mm.start() - 12), mm.start()):
                    continue  # "will be held", "to be signed": a participle, the auxiliary decides
                if label == "past" and w.endswith("ed") and _ADJ_BEFORE.search(chunk, max(0, mm.start() - 12), mm.start()) \
                        and not _RELATIVE_THAT.search(chunk, max(0, mm.start() - 30), mm.start()):
                    continue  # "the reduced dividend", "is based": an adjective or a present passive
                if _in_name(text, (start - len(chunk) if side == "before" else end) + mm.start(), chunk, mm.start()):
                    continue  # "the US Open", "the Met Office": a capitalised word inside a name
                if label == "future" and w == "deadline" and side == "after" and mm.start() <= 2:
                    continue  # "by the Tuesday deadline": the noun the date modifies, not a tense
                if side == "before":
                    dist = len(chunk) - mm.end()
                else:
                    dist = mm.start() * 1.3 + 5
                if label == "future" and re.search(r"\bhad\s+(?:been\s+)?(?:\w+ly\s+)?$", chunk[max(0, mm.start() - 30):mm.start()]) \
                        and re.match(r"(?:due|scheduled|slated|set|expected|planned|supposed)", w):
                    label = "past"  # "had been due to expire Friday": a plan in the past perfect, overtaken
                if label == "future" and w in ("next", "coming", "upcoming"):
                    dist += 20  # adjectives: weaker than a verb
                if label == "past" and w.endswith("ed") and side == "after":
                    dist += ED_PENALTY  # "-ed" after the expression is often a participle ("markets untouched")
                if side == "before" and (near_before is None or dist < near_before[0]):
                    near_before = (dist, label, w, mm.start())
                if side == "before" and label == "past":
                    past_before.append((mm.start(), mm.end(), w))
                if best is None or dist < best[0]:
                    best = (dist, label, w)
                    best_side, best_at, best_end = side, mm.start(), mm.end()
    if best is not None and best_side == "after" and near_before is not None and near_before[0] <= 40 \
            and _RELATIVE_BEFORE.search(before, max(0, near_before[3] - 20), near_before[3]) \
            and not re.search(r"[,;(]", before[near_before[3]:]):
        # "a storm that dumped snow on Wednesday is expected to ...": the expression sits in a
        # relative clause; its own verb, not the main verb after it, gives its tense
        best, best_side, best_at = near_before[:3], "before", near_before[3]
    if best is not None and best[1] == "future" and best_side == "before" and best[2] in _FUTURE_NOUNS \
            and re.fullmatch(r"\s+(?:on\s+)?", before[best_end:]):
        # "The army gave the rebels a two-day deadline on Friday", "announced plans on Friday":
        # the date tells when the verb happened; the noun is its object, not a tense
        verb = next((p for p in reversed(past_before) if p[1] <= best_at), None)
        if verb is not None and verb[2] not in ("ago", "last", "yesterday", "earlier") \
                and not _CLAUSE_VERB.search(verb[2]) \
                and not verb[2].startswith(("has ", "have ", "'s ", "'ve ")) \
                and not _PERFECT_BEFORE.search(before, max(0, verb[0] - 30), verb[0]) \
                and not (_RELATIVE_SUBJECT.search(before, max(0, verb[0] - 12), verb[0]) and _MODAL_AFTER.match(after)) \
                and _OBJECT_GAP.fullmatch(before, verb[1], best_at):
            return Tense("past", verb[2])
    if best is not None and best[1] == "past" and best_side == "before" and _DEADLINE_BEFORE.search(before) \
            and (best[2].startswith(("has ", "have ")) or _PERFECT_BEFORE.search(before, max(0, best_at - 30), best_at)) \
            and _REQUEST_VERB.search(best[2]):
        # (review P: only a verb that asks or promises: "aid has arrived by Monday", "the army
        # has killed 40 by Tuesday" report what is done)
        # "the court has demanded a report by Friday": a present perfect asking for something
        # "by" or "before" a date sets a deadline still to come
        return Tense("future", "by")
    if best is None:
        if _HEADLINE_TO.search(text, lo + (len(text[lo:start]) - len(before)), start) and _in_headline(text, start, end):
            # a headline drops "is": "Minister to visit Gaza on Sunday" is a plan
            return Tense("future", "to")
        return Tense("unknown", "")
    return Tense(best[1], best[2])
