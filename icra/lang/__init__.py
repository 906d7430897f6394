"""Language data: one package per language, one contract for all of them.

Extraction code receives a :class:`LanguageData` and never names a word itself;
every word list, suffix and pattern fragment that belongs to a language lives in
``icra/lang/<code>/``. A language that lacks a list leaves its slot empty and the
extractors simply find nothing of that kind, as spaCy's ``BaseDefaults`` does.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache

SUPPORTED = ("az", "ru", "en")


def default_fold(text: str) -> str:
    """Lower-case ``text`` one character at a time, so offsets stay valid."""
    return "".join(_lower_one(ch) for ch in text)


def _lower_one(ch: str) -> str:
    low = ch.lower()
    return low if len(low) == 1 else ch


# eq=False: languages compare and hash by identity, so they can key caches.
@dataclass(frozen=True, eq=False)
class LanguageData:
    """Every slot a language may fill; extractors read these and nothing else.

    All word lists are stored already folded with the language's own ``fold``.
    """

    code: str
    name: str
    # Case folding that keeps the length of the text (offsets stay valid).
    fold: Callable[[str], str] = default_fold
    # Upper-casing as the language writes it ("iyun" -> "İYUN" in Azerbaijani).
    upper: Callable[[str], str] = str.upper
    # Month names and stems (folded) -> month number, e.g. "dekabr" -> 12.
    months: Mapping[str, int] = field(default_factory=dict)
    # Suffixes written after a number with a hyphen: "2016-cı", "19-cu".
    ordinal_suffixes: tuple[str, ...] = ()
    # Words after a year that say "year(s)": "il", "illər", "года", "г.".
    year_words: tuple[str, ...] = ()
    # Words that follow a date to mark it: "tarixli", "tarixdə", "от".
    date_markers: tuple[str, ...] = ()
    # Abbreviations that contain a full stop and do not end a sentence.
    abbreviations: tuple[str, ...] = ()
    # Letters of the alphabet beyond ASCII a-z, folded ("çəğıöşü"): the readers judge a
    # guessed text encoding by how many of its letters some language writes.
    letters: str = ""

    def fold_all(self, words: tuple[str, ...] | frozenset[str] | set[str]) -> frozenset[str]:
        return frozenset(self.fold(w) for w in words)


@cache
def get(code: str) -> LanguageData:
    """The language data for ``code`` ("az", "ru", "en")."""
    if code not in SUPPORTED:
        raise KeyError(f"no language data for {code!r}; known: {', '.join(SUPPORTED)}")
    module = importlib.import_module(f".{code}", __name__)
    data: LanguageData = module.LANGUAGE
    return data
