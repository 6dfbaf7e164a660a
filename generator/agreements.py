"""Stage 3c, agreements: references to agreements in text, resolved to the agreement records of
content/agreements.

An article rarely names an agreement the way the record does: "the ceasefire", "the March
ceasefire", "a previous agreement signed between Ankara and Moscow in September 2018", "the
Russian-Turkish arms agreement". A reference is resolved by evidence, scored per record:
- an alias of the record in the sentence resolves it outright;
- a date attached to the reference ("signed in March 2020", "in force since March 6", "the March
  ceasefire") compatible with the record's signed or in_force date at the precision the text
  gives: +3; an incompatible date rules the record out, except the same month a year off
  (a common slip): that is kept as a conflicting claim (+2) for a person to settle;
- a place of signing named in the sentence that the record's name or aliases carry: +2;
- parties or guarantors of the record among the sentence's actors (people count for the state
  they speak for): +1 each, at most 3.
The best record wins if it is unique and scores at least 3 (2 for a conflicting claim).
A definite reference with no evidence ("the ceasefire", "the truce") is the agreement the
article last resolved. A relative date attached to the reference that cannot be placed on the
calendar (no publication date) blocks resolution by place or party alone: "a truce was agreed in
Astana on Wednesday" is not the Astana memorandum of 2017 unless the date says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import temporal
from .clauses import AGREEMENT_NOUNS, SIGNING_VERBS
from .dating import FIRST_SINCE, EventDate, is_agreement_date, is_since, not_after_publication, trim, usable
from .records import AgreementClaim
from .resolve import Gazetteer, Mention
from .validate import Content

AGREEMENT_WORDS = r"agreement|ceasefire|cease-fire|truce|deal|memorandum|protocol|accord|de-escalation zone|demilitari[sz]ed zone"
_MENTION = re.compile(rf"\b(?:{AGREEMENT_WORDS})s?\b", re.IGNORECASE)
_DEFINITE = re.compile(r"\b(?:the|this|that|its)\s+(?:[\w“”\"’'-]+\s+){0,3}$", re.IGNORECASE)
_NEW = re.compile(r"\b(?:a|an|new)\s+(?:[\w“”\"’'-]+\s+){0,3}$", re.IGNORECASE)
_PARTIES_ADJ = re.compile(r"\b([A-Z][a-z]+)[-–]([A-Z][a-z]+)\b")  # "Russian-Turkish"
_VIOLATION_CUE = re.compile(r"\b(?:despite|violat\w*|breach\w*|first (?:\w+ ){0,3}since|jeopardi[sz]\w*|threaten\w*|undermin\w*)\b", re.IGNORECASE)


@dataclass
class AgreementRef:
    id: str
    start: int
    end: int
    claimed: str | None = None  # the date the text gives it, ISO at the text's precision
    conflict: str | None = None  # a note when that date disagrees with the record
    named: bool = False  # named by an alias ("the Moscow protocol"), not inferred from dates and parties


@dataclass
class ArticleAgreements:
    """What one article says about agreements, for the source's notes and later sentences."""

    last: str | None = None
    # the stated publication date: a date the text gives an agreement without its year ("the
    # Moscow ceasefire of March 5") is the last one before it, as for events
    published: str | None = None
    conflicts: list[str] = field(default_factory=list)
    claims: list[AgreementClaim] = field(default_factory=list)  # status and date claims, in text order

    def add_claims(self, claims: list[AgreementClaim]) -> None:
        for claim in claims:
            if claim not in self.claims:
                self.claims.append(claim)


def _compatible(text_value: str, record_date: str) -> bool:
    """'2020-03' matches 2020-03-05; 'XXXX-03-06' matches any year's 6 March."""
    if text_value.startswith("XXXX"):
        return len(text_value) > 4 and record_date[4:].startswith(text_value[4:])
    return record_date.startswith(text_value) if len(text_value) <= len(record_date) else text_value.startswith(record_date)


def _near_miss(text_value: str, record_date: str) -> bool:
    """Same month, year off by one: probably the same agreement, one of the dates wrong."""
    if not re.match(r"^\d{4}-\d{2}", text_value) or len(record_date) < 7:
        return False
    return text_value[5:7] == record_date[5:7] and abs(int(text_value[:4]) - int(record_date[:4])) == 1


class AgreementResolver:
    def __init__(self, content: Content, gazetteer: Gazetteer):
        self.content = content
        self.gazetteer = gazetteer
        self.records = [a for _, a in sorted(content.agreements.items()) if a.review != "rejected"]
        self.areas = {a.id: self._area(a) for a in self.records}
        self.places_named = {a.id: self._places_in_names(a) for a in self.records}

    # ------------------------------------------------------------ record facts

    def _places_in_names(self, agreement) -> set[str]:
        found = set()
        names = [agreement.name, *agreement.aliases]
        for name in names:
            found |= {m.id for m in self.gazetteer.find(name) if m.kind == "place"}
        # The signing city in the name ("Moscow protocol"), which the gazetteer finds as part of
        # the agreement's own alias: a city in no province of the gazetteer (Moscow, Sochi, Astana).
        for place_id, place in sorted(self.content.places.items()):
            if place.kind != "city" or place.admin1:
                continue
            for place_name in [place.name, *place.aliases]:
                if len(place_name) >= 4 and any(place_name in n and re.search(rf"(?<![\w-]){re.escape(place_name)}(?![\w-])", n)
                                                for n in names):  # the substring test first: thousands of places
                    found.add(place_id)
        return found

    def _area(self, agreement) -> set[str]:
        """Places the agreement covers, from its name and provisions. A city outside any province
        of the gazetteer (Moscow, Sochi, Astana) is where it was signed, not its area."""
        found = set()
        for text in [agreement.name, *agreement.aliases, *agreement.provisions]:
            for m in self.gazetteer.find(text):
                if m.kind != "place":
                    continue
                place = self.content.places.get(m.id)
                if place and place.kind == "city" and not place.admin1:
                    continue
                found.add(m.id)
        # Everything inside an area place is in the area too.
        for place_id, place in sorted(self.content.places.items()):
            if place.admin1 in found:
                found.add(place_id)
        return found

    def parties(self, agreement) -> set[str]:
        return set(agreement.parties) | set(agreement.guarantors)

    # ------------------------------------------------------------ resolving

    def resolve(self, text: str, start: int, end: int, mentions: list[Mention],
                timexes: list[temporal.Timex], state: ArticleAgreements) -> list[AgreementRef]:
        """Agreements the sentence text[start:end] refers to."""
        refs: list[AgreementRef] = []
        named = [m for m in mentions if m.kind == "agreement"]
        for m in named:
            refs.append(self._named(m, text, start, end, timexes, state.published))
        actors = self._actors(text, start, end, mentions)
        # a signing city counts where the text puts something in it ("agreed in Moscow", "talks in
        # Astana"), not when it stands for a government ("neither Moscow nor Ankara has abandoned it")
        places = {m.id for m in mentions if m.kind == "place"
                  and re.search(r"\b(?:in|at)\s+(?:[\w’'-]+\s+){0,5}$", text[max(start, m.start - 50):m.start])}
        sentence_has_signing = re.search(rf"\b(?:{SIGNING_VERBS}|signing)\b", text[start:end], re.IGNORECASE)
        for m in _MENTION.finditer(text, start, end):
            if any(r.start <= m.start() < r.end or m.start() <= r.start < m.end() for r in refs):
                continue
            dates = self._dates_of(text, m.start(), m.end(), start, end, timexes, bool(sentence_has_signing))
            ref = self._score(m, dates, actors, places, text, start, state)
            if ref:
                refs.append(ref)
        for ref in refs:
            state.last = ref.id
        return sorted(refs, key=lambda r: r.start)

    def _named(self, m: Mention, text: str, start: int, end: int, timexes: list[temporal.Timex],
               published: str | None = None) -> AgreementRef:
        """An agreement named by an alias ("the Sochi deal agreed on September 17"): the date the
        text attaches to the name is a date claim, agreeing with the record or not."""
        agreement = self.content.agreements.get(m.id)
        dates = []
        for t in timexes:
            if t.start < start or t.end > end or t.type not in ("DATE", "TIME") or not usable(t):
                continue
            # "the 2018 Sochi agreement", not "deployed since last year under the Astana agreement"
            before_noun = 0 <= m.start - t.end <= 12 and not is_since(text, t) \
                and re.fullmatch(r"[\s”“\"'’]*", text[t.end:m.start]) is not None
            after = t.start >= m.end and t.start - m.end <= 100 and is_agreement_date(text, t, in_name=False) \
                and not re.search(rf"\b(?:{AGREEMENT_NOUNS})\b", text[m.end:t.start], re.IGNORECASE)
            # "the Sochi agreement of September 2018"
            of_name = re.fullmatch(r"\s+of\s+(?:the\s+)?", text[m.end:t.start]) is not None and not is_since(text, t)
            if before_noun or after or of_name:
                dates.append(not_after_publication(EventDate(trim(t.value), None, t.text, None, t), published).date
                             if published else trim(t.value))
        dates = [d for d in dates if d]
        record_dates = [d for d in (agreement.signed, agreement.in_force) if d] if agreement else []
        if not dates or not record_dates:
            return AgreementRef(m.id, m.start, m.end, named=True)
        good = [d for d in dates if any(_compatible(d, r) for r in record_dates)]
        if good:
            return AgreementRef(m.id, m.start, m.end, good[0], named=True)
        return AgreementRef(m.id, m.start, m.end, dates[0],
                            f"the article dates {m.id} to {dates[0]}, the record to "
                            f"{agreement.signed or agreement.in_force}: both claims kept, check which is right", named=True)

    def _actors(self, text: str, start: int, end: int, mentions: list[Mention]) -> set[str]:
        actors = set()
        for m in mentions:
            if m.kind != "actor":
                continue
            actors.add(m.id)
            record = self.content.actors.get(m.id)
            if record and record.kind == "person" and record.affiliation:
                actors.add(record.affiliation)
        for m in _PARTIES_ADJ.finditer(text, start, end):
            for part in m.groups():
                actors |= {x.id for x in self.gazetteer.find(part) if x.kind == "actor"}
        return actors

    def _dates_of(self, text: str, m_start: int, m_end: int, start: int, end: int,
                  timexes: list[temporal.Timex], signing_in_sentence: bool) -> list[str]:
        """Dates the text attaches to this reference: 'the March ceasefire', 'signed in
        September 2018', 'in force since March 6'; with a signing verb in the sentence, any
        point date of the sentence that is not a 'since' date of something else."""
        out = []
        for t in timexes:
            if t.start < start or t.end > end or t.type not in ("DATE", "TIME"):
                continue
            before_noun = 0 <= m_start - t.end <= 12 and not text[t.end:m_start].strip(" ”“\"'").count(" ") > 1
            attached = is_agreement_date(text, t, in_name=False) and (t.start > m_start or t.start >= m_start - 80)
            in_force_before = t.end <= m_start and re.search(r"\b(?:in force|in effect)\s+since\s*$", text[max(start, t.start - 20):t.start], re.IGNORECASE)
            loose = signing_in_sentence and not is_since(text, t) and abs(t.start - m_start) < 120
            if before_noun or attached or in_force_before or loose:
                out.append(self._value(t))
        return out

    @staticmethod
    def _value(t: temporal.Timex) -> str:
        if usable(t):
            return trim(t.value)
        return t.value.split("T")[0]  # e.g. XXXX-03-06 or an unresolved relative value

    def _score(self, m: re.Match, dates: list[str], actors: set[str], places: set[str], text: str,
               sentence_start: int, state: ArticleAgreements) -> AgreementRef | None:
        checkable = [d for d in dates if re.match(r"^(?:\d{4}|XXXX-\d{2})", d)]
        unplaceable = len(dates) > len(checkable)
        scores: list[tuple[int, str, str | None, str | None]] = []
        for agreement in self.records:
            record_dates = [d for d in (agreement.signed, agreement.in_force) if d]
            if state.published and agreement.signed and agreement.signed > state.published:
                continue  # an article cannot speak of an agreement signed after it was published
            score, conflict, claimed = 0, None, None
            if checkable:
                good = [d for d in checkable if any(_compatible(d, r) for r in record_dates)]
                near = [d for d in checkable if any(_near_miss(d, r) for r in record_dates)]
                if good:
                    score += 3
                    claimed = good[0]
                elif near:
                    score += 2
                    claimed = near[0]
                    conflict = (f"the article dates {agreement.id} to {near[0]}, the record to "
                                f"{agreement.signed or agreement.in_force}: both claims kept, check which is right")
                else:
                    continue  # a stated date that does not fit rules the record out
            elif unplaceable:
                continue  # a relative date we cannot check: place and parties are not enough
            if places & self.places_named[agreement.id]:
                score += 2
            score += min(3, len(actors & self.parties(agreement)))
            scores.append((score, agreement.id, conflict, claimed))
        scores.sort(key=lambda s: (-s[0], s[1]))
        definite = bool(_DEFINITE.search(text[max(sentence_start, m.start() - 40):m.start()]))
        if scores:
            best = scores[0]
            tied = [s for s in scores if s[0] == best[0]]
            threshold = 2 if best[2] else 3
            if best[0] >= threshold:
                if len(tied) == 1:
                    return AgreementRef(best[1], m.start(), m.end(), best[3], best[2])
                if definite and state.last in {s[1] for s in tied}:
                    chosen = next(s for s in tied if s[1] == state.last)
                    return AgreementRef(chosen[1], m.start(), m.end(), chosen[3], chosen[2])
                return None
        if definite and state.last and not dates:
            return AgreementRef(state.last, m.start(), m.end())
        return None

    # ------------------------------------------------------------ violations

    def in_force_covering(self, places: list[str], date: str | None) -> str | None:
        """The most recent agreement in force on `date` whose area holds one of the places."""
        if not date:
            return None
        best = None
        for agreement in self.records:
            start = agreement.in_force or agreement.signed
            if not start or not (set(places) & self.areas[agreement.id]):
                continue
            if date[:len(start)] < start[:len(date)] or (len(date) < len(start) and date == start[:len(date)]):
                continue  # before it was in force, or too coarse to tell
            if best is None or start > (best.in_force or best.signed):
                best = agreement
        return best.id if best else None


def violation_cue(text: str) -> bool:
    return bool(_VIOLATION_CUE.search(text))


# ---------------------------------------------------------------- status claims
#
# What an article says about an agreement's state, when a clause that refers to it says so:
# "the truce has remained a dead letter", "the ceasefire is largely holding", "Russia violated the
# deal", "the collapse of the truce". The words are normalised to AGREEMENT_STATUSES. The
# agreement must be what the status is about: the subject of the status verb (the clause's first
# noun phrase, or the first after a speech verb: "X said the truce had collapsed"), the object of
# a verb ("extended the ceasefire"), or the noun after a nominal ("violations of the truce").
# A negated, hypothetical, feared or denied status ("has not collapsed", "could collapse",
# "warned that the truce might collapse", "is likely to be extended") and a question are no claim.

_ADV = r"(?:(?:still|largely|mostly|broadly|generally|effectively|virtually|practically|all but|already|now|finally|completely|totally|widely|repeatedly|frequently|regularly|officially|formally|so far|reportedly|just|quickly|soon)\s+)*"
_HAVE = r"(?:has|have|had)\s+"
_BE = r"(?:is|are|was|were|has been|have been|had been|is being|are being|was being|were being)\s+"
_STATUS_AFTER_SUBJECT: list[tuple[str, str]] = [
    ("dead-letter", rf"(?:{_HAVE}{_ADV})?(?:remain(?:s|ed)?|be(?:come|came)?|is|was|been)\s+{_ADV}(?:a\s+)?dead\s+letters?"
                    rf"|(?:{_HAVE}{_ADV})?(?:remain(?:s|ed)?|exist(?:s|ed)?|been)\s+{_ADV}(?:only\s+)?on\s+paper"
                    rf"|(?:{_BE}|{_HAVE})?{_ADV}never\s+(?:been\s+)?(?:(?:fully|properly|really|actually)\s+)?(?:implemented|applied|enforced|took\s+effect|taken\s+effect)"),
    ("collapsed", rf"(?:{_HAVE}{_ADV})?(?:collapsed|broken\s+down|broke\s+down|fell\s+apart|fallen\s+apart|crumbled|unravel+ed|disintegrated)"
                  rf"|(?:{_BE}|(?:lies|lay|remains?|remained)\s+){_ADV}(?:in\s+tatters|abandoned|scrapped|torn\s+up|dead)\b"
                  rf"|(?:is|are|was|were)\s+{_ADV}collapsing"),
    ("holding", rf"(?:is|are|was|were|has\s+been|had\s+been)\s+{_ADV}holding(?:\s+up)?"
                rf"|{_HAVE}{_ADV}held|(?:largely|mostly|broadly|generally|still)\s+held|held\s+(?:up|firm)|holds(?:\s+up)?(?=\W)"
                rf"|(?:remains?|remained)\s+{_ADV}(?:intact|in\s+place)"),
    ("violated", rf"{_BE}{_ADV}(?:violated|breached|broken|flouted)"),
    ("suspended", rf"{_BE}{_ADV}(?:suspended|frozen|put\s+on\s+hold)"),
    ("expired", rf"(?:{_HAVE}{_ADV})?(?:expired|lapsed|ran\s+out|run\s+out)"),
    ("extended", rf"{_BE}{_ADV}(?:extended|renewed|prolonged)"),
    ("in-force", rf"(?:{_HAVE}{_ADV})?(?:came|come|entered|went|gone)\s+(?:in)?to\s+(?:force|effect)|(?:{_HAVE}{_ADV})?(?:took|taken)\s+effect"
                 rf"|(?:is|are|was|were|remains?|remained|has\s+been|had\s+been)\s+{_ADV}in\s+(?:force|effect)"),
]
_STATUS_AFTER_SUBJECT_RES = [(v, re.compile(rf"\b(?:{p})\b", re.IGNORECASE)) for v, p in _STATUS_AFTER_SUBJECT]
# A verb or a nominal just before the agreement's noun phrase: "violated the ceasefire",
# "the collapse of the truce", "the entry into force of the memorandum".
_NP_GAP = r"(?P<gap>\s+(?:(?:the|its|their)\s+(?:terms|provisions|spirit)\s+of\s+)?(?:the|a|an|this|that|its|their|his|her)?\s*(?:[\w“”\"’'-]+\s+){0,3})$"
_STATUS_BEFORE_NOUN: list[tuple[str, str]] = [
    ("violated", r"(?:violated|violating|violates|breached|breaching|breaches|broke|breaking|flouted|flouting)"
                 r"|(?:violations?|breach(?:es)?)\s+of"),
    ("collapsed", r"(?:collapse|breakdown)\s+of|(?:abandoned|scrapped|tore\s+up|torn\s+up)"),
    ("suspended", r"(?:suspended|suspending|froze|frozen)|suspension\s+of"),
    ("extended", r"(?:extended|extending|renewed|renewing|prolonged|prolonging)|(?:extension|renewal|prolongation)\s+of"),
    ("expired", r"(?:expiry|expiration)\s+of"),
    ("in-force", r"entry\s+into\s+(?:force|effect)\s+of"),
]
_STATUS_BEFORE_NOUN_RES = [(v, re.compile(rf"\b(?:{p}){_NP_GAP}", re.IGNORECASE)) for v, p in _STATUS_BEFORE_NOUN]
_ENTRY_INTO_FORCE = (re.compile(rf"\bentry\s+of{_NP_GAP}", re.IGNORECASE), re.compile(r"^[”\"’']?\s+into\s+(?:force|effect)\b", re.IGNORECASE))
# Just before the status words: what makes them negated or hypothetical.
_NOT_A_CLAIM = re.compile(
    r"\b(?:not|never|no\s+longer|hardly|barely|nor|neither|without|failed\s+to|fail(?:s)?\s+to|refused\s+to|"
    r"could|might|(?-i:may)|would|will|should|shall|can|cannot|must|(?:likely|unlikely|expected|set|due|about|going|seems?|appears?)\s+to|"
    r"threaten\w*|risk\w*|fears?|feared|danger|verge|brink|if|unless|whether|hope\w*|aims?\s+to|aimed\s+to|plans?\s+to|planned\s+to|"
    r"to\s+prevent|to\s+avoid|to\s+stop|in\s+order|possible|possibly|probably|perhaps|calls?\s+for|called\s+for|demand\w*|urg\w+)"
    r"(?:n[’']t)?\W+(?:[\w’'-]+\W+){0,3}$|n[’']t\s+(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE)
# A clause governed by a denial, a fear or a question: "denied that the truce had collapsed".
_FRAME = re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject\w*|dismiss\w*|fear\w*|warn\w*|worr\w+|doubt\w*|hop\w+|ask\w*|question\w*|wonder\w*|whether|if|unless|rumou?r\w*|expect\w*|predict\w*)\b", re.IGNORECASE)
# Before the agreement in its clause: a denial, doubt, fear or negated frame ("Nobody believes the
# truce has collapsed", "Turkey doubts the truce is holding").
_NEGATED_FRAME = re.compile(r"\b(?:nobody|no\s+one|none|not|never|hardly|n[’']t|den(?:y|ies|ied|ying)|doubt\w*|fear\w*|"
                            r"warn\w*|whether|if|unless|rumou?r\w*)\b|n[’']t\b", re.IGNORECASE)
_GERUND_AFTER = re.compile(r"\b(?:on|of|about|for|to|against|over|towards?|without|from|by|at|in|into)\s+$", re.IGNORECASE)
# Where the subject noun phrase can start: the clause start, a comma, "that", a speech verb.
# A date in the way ("X said on 3 May the truce ...", "In April the truce ...") is masked (_MASK).
_MASK = "\u2063"
_SUBJECT_START = re.compile(
    rf"(?:^\s*(?:(?:on|in|at|during|by|since|until|last|this|early|late)\s+)?{_MASK}+|^|[,;:]|\bthat\b|\b(?:said|says|say|told\s+[\w’'-]+|stated|states|announced|announces|claimed|claims|confirmed|confirms|"
    rf"added|adds|noted|notes|reported|reports|insisted|insists|acknowledged|admitted|argued|argues|believes|believed|stressed)\b"
    rf"(?:\s+(?:on|in|at|during|last|this)?\s*{_MASK}+)?)", re.IGNORECASE)
_NOT_IN_SUBJECT = re.compile(r"\b(?:of|in|on|at|since|after|before|despite|with|by|under|to|for|from|against|during|following|"
                             r"amid|over|through|without|near|around|along|across|between|beyond|inside|outside|within|towards?|into|onto|upon|behind|among|"
                             r"about|via|per|like|than|is|are|was|were|has|have|had|be|been|(?<![\w-])\w+ed)\b", re.IGNORECASE)
# The agreement word naming something else: "the ceasefire line held", "the truce talks collapsed".
_MODIFIER_OF = re.compile(r"^[”\"’']?\s+(?:lines?|talks|negotiations|zones?|areas?|monitors?|observers?|deadline|process|map|front|"
                          r"mechanism|commission|committee|violations?|breach(?:es)?|terms|provisions|text|draft|proposals?|plan)\b", re.IGNORECASE)
_CLAUSE_OPENER = re.compile(r"^[\s,;:–—-]*(?:and|but|however|while|whereas|although|though|as|when|after|before|because|so|yet)?[\s,]*", re.IGNORECASE)


def _subject_position(before: str) -> bool:
    """The noun after `before` (the clause up to it) heads the subject of what follows: only a
    short determiner phrase (no preposition, no verb) separates it from the clause start, a comma,
    "that" or a speech verb."""
    opener = _CLAUSE_OPENER.match(before)
    before = before[opener.end():] if opener else before
    starts = [m.end() for m in _SUBJECT_START.finditer(before)]
    phrase = before[starts[-1]:] if starts else before
    words = phrase.split()
    return len(words) <= 5 and not _NOT_IN_SUBJECT.search(phrase)


def _masked(text: str, start: int, end: int, timexes: list[temporal.Timex]) -> str:
    """text[start:end] with its dates blanked out (one _MASK per character)."""
    chars = list(text[start:end])
    for t in timexes:
        if start <= t.start and t.end <= end:
            chars[t.start - start:t.end - start] = _MASK * (t.end - t.start)
    return "".join(chars)


def _negated_or_hypothetical(window: str) -> bool:
    return bool(_NOT_A_CLAIM.search(window))


def status_claims(text: str, sentence: tuple[int, int], clauses, refs: list[AgreementRef],
                  timexes: list[temporal.Timex], published: str | None, published_stated: bool) -> list[AgreementClaim]:
    """Status claims of the sentence text[sentence[0]:sentence[1]] about the agreements `refs`
    resolved in it, one per agreement and status, dated by the clause when it gives a date."""
    out: list[AgreementClaim] = []
    quote = text[sentence[0]:sentence[1]]
    if quote.rstrip(" ”\"’'").endswith("?"):
        return out  # a question asserts nothing
    for ref in refs:
        index = next((i for i, c in enumerate(clauses) if c.start <= ref.start < c.end), None)
        if index is None or clauses[index].kind == "attribution":
            continue
        clause = clauses[index]
        if _framed(text, clause, sentence):
            continue
        found: list[tuple[str, int]] = []  # (value, offset in the text of the status words)
        # The agreement as subject: the status words after it (before any other agreement), or in
        # a relative clause that follows it ("The truce, which came into effect on ...").
        if _subject_position(_masked(text, clause.start, ref.start, timexes)) and not _MODIFIER_OF.match(text[ref.end:clause.end]) \
                and not _NEGATED_FRAME.search(text[clause.start:ref.start]) and not re.match(r"^[\s”\"’']*(?:that|who)\b", text[ref.end:clause.end], re.IGNORECASE):
            stop = min([r.start for r in refs if ref.start < r.start < clause.end] + [clause.end])
            regions = [(ref.end, stop)]
            following = clauses[index + 1] if index + 1 < len(clauses) else None
            if stop == clause.end and following and following.kind == "relative" and not text[ref.end:clause.end].strip(" ,”\"’'"):
                which = re.match(r"^[\s,]*(?:which|that)\b", text[following.start:following.end], re.IGNORECASE)
                if which and not _framed(text, following, sentence):
                    regions.append((following.start + which.end(), following.end))
            for region_start, region_end in regions:
                rest = text[region_start:region_end]
                for value, pattern in _STATUS_AFTER_SUBJECT_RES:
                    m = pattern.search(rest)
                    if not m or re.search(r",\s*and\b|;", rest[:m.start()]) or _negated_or_hypothetical(rest[:m.start()][-45:]):
                        continue
                    found.append((value, region_start + m.start()))
        # The agreement as object, or after a nominal: "violated the truce", "the collapse of the truce".
        head = text[clause.start:ref.start]
        for value, pattern in _STATUS_BEFORE_NOUN_RES:
            m = pattern.search(head)
            if m and m.group().split()[0].lower().endswith("ing") and _GERUND_AFTER.search(head[:m.start()]):
                continue  # "talks on extending the truce", "accused Turkey of violating the truce": not a claim
            if m and not _NOT_IN_SUBJECT.search(m.group("gap").replace("terms of", "").replace("provisions of", "").replace("spirit of", "")) \
                    and not _negated_or_hypothetical(head[:m.start()][-45:]):
                found.append((value, clause.start + m.start()))
        entry = _ENTRY_INTO_FORCE[0].search(head)
        if entry and _ENTRY_INTO_FORCE[1].match(text[ref.end:clause.end]) and not _NOT_IN_SUBJECT.search(entry.group("gap")) \
                and not _negated_or_hypothetical(head[:entry.start()][-45:]):
            found.append(("in-force", clause.start + entry.start()))
        seen: set[str] = set()
        for value, offset in sorted(found, key=lambda f: f[1]):
            if value in seen:
                continue
            seen.add(value)
            date, date_text = _claim_date(text, sentence, offset, timexes, published, published_stated, value,
                                          ref.end if ref.end <= offset else None)
            out.append(AgreementClaim(agreement=ref.id, claim="status", value=value, date=date, date_text=date_text, quote=quote))
    return out


def _framed(text: str, clause, sentence: tuple[int, int]) -> bool:
    """A clause that only says what someone denies, fears, asks or what would happen if: no claim."""
    body = text[clause.start:clause.end]
    if re.match(r"^\W*(?:if|unless|whether|in case)\b", body, re.IGNORECASE):
        return True
    return clause.kind == "complement" and bool(_FRAME.search(text[max(sentence[0], clause.start - 60):clause.start]))


def _claim_date(text: str, sentence: tuple[int, int], at: int, timexes: list[temporal.Timex],
                published: str | None, published_stated: bool, value: str,
                subject_end: int | None) -> tuple[str | None, str | None]:
    """The date the status applies to: the nearest date in the stretch of the clause around the
    status words (between commas) that is not the agreement's signing date ("signed in September
    2018"; for in-force, a date of its entry into force counts), not in the agreement's own noun
    phrase ("the truce set up in May has collapsed": subject_end..at) nor an earlier happening's
    ("the first since ..."); else a date heading the sentence ("On Monday, the truce collapsed")."""
    # a comma inside a date ("on March 6, 2020") is no boundary
    inside = [(t.start, t.end) for t in timexes if sentence[0] <= t.start and t.end <= sentence[1]]
    cuts = [m.start() for m in re.finditer(r"[,;–—]", text[sentence[0]:sentence[1]])
            if not any(s <= sentence[0] + m.start() < e for s, e in inside)]
    left = max([sentence[0]] + [sentence[0] + c + 1 for c in cuts if sentence[0] + c < at])
    right = min([sentence[1]] + [sentence[0] + c for c in cuts if sentence[0] + c >= at])

    def agreement_date(t: temporal.Timex) -> bool:
        if value == "in-force":  # not a signing date, nor one in the name ("the 2019 Moscow agreement")
            return bool(_SIGNING_DATE.search(text[max(sentence[0], t.start - 60):t.start])) \
                or (is_agreement_date(text, t) and not is_agreement_date(text, t, in_name=False))
        return is_agreement_date(text, t)

    own = [t for t in timexes if left <= t.start and t.end <= right and t.type in ("DATE", "TIME")
           and not (subject_end is not None and subject_end <= t.start < at)
           and not agreement_date(t) and not FIRST_SINCE.search(text[max(sentence[0], t.start - 80):t.start])]
    if not own:
        own = [t for t in timexes if sentence[0] <= t.start < at and t.type in ("DATE", "TIME")
               and re.fullmatch(r"\W*(?:on|in|at|by|during|and|however,?|meanwhile,?|then)?\s*", text[sentence[0]:t.start], re.IGNORECASE)
               and not is_agreement_date(text, t)]
    if not own:
        return None, None
    best = min(own, key=lambda t: abs(t.start - at))
    words = f"since {best.text}" if is_since(text, best) else best.text  # "has held since March": from then on
    if not usable(best):
        return None, words
    value = trim(best.value)
    if not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", value):
        return None, words
    if published_stated:
        when = not_after_publication(EventDate(value, None, best.text, None, best), published)
        return when.date, words
    return value, words


_SIGNING_DATE = re.compile(rf"\b(?:{SIGNING_VERBS}|established|set\s+up|signing|signature)\b[^.;,]{{0,30}}$", re.IGNORECASE)


def date_claims(refs: list[AgreementRef], quote: str) -> list[AgreementClaim]:
    """The dates the sentence gives the agreements it refers to ("signed in March 2020", "the
    memorandum of September 2019"), kept whether or not they agree with the record's: a page shows
    them with their source, and flags those that disagree."""
    out = []
    for ref in refs:
        if ref.claimed and re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", ref.claimed):
            out.append(AgreementClaim(agreement=ref.id, claim="date", value=ref.claimed, quote=quote))
    return out


def date_agrees(value: str, agreement) -> bool:
    """The date an article gives an agreement fits its record's signed or in_force date (at the
    article's precision), or the record has none to compare with."""
    record_dates = [d for d in (agreement.signed, agreement.in_force) if d]
    return not record_dates or any(_compatible(value, d) for d in record_dates)
