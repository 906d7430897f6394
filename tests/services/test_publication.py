"""Safe publication: victims' names withheld, small victim counts shown as "<5", officials'
names and everything else kept."""

from __future__ import annotations

import pytest

from icra import lang as languages
from icra.reporting.common import AgencyName, AgencyReport, EntryPart, EventRecord, FigureRecord, Origin
from icra.reporting.headings import headings
from icra.services.publication import make_public, shown_value, withheld_names

W = "[name withheld]"


def _withhold(text: str, code: str) -> str:
    for start, end, new in sorted(withheld_names(text, languages.get(code), W), reverse=True):
        text = text[:start] + new + text[end:]
    return text


@pytest.mark.parametrize(
    ("code", "text", "public"),
    [
        ("az", "Qurban X.Y. sığınacağa yerləşdirilib.", f"Qurban {W} sığınacağa yerləşdirilib."),
        (
            "az",
            "İnsan alverinin qurbanı A. B. evə qaytarılıb.",
            f"İnsan alverinin qurbanı {W} evə qaytarılıb.",
        ),
        ("az", "Zərərçəkmiş Aynur Məmmədova ifadə verib.", f"Zərərçəkmiş {W} ifadə verib."),
        ("az", "qurbanı Leyla H. ilə görüşüb", f"qurbanı {W} ilə görüşüb"),
        ("az", "Hakim Əliyev R.S. qurbanla görüşüb.", "Hakim Əliyev R.S. qurbanla görüşüb."),  # an official
        (
            "az",
            "Qurban Ədliyyə Nazirliyinə müraciət edib.",
            "Qurban Ədliyyə Nazirliyinə müraciət edib.",
        ),  # a body
        ("az", "3 qurban müəyyən edilib.", "3 qurban müəyyən edilib."),
        ("ru", "Жертва Иванова А. помещена в приют.", f"Жертва {W} помещена в приют."),
        ("ru", "потерпевшая Е.П. дала показания", f"потерпевшая {W} дала показания"),
        (
            "en",
            "The victim, Anna K., was referred by Inspector John Smith.",
            f"The victim, {W}, was referred by Inspector John Smith.",
        ),
        ("en", "Survivor M.T. testified.", f"Survivor {W} testified."),
    ],
)
def test_victims_names_are_withheld(code: str, text: str, public: str) -> None:
    assert _withhold(text, code) == public


def _figure(value: float, what: str, lang: str = "az") -> FigureRecord:
    return FigureRecord(
        origin=Origin(agency="DIN", report_id=1, year=2016, code="13.2.5", lang=lang),
        value=value,
        what=what,
        unit=None,
        period=None,
        status="extracted",
    )


@pytest.mark.parametrize(
    ("value", "what", "lang", "public", "internal"),
    [
        (3, "qurbanı müəyyən edilmişdir", "az", "<5", "3"),
        (4, "жертвы торговли людьми выявлены", "ru", "<5", "4"),
        (5, "victims identified", "en", "5", "5"),  # at the threshold: shown
        (2, "əcnəbi ölkədən çıxarılmışdır", "az", "2", "2"),  # not a victim count
        (1913.0, "nəfərin yaşaması qanuniləşdirilmiş", "az", "1913", "1913"),
    ],
)
def test_small_victim_counts_are_suppressed(
    value: float, what: str, lang: str, public: str, internal: str
) -> None:
    figure = _figure(value, what, lang)
    assert shown_value(figure, public=True, threshold=5) == public
    assert shown_value(figure, public=False, threshold=5) == internal


def test_make_public_changes_the_narrative_the_figures_and_the_events() -> None:
    text = (
        "İl ərzində 3 qurban müəyyən edilmişdir, qurban X.Y. sığınacağa yerləşdirilmişdir. "
        "40 nəfər təlim keçib."
    )
    victims = _figure(3, "qurban müəyyən edilmişdir")
    victims.source_start, victims.source_end = text.index("3 qurban"), text.index(", qurban")
    trained = _figure(40, "nəfər təlim keçib")
    trained.source_start, trained.source_end = text.index("40"), len(text)
    event = EventRecord(
        origin=victims.origin,
        title="Qurban X.Y. ilə görüş",
        kind="meeting",
        date_start=None,
        date_end=None,
        place=None,
        participants=None,
        status="extracted",
    )
    entry = EntryPart(
        agency=AgencyName("DIN", "Daxili İşlər Nazirliyi"),
        report_id=1,
        codes=["13.2.5"],
        heading="13.2.5-ci yarımbənd üzrə:",
        text=text,
        lang="az",
        events=[event],
        figures=[victims, trained],
    )
    report = AgencyReport(1, entry.agency, "Plan", 2016, "az", headings("az"), [entry])
    make_public(report, threshold=5)
    assert entry.text == (
        "İl ərzində <5 qurban müəyyən edilmişdir, qurban [ad gizlədilib] sığınacağa yerləşdirilmişdir. "
        "40 nəfər təlim keçib."
    )
    assert [f.shown for f in entry.figures] == ["<5", "40"]
    assert event.title == "Qurban [ad gizlədilib] ilə görüş"
