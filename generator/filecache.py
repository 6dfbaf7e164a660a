"""Remember what was computed from a file until the file changes.

Loading content/ parses and schema-checks every YAML file, and checking quotes reads every
article: about a millisecond a file, every build. Most builds follow a small edit, so the result
for each file is kept in one pickle under .cache/ and reused while the file's size, modification
time and inode are the same. The cache only ever saves work: a missing, corrupt or outdated
cache file is ignored and rebuilt, and what is computed never depends on it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import pickle
import time
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

CACHE_DIR = Path(".cache") / "chronology"

# A file changed again within the same clock tick as it was cached would keep its old signature
# (the "racy git" problem), so a file modified this recently is recomputed rather than cached.
_RACY_SECONDS = 2.0


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of every Python file of the generator package and of the schemas: any change to
    them is a new cache version, so nothing computed by older code is ever reused."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted([*root.rglob("*.py"), *(root.parent / "schemas").glob("*.json")]):
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


# What a cache file may contain: the generator's dataclasses and exceptions, and plain values.
# Anything else (a function, a module, another class) makes the file unreadable, hence ignored:
# loading a planted cache file cannot run code.
_BUILTINS = {"list", "dict", "set", "frozenset", "tuple", "str", "int", "float", "bool", "bytes", "complex"}


class SafeUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        if module == "builtins" and name in _BUILTINS:
            return super().find_class(module, name)
        if module == "generator" or module.startswith("generator."):
            value = super().find_class(module, name)
            if isinstance(value, type) and (dataclasses.is_dataclass(value) or issubclass(value, Exception)):
                return value
        raise pickle.UnpicklingError(f"not allowed in a chronology cache: {module}.{name}")


def _stat(file: str | Path) -> os.stat_result | None:
    try:
        return os.stat(file)
    except OSError:
        return None


def _signature(stat: os.stat_result) -> tuple:
    """What tells that a file is the one a value was computed from."""
    return stat.st_size, stat.st_mtime_ns, stat.st_ino


class FileCache:
    """Values computed from files, keyed by a name (e.g. relpath) and the file's stat signature."""

    def __init__(self, path: Path, version: str, enabled: bool = True):
        self.path = path
        self.version = version
        self.enabled = enabled
        self._old: dict[str, tuple[tuple, Any]] = self._read() if enabled else {}
        self._new: dict[str, tuple[tuple, Any]] = {}
        self._stats: dict[str, os.stat_result | None] = {}  # taken by holds(), used by get_or_compute()
        self.hits = 0
        self.misses = 0

    def _read(self) -> dict:
        try:
            with open(self.path, "rb") as handle:
                version, entries = SafeUnpickler(handle).load()
            return entries if version == self.version and isinstance(entries, dict) else {}
        except Exception:  # missing, truncated, from another version of Python: start afresh
            return {}

    def holds(self, key: str, file: str | Path) -> bool:
        """Whether get_or_compute(key, file, ...) will take the value from the cache (the file's
        stat is kept for it, so asking first costs no second stat)."""
        stat = self._stats[key] = _stat(file)
        cached = self._old.get(key)
        return self.enabled and stat is not None and cached is not None and cached[0] == _signature(stat)

    def get_or_compute(self, key: str, file: str | Path, compute: Callable[[], Any]) -> Any:
        """compute() unless the value cached for key was computed from this very file."""
        stat = self._stats.pop(key) if key in self._stats else _stat(file)
        if stat is None:
            return compute()  # let compute() report the problem
        signature = _signature(stat)
        cached = self._old.get(key)
        if self.enabled and cached is not None and cached[0] == signature:
            self.hits += 1
            self._new[key] = cached
            return cached[1]
        self.misses += 1
        value = compute()
        if time.time() - stat.st_mtime_ns / 1e9 > _RACY_SECONDS:
            self._new[key] = (signature, value)
        return value

    def save(self) -> None:
        """Write what was used this run (entries of files gone are dropped); atomic, and a cache
        that cannot be written is simply not written."""
        if not self.enabled or (self.misses == 0 and self._new.keys() == self._old.keys()):
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
            with open(tmp, "wb") as handle:
                pickle.dump((self.version, self._new), handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.path)
        except OSError:
            pass
