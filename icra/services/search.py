"""Search over the text of every report a user may read, Azerbaijani-aware.

Text and query are folded with the report language's own ``fold`` (so ``İnsan`` finds
``insan``) and each word is cut to its stem by stripping the language's
``search_suffixes`` (so ``alverinə`` finds ``alveri``). Folding keeps the text's
length, so a match's offsets in the folded text are its offsets in the original,
ready to highlight.

The stems of every entry are stored when the report is (``entry_term``), so a search
asks the database which entries hold all the query's stems and reads only those.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import ColumnElement, Text, cast, delete, distinct, func, insert, or_, select
from sqlalchemy.orm import Session, selectinload

from icra import lang as languages
from icra.db.models import TERM_LENGTH, Agency, Entry, EntryTerm, Report, User
from icra.lang import LanguageData
from icra.services.permissions import readable_by

WORD = re.compile(r"[^\W_]+")
# A stem keeps at least this many letters, so short words are not cut to nothing.
MIN_STEM = 4
# Stems written per INSERT when a whole archive is indexed, so it is never held in memory at once.
TERM_BATCH = 25_000


@lru_cache(maxsize=1 << 16)
def stems(word: str, data: LanguageData) -> frozenset[str]:
    """``word`` (folded) and every stem of MIN_STEM letters or more that stripping its endings can reach.

    Every way of cutting is kept, because the cut is often ambiguous without a dictionary: "qurbanı"
    is "qurban" + "ı" and might be "qurba" + "nı"; two forms of one word share a stem either way.
    """
    found: set[str] = set()
    todo = [word]
    while todo:
        form = todo.pop()
        if form in found:
            continue
        found.add(form)
        todo += [form[: -len(suffix)] for suffix in data.search_suffixes if _strips(form, suffix, data)]
    return frozenset(_restore_ending(form, data)[:TERM_LENGTH] for form in found)


def _strips(word: str, suffix: str, data: LanguageData) -> bool:
    rest = word[: -len(suffix)]
    if not word.endswith(suffix) or len(rest) < MIN_STEM:
        return False
    return suffix[0] not in data.search_buffer_letters or rest[-1] in data.search_vowels


def _restore_ending(form: str, data: LanguageData) -> str:
    ending = data.search_stem_endings.get(form[-1:])
    return form[:-1] + ending if ending else form


def query_stems(query: str, data: LanguageData) -> list[frozenset[str]]:
    """Each word of ``query`` as the set of its stems; a word is found where one of them is."""
    return [stems(word, data) for word in dict.fromkeys(WORD.findall(data.fold(query)))]


def entry_terms(text: str, data: LanguageData) -> set[str]:
    """The stems an entry is found by: what the search index stores for ``text``."""
    return {term for word in set(WORD.findall(data.fold(text))) for term in stems(word, data)}


def index_entries(*, session: Session, entries: list[Entry], language: str) -> None:
    """Put the stems of ``entries`` (new ones, of a report in ``language``) in the search index.

    As rows inserted in bulk, not one ORM object per stem: a report of 200 entries has some
    20,000 stems, and objects took half of storing the report."""
    session.flush()  # the entries' ids
    for rows in term_rows((entry.id, entry.text, language) for entry in entries):
        session.execute(insert(EntryTerm), rows)


def term_rows(entries: Iterable[tuple[int, str, str]]) -> Iterator[list[dict[str, object]]]:
    """The search index's rows for ``entries`` (id, text, report language), TERM_BATCH at a time."""
    rows: list[dict[str, object]] = []
    for entry_id, text, language in entries:
        terms = sorted(entry_terms(text, languages.get(language)))
        rows += [{"entry_id": entry_id, "term": term} for term in terms]
        if len(rows) >= TERM_BATCH:
            yield rows
            rows = []
    if rows:
        yield rows


def reindex(*, session: Session) -> int:
    """Index every stored entry again (after the language's stemming rules changed); the number of entries.

    In statements over the whole table, not through each entry's ``terms``, which would load every
    entry's old stems one query at a time.
    """
    session.flush()
    session.execute(delete(EntryTerm))
    entries = session.execute(
        select(Entry.id, Entry.text, Report.language).join(Report).execution_options(yield_per=1000)
    )
    for rows in term_rows(entries.tuples()):
        session.execute(insert(EntryTerm), rows)
    count = session.scalar(select(func.count()).select_from(Entry)) or 0
    session.expire_all()  # entries loaded before hold their old stems
    return count


def _under(code: str) -> ColumnElement[bool]:
    """Entries filed under plan item ``code`` as the report writes it, whether the plan knows it or not
    (linked plan items alone would lose "13.4.99"). The codes are JSON lists, matched as their text so
    that both databases read them alike."""
    quoted = json.dumps(code)
    return or_(
        *(cast(codes, Text).contains(quoted, autoescape=True) for codes in (Entry.codes, Entry.unknown_codes))
    )


def matches(text: str, words: list[frozenset[str]], data: LanguageData) -> list[tuple[int, int]]:
    """The spans of ``text``'s words that share a stem with one of ``words`` (from ``query_stems``)."""
    wanted = frozenset().union(*words)
    return [(m.start(), m.end()) for m in WORD.finditer(data.fold(text)) if stems(m.group(), data) & wanted]


@dataclass
class Hit:
    report: Report
    entry: Entry
    spans: list[tuple[int, int]]  # into entry.text


def search(
    *,
    session: Session,
    user: User,
    query: str,
    agency_code: str | None = None,
    year: int | None = None,
    plan_item: str | None = None,
    limit: int = 100,
) -> list[Hit]:
    """The entries of the reports ``user`` may read that hold every word of ``query``,
    newest year first."""
    hits: list[Hit] = []
    for code in session.scalars(select(distinct(Report.language)).where(readable_by(user))):
        data = languages.get(code)
        words = query_stems(query, data)
        if not words:
            continue
        found = (
            select(Entry)
            .join(Report)
            .where(Report.language == code, readable_by(user))
            .where(*(Entry.id.in_(select(EntryTerm.entry_id).where(EntryTerm.term.in_(w))) for w in words))
            .options(selectinload(Entry.report).selectinload(Report.agency))
            .order_by(Report.year.desc(), Report.id.desc(), Entry.position)
            .limit(limit)
        )
        if agency_code:
            found = found.where(Report.agency.has(Agency.code == agency_code))
        if year:
            found = found.where(Report.year == year)
        if plan_item:
            found = found.where(_under(plan_item))
        hits += [Hit(e.report, e, matches(e.text, words, data)) for e in session.scalars(found)]
    hits.sort(key=lambda hit: (-hit.report.year, -hit.report.id, hit.entry.position))
    return hits[:limit]
