"""The interface's catalogues: every message the templates use is in each one, translated,
and the language switch shows the chosen language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from icra.web.i18n import LANGUAGES, TRANSLATIONS

ROOT = Path(__file__).resolve().parents[2]


def used_messages() -> set[str]:
    """What ``pybabel extract`` finds in the templates and icra/web's Python (``_`` and ``N_``)."""
    method_map = [("icra/web/templates/**.html", "jinja2"), ("icra/web/**.py", "python")]
    found = extract_from_dir(str(ROOT), method_map, keywords={"_": None, "N_": None})
    return {message for _file, _line, message, _comments, _context in found if isinstance(message, str)}


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_the_catalogue_holds_every_message_translated(lang: str) -> None:
    with (TRANSLATIONS / lang / "LC_MESSAGES" / "messages.po").open("rb") as po:
        catalogue = {m.id: m.string for m in read_po(po) if m.id}
    used = used_messages()
    assert used - set(catalogue) == set(), "messages missing from the catalogue"
    assert set(catalogue) - used == set(), "messages no page uses any more"
    if lang != "en":
        assert [m for m in used if not catalogue[m]] == []


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("az", ["Hesabatlar", "Əhatə", "Çıxış"]),
        ("ru", ["Отчёты", "Охват", "Выйти"]),
        ("en", ["Reports", "Coverage"]),
    ],
)
def test_the_switch_shows_the_chosen_language(site: Any, lang: str, words: list[str]) -> None:
    client = site.client("coordinator")
    answer = client.submit("/language", {"lang": lang, "next": "/reports"})
    assert answer.headers["location"] == "/reports"
    page = client.get("/reports").text
    assert f'<html lang="{lang}">' in page
    for word in words:
        assert word in page


def test_azerbaijani_is_the_default(site: Any) -> None:
    client = site.client("coordinator")
    client.cookies.clear()
    page = client.get("/signin").text
    assert '<html lang="az">' in page and "Daxil ol" in page
