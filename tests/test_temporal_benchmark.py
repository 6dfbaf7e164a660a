"""Runs the TempEval-3 style benchmark on a few training documents (skipped when the data
folder ../shared/data/tempeval3-train is not present)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "tempeval3-train"


def _load_benchmark():
    spec = importlib.util.spec_from_file_location("temporal_eval", ROOT / "benchmarks" / "temporal_eval.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up while being created
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.skipif(not DATA.is_dir(), reason="TempEval-3 training data not available")
def test_value_f1_on_a_handful_of_documents():
    bench = _load_benchmark()
    paths = sorted((DATA / "TimeBank").glob("*.tml"))[:12] + sorted((DATA / "AQUAINT").glob("*.tml"))[:8]
    scores = bench.evaluate(paths)
    f = scores.figures()
    # measured on these 20 documents (floor = measured - margin)
    assert f["relaxed_F1"] > 0.90  # measured 0.96
    assert f["value_F1"] > 0.76  # measured 0.82


def test_gold_parsing_offsets(tmp_path):
    bench = _load_benchmark()
    tml = tmp_path / "x.tml"
    tml.write_text('<?xml version="1.0" ?><TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2020-06-06" '
                   'functionInDocument="CREATION_TIME">June 6</TIMEX3></DCT><TEXT>It rained '
                   '<TIMEX3 tid="t1" type="DATE" value="2020-06-05">yesterday</TIMEX3> &amp; '
                   '<TIMEX3 tid="t2" type="DATE" value="PRESENT_REF">now</TIMEX3>.</TEXT></TimeML>')
    doc = bench.load_document(tml)
    assert doc.dct == "2020-06-06"
    assert [(g.text, doc.text[g.start:g.end], g.value) for g in doc.gold] == [
        ("yesterday", "yesterday", "2020-06-05"), ("now", "now", "PRESENT_REF")]
    f = bench.evaluate([tml]).figures()
    assert f["value_F1"] == 1.0 and f["strict_F1"] == 1.0


def test_a_malformed_file_is_reported_and_the_others_still_scored(tmp_path, capsys):
    bench = _load_benchmark()
    (tmp_path / "bad.tml").write_text("<TimeML><TEXT>Q&A on <TIMEX3 tid='t1' type='DATE' "
                                      "value='2020-06-05'>Friday</TIMEX3></TEXT></TimeML>")
    (tmp_path / "good.tml").write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2020-06-06" functionInDocument="CREATION_TIME">'
        'x</TIMEX3></DCT><TEXT>It rained <TIMEX3 tid="t1" type="DATE" value="2020-06-05">yesterday'
        '</TIMEX3>.<TIMEX3 tid="t2" type="DATE" value="2020-06-06" anchorTimeID="t0"/></TEXT></TimeML>')
    assert bench.main([str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert f"{tmp_path / 'bad.tml'}:1:" in err and "not well-formed" in err and "left out" in err
    # the good file is scored; its non-consuming TIMEX3 has no text and is not a gold timex to find
    assert "documents: 1  gold timexes: 1  system timexes: 1" in out
    assert "value         accuracy 100.0" in out


def test_the_two_halves_split_a_folder_by_position(tmp_path, capsys):
    bench = _load_benchmark()
    for i, day in enumerate(("05", "04", "03")):
        (tmp_path / f"doc{i}.tml").write_text(
            '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2020-06-06" functionInDocument="CREATION_TIME">'
            f'x</TIMEX3></DCT><TEXT>It rained <TIMEX3 tid="t1" type="DATE" value="2020-06-{day}">yesterday'
            '</TIMEX3>.</TEXT></TimeML>')
    bench.main([str(tmp_path), "--half", "even"])  # doc0 and doc2: one right, one wrong
    assert "documents: 2  gold timexes: 2" in capsys.readouterr().out
    bench.main([str(tmp_path), "--half", "odd"])  # doc1 alone, wrong
    out = capsys.readouterr().out
    assert "documents: 1  gold timexes: 1" in out and "value         accuracy 0.0" in out
