"""generator/parallel.py: the same results as a serial run, byte for byte, whatever the
executor and the number of workers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

import synth  # noqa: E402

from generator import parallel  # noqa: E402
from generator.extract import _gazetteer_content, _with_discovered  # noqa: E402
from generator.parallel import ExtractJob, choose_executor, discover_many, extract_many, ingest_many  # noqa: E402
from generator.store import Ledger, dump_record  # noqa: E402
from generator.validate import load_content  # noqa: E402


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    project = synth.make_project(tmp_path_factory.mktemp("parallel") / "project")
    synth.write_corpus(project, 24, seed=5)
    (project / "seeds" / "empty.txt").write_text("   \n", encoding="utf-8")  # an ArticleProblem
    return project


def _inputs(project: Path):
    content = load_content(project, check_quotes=False)
    return content, _gazetteer_content(content, Ledger(project / "content"))


def _dump(results) -> list[str]:
    """What extract would write, as text: records of every result, in order."""
    out = []
    for result in results:
        for generated in result.generated():
            out.append(generated.key + "\n" + dump_record(generated.record))
    return out


def _dump_found(found) -> list[list[str]]:
    return [[f"{d.source}\n{dump_record(d.record)}" for d in items] for items in found]


def _run_all(project: Path, **options):
    content, gazetteer_content = _inputs(project)
    paths = sorted((project / "seeds").glob("*.txt"))
    ingested = ingest_many(paths, project, **options)
    articles = [a for a in ingested if not isinstance(a, Exception)]
    found = discover_many(articles, gazetteer_content, **options)
    discovered = {}
    for items in found:
        for item in items:
            discovered.setdefault((item.record.record_kind, item.record.id), item)
    full = _with_discovered(gazetteer_content, discovered.values())
    results = extract_many([ExtractJob(a) for a in articles], full, **options)
    return ingested, found, results


@pytest.fixture(scope="module")
def serial(corpus):
    return _run_all(corpus, executor="serial")


def test_choose_executor() -> None:
    assert choose_executor(3, workers=4, executor="auto") == ("serial", 4)
    assert choose_executor(1000, workers=2, executor="auto") == ("process", 2)
    assert choose_executor(1000, workers=1, executor="auto")[0] == "serial"
    assert choose_executor(20, workers=8, executor="process") == ("process", 2)  # no idle workers
    with pytest.raises(ValueError):
        choose_executor(10, executor="threads")


def test_environment_settings(monkeypatch) -> None:
    monkeypatch.setenv("CHRONOLOGY_WORKERS", "3")
    assert parallel.default_workers() == 3
    monkeypatch.setenv("CHRONOLOGY_EXECUTOR", "serial")
    assert choose_executor(1000)[0] == "serial"


def test_serial_results(serial) -> None:
    ingested, found, results = serial
    assert sum(isinstance(a, Exception) for a in ingested) == 1  # empty.txt, reported, not raised
    assert len(results) == 24 and all(r.events for r in results)


@pytest.mark.parametrize("workers", [2, 3])
def test_process_pool_equals_serial_byte_for_byte(corpus, serial, workers) -> None:
    ingested, found, results = _run_all(corpus, executor="process", workers=workers)
    s_ingested, s_found, s_results = serial
    assert [getattr(a, "sha256", str(a)) for a in ingested] == [getattr(a, "sha256", str(a)) for a in s_ingested]
    assert [a.sentences for a in ingested if not isinstance(a, Exception)] == \
        [a.sentences for a in s_ingested if not isinstance(a, Exception)]
    assert _dump_found(found) == _dump_found(s_found)
    assert _dump(results) == _dump(s_results)


def test_progress_is_called_in_input_order(corpus) -> None:
    calls = []
    paths = sorted((corpus / "seeds").glob("*.txt"))
    ingest_many(paths, corpus, executor="process", workers=2, progress=lambda i, n, name: calls.append((i, n, name)))
    assert calls == [(i, len(paths), p.name) for i, p in enumerate(paths)]


def test_extract_project_unchanged_when_run_serially(tmp_path: Path) -> None:
    """The public entry point still works on a synthetic project (whatever its executor)."""
    from generator.extract import extract_project

    project = synth.make_project(tmp_path / "p")
    synth.write_corpus(project, 3, seed=9)
    summary = extract_project(project)
    assert summary.articles == 3 and summary.report and summary.report.written


def test_dask_executor_equals_local(corpus, serial) -> None:
    import distributed  # noqa: F401  (in the test extras: a missing install must fail, not skip)
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        _, found, results = _run_all(corpus, executor="dask", workers=2, address=client)
    _, s_found, s_results = serial
    assert _dump_found(found) == _dump_found(s_found)
    assert _dump(results) == _dump(s_results)


# ---------------------------------------------------------------- the fast paths, same results

def _find_by_trying_every_span(gazetteer, text: str) -> list:
    """Gazetteer.find as it was first written: every span of up to MAX_NAME_TOKENS tokens at
    every token, longest first, looked up one by one."""
    from generator.resolve import _TOKEN, MAX_NAME_TOKENS, Mention, fold

    tokens = []
    for m in _TOKEN.finditer(text):
        tokens.append((m.start(), m.end() - 2 if m.group().endswith(("’s", "'s")) else m.end()))
    mentions, i = [], 0
    while i < len(tokens):
        found = None
        for n in range(min(MAX_NAME_TOKENS, len(tokens) - i), 0, -1):
            surface = text[tokens[i][0]:tokens[i + n - 1][1]]
            if "\n" in surface or (n > 1 and fold(surface).startswith("the ")):
                continue
            entry = gazetteer._lookup(surface)
            if entry:
                found = (n, Mention(tokens[i][0], tokens[i + n - 1][1], surface, entry.kind, entry.id, entry.proper))
                break
        if found:
            mentions.append(found[1])
            i += found[0]
        else:
            i += 1
    return mentions


def test_gazetteer_find_equals_trying_every_span(corpus) -> None:
    """find looks up only the spans that can name something (resolve.Gazetteer._candidates):
    the mentions are those found by looking up every span, on the corpus and on random text
    made of names spelt every which way."""
    import random

    from generator.resolve import Gazetteer

    content, gazetteer_content = _inputs(corpus)
    gazetteer = Gazetteer(gazetteer_content)
    for path in sorted((corpus / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert gazetteer.find(text) == _find_by_trying_every_span(gazetteer, text)
    names = sorted(n for kind in ("actor", "place", "agreement") for r in gazetteer_content.by_kind(kind).values()
                   for n in [r.name, *r.aliases])
    words = ["the", "The", "of", "forces", "in", "and", "on", "said", "regime", "town", "near", "al-", "(", ")", "“", "”",
             "’s", "'s", "killed", ",", ".", "\n", "M4", "2019", "Ma'arrat", "é", "Jisr"]
    spellings = [lambda s: s, str.upper, str.lower, lambda s: s.replace("i", "ee"), lambda s: s.replace("u", "ou"),
                 lambda s: s.replace("sh", "ch"), lambda s: s.replace("a", "á"), lambda s: "the " + s,
                 lambda s: s + "’s", lambda s: "al-" + s, lambda s: s.replace(" ", "-"), lambda s: s.replace("-", " ")]
    rnd = random.Random(11)
    for _ in range(1500):
        parts = [rnd.choice(spellings)(rnd.choice(names)) if rnd.random() < 0.4 else rnd.choice(words)
                 for _ in range(rnd.randint(1, 20))]
        text = rnd.choice([" ", "  ", ", ", "-"]).join(parts)
        assert gazetteer.find(text) == _find_by_trying_every_span(gazetteer, text), text
        start = rnd.randrange(len(text))
        sub = gazetteer.find(text, start, len(text))
        assert [(m.start - start, m.end - start) for m in sub] == \
            [(m.start, m.end) for m in _find_by_trying_every_span(gazetteer, text[start:])]


def test_the_command_runs_extraction_on_a_dask_cluster_with_the_same_result(tmp_path) -> None:
    """`chronology extract --executor dask` (a local cluster here; --dask-address for a real one)
    writes exactly what the default run writes."""
    import distributed  # noqa: F401

    from conftest import SMALL_ARTICLE, make_project, run, snapshot

    seeds = {f"r{i}.txt": SMALL_ARTICLE.replace("6 June 2020", f"{i + 3} June 2020") for i in range(4)}
    local = make_project(tmp_path / "local", seeds)
    assert run(local, "extract", "--no-cache").exit_code == 0
    on_dask = make_project(tmp_path / "dask", seeds)
    result = run(on_dask, "extract", "--no-cache", "--executor", "dask", "--workers", "2")
    assert result.exit_code == 0, result.output
    strip = lambda files: {k: v for k, v in files.items() if not k.startswith(".lock")}  # noqa: E731
    assert strip(snapshot(on_dask / "content")) == strip(snapshot(local / "content"))


def test_a_bad_parallel_setting_is_a_clear_error(project, monkeypatch) -> None:
    from conftest import run

    monkeypatch.setenv("CHRONOLOGY_WORKERS", "many")
    result = run(project, "extract")
    assert result.exit_code == 1
    assert "CHRONOLOGY_WORKERS='many' is not a number" in result.output and "Traceback" not in result.output


def test_content_checked_over_the_cores_is_the_same_as_one_by_one(tmp_path: Path, monkeypatch) -> None:
    """The first load after a large extraction checks its files in a pool: same records, same
    problems, as checking them in this process."""
    import generator.validate as validate
    from generator.extract import extract_project

    project = synth.make_project(tmp_path / "p")
    synth.write_corpus(project, 12, seed=3)
    extract_project(project, executor="serial")
    broken = next((project / "content" / "events").rglob("*.yml"))
    broken.write_text(broken.read_text(encoding="utf-8").replace("type:", "typ:"), encoding="utf-8")
    monkeypatch.setenv("CHRONOLOGY_NO_CACHE", "1")

    def loaded(min_files: int):
        monkeypatch.setattr(validate, "PARALLEL_CHECK_MIN_FILES", min_files)
        calls = []
        real = parallel.check_many
        monkeypatch.setattr(parallel, "check_many", lambda files, **o: calls.append(len(files)) or real(files, workers=2))
        content = load_content(project)
        return calls, {k: dump_record(r) for k, r in sorted(content.files.items()) for r in [content.by_kind(k[0])[k[1]]]}, \
            [str(p) for p in content.problems]

    pooled_calls, pooled, pooled_problems = loaded(1)
    serial_calls, one_by_one, serial_problems = loaded(10**9)
    assert pooled_calls and not serial_calls  # the pool was used, then not
    assert pooled == one_by_one and len(pooled) > 50
    assert pooled_problems == serial_problems and any("typ" in p for p in pooled_problems)
