"""Numbers written as words, in az, ru and en; one case a line.

Each case: language, text, the (words, value) pairs found in order.
"""

from __future__ import annotations

import pytest

from icra import lang as languages
from icra.ingest.extract.numbers import find_word_numbers

CASES = [
    ("az", "təlimdə otuz iki nəfər iştirak edib", [("otuz iki", 32)]),
    ("az", "on səkkiz müəllim", [("on səkkiz", 18)]),
    ("az", "iki yüz qırx beş vərəqə", [("iki yüz qırx beş", 245)]),
    ("az", "əlli nəfər", [("əlli", 50)]),
    ("en", "thirty-two inspectors and twelve judges", [("thirty-two", 32), ("twelve", 12)]),
    ("en", "two hundred and five", [("two hundred", 200), ("five", 5)]),
    ("en", "one two three", [("one", 1), ("two", 2), ("three", 3)]),
    ("ru", "двадцать пять специалистов", [("двадцать пять", 25)]),
    ("ru", "двое сотрудников", [("двое", 2)]),
    ("ru", "сто сорок три обращения", [("сто сорок три", 143)]),
    ("en", "no number here, only none and someone", []),
]


@pytest.mark.parametrize(("code", "text", "expected"), CASES)
def test_word_numbers(code: str, text: str, expected: list[tuple[str, int]]) -> None:
    data = languages.get(code)
    folded = data.fold(text)
    assert [(folded[n.start : n.end], n.value) for n in find_word_numbers(folded, data)] == expected
