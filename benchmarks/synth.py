"""Synthetic news corpora for scale and accuracy benchmarks, with the gold records they imply.

Usage:
    python benchmarks/synth.py --articles 1000 --seed 1 --out /tmp/corpus [--project]
    python benchmarks/synth.py --score /tmp/corpus            # after `chronology extract` there

Writes OUT/seeds/*.txt and OUT/gold.jsonl (one JSON object per article: its source id,
publication date and the events a careful reader would record). With --project, OUT is also a
ready chronology project: mkdocs.yml, the gazetteers of content/ (actors, places, agreements) and
the generator/ and site_templates/ symlinks, as tests/conftest.make_project makes them.

Articles are written from templates over the gazetteers in content/ (names AND aliases and
spelling variants, never a surface two records share), with a header (title, a date line in one
of several formats, or none), page chrome (logos, captions, "Read 295 times", tags), varied date
expressions (absolute dates, weekdays relative to the publication date, "yesterday", "two days
ago", "last week", "in May", "last month", ranges, years, no date at all), casualties, reporters
("according to SOHR"), "since March 6" distractors inside event sentences, and negated,
hypothetical and background sentences that report nothing.

Deterministic: article i depends only on (seed, i), so the first 100 articles of a 1,000-article
corpus are the 100-article corpus. Pure standard library plus PyYAML.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import hashlib
import json
import random
import re
import shutil
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]

# ---------------------------------------------------------------- gazetteers


@dataclass
class Entity:
    id: str
    kind: str
    name: str
    surfaces: list[str]  # unambiguous ways to write it (name and aliases)


@dataclass
class Gazetteers:
    actors: dict[str, Entity]
    places: dict[str, Entity]
    agreements: dict[str, Entity]
    agreement_dates: dict[str, str]


def _strip(name: str) -> str:
    return re.sub(r"\s*\([^)]*\)\s*$", "", name).strip()


def _fold(surface: str) -> str:
    return re.sub(r"[\s'’-]+", " ", surface.lower()).strip()


def load_gazetteers(content_dir: Path = REPO / "content") -> Gazetteers:
    """Actors, places and agreements of content/, each with the surfaces that name only it."""
    records: dict[str, list[dict]] = {}
    for kind in ("actors", "places", "agreements"):
        records[kind] = []
        for path in sorted((content_dir / kind).glob("*.yml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            if isinstance(data, dict) and data.get("review") != "rejected":
                records[kind].append(data)
    owners: dict[str, set[str]] = {}
    for kind, items in records.items():
        for data in items:
            for surface in [data["name"], *(data.get("aliases") or [])]:
                owners.setdefault(_fold(_strip(surface)), set()).add(f"{kind}:{data['id']}")

    def entities(kind: str) -> dict[str, Entity]:
        out = {}
        for data in records[kind]:
            surfaces = []
            for surface in [data["name"], *(data.get("aliases") or [])]:
                surface = _strip(surface)
                if surface and len(owners[_fold(surface)]) == 1 and "," not in surface and "/" not in surface:
                    surfaces.append(surface)
            if surfaces:
                out[data["id"]] = Entity(data["id"], data.get("kind", ""), _strip(data["name"]), surfaces)
        return out

    agreements = entities("agreements")
    dates = {d["id"]: d.get("in_force") or d.get("signed") for d in records["agreements"] if d["id"] in agreements}
    return Gazetteers(entities("actors"), entities("places"), agreements, dates)


# ---------------------------------------------------------------- words

NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
WEEKDAYS = list(calendar.day_name)
MONTHS = list(calendar.month_name)
STATE_ADJ = {"russia": ["Russian"], "turkey": ["Turkish"], "iran": ["Iranian"], "united-states": ["American", "US"]}
AIR_POWERS = ["russia", "syrian-government", "turkey", "united-states"]
GROUND = ["syrian-government", "hayat-tahrir-al-sham", "syrian-national-army", "syrian-opposition", "hurras-al-din",
          "national-front-for-liberation", "turkistan-islamic-party", "jaysh-al-izza", "free-syrian-army",
          "al-fateh-al-mubin", "islamic-state", "turkey", "russia", "iran"]
REPORTERS = ["sohr", "syria-civil-defence", "afp", "anadolu-agency", "north-press"]
TALK_CITIES = ["astana", "sochi", "moscow", "damascus", "washington"]
SYLLABLES = ["kaf", "ra", "tal", "bir", "dei", "nab", "mar", "sa", "hu", "zan", "qa", "bal", "ma", "shi", "dun", "ri", "ya", "ham"]
WHO = ["civilians", "people", "fighters", "soldiers", "children"]
QUALIFIERS = ["", "at least ", "about ", "more than "]
HEADLINE_TAILS = ["as fighting continues", "amid fears for the ceasefire", "in northwest Syria", "despite the truce",
                  "as tensions rise", "in latest escalation", "residents say"]
FOREIGN = {"ankara", "moscow", "sochi", "washington", "astana", "damascus"}
FILLER = [
    "The region is home to about three million people, many of whom live in camps near the Turkish border.",
    "Humanitarian groups have repeatedly warned of the situation in the camps as winter approaches.",
    "Local councils in the area are run by civilian administrators appointed by the factions.",
    "Prices of bread and fuel in the markets of the region have risen sharply over the past year.",
    "The main road through the area is the only route for aid convoys coming from the border crossings.",
    "Schools in several towns of the countryside remain closed for lack of teachers and heating.",
]
CHROME_TOP = ["Logo Wide", "clear", "Creating new perspectives since 2009", "Menu", "Home", "Advertisement"]
CHROME_BOTTOM = ["Share this article", "Advertisement", "Subscribe to our newsletter", "Follow us on Twitter",
                 "Print", "Email"]
PHOTOGRAPHERS = ["Omar Haj Kadour", "Hadi Kharat", "Aaref Watad", "Muhammad Said", "Izzeddin Kasim"]
AGENCIES = ["AFP", "Anadolu Agency", "Reuters"]


# ---------------------------------------------------------------- one article


@dataclass
class GoldEvent:
    type: str
    date: str | None
    end_date: str | None
    date_text: str | None
    actors: list[str]
    places: list[str]
    agreements: list[str]
    fatalities: int | None
    quote: str  # the sentence that reports it, verbatim in the article
    new_places: list[str] = field(default_factory=list)  # invented names the gazetteers do not know


@dataclass
class GoldArticle:
    file: str
    source: str
    title: str
    published: str | None
    published_text: str | None
    events: list[GoldEvent]
    distractors: int


def source_id(file_stem: str) -> str:
    """The id chronology gives the article (generator.ingest.source_id_for)."""
    return re.sub(r"[^a-z0-9]+", "-", file_stem.lower()).strip("-")


def article_name(seed: int, index: int) -> str:
    digest = hashlib.sha1(f"{seed}:{index}".encode()).hexdigest()[:12]
    return f"{index:06d}_{digest}.txt"


class _Writer:
    """Writes one article; every choice comes from its own Random."""

    def __init__(self, gaz: Gazetteers, rng: random.Random, published: dt.date | None):
        self.g = gaz
        self.r = rng
        self.dct = published
        self.used_keys: set[tuple[str, str | None]] = set()

    # -- names
    def actor_np(self, actor_id: str, role: str = "ground") -> str:
        """A noun phrase naming the actor, as subject of a violent verb."""
        r = self.r
        entity = self.g.actors[actor_id]
        if actor_id in STATE_ADJ and role != "name" and (role == "air" or r.random() < 0.8):
            noun = r.choice(["warplanes", "jets", "aircraft"] if role == "air" else ["forces", "troops"])
            return f"{r.choice(STATE_ADJ[actor_id])} {noun}"
        if entity.kind == "state" and actor_id != "syrian-government":
            return _the(r.choice([s for s in entity.surfaces if s[0].isupper() and len(s) > 4 and s not in STATE_ADJ.get(actor_id, [])] or [entity.name]))
        surface = r.choice(entity.surfaces)
        if entity.kind in ("armed-group",) and role != "name" and r.random() < 0.5:
            surface += r.choice([" fighters", " militants"])
        return surface

    def place_np(self, kinds=("town", "village", "city", "region", "mountain")) -> tuple[str, list[str], list[str]]:
        """(phrase, place ids, invented names). Sometimes a village no gazetteer knows."""
        r = self.r
        if r.random() < 0.15:
            name = self.invented_name()
            return f"the village of {name}", [source_id(name)], [name]
        candidates = [p for p in self.g.places.values() if p.kind in kinds and p.id not in FOREIGN]
        place = r.choice(candidates)
        surface = r.choice(place.surfaces)
        if place.kind in ("town", "village") and r.random() < 0.5 and not surface.lower().startswith(("city", "the")):
            return f"the {place.kind} of {surface}", [place.id], []
        return _the(surface), [place.id], []

    def invented_name(self) -> str:
        r = self.r
        word = "".join(r.choice(SYLLABLES) for _ in range(r.randint(2, 3)))
        return r.choice(["Kafr ", "Tell ", "Deir ", "Ain ", ""]) + word.capitalize()

    def reporter_phrase(self) -> tuple[str, str]:
        actor = self.g.actors[self.r.choice([a for a in REPORTERS if a in self.g.actors])]
        return f", according to {self.r.choice(actor.surfaces)}", actor.id

    # -- dates
    def date_expr(self, allow_relative: bool) -> tuple[str | None, str | None, str | None, str]:
        """(phrase, gold date, gold end date, style). The phrase starts with a preposition where one is needed."""
        r = self.r
        styles = ["full", "none", "year", "month_year"]
        if allow_relative:
            styles += ["weekday", "weekday", "weekday", "yesterday", "ago", "day_month", "day_month", "month", "last_week",
                       "last_month", "range", "full"]
        for _ in range(10):
            style = r.choice(styles)
            out = self._date(style)
            if out:
                return (*out, style)
        return None, None, None, "none"

    def _date(self, style: str):
        r, dct = self.r, self.dct
        if style == "none":
            return None, None, None
        if style == "full":
            day = (dct or dt.date(2020, 6, 6)) - dt.timedelta(days=r.randint(1, 400)) if dct else \
                dt.date(r.randint(2016, 2022), r.randint(1, 12), r.randint(1, 28))
            text = r.choice([f"on {day.day} {MONTHS[day.month]} {day.year}", f"on {MONTHS[day.month]} {day.day}, {day.year}"])
            return text, day.isoformat(), None
        if style == "year":
            year = (dct.year - r.randint(1, 3)) if dct else r.randint(2014, 2021)
            return f"in {year}", str(year), None
        if style == "month_year":
            year = (dct.year - r.randint(1, 2)) if dct else r.randint(2014, 2021)
            month = r.randint(1, 12)
            return f"in {MONTHS[month]} {year}", f"{year}-{month:02d}", None
        assert dct is not None
        if style == "weekday":
            day = dct - dt.timedelta(days=r.randint(1, 6))
            return f"on {WEEKDAYS[day.weekday()]}", day.isoformat(), None
        if style == "yesterday":
            return "yesterday", (dct - dt.timedelta(days=1)).isoformat(), None
        if style == "ago":
            n = r.randint(2, 5)
            return f"{NUMBER_WORDS[n - 2]} days ago", (dct - dt.timedelta(days=n)).isoformat(), None
        if style == "day_month":
            day = dct - dt.timedelta(days=r.randint(7, 60))
            if day.year != dct.year:
                return None
            text = r.choice([f"on {day.day} {MONTHS[day.month]}", f"on {MONTHS[day.month]} {day.day}"])
            return text, day.isoformat(), None
        if style == "month":
            if dct.month == 1:
                return None
            month = r.randint(1, dct.month - 1)
            return f"in {MONTHS[month]}", f"{dct.year}-{month:02d}", None
        if style == "last_week":
            monday = dct - dt.timedelta(days=dct.weekday() + 7)
            sunday = monday + dt.timedelta(days=6)
            if monday.month != sunday.month:
                return None
            return "last week", f"{monday.year}-{monday.month:02d}", None
        if style == "last_month":
            first = dct.replace(day=1) - dt.timedelta(days=1)
            return "last month", f"{first.year}-{first.month:02d}", None
        if style == "range":
            end = dct - dt.timedelta(days=r.randint(2, 25))
            start = end - dt.timedelta(days=r.randint(1, 3))
            if start.month != end.month:
                return None
            return f"between {start.day} and {end.day} {MONTHS[end.month]}", start.isoformat(), end.isoformat()
        raise ValueError(style)

    # -- sentences
    def event_sentence(self, allow_relative: bool, first_in_paragraph: bool) -> tuple[str, GoldEvent] | None:
        r = self.r
        kind = r.choices(
            ["air-strike", "shelling", "armed-clash", "territorial-change", "attack-on-civilians", "displacement",
             "return", "withdrawal", "deployment", "patrol", "talks"],
            weights=[18, 18, 12, 8, 4, 6, 3, 5, 5, 4, 4])[0]
        date_text, date, end_date, style = self.date_expr(allow_relative)
        if date is None and not first_in_paragraph:
            return None  # an undated sentence after a dated one would (rightly) take its date
        if (kind, date) in self.used_keys:
            return None
        actors: list[str] = []
        agreements: list[str] = []
        fatalities = None
        body, places, new = self._body(kind, actors)
        if body is None:
            return None
        suffix = ""
        if kind in ("air-strike", "shelling") and r.random() < 0.45:
            n = r.randint(2, 12)
            who = r.choice(WHO)
            suffix += f", killing {r.choice(QUALIFIERS)}{r.choice([str(n), NUMBER_WORDS[n - 2]])} {who}"
            fatalities = n
        if kind == "air-strike" and date and len(date) == 10 and r.random() < 0.25:
            since = dt.date.fromisoformat(date) - dt.timedelta(days=r.randint(20, 120))
            suffix += f", the first raids since {MONTHS[since.month]} {since.day}"
            if self.dct is None or since.year != self.dct.year:
                suffix = suffix.replace(f"{since.day}", f"{since.day}, {since.year}")
        if kind in ("air-strike", "shelling", "armed-clash", "attack-on-civilians", "displacement") and r.random() < 0.35:
            phrase, _reporter = self.reporter_phrase()
            suffix += phrase
        if date_text and r.random() < 0.4 and style not in ("range",):
            head = date_text[0].upper() + date_text[1:]
            sentence = f"{head}, {body}{suffix}."
        elif date_text:
            sentence = f"{body[0].upper() + body[1:]} {date_text}{suffix}."
        else:
            sentence = f"{body[0].upper() + body[1:]}{suffix}."
        self.used_keys.add((kind, date))
        return sentence, GoldEvent(kind, date, end_date, date_text, sorted(set(actors)), places, agreements, fatalities,
                                   sentence, new)

    def _body(self, kind: str, actors: list[str]):
        r, g = self.r, self.g
        places: list[str] = []
        new: list[str] = []

        def place(kinds=("town", "village", "city", "region", "mountain")):
            phrase, ids, invented = self.place_np(kinds)
            places.extend(ids)
            new.extend(invented)
            return phrase

        def actor(pool, role="ground", exclude=()):
            choices = [a for a in pool if a in g.actors and a not in exclude]
            actor_id = r.choice(choices)
            actors.append(actor_id)
            return actor_id, self.actor_np(actor_id, role)

        if kind == "air-strike":
            _, who = actor(AIR_POWERS, "air")
            where = place()
            body = r.choice([f"{who} carried out air strikes on {where}", f"{who} carried out several air raids on {where}",
                             f"{who} launched air strikes on {where}"])
            if not who.endswith(("warplanes", "jets", "aircraft")) and "air" not in body:
                body = f"{who} carried out air strikes on {where}"
        elif kind == "shelling":
            _, who = actor(GROUND)
            where = place()
            body = r.choice([f"{who} shelled {where}", f"{who} fired rockets at {where}",
                             f"{who} pounded {where} with artillery"])
        elif kind == "armed-clash":
            a, who = actor(GROUND)
            _, other = actor(GROUND, exclude=(a,))
            where = place()
            body = r.choice([f"{who} clashed with {other} near {where}", f"heavy fighting broke out between {who} and {other} in {where}"])
        elif kind == "territorial-change":
            a, who = actor(GROUND)
            where = place(("town", "village"))
            body = r.choice([f"{who} seized {where}", f"{who} took control of {where}", f"{who} captured {where}"])
        elif kind == "attack-on-civilians":
            where = place()
            n = r.choice(NUMBER_WORDS[1:8])
            body = r.choice([f"unknown gunmen abducted {n} aid workers in {where}", f"masked men kidnapped {n} shopkeepers in {where}"])
        elif kind == "displacement":
            where = place(("town", "village", "city"))
            body = r.choice([f"more than {r.randint(2, 40) * 100} families fled {where}",
                             f"thousands of civilians fled {where}"])
        elif kind == "return":
            where = place(("town", "village", "city"))
            body = f"hundreds of displaced families returned to their homes in {where}"
        elif kind == "withdrawal":
            _, who = actor(GROUND)
            where = place(("town", "village", "region"))
            body = r.choice([f"{who} withdrew from {where}", f"{who} pulled out of {where}"])
        elif kind == "deployment":
            _, who = actor(GROUND, "name")
            where = place(("town", "village", "region"))
            body = r.choice([f"{who} deployed troops near {where}", f"{who} sent reinforcements into {where}"])
        elif kind == "patrol":
            states = [s for s in ("russia", "turkey") if s in g.actors]
            if len(states) < 2:
                return None, [], []
            actors.extend(states)
            road = place(("road",))
            body = f"Russian and Turkish forces conducted a joint patrol on the {road}" if not road.startswith("the ") else \
                f"Russian and Turkish forces conducted a joint patrol on {road}"
        elif kind == "talks":
            pool = [a for a in ("russia", "turkey", "iran", "united-states", "united-nations") if a in g.actors]
            a, b = r.sample(pool, 2)
            actors.extend([a, b])
            city = r.choice([c for c in TALK_CITIES if c in g.places])
            places.append(city)
            name = lambda x: self.actor_np(x, "name")
            body = f"officials from {name(a)} and {name(b)} held talks in {_the(r.choice(g.places[city].surfaces))}"
        else:
            raise ValueError(kind)
        return body, places, new  # as written: capitalised where it starts a sentence

    def distractor(self) -> str:
        r, g = self.r, self.g
        place = r.choice([p for p in g.places.values() if p.kind in ("town", "village", "city") and p.id not in FOREIGN])
        where = _the(r.choice(place.surfaces))
        actor = self.actor_np(r.choice([a for a in GROUND if a in g.actors]))
        agreement = r.choice(list(g.agreements.values())) if g.agreements else None
        weekday = r.choice(WEEKDAYS)
        options = [
            f"No air strikes were recorded in {where} on {weekday}.",
            f"There were no reports of clashes in {where} overnight.",
            f"{actor} did not shell {where}, residents told reporters.",
            f"{actor} could launch a new offensive on {where} in the coming weeks.",
            f"{actor} threatened to seize {where} if the talks fail.",
            f"Observers fear that {actor} might shell {where} again.",
            f"{where} is the last major stronghold of the opposition in the area.",
        ]
        if agreement:
            options += [f"The {r.choice(agreement.surfaces)} provides for joint patrols along the M4 highway.",
                        f"The {r.choice(agreement.surfaces)} has been in force since it was signed."]
        sentence = r.choice(options)
        return sentence[0].upper() + sentence[1:]


def _the(surface: str) -> str:
    """'city of Idlib' and 'Kazakh capital' need an article; names do not."""
    if surface[:1].islower() and not surface.startswith(("al-", "el-", "the ")) or surface.startswith(("Kazakh", "United", "U.", "UN")):
        return "the " + surface
    return surface


def _filler(gaz: Gazetteers, r: random.Random) -> str:
    """Background that reports nothing: context, geography, history without a happening."""
    towns = [p for p in gaz.places.values() if p.kind in ("town", "village", "city") and p.id not in FOREIGN]
    town = _the(r.choice(r.choice(towns).surfaces))
    other = _the(r.choice(r.choice(towns).surfaces))
    n = r.randint(2, 90)
    options = FILLER + [
        f"{town} lies about {n} kilometres from {other}, on the edge of the plain.",
        f"Before the war, {town} was known for its olive groves and its weekly market.",
        f"The road between {town} and {other} is the main route for traders in the area.",
        f"Many residents of {town} work in the fields around {other} during the harvest.",
        f"The population of {town} was estimated at {n},000 people before the war.",
        f"Local councils in {town} are run by civilian administrators appointed by the factions.",
        f"Aid agencies estimate that {n} percent of families in the area depend on food baskets.",
    ]
    sentence = r.choice(options)
    return sentence[0].upper() + sentence[1:]


def make_article(gaz: Gazetteers, seed: int, index: int, target_bytes: int = 3000) -> tuple[str, str, GoldArticle]:
    """(file name, text, gold) of article `index` of the corpus `seed`."""
    r = random.Random(f"chronology-synth:{seed}:{index}")
    name = article_name(seed, index)
    stated = r.random() < 0.85
    published = dt.date(2017, 1, 1) + dt.timedelta(days=r.randint(0, 6 * 365))
    w = _Writer(gaz, r, published if stated else None)
    events: list[GoldEvent] = []
    paragraphs: list[str] = []
    distractors = 0
    length = 0
    while length < target_bytes - 300:
        sentences = []
        for position in range(r.choice([1, 1, 2, 2, 3])):
            roll = r.random()
            if roll < 0.38:
                made = None
                for _ in range(6):
                    made = w.event_sentence(allow_relative=stated, first_in_paragraph=position == 0)
                    if made:
                        break
                if made:
                    sentences.append(made[0])
                    events.append(made[1])
                    continue
            if roll < 0.7:
                sentences.append(w.distractor())
                distractors += 1
            else:
                sentences.append(_filler(gaz, r))
        paragraphs.append(" ".join(sentences))
        length += len(paragraphs[-1]) + 2
    title = _headline(gaz, r, events)
    header = [r.choice(CHROME_TOP) for _ in range(r.randint(0, 2))] + [title]
    published_text = None
    if stated:
        d = published
        published_text = r.choice([f"{d.day} {MONTHS[d.month]} {d.year}", f"{MONTHS[d.month]} {d.day}, {d.year}",
                                   f"{MONTHS[d.month]} {d.day}, {d.year} at {r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(['am', 'pm'])}",
                                   f"{WEEKDAYS[d.weekday()]}, {d.day} {MONTHS[d.month]} {d.year}"])
        header.append(published_text)
    if r.random() < 0.5:
        place = r.choice([p for p in gaz.places.values() if p.kind in ("town", "city")])
        header.append(f"A man walks through the rubble of a destroyed building in {r.choice(place.surfaces)} "
                      f"[{r.choice(PHOTOGRAPHERS)}/{r.choice(AGENCIES)}]")
    footer = []
    if r.random() < 0.6:
        footer.append(f"Read {r.randint(20, 4000):,} times")
    if r.random() < 0.5:
        footer.append("Tags: " + ", ".join(r.sample(["Syria", "Idlib", "Russia", "Turkey", "ceasefire", "war"], 3)))
    footer += r.sample(CHROME_BOTTOM, r.randint(0, 2))
    text = "\n\n".join(header + paragraphs + footer) + "\n"
    gold = GoldArticle(file=f"seeds/{name}", source=source_id(Path(name).stem), title=title,
                       published=published.isoformat() if stated else None, published_text=published_text,
                       events=events, distractors=distractors)
    return name, text, gold


def _headline(gaz: Gazetteers, r: random.Random, events: list[GoldEvent]) -> str:
    labels = {"air-strike": "Air strikes hit", "shelling": "Shelling hits", "armed-clash": "Clashes erupt in",
              "territorial-change": "Fighters take ground in", "attack-on-civilians": "Civilians targeted in",
              "displacement": "Families flee", "return": "Families return to", "withdrawal": "Forces pull back from",
              "deployment": "Reinforcements reach", "patrol": "Joint patrol on", "talks": "Talks held in"}
    if not events:
        return "Tense calm in Northwest Syria as talks stall"
    event = events[0]
    place = event.places[0] if event.places else None
    where = gaz.places[place].name if place in gaz.places else (event.new_places[0] if event.new_places else "Northwest Syria")
    return f"{labels[event.type]} {where} {r.choice(HEADLINE_TAILS)}"


# ---------------------------------------------------------------- corpora and projects


def write_corpus(out: Path, articles: int, seed: int, gaz: Gazetteers | None = None, target_bytes: int = 3000) -> list[GoldArticle]:
    """OUT/seeds/*.txt and OUT/gold.jsonl. Existing seeds of other names are left alone."""
    gaz = gaz or load_gazetteers()
    seeds = out / "seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    golds = []
    with open(out / "gold.jsonl", "w", encoding="utf-8") as handle:
        for index in range(articles):
            name, text, gold = make_article(gaz, seed, index, target_bytes)
            path = seeds / name
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                path.write_text(text, encoding="utf-8")
            handle.write(json.dumps(asdict(gold), ensure_ascii=False, sort_keys=True) + "\n")
            golds.append(gold)
    return golds


def make_project(out: Path, code_root: Path = REPO, content_root: Path = REPO) -> Path:
    """A chronology project in OUT, as tests/conftest.make_project makes one: mkdocs.yml, the
    gazetteers, and symlinks to generator/ (the MkDocs hook) and site_templates/."""
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy(content_root / "mkdocs.yml", out / "mkdocs.yml")
    for name in ("generator", "site_templates"):
        link = out / name
        if link.is_symlink() or link.exists():
            if link.is_symlink():
                link.unlink()
            else:
                continue
        link.symlink_to(code_root / name)
    for folder in ("actors", "places", "agreements"):
        target = out / "content" / folder
        if not target.exists():
            shutil.copytree(content_root / "content" / folder, target)
    (out / "seeds").mkdir(exist_ok=True)
    return out


def read_gold(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


# ---------------------------------------------------------------- scoring


def load_events(content_dir: Path) -> list[dict]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    events = []
    for path in sorted((content_dir / "events").rglob("*.yml")):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        if isinstance(data, dict):
            events.append(data)
    return events


def _date(value) -> str | None:
    return None if value is None else str(value)


def score(project: Path, gold: list[dict] | Path | None = None) -> dict:
    """Extraction output (PROJECT/content/events, sources) against gold.

    - precision / recall / f1 of events keyed by (source, type, date): an extracted event stands
      for every source it quotes (the same happening reported by two articles is one event);
    - date accuracy over the gold events whose sentence produced an event of the right type:
      exact date (null when gold is null), wrong dates (a date that is not the gold one: worse
      than none), missing dates (null where gold has one);
    - publication dates: stated ones found exactly;
    - actors and places: micro precision/recall over matched events.
    Only sources present in gold are scored, so a corpus can sit beside other articles.
    """
    if gold is None:
        gold = project / "gold.jsonl"
    if isinstance(gold, Path):
        gold = read_gold(gold)
    sources_in_gold = {g["source"] for g in gold}
    events = [e for e in load_events(project / "content")
              if any(q.get("source") in sources_in_gold for q in e.get("sources") or [])]
    extracted_keys: set[tuple] = set()
    by_quote: dict[tuple, list[dict]] = {}
    for event in events:
        for q in event.get("sources") or []:
            extracted_keys.add((q.get("source"), event.get("type"), _date(event.get("date"))))
            by_quote.setdefault((q.get("source"), event.get("type"), q.get("quote")), []).append(event)
    gold_keys: set[tuple] = set()
    n_gold = 0
    found = 0
    typed = exact = wrong = missing = 0
    actor_tp = actor_fp = actor_fn = place_tp = place_fp = place_fn = 0
    wrong_examples = []
    for article in gold:
        for g in article["events"]:
            n_gold += 1
            key = (article["source"], g["type"], g["date"])
            gold_keys.add(key)
            if key in extracted_keys:
                found += 1
            candidates = by_quote.get((article["source"], g["type"], g["quote"]))
            if not candidates:
                continue
            event = candidates[0]
            typed += 1
            got = _date(event.get("date"))
            if got == g["date"]:
                exact += 1
            elif got is None:
                missing += 1
            else:
                wrong += 1
                if len(wrong_examples) < 20:
                    wrong_examples.append({"source": article["source"], "quote": g["quote"], "gold": g["date"], "got": got,
                                           "published": article["published"]})
            got_actors, gold_actors = set(event.get("actors") or []), set(g["actors"])
            actor_tp += len(got_actors & gold_actors)
            actor_fp += len(got_actors - gold_actors)
            actor_fn += len(gold_actors - got_actors)
            got_places, gold_places = set(event.get("places") or []), set(g["places"])
            place_tp += len(got_places & gold_places)
            place_fp += len(got_places - gold_places)
            place_fn += len(gold_places - got_places)
    correct_events = sum(1 for e in events if any(
        (q.get("source"), e.get("type"), _date(e.get("date"))) in gold_keys for q in e.get("sources") or []))
    sources = {}
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for path in sorted((project / "content" / "sources").glob("*.yml")):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        if isinstance(data, dict):
            sources[data.get("id")] = data
    stated = [a for a in gold if a["published"]]
    published_ok = sum(1 for a in stated if _date((sources.get(a["source"]) or {}).get("published")) == a["published"])

    def ratio(a, b):
        return round(a / b, 4) if b else None

    precision, recall = ratio(correct_events, len(events)), ratio(found, n_gold)
    return {
        "articles": len(gold), "gold_events": n_gold, "extracted_events": len(events),
        "precision": precision, "recall": recall,
        "f1": round(2 * precision * recall / (precision + recall), 4) if precision and recall else 0.0,
        "typed_matches": typed, "date_accuracy": ratio(exact, typed), "wrong_dates": wrong, "missing_dates": missing,
        "published_accuracy": ratio(published_ok, len(stated)),
        "actor_precision": ratio(actor_tp, actor_tp + actor_fp), "actor_recall": ratio(actor_tp, actor_tp + actor_fn),
        "place_precision": ratio(place_tp, place_tp + place_fp), "place_recall": ratio(place_tp, place_tp + place_fn),
        "wrong_date_examples": wrong_examples,
    }


# ---------------------------------------------------------------- command line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="folder for seeds/ and gold.jsonl")
    parser.add_argument("--bytes", type=int, default=3000, help="approximate size of an article")
    parser.add_argument("--project", action="store_true", help="also make OUT a ready chronology project")
    parser.add_argument("--score", type=Path, metavar="PROJECT", help="score PROJECT/content against PROJECT/gold.jsonl and exit")
    args = parser.parse_args(argv)
    if args.score:
        result = score(args.score)
        examples = result.pop("wrong_date_examples")
        print(json.dumps(result, indent=1))
        for example in examples[:10]:
            print("wrong date:", json.dumps(example, ensure_ascii=False), file=sys.stderr)
        return 0
    if not args.out:
        parser.error("--out is required (or --score PROJECT)")
    if args.project:
        make_project(args.out)
    golds = write_corpus(args.out, args.articles, args.seed, target_bytes=args.bytes)
    events = sum(len(g.events) for g in golds)
    print(f"wrote {len(golds)} articles ({events} gold events) to {args.out / 'seeds'} and {args.out / 'gold.jsonl'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
