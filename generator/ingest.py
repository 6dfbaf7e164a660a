"""Stage 1, ingest: an article file becomes an Article with its text, title, publisher, and the
body split into sentences.

Nothing is deleted from the text: page chrome (logos, slogans, "Read 295 times", captions,
related-article links) is only marked, so every quote stays a verbatim substring of the file and
every offset points into it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import syntok.segmenter as syntok

from .store import sha256_text


@dataclass(frozen=True)
class Block:
    """A line of the article, classified."""

    start: int
    end: int
    kind: str  # title, dateline, caption, chrome, subheading, byline, credit, paragraph


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass
class Article:
    source_id: str
    file: str  # path from the repository root, e.g. seeds/x.txt
    text: str
    sha256: str
    title: str
    header_end: int  # where the body begins: the publication date is looked for before it
    publisher: str | None = None
    publisher_evidence: str | None = None
    url: str | None = None
    blocks: list[Block] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    def body_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "paragraph"]


class ArticleProblem(Exception):
    """The file cannot be read as an article; the build goes on without it."""


# ---------------------------------------------------------------- reading

def decode_article(data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.
    Newlines become \\n so that quotes survive a change of line endings."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleProblem("looks like a binary file, not text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_article_text(path: Path) -> str:
    return decode_article(path.read_bytes())


def source_id_for(path: Path) -> str:
    """A stable id from the file name: lowercase slug of the stem."""
    return slugify(path.stem) or "article"


def slugify(text: str, max_length: int = 80) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug


# ---------------------------------------------------------------- classifying lines

# Photo credits: "[Name/Agency]", "Name/ AFP VIA GETTY IMAGES", "(Photo: ...)".
_CAPTION = re.compile(
    r"\[[^\]]*/[^\]]*\]\s*$|\bVIA GETTY\b|\bGETTY IMAGES\b|Getty Images\s*$|\((?:photo|image|file photo)\b[^)]*\)\s*$"
    r"|^(?:photo|image|picture)\s*:|/\s*(?:AFP|AP|Reuters|EPA|Anadolu)\b[^.]*$",
    re.IGNORECASE,
)
_CHROME = re.compile(
    r"^(?:read \d[\d,]* times|\d[\d,]* views|helpful keywords|tags?:.*|share(?: this)?(?: article)?:?"
    r"|to learn more,? please visit:?|(?:read|read more|see also|related|also read)\s*:.*"
    r"|advertisement|logo(?: \w+)?|clear|subscribe.*|sign up.*|follow us.*|print|email|comments?)$",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^(?:author|by|written by|reporting by)\s*:?\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*$", re.IGNORECASE)
_CREDIT = re.compile(r"^(?i:with|source|sources)\s*:?\s+(?:[A-Z][\w.&-]*)(?:\s*(?:,|and|&)\s*[A-Z][\w.&-]*)*\.?$")
_DISCLAIMER = re.compile(r"\b(?:has not verified|views set out in this article|responsibility for the information)\b", re.IGNORECASE)
_TRANSLATED_BY = re.compile(
    r"\b(?:translated|edited|published|produced)(?:\s+and\s+(?:translated|edited|published))?\s+by\s+((?:The\s+)?[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){0,4})"
)
# "IDLIB, Syria (North Press) – ..." : a dateline names the publisher in brackets.
_DATELINE = re.compile(r"^([A-Z][A-Z' .-]{2,}(?:,\s*[A-Z][\w ]+)?)\s*\(([A-Z][\w .&'-]{1,40})\)\s*[–—-]")
_DATE_LINE = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})"
    r"(?:\s*(?:at|,|-|–)?\s*\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*[A-Z]{2,4})?)?\s*$",
    re.IGNORECASE,
)
_URL = re.compile(r"https?://[^\s<>\"']+")
_PARAGRAPH_MIN_WORDS = 15


def _words(line: str) -> list[str]:
    return re.findall(r"[\w’'-]+", line)


def _looks_like_headline(line: str) -> bool:
    """A headline has a few words, no closing full stop, and names something (a capitalised word
    after the first): slogans like "Creating new perspectives" and logos do not."""
    words = _words(line)
    if not 4 <= len(words) <= 30 or line.rstrip().endswith((".", ":", ",")):
        return False
    return any(w[:1].isupper() for w in words[1:])


def _classify(line: str, seen_paragraph: bool) -> str:
    stripped = line.strip()
    if _CHROME.match(stripped) or (len(_words(stripped)) <= 2 and not seen_paragraph and not _DATE_LINE.match(stripped)):
        return "chrome"
    if _DATE_LINE.match(stripped):
        return "dateline"
    if _CAPTION.search(stripped) or _is_repeated_caption(stripped):
        return "caption"
    if _BYLINE.match(stripped):
        return "byline"
    if _CREDIT.match(stripped) or _DISCLAIMER.search(stripped):
        return "credit"
    if len(_words(stripped)) >= _PARAGRAPH_MIN_WORDS or stripped.endswith((".", "”", '"', "?", "!")):
        return "paragraph"
    return "heading"


def _is_repeated_caption(line: str) -> bool:
    """Scraped captions often hold the same sentence twice (alt text + caption)."""
    half = len(line) // 2
    for cut in range(max(10, half - 3), min(len(line) - 10, half + 3)):
        head, tail = line[:cut].strip(), line[cut:].strip()
        if len(head) > 20 and tail.startswith(head):
            return True
    return False


# ---------------------------------------------------------------- the article

def ingest(path: Path, project: Path) -> Article:
    """Read and analyse one article file."""
    try:
        text = read_article_text(path)
    except OSError as exc:
        raise ArticleProblem(f"cannot be read: {exc.strerror or exc}") from None
    return analyse(text, source_id_for(path), path.resolve().relative_to(project.resolve()).as_posix())


def lines_with_offsets(text: str):
    """(start, end, line) for each non-blank line of text, offsets into text."""
    offset = 0
    for line in text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        if line.strip():
            yield start, end, line


def analyse(text: str, source_id: str, file: str) -> Article:
    if not text.strip():
        raise ArticleProblem("is empty")
    blocks: list[Block] = []
    seen_paragraph = False
    for start, end, line in lines_with_offsets(text):
        lead = len(line) - len(line.lstrip())
        kind = _classify(line, seen_paragraph)
        seen_paragraph = seen_paragraph or kind == "paragraph"
        blocks.append(Block(start + lead, start + len(line.rstrip()), kind))
    title_block = _choose_title(blocks, text)
    header_end = next((b.start for b in blocks if b.kind == "paragraph" and b is not title_block), len(text))
    title = text[title_block.start:title_block.end].strip() if title_block else ""
    classified = []
    for block in blocks:
        kind = block.kind
        if title and text[block.start:block.end].strip() == title:
            kind = "title"  # pages often repeat the headline above the body
        elif kind == "heading" and block.start < header_end:
            kind = "chrome"  # slogans and labels above the body
        classified.append(Block(block.start, block.end, kind))
    article = Article(source_id=source_id, file=file, text=text, sha256=sha256_text(text),
                      title=title, header_end=header_end, blocks=classified)
    _find_publisher(article)
    urls = _URL.findall(text[:header_end])
    article.url = urls[0].rstrip(".,);") if urls else None
    article.sentences = split_sentences(text, [b for b in classified if b.kind == "paragraph"])
    if not article.title:
        first = article.sentences[0].text if article.sentences else text.strip().split("\n")[0]
        article.title = first[:120].rsplit(" ", 1)[0] + "…" if len(first) > 120 else first
    return article


def _choose_title(blocks: list[Block], text: str) -> Block | None:
    """The headline: a line seen twice near the top, else the first headline-like line of the header."""
    header = []
    for block in blocks:
        if block.kind == "paragraph":
            break
        header.append(block)
    lines = [text[b.start:b.end].strip() for b in blocks]
    for block in header:
        line = text[block.start:block.end].strip()
        if block.kind == "heading" and lines.count(line) > 1 and _looks_like_headline(line):
            return block
    for block in header:
        if block.kind == "heading" and _looks_like_headline(text[block.start:block.end]):
            return block
    # A plain headline with no proper noun: the first line of several words above the body.
    for block in header:
        if block.kind == "heading" and len(_words(text[block.start:block.end])) >= 4:
            return block
    # Some pages start with the headline and go straight into the body.
    for block in blocks[:3]:
        if block.kind in ("heading", "paragraph") and _looks_like_headline(text[block.start:block.end]):
            return block
    return None


def _find_publisher(article: Article) -> None:
    """The publisher when the text names it: a dateline, a translation credit, an agency credit."""
    text = article.text
    for block in article.blocks:
        line = text[block.start:block.end]
        dateline = _DATELINE.match(line)
        if dateline:
            article.publisher, article.publisher_evidence = dateline.group(2).strip(), dateline.group(0).strip(" –—-")
            return
    for block in article.blocks:
        line = text[block.start:block.end]
        credit = _TRANSLATED_BY.search(line)
        if credit and block.kind in ("credit", "paragraph") and block.start > article.header_end:
            article.publisher = credit.group(1).strip()
            article.publisher_evidence = text[block.start + credit.start():block.start + credit.end()]
            return
    for block in article.blocks:
        line = text[block.start:block.end].strip()
        if block.kind == "credit" and _CREDIT.match(line):
            article.publisher = re.sub(r"^(?:with|source|sources)\s*:?\s+", "", line, flags=re.IGNORECASE).rstrip(".")
            article.publisher_evidence = line
            return


def split_sentences(text: str, blocks: list[Block]) -> list[Sentence]:
    """Sentences of the given blocks, with offsets into text (syntok does the splitting)."""
    sentences: list[Sentence] = []
    for block in blocks:
        chunk = text[block.start:block.end]
        for paragraph in syntok.analyze(chunk):
            for tokens in paragraph:
                if not tokens:
                    continue
                start = block.start + tokens[0].offset
                end = block.start + tokens[-1].offset + len(tokens[-1].value)
                for a, b in _split_glued(text, start, end):
                    sentences.append(Sentence(a, b, text[a:b]))
    return sentences


# Scraped text loses the space after a full stop: "the country.This region", "were
# killed.early half". Split there when both sides are ordinary words (not a URL, an
# abbreviation like "U.S." or a number like "1.5").
_GLUED = re.compile(r"(?<=[a-z]{4})\.(?=(?:[A-Z][a-z]{2,}|[a-z]{4,})\b)(?![^\s]*(?:/|\.com|\.org|\.net))")


def _split_glued(text: str, start: int, end: int) -> list[tuple[int, int]]:
    parts, at = [], start
    for m in _GLUED.finditer(text, start, end):
        if re.search(r"(?:www|https?)\S*$", text[at:m.start()]):
            continue
        parts.append((at, m.start() + 1))
        at = m.end()
    parts.append((at, end))
    return [(a, b) for a, b in parts if text[a:b].strip()]
