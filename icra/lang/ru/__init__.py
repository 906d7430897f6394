"""Russian (``ru``)."""

from icra.lang import LanguageData

from . import dates

LANGUAGE = LanguageData(
    code="ru",
    name="Русский",
    months=dates.MONTHS,
    ordinal_suffixes=dates.ORDINAL_SUFFIXES,
    year_words=dates.YEAR_WORDS,
    date_markers=dates.DATE_MARKERS,
    # Source: the Russian alphabet (33 letters), lower case.
    letters="абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
)
