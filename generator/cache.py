"""A per-article cache for extraction: an unchanged article is not analysed again.

extract_project runs three steps per article (ingest, discover, extract) before the steps over
all articles (cross-article merge, apply). Each per-article step is a pure function of a few
inputs, so its result is kept under a key that digests all of them:

    ingest    the file's bytes, its name and path in the project
    discover  the analysed article and the gazetteers as they are in content/ (the base digest)
    extract   the analysed article, the gazetteers with the names discovery found (the full
              digest), and the text of the source record when a person owns it

and every key also holds EXTRACTOR_VERSION and a digest of the generator's own code, so a change
to any rule, in any module, redoes everything. The cache therefore never changes what is
written: a run with it writes content/ byte for byte as a run without it (tests/test_cache.py).

Entries live in <project>/.cache/chronology/<step>/<key>.pickle (ignored by git), beside
filecache.py's cache of content/. An entry that
cannot be read (truncated, corrupt, from another Python, not what it claims to be) is ignored
and computed again; entries are written to a temporary file and renamed into place, so a reader
never sees half of one. Unpickling only rebuilds the generator's own dataclasses and plain
containers, never arbitrary objects, so a planted entry cannot run code. Old entries are never
read again once their inputs change, so a run over all articles removes the entries it did not
use (prune); `rm -rf .cache/chronology` is always safe.
`chronology extract --no-cache` (extract_project(use_cache=False)) or CHRONOLOGY_NO_CACHE=1
neither reads nor writes it.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

from .filecache import CACHE_DIR, SafeUnpickler, code_digest

FORMAT = "1"  # the layout of an entry; bump when it changes
STEPS = ("ingest", "discover", "extract")


def key(step: str, *parts: str) -> str:
    """The key of one step's result: a digest of the step, the format, the code and the parts."""
    from .extract import EXTRACTOR_VERSION

    digest = hashlib.sha256()
    for part in (step, FORMAT, EXTRACTOR_VERSION, code_digest(), *parts):
        data = part.encode("utf-8")
        digest.update(len(data).to_bytes(8, "big") + data)  # unambiguous: lengths prefix the parts
    return digest.hexdigest()


class ArticleCache:
    """get/put of per-article results. With enabled=False it reads nothing and writes nothing."""

    def __init__(self, project: Path, enabled: bool = True):
        self.root = Path(project) / CACHE_DIR
        self.enabled = enabled and not os.environ.get("CHRONOLOGY_NO_CACHE")
        self.hits = {step: 0 for step in STEPS}
        self.misses = {step: 0 for step in STEPS}
        self.used: dict[str, set[str]] = {step: set() for step in STEPS}

    def _path(self, step: str, entry_key: str) -> Path:
        return self.root / step / f"{entry_key}.pickle"

    def get(self, step: str, entry_key: str | None) -> Any | None:
        """The value stored under the key, or None when there is none that can be read."""
        if not self.enabled or entry_key is None:
            return None
        self.used[step].add(entry_key)
        try:
            data = self._path(step, entry_key).read_bytes()
            stored_key, value = SafeUnpickler(io.BytesIO(data)).load()
        except Exception:  # missing, unreadable, corrupt, or planted: computed again
            value = None
        else:
            if stored_key != f"{step}:{entry_key}":
                value = None
        if value is None:
            self.misses[step] += 1
        else:
            self.hits[step] += 1
        return value

    def put(self, step: str, entry_key: str | None, value: Any) -> None:
        """Store value under the key, atomically. A cache that cannot be written is no error."""
        if not self.enabled or entry_key is None or value is None:
            return
        self.used[step].add(entry_key)
        path = self._path(step, entry_key)
        try:
            data = pickle.dumps((f"{step}:{entry_key}", value), protocol=pickle.HIGHEST_PROTOCOL)
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".pickle")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(data)
                os.replace(temporary, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
                raise
        except (OSError, pickle.PicklingError, TypeError, AttributeError, RecursionError):
            pass

    def prune(self) -> int:
        """Remove the entries of every step that this run did not use (their inputs changed, or
        their article is gone), and leftover temporary files. Call only after a run over all
        articles, with content/ locked. Returns how many files were removed."""
        if not self.enabled:
            return 0
        removed = 0
        for step in STEPS:
            folder = self.root / step
            try:
                names = os.listdir(folder)
            except OSError:
                continue
            for name in names:
                stale = name.startswith(".tmp-") or (name.endswith(".pickle") and name[:-len(".pickle")] not in self.used[step])
                if stale:
                    with contextlib.suppress(OSError):
                        os.unlink(folder / name)
                        removed += 1
        return removed


__all__ = ["ArticleCache", "CACHE_DIR", "code_digest", "key"]
