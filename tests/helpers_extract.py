"""Shared fixtures for the extraction tests: a small hand-built gazetteer."""

from generator.records import Actor, Agreement, Place
from generator.validate import Content


def small_content() -> Content:
    c = Content()
    for a in [
        Actor(id="russia", name="Russia", aliases=["Russian"], kind="state"),
        Actor(id="turkey", name="Turkey", aliases=["Turkish", "Ankara"], kind="state"),
        Actor(id="syrian-government", name="Syrian government", aliases=["regime forces", "government forces"], kind="state"),
        Actor(id="syrian-opposition", name="Syrian opposition", aliases=["rebels", "opposition"], kind="coalition"),
        Actor(id="sohr", name="Syrian Observatory for Human Rights", aliases=["SOHR"], kind="organisation"),
        Actor(id="hurras-al-din", name="Hurras al-Din", aliases=[], kind="armed-group"),
        Actor(id="vladimir-putin", name="Vladimir Putin", aliases=["Putin"], kind="person", affiliation="russia"),
    ]:
        c.actors[a.id] = a
    for p in [
        Place(id="idlib-province", name="Idlib province", aliases=["Idlib", "Idleb"], kind="province"),
        Place(id="saraqib", name="Saraqib", aliases=[], kind="town", admin1="idlib-province"),
        Place(id="binnish", name="Binnish", aliases=[], kind="town", admin1="idlib-province"),
        Place(id="moscow", name="Moscow", aliases=[], kind="city"),
        Place(id="sochi", name="Sochi", aliases=[], kind="city"),
        Place(id="damascus", name="Damascus", aliases=[], kind="city"),
    ]:
        c.places[p.id] = p
    for g in [
        Agreement(id="moscow-2020", name="Moscow protocol (Idlib ceasefire of March 2020)", aliases=["Moscow protocol"],
                  kind="protocol", signed="2020-03-05", in_force="2020-03-06", parties=["russia", "turkey"]),
        Agreement(id="sochi-2018", name="Sochi memorandum", aliases=["Sochi memorandum"], kind="memorandum",
                  signed="2018-09-17", in_force="2018-09-17", parties=["russia", "turkey"],
                  provisions=["a demilitarised zone around Idlib"]),
    ]:
        c.agreements[g.id] = g
    return c
