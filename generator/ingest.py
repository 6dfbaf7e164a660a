"""Stage 1, ingest: an article file becomes an Article with its text, title, publisher, and the
body split into sentences.

Nothing is deleted from the text: page chrome (logos, slogans, "Read 295 times", captions,
related-article links) is only marked, so every quote stays a verbatim substring of the file and
every offset points into it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from pathlib import Path

import syntok.segmenter as syntok
from syntok._segmentation_states import State as _SyntokState
from syntok.tokenizer import Tokenizer as _SyntokTokenizer

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

MAX_ARTICLE_FILE_BYTES = 8_000_000  # not even read above this: a saved web page is rarely 2 MB
MAX_ARTICLE_CHARS = 500_000  # about 80,000 words; extraction takes ~30 s a million characters
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")  # what the source schema's `file` accepts


def decode_article(data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 (with BOM, or without one when every
    other byte is zero), else Windows-1252 (a superset of Latin-1 for printable text).
    Newlines become \\n so that quotes survive a change of line endings; NUL characters are
    dropped. Raises ArticleProblem for what is not text at all."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = _decode_or_fail(data, "utf-16")
    elif _looks_like_utf16_without_bom(data):
        text = _decode_or_fail(data, "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be")
    elif b"\x00" in data[:4096]:
        raise ArticleProblem("looks like a binary file, not text (save the article as text, UTF-8)")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if _mostly_control_characters(text):
        raise ArticleProblem("looks like a binary file, not text (save the article as text, UTF-8)")
    return text


def _decode_or_fail(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise ArticleProblem(f"starts like {encoding.upper()} text but is not valid {encoding.upper()}; save it as UTF-8") from None


def _looks_like_utf16_without_bom(data: bytes) -> bool:
    """Mostly-ASCII text in UTF-16 has a zero in every other byte, on one side only."""
    head = data[:4096]
    if len(head) < 4 or len(head) % 2:
        return False
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    return (odd > 0.9 * half and even < 0.1 * half) or (even > 0.9 * half and odd < 0.1 * half)


def _mostly_control_characters(text: str) -> bool:
    """A binary file without zero bytes decodes to a soup of control and replacement characters."""
    head = text[:8192]
    if not head:
        return False
    bad = len(_CONTROL.findall(head))
    return bad > 0.1 * len(head)


# Control characters but \t \n \v \f, DEL and the C1 controls, and the replacement character.
_CONTROL = re.compile("[\x00-\x08\x0d-\x1f\x7f-\x9f\ufffd]")


def read_article_text(path: Path) -> str:
    """The article text: what every stage (extract, validate, render) quotes and hashes.

    It is the decoded file, with one exception: a web page saved as-is (a .html/.htm file, or
    any file whose first tag is <!DOCTYPE html> or <html>) is the text a reader sees, tags
    dropped, one line per block. Because this is the only function that turns a file into
    article text, quotes taken by extract are verbatim substrings of what validate checks."""
    size = path.stat().st_size
    if size > MAX_ARTICLE_FILE_BYTES:
        raise ArticleProblem(f"is {size / 1_000_000:.1f} MB, larger than the {MAX_ARTICLE_FILE_BYTES // 1_000_000} MB an article file may be; "
                             "save only the article's text")
    text = decode_article(path.read_bytes())
    if path.suffix.lower() in (".html", ".htm") or _HTML_START.match(text):
        text = html_to_text(text)
    if len(text) > MAX_ARTICLE_CHARS:
        raise ArticleProblem(f"has {len(text):,} characters, more than the {MAX_ARTICLE_CHARS:,} an article may have; "
                             "split it or save only the article's text")
    return text


_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)
_BLOCK_TAGS = {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
               "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
               "p", "pre", "section", "table", "td", "th", "title", "tr", "ul"}
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "object"}


class _TextOfHtml(HTMLParser):
    """Visible text of a page: blocks become lines (the <title> first); scripts, styles and
    embedded objects are dropped; entities are decoded."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skipping: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self.skipping.append(tag)
        if tag in _BLOCK_TAGS:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self.flush()

    def handle_endtag(self, tag):
        if self.skipping and tag == self.skipping[-1]:
            self.skipping.pop()
        if tag in _BLOCK_TAGS:
            self.flush()

    def handle_data(self, data):
        if not self.skipping:
            self.current.append(data)

    def flush(self):
        line = " ".join("".join(self.current).split())
        self.current = []
        if line:
            self.lines.append(line)


def html_to_text(markup: str) -> str:
    parser = _TextOfHtml()
    parser.feed(markup)
    parser.close()
    parser.flush()
    return "\n\n".join(parser.lines) + "\n" if parser.lines else ""


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
    r"|^(?:photo|image|picture)\s*:|\([^()]*\b(?:photo|image|picture)s?\s*(?::|by\b)[^()]*\)\s*$|/\s*(?:AFP|AP|Reuters|EPA|Anadolu)\b[^.]*$",
    re.IGNORECASE,
)
_CHROME = re.compile(
    r"^(?:read \d[\d,]* times|\d[\d,]* views|helpful keywords|tags?:.*|share(?: this)?(?: article)?:?"
    r"|to learn more,? please visit:?|(?:read|read more|see also|related|also read)\s*:.*"
    r"|advertisement|logo(?: \w+)?|clear|subscribe.*|sign up.*|follow us.*|print|email|comments?)$",
    re.IGNORECASE,
)
# A cookie banner ("We use cookies … Accept", "Cookie settings | Accept all"): page chrome, even
# when it is as long as a paragraph (it would end the header and hide the byline under it).
_COOKIE = re.compile(r"\bcookies?\b.*\b(?:accept|agree|consent|policy|settings|privacy|continu\w*|ok)\b"
                     r"|\b(?:accept|agree|consent|policy|settings|privacy|continu\w*)\b.*\bcookies?\b", re.IGNORECASE)
_COOKIE_MAX_WORDS = 45
# The head of a reader-comment section ("42 Comments", "Comments (3)", "Leave a comment", "Leave a
# Reply"): after the body, every line below it is a reader's, not the article's.
_COMMENTS_HEAD = re.compile(r"^(?:\d[\d,]*\s+(?:comments?|responses?|replies)|comments?\s*\(\d[\d,]*\)|"
                            r"(?:leave|post|add|write)\s+an?\s+(?:comment|reply)|(?:\d[\d,]*\s+)?reader\s+comments?"
                            r"|(?:show|view|load)\s+(?:all\s+|more\s+)?comments?)\s*:?$", re.IGNORECASE)
# A menu or toolbar: two or more items of at most three words between bars ("Home | Syria |
# Idlib", "Print this article | A- A+", "Share on Facebook | Share on Twitter | Email"), or a
# breadcrumb trail between arrows ("Home > News > Sagaing Region", "News » Middle East").
_MENU_ITEM_MAX_WORDS = 3
# (maybe with a date or a role after a bar: "By Ahmad Khalil | 14 May 2020")
_BYLINE = re.compile(r"^(?:author|by|written by|reporting by)\s*:?\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}"
                     r"(?:\s*[|•·]\s*[^|•·.]{1,40}){0,2}\s*$", re.IGNORECASE)
# A byline that dates the article, even when it ends with a full stop like a sentence ("Written by
# Jane Doe on 22 March 2013.", "Posted on March 22, 2013."): short, opening with a label, with a year.
_DATED_BYLINE = re.compile(
    r"^(?:(?:written|posted|published|updated|reported|filed|created)\s+(?:by|on)\b"
    r"|(?:first\s+|last\s+)?(?:published|posted|updated|filed|created)\s*:"
    r"|(?:published|posted)\s+(?=\d))"  # "Published 15/03/2024"
    r".*\b(?:19|20)\d{2}\b",
    re.IGNORECASE)
_DATED_BYLINE_MAX_WORDS = 12


def _short_segments(line: str) -> bool:
    """A metadata line of short items between separators, none a sentence ("Published 15/03/2024 ·
    Translated from Arabic by X staff · Originally posted on the group's Telegram channel")."""
    items = [item.strip() for item in re.split(r"[|•·]", line)]
    return len(items) >= 2 and all(1 <= len(_words(item)) <= 10 and not item.endswith(".") for item in items)
# A page's timestamps and nothing else, however many words its times and zones make: "Sat 6 Jun 2020
# 09.00 BST Last modified on Sat 6 Jun 2020 11.30 BST" is a byline, not the first paragraph.
_STAMP_WORDS = re.compile(
    r"(?i)\b(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|"
    r"july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|first|last|originally|published|posted|"
    r"updated|modified|on|at|am|pm|gmt|utc|bst|[ecmp][sd]t|ces?t|ees?t|ast|msk|trt|\d+(?:st|nd|rd|th)?)\b")


def _is_stamp_line(line: str) -> bool:
    return bool(re.search(r"\b(?:19|20)\d\d\b", line)) and not re.sub(r"[\W_]+", "", _STAMP_WORDS.sub("", line))


_CREDIT = re.compile(r"^(?i:with|source|sources)\s*:?\s+(?:[A-Z][\w.&-]*)(?:\s*(?:,|and|&)\s*[A-Z][\w.&-]*)*\.?$")
_DISCLAIMER = re.compile(r"\b(?:has not verified|views set out in this article|responsibility for the information)\b", re.IGNORECASE)
# A note about the story itself, not about the events: "An earlier version of this story misstated
# ...", "This article has been corrected to ...", "Correction: ...", "X contributed to this report."
_EDITORS_NOTE = re.compile(
    r"^(?:(?:an?\s+)?(?:earlier|previous)\s+version\s+of\s+this\s+(?:story|article|report)\b"
    r"|this\s+(?:story|article|report)\s+(?:has\s+been|was)\s+(?:corrected|updated|amended)\b"
    r"|(?:correction|clarification|editor[’']?s\s+note)\s*[:.—–-]"
    # a wire's note of what this version changed, in brackets above the story: "(Corrects day of
    # attack in paragraph 1 to Sunday, not Monday)", "(Adds details on rescue, paragraphs 4-5)"
    r"|\((?:corrects|updates|adds|recasts|rewrites|refiles|changes|clarifies|removes|deletes|inserts|fixes|"
    r"withdraws|repeats|moves|restores)\b[^()]*\)$)"
    r"|\bcontributed\s+(?:reporting\s+)?to\s+this\s+(?:story|article|report)\.?$",
    re.IGNORECASE)
_TRANSLATED_BY = re.compile(
    r"\b(?:translated|edited|published|produced)(?:\s+and\s+(?:translated|edited|published))?\s+by\s+((?:The\s+)?[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){0,4})"
)
# A line that is only a date, maybe after a place ("IDLIB, Syria, 9 June 2021") or "As of" (a
# situation report's date: what its "in the past week" counts back from).
_DATE_LINE = re.compile(
    r"^(?:(?:as of|as at)\s+|(?-i:[A-Z][A-Za-z’'.-]+(?:\s[A-Z][A-Za-z’'.-]+){0,2})(?:,\s*(?-i:[A-Z][A-Za-z’'.-]+(?:\s[A-Z][A-Za-z’'.-]+){0,2}))?,\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})"
    r"(?:\s*(?:at|,|-|–)?\s*\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*[A-Z]{2,4})?)?\s*$",
    re.IGNORECASE,
)
# A wire dateline: "IDLIB, Syria, January 3, 2020 (AFP) - ...", "SANAA, 13 December 2019 — ...",
# "GENEVA/TRIPOLI, October 24, 2020 (Reuters) - ...", "BEIRUT (AP) — ...", "IDLIB, Idlib
# countryside (North Press) – ...": the place the reporter files from (in capitals), maybe a
# region, a date and an agency in brackets (the publisher), then a dash. It says where and when
# the story was filed, not where or when anything in the sentence happened, so at the head of the
# first paragraph it becomes a block of its own, not part of the sentence.
# (maybe after its weekday: "KYIV, Ukraine, Thursday, August 17, 2023 (AP) -")
# (or in figures, as agencies of the region write it: "Damascus, 22/11/2023 (SANA) –")
_NUMERIC_DATE = r"\d{1,2}(?P<sep>[/.])\d{1,2}(?P=sep)(?:19|20)\d\d"
_WIRE_DATE = (r"(?:(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
              r"(?:(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?|" + _NUMERIC_DATE + ")")
# (capitals with accents count: "BOGOTÁ, July 15, 2024 (Colprensa) -", "SÃO PAULO", "Asunción")
_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_DATELINE_HEAD = (
    rf"^(?P<place>[{_UP}][{_UP}'.-]+(?:[ /][{_UP}][{_UP}'.-]+){{0,3}})(?:,\s*(?-i:[A-Z][\w.'-]*(?:\s+[\w.'-]+){{0,2}}))??"
    rf"(?:,\s*(?P<date>{_WIRE_DATE}))?\s*(?:\((?P<agency>[A-Z][\w .&'-]{{1,40}})\))?\s*[–—-]+")
_DATELINE = re.compile(_DATELINE_HEAD)  # anywhere a line starts with one
_LEAD_DATELINE = re.compile(_DATELINE_HEAD + r"\s+(?=[A-Z\"“‘'])")  # at the head of a paragraph
# A press release or a wire without capitals: "Ankara, 28 February 2020 — The Ministry ...": a
# place in title case is a dateline only with a full date (day, month and year) and a dash.
# (a report's dateline in brackets: "(Beirut, March 4, 2020) – Human Rights Watch said ..."; after
# a weekday: "Goma, Wednesday 24 January 2024 - ..."; an agency's full stop: "Havana, 7 February
# 2024 (EFE).- ...")
_TITLE_DATELINE = re.compile(
    rf"^(?P<open>\()?(?P<place>[{_UP}][{_LOW}’'.-]+(?:[ /][{_UP}][{_LOW}’'.-]+){{0,2}})(?:,\s*(?-i:[A-Z][\w.'-]*(?:\s+[\w.'-]+){{0,2}}))??"
    r",\s*(?P<date>(?:(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+\d{4}|" + _NUMERIC_DATE + "))(?(open)\\))"
    r"\s*(?:\((?P<agency>[A-Z][\w .&'-]{1,40})\)\.?)?\s*[–—-]+\s+(?=[A-Z\"“‘'])")
# A place in capitals with only a dash ("ANKARA - Russia denied ..."): a dateline when the place
# is a word of five letters or more (acronyms such as "NATO - the alliance -" are shorter, and a
# dash followed by a lower-case word is never a dateline).
# (not a kicker that labels the story: "BREAKING – ...", "ANALYSIS – ...")
_PLACE_ONLY_DATELINE = re.compile(r"^(?!(?:BREAKING|EXCLUSIVE|ANALYSIS|UPDATE|UPDATED|WATCH|LIVE|OPINION|EDITORIAL|"
                                  r"FACTBOX|EXPLAINER|INTERVIEW|REVIEW|PHOTOS|VIDEO)\b)"
                                  r"(?P<place>[A-Z]{5,}(?:[ /][A-Z]{3,}){0,2})\s+[–—-]\s+(?=[A-Z\"“‘'])")
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


def _is_menu(line: str) -> bool:
    items = [item.strip() for item in re.split(r"[|>»›]", line)]
    return len(items) >= 2 and all(1 <= len(_words(item)) <= _MENU_ITEM_MAX_WORDS for item in items) \
        and not re.search(r"\b(?:19|20)\d{2}\b", line)  # a byline "By Jane Doe | 14 May 2020"


def _is_metadata_line(line: str) -> bool:
    """A page's metadata line: three or more short labelled items between bars, one of them dated
    ("Situation Report | OCHA | Source: OCHA | Posted: 12 Sep 2024"); no item is a sentence."""
    items = [item.strip() for item in line.split("|")]
    return len(items) >= 3 and all(1 <= len(_words(item)) <= 6 and not item.endswith(".") for item in items) \
        and any(":" in item for item in items) and bool(re.search(r"\b(?:19|20)\d{2}\b", line))


def _classify(line: str, seen_paragraph: bool) -> str:
    stripped = line.strip()
    if (_COOKIE.search(stripped) and len(_words(stripped)) <= _COOKIE_MAX_WORDS) or _is_menu(stripped) \
            or _COMMENTS_HEAD.match(stripped):
        return "chrome"
    if _CHROME.match(stripped) or (len(_words(stripped)) <= 2 and not seen_paragraph and not _DATE_LINE.match(stripped)):
        return "chrome"
    if _DATE_LINE.match(stripped):
        return "dateline"
    wire = _DATELINE.match(stripped)
    if wire and wire.end() == len(stripped) and wire.group("date") and len(wire.group("place")) >= 3:
        return "dateline"  # a wire dateline on a line of its own, above the first paragraph
    if _CAPTION.search(stripped) or _is_repeated_caption(stripped):
        return "caption"
    if _BYLINE.match(stripped) or _is_metadata_line(stripped) or _is_stamp_line(stripped) or (_DATED_BYLINE.match(stripped) and (len(_words(stripped)) <= _DATED_BYLINE_MAX_WORDS
                                                     or _short_segments(stripped))):
        return "byline"
    if _CREDIT.match(stripped) or _DISCLAIMER.search(stripped) or _EDITORS_NOTE.search(stripped):
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
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        raise ArticleProblem(f"is not an article file: only {', '.join(ARTICLE_SUFFIXES)} files are read (rename it if it is text)")
    try:
        file = path.resolve().relative_to(project.resolve()).as_posix()
    except ValueError:
        raise ArticleProblem("is a link to a file outside the repository: copy the article into seeds/ instead") from None
    try:
        text = read_article_text(path)
    except OSError as exc:
        raise ArticleProblem(f"cannot be read: {exc.strerror or exc}") from None
    return analyse(text, source_id_for(path), file)


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
    seen_paragraph = in_comments = False
    for start, end, line in lines_with_offsets(text):
        lead = len(line) - len(line.lstrip())
        kind = "chrome" if in_comments else _classify(line, seen_paragraph)
        # readers' comments below the body: "42 Comments", then names, dates and what they wrote
        in_comments = in_comments or (seen_paragraph and bool(_COMMENTS_HEAD.match(line.strip())))
        seen_paragraph = seen_paragraph or kind == "paragraph"
        blocks.append(Block(start + lead, start + len(line.rstrip()), kind))
    blocks = _split_lead_dateline(blocks, text)
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


def _split_lead_dateline(blocks: list[Block], text: str) -> list[Block]:
    """The first paragraph's wire dateline ("SANAA, 13 December 2019 — ") becomes a dateline
    block before it; a dateline with neither a date nor an agency is a plain capitalised word."""
    headline_skipped = False
    for i, block in enumerate(blocks):
        if block.kind != "paragraph":
            continue
        line = text[block.start:block.end]
        m = _LEAD_DATELINE.match(line)
        if not m or not (m.group("date") or m.group("agency")) or len(m.group("place")) < 3:
            m = _TITLE_DATELINE.match(line) or _PLACE_ONLY_DATELINE.match(line)
        if not m:
            # a long headline on the first line (15 words or more, no closing full stop) reads as
            # a paragraph: the dateline heads the paragraph after it
            # (under the site's name and a breadcrumb trail too: the first paragraph-like line)
            if not headline_skipped and _looks_like_headline(line):
                headline_skipped = True
                continue
            return blocks
        dateline = Block(block.start, block.start + len(m.group(0).rstrip()), "dateline")
        body = Block(block.start + len(m.group(0)), block.end, "paragraph")
        # the long line above the dateline was the headline: the body begins with the dateline
        before = [replace(b, kind="heading") if b.kind == "paragraph" else b for b in blocks[:i]]
        return before + [dateline, body] + blocks[i + 1:]
    return blocks


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
        if dateline and dateline.group("agency"):
            article.publisher = dateline.group("agency").strip()
            article.publisher_evidence = dateline.group(0).strip(" –—-")
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
        for start, end in _one_sentence(chunk) or _syntok_sentences(chunk):
            for a, b in _split_glued(text, block.start + start, block.start + end):
                sentences.append(Sentence(a, b, text[a:b]))
    return sentences


def _syntok_sentences(chunk: str) -> list[tuple[int, int]]:
    out = []
    for paragraph in syntok.analyze(chunk):
        for tokens in paragraph:
            if tokens:
                out.append((tokens[0].offset, tokens[-1].offset + len(tokens[-1].value)))
    return out


# syntok splits a sentence only at one of its terminals (".", "!", "?", ";" and their
# variants) or at an opening bracket; a chunk with neither, or with one terminal only at its very
# end (before closing quotes and brackets), is one sentence from its first character to its last
# when those are not spacing to syntok. About 40 % of the paragraphs (synthetic corpus, seeds) are; this
# saves syntok's tokenizer and state machine on them (tests/test_ingest.py checks it agrees).
_SYNTOK_TERMINALS = frozenset(t for t in _SyntokState.terminals if len(t) == 1)
_SYNTOK_OPENING = _SyntokState.opening_brackets
_SYNTOK_CLOSING = "".join(sorted(_SyntokState.closing_quotes | _SyntokState.closing_brackets))
_SYNTOK_WORD = _SyntokTokenizer._spaces  # a run of characters that are not spacing to syntok


def _one_sentence(chunk: str) -> list[tuple[int, int]] | None:
    """[(0, len(chunk))] when syntok would certainly find one sentence spanning all of the chunk;
    None when syntok must decide."""
    if not chunk or not _SYNTOK_WORD.match(chunk[0]) or not _SYNTOK_WORD.match(chunk[-1]):
        return None
    if not _SYNTOK_OPENING.isdisjoint(chunk):
        return None
    body = chunk.rstrip(_SYNTOK_CLOSING)
    if body and body[-1] in ".!?":
        body = body[:-1]
    if not _SYNTOK_TERMINALS.isdisjoint(body):
        return None
    return [(0, len(chunk))]


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


def block_index(blocks: list[Block], position: int) -> int:
    """Index of the block (sorted, not overlapping) that holds position, or -1: a binary search,
    so that long articles (a live blog of thousands of entries) stay linear."""
    i = bisect.bisect_right(blocks, position, key=lambda b: b.start) - 1
    return i if i >= 0 and blocks[i].start <= position < blocks[i].end else -1
