"""The records that pass between stages and live as YAML in content/.

One dataclass per record kind. Field order here is the key order in the YAML files, so
contributors always find fields in the same place. The JSON Schemas in schemas/ are the
published contract; tests check that these classes and the schemas agree.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, ClassVar


@dataclass
class Quote:
    """Provenance: a verbatim substring of one article."""

    source: str
    quote: str


@dataclass
class Fatalities:
    count: int
    who: str | None = None  # "civilians", "women and children", ...
    qualifier: str | None = None  # "at least", "about", "more than"


@dataclass
class AgreementClaim:
    """What one article says about an agreement, kept on the article's source record (agreement
    records may be people's gazetteer files, which extraction never changes).

    claim "status": value is one of AGREEMENT_STATUSES ("remained a dead letter" -> dead-letter),
    date the day, month or year it applies to when the clause gives one. claim "date": value is
    the date the article gives the agreement (it may disagree with the record's)."""

    agreement: str
    claim: str  # status | date
    value: str
    date: str | None = None
    date_text: str | None = None  # the words the date comes from
    quote: str = ""  # the sentence, verbatim


AGREEMENT_STATUSES = ("in-force", "holding", "violated", "collapsed", "suspended", "expired", "extended", "dead-letter")


@dataclass
class Record:
    """Fields every record carries."""

    record_kind: ClassVar[str] = ""
    folder: ClassVar[str] = ""

    id: str

    def relpath(self) -> str:
        """Path of this record's file, relative to content/."""
        return f"{self.folder}/{self.id}.yml"


@dataclass
class Source(Record):
    record_kind: ClassVar[str] = "source"
    folder: ClassVar[str] = "sources"

    file: str = ""
    sha256: str = ""
    title: str = ""
    publisher: str | None = None
    url: str | None = None
    published: str | None = None
    published_basis: str = "unknown"  # stated | inferred | unknown
    published_evidence: str | None = None
    published_confidence: float | None = None
    agreement_claims: list[AgreementClaim] = field(default_factory=list)
    review: str | None = None
    notes: str | None = None


@dataclass
class Event(Record):
    record_kind: ClassVar[str] = "event"
    folder: ClassVar[str] = "events"

    date: str | None = None
    end_date: str | None = None
    date_text: str | None = None
    date_reason: str | None = None  # why the date is null or coarse, in words
    title: str = ""
    summary: str = ""
    type: str = "other"
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    agreements: list[str] = field(default_factory=list)
    fatalities: Fatalities | None = None
    sources: list[Quote] = field(default_factory=list)
    review: str | None = None
    notes: str | None = None

    def relpath(self) -> str:
        return f"events/{event_folder(self.date)}/{self.id}.yml"


@dataclass
class Actor(Record):
    record_kind: ClassVar[str] = "actor"
    folder: ClassVar[str] = "actors"

    name: str = ""
    aliases: list[str] = field(default_factory=list)
    kind: str = "organisation"  # state, armed-group, person, organisation, ...
    affiliation: str | None = None
    # places (a country, its provinces) where its descriptive aliases ("government forces") mean it
    scope: list[str] = field(default_factory=list)
    description: str | None = None
    review: str | None = None
    notes: str | None = None


@dataclass
class Place(Record):
    record_kind: ClassVar[str] = "place"
    folder: ClassVar[str] = "places"

    name: str = ""
    aliases: list[str] = field(default_factory=list)
    kind: str = "town"  # country, province, district, city, town, village, region, road, site
    admin1: str | None = None  # the province, as a place ID
    lat: float | None = None
    lon: float | None = None
    review: str | None = None
    notes: str | None = None


@dataclass
class Agreement(Record):
    record_kind: ClassVar[str] = "agreement"
    folder: ClassVar[str] = "agreements"

    name: str = ""
    aliases: list[str] = field(default_factory=list)
    kind: str = "ceasefire"  # ceasefire, memorandum, protocol, truce, ...
    signed: str | None = None
    in_force: str | None = None
    parties: list[str] = field(default_factory=list)
    guarantors: list[str] = field(default_factory=list)
    provisions: list[str] = field(default_factory=list)
    status: str | None = None
    sources: list[Quote] = field(default_factory=list)
    review: str | None = None
    notes: str | None = None


RECORD_TYPES: dict[str, type[Record]] = {
    cls.record_kind: cls for cls in (Source, Event, Actor, Place, Agreement)
}
KIND_BY_FOLDER: dict[str, str] = {cls.folder: cls.record_kind for cls in RECORD_TYPES.values()}

def event_folder(date: str | None) -> str:
    """events/<yyyy>/ for dated events, events/undated/ for the rest."""
    if date and len(date) >= 4 and date[:4].isdigit():
        return date[:4]
    return "undated"


def to_mapping(record: Record) -> dict[str, Any]:
    """The record as an ordered mapping for YAML; optional fields that are empty are left out."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if value is None and f.name in _OMIT_WHEN_NONE:
            continue
        if isinstance(value, list) and not value and f.name in ("agreements", "agreement_claims", "scope"):
            continue
        if isinstance(value, list) and f.name == "agreement_claims":
            value = [{k: v for k, v in dataclasses.asdict(c).items() if v is not None} for c in value]
        elif isinstance(value, list):
            value = [dataclasses.asdict(v) if dataclasses.is_dataclass(v) else v for v in value]
        elif dataclasses.is_dataclass(value):
            value = {k: v for k, v in dataclasses.asdict(value).items() if v is not None}
        out[f.name] = value
    return out


# Optional keys stay out of generated files until they have a value, keeping diffs small.
_OMIT_WHEN_NONE = {"end_date", "date_reason", "fatalities", "review", "notes", "published_confidence",
                   "affiliation", "description", "status", "in_force"}


def from_mapping(kind: str, data: dict[str, Any]) -> Record:
    """Build a record from validated YAML data (validate first: this trusts the shape)."""
    cls = RECORD_TYPES[kind]
    names = {f.name for f in dataclasses.fields(cls)}
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        name = key
        if name not in names:
            continue
        if name == "sources":
            value = [Quote(**q) for q in value or []]
        elif name == "agreement_claims":
            value = [AgreementClaim(**c) for c in value or []]
        elif name == "fatalities" and value is not None:
            value = Fatalities(**value)
        kwargs[name] = value
    return cls(**kwargs)
