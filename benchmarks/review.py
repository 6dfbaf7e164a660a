"""Extract a review set and print one line per event, to read against the set's gold.

Usage:
    python benchmarks/review.py benchmarks/review/m1 [--code ROOT] [--project DIR]
    python benchmarks/review.py benchmarks/review/m1 --code /tmp/other-checkout > after.txt

A review set (benchmarks/review/<set>/) is a handful of news articles of our own (*.txt) with
their gold written before the first run: GOLD.md (or gold.md, or one *.gold per article) lists
each article's publication date, the events it must yield (R) or may yield (O) with type, date,
actors, places and fatalities, and what must NOT become an event or must not get a given date.
The gold is prose for a reader, so this prints what the extraction made and a person compares:

    source | date (or None; a range as start..end) | type | actors | places | fatalities

Run it with two code trees (--code) and diff the outputs to see what a change does to every set.
The project is a copy of the code tree's content/ (its gazetteers) with the set's articles as
seeds, extracted without cache; it is left in --project (default: a temporary folder) to read the
events' date_reason and quotes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
_NOT_COPIED = shutil.ignore_patterns(".git", "site", "build", ".cache", ".venv", "benchmarks", "tests", "seeds")


def extract(review_set: Path, code: Path, project: Path) -> list[str]:
    if project.exists():
        shutil.rmtree(project)
    shutil.copytree(code, project, ignore=_NOT_COPIED)
    # the gazetteers stay (actors, places, agreements); the seeds' events and sources go
    for generated in ("events", "sources"):
        shutil.rmtree(project / "content" / generated, ignore_errors=True)
    (project / "content" / ".ledger.json").unlink(missing_ok=True)
    (project / "seeds").mkdir()
    for article in sorted(review_set.glob("*.txt")):
        shutil.copy(article, project / "seeds" / article.name)
    env = {**os.environ, "PYTHONPATH": str(code)}
    run = subprocess.run([sys.executable, "-c", "from generator.cli import main; main()",
                          "--project", str(project), "extract", "--no-cache"],
                         env=env, capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit(f"extraction failed:\n{run.stderr[-2000:]}")
    rows = []
    for path in sorted((project / "content" / "events").rglob("*.yml")):
        event = yaml.safe_load(path.read_text(encoding="utf-8"))
        deaths = (event.get("fatalities") or {}).get("count")
        for quote in event.get("sources") or [{"source": "?"}]:
            when = f"{event.get('date')}..{event['end_date']}" if event.get("end_date") else str(event.get("date"))
            rows.append(" | ".join([quote["source"], when, event["type"],
                                    ",".join(event.get("actors") or []), ",".join(event.get("places") or []),
                                    "" if deaths is None else str(deaths)]))
    return sorted(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("review_set", type=Path, help="a folder of articles (*.txt) with its gold")
    ap.add_argument("--code", type=Path, default=ROOT, help="the checkout whose code extracts (default: this one)")
    ap.add_argument("--project", type=Path, help="where to build the project (default: a temporary folder)")
    args = ap.parse_args(argv)
    if not any(args.review_set.glob("*.txt")):
        print(f"{args.review_set}: no articles (*.txt) here", file=sys.stderr)
        return 2
    project = args.project or Path(tempfile.mkdtemp(prefix="review-")) / "project"
    for row in extract(args.review_set, args.code.resolve(), project):
        print(row)
    print(f"(project left in {project})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
