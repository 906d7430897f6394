"""Azerbaijani (``az``): the first language of İcra's reports."""

from icra.lang import LanguageData

from . import dates
from .fold import fold, upper

LANGUAGE = LanguageData(
    code="az",
    name="Azərbaycanca",
    fold=fold,
    upper=upper,
    months=dates.MONTHS,
    ordinal_suffixes=dates.ORDINAL_SUFFIXES,
    year_words=dates.YEAR_WORDS,
    date_markers=dates.DATE_MARKERS,
    # Source: the Azerbaijani Latin alphabet (32 letters), those beyond ASCII a-z.
    letters="çəğıöşü",
)
