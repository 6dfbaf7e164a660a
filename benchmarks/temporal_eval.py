"""Score the temporal engine on TimeML (.tml) files the way the TempEval-3 scorer does.

Usage:
    python benchmarks/temporal_eval.py ../shared/data/tempeval3-train [--errors N] [--category]

PATH may be a directory (searched recursively for *.tml) or a single .tml file.

For every document the <TEXT> content is turned into plain text (tags removed, entities
decoded) and the gold TIMEX3 offsets are recorded in that text. The document creation time
(the TIMEX3 with functionInDocument="CREATION_TIME") is passed as the DCT to
``generator.temporal.tag`` -- the same function that backs ``chronology dates``.

Scoring follows the TempEval-3 timex scorer:
  * system and gold timexes are matched one-to-one by overlap (relaxed match);
  * strict span: the offsets are identical;
  * relaxed span P/R/F1: any overlap;
  * type F1 / value F1: attribute accuracy over the relaxed matches x relaxed F1
    (so value F1 = correct values / matches * relaxed F1);
  * the DCT itself is not scored; figures are micro-averaged over all documents.
"""

from __future__ import annotations

import argparse
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from generator.temporal import _tag_cached, tag  # noqa: E402


@dataclass
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None


@dataclass
class Document:
    name: str
    text: str
    dct: str | None
    gold: list[GoldTimex]


def _plain_text(elem: ET.Element) -> tuple[str, list[GoldTimex]]:
    """Plain text of an element with the offsets of the TIMEX3 elements inside it."""
    parts: list[str] = []
    gold: list[GoldTimex] = []
    length = 0

    def walk(e: ET.Element) -> None:
        nonlocal length
        start = length
        if e.text:
            parts.append(e.text)
            length += len(e.text)
        for child in e:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                length += len(child.tail)
        if e.tag == "TIMEX3":
            gold.append(GoldTimex(start, length, "".join(parts)[start:length],
                                  e.get("type", ""), e.get("value", ""), e.get("mod")))

    walk(elem)
    text = "".join(parts)
    for g in gold:
        g.text = text[g.start:g.end]
    return text, gold


def load_document(path: Path) -> Document:
    root = ET.parse(path).getroot()
    dct = None
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            dct = (t.get("value") or "")[:10] or None
            break
    text_elem = root.find("TEXT")
    if text_elem is None:
        return Document(path.name, "", dct, [])
    text, gold = _plain_text(text_elem)
    # A non-consuming TIMEX3 (<TIMEX3 .../>, an implicit time) has no text to find.
    gold = [g for g in gold if g.type and g.end > g.start]
    return Document(path.name, text, dct, gold)


def find_documents(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(path.rglob("*.tml"))


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def match(system: list, gold: list[GoldTimex]) -> list[tuple[object, GoldTimex]]:
    """One-to-one overlap matching: each gold timex pairs with at most one system timex.

    Exact-span pairs are taken first, then the largest overlaps."""
    candidates = []
    for i, s in enumerate(system):
        for j, g in enumerate(gold):
            if _overlap(s.start, s.end, g.start, g.end):
                exact = s.start == g.start and s.end == g.end
                ov = min(s.end, g.end) - max(s.start, g.start)
                candidates.append((not exact, -ov, i, j))
    candidates.sort()
    used_s: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, _, i, j in candidates:
        if i in used_s or j in used_g:
            continue
        used_s.add(i)
        used_g.add(j)
        pairs.append((system[i], gold[j]))
    return pairs


def _prf(tp: float, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class Scores:
    n_sys: int = 0
    n_gold: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    seconds: float = 0.0
    n_docs: int = 0
    n_chars: int = 0

    def figures(self) -> dict[str, float]:
        sp, sr, sf = _prf(self.strict, self.n_sys, self.n_gold)
        rp, rr, rf = _prf(self.relaxed, self.n_sys, self.n_gold)
        type_acc = self.type_ok / self.relaxed if self.relaxed else 0.0
        value_acc = self.value_ok / self.relaxed if self.relaxed else 0.0
        return {
            "strict_P": sp, "strict_R": sr, "strict_F1": sf,
            "relaxed_P": rp, "relaxed_R": rr, "relaxed_F1": rf,
            "type_accuracy": type_acc, "type_F1": type_acc * rf,
            "value_accuracy": value_acc, "value_F1": value_acc * rf,
            "value_P": value_acc * rp, "value_R": value_acc * rr,
        }


def load_documents(paths: list[Path]) -> tuple[list[Document], list[str]]:
    """The documents that parse, and a `file:line:column: problem` line for each that does not."""
    docs, problems = [], []
    for p in paths:
        try:
            docs.append(load_document(p))
        except ET.ParseError as e:
            line, column = e.position
            problems.append(f"{p}:{line}:{column}: {e.msg.split(':')[0]}; "
                            "the file is left out of the scores: escape & and < in its text")
        except (OSError, UnicodeDecodeError) as e:
            problems.append(f"{p}: cannot be read ({e}); the file is left out of the scores")
    return docs, problems


def evaluate(paths: list[Path], errors: list | None = None,
             problems: list[str] | None = None) -> Scores:
    """Tag every document and accumulate TempEval-3 counts. ``errors`` collects
    (kind, doc, dct, text, system, gold, context) tuples when given; ``problems`` the files
    left out because they do not parse."""
    sc = Scores()
    docs, unreadable = load_documents(paths)
    if problems is not None:
        problems.extend(unreadable)
    _tag_cached.cache_clear()  # time the tagging itself, not tag()'s memory of earlier calls
    t0 = time.perf_counter()
    outputs = [tag(d.text, d.dct) for d in docs]
    sc.seconds = time.perf_counter() - t0
    sc.n_docs = len(docs)
    sc.n_chars = sum(len(d.text) for d in docs)
    for d, system in zip(docs, outputs):
        sc.n_sys += len(system)
        sc.n_gold += len(d.gold)
        pairs = match(system, d.gold)
        sc.relaxed += len(pairs)
        matched_s = {id(s) for s, _ in pairs}
        matched_g = {id(g) for _, g in pairs}
        for s, g in pairs:
            strict = s.start == g.start and s.end == g.end
            sc.strict += strict
            sc.type_ok += s.type == g.type
            sc.value_ok += s.value == g.value
            if errors is not None:
                ctx = d.text[max(0, g.start - 60):g.end + 40].replace("\n", " ")
                if s.value != g.value:
                    errors.append(("value", d.name, d.dct, s.text, f"{s.type} {s.value} [{s.rule}]",
                                   f"{g.type} {g.value} '{g.text}'", ctx))
                elif not strict:
                    errors.append(("span", d.name, d.dct, s.text, f"{s.type} {s.value} [{s.rule}]",
                                   f"'{g.text}'", ctx))
        if errors is not None:
            for s in system:
                if id(s) not in matched_s:
                    ctx = d.text[max(0, s.start - 60):s.end + 40].replace("\n", " ")
                    errors.append(("false_positive", d.name, d.dct, s.text,
                                   f"{s.type} {s.value} [{s.rule}]", "-", ctx))
            for g in d.gold:
                if id(g) not in matched_g:
                    ctx = d.text[max(0, g.start - 60):g.end + 40].replace("\n", " ")
                    errors.append(("missed", d.name, d.dct, g.text, "-",
                                   f"{g.type} {g.value}", ctx))
    return sc


def speed(folder: Path, rounds: int = 3) -> int:
    """Time tag() on the plain-text articles in folder (no cache): ms per article and per 3 KB."""
    from generator.temporal import _tag
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.glob("*.txt"))]
    if not texts:
        print(f"no .txt files in {folder}", file=sys.stderr)
        return 2
    best = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        for t in texts:
            _tag(t, "2021-01-17")
        best = min(best, time.process_time() - t0)
    chars = sum(len(t) for t in texts)
    print(f"articles: {len(texts)}  mean length: {chars / len(texts):.0f} characters")
    print(f"tag(): {1000 * best / len(texts):.2f} ms per article, "
          f"{1000 * best / chars * 3000:.2f} ms per 3 KB (CPU time, best of {rounds} rounds)")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", type=Path, help="a .tml file or a directory of them")
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="list up to N mistakes (value errors, misses, false positives, spans)")
    ap.add_argument("--kind", default="value,missed,false_positive",
                    help="comma-separated mistake kinds to list with --errors "
                         "(value, missed, false_positive, span)")
    ap.add_argument("--half", choices=("even", "odd"),
                    help="score only the files at even (1st, 3rd, ...) or odd positions of the sorted list: "
                         "AQUAINT's even half is development data, its odd half stays unread (docs/temporal.md)")
    ap.add_argument("--speed", action="store_true",
                    help="PATH is a folder of plain-text articles (*.txt): time tag() on each of "
                         "them (DCT 2021-01-17, three rounds) instead of scoring")
    args = ap.parse_args(argv)
    if args.speed:
        return speed(args.path)
    paths = find_documents(args.path)
    if args.half:
        paths = paths[0 if args.half == "even" else 1::2]
    if not paths:
        print(f"no .tml files under {args.path}", file=sys.stderr)
        return 2
    errors: list | None = [] if args.errors else None
    problems: list[str] = []
    sc = evaluate(paths, errors, problems)
    for line in problems:
        print(line, file=sys.stderr)
    f = sc.figures()
    print(f"documents: {sc.n_docs}  gold timexes: {sc.n_gold}  system timexes: {sc.n_sys}")
    print(f"strict span   P {100*f['strict_P']:.1f}  R {100*f['strict_R']:.1f}  F1 {100*f['strict_F1']:.1f}")
    print(f"relaxed span  P {100*f['relaxed_P']:.1f}  R {100*f['relaxed_R']:.1f}  F1 {100*f['relaxed_F1']:.1f}")
    print(f"type          accuracy {100*f['type_accuracy']:.1f}  F1 {100*f['type_F1']:.1f}")
    print(f"value         accuracy {100*f['value_accuracy']:.1f}  P {100*f['value_P']:.1f}"
          f"  R {100*f['value_R']:.1f}  F1 {100*f['value_F1']:.1f}")
    per_3kb = 1000 * sc.seconds / max(1, sc.n_chars) * 3000
    print(f"time: {sc.seconds:.2f} s for tagging ({per_3kb:.1f} ms per 3 KB of text)")
    if errors:
        kinds = set(args.kind.split(","))
        shown = [e for e in errors if e[0] in kinds]
        print(f"\n{len(shown)} mistakes of kinds {sorted(kinds)} "
              f"(counts: {dict(Counter(e[0] for e in errors))}); first {args.errors}:")
        for kind, doc, dct, text, sysv, goldv, ctx in shown[: args.errors]:
            print(f"[{kind}] {doc} dct={dct} '{text}': sys {sysv} | gold {goldv}\n    ...{ctx}...")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
