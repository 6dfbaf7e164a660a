from generator.agreements import AgreementResolver, ArticleAgreements
from generator.extract import extract_article, make_source
from generator.ingest import analyse
from generator.resolve import Gazetteer
from generator import temporal
from helpers_extract import small_content

HEAD = "A short headline about the northwest today\n\n"


def run(body: str, published: str | None = "2021-05-07"):
    content = small_content()
    article = analyse(HEAD + body + "\n", "t", "t.txt")
    source = make_source(article, temporal.PublicationDate(published, "stated" if published else "unknown", "test", 1.0))
    return extract_article(article, content, Gazetteer(content), source).events


def test_air_strike_with_absolute_date_and_perpetrator():
    (e,) = run("Russian jets struck Saraqib on 3 May 2021, killing four civilians.")
    assert (e.type, e.date, e.actors[0], e.places) == ("air-strike", "2021-05-03", "russia", ["saraqib"])
    assert e.fatalities.count == 4 and e.fatalities.who == "civilians"
    assert e.title.startswith("Air strikes by Russia")


def test_negated_trigger_is_not_an_event():
    assert run("On 3 May 2021 no air raids were recorded over Saraqib.") == []


def test_hypothetical_clause_is_not_an_event():
    assert run("Officials fear the shelling might spread to Saraqib after 3 May 2021.") == []


def test_stative_background_is_not_an_event():
    assert run("Idlib is the last stronghold of the rebels and is controlled by several factions.") == []


def test_since_date_is_not_the_event_date():
    (e,) = run("The first air strikes since 1 March 2021 were carried out on 3 May 2021 near Saraqib.")
    assert e.date == "2021-05-03"


def test_head_date_frames_a_later_clause():
    events = run("On 3 May 2021 no air raids were recorded in Idlib, although regime forces shelled Saraqib.")
    assert [(e.type, e.date) for e in events] == [("shelling", "2021-05-03")]


def test_relative_date_without_publication_date_is_null_with_reason():
    (e,) = run("Regime forces shelled Saraqib on Tuesday.", published=None)
    assert e.date is None and "publication date is unknown" in e.date_reason


def test_carry_over_within_paragraph_same_kind():
    events = run("Regime forces shelled Saraqib on 3 May 2021. The town of Kafr Nabl was targeted with rockets.")
    assert [e.date for e in events] == ["2021-05-03", "2021-05-03"]
    assert "continues the previous" in events[1].date_reason


def test_reporter_is_not_the_perpetrator():
    (e,) = run("According to SOHR, regime forces shelled Saraqib on 3 May 2021.")
    assert e.actors[0] == "syrian-government" and "sohr" not in e.actors


def test_new_village_becomes_a_place_reference():
    (e,) = run("Regime forces shelled the village of Kafr Nabl on 3 May 2021.")
    assert "Kafr Nabl" in e.title or e.places == []  # discovery runs project-wide (see test_discover_*)


def test_discover_person_with_affiliation():
    from generator.discover import discover
    content = small_content()
    article = analyse(HEAD + "Omar Haddad, spokesman for Hurras al-Din, said the group withdrew on 3 May 2021.\n", "t", "t.txt")
    found = {d.record.id: d.record for d in discover(article, Gazetteer(content), content)}
    assert found["omar-haddad"].affiliation == "hurras-al-din" and found["omar-haddad"].review == "extracted"


def test_discover_villages_list_without_coordinates():
    from generator.discover import discover
    content = small_content()
    article = analyse(HEAD + "Rockets hit the villages of Kafr Nabl, Maarrat Hurma and al-Bara on 3 May 2021.\n", "t", "t.txt")
    found = {d.record.id: d.record for d in discover(article, Gazetteer(content), content)}
    assert {"kafr-nabl", "maarrat-hurma", "al-bara"} <= set(found)
    assert all(p.lat is None and p.lon is None for p in found.values())


def test_agreement_resolved_by_date_and_parties():
    (e,) = run("In March 2020, Russia and Turkey signed an agreement that halted the fighting.")
    assert e.type == "agreement" and e.agreements == ["moscow-2020"] and e.date == "2020-03"


def test_agreement_near_miss_year_is_flagged():
    content = small_content()
    g = Gazetteer(content)
    text = "The zone was set up by a deal signed by Russia and Turkey in September 2019."
    state = ArticleAgreements()
    refs = AgreementResolver(content, g).resolve(text, 0, len(text), g.find(text), temporal.tag(text, "2021-01-01"), state)
    assert refs and refs[0].id == "sochi-2018" and refs[0].conflict


def test_attack_after_entry_into_force_is_linked_as_violation():
    (e,) = run("Regime forces shelled Saraqib on 3 May 2021.")
    assert e.agreements == ["moscow-2020"] and "entered into force" in e.notes


def test_same_happening_twice_in_one_article_is_one_event():
    events = run("Russian jets struck Saraqib on 3 May 2021. Russian jets struck Saraqib again, a medic said.")
    assert len([e for e in events if e.type == "air-strike"]) == 1
    assert len(events[0].sources) == 2


def test_statement_by_official():
    (e,) = run("Putin said on 3 May 2021 that Turkey must withdraw.")
    assert e.type == "statement" and e.actors[0] == "vladimir-putin" and e.date == "2021-05-03"


def test_quotes_are_verbatim():
    body = "Russian jets struck Saraqib on 3 May 2021, killing four civilians."
    for e in run(body):
        assert all(q.quote in HEAD + body for q in e.sources)
