"""Publication dates: stated in a byline/dateline, never taken from a caption or the body;
inferred only when the evidence pins a value."""

from __future__ import annotations

from generator.temporal import KnownDate, PublicationDate, infer_publication_date, stated_publication_date

ARTICLE = (
    "Rebels regroup in the hills\n"
    "\n"
    "March 14, 2021 at 9:05 am\n"
    "\n"
    "A medic carries a child after shelling in the old town on 2 March 2021 [Jane Roe/Example Agency]\n"
    "\n"
    "Fighting continued on Friday, residents said.\n"
)


def test_dateline_with_time_under_the_headline():
    header_end = ARTICLE.index("A medic")
    p = stated_publication_date(ARTICLE, header_end)
    assert p == PublicationDate("2021-03-14", "stated", "March 14, 2021", 1.0,
                                ARTICLE.index("March 14"), ARTICLE.index("March 14") + len("March 14, 2021"))


def test_standalone_day_month_year_line():
    text = "Ceasefire holds\n\n4 August 2019\n\nThe guns fell silent last week.\n"
    p = stated_publication_date(text, text.index("4 August"))  # header ends before the dateline
    assert (p.value, p.basis, p.evidence) == ("2019-08-04", "stated", "4 August 2019")


def test_byline_with_published_label():
    text = "Floods in the valley\nBy Sam Writer | Published 12 May 2018\n\nRivers rose on Monday.\n"
    p = stated_publication_date(text, text.index("Rivers"))
    assert p.value == "2018-05-12"


def test_never_from_a_caption():
    text = ("Aid convoy reaches the town\n"
            "A volunteer unloads flour from a truck in the square on 25 September 2017 [Ann Lee/Agency]\n"
            "\nThe convoy arrived after a week on the road.\n")
    assert stated_publication_date(text, text.index("The convoy")) is None


def test_never_from_a_body_sentence():
    text = "Aid convoy reaches the town\n\nThe convoy left the capital on 3 January 2016 and arrived late.\n"
    assert stated_publication_date(text, text.index("The convoy")) is None


def test_inference_is_unknown_when_only_a_lower_bound_exists():
    text = "The agreement signed in March 2020 is fragile. Fighting resumed on Wednesday."
    p = infer_publication_date(text, 0)
    assert (p.value, p.basis, p.confidence) == (None, "unknown", 0.0)
    assert "2020-03" in p.evidence  # the reason names the lower bound


def test_inference_from_a_span_after_a_known_record():
    known = [KnownDate(("the Moscow accord",), "2020-03-05", "agreement moscow-2020 (signed 2020-03-05)")]
    text = "After three months of calm under the Moscow accord, jets struck again on Tuesday."
    p = infer_publication_date(text, 0, known)
    assert (p.value, p.basis) == ("2020-06", "inferred")
    assert 0 < p.confidence < 1
    assert text[p.start:p.end] == "After three months of"


def test_inference_ignores_records_not_mentioned():
    known = [KnownDate(("the Sochi memorandum",), "2018-09-17", "agreement sochi-2018")]
    p = infer_publication_date("After three months of calm, jets struck again.", 0, known)
    assert p.value is None and p.basis == "unknown"


def test_empty_text():
    assert infer_publication_date("", 0).basis == "unknown"
    assert stated_publication_date("", 0) is None


KNOWN = [KnownDate(("the Moscow accord",), "2020-03-05", "agreement moscow-2020 (signed 2020-03-05)")]


def test_inference_from_a_break_counted_from_a_known_record():
    text = "Jets struck again after a three-month break in the Moscow accord."
    p = infer_publication_date(text, 0, KNOWN)
    assert (p.value, p.basis) == ("2020-06", "inferred")
    assert text[p.start:p.end] == "after a three-month break"


def test_an_approximate_span_does_not_pin_the_date():
    text = "After more than three months of calm under the Moscow accord, jets struck again."
    p = infer_publication_date(text, 0, KNOWN)
    assert (p.value, p.basis) == (None, "unknown")
    assert "2020-03-05" in p.evidence  # the record still gives the lower bound


def test_generic_reference_matches_a_record_by_its_date():
    # no name of the record, but its date next to an agreement word, and its weekday (past)
    text = "The truce signed on Thursday, March 5 ended the offensive."
    p = infer_publication_date(text, 0, KNOWN)
    assert (p.value, p.basis) == ("2020-03", "inferred")
    assert text[p.start:p.end] == "Thursday"


def test_a_date_without_an_agreement_word_is_not_the_record():
    text = "Talks were held on Thursday, March 5 in a hotel."
    assert infer_publication_date(text, 0, KNOWN).basis == "unknown"


def test_weekday_in_a_future_clause_is_the_week_before_the_record():
    text = "The Moscow accord will be signed on Thursday, officials said."
    p = infer_publication_date(text, 0, KNOWN)
    # 2020-02-28 .. 2020-03-04 crosses a month boundary: only the year is pinned
    assert (p.value, p.basis) == ("2020", "inferred")
    assert "before" in p.evidence


def test_a_later_explicit_date_overrules_a_weekday_inference():
    text = "The Moscow accord signed on Thursday held. A new deal came on 20 June 2020."
    p = infer_publication_date(text, 0, KNOWN)
    assert (p.value, p.basis) == (None, "unknown")
    assert "2020-06-20" in p.evidence


def test_a_date_the_article_looks_forward_to_is_no_lower_bound():
    text = ("The agreement signed in March 2020 is fragile. The mandate is due to expire on 10 July 2022, "
            "and talks will resume in September 2022. Fighting resumed on Wednesday.")
    p = infer_publication_date(text, 0)
    assert p.value is None and "2020-03" in p.evidence and "2022" not in p.evidence


# header formats of real news pages: what the header says beats what the headline or a footer says

def _stated(header: str, tail: str = ""):
    body = "Jets struck the town again overnight, residents and a local monitoring group said in statements.\n"
    text = header + "\n\n" + body + tail
    return stated_publication_date(text, text.index("Jets struck"))


def test_a_headline_with_on_or_by_and_a_date_is_no_byline():
    for title in ["Vote to be held on April 2, 2013, officials say", "Ceasefire brokered by Russia to start March 5, 2013"]:
        assert _stated(title) is None, title
        p = _stated(title + "\nBy Jane Doe | March 22, 2013")
        assert p.value == "2013-03-22", title


def test_a_standfirst_with_a_date_is_no_byline():
    assert _stated("Shelling resumes in the north\nThe truce signed on March 5, 2013 is close to collapse") is None


def test_the_published_date_wins_over_the_updated_one():
    for header in ["Updated: 23 March 2013\nPublished: 22 March 2013",
                   "Updated 23 March 2013 | Published 22 March 2013",
                   "Last modified on Sat 23 Mar 2013 09.00 GMT\nFirst published on Fri 22 Mar 2013 14.30 GMT"]:
        p = _stated("Shelling resumes in the north\n" + header)
        assert p.value == "2013-03-22", header
    # an updated date alone still dates the page
    assert _stated("Shelling resumes in the north\nLast updated: 23 March 2013").value == "2013-03-23"


def test_created_label_and_spaced_slash_are_bylines():
    assert _stated("Shelling resumes in the north\nCreated: Friday, 22 March 2013 14:30").value == "2013-03-22"
    assert _stated("Shelling resumes in the north\nJane Doe / March 22, 2013").value == "2013-03-22"


def test_a_date_line_after_the_body_has_begun_is_not_the_publication_date():
    tail = "Aid workers said families were sheltering in schools further north, where supplies were low.\n\n" \
           "More news\n\nRebels take the airport\n\nMarch 5, 2013\n"
    assert _stated("Shelling resumes in the north", tail) is None
    # under a standfirst it still counts
    text = ("Shelling resumes in the north\n\nFighting resumed after a month of calm, and aid groups fear a new wave.\n\n"
            "22 March 2013\n\nJets struck the town again overnight, residents said.\n")
    assert stated_publication_date(text, text.index("Fighting")).value == "2013-03-22"


def test_a_dated_address_in_the_header_is_inferred_evidence():
    text = "https://www.example.com/world/2013/03/22/shelling-resumes/\n\nShelling resumes\n\nJets struck the town again.\n"
    p = infer_publication_date(text, text.index("Jets"))
    assert (p.value, p.basis, p.confidence) == ("2013-03-22", "inferred", 0.9)
    assert text[p.start:p.end] == "2013/03/22"
    text = "https://www.example.com/2013/03/shelling-resumes/\n\nJets struck the town again.\n"
    assert infer_publication_date(text, text.index("Jets")).value == "2013-03"
    # a later explicit date in the body contradicts it
    text = "https://www.example.com/2013/03/22/shelling/\n\nJets struck the town on 2 May 2013.\n"
    assert infer_publication_date(text, text.index("Jets")).value is None


def test_an_image_address_in_the_header_does_not_date_the_article():
    # "/uploads/2019/05/" is when the image was uploaded; the photo may be years older
    text = "Shelling resumes\nhttps://example.com/wp-content/uploads/2019/05/photo.jpg\n\nJets struck the town again.\n"
    assert infer_publication_date(text, text.index("Jets")).value is None


def test_a_body_sentence_is_not_cut_into_a_dateline_at_the_end_of_the_window():
    head = "Shelling resumes in the north\n\n"
    first = ("Jets struck the town again overnight, residents said. " * 40)[:1978 - len(head) - 3].rstrip().ljust(1978 - len(head) - 3, "x") + ".\n\n"
    text = head + first + "On November 20, 2019, jets shelled the city of Aleppo, killing three civilians.\n"
    assert text.index("2019") < 2000 <= text.index("jets shelled")  # the first 2,000 characters end after the year
    assert stated_publication_date(text, len(head)) is None


# round 4 of the extraction review (extractor 14)

def test_a_byline_with_a_time_and_a_weekday_before_the_date_states_it():
    p = _stated("Jets hit the north\nBy JANE DOE, Associated Press | Published 12:30 PM EDT, Thursday, May 9, 2013")
    assert (p.value, p.basis) == ("2013-05-09", "stated")
    p = _stated("Jets hit the north\nPosted 10:15 GMT, Friday 22 March 2013")
    assert p.value == "2013-03-22"


def test_a_situation_reports_as_of_date_is_its_date_but_a_headlines_is_not():
    p = _stated("Northwest Syria: Recent Developments\nSituation Report No. 7 - As of 22 March 2013")
    assert (p.value, p.basis) == ("2013-03-22", "stated")
    assert _stated("Flash Update No. 2 | As at 22 March 2013").value == "2013-03-22"
    assert _stated("Truce to hold as of March 22, 2013, officials say") is None


# review of inference (helper h): a wrong inferred date is worse than a missing one

KNOWN2 = KNOWN + [KnownDate(("the Sochi deal",), "2018-09-17", "agreement sochi-2018 (signed 2018-09-17)")]


def _infer(text):
    return infer_publication_date(text, 0, KNOWN2)


def test_a_weekday_that_dates_something_else_than_the_signing_is_no_evidence():
    for text in ["Jets struck the town on Thursday in violation of the Moscow accord, residents said.",
                 "Hundreds gathered on Monday in Idlib to denounce the Sochi deal.",
                 "The Sochi deal was violated again on Monday when shells hit the town.",
                 "The Moscow accord, signed in March 2020, was discussed again on Thursday."]:
        p = _infer(text)
        assert (p.value, p.basis) == (None, "unknown"), text
    # the weekday that dates the signing still counts, also in a relative clause or before it
    for text in ["The Sochi deal, which Turkey and Russia signed on Monday, gives rebels a month.",
                 "On Monday, the two presidents agreed the Sochi deal in a seaside resort.",
                 "Monday's agreement, the Sochi deal, sets up a buffer zone."]:
        assert (_infer(text).value, _infer(text).basis) == ("2018-09", "inferred"), text


def test_a_weekday_inside_a_full_date_is_no_evidence():
    p = _infer("The Moscow accord, signed on Thursday, March 5, 2020, was meant to freeze the front.")
    assert (p.value, p.basis) == (None, "unknown")


def test_a_weekday_after_will_sign_is_the_week_before_even_with_said_after_it():
    p = _infer("The two presidents will sign the Moscow accord on Thursday, officials said.")
    assert (p.value, p.basis) == ("2020", "inferred") and "before" in p.evidence


def test_an_approximate_count_before_after_or_since_pins_nothing():
    for text in ["More than three months after the Moscow accord, the truce is under strain.",
                 "Nearly a year after the Sochi deal was signed, the zone has not been set up.",
                 "Some six weeks after the Moscow accord, patrols have not reached the town.",
                 "In the first six months after the Moscow accord, patrols were attacked eleven times."]:
        p = _infer(text)
        assert (p.value, p.basis) == (None, "unknown"), text


def test_a_stretch_of_something_else_than_calm_is_not_counted_from_the_record():
    for text in ["The Sochi deal was signed after two years of negotiations.",
                 "In nine years of war, the town changed hands six times, lastly under the Moscow accord.",
                 "The Sochi deal was reached after a month of talks."]:
        p = _infer(text)
        assert (p.value, p.basis) == (None, "unknown"), text


def test_a_count_after_another_event_is_not_counted_from_the_record():
    for text in ["A year after the Moscow accord collapsed, the front is quiet again.",
                 "Three months after the offensive began, the Moscow accord is in tatters.",
                 "Two weeks after the collapse of the Sochi deal, a million people have fled.",
                 "The Sochi deal will be reviewed six months after it was signed, officials said."]:
        p = _infer(text)
        assert (p.value, p.basis) == (None, "unknown"), text
    # after the signing of the record itself it counts, in any sentence that names it
    text = "The Moscow accord was signed on 5 March 2020. Two months after the signing of the Moscow accord, the corridor is open."
    assert _infer(text).value == "2020-05"


def test_spans_that_disagree_pin_nothing():
    p = _infer("Three months after the Moscow accord, the truce holds. Six months after the Moscow accord, the corridor is shut.")
    assert (p.value, p.basis) == (None, "unknown") and "disagrees" in p.evidence
    # spans that agree give the finer value
    p = _infer("Two years after the Sochi deal, it is gone. Six months after the Moscow accord, the truce holds.")
    assert (p.value, p.basis) == ("2020-09", "inferred")


def test_a_span_counts_from_the_record_named_in_its_sentence_and_a_later_record_contradicts_it():
    p = _infer("After a year of calm under the Sochi deal, the front is quiet. The Moscow accord later extended the truce.")
    assert (p.value, p.basis) == (None, "unknown")
    assert "2020-03-05" in p.evidence


def test_signed_n_years_ago_counts_from_the_record():
    p = _infer("The Sochi deal, signed two years ago, is dead.")
    assert (p.value, p.basis) == ("2020", "inferred")
    assert _infer("The Sochi deal was signed nearly two years ago.").value is None
    assert _infer("Jets struck two days ago despite the Sochi deal.").value is None


def test_the_reason_names_the_latest_lower_bound():
    p = _infer("Government forces took the town in February 2020, weeks before the Moscow accord.")
    assert p.value is None and "2020-03-05" in p.evidence


def test_a_span_in_past_narrative_after_the_lead_dates_that_event_not_the_article():
    lead = "Jets struck again after a three-month break in the Moscow accord.\n\n"
    text = lead + "Background follows. Six months after the Moscow accord, jets resumed strikes on the town.\n"
    # in the lead, the news of the day: it pins the article
    assert infer_publication_date(lead, 0, KNOWN).value == "2020-06"
    # deep in the text, past narrative: a lower bound only
    p = infer_publication_date("Talks go on in the capital today, officials say.\n\n" + text.split("\n\n")[1], 0, KNOWN)
    assert (p.value, p.basis) == (None, "unknown")
    # unless the sentence counts from now
    p = infer_publication_date("Talks go on.\n\nSix months after the Moscow accord, jets resumed strikes on Wednesday.\n", 0, KNOWN)
    assert p.value == "2020-09"


# Round 15: spans from a generic reference to the one named agreement

def test_a_generic_reference_to_the_one_named_agreement_carries_a_span():
    cases = [
        ("Russia and Turkey signed the Moscow accord in the Kremlin. Three months after the truce, the front "
         "line is quiet and markets have reopened in the south.", "2020-06", 0.6),
        ("The Moscow accord froze the front line in Idlib. The ceasefire, which has held for ten weeks, is "
         "under strain as shelling resumes around Saraqib.", "2020-05", 0.6),
        ("Displaced families are returning to Idlib under the Moscow accord. Ten weeks into the truce, schools "
         "have reopened in the south of the province.", "2020-05", 0.6),
        ("The Sochi deal set up a buffer zone around Idlib. Two years into the deal, no heavy weapons have "
         "left the zone, monitors say.", "2020", 0.5),
        # present perfect counts up to now also deep in the article
        ("Shelling resumed around Saraqib, residents say.\n\nThe Moscow accord froze the front in the "
         "province. The truce has held for six months, but patrols on the M4 have stopped.\n", "2020-09", 0.6),
    ]
    for text, value, conf in cases:
        p = _infer(text)
        assert (p.value, p.basis, p.confidence) == (value, "inferred", conf), text


def test_a_generic_reference_that_could_mean_another_agreement_carries_nothing():
    for text in [
        # two agreements named: which one "the truce" is, is a guess
        "The Sochi deal collapsed and the Moscow accord replaced it. The truce has held for ten weeks.",
        # another truce
        "The Moscow accord froze the front. Three months after a new truce was agreed in Ankara, fighting resumed.",
        "The Moscow accord froze the front. Another ceasefire was agreed for Saraqib, and the truce has held for ten weeks.",
        # the truce of another date (without a year: nothing to count from)
        "The Moscow accord froze the front. The truce of 12 January has held for ten weeks.",
        # approximate spans pin nothing
        "The Moscow accord froze the front. The ceasefire, which has held for more than ten weeks, is fraying.",
        "The Moscow accord froze the front. Nearly three months into the truce, schools are shut.",
        # a future span pins nothing
        "The Moscow accord froze the front. Patrols will start three months after the truce, officials said.",
        # no named agreement at all
        "The truce has held for ten weeks, residents say.",
    ]:
        p = _infer(text)
        assert (p.value, p.basis) == (None, "unknown"), text
    # past narrative deep in the article dates that event, not the article
    text = ("Talks go on in the capital today, officials say.\n\nThe Moscow accord froze the front. "
            "Three months after the truce, jets resumed strikes on the town.\n")
    p = infer_publication_date(text, 0, KNOWN)
    assert (p.value, p.basis) == (None, "unknown")


# Round 16: a span counted from the agreement's own first day, stated in its sentence

def test_a_span_counts_from_the_day_the_sentence_gives_the_agreement():
    cases = [
        # the day's own year, no record needed (also deep in the article: present perfect)
        ("Shelling resumed around Saraqib, residents say.\n\nThe ceasefire, which took effect on March 6, 2020, "
         "has held for 10 weeks, but patrols have stopped.\n", "2020-05"),
        ("Since the truce of March 6, 2020, which has held for 10 weeks, markets have reopened.", "2020-05"),
        ("The ceasefire took effect at midnight on March 6, 2020, and has held for ten weeks.", "2020-05"),
        ("It has been three months since the ceasefire took effect on March 6, 2020.", "2020-06"),
        # a day without a year takes it from the one agreement the text names, within a month of its date
        ("The Moscow accord froze the front line in Idlib. The ceasefire, which took effect on March 6, has "
         "held for 10 weeks.", "2020-05"),
        ("The Moscow accord was agreed in the Kremlin. The truce, which began on 6 March, has now lasted three "
         "months.", "2020-06"),
        ("The Moscow accord froze the front. It has been three months since the ceasefire took effect on March 6.",
         "2020-06"),
        # the truce of another date counts from its own day, not from the record
        ("The Moscow accord froze the front. The truce of 12 January 2021 has held for ten weeks.", "2021-03"),
    ]
    for text, value in cases:
        p = _infer(text)
        assert (p.value, p.basis, p.confidence) == (value, "inferred", 0.6), text


def test_a_span_from_a_stated_day_keeps_the_guards():
    for text in [
        # no year anywhere: a month without a year is no publication date
        "The ceasefire, which began on 6 March, has now lasted three months, residents say.",
        "It has been three months since the ceasefire took effect on March 6.",
        # a day far from the one named record is not its day, so it gives no year
        "The Moscow accord froze the front. The ceasefire, which took effect on 12 January, has held for 10 weeks.",
        # approximate, future, conditional
        "The ceasefire, which took effect on March 6, 2020, has held for nearly 10 weeks.",
        "The ceasefire, which took effect on March 6, 2020, is expected to last ten weeks.",
        "The ceasefire, which took effect on March 6, 2020, could hold for 10 weeks if both sides keep their word.",
        "Once the ceasefire, which took effect on March 6, 2020, has held for ten weeks, patrols will start.",
        # the span of another thing in the sentence
        "The ceasefire, which took effect on March 6, 2020, ended a siege that has lasted 10 weeks.",
        "Under the ceasefire, which took effect on March 6, 2020, the line has held for 10 weeks.",
        # past perfect: the span ended before the article
        "Talks go on.\n\nThe ceasefire, which took effect on March 6, 2020, had held for 10 weeks when it collapsed.\n",
        # a later explicit date contradicts it
        "The ceasefire, which took effect on March 6, 2020, has held for 10 weeks. Jets struck on 2 August 2020.",
    ]:
        p = _infer(text)
        assert (p.value, p.basis) == (None, "unknown"), text
    p = _infer("The ceasefire, which began on 6 March, has now lasted three months.")
    assert "gives no year" in p.evidence


# round 16 (helper H7): article heads of modern news pages

def test_a_headline_that_governs_its_date_gives_no_publication_date():
    for header in ["Prisoners released on March 6, 2020",
                   "UN report issued on 6 March 2020 warns of famine",
                   "Hostages released March 6, 2020 | Example News",
                   "Russia and Turkey agree ceasefire from March 6, 2020 | Middle East Example",
                   "Idlib: what has changed since 5 March 2020 | Analysis",
                   "Updated: the ceasefire of March 5, 2020 explained",
                   "Kurdish forces withdraw from Afrin\nDate of withdrawal: 6 March 2020"]:
        assert _stated(header) is None, header


def test_bylines_keep_their_dates():
    for line in ["By Jane Doe on June 3, 2020", "By Jane Doe Published June 3, 2020",
                 "Posted by admin at 2:20 pm on June 3, 2020", "Jane Doe | June 3, 2020 | 2:20 PM",
                 "By JANE DOE Associated Press June 3, 2020, 2:20 PM", "Time of publication: 03 June 2020 - 14:20"]:
        assert _stated("Aid stalls at the border\n" + line).value == "2020-06-03", line


def test_the_gregorian_date_beside_a_hijri_one_is_the_publication_date():
    p = _stated("Aid stalls at the border\nWednesday - 11 Shawwal 1441 AH - 03 June 2020 AD")
    assert (p.value, p.evidence) == ("2020-06-03", "03 June 2020")


def test_a_related_articles_date_at_the_foot_is_no_publication_date():
    for tail in ["\nRelated\nUN report published on 10 June 2020\n",
                 "\nPreviously published: truce collapses, 2 June 2020\n"]:
        assert _stated("Aid stalls at the border", tail) is None, tail
    for tail in ["\nThis article was first published on 3 June 2020\n",
                 "\nOriginally published by Example News on 3 June 2020.\n"]:
        assert _stated("Aid stalls at the border", tail).value == "2020-06-03", tail


# round 16 (helper H9): bylines the headline guard refused

def test_a_byline_with_a_dotted_pm_or_its_own_published_in_keeps_its_date():
    for line in ["Jane Doe | Associated Press | Mar. 6, 2020 at 4:20 p.m. EST",
                 "By Jane Doe, published in The Example on March 6, 2020"]:
        assert _stated("Aid stalls at the border\n" + line).value == "2020-03-06", line


def test_a_reports_first_line_with_its_issue_date():
    text = ("Monitoring Mission\n\n"
            "Daily Report 103/2021 issued on 4 May 2021, based on information received as of 19:30, 3 May 2021\n\n"
            "The Mission recorded 87 ceasefire violations.\n")
    p = stated_publication_date(text, text.index("Daily"))
    assert p.value == "2021-05-04"


def test_a_sentence_about_another_reports_release_date_is_no_publication_date():
    text = ("Monitoring Mission\n\n"
            "The UN report, released on 4 May 2021, said the Mission recorded 87 ceasefire violations in the region.\n")
    assert stated_publication_date(text, text.index("The UN")) is None

def test_a_study_published_in_a_journal_in_the_header_is_not_the_page_date():
    # "published in" is a byline's only after "By ...": here it dates the study the story is about
    assert _stated("Gaza toll, published in The Lancet on March 6, 2020\nBy Jane Doe") is None
    assert _stated("Aid stalls\nBy Jane Doe | Reuters\nThe report, published in The Lancet on March 6, 2020") is None


def test_a_published_label_with_a_numeric_date_between_middle_dots_is_a_byline():
    from generator.ingest import analyse
    text = ("Syria Translated | Home | Statements\n\nJaish al-Izza statement on the Jourin raid\n\n"
            "Published 15/03/2024 · Translated from Arabic by Syria Translated staff · Originally posted on the group's Telegram channel\n\n"
            "On Thursday, the group's fighters shelled Jourin with a guided missile, killing five soldiers.\n")
    a = analyse(text, "x", "x.txt")
    assert stated_publication_date(a.text, a.header_end).value == "2024-03-15"
