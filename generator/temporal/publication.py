"""Publication dates: stated in the article's header/byline, or inferred from evidence.

Stated: a byline-like line of the header (or a line holding nothing but a dateline, such as
"December 18, 2017 at 12:26 pm" or "6 June 2020") that carries an absolute date; a date labelled
"Published" beats one without a label, which beats an "Updated" one. Photo captions (long
descriptive sentences, lines ending with a [Photographer/Agency] credit), headlines and body
sentences never count.

Inferred: only when the evidence pins a value. Evidence used:
  * a dated address in the header ("https://example.com/2013/03/22/title/"), unless a later
    explicit date in the text contradicts it;
  * the latest explicit date in the text is a lower bound (the article is not older);
  * a stated span after a dated record ("after three months of calm" when the text names a
    known agreement signed 2020-03-05 -> about 2020-06; "three months after the Moscow agreement
    was signed"; "the Sochi deal, signed two years ago"; "the Moscow accord has held for ten
    weeks"; "ten weeks into the Moscow accord"), at the span's granularity; never an approximate
    span, one in a future or conditional clause, or one counted from another event. When the text
    names exactly one dated record and every other agreement word can only mean it (no "a new
    truce", "another ceasefire", "the truce of 12 January", "the Ankara deal", no plural "truces"),
    "the truce"/"the ceasefire"/"the deal"/"the agreement"/"the accord" is read as that record;
  * a stated span from the agreement's own first day in its sentence ("the ceasefire, which took
    effect on March 6, 2020, has held for 10 weeks"; a day without a year takes the year of the
    record the word refers to, when it lies within a month of the record's date, else nothing);
  * a weekday that dates a known record's signing ("signed on Wednesday" + the record's date) ->
    the week after it (before it in a future clause), reported at the coarsest granularity that
    week fits in.
Pieces of evidence must agree, and the named records' dates are lower bounds too. Anything less
gives basis "unknown" (value None) with the reason in words.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Sequence

from . import anchor as A
from .lexicon import FULL_STOP_RE

_LINE = re.compile(r"[^\n]+")
_CREDIT = re.compile(r"\[[^\]\n]{2,80}\]\s*$|(?:photo|picture|image|credit)s?\s*:|/\s*(?:AFP|Reuters|AP|Getty|Anadolu)|"
                     r"\b(?:AFP|REUTERS|GETTY IMAGES|ANADOLU AGENCY)\b(?:\s+VIA\s+[A-Z ]+)?\s*$", re.I)
# Words that make a short header line a byline. "by" counts only where a byline has it (first or
# second word, or after a separator: "By Jane Doe", "Story by", "| by admin"), and a bare "on" not
# at all: "brokered by Russia" and "to be held on April 2, 2013" are headlines, not bylines.
_BYLINE_WORDS = re.compile(r"(?i)\b(?:published|publication|posted|issued|released|updated|last\s+updated|modified|created|filed|date|dateline)\b"
                           r"|^\s*(?:\w+\s+)?by\b|[|•·,/]\s*by\b")
# Bylines separate name, agency and date with bars, bullets or a spaced slash ("Jane Doe / March
# 22, 2013"); a slash inside "22/03/2013" or "REUTERS/Name" is no separator.
_SEPARATOR = re.compile(r"[|•·]|\s/\s")  # (a middle dot: "Published 15/03/2024 · Translated by …")
# A situation report's date: "Situation Report No. 11 - As of 15 March 2020" (the date the report's
# figures and its "in the past 24 hours" count from), right before the date.
# "As of" must follow a separator, and the date must end the line: "Truce to hold as of March 5,
# 2020, officials say" is a headline. (A line that is only "As of 20 March 2021" is a dateline,
# which ingest reads.)
_AS_OF = re.compile(r"(?i)[-–—|:•]\s*as\s+(?:of|at)\s*$")
# "Published", "First published", "Posted", "Created": the label of the date the article came out;
# "Updated", "Last modified": a later date of the same page.
_PUBLISHED_LABEL = re.compile(r"(?i)\b(?:published|publication|posted|created|filed|issued)\b")
# a publication label right before the date, after a separator or at the line's head
_LABEL_RIGHT_BEFORE = re.compile(r"(?i)(?:^|[|•·])\s*(?:first\s+|originally\s+)?(?:published|posted)(?:\s+on)?\s*:?\s*$")
# time zones a page prints beside its time stamp
_ZONES = r"(?:gmt|utc|bst|[ecmp][sd]t|ces?t|ees?t|ast|msk|trt)"
# What comes right before a date on a header line that is more than a date. In a byline the date
# opens its segment ("Jane Doe | 3 June 2020"), follows a name ("Jane Doe, Reuters, 3 June 2020",
# "By JANE DOE Associated Press June 3, 2020") or a label that opens its segment ("Posted on",
# "| Published", "Publication date:", "09.00 BST Last modified on"). A headline or a sentence
# governs its date with a preposition or a verb ("Prisoners released on March 6, 2020", "what has
# changed since 5 March 2020 | Analysis", "Date of withdrawal: 6 March 2020"): no publication date.
_STAMP_TAIL = re.compile(r"(?i)(?:[\s,]|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}[:.]\d\d\b|"
                         rf"\b(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\b{_ZONES}\b(?:[+-]\d+)?)*$")
_SEGMENT_LABEL = re.compile(
    rf"(?i)(?:^|[|•·,;(]|\s[-–—/]\s|\d|\b(?:{_ZONES}|am|pm)\b)\s*"
    r"(?:(?:first|originally|last)\s+)?(?:(?:published|posted|updated|modified|created|filed|issued|released|dated?)"
    r"(?:\s+(?:on|at|date))?|(?:publication|release)\s+date|(?:date|time)\s+of\s+(?:publication|issue|release)|dateline)\s*:?\s*$"
    # "By Jane Doe on", "Posted by admin at 2:20 pm on": the byline's own "on"
    r"|(?i:^\s*(?:(?:written|posted|published|story|reporting|report|words|text|compiled|edited)\s+)?by\s+(?:\S+\s+){1,4}"
    rf"|(?:\d|\b(?:am|pm|{_ZONES}))\s+)(?:on|at)\s*$"
    # the page speaking of itself: "This article was first published on", "Originally published by
    # Example News on"
    r"|(?i:\bthis\s+(?:article|story|report|piece|post)\s+(?:was|is|has\s+been)\s+(?:first\s+|originally\s+)?(?:published|posted)"
    r"|\b(?:first|originally)\s+published\s+(?:by|in|at)\s+(?:\S+\s+){1,5}?"
    # ... and a byline's own "published in": "By Jane Doe, published in The Example on" (after a
    # byline only: "Gaza toll, published in The Lancet on March 6" is a study's date, not the page's)
    r"|^\s*by\s+(?:\S+\s+){1,4}?published\s+(?:by|in|at)\s+(?:\S+\s+){1,5}?)(?:\s*\b(?:on|at))?\s*:?\s*$"
    # a capitalised label glued to a name by the scrape: "By Jane Doe Published June 3, 2020"
    r"|(?-i:\b(?:First\s+|Originally\s+|Last\s+)?(?:Published|Posted|Updated|Modified|[Ll]ast\s+modified)(?:\s+[Oo]n)?)\s*:?\s*$")
_GOVERNED = re.compile(r"(?i)(?:\b(?:on|at|since|from|until|till|of|in|before|after|for|to|through|by|between|and|than|"
                       r"published|posted|updated|modified|created|filed|issued|released|dated?)|:)\s*$")

# A report's own first line naming it and its issue date: "Daily Report 103/2021 issued on 4 May
# 2021, based on information received as of 19:30, 3 May 2021", "Flash Update No. 5 published 12
# June 2024". Only at the line's head, with the report's capitalised name: "The UN report, released
# on 3 May, said ..." is a sentence about another report.
_REPORT_ISSUED = re.compile(r"^\s*(?:[A-Z][\w-]*\s+){0,4}(?:Report|Update|Bulletin|Sitrep|Digest|Briefing)"
                            r"(?:\s+(?:No\.?\s*)?\d[\d/.-]*)?,?\s+(?:issued|published|released|dated)\s+(?:on\s+)?$")
_TIME_WORD = re.compile(rf"(?i)\b(?:\d{{1,2}}[:.]\d\d|am|pm|{_ZONES})\b")


def _governed(line: str, t) -> bool:
    """The date is a headline's or a sentence's, not the byline's (see _SEGMENT_LABEL)."""
    before = _STAMP_TAIL.sub("", line[:t.start])
    return bool(_GOVERNED.search(before)) and not _SEGMENT_LABEL.search(before)


def _alone_in_segment(line: str, t) -> bool:
    """Between separators, the date stands alone (maybe after a name and a comma, with a time):
    "Jane Doe | June 3, 2020 | 2:20 PM", not "Hostages released March 6, 2020 | Example News"."""
    seps = list(_SEPARATOR.finditer(line[:t.start]))
    before = _STAMP_TAIL.sub("", line[seps[-1].end() if seps else 0:t.start]).strip()
    after = _SEPARATOR.split(line[t.end:], maxsplit=1)[0]
    after = re.sub(rf"(?i)\b(?:at|am|pm|{_ZONES})\b|\b[ap]\.m\.|[\d:.,()+\s-]", "", after)
    return (not before or before.endswith(",")) and not after


_UPDATED_LABEL = re.compile(r"(?i)\b(?:updated|modified|revised)\b")
_GLUED_YEAR_TIME = re.compile(r"((?:[A-Z][a-z]+\.?\s+\d{1,2},?|\d{1,2}\s+[A-Z][a-z]+\.?,?)\s+(?:19|20)\d\d)(\d{1,2}:\d\d\b)")
_GLUED_LABEL = re.compile(r"(?<=[\da-z])(?=(?:Updated|Published|Posted)\b)")
_CAPTION_VERBS = re.compile(r"\b(?:is|are|was|were|evacuates?|shows?|seen|pictured|stands?|walks?|holds?|"
                            r"carries|carried|looks?|sits?|gathers?|pours?|takes?|hit|attends?|after|during)\b", re.I)


def _absolute_dates(line: str):
    from . import tag
    out = []
    for t in tag(line, None):
        v = t.value.split("T")[0]
        g = A.granularity(v)
        if t.anchor == "absolute" and g in ("D", "M", "Y") and t.type in ("DATE", "TIME"):
            if g == "Y" and t.rule != "year":
                continue
            out.append((t, v, g))
    return out


def _is_caption(line: str) -> bool:
    s = line.strip()
    if _CREDIT.search(s):
        return True
    words = s.split()
    if len(words) > 12 and _CAPTION_VERBS.search(s):
        return True
    return False

_HIJRI = re.compile(r"\b\d{1,2}\s+(?:[\w'’-]+\s+){1,3}?1[34]\d\d\s*(?:AH|A\.H\.|H)(?!\w)|\b(?:AD|A\.D\.|CE)(?!\w)")


def _is_dateline_only(line: str, t) -> bool:
    """A line that is nothing but a date (and maybe a time, a weekday, 'Published'...)."""
    rest = (line[:t.start] + " " + line[t.end:]).strip()
    # Arabic sites print the Hijri date beside the Gregorian one: "Wednesday, 11 Shawwal 1441 AH -
    # 03 June 2020 AD"
    rest = _HIJRI.sub(" ", rest)
    rest = re.sub(r"(?i)\b(?:published|posted|issued|updated|last|on|at|by|am|pm|a\.m\.|p\.m\.|gmt|utc|edt|est|bst|cet|"
                  r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", " ", rest)
    # a reading time beside the date ("March 14, 2025 9:42 AM  3 min read") is page chrome
    rest = re.sub(r"(?i)\b\d{1,3}[\s-]*min(?:ute)?s?\.?\s+read\b", " ", rest)
    rest = re.sub(r"[\d:.,|/•·\-–—()\s]+", " ", rest).strip()
    return len(rest) <= 3


def _label(line: str, t) -> int:
    """2 for a date labelled as the publication's ("Published 22 March 2013"), 0 for one
    labelled as an update ("Updated 23 March 2013"), 1 for a date without a label. The label is
    the last one before the date on the line."""
    before = line[:t.start]
    last = {m.end(): 2 for m in _PUBLISHED_LABEL.finditer(before)}
    last.update({m.end(): 0 for m in _UPDATED_LABEL.finditer(before)})
    return last[max(last)] if last else 1


def _looks_like_paragraph(line: str) -> bool:
    s = line.strip()
    return len(s.split()) >= 15 or s.endswith((".", "”", '"', "?", "!"))


def stated(text: str, header_end: int):
    """The publication date stated in the header: the date labelled as published, else a date
    without a label, else an "Updated" date (the page says it was out by then)."""
    from . import PublicationDate
    if not isinstance(text, str) or not text:
        return None
    try:
        header_end = max(0, min(int(header_end), len(text)))
    except (TypeError, ValueError):
        header_end = 0
    window = max(header_end, min(len(text), 2000))
    best = None
    paragraphs_after_header = 0
    for m in _LINE.finditer(text):
        if m.start() >= window:
            break
        line = m.group(0)  # whole: a sentence cut at the window would look like a bare date
        # a page's timestamp copied without its spacing: "March 14, 20245:42 PM GMT+1Updated …"
        # (the year glued to the time, the label to the zone; a space inserted after the year, so
        # offsets before it hold)
        line = _GLUED_LABEL.sub(" ", _GLUED_YEAR_TIME.sub(r"\1 \2", line))
        in_header = m.end() <= header_end
        if not in_header and _looks_like_paragraph(line):
            # a dateline under a standfirst still counts; one after the body has begun is a
            # related article's or a footer's
            paragraphs_after_header += 1
            if paragraphs_after_header > 1:
                break
        if len(line) > 300 or _is_caption(line):
            continue
        dates = _absolute_dates(line)
        if not dates:
            continue
        t, v, g = max(dates, key=lambda d: _label(line, d[0]))  # the first of the best-labelled
        only = _is_dateline_only(line, t)
        if not only and not _REPORT_ISSUED.match(line[:t.start]):
            if not in_header:
                continue
            # a header line with other words: a byline ("By X | Published 6 June 2020")
            # (a longer metadata line when the date carries its own label between separators:
            # "Situation Report | OCHA | Source: OCHA | Posted: 12 Sep 2024 | Originally published: …")
            labelled = _SEPARATOR.search(line) and _LABEL_RIGHT_BEFORE.search(line[:t.start])
            as_of = _AS_OF.search(line[:t.start]) and not line[t.end:].strip(" .)")
            # (times and zones are no words: "Sat 6 Jun 2020 09.00 BST Last modified on Sat 6 Jun 2020 11.30 BST")
            if len(_TIME_WORD.sub(" ", line).split()) > 14 and not labelled:
                continue
            # a headline's date after a separator or a byline word is no byline's ("Hostages
            # released on March 6, 2020 | Example News")
            if not as_of and (_governed(line, t) or not (
                    _BYLINE_WORDS.search(line) or (_SEPARATOR.search(line) and _alone_in_segment(line, t)))):
                continue
        if g == "Y" and not only:
            continue
        rank = _label(line, t)
        if best is None or rank > best[1]:
            best = (PublicationDate(v, "stated", t.text, 1.0, m.start() + t.start, m.start() + t.end), rank)
            if rank == 2:
                break
    return best[0] if best else _stated_at_foot(text, header_end)


def _stated_at_foot(text: str, header_end: int):
    """A page that prints its date only under the article: "Published on Wednesday 22 May 2019 |
    Outlet", a short line below the last paragraph, with nothing but short lines after it. Only a
    day labelled as the publication's counts (a related article's date has no such label)."""
    from . import PublicationDate
    lines = list(_LINE.finditer(text))
    for m in reversed(lines[-8:]):
        if m.start() < header_end:
            return None
        line = m.group(0)
        if _looks_like_paragraph(line) and not _PUBLISHED_LABEL.search(line):
            return None  # the body: nothing below it said when it was published
        if len(line.split()) > 20 or _is_caption(line):
            continue
        # the label must be the date's own, right before it: "UN report published on 10 June 2020"
        # and "Previously published: truce collapses, 2 June 2020" are related articles
        dates = [d for d in _absolute_dates(line) if d[2] == "D" and _label(line, d[0]) == 2
                 and _SEGMENT_LABEL.search(_STAMP_TAIL.sub("", line[:d[0].start]))]
        if dates:
            t, v, _ = dates[0]
            return PublicationDate(v, "stated", t.text, 1.0, m.start() + t.start, m.start() + t.end)
    return None


# --------------------------------------------------------------------------------------------
# inference

_URL = re.compile(r"https?://\S+")
# "/2013/03/22/" or "/2013/03/" in an address's path: a dated permalink
_FILE_URL = re.compile(r"(?i)\.(?:jpe?g|png|gif|webp|svg|pdf|mp[34]|mov)(?:[?#]\S*)?$")
_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>0?[1-9]|1[0-2])/(?:(?P<d>0?[1-9]|[12]\d|3[01])(?:/|$))?")

# "after three months of calm", "after a three-month lull", "for ten weeks of quiet": a stretch of
# calm (or of the agreement itself) that lasts up to the article. "after two years of talks", "in nine
# years of war" are other stretches, which say nothing about the record.
_NUMS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_COUNT = r"\d+|" + "|".join(sorted(_NUMS, key=len, reverse=True))  # "3", "three", "a"
_SPAN_UNIT = r"days?|weeks?|months?|years?"
_SPAN_OF = re.compile(
    rf"(?i)\b(?:after|following|for|in|over)\s+(?:an?\s+)?(?:(?P<mod>more\s+than|nearly|almost|about|some|over|less\s+than)\s+)?"
    rf"(?P<num>{_COUNT})[\s-]+(?P<unit>{_SPAN_UNIT})\s+(?:break|lull|pause|hiatus|respite|truce|calm"
    r"|of(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:calm|quiet|peace|respite|lull|truce|cease-?fire|de-?escalation)\b))"
    rf"|(?P<num2>{_COUNT})[\s-]+(?P<unit2>{_SPAN_UNIT})\s+(?:after|since)\b"
    rf"|(?P<num3>{_COUNT})[\s-]+(?P<unit3>{_SPAN_UNIT})\s+ago\b")
# words before "three months after/since" that make the span approximate ("more than", "nearly") or
# make it another stretch than the one up to the article ("in the first six months after", "within")
_SPAN_BEFORE = re.compile(r"(?i)\b(?:more\s+than|nearly|almost|about|some|over|under|less\s+than|around|roughly|"
                          r"approximately|at\s+least|close\s+to|upwards\s+of|first|next|following|within|by|until|"
                          r"up\s+to)\s+$")
# "three months after [the signing of] the Moscow agreement": the record must be what "after" governs
_SPAN_TO_RECORD = re.compile(r"(?i)\s+(?:the\s+)?(?:(?:signing|conclusion|start|entry\s+into\s+force)\s+of\s+(?:the\s+)?)?")
# ... and nothing but its signing or taking effect may follow it: "a year after the Moscow ceasefire
# collapsed" counts from the collapse, an event without a date
_SPAN_RECORD_END = re.compile(
    r"(?i)\s*(?:$|[,.;:)!?\n—–]|(?:was|were|had\s+been|has\s+been)\s+(?:signed|agreed|reached|concluded|sealed|brokered|"
    r"struck|inked|finalised|finalized)\b|(?:took|came|went|entered)\s+(?:effect|hold|into)\b|"
    r"(?:between|by|of|in|on|with)\b)")
# A weekday is the record's own day only when it dates the signing: "the Sochi agreement, signed on
# Monday", "will sign the Moscow agreement on Thursday", "Thursday's deal", "On Thursday, Russia and
# Turkey agreed the truce". "Jets struck on Thursday in violation of the Moscow ceasefire" dates the
# strikes, not the agreement.
_SIGN_VERB = (r"(?:sign(?:s|ed|ing)?|agree[sd]?|reach(?:es|ed)?|conclude[sd]?|seal(?:s|ed)?|broker(?:s|ed)?|"
              r"ink(?:s|ed)?|finali[sz]e[sd]?|clinch(?:es|ed)?)")
_FUTURE_AUX = re.compile(r"(?i)\b(?:will|would|shall|'ll|to|due|set|expected|scheduled|planned|poised|going)\s+"
                         r"(?:\w+ly\s+)?(?:be\s+)?$")
_WEEKDAY = re.compile(r"\b(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


_AGREEMENT_WORDS = re.compile(
    r"(?i)\b(?:cease-?fires?|truces?|agreements?|accords?|deals?|memorandums?|memoranda|protocols?|treaty|treaties|"
    r"pacts?|armistices?|settlements?|de-?escalation|arrangements?|understandings?)\b")
_SENTENCE_END = re.compile(rf"(?:{FULL_STOP_RE}|[!?])(?=\s|$)|\n")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    s0 = 0
    for m in _SENTENCE_END.finditer(text, max(0, start - 400), start):
        s0 = m.end()
    m = _SENTENCE_END.search(text, end)
    return s0, (m.start() if m else len(text))


def _mentioned(text: str, names: Sequence[str]) -> re.Match | None:
    for n in names:
        n = (n or "").strip()
        if len(n) < 3:
            continue
        m = re.search(r"(?<!\w)" + re.escape(n).replace(r"\ ", r"\s+") + r"(?!\w)", text, re.I)
        if m:
            return m
    return None


def _mentions(text: str, names: Sequence[str]) -> list[re.Match]:
    """Every place where one of the names occurs, in text order."""
    out = []
    for n in names:
        n = (n or "").strip()
        if len(n) < 3:
            continue
        out += re.finditer(r"(?<!\w)" + re.escape(n).replace(r"\ ", r"\s+") + r"(?!\w)", text, re.I)
    return sorted(out, key=lambda x: x.start())


def _weekday_tie(sent: str, w: re.Match, records: list[tuple[int, int]]):
    """Whether the weekday w in the sentence dates the signing of a record mentioned at one of
    `records` (offsets in the sentence), and if so whether the clause looks ahead. Returns None,
    "past" or "future"."""
    agree = [(a, b) for a, b in records] + [(x.start(), x.end()) for x in _AGREEMENT_WORDS.finditer(sent)]
    before, after = sent[:w.start()], sent[w.end():]
    # "Thursday's (Moscow) agreement"
    if re.match(r"['’]s\s", after):
        tail = w.end() + 3
        if any(tail <= a <= tail + 40 and not re.search(r"[,;:]", sent[tail:a]) for a, _ in agree):
            return "past"
    # "the agreement, (which was) signed (in Moscow) on Thursday" / "will sign the agreement on Thursday"
    for v in re.finditer(r"(?i)\b" + _SIGN_VERB + r"\b", before):
        between = before[v.end():]
        if len(between.split()) > 6 or re.search(r"[,;:()]", between):
            continue
        if not re.fullmatch(r"(?i)(?:\s+\S+){0,5}?\s+(?:on\s+)?", between):
            continue
        lead = before[:v.start()]
        obj = any(v.end() <= a < w.start() for a, _ in agree)  # "sign the Moscow agreement on Thursday"
        subj = any(b <= v.start() and re.fullmatch(
            r"(?i)[\s,]*(?:(?:which|that)\s+(?:[\w-]+\s+){0,4}?)?(?:(?:was|were|is|are|had|has|have|been|be|being|will|would|to|due|set|"
            r"expected|scheduled|first|finally|formally|\w+ly)\s+)*", sent[b:v.start()]) for a, b in agree)
        if obj or subj:
            return "future" if (_FUTURE_AUX.search(lead) or re.match(r"(?i)sign(?:s|ing)?$|agree$", v.group(0))) else "past"
    # "On Thursday, Russia and Turkey signed the Moscow agreement"
    if re.fullmatch(r"(?i)\W*on\s+", before):
        v = re.search(r"(?i)\b" + _SIGN_VERB + r"\b", after)
        if v and not re.search(r"[;:]", after[:v.start()]) and any(
                w.end() + v.end() <= a <= w.end() + v.end() + 25 for a, _ in agree):
            lead = after[:v.start()]
            return "future" if _FUTURE_AUX.search(lead) else "past"
    return None


def _mentioned_by_date(body: str, timexes, d: _dt.date):
    """A generic reference to a dated record: a date in the text whose month and day (and year,
    when stated) are the record's, in a sentence that names a kind of agreement ("the ceasefire
    has held since March 6"). Returns (start, end) of the date or None."""
    for t in timexes:
        v = t.value.split("T")[0]
        mm = re.fullmatch(r"(\d{4}|XXXX)-(\d{2})-(\d{2})", v)
        if not mm:
            continue
        if mm.group(1) != "XXXX" and int(mm.group(1)) != d.year:
            continue
        if int(mm.group(2)) != d.month or int(mm.group(3)) != d.day:
            continue
        s0, s1 = _sentence_bounds(body, t.start, t.end)
        if _AGREEMENT_WORDS.search(body[s0:s1]):
            return t.start, t.end
    return None


class _Span:
    """The place where a record is referred to (a name, or a date with an agreement word)."""

    def __init__(self, start: int, end: int):
        self._s, self._e = start, end

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e


# "due to expire on 10 July", "until March 2022", "scheduled for June": a date the article looks
# forward to, which says nothing about how old the article is.
_AHEAD_BEFORE = re.compile(r"(?i)\b(?:until|till|due|expir\w*|deadline|scheduled|planned|postponed|set|slated|"
                           r"expected|next|upcoming|by)\b[^.;:!?]{0,25}$")


def _looks_ahead(body: str, t) -> bool:
    return bool(_AHEAD_BEFORE.search(body, max(0, t.start - 40), t.start)) or \
        A.clause_tense(body, t.start, t.end).label == "future"


def _lead_end(body: str) -> int:
    """Where the body's first paragraph (the lead) ends."""
    first = re.search(r"\S", body)
    start = first.start() if first else 0
    gap = re.search(r"\n\s*\n", body[start:])
    return start + gap.start() if gap else len(body)


def _about_now(sentence: str) -> bool:
    """The sentence places something relative to the time of writing ("on Wednesday", "this week",
    "yesterday"): a date the text counts from the article's own day."""
    from . import tag
    return any(t.anchor == "dct" and t.type in ("DATE", "TIME") for t in tag(sentence, "2000-01-05"))


# Round 15: a generic reference ("the truce", "the ceasefire", "the deal") read as the one agreement
# the article names, when nothing else could be meant.
_GENERIC_WORD = re.compile(r"(?i)\b(?:cease-?fire|truce|deal|agreement|accord)\b")
# "the truce", "the fragile truce", "the ceasefire agreement": a definite reference without a
# qualifier of its own ("the Ankara truce", "the 12 January truce", "a new truce" are others)
_GENERIC_BEFORE = re.compile(r"(?i)\bthe\s+(?:(?:fragile|shaky|current|existing|uneasy|tenuous|ceasefire|cease-fire|"
                             r"truce)\s+)?$")
# an agreement word used as a modifier: "ceasefire violations", "the truce line", "de-escalation zone"
_MODIFIER_AFTER = re.compile(r"(?i)\s+(?:violations?|breach(?:es)?|lines?|monitors?|monitoring|zones?|areas?|talks|"
                             r"terms|negotiations|agreement|deal|accord|deadline|mechanism|observers?|patrols?)\b")
# "the truce of 12 January", "the truce in Saraqib", "the truce between the army and ...": its own qualifier
_QUALIFIED_AFTER = re.compile(r"\s+(?:of|in|for|between|around|covering|on|at)\s+(?:the\s+)?[A-Z0-9]")


def _one_agreement(body: str, anchors, timexes):
    """When the article names exactly one dated record and every other agreement word in it can only
    mean that record, the (start, end) of its generic references ("the truce"); else None."""
    if len(anchors) != 1:
        return None
    d, k, _, spans = anchors[0]
    generic = []
    for w in _AGREEMENT_WORDS.finditer(body):
        if any(a <= w.start() < b for a, b in spans):
            continue  # part of the record's own name
        word = w.group(0).lower()
        if word.endswith("s") or word in ("memoranda", "treaties"):
            return None  # "previous truces", "the deals": more than one agreement is about
        if _MODIFIER_AFTER.match(body, w.end()):
            continue  # "ceasefire violations", "the ceasefire agreement" (the head word is checked)
        before = _GENERIC_BEFORE.search(body, max(0, w.start() - 30), w.start())
        if not before or not _GENERIC_WORD.fullmatch(w.group(0)):
            return None  # "a new truce", "another ceasefire", "the Ankara deal", "the de-escalation"
        if _QUALIFIED_AFTER.match(body, w.end()):
            return None
        # a date of its own in its clause: "the truce agreed on 12 January"
        c = re.search(r"[,;:.!?\n]|$", body[w.end():w.end() + 80])
        clause_end = w.end() + (c.start() if c else 80)
        for t in timexes:
            if w.end() <= t.start < clause_end and t.type == "DATE":
                mm = re.fullmatch(r"(\d{4}|XXXX)(?:-(\d{2}))?(?:-(\d{2}))?", t.value.split("T")[0])
                if not mm:
                    return None
                y, mo, dd = mm.groups()
                if (y != "XXXX" and int(y) != d.year) or (mo and int(mo) != d.month) or (dd and int(dd) != d.day):
                    # "the truce took effect on March 6" (the record signed on March 5): the
                    # record's own first day, within a month of its signing; a truce signed on
                    # another day is another truce
                    if dd and _own_day(body, w, [t]) is t and re.search(rf"(?i){_TOOK_EFFECT}", body[w.end():t.start]) \
                            and _start_near(t.value.split("T")[0], d):
                        continue
                    return None
        generic.append((before.start(), w.end()))
    return generic


# "the truce, which has held for ten weeks", "the Moscow accord has now held for six months": a span
# of the record up to the time of writing (present perfect), right after a reference to it
_HELD_FOR = re.compile(
    rf"(?i)(?:\s*,\s*which|\s*,\s*that|\s+which|\s+that)?\s+(?:has|have)\s+(?:now\s+|largely\s+|so\s+far\s+|broadly\s+|"
    rf"mostly\s+|generally\s+|already\s+)?(?:held|lasted|survived|been\s+in\s+(?:place|force|effect))\s+(?:for\s+)?"
    rf"(?:(?P<mod>more\s+than|nearly|almost|about|some|over|less\s+than|around|roughly|at\s+least|close\s+to|"
    rf"approximately|under|just\s+over|just\s+under)\s+)?(?:an?\s+)?(?P<num>{_COUNT})[\s-]+(?P<unit>{_SPAN_UNIT})\b")
# "ten weeks into the truce", "two years into the Sochi deal"
_INTO = re.compile(rf"(?i)\b(?P<num>{_COUNT})[\s-]+(?P<unit>{_SPAN_UNIT})\s+into\s+")
_CONDITIONAL = re.compile(r"(?i)\b(?:will|would|shall|'ll|once|if|when|until|unless|before|after)\b")

# Round 16: an agreement's own first day stated in its sentence, a span counted from it.
# "the ceasefire, which took effect on March 6," / "the truce that began on 6 March" / "the ceasefire
# took effect on March 6" / "the truce of March 6": the day the agreement began (or was signed),
# right after the agreement word.
_TOOK_EFFECT = r"(?:(?:took|came|went)\s+(?:into\s+)?(?:effect|force)|entered\s+into\s+force|began|started|kicked\s+in)"
_START_VERB = (rf"(?:{_TOOK_EFFECT}|"
               r"(?:was|were)\s+(?:signed|agreed|reached|concluded|sealed|brokered|struck|inked|finali[sz]ed))")
_OWN_DAY_BEFORE = re.compile(
    rf"(?i)(?:\s*,?\s+(?:which|that))?\s+(?:(?:first|formally|officially|finally)\s+)?{_START_VERB}\s+"
    r"(?:at\s+(?:midnight|dawn|noon)\s+)?(?:on|from|at)\s+$|\s+of\s+$")
# what a span up to now may follow the day by: "…on March 6, has held", "…on March 6 and has held"
_THEN = re.compile(r"(?i)\s*,?\s+and(?=\s)|\s*,(?=\s)")
# "three months since the ceasefire took effect on March 6": the count and what "since" governs
_SINCE_START = re.compile(rf"(?i)\b(?P<num>{_COUNT})[\s-]+(?P<unit>{_SPAN_UNIT})\s+(?:since|after)\s+(?:the\s+)?"
                          r"(?:(?:(?-i:[A-Z])[\w'-]*|fragile|shaky|current|uneasy|tenuous|nationwide|new|ceasefire|cease-fire|"
                          r"truce)\s+){0,3}$")
# an agreement that takes effect is in force within a month of its signing (or a week before a
# record's date, when the text names it in the days before)
_START_GRACE = (-7, 31)


def _own_day(body: str, w: re.Match, timexes):
    """The day an agreement word's own clause says the agreement began or was signed: the timex
    right after "which took effect on" / "of" (or right before the word: "the March 6 truce"), with
    a day (the year may be missing). Returns the timex or None."""
    for t in timexes:
        if t.type not in ("DATE", "TIME") or not re.fullmatch(r"(?:\d{4}|XXXX)-\d{2}-\d{2}", t.value.split("T")[0]):
            continue
        if w.end() < t.start <= w.end() + 80 and _OWN_DAY_BEFORE.fullmatch(body, w.end(), t.start):
            return t
        if t.end < w.start() and re.fullmatch(r"\s+", body[t.end:w.start()]) and \
                re.search(r"(?i)\bthe\s+$", body[max(0, t.start - 5):t.start]):
            return t  # "the March 6 ceasefire"
    return None


def _in_grace(day: _dt.date, record: _dt.date) -> bool:
    lo, hi = A.add_days(record, _START_GRACE[0]), A.add_days(record, _START_GRACE[1])
    return bool(lo and hi and lo <= day <= hi)


def _start_near(value: str, record: _dt.date) -> _dt.date | None:
    """The day of `value` (YYYY-MM-DD or XXXX-MM-DD) that lies within the grace around a record's
    date: "March 6" of the Moscow accord (2020-03-05) is 2020-03-06. None if no such day."""
    y, mo, dd = value.split("-")
    years = [int(y)] if y != "XXXX" else [record.year - 1, record.year, record.year + 1]
    days = [d for d in (A.safe_date(yy, int(mo), int(dd)) for yy in years) if d and _in_grace(d, record)]
    return days[0] if len(days) == 1 else None


def infer(text: str, body_start: int, known=()):
    from . import PublicationDate, tag
    if not isinstance(text, str) or not text.strip():
        return PublicationDate(None, "unknown", "the text is empty", 0.0)
    try:
        body_start = max(0, min(int(body_start), len(text)))
    except (TypeError, ValueError):
        body_start = 0
    body = text[body_start:]
    all_timexes = tag(body, None)
    timexes = [t for t in all_timexes if t.anchor == "absolute" and A.granularity(t.value.split("T")[0]) in ("D", "M", "Y")]
    latest = None
    for t in timexes:
        v = t.value.split("T")[0]
        d = A.to_date(v)
        if d is None or _looks_ahead(body, t):
            continue
        # the last day the value covers: "March 2020" says the article is not older than March 2020
        if (latest is None or d > latest[0]):
            latest = (d, v, t)
    # dated records named in the text (by a name, or by their date next to an agreement word)
    anchors = []
    for k in known or ():
        try:
            d = A.to_date(k.date) if isinstance(k.date, str) and A.granularity(k.date) else None
        except Exception:
            d = None
        if d is None:
            continue
        m = _mentioned(body, tuple(k.names or ()))
        if m is None and A.granularity(k.date) == "D":
            hit = _mentioned_by_date(body, all_timexes, d)
            if hit:
                m = _Span(*hit)
        if m:
            spans = [(x.start(), x.end()) for x in _mentions(body, tuple(k.names or ()))] or [(m.start(), m.end())]
            anchors.append((d, k, m, spans))
    lower = latest[0] if latest else None
    lower_record = None
    for d, k, m, _ in anchors:
        if lower is None or d > lower:
            lower = d
        if lower_record is None or d > lower_record[0]:
            lower_record = (d, k)
    lower_txt = ""
    if latest:
        lower_txt = f"the latest explicit date in the text is {latest[1]} ('{latest[2].text}')"

    def contradicted(v: str) -> bool:
        """A value earlier than the latest explicit date of the text cannot be right."""
        if not latest:
            return False
        vd = A.to_date(v)
        if vd is None:
            return False
        g = A.granularity(v)
        last = {"Y": A.add_months(vd, 12), "M": A.add_months(vd, 1)}.get(g) or A.add_days(vd, 1)
        return last is not None and latest[0] >= last

    # 0. a dated address: the site filed the article under the day (or month) it came out. Only
    # the header's first address, the article's own; a later one may link to another article.
    u = _URL.search(text, 0, body_start)
    if u and _FILE_URL.search(u.group(0)):
        u = None  # an image's address ("/uploads/2019/05/photo.jpg") dates the file, which may be older
    d = _URL_DATE.search(u.group(0)) if u else None
    day = A.safe_date(int(d["y"]), int(d["m"]), int(d["d"] or 1)) if d else None
    v = A.at_granularity(day, "D" if d["d"] else "M") if day else None
    if v and not contradicted(v):
        ev = d.group(0).strip("/")
        start = u.start() + d.start() + 1
        return PublicationDate(v, "inferred", f"the article's address is dated '{ev}'", 0.9, start, start + len(ev))

    # the named records are lower bounds too (a week's grace: an agreement is named in the days
    # before it is signed)
    def too_early(v: str) -> tuple[str, str] | None:
        """The evidence that shows the value v is too early, if any."""
        if contradicted(v):
            return latest[1], f"'{latest[2].text}'"
        vd = A.to_date(v)
        last = {"Y": A.add_months(vd, 12), "M": A.add_months(vd, 1)}.get(A.granularity(v)) if vd else None
        for d, k, _, _ in anchors:
            if last and (A.add_days(d, -7) or d) >= last:
                return k.date, k.label
        return None

    found = []  # (value, evidence text, confidence, start, end) of each inference
    dropped = []  # (value, evidence text, what contradicts it)

    def consider(v, ev, conf, start, end):
        bad = too_early(v)
        if bad:
            dropped.append((v, ev, bad))
        else:
            found.append((v, ev, conf, start, end))

    def span_value(d0, unit, n):
        u = {"day": "D", "week": "W", "month": "M", "year": "Y"}[unit]
        d1 = A.shift_date(d0, u, n)
        if d1 is None:
            return None, u
        if u in ("D", "W"):
            # a stated number of days/weeks still leaves the article's own day open
            return (A.at_granularity(d1, "M") if (A.add_days(d1, 3) or d1).month == d1.month else None), u
        return A.at_granularity(d1, "M" if u == "M" else "Y"), u

    def count(num):
        num = (num or "").lower()
        n = int(num) if num.isdigit() else _NUMS.get(num)
        return n if n and n <= 60 else None

    lead_end = _lead_end(body)
    # the one named record's generic references ("the truce"), when nothing else could be meant
    generic = _one_agreement(body, anchors, all_timexes) or []

    # 1. a stated span after a dated record: "after three months of calm", "after a three-month break",
    # "three months after the Moscow agreement was signed"
    if anchors:
        latest_anchor = max(anchors, key=lambda a: a[0])

        # "the truce, which has held for ten weeks" / "ten weeks into the truce": a span up to now
        refs = [(x, y, a) for a in anchors for x, y in a[3]] + [(x, y, anchors[0]) for x, y in generic]
        for x, y, a in refs:
            hm = _HELD_FOR.match(body, y)
            if hm:
                s0, s1 = _sentence_bounds(body, x, y)
                n = count(hm.group("num"))
                # approximate spans, and conditional or future clauses ("once the truce has held for
                # six months, patrols will start"), pin nothing
                if not n or hm.group("mod") or _CONDITIONAL.search(body, s0, s1) \
                        or A.clause_tense(body, hm.start(), hm.end()).label == "future":
                    continue
                v, u = span_value(a[0], hm.group("unit").lower().rstrip("s"), n)
                if v:
                    consider(v, f"'{body[x:hm.end()].strip()}' counted from {a[1].label} ({a[1].date}): about {v}",
                             0.6 if u != "Y" else 0.5, body_start + x, body_start + hm.end())
        for im in _INTO.finditer(body):
            hit = [a for x, y, a in refs if x == im.end()]
            if not hit or not _SPAN_RECORD_END.match(body, next(y for x, y, a in refs if x == im.end())):
                continue
            n = count(im.group("num"))
            if not n or _SPAN_BEFORE.search(body, max(0, im.start() - 30), im.start()):
                continue  # "nearly three months into the truce"
            s0, s1 = _sentence_bounds(body, im.start(), im.end())
            tense = A.clause_tense(body, im.start(), im.end()).label
            if tense == "future" or re.search(r"(?i)\b(?:will|would|shall|'ll)\b", body[s0:s1]):
                continue
            if tense == "past" and s0 >= lead_end and not _about_now(body[s0:s1]) \
                    and not re.search(r"(?i)\b(?:has|have)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ne|un|t)\b", body[s0:s1]):
                continue  # past narrative deep in the article dates that event
            a = hit[0]
            v, u = span_value(a[0], im.group("unit").lower().rstrip("s"), n)
            if v:
                consider(v, f"'{im.group(0).strip()} {body[im.end():im.end() + 40].split(',')[0]}' counted from "
                            f"{a[1].label} ({a[1].date}): about {v}",
                         0.6 if u != "Y" else 0.5, body_start + im.start(), body_start + im.end())
        for m in _SPAN_OF.finditer(body):
            num = (m.group("num") or m.group("num2") or m.group("num3") or "").lower()
            unit = (m.group("unit") or m.group("unit2") or m.group("unit3") or "").lower().rstrip("s")
            n = int(num) if num.isdigit() else _NUMS.get(num)
            if not n or n > 60:
                continue
            if m.group("mod") or _SPAN_BEFORE.search(body, max(0, m.start() - 30), m.start()):
                continue  # "more than three months", "nearly a year": the span is not pinned
            tense = A.clause_tense(body, m.start(), m.end()).label
            if tense == "future":
                continue  # "will be reviewed six months after it is signed"
            s0, s1 = _sentence_bounds(body, m.start(), m.end())
            if tense == "past" and s0 >= lead_end and not _about_now(body[s0:s1]):
                # "Six months after the Moscow agreement, jets resumed strikes" deep in an analysis is
                # narrative: it dates that event, not the article, which may be years later. A past
                # span pins the article in the lead (news leads report the news of the day) or when
                # its sentence counts from now ("renewed on Wednesday")
                continue
            if m.group("num3"):
                # "the Sochi deal, signed two years ago": "ago" must date the signing of a named record
                v_ = None
                for v_ in re.finditer(r"(?i)\b" + _SIGN_VERB + r"\b(?=(?:\s+[^\s,.;:()]+){0,4}?\s+$)",
                                      body[s0:m.start()]):
                    pass
                if v_ is None or _FUTURE_AUX.search(body, s0, s0 + v_.start()):
                    continue
                vs = s0 + v_.start()
                hits = [a for a in anchors if any(s0 <= x < m.start() and (
                    x >= s0 + v_.end() or re.fullmatch(
                        r"(?i)[\s,]*(?:(?:which|that)\s+(?:[\w-]+\s+){0,4}?)?(?:(?:was|were|had\s+been|has\s+been|"
                        r"first|formally|\w+ly)\s+)*", body[y:vs])) for x, y in a[3])]
                if not hits:
                    continue
                d0, k = hits[0][0], hits[0][1]
            elif m.group("num2"):
                # "three months after the accord": the record is what "after" governs, and nothing but
                # its signing follows it ("a year after the ceasefire collapsed" counts from the collapse)
                to = _SPAN_TO_RECORD.match(body, m.end())
                if not to:
                    continue
                hits = [a for a in anchors if any(m.end() < x <= to.end() and _SPAN_RECORD_END.match(body, y)
                                                  for x, y in a[3])]
                if not hits and any(m.end() < x <= to.end() and _SPAN_RECORD_END.match(body, y) for x, y in generic):
                    hits = anchors  # "three months after the truce": the one record the article names
                if not hits:
                    continue
                d0, k = hits[0][0], hits[0][1]
            else:
                # "after a year of calm under the Sochi deal": the record named in the sentence, else
                # the latest record the text names
                here = [a for a in anchors if any(s0 <= x < s1 for x, _ in a[3])]
                d0, k = (max(here, key=lambda a: a[0]) if here else latest_anchor)[:2]
            u = {"day": "D", "week": "W", "month": "M", "year": "Y"}[unit]
            d1 = A.shift_date(d0, u, n)
            if d1 is None:
                continue
            if u in ("D", "W"):
                # a stated number of days/weeks still leaves the article's own day open
                v = A.at_granularity(d1, "M") if (A.add_days(d1, 3) or d1).month == d1.month else None
            elif u == "M":
                v = A.at_granularity(d1, "M")
            else:
                v = A.at_granularity(d1, "Y")
            if v is None:
                continue
            ev = m.group(0)
            consider(v, f"'{ev}' counted from {k.label} ({k.date}): about {v}", 0.6 if u != "Y" else 0.5,
                     body_start + m.start(), body_start + m.end())
        # 2. a weekday that dates the signing of a named record whose date is that weekday: the
        # article was written within the week after it (past tense: "signed on Thursday") or
        # within the week before it (future: "will be signed on Thursday")
        for d, k, km, spans in anchors:
            if A.granularity(k.date) != "D":
                continue
            sentences = sorted({_sentence_bounds(body, x, y) for x, y in spans})
            for s0, s1 in sentences:
                sent = body[s0:s1]
                for w in _WEEKDAY.finditer(sent):
                    wd = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].index(w.group(0).lower()) + 1
                    if wd != d.isoweekday():
                        continue
                    # "Thursday, March 5, 2020": the full date is stated, and says nothing of when it was written
                    if any(t.start <= s0 + w.start() < t.end and t.anchor == "absolute" for t in all_timexes):
                        continue
                    tense = _weekday_tie(sent, w, [(x - s0, y - s0) for x, y in spans if s0 <= x < s1])
                    if tense is None:
                        continue
                    if tense == "future":
                        first, last = A.add_days(d, -6), A.add_days(d, -1)
                        where = "before"
                    else:
                        first, last = d, A.add_days(d, 6)
                        where = "after"
                    if first is None or last is None:
                        continue
                    if first.month == last.month and first.year == last.year:
                        v = A.at_granularity(first, "M")
                    elif first.year == last.year:
                        v = A.at_granularity(first, "Y")
                    else:
                        continue
                    if v is None:
                        continue
                    consider(v, f"'{w.group(0)}' names the day of {k.label} ({k.date}) in a "
                                f"{tense} clause; a weekday without a date is used within the week {where} "
                                f"it, so the article dates from {A.day(first)} to {A.day(last)}",
                             0.5, body_start + s0 + w.start(), body_start + s0 + w.end())
    # 1b. a span counted from the agreement's own first day, stated in its sentence: "the ceasefire,
    # which took effect on March 6, 2020, has held for 10 weeks", "the truce of March 6, which has
    # held for ten weeks", "three months since the ceasefire took effect on March 6". A day without
    # a year takes it from a record the word refers to (by its name, or as the one agreement the text
    # names) when the day lies within a month of the record's date; else it pins nothing.
    yearless = []
    for w in _AGREEMENT_WORDS.finditer(body):
        t = _own_day(body, w, all_timexes)
        if t is None:
            continue
        day_v = t.value.split("T")[0]
        if day_v.startswith("XXXX"):
            records = [a for a in anchors if any(x <= w.start() < y for x, y in a[3])]
            if not records and any(y == w.end() for _, y in generic):
                records = anchors[:1]
            near = [(_start_near(day_v, a[0]), a[1]) for a in records]
            near = [(dd, k) for dd, k in near if dd]
            d0, how = (near[0][0], f"'{t.text}' in the year of {near[0][1].label}") if len(near) == 1 else (None, "")
        else:
            d0, how = A.to_date(day_v), f"'{t.text}'"
        s0, s1 = _sentence_bounds(body, w.start(), w.end())
        hits = []  # (count, unit, evidence start, evidence end)
        # "…which took effect on March 6, has held for 10 weeks" / "the March 6 truce, which has held …"
        after = t.end if t.start > w.end() else w.end()
        then = _THEN.match(body, after)
        hm = _HELD_FOR.match(body, after) or (then and _HELD_FOR.match(body, then.end()))
        # approximate spans, conditional or future clauses pin nothing (as for "the truce has held")
        if hm and not hm.group("mod") and not _CONDITIONAL.search(body, s0, s1) \
                and A.clause_tense(body, hm.start(), hm.end()).label != "future":
            hits.append((hm.group("num"), hm.group("unit"), min(w.start(), t.start), hm.end()))
        # "three months since the ceasefire took effect on March 6" (the guards of "N months after")
        sm = _SINCE_START.search(body, max(s0, w.start() - 60), min(w.start(), t.start))
        if sm and not _SPAN_BEFORE.search(body, max(0, sm.start() - 30), sm.start()):
            tense = A.clause_tense(body, sm.start(), sm.end()).label
            if tense != "future" and not (tense == "past" and s0 >= lead_end and not _about_now(body[s0:s1])):
                hits.append((sm.group("num"), sm.group("unit"), sm.start(), max(t.end, w.end())))
        for num, unit, x, y in hits:
            n = count(num)
            if not n:
                continue
            if d0 is None:
                yearless.append(f"'{body[x:y].strip()}' counts from '{t.text}', which gives no year")
                continue
            v, u = span_value(d0, unit.lower().rstrip("s"), n)
            if v:
                consider(v, f"'{body[x:y].strip()}' counted from {A.day(d0)} ({how}): about {v}",
                         0.6 if u != "Y" else 0.5, body_start + x, body_start + y)
    if found:
        # pieces of evidence must agree: each value must hold the others or lie in them
        def holds(a: str, b: str) -> bool:
            return b.startswith(a)
        finest = max(found, key=lambda f: len(f[0]))
        clash = [f for f in found if not holds(f[0], finest[0])]
        if not clash:
            v, ev, conf, st, en = finest
            return PublicationDate(v, "inferred", ev, conf, st, en)
        a, b = finest, clash[0]
        return PublicationDate(None, "unknown", f"the evidence disagrees: {a[1]}; but {b[1]}", 0.0)
    if dropped:
        v, ev, (bv, btxt) = dropped[0]
        lower_txt = f"{ev}, but {btxt} ({bv}) is later" + (f"; {lower_txt}" if lower_txt else "")
    if lower_record and (not latest or lower_record[0] > latest[0]) and not dropped:
        lower_txt = f"a named record is dated {A.day(lower_record[0])} ({lower_record[1].label})"
    reason = "no explicit date in the text" if lower is None else (
        f"{lower_txt or 'a named record is dated ' + A.day(lower)}: the article is not older than that, "
        f"but nothing pins when it was published")
    if yearless:
        reason = f"{yearless[0]}; {reason}"
    return PublicationDate(None, "unknown", reason, 0.0)
