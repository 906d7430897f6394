"""From a report's text to a :class:`~icra.model.ReportDraft`: detect the
language, find the header and the sections, then run every section extractor
on every section and find organisations once over the whole text.

``extract_report`` works on text; ``extract_file`` reads a file first (Word,
PDF, text) and records where the text came from in ``ReportDraft.source``.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from icra import lang as languages
from icra.errors import InputError
from icra.ingest.extract import SECTION_EXTRACTORS, ExtractionContext
from icra.ingest.extract.dates import find_dates
from icra.ingest.extract.orgs import find_organisations
from icra.ingest.segment import find_header, segment_sections
from icra.lang import LanguageData
from icra.model import ReportDraft, SourceInfo

_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> LanguageData:
    """The supported language whose common words the text uses most.

    Counting short function words ("və", "и", "the") is enough to tell
    Azerbaijani, Russian and English apart, and names or quotations in another
    language do not outweigh them.
    """
    best: tuple[int, LanguageData] | None = None
    for code in languages.SUPPORTED:
        data = languages.get(code)
        words = _WORD.findall(data.fold(text))
        hits = sum(1 for w in words if w in data.common_words)
        if best is None or hits > best[0]:
            best = (hits, data)
    assert best is not None  # SUPPORTED is never empty
    return best[1]


def extract_report(
    doc_text: str,
    *,
    lang: str | None = None,
    plan_codes: set[str] | None = None,
    source: SourceInfo | None = None,
) -> ReportDraft:
    """Everything İcra can find in one report's text, each item tied to its words."""
    data = languages.get(lang) if lang else detect_language(doc_text)
    header = find_header(doc_text, data)
    sections = segment_sections(doc_text, data, plan_codes)
    draft = ReportDraft(report=header, sections=sections, source=source or SourceInfo())
    for section in sections:
        if section.unknown_codes:
            draft.warnings.append(
                f"section {section.heading.strip()!r} names codes not in the plan: "
                + ", ".join(section.unknown_codes)
            )
    for index, section in enumerate(sections):
        ctx = ExtractionContext(
            lang=data,
            section=section,
            section_index=index,
            year=header.year,
            dates=find_dates(section.text, data, default_year=header.year),
        )
        for field_name, extractor in SECTION_EXTRACTORS:
            getattr(draft, field_name).extend(extractor(ctx))
    draft.organisations = find_organisations(doc_text, data)
    return draft


def extract_file(
    path: Path | str | None = None,
    *,
    data: bytes | None = None,
    filename: str | None = None,
    lang: str | None = None,
    plan_codes: set[str] | None = None,
) -> ReportDraft:
    """Read a report from ``path`` (or from ``data`` named ``filename``) and extract it."""
    if path is not None:
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"{path}: cannot read the file ({exc.strerror})") from exc
        filename = path.name
    if data is None or not filename:
        raise InputError("give a file path, or the file's bytes with its name")
    text, source = _read_text(data, filename)
    return extract_report(text, lang=lang, plan_codes=plan_codes, source=source)


def _read_text(data: bytes, filename: str) -> tuple[str, SourceInfo]:
    # Plain UTF-8 text only, until the document readers (icra/ingest/readers.py) land.
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{filename}: not UTF-8 text (byte {exc.start})") from exc
    if not text.strip():
        raise InputError(f"{filename}: the file is empty")
    source = SourceInfo(
        filename=filename,
        format=Path(filename).suffix.lstrip(".").lower() or "txt",
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        encoding="utf-8",
    )
    return text, source
