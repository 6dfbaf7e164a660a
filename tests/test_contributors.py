"""Human edits are sacred: re-running extract never overwrites, reverts, revives or drops what a
contributor changed in content/, and running it twice changes no byte."""

from __future__ import annotations

from pathlib import Path

from conftest import run, snapshot


def generated_events(project: Path) -> list[Path]:
    return sorted((project / "content" / "events").rglob("*.yml"))


def test_extract_twice_changes_no_byte(project):
    assert run(project, "extract").exit_code == 0
    first = snapshot(project / "content")
    assert generated_events(project), "the small article should give at least one event"
    assert run(project, "extract").exit_code == 0
    assert snapshot(project / "content") == first


def test_a_hand_edited_event_survives_extract(project):
    run(project, "extract")
    event = generated_events(project)[0]
    edited = event.read_text(encoding="utf-8").replace("review: extracted", "review: reviewed")
    edited = edited.replace("\ntitle: ", "\ntitle: Checked by a person - ", 1)
    event.write_text(edited, encoding="utf-8")
    result = run(project, "extract")
    assert result.exit_code == 0, result.output
    assert event.read_text(encoding="utf-8") == edited
    assert "1 kept as people edited them" in result.output


def test_a_hand_deleted_event_is_not_brought_back(project):
    run(project, "extract")
    before = generated_events(project)
    before[0].unlink()
    result = run(project, "extract")
    assert result.exit_code == 0, result.output
    assert generated_events(project) == before[1:]
    assert "1 not brought back" in result.output


def test_a_rejected_event_stays_rejected_and_leaves_the_site(project):
    run(project, "extract")
    event = generated_events(project)[0]
    rejected = event.read_text(encoding="utf-8").replace("review: extracted", "review: rejected")
    event.write_text(rejected, encoding="utf-8")
    run(project, "extract")
    assert event.read_text(encoding="utf-8") == rejected
    event_id = event.stem
    assert run(project, "build").exit_code == 0
    timeline = "".join(p.read_text(encoding="utf-8") for p in (project / "site" / "timeline").rglob("*.html"))
    assert event_id not in timeline


def test_a_hand_added_alias_survives_extract(project):
    actor = project / "content" / "actors" / "turkey.yml"
    text = actor.read_text(encoding="utf-8").replace("aliases:\n", "aliases:\n- Turkish Republic\n", 1)
    actor.write_text(text, encoding="utf-8")
    run(project, "extract")
    run(project, "extract")
    assert "- Turkish Republic\n" in actor.read_text(encoding="utf-8")


def test_a_person_can_correct_the_publication_date_and_events_follow_it(project):
    run(project, "extract")
    source = next((project / "content" / "sources").glob("*.yml"))
    text = source.read_text(encoding="utf-8")
    assert "published: '2020-06-06'" in text
    source.write_text(text.replace("published: '2020-06-06'", "published: '2021-06-05'"), encoding="utf-8")
    run(project, "extract")
    assert "published: '2021-06-05'" in source.read_text(encoding="utf-8")
    years = {p.parent.name for p in generated_events(project)}
    assert "2021" in years and "2020" not in years  # "on Wednesday" now resolves against 2021-06-05


def test_events_of_an_article_that_goes_away_are_removed_unless_a_person_edited_them(project):
    (project / "seeds" / "second.txt").write_text(
        "Clashes in Hama\n\n6 June 2020\n\nOpposition fighters clashed with government forces in Hama province on Tuesday.\n",
        encoding="utf-8")
    run(project, "extract")
    quotes = {p: p.read_text(encoding="utf-8") for p in generated_events(project)}
    second = [p for p, t in quotes.items() if "source: second" in t]
    assert second
    (project / "seeds" / "second.txt").write_text(
        "Clashes in Hama\n\n6 June 2020\n\nThe town was quiet on Tuesday.\n", encoding="utf-8")
    run(project, "extract")
    assert not any(p.exists() for p in second)


def test_a_new_article_does_not_disturb_existing_records(project):
    run(project, "extract")
    before = {p: p.read_bytes() for p in generated_events(project)}
    (project / "seeds" / "other.txt").write_text(
        "Talks in Astana\n\n10 May 2019\n\nRussia, Turkey and Iran concluded a round of talks in Astana on Friday.\n",
        encoding="utf-8")
    run(project, "extract")
    for path, data in before.items():
        assert path.read_bytes() == data


def test_a_record_the_extractor_now_cuts_differently_keeps_its_id(tmp_path):
    """An improved extractor may quote a sentence differently, so the record's key changes: the new
    record takes over the old one's id (same kind, date and title), and its address stays."""
    from generator.extract import Generated
    from generator.records import Event, Quote
    from generator.store import Ledger, apply_generated

    content = tmp_path / "content"
    content.mkdir()

    def event(quote: str) -> Event:
        return Event(id="2020-06-03-air-strikes-on-ariha", date="2020-06-03", title="Air strikes on Ariha",
                     type="air-strike", sources=[Quote("s1", quote)])

    apply_generated(content, [Generated(event("ARIHA (Agency) - Jets struck Ariha."), "event:s1:old")], {"s1": "v1"})
    report = apply_generated(content, [Generated(event("Jets struck Ariha."), "event:s1:new")], {"s1": "v2"})
    files = sorted(p.relative_to(content).as_posix() for p in content.rglob("*.yml"))
    assert files == ["events/2020/2020-06-03-air-strikes-on-ariha.yml"]
    assert "quote: Jets struck Ariha." in (content / files[0]).read_text(encoding="utf-8")
    assert [e.key for e in Ledger(content).entries.values()] == ["event:s1:new"] and not report.removed
