"""Stage 4, resolve: names in text to the actors, places and agreements of the gazetteers.

The gazetteers are the records in content/ (data contributors edit, not code). Matching folds
the variants that transliteration and machine translation produce by general rules, so that one
alias covers many spellings: case and accents, apostrophes and hyphens, the Arabic article
("al-", "el-", glued or not), French-style spellings (ch/sh, ou/u), doubled letters and vowels.
"Idleb" and "Idlib", "al-Cham" and "al-Sham", "Hourasal-Din" and "Hurras al-Din" share a key.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .validate import Content

MAX_NAME_TOKENS = 7


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str  # actor | place | agreement
    id: str


_FOLD_TABLE: dict[int, int | None] = {}


def _fold_table() -> dict[int, int | None]:
    """str.translate table: combining marks dropped, one kind of apostrophe and hyphen. Built on
    first use (a scan of the code points that have combining marks takes about 0.1 s)."""
    if not _FOLD_TABLE:
        table: dict[int, int | None] = {cp: None for cp in range(0x300, 0x110000) if unicodedata.combining(chr(cp))}
        table.update({ord("’"): ord("'"), ord("‘"): ord("'"), ord("`"): ord("'"), ord("–"): ord("-"), ord("—"): ord("-")})
        _FOLD_TABLE.update(table)
    return _FOLD_TABLE


def fold(text: str) -> str:
    """Lowercase ASCII without accents, with one kind of apostrophe and hyphen."""
    if text.isascii():  # the common case: NFKD changes nothing and there is no mark to drop
        return text.replace("`", "'").lower()
    return unicodedata.normalize("NFKD", text).translate(_fold_table()).lower()


def skeleton(name: str) -> str:
    """A spelling-insensitive key: consonants of the folded name, French spellings and the
    Arabic article normalised, separators and repeated letters dropped."""
    s = fold(name)
    s = re.sub(r"[^a-z0-9]+", "", s)
    s = s.replace("ch", "sh").replace("ou", "u").replace("dh", "d").replace("kh", "k").replace("q", "k")
    s = re.sub(r"(.)\1+", r"\1", s)
    head, tail = s[:1], s[1:]
    return head + re.sub(r"[aeiouy']", "", tail)


_TOKEN = re.compile(r"[A-Za-z\u00C0-\u024F0-9][\w’'‘.\-]*[\w]|[A-Za-z\u00C0-\u024F0-9]")


@dataclass
class _Entry:
    kind: str
    id: str
    exact: bool  # short names must match exactly (after folding), not by skeleton
    proper: bool  # the alias is a proper noun: match only capitalised text


class Gazetteer:
    """All names of actors, places and agreements, indexed for matching in text."""

    def __init__(self, content: Content):
        self.by_fold: dict[str, list[_Entry]] = {}
        self.by_skeleton: dict[str, list[_Entry]] = {}
        self._memo: dict[str, _Entry | None] = {}  # surface -> _lookup(surface): a pure function of it
        for kind in ("actor", "place", "agreement"):
            for record in content.by_kind(kind).values():
                if getattr(record, "review", None) == "rejected":
                    continue
                for name in [record.name, *record.aliases]:
                    self._add(name, kind, record.id)

    def _add(self, name: str, kind: str, record_id: str) -> None:
        name = re.sub(r"\s*\([^)]*\)\s*$", "", name).strip()  # "Idlib (city)" is named "Idlib" only via aliases
        if not name:
            return
        key = skeleton(name)
        proper = any(c.isupper() for c in name)
        entry = _Entry(kind, record_id, exact=len(key) < 5 or not proper, proper=proper)
        self.by_fold.setdefault(_fold_key(name), []).append(entry)
        if not entry.exact:
            self.by_skeleton.setdefault(key, []).append(entry)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """Mentions in text[start:end], longest first, not overlapping, in text order."""
        end = len(text) if end is None else end
        tokens = []
        for m in _TOKEN.finditer(text[start:end]):
            token_end = m.end() - 2 if m.group().endswith(("’s", "'s")) else m.end()  # possessive
            tokens.append((m.start() + start, token_end + start))
        mentions: list[Mention] = []
        i = 0
        while i < len(tokens):
            found = None
            for n in range(min(MAX_NAME_TOKENS, len(tokens) - i), 0, -1):
                span_start, span_end = tokens[i][0], tokens[i + n - 1][1]
                if "\n" in text[span_start:span_end]:
                    continue
                surface = text[span_start:span_end]
                if fold(surface).startswith("the ") and n > 1:
                    continue  # "the regime" is found as "regime" one token later
                entry = self._memo.get(surface, _MISSING)
                if entry is _MISSING:
                    if len(self._memo) > 500_000:
                        self._memo.clear()
                    entry = self._memo[surface] = self._lookup(surface)
                if entry:
                    found = (n, Mention(span_start, span_end, surface, entry.kind, entry.id))
                    break
            if found:
                mentions.append(found[1])
                i += found[0]
            else:
                i += 1
        return mentions

    def _lookup(self, surface: str) -> _Entry | None:
        # "al-Fateh", "el-Bab": the Arabic article is written in lowercase before a proper name.
        capitalised = surface[:1].isupper() or surface[:1].isdigit() or bool(_ARTICLE_PROPER.match(surface))
        for entry in self.by_fold.get(_fold_key(surface), []):
            if capitalised or not entry.proper:
                return entry
        # Spelling-insensitive match: only for a capitalised run of words with no punctuation
        # between them, ending in a capitalised word (the key drops vowels, so "Izza, a" = "Izza").
        last = surface.split()[-1]
        if capitalised and len(surface) >= 5 and not _PUNCTUATION.search(surface) and (last[:1].isupper() or "-" in last):
            entries = self.by_skeleton.get(skeleton(surface), [])
            if entries:
                return entries[0]
        return None


_MISSING = object()
_ARTICLE_PROPER = re.compile(r"^(?:al|el|ad|as|ash|at|az|an|ar)-[A-Z]")
_PUNCTUATION = re.compile(r"[,;:()\[\]\"“”!?/]")


def _fold_key(name: str) -> str:
    return re.sub(r"[\s'-]+", " ", fold(name).replace("'s ", "s ")).strip(" .")
