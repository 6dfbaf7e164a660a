"""content/ on disk: reading YAML with line numbers, writing it deterministically and atomically,
and the ledger that tells generated records from human-owned ones.

Ownership rule (documented in CONTRIBUTING.md):
- the ledger (content/.ledger.json) remembers, for every file `extract` wrote, the SHA-256 of the
  bytes it wrote and the record's provenance key;
- a file whose bytes still match is generator-owned: extract may rewrite, move or remove it;
- a file that differs, or that the ledger never saw, is human-owned: extract never touches it;
- a ledger entry whose file is gone is a tombstone: a person deleted that record, so extract does
  not bring it back (delete the ledger entry to allow it again).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import math
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import yaml

from .records import RECORD_TYPES, Record, to_mapping

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

LEDGER_NAME = ".ledger.json"
MAX_DEPTH = 32  # records are at most three levels deep; deeper is a mistake or an attack
MAX_NODES = 50_000
MAX_FILE_BYTES = 2_000_000


class YamlProblem(Exception):
    """A user mistake in a YAML file, with the 1-based line it is on."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass
class LoadedYaml:
    """A parsed YAML document plus the line of every key, addressed by its path."""

    data: Any
    lines: dict[tuple, int] = field(default_factory=dict)

    def line_of(self, path: tuple) -> int:
        """Line of the deepest known key on the path (the offending key, or its parent)."""
        path = tuple(path)
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path, 1)


_scalar_constructor = yaml.constructor.SafeConstructor()
_PLAIN_TAGS = {f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null")}


def _prescan(text: str) -> None:
    """Walk the parser's events (libyaml's parser keeps its own stack, so this cannot overflow)
    and refuse absurd nesting, aliases and size before the composer, which recurses once per
    level in C and would crash the whole process on 100,000 nested brackets."""
    depth = events = 0
    for event in yaml.parse(text, Loader=_Loader):
        events += 1
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                raise YamlProblem(event.start_mark.line + 1, f"the document is nested too deeply (more than {MAX_DEPTH} levels)")
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            depth -= 1
        elif isinstance(event, yaml.AliasEvent):
            raise YamlProblem(event.start_mark.line + 1, "anchors and aliases (&name / *name) are not allowed in content files: write the value out")
        if events > 2 * MAX_NODES:
            raise YamlProblem(event.start_mark.line + 1, f"the document has more than {MAX_NODES} values; split it or remove repetition")


def parse_yaml(text: str) -> LoadedYaml:
    """Parse one YAML document. Dates stay strings; duplicate keys, anchors/aliases and absurd
    nesting are refused with the line they are on."""
    try:
        _prescan(text)
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        message = f"YAML syntax error: {exc.problem or exc}"
        text_lines = text.splitlines()
        if 0 < line <= len(text_lines) and "\t" in text_lines[line - 1]:
            message += " (this line has a tab: YAML allows only spaces for indentation)"
        elif exc.context:
            message += f" ({exc.context})"
        raise YamlProblem(line, message) from None
    except yaml.YAMLError as exc:  # composer errors without a mark, e.g. several documents
        raise YamlProblem(1, f"YAML error: {exc}") from None
    except RecursionError:
        raise YamlProblem(1, f"the document is nested too deeply (more than {MAX_DEPTH} levels)") from None
    loaded = LoadedYaml(data=None)
    if root is None:
        return loaded
    counter = [0]
    loaded.data = _build(root, (), loaded.lines, set(), counter)
    return loaded


def _build(node: yaml.Node, path: tuple, lines: dict, seen: set, counter: list) -> Any:
    counter[0] += 1
    line = node.start_mark.line + 1
    if counter[0] > MAX_NODES:
        raise YamlProblem(line, f"the document has more than {MAX_NODES} values; split it or remove repetition")
    if len(path) > MAX_DEPTH:
        raise YamlProblem(line, f"the document is nested too deeply (more than {MAX_DEPTH} levels)")
    if isinstance(node, yaml.ScalarNode):
        if node.tag == "tag:yaml.org,2002:timestamp":
            return node.value  # keep dates as text; validate checks them with a useful message
        if node.tag not in _PLAIN_TAGS:
            raise YamlProblem(line, f"unsupported YAML tag {node.tag!r}: write plain values")
        try:
            value = _scalar_constructor.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, OverflowError):
            value = node.value
        if isinstance(value, str):
            _check_characters(value, line)
        elif isinstance(value, float) and not math.isfinite(value):
            raise YamlProblem(line, f"{node.value!r} is not a usable number (infinite or not-a-number): write a plain number or null")
        return value
    if node.tag not in ("tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"):
        raise YamlProblem(line, f"unsupported YAML tag {node.tag!r}: write plain values")
    if id(node) in seen:
        raise YamlProblem(line, "anchors and aliases (&name / *name) are not allowed in content files: write the value out")
    seen.add(id(node))
    if isinstance(node, yaml.SequenceNode):
        items = []
        for i, item in enumerate(node.value):
            lines[path + (i,)] = item.start_mark.line + 1  # a bad list item is reported on its own line
            items.append(_build(item, path + (i,), lines, seen, counter))
        return items
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                raise YamlProblem(key_line, "a key must be a plain word, not a list or mapping")
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise YamlProblem(key_line, "merge keys (<<) are not allowed in content files: write the fields out")
            key = str(key_node.value)
            _check_characters(key, key_line)
            if key in out:
                first = lines.get(path + (key,), "?")
                raise YamlProblem(key_line, f"duplicate key '{key}' (first given on line {first}); YAML would silently keep only the last one: remove one")
            lines[path + (key,)] = key_line
            out[key] = _build(value_node, path + (key,), lines, seen, counter)
        return out
    raise YamlProblem(line, "unsupported YAML node")


_BAD_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def _check_characters(value: str, line: int) -> None:
    """Escapes like "\\0" or "\\ud800" can put characters in a string that no page, feed or
    UTF-8 file can hold; refuse them where they are written."""
    bad = _BAD_CHARACTER.search(value)
    if bad:
        raise YamlProblem(line, f"the value holds the control or invalid character U+{ord(bad.group()):04X} "
                                "(probably a backslash escape in double quotes): remove it")


def read_text(path: Path) -> str:
    """Read a UTF-8 text file as the generator sees it (BOM dropped, newlines as written)."""
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return data.decode("utf-8")


# ---------------------------------------------------------------- writing

class _RecordDumper(_Dumper):  # type: ignore[misc, valid-type]
    """Block style; multi-line strings as | blocks so diffs stay readable."""


def _represent_str(dumper: yaml.Dumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_RecordDumper.add_representer(str, _represent_str)


def schema_comment(kind: str, relpath: str) -> str:
    """The yaml-language-server line that lets editors complete and check fields."""
    depth = relpath.count("/") + 1  # content/<relpath>: up to the repo root
    return f"# yaml-language-server: $schema={'../' * depth}schemas/{kind}.schema.json\n"


def dump_record(record: Record) -> str:
    """The exact text of a record's YAML file. Deterministic: same record, same bytes."""
    body = yaml.dump(
        to_mapping(record),
        Dumper=_RecordDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )
    return schema_comment(record.record_kind, record.relpath()) + body


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _current_umask()


def atomic_write(path: Path, text: str, durable: bool = True) -> None:
    """Write text so that readers see the old file or the new one, never half of one.

    durable=False skips waiting for the disk (fsync): for output that is made again from
    content/ anyway, such as the rendered pages."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o666 & ~_UMASK)  # mkstemp makes it private (0600); files are normally readable
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- reading content/

@dataclass
class ContentFile:
    """One YAML file of content/, parsed (or with the problem that stopped parsing)."""

    path: str  # absolute
    relpath: str  # relative to content/, with forward slashes
    kind: str
    text: str
    loaded: LoadedYaml | None = None
    problem: YamlProblem | None = None

    def line_of(self, path: tuple) -> int:
        """The line of a key. Parsed again from the text if the parse was let go (see
        validate._check_one_file): only a problem found later needs it, and that is rare."""
        if self.loaded is None and self.text and self.problem is None:
            try:
                self.loaded = parse_yaml(self.text)
            except YamlProblem:
                return 1
        return self.loaded.line_of(path) if self.loaded else 1


def iter_content_files(content_dir: Path) -> Iterator[tuple[str, str, str]]:
    """(absolute path, relpath, kind) for every record file, sorted so every run sees the same
    order. Plain strings: this runs over every file of content/ on every build."""
    for cls in RECORD_TYPES.values():
        folder = os.path.join(content_dir, cls.folder)
        if not os.path.isdir(folder):
            continue
        found = []
        prefix = len(str(content_dir).rstrip(os.sep)) + 1
        for root, dirs, files in os.walk(folder):
            for name in files:
                if name.endswith((".yml", ".yaml")) and not name.startswith("."):
                    path = os.path.join(root, name)
                    found.append((path[prefix:].replace(os.sep, "/"), path))
        for relpath, path in sorted(found, key=lambda item: item[0].split("/")):
            yield path, relpath, cls.record_kind


def read_content_file(path: str | Path, relpath: str, kind: str) -> ContentFile:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise YamlProblem(1, f"the file is larger than {MAX_FILE_BYTES // 1_000_000} MB; a record should be a few lines")
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            raise YamlProblem(line, "the file is not UTF-8 text: save it as UTF-8") from None
        entry = ContentFile(str(path), relpath, kind, text)
        entry.loaded = parse_yaml(text)
        return entry
    except YamlProblem as problem:
        return ContentFile(str(path), relpath, kind, "", problem=problem)


def is_record_relpath(relpath: str) -> bool:
    """True for 'events/2020/x.yml'-like paths: a record folder, no '..', no absolute path."""
    parts = relpath.split("/")
    folders = {cls.folder for cls in RECORD_TYPES.values()}
    return (len(parts) in (2, 3) and parts[0] in folders and relpath.endswith((".yml", ".yaml"))
            and all(part and part not in (".", "..") and "\\" not in part and not part.startswith(".") for part in parts))


# ---------------------------------------------------------------- one writer at a time

LOCK_NAME = ".lock"
_held_locks: dict[str, int] = {}  # lock path -> depth, so one process can nest its own lock


class LockBusy(YamlProblem):
    """Another process is writing content/."""


@contextlib.contextmanager
def content_lock(content_dir: Path) -> Iterator[None]:
    """Hold an exclusive lock on content/ (content/.lock, fcntl.flock) while writing.

    Non-blocking: a second chronology process fails at once with a clear message instead of
    interleaving its writes with the first. The lock belongs to the open file, so the kernel
    releases it when the process ends, even if it is killed: a stale lock file is harmless.
    Re-entrant within one process (build calls extract)."""
    content_dir.mkdir(parents=True, exist_ok=True)
    path = content_dir / LOCK_NAME
    key = str(path.resolve())
    if key in _held_locks:
        _held_locks[key] += 1
        try:
            yield
        finally:
            _held_locks[key] -= 1
        return
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                raise
            holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
            who = f"pid {holder}" if holder.isdigit() else "pid unknown"
            raise LockBusy(1, f"another chronology process ({who}) is writing {content_dir.name}/; wait for it to finish "
                              f"and run this again (if no such process is running, the lock is released already: just retry)") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        _held_locks[key] = 1
        try:
            yield
        finally:
            del _held_locks[key]
            os.ftruncate(fd, 0)
    finally:
        os.close(fd)  # closing the file releases the flock


# ---------------------------------------------------------------- the ledger

@dataclass
class LedgerEntry:
    sha256: str  # of the bytes extract last wrote
    key: str  # provenance key: what the record was generated from


class Ledger:
    """Remembers what extract wrote, so that human edits and deletions can be recognised."""

    def __init__(self, content_dir: Path):
        self.path = content_dir / LEDGER_NAME
        self.entries: dict[str, LedgerEntry] = {}
        self.articles: dict[str, str] = {}  # source id -> fingerprint of the inputs it was extracted from
        if self.path.exists():
            try:
                raw = json.loads(self.path.read_text(encoding="utf-8"))
                for relpath, entry in raw.get("records", {}).items():
                    self.entries[relpath] = LedgerEntry(str(entry["sha256"]), str(entry["key"]))
                self.articles = {str(k): str(v) for k, v in raw.get("articles", {}).items()}
            except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
                raise YamlProblem(1, f"{self.path.name} is damaged; restore it from git (git checkout -- {self.path.as_posix()})") from None
            for relpath in self.entries:
                if not is_record_relpath(relpath):
                    # extract deletes and rewrites the files the ledger names: a path outside the
                    # record folders (e.g. '../seeds/x.txt') must never reach unlink().
                    raise YamlProblem(1, f"{self.path.name} names '{relpath}', which is not a record file inside content/; "
                                         f"remove that entry (or restore the file from git: git checkout -- {self.path.as_posix()})")

    def owner(self, relpath: str, current_text: str | None) -> str:
        """'generator', 'human' or 'deleted' (a tombstone: the ledger knows it, the file is gone)."""
        entry = self.entries.get(relpath)
        if current_text is None:
            return "deleted" if entry else "absent"
        if entry and entry.sha256 == sha256_text(current_text):
            return "generator"
        return "human"

    def save(self) -> None:
        records = {k: {"sha256": v.sha256, "key": v.key} for k, v in sorted(self.entries.items())}
        text = json.dumps({"about": "Written by `chronology extract`; see CONTRIBUTING.md (Who owns a record).",
                           "articles": dict(sorted(self.articles.items())),
                           "records": records}, indent=1, ensure_ascii=False, sort_keys=False)
        atomic_write(self.path, text + "\n")


# ---------------------------------------------------------------- applying generated records

@dataclass
class ApplyReport:
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    kept_human: list[str] = field(default_factory=list)  # generated again, but a person owns the file
    kept_deleted: list[str] = field(default_factory=list)  # a person deleted it: not brought back
    removed: list[str] = field(default_factory=list)  # generated before, not any more, untouched since


def apply_generated(content_dir: Path, generated: list, rescanned_sources: dict[str, str]) -> ApplyReport:
    """Write what extract produced without ever overwriting, reviving or deleting a person's work.

    `generated` holds objects with .record and .key; `rescanned_sources` maps the source ids
    extracted this run to their input fingerprints: their old generated records that were not
    produced again are removed (if untouched), records of other sources are left as they are.
    """
    ledger = Ledger(content_dir)
    report = ApplyReport()
    path_of_key = {entry.key: relpath for relpath, entry in ledger.entries.items()}
    taken_ids = {(kind, Path(rel).stem) for _, rel, kind in iter_content_files(content_dir)}
    taken_ids |= {(_kind_of_key(e.key), Path(rel).stem) for rel, e in ledger.entries.items()}
    produced: set[str] = set()
    fresh = []
    for item in sorted(generated, key=lambda g: g.key):  # sorted: the same run writes the same bytes
        old = path_of_key.get(item.key)
        if old is None:
            fresh.append(item)
            continue
        current = _read_or_none(content_dir / old)
        owner = ledger.owner(old, current)
        if owner == "human":
            report.kept_human.append(old)
            produced.add(old)
            continue
        if owner == "deleted":
            report.kept_deleted.append(old)
            produced.add(old)
            continue
        item.record.id = Path(old).stem  # ids never change once written
        _write(content_dir, item, ledger, report, produced, replaces=old)
    # A generated record of a rescanned article that was not produced again is about to be
    # removed; a new record that would take its id (same kind, date and title: a quote that an
    # improved extractor cuts differently) takes it over, so the event keeps its address.
    for relpath, entry in ledger.entries.items():
        if relpath not in produced and _source_of_key(entry.key) in rescanned_sources \
                and ledger.owner(relpath, _read_or_none(content_dir / relpath)) == "generator":
            taken_ids.discard((_kind_of_key(entry.key), Path(relpath).stem))
    for item in fresh:
        kind = item.record.record_kind
        base, n = item.record.id, 2
        while (kind, item.record.id) in taken_ids:
            item.record.id, n = f"{base}-{n}", n + 1
        taken_ids.add((kind, item.record.id))
        _write(content_dir, item, ledger, report, produced, replaces=None)
    for relpath, entry in sorted(ledger.entries.items()):
        if relpath in produced or _source_of_key(entry.key) not in rescanned_sources:
            continue
        current = _read_or_none(content_dir / relpath)
        if ledger.owner(relpath, current) == "generator":
            (content_dir / relpath).unlink()
            del ledger.entries[relpath]
            report.removed.append(relpath)
    ledger.articles.update(rescanned_sources)
    if report.written:
        # One flush of every file written, before the ledger records them: waiting for the disk
        # after each of 150,000 files took minutes, and this keeps the same guarantee (a crash
        # leaves either the old ledger or records that are all on disk).
        os.sync()
    ledger.save()
    return report


def _write(content_dir: Path, item, ledger: Ledger, report: ApplyReport, produced: set[str], replaces: str | None) -> None:
    relpath = item.record.relpath()
    text = dump_record(item.record)
    current = _read_or_none(content_dir / relpath)
    if current is not None and current != text and ledger.owner(relpath, current) != "generator":
        # a person's file already sits where this record would go (e.g. an event whose date moved
        # it to a year folder where someone wrote a record with the same id): theirs stays, and
        # so does the generated file it would have replaced
        report.kept_human.append(relpath)
        produced.add(replaces or relpath)
        return
    if replaces and replaces != relpath:  # an event whose date moved it to another year folder
        (content_dir / replaces).unlink(missing_ok=True)
        del ledger.entries[replaces]
    if current == text:
        report.unchanged += 1
    else:
        atomic_write(content_dir / relpath, text, durable=False)  # made durable all at once, below
        report.written.append(relpath)
    ledger.entries[relpath] = LedgerEntry(sha256_text(text), item.key)
    produced.add(relpath)


def read_current(path: Path) -> str | None:
    """A content file's text as the ledger compares it: None if it does not exist, '' if it
    cannot be read as UTF-8 (certainly not what extract wrote, so a person owns it)."""
    return _read_or_none(path)


def _read_or_none(path: Path) -> str | None:
    try:
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        return ""  # unreadable: certainly not what extract wrote, so a person owns it


def _kind_of_key(key: str) -> str:
    return key.split(":", 1)[0]


def _source_of_key(key: str) -> str:
    """Keys are '<kind>:<source id>[:<digest>]'."""
    parts = key.split(":")
    return parts[1] if len(parts) > 1 else ""
