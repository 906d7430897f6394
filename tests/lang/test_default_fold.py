"""default_fold: lower case, one character for one, whichever path it takes."""

import pytest

from icra.lang import default_fold


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Ministry of Internal Affairs", "ministry of internal affairs"),
        ("МВД Азербайджана", "мвд азербайджана"),
        ("Straße", "straße"),
        ("", ""),
        # "İ" lowers to two characters: it stays as written, the rest still folds.
        ("İCMPD in İstanbul", "İcmpd in İstanbul"),
        # A capital sigma folds to "σ" wherever it stands, as one character alone does.
        ("ΟΔΟΣ ΣΤΟ", "οδοσ στο"),
    ],
)
def test_default_fold(text: str, folded: str) -> None:
    assert default_fold(text) == folded
    assert len(default_fold(text)) == len(text)


def test_folds_as_one_character_at_a_time() -> None:
    """Lowering runs whole is only a shortcut: every character folds as it would alone."""
    letters = "".join(chr(c) for c in range(0x250)) + "ΣΑΣ Σ İİ ИВАН Əli"
    assert default_fold(letters) == "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in letters)


def test_unicode_has_no_other_irregular_letters() -> None:
    """The shortcut trusts that only "İ" lowers to more than one letter (and only "Σ" by context)."""
    growing = [chr(c) for c in range(0x110000) if len(chr(c).lower()) != 1]
    assert growing == ["İ"]
