"""Issue 7, no data loss: random sequences of what people and the generator do to one project —
extract, edit a record, delete a record, rename (move) a record file with its id, add, change
or remove an article — never lose a person's change, and extraction stays deterministic.

The model keeps, for every file a person touched, the bytes it must still have (or None: it
must stay absent). After every extract each of them is checked byte for byte; at the end two
more extracts must leave every byte of content/ as it was.

Deleting is drawn from the records extract wrote (the ledger knows them, so CONTRIBUTING.md
promises they stay deleted); editing and renaming from every record, shipped ones included.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import make_project, snapshot

from generator.extract import extract_project

EXAMPLES = int(os.environ.get("CHRONOLOGY_PROPERTY_EXAMPLES", "25"))

# Small articles of our own (never the seeds): places and actors the shipped gazetteers know,
# relative dates, and one new name ("Kafr Nubl district council") for discovery to pick up.
TOWNS = ["Saraqib", "Ariha", "Binnish", "Sarmin"]


def article(k: int, version: int = 0) -> str:
    town = TOWNS[k % len(TOWNS)]
    day = 6 + k + 7 * version
    extra = ("\nThe Kafr Nubl district council said on Friday that 40 families had fled the town.\n"
             if (k + version) % 2 else "")
    return (f"Shelling reported around {town}\n\n{day} June 2020\n\n"
            f"Government forces shelled the town of {town} on Wednesday, according to local sources.\n\n"
            f"Russian warplanes carried out air strikes on Idlib province on Thursday, killing {k + version + 2} civilians.\n"
            + extra)


OPS = st.one_of(
    st.just(("extract",)),
    st.tuples(st.just("edit"), st.integers(0, 10_000), st.sampled_from(["comment", "review", "title", "broken"])),
    st.tuples(st.just("delete"), st.integers(0, 10_000)),
    st.tuples(st.just("rename"), st.integers(0, 10_000)),
    st.tuples(st.just("add_article"), st.integers(0, 3)),
    st.tuples(st.just("modify_article"), st.integers(0, 3), st.integers(1, 2)),
    st.tuples(st.just("remove_article"), st.integers(0, 3)),
)


def records(content: Path) -> list[Path]:
    return sorted(p for p in content.rglob("*.yml") if p.is_file())


def ledger_paths(content: Path) -> set[str]:
    path = content / ".ledger.json"
    return set(json.loads(path.read_text())["records"]) if path.exists() else set()


class World:
    def __init__(self, root: Path):
        self.project = make_project(root, {"a0.txt": article(0)})
        self.content = self.project / "content"
        self.human: dict[str, bytes | None] = {}  # relpath -> bytes a person left, or None: absent

    def rel(self, path: Path) -> str:
        return path.relative_to(self.content).as_posix()

    def extract(self) -> None:
        extract_project(self.project)
        self.check()

    def check(self) -> None:
        for relpath, expected in sorted(self.human.items()):
            path = self.content / relpath
            if expected is None:
                assert not path.exists(), f"{relpath}: a person removed it, extract brought it back"
            else:
                assert path.exists(), f"{relpath}: a person's file was deleted"
                assert path.read_bytes() == expected, f"{relpath}: a person's edit was overwritten"

    def edit(self, index: int, how: str) -> None:
        files = records(self.content)
        path = files[index % len(files)]
        text = path.read_text(encoding="utf-8")
        if how == "comment":
            text += "# checked against the article\n"
        elif how == "review" and "review: extracted" in text:
            text = text.replace("review: extracted", "review: reviewed")
        elif how == "title" and "\ntitle: " in text:
            text = text.replace("\ntitle: ", "\ntitle: Checked - ", 1)
        elif how == "broken":
            text += "title: [unclosed\n"  # a person's mistake is theirs too: never "repaired" by extract
        else:
            text += "notes_by_person: yes\n"
        path.write_text(text, encoding="utf-8")
        self.human[self.rel(path)] = path.read_bytes()

    def delete(self, index: int) -> None:
        generated = sorted(ledger_paths(self.content) & {self.rel(p) for p in records(self.content)})
        if not generated:
            return
        relpath = generated[index % len(generated)]
        (self.content / relpath).unlink()
        self.human[relpath] = None

    def rename(self, index: int) -> None:
        files = [p for p in records(self.content) if not p.stem.endswith("-renamed")]
        if not files:
            return
        path = files[index % len(files)]
        new = path.with_name(f"{path.stem}-renamed.yml")
        text = path.read_text(encoding="utf-8").replace(f"id: {path.stem}\n", f"id: {new.stem}\n", 1)
        new.write_text(text, encoding="utf-8")
        path.unlink()
        self.human[self.rel(path)] = None
        self.human[self.rel(new)] = new.read_bytes()

    def article(self, op: str, k: int, version: int = 0) -> None:
        path = self.project / "seeds" / f"a{k}.txt"
        if op == "remove_article":
            path.unlink(missing_ok=True)
        elif op == "add_article" or path.exists():
            path.write_text(article(k, version), encoding="utf-8")


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(OPS, min_size=1, max_size=7))
def test_random_edit_sequences_never_lose_a_person_s_change_and_extract_is_deterministic(ops):
    with tempfile.TemporaryDirectory() as tmp:
        world = World(Path(tmp) / "p")
        world.extract()
        for op in ops:
            if op[0] == "extract":
                world.extract()
            elif op[0] == "edit":
                world.edit(op[1], op[2])
            elif op[0] == "delete":
                world.delete(op[1])
            elif op[0] == "rename":
                world.rename(op[1])
            else:
                world.article(*op)
        world.extract()
        first = snapshot(world.content)
        world.extract()
        assert snapshot(world.content) == first, "extract twice on the same input must write the same bytes"
        world.check()
