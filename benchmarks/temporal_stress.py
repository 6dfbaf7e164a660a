"""Time tag() on long, hostile texts: one long line, runs of capitalised names, numbers joined by
separators, wide white space. Each should take about as long per character as ordinary news
(a few seconds for 200 KB at most); a figure far above that is a quadratic path.

Usage:
    python benchmarks/temporal_stress.py [--size 40000]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from generator.temporal import _tag  # noqa: E402  (the uncached tagger)

WORDS = ("the of on in March May 2013 Friday night week weeks ago last next mid early late 10 3 p.m. "
         "GMT 0830 : - / , . the first second of this month year years day days hours").split()
NAMES = "The October War Vision 2030 Views: 2013 Tuesday Group"


def cases(n: int, rng: random.Random) -> dict[str, str]:
    return {
        "words, one line": " ".join(rng.choice(WORDS) for _ in range(n)),
        "words, wide spaces": "    ".join(rng.choice(WORDS) for _ in range(n)),
        "capitalised words": " ".join(rng.choice(WORDS).capitalize() for _ in range(n)),
        "names, one line": " ".join([NAMES] * (n // 10)),
        "numbers": " ".join(str(rng.randint(0, 3000)) for _ in range(n)),
        "years with dashes": "-".join(str(rng.randint(1900, 2030)) for _ in range(n)),
        "days with slashes": "/".join(str(rng.randint(1, 31)) for _ in range(n)),
        "clock-like colons": ":".join(str(rng.randint(0, 59)) for _ in range(n)),
        # each ambiguous one looks at the others for their order (read once per text, not per date)
        "numeric dates": " ".join(f"on {rng.randint(1, 28)}/{rng.randint(1, 12)}/20{rng.randint(10, 29)}"
                                  for _ in range(n // 3)),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=40000, help="tokens per text (default 40000, about 180 KB)")
    args = ap.parse_args(argv)
    for name, text in cases(args.size, random.Random(1)).items():
        t0 = time.process_time()
        found = _tag(text, "2013-03-22")
        seconds = time.process_time() - t0
        print(f"{name:20} {len(text) / 1000:7.0f} KB  {seconds:6.2f} s  "
              f"{1000 * seconds / len(text) * 3000:5.2f} ms per 3 KB  {len(found)} timexes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
