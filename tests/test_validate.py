"""`chronology validate` reports every problem as file:line: message, with the line of the
offending key, and exits 1; the shipped content/ passes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import REPO, make_project, run

GOOD_EVENT = """\
id: 2020-06-03-shelling-of-saraqib
date: '2020-06-03'
date_text: on Wednesday
title: Shelling of Saraqib
summary: Government forces shelled Saraqib.
type: shelling
actors:
- syrian-government
places:
- saraqib
sources:
- source: report
  quote: Government forces shelled the town of Saraqib
"""
SOURCE = """\
id: report
file: seeds/report.txt
sha256: {sha}
title: A report
publisher: null
url: null
published: '2020-06-06'
published_basis: stated
published_evidence: 6 June 2020
"""
ARTICLE = "A report\n\n6 June 2020\n\nGovernment forces shelled the town of Saraqib on Wednesday.\n"


@pytest.fixture
def checked(tmp_path):
    """A project whose content/ is valid; tests break one thing at a time."""
    from generator.store import sha256_text

    project = make_project(tmp_path / "p", {"report.txt": ARTICLE})
    (project / "content" / "sources").mkdir()
    (project / "content" / "sources" / "report.yml").write_text(SOURCE.format(sha=sha256_text(ARTICLE)))
    (project / "content" / "events" / "2020").mkdir(parents=True)
    (project / "content" / "events" / "2020" / "2020-06-03-shelling-of-saraqib.yml").write_text(GOOD_EVENT)
    return project


def break_event(project: Path, old: str, new: str) -> None:
    path = project / "content" / "events" / "2020" / "2020-06-03-shelling-of-saraqib.yml"
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def problems(result) -> list[str]:
    return [l for l in result.output.splitlines() if re.match(r"^content/.+\.yml:\d+: ", l)]


def test_the_shipped_content_is_valid():
    result = run(REPO, "validate")
    assert result.exit_code == 0, result.output
    assert "content/ is valid" in result.output


def test_a_valid_project_passes(checked):
    result = run(checked, "validate")
    assert result.exit_code == 0, result.output


EVENT_FILE = "content/events/2020/2020-06-03-shelling-of-saraqib.yml"


@pytest.mark.parametrize("old, new, needle, message", [
    ("date: '2020-06-03'", "date: '2020-02-30'", "date:", "does not exist: February 2020 has 29 days"),
    ("date: '2020-06-03'", "date: 2020-13-01", "date:", "has month 13"),
    ("- syrian-government", "- syrian-govt", "- syrian-govt", "unknown actor 'syrian-govt'"),
    ("type: shelling", "type: shelling\ntype: air-strike", "type: air-strike", "duplicate key 'type' (first given on line"),
    ("quote: Government forces shelled", "quote: Rebel forces shelled", "quote:", "quote is not a verbatim substring"),
    ("actors:\n- syrian-government", "actors: syrian-government", "actors:", "expected array"),
    ("date_text: on Wednesday", "dat: on Wednesday", "dat:", "unknown field 'dat' (did you mean 'date'?)"),
    ("id: 2020-06-03-shelling-of-saraqib", "id: shelling-of-saraqib", "id:", "does not match the file name"),
    ("date_text: on Wednesday", "end_date: '2020-05'", "end_date:", "end_date 2020-05 is before date 2020-06-03"),
    ("type: shelling", "type: shellings", "type:", "did you mean 'shelling'?"),
    ("id: 2020-06-03-shelling-of-saraqib", "id: Shelling Of Saraqib", "id:", "is not a valid id"),
    ("places:\n- saraqib", "places:\n\t- saraqib", "- saraqib", "tab"),
])
def test_a_broken_event_is_reported_at_the_offending_line(checked, old, new, needle, message):
    break_event(checked, old, new)
    text = (checked / EVENT_FILE).read_text()
    result = run(checked, "validate")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    found = problems(result)
    expected_line = line_of(text, needle)
    assert any(p.startswith(f"{EVENT_FILE}:{expected_line}: ") and message in p for p in found), found


def test_every_problem_is_reported_not_just_the_first(checked):
    break_event(checked, "- syrian-government", "- nobody")
    break_event(checked, "- saraqib", "- nowhere")
    result = run(checked, "validate")
    assert len(problems(result)) == 2


def test_a_quote_that_differs_only_in_spacing_gets_a_hint(checked):
    break_event(checked, "quote: Government forces shelled", "quote: Government  forces shelled")
    assert "differs only in spacing" in run(checked, "validate").output


def test_duplicate_ids_are_reported(checked):
    """The same id in two year folders: both files are named after their id, but ids must be unique."""
    (checked / "content" / "events" / "undated").mkdir()
    copy = checked / "content" / "events" / "undated" / "2020-06-03-shelling-of-saraqib.yml"
    copy.write_text(GOOD_EVENT.replace("date: '2020-06-03'", "date: null"))
    found = problems(run(checked, "validate"))
    assert any("duplicate event id '2020-06-03-shelling-of-saraqib'" in p and "also used by content/events/" in p for p in found), found


def test_an_event_filed_under_the_wrong_year_is_reported(checked):
    break_event(checked, "date: '2020-06-03'", "date: '2019-06-03'")
    assert any("belongs in content/events/2019/" in p for p in problems(run(checked, "validate")))


def test_yaml_aliases_and_deep_nesting_are_refused_without_hanging(checked):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n" for p, c in zip("abcdefgh", "bcdefghi"))
    (checked / "content" / "actors" / "bomb.yml").write_text(bomb)
    (checked / "content" / "actors" / "deep.yml").write_text("id: deep\nname: " + "[" * 200 + "]" * 200 + "\n")
    result = run(checked, "validate")
    assert result.exit_code == 1
    messages = "\n".join(problems(result))
    assert "content/actors/bomb.yml:" in messages and "aliases" in messages
    assert "content/actors/deep.yml:" in messages and "nested too deeply" in messages


def test_a_missing_article_file_is_reported_on_the_file_line(checked):
    (checked / "seeds" / "report.txt").unlink()
    found = problems(run(checked, "validate"))
    assert any(p.startswith("content/sources/report.yml:2: ") and "does not exist" in p for p in found)


def test_github_format_annotates_the_offending_line_of_a_pull_request(checked):
    break_event(checked, "- saraqib", "- nowhere")
    text = (checked / EVENT_FILE).read_text()
    result = run(checked, "validate", "--format", "github")
    assert result.exit_code == 1
    assert f"::error file={EVENT_FILE},line={line_of(text, '- nowhere')}::unknown place 'nowhere'" in result.output


SOURCE_FILE = "content/sources/report.yml"
CLAIMS = """\
agreement_claims:
- agreement: moscow-protocol-2020
  claim: status
  value: holding
  date: '2020-06-03'
  quote: Government forces shelled the town of Saraqib
- agreement: sochi-memorandum-2018
  claim: date
  value: 2019-09
  quote: Government forces shelled the town of Saraqib
"""


def add_claims(project: Path, claims: str) -> str:
    path = project / SOURCE_FILE
    text = path.read_text().replace("published_evidence: 6 June 2020\n", "published_evidence: 6 June 2020\n" + claims)
    path.write_text(text)
    return text


def test_agreement_claims_on_a_source_are_accepted(checked):
    add_claims(checked, CLAIMS)
    result = run(checked, "validate")
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("old, new, needle, message", [
    ("value: holding", "value: crumbling", "value: crumbling", "is not one of: in-force, holding"),
    ("value: 2019-09", "value: Sept 2019", "value: Sept 2019", "is not a date"),
    ("claim: status", "claim: rumour", "claim: rumour", "is not one of: status, date"),
    ("  quote: Government forces shelled the town of Saraqib\n- agreement", "  quot: x\n- agreement", "quot:", "unknown field 'quot'"),
])
def test_a_malformed_agreement_claim_is_reported_at_its_line(checked, old, new, needle, message):
    text = add_claims(checked, CLAIMS.replace(old, new, 1))
    result = run(checked, "validate")
    assert result.exit_code == 1 and "Traceback" not in result.output
    found = problems(result)
    assert any(p.startswith(f"{SOURCE_FILE}:{line_of(text, needle)}: ") and message in p for p in found), found


def test_an_agreement_claim_must_quote_its_article_and_name_a_known_agreement(tmp_path):
    """Claims about agreements are facts too: their quote is checked against the article and
    their agreement must exist, each problem on the line of the offending key."""
    from conftest import make_project, run

    project = make_project(tmp_path / "p", with_repo_content=True)
    source = next(p for p in (project / "content" / "sources").glob("*.yml"))
    text = source.read_text(encoding="utf-8")
    text += ("agreement_claims:\n- agreement: sochi-memorandum-2081\n  claim: status\n  value: collapsed\n"
             "  quote: The Sochi deal collapsed last week.\n")
    source.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    result = run(project, "validate")
    assert result.exit_code == 1
    agreement_line = next(i for i, line in enumerate(lines, 1) if "sochi-memorandum-2081" in line)
    quote_line = next(i for i, line in enumerate(lines, 1) if "collapsed last week" in line)
    assert f"{source.name}:{agreement_line}: unknown agreement 'sochi-memorandum-2081' (did you mean 'sochi-memorandum-2018'?)" in result.output
    assert f"{source.name}:{quote_line}: the claim's quote is not a verbatim substring of the article" in result.output


def test_an_actor_scope_must_name_known_places(checked):
    path = checked / "content" / "actors" / "syrian-government.yml"
    text = path.read_text()
    assert "\n- latakia-province\n" in text
    path.write_text(text.replace("\n- latakia-province\n", "\n- atlantis\n", 1))
    result = run(checked, "validate")
    assert result.exit_code == 1
    assert any(p.startswith("content/actors/syrian-government.yml:") and "unknown place 'atlantis'" in p
               for p in problems(result)), result.output
