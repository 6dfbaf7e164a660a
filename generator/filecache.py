"""Remember what was computed from a file until the file changes.

Loading content/ parses and schema-checks every YAML file, and checking quotes reads every
article: about a millisecond a file, every build. Most builds follow a small edit, so the result
for each file is kept in one pickle under .cache/ and reused while the file's size, modification
time and inode are the same. The cache only ever saves work: a missing, corrupt or outdated
cache file is ignored and rebuilt, and what is computed never depends on it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import time
from pathlib import Path
from typing import Any, Callable

CACHE_DIR = Path(".cache") / "chronology"

# A file changed again within the same clock tick as it was cached would keep its old signature
# (the "racy git" problem), so a file modified this recently is recomputed rather than cached.
_RACY_SECONDS = 2.0


def code_digest(*files: Path) -> str:
    """A digest of the code and schemas a cached result depends on: change them, lose the cache."""
    digest = hashlib.sha256()
    for file in files:
        digest.update(file.name.encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


class FileCache:
    """Values computed from files, keyed by a name (e.g. relpath) and the file's stat signature."""

    def __init__(self, path: Path, version: str, enabled: bool = True):
        self.path = path
        self.version = version
        self.enabled = enabled
        self._old: dict[str, tuple[tuple, Any]] = self._read() if enabled else {}
        self._new: dict[str, tuple[tuple, Any]] = {}
        self.hits = 0
        self.misses = 0

    def _read(self) -> dict:
        try:
            with open(self.path, "rb") as handle:
                version, entries = pickle.load(handle)
            return entries if version == self.version and isinstance(entries, dict) else {}
        except Exception:  # missing, truncated, from another version of Python: start afresh
            return {}

    def get_or_compute(self, key: str, file: str | Path, compute: Callable[[], Any]) -> Any:
        """compute() unless the value cached for key was computed from this very file."""
        try:
            stat = os.stat(file)
            signature = (stat.st_size, stat.st_mtime_ns, stat.st_ino)
        except OSError:
            return compute()  # let compute() report the problem
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
