"""Issue 7, YAML: every mistake or attack in a content file gets `content/path.yml:LINE: message`
with a hint and exit 1, never a traceback, a crash, a hang or a flood of memory. The cases
test_validate.py already covers (tabs, duplicate keys, wrong types, misspelt fields, dangling
references, duplicate ids, file name vs id, impossible dates, alias bombs, 200 levels of
nesting) are not repeated here."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO, make_project, run
from test_validate import EVENT_FILE, checked, problems  # noqa: F401  (checked is a fixture)

ACTOR = "content/actors/probe.yml"


def write(project: Path, relpath: str, data: str | bytes) -> None:
    path = project / relpath
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")


def assert_reported(result, relpath: str, line: int, message: str) -> None:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    found = problems(result)
    assert any(p.startswith(f"{relpath}:{line}: ") and message in p for p in found), found


# Each case: a file, its text, the line and words of the message the contributor must see.
CASES = {
    "unclosed-quote": (ACTOR, 'id: probe\nname: "Hayat Tahrir\nkind: person\n', 4, "YAML syntax error"),
    "bad-indentation": (ACTOR, "id: probe\nname: x\n  kind: person\n", 3, "YAML syntax error"),
    "empty-file": (ACTOR, "", 1, "the file is empty: write the actor's fields"),
    "only-a-comment": (ACTOR, "# nothing yet\n", 1, "the file is empty"),
    "a-list-not-a-mapping": (ACTOR, "- id: probe\n", 1, "an actor file must be a mapping of fields"),
    "two-documents": (ACTOR, "id: probe\nname: x\nkind: person\n---\nid: other\n", 4, "expected a single document"),
    "not-utf-8": (ACTOR, b"id: probe\nname: Jos\xe9\nkind: person\n", 2, "not UTF-8 text: save it as UTF-8"),
    "nul-escape": (ACTOR, 'id: probe\nname: "a\\0b"\nkind: person\n', 2, "control or invalid character U+0000"),
    "bell-escape": (ACTOR, 'id: probe\nname: x\nkind: person\nnotes: "ding\\a"\n', 4, "U+0007"),
    "not-a-number": ("content/places/probe.yml", "id: probe\nname: x\nkind: town\nlat: .nan\nlon: 36.5\n", 4, "not a usable number"),
    "infinite": ("content/places/probe.yml", "id: probe\nname: x\nkind: town\nlat: 35.9\nlon: -.inf\n", 5, "not a usable number"),
    "python-tag": (ACTOR, "id: probe\nname: !!python/object/apply:os.system ['echo hi']\nkind: person\n", 2, "unsupported YAML tag"),
    "custom-tag": (ACTOR, "id: probe\nname: !secret x\nkind: person\n", 2, "unsupported YAML tag"),
    "merge-key": (ACTOR, "id: probe\n<<: {name: x}\nkind: person\n", 2, "merge keys (<<) are not allowed"),
    "complex-key": (ACTOR, "id: probe\n? [a, b]\n: x\nkind: person\n", 2, "a key must be a plain word"),
    "id-escapes-its-folder": (ACTOR, "id: ../../x\nname: x\nkind: person\n", 1, "is not a valid id"),
    "reference-escapes-its-folder": (ACTOR, "id: probe\nname: x\nkind: person\naffiliation: ../../../etc/passwd\n", 4, "is not a valid id"),
    "javascript-url": ("content/sources/probe.yml", "id: probe\nfile: seeds/probe.txt\nsha256: '" + "0" * 64 + "'\ntitle: t\n"
                       "published: null\npublished_basis: unknown\nurl: javascript:alert(1)\n", 7, "is not an http(s) address"),
    "attribute-breaking-url": ("content/sources/probe.yml", "id: probe\nfile: seeds/probe.txt\nsha256: '" + "0" * 64 + "'\ntitle: t\n"
                               "published: null\npublished_basis: unknown\nurl: 'https://x.org/\" onmouseover=\"alert(1)'\n", 7, "is not an http(s) address"),
    "unquoted-impossible-date": (EVENT_FILE, None, 2, "does not exist: February 2021 has 28 days"),
    "year-zero": (EVENT_FILE, None, 2, "year 0 is out of range"),
    "dangling-source": (EVENT_FILE, None, 12, "unknown source 'repot' (did you mean 'report'?)"),
    "negative-fatalities": (EVENT_FILE, None, 12, "fatalities.count: -3 is less than the minimum of 0"),
    "huge-value": (ACTOR, "id: probe\nname: " + "x" * 1_500_000 + "\nkind: person\n", 2, "1,500,000 characters, more than the 300 allowed"),
    "60000-values": (ACTOR, "id: probe\nname: x\nkind: person\naliases:\n" + "".join(f"- a{i}\n" for i in range(60_000)), 50_000, "more than 50000 values"),
    "larger-than-2-mb": (ACTOR, "id: probe\nname: x\nkind: person\nnotes: |\n" + "  padding\n" * 300_000, 1, "larger than 2 MB"),
}
EVENT_EDITS = {  # cases that break the good event of test_validate instead of writing a new file
    "unquoted-impossible-date": ("date: '2020-06-03'", "date: 2021-02-29"),
    "year-zero": ("date: '2020-06-03'", "date: '0000-06-03'"),
    "dangling-source": ("- source: report", "- source: repot"),
    "negative-fatalities": ("sources:", "fatalities:\n  count: -3\nsources:"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_broken_content_file_is_reported_at_its_line_with_a_hint(checked, case):
    relpath, text, line, message = CASES[case]
    if text is None:
        path = checked / relpath
        old, new = EVENT_EDITS[case]
        path.write_text(path.read_text().replace(old, new, 1))
    else:
        write(checked, relpath, text)
    started = time.perf_counter()
    result = run(checked, "validate")
    assert time.perf_counter() - started < 10
    assert_reported(result, relpath, line, message)
    assert len(result.output) < 5000, "a message must not echo a huge value"


def test_build_stops_on_a_broken_file_with_the_same_message_and_writes_no_site(checked):
    write(checked, ACTOR, "id: probe\nnam: x\nkind: person\n")
    result = run(checked, "build")
    assert_reported(result, ACTOR, 2, "unknown field 'nam' (did you mean 'name'?)")
    assert not (checked / "site").exists()


NESTING = {
    "flow-sequences": "id: probe\nname: " + "[" * 100_000 + "]" * 100_000 + "\n",
    "flow-mappings": "id: probe\nname: " + "{a: " * 100_000 + "}" * 100_000 + "\n",
    "block-sequences": "id: probe\nname:\n" + "".join(" " * i + "-\n" for i in range(0, 1500)),
    "unclosed-brackets": "[" * 100_000,
}


@pytest.mark.parametrize("kind", sorted(NESTING))
def test_100000_levels_of_nesting_are_refused_without_crashing_the_process(tmp_path, kind):
    """libyaml's composer recurses once per level in C: 100,000 levels overflow the C stack and
    kill Python with a segmentation fault, so store.parse_yaml walks the parser's events first.
    Run in a real process, so a crash shows as a signal, not as a dead test runner."""
    project = make_project(tmp_path / "p")
    write(project, ACTOR, NESTING[kind])
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "generator.cli", "--project", str(project), "validate"],
                            capture_output=True, text=True, cwd=REPO, timeout=60)
    assert time.perf_counter() - started < 30
    assert result.returncode == 1, (result.returncode, result.stderr[-2000:])  # -11 would be SIGSEGV
    assert "Traceback" not in result.stderr
    assert f"{ACTOR}:" in result.stderr
    assert "nested too deeply" in result.stderr or "YAML syntax error" in result.stderr, result.stderr[-500:]


def test_a_ledger_entry_pointing_outside_content_is_refused_and_nothing_is_deleted(project):
    """extract removes the files its ledger names when they still hold what it wrote: an entry
    smuggled in by a pull request must not make it delete an article (or anything else)."""
    from generator.store import sha256_text

    assert run(project, "extract").exit_code == 0
    ledger_path = project / "content" / ".ledger.json"
    ledger = json.loads(ledger_path.read_text())
    article = project / "seeds" / "saraqib-report.txt"
    ledger["records"]["../seeds/saraqib-report.txt"] = {"sha256": sha256_text(article.read_text()),
                                                        "key": "event:saraqib-report:x"}
    ledger_path.write_text(json.dumps(ledger))
    result = run(project, "extract")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "names '../seeds/saraqib-report.txt', which is not a record file inside content/" in result.output
    assert article.exists()


@pytest.mark.parametrize("damage", ["{not json", "[]", '{"records": {"events/2020/x.yml": 5}}', '{"records": []}'])
def test_a_damaged_ledger_is_a_message_not_a_traceback(project, damage):
    assert run(project, "extract").exit_code == 0
    (project / "content" / ".ledger.json").write_text(damage)
    result = run(project, "extract")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert ".ledger.json is damaged; restore it from git" in result.output


def test_extract_never_overwrites_a_person_s_file_where_a_moved_event_would_go(project):
    """When a generated event's date moves it to another year folder, and a person already wrote
    a record with the same id there, the person's file stays."""
    assert run(project, "extract").exit_code == 0
    source = project / "content" / "sources" / "saraqib-report.yml"
    generated = sorted((project / "content" / "events" / "2020").glob("*.yml"))
    theirs = project / "content" / "events" / "2021" / generated[0].name
    theirs.parent.mkdir()
    mine = generated[0].read_text().replace("review: extracted", "review: reviewed")
    theirs.write_text(mine)
    source.write_text(source.read_text().replace("published: '2020-06-06'", "published: '2021-06-05'"))
    result = run(project, "extract")
    assert result.exit_code == 0, result.output
    assert theirs.read_text() == mine
