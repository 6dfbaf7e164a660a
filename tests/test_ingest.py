from generator.ingest import analyse
from generator import temporal

HEAD = "Rockets fall on a market town in the north\n\n"


def test_dateline_names_the_publisher():
    a = analyse(HEAD + "SARAQIB, Syria (Example Press) – Government forces shelled the town on 3 May 2021, residents said.\n", "x", "x.txt")
    assert a.publisher == "Example Press"


def test_with_agency_credit_names_the_publisher():
    a = analyse(HEAD + "Government forces shelled the town on 3 May 2021, residents said in the morning.\n\nWith Reuters\n", "x", "x.txt")
    assert a.publisher == "Reuters"


def test_translation_credit_names_the_publisher():
    body = "Government forces shelled the town on 3 May 2021, residents said in the morning.\n\n"
    a = analyse(HEAD + body + "This article was translated and edited by The Levant Monitor.\n", "x", "x.txt")
    assert a.publisher == "The Levant Monitor"


def test_chrome_lines_are_not_sentences():
    a = analyse("Logo Wide\n\n" + HEAD + "Government forces shelled the town on 3 May 2021, residents said.\n\nRead 12 times\n", "x", "x.txt")
    assert all("Read 12" not in s.text and "Logo" not in s.text for s in a.sentences)
    assert a.title.startswith("Rockets fall")


def test_glued_full_stop_is_a_sentence_break():
    a = analyse(HEAD + "Two houses burned in the night.Firefighters came at dawn and the road closed.\n", "x", "x.txt")
    assert [s.text for s in a.sentences] == ["Two houses burned in the night.", "Firefighters came at dawn and the road closed."]


def test_sentences_are_verbatim_offsets():
    a = analyse(HEAD + "Jets struck a depot. Three people were killed, a medic said.\n", "x", "x.txt")
    assert all(a.text[s.start:s.end] == s.text for s in a.sentences)


def test_one_sentence_shortcut_agrees_with_syntok() -> None:
    """ingest skips syntok for a chunk it would certainly keep as one sentence: on random text
    made of what syntok decides on (terminals, abbreviations, quotes, brackets, odd spaces), the
    shortcut never answers differently from syntok, and the seeds are split as syntok splits them."""
    import random

    from pathlib import Path

    from generator.ingest import _one_sentence, _split_glued, _syntok_sentences, ingest, split_sentences

    pieces = ["word", "Word", "U.S", "the", " ", " ", " ", ",", ".", "!", "?", ";", ":", "”", "“", '"', "'", "’", ")", "]",
              "(", "[", "-", "–", "1", "2,000", "...", "…", "é", "\u200b", "\t", "。", "\u00a0", "\x1c", "\u2028",
              "\ufeff", "a.", "A.", "e.g.", "Mr.", "No.", "5", "I", "II", "x", "‼", "？"]
    rnd = random.Random(4)
    shortcut = 0
    for _ in range(40_000):
        chunk = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        answer = _one_sentence(chunk)
        if answer is not None:
            shortcut += 1
            assert answer == _syntok_sentences(chunk), repr(chunk)
    assert shortcut > 5_000
    repo = Path(__file__).resolve().parents[1]
    for path in sorted((repo / "seeds").glob("*.txt")):
        article = ingest(path, repo)
        paragraphs = [b for b in article.blocks if b.kind == "paragraph"]
        expected = []
        for block in paragraphs:
            for a, b in _syntok_sentences(article.text[block.start:block.end]):
                expected += _split_glued(article.text, block.start + a, block.start + b)
        assert [(s.start, s.end) for s in split_sentences(article.text, paragraphs)] == expected


def test_a_dateline_with_a_place_or_as_of_states_the_publication_date():
    from generator.extract import publication_date
    from generator.validate import Content
    body = "Government forces shelled the town of Saraqib this morning, residents said in a statement.\n"
    for line, day in [("SARAQIB, Syria, 9 June 2021", "2021-06-09"), ("Saraqib, 9 June 2021", "2021-06-09"),
                      ("As of 20 March 2021", "2021-03-20")]:
        a = analyse(HEAD + line + "\n\n" + body, "x", "x.txt")
        published = publication_date(a, Content())
        assert (published.value, published.basis, published.evidence) == (day, "stated", line)
    # a line of words that ends in a date is no dateline
    a = analyse(HEAD + "the shelling went on in Saraqib, Syria, 9 June 2021\n\n" + body, "x", "x.txt")
    assert "dateline" not in [b.kind for b in a.blocks]


def test_a_wire_dateline_at_the_head_of_the_first_paragraph_is_not_part_of_the_sentence():
    from generator.extract import publication_date
    from generator.validate import Content
    for lead, day, publisher in [("IDLIB, Syria, January 3, 2020 (AFP) - ", "2020-01-03", "AFP"),
                                 ("SANAA, 13 December 2019 — ", "2019-12-13", None),
                                 ("GENEVA/TRIPOLI, October 24, 2020 (Reuters) - ", "2020-10-24", "Reuters")]:
        a = analyse(HEAD + lead + "Jets struck the town on Wednesday, residents said.\n", "x", "x.txt")
        assert [s.text for s in a.sentences] == ["Jets struck the town on Wednesday, residents said."]
        assert a.publisher == publisher
        published = publication_date(a, Content())
        assert (published.value, published.basis) == (day, "stated")
    # a region in lower case ("Idlib countryside") is part of the dateline too
    a = analyse(HEAD + "IDLIB, Idlib countryside (Example Press) – Jets struck the town on Wednesday, residents said.\n", "x", "x.txt")
    assert [s.text for s in a.sentences] == ["Jets struck the town on Wednesday, residents said."]
    assert (a.publisher, a.publisher_evidence) == ("Example Press", "IDLIB, Idlib countryside (Example Press)")
    # a sentence that opens with a capitalised word and a dash is no dateline
    a = analyse(HEAD + "NATO - the alliance - said on Friday it would meet.\n", "x", "x.txt")
    assert a.sentences[0].text.startswith("NATO")


def test_a_note_about_the_story_itself_is_not_a_sentence():
    body = "Government forces shelled the town on 3 May 2021, residents said in the morning.\n\n"
    for note in ["An earlier version of this story misstated the number of people killed in the market. It was 10, not 15.",
                 "This article has been corrected to show that the strikes happened on Tuesday, not Wednesday.",
                 "Correction: the shelling killed three civilians, not five.",
                 "Associated Press writer Jane Doe in Istanbul contributed to this report."]:
        a = analyse(HEAD + body + note + "\n", "x", "x.txt")
        assert [s.text for s in a.sentences] == [body.strip()], note


def test_a_dated_byline_ending_with_a_full_stop_is_a_byline():
    from generator.extract import publication_date
    from generator.validate import Content
    body = "Government forces shelled the town of Saraqib this morning, residents said in a statement.\n"
    for line in ["Written by Jane Doe on 22 March 2013.", "Posted on March 22, 2013."]:
        a = analyse(HEAD + line + "\n\n" + body, "x", "x.txt")
        assert [s.text for s in a.sentences] == [body.strip()], line
        assert publication_date(a, Content()).value == "2013-03-22", line
    # a body sentence that opens with "By" and a year is still a sentence
    a = analyse(HEAD + "By 2015, the town had lost half of its people.\n\n" + body, "x", "x.txt")
    assert a.sentences[0].text == "By 2015, the town had lost half of its people."


def test_day_month_year_with_hyphens_dates_the_article():
    from generator.extract import publication_date
    from generator.validate import Content
    a = analyse(HEAD + "22-03-2013\n\nGovernment forces shelled the town of Saraqib this morning, residents said.\n", "x", "x.txt")
    p = publication_date(a, Content())
    assert (p.value, p.basis, p.evidence) == ("2013-03-22", "stated", "22-03-2013")


def test_a_wire_dateline_without_a_year_leaves_the_date_unknown_and_says_why():
    from generator.extract import publication_date
    from generator.validate import Content
    a = analyse(HEAD + "BEIRUT, March 22 (Reuters) - Jets struck the town on Wednesday, residents said.\n", "x", "x.txt")
    p = publication_date(a, Content())
    assert (p.value, p.basis) == (None, "unknown")
    assert "gives no year" in p.evidence and "March 22" in p.evidence


def test_a_wire_dateline_on_its_own_line_or_with_a_weekday_states_the_publication_date():
    from generator.extract import publication_date
    from generator.validate import Content
    body = "Jets struck the town on Wednesday, residents said.\n"
    for dateline, day, publisher in [("LVIV, Ukraine, Thursday, May 11, 2023 (AP) -", "2023-05-11", "AP"),
                                     ("ADEN, 4 March 2022 (Reuters) —", "2022-03-04", "Reuters")]:
        for text in (dateline + "\n\n" + body, dateline + " " + body):
            a = analyse(HEAD + text, "x", "x.txt")
            assert [s.text for s in a.sentences] == [body.strip()], text
            assert a.publisher == publisher
            p = publication_date(a, Content())
            assert (p.value, p.basis) == (day, "stated"), text

def test_a_title_case_dateline_with_a_full_date_or_a_capitals_place_alone_is_not_part_of_the_sentence():
    from generator.extract import publication_date
    from generator.validate import Content
    a = analyse(HEAD + "Ankara, 28 February 2020 — The ministry announces that the shelling of Saraqib went on.\n", "x", "x.txt")
    assert [s.text for s in a.sentences] == ["The ministry announces that the shelling of Saraqib went on."]
    p = publication_date(a, Content())
    assert (p.value, p.basis, p.evidence) == ("2020-02-28", "stated", "Ankara, 28 February 2020")
    # a capitals place and a dash, with no date: where the story was filed, not an actor of the sentence
    a = analyse(HEAD + "ANKARA - Russia denied carrying out strikes on Tuesday.\n", "x", "x.txt")
    assert [s.text for s in a.sentences] == ["Russia denied carrying out strikes on Tuesday."]
    # a title-case word with no full date, or a short acronym, stays in the sentence
    for line in ["Saraqib - The town was shelled on Tuesday.", "Saraqib, 28 February - The town was shelled.",
                 "NATO - Russia and Turkey met on Tuesday."]:
        a = analyse(HEAD + line + "\n", "x", "x.txt")
        assert a.sentences[0].text == line, line


def test_a_kicker_that_labels_the_story_is_no_dateline():
    a = analyse(HEAD + "BREAKING – Jets struck the town on Wednesday, residents said.\n", "x", "x.txt")
    assert "dateline" not in [b.kind for b in a.blocks]
    a = analyse(HEAD + "ANKARA - Jets struck the town on Wednesday, residents said.\n", "x", "x.txt")
    assert [s.text for s in a.sentences] == ["Jets struck the town on Wednesday, residents said."]


def test_a_dateline_in_brackets_states_the_publication_date():
    """A report's dateline in brackets, "(Geneva, May 2, 2021) – ...", is where and when it was
    filed, not words of its first sentence."""
    from generator.extract import publication_date
    from generator.validate import Content
    a = analyse(HEAD + "(Geneva, May 2, 2021) – Shelling hit a school in Saraqib on 28 April, the group said today.\n", "x", "x.txt")
    assert [s.text for s in a.sentences] == ["Shelling hit a school in Saraqib on 28 April, the group said today."]
    p = publication_date(a, Content())
    assert (p.value, p.basis) == ("2021-05-02", "stated")
    # an aside in brackets that is no dateline stays in the sentence
    line = "(Updated) – Shelling hit a school in Saraqib on 28 April."
    assert analyse(HEAD + line + "\n", "x", "x.txt").sentences[0].text == line


def test_a_dateline_after_a_long_headline_that_reads_as_a_paragraph_states_the_publication_date():
    from generator.extract import publication_date
    from generator.validate import Content
    text = ("Ministers end two days of talks on the border crossings in Amman without a deal on aid\n\n"
            "AMMAN, 3 March 2021 - Ministers ended their talks on Tuesday, officials said.\n")
    a = analyse(text, "x", "x.txt")
    assert [s.text for s in a.sentences] == ["Ministers ended their talks on Tuesday, officials said."]
    p = publication_date(a, Content())
    assert (p.value, p.basis) == ("2021-03-03", "stated")

# Round 8a: messy scraped pages.

def test_a_cookie_banner_is_chrome_and_does_not_end_the_header():
    text = ("Home | Syria | Idlib | Politics | Contact Us\n"
            "We use cookies to improve your experience. By continuing you accept our Cookie Policy (updated 1 January 2020). Accept\n"
            "Rockets fall on a market town in the north\nRockets fall on a market town in the north\n"
            "By Jane Doe | 14 May 2020\n"
            "Government forces shelled the town on Wednesday, killing three civilians, residents said.\n"
            "Cookie settings | Accept all\n")
    a = analyse(text, "x", "x.txt")
    assert a.title == "Rockets fall on a market town in the north"
    assert all("cookie" not in s.text.lower() for s in a.sentences)
    assert temporal.publication.stated(a.text, a.header_end).value == "2020-05-14"


def test_a_comment_section_after_the_body_is_not_sentences():
    body = "Government forces shelled the town on Monday, killing three civilians, residents said.\n"
    for header in ("42 Comments", "Comments (3)", "Leave a comment"):
        a = analyse(HEAD + body + header + "\nAhmad_H - 20 August 2019 at 11:02\n"
                    "On 12 August the army shelled my town Kafr Zita and my cousin was killed.\nReply · Like 12\n"
                    "Observer99 - 19 August 2019\nThe rebels attacked the army in Latakia last week and killed 20 soldiers.\n",
                    "x", "x.txt")
        assert [s.text for s in a.sentences] == [body.strip()], header


def test_a_caption_credit_in_brackets_with_photo_is_a_caption():
    a = analyse(HEAD + "Government forces shelled the town on Thursday, residents said in the evening.\n"
                "Civil Defence volunteers carry a wounded child in Iblin, June 10, 2021 (SMART/Photo: Mohammad Abdul Rahman)\n",
                "x", "x.txt")
    assert all("volunteers" not in s.text for s in a.sentences)


def test_a_toolbar_line_of_short_items_between_bars_is_no_title():
    a = analyse("SMART News Agency\nPrint this article | A- A+\nEight killed in regime shelling on Iblin in Jabal al-Zawiya\n"
                "Published: 11 June 2021\nGovernment forces shelled the town on Thursday, killing eight people, residents said.\n",
                "x", "x.txt")
    assert a.title == "Eight killed in regime shelling on Iblin in Jabal al-Zawiya"


def test_issued_labels_a_publication_date_and_a_footer_published_line_states_one():
    from generator.extract import publication_date
    from generator.validate import Content
    body = "Government forces shelled the town of Saraqib on Tuesday, residents said in a statement.\n"
    a = analyse("Flash update 12: north-west Syria\nIssued on 9 June 2021\n\n" + body, "x", "x.txt")
    assert publication_date(a, Content()).value == "2021-06-09"
    # a page that prints its date only under the article
    foot = body + "\nThe ministry said the shelling had wounded four people and damaged a school in the town.\n\n" \
        "Published on Thursday 10 June 2021 - 29 Shawwal 1442 | Idlib Voice\nShare: Facebook | Twitter\n"
    a = analyse(HEAD + foot, "x", "x.txt")
    published = publication_date(a, Content())
    assert (published.value, published.basis) == ("2021-06-10", "stated")
    # a related article's date below the body, without the label, states nothing
    a = analyse(HEAD + body + "\nRelated: Turkey sends troops to Idlib | 3 June 2021\n", "x", "x.txt")
    assert publication_date(a, Content()).basis != "stated"


def test_a_line_of_timestamps_is_a_byline_not_the_first_paragraph():
    from generator.extract import publication_date
    from generator.validate import Content
    body = "Government forces shelled the town of Saraqib this morning, residents said in a statement.\n"
    stamp = "Sat 6 Jun 2020 09.00 BST Last modified on Sat 6 Jun 2020 11.30 BST"
    a = analyse(HEAD + stamp + "\n\n" + body, "x", "x.txt")
    assert [s.text for s in a.sentences] == [body.strip()]
    assert publication_date(a, Content()).value == "2020-06-06"


def test_a_dateline_whose_place_has_an_accented_capital_states_the_publication_date():
    from generator.extract import publication_date
    from generator.validate import Content
    body = "Jets struck the town on Wednesday, residents said.\n"
    for text, day in [("BOGOTÁ, July 15, 2024 (Colprensa) -\n\n" + body, "2024-07-15"),
                      ("ASUNCIÓN, 3 May 2021 — " + body, "2021-05-03"),
                      ("Bogotá, 15 July 2024 - " + body, "2024-07-15")]:
        a = analyse(HEAD + text, "x", "x.txt")
        assert publication_date(a, Content()).value == day


def test_a_breadcrumb_trail_is_chrome_not_the_title():
    text = ("Home > News > Sagaing Region\n\n"
            "Troops burned down more than 200 houses in Kani township, local fighters say\n\n"
            "Posted by Admin | 0 Comments\n\n"
            "The troops entered the village in the morning and set fire to the houses, local fighters reported.\n")
    a = analyse(text, "x", "x.txt")
    assert a.title == "Troops burned down more than 200 houses in Kani township, local fighters say"
    assert [s.text for s in a.sentences] == [
        "The troops entered the village in the morning and set fire to the houses, local fighters reported."]
