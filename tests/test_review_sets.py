"""The review sets in benchmarks/review/ stay usable: each has articles and its gold, and the
runner extracts a set into lines a reviewer reads against that gold."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SETS = sorted(p for p in (ROOT / "benchmarks" / "review").iterdir() if p.is_dir())


def _runner():
    spec = importlib.util.spec_from_file_location("review", ROOT / "benchmarks" / "review.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("review_set", SETS, ids=[p.name for p in SETS])
def test_every_review_set_has_articles_and_gold_written_for_them(review_set):
    articles = sorted(review_set.glob("*.txt"))
    gold = list(review_set.glob("GOLD.md")) + list(review_set.glob("gold.md")) + list(review_set.glob("*.gold"))
    assert articles and gold, f"{review_set.name}: articles and their gold belong together"
    gold_text = " ".join(g.read_text(encoding="utf-8") for g in gold)
    # the gold names every article (by its file name), or the article has a gold file of its own
    for article in articles:
        stem = article.stem
        assert article.with_suffix(".gold").exists() or stem in gold_text or stem.replace("_", "-") in gold_text or stem.split("_")[0] in gold_text, \
            f"{review_set.name}: no gold for {article.name}"


def test_the_runner_prints_one_line_per_event_with_its_source_date_and_type(tmp_path):
    lines = _runner().extract(ROOT / "benchmarks" / "review" / "m1", ROOT, tmp_path / "project")
    sudan = [line for line in lines if line.startswith("m1a-sudan-un-briefing |")]
    # the gold's required shelling of 10 June 2024 in El Fasher, with its 4 dead
    assert "m1a-sudan-un-briefing | 2024-06-10 | shelling | rapid-support-forces | el-fasher | 4" in sudan
    # no event of the seeds: the project holds the gazetteers only
    assert not any(line.startswith("000-") for line in lines)
