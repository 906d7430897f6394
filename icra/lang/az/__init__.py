"""Azerbaijani (``az``): the first language of İcra's reports."""

from icra.lang import LanguageData

from . import dates, docrefs, events, figures, needs, orgs, places, publication, search, segment
from .fold import fold, upper

LANGUAGE = LanguageData.from_modules(
    dates,
    docrefs,
    events,
    figures,
    needs,
    orgs,
    places,
    publication,
    search,
    segment,
    code="az",
    name="Azərbaycanca",
    fold=fold,
    upper=upper,
    # Source: the Azerbaijani Latin alphabet (32 letters), those beyond ASCII a-z.
    letters="çəğıöşü",
)
