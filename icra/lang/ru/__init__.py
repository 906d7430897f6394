"""Russian (``ru``)."""

from icra.lang import LanguageData

from . import dates, docrefs, events, figures, needs, orgs, places, publication, search, segment

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
    code="ru",
    name="Русский",
    # Source: the Russian alphabet (33 letters), lower case.
    letters="абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
)
