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


def test_a_constant_that_fills_no_slot_is_refused() -> None:
    import types

    module = types.ModuleType("icra.lang.xx.dates")
    module.MONTHS = {"yanvar": 1}  # type: ignore[attr-defined]
    module.MONTH_NAMES = {"yanvar": 1}  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match=r"icra\.lang\.xx\.dates\.MONTH_NAMES fills no slot"):
        lang.LanguageData.from_modules(module, code="xx", name="X")


def test_constants_fill_their_slots() -> None:
    import types

    module = types.ModuleType("icra.lang.xx.dates")
    module.MONTHS = {"yanvar": 1}  # type: ignore[attr-defined]
    module._PRIVATE = ("not a slot",)  # type: ignore[attr-defined]
    data = lang.LanguageData.from_modules(module, code="xx", name="X")
    assert data.months == {"yanvar": 1}
