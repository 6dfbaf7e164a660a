"""The command line: help everywhere, exit codes 0/1/2, clear messages and no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import REPO, run

COMMANDS = ["extract", "validate", "build", "serve", "render", "dates"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_subcommand_has_help(command):
    result = run(REPO, command, "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.output


def test_a_usage_error_exits_2():
    assert run(REPO, "no-such-command").exit_code == 2
    assert run(REPO, "dates", "-", "--dct", "June 2020", input="x").exit_code == 2


def test_a_missing_project_is_a_user_error_without_traceback(tmp_path):
    result = subprocess.run([sys.executable, "-m", "generator.cli", "--project", str(tmp_path), "build", "--no-extract"],
                            capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "mkdocs.yml: not found" in result.stderr


def test_dates_prints_one_json_object_per_expression_with_the_contract_fields():
    text = "Talks ended on Wednesday. The truce has held since March 6, for three months."
    result = run(REPO, "dates", "-", "--dct", "2020-06-06", input=text)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows
    for row in rows:
        assert list(row)[:5] == ["start", "end", "text", "type", "value"]
        assert text[row["start"]:row["end"]] == row["text"]
        assert row["type"] in {"DATE", "TIME", "DURATION", "SET"}
    values = {row["text"]: row["value"] for row in rows}
    assert values.get("Wednesday") == "2020-06-03"
    assert values.get("three months") == "P3M"


def test_dates_reads_a_file(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("It happened on 5 March 2020.", encoding="utf-8")
    rows = [json.loads(l) for l in run(REPO, "dates", str(article)).stdout.splitlines()]
    assert [r["value"] for r in rows] == ["2020-03-05"]


def test_dates_without_dct_uses_the_publication_date_the_header_states(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Talks collapse in the north\n\nPublished: 6 June 2020\n\n"
                       "The talks collapsed on Wednesday, officials said in the capital.\n", encoding="utf-8")
    result = run(REPO, "dates", str(article))
    assert result.exit_code == 0
    rows = [json.loads(l) for l in result.stdout.splitlines()]
    assert {r["text"]: r["value"] for r in rows}["Wednesday"] == "2020-06-03"
    assert "publication date 2020-06-06 (stated" in result.stderr
    # no date in the header: relative expressions stay unresolved, and stderr says why
    article.write_text("Talks collapse\n\nThe talks collapsed on Wednesday, officials said.\n", encoding="utf-8")
    result = run(REPO, "dates", str(article))
    assert [json.loads(l)["value"] for l in result.stdout.splitlines()] == ["XXXX-WXX-3"]
    assert "stay unresolved" in result.stderr
