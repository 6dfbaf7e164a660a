"""Stage 3, extract: an analysed article becomes a source record and event records.

An event is a sentence that reports something that happened, recognised by the trigger words
of its type (an air strike, shelling, a clash...). Negated triggers ("no new air raids") and
hypothetical clauses ("might", "aims to") do not count. Each event takes the date of the
temporal expression nearest its trigger; when none can be supported the date is null and
date_reason says why. Actors, places and agreements come from the gazetteers (resolve.py).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from . import temporal
from pathlib import Path

from .ingest import Article, ArticleProblem, Sentence, ingest, slugify
from .records import Event, Fatalities, Quote, Record, Source
from .resolve import Gazetteer, Mention
from .store import ApplyReport, Ledger, apply_generated, sha256_text
from .validate import Content, load_content

# ---------------------------------------------------------------- event types

# Checked in this order: the first type whose trigger is present (and not negated) wins, so the
# more specific kinds of violence come before casualties and statements.
TRIGGERS: list[tuple[str, str]] = [
    ("agreement-violation", r"violat\w*|breach\w*"),
    ("air-strike", r"air ?strikes?|air raids?|air attacks?|warplanes?|air ?planes?|jets|helicopters?|drone strikes?|bombing raids?"),
    ("shelling", r"shell(?:ing|ed|s)?|artillery|rockets?|missiles?|mortars?|bombard\w*"),
    ("armed-clash", r"clash\w*|fighting|fought|battles?|firefights?|skirmish\w*"),
    ("territorial-change", r"seiz\w+|captur\w+|took control|taking control|taken control|regain\w* control|entered|advanced into|recaptur\w+"),
    ("attack-on-civilians", r"massacre\w*|executed|abduct\w*|kidnapp\w*"),
    ("casualties", r"killed|killing|kills|dead|died|lost their lives|death toll|wounded|injured"),
    ("displacement", r"displaced|fled|flee\w*|forced (?:\w+ ){0,3}to leave"),
    ("return", r"returned (?:to their homes?|home)|returnees?"),
    ("withdrawal", r"withdr[ae]w\w*|pull(?:ed|ing) out"),
    ("deployment", r"deploy\w*|reinforcements|mobili[sz]ation|sent troops"),
    ("patrol", r"patrols?|patrolled"),
    ("agreement", r"(?:agreed|signed|reached|concluded)\b[^.;]{0,60}\b(?:agreement|ceasefire|truce|deal|memorandum|protocol)"
                  r"|(?:agreement|ceasefire|truce|deal|memorandum|protocol)\b[^.;]{0,60}\b(?:had been |has been |was |were )?(?:reached|signed|agreed|came into (?:effect|force)|entered into force)"),
    ("talks", r"talks|negotiations|summit|round of \w+"),
    ("statement", r"said|says|announced|told|stated|declared|confirmed|accused|warned|called for|claimed"),
]
_TRIGGER_RES = [(kind, re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)) for kind, pattern in TRIGGERS]
# A negator shortly before the trigger, with no clause boundary between them, cancels it.
_NEGATED = re.compile(r"\b(?:no|not|without|never|nor|neither|denied)\b(?:[^,;.]{0,40})$", re.IGNORECASE)
_HYPOTHETICAL = re.compile(r"\b(?:might|may|could|would|aims? to|aim(?:ed|ing)? to|plans? to|is determined to|threaten\w*|provides? for|in order to|if)\b[^,;.]{0,50}$", re.IGNORECASE)

TYPE_LABELS = {
    "air-strike": "Air strikes", "shelling": "Shelling", "armed-clash": "Clashes",
    "territorial-change": "Territory taken", "attack-on-civilians": "Attack on civilians",
    "casualties": "Casualties", "displacement": "Displacement", "return": "Returns",
    "deployment": "Deployment", "withdrawal": "Withdrawal", "patrol": "Patrols",
    "agreement": "Agreement", "agreement-violation": "Reported violation", "talks": "Talks",
    "statement": "Statement", "protest": "Protest", "other": "Event",
}

_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
_NUM = r"\d[\d,]*|" + "|".join(_NUMBER_WORDS)
_QUALIFIER = r"at least|about|around|some|nearly|more than|over|up to"
_FATALITIES = [
    re.compile(rf"\b(?:killed|killing|kills|kill)\s+(?P<q>{_QUALIFIER})?\s*(?P<n>{_NUM})\s+(?P<who>(?:[a-z]+\s){{0,3}}?(?:civilians?|people|persons|women and children|children|fighters|soldiers|jihadists|rebels|members|troops))\b", re.IGNORECASE),
    re.compile(rf"\b(?P<q>{_QUALIFIER})?\s*(?P<n>{_NUM})\s+(?P<who>(?:[a-z]+\s){{0,3}}?(?:civilians?|people|persons|women and children|children|fighters|soldiers|jihadists|rebels|troops))\s+(?:were|have been|had been|was)?\s*,?\s*(?:killed|dead|died)\b", re.IGNORECASE),
]


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

    def generated(self) -> list[Generated]:
        out = [Generated(self.source, f"source:{self.source.id}")]
        for event in self.events:
            quote = event.sources[0].quote
            digest = hashlib.sha1(quote.encode("utf-8")).hexdigest()[:12]
            out.append(Generated(event, f"event:{self.source.id}:{digest}"))
        return out


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
    return temporal.infer_publication_date(article.text, article.header_end, known_dates(content))


def make_source(article: Article, published: temporal.PublicationDate) -> Source:
    return Source(
        id=article.source_id, file=article.file, sha256=article.sha256, title=article.title,
        publisher=article.publisher, url=article.url, published=published.value,
        published_basis=published.basis, published_evidence=published.evidence,
        published_confidence=round(published.confidence, 2) if published.basis == "inferred" else None,
        review="extracted",
    )


def extract_article(article: Article, content: Content, gazetteer: Gazetteer, source: Source | None = None) -> ArticleResult:
    """Records for one article. `source` is the existing record when a person owns it: their
    publication date is then the one relative dates are resolved against."""
    if source is None:
        source = make_source(article, publication_date(article, content))
    dct = source.published if source.published and len(source.published) == 10 else None
    timexes = temporal.tag(article.text, dct)
    result = ArticleResult(source=source)
    for sentence in article.sentences:
        event = _event_from_sentence(article, sentence, timexes, gazetteer, content, source)
        if event:
            result.events.append(event)
    _assign_ids(result.events)
    return result


def _event_from_sentence(article: Article, sentence: Sentence, timexes: list[temporal.Timex],
                         gazetteer: Gazetteer, content: Content, source: Source) -> Event | None:
    trigger = _find_trigger(sentence.text)
    if trigger is None:
        return None
    event_type, trigger_at = trigger
    mentions = gazetteer.find(article.text, sentence.start, sentence.end)
    actors = _unique(m.id for m in mentions if m.kind == "actor" and content.actors[m.id].kind != "media")
    places = _unique(m.id for m in mentions if m.kind == "place")
    if len(places) > 1 and "syria" in places:
        places.remove("syria")  # the country adds nothing next to a province or town
    in_sentence = [t for t in timexes if t.start >= sentence.start and t.end <= sentence.end]
    date, end_date, date_text, reason = _choose_date(in_sentence, sentence.start + trigger_at, source)
    agreements = _agreements(sentence, mentions, in_sentence, content)
    title = _title(event_type, actors, places, content)
    return Event(
        id="", date=date, end_date=end_date, date_text=date_text, date_reason=reason,
        title=title, summary=" ".join(sentence.text.split()), type=event_type,
        actors=actors, places=places, agreements=agreements, fatalities=_fatalities(sentence.text),
        sources=[Quote(source=source.id, quote=sentence.text)], review="extracted",
    )


def _find_trigger(text: str) -> tuple[str, int] | None:
    for kind, pattern in _TRIGGER_RES:
        for match in pattern.finditer(text):
            before = text[: match.start()]
            if _NEGATED.search(before) or _HYPOTHETICAL.search(before):
                continue
            return kind, match.start()
    return None


def _usable(timex: temporal.Timex) -> bool:
    return timex.type in ("DATE", "TIME") and bool(re.match(r"^\d{4}(-\d{2}(-\d{2})?)?", timex.value)) and "X" not in timex.value[:10]


def _choose_date(timexes: list[temporal.Timex], trigger_offset: int, source: Source) -> tuple[str | None, str | None, str | None, str | None]:
    """(date, end_date, date_text, reason): the timex nearest the trigger, points before ranges."""
    usable = [t for t in timexes if _usable(t) or (t.range_start and t.range_end)]
    if not usable:
        unresolved = [t for t in timexes if t.type in ("DATE", "TIME")]
        if unresolved and not source.published:
            return None, None, unresolved[0].text, f"'{unresolved[0].text}' is relative and the article's publication date is unknown"
        if unresolved:
            return None, None, unresolved[0].text, f"'{unresolved[0].text}' cannot be placed on the calendar"
        return None, None, None, "the sentence gives no date"
    usable.sort(key=lambda t: (t.range_start is not None and not _usable(t), bool(t.range_start), abs(t.start - trigger_offset)))
    best = usable[0]
    if best.range_start and best.range_end:
        start, end = _trim(best.range_start), _trim(best.range_end)
        return start, (end if end != start else None), best.text, None
    return _trim(best.value), None, best.text, None


def _trim(value: str) -> str:
    """An ISO-TimeML value to the date precision records use (no times, weeks or seasons)."""
    match = re.match(r"^(\d{4})(-\d{2})?(-\d{2})?", value)
    return "".join(part for part in match.groups() if part) if match else value


def _agreements(sentence: Sentence, mentions: list[Mention], timexes: list[temporal.Timex], content: Content) -> list[str]:
    """Agreements named in the sentence, or referred to as 'the ceasefire' with a date that is
    the agreement's signing or entry-into-force date at the precision the text gives."""
    found = [m.id for m in mentions if m.kind == "agreement"]
    if re.search(r"\b(?:agreement|ceasefire|cease-fire|truce|deal|memorandum|protocol|accord)\b", sentence.text, re.IGNORECASE):
        for timex in timexes:
            value = _trim(timex.range_start or timex.value) if (_usable(timex) or timex.range_start) else None
            if not value:
                continue
            for agreement in sorted(content.agreements.values(), key=lambda a: a.id):
                dates = [d for d in (agreement.signed, agreement.in_force) if d]
                if any(_same_at_precision(value, d) for d in dates):
                    found.append(agreement.id)
    return _unique(found)


def _same_at_precision(text_value: str, record_date: str) -> bool:
    """'2020-03' matches 2020-03-05; '2020-03-06' matches only that day."""
    return record_date.startswith(text_value) if len(text_value) <= len(record_date) else text_value.startswith(record_date)


def _title(event_type: str, actors: list[str], places: list[str], content: Content) -> str:
    title = TYPE_LABELS.get(event_type, "Event")
    if actors:
        names = [content.actors[a].name for a in actors[:2]]
        title += (" by " if event_type not in ("talks", "agreement") else " between ") + " and ".join(names)
    if places:
        title += " in " + content.places[places[0]].name
    return title


def _fatalities(text: str) -> Fatalities | None:
    for pattern in _FATALITIES:
        match = pattern.search(text)
        if match:
            number = match.group("n").lower().replace(",", "")
            count = int(number) if number.isdigit() else _NUMBER_WORDS.get(number)
            if count is None:
                continue
            qualifier = (match.group("q") or "").lower() or None
            qualifier = {"around": "about", "some": "about", "nearly": "about", "over": "more than"}.get(qualifier, qualifier)
            return Fatalities(count=count, who=match.group("who").strip().lower(), qualifier=qualifier)
    return None


def _assign_ids(events: list[Event]) -> None:
    """Readable ids, unique within the article: <date>-<title>, with -2, -3 on collisions."""
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

EXTRACTOR_VERSION = "1"  # bump when extraction rules change, so cached articles are redone


@dataclass
class ExtractSummary:
    articles: int = 0
    extracted: int = 0  # articles actually (re)extracted this run
    skipped: list[str] = field(default_factory=list)  # "seeds/x.txt: why"
    report: ApplyReport | None = None


def extract_project(project: Path, changed_only: bool = False, progress=None) -> ExtractSummary:
    """Read every article in seeds/ and merge what it says into content/.

    changed_only: skip articles whose text, gazetteers and extractor are unchanged since the last
    run (what `chronology build` does); `chronology extract` redoes them all.
    """
    content_dir = project / "content"
    content = load_content(project, check_quotes=False)
    gazetteer = Gazetteer(content)
    ledger = Ledger(content_dir)
    gazetteer_digest = _gazetteer_digest(content)
    summary = ExtractSummary()
    generated: list[Generated] = []
    rescanned: dict[str, str] = {}
    claimed = _quotes_owned_by_people(content, ledger)
    paths = sorted(p for p in (project / "seeds").glob("*") if p.is_file() and not p.name.startswith("."))
    for index, path in enumerate(paths):
        if progress:
            progress(index, len(paths), path.name)
        relname = path.relative_to(project).as_posix()
        try:
            article = ingest(path, project)
        except ArticleProblem as problem:
            summary.skipped.append(f"{relname}: {problem}")
            continue
        summary.articles += 1
        source_rel = f"sources/{article.source_id}.yml"
        source_file = content_dir / source_rel
        current = source_file.read_text(encoding="utf-8") if source_file.exists() else None
        owner = ledger.owner(source_rel, current)
        if owner == "deleted":
            summary.skipped.append(f"{relname}: its source record was deleted by a person, so it is not extracted again (see CONTRIBUTING.md)")
            continue
        human_source = content.sources.get(article.source_id) if owner == "human" else None
        fingerprint = sha256_text("\n".join([EXTRACTOR_VERSION, article.sha256, gazetteer_digest, current if human_source else ""]))
        if changed_only and ledger.articles.get(article.source_id) == fingerprint:
            continue
        result = extract_article(article, content, gazetteer, human_source)
        generated.extend(g for g in result.generated()
                         if not (isinstance(g.record, Event) and (article.source_id, g.record.sources[0].quote) in claimed))
        rescanned[article.source_id] = fingerprint
        summary.extracted += 1
    summary.report = apply_generated(content_dir, generated, rescanned)
    return summary


def _gazetteer_digest(content: Content) -> str:
    parts = []
    for kind in ("actor", "place", "agreement"):
        for record_id in sorted(content.by_kind(kind)):
            parts.append(content.files[(kind, record_id)].text)
    return sha256_text("\n".join(parts))


def _quotes_owned_by_people(content: Content, ledger: Ledger) -> set[tuple[str, str]]:
    """(source, quote) pairs cited by events a person wrote from scratch: not generated again."""
    claimed = set()
    for event_id, event in content.events.items():
        relpath = content.files[("event", event_id)].relpath
        if relpath not in ledger.entries:
            claimed.update((q.source, q.quote) for q in event.sources)
    return claimed
