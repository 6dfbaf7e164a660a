"""Rendering helpers: escaping and the highlighted article text."""

from __future__ import annotations

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

    from hypothesis import given, settings
    from hypothesis import strategies as st

    site_markdown = markdown.Markdown(extensions=["attr_list", "tables", "toc"])
    alphabet = st.sampled_from(list("ab1 .-+#>*_`[](){}!<>&;'\"|~^=:$\\/") + ["&amp;", "&#x27;", "{ #x }", "](", "<b>"])

    @settings(max_examples=400, deadline=None)
    @given(st.lists(alphabet, min_size=1, max_size=14).map("".join))
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
