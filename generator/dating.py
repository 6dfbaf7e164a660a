"""Stage 3b, dating: the date that governs an event's clause, from the temporal engine's timexes.

Rules, in order (each says why):
1. A timex in the event's own clause governs it, the nearest to the trigger first. A "since X"
   timex is the start of a state ("in force since March 6"), so it dates the event only when
   nothing else in the clause or at the head of the sentence does ("has waded further since
   Thursday"): then the event spans X..publication. "The first strikes since March 6" dates an
   earlier happening: never this one.
2. A timex that dates an agreement's signing ("an agreement signed in March 2020") dates only
   agreement events.
3. A timex at the head of the sentence ("On Wednesday, ...", "Last week, ...") frames every clause
   of the sentence that has none of its own.
4. A timex attached to a speech verb ("said on Wednesday that ...") dates the statement; what is
   reported takes it only as "by then", so a reported event keeps it only when reported in a
   perfect tense about the same day, and otherwise stays null.
5. Carry-over happens in extract.py: a sentence without any timex that continues the same kind of
   happening in the same paragraph takes the previous event's date.
Durations ("for three months"), sets ("daily") and values the engine could not place on the
calendar never give a date; the reason is recorded instead.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date

from . import temporal
from .temporal import anchor as A
from .temporal.lexicon import MONTH_RE
from .clauses import AGREEMENT_NOUNS, SIGNING_VERBS, Clause

_SINCE = re.compile(r"\b(?:since|from)\s*$", re.IGNORECASE)
# "since the ceasefire took effect on March 6", "since the offensive began in December": the date
# of what the since-clause narrates is the start of the period, like "since March 6".
SINCE_CLAUSE = (r"\bsince\s+(?:the|its|their|his|her|a|an|this|that)\s+(?:[\w’'-]+\s+){0,4}?"
                r"(?:took effect|came into (?:effect|force)|went into effect|entered into force|took over|broke out|"
                r"began|begun|started|fell|ended|(?:was|were|had been|has been)\s+\w+ed|\w+ed)\s+"
                r"(?:(?:on|in|at|during|early|late|earlier|later)\s+)?(?:the\s+)?")
_SINCE_CLAUSE = re.compile(SINCE_CLAUSE + r"$", re.IGNORECASE)
# "the first raids since January 22", "the heaviest shelling since March", "the deadliest since the
# truce took effect in March", "the fourth hospital hit since the start of November": the date of
# an earlier happening (or of the count's start), never of this one.
FIRST_SINCE = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|heaviest|deadliest|biggest|largest|worst|fiercest|most\s+\w+)\b[^,;.]{0,40}"
                         r"(?:\bsince\s*|" + SINCE_CLAUSE + r")$", re.IGNORECASE)
# "the deadliest single attack of the month", "the first strikes of the year": the period is
# the frame of a ranking, not the event's date (the sentence's own date, if any, is).
FIRST_OF = re.compile(r"\b(?:first|second|third|last|latest|\d+(?:st|nd|rd|th)|heaviest|deadliest|bloodiest|biggest|largest|"
                      r"worst|fiercest|most\s+\w+)\b(?:(?!\b(?:days?|weeks?|months?|hours?|half|quarter|mornings?|evenings?|nights?)\b)[^,;.]){0,40}"
                      r"\bof\s*$", re.IGNORECASE)  # not "the first days of this year", a date
_FRAME_PERIOD = re.compile(r"^(?:the|this|that)\s+(?:month|year|week|day)$", re.IGNORECASE)


def is_ranking_frame(text: str, timex: temporal.Timex, floor: int = 0) -> bool:
    return bool(_FRAME_PERIOD.match(timex.text.strip())
                and FIRST_OF.search(text[max(floor, timex.start - 80):timex.start]))


# "recorded 87 violations, compared with 41 in the previous 24 hours", "30 air strikes, up from 12
# in April", "40 times, against 12 the week before": the period in the comparison dates the figure
# compared with, not the one reported. ("up from", "against" and "versus" only before a number, and
# "against" only after a comma: "fighters came up from the south on Monday", "an offensive against
# Saraqib on Monday", "the offensive against 12 villages on Sunday" are no comparisons.)
_COMPARISON = re.compile(
    r"\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|(?:(?:up|down)\s+from|as\s+against|(?<=,\s)against|versus|vs\.?)(?=\s+(?:(?:about|around|some|nearly|"
    r"almost|roughly|only|just|more\s+than|fewer\s+than|less\s+than|over|under)\s+)?(?:\d|a\s+dozen\b|dozens\b|hundreds\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)))"
    r"[^,;:()\[\].!?]{0,60}$", re.IGNORECASE)


def in_comparison(text: str, timex: temporal.Timex, trigger_at: int, floor: int = 0) -> bool:
    """The timex names the period an event is compared with (and the event's trigger lies outside
    that phrase)."""
    m = _COMPARISON.search(text, max(floor, timex.start - 80), timex.start)
    return bool(m) and not (m.start() <= trigger_at < timex.start)


_AGREEMENT_DATE = re.compile(
    rf"\b(?:{AGREEMENT_NOUNS}|zone)\b[^.;]{{0,60}}"
    rf"\b(?:{SIGNING_VERBS}|established|in force|in effect|came into (?:effect|force)|took effect|went into effect|entered into force)\b[^.;,]{{0,30}}$"
    r"|\b(?:signing|signature|entry into force|entry of the ceasefire into force)\b[^.;,]{0,60}$"
    r"|\b(?:in force|in effect)\s+since\s*$"
    # "violating the ceasefire, which began on May 22": the date of the truce, in its relative clause
    rf"|\b(?:{AGREEMENT_NOUNS})s?,?\s+(?:which|that)\s+(?:had\s+|has\s+)?(?:began|begun|started|took\s+hold)\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE)
_SPEECH_DATE = re.compile(r"\b(?:said|told|announced|stated|declared|confirmed|added|reported|claimed)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
# A verb between a speech verb and a date ("denied carrying out strikes on Tuesday", "said
# government forces had taken control ... on Tuesday"): the date is inside what is reported. A word
# in -ing or -ed after a determiner is a noun or an adjective ("at a briefing on Tuesday").
_REPORTED_VERB = re.compile(r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!\bthis )"
                            r"\b(?:[a-z]{2,}ing|[a-z]{3,}ed|had|has|have|was|were|would|will|could|did)\b")

# A word in -ing that is no verb of what is reported: a preposition ("said during a visit on
# Tuesday") or a noun after a preposition and a determiner ("said at a press briefing on Monday").
_ING_PREPOSITIONS = {"during", "following", "according", "including", "regarding", "concerning", "pending"}
_PREPOSITION_BEFORE = re.compile(r"\b(?:at|in|during|after|before|following|from|to)\s+(?:a|an|the|its|their|his|her|this)\s+"
                                 r"(?:[\w-]+\s+)?$")


# "said in a statement carried by the state news agency yesterday": a participle naming who
# carried the speech, after the noun of the speech, is no verb of what is reported.
_CARRIER_PARTICIPLE = re.compile(r"\b(?:statement|report|interview|message|remarks|speech|communiqu[eé]|comments?)\s+"
                                 r"(?:carried|published|issued|broadcast|aired|posted|released|quoted|cited)$", re.IGNORECASE)


def _is_reported_verb(rest: str, word: re.Match) -> bool:
    if not word.group(0).endswith("ing"):
        return not (_CARRIER_PARTICIPLE.search(rest, 0, word.end()) and re.match(r"\s+by\b", rest[word.end():]))
    return word.group(0) not in _ING_PREPOSITIONS and not _PREPOSITION_BEFORE.search(rest, 0, word.start())


_HEAD = re.compile(r"^\W*(?:on|in|at|by|during|last|this|since|early|late|the)?\b", re.IGNORECASE)


@dataclass(frozen=True)
class EventDate:
    date: str | None
    end_date: str | None
    text: str | None
    reason: str | None
    timex: temporal.Timex | None = None
    basis: str = "clause"  # clause, head, speech, since, carried, none


NO_DATE = EventDate(None, None, None, "the sentence gives no date")


def trim(value: str) -> str:
    """An ISO-TimeML value to the date precision records use (no times, weeks or seasons)."""
    match = re.match(r"^(\d{4})(-\d{2})?(-\d{2})?", value)
    return "".join(part for part in match.groups() if part) if match else value


def usable(timex: temporal.Timex) -> bool:
    """A DATE or TIME the engine placed on the calendar (year, month or day)."""
    if timex.type not in ("DATE", "TIME"):
        return False
    value = timex.value
    if re.match(r"^\d{4}-W\d{2}(?:-WE)?$", value):  # a week or its weekend (see _to_event_date)
        return True
    if _PART_OF_YEAR.match(value):  # a season within one year, a quarter, a half (see _to_event_date)
        return True
    return bool(re.match(r"^\d{4}(-\d{2}(-\d{2})?)?(T|$)", value))


# A part of one calendar year: spring, summer, autumn (winter spans two years), quarters, halves.
_PART_OF_YEAR = re.compile(r"^(\d{4})-(SP|SU|FA|AU|Q[1-4]|H[12])$")
_PART_MONTHS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12)}


def is_since_clause(text: str, timex: temporal.Timex) -> bool:
    """The timex ends a since-clause ("since the ceasefire took effect on March 6"): the start of
    the period the main clause speaks of, even when the clause is about an agreement."""
    return timex.rule != _PAIRED and bool(_SINCE_CLAUSE.search(text[max(0, timex.start - 90):timex.start]))


# "The insurgency began in October 2017 and has killed more than 5,000 people": the start of what
# the perfect sums up to now, like "since October 2017" (not the day of those deaths).
_BEGAN_BEFORE = re.compile(r"\b(?:began|begun|started|erupted|broke\s+out)\s+(?:(?:on|in|at)\s+)?(?:the\s+)?$", re.IGNORECASE)
_PERFECT_AFTER = re.compile(r"^\s*,?\s*and\s+(?:has|have)\s+(?:since\s+)?(?:\w+ed|left|driven|seen|cost)\b", re.IGNORECASE)


def is_since(text: str, timex: temporal.Timex) -> bool:
    if timex.rule == _PAIRED:
        return False  # "from 1 to 31 January": a range of its own, not a period up to publication
    if re.match(r"[’']s\b", text[timex.end:timex.end + 3]):
        return False  # "the toll from Saturday's air strike": the date of a noun after "from", not a start
    if _BEGAN_BEFORE.search(text[max(0, timex.start - 25):timex.start]) and _PERFECT_AFTER.match(text[timex.end:timex.end + 60]):
        return True
    return bool(_SINCE.search(text[max(0, timex.start - 12):timex.start])) or is_since_clause(text, timex)


# "the 2018 Sochi agreement", "the March 2020 ceasefire": a date inside the agreement's own noun
# phrase is the agreement's date.
_AGREEMENT_NOUN_AFTER = re.compile(
    rf"^\s*(?:(?:[A-Z][\w’'-]*|[\w’'-]+-[\w’'-]+)\s+){{0,3}}(?i:{AGREEMENT_NOUNS})\b")  # "the 2015 Algiers Agreement"
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|this|that|[\w-]+’s|[\w-]+'s)\s*$", re.IGNORECASE)


# "the Moscow protocol of March 5", "the ceasefire of 6 March 2020": the date follows the noun.
_AGREEMENT_OF_BEFORE = re.compile(rf"\b(?:{AGREEMENT_NOUNS})s?\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def is_agreement_date(text: str, timex: temporal.Timex, in_name: bool = True) -> bool:
    """The timex dates an agreement's signing or entry into force; with in_name, also one inside
    the agreement's noun phrase ("the 2018 Sochi agreement", "the Moscow protocol of March 5"),
    which dates that noun only."""
    if _AGREEMENT_DATE.search(text[max(0, timex.start - 120):timex.start]):
        return True
    if in_name and _AGREEMENT_OF_BEFORE.search(text[max(0, timex.start - 30):timex.start]):
        return True
    return in_name and bool(_DETERMINER_BEFORE.search(text[max(0, timex.start - 20):timex.start])
                and _AGREEMENT_NOUN_AFTER.match(text[timex.end:timex.end + 60]))


def is_speech_date(text: str, timex: temporal.Timex) -> bool:
    window = text[max(0, timex.start - 40):timex.start]
    m = _SPEECH_DATE.search(window)
    # "said a drone strike on Tuesday": the noun phrase after "said" is what was said
    return bool(m) and not _SAID_SUBJECT.fullmatch(window, m.start())


def _to_event_date(text: str, timex: temporal.Timex, basis: str, published: str | None = None) -> EventDate:
    if timex.type != "DURATION" and not timex.range_start and is_since(text, timex):
        # "since the ceasefire took effect on March 6": from then up to the article.
        if published and usable(timex) and trim(timex.value) <= trim(published):
            start, end = trim(timex.value), trim(published)
            return EventDate(start, end if end != start else None, timex.text,
                             f"a period: since '{timex.text}', up to the article's publication date", timex, "since")
        return EventDate(None, None, timex.text,
                         f"a period from '{timex.text}' (since) whose end, the article's publication date, is unknown"
                         if usable(timex) else unresolved_reason(timex, published), timex, "none")
    if timex.type == "DURATION" or (is_since(text, timex) and timex.range_start):
        if timex.range_start and timex.range_end and usable_range(timex):
            whole = _whole_months(timex, published)
            start, end = whole or (trim(timex.range_start), trim(timex.range_end))
            return EventDate(start, end if end != start else None, timex.text,
                             f"a period: '{timex.text}', up to the article's publication date"
                             if basis == "since" and not whole and published and end == trim(published) else
                             f"a period: '{timex.text}', counted back from the article's publication date"
                             if whole else None,
                             timex, basis)
        return EventDate(None, None, timex.text, f"'{timex.text}' is a period that cannot be placed on the calendar", timex, "none")
    weekend = re.match(r"^(\d{4})-W(\d{2})-WE$", timex.value)
    if weekend:
        # "over the weekend": its Saturday and Sunday
        saturday = date.fromisocalendar(int(weekend.group(1)), int(weekend.group(2)), 6)
        sunday = date.fromisocalendar(int(weekend.group(1)), int(weekend.group(2)), 7)
        return EventDate(saturday.isoformat(), sunday.isoformat(), timex.text,
                         f"'{timex.text}': the weekend of {saturday} and {sunday}", timex, basis)
    week = re.match(r"^(\d{4})-W(\d{2})$", timex.value)
    if week:
        # Records have no weeks: a week that lies within one month is dated by that month.
        monday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        sunday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 7)
        if (monday.year, monday.month) == (sunday.year, sunday.month):
            return EventDate(monday.strftime("%Y-%m"), None, timex.text,
                             f"'{timex.text}' is the week {monday} to {sunday}: only its month is given", timex, basis)
        return EventDate(monday.strftime("%Y-%m"), sunday.strftime("%Y-%m"), timex.text,
                         f"'{timex.text}' is the week {monday} to {sunday}", timex, basis)
    part = _PART_OF_YEAR.match(timex.value)
    if part:
        year, code = part.groups()
        if code in _PART_MONTHS:
            # "the fourth quarter of 2020": its first and last month
            first, last = _PART_MONTHS[code]
            return EventDate(f"{year}-{first:02d}", f"{year}-{last:02d}", timex.text, None, timex, basis)
        # "the summer of 2013": the season's months are a convention, its year is not
        return EventDate(year, None, timex.text, f"'{timex.text}' is a season: only its year is given", timex, basis)
    if re.match(r"^\d{4}-W\d", timex.value) and timex.range_start and timex.range_end:
        return EventDate(trim(timex.range_start), trim(timex.range_end), timex.text, "a week: dated by its first and last day", timex, basis)
    if timex.range_start and timex.range_end and timex.type in ("DATE", "TIME") and not is_since(text, timex):
        start, end = trim(timex.range_start), trim(timex.range_end)
        return EventDate(start, end if end != start else None, timex.text, None, timex, basis)
    value = trim(timex.value)
    reason = None
    if timex.mod in ("START", "END", "MID", "EARLY", "LATE"):
        reason = f"'{timex.text}': the text gives only the {timex.mod.lower()} of this period"
    return EventDate(value, None, timex.text, reason, timex, basis)


_PAST_MONTHS = re.compile(r"(?i)^(?:the\s+)?(?:past|last|previous)\s+(?:\w+\s+)?(?:months?|years?)$")


def _whole_months(timex: temporal.Timex, published: str | None) -> tuple[str, str] | None:
    """"During the past month" in a report published on 1 June: the month of May. A span of
    months or years counted back from the publication date ends the day before it (it is as
    long as it says); one that runs from a month's first day to a month's last is given in months."""
    if not (published and timex.range_end == published and _PAST_MONTHS.match(timex.text or "")):
        return None
    first, pub = A.to_date(timex.range_start), A.to_date(published)
    if not (first and pub and first.day == pub.day and len(timex.range_start) == 10):
        return None
    last = A.add_days(pub, -1)
    if first.day == 1:
        start, end = first.strftime("%Y-%m"), last.strftime("%Y-%m")
        return start, end
    return A.day(first), A.day(last)


def usable_range(timex: temporal.Timex) -> bool:
    return all(re.match(r"^\d{4}", v or "") for v in (timex.range_start, timex.range_end))


def unresolved_reason(timex: temporal.Timex, published: str | None) -> str:
    if timex.anchor == "narrative":
        return f"'{timex.text}': {timex.explanation}"  # two readings of its year (see narrative_years)
    if not published:
        return f"'{timex.text}' is relative and the article's publication date is unknown"
    return f"'{timex.text}' cannot be placed on the calendar"


_HEAD_OPENING = re.compile(r"\W*(?:\d{1,2}[.)]\s+)?(?:on|in|at|by|during|since|and|however,?|meanwhile,?|then)?\s*"
                           r"(?:the\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night|early\s+hours|small\s+hours)\s+of\s+)?",
                           re.IGNORECASE)


def _head_timexes(text: str, sentence: tuple[int, int], in_sentence: list[temporal.Timex]) -> list[temporal.Timex]:
    """The timex that opens the sentence ("On Wednesday, ..."), if any; also after the number of
    a list item ("3. On 1 May, ...") and as the day of a part of it ("On the evening of 1 May")."""
    head = [t for t in in_sentence if not text[sentence[0]:t.start].strip(" ,“\"")
            or _HEAD_OPENING.fullmatch(text, sentence[0], t.start)]
    return [t for t in head if t.type in ("DATE", "TIME") and not is_agreement_date(text, t)]


def date_clause(text: str, clause: Clause, sentence: tuple[int, int], trigger_at: int,
                timexes: list[temporal.Timex], published: str | None, event_type: str,
                clauses: list[Clause], published_stated: bool = True) -> EventDate:
    """The date that governs the event whose trigger is at trigger_at (see the module rules).
    published_stated: the publication date is stated, not inferred (an inferred one may be
    wrong: a date after it is then evidence against it, and is kept)."""
    when = _date_clause(text, clause, sentence, trigger_at, timexes, published, event_type, clauses)
    if event_type != "statement":
        when = quoted_from_speech(text, sentence, timexes, when)
        when = lasting_up_to_speech(text, clause, sentence, timexes, when)
    when = since_then(text, trigger_at, when, published)
    when = counted_back_from_speech(text, sentence, timexes, when, published)
    when = last_month_just_ended(when, published)
    return not_after_publication(when, published) if published_stated else when


def counted_back_from_speech(text: str, sentence: tuple[int, int], timexes: list[temporal.Timex],
                             when: EventDate, published: str | None) -> EventDate:
    """"The ministry said on Thursday that it had recorded 12 violations in the past 24 hours",
    published on Friday: the period is counted back from the day of the speech, not from the
    article's."""
    t = when.timex
    if not (t and published and t.type == "DURATION" and when.end_date == published and when.date
            and len(when.date) == 10 and t.range_end == published):
        return when
    speech = [s for s in timexes if sentence[0] <= s.start and s.end <= sentence[1] and s.type in ("DATE", "TIME")
              and re.fullmatch(r"\d{4}-\d{2}-\d{2}", trim(s.value)) and is_speech_date(text, s)]
    if not speech or trim(speech[0].value) >= published:
        return when
    said, pub, first = A.to_date(trim(speech[0].value)), A.to_date(published), A.to_date(when.date)
    if not (said and pub and first):
        return when
    start = A.add_days(first, -(pub - said).days)
    return EventDate(A.day(start), A.day(said), when.text, f"a period: '{when.text}', counted back from the day "
                     f"of the statement, '{speech[0].text}'", t, when.basis)


def _speech_day(text: str, sentence: tuple[int, int], timexes: list[temporal.Timex]) -> temporal.Timex | None:
    speech = [s for s in timexes if sentence[0] <= s.start and s.end <= sentence[1] and s.type in ("DATE", "TIME")
              and re.fullmatch(r"\d{4}-\d{2}-\d{2}", trim(s.value)) and is_speech_date(text, s)]
    return speech[0] if speech else None


def quoted_from_speech(text: str, sentence: tuple[int, int], timexes: list[temporal.Timex],
                       when: EventDate) -> EventDate:
    """"'They struck us yesterday,' the mayor said on Thursday": the engine counts the quoted
    "yesterday" from the day it was said (Wednesday); a happening the clause rules dated by the
    speech day itself (Thursday) takes the quoted day instead."""
    said = _speech_day(text, sentence, timexes)
    if not said or when.timex is not said:
        return when
    quoted = [t for t in timexes if sentence[0] <= t.start and t.end <= sentence[1]
              and "counted from the day it was said" in (t.explanation or "")]
    if len(quoted) != 1:
        return when
    t = quoted[0]
    return EventDate(trim(t.value), None, t.text, f"'{t.text}' in a quotation, counted from the day it was said, "
                     f"'{said.text}'", t, "speech")


# "jets had been bombing the area for a week" (said on Tuesday): a period up to the day of the speech
_LASTING = re.compile(r"\b(?:has|have|had)\s+been\s+\w+ing\b[^,;]*?\bfor\s+(?:a|an|one|two|three|four|five|six|seven|\d+)\s+"
                      r"(?:days?|weeks?)\b", re.IGNORECASE)


def lasting_up_to_speech(text: str, clause: Clause, sentence: tuple[int, int], timexes: list[temporal.Timex],
                         when: EventDate) -> EventDate:
    """A perfect progressive with "for <N days/weeks>" in what is reported ("residents said on Tuesday
    that jets had been bombing the area for a week") is a period that ends on the day of the speech,
    not that day."""
    said = _speech_day(text, sentence, timexes)
    if not (said and when.timex is said):
        return when
    m = _LASTING.search(text, said.end, sentence[1])
    span = m and next((t for t in timexes if t.type == "DURATION" and m.start() <= t.start and t.end <= m.end()), None)
    if not span:
        return when
    n = re.fullmatch(r"P(\d+)([DW])", span.value or "")
    end = A.to_date(trim(said.value))
    if not (n and end):
        return EventDate(None, None, span.text, f"'{span.text}' is a period up to '{said.text}' that cannot be placed "
                         f"on the calendar", span, "none")
    start = A.add_days(end, -int(n.group(1)) * (7 if n.group(2) == "W" else 1))
    return EventDate(A.day(start), A.day(end), span.text, f"a period: '{span.text}' up to the day it was reported, "
                     f"'{said.text}'", span, "speech")


def headline_week(text: str, title: tuple[int, int] | None, timexes: list[temporal.Timex],
                  dct: str | None) -> list[temporal.Timex]:
    """"Syria weekly: 3–9 March 2021", published on 10 March: a round-up of the days its headline
    names. A weekday of the body that the engine placed after those days (on or before the
    publication date: "On Wednesday" is then 10 March) is the one within them (3 March)."""
    if not title or not dct:
        return timexes
    span = next((t for t in timexes if title[0] <= t.start and t.end <= title[1] and t.range_start and t.range_end
                 and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.range_start) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.range_end)), None)
    first, last, pub = (A.to_date(span.range_start), A.to_date(span.range_end), A.to_date(dct)) if span else (None,) * 3
    if not (first and last and pub and 1 <= (last - first).days <= 6 and last < pub):
        return timexes
    out = []
    for t in timexes:
        day = A.to_date(t.value) if t.rule == "weekday" and t.anchor == "dct" and t.start > title[1] \
            and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value or "") else None
        if day and last < day <= pub:
            within = A.add_days(day, -7)
            if within and first <= within <= last:
                t = dataclasses.replace(t, value=A.day(within), anchor="reference",
                                        explanation=f"'{t.text}' within the days the headline names, '{span.text}'")
        out.append(t)
    return out


_SINCE_START_OF = re.compile(r"(?i)\bsince\s+(?:the\s+)?(?:start|beginning)\s+of\s+$")
_PRESENT_PERFECT = re.compile(r"(?i)\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|t|wn)\b")


def since_start_of_now(text: str, timexes: list[temporal.Timex], dct: str | None) -> list[temporal.Timex]:
    """"Last year, the army took X. Since the start of the year, Turkey has sent two convoys": the
    present perfect runs up to now, so "the year" (or "the month") is the publication date's, not
    the year just narrated, which the engine takes as its reference time."""
    if not dct or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dct):
        return timexes
    out = []
    for t in timexes:
        unit = re.fullmatch(r"(?i)(?:the\s+)?(?:start|beginning)\s+of\s+the\s+(year|month)|the\s+(year|month)", t.text or "")
        if unit and t.anchor == "reference" and t.type == "DATE":
            head = _SINCE_START_OF.search(text, max(0, t.start - 30), t.start) or \
                re.search(r"(?i)\bsince\s+$", text[max(0, t.start - 10):t.start])
            end = text.find(".", t.end)
            if head and _PRESENT_PERFECT.search(text, t.end, end if end > 0 else len(text)):
                value = dct[:4] if (unit.group(1) or unit.group(2)).lower() == "year" else dct[:7]
                if value != trim(t.value):
                    t = dataclasses.replace(t, value=value, anchor="dct",
                                            explanation=f"'{t.text}' with a present perfect: the publication date's")
        out.append(t)
    return out


_HAVE_SINCE = re.compile(r"(?i)\b(?:has|have)\s+since\s+(?:\w+\s+){0,2}$")


def since_then(text: str, trigger_at: int, when: EventDate, published: str | None) -> EventDate:
    """"launched an offensive last month and have since captured 40 villages": the captures lie
    after the date of the first conjunct, up to the article, not at that date."""
    t = when.timex
    if not (t and when.date and published and t.end <= trigger_at and when.end_date is None
            and _HAVE_SINCE.search(text, t.end, trigger_at) and when.date <= published[:len(when.date)]):
        return when
    return EventDate(when.date, published, when.text, f"a period: after '{when.text}' (\"have since\"), up to the "
                     f"article's publication date", t, "since")


def last_month_just_ended(when: EventDate, published: str | None) -> EventDate:
    """"Last December" said in January: the engine takes the December a year before (the one just
    ended would be "last month"), but writers use it for both. Which year is a guess: null, with
    the reason. ("This past December", "in December" and "December 2020" say which.)"""
    t = when.timex
    if not (t and published and when.date and t.rule == "relative_month" and re.match(r"(?i)last\b", t.text or "")
            and re.fullmatch(r"\d{4}-\d{2}", when.date[:7]) and re.match(r"\d{4}-\d{2}", published)):
        return when
    months = (int(published[:4]) - int(when.date[:4])) * 12 + int(published[5:7]) - int(when.date[5:7])
    if months != 13:
        return when
    return EventDate(None, None, when.text, f"'{when.text}', said in the month after it, may be the one just ended "
                     f"or the one a year before: the text does not say which", t, "none")


_NAMES_MONTH = re.compile(rf"{MONTH_RE}|\b(?:Christmas|New Year)")


def not_after_publication(when: EventDate, published: str | None) -> EventDate:
    """A happening the article narrates cannot come after the article. A month or day named
    without its year ("in May", "on 3 June") that was placed after the publication date is the
    last one before it (else null, with the reason). A date whose year the text states is kept:
    it is then the publication date that is doubtful."""
    if not when.date or not published or len(published) != 10:
        return when
    if when.date[:len(published)] <= published[:len(when.date)]:
        end = when.end_date
        if end and end > published and when.timex is not None and when.timex.value.endswith("-WE"):
            # "killed this weekend" said on its Saturday: up to the article
            return dataclasses.replace(when, end_date=published if published != when.date else None)
        if end and end[:len(published)] > published[:len(end)] and not (when.text and re.search(r"\b\d{4}\b", when.text)):
            # "killed 14,000 people over the following eight years": a period counted forward from
            # an earlier time the text narrates, which the engine took for the article's own
            return EventDate(None, None, when.text, f"'{when.text}' would end after the article's publication date "
                             f"{published}: it counts from a time the text does not date", when.timex, "none")
        return when
    if when.text and re.search(r"\b\d{4}\b", when.text):
        return when  # the text states the year: it outweighs the publication date (which may be wrong)
    if len(when.date) >= 7 and not when.end_date and _NAMES_MONTH.search(when.text or ""):
        # only a named month repeats a year earlier; "Friday", "tomorrow", "next week" placed
        # after the article are plans ("talks continue until Friday"), and a year back is no
        # Friday at all
        earlier = f"{int(when.date[:4]) - 1:04d}{when.date[4:]}"
        if earlier[:len(published)] <= published[:len(earlier)]:
            return EventDate(earlier, None, when.text,
                             f"'{when.text}' names no year: the last one before the publication date {published}",
                             when.timex, when.basis)
    return EventDate(None, None, when.text, f"'{when.text}' would be after the article's publication date {published}",
                     when.timex, "none")


_PAIRED = "paired_range"
# a bound may name a part of its day: "between the evening of 2 December and the morning of 3 December"
_PART_OF_DAY_OF = r"(?:the\s+)?(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night|dawn|dusk|midday|noon)\s+of\s+"
_PAIR_GAP = re.compile(rf"\s*(?P<word>and|to|until|till|through|-|–|—)\s*(?:{_PART_OF_DAY_OF})?", re.IGNORECASE)
_PAIR_OPEN = re.compile(rf"\b(?P<word>from|between)\s*(?:{_PART_OF_DAY_OF})?$", re.IGNORECASE)
# "2 December noon", "2 December at 6 am": a day and its clock time, one bound of a range
_DAY_TIME_GAP = re.compile(r"\s*,?\s*(?:at\s+)?(?:around\s+|about\s+)?", re.IGNORECASE)


def _day_and_time_bounds(text: str, timexes: list[temporal.Timex]) -> list[tuple[temporal.Timex, list[temporal.Timex]]]:
    """Each timex, or a day followed by its clock time as one (with the timexes it stands for)."""
    out: list[tuple[temporal.Timex, list[temporal.Timex]]] = []
    j = 0
    while j < len(timexes):
        t, n = timexes[j], timexes[j + 1] if j + 1 < len(timexes) else None
        if (n is not None and t.type == "DATE" and n.type == "TIME" and not t.range_start and not n.range_start
                and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value) and n.value.startswith(t.value + "T")
                and _DAY_TIME_GAP.fullmatch(text, t.end, n.start)):
            out.append((dataclasses.replace(t, end=n.end, text=text[t.start:n.end]), [t, n]))
            j += 2
            continue
        out.append((t, [t]))
        j += 1
    return out


def pair_ranges(text: str, timexes: list[temporal.Timex]) -> list[temporal.Timex]:
    """"between January 1 and January 31, 2021", "from 3 to 5 May": one range, not two dates
    (else the trigger's nearest end would be taken for the day it happened). A bound that names
    no year takes the other bound's year. Ranges the engine already linked are kept as they are."""
    out: list[temporal.Timex] = []
    bounds = _day_and_time_bounds(text, timexes)
    single = [t for t, _ in bounds]
    timexes = single
    i = 0
    while i < len(timexes):
        a = timexes[i]
        b = timexes[i + 1] if i + 1 < len(timexes) else None
        gap = _PAIR_GAP.fullmatch(text, a.end, b.start) if b is not None and a.end <= b.start else None
        opener = _PAIR_OPEN.search(text[max(0, a.start - 40):a.start])
        if (b is not None and a.type == "DATE" and b.type == "DATE" and not a.range_start and not b.range_start
                and gap and opener and (gap.group("word").lower() != "and" or opener.group("word").lower() == "between")):
            va, vb = a.value.split("T")[0], b.value.split("T")[0]
            if va.startswith("XXXX") and re.match(r"^\d{4}", vb):
                va = _year_from(va, vb, step=-1)
            elif vb.startswith("XXXX") and re.match(r"^\d{4}", va):
                vb = _year_from(vb, va, step=+1)
            ok = all(re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", v) for v in (va, vb)) and va[:len(vb)] <= vb[:len(va)]
            out.append(dataclasses.replace(
                b, start=a.start, text=text[a.start:b.end], value=va if ok else "XXXX",
                range_start=va if ok else None, range_end=vb if ok else None, rule=_PAIRED, mod=None))
            i += 2
            continue
        if b is not None and _consecutive_days(text, a, b):
            # "talks on Tuesday and Wednesday", "on 4 and 5 March": one happening over two days in
            # a row (two days further apart stay two dates: the days between are not told)
            va, vb = a.value.split("T")[0], b.value.split("T")[0]
            out.append(dataclasses.replace(b, start=a.start, text=text[a.start:b.end], value=va,
                                           range_start=va, range_end=vb, rule=_PAIRED, mod=None))
            i += 2
            continue
        if (b is not None and a.range_start and (a.range_start, a.range_end) == (b.range_start, b.range_end)
                and _PAIR_GAP.fullmatch(text[a.end:b.start])):
            # the engine's own range, tagged as its two bounds ("1" and "15 March"): one timex
            out.append(dataclasses.replace(b, start=a.start, text=text[a.start:b.end]))
            i += 2
            continue
        out.extend(bounds[i][1])
        i += 1
    return out


def _consecutive_days(text: str, a: temporal.Timex, b: temporal.Timex) -> bool:
    """Two dates joined by "and" that are two days in a row."""
    if a.type not in ("DATE", "TIME") or b.type not in ("DATE", "TIME") or a.range_start or b.range_start:
        return False
    if text[a.end:b.start].strip().lower() != "and":
        return False
    first, second = (A.to_date(t.value.split("T")[0]) for t in (a, b))
    return bool(first and second and A.granularity(a.value.split("T")[0]) == A.granularity(b.value.split("T")[0]) == "D"
                and (second - first).days == 1)


def _year_from(value: str, other: str, step: int) -> str:
    """A range bound with no year ("XXXX-12-28") takes the other bound's year, or the year before
    it (step -1: the start) or after it (step +1: the end) when that keeps the bounds in order."""
    filled = other[:4] + value[4:]
    in_order = filled[:len(other)] <= other[:len(filled)] if step < 0 else filled[:len(other)] >= other[:len(filled)]
    return filled if in_order else f"{int(other[:4]) + step:04d}{value[4:]}"


# "One year after the agreement was signed, ...", "two weeks before the offensive began": what
# the phrase narrates lies that far from the time the rest of the sentence speaks of, so neither
# the sentence's head date nor its speech date dates it; only a date inside the phrase does.
_SPAN_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|several|a\s+few|few|many|some)"
_DISPLACED = re.compile(rf"\b{_SPAN_NUMBER}\s+(?:full\s+)?(?:days?|weeks?|months?|years?|decades?)\s+(?:after|before)\b(?P<rest>[^,;:]*)$",
                        re.IGNORECASE)
# "a day after government forces shelled Kafr Zita, also in Hama province, on Monday, killing
# three": the clause after "a day after" goes on past its first comma, through verbless pieces (a
# place, a date), when it is still going on around the date: an apposition before the date or a
# participle of its verb after it. (A date closing the sentence, "... a day after the strike, on
# Monday.", may be the main clause's: not taken.)
_VERBLESS_PIECE = re.compile(r",\s*(?!(?:which|who|whom|whose|where|when|while|as|and|but|or|after|before|because|although|though|"
                             r"according|despite|amid|with|without)\b)(?![a-z]+(?:ing|ed)\b)"
                             r"(?P<piece>(?:(?!\b(?:was|were|is|are|had|has|have|said|says|will|would)\b)[^,;:.!?]){1,50})(?=[,;:.!?]|$)")
_DISPLACED_VERB = re.compile(r"\b(?:[a-z]{3,}ed|(?:re)?took|hit|struck|fled|fought|fell|began|came|left|shot|overran|withdrew)\b")


def _displaced_clause_end(text: str, rest_start: int, phrase_end: int, sentence_end: int) -> int:
    if not _DISPLACED_VERB.search(text, rest_start, phrase_end):
        return phrase_end  # "a day after the strike": a noun, no clause of its own to go on
    end, pieces = phrase_end, []
    while len(pieces) < 3 and (m := _VERBLESS_PIECE.match(text, end, sentence_end)):
        pieces.append(m)
        end = m.end()
    for i, m in reversed(list(enumerate(pieces))):
        if i > 0 or re.match(r",\s*[a-z]+ing\b", text[m.end():sentence_end]):
            return m.end()
    return phrase_end


# ", launched on December 19,", ", signed in March 2020,": a participle phrase set off by commas
# after a noun, before a present or present perfect main verb ("The offensive, launched on
# December 19, has forced ...") dates that noun, not the state the sentence goes on to tell.
_PARTICIPLE_OPEN = re.compile(r"\w,\s+(?:\w+ly\s+)?(?:[a-z]+ed|begun|born|broken|built|chosen|done|drawn|driven|"
                              r"fought|given|held|hit|known|led|made|run|seen|set|shot|struck|taken|thrown|won|"
                              r"written)\b[^,;:.]*$")


# "The conflict, which erupted on April 15, has killed 860 people", "The offensive, launched on
# December 19, has forced ...": the date in the phrase after the subject is when the subject's
# period began. A main verb in the perfect tells what happened over that period, up to the
# article (like "since April 15"); any other leaves the period's end untold.
_START_PHRASE = re.compile(
    r"\w,\s+(?:(?:which|that)\s+(?:(?:had|has|was|were)\s+)?(?:[\w’'-]+\s+){0,3}?|(?=launched|begun|started))"
    r"(?:erupted|began|begun|started|broke\s+out|flared(?:\s+up)?|launched|took\s+effect|came\s+into\s+(?:effect|force)|"
    r"went\s+into\s+effect|entered\s+into\s+force)\s+(?:(?:on|in|at|during|early|late|earlier|later)\s+)*(?:the\s+)?$",
    re.IGNORECASE)
_START_PHRASE_CLOSE = re.compile(r"[^,;:.]*,\s*(?:\w+ly\s+)?(?P<verb>\w+)")


def _period_start(text: str, timex: temporal.Timex, sentence_start: int) -> tuple[int, int, bool] | None:
    """(start and end of the phrase, main verb in the perfect) when the timex is the start of the subject's
    period (see _START_PHRASE), else None."""
    if timex.type not in ("DATE", "TIME") or timex.range_start:
        return None
    opening = _START_PHRASE.search(text, max(sentence_start, timex.start - 80), timex.start)
    if not opening:
        return None
    close = _START_PHRASE_CLOSE.match(text, timex.end)
    if not close:
        return None
    verb = close.group("verb")
    if not (re.fullmatch(r"(?i)has|have|had|was|were|[a-z]{3,}ed", verb) or _IRREGULAR_PAST.fullmatch(verb)):
        return None  # "Operation X, launched on 1 March, striking ...": no main verb after the phrase
    return opening.start() + 1, close.start("verb"), verb.lower() in ("has", "have")


def _since_start(text: str, timex: temporal.Timex, perfect: bool, published: str | None) -> EventDate:
    if not usable(timex):
        return EventDate(None, None, timex.text, unresolved_reason(timex, published), timex, "none")
    if perfect and published and trim(timex.value) <= trim(published):
        start, end = trim(timex.value), trim(published)
        return EventDate(start, end if end != start else None, timex.text,
                         f"a period: from '{timex.text}', when what the sentence speaks of began, up to the "
                         f"article's publication date", timex, "since")
    why = ("the article's publication date is unknown" if perfect and not published else
           "the sentence does not say when the period ends")
    return EventDate(None, None, timex.text, f"'{timex.text}' is when what the sentence speaks of began, not the day of "
                     f"this happening, which lies in the period after it: {why}", timex, "none")


def _in_participle_phrase(text: str, timex: temporal.Timex, sentence_start: int) -> tuple[int, int] | None:
    """(start, end) of the comma-delimited participle phrase that holds the timex, or None."""
    before = text[max(sentence_start, timex.start - 100):timex.start]
    m = _PARTICIPLE_OPEN.search(before)
    if not m:
        return None
    close = re.match(r"[^,;:.]*,(?=\s*(?:\w+\s+)?(?:has|have|is|are|continues|continue|remains|remain)\b)",
                     text[timex.end:timex.end + 100])
    if not close:
        return None  # "The strikes, carried out on Tuesday, killed ten": the past main verb shares the date
    return timex.start - len(before) + m.start() + 1, timex.end + close.end()


_CLOSING_SPEECH = re.compile(r",[^,;]{0,100}$")
# past tenses that do not end in -ed: "said the exchange began on 3 May"
_IRREGULAR_PAST = re.compile(r"\b(?:began|came|went|took|fell|hit|struck|shot|fought|fled|left|held|won|lost|rose|"
                             r"broke|made|gave|saw|met|ran|sent|brought|caught|led|paid|put|stood|threw|wrote|"
                             r"kept|built|sold|bought|found|got|overran|withdrew|drove|flew)\b", re.IGNORECASE)


# "said a drone strike on Tuesday could have hit ...": "said" followed by a noun phrase opens what
# is said (its subject), so a date after that noun is the reported happening's ("told the
# parliament on Tuesday", "announced a halt on Tuesday" take an object: not these verbs).
_SAID_SUBJECT = re.compile(r"(?:said|says|stated|added|claimed)\s+(?:a|an|the|its|their|his|her|this)\s+(?:[\w’'-]+\s+){1,4}$",
                           re.IGNORECASE)
# "In a statement on Sunday, the ministry said ...", "At a news conference on Monday, ...": a date in
# a verbless phrase heading the sentence is when the speech was made.
_SPEECH_HEAD = re.compile(r"\W*(?:in|at|during)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){1,3}?"
                          r"(?:(?:issued|released|published|given|held)\s+)?(?:on|late|early|last)?\s*", re.IGNORECASE)


def _reported_content_date(text: str, timex: temporal.Timex, speech_at: int, sentence_start: int | None = None) -> bool:
    """For a statement: the timex dates what was said, not the saying. After the speech verb, a
    verb of its own comes first ("denied carrying out strikes on Tuesday", "said the exchange began
    on 3 May"; not "told lawmakers in Moscow on Wednesday", "said in a statement on Monday"), or
    "said" + a noun phrase ("said a drone strike on Tuesday could have ..."); before it, a closing
    attribution follows ("The exchange began on 3 May, the ICRC said"), unless the date heads the
    sentence in a verbless phrase ("In a statement on Sunday, the ministry said")."""
    if timex.start >= speech_at:
        if _SAID_SUBJECT.fullmatch(text, speech_at, timex.start):
            return True
        verb = re.match(r"\w+", text[speech_at:timex.start])
        rest = text[speech_at + (verb.end() if verb else 0):timex.start]
        return any(_is_reported_verb(rest, v) for v in _REPORTED_VERB.finditer(rest)) or bool(_IRREGULAR_PAST.search(rest))
    if sentence_start is not None and _SPEECH_HEAD.fullmatch(text, sentence_start, timex.start):
        return False
    return bool(_CLOSING_SPEECH.search(text[timex.end:speech_at]))


_YEAR_SPAN_AFTER = re.compile(r"[-–/](\d{4}|\d{2})\b")


def complete_timexes(text: str, timexes: list[temporal.Timex]) -> list[temporal.Timex]:
    """"the winter of 2019-2020", "in 2019–20": a span of years, not the first year (the engine
    leaves "2019–20" half read: a two-digit end could be a month)."""
    out: list[temporal.Timex] = []
    skip_until = -1
    for t in timexes:
        if t.start < skip_until:
            continue
        if t.type == "DATE" and re.fullmatch(r"\d{4}", t.value or ""):
            m = _YEAR_SPAN_AFTER.match(text, t.end)
            if m:
                end_year = m.group(1) if len(m.group(1)) == 4 else t.value[:2] + m.group(1)
                if end_year > t.value:
                    out.append(dataclasses.replace(t, end=m.end(), text=text[t.start:m.end()], range_start=t.value,
                                                   range_end=end_year, rule="year_span", mod=None))
                    skip_until = m.end()  # the engine's own timex for the second year
                    continue
        out.append(t)
    return out


_AND_CONJUNCT = re.compile(r",\s+and\s+(?:then\s+|later\s+)?[a-z]+ed\b")


# "41 civilians have been killed since January, compared with 29 in the same period last year",
# "up from 12 in 2022": the date of the yardstick, not of what the sentence tells.
def _across_and(text: str, timex: temporal.Timex, trigger_at: int) -> bool:
    """Is a ", and <past verb>" conjunction between the timex and the trigger?"""
    if timex.end <= trigger_at:  # the trigger opens the second conjunct: ", and captured"
        return bool(_AND_CONJUNCT.search(text[timex.end:trigger_at + 40])) and \
            re.search(r",\s+and\s+(?:then\s+|later\s+)?$", text[timex.end:trigger_at]) is not None
    return bool(_AND_CONJUNCT.search(text[trigger_at:timex.start]))


def _date_clause(text: str, clause: Clause, sentence: tuple[int, int], trigger_at: int,
                 timexes: list[temporal.Timex], published: str | None, event_type: str,
                 clauses: list[Clause]) -> EventDate:
    in_sentence = pair_ranges(text, complete_timexes(text, [t for t in timexes if t.start >= sentence[0] and t.end <= sentence[1]
                                                          and t.type in ("DATE", "TIME", "DURATION")]))
    displaced = _DISPLACED.search(text, sentence[0], trigger_at)
    if displaced:
        # only a date inside the phrase, up to the next comma, dates what it narrates
        phrase_end = trigger_at + len(re.match(r"[^,;:]*", text[trigger_at:sentence[1]]).group(0))
        phrase_end = _displaced_clause_end(text, displaced.start("rest"), phrase_end, sentence[1])
        inside = [t for t in in_sentence if displaced.start("rest") <= t.start and t.end <= phrase_end
                  and not is_since(text, t)]
        placed = [t for t in inside if usable(t)]
        if placed:
            return _to_event_date(text, min(placed, key=lambda t: abs(t.start - trigger_at)), "clause", published)
        span = text[displaced.start():displaced.start("rest")].strip()
        return EventDate(None, None, None, f"'{span}': it lies that far from the time the sentence speaks of, "
                         f"which the text does not date")
    # (also for the subject itself: "The fighting, which started in March, has killed ..." is a
    # period from March, not a happening of March)
    started = [(t, p[2]) for t in in_sentence
               if event_type != "agreement" and (p := _period_start(text, t, sentence[0]))
               and (trigger_at >= p[1] or (p[2] and trigger_at < p[0] and not re.search(r"[,;:]", text[trigger_at:p[0]])))]
    in_sentence = [t for t in in_sentence
                   if not ((p := _in_participle_phrase(text, t, sentence[0])) and trigger_at >= p[1])
                   and t not in [s for s, _ in started]]
    own = [t for t in in_sentence if t.start >= clause.start and t.end <= clause.end]
    if event_type != "agreement":
        own = [t for t in own if not is_agreement_date(text, t) or is_since_clause(text, t)]
    else:
        # An agreement is dated by its own date, not by the speech date of the one who reports it.
        own = [t for t in own if not (is_speech_date(text, t) and t.start < trigger_at)] or own
    own = [t for t in own if not FIRST_SINCE.search(text[max(sentence[0], t.start - 80):t.start])
           and not is_ranking_frame(text, t, sentence[0]) and not in_comparison(text, t, trigger_at, sentence[0])]
    if event_type == "statement":
        # "Russia denied carrying out strikes on Tuesday", "The exchange began on 3 May, the ICRC
        # said": a date inside what is reported dates that, not the speech ("said on Tuesday",
        # "said in a statement on Monday" date the speech)
        own = [t for t in own if not _reported_content_date(text, t, trigger_at, sentence[0])]
    points = [t for t in own if t.type != "DURATION" and not is_since(text, t)]
    periods = [t for t in own if t not in points]
    if event_type == "agreement":
        # A signing is a point: "deployed since last year under the agreement signed with Iran"
        # gives the start of the deployment, not the day of the signing.
        periods = [t for t in periods if t.type == "DURATION"]
    head = _head_timexes(text, sentence, in_sentence)
    if not points and head and not is_since(text, head[0]) and (event_type != "agreement" or not clause.kind == "relative"):
        periods = []  # "On Monday, ... the raids since January": the head date, not the period
    if started and not points and not periods:
        return _since_start(text, *started[0], published)
    for group, basis in ((points, "clause"), (periods, "since")):
        # "launched an offensive on A on April 30, and captured the town on August 20": a date
        # across ", and" dates the other conjunct, not this one
        group = [t for t in group if not _across_and(text, t, trigger_at)]
        if any(t.start >= trigger_at for t in group):
            # "killed X in an air strike on September 27 and launched a ground invasion on October 1":
            # the date before "and <verb>" dates the first conjunct when the second has one of its own
            group = [t for t in group if not (t.end <= trigger_at and re.fullmatch(r"\s+and\s+(?:then\s+|later\s+)?", text[t.end:trigger_at]))]
        placed = [t for t in group if usable(t) or (t.range_start and usable_range(t))]
        if placed:
            best = min(placed, key=lambda t: abs(t.start - trigger_at))
            return _to_event_date(text, best, basis, published)
        if group:
            first = min(group, key=lambda t: abs(t.start - trigger_at))
            if first.type == "DURATION":
                if not [t for t in in_sentence if t.type in ("DATE", "TIME")]:
                    return EventDate(None, None, first.text, f"'{first.text}' is a period the text does not place on the calendar", first, "none")
                continue
            return EventDate(None, None, first.text, unresolved_reason(first, published), first, "none")
    # Rule 3: the sentence's head timex frames clauses without their own.
    head = _head_timexes(text, sentence, in_sentence)
    if head and (event_type != "agreement" or not clause.kind == "relative"):
        t = head[0]
        if is_since(text, t):
            if event_type == "agreement":
                return EventDate(None, None, None, "the sentence's dates belong to other clauses, not to this one")
            if (usable_range(t) and t.range_start) or usable(t):
                return _to_event_date(text, t, "since", published)
            return EventDate(None, None, t.text, unresolved_reason(t, published), t, "none")
        if usable(t) or (t.range_start and usable_range(t)):
            return _to_event_date(text, t, "head", published)
        return EventDate(None, None, t.text, unresolved_reason(t, published), t, "none")
    # Rule 4: the date of the speech clause, for a statement or an event reported in the perfect.
    speech = [t for t in in_sentence if is_speech_date(text, t) and t.type in ("DATE", "TIME")]
    if speech:
        t = speech[0]
        if event_type in ("statement", "agreement") or re.search(r"\b(?:has|have|had) been\b", text[clause.start:clause.end]):
            if event_type not in ("statement", "agreement") and re.search(r"(?i)\bsince\b", text[trigger_at:clause.end]):
                # "said on Tuesday that 70,000 had been displaced since the bombardment began": a
                # period up to the day of the saying, from a start the text does not date
                return EventDate(None, None, t.text, f"a period up to '{t.text}' (when it was reported), "
                                 f"from a start the text does not date", t, "none")
            if usable(t):
                return EventDate(trim(t.value), None, t.text,
                                 None if event_type == "statement" else f"reported on {t.text}: it had happened by then",
                                 t, "speech")
            return EventDate(None, None, t.text, unresolved_reason(t, published), t, "none")
    others = [t for t in in_sentence if t.type in ("DATE", "TIME")]
    if others:
        return EventDate(None, None, None, "the sentence's dates belong to other clauses, not to this one")
    return NO_DATE


# A month or season named without its year ("At the end of March", "in the spring") that the engine
# placed in the publication date's year. In a paragraph that narrates an earlier year ("On 24
# February 2022, Russia launched ... At the end of March, negotiators met ..."), it is that year's.
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "AU": 9}
_DEICTIC = re.compile(r"(?i)\b(?:this|last|next|ago|today|yesterday|tomorrow|tonight|now|current|past|coming|recent\w*)\b")


_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=[\"”’)]?\s*[A-Za-z])")  # (also ".This": sentences run together in scraped text)


def narrative_years(text: str, paragraphs: list[tuple[int, int]], timexes: list[temporal.Timex],
                    dct: str | None) -> list[temporal.Timex]:
    """Timexes whose yearless month or season has two readings in a paragraph's narrative: after
    a date with a stated year before the publication date's, and with nothing tied to the
    publication date ("on Tuesday", "this year") between, the month may go on from that date or
    be counted from the publication date. When the two give different years the year is left
    unknown, with both in the reason."""
    if not dct:
        return timexes
    out = list(timexes)
    for start, end in paragraphs:
        anchor: tuple[int, int] | None = None
        for i, t in enumerate(out):
            if not (start <= t.start and t.end <= end) or t.type not in ("DATE", "TIME"):
                continue
            stated = re.search(r"\b(?:1[89]|20)\d{2}\b", t.text or "")
            if stated and re.match(r"\s*(?:[-–—/]|to\b|and\b)\s*(?:\d{2}|\d{4})\b", text[t.end:t.end + 12]):
                anchor = None  # "the winter of 2019-2020", "between 2019 and 2020": two years, not one
                continue
            if t.anchor == "absolute" and stated and re.match(r"^\d{4}(?:-\d{2}|$)", t.value):
                year, month = int(t.value[:4]), int(t.value[5:7] or 1)
                # "since 2015" starts a period up to now, not a story told from 2015; "a war that
                # started in 2011" describes a noun, the story does not go on from it
                background = is_since(text, t) or _RELATIVE_BEFORE.search(text, max(start, t.start - 40), t.start)
                anchor = (year, month, t.end) if year < int(dct[:4]) and not background else None
                continue
            yearless = t.anchor == "dct" and t.rule in ("month", "season", "day_month") and not _DEICTIC.search(t.text or "")
            if not yearless:
                if t.anchor == "dct" or stated:
                    anchor = None  # "on Tuesday", "this year": the narrative is back at the article's time
                continue
            if anchor is None or len(_SENTENCE_END.findall(text, anchor[2], t.start)) > 3:
                continue  # a story goes on for a few sentences; further on it is background again
            m = re.match(r"^(\d{4})-(\d{2}|SP|SU|FA|AU)(-\d{2})?$", t.value)
            if not m:
                continue
            month = _SEASON_START.get(m.group(2)) or int(m.group(2))
            # going on from the earlier date, a month before its month is in the next year
            story_year = anchor[0] if month >= anchor[1] else anchor[0] + 1
            if int(m.group(1)) == story_year:
                continue  # the publication date gives the same year
            # A story told on from an earlier date ("talks began in February 2022 ... at the end of
            # March") and news coming back to the present ("they met in Sochi in September 2018.
            # In December, government forces launched an offensive") read the same: with two
            # years possible, the year is not stated.
            value = f"XXXX-{m.group(2)}{m.group(3) or ''}"
            why = (f"the year is not stated: {story_year} if it goes on from the paragraph's earlier date, "
                   f"{m.group(1)} if it is counted from the publication date")
            out[i] = dataclasses.replace(t, value=value, anchor="narrative", explanation=why)
    return out
