"""docs/hardening.md stays current: every test its table names exists, and every hardening,
property and fuzz test is named in it. A stale table fails CI."""

from __future__ import annotations

import re
import subprocess
import sys

from conftest import REPO

DOC = REPO / "docs" / "hardening.md"
COVERED = ["test_hardening_articles.py", "test_hardening_yaml.py", "test_hardening_lock.py", "test_hardening_browser.py",
           "test_hardening_output.py", "test_hardening_doc.py", "test_properties.py", "test_fuzz.py"]
NAMED_ELSEWHERE = {"test_hardening_doc.py::test_the_hardening_table_names_existing_tests_and_every_hardening_test"}


def collected(files: list[str]) -> list[str]:
    result = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
                             *[f"tests/{f}" for f in files]], capture_output=True, text=True, cwd=REPO, timeout=120)
    ids = [line.split("tests/", 1)[1] for line in result.stdout.splitlines() if line.startswith("tests/") and "::" in line]
    assert ids, result.stdout + result.stderr
    return ids


def references() -> list[str]:
    """Test ids in the table's last column; a bare `[param]` continues the previous test's name."""
    refs = []
    for row in DOC.read_text(encoding="utf-8").splitlines():
        if not row.startswith("|") or row.startswith("|---"):
            continue
        cells = [c.strip() for c in row.strip("|").split("|")]
        last = None
        for code in re.findall(r"`([^`]+)`", cells[-1]):
            if "::" in code:
                last = code.split("[", 1)[0]
                refs.append(code)
            elif code.startswith("[") and last:
                refs.append(last + code)
    return refs


def test_the_hardening_table_names_existing_tests_and_every_hardening_test():
    files = sorted({r.split("::", 1)[0] for r in references()} | set(COVERED))
    ids = collected(files)

    def matches(ref: str, test_id: str) -> bool:
        if ref.endswith("]"):
            return test_id == ref or test_id.startswith(ref[:-1])
        return test_id == ref or test_id.startswith(ref + "[")

    refs = references()
    stale = [r for r in refs if not any(matches(r, t) for t in ids)]
    assert not stale, f"docs/hardening.md names tests that do not exist: {stale}"
    functions = sorted({t.split("[", 1)[0] for t in ids if t.split("::", 1)[0] in COVERED})
    unlisted = [f for f in functions if f not in NAMED_ELSEWHERE and not any(r.split("[", 1)[0] == f for r in refs)]
    assert not unlisted, f"add a row to docs/hardening.md for: {unlisted}"
    # every case of the parametrized YAML test has its own mention
    cases = [t for t in ids if t.startswith("test_hardening_yaml.py::test_a_broken_content_file_is_reported")]
    unmentioned = [t for t in cases if not any(r.endswith("]") and matches(r, t) for r in refs)]
    assert not unmentioned, f"add these YAML cases to docs/hardening.md: {unmentioned}"
