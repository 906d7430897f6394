"""Numbers written as words, alone or in a row: "beş", "otuz iki" (32), "thirty-two", "сто двадцать".

A row of number words is one number when each word is smaller than the place the
words before it left open ("otuz iki": 30 then 2; "iki yüz otuz": 2 times 100, then
30); a row that breaks this ("one two") ends before the breaking word. The words and
their values come from the language data (``number_words``), so this holds for any
language that writes its numbers from the largest part down.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from icra.lang import LanguageData

_HUNDRED = 100
_TEN = 10


@dataclass(frozen=True)
class WordNumber:
    """A number written as words at ``start:end`` of a (folded) text."""

    start: int
    end: int
    value: int


@cache
def word_number_pattern(lang: LanguageData) -> re.Pattern[str]:
    """Number words in a row, joined by spaces or hyphens ("thirty-two"); for use inside larger patterns."""
    words = "|".join(re.escape(w) for w in sorted(lang.number_words, key=len, reverse=True)) or r"(?!x)x"
    word = rf"(?<!\w)(?:{words})(?!\w)"
    return re.compile(rf"{word}(?:[ \u00a0]*[-‐][ \u00a0]*{word}|[ \u00a0]+{word})*")


_WORDS = re.compile(r"[^\W\d_]+")


def read_word_number(folded: str, start: int, end: int, lang: LanguageData) -> WordNumber | None:
    """The number the words at ``folded[start:end]`` open with, up to the first word that cannot
    continue it; ``None`` when the first word is no number word."""
    value = 0
    open_place = None  # what the next word must be smaller than
    number_end = start
    for word in _WORDS.finditer(folded, start, end):
        part = lang.number_words.get(word.group())
        if part is None:
            break
        if part == _HUNDRED and 0 < value < _TEN:
            value, open_place = value * _HUNDRED, _HUNDRED  # "iki yüz", "two hundred"
        elif open_place is None or part < open_place:
            value += part
            # A unit or a teen ends the number ("one two" is two numbers); tens leave the units open.
            open_place = 0 if part % _TEN else (_TEN if part < _HUNDRED else _HUNDRED)
        else:
            break
        number_end = word.end()
    return WordNumber(start, number_end, value) if number_end > start else None


def find_word_numbers(
    folded: str, lang: LanguageData, start: int = 0, end: int | None = None
) -> list[WordNumber]:
    """Every number written as words in ``folded[start:end]``, in order."""
    found = []
    for match in word_number_pattern(lang).finditer(folded, start, len(folded) if end is None else end):
        position = match.start()
        while position < match.end():
            number = read_word_number(folded, position, match.end(), lang)
            if number is None:
                break
            found.append(number)
            following = _WORDS.search(folded, number.end, match.end())
            position = following.start() if following else match.end()
    return found
