"""From a report's text to a :class:`~icra.model.ReportDraft`: detect the
language, find the header and the sections, then run every section extractor
on every section and find organisations once over the whole text.

``extract_report`` works on text; ``extract_file`` reads a file first (Word,
PDF, text) and records where the text came from in ``ReportDraft.source``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from icra import lang as languages
from icra.errors import InputError
from icra.ingest.extract import SECTION_EXTRACTORS, ExtractionContext
from icra.ingest.extract.dates import DateMention, find_dates, impossible_dates
from icra.ingest.extract.orgs import find_organisations
from icra.ingest.readers import ReadDocument, read_document, read_path
from icra.ingest.segment import find_header, news_item, segment_sections
from icra.lang import LanguageData
from icra.model import ReportDraft, Section, SourceInfo

_WORD = re.compile(r"[^\W\d_]+")
# Enough of a text to tell its language (some 15 pages); reading a long report further only costs time.
_LANGUAGE_SAMPLE = 50_000


def detect_language(text: str) -> LanguageData:
    """The supported language whose common words the text uses most; letters only a
    language writes ("ə", "ы") decide when no common word is found (a table, a list).

    Counting short function words ("və", "и", "the") is enough to tell
    Azerbaijani, Russian and English apart, and names or quotations in another
    language do not outweigh them. A long text is judged by its opening.
    """
    scores = []
    sample = text[:_LANGUAGE_SAMPLE]
    for code in languages.SUPPORTED:
        data = languages.get(code)
        folded = data.fold(sample)
        words = sum(1 for w in _WORD.findall(folded) if w in data.common_words)
        letters = sum(folded.count(letter) for letter in data.letters)
        scores.append((words, letters, data))
    return max(scores, key=lambda score: score[:2])[2]


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
    news = news_item(doc_text, data, header)
    year = news.year if news else header.year
    for section in sections:
        if section.unknown_codes:
            draft.warnings.append(
                f"section {section.heading.strip()!r} names codes not in the plan: "
                + ", ".join(section.unknown_codes)
            )
        draft.warnings += [
            f"section {section.heading.strip()!r}: {section.text[start:end]!r} is no date (the calendar has "
            "no such day), so nothing dated by it was read: check the report"
            for start, end in impossible_dates(section.text, data, default_year=year)
        ]
    dateline = news.dateline if news else None
    for index, section in enumerate(sections):
        ctx = ExtractionContext(
            lang=data,
            section=section,
            section_index=index,
            year=header.year,
            dates=find_dates(
                section.text, data, default_year=year, today=dateline.start_date if dateline else None
            ),
            dateline=_within(dateline, section),
            document=doc_text,
            headline=news.headline if news else None,
        )
        for field_name, extractor in SECTION_EXTRACTORS:
            getattr(draft, field_name).extend(extractor(ctx))
    draft.organisations = find_organisations(doc_text, data)
    return draft


def _within(date: DateMention | None, section: Section) -> DateMention | None:
    """``date`` in the offsets of ``section``, if it stands there."""
    if date is None or not section.start <= date.start < section.end:
        return None
    return replace(date, start=date.start - section.start, end=date.end - section.start)


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
        document = read_path(path)
    elif data is not None and filename:
        document = read_document(data, filename)
    else:
        raise InputError("give a file path, or the file's bytes with its name")
    return extract_document(document, lang=lang, plan_codes=plan_codes)


def extract_document(
    document: ReadDocument, *, lang: str | None = None, plan_codes: set[str] | None = None
) -> ReportDraft:
    """Extract a report already read; the reader's notes become the draft's first warnings."""
    source = SourceInfo(
        filename=document.filename,
        format=document.format,
        sha256=document.sha256,
        size=document.size,
        encoding=document.encoding,
    )
    draft = extract_report(document.text, lang=lang, plan_codes=plan_codes, source=source)
    draft.warnings[:0] = document.notes
    return draft
