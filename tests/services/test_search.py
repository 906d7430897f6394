"""The search's stemmer and matcher: one case per line, by language."""

from __future__ import annotations

import pytest

from icra import lang
from icra.services.search import matches, query_stems, stem


@pytest.mark.parametrize(
    ("code", "word", "same_as"),
    [
        ("az", "alverinə", "alveri"),
        ("az", "alverindən", "alver"),
        ("az", "İnsan", "insan"),
        ("az", "İNSANLAR", "insan"),
        ("az", "qurbanlarının", "qurban"),
        ("az", "Bakıda", "Bakı"),
        ("az", "seminarda", "seminarı"),
        ("ru", "торговли", "торговлей"),
        ("ru", "Торговлю", "торговля"),
        ("en", "Trainings", "training"),
    ],
)
def test_inflected_forms_share_a_stem(code: str, word: str, same_as: str) -> None:
    data = lang.get(code)
    assert query_stems(word, data) == query_stems(same_as, data)


@pytest.mark.parametrize(
    ("code", "word", "expected"),
    [
        ("az", "iş", "iş"),  # too short to cut
        ("az", "bakı", "bakı"),  # a stem keeps four letters
        ("az", "insan", "insan"),
        ("en", "seminar", "seminar"),
    ],
)
def test_short_words_and_stems_stay_whole(code: str, word: str, expected: str) -> None:
    assert stem(word, lang.get(code)) == expected


def test_matches_are_spans_of_the_original_text() -> None:
    text = "İnsan alverinə qarşı; İNSAN ALVERİ qurbanları"
    data = lang.get("az")
    spans = matches(text, query_stems("insan alveri", data), data)
    assert [text[s:e] for s, e in spans] == ["İnsan", "alverinə", "İNSAN", "ALVERİ"]
