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
from .dating import is_agreement_date, is_since, trim, usable
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


@dataclass
class ArticleAgreements:
    """What one article says about agreements, for the source's notes and later sentences."""

    last: str | None = None
    conflicts: list[str] = field(default_factory=list)


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
        for name in [agreement.name, *agreement.aliases]:
            found |= {m.id for m in self.gazetteer.find(name) if m.kind == "place"}
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
            refs.append(AgreementRef(m.id, m.start, m.end))
        actors = self._actors(text, start, end, mentions)
        places = {m.id for m in mentions if m.kind == "place"}
        sentence_has_signing = re.search(r"\b(?:signed|reached|agreed|concluded|signing|struck)\b", text[start:end], re.IGNORECASE)
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
            attached = is_agreement_date(text, t) and (t.start > m_start or t.start >= m_start - 80)
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
