"""How chronology scales: extract, validate, render and MkDocs on a synthetic corpus.

Usage:
    python benchmarks/scale.py --articles 1000 [--seed 1] [--workdir /tmp/scale-1000] [--workers N]
                               [--executor auto|serial|process|dask] [--code ROOT] [--no-score]

Makes a project of N synthetic articles (benchmarks/synth.py), then runs each stage in its own
Python process, so that the peak memory of a stage is that process's ru_maxrss (and its worker
processes'), and prints for each stage the wall time, the throughput and the peak memory:

  extract      extract_project on a fresh content/ (what the first `chronology build` does)
  build        a `chronology build` with nothing new to extract, stage by stage through the
               public functions: extract_project(changed_only=True), checked_content,
               render_project, run_mkdocs_build
  rebuild      the same after editing one event file: what a contributor waits for
  bare mkdocs  `mkdocs build` of the already-rendered build/docs with the chronology hook
               disabled: the floor any MkDocs site of these pages costs (with --search
               pagefind: MkDocs without its search plugin, then Pagefind on its pages, as the
               build does; Pagefind's time and peak memory are also printed apart)

then the pages, the site's size, the search index, the largest HTML page, the extraction score
against the corpus's gold, and a last, machine-readable line:

  articles=N events=N pages=N build_s=X extract_articles_per_s=X peak_mb=X ratio_vs_mkdocs=X ...

search_index_mb is what a browser loads to search: Material's whole index file, or with
--search pagefind the metadata and the largest chunk a query loads.

build_s is a fresh full build: extract, then loading the new content/ (check), validate, render
and MkDocs. ratio_vs_mkdocs is a `chronology build` in steady state (the rebuild after one edit:
caches warm) over the bare MkDocs build of the same pages; ratio_first is the first build after
a fresh extraction (content/ caches cold) over it, and ratio_fresh is build_s over it.

--code ROOT runs the generator found in ROOT (a checkout with generator/, schemas/,
site_templates/), e.g. a scratch copy with a proposed patch applied.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MB = 1024 * 1024


def _peaks_mb() -> tuple[float, float]:
    """Peak resident memory of this process, and of the largest of its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(own / 1024, 1), round(children / 1024, 1)


def _timed_pagefind(out: dict):
    """Wrap generator.build.run_pagefind so that its time is reported apart from MkDocs'."""
    import generator.build as build_module

    real = getattr(build_module, "run_pagefind", None)
    if real is None:
        return

    def timed(site_dir):
        started = time.perf_counter()
        real(site_dir)
        out["pagefind_s"] = out.get("pagefind_s", 0.0) + time.perf_counter() - started
        out["pagefind_peak_mb"] = _peaks_mb()[1]  # the last and largest child

    build_module.run_pagefind = timed


def _peak_mb() -> float:
    """Peak resident memory of this process and of its finished children (worker pools), in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, children) / 1024, 1)  # Linux reports KiB


# ---------------------------------------------------------------- stages (run in a child process)


def stage_extract(project: Path, options: dict) -> dict:
    from generator.extract import extract_project

    kwargs = {k: v for k, v in options.items() if v is not None and k in inspect.signature(extract_project).parameters}
    started = time.perf_counter()
    summary = extract_project(project, **kwargs)
    seconds = time.perf_counter() - started
    report = summary.report
    return {"seconds": seconds, "articles": summary.articles, "extracted": summary.extracted,
            "written": len(report.written) if report else 0, "parallel_options": kwargs, "peak_mb": _peak_mb()}


def stage_build(project: Path, options: dict) -> dict:
    """`chronology build` stage by stage (generator.build.build does exactly these calls)."""
    from generator.build import checked_content, render_project, run_mkdocs_build

    try:
        from generator.build import content_after  # what build() does; older code loads again
    except ImportError:
        content_after = None
    from generator.extract import extract_project

    kwargs = {k: v for k, v in options.items() if v is not None and k in inspect.signature(extract_project).parameters}
    out: dict = {}
    t0 = time.perf_counter()
    extracted = extract_project(project, changed_only=True, **kwargs)
    t1 = time.perf_counter()
    out["extract_check_s"], out["extracted"] = t1 - t0, extracted.extracted
    content = content_after(project, extracted) if content_after else checked_content(project)
    t2 = time.perf_counter()
    out["validate_s"], out["events"], out["sources"] = t2 - t1, len(content.events), len(content.sources)
    out["peak_after_validate_mb"] = _peak_mb()
    search = options.get("search") or "material"
    report = render_project(project, content, search)
    t3 = time.perf_counter()
    out["render_s"], out["pages"], out["written"] = t3 - t2, report.pages, report.written
    out["peak_after_render_mb"] = _peak_mb()
    out["before_mkdocs_s"] = t3 - t0
    _timed_pagefind(out)
    run_mkdocs_build(project, search=search)  # with pagefind: MkDocs, then Pagefind's indexing
    t4 = time.perf_counter()
    out["mkdocs_s"], out["total_s"], out["peak_mb"] = t4 - t3, t4 - t0, _peak_mb()
    out["peak_python_mb"] = _peaks_mb()[0]  # this process: load, render and MkDocs
    return out


def stage_bare(project: Path, options: dict) -> dict:
    """MkDocs alone on the rendered pages: the same mkdocs.yml without the chronology hook."""
    import yaml
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    from generator.build import _quiet_mkdocs_logging

    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    lines, skipping = [], False
    for line in text.splitlines():  # drop the `hooks:` block, keep everything else as written
        if line.startswith("hooks:"):
            skipping = True
            continue
        if skipping and (line.startswith(" ") or line.startswith("-") or not line.strip()):
            continue
        skipping = False
        lines.append(line)
    if options.get("search") == "pagefind":  # the same MkDocs work as the build: no search plugin
        lines = [line for line in lines if line.strip() not in ("- search", "- material/search")]
    config_path = project / "mkdocs-bare.yml"
    config_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert "hooks" not in (yaml.safe_load(config_path.read_text(encoding="utf-8")) or {})
    _quiet_mkdocs_logging()
    started = time.perf_counter()
    config = load_config(str(config_path), site_dir=str(project / "site-bare"))
    mkdocs_build(config)
    mkdocs_s = time.perf_counter() - started
    if options.get("search") == "pagefind":  # the same search index as the build's
        from generator.build import run_pagefind

        run_pagefind(project / "site-bare")
    return {"seconds": time.perf_counter() - started, "mkdocs_s": mkdocs_s, "peak_mb": _peak_mb()}


STAGES = {"extract": stage_extract, "build": stage_build, "bare": stage_bare}


def run_stage(name: str, project: Path, code: Path, options: dict) -> dict:
    """Run a stage in a fresh Python process (its own peak memory) and read its JSON result."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(code) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.setdefault("NO_MKDOCS_2_WARNING", "1")
    env.setdefault("DISABLE_MKDOCS_2_WARNING", "true")
    command = [sys.executable, str(Path(__file__).resolve()), "--stage", name, "--project", str(project),
               "--options", json.dumps(options)]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(f"stage {name} failed with exit code {done.returncode}")
    warnings = [line for line in done.stderr.splitlines() if line.strip()]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["process_wall_s"] = wall
    result["stderr_lines"] = len(warnings)
    return result


# ---------------------------------------------------------------- measurements of the output


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def largest(folder: Path, pattern: str) -> tuple[str, int]:
    best = ("", 0)
    for path in folder.rglob(pattern):
        size = path.stat().st_size
        if size > best[1]:
            best = (path.relative_to(folder).as_posix(), size)
    return best


def search_index_size(site: Path) -> tuple[int, str]:
    """What a reader's browser loads to search: Material's one file, or for Pagefind its entry
    and metadata plus the chunks (each query loads a few of them)."""
    material = site / "search" / "search_index.json"
    if material.exists():
        return material.stat().st_size, "one file, loaded whole"
    pagefind = site / "pagefind"
    if pagefind.is_dir():
        chunks = sorted(p.stat().st_size for p in (pagefind / "index").glob("*"))
        meta = sum(p.stat().st_size for p in pagefind.glob("*.pf_meta"))
        total = folder_bytes(pagefind)
        return meta + (chunks[-1] if chunks else 0), (f"Pagefind: {len(chunks)} chunks of at most {chunks[-1] / 1000:.0f} KB "
                                                      f"and {meta / 1000:.0f} KB of metadata loaded per query; "
                                                      f"{total / MB:.1f} MB in all with page fragments")
    return 0, "no search index"


def edit_one_event(project: Path) -> str:
    """Change the title of one event file, as a contributor fixing a typo would."""
    events = sorted((project / "content" / "events").rglob("*.yml"))
    target = events[len(events) // 2]
    text = target.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.startswith("title:") and not line.rstrip().endswith(("'", '"')):
            lines[i] = line.rstrip("\n") + " (edited)\n"
            break
    else:
        lines.append("# edited by the scale benchmark\n")
    target.write_text("".join(lines), encoding="utf-8")
    return target.relative_to(project).as_posix()


def human(seconds: float) -> str:
    return f"{seconds:8.2f} s"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path, help="where the project is made (default /tmp/chronology-scale-N)")
    parser.add_argument("--code", type=Path, default=REPO, help="checkout whose generator/ is measured")
    parser.add_argument("--workers", type=int)
    parser.add_argument("--executor", choices=["auto", "serial", "process", "dask"])
    parser.add_argument("--search", choices=["material", "pagefind"], default="material",
                        help="the site's search: Material's one-file index or Pagefind's chunked one")
    parser.add_argument("--no-score", action="store_true", help="skip scoring the extraction against gold")
    parser.add_argument("--reuse", action="store_true", help="keep an existing workdir's content/ (skip fresh extraction)")
    parser.add_argument("--stage", choices=sorted(STAGES), help=argparse.SUPPRESS)
    parser.add_argument("--project", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--options", default="{}", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.stage:  # child process: one stage, one JSON line on stdout
        result = STAGES[args.stage](args.project.resolve(), json.loads(args.options))
        print(json.dumps(result))
        return 0

    sys.path.insert(0, str(REPO / "benchmarks"))
    import synth

    code = args.code.resolve()
    project = (args.workdir or Path(f"/tmp/chronology-scale-{args.articles}")).resolve()
    options = {"workers": args.workers, "executor": args.executor, "search": args.search}
    print(f"chronology scale benchmark: {args.articles} articles, seed {args.seed}, code {code}, project {project}")
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")

    started = time.perf_counter()
    if not args.reuse and project.exists():
        shutil.rmtree(project)
    synth.make_project(project, code_root=code)
    golds = synth.write_corpus(project, args.articles, args.seed)
    corpus_bytes = folder_bytes(project / "seeds")
    print(f"{'synth':<12}{human(time.perf_counter() - started)}   {len(golds)} articles, "
          f"{corpus_bytes / len(golds) / 1000:.1f} KB each, {sum(len(g.events) for g in golds)} gold events")

    rows = {}
    if not args.reuse or not (project / "content" / "sources").exists():
        rows["extract"] = extract = run_stage("extract", project, code, options)
        per_s = extract["articles"] / extract["seconds"]
        print(f"{'extract':<12}{human(extract['seconds'])}   {per_s:7.1f} articles/s "
              f"({per_s / (os.cpu_count() or 1):.1f} per core), {extract['written']} files written, peak {extract['peak_mb']} MB")
    else:
        extract = {"seconds": float("nan"), "articles": len(golds), "peak_mb": 0.0}
        per_s = float("nan")

    rows["build"] = build = run_stage("build", project, code, options)
    print(f"{'build':<12}{human(build['total_s'])}   check {build['extract_check_s']:.2f} s, validate {build['validate_s']:.2f} s, "
          f"render {build['render_s']:.2f} s ({build['pages']} pages), mkdocs {build['mkdocs_s']:.2f} s"
          + (f" (of which pagefind {build['pagefind_s']:.2f} s, peak {build['pagefind_peak_mb']} MB)" if "pagefind_s" in build else "")
          + f", peak {build['peak_mb']} MB (Python process {build.get('peak_python_mb', '?')} MB)")
    site = project / "site"
    pages_md = sum(1 for _ in (project / "build" / "docs").rglob("*.md"))
    site_bytes = folder_bytes(site)
    search_bytes, search_note = search_index_size(site)
    big_name, big_bytes = largest(site, "*.html")

    edited = edit_one_event(project)
    rows["rebuild"] = rebuild = run_stage("build", project, code, options)
    print(f"{'rebuild':<12}{human(rebuild['total_s'])}   after editing {edited}: {rebuild['before_mkdocs_s']:.2f} s before MkDocs "
          f"(check {rebuild['extract_check_s']:.2f}, validate {rebuild['validate_s']:.2f}, render {rebuild['render_s']:.2f}, "
          f"{rebuild['written']} pages rewritten), mkdocs {rebuild['mkdocs_s']:.2f} s")

    rows["bare"] = bare = run_stage("bare", project, code, options)
    print(f"{'bare mkdocs':<12}{human(bare['seconds'])}   same pages, no chronology hook, peak {bare['peak_mb']} MB"
          + (f" (MkDocs {bare['mkdocs_s']:.2f} s, then Pagefind on its pages)" if args.search == "pagefind" else ""))

    build_s = extract["seconds"] + build["total_s"]
    ratio = rebuild["total_s"] / bare["seconds"]
    ratio_first = build["total_s"] / bare["seconds"]
    ratio_fresh = build_s / bare["seconds"]
    peak = max(extract["peak_mb"], build["peak_mb"], rebuild["peak_mb"])
    print(f"site: {pages_md} Markdown pages, {site_bytes / MB:.1f} MB; search index {search_bytes / MB:.2f} MB ({search_note}); "
          f"largest page {big_name} {big_bytes / 1000:.0f} KB")
    print(f"fresh build (extract + load + validate + render + mkdocs): {build_s:.1f} s; steady build / bare mkdocs = {ratio:.2f}; "
          f"first build after extraction / bare mkdocs = {ratio_first:.2f}; "
          f"fresh build / bare mkdocs = {ratio_fresh:.2f}")
    score = {}
    if not args.no_score:
        from dataclasses import asdict

        score = synth.score(project, [asdict(g) for g in golds])
        score.pop("wrong_date_examples", None)
        print("score: " + ", ".join(f"{k}={v}" for k, v in score.items()))
    (project / "scale-result.json").write_text(json.dumps({"rows": rows, "score": score}, indent=1), encoding="utf-8")
    print(f"articles={extract['articles']} events={build['events']} pages={pages_md} build_s={build_s:.1f} "
          f"extract_articles_per_s={per_s:.1f} peak_mb={peak:.0f} ratio_vs_mkdocs={ratio:.2f} ratio_first={ratio_first:.2f} "
          f"ratio_fresh={ratio_fresh:.2f} "
          f"rebuild_before_mkdocs_s={rebuild['before_mkdocs_s']:.2f} search_index_mb={search_bytes / MB:.2f} "
          f"largest_page_kb={big_bytes / 1000:.0f} site_mb={site_bytes / MB:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
