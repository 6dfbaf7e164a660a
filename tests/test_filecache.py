"""Loading content/ reuses each file's checked result while the file is unchanged: a contributor
editing one file sees exactly what a full check would say, and a broken cache is never a problem."""

from __future__ import annotations

import os
import time
from pathlib import Path

from conftest import run
from generator.filecache import CACHE_DIR
from generator.validate import load_content


def _age(path: Path, seconds: float = 60) -> None:
    """Files just written are not cached (their mtime could repeat); age them like a real edit."""
    then = time.time() - seconds
    os.utime(path, (then, then))


def _extracted(project: Path) -> list[Path]:
    assert run(project, "extract").exit_code == 0
    files = sorted((project / "content").rglob("*.yml"))
    for file in files:
        _age(file)
    return files


def _as_text(content) -> tuple:
    return ([str(p) for p in content.problems], sorted(content.events), sorted(content.sources), sorted(content.places))


def test_a_second_load_gives_the_same_records_and_problems_from_the_cache(project):
    _extracted(project)
    first = load_content(project)
    assert (project / CACHE_DIR / "content.pickle").exists()
    second = load_content(project)
    assert _as_text(second) == _as_text(first)
    assert second.events == first.events


def test_an_edited_file_is_checked_again(project):
    files = _extracted(project)
    load_content(project)
    event_file = next(f for f in files if "/events/" in f.as_posix())
    event_file.write_text(event_file.read_text().replace("\ntype:", "\ntyp:"))
    _age(event_file, 30)
    problems = [str(p) for p in load_content(project).problems]
    assert any(event_file.name in p and "unknown field 'typ' (did you mean 'type'?)" in p for p in problems), problems


def test_an_edit_within_the_same_second_is_not_missed(project):
    """An edit that keeps the file's size, right after the cache was written, is still seen."""
    files = _extracted(project)
    event_file = next(f for f in files if "/events/" in f.as_posix())
    os.utime(event_file)  # modified just now
    load_content(project)
    text = event_file.read_text()
    title_at = text.index("\ntitle: ") + len("\ntitle: ")
    changed = text[:title_at] + ("Q" if text[title_at] != "Q" else "R") + text[title_at + 1:]
    event_file.write_text(changed)  # same size, same second
    titles = {e.title for e in load_content(project).events.values()}
    assert any(t.startswith(changed[title_at]) for t in titles), titles


def test_a_corrupt_cache_is_ignored_and_rebuilt(project):
    _extracted(project)
    expected = _as_text(load_content(project))
    cache_file = project / CACHE_DIR / "content.pickle"
    cache_file.write_bytes(b"\x80\x04not a pickle")
    assert _as_text(load_content(project)) == expected
    assert cache_file.read_bytes()[:2] != b"\x80\x04n", "rewritten"


def test_the_cache_can_be_turned_off(project, monkeypatch):
    _extracted(project)
    (project / CACHE_DIR / "content.pickle").unlink()  # extract made one
    monkeypatch.setenv("CHRONOLOGY_NO_CACHE", "1")
    load_content(project)
    assert not (project / CACHE_DIR / "content.pickle").exists()


def test_a_planted_cache_file_cannot_run_code(project, tmp_path):
    """The cache is a pickle: loading one that names anything but the generator's own records
    is refused (and the cache rebuilt), so a planted file cannot run code."""
    import pickle

    _extracted(project)
    expected = _as_text(load_content(project))
    marker = tmp_path / "ran"

    class Payload:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    (project / CACHE_DIR / "content.pickle").write_bytes(pickle.dumps(("any version", {"x": ((0, 0, 0), Payload())})))
    assert _as_text(load_content(project)) == expected
    assert not marker.exists()
