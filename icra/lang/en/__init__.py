"""English (``en``)."""

from icra.lang import LanguageData

from . import dates

LANGUAGE = LanguageData(
    code="en",
    name="English",
    months=dates.MONTHS,
    ordinal_suffixes=dates.ORDINAL_SUFFIXES,
    year_words=dates.YEAR_WORDS,
    date_markers=dates.DATE_MARKERS,
)
