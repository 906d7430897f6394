"""Rendering: one Jinja2 environment, with the request's language, user and CSRF token
in every template's context. A page's fragments are ``_``-prefixed templates that the
page includes and that htmx requests receive alone."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.templating import Jinja2Templates
from starlette.responses import Response

from icra.web.i18n import LANGUAGES, language, translations

TEMPLATES = Path(__file__).resolve().parent / "templates"
LANGUAGE_COOKIE = "lang"


def request_language(request: Request) -> str:
    return language(request.cookies.get(LANGUAGE_COOKIE))


def csrf_token(request: Request) -> str:
    """The session's CSRF token, made on first use; forms and htmx send it back."""
    token = request.session.get("csrf")
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


def in_language(record: object, name: str, lang: str) -> str:
    """A record's ``name_az``/``title_en``... in ``lang``, else in the first language that has it."""
    for code in (lang, *LANGUAGES):
        value = getattr(record, f"{name}_{code}", None)
        if value:
            return str(value)
    return ""


def _context(request: Request) -> dict[str, Any]:
    lang = request_language(request)
    catalogue = translations(lang)
    return {
        "_": catalogue.gettext,
        "local": lambda record, name: in_language(record, name, lang),
        "lang": lang,
        "languages": LANGUAGES,
        "csrf_token": csrf_token(request),
        "user": getattr(request.state, "user", None),
    }


templates = Jinja2Templates(directory=TEMPLATES, context_processors=[_context])
templates.env.autoescape = True


def is_htmx(request: Request) -> bool:
    return request.headers.get("HX-Request") == "true"


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> Response:
    return templates.TemplateResponse(request, name, context, status_code=status_code)
