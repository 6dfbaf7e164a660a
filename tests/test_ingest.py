from generator.ingest import analyse

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
