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
