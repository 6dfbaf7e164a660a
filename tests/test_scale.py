"""The synthetic corpus of benchmarks/synth.py: deterministic, consistent with its gold, and
scored correctly. The benchmarks themselves run on demand (docs/performance.md), not here."""

from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import asdict
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

import synth  # noqa: E402

from conftest import run  # noqa: E402


@pytest.fixture(scope="module")
def gaz():
    return synth.load_gazetteers()


def test_same_seed_same_corpus_and_prefix_property(tmp_path: Path, gaz) -> None:
    a = synth.write_corpus(tmp_path / "a", 12, seed=7, gaz=gaz)
    b = synth.write_corpus(tmp_path / "b", 12, seed=7, gaz=gaz)
    c = synth.write_corpus(tmp_path / "c", 5, seed=7, gaz=gaz)
    d = synth.write_corpus(tmp_path / "d", 5, seed=8, gaz=gaz)
    files = lambda root: {p.name: p.read_bytes() for p in sorted((root / "seeds").iterdir())}  # noqa: E731
    assert files(tmp_path / "a") == files(tmp_path / "b")
    assert (tmp_path / "a" / "gold.jsonl").read_bytes() == (tmp_path / "b" / "gold.jsonl").read_bytes()
    assert [asdict(g) for g in a] == [asdict(g) for g in b]
    # Article i depends only on (seed, i): a smaller corpus is a prefix of a larger one.
    assert all(files(tmp_path / "c")[name] == files(tmp_path / "a")[name] for name in files(tmp_path / "c"))
    assert set(files(tmp_path / "d")).isdisjoint(files(tmp_path / "c"))


def test_articles_look_like_articles(tmp_path: Path, gaz) -> None:
    golds = synth.write_corpus(tmp_path, 30, seed=1, gaz=gaz)
    sizes = [len((tmp_path / g.file).read_bytes()) for g in golds]
    assert 2000 < sum(sizes) / len(sizes) < 4500  # about 3 KB
    assert any(g.published is None for g in golds) and any(g.published for g in golds)
    styles = {e.date_text.split()[0].lower() if e.date_text else None for g in golds for e in g.events}
    assert {None, "on", "in", "yesterday", "last", "between"} <= styles
    assert sum(g.distractors for g in golds) > 30
    texts = [(tmp_path / g.file).read_text(encoding="utf-8") for g in golds]
    assert any("Read " in t and " times" in t for t in texts)  # page chrome
    assert any("]\n" in t for t in texts)  # photo captions with credits


def test_gold_is_consistent_with_the_articles(tmp_path: Path, gaz) -> None:
    golds = synth.write_corpus(tmp_path, 40, seed=3, gaz=gaz)
    lines = [json.loads(line) for line in (tmp_path / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert lines == [json.loads(json.dumps(asdict(g))) for g in golds]
    known = {**{f"actor:{k}": v for k, v in gaz.actors.items()}, **{f"place:{k}": v for k, v in gaz.places.items()}}
    for gold in golds:
        text = (tmp_path / gold.file).read_text(encoding="utf-8")
        assert gold.source == synth.source_id(Path(gold.file).stem)
        assert gold.title in text
        if gold.published:
            assert gold.published_text in text.split("\n\n")[:6]
        keys = [(e.type, e.date) for e in gold.events]
        assert len(keys) == len(set(keys)), "one gold event per (type, date) in an article"
        for event in gold.events:
            assert event.quote in text
            if event.date_text:
                assert event.date_text.lower() in event.quote.lower()
            else:
                assert event.date is None
            if event.date:
                assert len(event.date) in (4, 7, 10)
                if gold.published and len(event.date) == 10:
                    assert event.date < gold.published  # news reports what already happened
                if not gold.published:  # no publication date: only absolute dates can be placed
                    assert event.date_text.startswith(("on ", "in ")) and any(ch.isdigit() for ch in event.date_text[-4:])
            if event.end_date:
                assert event.date < event.end_date
            for actor in event.actors:
                assert f"actor:{actor}" in known
                assert any(s.lower() in event.quote.lower() for s in known[f"actor:{actor}"].surfaces) or actor in synth.STATE_ADJ
            for place in event.places:
                if place in (synth.source_id(n) for n in event.new_places):
                    continue
                assert any(s.lower() in event.quote.lower() for s in known[f"place:{place}"].surfaces)


def test_weekday_dates_are_in_the_week_before_publication(gaz) -> None:
    for index in range(60):
        _, _, gold = synth.make_article(gaz, 11, index)
        for event in gold.events:
            if event.date_text and event.date_text.startswith("on ") and event.date_text[3:] in synth.WEEKDAYS:
                published = dt.date.fromisoformat(gold.published)
                day = dt.date.fromisoformat(event.date)
                assert 1 <= (published - day).days <= 6
                assert synth.WEEKDAYS[day.weekday()] == event.date_text[3:]


def _fake_event(source: str, type_: str, date, quote: str) -> dict:
    return {"id": "x", "type": type_, "date": date, "actors": [], "places": [], "sources": [{"source": source, "quote": quote}]}


def test_scorer_counts_precision_recall_and_wrong_dates(tmp_path: Path) -> None:
    gold = [{"source": "a", "published": "2020-06-06", "events": [
        {"type": "air-strike", "date": "2020-06-03", "quote": "Q1", "actors": ["russia"], "places": ["saraqib"]},
        {"type": "shelling", "date": "2020-05", "quote": "Q2", "actors": [], "places": []},
        {"type": "patrol", "date": None, "quote": "Q3", "actors": [], "places": []},
    ]}]
    events = tmp_path / "content" / "events"
    events.mkdir(parents=True)
    made = [_fake_event("a", "air-strike", "2020-06-03", "Q1"), _fake_event("a", "shelling", "2020-05-02", "Q2"),
            _fake_event("a", "statement", None, "Q4")]
    made[0]["actors"], made[0]["places"] = ["russia", "turkey"], ["saraqib"]
    for i, event in enumerate(made):
        (events / f"e{i}.yml").write_text(yaml.safe_dump(event), encoding="utf-8")
    result = synth.score(tmp_path, gold)
    assert result["gold_events"] == 3 and result["extracted_events"] == 3
    assert result["recall"] == round(1 / 3, 4)  # only the air strike, with its date
    assert result["precision"] == round(1 / 3, 4)
    assert result["typed_matches"] == 2 and result["wrong_dates"] == 1 and result["missing_dates"] == 0
    assert result["date_accuracy"] == 0.5
    assert result["actor_precision"] == 0.5 and result["actor_recall"] == 1.0
    assert result["wrong_date_examples"][0]["got"] == "2020-05-02"


def test_synthetic_project_extracts_and_scores(tmp_path: Path, gaz) -> None:
    """A ready project from the CLI: chronology extract runs on it and finds most gold events."""
    out = tmp_path / "corpus"
    assert synth.main(["--articles", "6", "--seed", "2", "--out", str(out), "--project"]) == 0
    assert (out / "mkdocs.yml").exists() and (out / "generator").is_symlink() and (out / "content" / "actors").is_dir()
    result = run(out, "extract")
    assert result.exit_code == 0, result.output
    score = synth.score(out)
    assert score["articles"] == 6 and score["gold_events"] > 20
    assert score["recall"] > 0.8 and score["precision"] > 0.7
    assert score["published_accuracy"] == 1.0
