from generator.resolve import Gazetteer, skeleton
from helpers_extract import small_content


def ids(text):
    return [m.id for m in Gazetteer(small_content()).find(text)]


def test_transliteration_variants_share_a_skeleton():
    assert skeleton("Hourasal-Din") == skeleton("Hurras al-Din")
    assert skeleton("Idleb") == skeleton("Idlib")


def test_variant_spelling_is_resolved():
    assert "hurras-al-din" in ids("Fighters of the Hourass al-Din group withdrew.")


def test_lowercase_arabic_article_before_a_proper_name_matches():
    content = small_content()
    from generator.records import Actor
    content.actors["al-fateh"] = Actor(id="al-fateh", name="Al-Fateh Room", aliases=[], kind="coalition")
    assert [m.id for m in Gazetteer(content).find("Yesterday al-Fateh Room fired.")] == ["al-fateh"]


def test_proper_alias_does_not_match_lowercase_word():
    assert "turkey" not in ids("They ate turkish delight.") or ids("They ate turkish delight.") == []


def _with_place(record_id, name, aliases):
    from generator.records import Place
    content = small_content()
    content.places[record_id] = Place(id=record_id, name=name, aliases=aliases, kind="city")
    return Gazetteer(content)


def test_alias_starting_in_lowercase_matches_when_its_capitals_are_there():
    gazetteer = _with_place("homs", "Homs", ["city of Homs"])
    found = gazetteer.find("Shells fell on the city of Homs at dawn.")
    assert [(m.text, m.id) for m in found] == [("city of Homs", "homs")]


def test_alias_starting_in_lowercase_needs_its_capitals():
    gazetteer = _with_place("homs", "Homs", ["city of Homs"])
    assert gazetteer.find("Shells fell on the city of homs at dawn.") == []
