"""Stage 2b, discover: names the gazetteers do not know yet, found by the phrases that introduce
them, become new actor and place records marked `review: extracted` (never dropped, never
trusted: a person reviews them).

- People: a title next to a name ("spokesman Ayman al-Asmi", "Captain X, spokesman for Y",
  "the head of the opposition delegation, X"); the organisation the title is of becomes the
  person's affiliation ("X's director Y", "Y, spokesman for Z").
- Organisations: a news agency named after "news agency", and capitalised multi-word names that end
  in a word for a group ("... Operations Room", "... Brigade", "... Front").
- Places: names after "the town of", "the village of", "the villages of A, B and C", "villages
  such as A". Coordinates stay null: a wrong point on the map is worse than none.
Names already in the gazetteer (after folding and spelling-insensitive matching) are not new.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .ingest import Article, slugify
from .records import Actor, Place
from .resolve import Gazetteer
from .validate import Content

_PART = r"(?:(?:al|el|ad|ash|as|at|az|Abu|Abd|Al|El)[-‐])?[A-Z][\w’'‘-]*[\w]"
_LINK = r"(?:\s+(?:al|el|bin|ibn|abu|de|bin|ben)\b)?"
NAME = rf"{_PART}(?:{_LINK}\s+{_PART}){{0,3}}"
PERSON = rf"{_PART}(?:{_LINK}\s+{_PART}){{1,3}}"
TITLES = (r"spokesman|spokeswoman|spokesperson|director|head|commander|leader|(?:foreign |defen[cs]e |prime )?minister|"
          r"aide|envoy|official|captain|colonel|general|lieutenant|major|sheikh|mayor|governor|chief|ambassador|president")
# Titles are matched in any case, names only when capitalised.
_TITLE_NAME = re.compile(rf"\b(?P<title>(?i:{TITLES}))\s+(?P<name>{PERSON})")
_NAME_TITLE_OF = re.compile(rf"(?P<name>{PERSON}),\s+(?i:the\s+|a\s+)?(?:(?-i:[A-Z])[\w-]*\s+){{0,3}}(?P<title>(?i:{TITLES}))\s+(?:for|of|to|at)\s+(?P<org>[^,.;]{{3,80}})")
# "the regional governor, Oleh Syniehubov, said", "The Saudi ambassador, Mohammed Al Jaber, led":
# a title with its modifiers, a comma, and the name in apposition.
_TITLE_COMMA_NAME = re.compile(rf"\b(?i:the|a|an)\s+(?P<org>(?:[\w-]+\s+){{0,3}}?)(?P<title>(?i:{TITLES})),\s+(?P<name>{PERSON})\s*[,.;]")
_TITLE_OF_NAME = re.compile(rf"\b(?i:the\s+|an?\s+)?(?P<title>(?i:{TITLES}))\s+(?:of|for|to)\s+(?P<org>[^,.;]{{3,80}}),\s+(?P<name>{PERSON})\s*[,.;]")
_AGENCY = re.compile(rf"\bnews agency\s+(?P<name>{NAME})")
# The last word of a fighting force's name ("the Free Idlib Army", "Sultan Murad Division").
_FORCE_ENDING = r"Operations[’']?\s+Room|Brigades?|Front|Army|Movement|Battalions?|Division|Corps|Legion"
_GROUP = re.compile(rf"\b(?P<name>{_PART}(?:\s+{_PART}){{0,4}}\s+(?:{_FORCE_ENDING}|Council))\b")
# "the Government of National Accord (GNA)", "the Libyan National Army (LNA)": a name introduced
# with its acronym (the acronym's letters are the initials of the name's capitalised words).
_ACRONYM = re.compile(rf"\b(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:of|for|the|and|al|el|wal|in|de|du|des)\s+)*(?:(?:al|el)-)?[A-Z][\w’'-]*){{1,7}})"
                      r"\s+\((?P<acronym>[A-Z][A-Za-z]{1,6})\)")
# "the Saudi-led coalition", "the Emirati-backed Southern Transitional Council".
_LED_COALITION = re.compile(r"\b(?P<name>[A-Z][a-z]+-led\s+(?:military\s+)?coalition)\b")
_ARMED_ENDINGS = re.compile(rf"\b(?:{_FORCE_ENDING}|Forces|Military\s+Council|Guards?|Militias?)$")
_PLACE_LIST = re.compile(
    rf"\b(?:the\s+)?(?P<kind>villages and towns|towns and villages|villages|towns|village|town|city|neighbou?rhood|district|"
    rf"province|governorate)"
    rf"\s+(?:of|such as)\s+(?P<list>{NAME}(?:\s*,\s*(?:and\s+)?{NAME})*(?:,?\s+and\s+{NAME})?)")
# "the Odesa region", "Ituri province", "Taiz governorate": the name before a lowercase word for an
# administrative area (a capitalised "Province" belongs to a name: "Sahel Province" is a group).
_NAME_AREA = re.compile(rf"(?<![\w’'-])(?P<name>{_PART}(?:\s+{_PART}){{0,2}})\s+(?P<kind>province|governorate|region|oblast)\b")
_AREA_DETERMINER = re.compile(r"^(?:.*\s)?(?i:the|this|that|these|those|each|every|either|neither|any|another|no|our|their|its|"
                              r"his|her|which|whole|same)(?:\s+|$)")
_MONTHS = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_KIND = {"village": "village", "villages": "village", "town": "town", "towns": "town", "city": "city",
         "villages and towns": "town", "towns and villages": "town", "neighbourhood": "site", "neighborhood": "site", "district": "district",
         "province": "province", "governorate": "province", "region": "region", "oblast": "province"}


@dataclass
class Discovered:
    record: Actor | Place
    source: str  # the article it was found in
    evidence: str  # the phrase that introduced it


def _clean(name: str) -> str:
    return name.strip(" ,.;’'").replace("’ ", " ")


def discover(article: Article, gazetteer: Gazetteer, content: Content) -> list[Discovered]:
    text = article.text
    found: dict[tuple[str, str], Discovered] = {}
    for sentence in article.sentences:
        s = sentence.text
        known_spans = [(m.start - sentence.start, m.end - sentence.start) for m in gazetteer.find(text, sentence.start, sentence.end)]

        def overlaps_known(m, group="name"):
            a, b = m.start(group), m.end(group)
            return any(x < b and a < y for x, y in known_spans)
        for m in _NAME_TITLE_OF.finditer(s):
            overlaps_known(m) or _person(found, article, gazetteer, content, m.group("name"), m.group("title"), m.group("org"), m.group(0))
        for m in _TITLE_OF_NAME.finditer(s):
            overlaps_known(m) or _person(found, article, gazetteer, content, m.group("name"), m.group("title"), m.group("org"), m.group(0))
        for m in _TITLE_COMMA_NAME.finditer(s):
            overlaps_known(m) or _person(found, article, gazetteer, content, m.group("name"), m.group("title"), m.group("org"), m.group(0),
                                         org_before=True)
        for m in _TITLE_NAME.finditer(s):
            before = s[max(0, m.start() - 70):m.start()]
            overlaps_known(m) or _person(found, article, gazetteer, content, m.group("name"), m.group("title"), before, m.group(0), org_before=True)
        for m in _AGENCY.finditer(s):
            overlaps_known(m) or _org(found, article, gazetteer, content, m.group("name"), "media", m.group(0))
        for m in _ACRONYM.finditer(s):
            name = _named_by(m.group("name"), m.group("acronym"))
            if not name or overlaps_known(m, "acronym") or any(
                    x < m.end("name") and m.end("name") - len(name) < y for x, y in known_spans):
                continue
            # "Armed Forces of the Democratic Republic of the Congo" is a fighting force too
            kind = "armed-group" if _ARMED_ENDINGS.search(name) or re.match(r"(?:\w+\s+)?Armed\s+Forces\b", name) else "organisation"
            _org(found, article, gazetteer, content, name, kind, m.group(0), aliases=[m.group("acronym")])
        for m in _GROUP.finditer(s):
            if overlaps_known(m):
                continue
            # "Security Council" is a body, not a fighting force; a "Military Council" is one
            kind = "organisation" if m.group("name").endswith("Council") and not _ARMED_ENDINGS.search(m.group("name")) else "armed-group"
            _org(found, article, gazetteer, content, m.group("name"), kind, m.group(0))
        for m in _LED_COALITION.finditer(s):
            overlaps_known(m) or _org(found, article, gazetteer, content, m.group("name"), "coalition", m.group(0))
        for m in _PLACE_LIST.finditer(s):
            kind = _KIND.get(m.group("kind").lower(), "village")
            for name in re.split(r"\s*,\s*(?:and\s+)?|,?\s+and\s+", m.group("list")):
                at = m.start("list") + m.group("list").find(name)
                if any(x < at + len(name) and at < y for x, y in known_spans):
                    continue
                _place(found, article, gazetteer, content, _clean(name), kind, m.group(0))
        for m in _NAME_AREA.finditer(s):
            name = re.split(r"[’']s\s+", m.group("name"))[-1]  # "Burkina Faso's Est region" is Est
            # a capitalised determiner is no name ("The region is calm", '"This province ...'):
            # the name is what follows the last one ("The Odesa region" is Odesa), if anything
            name = _AREA_DETERMINER.split(name)[-1]
            if not name:
                continue
            at = m.end("name") - len(name)
            if any(x < m.end("name") and at < y for x, y in known_spans):
                continue
            _place(found, article, gazetteer, content, _clean(name), _KIND[m.group("kind")], m.group(0))
    del text
    return [found[k] for k in sorted(found)]


def _known(gazetteer: Gazetteer, name: str) -> bool:
    """The whole name, or all of it but a particle, is a gazetteer name."""
    mentions = gazetteer.find(name)
    return any(m.end - m.start >= len(name) - 3 for m in mentions)


def _valid(name: str) -> bool:
    return bool(name) and not _MONTHS.search(name) and not re.search(r"\d", name) and len(name) >= 3


def _person(found, article, gazetteer, content, name, title, org_text, evidence, org_before=False) -> None:
    name = re.sub(rf"^(?:(?i:{TITLES})\s+)+", "", _clean(name))  # "Captain X" is X
    if not _valid(name) or _known(gazetteer, name) or len(name.split()) < 2:
        return
    affiliation = None
    mentions = [m for m in gazetteer.find(org_text) if m.kind == "actor"]
    mentions = [m for m in mentions if content.actors.get(m.id) and content.actors[m.id].kind != "person"]
    if mentions:
        if org_before:
            last = mentions[-1]
            # Only the organisation right before the title: "SOHR (OSDH) director X", "the opposition spokesman X".
            if not re.search(r"[.;:]", org_text[last.end:]) and len(org_text) - last.end <= 12:
                affiliation = last.id
        else:
            affiliation = mentions[0].id
    record_id = slugify(name)
    if not record_id or record_id in content.actors:
        return
    title = title.lower()
    where = f" for {content.actors[affiliation].name}" if affiliation else ""
    actor = Actor(id=record_id, name=name, aliases=[], kind="person", affiliation=affiliation,
                  description=f"Described as {title}{where} ('{' '.join(evidence.split())[:120]}').",
                  review="extracted", notes=f"Found in {article.source_id}; not in the gazetteer.")
    found.setdefault(("actor", record_id), Discovered(actor, article.source_id, evidence))


def _named_by(name: str, acronym: str) -> str | None:
    """The end of `name` whose capitalised words' initials spell the acronym ("UN-recognised
    Government of National Accord" (GNA) -> "Government of National Accord"), or None. An
    acronym in another language's order or with its small words ("Coordination of Azawad
    Movements (CMA)", "Economic Community of West African States (ECOWAS)", "Armed Forces of the
    Democratic Republic of the Congo (FARDC)") counts when its letters are those of the whole
    name's initials, small words and the word after an "al-" included, in any order."""
    words = name.split()
    for i in range(len(words)):
        if not words[i][:1].isupper() or words[i].lower() == "the":
            continue
        tail = words[i:]
        if "".join(w[0] for w in tail if w[:1].isupper()) == acronym:
            return " ".join(tail)
    start = next((i for i, w in enumerate(words) if w[:1].isupper() and w.lower() != "the"), None)
    if start is None or len(words) - start < 2:
        return None
    tail = words[start:]
    initials = sorted(re.sub(r"^(?:al|el)-", "", w, flags=re.I)[:1].upper() for w in tail if w.lower() != "the")
    letters = sorted(acronym.upper())
    if len(letters) >= 3 and letters[0] and _sub_multiset(letters, initials) and len(initials) - len(letters) <= 2:
        return " ".join(tail)
    return None


def _sub_multiset(small: list[str], big: list[str]) -> bool:
    rest = list(big)
    for c in small:
        if c not in rest:
            return False
        rest.remove(c)
    return True


def _org(found, article, gazetteer, content, name, kind, evidence, aliases=()) -> None:
    name = _clean(name)
    if not _valid(name) or _known(gazetteer, name) or len(name.split()) < 2:
        return
    if any(_known(gazetteer, alias) for alias in aliases):
        return
    record_id = slugify(name)
    if not record_id or record_id in content.actors:
        return
    actor = Actor(id=record_id, name=name, aliases=list(aliases), kind=kind, review="extracted",
                  notes=f"Found in {article.source_id}: '{' '.join(evidence.split())[:120]}'; not in the gazetteer.")
    found.setdefault(("actor", record_id), Discovered(actor, article.source_id, evidence))


def _place(found, article, gazetteer, content, name, kind, evidence) -> None:
    if not _valid(name) or _known(gazetteer, name) or not (name[:1].isupper() or re.match(r"^[a-z]{1,3}-[A-Z]", name)):
        return
    record_id = slugify(name)
    if not record_id or record_id in content.places:
        return
    place = Place(id=record_id, name=name, aliases=[], kind=kind, admin1=None, lat=None, lon=None,
                  review="extracted",
                  notes=f"Found in {article.source_id}: '{' '.join(evidence.split())[:160]}'. Coordinates left empty: never guessed.")
    found.setdefault(("place", record_id), Discovered(place, article.source_id, evidence))
