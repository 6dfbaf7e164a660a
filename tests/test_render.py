"""Rendering helpers: escaping and the highlighted article text."""

from __future__ import annotations

import re
import markdown

from generator.render import Citation, highlighted_paragraphs, md_escape


def html_of(md: str) -> str:
    return markdown.markdown(md, extensions=["attr_list"])


def test_markdown_and_html_in_values_show_as_typed():
    for text in ["<b>x</b>", "[a](javascript:alert(1))", "**bold**", "- not a list", "1. not a list", "a | b", ":smile:"]:
        rendered = html_of(md_escape(text))
        assert "<b>" not in rendered and "<a" not in rendered and "<strong>" not in rendered and "<li>" not in rendered


def test_a_highlighted_quote_keeps_the_spaces_around_it():
    text = "The town was quiet. Then jets struck the market. People fled."
    [paragraph] = highlighted_paragraphs(text, [Citation("Then jets struck the market.", "quote-x", "Strike", "x.md#x")])
    rendered = html_of(str(paragraph))
    assert "quiet. <mark" in rendered and "</mark> People" in rendered
    assert 'id="quote-x"' in rendered and 'href="x.md#x"' in rendered


def test_overlapping_quotes_each_get_an_anchor():
    text = "Jets struck the market and the school on Monday."
    citations = [Citation("Jets struck the market", "quote-a", "A", "a"), Citation("the market and the school", "quote-b", "B", "b")]
    rendered = html_of(str(highlighted_paragraphs(text, citations)[0]))
    assert 'id="quote-a"' in rendered and 'id="quote-b"' in rendered


def test_any_value_shows_exactly_as_typed_after_markdown():
    """Property: whatever a value holds (Markdown, HTML, entities, attribute lists), once escaped and
    converted with the site's extensions it is one paragraph whose text is the value itself."""
    import html
    import re

    from hypothesis import example, given, settings
    from hypothesis import strategies as st

    site_markdown = markdown.Markdown(extensions=["attr_list", "tables", "toc"])
    alphabet = st.sampled_from(list("ab1 .-+#>*_`[](){}!<>&;'\"|~^=:$\\/") + ["&amp;", "&#x27;", "{ #x }", "](", "<b>"])

    @settings(max_examples=400, deadline=None)
    @given(st.lists(alphabet, min_size=1, max_size=14).map("".join))
    @example(" - ")  # a list marker after a leading space (found by this test)
    @example(" 1. a")
    def check(value):
        site_markdown.reset()
        rendered = site_markdown.convert(md_escape(value))
        folded = " ".join(value.split())
        if not folded:
            return
        match = re.fullmatch(r"<p>(.*)</p>", rendered, re.S)
        assert match, (value, rendered)
        assert "<" not in match.group(1).replace("&lt;", ""), (value, rendered)
        assert html.unescape(match.group(1)).strip() == folded, (value, rendered)

    check()


def _site_with_claims(quote: str = "The <b>truce</b> [held](javascript:x) firmly."):
    from generator.records import Agreement, AgreementClaim, Source
    from generator.render import Site
    from generator.validate import Content

    content = Content()
    content.agreements["truce"] = Agreement(id="truce", name="A truce", signed="2018-09-17")
    content.sources["art"] = Source(id="art", file="seeds/art.txt", sha256="0" * 64, title="An article", agreement_claims=[
        AgreementClaim("truce", "status", "holding", date="2021-05-03", date_text="on Monday", quote=quote),
        AgreementClaim("truce", "date", "2019-09", quote="A truce of September 2019."),
        AgreementClaim("truce", "date", "2018-09", quote="A truce of September 2018."),
        AgreementClaim("other", "status", "collapsed", quote="Another deal collapsed."),
    ])
    return Site.build(content, None, "edit/main/")


def _agreement_page(site) -> tuple[str, dict]:
    from generator.render import Page, _extra_context, make_environment

    record = site.content.agreements["truce"]
    context = {"record": record, "edit_path": "content/agreements/truce.yml", **_extra_context(site, "agreement", record, None)}
    page = make_environment().get_template("agreement.md.j2").render(page=Page(site, "agreements/truce.md"), site=site, **context)
    return page, context


def test_agreement_page_shows_what_sources_say_escaped_and_linked():
    page, _ = _agreement_page(_site_with_claims())
    section = page.split("## What the sources say about it", 1)[1].split("## Its life", 1)[0]
    rendered = html_of(section)
    assert "<b>" not in rendered and 'href="javascript' not in rendered and "&lt;b&gt;truce&lt;/b&gt;" in rendered
    assert "Holding" in section and "3 May 2021" in section and "on Monday" in section
    # the source link goes to the sentence, highlighted in the article
    assert re.search(r'href="../sources/art.md#claim-truce-[0-9a-f]{8}"', rendered)
    assert "Another deal collapsed" not in page  # another agreement's claim


def test_source_page_highlights_what_it_says_about_an_agreement(tmp_path):
    from generator.render import Page, _extra_context

    site = _site_with_claims()
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "art.txt").write_text("Title\n\nA truce of September 2019. Nothing else.\n")
    record = site.content.sources["art"]
    paragraphs = [str(p) for p in _extra_context(site, "source", record, tmp_path)["paragraphs"].value()]
    _, context = _agreement_page(site)
    (said,) = [s for s in context["claims"] if s["quote"] == "A truce of September 2019."]
    marked = f'<mark id="{said["anchor"]}">[A truce of September 2019.](../agreements/truce.md#what-the-sources-say-about-it)</mark>'
    assert paragraphs[1] == marked + " Nothing else."
    # a claim about an agreement that has no record is not linked
    assert not any("Another deal" in p for p in paragraphs)


def test_only_a_date_claim_that_disagrees_with_the_record_is_flagged():
    page, _ = _agreement_page(_site_with_claims())
    lines = [l for l in page.splitlines() if l.startswith("**Dated")]
    assert lines == ["**Dated September 2019**: *disagrees with the record's date — to review*", "**Dated September 2018**"]


def test_a_changed_claim_changes_the_agreement_page_fingerprint():
    from generator.render import TEMPLATE_DIR, Fingerprints

    fingerprints = []
    for quote in ("The truce held.", "The truce held firmly."):
        site = _site_with_claims(quote)
        _, context = _agreement_page(site)
        fingerprints.append(Fingerprints(site, TEMPLATE_DIR, ()).of_page("agreements/truce.md", "agreement.md.j2", context))
    assert fingerprints[0] != fingerprints[1]


def test_relative_links_are_what_relpath_gives():
    import posixpath

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from generator.render import relative

    segment = st.sampled_from(["a", "b", "timeline", "2020", "index.md", "x.md", ".", ".."])
    path = st.lists(segment, min_size=1, max_size=4).map("/".join)

    @settings(max_examples=2000, deadline=None)
    @given(path, path)
    def check(target, from_page):
        relative.cache_clear()
        assert relative(target, from_page) == posixpath.relpath(target, posixpath.dirname(from_page) or ".")

    check()


def test_events_dated_only_to_a_busy_year_month_or_day_get_a_page_per_type(monkeypatch):
    """Their dates cannot split them further, so past the limit they are listed by type; every
    page stays under the limit, and every event is on exactly one page."""
    from generator import render
    from generator.records import Event

    monkeypatch.setattr(render, "FULL_YEAR_PAGE_LIMIT", 2)
    events = [Event(id=f"e{i}", date=date, type=kind, title=f"E{i}")
              for i, (date, kind) in enumerate([("2020", "shelling"), ("2020", "shelling"), ("2020", "air-strike"),
                                                ("2020-05", "patrol"), ("2020-05", "shelling"), ("2020-05", "patrol"),
                                                ("2020-05-03", "shelling")])]
    parts = {p.path: p for p in render.split_year("2020", events)}
    assert parts["timeline/2020.md"].events == [] and parts["timeline/2020-05.md"].events == []
    assert [e.id for e in parts["timeline/2020-shelling.md"].events] == ["e0", "e1"]
    assert [e.id for e in parts["timeline/2020-05-patrol.md"].events] == ["e3", "e5"]
    assert parts["timeline/2020-shelling.md"].title == "2020, dated only to the year: shelling"
    assert ("timeline/2020-air-strike.md", "2020, dated only to the year: air-strike", 1) in parts["timeline/2020.md"].parts
    placed = [e.id for p in parts.values() for e in p.events]
    assert sorted(placed) == sorted(e.id for e in events) and all(len(p.events) <= 2 for p in parts.values())


def test_an_agreement_many_sources_speak_of_gets_a_table_not_every_quote(monkeypatch):
    from generator import render

    monkeypatch.setattr(render, "CLAIMS_LIMIT", 2)
    page, context = _agreement_page(_site_with_claims())
    section = page.split("## What the sources say about it", 1)[1].split("## Its life", 1)[0]
    assert "4 sentences" not in section and "3 sentences of the sources" in section  # one is about another agreement
    assert "| Holding | 1 |" in section and "| Dated September 2019 | 1 |" in section
    assert "### Dates that disagree with the record — to review" in section
    assert "Dated September 2019: [An article](../sources/art.md#claim-truce-" in section
    assert "A truce of September 2018." not in page  # quotes are on the source page, not here


def test_an_agreement_in_very_many_events_lists_its_life_by_year(tmp_path, monkeypatch):
    from generator import render
    from generator.records import Agreement, Event, Quote, Source
    from generator.render import Site, _pages
    from generator.validate import Content, ContentFile

    monkeypatch.setattr(render, "RECORD_EVENTS_LIMIT", 2)
    content = Content()
    content.agreements["truce"] = Agreement(id="truce", name="A truce", in_force="2020-03-06")
    content.sources["art"] = Source(id="art", file="seeds/art.txt", sha256="0" * 64, title="An article")
    for i, (date, kind) in enumerate([("2020-01-02", "talks"), ("2020-04-01", "shelling"), ("2021-02-03", "patrol")]):
        content.events[f"e{i}"] = Event(id=f"e{i}", date=date, type=kind, title=f"E{i}", agreements=["truce"],
                                        sources=[Quote("art", "q")])
    for kind, records in (("agreement", content.agreements), ("source", content.sources), ("event", content.events)):
        for record_id in records:
            content.files[(kind, record_id)] = ContentFile(f"/x/{record_id}.yml", f"{kind}s/{record_id}.yml", kind, "")
    pages = {path: (template, context) for path, template, context in _pages(Site.build(content, None, "edit/main/"), tmp_path, "material")}
    template, context = pages["agreements/truce.md"]
    assert [(label, count) for _, label, count in context["years"]] == [("2020", 2), ("2021", 1)]
    _, year_2020 = pages["agreements/truce/2020.md"]
    assert year_2020["violations"] == {"e1"}  # shelling after it took effect
    page = render.make_environment().get_template(template).render(page=render.Page(Site.build(content, None, "edit/main/"), "agreements/truce.md"), site=None, **context)
    assert "1 events before it took effect, 2 since (1 reported violations)" in page
