import pytest

from generator.agreements import AgreementResolver, ArticleAgreements
from generator.extract import extract_article, make_source
from generator.ingest import analyse
from generator.resolve import Gazetteer
from generator import temporal
from helpers_extract import small_content

HEAD = "A short headline about the northwest today\n\n"


def run(body: str, published: str | None = "2021-05-07", content=None):
    content = content or small_content()
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


def _statements(events):
    return [[q.quote for q in e.sources] for e in events if e.type == "statement"]


def test_two_undated_sayings_of_one_speaker_paragraphs_apart_are_two_statements():
    # No date ties them: "its jets struck" and, later, "would open a crossing next week" are two sayings.
    events = run("Russia said its jets had struck only militant positions near Saraqib.\n\n"
                 "Rebels said they had repelled an attack near Binnish.\n\n"
                 "Russia said it would open a new crossing into Idlib next week.", published=None)
    assert len(_statements(events)) == 2


def test_a_saying_continued_in_the_next_sentence_is_one_statement():
    for follow in ("Putin added that Russia would keep its bases in Syria.",
                   "Putin also said Russia would keep its bases in Syria.",
                   "\"We will keep our bases in Syria,\" Putin told reporters."):
        events = run("Putin said Turkey must withdraw its troops from Idlib. " + follow + "\n\n"
                     "Regime forces shelled Saraqib.\n\n"
                     "Putin said Turkey had violated the Sochi memorandum by sending troops.", published=None)
        assert [len(quotes) for quotes in _statements(events)] == [2, 1], follow


def test_a_saying_repeated_in_the_same_words_is_one_statement():
    events = run("Russia said Turkey must withdraw its forces from Idlib.\n\n"
                 "Regime forces shelled Saraqib.\n\n"
                 "Russia said it would keep its bases in Syria.\n\n"
                 "Russia said again that Turkey must withdraw its forces from Idlib.", published=None)
    assert [len(quotes) for quotes in _statements(events)] == [2, 1]


def test_sayings_alike_but_with_other_figures_or_places_are_two_statements():
    # the speaker's name and "said ... were killed in" make them alike: the figures and places differ
    events = run("Russia said 12 militants were killed in air strikes on Idlib.\n\n"
                 "Regime forces shelled Saraqib.\n\n"
                 "Russia said 5 militants were killed in air strikes on Hama.", published=None)
    assert len(_statements(events)) == 2
    events = run("Russia said its jets had killed militants in air strikes near Idlib.\n\n"
                 "Regime forces shelled Saraqib.\n\n"
                 "Russia said its jets had killed militants in air strikes near Hama.", published=None)
    assert len(_statements(events)) == 2


def test_an_undated_saying_does_not_take_the_unresolved_day_of_another():
    same_day = run("Russia said on Wednesday that its jets had struck militant positions.\n\n"
                   "Regime forces shelled Saraqib.\n\n"
                   "Russia said on Wednesday it would keep its bases in Syria.", published=None)
    assert len(_statements(same_day)) == 1  # the same unresolved day: one day's statement
    no_day = run("Russia said on Wednesday that its jets had struck militant positions.\n\n"
                 "Regime forces shelled Saraqib.\n\n"
                 "Russia said it would keep its bases in Syria.", published=None)
    assert len(_statements(no_day)) == 2


def test_two_undated_strikes_by_one_air_force_with_no_place_are_two_events():
    events = run("Russian jets struck a market, killing ten civilians.\n\n"
                 "SOHR reported heavy clashes near Binnish.\n\n"
                 "Russian jets struck a hospital, killing two doctors.", published=None)
    assert len([e for e in events if e.type == "air-strike"]) == 2


def test_statement_by_official():
    (e,) = run("Putin said on 3 May 2021 that Turkey must withdraw.")
    assert e.type == "statement" and e.actors[0] == "vladimir-putin" and e.date == "2021-05-03"


def test_quotes_are_verbatim():
    body = "Russian jets struck Saraqib on 3 May 2021, killing four civilians."
    for e in run(body):
        assert all(q.quote in HEAD + body for q in e.sources)


# ---- extraction-quality rules found by the synthetic-gold scorer (benchmarks/synth.py)

def test_return_of_displaced_families_is_not_also_a_displacement():
    events = run("Hundreds of displaced families returned to their homes in Saraqib on 3 May 2021.")
    assert [e.type for e in events] == ["return"]


def test_displaced_as_a_verb_is_still_a_displacement():
    events = run("About 3,000 people were displaced from Saraqib on 3 May 2021.")
    assert [e.type for e in events] == ["displacement"]


def test_agreement_in_force_since_it_was_signed_is_not_a_signing():
    assert run("The Sochi memorandum has been in force since it was signed.") == []
    assert run("The Moscow protocol has held since it was agreed in March 2020.") == []


def test_agreement_signed_is_still_an_agreement_event():
    (e,) = run("Russia and Turkey signed the Moscow protocol on 5 March 2020.")
    assert e.type == "agreement" and e.date == "2020-03-05"


def test_denied_act_with_closing_attribution_is_no_event():
    # Not a statement by Hurras al-Din: the residents speak, and they say nothing happened.
    assert run("Hurras al-Din did not shell Saraqib on 3 May 2021, residents told reporters.") == []


def test_monitor_reporting_that_nothing_happened_is_no_event():
    assert run("SOHR said no shelling took place in Saraqib on 3 May 2021.") == []


def test_state_denial_is_still_its_statement():
    (e,) = run("Russia said on 3 May 2021 that no air strikes took place in Saraqib.")
    assert e.type == "statement" and e.actors[0] == "russia"


def test_first_strikes_since_a_date_take_the_head_date():
    (e,) = run("On 3 May 2021, Russian jets struck Saraqib, killing four civilians, the first raids since 22 January.")
    assert (e.type, e.date) == ("air-strike", "2021-05-03")


def test_first_strikes_since_a_date_are_not_dated_by_it():
    # 22 January is when the previous raids were, not a period these raids lasted.
    (e,) = run("Russian jets struck Saraqib, killing four civilians, the first raids since 22 January.")
    assert e.type == "air-strike" and e.date is None and e.end_date is None


def test_month_without_year_is_not_after_publication():
    # "in January" in an article of 1 November 2018 is January 2018, whatever the verb's tense.
    (e,) = run("Thousands of civilians fled Saraqib in January.", published="2018-11-01")
    assert e.type == "displacement" and e.date == "2018-01"


def test_year_and_month_reports_in_one_article_stay_two_events():
    events = run("Russian jets struck Saraqib in 2020.\n\nRussian jets struck Saraqib in March 2020.")
    assert sorted(e.date for e in events) == ["2020", "2020-03"]


def _across(*bodies):
    from generator.extract import merge_across_articles
    content = small_content()
    gazetteer = Gazetteer(content)
    results = []
    for i, body in enumerate(bodies):
        article = analyse(HEAD + body + "\n", f"a{i}", f"a{i}.txt")
        source = make_source(article, temporal.PublicationDate("2021-05-07", "stated", "test", 1.0))
        results.append(extract_article(article, content, gazetteer, source))
    merge_across_articles(results)
    return sorted((e for r in results for e in r.events), key=lambda e: e.date or "")


def test_same_strike_in_two_articles_is_one_event():
    (e,) = _across("Russian jets struck Saraqib on 3 May 2021.", "On 3 May 2021 Russian warplanes hit Saraqib, killing two.")
    assert [q.source for q in e.sources] == ["a0", "a1"]


def test_strikes_on_different_towns_are_not_merged_across_articles():
    events = _across("Russian jets struck Saraqib on 3 May 2021.", "Russian jets struck Binnish on 3 May 2021.")
    assert sorted(e.places[0] for e in events) == ["binnish", "saraqib"] and all(len(e.sources) == 1 for e in events)


def test_town_and_its_province_merge_across_articles():
    (e,) = _across("Russian jets struck Saraqib on 3 May 2021.", "Russian jets struck Idlib on 3 May 2021.")
    assert set(e.places) == {"saraqib", "idlib-province"}


def test_strikes_on_a_town_the_gazetteer_lacks_and_another_town_are_not_merged_across_articles():
    events = _across("Russian jets struck a market in Maarat al-Numan on 3 May 2021, killing 9.",
                     "Russian jets struck the market in Saraqib on 3 May 2021.")
    assert len(events) == 2 and all(len(e.sources) == 1 for e in events)


def test_one_strike_on_a_town_the_gazetteer_lacks_merges_across_articles():
    (e,) = _across("Russian jets struck a market in Maarat al-Numan on 3 May 2021, killing 9.",
                   "Russian jets hit a crowded market in Maaret al-Nouman on 3 May 2021, killing nine people.")
    assert [q.source for q in e.sources] == ["a0", "a1"]
    (e,) = _across("Russian jets struck a market in Maarat al-Numan on 3 May 2021, killing 9.",
                   "Russian jets struck a market in Idlib province on 3 May 2021.")
    assert e.places == ["idlib-province"] and len(e.sources) == 2


def test_a_report_naming_a_town_in_the_province_does_not_take_another_town():
    events = _across("Russian jets struck Saraqib on 3 May 2021.", "Russian jets struck Binnish in Idlib on 3 May 2021.")
    assert len(events) == 2 and all(len(e.sources) == 1 for e in events)


def test_strikes_on_two_towns_the_gazetteer_lacks_in_one_article_are_two_events():
    events = run("Russian jets struck Ariha on 3 May 2021.\n\nRussian jets struck Kafr Nabl on 3 May 2021.")
    assert len(events) == 2


def test_month_report_does_not_take_another_articles_day():
    events = _across("Russian jets struck Saraqib in April 2021.", "Russian jets struck Saraqib on 12 April 2021.")
    assert sorted(e.date for e in events) == ["2021-04", "2021-04-12"]


def test_different_perpetrators_at_one_place_are_not_merged_across_articles():
    events = _across("Russian jets struck Saraqib on 3 May 2021.", "Turkish jets struck Saraqib on 3 May 2021.")
    assert sorted(e.actors[0] for e in events) == ["russia", "turkey"]


def test_undated_new_patrol_is_not_folded_into_a_dated_one():
    events = run("Russia and Turkey held a joint patrol near Saraqib on 3 May 2021.\n\n"
                 "Russia and Turkey held a joint patrol near Saraqib.")
    assert sorted(e.date or "" for e in events) == ["", "2021-05-03"]


def test_undated_sentence_about_the_same_strikes_is_folded():
    events = run("Russian jets struck Saraqib on 3 May 2021.\n\nThe strikes by Russian jets on Saraqib killed four civilians.")
    strikes = [e for e in events if e.type == "air-strike"]
    assert len(strikes) == 1 and strikes[0].date == "2021-05-03" and len(strikes[0].sources) == 2


def test_clashes_between_different_parties_are_not_merged_across_articles():
    events = _across("Regime forces clashed with Hurras al-Din in Saraqib on 3 May 2021.",
                     "Regime forces clashed with rebels in Saraqib on 3 May 2021.")
    assert len([e for e in events if e.type == "armed-clash"]) == 2


def test_month_may_is_not_the_modal_may():
    (e,) = run("On 3 May 2021 Russian warplanes hit Saraqib.")
    assert (e.type, e.date) == ("air-strike", "2021-05-03")
    assert run("Regime forces may shell Saraqib.") == []


def test_what_a_speaker_denies_is_not_a_happening():
    events = run("Russia denied on 3 May 2021 that its jets had struck Saraqib.")
    assert [e.type for e in events] == ["statement"] and events[0].actors[0] == "russia"


# ---- what articles say about agreements: status and date claims on the source record

def claims_of(body: str, published: str | None = "2021-05-07"):
    content = small_content()
    article = analyse(HEAD + body + "\n", "t", "t.txt")
    source = make_source(article, temporal.PublicationDate(published, "stated" if published else "unknown", "test", 1.0))
    extract_article(article, content, Gazetteer(content), source)
    return source


def statuses(body: str, published: str | None = "2021-05-07"):
    return [(c.agreement, c.value, c.date) for c in claims_of(body, published).agreement_claims if c.claim == "status"]


def test_status_claim_is_normalised_and_keeps_its_quote():
    source = claims_of("Diplomats agree that the Moscow protocol has remained a dead letter.")
    (claim,) = source.agreement_claims
    assert (claim.agreement, claim.claim, claim.value, claim.date) == ("moscow-2020", "status", "dead-letter", None)
    assert claim.quote == "Diplomats agree that the Moscow protocol has remained a dead letter."


def test_status_claim_takes_the_date_of_its_clause_not_the_signing_date():
    assert statuses("A deal signed by Russia and Turkey in March 2020 broke down on 2 May 2021.") == [
        ("moscow-2020", "collapsed", "2021-05-02")]
    assert statuses("On 4 May 2021, the Sochi memorandum was largely holding.") == [("sochi-2018", "holding", "2021-05-04")]


def test_entry_into_force_is_dated_by_its_own_date():
    assert statuses("The Moscow protocol came into effect on 6 March 2020.") == [("moscow-2020", "in-force", "2020-03-06")]


def test_status_of_an_agreement_as_object_or_after_a_nominal():
    assert statuses("Regime gunners violated the Moscow protocol near Saraqib on 3 May 2021.") == [("moscow-2020", "violated", "2021-05-03")]
    assert statuses("The collapse of the Sochi memorandum in April 2021 alarmed aid workers.") == [("sochi-2018", "collapsed", "2021-04")]
    assert statuses("Russia and Turkey extended the Moscow protocol in April 2021.") == [("moscow-2020", "extended", "2021-04")]


def test_negated_hypothetical_denied_or_asked_status_gives_no_claim():
    for body in ["The Moscow protocol has not collapsed.",
                 "The Moscow protocol could collapse within weeks.",
                 "The Moscow protocol is likely to be extended.",
                 "Turkey denied that the Moscow protocol had collapsed.",
                 "Is the Moscow protocol still holding?",
                 "If the Moscow protocol collapses, thousands will flee.",
                 "Nobody believes the Moscow protocol has collapsed."]:
        assert statuses(body) == [], body


def test_status_words_about_something_else_give_no_claim():
    assert statuses("Since the Moscow protocol came into effect, the rebel defences collapsed.") == []
    assert statuses("Fighters near the Moscow protocol line held firm on 3 May 2021.") == []


def test_disagreeing_date_is_kept_as_a_structured_claim_beside_the_note():
    source = claims_of("The zone was set up by a deal signed by Russia and Turkey in September 2019.")
    assert "Agreement dates to review" in source.notes
    assert [(c.agreement, c.claim, c.value) for c in source.agreement_claims] == [("sochi-2018", "date", "2019-09")]
    assert source.agreement_claims[0].quote in HEAD + "The zone was set up by a deal signed by Russia and Turkey in September 2019."


def test_agreement_claims_round_trip_through_yaml_without_empty_keys():
    from generator.records import AgreementClaim, Source, from_mapping, to_mapping

    source = Source(id="s", file="seeds/s.txt", sha256="0" * 64, title="t",
                    agreement_claims=[AgreementClaim("moscow-2020", "status", "holding", quote="The truce holds.")])
    mapping = to_mapping(source)
    assert mapping["agreement_claims"] == [{"agreement": "moscow-2020", "claim": "status", "value": "holding", "quote": "The truce holds."}]
    assert from_mapping("source", mapping) == source
    assert "agreement_claims" not in to_mapping(Source(id="s"))


def test_a_gerund_after_a_preposition_is_a_topic_not_a_claim():
    assert statuses("Talks on extending the Moscow protocol were held on 3 May 2021.") == []
    assert statuses("Russia accused Turkey of violating the Moscow protocol.") == []


def test_a_since_date_of_a_status_says_so():
    (claim,) = claims_of("Both sides have violated the Moscow protocol dozens of times since March 2021.").agreement_claims
    assert (claim.value, claim.date, claim.date_text) == ("violated", "2021-03", "since March 2021")


def test_brokering_a_ceasefire_is_an_agreement_event():
    (e,) = run("In March 2020, Russia and Turkey brokered a ceasefire that halted the fighting.")
    assert e.type == "agreement" and e.agreements == ["moscow-2020"] and e.date == "2020-03"


def _with_regions():
    from generator.records import Place
    content = small_content()
    content.places["northwest"] = Place(id="northwest", name="Northwest region", kind="region")
    content.places["ghab"] = Place(id="ghab", name="Ghab plain", kind="region", admin1="idlib-province")
    return content


def test_a_region_spanning_provinces_gives_way_to_a_precise_place():
    (e,) = run("Russian jets struck Saraqib in the Northwest region on 3 May 2021.", content=_with_regions())
    assert e.places == ["saraqib"]
    (e,) = run("Russian jets struck the Northwest region on 3 May 2021.", content=_with_regions())
    assert e.places == ["northwest"]


def test_a_region_inside_a_province_is_as_precise_as_a_town():
    (e,) = run("Russian jets struck Saraqib and the Ghab plain on 3 May 2021.", content=_with_regions())
    assert e.places == ["saraqib", "ghab"]


# ---------------------------------------------------------------- unseen-article stress test (extractor 7)

def test_a_since_clause_starts_a_period_and_does_not_date_a_point():
    (e,) = run("Since the ceasefire took effect on 6 March 2020, at least 130 civilians have been killed in air strikes on Saraqib.")
    assert (e.type, e.date, e.end_date) == ("air-strike", "2020-03-06", "2021-05-07")
    (e,) = run("Since the ceasefire took effect on 6 March 2020, at least 130 civilians have been killed in air strikes on Saraqib.",
               published=None)
    assert e.date is None and "since" in e.date_reason


def test_the_deadliest_since_a_since_clause_is_not_the_date_of_the_report():
    events = run("SOHR said the strikes on Saraqib were the deadliest since the ceasefire took effect in March 2020.")
    assert events and all(e.date is None for e in events)


def test_the_date_a_since_clause_gives_an_agreement_resolves_it():
    (e,) = run("Since the ceasefire took effect on 6 March 2020, regime forces have violated it in Saraqib.")
    assert e.agreements == ["moscow-2020"]


def test_between_two_dates_is_a_range_even_when_one_names_no_year():
    (e,) = run("Between January 1 and January 31, 2021, Russian jets carried out 40 air strikes on Saraqib.", published=None)
    assert (e.date, e.end_date) == ("2021-01-01", "2021-01-31")
    (e,) = run("From 3 to 5 May 2021, regime forces shelled Saraqib.")
    assert (e.date, e.end_date) == ("2021-05-03", "2021-05-05")
    # across the new year, the bound without a year takes the year before the other's
    (e,) = run("Russian jets struck Saraqib between 28 December and 3 January 2021.")
    assert (e.date, e.end_date) == ("2020-12-28", "2021-01-03")


def test_a_date_inside_an_agreement_name_dates_only_the_agreement():
    (e,) = run("Turkey has warned it would strike regime positions near the posts set up under the 2018 Sochi memorandum.")
    assert e.type == "statement" and e.date is None


def test_a_signing_is_not_dated_by_a_since_period():
    events = {e.type: e for e in run("Turkish troops have been deployed around Idlib since last year under the Sochi memorandum signed with Russia.",
                                     published="2019-05-07")}
    assert events["agreement"].date is None
    assert (events["deployment"].date, events["deployment"].end_date) == ("2018", "2019-05-07")


def test_an_attribution_with_a_title_and_a_time_is_not_a_statement():
    events = run("Regime forces shelled Saraqib on 3 May 2021, the governor of the province of Idlib, Omar Haddad, said early on Friday.")
    assert [(e.type, e.date) for e in events] == [("shelling", "2021-05-03")]
    events = run("Russian jets struck Saraqib on 3 May 2021, SOHR said in its monthly report.")
    assert [(e.type, e.date, e.actors) for e in events] == [("air-strike", "2021-05-03", ["russia"])]


def test_an_attribution_inside_the_sentence_is_not_a_statement_of_its_happening():
    events = run("Russian and Turkish troops carried out a joint patrol near Saraqib last week, the Turkish defence ministry said, "
                 "the first such patrol in the area since February.")
    assert [(e.type, e.date) for e in events] == [("patrol", "2021-04")]
    events = run("Russian jets struck Saraqib on 3 May 2021, SOHR said, as four civilians were killed.")
    assert [(e.type, e.actors) for e in events] == [("air-strike", ["russia"])]


def test_a_nominal_trigger_whose_verb_is_negated_is_not_an_event():
    events = run("The Russian defence ministry said Russian aircraft had not carried out any strikes near Saraqib on 3 May 2021.")
    assert [e.type for e in events] == ["statement"]
    assert run("Russian warplanes did not fly over Saraqib on 3 May 2021, residents said.") == []


def test_troops_a_state_has_deployed_are_no_deployment():
    assert run("Turkey, which has thousands of troops deployed at observation points across Idlib, did not comment on 3 May 2021.") == []
    (e,) = run("Turkey deployed thousands of troops at observation points across Idlib on 3 May 2021.")
    assert (e.type, e.actors) == ("deployment", ["turkey"])


def test_a_border_named_by_a_state_adjective_is_no_participant():
    (e,) = run("More than 2,000 families have fled Saraqib since 1 May 2021, heading north towards the Turkish border.")
    assert (e.type, e.actors, e.date, e.end_date) == ("displacement", [], "2021-05-01", "2021-05-07")


def test_a_town_that_fell_to_forces_changed_hands():
    (e,) = run("Saraqib had fallen to government forces earlier this month.")
    assert (e.type, e.actors[:1], e.date) == ("territorial-change", ["syrian-government"], "2021-05")
    assert [e.type for e in run("The death toll fell to five on 3 May 2021.")] == ["casualties"]
    # a group named by its acronym, whichever it is
    assert [e.type for e in run("Saraqib fell to the SDF on 3 May 2021.")] == ["territorial-change"]


def test_a_denied_happening_passes_no_agent_to_the_next_clause():
    (e,) = run("Hurras al-Din fighters have not withdrawn from the zone, a monitor said on Tuesday, as two soldiers died nearby.")
    assert e.type == "casualties" and "hurras-al-din" not in e.actors


def test_a_date_given_to_an_agreement_named_by_its_alias_is_a_date_claim():
    source = claims_of("Under the Sochi memorandum agreed by Russia and Turkey on September 17, jihadists were to leave the zone.",
                       published="2018-10-16")
    assert [(c.agreement, c.claim, c.value) for c in source.agreement_claims] == [("sochi-2018", "date", "2018-09-17")]
    assert not source.notes
    source = claims_of("Under the Sochi memorandum signed in September 2019, jihadists were to leave the zone.")
    assert [(c.agreement, c.value) for c in source.agreement_claims] == [("sochi-2018", "2019-09")]
    assert "Agreement dates to review" in source.notes
    # A date that belongs to another agreement named in between is not this one's.
    source = claims_of("The Moscow protocol amended the Sochi memorandum signed in September 2018.")
    assert [(c.agreement, c.value) for c in source.agreement_claims] == [("sochi-2018", "2018-09")]
    # A since-date before the name is when something else began.
    source = claims_of("Turkish troops have been deployed around Idlib since last year under the Sochi memorandum.",
                       published="2019-05-07")
    assert [c for c in source.agreement_claims if c.claim == "date"] == []


def test_the_same_period_takes_the_previous_sentences_date():
    events = run("Between January 1 and January 31, 2021, Russian jets carried out 40 air strikes on Saraqib. "
                 "Regime forces also shelled Binnish dozens of times during the same period.", published=None)
    assert [(e.type, e.date, e.end_date) for e in events] == [("air-strike", "2021-01-01", "2021-01-31"),
                                                              ("shelling", "2021-01-01", "2021-01-31")]
    assert "the same period" in events[1].date_reason
    # Without a dated sentence before it, it stays null.
    (e,) = run("Regime forces shelled Binnish during the same period.", published=None)
    assert e.date is None


# ---- second review on new articles (translated outlet, analysis, live blog, situation report, wire)

def test_a_nominal_trigger_that_did_not_take_place_is_not_an_event():
    assert run("Joint patrols on the highway near Saraqib have not taken place since August 2020.") == []
    assert run("Russian air strikes on Binnish have not resumed since 3 May 2021.") == []


def test_a_nominal_trigger_with_a_future_or_habitual_verb_is_not_an_event():
    assert run("The talks are expected to focus on Saraqib and the future of the observation posts.") == []
    assert run("Russian air strikes on Saraqib will resume if the rebels do not withdraw.") == []
    assert run("The truce has largely held, although violations are reported almost daily in Idlib.") == []
    # a trigger that carries its own verb keeps it: the modal belongs to something else
    (e,) = run("Regime forces shelled Saraqib on 3 May 2021.")
    assert e.type == "shelling"


def test_a_private_person_named_by_nationality_speaks_for_no_state():
    assert run('"Moscow could use the strikes to press Ankara," said one Turkish analyst on 3 May 2021.') == []
    (e,) = run("Turkish media reported that Russian jets struck Saraqib on 3 May 2021.")
    assert (e.type, e.actors) == ("air-strike", ["russia"])


def test_a_victim_or_a_target_is_not_named_as_the_perpetrator():
    (e,) = run("On 27 February 2020, an air strike killed 33 Turkish soldiers near Saraqib.")
    assert e.type == "air-strike" and e.title == "Air strikes on Saraqib"
    (e,) = run("Two soldiers were killed on 3 May 2021 when rebels fired mortars at an army post near Saraqib.")
    assert e.title == "Shelling by Syrian opposition on Saraqib"
    (e,) = run("The rebels announced on 3 May 2021 that their factions targeted with rockets a gathering of "
               "the regime forces in Saraqib.")
    assert (e.type, e.actors[0], e.title) == ("shelling", "syrian-opposition", "Shelling by Syrian opposition on Saraqib")


def test_a_reporter_in_the_present_tense_is_not_the_perpetrator():
    (e,) = run("SOHR says two civilians, a man and his son, were killed in the shelling of Saraqib on 3 May 2021.")
    assert (e.type, e.actors, e.fatalities.count) == ("shelling", [], 2)


def test_convoys_positions_and_reinforcements_are_deployments():
    (e,) = run("A Turkish military convoy of 30 vehicles entered Idlib on 3 May 2021.")
    assert (e.type, e.actors, e.date) == ("deployment", ["turkey"], "2021-05-03")
    (e,) = run("On 3 May 2021, Turkish forces set up a new military position near Saraqib.")
    assert (e.type, e.actors, e.places) == ("deployment", ["turkey"], ["saraqib"])
    assert run("Cross-border aid convoys crossed into Idlib on 3 May 2021.") == []


def test_a_clause_telling_how_it_happened_dates_the_happening():
    (e,) = run("Turkish forces reinforced their positions in Idlib, where a military convoy entered on 3 May 2021.")
    assert (e.type, e.date) == ("deployment", "2021-05-03")
    (e,) = run("Russian warplanes took part in the escalation, as the warplanes carried out four raids on Saraqib on 3 May 2021.")
    assert (e.type, e.date) == ("air-strike", "2021-05-03")
    # a clause after "after" tells an earlier happening: its date is not the first one's
    events = run("Regime forces shelled Binnish, after they shelled Saraqib on 3 May 2021.")
    assert [(e.type, e.date) for e in events] == [("shelling", None)]


def test_repelled_attacks_and_returns_to_areas_of_origin():
    (e,) = run("Hurras al-Din said its fighters repelled an infiltration attempt by regime forces near Saraqib on 3 May 2021.")
    assert (e.type, e.actors, e.date) == ("armed-clash", ["hurras-al-din", "syrian-government"], "2021-05-03")
    (e,) = run("Some 1,100 people returned to their areas of origin in Saraqib on 3 May 2021.")
    assert (e.type, e.places) == ("return", ["saraqib"])


def test_leaders_who_agreed_to_create_a_zone_made_an_agreement():
    (e,) = run("In September 2018, Russia and Turkey met in Sochi and agreed to create a demilitarised zone around Idlib.")
    assert (e.type, e.date, e.agreements) == ("agreement", "2018-09", ["sochi-2018"])


def test_the_signing_city_in_an_agreements_name_counts_as_its_place():
    (e,) = run("The escalation comes despite the ceasefire agreement which was signed between the Turkish president and "
               "his Russian counterpart, Vladimir Putin, in Moscow, activists said.")
    assert (e.type, e.agreements) == ("agreement", ["moscow-2020"])


def test_an_official_attribution_of_what_will_happen_is_a_statement():
    (e,) = run("Russian and Turkish officials will meet next week, where the truce could collapse, a Turkish official said on Tuesday.")
    assert (e.type, e.actors, e.date) == ("statement", ["turkey"], "2021-05-04")
    # a reported happening is not turned into the statement of whoever reports it
    assert run("Turkey retaliated by striking targets near Saraqib, a Turkish official said on Tuesday.") == []
    assert run("Russian air strikes on Saraqib could resume, residents said on Tuesday.") == []


def test_a_range_tagged_as_its_two_bounds_keeps_its_words():
    (e,) = run("Between 1 and 15 March, more than 9,400 people were displaced in Idlib.")
    assert (e.date, e.end_date, e.date_text) == ("2021-03-01", "2021-03-15", "1 and 15 March")


def test_a_name_in_quotation_marks_can_still_speak():
    (e,) = run('The "Hurras al-Din" group announced on 3 May 2021 that its fighters targeted with rockets a gathering of '
               'the regime forces in Saraqib.')
    assert (e.type, e.actors[0]) == ("shelling", "hurras-al-din")


def test_what_happened_a_span_before_the_sentences_time_is_not_dated_by_it():
    # "One year after X was signed": the signing is not the day the sentence is said on
    events = run("One year after the Stockholm Agreement was signed in Sweden, fighting continues around Saraqib, "
                 "the United Nations said on Thursday.")
    (signing,) = [e for e in events if e.type == "agreement"]
    assert signing.date is None and "One year after" in signing.date_reason
    # a date inside the phrase still dates it; the main clause is not dated by it
    events = run("Two days after the truce was signed on 5 March 2021, Russian jets struck Saraqib.")
    assert {e.type: e.date for e in events} == {"agreement": "2021-03-05", "air-strike": None}


def test_a_date_in_a_participle_phrase_dates_its_noun_not_the_state_that_follows():
    events = run("The ground offensive, launched on December 19, has forced more than 280,000 people to flee, "
                 "the UN said on Thursday.", published="2020-01-03")
    # (round 10: the offensive goes on, and the state it has caused is a period from its launch
    # up to the article, never the launch day alone)
    assert {e.type: (e.date, e.end_date) for e in events} == {"armed-clash": ("2019-12-19", "2020-01-03"),
                                                              "displacement": ("2019-12-19", "2020-01-03")}
    # with a past main verb the phrase and the verb tell the same happening
    (e,) = run("The strikes, carried out on Tuesday, killed ten civilians in Saraqib.")
    assert e.date == "2021-05-04"


def test_an_attack_on_positions_is_a_clash_but_not_beside_an_air_strike():
    (e,) = run("Late Sunday, rebels attacked army positions near Saraqib, killing five soldiers, state media reported.",
               published="2019-12-06")
    assert (e.type, e.date, e.actors, e.fatalities.count) == ("armed-clash", "2019-12-01", ["syrian-opposition"], 5)
    assert [e.type for e in run("Russian jets attacked rebel positions near Saraqib on 3 May 2021.")] == ["air-strike"]


def test_the_killed_are_not_who_caused_the_casualties():
    (e,) = run("On 3 May 2021, an explosion killed three Hurras al-Din members near Saraqib.")
    assert e.type == "casualties" and "Hurras" not in e.title
    (e,) = run("Hurras al-Din killed three soldiers near Saraqib on 3 May 2021.")
    assert e.title.startswith("Casualties by Hurras al-Din")


def test_a_long_or_dotted_closing_attribution_is_not_a_statement_or_an_actor():
    (e,) = run("On Monday, Russian warplanes struck the outskirts of Saraqib, the Syrian Observatory for Human Rights said.")
    assert (e.type, e.actors) == ("air-strike", ["russia"])
    (e,) = run("Russian mercenaries have been deployed around Saraqib, the U.S. military said in July.")
    assert (e.type, e.actors) == ("deployment", ["russia"])


def test_a_dated_signing_is_kept_when_its_parties_are_not_in_the_gazetteer():
    (e,) = run("The Riyadh Agreement, signed on November 5 between the government and southern separatists, "
               "has yet to be implemented.", published="2019-12-13")
    assert (e.type, e.date, e.agreements) == ("agreement", "2019-11-05", [])
    # nothing to tell which agreement, and no date: not an event
    assert run("An agreement was reached.") == []


def test_a_conference_is_talks_but_a_press_conference_is_not():
    (e,) = run("World leaders pledged at a conference in Moscow on January 19 to respect a UN arms embargo.",
               published="2020-10-24")
    assert (e.type, e.date, e.places) == ("talks", "2020-01-19", ["moscow"])
    assert [e.type for e in run("Putin told a press conference on 3 May 2021 that Russia would respond.")] == ["statement"]


def test_names_from_other_conflicts_are_discovered_not_matched_to_syrian_records():
    from generator.discover import discover
    content = small_content()
    article = analyse(HEAD + "The deal was signed by officers from the UN-recognised Government of National Accord (GNA) "
                      "and the Libyan National Army (LNA). Saudi-led coalition air strikes killed 10 civilians in the "
                      "northern province of Saada. Martin Griffiths will brief the Security Council next week.\n", "t", "t.txt")
    found = {d.record.id: d.record for d in discover(article, Gazetteer(content), content)}
    assert found["government-of-national-accord"].aliases == ["GNA"]
    assert (found["libyan-national-army"].kind, found["libyan-national-army"].aliases) == ("armed-group", ["LNA"])
    assert found["saudi-led-coalition"].kind == "coalition"
    assert found["saada"].kind == "province"
    assert found["security-council"].kind == "organisation"


def test_a_date_after_an_agreements_name_dates_the_agreement_only():
    events = run("Russian jets struck Saraqib, violating the Moscow protocol of March 5.")
    assert {e.type: e.date for e in events} == {"air-strike": None, "agreement-violation": None}
    (e,) = run("Under the Moscow protocol of March 5, 2020, Russia and Turkey agreed to set up a corridor.")
    assert (e.type, e.date, e.agreements) == ("agreement", "2020-03-05", ["moscow-2020"])


def test_a_dead_letter_is_no_death():
    events = run("The Sochi memorandum has remained a dead letter.")
    assert [e.type for e in events if e.type == "casualties"] == []


def _claims(body: str, published: str):
    content = small_content()
    article = analyse(HEAD + body + "\n", "t", "t.txt")
    source = make_source(article, temporal.PublicationDate(published, "stated", "test", 1.0))
    return extract_article(article, content, Gazetteer(content), source).source.agreement_claims


def test_a_date_after_the_name_is_a_date_claim_and_never_after_the_article():
    claims = _claims("The Moscow protocol of March 5 has largely held.", "2021-01-02")
    assert [(c.claim, c.value) for c in claims] == [("date", "2020-03-05"), ("status", "holding")]
    claims = _claims("The Sochi memorandum of September 2018 has never been fully implemented.", "2019-12-06")
    assert [(c.claim, c.value) for c in claims] == [("date", "2018-09"), ("status", "dead-letter")]


# round 4 of the review (extractor 14)

def test_a_weekday_after_the_article_is_no_weekday_a_year_earlier():
    # "until Friday" in a plan lies after the article: null, never the Friday's date a year back
    from generator.dating import EventDate, not_after_publication
    when = not_after_publication(EventDate("2019-05-10", None, "Friday", None), "2019-05-09")
    assert when.date is None and "after the article's publication date" in when.reason
    when = not_after_publication(EventDate("2019-06-03", None, "3 June", None), "2019-05-09")
    assert when.date == "2018-06-03"
    # a named month placed after the article is still the last one before it
    (e,) = run("Regime forces shelled Saraqib on 3 June.", published="2019-05-09")
    assert e.date == "2018-06-03"


def test_a_scheduled_present_names_a_plan_not_a_happening():
    assert run("Russian and Turkish delegations resume technical talks on Monday, officials said.", published="2019-05-09") == []
    assert run("The talks continue until Friday in Moscow.", published="2019-05-09") == []
    (e,) = run("Russia and Turkey resumed talks on Monday in Moscow.", published="2019-05-09")
    assert (e.type, e.date) == ("talks", "2019-05-06")
    # an ongoing happening without a time ahead is kept
    assert [e.type for e in run("Shelling continues along the front lines near Saraqib.")] == ["shelling"]


def test_a_summit_between_two_named_leaders_that_could_follow_is_no_talks():
    events = run("Diplomats said on Monday a summit between Presidents Vladimir Putin and Recep Tayyip Erdogan could follow.")
    assert [e.type for e in events if e.type == "talks"] == []


def test_a_closing_attribution_may_say_how_the_speaker_spoke():
    for tail in [", the observatory said, without reporting casualties.", ", two Turkish sources said, without giving details.",
                 ", an official said on condition of anonymity because he was not authorized to brief reporters."]:
        events = run("Regime forces shelled the village of Saraqib on Friday afternoon" + tail, published="2020-03-07")
        assert [(e.type, e.date, e.actors) for e in events] == [("shelling", "2020-03-06", ["syrian-government"])], tail


def test_a_trigger_that_stopped_or_a_purpose_to_refuse_it_is_no_event():
    (e,) = run("Since then, airstrikes have largely stopped, although shelling continues near Saraqib.")
    assert e.type == "shelling"
    assert run("Joint patrols were suspended in August 2020 after attacks on the convoys.") == []
    assert run("Protesters gathered on the road near Saraqib to refuse the passage of the Russian patrols.") == []


def test_took_a_village_fell_on_a_date_and_reinforcements_sent_yesterday():
    (e,) = run("Regime forces took the nearby hilltop village of Binnish on Thursday morning.", published="2019-05-09")
    assert (e.type, e.date, e.actors, e.places) == ("territorial-change", "2019-05-09", ["syrian-government"], ["binnish"])
    (e,) = run("Saraqib fell on 6 February 2020.")
    assert (e.type, e.date, e.places) == ("territorial-change", "2020-02-06", ["saraqib"])
    assert "territorial-change" not in [e.type for e in run("Bombs fell on the town of Saraqib on Monday.")]
    (e,) = run("The Turkish army sent yesterday the new military reinforcements to its points near Saraqib.", published="2020-03-20")
    assert (e.type, e.date, e.actors) == ("deployment", "2020-03-19", ["turkey"])


def test_they_in_a_relative_clause_are_the_agent_not_the_backer():
    events = run("In December 2019, government forces backed by Russian air power launched a new push toward Saraqib, "
                 "which they captured on 28 January 2020.")
    (e,) = [e for e in events if e.type == "territorial-change"]
    assert (e.date, e.actors) == ("2020-01-28", ["syrian-government"])
    # "launched a new push": the offensive, dated by the sentence's head
    (e,) = [e for e in events if e.type == "armed-clash"]
    assert e.date == "2019-12"


def test_a_pronoun_complement_without_that_is_the_speakers_happening():
    events = run("Opposition groups in control of the areas have said they were sending reinforcements to Saraqib.")
    (e,) = [e for e in events if e.type == "deployment"]
    assert e.actors == ["syrian-opposition"]


def test_last_month_named_in_the_month_after_it_is_ambiguous():
    (e,) = run("Last December, Turkish troops withdrew from the posts at Saraqib.", published="2021-01-12")
    assert e.date is None and "the one just ended" in e.date_reason
    (e,) = run("Last October, Turkish troops withdrew from the posts at Saraqib.", published="2021-01-12")
    assert e.date == "2020-10"


def test_what_an_event_followed_is_not_carried_to_its_date():
    # "The strikes followed the withdrawal": the withdrawal came before the strikes' day
    events = run("Russian jets struck Saraqib on 3 May 2021. The strikes followed the withdrawal of Turkish troops from Saraqib.")
    (w,) = [e for e in events if e.type == "withdrawal"]
    assert w.date is None
    events = run("Russian jets struck Saraqib on 3 May 2021. The strikes came after the withdrawal of Turkish troops from Saraqib.")
    assert all(e.date is None for e in events if e.type == "withdrawal")


def test_a_year_inside_a_capitalised_agreement_name_dates_only_the_agreement():
    (e,) = [e for e in run("The rebels accused the army of violating the 2015 Kafr Nabl Agreement.") if e.type == "agreement-violation"]
    assert e.date is None


def test_a_date_in_what_a_speaker_reported_does_not_date_the_statement():
    for body in ["SOHR said the exchange of prisoners began on 3 May 2021.",
                 "The exchange of prisoners began on 3 May 2021 and lasted three days, the International Committee of the Red Cross (ICRC) said."]:
        for e in run(body):
            assert e.date is None, (body, e.type, e.date)
    # the date of the speech still dates it
    (e,) = run("SOHR said on 3 May 2021 that the exchange of prisoners had ended.")
    assert (e.type, e.date) == ("statement", "2021-05-03")
    (e,) = run("Turkey said in a statement on 3 May 2021 the exchange of prisoners had ended.")
    assert (e.type, e.date) == ("statement", "2021-05-03")


def test_attacks_on_a_village_or_unit_ambushes_and_drones_that_struck_are_events():
    for body, kind in [("Militia fighters attacked the village of Kafr Nabl on 3 May 2021, killing seven civilians.", "armed-clash"),
                       ("On 3 May 2021, militants attacked a military detachment in the town of Saraqib, killing 12 soldiers.", "armed-clash"),
                       ("On 3 May 2021, militants ambushed a supply convoy near Saraqib.", "armed-clash"),
                       ("Russian drones struck grain silos in Saraqib on 3 May 2021.", "air-strike"),
                       ("A Turkish drone hit an office building in Saraqib on 3 May 2021.", "air-strike")]:
        events = run(body)
        assert [(e.type, e.date) for e in events] == [(kind, "2021-05-03")], body
    # a drone that was shot down, or "attacked" someone in words, is no attack
    assert [e.type for e in run("Air defences shot down 13 drones over Saraqib on 3 May 2021.")] != ["air-strike"]


def test_a_second_main_clause_with_its_own_named_subject_keeps_its_actors():
    events = run("The Houthis seized Saraqib in September 2014, and the Russian army intervened in March 2015.")
    (e,) = [e for e in events if e.type == "territorial-change"]
    assert (e.date, e.actors) == ("2014-09", [])


def test_discover_a_name_before_province_region_or_governorate():
    from generator.discover import discover
    content = small_content()
    article = analyse(HEAD + "Drones struck depots in the Vinnytsia region and in Marib governorate on 3 May 2021, "
                      "while militants raided Ituri province and Burkina Faso's Nord region.\n", "t", "t.txt")
    found = {d.record.id: d.record for d in discover(article, Gazetteer(content), content)}
    assert (found["vinnytsia"].kind, found["marib"].kind, found["ituri"].kind, found["nord"].kind) == \
        ("region", "province", "province", "region")
    # a capitalised "Province" ends a name ("Islamic State Sahel Province" is a group), and a
    # gazetteer name is not new
    article = analyse(HEAD + "Islamic State Sahel Province fighters struck the Idlib province on 3 May 2021.\n", "t", "t.txt")
    assert not [d for d in discover(article, Gazetteer(content), content) if d.record.record_kind == "place"]


def test_discover_no_place_named_by_a_capitalised_determiner():
    from generator.discover import discover
    content = small_content()
    for body, expected in [('"The region is calm," he said on 3 May 2021.', set()),
                           ("Neither region was spared on 3 May 2021, officials said.", set()),
                           ("The Odesa region was shelled on 3 May 2021.", {"odesa"})]:
        article = analyse(HEAD + body + "\n", "t", "t.txt")
        found = {d.record.id for d in discover(article, Gazetteer(content), content) if d.record.record_kind == "place"}
        assert found == expected, body


def test_discover_an_acronym_in_another_order_or_with_its_small_words():
    from generator.discover import discover
    content = small_content()
    article = analyse(HEAD + "The Coordination of Azawad Movements (CMA) and the Economic Community of West African States "
                      "(ECOWAS) met, while Jama'at Nasr al-Islam wal Muslimin (JNIM) attacked the Armed Forces of the "
                      "Democratic Republic of the Congo (FARDC) on 3 May 2021.\n", "t", "t.txt")
    found = {d.record.id: d.record for d in discover(article, Gazetteer(content), content)}
    assert found["coordination-of-azawad-movements"].aliases == ["CMA"]
    assert found["economic-community-of-west-african-states"].aliases == ["ECOWAS"]
    assert found["jama-at-nasr-al-islam-wal-muslimin"].aliases == ["JNIM"]
    assert found["armed-forces-of-the-democratic-republic-of-the-congo"].kind == "armed-group"
    # letters that are not the name's initials name something else
    article = analyse(HEAD + "Officials of the Grand Hotel Company (XYZ) said on 3 May 2021 it had closed.\n", "t", "t.txt")
    assert not discover(article, Gazetteer(content), content)


def test_aircraft_that_carry_people_or_aid_are_no_air_strike():
    for body in ["Aircraft carried detainees between Saraqib and Idlib on 3 May 2021.",
                 "Turkish helicopters evacuated the wounded from Saraqib on 3 May 2021."]:
        assert "air-strike" not in [e.type for e in run(body)], body
    assert [e.type for e in run("Russian aircraft carried out raids on Saraqib on 3 May 2021.")] == ["air-strike"]


def test_discover_a_person_after_a_title_and_a_comma_or_before_a_long_title():
    from generator.discover import discover
    content = small_content()
    article = analyse(HEAD + "Jets struck Saraqib on 3 May 2021, the regional governor, Oleh Petrenko, said. "
                      "Hans Lindqvist, the UN Special Envoy for Yemen, said on 4 May 2021 that talks would resume. "
                      "The Russian ambassador, Ivan Sokolov, met rebels on 5 May 2021.\n", "t", "t.txt")
    found = {d.record.id: d.record for d in discover(article, Gazetteer(content), content)}
    assert {"oleh-petrenko", "hans-lindqvist", "ivan-sokolov"} <= set(found)
    assert found["ivan-sokolov"].affiliation == "russia"

# ---- round 5a: timelines, live blogs, press releases, features, wire weekdays, denials

def test_dated_entries_of_a_timeline_narrate_in_the_present():
    body = ("March 2015 - Rebels capture the town of Saraqib from regime forces.\n\n"
            "Sept 30, 2015: Russia begins air strikes near Saraqib.\n\n"
            "2018 — Russia and Turkey sign the Sochi memorandum.\n\n"
            "2019 - Rebels take control of the countryside of Binnish.\n\n"
            "Days later, Turkey sends troops into Idlib.\n\n"
            "March 5, 2020 - Putin and Turkey meet in Moscow to sign a ceasefire.\n")
    got = {(e.type, e.date) for e in run(body, published="2020-03-04")}
    assert {("territorial-change", "2015-03"), ("air-strike", "2015-09-30"), ("territorial-change", "2019")} <= got
    assert any(t == "agreement" and d and d.startswith("2018") for t, d in got)
    (e,) = [e for e in run(body, published="2020-03-04") if e.type == "deployment"]
    assert e.date is None and "Days later" in e.date_reason  # never the date of the entry before it
    assert not any(d and d.startswith("2020-03-05") for _, d in got)  # a planned meeting after the article
    # the same present tense outside a dated entry is no happening
    assert run("Rebels capture the town of Saraqib from regime forces.") == []


def test_timeline_entries_dated_by_a_season_of_the_article_year_are_entries():
    # "2019-SU" is not after the DCT 2019-12-20 (a letter sorts after every digit)
    body = ("Spring 2019 - Rebels capture the town of Saraqib from regime forces.\n\n"
            "Summer 2019 - Regime forces capture the town of Kafranbel.\n\n"
            "Autumn 2019 - Rebels capture the village of Maarrat.\n")
    got = run(body, published="2019-12-20")
    # each capture is found, dated by its season's year
    assert [e.type for e in got] == ["territorial-change"] * 3
    assert [e.date for e in got] == ["2019"] * 3 and "season" in got[0].date_reason


def test_live_blog_entries_with_clock_times_narrate_in_the_present():
    body = ("14:20 GMT - Russia says the soldiers were in the wrong place.\n\n"
            "13:45 GMT - Turkish and Russian officials hold emergency talks in Moscow.\n\n"
            "10:32 GMT - Putin calls for an immediate ceasefire in Idlib.\n")
    got = {(e.type, e.date) for e in run(body, published="2020-02-28")}
    assert ("talks", "2020-02-28") in got and ("statement", "2020-02-28") in got


def test_protests_are_a_happening():
    (e,) = run("Protests erupted in Saraqib on 15 March 2011.")
    assert (e.type, e.date) == ("protest", "2011-03-15")


def test_a_date_inside_what_a_speaker_reports_does_not_date_the_speech():
    events = run("Russia denied carrying out strikes on Tuesday on a market in Saraqib.", published="2020-02-12")
    (e,) = [e for e in events if e.type == "statement"]
    assert e.date is None
    events = run("Russia said regime forces shelled Saraqib on Tuesday.", published="2020-02-12")
    assert {(e.type, e.date) for e in events} == {("shelling", "2020-02-11"), ("statement", None)}
    # a date after the speech verb, or after its object, dates the speech
    (e,) = run("Putin said at a briefing on Tuesday that Turkey must withdraw.", published="2020-02-12")
    assert e.date == "2020-02-11"


def test_a_preposition_or_a_noun_in_ing_after_the_speech_verb_keeps_the_speech_date():
    # "during", "a press briefing": no verb of what is reported, so the date is the speech's
    for body in ["Putin said during a visit to Moscow on Tuesday that Turkey had withdrawn.",
                 "Putin said at a press briefing on Tuesday that Turkey had withdrawn."]:
        (e,) = [e for e in run(body, published="2020-02-12") if e.type == "statement"]
        assert e.date == "2020-02-11", body
    # a verb in -ing is still what is reported
    (e,) = run("Russia said regime forces were attacking Saraqib on Tuesday.", published="2020-02-12")
    assert (e.type, e.date) == ("statement", None)


def test_told_lowercase_listeners_keeps_the_speech_date():
    (e,) = run("Putin told lawmakers in Moscow on Wednesday that Turkey must withdraw.", published="2020-02-12")
    assert (e.type, e.date) == ("statement", "2020-02-12")


def test_victims_named_by_nationality_are_not_the_perpetrator():
    events = run("Putin said 33 Turkish soldiers had been killed in an air strike by regime forces in Saraqib on 27 February 2020.")
    (e,) = [e for e in events if e.type == "air-strike"]
    assert e.title.startswith("Air strikes by Syrian government")
    # the reported attacker is not the one who spoke
    assert all("syrian-government" not in e.actors for e in events if e.type == "statement")


def test_people_named_by_their_injuries_and_weapons_carried_are_no_happening():
    assert run("The wounded were evacuated to hospitals in Saraqib.") == []
    assert run("We wish a speedy recovery to our wounded.") == []
    assert [e.type for e in run("Russia says it is sending two frigates armed with cruise missiles.", published="2020-02-28")] == ["statement"]
    assert run("Five helicopters and 23 tanks of regime forces have been destroyed near Saraqib.") == []
    assert run("The Moscow and Sochi deals have failed to stop the fighting.") == []


def test_spans_of_years_months_of_that_year_and_a_day_before_a_count():
    (e,) = run("A regime offensive in the winter of 2019-2020 displaced a million people from Saraqib.", published="2020-10-14")
    assert (e.date, e.end_date) == ("2019", "2020")
    events = run("By 2015, rebels had lost Binnish; in March of that year regime forces shelled Saraqib.", published="2020-10-14")
    (e,) = [e for e in events if e.type == "shelling"]
    assert e.date == "2015-03"
    (e,) = run("On 27 February, 33 of our soldiers were killed in an air attack by regime forces on Saraqib.", published="2020-02-28")
    assert e.date == "2020-02-27"


def test_taken_back_a_town_is_a_territorial_change():
    (e,) = run("On Thursday, rebels had taken back the town of Saraqib.", published="2020-02-28")
    assert (e.type, e.date, e.actors) == ("territorial-change", "2020-02-27", ["syrian-opposition"])


def test_descriptive_aliases_name_an_actor_only_in_an_article_about_its_scope():
    """"government forces" is the Syrian government in an article about Idlib, nobody known in
    one about another war; a proper name of the actor counts everywhere."""
    content = small_content()
    content.actors["syrian-government"].scope = ["idlib-province"]
    (e,) = run("Government forces shelled Saraqib on 3 May 2021.", content=content)
    assert e.actors == ["syrian-government"]  # Saraqib lies in Idlib province
    (e,) = run("Government forces shelled the port of Hodeidah on 3 May 2021.", content=content)
    assert e.actors == []
    (e,) = run("The Syrian government shelled the port of Hodeidah on 3 May 2021.", content=content)
    assert e.actors == ["syrian-government"]


def test_a_roundup_paragraph_led_by_its_place_is_read_on_its_own_for_descriptive_aliases():
    """"In Yemen, government forces ..." in a roundup that also covers Idlib is not the Syrian
    government; "In Idlib, ... government forces" still is."""
    content = small_content()
    content.actors["syrian-government"].scope = ["idlib-province"]
    body = ("In Idlib, government forces shelled the town of Saraqib on 3 May 2021, killing three civilians in the market, residents said.\n\n"
            "In Yemen, government forces clashed with tribal fighters near the port of Hodeidah on 4 May 2021, killing seven people, medics said.\n\n"
            "In March, government forces shelled the outskirts of Binnish again for several hours, killing two civilians there, a monitor said.")
    events = run(body, content=content)
    by_date = {(e.type, e.date): e for e in events}
    assert by_date[("shelling", "2021-05-03")].actors == ["syrian-government"]
    assert by_date[("armed-clash", "2021-05-04")].actors == []
    assert by_date[("shelling", "2021-03")].actors == ["syrian-government"]  # "In March," leads with a date, not a place


def test_verb_first_attributions_meetings_in_a_named_place_and_army_convoys():
    """Translated wire style: "..., announced the Observatory (SOHR)." is a closing attribution,
    not the strike's agent; "officers met in Moscow" are talks; "a convoy of the Turkish army
    entered" is a deployment (an aid convoy is not)."""
    (e,) = run("Seven civilians were killed on Monday by Russian air strikes on Saraqib, announced the Syrian Observatory for Human Rights (SOHR).")
    assert (e.type, e.date, e.actors) == ("air-strike", "2021-05-03", ["russia"])
    (e,) = run("On Tuesday, regime forces fired rockets on Binnish, killing a woman, indicated the Observatory.")
    assert (e.type, e.date, e.actors) == ("shelling", "2021-05-04", ["syrian-government"])
    (e,) = run("On 5 May, Turkish and Russian officers met in Moscow to discuss Idlib, indicated the Turkish ministry in a communique.")
    assert (e.type, e.date, e.places) == ("talks", "2021-05-05", ["moscow"])
    (e,) = run("On 1 May, a convoy of the Turkish army entered Idlib to reinforce its posts, according to SOHR.")
    assert (e.type, e.actors) == ("deployment", ["turkey"])
    assert run("The last convoy of aid crossed on Sunday with 79 trucks of food.") == []

# Review round 6b: dates and agreements.

def test_a_date_across_and_dates_the_other_conjunct():
    events = run("Regime forces launched an offensive on Saraqib on April 30, 2019, and captured the town on August 20, 2019.")
    assert {e.type: e.date for e in events} == {"armed-clash": "2019-04-30", "territorial-change": "2019-08-20"}
    events = run("Regime forces launched an offensive on Saraqib on April 30, 2019, and captured the town.")
    (capture,) = [e for e in events if e.type == "territorial-change"]
    assert capture.date is None and capture.date_reason


def test_an_obligation_with_be_to_and_a_list_of_weapons_are_no_events():
    assert run("Heavy weapons, including tanks, rocket launchers and mortars, were to be withdrawn from the zone "
               "by October 10, 2018.") == []
    assert run("Rebel groups were to withdraw from Saraqib within a month.") == []
    (e,) = run("Rebels fired rockets at Saraqib on 3 May 2021.")
    assert e.type == "shelling"


def test_patrols_suspended_with_a_place_between_are_no_patrol():
    assert [e for e in run("Joint patrols on the M4 highway were suspended in August 2020 after attacks on the convoys.")
            if e.type == "patrol"] == []


def test_a_named_agreement_with_a_signing_date_that_contradicts_its_record_is_not_dated():
    (e,) = run("The Moscow protocol, signed in March 2019, set up a corridor along the highway.")
    assert (e.type, e.agreements, e.date) == ("agreement", ["moscow-2020"], None)
    assert "2019-03" in e.date_reason and "2020-03-05" in e.date_reason
    (e,) = run("The Moscow protocol, signed in March 2020, set up a corridor along the highway.")
    assert e.date == "2020-03"


def test_a_signing_date_goes_to_the_agreement_it_fits():
    (e,) = run("The Moscow protocol, signed in March 2020, and the Sochi memorandum both required Turkey to act.")
    assert (e.date, e.agreements) == ("2020-03", ["moscow-2020"])


def test_a_violent_event_before_an_agreement_entered_into_force_is_not_linked_to_it():
    events = run("The Moscow protocol came after weeks of fighting in which 34 soldiers were killed in an air strike "
                 "in Idlib on February 27, 2020.")
    assert events and all("moscow-2020" not in e.agreements for e in events if e.type == "air-strike")


def test_an_agreement_that_is_dead_is_no_casualty():
    events = run("The Sochi memorandum collapsed in January 2020. The agreement has been dead since then, diplomats say.",
                 published="2021-03-20")
    assert [e for e in events if e.type == "casualties"] == []


def test_in_force_claim_dates_by_its_entry_into_force_not_by_the_name():
    claims = _claims("The Moscow protocol came into effect on March 6, 2020.", "2021-03-20")
    assert [(c.claim, c.value, c.date) for c in claims] == [("date", "2020-03-06", None), ("status", "in-force", "2020-03-06")]
    claims = _claims("The 2020 Moscow protocol has held since it entered into force, residents said.", "2021-03-20")
    assert [(c.value, c.date) for c in claims if c.claim == "status"] == [("holding", None), ("in-force", None)]


def test_a_signing_city_standing_for_a_government_is_no_evidence():
    # the article's last agreement is the Sochi memorandum; "Moscow" here is the Russian government
    claims = _claims("The Sochi memorandum collapsed in January 2020. The agreement has been dead since then, "
                     "even if neither Moscow nor Ankara has abandoned it.", "2021-03-20")
    assert {c.agreement for c in claims} == {"sochi-2018"}


def test_an_agreement_signed_after_the_article_is_not_its_referent():
    claims = _claims("The Sochi memorandum has been a dead letter since the spring. Ankara says Damascus and Moscow "
                     "violated the agreement in Moscow talks.", "2019-11-14")
    assert {c.agreement for c in claims} == {"sochi-2018"}


# Review round 7b: tense and narrative order.

def test_a_statement_dated_in_a_phrase_heading_the_sentence():
    # a verbless "In a statement on Monday," is when the speech was made, not a closing attribution's date
    events = run("In a statement on Monday, Turkey said it would keep its posts near Saraqib.", published="2021-05-07")
    assert [(e.type, e.date) for e in events] == [("statement", "2021-05-03")]


def test_a_date_after_said_and_a_noun_is_the_reported_happenings():
    # "said a drone strike on Monday could have ...": Monday is the strike's day, not the speech's
    events = run("Turkish officials said a drone strike on Monday could have hit their convoy near Saraqib.",
                 published="2021-05-07")
    assert [(e.type, e.date) for e in events if e.type == "statement"] == [("statement", None)]
    assert [e.date for e in events if e.type == "air-strike"] == ["2021-05-03"]


def test_used_to_is_a_habit_not_a_happening():
    events = run("Russian and Turkish troops used to run joint patrols near Saraqib until the patrols were suspended in March.")
    assert [e for e in events if e.type == "patrol"] == []


def test_a_noun_whose_which_clause_says_it_stopped_names_no_happening():
    events = run("Russia and Turkey held talks in Moscow in April on the joint patrols near Saraqib, which were halted in March.")
    assert [e.type for e in events] == ["talks"]


def test_a_negator_does_not_reach_across_a_colon():
    events = run("Monday was no different: hundreds of people protested in Saraqib.")
    assert [(e.type, e.date) for e in events] == [("protest", "2021-05-03")]


def test_an_evaluation_of_a_happening_told_before_is_no_new_one():
    for body in ("Residents said it was the worst shelling of Binnish since the truce took effect.",
                 "The fighting is the most serious test of the truce agreed in Moscow."):
        assert [e.type for e in run(body) if e.type not in ("statement", "agreement")] == []


def test_people_described_as_displaced_are_no_displacement():
    assert [e.type for e in run("Saraqib has about 30,000 residents, many of them displaced from Binnish.")] == []


def test_took_another_road_is_no_capture():
    events = run("The Turkish convoy was expected in Saraqib on 3 May 2021, but it took another road.")
    assert [e for e in events if e.type == "territorial-change"] == []


def test_in_response_to_after_an_attribution_is_not_the_speakers_words():
    events = run("Turkish troops shelled regime positions near Saraqib on 3 May 2021, SOHR said, in response to "
                 "attacks on a Turkish post.")
    assert [(e.type, e.date, e.actors[:1]) for e in events] == [("shelling", "2021-05-03", ["turkey"])]

# ---- round 7a: dates and fatalities (counts and who)

def test_a_monitor_documenting_deaths_is_no_actor_and_gives_the_count():
    (e,) = run("SOHR documented the death of 14 civilians on 3 May 2021 in air strikes by Russian warplanes on Saraqib.")
    assert (e.type, e.date, e.actors) == ("air-strike", "2021-05-03", ["russia"])
    assert (e.fatalities.count, e.fatalities.who) == (14, "civilians")


def test_a_revised_toll_dates_the_count_not_the_strike():
    (e,) = run("The death toll from an air strike on a market in Saraqib rose to 22 on Wednesday from 15 on Tuesday.")
    assert e.type == "air-strike" and e.date is None and "toll" in e.date_reason
    assert e.fatalities.count == 22


def test_a_toll_that_had_risen_gives_the_new_count():
    (e,) = run("SOHR said on Wednesday that the toll from regime shelling on Saraqib on Monday had risen to nine, up from six.")
    assert (e.date, e.fatalities.count) == ("2021-05-03", 9)
    (e,) = run("On 3 May 2021 SOHR put the toll from the air strikes on Saraqib at nine, including a woman who died in hospital.")
    assert (e.actors, e.fatalities.count) == ([], 9)


def test_counts_with_a_coordinated_or_qualified_group():
    (e,) = run("At least 30 soldiers and allied militiamen were killed on 3 May 2021 in an attack by rebels on Saraqib.")
    assert (e.fatalities.count, e.fatalities.qualifier, e.fatalities.who) == (30, "at least", "soldiers")
    (e,) = run("Among the dead were six children and three women, who were killed when a barrel bomb hit a house in Saraqib on 3 May 2021.")
    assert (e.fatalities.count, e.fatalities.who) == (9, "children and women")


def test_a_range_a_dozen_and_a_single_victim():
    (e,) = run("Between 10 and 15 people were killed on 3 May 2021 when a car bomb exploded in Saraqib.")
    assert (e.fatalities.count, e.fatalities.qualifier) == (10, "at least")
    (e,) = run("On 3 May 2021, a strike on a camp near Saraqib killed more than a dozen people.")
    assert (e.fatalities.count, e.fatalities.qualifier) == (12, "more than")
    (e,) = run("On 3 May 2021, Russian aircraft hit a farm near Saraqib, killing a shepherd.")
    assert (e.fatalities.count, e.fatalities.who) == (1, "shepherd")
    (e,) = run("On 3 May 2021, dozens of civilians were killed in Russian air strikes on Saraqib.")
    assert e.fatalities is None


def test_bodies_received_or_exhumed_are_the_dead_and_died_after_a_group_name():
    (e,) = run("A doctor at the hospital in Saraqib said it received eight bodies after air strikes on the town on 3 May 2021.")
    assert (e.type, e.fatalities.count) == ("air-strike", 8)
    (e,) = run("Medics said three fighters of the Hurras al-Din group died of their wounds on 3 May 2021 after clashes near Saraqib.")
    assert (e.fatalities.count, e.fatalities.who) == (3, "fighters")
    (e,) = run("The monitor said 18 jihadists also died in the fighting near Saraqib on 3 May 2021.")
    assert e.fatalities.count == 18


def test_a_nationality_inside_an_organisation_name_is_no_state():
    from generator.records import Actor
    content = small_content()
    content.actors["united-states"] = Actor(id="united-states", name="United States", aliases=["American"], kind="state")
    events = run("The Syrian American Medical Society said a hospital in Saraqib was put out of service on 3 May 2021 "
                 "after it was hit by an air strike.", content=content)
    assert [(e.type, e.actors) for e in events] == [("air-strike", [])]


def test_a_clause_without_a_place_does_not_take_another_clauses_place():
    events = run("On Monday, Russian jets struck Saraqib, killing two civilians; on Wednesday, rebels shelled the outskirts, wounding four people.")
    shelling = next(e for e in events if e.type == "shelling")
    assert shelling.date == "2021-05-05" and shelling.places == []


def test_an_ordinal_since_does_not_date_the_happening():
    (e,) = run("A hospital in Saraqib was hit by an air strike, the fourth medical facility hit since the start of April.")
    assert e.type == "air-strike" and e.date is None


def test_an_after_phrase_heading_a_sentence_needs_its_own_narrating_verb():
    # the line above (a byline, a title) is not the clause the after-phrase hangs on
    events = run("Updated by our correspondent\n\nAfter three months of relative calm, Russian air raids target Saraqib.")
    assert all(e.type != "air-strike" for e in events)


def test_a_season_gives_its_year_and_a_quarter_its_months():
    (e,) = run("Regime forces shelled Saraqib in the summer of 2013.", published="2021-05-07")
    assert (e.date, e.end_date) == ("2013", None) and "season" in e.date_reason
    (e,) = run("Regime forces shelled Saraqib in the fourth quarter of 2020.", published="2021-05-07")
    assert (e.date, e.end_date) == ("2020-10", "2020-12")
    # winter spans two years: no date
    (e,) = run("Regime forces shelled Saraqib in the winter of 2013.", published="2021-05-07")
    assert e.date is None


def test_a_second_main_clause_headed_by_its_own_date_is_another_happening():
    # round 8b: "In June X clashed near A, and in August a Russian air strike hit B"
    clash, strike = sorted(run("In June 2020, government forces and rebels clashed near Saraqib, "
                               "and in August 2020 a Russian air strike hit a market in Binnish."), key=lambda e: e.date)
    assert (clash.type, clash.date, clash.actors, clash.places) == ("armed-clash", "2020-06", ["syrian-government", "syrian-opposition"], ["saraqib"])
    assert (strike.type, strike.date, strike.actors, strike.places) == ("air-strike", "2020-08", ["russia"], ["binnish"])
    # "they" in the dated second clause are the first clause's agents; the offensive keeps its own month
    clash, capture = sorted(run("In December 2017, government forces launched an offensive near Saraqib, "
                                "and by January 2018 they had captured the town of Binnish."), key=lambda e: e.date)
    assert (clash.type, clash.date, clash.places) == ("armed-clash", "2017-12", ["saraqib"])
    assert (capture.type, capture.date, capture.actors, capture.places) == ("territorial-change", "2018-01", ["syrian-government"], ["binnish"])


def test_the_same_kind_of_happening_on_two_days_in_one_sentence_is_two_events():
    # "On 3 May X shelled A, and on Sunday they shelled B": one event per day, not one per sentence
    events = run("On Tuesday, regime forces shelled Saraqib, and on Sunday the regime forces "
                 "shelled the town of Binnish.", published="2021-05-07")
    assert sorted((e.type, e.date, tuple(e.places)) for e in events) == [
        ("shelling", "2021-05-02", ("binnish",)), ("shelling", "2021-05-04", ("saraqib",))]
    # a first clause whose date the typo hides does not borrow the second clause's day
    undated, sunday = sorted(run("On 2x May, the shelling of Saraqib killed two women, and on Sunday the regime "
                                 "forces shelled the town of Binnish.", published="2021-05-07"), key=lambda e: e.date or "")
    assert (undated.date, undated.places, sunday.date, sunday.places) == (None, ["saraqib"], "2021-05-02", ["binnish"])
    # a clause that tells how the same happening went on stays one event
    (e,) = run("Regime forces shelled Saraqib on Sunday, as the forces shelled the town again in the evening.",
               published="2021-05-07")
    assert e.date == "2021-05-02"


def test_patrols_someone_suspended_and_spoils_someone_captured_are_no_happening():
    # round 8b: the object of a verb of ending; weapons taken are not territory
    assert run("Russia suspended the joint patrols in August 2020, citing attacks on the road.") == []
    assert run("Rebels captured a machine gun and ammunition near Saraqib on 3 May 2021.") == []
    (e,) = run("Rebels captured Saraqib on 3 May 2021.")
    assert (e.type, e.date) == ("territorial-change", "2021-05-03")

# Round 8a: messy scraped pages.

def test_a_violation_of_sovereignty_or_of_law_is_no_agreement_violation():
    assert run("The ministry said the convoy was a violation of Syrian sovereignty.") == []
    assert run("The organisation said the attack was a clear violation of the international humanitarian law.") == []
    assert "agreement-violation" in [e.type for e in run("Turkey said on Monday the attack violated the Moscow protocol.")]


def test_reinforcing_one_point_and_sending_a_convoy_or_warships_are_deployments():
    (e,) = run("The Turkish army reinforced its point in the town of Saraqib with new tanks on Wednesday.", published="2021-06-11")
    assert (e.type, e.date, e.actors) == ("deployment", "2021-06-09", ["turkey"])
    (e,) = run("Turkish troops sent a convoy of about 40 armoured vehicles into Idlib on Monday through the crossing.", published="2020-05-14")
    assert (e.type, e.date) == ("deployment", "2020-05-11")
    (e,) = run("Russia sent two warships to the Mediterranean on Friday.", published="2020-02-28")
    assert (e.type, e.actors) == ("deployment", ["russia"])
    assert [e.type for e in run("Turkey sent a convoy of humanitarian aid to Idlib on Monday.")] != ["deployment"]


def test_the_forces_of_x_heading_the_clause_or_after_by_make_x_the_agent():
    (e,) = [e for e in run("The forces of the Syrian regime forces took control of the town of Saraqib on 3 February 2020.") if e.type == "territorial-change"]
    assert e.actors == ["syrian-government"]
    (e,) = run("The artillery of the forces of Putin shelled the town of Saraqib on 3 February 2020.")
    assert e.actors == ["russia"] and e.title.startswith("Shelling by Russia")
    (e,) = [e for e in run("At least 33 Turkish soldiers were killed in an air strike by the forces of the regime forces in Saraqib on 27 February 2020.")
            if e.type == "air-strike"]
    assert e.actors[0] == "syrian-government" or "Syrian government" in e.title
    # a target stays a target
    (e,) = run("Rebels shelled positions of the regime forces in Saraqib on 3 February 2020.")
    assert e.title.startswith("Shelling by Syrian opposition")


def test_entering_the_northern_part_of_a_town_is_a_territorial_change():
    events = run("Regime forces entered the northern part of Saraqib on Monday night after heavy fighting with rebels.", published="2019-08-20")
    (e,) = [e for e in events if e.type == "territorial-change"]
    assert (e.date, e.actors[0]) == ("2019-08-19", "syrian-government")


def test_two_days_in_a_row_joined_by_and_are_one_period():
    (e,) = run("Turkish and Russian delegations held talks in Moscow on Tuesday and Wednesday.", published="2021-05-07")
    assert (e.type, e.date, e.end_date) == ("talks", "2021-05-04", "2021-05-05")
    # days further apart stay separate: the nearest dates the event, as before
    (e,) = run("Turkish and Russian delegations held talks in Moscow on Monday and Thursday.", published="2021-05-07")
    assert e.end_date is None


# Round 9b: translated regional outlets, a humanitarian update, a monitor's monthly report, a
# wire item of plans and conditions.

def test_a_ranking_frame_of_the_month_does_not_date_the_event():
    body = ("Rebels and regime forces fought near Binnish in March 2021. "
            "In the heaviest bombardment of the month, regime forces shelled Saraqib on 14 April, killing two men.")
    (e,) = [e for e in run(body, published="2021-05-02") if e.type == "shelling"]
    assert e.date == "2021-04-14"
    # "the first days of this year" is a date, not a ranking
    (e,) = run("In the first days of this year, Russian jets struck Saraqib.", published="2021-01-05")
    assert e.date == "2021"


def test_a_verb_and_its_object_split_by_a_date_in_translated_word_order():
    (e,) = run("Gunmen attacked on the 9th of this month the army post of Saraqib, the ministry said.", published="2021-05-12")
    assert (e.type, e.date) == ("armed-clash", "2021-05-09")
    (e,) = run("On Friday at 11h, unknown men attacked the weekly market of Binnish, killing seven civilians.", published="2021-05-12")
    assert (e.type, e.date, e.fatalities.count) == ("attack-on-civilians", "2021-05-07", 7)
    assert run("Gunmen attacked on Friday the idea of a new constitution.", published="2021-05-12") == []


def test_the_start_of_a_truce_in_its_relative_clause_does_not_date_a_violation():
    events = run("Turkey accused the regime forces of repeatedly violating the truce, which began on April 2.", published="2021-05-07")
    assert "agreement-violation" in [e.type for e in events] and "2021-04-02" not in [e.date for e in events]


def test_a_deadline_to_act_is_no_happening():
    assert run("The mediators said the deadline for the fighters to withdraw from the hospitals in Saraqib is Sunday.") == []
    assert [e.type for e in run("Russia gave an ultimatum to the fighters to leave Binnish by Monday.")] == []


def test_violence_named_as_known_or_conceded_is_no_new_event():
    assert run("The governor ordered a committee to investigate the causes of the clashes in Saraqib.") == []
    assert run("Medics evacuated 20 families from the area of the fighting near Binnish.") == []
    assert [e.type for e in run("The Moscow protocol has held since 2020, despite sporadic bursts of shelling around Saraqib.")
            if e.type in ("shelling", "armed-clash")] == []
    assert "shelling" not in [e.type for e in run("\"We came back, but the rockets land every day,\" said a farmer from Binnish.")]
    # the deaths told inside the conceded phrase are background too
    assert [e.type for e in run("Turkey said its troops had finished the deployment, despite ongoing shelling by regime "
                                "forces that has killed thousands of civilians.", published="2021-05-07")
            if e.type in ("shelling", "casualties")] == []


def test_announcing_or_declaring_a_truce_is_an_agreement():
    (e,) = [e for e in run("The Turkish defence ministry announced a ceasefire on Monday after talks with Russia.", published="2021-05-07")
            if e.type == "agreement"]
    assert e.date == "2021-05-03"
    assert "agreement" not in [e.type for e in run("Russia declared the truce over on Monday.", published="2021-05-07")]


def test_an_affiliate_is_not_the_speaker_of_the_claim():
    events = run("A new group affiliated with Hurras al-Din claimed the attack on Saraqib on Tuesday.", published="2021-05-07")
    assert all("hurras-al-din" not in e.actors for e in events if e.type == "statement")


def test_a_monitors_toll_is_its_casualties_not_its_statement():
    events = run("At least 40 civilians were killed in Idlib in April, the SOHR said in its monthly report published on Saturday.",
                 published="2021-05-02")
    assert [(e.type, e.date) for e in events] == [("casualties", "2021-04")]


def test_a_statement_carried_by_an_agency_is_dated_by_the_day_after_it():
    (e,) = run("Putin said in a statement carried by the state news agency yesterday that Russian forces would stay in Syria.",
               published="2021-05-07")
    assert (e.type, e.date) == ("statement", "2021-05-06")

# Round 9a: wars the gazetteers do not cover (Ukraine, Sudan, Myanmar, Lebanon).

def test_a_meeting_scheduled_or_prepared_for_is_no_talks_event():
    assert [e.type for e in run("Officials from Ankara and Moscow prepared for another round of talks in Sochi, scheduled for next month.")] == []
    assert "talks" not in [e.type for e in run("The two foreign ministers announced a meeting in Sochi planned for June.")]
    assert [e.type for e in run("Talks in Moscow ended on Tuesday without a deal.", published="2021-05-07")] == ["talks"]


def test_a_relative_date_after_and_opens_a_clause_of_its_own():
    # the head date of the first clause does not frame a second clause with its own (unplaceable) date
    events = run("In March 2019, an air strike hit a bakery in Binnish and killed nine people, and last month three farmers were killed by shelling near Saraqib.",
                 published=None)
    by_type = {e.type: e for e in events}
    assert by_type["air-strike"].date == "2019-03"
    assert by_type["shelling"].date is None and "last month" in by_type["shelling"].date_reason


def test_a_yearless_month_in_a_paragraph_about_an_earlier_year_has_no_year():
    # it may go on from the paragraph's date (2019) or be counted from the publication date (2021):
    # news comes back to the present as often as a story goes on, so the year is not guessed
    events = run("On 12 January 2019, government forces launched an offensive on Binnish. In early May, Turkish and Russian officials met in Sochi.",
                 published="2021-11-20")
    (talks,) = [e for e in events if e.type == "talks"]
    assert talks.date is None and "the year is not stated: 2019 if it goes on" in talks.date_reason
    # "since 2015" starts a period up to now, not a story: the month is read from the publication date
    events = run("Rebels have held Binnish since 2015. In May, Turkish and Russian officials met in Sochi.", published="2021-11-20")
    (talks,) = [e for e in events if e.type == "talks"]
    assert talks.date == "2021-05"
    # when both readings give the same year, it stands
    events = run("In January 2021, government forces shelled Binnish. In May, Turkish and Russian officials met in Sochi.",
                 published="2021-11-20")
    (talks,) = [e for e in events if e.type == "talks"]
    assert talks.date == "2021-05"
    # a month before the paragraph's date: its year is not guessed
    events = run("In November 2019, government forces shelled Binnish. In March, Turkish and Russian officials met in Sochi.", published="2021-11-20")
    (talks,) = [e for e in events if e.type == "talks"]
    assert talks.date is None
    # a span of two years is no year to take
    events = run("An offensive in the winter of 2019-2020 displaced a million people. Turkish and Russian officials met in Sochi on 5 March.",
                 published="2021-11-20")
    (talks,) = [e for e in events if e.type == "talks"]
    assert talks.date == "2021-03-05"
    # the article's own time ("on Tuesday") ends the narrative of the earlier year
    events = run("In June 2015, rebels captured Binnish. On Tuesday, Russian jets struck Saraqib. In August, Turkish and Russian officials met in Sochi.",
                 published="2021-11-20")
    (talks,) = [e for e in events if e.type == "talks"]
    assert talks.date == "2021-08"


def test_a_period_counted_forward_from_an_undated_time_ends_after_the_article_and_is_no_date():
    events = run("Shelling in the province killed more than 3,000 people over the following six years.", published="2021-05-07")
    assert events and all(e.date is None for e in events)
    (e,) = [e for e in run("Russian jets struck Saraqib repeatedly over the past two weeks.", published="2021-05-07") if e.type == "air-strike"]
    assert e.date == "2021-04-23"


def test_people_captured_are_no_territorial_change():
    assert "territorial-change" not in [e.type for e in run("Two rebels were killed and five captured in the fighting near Saraqib on Monday.")]
    assert "territorial-change" not in [e.type for e in run("Rebels captured 14 soldiers near Saraqib on Monday.")]
    assert "territorial-change" in [e.type for e in run("Rebels captured the town of Saraqib on Monday.")]


def test_pulling_out_of_a_deal_is_no_troop_withdrawal():
    assert "withdrawal" not in [e.type for e in run("Russia pulled out of the grain arrangement in July 2020.")]
    assert "withdrawal" not in [e.type for e in run("Turkey withdrew from the talks in Sochi in July 2020.")]
    assert "withdrawal" in [e.type for e in run("Turkish troops withdrew from the observation post near Saraqib in July 2020.")]


def test_drones_shot_down_are_no_strike_by_air_defences():
    assert [e.type for e in run("Air defences shot down 40 drones and two missiles over Idlib, the army said.")] == []
    assert [e.type for e in run("Russian jets struck Saraqib on Monday.")] == ["air-strike"]
    # a warplane shot down is a happening of its own
    assert run("Turkey shot down two Syrian warplanes over Idlib on Sunday.")


def test_talks_that_have_stalled_are_no_talks_event():
    assert "talks" not in [e.type for e in run("The agreement does not cover Idlib, where talks on a truce have stalled since the spring.")]


def test_a_state_naming_its_own_region_is_not_the_agent():
    (e,) = [e for e in run("In August 2020, rebels launched a raid into Turkey's Hatay province, seizing two villages.") if e.type == "territorial-change"]
    assert "turkey" not in e.actors and "by Turkey" not in e.title


def test_a_leader_killed_is_a_victim_not_the_agent():
    from helpers_extract import small_content
    from generator.records import Actor
    content = small_content()
    content.actors["abu-omar"] = Actor(id="abu-omar", name="Abu Omar", aliases=[], kind="person")
    (e,) = [e for e in run("The conflict grew sharply in April, when the army killed Ahrar's leader Abu Omar in an air strike on a camp "
                           "on April 27 and began a ground invasion of the south on May 1.", content=content) if e.type == "air-strike"]
    assert "Abu Omar" not in e.title

# Round 10: tolls and periods

def _when(events, kind):
    (e,) = [e for e in events if e.type == kind]
    return e.date, e.end_date


def test_a_toll_since_the_start_of_a_war_is_a_period_up_to_the_article():
    pub = "2021-05-07"
    assert _when(run("The conflict, which erupted on April 15, has killed 860 people in Idlib, the UN said.", published=pub),
                 "casualties") == ("2021-04-15", "2021-05-07")
    assert _when(run("The war, which began on 15 April, has killed at least 860 civilians in Binnish.", published=pub),
                 "casualties") == ("2021-04-15", "2021-05-07")
    assert _when(run("The conflict, which erupted in 2011, has killed 500,000 people.", published=pub),
                 "casualties") == ("2011", "2021-05-07")
    assert _when(run("The offensive, which regime forces launched on April 15, has killed 860 people.", published=pub),
                 "casualties") == ("2021-04-15", "2021-05-07")
    assert _when(run("The truce, which took effect on 6 March, has been violated 40 times by regime forces.", published=pub),
                 "agreement-violation") == ("2021-03-06", "2021-05-07")
    # the subject that started is itself a period
    assert _when(run("The fighting, which started in March, has killed more than 1,200 people in Idlib.", published=pub),
                 "armed-clash") == ("2021-03", "2021-05-07")
    # with a past main verb the period's end is not told: null, never the start day
    (e,) = run("The war, which erupted on April 15, killed 860 people in its first week.", published=pub)
    assert e.date is None and "when what the sentence speaks of began" in e.date_reason
    # no start phrase: the day of the happening
    assert _when(run("Regime forces shelled Binnish on April 15, killing 12 people.", published=pub), "shelling") == ("2021-04-15", None)
    # a participle with no main verb after it dates its noun ("Operation X, launched on ..., striking ...")
    assert _when(run("Turkey responded with an offensive, launched on 1 March 2020, striking regime positions near Saraqib.",
                     published=pub), "armed-clash")[0] == "2020-03-01"


def test_hours_later_takes_the_previous_sentences_day():
    pub = "2021-05-07"
    assert _when(run("Russian jets struck Saraqib on 3 May 2021. Hours later, regime forces shelled Binnish.", published=pub),
                 "shelling") == ("2021-05-03", None)
    assert _when(run("On Monday, Russian jets struck Saraqib. Two hours later, regime forces shelled Binnish.", published=pub),
                 "shelling") == ("2021-05-03", None)
    assert _when(run("Russian jets struck Saraqib on 3 May 2021. A few hours later, rebels attacked the army post in Binnish.",
                     published=pub), "armed-clash") == ("2021-05-03", None)
    assert _when(run("Turkey suspended its participation in the talks on Wednesday. Hours later, Russian warplanes struck "
                     "rebel positions in Saraqib, residents said.", published=pub), "air-strike") == ("2021-05-05", None)
    # late in the day: the same day or the next
    events = run("Russian jets struck Saraqib late on Monday night. Hours later, regime forces shelled Binnish.", published=pub)
    (e,) = [e for e in events if e.type == "shelling"]
    assert e.date is None and "the same day or the next" in e.date_reason
    # more than a day, or nothing before it: no day
    assert _when(run("Russian jets struck Saraqib on 3 May 2021. Thirty-six hours later, regime forces shelled Binnish.",
                     published=pub), "shelling") == (None, None)
    assert _when(run("Hours later, regime forces shelled Binnish.", published=pub), "shelling") == (None, None)


def test_a_toll_between_two_days_with_their_times_is_both_days():
    pub = "2023-12-04"
    assert _when(run("Between 2 December noon and 3 December noon, 316 people were killed in Idlib, the ministry said.",
                     published=pub), "casualties") == ("2023-12-02", "2023-12-03")
    assert _when(run("According to SOHR, between 2 December noon and 3 December noon, 316 people were killed in Idlib.",
                     published=pub), "casualties") == ("2023-12-02", "2023-12-03")
    assert _when(run("Regime forces shelled Saraqib between 2 December at noon and 3 December at 6 am.", published=pub),
                 "shelling") == ("2023-12-02", "2023-12-03")
    assert _when(run("Between the evening of 2 December and the morning of 3 December, 40 people were killed in Idlib.",
                     published=pub), "casualties") == ("2023-12-02", "2023-12-03")
    assert _when(run("Shelling killed 12 civilians in Saraqib between 2 and 3 December.", published=pub),
                 "shelling") == ("2023-12-02", "2023-12-03")
    (e,) = run("Regime forces shelled Saraqib from 2 to 5 December, killing 12 civilians.", published="2023-12-10")
    assert (e.date, e.end_date, e.date_reason) == ("2023-12-02", "2023-12-05", None)  # not "up to the article"


def test_a_toll_since_a_day_is_a_period_up_to_the_article():
    pub = "2023-11-20"
    for body in ("Since 7 October, 15,207 people have been killed in Idlib, the ministry said.",
                 "At least 15,207 people have been killed in Idlib since 7 October.",
                 "Since October 7, at least 15,207 people have been killed, according to the health ministry.",
                 "The death toll in Idlib since 7 October has risen to 15,207, the ministry said."):
        assert _when(run(body, published=pub), "casualties") == ("2023-10-07", "2023-11-20"), body
    assert _when(run("Regime shelling has killed 300 civilians in Idlib since 7 October.", published=pub),
                 "shelling") == ("2023-10-07", "2023-11-20")


def test_the_first_days_of_a_truce_are_no_date_of_their_own():
    pub = "2021-05-07"
    for body in ("The truce took effect on 6 March 2021. In the first six days of the truce, regime forces shelled Saraqib "
                 "40 times, killing 12 people.",
                 "In the first six days of the truce, regime forces shelled Saraqib 40 times.",
                 "In the first three days of the offensive, regime forces shelled Saraqib 40 times."):
        (e,) = [e for e in run(body, published=pub) if e.type == "shelling"]
        assert e.date is None and "the first" in e.date_reason, body
    (e,) = run("During the first week of the ceasefire, which began on 6 March, 12 civilians were killed in Idlib.", published=pub)
    assert e.date is None


def test_the_past_month_of_a_report_is_the_month_before_it():
    pub = "2021-06-01"
    for body in ("During the past month, at least 40 civilians were killed in Idlib, SOHR said in its monthly report.",
                 "In the past month, regime shelling killed 40 civilians in Idlib.",
                 "Regime forces shelled Saraqib 300 times over the past month."):
        (e,) = run(body, published=pub)
        assert (e.date, e.end_date) == ("2021-05", None), body
    assert _when(run("At least 40 civilians were killed in Idlib last month, SOHR said.", published=pub), "casualties") == ("2021-05", None)
    assert _when(run("At least 40 civilians were killed in Idlib in the past 30 days.", published=pub),
                 "casualties") == ("2021-05-02", "2021-06-01")
    # published in mid-month: the month before the article, as many days long
    assert _when(run("During the past month, at least 40 civilians were killed in Idlib.", published="2021-06-15"),
                 "casualties") == ("2021-05-15", "2021-06-14")


def test_a_toll_revised_on_a_day_does_not_date_the_strike():
    pub = "2021-05-07"
    for body in ("The death toll from an air strike on Saraqib rose to 22 on Sunday.",
                 "The death toll from the Russian air strike on the market in Saraqib rose to 22 on Sunday, SOHR said.",
                 "On Sunday, the death toll from an air strike on Saraqib rose to 22."):
        (e,) = [e for e in run(body, published=pub) if e.type == "air-strike"]
        assert e.date is None and "the day the toll was revised" in e.date_reason, body
    # the strike's own day, inside the phrase ("from Saturday's air strike" starts no period)
    assert _when(run("The death toll from Saturday's air strike on Saraqib rose to 22 on Sunday.", published=pub),
                 "air-strike") == ("2021-05-01", None)


def test_killed_over_the_weekend_is_its_saturday_and_sunday():
    assert _when(run("Twelve civilians were killed in Saraqib over the weekend.", published="2021-05-10"),
                 "casualties") == ("2021-05-08", "2021-05-09")
    assert _when(run("Russian jets struck Saraqib over the weekend, killing 12 civilians.", published="2021-05-10"),
                 "air-strike") == ("2021-05-08", "2021-05-09")
    assert _when(run("Russian jets struck Saraqib over the weekend, killing 12 civilians.", published="2021-05-07"),
                 "air-strike") == ("2021-05-01", "2021-05-02")
    assert _when(run("Over the weekend, regime forces shelled Binnish.", published="2021-05-10"), "shelling") == ("2021-05-08", "2021-05-09")
    assert _when(run("Air strikes on Saraqib killed 12 civilians this weekend.", published="2021-05-10"),
                 "air-strike") == ("2021-05-08", "2021-05-09")
    # said on its Saturday: up to the article
    assert _when(run("Russian jets struck Saraqib this weekend, killing 12 civilians.", published="2021-05-08"),
                 "air-strike") == ("2021-05-08", None)
    assert run("Turkish and Russian officials will meet in Sochi over the weekend.", published="2021-05-07") == []


def test_the_past_24_hours_of_a_report_are_the_day_before_and_the_day_of_publication():
    pub = "2021-05-07"
    assert _when(run("In the past 24 hours, regime forces shelled Saraqib 30 times, SOHR said.", published=pub),
                 "shelling") == ("2021-05-06", "2021-05-07")
    assert _when(run("At least 12 civilians were killed in Idlib in the past 24 hours.", published=pub),
                 "casualties") == ("2021-05-06", "2021-05-07")
    assert _when(run("During the last 24 hours, 12 civilians were killed in Idlib, the ministry said.", published=pub),
                 "casualties") == ("2021-05-06", "2021-05-07")
    assert _when(run("In the past 48 hours, Russian jets struck Saraqib 20 times.", published=pub),
                 "air-strike") == ("2021-05-05", "2021-05-07")
    # counted back from the day of the statement that gives it
    assert _when(run("The SOHR said on Thursday that regime forces had shelled Saraqib 30 times in the past 24 hours.",
                     published=pub), "shelling") == ("2021-05-05", "2021-05-06")


# Round 10: missed triggers

def _types(text, **kw):
    return [(e.type, e.date) for e in run(text, **kw)]


def test_bombed_is_an_air_strike():
    (e,) = run("A fighter jet bombed Saraqib on Monday, killing nine civilians.")
    assert (e.type, e.date, e.places, e.fatalities.count) == ("air-strike", "2021-05-03", ["saraqib"], 9)
    (e,) = run("Russian warplanes bombed the market in Binnish on Tuesday.")
    assert (e.type, e.date, e.actors) == ("air-strike", "2021-05-04", ["russia"])
    assert [e.type for e in run("The hospital in Saraqib was bombed on Monday.")] == ["air-strike"]
    # near misses: a ruin, a described target, a present state, a denial, a hypothesis
    assert run("The bombed-out buildings of Saraqib were visible from the road on Monday.") == []
    assert run("The bombed hospital in Saraqib reopened on Monday.") == []
    assert run("Saraqib is still bombed, residents say.") == [] or "air-strike" not in [e.type for e in run("Saraqib is still bombed, residents say.")]
    assert "air-strike" not in [e.type for e in run("Russia denied that its jets bombed Saraqib on Monday.")]
    assert run("Regime forces could have bombed Saraqib on Monday.") == []


def test_a_dropped_bomb_that_struck_is_an_air_strike():
    (e,) = run("The day before, a Russian guided aerial bomb struck the centre of Saraqib, killing one man.")
    assert (e.type, e.date, e.actors, e.places) == ("air-strike", "2021-05-06", ["russia"], ["saraqib"])
    assert run("A car bomb struck a checkpoint near Saraqib on Monday.") == [] or \
        "air-strike" not in [e.type for e in run("A car bomb struck a checkpoint near Saraqib on Monday.")]
    assert "air-strike" not in [e.type for e in run("Russia stockpiled guided aerial bombs near Saraqib last year.")]


def test_an_invasion_launched_is_an_offensive():
    (e,) = run("On 24 February 2022, Russia launched its full-scale invasion, sending columns towards Idlib.")
    assert (e.type, e.date, e.actors) == ("armed-clash", "2022-02-24", ["russia"])
    assert _types("The full-scale invasion began on February 24, 2022.") == [("armed-clash", "2022-02-24")]
    # near misses: a threat, a plan, a possibility, the noun alone
    assert run("Russia threatened to launch a full-scale invasion on Monday.") == []
    assert run("Russia may launch a full-scale invasion of Turkey next week.") == []
    assert run("Officials said Russia would launch its invasion if talks failed.") == [] or \
        "armed-clash" not in [e.type for e in run("Officials said Russia would launch its invasion if talks failed.")]
    assert "armed-clash" not in [e.type for e in run("The invasion is a tragedy, Putin's critics say.")]


def test_a_capture_of_a_bare_place_name():
    (e,) = [e for e in run("In February 2021 Russian troops took Saraqib after months of fighting.") if e.type == "territorial-change"]
    assert (e.type, e.date, e.actors, e.places) == ("territorial-change", "2021-02", ["russia"], ["saraqib"])
    (e,) = [e for e in run("Rebels retook Binnish on Monday.") if e.type == "territorial-change"]
    assert (e.date, e.actors, e.places) == ("2021-05-03", ["syrian-opposition"], ["binnish"])
    assert [e.type for e in run("Syrian rebels retook the town on Monday.")] == ["territorial-change"]
    # near misses: took part / place / control of the situation / a country by surprise / a person at his word
    assert "territorial-change" not in [e.type for e in run("Russia took part in the talks in Sochi on Monday.")]
    assert "territorial-change" not in [e.type for e in run("The meeting took place in Saraqib on Monday.")]
    assert run("The governor took control of the situation in Saraqib on Monday.") == []
    assert run("The offensive took Turkey by surprise on Monday.") == [] or \
        "territorial-change" not in [e.type for e in run("The offensive took Turkey by surprise on Monday.")]
    assert run("Erdogan took Putin at his word on Monday.") == []
    assert run("Russia took Putin's advice on Monday.") == []


def test_a_repelled_assault_in_the_passive():
    events = run("Government forces said on Monday that several rebel assaults had been repelled near Saraqib.")
    (e,) = [e for e in events if e.type == "armed-clash"]
    assert (e.date, e.places) == ("2021-05-03", ["saraqib"])
    assert [e.type for e in run("An attack on Saraqib was repelled on Monday.")] == ["armed-clash"]
    # near misses: no attack noun, a modal, a negation, the habitual present
    assert run("Officials were repelled by the idea of a truce in Saraqib on Monday.") == []
    assert "armed-clash" not in [e.type for e in run("Rebels said any assaults would have been repelled near Saraqib.")]
    assert "armed-clash" not in [e.type for e in run("No attacks were repelled near Saraqib on Monday.")]
    assert run("Attacks on Saraqib are repelled every day.") == []


def test_torched_houses_are_an_attack_on_civilians():
    (e,) = run("Regime forces torched about 50 houses in the village of Binnish on Monday.")
    assert (e.type, e.date, e.actors, e.places) == ("attack-on-civilians", "2021-05-03", ["syrian-government"], ["binnish"])
    assert _types("Dozens of homes were burned down in Saraqib on Monday.") == [("attack-on-civilians", "2021-05-03")]
    # near misses: the described houses, tyres, a threat, a denial
    assert run("The torched houses of Saraqib stood empty on Monday.") == []
    assert run("Protesters torched tyres in Saraqib on Monday.") == []
    assert run("Rebels threatened to torch houses in Saraqib.") == []
    assert run("Regime forces did not torch any houses in Binnish on Monday.") == []


def test_military_police_and_reinforcements_entered_are_a_deployment():
    (e,) = run("Russian military police entered Saraqib on Tuesday.")
    assert (e.type, e.date, e.actors, e.places) == ("deployment", "2021-05-04", ["russia"], ["saraqib"])
    assert _types("On Thursday, Turkish reinforcements entered Idlib, the Observatory said.") == [("deployment", "2021-05-06")]
    assert run("Russian military police will enter Saraqib on Friday.") == []
    assert run("Turkish reinforcements have not entered Idlib since March.") == []


def test_hours_later_takes_the_day_of_the_happening_before():
    events = run("Russian jets struck Binnish on Tuesday. Hours later, regime forces shelled Saraqib.")
    assert [(e.type, e.date) for e in events] == [("air-strike", "2021-05-04"), ("shelling", "2021-05-04")]
    assert "Hours later" in events[1].date_reason
    # a statement between them is no later happening; a talk is
    events = run("The army suspended its part in the talks on Wednesday. Hours later, regime forces shelled Saraqib.")
    assert ("shelling", "2021-05-05") in [(e.type, e.date) for e in events]
    events = run("Russian jets struck Binnish on Tuesday. Later that day, regime forces shelled Saraqib.")
    assert events[1].date == "2021-05-04"  # not the publication date ("that day")
    # near misses: nothing dated before; a range before; a date of its own
    (e,) = run("Hours later, regime forces shelled Saraqib.")
    assert e.date is None and "Hours later" in e.date_reason
    events = run("Russian jets struck Binnish last week. Hours later, regime forces shelled Saraqib.")
    assert events[1].date is None
    events = run("Russian jets struck Binnish on Tuesday. Hours later, on Thursday, regime forces shelled Saraqib.")
    assert events[1].date == "2021-05-06"


def test_a_date_before_and_verb_dates_the_first_conjunct():
    events = run("In September, Russia killed the rebel leader in an air strike on Saraqib on September 27 and launched "
                 "a ground invasion of Idlib on October 1.", published="2020-11-01")
    assert [(e.type, e.date) for e in events] == [("air-strike", "2020-09-27"), ("armed-clash", "2020-10-01")]


def test_and_government_forces_open_a_clause_of_their_own():
    events = [e for e in run("Rebels backed by Turkey retook Saraqib on 27 February 2020, and government forces captured it "
                             "again on 2 March 2020.") if e.type == "territorial-change"]
    assert [(e.date, e.actors[0]) for e in events] == [("2020-02-27", "syrian-opposition"), ("2020-03-02", "syrian-government")]


# Round 10: wires and outlets on other wars (Ethiopia, eastern Congo, Karabakh, Colombia), a
# multi-country monitor, a scraped page with a "Last updated" line.

def test_a_title_case_dateline_with_a_weekday_or_an_agency_full_stop_is_split_off():
    from generator.extract import publication_date
    from generator.validate import Content
    body = "Fighting between the army and rebels killed six people in Binnish on Monday 3 May, residents said.\n"
    for lead, day in [("Binnish, Tuesday 4 May 2021 - ", "2021-05-04"), ("Aleppo, 4 May 2021 (Example Press).- ", "2021-05-04")]:
        a = analyse(HEAD + lead + body, "x", "x.txt")
        assert "dateline" in [b.kind for b in a.blocks]
        assert publication_date(a, Content()).value == day
        (e,) = extract_article(a, small_content(), Gazetteer(small_content()),
                               make_source(a, publication_date(a, Content()))).events
        assert e.date == "2021-05-03"  # not the dateline's day


def test_a_page_timestamp_with_the_time_glued_to_the_year_states_the_publication_date():
    from generator.temporal import stated_publication_date
    text = "A short headline about the north\n\nBy Jane Roe\n\nJune 9, 20213:15 AM GMT+2Updated an hour ago\n\nJets struck Saraqib on Monday, residents said.\n"
    p = stated_publication_date(text, text.index("Jets"))
    assert (p.value, p.evidence) == ("2021-06-09", "June 9, 2021")


def test_fighting_named_as_what_was_fled_ended_or_judged_is_no_clash():
    assert "armed-clash" not in [e.type for e in run("More than 20,000 people have fled the fighting around Saraqib since March.")]
    assert [e.type for e in run("The truce signed in Sochi on 17 September 2018 ended the clashes in the south, but not in Binnish.")] == ["agreement"]
    events = run("The governor said on Monday that the fighting was a grave threat to the talks.", published="2021-05-07")
    assert "armed-clash" not in [e.type for e in events]
    assert [e.type for e in run("Russia and Turkey fought three wars over the Black Sea coast.")] == []
    # talks that were ended had taken place
    assert [e.type for e in run("Turkish and Russian officers ended three days of talks in Sochi on Wednesday.")] == ["talks"]


def test_people_displaced_by_a_war_who_still_live_in_camps_is_no_displacement():
    assert run("About 300,000 people displaced by the war still live in tents near Atmeh, the UN says.") == []
    # a report of people displaced since a date is still one
    assert [e.type for e in run("Nearly 40,000 people displaced since 1 April 2021 from the Binnish area, the UN said.")] == ["displacement"]


def test_a_force_deployed_since_a_date_is_no_deployment_and_a_call_to_act_is_no_happening():
    events = run("The observer mission, deployed since June 2019, completed its withdrawal from Binnish in April.")
    assert [e.type for e in events] == ["withdrawal"]
    events = run("The president said on Monday that he called on the rebels to free all the abducted aid workers.", published="2021-05-07")
    assert "attack-on-civilians" not in [e.type for e in events]


def test_talks_strained_broken_off_or_denied_after_an_apposition_are_no_talks_event():
    assert "talks" not in [e.type for e in run("The abduction of two engineers in Binnish in April had also strained the talks.")]
    assert "talks" not in [e.type for e in run("Ankara broke off the negotiations after the shelling of Saraqib in March 2020.")]
    assert run("Talks between Lavrov and the Turkish foreign minister, Mevlut Cavusoglu, planned for Sochi on 4 May, did not take place.") == []
    assert run("Negotiations in Astana between the two delegations, suspended since January, did not resume.") == []


def test_agreed_to_extend_a_ceasefire_is_an_agreement_and_retook_is_territory():
    (e,) = run("Russia and Turkey agreed on Monday to extend for three months the truce that began on March 6.", published="2021-05-07")
    assert (e.type, e.date) == ("agreement", "2021-05-03")
    (e,) = run("Rebel fighters retook the town of Binnish on 2 May 2021.")
    assert (e.type, e.date) == ("territorial-change", "2021-05-02")
    (e,) = run("Gunmen attacked the central prison of Idlib on 2 May 2021.")
    assert (e.type, e.date) == ("armed-clash", "2021-05-02")


def test_a_second_main_clause_with_forces_as_subject_is_its_own_happening():
    events = run("Rebel fighters retook Binnish on 1 March 2021, and government forces captured it again on 4 March 2021.")
    assert sorted(e.date for e in events if e.type == "territorial-change") == ["2021-03-01", "2021-03-04"]


def test_a_relative_clause_ends_before_the_main_verb_after_its_comma():
    events = run("Turkish troops, who have been stationed in the area since 2018, were deployed to Binnish on Saturday, "
                 "two sources said.", published="2021-05-07")
    assert [(e.type, e.date) for e in events] == [("deployment", "2021-05-01")]


def test_before_a_gerund_opens_a_clause_with_its_own_date():
    events = run("On Friday gunmen attacked army posts in Binnish. The attackers looted shops and clashed with soldiers for hours "
                 "before leaving on Saturday evening.", published="2021-05-07")
    assert "2021-05-01" not in [e.date for e in events if e.type == "armed-clash"]


def test_a_war_that_began_in_a_month_and_has_killed_is_a_period_to_the_article():
    (e,) = run("The insurgency began in March 2015 and has killed more than 3,000 people, according to a monitor.")
    assert (e.type, e.date, e.end_date) == ("casualties", "2015-03", "2021-05-07")


def test_an_undated_clash_that_refers_back_with_no_named_party_is_the_dated_one():
    events = run("Clashes between two armed groups killed five people near Binnish on Tuesday, residents said.\n\n"
                 "The clashes broke out near the town of Binnish at dawn and lasted several hours, the residents said.",
                 published="2021-05-07")
    assert [(e.type, e.date) for e in events] == [("armed-clash", "2021-05-04")]
    # two candidates on the same day: which one is not said
    events = run("Jets struck Binnish on Tuesday. Jets struck Saraqib on Tuesday.\n\nMany people were wounded in the strikes.",
                 published="2021-05-07")
    assert len([e for e in events if e.type == "air-strike"]) >= 2


# Round 11: dates (a New Year's article, a leap day, an undated page, a live blog over midnight,
# a weekly round-up, quoted and reported speech on other days)
def test_a_quoted_yesterday_or_last_night_is_counted_from_the_day_it_was_said():
    (e,) = run("\"They shelled our village yesterday,\" the mayor of Binnish said on Tuesday.", published="2021-05-07")
    assert (e.type, e.date) == ("shelling", "2021-05-03")
    (e,) = run("\"Jets bombed Binnish last night,\" a farmer said on Wednesday.", published="2021-05-07")
    assert (e.type, e.date) == ("air-strike", "2021-05-04")
    (e,) = run("\"This morning the shells fell on the bakery,\" a nurse in Binnish said on Monday.", published="2021-05-07")
    assert (e.type, e.date) == ("shelling", "2021-05-03")
    # the happening named after the speech verb, so dated by the day of saying: the quoted day instead
    events = run("\"They struck us yesterday,\" the mayor of Binnish said on Tuesday, describing an air strike that "
                 "destroyed two houses.", published="2021-05-07")
    assert [e.date for e in events if e.type == "air-strike"] == ["2021-05-03"]
    # no quotation: the engine's reading stands
    (e,) = run("Jets bombed Binnish on Sunday, a farmer said.", published="2021-05-07")
    assert e.date == "2021-05-02"


def test_a_perfect_progressive_for_a_week_is_a_period_up_to_the_day_it_was_said():
    events = run("Farmers told reporters on Wednesday that jets had been bombing the hills for two weeks.",
                 published="2021-05-07")
    assert [(e.type, e.date, e.end_date) for e in events if e.type == "air-strike"] == [("air-strike", "2021-04-21", "2021-05-05")]


def test_since_the_start_of_the_year_with_a_present_perfect_is_this_year():
    events = run("Last year, rebels lost Binnish after a long siege. Since the start of the year, Turkey has sent "
                 "three convoys to its posts near Binnish, an official said.", published="2021-01-05")
    (e,) = [e for e in events if e.type == "deployment"]
    assert (e.date, e.end_date) == ("2021", "2021-01-05")


def test_have_since_after_a_dated_conjunct_is_a_period_to_the_article():
    events = run("Government forces launched an assault on Binnish in March and have since captured twelve villages.",
                 published="2021-05-07")
    (e,) = [e for e in events if e.type == "territorial-change"]
    assert (e.date, e.end_date) == ("2021-03", "2021-05-07")


def test_weekdays_of_a_weekly_round_up_lie_within_the_days_its_headline_names():
    content = small_content()
    text = ("Binnish weekly: 26 April–2 May 2021\n\nPublished 4 May 2021\n\n"
            "On Tuesday, jets bombed Binnish, killing two farmers.\n\nOn Sunday, government artillery shelled Binnish.\n")
    article = analyse(text, "t", "t.txt")
    source = make_source(article, temporal.PublicationDate("2021-05-04", "stated", "test", 1.0))
    events = extract_article(article, content, Gazetteer(content), source).events
    assert sorted((e.type, e.date) for e in events) == [("air-strike", "2021-04-27"), ("shelling", "2021-05-02")]
    # without a headline range, a Tuesday in an article of a Tuesday is that day
    (e,) = run("On Tuesday, jets bombed Binnish, killing two farmers.", published="2021-05-04")
    assert e.date == "2021-05-04"

# Round 11: undated re-mentions. An article whose publication date is unknown cannot resolve
# "Wednesday": a happening told in the lead and again in a later paragraph must still be one
# record when both name the same unresolved day (or both call it "the first ... since" the same
# agreement), share a perpetrator or one names none, and name no disjoint places.

UNDATED_SAME = [
    # a weekday inside "the night Tuesday to Wednesday" (the project's seed 000)
    "Russian jets carried out air strikes on Saraqib on Wednesday, residents said.\n\n"
    "Several air strikes were carried out on the night Tuesday to Wednesday, attributed to Russia.",
    # the later report names no perpetrator
    "Russian jets struck Saraqib on Wednesday.\n\nAir strikes hit Saraqib on Wednesday, killing two civilians.",
    # a town, then its province; "Wednesday night" contains Wednesday
    "Russian jets struck Saraqib on Wednesday.\n\nOn Wednesday night Russian air strikes hit Idlib province.",
    # no day at all, but both "the first since" the same agreement
    "Russian jets carried out air strikes near Saraqib, the first since the Moscow protocol.\n\n"
    "The air strikes, the first since the Moscow protocol was signed, were attributed to Russia.",
    # clashes: one report names only one side
    "Hurras al-Din fighters clashed with Syrian government forces near Saraqib on Friday.\n\n"
    "On Friday, clashes broke out near Saraqib, killing six fighters.",
    # a dated day (5 May 2021 was a Wednesday) and the unresolved "Wednesday"
    "Russian jets struck Saraqib on 5 May 2021.\n\nAir strikes on Wednesday killed two civilians in Saraqib.",
    "Regime forces shelled Binnish on Thursday.\n\nOn Thursday, shelling hit Binnish, wounding three people.",
]

UNDATED_DIFFERENT = [
    # two towns, two perpetrators, the same unknown Wednesday
    "Russian jets struck Saraqib on Wednesday.\n\nTurkish drones struck Binnish on Wednesday.",
    # one perpetrator, two towns
    "Russian jets struck Saraqib on Wednesday.\n\nRussian jets struck Binnish on Wednesday.",
    # a later strike "again"
    "Russian jets struck Saraqib on Wednesday.\n\nOn Wednesday evening Russian jets struck Saraqib again.",
    "Russian jets struck Saraqib on Wednesday.\n\nRussian jets struck Saraqib again on Wednesday.",
    "Russian jets struck Saraqib on Wednesday.\n\nAnother Russian air strike hit Saraqib on Wednesday.",
    # Tuesday and Wednesday
    "Russian jets struck Saraqib on Tuesday.\n\nRussian jets struck Saraqib on Wednesday.",
    # two perpetrators, one town
    "Russian jets struck Saraqib on Wednesday.\n\nAir strikes by the Syrian government hit Saraqib on Wednesday.",
    # "last Wednesday" may be a week before "Wednesday"
    "Russian jets struck Saraqib last Wednesday.\n\nRussian jets struck Saraqib on Wednesday.",
    # the first since two different agreements
    "Russian jets carried out air strikes near Saraqib, the first since the Moscow protocol.\n\n"
    "Air strikes, the first since the Sochi memorandum, hit Saraqib.",
    # a dated Wednesday and an unresolved Tuesday
    "Russian jets struck Saraqib on 5 May 2021.\n\nAir strikes on Tuesday killed two civilians in Saraqib.",
]


@pytest.mark.parametrize("text", UNDATED_SAME)
def test_undated_re_mention_is_one_event(text):
    (e,) = run(text, published=None)
    assert len(e.sources) == 2


@pytest.mark.parametrize("text", UNDATED_DIFFERENT)
def test_undated_different_happenings_stay_apart(text):
    assert len(run(text, published=None)) == 2


def test_undated_re_mention_unites_places_and_keeps_the_day():
    (e,) = run("Russian jets struck Saraqib on Wednesday.\n\n"
               "Several air strikes were carried out on the night Tuesday to Wednesday, attributed to Russia.",
               published=None)
    assert (e.date, e.date_text, e.actors, e.places) == (None, "Wednesday", ["russia"], ["saraqib"])


def test_undated_re_mention_of_two_candidates_is_left_alone():
    # two strikes already told for that Wednesday: which one the third sentence means is not said
    events = run("Russian jets struck Saraqib on Wednesday. Russian jets struck Binnish on Wednesday.\n\n"
                 "Air strikes on Wednesday killed five civilians.", published=None)
    assert len(events) == 3


def test_dated_day_and_unresolved_weekday_need_a_place_in_common():
    # 5 May 2021 was a Wednesday, but the second sentence names no place: nothing ties the two
    events = run("Russian jets struck Saraqib on 5 May 2021.\n\nAir strikes on Wednesday killed two civilians.",
                 published=None)
    assert len(events) == 2


# ---- live blogs: an entry's time stamp dates the statements it reports

def _blog(header: str, body: str, published: str):
    return [(e.type, e.date) for e in run(header + "\n\n" + body, published=published) if e.type == "statement"]


def test_a_statement_in_a_live_blog_entry_is_dated_by_the_entry_day():
    body = ("3:10 p.m. ET\nTurkey says it struck Syrian positions\n"
            "Turkey's defence ministry said its drones had destroyed two air defence systems near Saraqib.\n"
            "Regime forces shelled Binnish, killing three civilians.\n\n"
            "11:05 a.m. ET\nRussia said it would not stop supporting the operation in Idlib.\n\n"
            "Background\nRussia said the Sochi memorandum had been violated many times.\n")
    events = run("LIVE\nUpdated 9:40 p.m. ET, Monday, March 2, 2020\n\n" + body, published="2020-03-02")
    statements = [e for e in events if e.type == "statement"]
    assert [e.date for e in statements] == ["2020-03-02", "2020-03-02", None]  # not the background
    assert statements[0].date_reason == "reported in the live-blog entry of 3:10 p.m. ET on 2020-03-02, the publication day"
    # a happening the entry tells may be older than the entry: no date
    assert [e.date for e in events if e.type == "shelling"] == [None]


def test_a_live_blog_going_over_into_another_day_without_a_day_heading_dates_no_statement():
    entries = {"10:20": "Russia said it had sent two frigates to the Mediterranean.",
               "08:45": "Turkey said it would keep its observation posts in Idlib.",
               "07:30": "SOHR said the night had been calm in Idlib."}
    header = "LIVE\nUpdated 10:30 GMT, Wednesday, March 4, 2020"
    one_day = "\n\n".join(f"{t} GMT\n{s}" for t, s in entries.items())
    assert _blog(header, one_day, "2020-03-04") == [("statement", "2020-03-04")] * 3
    # the time stamps go up again (22:30 after 08:45): the day changed somewhere
    two_days = one_day.replace("07:30", "22:30")
    assert all(d is None for _, d in _blog(header, two_days, "2020-03-04"))
    # a time stamp later than the last update was written the day before
    assert all(d is None for _, d in _blog(header.replace("10:30", "10:00"), one_day, "2020-03-04"))


def test_the_day_headings_of_a_live_blog_date_the_entries_below_them():
    body = ("## March 6\n\n17:40 GMT\nTurkey said the ceasefire was largely holding in Idlib.\n\n"
            "## March 5\n\n16:30 GMT\nRussia said it had recorded three violations near Saraqib.\n\n"
            "09:10 GMT\nTurkey said its envoy had arrived in Moscow.\n")
    got = _blog("Live coverage. Last updated 18:00 GMT, 6 March 2020", body, "2020-03-06")
    assert got == [("statement", "2020-03-06"), ("statement", "2020-03-05"), ("statement", "2020-03-05")]


def test_time_stamp_lines_without_a_live_marker_are_no_live_blog():
    body = "09:30\nRussia said the talks would open in Moscow.\n\n13:00\nTurkey said its delegation had arrived in Moscow.\n"
    assert _blog("LIVE", body, "2020-03-05") == [("statement", "2020-03-05")] * 2
    assert _blog("By a staff reporter", body, "2020-03-05") == [("statement", None)] * 2


def test_a_live_blog_statement_whose_sentence_names_another_day_is_not_dated_by_the_entry():
    body = ("19:30 GMT\nTurkey said regime forces had shelled Saraqib on Monday.\n\n"
            "15:00 GMT\nTurkey said regime forces shelled Binnish on Thursday morning.\n")
    got = _blog("LIVE\nUpdated 8:00 p.m. GMT, Thursday, March 5, 2020", body, "2020-03-05")
    assert ("statement", None) in got and ("statement", "2020-03-05") in got


# Round 16: a freed hostage, a killing named a massacre

def test_kidnapped_people_who_are_released_are_no_kidnapping():
    events = run("He said the rebels released three kidnapped soldiers on 3 May 2021 in Saraqib as a gesture of good will.")
    assert "attack-on-civilians" not in [e.type for e in events]


def test_a_killing_called_a_massacre_is_no_new_attack():
    events = run("Jets struck Saraqib on 3 May 2021. The opposition called the killing a \"massacre\" and said the toll would rise.")
    assert [e.type for e in events if e.type != "statement"] == ["air-strike"]


def test_a_wire_correction_note_above_the_dateline_leaves_the_dateline_out_of_the_event_date():
    body = ("(Corrects day of attack in paragraph 1 to Sunday, not Monday; adds details on the rescue, paragraphs 4-5)\n\n"
            "IDLIB, May 7 (Reuters) - A Russian guided bomb struck a nine-storey apartment block in the northern "
            "city of Saraqib on Sunday, killing seven people and wounding 24, the governor said on Friday.")
    strikes = [e for e in run(body) if e.type == "air-strike"]
    assert [e.date for e in strikes] == ["2021-05-02"]


def test_the_landmark_after_a_rankings_since_is_no_event_and_takes_no_toll():
    events = run("On Saturday, a strike on a market in Saraqib killed 19 people, in one of the deadliest "
                 "attacks on the town since Russia's full-scale invasion began in February 2022.")
    assert [(e.type, e.date, e.fatalities.count) for e in events] == [("casualties", "2021-05-01", 19)]

def test_a_witness_described_by_what_befell_them_is_no_second_event():
    # the relative clause says who speaks ("a mother who fled", "a man who was wounded"): the
    # flight and the wound belong to the happening the article reports, not to events of their own
    assert run('"We do not sleep any more. Every night we hear shooting," said a mother of three who fled to Idlib with her children.') == []
    assert run('"They shot at us while we were running away," said a man who was wounded in the leg.') == []
    (e,) = run("Regime forces shelled Saraqib on 3 May 2021, a resident who fled to Idlib told AFP.")
    assert (e.type, e.date) == ("shelling", "2021-05-03")


def test_a_place_in_the_cause_of_an_attack_is_not_where_it_happened():
    # "in solidarity with people in X", "in support of the residents of X": X is where the cause is
    (e,) = run("Rebels fired rockets at Binnish on 3 May 2021 in solidarity with the people in Saraqib.")
    assert e.places == ["binnish"]
    (e,) = run("Rebels shelled Binnish on 3 May 2021 in support of the residents of Saraqib.")
    assert e.places == ["binnish"]
    (e,) = run("Russian jets struck targets on 3 May 2021 in support of government forces in Saraqib.")
    assert e.places == ["saraqib"]  # close air support: over the fighters it supports


def test_bombs_dropped_from_a_jet_are_an_air_strike():
    (e,) = run("A jet fighter dropped bombs on Saraqib on 3 May 2021, and three civilians died.")
    assert (e.type, e.places, e.fatalities.count) == ("air-strike", ["saraqib"], 3)
    # "The jet dropped two bombs …": the aircraft already named, the same strike in detail
    (e,) = run("A jet fighter dropped bombs on Saraqib on 3 May 2021. The jet dropped two bombs at about 10:30 in the morning, residents said.")
    assert e.type == "air-strike"


def test_a_seized_ship_is_no_territory_taken():
    assert [e.type for e in run("Rebels seized the car carrier Galaxy Leader on 3 May 2021 and are still holding its crew.")] == []
    (e,) = run("Rebels seized the town of Saraqib on 3 May 2021.")
    assert e.type == "territorial-change"


def test_victims_named_by_what_they_were_are_counted():
    (e,) = run("On 3 May 2021, shells fired by regime forces hit the hospital in Saraqib, killing four patients and wounding nine others.")
    assert (e.type, e.fatalities.count, e.fatalities.who) == ("shelling", 4, "patients")
    (e,) = run("On 3 May 2021 rebels attacked the police station in Saraqib, killing two police officers.")
    assert (e.fatalities.count, e.fatalities.who) == (2, "police officers")


def test_a_country_that_owns_the_actor_is_not_where_it_happened():
    content = small_content()
    from generator.records import Place
    content.places["syria"] = Place(id="syria", name="Syria", aliases=[], kind="country")
    (e,) = run("Syria's government forces shelled a village on 3 May 2021.", content=content)
    assert e.places == []


def test_a_period_in_a_comparison_dates_the_figure_compared_with_not_the_report():
    (e,) = run("In the region, the Mission recorded 87 ceasefire violations, compared with 41 in the previous 24 hours.",
               published="2021-05-04")
    assert e.date is None
    (e,) = run("The monitor recorded 30 air strikes on Idlib, up from 12 in April.")
    assert e.date is None
    (e,) = run("Regime forces shelled Saraqib 40 times on Tuesday, compared with 12 times on Monday.")
    assert e.date == "2021-05-04"
    # "against" is a comparison only before a number
    (e,) = run("Russian jets carried out an offensive against Saraqib on Monday.")
    assert e.date == "2021-05-03"
    # nor after a verb or noun it belongs to: a direction, a target
    (e,) = run("Fighters came up from the south on Monday and clashed with regime forces near Saraqib.")
    assert e.date == "2021-05-03"
    (e,) = run("Regime forces launched an offensive against 12 villages on Monday.")
    assert e.date == "2021-05-03"
    (e,) = run("Air strikes killed 14 people in Idlib on Tuesday, up from nine on Monday.")
    assert e.date == "2021-05-04"


def test_withdrawal_lines_are_no_withdrawal():
    events = run("On 3 May, a drone spotted three tanks near Saraqib, in violation of the withdrawal lines.", published="2021-05-04")
    assert "withdrawal" not in [e.type for e in events]
    (e,) = run("The withdrawal of regime forces from Saraqib began on 3 May.")
    assert (e.type, e.date) == ("withdrawal", "2021-05-03")


def test_a_head_date_after_a_list_number_or_as_the_day_of_an_evening_frames_the_sentence():
    (e,) = run("3. On the evening of 1 May, according to residents, a shell hit a house in Saraqib.", published="2021-05-04")
    assert (e.type, e.date) == ("shelling", "2021-05-01")
    (e,) = run("2) On 1 May, according to residents, a shell hit a house in Saraqib.", published="2021-05-04")
    assert e.date == "2021-05-01"


def test_a_date_inside_the_clause_after_a_day_after_dates_that_clause():
    (e,) = run("The verdict came a day after regime forces shelled the village of Saraqib, also in Idlib province, "
               "on Monday, killing three civilians.")
    assert (e.type, e.date) == ("shelling", "2021-05-03")
    # a date closing the sentence may be the main clause's
    (e,) = run("The verdict came a day after regime forces shelled Saraqib, on Monday.")
    assert e.date is None

# ---- review set m3: live-blog day headings, comparisons, numeric datelines, dotted bylines

def test_yesterday_in_a_live_blog_entry_under_an_earlier_day_heading_counts_from_that_day():
    body = ("## Monday 4 March\n\n09:30\nRussian jets struck the market in Idlib city at about 8am, rescuers said.\n\n"
            "## Sunday 3 March\n\n11:45\nHTS said yesterday's drone attack on Hama military airport killed two officers.\n\n"
            "## Saturday 2 March\n\n20:00\nEarlier today, an air strike on Ariha killed four people, rescuers said.\n\n"
            "19:30\nRegime forces shelled Binnish this morning, killing a woman.\n")
    events = run("LIVE\nUpdated Monday 4 March 2024 18:40 GMT\n\n" + body, published="2024-03-04")
    def date_of(words):
        return next(e.date for e in events if e.type != "statement" and words in e.sources[0].quote)
    assert date_of("market in Idlib") == "2024-03-04"
    assert date_of("Hama military airport") == "2024-03-02"  # the day before the Sunday entry
    assert date_of("Ariha") == "2024-03-02"  # not the update day
    assert date_of("Binnish") == "2024-03-02"


def test_a_date_in_a_comparison_does_not_date_the_event():
    (e,) = run("Since the start of the year, at least 41 civilians have been killed in Idlib, "
               "compared with 29 in the same period last year.", published="2024-03-05")
    assert e.date != "2023"


def test_a_numeric_dateline_under_the_site_name_and_a_long_headline_states_the_publication_date():
    from generator.extract import publication_date
    from generator.validate import Content
    text = ("SANA – Syrian Arab News Agency\nHome > Politics > Foreign Ministry\n\n"
            "Foreign Ministry sends two identical letters to the UN Secretary-General and the Security Council on violations in Idlib\n\n"
            "Damascus, 22/11/2023 (SANA) – The Ministry of Foreign Affairs sent on Wednesday two letters to the UN.\n")
    a = analyse(text, "x", "x.txt")
    assert publication_date(a, Content()).value == "2023-11-22"


def test_a_bombardment_by_aircraft_is_one_air_strike_not_a_shelling_too():
    events = run("The operation answers the bombardment by the aircraft of the Russian occupier on Saraqib "
                 "last Tuesday, which killed three children.", published="2024-03-15")
    assert [(e.type, e.date) for e in events] == [("air-strike", "2024-03-12")]
    assert [e.type for e in run("The bombardment by government forces of Saraqib killed two.")] == ["shelling"]


def test_daily_shelling_names_what_keeps_happening_not_one_shelling():
    events = run("The raid answers the air strike on Saraqib last Tuesday, which killed three children, "
                 "and the daily shelling of the villages of Binnish.", published="2024-03-15")
    assert [e.type for e in events] == ["air-strike"]


def test_the_happening_whose_start_a_since_clause_names_is_no_event_and_the_displacement_no_day():
    # "since the bombardment began": the start of the period counted, not a shelling told; what
    # had happened over that period up to the saying has no single day
    (e,) = run("The UN said on Tuesday that at least 70,000 people had been displaced in Idlib since the bombardment began.")
    assert (e.type, e.date) == ("displacement", None) and "period up to 'Tuesday'" in e.date_reason
    assert [e.type for e in run("Residents have fled Saraqib since the fighting erupted.")] == ["displacement"]


def test_the_topic_of_a_letter_or_a_report_is_no_happening():
    assert run("The ministry sent on Wednesday two letters to the UN Secretary-General on the continued "
               "violations committed by terrorist groups in Idlib.") == []
    assert run("Turkey sent a report about the shelling of Saraqib to the UN on Wednesday.") == []
    assert [e.type for e in run("Russia and Turkey held talks on the ceasefire violations in Idlib on 3 May 2021.")] == ["talks"]
    # a statement's place is no topic: "on the website said" opens what it says
    assert [e.type for e in run("A statement on the website said regime air strikes hit Saraqib on Wednesday.")] == ["air-strike"]


def test_items_of_a_list_under_a_dated_lead_take_its_day_but_not_the_lines_after_it():
    events = run("The observatory documented the death of 7 civilians across Idlib on Wednesday, 5 May 2021. "
                 "Below are the victims by town.\n\n"
                 "In Saraqib: 4 civilians killed in Russian air strikes; 1 child killed by regime shelling on Binnish.\n\n"
                 "In Binnish: 2 civilians died of wounds sustained on Monday in a shell explosion.\n\n"
                 "Total: 7.\n\nThe observatory also said rebels clashed with regime forces near Saraqib.")
    assert [(e.type, e.date) for e in events] == [("air-strike", "2021-05-05"), ("shelling", "2021-05-05"),
                                                  ("shelling", "2021-05-03"), ("armed-clash", None)]


def test_how_often_people_were_displaced_describes_them_and_is_no_displacement():
    assert run("Many had already been displaced at least twice since 2019.") == []
    assert run("Families in Saraqib have fled several times since 2019.") == []
    assert [e.date for e in run("About 2,000 people fled Saraqib on 3 May 2021.")] == ["2021-05-03"]


def test_a_question_is_no_event():
    assert run("How many people have fled Saraqib?") == []
    assert run("Who bombed the hospital in Saraqib on 3 May 2021?") == []


def test_a_list_under_a_day_that_dates_no_happening_of_the_lead_keeps_its_items_undated():
    # the anniversary or the report's day is not the day of the happenings listed
    assert [e.date for e in run("The war entered its fifth year on Friday, 7 May 2021. Here are key moments of the war so far:\n\n"
                                "- Russian jets struck Saraqib, killing 12 civilians.")] == [None]
    assert [e.date for e in run("The network published its monthly report on Friday, 7 May 2021. Below are the main incidents:\n\n"
                                "- Russian jets struck Saraqib, killing four civilians.")] == [None]
    # an item that tells what came next follows the item before it, not the lead's day
    events = run("Rebels and regime forces clashed near Saraqib on Wednesday, 5 May 2021. The fighting went as follows:\n\n"
                 "- On Monday, regime shelling hit Saraqib.\n\n- Jets then struck Saraqib.")
    assert ("air-strike", None) in [(e.type, e.date) for e in events]


def test_a_verb_a_conjunction_or_a_time_ends_the_topic_of_a_report():
    assert [(e.type, e.date) for e in run("A report on the region found shelling killed five civilians in Saraqib on Tuesday.")][0] \
        == ("shelling", "2021-05-04")
    assert [e.type for e in run("Residents spoke about their fear as shelling hit Saraqib on Tuesday.")] == ["shelling"]
    assert [e.type for e in run("At about the same time shelling hit Saraqib on Tuesday.")] == ["shelling"]
    assert [e.type for e in run("Witnesses posted messages on their phones as air strikes hit Saraqib on Monday.")] == ["air-strike"]


def test_people_displaced_twice_this_week_were_displaced_this_week():
    assert [(e.type, e.date) for e in run("Thousands of people were displaced twice this week in Saraqib.", published="2024-03-08")] \
        == [("displacement", "2024-03")]
    assert run("Many had already been displaced at least twice since 2019.") == []
