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
    proper: bool = True  # the name matched has a capital letter (not "government forces")


class _FoldTable(dict):
    """str.translate table: combining marks dropped, one kind of apostrophe and hyphen. Filled on
    demand, one code point at a time (a scan of all of them takes about 0.3 s)."""

    def __missing__(self, cp: int) -> int | None:
        value = None if unicodedata.combining(chr(cp)) else cp  # cp: the character itself
        self[cp] = value
        return value


_FOLD_TABLE = _FoldTable({ord("’"): ord("'"), ord("‘"): ord("'"), ord("`"): ord("'"), ord("–"): ord("-"), ord("—"): ord("-")})


def _fold_table() -> dict[int, int | None]:
    return _FOLD_TABLE


def fold(text: str) -> str:
    """Lowercase ASCII without accents, with one kind of apostrophe and hyphen."""
    if text.isascii():  # the common case: NFKD changes nothing and there is no mark to drop
        return text.replace("`", "'").lower()
    return unicodedata.normalize("NFKD", text).translate(_fold_table()).lower()


def skeleton(name: str) -> str:
    """A spelling-insensitive key: consonants of the folded name, French spellings and the
    Arabic article normalised, separators and repeated letters dropped."""
    return _alnum_skeleton(_alnum(name))


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_REPEATED = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aeiouy']")


def _alnum(text: str) -> str:
    """The ASCII letters and digits of fold(text). Additive: _alnum(a + b) == _alnum(a) + _alnum(b)
    (fold works character by character but for the reordering of combining marks, which it drops,
    and the Greek final sigma, which is not an ASCII letter)."""
    return _NOT_ALNUM.sub("", fold(text))


# Every ASCII character that is not a lowercase letter or a digit, dropped by str.translate.
_DROP_NOT_ALNUM = {c: None for c in range(128) if not (chr(c).isdigit() or "a" <= chr(c) <= "z")}


def _alnum_fast(text: str) -> str:
    """_alnum(text), without regular expressions for ASCII text."""
    if text.isascii():
        return text.lower().translate(_DROP_NOT_ALNUM)
    return _alnum(text)


def _spelling(s: str) -> str:
    s = s.replace("ch", "sh").replace("ou", "u").replace("dh", "d").replace("kh", "k").replace("q", "k")
    return _REPEATED.sub(r"\1", s)


def _alnum_skeleton(s: str) -> str:
    s = _spelling(s)
    return s[:1] + _VOWELS.sub("", s[1:])


def _skeleton_prefix(s: str) -> str:
    """A prefix of the skeleton of every string that starts with s: the French spellings and
    repeated letters can only change the last letter of s once more letters follow."""
    s = _spelling(s)[:-1]
    return s[:1] + _VOWELS.sub("", s[1:])


_TOKEN = re.compile(r"[A-Za-z\u00C0-\u024F0-9][\w’'‘.\-]*[\w]|[A-Za-z\u00C0-\u024F0-9]")


@dataclass
class _Entry:
    kind: str
    id: str
    exact: bool  # short names must match exactly (after folding), not by skeleton
    proper: bool  # the alias is a proper noun: match only capitalised text
    capitals: tuple[bool, ...] = ()  # per word of the alias: does it start with a capital?


class Gazetteer:
    """All names of actors, places and agreements, indexed for matching in text."""

    def __init__(self, content: Content):
        self.by_fold: dict[str, list[_Entry]] = {}
        self.by_skeleton: dict[str, list[_Entry]] = {}
        self._memo: dict[str, _Entry | None] = {}  # surface -> _lookup(surface): a pure function of it
        self._skeleton_memo: dict[str, tuple[str, str]] = {}  # _alnum -> (_skeleton_prefix, _alnum_skeleton)
        for kind in ("actor", "place", "agreement"):
            for record in content.by_kind(kind).values():
                if getattr(record, "review", None) == "rejected":
                    continue
                for name in [record.name, *record.aliases]:
                    self._add(name, kind, record.id)
        # What a name can be, as the letters and digits of its folded text (see _alnum): a
        # surface can only match by fold key when its _alnum is one of `_alnum_keys`, and only
        # by skeleton when its skeleton is a key of by_skeleton. Both grow only by extension, so
        # prefixes tell when adding tokens can no longer lead to a name (see find).
        self._alnum_keys = {_alnum(key) for key in self.by_fold}
        self._alnum_prefixes = {key[:i] for key in self._alnum_keys for i in range(len(key) + 1)}
        self._skeleton_prefixes = {key[:i] for key in self.by_skeleton for i in range(len(key) + 1)}

    def _add(self, name: str, kind: str, record_id: str) -> None:
        name = re.sub(r"\s*\([^)]*\)\s*$", "", name).strip()  # "Idlib (city)" is named "Idlib" only via aliases
        if not name:
            return
        key = skeleton(name)
        proper = any(c.isupper() for c in name)
        entry = _Entry(kind, record_id, exact=len(key) < 5 or not proper, proper=proper,
                       capitals=tuple(word[:1].isupper() for word in _words(name)))
        self.by_fold.setdefault(_fold_key(name), []).append(entry)
        if not entry.exact:
            self.by_skeleton.setdefault(key, []).append(entry)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """Mentions in text[start:end], longest first, not overlapping, in text order.

        At each token, spans of up to MAX_NAME_TOKENS tokens are tried, longest first; the first
        one that names something wins. Only spans that could name something are looked up
        (_candidates): the result is that of trying them all."""
        end = len(text) if end is None else end
        tokens = []
        for m in _TOKEN.finditer(text, start, end):
            token_end = m.end() - 2 if m.group().endswith(("’s", "'s")) else m.end()  # possessive
            tokens.append((m.start(), token_end))
        if not tokens:
            return []
        pieces = [_alnum_fast(text[a:b]) for a, b in tokens]  # _alnum of each token
        memo = self._memo
        alnum_prefixes = self._alnum_prefixes
        mentions: list[Mention] = []
        i = 0
        while i < len(tokens):
            first = text[tokens[i][0]]
            if pieces[i] not in alnum_prefixes and first.islower() and first not in "ae":
                # The common case, a lowercase word that begins no name: not by fold key, and not
                # by skeleton, which needs a capital, a digit or "al-X" (see _candidates).
                i += 1
                continue
            found = None
            for n in self._candidates(text, tokens, pieces, i):
                span_start, span_end = tokens[i][0], tokens[i + n - 1][1]
                surface = text[span_start:span_end]
                if "\n" in surface:
                    continue
                if n > 1 and fold(surface).startswith("the "):
                    continue  # "the regime" is found as "regime" one token later
                entry = memo.get(surface, _MISSING)
                if entry is _MISSING:
                    if len(memo) > 500_000:
                        memo.clear()
                    entry = memo[surface] = self._lookup(surface)
                if entry:
                    found = (n, Mention(span_start, span_end, surface, entry.kind, entry.id, entry.proper))
                    break
            if found:
                mentions.append(found[1])
                i += found[0]
            else:
                i += 1
        return mentions

    def _candidates(self, text: str, tokens: list[tuple[int, int]], pieces: list[str], i: int) -> list[int]:
        """The numbers of tokens n, longest first, for which the span of n tokens from token i
        may name something; every other span is certainly not a name (_lookup gives None).
        pieces holds the _alnum of each token.

        _alnum is additive (_alnum(a + b) == _alnum(a) + _alnum(b)), so the _alnum of a span is
        that of a shorter one, extended. A span matches by fold key only if its _alnum is one of
        _alnum_keys, so a span whose _alnum is not a prefix of one cannot be extended into a
        match. It matches by skeleton only if it starts with a capital, a digit or "al-X", and
        its skeleton is a key of by_skeleton; _skeleton_prefix of a span is a prefix of the
        skeleton of every extension of it, so when that is no prefix of a key, no extension
        matches by skeleton either."""
        limit = min(MAX_NAME_TOKENS, len(tokens) - i)
        first = text[tokens[i][0]]
        by_skeleton = first.isupper() or first.isdigit() or bool(_ARTICLE_PROPER_AT.match(text, tokens[i][0]))
        alnum_prefixes, alnum_keys = self._alnum_prefixes, self._alnum_keys
        skeleton_prefixes, skeleton_keys = self._skeleton_prefixes, self.by_skeleton
        memo = self._skeleton_memo
        out: list[int] = []
        key = ""
        for n in range(1, limit + 1):
            if n > 1:  # the text between the previous token and this one, then this one
                key += _alnum_fast(text[tokens[i + n - 2][1]:tokens[i + n - 1][0]])
            key += pieces[i + n - 1]
            by_fold = key in alnum_prefixes
            if by_skeleton:
                skeletons = memo.get(key)
                if skeletons is None:
                    if len(memo) > 200_000:
                        memo.clear()
                    skeletons = memo[key] = (_skeleton_prefix(key), _alnum_skeleton(key))
                if skeletons[0] not in skeleton_prefixes:
                    by_skeleton = False
            if not by_fold and not by_skeleton:
                break
            if (by_fold and key in alnum_keys) or (by_skeleton and skeletons[1] in skeleton_keys):
                out.append(n)
        out.reverse()
        return out

    def _lookup(self, surface: str) -> _Entry | None:
        # "al-Fateh", "el-Bab": the Arabic article is written in lowercase before a proper name.
        capitalised = surface[:1].isupper() or surface[:1].isdigit() or bool(_ARTICLE_PROPER.match(surface))
        for entry in self.by_fold.get(_fold_key(surface), []):
            if capitalised or not entry.proper or _capitalised_like(surface, entry.capitals):
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
_ARTICLE_PROPER_AT = re.compile(r"(?:al|el|ad|as|ash|at|az|an|ar)-[A-Z]")  # for .match(text, pos)
_PUNCTUATION = re.compile(r"[,;:()\[\]\"“”!?/]")


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s'’-]+", name) if w]


def _capitalised_like(surface: str, capitals: tuple[bool, ...]) -> bool:
    """Whether every word the alias capitalises is capitalised in the text too: "the city of
    Aleppo" and "north-western Syria" name places although they start in lowercase, while
    "the city of aleppo" is not taken for a name."""
    words = _words(surface)
    return len(words) == len(capitals) and all(w[:1].isupper() for w, cap in zip(words, capitals) if cap)


def _fold_key(name: str) -> str:
    return re.sub(r"[\s'-]+", " ", fold(name).replace("'s ", "s ")).strip(" .")
