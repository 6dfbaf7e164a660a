"""Check content/ and load it into records.

Every problem is reported as `content/path.yml:LINE: message` with the line of the offending
key. The JSON Schemas in schemas/ check each file's shape; the rest of this module checks what a
schema cannot: references, duplicate IDs, file names, quotes against their articles, real dates.
"""

from __future__ import annotations

import calendar
import difflib
import json
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema
import referencing

from .records import RECORD_TYPES, Agreement, Actor, Event, Place, Record, Source, event_folder, from_mapping
from .filecache import CACHE_DIR, FileCache, code_digest
from .ingest import ArticleProblem, read_article_text
from .store import ContentFile, iter_content_files, read_content_file, sha256_text

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"


@dataclass(order=True)
class Problem:
    path: str  # shown as given, e.g. content/events/2020/x.yml
    line: int
    message: str
    severity: str = "error"  # or "warning": reported, but does not fail validate

    def __str__(self) -> str:
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{self.path}:{self.line}: {prefix}{self.message}"


@dataclass
class Content:
    """Everything in content/ that passed its own file's checks, by kind and id."""

    sources: dict[str, Source] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    agreements: dict[str, Agreement] = field(default_factory=dict)
    files: dict[tuple[str, str], ContentFile] = field(default_factory=dict)  # (kind, id) -> file
    problems: list[Problem] = field(default_factory=list)

    def by_kind(self, kind: str) -> dict[str, Any]:
        return getattr(self, kind + "s")

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def problem(self, entry: ContentFile, path: tuple, message: str, severity: str = "error") -> None:
        line = entry.line_of(path)
        self.problems.append(Problem(f"content/{entry.relpath}", line, message, severity))


# ---------------------------------------------------------------- schemas

@lru_cache(maxsize=None)
def _validators() -> dict[str, jsonschema.protocols.Validator]:
    schemas = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in SCHEMA_DIR.glob("*.schema.json")}
    registry = referencing.Registry().with_resources(
        (s["$id"], referencing.Resource.from_contents(s)) for s in schemas.values()
    )
    # Validation runs on every file of content/; resolving each $ref through the registry was two
    # thirds of loading a file, so each kind's schema is checked with its references inlined.
    return {
        kind: jsonschema.Draft202012Validator(_inline_refs(schemas[f"{kind}.schema.json"], schemas, f"{kind}.schema.json"), registry=registry)
        for kind in RECORD_TYPES
    }


_ANNOTATIONS = {"description", "title", "$comment", "examples", "default"}  # may be overridden


def _inline_refs(node: Any, schemas: dict[str, dict], base: str = "") -> Any:
    """The schema with every {"$ref": "file#/$defs/x"} replaced by what it points to (the schemas
    have no recursive definitions). Keywords beside a $ref apply together with its target's, as
    they do in draft 2020-12, unless both set the same keyword: then the $ref is left as it is."""
    if isinstance(node, list):
        return [_inline_refs(item, schemas, base) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        file, _, pointer = node["$ref"].partition("#")
        file = file or base
        target: Any = schemas[file]
        for part in pointer.strip("/").split("/") if pointer.strip("/") else []:
            target = target[part]
        inlined = _inline_refs(target, schemas, file)
        beside = {k: _inline_refs(v, schemas, base) for k, v in node.items() if k != "$ref"}
        if isinstance(inlined, dict) and not (set(beside) - _ANNOTATIONS) & set(inlined):
            return {**inlined, **beside}
    return {k: (v if k == "$defs" else _inline_refs(v, schemas, base)) for k, v in node.items()}


def schema_properties(kind: str) -> dict[str, Any]:
    return _validators()[kind].schema["properties"]


_PATTERN_ADVICE = {  # a fragment of a schema pattern -> what to tell the contributor
    "[a-z0-9]": "is not a valid id: use lowercase letters, digits and single hyphens (e.g. 'hayat-tahrir-al-sham')",
    "[0-9]{4}": "is not a date: write YYYY, YYYY-MM or YYYY-MM-DD",
    "https?": "is not an http(s) address",
    "[0-9a-f]{64}": "is not a SHA-256 (64 hexadecimal digits)",
    "(txt|md|html?)": "is not the path of an article file (e.g. seeds/article.txt)",
}


def _describe_schema_error(kind: str, error: jsonschema.ValidationError) -> tuple[tuple, str]:
    """(path of the offending key, a message that says how to fix it)."""
    path = tuple(error.absolute_path)
    where = ".".join(str(p) for p in path) or "the record"
    if error.validator == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        extras = sorted(set(error.instance) - set(allowed)) if isinstance(error.instance, dict) else []
        messages = []
        for extra in extras:
            close = difflib.get_close_matches(extra, allowed, n=1, cutoff=0.6)
            hint = f" (did you mean '{close[0]}'?)" if close else f" (allowed: {', '.join(allowed)})"
            messages.append(f"unknown field '{extra}'{hint}")
        return path + (extras[0],) if extras else path, "; ".join(messages)
    if error.validator == "required":
        missing = re.findall(r"'([^']+)' is a required property", error.message)
        name = missing[0] if missing else error.message
        return path, f"missing required field '{name}' in {where}"
    if error.validator == "enum":
        options = ", ".join(str(v) for v in error.validator_value if v is not None)
        close = difflib.get_close_matches(str(error.instance), [str(v) for v in error.validator_value], n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        return path, f"{where}: {_show(error.instance)} is not one of: {options}{hint}"
    if error.validator == "pattern":
        for marker, advice in _PATTERN_ADVICE.items():
            if marker in error.validator_value:
                return path, f"{where}: {_show(error.instance)} {advice}"
    if error.validator == "oneOf":
        # Report the most useful branch: the one that is not about the null alternative.
        best = [e for e in error.context if e.validator != "type" or "null" not in str(e.validator_value)]
        if best:
            return _describe_schema_error(kind, best[0])
    if error.validator == "type":
        expected = error.validator_value
        expected = " or ".join(expected) if isinstance(expected, list) else expected
        return path, f"{where}: expected {expected}, got {type(error.instance).__name__} {_show(error.instance)}"
    if isinstance(error.instance, str) and len(error.instance) > 80 and error.validator == "maxLength":
        return path, f"{where}: {len(error.instance):,} characters, more than the {error.validator_value:,} allowed: shorten it"
    return path, f"{where}: {_show(error.message, 300)}"


def _show(value: Any, limit: int = 80) -> str:
    """A value as it goes into a message: repr, cut short (a 1 MB value must not flood the log)."""
    text = value if isinstance(value, str) and limit > 80 else repr(value)
    return text if len(text) <= limit else text[: limit - 5] + "…" + text[-4:]


# ---------------------------------------------------------------- dates

def check_date(value: str) -> str | None:
    """None if value is a real ISO date of year, month or day precision; else what is wrong."""
    parts = value.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 1
        day = int(parts[2]) if len(parts) > 2 else 1
    except ValueError:
        return f"{value!r} is not a date"
    if not 1 <= year <= 9999:
        return f"year {year} is out of range"
    if not 1 <= month <= 12:
        return f"{value!r} has month {month}: months run from 01 to 12"
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        return f"{value!r} does not exist: {calendar.month_name[month]} {year} has {last} days"
    return None


@lru_cache(maxsize=4096)  # merging compares every pair of same-month events, each time
def date_bounds(value: str) -> tuple[str, str]:
    """First and last day a date of any precision covers, as YYYY-MM-DD strings."""
    parts = value.split("-")
    year = int(parts[0])
    if len(parts) == 1:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    month = int(parts[1])
    if len(parts) == 2:
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    return value, value


# ---------------------------------------------------------------- loading and checking

REFERENCES = {  # kind -> (field, kind it refers to)
    "event": [("actors", "actor"), ("places", "place"), ("agreements", "agreement")],
    "actor": [("affiliation", "actor"), ("scope", "place")],
    "place": [("admin1", "place")],
    "agreement": [("parties", "actor"), ("guarantors", "actor")],
}
DATE_FIELDS = {"source": ["published"], "event": ["date", "end_date"], "agreement": ["signed", "in_force"]}


@dataclass
class FileOutcome:
    """What one file of content/ gives on its own: its record (None if it cannot be trusted) and
    its problems. Cached per file (filecache), since it depends on nothing else."""

    entry: ContentFile
    record: Record | None
    problems: list[Problem]


def load_content(project: Path, check_quotes: bool = True) -> Content:
    """Read and check every file of project/content; records that pass their own checks are kept."""
    content = Content()
    content_dir = project / "content"
    cache = FileCache(project / CACHE_DIR / "content.pickle", code_digest(),
                      enabled=not os.environ.get("CHRONOLOGY_NO_CACHE"))
    files = list(iter_content_files(content_dir))
    checked = _check_many([f for f in files if not cache.holds(f"content/{f[1]}", f[0])])
    for path, relpath, kind in files:
        outcome = cache.get_or_compute(f"content/{relpath}", path,
                                       lambda: checked.pop(relpath, None) or _check_one_file(path, relpath, kind))
        outcome.entry.path = path  # the same file, wherever the project now is
        content.problems.extend(outcome.problems)
        record = outcome.record
        if record is None:
            continue
        if (kind, record.id) in content.files:
            first = content.files[(kind, record.id)]
            content.problem(outcome.entry, ("id",), f"duplicate {kind} id '{record.id}': also used by content/{first.relpath}; give one of them another id")
            continue
        content.files[(kind, record.id)] = outcome.entry
        content.by_kind(kind)[record.id] = record
    _check_references(content)
    cache.save()
    if check_quotes:
        check_quotes_against_articles(content, project)
    content.problems.sort(key=lambda p: (p.path, p.line, p.message))
    return content


def check_quotes_against_articles(content: Content, project: Path) -> None:
    """The checks that read the articles (see _check_quotes), for content loaded without them."""
    articles = FileCache(project / CACHE_DIR / "articles.pickle", code_digest(),
                         enabled=not os.environ.get("CHRONOLOGY_NO_CACHE"))
    _check_quotes(content, project, articles)
    articles.save()
    content.problems.sort(key=lambda p: (p.path, p.line, p.message))


# Below this many files to check, a pool of processes costs more than it saves.
PARALLEL_CHECK_MIN_FILES = 2000


def _check_many(files: list[tuple[str, str, str]]) -> dict[str, FileOutcome]:
    """relpath -> _check_one_file for many files not in the cache (the first build after a large
    extraction: 140,000 files at 10,000 articles), over this machine's cores. Few files: none
    here, get_or_compute checks them one by one."""
    if len(files) < PARALLEL_CHECK_MIN_FILES:
        return {}
    from .parallel import check_many

    return {relpath: outcome for (_, relpath, _), outcome in zip(files, check_many(files))}


def _check_one_file(path: str, relpath: str, kind: str) -> FileOutcome:
    scratch = Content()  # collects this file's problems
    entry = read_content_file(path, relpath, kind)
    if entry.problem:
        scratch.problems.append(Problem(f"content/{relpath}", entry.problem.line, entry.problem.message))
        return FileOutcome(entry, None, scratch.problems)
    data = entry.loaded.data
    if data is None:
        scratch.problems.append(Problem(f"content/{relpath}", 1, f"the file is empty: write the {kind}'s fields (copy a neighbouring file), or delete the file"))
        return FileOutcome(entry, None, scratch.problems)
    if not isinstance(data, dict):
        scratch.problems.append(Problem(f"content/{relpath}", 1, f"{'an' if kind[0] in 'aeiou' else 'a'} {kind} file must be a mapping of fields (key: value), not {type(data).__name__}"))
        return FileOutcome(entry, None, scratch.problems)
    errors = sorted(_validators()[kind].iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    for error in errors:
        key_path, message = _describe_schema_error(kind, error)
        scratch.problem(entry, key_path, message)
    if errors:
        return FileOutcome(entry, None, scratch.problems)
    record = from_mapping(kind, data) if _check_file_level(scratch, entry, kind, data) else None
    if record is not None:
        # The record holds the data now: keep the text, let the parse go (a third of the memory
        # content/ takes; 10,000 articles make 150,000 files). line_of parses again if needed.
        entry.loaded = None
    return FileOutcome(entry, record, scratch.problems)


def _check_file_level(content: Content, entry: ContentFile, kind: str, data: dict) -> bool:
    """Checks on one file alone; False if the record cannot be trusted."""
    ok = True
    stem = Path(entry.relpath).stem
    if data["id"] != stem:
        content.problem(entry, ("id",), f"id '{data['id']}' does not match the file name '{stem}.yml': rename the file or change the id")
        ok = False
    for name in DATE_FIELDS.get(kind, []):
        value = data.get(name)
        if value is not None:
            wrong = check_date(value)
            if wrong:
                content.problem(entry, (name,), f"{name}: {wrong}")
                ok = False
    if kind == "event" and ok:
        folder = event_folder(data["date"])
        if Path(entry.relpath).parent.name != folder:
            content.problem(entry, ("date",), f"an event dated {data['date']!r} belongs in content/events/{folder}/: move the file there")
        if data.get("end_date") and data.get("date"):
            if date_bounds(data["end_date"])[1] < date_bounds(data["date"])[0]:
                content.problem(entry, ("end_date",), f"end_date {data['end_date']} is before date {data['date']}")
                ok = False
        if data.get("end_date") and not data.get("date"):
            content.problem(entry, ("end_date",), "end_date is set but date is null: set date too, or remove end_date")
    if kind == "agreement" and data.get("signed") and data.get("in_force"):
        if date_bounds(data["in_force"])[1] < date_bounds(data["signed"])[0]:
            content.problem(entry, ("in_force",), f"in_force {data['in_force']} is before signed {data['signed']}", "warning")
    return ok


def _check_references(content: Content) -> None:
    known = {kind: set(content.by_kind(kind)) for kind in RECORD_TYPES}
    for (kind, record_id), entry in sorted(content.files.items()):
        record = content.by_kind(kind)[record_id]
        for field_name, target in REFERENCES.get(kind, []):
            value = getattr(record, field_name)
            for index, ref in enumerate(value if isinstance(value, list) else [value] if value else []):
                if ref not in known[target]:
                    path = (field_name, index) if isinstance(value, list) else (field_name,)
                    content.problem(entry, path, f"unknown {target} '{ref}'{_suggest(ref, known[target])}: add content/{RECORD_TYPES[target].folder}/{ref}.yml or fix the id")
        for index, quote in enumerate(record.sources if kind in ("event", "agreement") else []):
            if quote.source not in known["source"]:
                content.problem(entry, ("sources", index, "source"), f"unknown source '{quote.source}'{_suggest(quote.source, known['source'])}")
        for index, claim in enumerate(record.agreement_claims if kind == "source" else []):
            if claim.agreement not in known["agreement"]:
                content.problem(entry, ("agreement_claims", index, "agreement"),
                                f"unknown agreement '{claim.agreement}'{_suggest(claim.agreement, known['agreement'])}: "
                                f"add content/agreements/{claim.agreement}.yml or fix the id")


def _suggest(ref: str, options: set[str]) -> str:
    close = difflib.get_close_matches(ref, sorted(options), n=1, cutoff=0.7)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _check_quotes(content: Content, project: Path, cache: FileCache | None = None) -> None:
    """Every quote must be a verbatim substring of its article; articles must exist."""
    texts: dict[str, str | None] = {}
    for source_id, source in sorted(content.sources.items()):
        entry = content.files[("source", source_id)]
        path = project / source.file
        texts[source_id] = None
        if not _inside(project, path):
            content.problem(entry, ("file",), f"article file '{source.file}' is outside the repository: give a path like seeds/<name>.txt")
            continue
        try:
            texts[source_id] = cache.get_or_compute(source.file, path, lambda: read_article_text(path)) if cache else read_article_text(path)
        except FileNotFoundError:
            content.problem(entry, ("file",), f"article file '{source.file}' does not exist (paths are relative to the repository root)")
            continue
        except ArticleProblem as problem:
            content.problem(entry, ("file",), f"article file '{source.file}' {problem}")
            continue
        except OSError as exc:
            content.problem(entry, ("file",), f"article file '{source.file}' cannot be read: {exc.strerror or exc.__class__.__name__}")
            continue
        if sha256_text(texts[source_id]) != source.sha256:
            content.problem(entry, ("sha256",), "the article text changed since it was extracted: run `chronology extract` (or update sha256 if you edited it on purpose)", "warning")
    for source_id, source in sorted(content.sources.items()):
        text = texts.get(source_id)
        for index, claim in enumerate(source.agreement_claims if text is not None else []):
            if claim.quote not in text:
                content.problem(content.files[("source", source_id)], ("agreement_claims", index, "quote"),
                                f"the claim's quote is not a verbatim substring of the article: copy it exactly from {source.file}")
    for (kind, record_id), entry in sorted(content.files.items()):
        if kind not in ("event", "agreement"):
            continue
        for index, quote in enumerate(content.by_kind(kind)[record_id].sources):
            text = texts.get(quote.source)
            if text is None:
                continue
            if quote.quote not in text:
                hint = " (it differs only in spacing)" if _squash(quote.quote) in _squash(text) else ""
                content.problem(entry, ("sources", index, "quote"), f"quote is not a verbatim substring of the article of source '{quote.source}'{hint}: copy it exactly from {content.sources[quote.source].file}")


def _inside(project: Path, path: Path) -> bool:
    """The article must be a file of the repository: no '..' out of it, no symlink out of it."""
    try:
        if ".." in path.relative_to(project).parts:
            return False
        path.resolve().relative_to(project.resolve())
    except ValueError:
        return False
    return True


def _squash(text: str) -> str:
    return " ".join(text.split())
