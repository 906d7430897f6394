"""Every language fills the same contract (spaCy's test_initialize, dateparser's validator)."""

import pytest

from icra import lang

CODES = list(lang.SUPPORTED)


@pytest.mark.parametrize("code", CODES)
def test_language_loads_by_code(code: str) -> None:
    data = lang.get(code)
    assert data.code == code
    assert data.name


@pytest.mark.parametrize("code", CODES)
def test_twelve_months(code: str) -> None:
    assert set(lang.get(code).months.values()) == set(range(1, 13))


@pytest.mark.parametrize("code", CODES)
def test_word_lists_are_stored_folded(code: str) -> None:
    data = lang.get(code)
    for word in list(data.months) + list(data.year_words) + list(data.date_markers):
        assert data.fold(word) == word, word
        assert data.fold(data.upper(word)) == word, word


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(KeyError, match="no language data for 'xx'"):
        lang.get("xx")


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("İNSAN", "insan"),
        ("IŞIQ", "ışıq"),
        ("İyun", "iyun"),
        ("BMqT", "bmqt"),
        ("Ağsu", "ağsu"),
    ],
)
def test_azerbaijani_fold(text: str, folded: str) -> None:
    assert lang.get("az").fold(text) == folded
    assert len(lang.get("az").fold(text)) == len(text)
