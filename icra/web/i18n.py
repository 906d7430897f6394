"""The interface's languages: Babel catalogues in ``translations/<lang>/LC_MESSAGES/messages.po``.

Message ids are English; ``az`` is the default. The ``.po`` files are compiled in
memory when first used, so the repository holds no generated ``.mo`` files.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
# Code -> the language's own name, as the switcher shows it.
LANGUAGES = {"az": "Azərbaycanca", "en": "English", "ru": "Русский"}
DEFAULT_LANGUAGE = "az"


@cache
def translations(lang: str) -> Translations:
    with (TRANSLATIONS / lang / "LC_MESSAGES" / "messages.po").open("rb") as po:
        catalog = read_po(po, locale=lang)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Translations(compiled)


def language(requested: str | None) -> str:
    """``requested`` if the interface speaks it, else the default."""
    return requested if requested in LANGUAGES else DEFAULT_LANGUAGE
