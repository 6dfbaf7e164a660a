"""Stage 3, extract: an analysed article becomes a source record, event records, and new actor
and place records for names the gazetteers do not know.

One stage per module: clauses.py cuts sentences into clauses and finds the triggers of
happenings (negated, hypothetical and background clauses are not events); dating.py picks the
date that governs each clause; agreements.py resolves references to agreements; discover.py
finds new names; merge.py folds reports of the same happening into one event, within an article
and across articles. This module wires them together and decides the perpetrator, the title,
the summary and the fatalities of each event.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import temporal
from .agreements import AgreementRef, AgreementResolver, ArticleAgreements, date_claims, status_claims, violation_cue
from .clauses import SPEECH_VERB, VIOLENCE, Clause, Trigger, denies_happening, inside_quote, find_triggers, split_clauses
from .dating import EventDate, date_clause, headline_week, narrative_years, since_start_of_now, trim
from .discover import NAME, Discovered, discover
from .entries import dated_entries, dates_only_the_entry_day, list_items, live_blog_entries, read_at_entry_day
from .ingest import (
    ARTICLE_SUFFIXES, Article, ArticleProblem, Block, Sentence, block_index, ingest, read_article_text, slugify, source_id_for,
)
from .merge import merge_events
from .records import Actor, Event, Fatalities, Place, Quote, Record, Source
from .resolve import Gazetteer, Mention, skeleton
from .store import ApplyReport, Ledger, apply_generated, content_lock, read_current, sha256_text
from .validate import Content, load_content

TYPE_LABELS = {
    "air-strike": "Air strikes", "shelling": "Shelling", "armed-clash": "Clashes",
    "territorial-change": "Territory taken", "attack-on-civilians": "Attack on civilians",
    "casualties": "Casualties", "displacement": "Displacement", "return": "Returns",
    "deployment": "Deployment", "withdrawal": "Withdrawal", "patrol": "Patrols",
    "agreement": "Agreement", "agreement-violation": "Reported violation", "talks": "Talks",
    "statement": "Statement", "protest": "Protest", "other": "Event",
}
# When one clause holds several triggers, the more specific happening is the event; casualties
# become its fatalities and a speech verb is only how it was reported.
_PRIORITY = ["agreement-violation", "air-strike", "shelling", "armed-clash", "territorial-change",
             "attack-on-civilians", "agreement", "displacement", "return", "withdrawal", "deployment",
             "patrol", "protest", "talks", "casualties", "statement"]

_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
_NUMBER_WORDS["a dozen"] = 12  # "more than a dozen people"; "dozens" gives no count
_NUM = r"\d{1,3}(?:,\d{3})+|\d+|a dozen|" + "|".join(_NUMBER_WORDS)
_QUALIFIER = r"at least|about|around|some|nearly|more than|over|up to"
# (also the victims named by what they were doing or are: "killing four patients", "two police
# officers were killed", "killing 13 students")
_WHO = (r"civilians?|people|persons|women and children|children|women|men|fighters|soldiers|jihadists|rebels|members|troops|militants"
        r"|patients|residents|villagers|students|pupils|workers|officers|policemen|passengers|worshippers|farmers|journalists"
        r"|protesters|demonstrators")
# A single victim: "killing a shepherd", "a Turkish soldier was killed".
_ONE = r"civilian|child|boy|girl|woman|man|soldier|fighter|rebel|militant|jihadist|shepherd|farmer|journalist|doctor|nurse|paramedic|rescuer|volunteer|policeman|officer"
# "of the National Front for Liberation", "from the Hurras al-Din group": whose fighters they were
_OF_GROUP = r"(?:\s+(?:of|from)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?:(?-i:[A-Z])[\w’'-]*|for|of|al-[\w’'-]+|and|group|forces))*)?"
_DIED = r"(?:,?\s*who)?\s+(?:were|have been|had been|has been|was|have|had|has)?\s*,?\s*(?:also\s+|\w+ly\s+)?(?:killed|dead|died|lost their lives)\b"
_FATALITIES = [
    re.compile(rf"\b(?:killed|killing|kills|kill)\s+(?P<q>{_QUALIFIER})?\s*(?P<n>{_NUM})\s+women and (?P<n2>{_NUM})\s+children\b", re.IGNORECASE),
    # "documented the death of 14 civilians", "the deaths of five soldiers"
    re.compile(rf"\b(?:killed|killing|kills|kill|deaths?\s+of)\s+(?P<q>{_QUALIFIER})?\s*(?P<n>{_NUM})\s+(?P<who>(?:[a-z]+\s){{0,3}}?(?:{_WHO}))\b", re.IGNORECASE),
    # "Between 10 and 15 people were killed": the lower bound is what the text asserts
    re.compile(rf"\bbetween\s+(?P<n>{_NUM})\s+and\s+(?:{_NUM})\s+(?P<who>(?:[a-z]+\s){{0,3}}?(?:{_WHO})){_DIED}", re.IGNORECASE),
    # "six children and three women, who were killed": two counted groups
    re.compile(rf"\b(?P<q>{_QUALIFIER})?\s*(?P<n>{_NUM})\s+(?P<who>(?:[a-z]+\s){{0,2}}?(?:{_WHO}))\s+and\s+(?P<n2>{_NUM})\s+(?P<who2>(?:[a-z]+\s){{0,2}}?(?:{_WHO})){_DIED}", re.IGNORECASE),
    # "two civilians, a man and his son, were killed": an apposition between the count and the verb;
    # "30 soldiers and allied militiamen were killed", "three fighters of the X Front died"
    re.compile(rf"\b(?P<q>{_QUALIFIER})?\s*(?P<n>{_NUM})\s+(?P<who>(?:[a-z]+\s){{0,3}}?(?:{_WHO})){_OF_GROUP}(?:\s+and\s+(?:[a-z]+\s+){{0,2}}?[a-z]+)?(?:,[^,;.]{{1,40}},)?{_DIED}", re.IGNORECASE),
    # "received eight bodies", "the bodies of 30 people"
    re.compile(rf"\b(?:received|recovered|retrieved|found|exhumed|pulled)\s+(?:the\s+)?(?P<q>{_QUALIFIER})?\s*(?P<n>{_NUM})\s+(?P<who>bodies)\b", re.IGNORECASE),
    re.compile(rf"\bbodies\s+of\s+(?P<q>{_QUALIFIER})?\s*(?P<n>{_NUM})\s+(?P<who>(?:[a-z]+\s){{0,3}}?(?:{_WHO}))\b", re.IGNORECASE),
    # "the toll from the shelling had risen to nine", "put the toll from the raids at nine"
    re.compile(rf"\btoll\b[^.;]{{0,80}}?\b(?:rose|risen|climbed|increased|jumped|reached|at)\s+(?:to\s+)?(?P<q>{_QUALIFIER})?\s*(?P<n>{_NUM})\b(?!\s*(?:%|per|km|kilomet|[ap]\.?m\b|:|gmt|o'clock|hours?|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))", re.IGNORECASE),
    re.compile(rf"\b(?:killed|killing|kills|kill)\s+(?P<n>an?|one)\s+(?P<who>(?:[a-z]+\s){{0,2}}?(?:{_ONE}))\b", re.IGNORECASE),
    re.compile(rf"\b(?P<n>an?|one)\s+(?P<who>(?:[a-z]+\s){{0,2}}?(?:{_ONE}))\s+(?:was|has been|had been)\s+(?:killed|shot dead)\b", re.IGNORECASE),
]
# The perpetrator is not whoever is named near the trigger: a target ("on regime forces"), a
# backer ("with Russian backing") or the one who reports it ("according to SOHR") is not.
_TARGET_BEFORE = re.compile(r"\b(?:on|against|at|targeting|targeted|positions of|sites of|gatherings? (?:of|for)|held by|run by|controlled by|from|of the)\s+(?:the\s+)?"
    # "killed on Monday when rebels fired": a date and a new clause, not a target
    r"(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)(?:(?!(?:when|as|after|while|where|before|because|since)\b)[\w’'-]+\s+){0,3}$", re.IGNORECASE)
_BACKER_BEFORE = re.compile(r"\b(?:with|backed by|supported by|in support of|allied with|allied to|ally|allies|"
                            r"affiliated (?:to|with)|linked to|loyal to|aligned with)\s+(?:the\s+|its\s+|his\s+)?(?:[\w’'-]+\s+){0,1}$", re.IGNORECASE)
_AGENT_BEFORE = re.compile(r"\b(?:by|attributed to|(?:fell|fallen|falls)\s+(?:back\s+)?to|(?:campaign|offensive|assault|operations?)\s+(?:[\w’'-]+\s+){0,2}?of)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
# "The forces of the Syrian regime … took control", "The artillery of the forces of Assad shelled",
# "an air strike by the forces of the Syrian regime": the subject's (or the agent's) owner is the
# agent, not a target as after "positions of the" (the phrase must head the clause or follow "by").
_FORCES_OF_BEFORE = re.compile(
    r"(?:^\W*|\bby\s+)(?:(?:the\s+)?(?:[\w-]+\s+)?(?:forces|troops|army|militias?|artillery|warplanes|jets|aircraft|soldiers|units)"
    r"\s+of\s+(?:the\s+)?){1,2}(?:president\s+)?(?:[\w’'-]+\s+)?$", re.IGNORECASE)
# "towards the Turkish border", "the Syrian-Turkish frontier": a place, not a participant.
# "Russia's Kursk region", "into Russia's Belgorod Oblast": the state names where, not who.
_REGION_OF_AFTER = re.compile(r"(?:’s|'s)\s+(?:(?-i:[A-Z])[\w’'-]*\s+){1,3}(?:region|oblast|province|governorate|state|district|krai)\b",
                              re.IGNORECASE)
_BORDER_AFTER = re.compile(r"(?:[\s-]+[A-Z][\w’'-]*)?\s+(?:border|frontier)s?\b(?!\s+guards?)", re.IGNORECASE)
# "SOHR documented the death of 14 civilians in air strikes by X", "SOHR put the toll from the raids
# at nine": a monitor's count is a report
_REPORTER_AFTER = re.compile(r"^[\s,’'s)(A-Z“”\"]*(?:\w+\s+){0,3}(?-i:said|says|told|tells|reported|reports|quoted|confirmed|confirms|announced|announces|added|adds|stated|documented|documents|recorded|records|put the (?:death )?toll|puts the (?:death )?toll)\b", re.IGNORECASE)
_SPEECH_AFTER = re.compile(r"^[\s,’'s)(A-Z“”\"]*(?:\w+\s+){0,3}(?-i:said|says|told|tells|announced|announces|stated|declared|confirmed|confirms|warned|warns|accused|accuses|claimed|claims)\b", re.IGNORECASE)
# "a Turkish analyst", "Russian media": a nationality word before a private person or the press
# names no state.
_NOT_STATE_AFTER = re.compile(
    r"[\s-]+(?:(?!and\b|or\b|with\b|nor\b)[\w-]+\s+)?(?:analysts?|experts?|researchers?|academics?|scholars?|commentators?|observers?|journalists?|"
    r"reporters?|writers?|activists?|residents?|citizens?|civilians?|media|press|newspapers?|television|tv|"
    # "the Syrian American Medical Society": a nationality inside a society's or foundation's name
    r"think[ -]tanks?|opposition|businessm[ae]n|societ(?:y|ies)|associations?|foundations?)\b", re.IGNORECASE)
# "killed 33 Turkish soldiers", "wounding two Russian military police": those hit, not who hit them.
_VICTIM_BEFORE = re.compile(
    rf"\b(?:killed|killing|kills|wounded|wounding|injured|injuring)\s+(?:(?:{_QUALIFIER})\s+)?(?:{_NUM})?\s*"
    # "killed Hezbollah's leader X", "wounding the group's deputy commander X"
    rf"(?:(?:the\s+)?(?-i:[A-Z])?[\w-]+(?:’s|'s)\s+)?(?:[a-z]+\s+){{0,2}}$",
    re.IGNORECASE)
_TOLL_REVISED = re.compile(r"\btoll\s+(?:from|of|in)\b(?P<what>[^;]*?)\b(?:rose|risen|climbed|increased|jumped|grew|reached|went up)\b",
                           re.IGNORECASE)
# "The strikes followed the withdrawal of X", "It came after X": what the sentence narrates happened
# before the previous sentence's happening, so it does not share its date.
_CAME_AFTER = re.compile(r"^\W*(?:this|it|they|these|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:\w+ly\s+)?"
                         r"(?:followed|came\s+(?:after|in\s+response\s+to|in\s+retaliation\s+for)|(?:was|were)\s+(?:a\s+)?"
                         r"(?:response|retaliation|reprisal)s?\s+(?:to|for))\b", re.IGNORECASE)
_ANAPHORIC_START = re.compile(r"^\W*(?:this|it|they|the same day|meanwhile|at the same time|the raids?|the attacks?|the strikes?|the shelling)\b", re.IGNORECASE)
_SAME_TIME = re.compile(r"\b(?:the|that)\s+(?:very\s+)?same\s+(?:period|time|day|week|month|night|morning|evening)\b"
                        r"|\bduring\s+(?:that|this)\s+(?:period|time)\b", re.IGNORECASE)
_LATE_IN_DAY = re.compile(r"\b(?:night|evening|late|midnight|overnight|dusk)\b|\bp\.?m\b", re.IGNORECASE)
# A question (an explainer's heading, a rhetorical question) reports nothing: it opens with a
# question word or an auxiliary and ends with its question mark.
_QUESTION = re.compile(r"^\W*(?:how|what|who|whom|whose|why|when|where|which|is|are|was|were|do|does|did|has|have|had|"
                       r"will|would|can|could|should|shall|may|might)\b[^?!.]*\?[\W]*$", re.IGNORECASE)
_NOT_NARRATIVE = re.compile(r"\b(?:has|have|had|since|usually|often|regularly|daily|every)\b", re.IGNORECASE)


# ---------------------------------------------------------------- results

@dataclass
class Generated:
    """A record extract wants in content/, with the provenance key that identifies it across runs."""

    record: Record
    key: str


@dataclass
class ArticleResult:
    source: Source
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # New actors and places this article is the first (in sorted source order) to mention.
    discovered: list[Discovered] = field(default_factory=list)

    def generated(self) -> list[Generated]:
        out = [Generated(self.source, f"source:{self.source.id}")]
        for event in self.events:
            out.append(Generated(event, event_key(event)))
        for found in self.discovered:
            # Keys carry the source id as their 2nd part so that store.apply_generated removes
            # the record when that source no longer produces it. A name found by several
            # articles is emitted once, under the first source (sorted) that mentions it, so its
            # key is the same whichever articles are extracted in which order.
            out.append(Generated(found.record, f"{found.record.record_kind}:{found.source}:{found.record.id}"))
        return out


def event_key(event: Event) -> str:
    """'event:<first source>:<digest of its quote and type>': sources are sorted, so this is
    stable; the type is in it because one sentence can report two happenings of different kinds."""
    first = event.sources[0]
    digest = hashlib.sha1(f"{event.type}\n{first.quote}".encode("utf-8")).hexdigest()[:12]
    return f"event:{first.source}:{digest}"


# ---------------------------------------------------------------- the stage

def known_dates(content: Content) -> list[temporal.KnownDate]:
    """Dated agreements in content/, for inferring a missing publication date."""
    known = []
    for agreement in sorted(content.agreements.values(), key=lambda a: a.id):
        if agreement.signed and agreement.review != "rejected":
            known.append(temporal.KnownDate(names=(agreement.name, *agreement.aliases), date=agreement.signed,
                                            label=f"agreement {agreement.id} (signed {agreement.signed})"))
    return known


def publication_date(article: Article, content: Content) -> temporal.PublicationDate:
    stated = temporal.stated_publication_date(article.text, article.header_end)
    if stated and stated.value:
        return stated
    dateline = _dateline_date(article)
    if dateline:
        return dateline
    inferred = temporal.infer_publication_date(article.text, article.header_end, known_dates(content))
    yearless = _yearless_dateline(article)
    if inferred.basis == "unknown" and yearless:
        # "BEIRUT, March 22 (Reuters) -": the day is stated but a year would be a guess
        inferred = replace(inferred, evidence=f"the dateline '{yearless}' gives no year; {inferred.evidence}")
    return inferred


def _yearless_dateline(article: Article) -> str | None:
    """The text of a header dateline that gives a day and month but no year, if any."""
    for block in article.blocks:
        if block.kind != "dateline" or block.start > article.header_end:
            continue
        line = article.text[block.start:block.end]
        if any(t.type == "DATE" and t.value.startswith("XXXX-") for t in temporal.tag(line, None)):
            return line.strip(" –—-")
    return None


def _dateline_date(article: Article) -> temporal.PublicationDate | None:
    """A line of the header that is nothing but a full date ("December 18, 2017 at 12:26 pm")
    states the publication date. Only used when the temporal engine states none; the date is the
    engine's own reading of that line, never a relative one."""
    for block in article.blocks:
        if block.kind != "dateline" or block.start > article.header_end:
            continue
        line = article.text[block.start:block.end]
        for timex in temporal.tag(line, None):
            if timex.type == "DATE" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", timex.value):
                return temporal.PublicationDate(timex.value, "stated", line.strip(" –—-\t"), 1.0,
                                                block.start + timex.start, block.start + timex.end)
    return None


def make_source(article: Article, published: temporal.PublicationDate) -> Source:
    return Source(
        id=article.source_id, file=article.file, sha256=article.sha256, title=article.title,
        publisher=article.publisher, url=article.url, published=published.value,
        published_basis=published.basis, published_evidence=published.evidence,
        published_confidence=round(published.confidence, 2) if published.basis == "inferred" else None,
        review="extracted",
    )


def _places_named(found: list[list[Mention]], content: Content) -> set[str]:
    """Every place the article names, and the province each lies in."""
    places: set[str] = set()
    for mentions in found:
        for m in mentions:
            if m.kind == "place":
                places.add(m.id)
                place = content.places.get(m.id)
                if place and place.admin1:
                    places.add(place.admin1)
    return places


def _out_of_scope(m: Mention, content: Content, named_places: set[str]) -> bool:
    """"government forces" names the Syrian government only in an article about Syria: an
    actor's descriptive alias (no capital letter) counts only when the article names a place of
    the actor's `scope`. Its proper names ("Syrian Arab Army") count everywhere."""
    if m.kind != "actor" or m.proper:
        return False
    actor = content.actors.get(m.id)
    return bool(actor and actor.scope) and not named_places.intersection(actor.scope)


# A roundup's paragraph that opens with the country or place it is about ("In Yemen, ...",
# "In Iraq, ..."): not a date ("In March, ...") nor a phrase ("In Addition, ...").
_PLACE_LEAD = re.compile(
    r"(?-i:In)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Addition|Total|Short|Particular|Fact|Turn|"
    r"Response|General|Practice|Contrast|Brief|Summary|Other|Recent|Early|Late|Mid)\b)"
    r"(?:the\s+)?(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,3},")


def _place_led_paragraphs(article: Article, paragraphs: list[Block], found: list[list[Mention]],
                          content: Content) -> dict[int, set[str]]:
    """In a roundup ("In Syria, ...; In Yemen, government forces ..."), a paragraph led by the
    place it is about is read on its own: an actor's descriptive alias counts there only when that
    paragraph names a place of the actor's scope, so "government forces" in the Yemen paragraph is
    not the Syrian government named in the Syria paragraph."""
    out: dict[int, set[str]] = {}
    for i, block in enumerate(paragraphs):
        if _PLACE_LEAD.match(article.text, block.start):
            out[i] = _places_named([f for s, f in zip(article.sentences, found) if block.start <= s.start < block.end],
                                   content)
    return out


@dataclass
class _Candidate:
    event: Event
    sentence: Sentence
    block: int  # index of the paragraph, for carry-over
    basis: str  # how it was dated: clause, head, speech, since, carried, none


def extract_article(article: Article, content: Content, gazetteer: Gazetteer, source: Source | None = None,
                    resolver: AgreementResolver | None = None) -> ArticleResult:
    """Records for one article. `source` is the existing record when a person owns it: their
    publication date is then the one relative dates are resolved against."""
    if source is None:
        source = make_source(article, publication_date(article, content))
    resolver = resolver or AgreementResolver(content, gazetteer)
    dct = source.published if source.published and len(source.published) == 10 else None
    timexes = temporal.tag(article.text, dct)
    paragraphs = [b for b in article.blocks if b.kind == "paragraph"]
    timexes = narrative_years(article.text, [(b.start, b.end) for b in paragraphs], timexes, dct)
    title_block = next((b for b in article.blocks if b.kind == "title"), None)
    timexes = headline_week(article.text, (title_block.start, title_block.end) if title_block else None, timexes, dct)
    timexes = since_start_of_now(article.text, timexes, dct)
    result = ArticleResult(source=source)
    state = ArticleAgreements(published=source.published if source.published_basis == "stated" else None)
    candidates: list[_Candidate] = []
    paragraphs = [b for b in article.blocks if b.kind == "paragraph"]
    entries = dated_entries(article, paragraphs, timexes, dct)
    blog = live_blog_entries(article, timexes, dct)
    listed = list_items(article, timexes, dct)
    timexes = read_at_entry_day(article, blog, timexes, dct)
    found = [gazetteer.find(article.text, s.start, s.end) for s in article.sentences]
    named_places = _places_named(found, content)
    led = _place_led_paragraphs(article, paragraphs, found, content)
    for sentence, mentions in zip(article.sentences, found):
        block = block_index(paragraphs, sentence.start)
        scope_places = led.get(block, named_places)
        mentions = [m for m in mentions if not _is_publisher_mention(m, article)
                    and not _out_of_scope(m, content, scope_places)]
        refs = resolver.resolve(article.text, sentence.start, sentence.end, mentions, timexes, state)
        for ref in refs:
            if ref.conflict and ref.conflict not in state.conflicts:
                state.conflicts.append(ref.conflict)
        if refs:
            # What the sentence says about the agreements: their dates and their state.
            state.add_claims(date_claims(refs, sentence.text))
            state.add_claims(status_claims(article.text, (sentence.start, sentence.end),
                                           split_clauses(article.text, sentence.start, sentence.end), refs, timexes,
                                           source.published, source.published_basis == "stated"))
        for event, basis in _events_from_sentence(article, sentence, mentions, refs, timexes, content, source, resolver,
                                                  historical=sentence.start in entries):
            if sentence.start in entries and entries[sentence.start] and not event.date:
                event.date_text, event.date_reason = entries[sentence.start]
            lead = listed.get(sentence.start)
            if lead and not event.date and not (basis != "none" and event.date_text) \
                    and not any(sentence.start <= t.start < sentence.end for t in timexes) \
                    and not _NOT_NARRATIVE.search(sentence.text) and not _NEXT_IN_TURN.search(sentence.text) \
                    and _lead_tells_that_day(article, lead, paragraphs, candidates):
                event.date, event.end_date, event.date_text = trim(lead.value), None, lead.text
                event.date_reason = f"an item of the list the paragraph before introduces, dated '{lead.text}'"
                basis = "carried"
            elif sentence.start in entries or not _hours_later(event, sentence, block, candidates, timexes):
                _carry_over(event, basis, sentence, block, candidates, article, timexes)
            live = blog.get(sentence.start)
            if live and event.type == "statement" and not event.date and dates_only_the_entry_day(sentence, timexes, live.day):
                # the saying is what the entry reports at its time stamp; a happening it tells may be older
                event.date, event.end_date, event.date_text = live.day, None, live.stamp
                event.date_reason = f"reported in the live-blog entry of {live.stamp} on {live.day}, {live.source}"
            candidates.append(_Candidate(event, sentence, block, basis))
    # merge.py needs where each candidate was told: a statement continued in the next sentence
    # ("It added ...") is the same saying; one told paragraphs later need not be.
    order = {s.start: i for i, s in enumerate(article.sentences)}
    for c in candidates:
        c.event._sentences = frozenset({order[c.sentence.start]}) if c.sentence.start in order else frozenset()
    events = merge_events([c.event for c in candidates], across=False)
    if state.conflicts:
        source.notes = "Agreement dates to review:\n" + "\n".join(f"- {c}" for c in state.conflicts)
    source.agreement_claims = state.claims
    result.events = events
    assign_ids(result.events)
    return result


_TOLL_TOLD = re.compile(r"\b(?:deaths?\s+of|killed|killing|died|victims)\b", re.IGNORECASE)
# "- On Sunday, shelling hit Ariha." then "- Jets then struck Saraqib.": an item that tells what came
# next follows the item before it, not the lead's day
_NEXT_IN_TURN = re.compile(r"\b(?:then|later|afterwards|subsequently|next)\b", re.IGNORECASE)


def _lead_tells_that_day(article: Article, lead: temporal.Timex, paragraphs: list[Block], candidates: list[_Candidate]) -> bool:
    """The list's lead reports happenings on its day ("documented the death of 17 civilians on
    Friday", "jets struck several towns on Tuesday"), so its items are that day's happenings. A day
    that dates no happening told in the lead ("the war entered its fifth year on Friday. Key
    moments:", "published its monthly report on Friday. Below are the incidents:", "listed on
    Wednesday the attacks since January:") is the day of the anniversary or of the report, not of
    what the items tell."""
    sentence = next((s for s in article.sentences if s.start <= lead.start < s.end), None)
    if sentence and _TOLL_TOLD.search(sentence.text) and not re.search(r"(?i)\bsince\b", sentence.text):
        return True  # a toll of that day: the death of, killed, died
    block = block_index(paragraphs, lead.start)
    return any(c.block == block and c.event.type != "statement" and c.event.date == trim(lead.value) for c in candidates)


def _is_publisher_mention(mention: Mention, article: Article) -> bool:
    """The dateline's "(North Press)" is who wrote the article, not a participant."""
    return article.publisher_evidence is not None and mention.start < article.header_end + len(article.publisher_evidence) + 2 \
        and article.text[mention.start:mention.end] in (article.publisher_evidence or "") and mention.start <= article.text.find(article.publisher_evidence) + len(article.publisher_evidence)


_BARE_NAME_CAPTURE = re.compile(r"(?i:took|retook|retaken)\s+(?=[A-Z])")


def _bare_name_is_actor(trigger: Trigger, mentions: list[Mention]) -> bool:
    """"took Avdiivka" is a capture only if the bare name is a place: "took Putin at his word" names
    an actor (a person, a party) and no place, so it is no capture."""
    m = _BARE_NAME_CAPTURE.match(trigger.text)
    if trigger.type != "territorial-change" or not m:
        return False
    at = trigger.start + m.end()
    here = [x for x in mentions if x.start == at]
    return any(x.kind == "actor" for x in here) and not any(x.kind == "place" for x in here)


def _events_from_sentence(article: Article, sentence: Sentence, mentions: list[Mention], refs: list[AgreementRef],
                          timexes: list[temporal.Timex], content: Content, source: Source,
                          resolver: AgreementResolver, historical: bool = False) -> list[tuple[Event, str]]:
    text = article.text
    if _QUESTION.match(sentence.text):
        return []  # "How many people have fled?", "Will the ceasefire hold?": asked, not told
    clauses = split_clauses(text, sentence.start, sentence.end)
    per_clause: list[tuple[Clause, list[Trigger]]] = []
    for clause in clauses:
        triggers = find_triggers(text, clause, historical and clause.kind == "main")
        triggers = [t for t in triggers if not _bare_name_is_actor(t, mentions)]
        if triggers:
            per_clause.append((clause, triggers))
    all_types = {t.type for _, triggers in per_clause for t in triggers}
    has_happening = bool(all_types - {"statement", "talks"})  # a toll a monitor reports is its casualties, not its statement
    out: list[tuple[Event, str]] = []
    previous_agents: list[str] = []
    speakers: list[str] = []
    first_dates: dict[str, tuple[int, EventDate]] = {}  # event type -> (index in out, its date)
    for index, (clause, triggers) in enumerate(per_clause):
        types = _unique(t.type for t in triggers)
        chosen = [t for t in types if t not in ("casualties", "statement", "talks")]
        if "talks" in types and "agreement" not in all_types:
            chosen.append("talks")
        if not chosen and "casualties" in types and not (all_types & set(VIOLENCE)):
            chosen.append("casualties")
        roles = _roles(text, clause, mentions, triggers, content)
        if "statement" in types:
            # who is named inside the quoted words ("'Moscow could press Ankara,' said one analyst") is not speaking
            speakers = roles["speakers"] + [a for a in roles["agents"] if a not in roles["quoted"] and a not in roles["reported"]]
            # An official statement stands beside what it reports; a monitor's or a source's
            # report is only how we know about the happening.
            official = any(_is_official(a, content) for a in speakers)
            # A report that something did not happen ("SOHR said no shelling took place") is
            # no happening either, unless a state says it (a denial is then its statement).
            denial = not official and any(denies_happening(text, c) for c in clauses)
            if speakers and (official or not has_happening) and not denial:
                chosen.append("statement")
        agents = roles["agents"]
        if not agents and clause.kind == "relative" and _RELATIVE_OBJECT.match(text, clause.start, clause.end) and previous_agents:
            agents = previous_agents  # "forces ... launched a push toward X, which they captured": "they" are the forces
        if not agents and clause.kind == "main" and _AND_DATED_PRONOUN.match(text, clause.start, clause.end) and previous_agents:
            agents = previous_agents  # "X launched an offensive in May, and by June they had captured Y": "they" are X
        if not agents and clause.kind == "relative":
            agents = _actor_before(mentions, clause.start, sentence.start, content, text)
        if not agents and clause.kind in ("participle", "subordinate", "relative"):
            agents = previous_agents
        if clause.kind == "complement" and _PRONOUN_SUBJECT.match(text[clause.start:clause.end]):
            # "X said its fighters repelled an attack by Y": X is the subject, Y (if named) another party
            own = [a for a in speakers if content.actors[a].kind != "person"] or \
                [content.actors[a].affiliation for a in speakers if content.actors[a].affiliation in content.actors]
            agents = _unique(own + agents) if not agents or _PRONOUN_GROUP.match(text[clause.start:clause.end]) else agents
        if set(chosen) - {"statement"}:
            # Only a clause that tells a happening passes its agent on: "X have not withdrawn,
            # a monitor said, as two soldiers died in a rebel attack" (X is no one's killer).
            previous_agents = agents or previous_agents
        span_end = clause.end
        for later in clauses[clauses.index(clause) + 1:]:
            if later.kind != "participle":
                break
            span_end = later.end
        span = Clause(clause.start, span_end, clause.kind)
        for event_type in sorted(chosen, key=_PRIORITY.index):
            trigger = next((t for t in triggers if t.type == event_type), triggers[0])
            when = date_clause(text, span, (sentence.start, sentence.end), trigger.start, timexes,
                               source.published, event_type, clauses, source.published_basis == "stated")
            own_date = when.date is not None and when.timex is not None and clause.start <= when.timex.start < span.end
            if event_type in first_dates:
                earlier, first = first_dates[event_type]
                if clause.kind == "main" and own_date and (_same_timex(first, when) or first.date != when.date):
                    # "On 2 June the shelling of A killed two women, and on Sunday the forces
                    # shelled B": a main clause with a day of its own tells another happening.
                    if _same_timex(first, when) and earlier is not None:
                        # the first clause had borrowed this clause's date: it has none of its own
                        e = out[earlier][0]
                        e.date, e.end_date, e.date_text = None, None, None
                        e.date_reason = f"'{when.text}' dates another clause of the sentence, which tells another {event_type.replace('-', ' ')}"
                        out[earlier] = (e, "none")
                else:
                    # One event per kind of happening per sentence: later clauses elaborate it. A
                    # clause that tells how it happened at the same time ("Russian warplanes took
                    # part, as the warplanes carried out on Monday four raids", "reinforced their
                    # points, where a convoy entered on Saturday") dates it when it had no date.
                    if earlier is not None and not out[earlier][0].date_text and _ELABORATING.match(text, clause.start, clause.end):
                        if when.text and (when.basis == "clause" or (when.timex is not None and clause.start <= when.timex.start < span.end)):
                            e = out[earlier][0]
                            e.date, e.end_date, e.date_text, e.date_reason = when.date, when.end_date, when.text, when.reason
                            out[earlier] = (e, when.basis)
                    continue
            revised = _TOLL_REVISED.search(text, sentence.start, sentence.end)
            if revised and event_type != "casualties" and revised.start("what") <= trigger.start < revised.end("what") \
                    and when.timex is not None and not revised.start("what") <= when.timex.start < revised.end("what"):
                # "The death toll from an air strike on X rose to 22 on Sunday", "On Sunday, the
                # death toll from ... rose to 22": the day of the new count, not of the strike,
                # which came before it
                when = EventDate(None, None, when.text, f"'{when.text}' is the day the toll was revised, "
                                 f"not the day of the {event_type.replace('-', ' ')}, which came before it")
            event = _build_event(article, sentence, span, event_type, when,
                                 speakers if event_type == "statement" else agents, roles, mentions, refs,
                                 content, source, resolver)
            first_dates[event_type] = (len(out) if event is not None else None, when)
            if event is not None:
                _note_for_merging(event, speakers if event_type == "statement" else agents, content)
                out.append((event, when.basis))
    if all(e.type == "agreement" for e, _ in out):
        out.extend(_official_attribution(article, sentence, clauses, mentions, refs, timexes, content, source, resolver))
    return out


def _same_timex(a: EventDate, b: EventDate) -> bool:
    return a.timex is not None and b.timex is not None and a.timex.start == b.timex.start


def _official_attribution(article: Article, sentence: Sentence, clauses: list[Clause], mentions: list[Mention],
                          refs: list[AgreementRef], timexes: list[temporal.Timex], content: Content, source: Source,
                          resolver: AgreementResolver) -> list[tuple[Event, str]]:
    """"Officials will meet next week, where the truce could collapse, a Turkish official said on
    Tuesday.": when nothing else in the sentence happened (but an agreement it names) and what is
    said is what will or may happen, a closing attribution whose speaker is a state (or speaks for
    one) is that state's statement (a monitor's or a resident's is not)."""
    text = article.text
    said = " ".join(text[c.start:c.end] for c in clauses if c.kind != "attribution")
    if not _FUTURE.search(said):
        return []  # "Turkey retaliated by striking X, an official said": a report of a happening, not a statement
    for clause in clauses:
        body = text[clause.start:clause.end]
        speech = re.search(rf"\b(?:{SPEECH_VERB})\b", body, re.IGNORECASE)
        if clause.kind != "attribution" or not speech or re.match(r"\W*according to\b", body, re.IGNORECASE):
            continue
        trigger = Trigger("statement", clause.start + speech.start(), clause.start + speech.end(), speech.group())
        roles = _roles(text, clause, mentions, [trigger], content)
        speakers = _unique(roles["speakers"] + roles["agents"])
        if not speakers or not any(_is_official(a, content) for a in speakers):
            continue
        when = date_clause(text, clause, (sentence.start, sentence.end), trigger.start, timexes, source.published,
                           "statement", clauses, source.published_basis == "stated")
        event = _build_event(article, sentence, clause, "statement", when, speakers, roles, mentions, refs,
                             content, source, resolver)
        if event is not None:
            _note_for_merging(event, speakers, content)
            return [(event, when.basis)]
    return []


def _note_for_merging(event: Event, agents: list[str], content: Content) -> None:
    """What merge.py needs beyond the record: who did it, the places that contain each of its
    places, and which of its places are broad. Attributes, not fields: they are not written."""
    event._agents = list(agents)
    event._within = {p: _containing(p, content) for p in event.places}
    event._broad = frozenset(p for p in event.places if _is_broad(p, content))
    event._towns = frozenset(p for p in event.places if _is_town(p, content))


def _is_town(place_id: str, content: Content) -> bool:
    """A place that holds no other: a province or a mountain region may hold the town another
    report names; a town holds no other town."""
    place = content.places.get(place_id)
    return place is not None and place.kind in ("city", "town", "village", "site")


def _is_broad(place_id: str, content: Content) -> bool:
    """A country, or a region in no province ("Northwest Syria", not the Ghab plain): where
    something happened only when nothing more precise is said."""
    place = content.places.get(place_id)
    return place is not None and (place.kind == "country" or (place.kind == "region" and not place.admin1))


def _containing(place_id: str, content: Content) -> tuple[str, ...]:
    """The places that contain this one (its province, and the province's own admin1)."""
    out: list[str] = []
    place = content.places.get(place_id)
    while place is not None and place.admin1 and place.admin1 not in out and place.admin1 != place_id:
        out.append(place.admin1)
        place = content.places.get(place.admin1)
    return tuple(out)


_FUTURE = re.compile(r"\b(?:will|would|could|might|(?-i:may)(?!\s+\d)|should|shall|plans? to|intends? to|expected to|due to|is to|are to|threaten\w*|warn\w*)\b", re.IGNORECASE)
_ELABORATING = re.compile(r"[\s,;–—-]*(?:as|where|while|when|with)\b", re.IGNORECASE)  # used with match(text, pos)
_PRONOUN_GROUP = re.compile(r"^\W*(?:that\s+)?(?:his|their|its)\s+\w+", re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(r"^\W*(?:that\s+)?(?:they|it|he|she|his (?:group|forces|faction|fighters)|their (?:group|forces|fighters|factions)|its (?:forces|fighters|factions|units|troops|members))\b", re.IGNORECASE)
_CONNECTIVE = re.compile(r"[\s,;–—-]*(?:at the same time as|while|whereas|although|though|but|however|as|where|which|who|after|before|when|despite|amid|amidst|that|and)?\s*", re.IGNORECASE)


def _is_official(actor_id: str, content: Content) -> bool:
    """A state, or a person who speaks for one."""
    actor = content.actors.get(actor_id)
    if actor is None:
        return False
    if actor.kind == "state":
        return True
    affiliation = content.actors.get(actor.affiliation) if actor.affiliation else None
    return actor.kind == "person" and affiliation is not None and affiliation.kind == "state"


# "..., which they captured on 28 January": the relative pronoun is the object; the subject is a
# pronoun that stands for the previous clause's agent.
# ", and by January 2018 they had captured ...": a second main clause headed by its own date
# whose subject is a pronoun for the previous clause's agent.
_AND_DATED_PRONOUN = re.compile(r"[\s,]*and\s+(?:in|on|by|during)\s[^,]{0,40}?\s(?:they|it)\s", re.IGNORECASE)
_RELATIVE_OBJECT = re.compile(r"[\s,]*(?:which|that|whom)\s+(?:they|it)\s", re.IGNORECASE)


def _actor_before(mentions: list[Mention], at: int, sentence_start: int, content: Content, text: str = "") -> list[str]:
    """The antecedent of "which"/"who": the last actor named before the relative clause, not a
    backer ("forces backed by Russian air power, which ...")."""
    before = [m for m in mentions if m.kind == "actor" and sentence_start <= m.end <= at and content.actors[m.id].kind != "media"
              and not (text and _BACKER_BEFORE.search(text, max(sentence_start, m.start - 40), m.start))]
    return [before[-1].id] if before else []


def _roles(text: str, clause: Clause, mentions: list[Mention], triggers: list[Trigger], content: Content) -> dict[str, list[str]]:
    """Actors of the clause by role: agents (who did it), others (targets, backers), reporters."""
    agents, others, reporters, speakers, inside_quotes, reported, victims = [], [], [], [], [], [], []
    # "X said 33 soldiers had been killed in an air strike by Y": Y is the agent of what X
    # reports, not a speaker (an agent after the speech verb and a later trigger of a happening)
    speech_at = next((t.start for t in triggers if t.type == "statement"), None)
    happening_at = [t.start for t in triggers if t.type not in ("statement",)]
    # the happening's own trigger: in "two soldiers were killed when rebels fired mortars", the
    # rebels come before the shelling, not before the casualties
    first_trigger = next((t.start for t in triggers if t.type not in ("casualties", "statement")), triggers[0].start)
    for m in mentions:
        if m.kind != "actor" or not (clause.start <= m.start < clause.end):
            continue
        record = content.actors.get(m.id)
        if record is None or record.kind == "media":
            continue
        if _BORDER_AFTER.match(text, m.end, clause.end) or _REGION_OF_AFTER.match(text, m.end, clause.end):
            continue
        if record.kind == "state" and re.search(r"(?:ish|an|ese|i)$", text[m.start:m.end]) and _NOT_STATE_AFTER.match(text, m.end, clause.end):
            continue
        # inside someone's quoted words; a name in quotation marks of its own ('the "X" operations room') is not
        quoted = inside_quote(text[clause.start:m.start], m.start - clause.start) \
            and not (text[max(0, m.start - 1):m.start] in ('"', "“") and text[m.end:m.end + 1] in ('"', "”"))
        head = _CONNECTIVE.match(text, clause.start, clause.end)
        before = text[head.end() if head and head.end() <= m.start else clause.start:m.start]
        after = text[m.end:clause.end]
        actor_id = m.id
        if record.kind == "person" and record.affiliation and re.match(r"^(?:’s|'s)\s+(?:regime|forces|government|army|troops)\b", after):
            actor_id = record.affiliation  # "Assad's regime" is the government, not the man
        forces_of = _FORCES_OF_BEFORE.search(before)
        if forces_of and record.kind == "person" and record.affiliation:
            actor_id = record.affiliation  # "the forces of Assad" are the government's
        # "33 Turkish soldiers had been killed", "309 regime elements have been neutralised": victims
        victim = re.search(r"\b(?:lost their lives|died|(?:were|was|had been|have been|has been)\s+(?:\w+\s+)?"
                           r"(?:killed|wounded|injured|martyred|neutrali[sz]ed))\b", after)
        if re.search(r"\baccording to\s+(?:[\w’'-]+\s+){0,4}$", before, re.IGNORECASE) or \
                (_REPORTER_AFTER.match(after) and any(t.type != "statement" for t in triggers)):
            reporters.append(actor_id)
            speakers.append(actor_id)
        elif victim and not re.search(r"\b(?:shell\w*|bomb\w*|attack\w*|struck|hit|targeted)\b", after[:victim.start()]):
            others.append(actor_id)
            victims.append(actor_id)
        elif _VICTIM_BEFORE.search(before) and any(t.type in VIOLENCE or t.type == "casualties" for t in triggers):
            others.append(actor_id)
            victims.append(actor_id)
        elif _BACKER_BEFORE.search(before) or re.match(r"^[\s-]*(?:backing|-backed|backed)\b(?!\s+by\b)", after, re.IGNORECASE):
            others.append(actor_id)
            # "JNIM, affiliated to Al-Qaeda, claimed the attack": the affiliate is not the speaker
            if re.search(r"\b(?:affiliated (?:to|with)|linked to|loyal to|aligned with)\s+(?:\S+\s+){0,1}$", before, re.IGNORECASE):
                continue
        elif _AGENT_BEFORE.search(before) or forces_of:
            agents.append(actor_id)
        elif _TARGET_BEFORE.search(before):
            others.append(actor_id)
        elif m.start < first_trigger:
            agents.append(actor_id)
        else:
            others.append(actor_id)
        if _SPEECH_AFTER.match(after) and not quoted:
            speakers.append(actor_id)
        if quoted:
            inside_quotes.append(actor_id)
        if speech_at is not None and m.start > speech_at and any(speech_at < h for h in happening_at):
            reported.append(actor_id)
    return {"agents": _unique(agents), "others": _unique(others), "reporters": _unique(reporters), "speakers": _unique(speakers),
            "quoted": [a for a in _unique(inside_quotes) if a not in speakers],
            "reported": [a for a in _unique(reported) if a not in speakers], "victims": _unique(victims)}


def _build_event(article: Article, sentence: Sentence, clause: Clause, event_type: str, when: EventDate,
                 agents: list[str], roles: dict[str, list[str]], mentions: list[Mention], refs: list[AgreementRef],
                 content: Content, source: Source, resolver: AgreementResolver) -> Event | None:
    text = article.text
    if event_type == "statement":
        actors = _unique(roles["speakers"] + [a for a in roles["agents"] if a not in roles["quoted"] and a not in roles["reported"]])
        people = [a for a in actors if content.actors[a].kind == "person" and content.actors[a].affiliation]
        actors = _unique(actors + [content.actors[p].affiliation for p in people if content.actors[p].affiliation in content.actors])
    else:
        actors = _unique(agents + roles["others"])
        purpose = _PURPOSE.search(text, clause.start, clause.end)
        if purpose:  # "entered the region to facilitate the agreement reached with Russia": not a participant
            late = {m.id for m in mentions if m.kind == "actor" and m.start >= purpose.start()}
            early = {m.id for m in mentions if m.kind == "actor" and clause.start <= m.start < purpose.start()}
            actors = [a for a in actors if a in early or a not in late or a in agents]
    # Places: those of the clause; a clause without any takes the sentence's (not its attribution's).
    purpose = _PURPOSE.search(text, clause.start, clause.end)
    limit = purpose.start() if purpose else clause.end
    # "Yemen's Houthis", "Sudan's army": the place says whose the actor is, not where it happened
    actor_starts = {a.start for a in mentions if a.kind == "actor"}
    owners = {m.start for m in mentions if m.kind == "place" and (possessive := re.match(r"['’]s\s+(?:the\s+)?", text[m.end:m.end + 8]))
              and m.end + possessive.end() in actor_starts}
    places = _unique(m.id for m in mentions if m.kind == "place" and clause.start <= m.start < limit and _is_location(text, m, sentence)
                     and m.start not in owners)
    if not places and event_type != "statement":
        # "On Monday jets struck A; on Wednesday forces shelled B": the part of the sentence between
        # semicolons is the clause's; another part tells another happening, in its own place
        seg_start = text.rfind(";", sentence.start, clause.start) + 1 or sentence.start
        seg_end = text.find(";", clause.start, sentence.end)
        seg_end = sentence.end if seg_end < 0 else seg_end
        places = _unique(m.id for m in mentions if m.kind == "place" and seg_start <= m.start < seg_end and _is_location(text, m, sentence)
                         and m.start not in owners and not re.search(
            r"\baccording to\b[^,]*$", text[sentence.start:m.start], re.IGNORECASE)
            and not _PURPOSE.search(text[sentence.start:m.start]))
    unknown = _unknown_places(text, clause.start, limit, mentions)
    if not places and not unknown and event_type != "statement":
        unknown = _unknown_places(text, seg_start, seg_end, mentions)
    if any(not _is_broad(p, content) for p in places):
        places = [p for p in places if not _is_broad(p, content)]  # "Syria" adds nothing next to a town
    agreements = _unique(r.id for r in refs)
    notes: list[str] = []
    if event_type in VIOLENCE or event_type == "agreement-violation":
        linked = [r for r in refs if violation_cue(text[sentence.start:sentence.end])]
        if linked:
            notes.append(f"Reported in the text as a breach of {', '.join(_unique(r.id for r in linked))}.")
        else:
            covering = resolver.in_force_covering(places, when.date)
            if covering:
                agreements = _unique(agreements + [covering])
                notes.append(f"In the area of {covering} after it entered into force: a reported violation if it was still in force.")
        if event_type != "agreement-violation":
            agreements = _unique(r.id for r in linked) + [a for a in agreements if a not in {r.id for r in linked}]
            agreements = [a for a in agreements if a in {r.id for r in linked} or notes]
    elif event_type == "statement":
        agreements = []
    if event_type in VIOLENCE and when.date:
        # "The Moscow deal came after weeks of fighting in which … on February 27": a happening
        # before an agreement entered into force neither breaks it nor falls under it
        agreements = [a for a in agreements if not _before_agreement(when.date, content.agreements.get(a))]
    for ref in refs:
        if ref.conflict and event_type == "agreement":
            notes.append(ref.conflict)
    if event_type == "agreement" and when.date:
        # "The Astana memorandum, signed in May 2017, and the Sochi deal": the date is one
        # agreement's, not the other's; "The Moscow agreement, signed in March 2019" (a record
        # signed on 2020-03-05): a signing date that contradicts the record it names dates nothing
        # (an agreement only inferred from a near date keeps the text's date, with the conflict noted)
        fits = [a for a in agreements if _signing_fits(when.date, content.agreements.get(a))]
        if fits:
            agreements = fits
        elif agreements and any(r.named and r.id == agreements[0] for r in refs):
            record = content.agreements.get(agreements[0])
            when = EventDate(None, None, when.text, f"the article dates the signing to {when.date}, the record "
                             f"{agreements[0]} to {record.signed or record.in_force}: the date is to review")
    if event_type == "agreement" and not agreements and not actors and not places and not when.date:
        return None  # "an agreement was reached": nothing tells which one; a dated signing is kept
    if event_type == "statement":
        if not actors:
            return None  # a statement needs someone we can name who made it
        actors.sort(key=lambda a: content.actors[a].kind != "person")
    quote = sentence.text
    fatalities = _fatalities(text[clause.start:clause.end])
    if fatalities is None and re.match(r"^\W*(?:after|who|which)\b", text[clause.start:clause.end], re.IGNORECASE):
        # "received eight bodies after air strikes", "six children and three women, who were killed
        # when …": the count is in the clause the happening's clause hangs on
        fatalities = _fatalities(text[sentence.start:clause.end])
    if event_type not in VIOLENCE and event_type != "casualties":
        fatalities = None
    reporters = [content.actors[r].name for r in roles["reporters"] if event_type != "statement"]
    if reporters:
        notes.append("Reported by " + ", ".join(reporters) + ".")
    event = Event(
        id="", date=when.date, end_date=when.end_date, date_text=when.text, date_reason=when.reason,
        # the title's perpetrator of an attack is an agent, never its target or victim
        title=_title(event_type, actors[:1] if event_type == "statement" else [a for a in agents if a in actors]
                     if (event_type in VIOLENCE and event_type != "armed-clash") or event_type == "casualties"
                     # a clash is titled by its sides, not by one killed in it ("killed Hezbollah's leader X
                     # ... and launched a ground invasion": X fought no one)
                     else [a for a in actors if a not in roles.get("victims", [])] if event_type == "armed-clash" else actors,
                     places, agreements, content),
        summary=" ".join(sentence.text.split()), type=event_type,
        actors=actors, places=places, agreements=agreements, fatalities=fatalities,
        sources=[Quote(source=source.id, quote=quote)], review="extracted",
        notes="\n".join(notes) if notes else None,
    )
    event._unknown_places = unknown
    return event


# A name the gazetteers do not know, where a happening takes place: "in Maarat al-Numan", "struck
# Kafr Nabl", "the strikes on Ariha". Not a record (discover makes those from surer phrases): only
# what merge.py needs to keep it apart from a strike in another town. Not "near", "at": "pulled
# back to their positions near X" after the fighting is told is where the attackers went.
_UNKNOWN_PLACE = re.compile(
    rf"\b(?i:in|struck|shelled|hit|bombed|pounded|targeted|raided|stormed|"
    rf"(?:strikes?|attacks?|raids?|assault|shelling|bombardment|bombing)\s+(?:on|of|against))\s+(?P<name>{NAME})")
_NOT_A_PLACE = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                          r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Arabic|English|French|Russian|Turkish|"
                          r"Ramadan|Eid|Christmas|Easter|Telegram|Twitter|Facebook)\b")


def _unknown_places(text: str, start: int, end: int, mentions: list[Mention]) -> frozenset[str]:
    """Names in text[start:end] that are, by the words before them, where something happened, but
    that no mention covers (a place the gazetteer lacks): the spelling-insensitive key of each."""
    out = set()
    for m in _UNKNOWN_PLACE.finditer(text, start, end):
        a, b = m.span("name")
        if _NOT_A_PLACE.match(m.group("name")) or any(x.start < b and a < x.end for x in mentions):
            continue
        out.add(" ".join(skeleton(w) for w in m.group("name").split()))
    return frozenset(out)


def _signing_fits(date: str, agreement) -> bool:
    """Does an event date agree with the record's signing or entry into force (at its precision)?"""
    record_dates = [d for d in (agreement.signed, agreement.in_force) if d] if agreement else []
    return not record_dates or any(r.startswith(date[:len(r)]) and date.startswith(r[:len(date)]) for r in record_dates)


def _before_agreement(date: str, agreement) -> bool:
    """Is the date wholly before the agreement entered into force (or was signed)?"""
    start = agreement and (agreement.in_force or agreement.signed)
    if not start:
        return False
    n = min(len(date), len(start))
    return date[:n] < start[:n]


_PURPOSE = re.compile(r"\b(?:to facilitate|in order to|so as to|aims? to|to avoid|to prevent|in an attempt to|to set up)\b", re.IGNORECASE)
# A place named as a party ("allied with Damascus") or as the end of a road ("connecting Aleppo
# to Damascus") is not where the happening took place.
_NOT_LOCATION_BEFORE = re.compile(r"\b(?:allied (?:with|to)|backed by|supported by|between|connecting|linking|to link|link|to)\s+(?:[\w’'-]+\s+)?$|\b(?:connecting|linking|link)\s+[\w’' -]+\s+to\s+$", re.IGNORECASE)


# A place in the phrase that gives the happening's cause or cause's people ("attacks … in solidarity
# with Palestinians in Gaza", "in support of the rebels in Idlib", "in retaliation for the strike on
# Aleppo") is where the cause is, not where the happening took place. (Not a support of fighters:
# "jets flew in support of ground troops in Raqqa" fly over Raqqa.)
_CAUSE_BEFORE = re.compile(r"\bin\s+(?:solidarity\s+with|support\s+(?:of|for)(?!\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:troops|forces|fighters|units|soldiers|offensive|operation|advance)\b)|retaliation\s+(?:for|against)|revenge\s+for)\s+[^,;:.()“”\"]*$",
                           re.IGNORECASE)


def _is_location(text: str, mention: Mention, sentence: Sentence) -> bool:
    before = text[max(sentence.start, mention.start - 40):mention.start]
    if _NOT_LOCATION_BEFORE.search(before) and not re.search(r"\b(?:talks|meeting|summit)\b[^,.]*\bbetween\b", before):
        return False
    if _CAUSE_BEFORE.search(text, max(sentence.start, mention.start - 80), mention.start):
        return False
    return True


# "The army suspended the talks on Wednesday. Hours later, army warplanes struck ...": a sentence
# headed by a lapse of hours ("Hours later", "A few hours later", "Minutes later", "Later that day")
# happened on the day of the happening told just before. The engine gives "Hours later" no value,
# and counts "that day" / "Two hours later" from the day last mentioned anywhere in the text (a
# statement's day, a background date), which need not be that happening's day.
_HOURS_LATER = re.compile(r"^\W*(?:(?:only|just|barely)\s+)?(?:(?:a\s+few|a\s+couple\s+of|few|several|some|an?|one|two|three|four|five|six|"
                          r"seven|eight|nine|ten|eleven|twelve|(?P<n>\d{1,2}))\s+)?(?:hours?|minutes?|moments?)\s+later\b"
                          r"|^\W*(?:moments|minutes|shortly)\s+(?:later|afterwards?)\b"
                          r"|^\W*later\s+(?:that|the\s+same)\s+(?:day|night|evening|afternoon|morning)\b", re.IGNORECASE)
# "Thirty-six hours later": a count of hours in words that may pass a day
_DAY_OR_MORE = re.compile(r"\b(?:twenty|thirty|forty|fifty|sixty|seventy)\b", re.IGNORECASE)


def _hours_later(event: Event, sentence: Sentence, block: int, candidates: list[_Candidate],
                 timexes: list[temporal.Timex]) -> bool:
    """Date an event of a sentence headed by "Hours later" (and the like) by the previous happening,
    the last event before it that is not a statement (what a speaker said about it is no later
    happening), in its paragraph or the two before. Returns False when the rule does not apply (the
    sentence has no such head, or a date of its own besides it); when it applies and no dated
    happening precedes, the event is null, never the publication date."""
    head = _HOURS_LATER.match(sentence.text)
    if not head:
        return False
    span = (sentence.start + head.start(), sentence.start + head.end())
    if any(sentence.start <= t.start < sentence.end and not (span[0] <= t.start < span[1]) for t in timexes):
        return False  # "Hours later, on Thursday, ...": its own date
    if not head.group().lower().lstrip(" ,").startswith("later") and any(
            span[0] <= t.start < span[1] and t.type in ("DATE", "TIME") for t in timexes):
        return False  # a lapse the engine placed itself ("48 hours later" after "On Monday")
    previous = next((c for c in reversed(candidates) if c.event.type != "statement" and c.sentence.end <= sentence.start), None)
    words = head.group().strip(" ,")
    event.date, event.end_date, event.date_text = None, None, words
    if (head.group("n") and int(head.group("n")) >= 24) or _DAY_OR_MORE.search(words):
        event.date_reason = f"'{words}': a day or more after the happening told before, the text does not say which day"
    elif previous and previous.block >= block - 2 and previous.event.date and len(previous.event.date) == 10 \
            and not previous.event.end_date and previous.basis in ("clause", "head", "carried"):
        if _LATE_IN_DAY.search(previous.event.date_text or "") or _LATE_IN_DAY.search(previous.sentence.text):
            event.date_reason = (f"'{words}' after '{previous.event.date_text}', late in the day: the same day "
                                 f"or the next, the text does not say which")
        else:
            event.date = previous.event.date
            event.date_reason = f"'{words}': the day of the happening told before, dated '{previous.event.date_text or previous.event.date}'"
    else:
        event.date_reason = f"'{words}': the day of the happening told before, which the text does not date"
    return True


def _carry_over(event: Event, basis: str, sentence: Sentence, block: int, candidates: list[_Candidate],
                article: Article, timexes: list[temporal.Timex]) -> None:
    """Reference time: a sentence with no date at all that plainly continues the previous
    sentence's happening takes its date: same paragraph and same kind of happening, or an
    anaphoric opening ("This took place", "It also targeted", "Meanwhile") in the next paragraph.
    Not when the sentence is in a perfect tense or speaks of a period ("since", "daily")."""
    if event.date or basis != "none" and event.date_text:
        return
    # "during the same period", "on the same day": the sentence says it shares the previous date.
    same_time = _SAME_TIME.search(sentence.text)
    same_span = (sentence.start + same_time.start(), sentence.start + same_time.end()) if same_time else None
    if any(sentence.start <= t.start < sentence.end and not (same_span and same_span[0] <= t.start < same_span[1])
           for t in timexes):
        return
    if not candidates:
        return
    previous = candidates[-1]
    if previous.basis not in ("clause", "head", "carried") or not previous.event.date_text:
        return
    if previous.sentence.end > sentence.start:
        return
    if same_time:
        if not previous.event.date or previous.block not in (block, block - 1):
            return
    else:
        if _NOT_NARRATIVE.search(sentence.text) or _CAME_AFTER.match(sentence.text):
            return
        anaphoric = bool(_ANAPHORIC_START.match(sentence.text))
        same_kind = previous.event.type == event.type or (previous.event.type in VIOLENCE and event.type in VIOLENCE and anaphoric)
        if not ((previous.block == block and same_kind) or (anaphoric and previous.block in (block, block - 1))):
            return
    event.date, event.end_date = previous.event.date, previous.event.end_date
    event.date_text = None
    if same_time:
        event.date_text = same_time.group()
        event.date_reason = f"'{same_time.group()}': the date of the previous sentence, '{previous.event.date_text}'"
    elif previous.event.date:
        event.date_reason = f"no date in the sentence: it continues the previous one, dated '{previous.event.date_text or previous.event.date}'"
    else:
        event.date_reason = f"continues the previous sentence, dated '{previous.event.date_text}': {previous.event.date_reason}"


def _title(event_type: str, actors: list[str], places: list[str], agreements: list[str], content: Content) -> str:
    label = TYPE_LABELS.get(event_type, "Event")
    if event_type == "agreement" and agreements:
        return f"{content.agreements[agreements[0]].name} agreed"
    title = label
    if actors:
        names = [content.actors[a].name for a in actors[:1 if event_type in VIOLENCE else 2]]
        title += (" by " if event_type not in ("talks", "agreement") else " between ") + " and ".join(names)
    if places:
        names = [content.places[p].name for p in places[:2]]
        preposition = " on " if event_type in ("air-strike", "shelling") else " in "
        title += preposition + " and ".join(names)
    return title


def _fatalities(text: str) -> Fatalities | None:
    for pattern in _FATALITIES:
        match = pattern.search(text)
        if not match:
            continue
        groups = pattern.groupindex
        counts = [_number(match.group("n"))] + ([_number(match.group("n2"))] if "n2" in groups else [])
        if any(c is None for c in counts):
            continue
        qualifier = (match.group("q") or "").lower() or None if "q" in groups else None
        if pattern.pattern.startswith(r"\bbetween"):
            qualifier = "at least"
        qualifier = {"around": "about", "some": "about", "nearly": "about", "over": "more than"}.get(qualifier, qualifier)
        if "who2" in groups:
            who = f"{match.group('who').strip().lower()} and {match.group('who2').strip().lower()}"
        elif "n2" in groups:
            who = "women and children"
        else:
            who = match.group("who").strip().lower() if "who" in groups else None
        return Fatalities(count=sum(counts), who=who, qualifier=qualifier)
    return None


def _number(word: str) -> int | None:
    word = " ".join(word.lower().replace(",", "").split())
    if word in ("a", "an"):
        return 1
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word)


def assign_ids(events: list[Event]) -> None:
    """Readable ids, unique within the list: <date>-<title>, with -2, -3 on collisions."""
    used: set[str] = set()
    for event in events:
        base = slugify(f"{event.date or 'undated'} {event.title}", 70)
        candidate, n = base, 2
        while candidate in used:
            candidate, n = f"{base}-{n}", n + 1
        used.add(candidate)
        event.id = candidate


def _unique(items) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


# ---------------------------------------------------------------- the whole project

EXTRACTOR_VERSION = "63"  # bump when extraction rules change, so cached articles are redone


@dataclass
class ExtractSummary:
    articles: int = 0
    extracted: int = 0  # articles actually (re)extracted this run
    skipped: list[str] = field(default_factory=list)  # "seeds/x.txt: why"
    report: ApplyReport | None = None
    cache: object = None  # the cache.ArticleCache of the run: hits and misses per step
    # When nothing had to be extracted: content/ as this run loaded it (quotes not checked), so
    # that a build need not load it again.
    unchanged_content: Content | None = None


def extract_project(project: Path, changed_only: bool = False, progress=None, workers: int | None = None,
                    executor: str | None = None, address=None, use_cache: bool = True) -> ExtractSummary:
    """Read every article in seeds/ and merge what it says into content/.

    changed_only: skip the run when no article text, gazetteer or extractor changed since the last
    one (what `chronology build` does); `chronology extract` redoes them all. Because the same
    happening reported by two articles is one event, and a new name is emitted under the first
    article that mentions it, the steps over all articles (merge across articles, writing)
    always run over all of them.

    use_cache: the per-article steps (ingest, discover, extract) of an article whose inputs are
    unchanged are taken from .cache/chronology/ (see generator/cache.py); what is written is the
    same either way. False (`chronology extract --no-cache`, or CHRONOLOGY_NO_CACHE=1) ignores
    the cache and does not write it.

    A file that is not an article (empty, binary, too large, not .txt/.md/.html) is skipped with
    a warning naming it, and so is the second of two files with the same text or the same id;
    the rest goes on. content/ is locked while this runs (store.content_lock).

    workers, executor, address: how the per-article steps (ingest, discover, extract) run, see
    generator/parallel.py: by default over this machine's cores when there are many articles, in
    this process otherwise (CHRONOLOGY_WORKERS, CHRONOLOGY_EXECUTOR); the result is the same.
    """
    options = {"workers": workers, "executor": executor, "address": address}
    with content_lock(project / "content"):
        return _extract_project(project, changed_only, progress, options, use_cache)


def _extract_project(project: Path, changed_only: bool, progress, options: dict, use_cache: bool = True) -> ExtractSummary:
    from .cache import ArticleCache
    from .parallel import ExtractJob, discover_many, extract_many, ingest_many

    content_dir = project / "content"
    content = load_content(project, check_quotes=False)
    ledger = Ledger(content_dir)
    gazetteer_content = _gazetteer_content(content, ledger)
    gazetteer_digest = _gazetteer_digest(gazetteer_content)
    cache = ArticleCache(project, enabled=use_cache)
    summary = ExtractSummary()
    summary.cache = cache
    claimed = _quotes_owned_by_people(content, ledger)
    seeds = project / "seeds"
    paths = sorted(p for p in seeds.glob("*") if p.is_file() and not p.name.startswith(".")) if seeds.is_dir() else []
    if changed_only and _unchanged_since_last_run(paths, project, content, ledger, gazetteer_digest, summary):
        summary.report = None
        summary.unchanged_content = content
        return summary
    ingested: list[tuple[Article, str]] = []
    for path, article in zip(paths, _cached_map(cache, "ingest", paths, [_ingest_key(p, project) for p in paths],
                                                lambda todo, _: ingest_many(todo, project, **options))):
        relname = path.relative_to(project).as_posix()
        if isinstance(article, ArticleProblem):
            summary.skipped.append(f"{relname}: {article}")
        else:
            ingested.append((article, relname))
    articles: list[tuple[Article, str, Source | None, str]] = []
    for article, relname in _without_duplicates(ingested, content, summary):
        summary.articles += 1
        source_rel = f"sources/{article.source_id}.yml"
        current = read_current(content_dir / source_rel)
        owner = ledger.owner(source_rel, current)
        if owner == "deleted":
            summary.skipped.append(f"{relname}: its source record was deleted by a person, so it is not extracted again (see CONTRIBUTING.md)")
            continue
        human_source = content.sources.get(article.source_id) if owner == "human" else None
        human_text = current if human_source else ""
        fingerprint = sha256_text("\n".join([EXTRACTOR_VERSION, article.sha256, gazetteer_digest, human_text]))
        articles.append((article, fingerprint, human_source, human_text))
    if changed_only and all(ledger.articles.get(a.source_id) == fp for a, fp, _, _ in articles):
        summary.report = None
        summary.unchanged_content = content
        return summary
    # Pass 1: names the gazetteers do not know, over all articles, so that every article can
    # recognise a name another one introduced.
    discovered: dict[tuple[str, str], Discovered] = {}
    plain = [a for a, _, _, _ in articles]
    found_per_article = _cached_map(cache, "discover", plain, [_article_key(a, gazetteer_digest) for a in plain],
                                    lambda todo, _: discover_many(todo, gazetteer_content, **options))
    for found_in_article in found_per_article:
        for found in found_in_article:
            discovered.setdefault((found.record.record_kind, found.record.id), found)
    full = _with_discovered(gazetteer_content, discovered.values())
    full_digest = _full_gazetteer_digest(gazetteer_digest, discovered.values())
    # Pass 2: events per article (Gazetteer and AgreementResolver of `full` built once per worker),
    # then one event per happening across articles.
    results: list[ArticleResult] = []
    rescanned: dict[str, str] = {}
    by_source: dict[str, list[Discovered]] = {}
    for found in discovered.values():
        by_source.setdefault(found.source, []).append(found)
    jobs = [ExtractJob(a, h) for a, _, h, _ in articles]
    keys = [_article_key(a, full_digest, human_text) for a, _, _, human_text in articles]
    extracted = _cached_map(cache, "extract", jobs, keys,
                            lambda todo, report: extract_many(todo, full, progress=report, **options),
                            progress=progress, names=[a.file for a in plain])
    for (article, fingerprint, _, _), result in zip(articles, extracted):
        result.discovered = by_source.get(article.source_id, [])
        results.append(result)
        rescanned[article.source_id] = fingerprint
        summary.extracted += 1
    merge_across_articles(results)
    generated: list[Generated] = []
    for result in results:
        generated.extend(g for g in result.generated()
                         if not (isinstance(g.record, Event) and (g.record.sources[0].source, g.record.sources[0].quote) in claimed))
    summary.report = apply_generated(content_dir, generated, rescanned)
    cache.prune()  # entries of articles and gazetteers as they no longer are
    return summary


def _cached_map(cache, step: str, items: list, keys: list, compute, progress=None, names: list[str] | None = None) -> list:
    """[result of step for each item]: from the cache where it holds the item's key, the others
    computed together by compute(items, progress) and stored. A cached value is a fresh copy: later steps may change it freely."""
    results: list = [cache.get(step, k) for k in keys]
    todo = [i for i, value in enumerate(results) if value is None]
    report = None
    if progress is not None:
        # One call per item: the cached ones first, then the others as they are done.
        total, done = len(items), 0
        for i, value in enumerate(results):
            if value is not None:
                progress(done, total, names[i])
                done += 1
        first = done

        def report(index: int, _total: int, name: str) -> None:
            progress(first + index, total, name)

    computed = compute([items[i] for i in todo], report) if todo else []
    for i, value in zip(todo, computed):
        if step != "ingest" or isinstance(value, Article):  # problems are cheap to find again
            cache.put(step, keys[i], value)
        results[i] = value
    return results


def _ingest_key(path: Path, project: Path) -> str | None:
    """The cache key of ingest(path, project): the file's bytes, name and place in the project
    (None: not cached, ingest reports the problem)."""
    from .cache import key
    from .ingest import ARTICLE_SUFFIXES, MAX_ARTICLE_FILE_BYTES

    try:
        if path.suffix.lower() not in ARTICLE_SUFFIXES or path.stat().st_size > MAX_ARTICLE_FILE_BYTES:
            return None
        file = path.resolve().relative_to(project.resolve()).as_posix()
        data = path.read_bytes()
    except (OSError, ValueError):
        return None
    return key("ingest", path.name, file, hashlib.sha256(data).hexdigest())


def _article_key(article: Article, gazetteer_digest: str, human_text: str = "") -> str:
    """The cache key of discover or extract_article for an article, given the digest of the
    gazetteers it is run with and the text of its source record when a person owns it."""
    from .cache import key

    return key("article", article.source_id, article.file, article.sha256, gazetteer_digest, human_text)


def _full_gazetteer_digest(base_digest: str, discovered) -> str:
    """The digest of the gazetteers with the discovered names (_with_discovered), from the digest
    of the base ones: a discovered record changes it by its text and the article it came from."""
    from .store import dump_record

    parts = [base_digest]
    for item in sorted(discovered, key=lambda d: (d.record.record_kind, d.record.id)):
        parts += [item.record.record_kind, item.record.id, item.source, dump_record(item.record)]
    return sha256_text("\n\0".join(parts))


def _unchanged_since_last_run(paths: list[Path], project: Path, content: Content, ledger: Ledger,
                              gazetteer_digest: str, summary: ExtractSummary) -> bool:
    """True when every article's fingerprint (as computed in _extract_project) is the one of the
    last run, worked out from the decoded text alone: a build with nothing new to extract skips
    analysing 10,000 articles. Anything unusual (an unreadable file, a duplicate, a deleted
    source) answers False, and the full path decides."""
    seen_ids: set[str] = set()
    seen_texts: set[str] = set()
    for path in paths:
        if path.suffix.lower() not in ARTICLE_SUFFIXES:
            return False
        try:
            text_digest = sha256_text(read_article_text(path))
        except (OSError, ArticleProblem):
            return False
        source_id = source_id_for(path)
        if source_id in seen_ids or text_digest in seen_texts:
            return False
        seen_ids.add(source_id)
        seen_texts.add(text_digest)
        source_rel = f"sources/{source_id}.yml"
        current = read_current(project / "content" / source_rel)
        owner = ledger.owner(source_rel, current)
        if owner == "deleted":
            return False
        human_text = current if owner == "human" and source_id in content.sources else ""
        fingerprint = sha256_text("\n".join([EXTRACTOR_VERSION, text_digest, gazetteer_digest, human_text]))
        if ledger.articles.get(source_id) != fingerprint:
            return False
    summary.articles = len(paths)
    return True


def _without_duplicates(ingested: list[tuple[Article, str]], content: Content, summary: ExtractSummary) -> list[tuple[Article, str]]:
    """One article per text and per id. Of two files with the same text (same SHA-256) or the
    same id (names that differ only in case or punctuation), the one that already has a source
    record is kept, else the first by name; the other is skipped with a warning naming both."""
    def keep_first(item: tuple[Article, str]) -> tuple[int, str]:
        article, relname = item
        known = content.sources.get(article.source_id)
        return (0 if known is not None and known.file == article.file else 1, relname)

    by_text: dict[str, str] = {}
    by_id: dict[str, str] = {}
    kept = []
    for article, relname in sorted(ingested, key=keep_first):
        if article.sha256 in by_text:
            summary.skipped.append(f"{relname}: the same text as {by_text[article.sha256]} (same SHA-256), which is extracted "
                                   f"instead; delete one of the two files")
            continue
        if article.source_id in by_id:
            summary.skipped.append(f"{relname}: gives the same source id '{article.source_id}' as {by_id[article.source_id]}; "
                                   f"rename one of the two files")
            continue
        by_text[article.sha256] = by_id[article.source_id] = relname
        kept.append((article, relname))
    summary.skipped.sort()
    return sorted(kept, key=lambda item: item[1])


def merge_across_articles(results: list[ArticleResult]) -> None:
    """The same happening reported by several articles becomes one event with several sources,
    owned by the first article (sorted by source id) that reports it."""
    ordered = sorted(results, key=lambda r: r.source.id)
    everything = [(e, r) for r in ordered for e in r.events]
    merged = merge_events([e for e, _ in everything], across=True)
    keep = {id(e) for e in merged}
    for result in ordered:
        result.events = [e for e in result.events if id(e) in keep]
    all_events = sorted((e for r in ordered for e in r.events), key=event_key)
    assign_ids(all_events)


def _gazetteer_content(content: Content, ledger: Ledger) -> Content:
    """The gazetteers without the actors and places extract itself generated: those are found
    again by discovery each run (and so removed when no article mentions them any more). A
    generated record a person has edited is theirs: it stays in the gazetteer."""
    generated = set()
    for relpath, entry in ledger.entries.items():
        kind = entry.key.split(":", 1)[0]
        if kind in ("actor", "place"):
            current = content_dir_text(ledger, relpath)
            if ledger.owner(relpath, current) == "generator":
                generated.add((kind, Path(relpath).stem))
    out = Content(sources=content.sources, events=content.events, files=content.files, problems=content.problems,
                  agreements=content.agreements)
    out.actors = {k: v for k, v in content.actors.items() if ("actor", k) not in generated}
    out.places = {k: v for k, v in content.places.items() if ("place", k) not in generated}
    return out


def content_dir_text(ledger: Ledger, relpath: str) -> str | None:
    path = ledger.path.parent / relpath
    try:
        return path.read_bytes().decode("utf-8")
    except (FileNotFoundError, UnicodeDecodeError):
        return None


def _with_discovered(content: Content, found) -> Content:
    out = Content(sources=content.sources, events=content.events, files=content.files, problems=content.problems,
                  agreements=content.agreements, actors=dict(content.actors), places=dict(content.places))
    for item in found:
        target = out.actors if isinstance(item.record, Actor) else out.places
        target.setdefault(item.record.id, item.record)
    return out


def _gazetteer_digest(content: Content) -> str:
    parts = []
    for kind in ("actor", "place", "agreement"):
        for record_id in sorted(content.by_kind(kind)):
            entry = content.files.get((kind, record_id))
            parts.append(entry.text if entry else record_id)
    return sha256_text("\n".join(parts))


def _quotes_owned_by_people(content: Content, ledger: Ledger) -> set[tuple[str, str]]:
    """(source, quote) pairs cited by events a person wrote from scratch: not generated again."""
    claimed = set()
    for event_id, event in content.events.items():
        relpath = content.files[("event", event_id)].relpath
        if relpath not in ledger.entries:
            claimed.update((q.source, q.quote) for q in event.sources)
    return claimed
