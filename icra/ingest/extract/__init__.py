"""Extractors: each finds one kind of item in a section's text, using only the
words that its :class:`~icra.lang.LanguageData` provides (no word lists here).

A section extractor is a function ``(ExtractionContext) -> list[item]``; the
pipeline (``icra/ingest/pipeline.py``) runs them in the order of
``SECTION_EXTRACTORS`` on every section. Organisations are found over the whole
report at once, since one organisation is named in many sections.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from icra.ingest.extract.context import ExtractionContext
from icra.ingest.extract.docrefs import extract_document_refs
from icra.ingest.extract.events import extract_events
from icra.ingest.extract.figures import extract_figures
from icra.ingest.extract.needs import extract_needs

__all__ = ["SECTION_EXTRACTORS", "ExtractionContext"]

# (ReportDraft field, extractor) pairs, run in this order on every section.
SECTION_EXTRACTORS: tuple[tuple[str, Callable[[ExtractionContext], list[Any]]], ...] = (
    ("events", extract_events),
    ("figures", extract_figures),
    ("document_refs", extract_document_refs),
    ("needs", extract_needs),
)
