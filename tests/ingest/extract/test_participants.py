"""Whether a number counts the people taking part, in az, ru and en; one case a line.

Each case: language, text, the number (as written), whether it counts participants.
"""

from __future__ import annotations

import pytest

from icra import lang as languages
from icra.ingest.extract.participants import counts_participants

CASES = [
    ("az", "Seminarda 45 nəfər iştirak edib.", "45", True),
    ("az", "Vebinara 96 həkim qoşulmuşdur.", "96", True),
    ("az", "Foruma rayonlardan 64 gənc qatılıb.", "64", True),
    ("az", "İl ərzində 64 qurban müəyyən edilib.", "64", False),
    ("az", "Tədbirlərdə iştirak edənlərə 900 broşür paylanıb.", "900", False),
    ("en", "The forum, attended by 120 students, closed.", "120", True),
    ("en", "Thirty judges and 19 prosecutors from five regions attended.", "19", True),
    ("en", "The shelter received 19 victims, and a seminar was attended by judges.", "19", False),
    ("ru", "В семинаре участвовали 27 судей.", "27", True),
    ("ru", "В акции приняли участие около 350 студентов.", "350", True),
    ("ru", "Возбуждено 27 уголовных дел, в заседании участвовали судьи.", "27", False),
    # Whom an event was for, whatever their work is called; not a duration.
    ("en", "A webinar for 85 caseworkers was held.", "85", True),
    ("en", "A meeting with 3 ministries took place.", "3", False),
    ("en", "A course for 2 seminars was planned.", "2", False),
    ("en", "The course ran for 3 days.", "3", False),
    ("en", "The forum brought together 70 mayors.", "70", True),
    ("ru", "Проведён семинар для 18 кадровиков.", "18", True),
    ("ru", "Форум, собравший 60 делегатов, завершился.", "60", True),
    ("ru", "Курс для 2 дней не проводился.", "2", False),
    ("az", "18 əmək müfəttişi üçün seminar təşkil olunub.", "18", True),
    ("az", "Forum 60 nümayəndəni bir araya gətirib.", "60", True),
    ("az", "3 gün üçün otaq ayrılıb.", "3", False),
    ("ru", "Семинар для более чем 40 медсестёр.", "40", True),
    ("en", "A course for about 25 nurses.", "25", True),
    ("az", "Seminara 40 tibb bacısı cəlb olunmuşdur.", "40", True),
    ("en", "The campaign involved 40 volunteers.", "40", True),
    ("ru", "Семинар, количество участников – 40.", "40", True),
]


@pytest.mark.parametrize(("code", "text", "number", "expected"), CASES)
def test_counts_participants(code: str, text: str, number: str, expected: bool) -> None:
    data = languages.get(code)
    start = text.index(number)
    assert counts_participants(data.fold(text), start, start + len(number), data) is expected
