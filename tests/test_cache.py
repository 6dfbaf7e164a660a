"""generator/cache.py: an unchanged article is not analysed again, a changed one is, and the
cache never changes what extract writes."""

from __future__ import annotations

import os
import pickle
import shutil
import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

import synth  # noqa: E402

from generator import extract as extract_module  # noqa: E402
from generator.cache import CACHE_DIR, ArticleCache  # noqa: E402
from generator.extract import extract_project  # noqa: E402

SERIAL = {"executor": "serial"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    project = synth.make_project(tmp_path_factory.mktemp("cache") / "project")
    synth.write_corpus(project, 10, seed=7)
    return project


def _copy(project: Path, to: Path) -> Path:
    shutil.copytree(project, to, symlinks=True)
    return to


def _files(project: Path) -> dict[str, bytes]:
    """content/ as it is on disk, byte for byte (the lock file aside)."""
    root = project / "content"
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.name != ".lock"}


@pytest.fixture
def counted(monkeypatch) -> Counter:
    """How many times each article went through extract_article (the serial path calls it by
    name from generator.extract)."""
    calls: Counter = Counter()
    real = extract_module.extract_article

    def counting(article, *args, **kwargs):
        calls[article.file] += 1
        return real(article, *args, **kwargs)

    monkeypatch.setattr(extract_module, "extract_article", counting)
    return calls


def _edit_one(project: Path) -> str:
    path = sorted((project / "seeds").glob("*.txt"))[3]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(" killed ", " killed at least ", 1).replace(" the ", " the the ", 1) + "\n", encoding="utf-8")
    return f"seeds/{path.name}"


def test_cached_runs_write_what_an_uncached_run_writes(corpus, tmp_path, counted) -> None:
    plain = _copy(corpus, tmp_path / "plain")
    cached = _copy(corpus, tmp_path / "cached")
    extract_project(plain, use_cache=False, **SERIAL)
    assert not (plain / CACHE_DIR / "extract").exists()  # --no-cache writes nothing either
    first = extract_project(cached, **SERIAL)
    assert first.cache.misses["extract"] == 10 and first.cache.hits["extract"] == 0
    assert _files(cached) == _files(plain)

    counted.clear()
    second = extract_project(cached, **SERIAL)
    assert second.cache.hits == {"ingest": 10, "discover": 10, "extract": 10}
    assert not counted  # nothing analysed again
    assert second.report.written == [] and _files(cached) == _files(plain)

    # One article edited: only it is analysed again, and the output is still that of a run
    # without the cache.
    edited = _edit_one(plain)
    assert _edit_one(cached) == edited
    counted.clear()
    extract_project(plain, use_cache=False, **SERIAL)
    assert set(counted) == {f"seeds/{Path(p).name}" for p in (plain / "seeds").glob("*.txt")}  # all, uncached
    counted.clear()
    third = extract_project(cached, **SERIAL)
    assert third.cache.misses["ingest"] == 1 and third.cache.misses["discover"] == 1
    assert counted == Counter({edited: 1}), counted  # the others: same text, same gazetteers
    assert _files(cached) == _files(plain)


def test_a_changed_gazetteer_redoes_every_article(corpus, tmp_path, counted) -> None:
    project = _copy(corpus, tmp_path / "p")
    extract_project(project, **SERIAL)
    actor = sorted((project / "content" / "actors").glob("*.yml"))[0]
    actor.write_text(actor.read_text(encoding="utf-8").rstrip("\n") + "\nnotes: A note that changes the gazetteer.\n",
                     encoding="utf-8")
    counted.clear()
    summary = extract_project(project, **SERIAL)
    assert summary.cache.hits["ingest"] == 10 and summary.cache.misses["discover"] == 10
    assert len(counted) == 10


def test_a_corrupt_or_planted_entry_is_ignored(corpus, tmp_path, counted) -> None:
    plain = _copy(corpus, tmp_path / "plain")
    cached = _copy(corpus, tmp_path / "cached")
    extract_project(plain, use_cache=False, **SERIAL)
    extract_project(cached, **SERIAL)
    entries = {step: sorted((cached / CACHE_DIR / step).glob("*.pickle")) for step in ("ingest", "discover", "extract")}
    assert all(len(found) == 10 for found in entries.values())
    entries["extract"][0].write_bytes(entries["extract"][0].read_bytes()[:40])  # truncated
    entries["extract"][1].write_bytes(b"not a pickle at all")
    entries["ingest"][0].write_bytes(b"")

    class Planted:
        def __reduce__(self):
            return (os.mkdir, (str(tmp_path / "planted"),))

    entries["discover"][0].write_bytes(pickle.dumps((f"discover:{entries['discover'][0].stem}", Planted())))
    # an entry stored under another key is not taken for this one
    entries["extract"][2].write_bytes(entries["extract"][3].read_bytes())
    counted.clear()
    summary = extract_project(cached, **SERIAL)
    assert not (tmp_path / "planted").exists()
    assert summary.cache.misses == {"ingest": 1, "discover": 1, "extract": 3}
    assert sum(counted.values()) == 3
    assert _files(cached) == _files(plain)
    # the bad entries were written again, readable
    again = extract_project(cached, **SERIAL)
    assert again.cache.misses == {"ingest": 0, "discover": 0, "extract": 0}


def test_cache_get_put(tmp_path) -> None:
    cache = ArticleCache(tmp_path)
    assert cache.get("extract", "k") is None
    cache.put("extract", "k", {"a": [1, 2]})
    assert cache.get("extract", "k") == {"a": [1, 2]}
    assert cache.get("extract", "k") is not cache.get("extract", "k")  # a fresh copy each time
    assert not [p for p in (tmp_path / CACHE_DIR / "extract").iterdir() if p.name.startswith(".tmp")]
    assert ArticleCache(tmp_path, enabled=False).get("extract", "k") is None


def test_no_cache_option(corpus, tmp_path, monkeypatch) -> None:
    from click.testing import CliRunner

    from generator.cli import main

    project = _copy(corpus, tmp_path / "p")
    monkeypatch.setenv("CHRONOLOGY_WORKERS", "1")
    result = CliRunner().invoke(main, ["--project", str(project), "extract", "--no-cache"])
    assert result.exit_code == 0, result.output
    assert not (project / CACHE_DIR / "extract").exists()
    result = CliRunner().invoke(main, ["--project", str(project), "extract"])
    assert result.exit_code == 0, result.output
    assert len(list((project / CACHE_DIR / "extract").glob("*.pickle"))) == 10


def test_entries_no_run_uses_are_removed(corpus, tmp_path) -> None:
    project = _copy(corpus, tmp_path / "p")
    extract_project(project, **SERIAL)
    before = {step: set((project / CACHE_DIR / step).glob("*.pickle")) for step in ("ingest", "discover", "extract")}
    _edit_one(project)
    extract_project(project, **SERIAL)
    after = {step: set((project / CACHE_DIR / step).glob("*.pickle")) for step in ("ingest", "discover", "extract")}
    for step in before:
        assert len(after[step]) == 10  # one entry per article, the edited one's old entry gone
        assert len(after[step] - before[step]) >= 1


def test_a_build_with_nothing_new_does_not_analyse_any_article(tmp_path, monkeypatch):
    """The check that comes first in every `chronology build` compares fingerprints from the
    decoded texts alone; only a change sends it down the full path."""
    from conftest import SMALL_ARTICLE, make_project, run
    from generator import extract as extract_module

    project = make_project(tmp_path / "p", {"a.txt": SMALL_ARTICLE, "b.txt": SMALL_ARTICLE.replace("Saraqib", "Binnish")})
    assert run(project, "extract").exit_code == 0
    analysed = []
    real_ingest_many = __import__("generator.parallel", fromlist=["ingest_many"]).ingest_many
    monkeypatch.setattr("generator.parallel.ingest_many", lambda paths, *a, **k: analysed.extend(paths) or real_ingest_many(paths, *a, **k))
    summary = extract_module.extract_project(project, changed_only=True, use_cache=False)
    assert summary.unchanged_content is not None and summary.articles == 2 and analysed == []
    (project / "seeds" / "b.txt").write_text(SMALL_ARTICLE.replace("Saraqib", "Ariha"), encoding="utf-8")
    summary = extract_module.extract_project(project, changed_only=True, use_cache=False)
    assert summary.unchanged_content is None and summary.extracted == 2 and len(analysed) == 2
