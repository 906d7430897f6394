"""Azerbaijani (``az``): the first language of İcra's reports."""

from icra.lang import LanguageData

from . import dates, docrefs, events, figures, needs, orgs, places, publication, search, segment
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
    day_case_suffixes=dates.DAY_CASE_SUFFIXES,
    month_words=dates.MONTH_WORDS,
    abbreviations=segment.ABBREVIATIONS,
    common_words=segment.COMMON_WORDS,
    heading_words=segment.HEADING_WORDS,
    conjunctions=segment.CONJUNCTIONS,
    plan_words=segment.PLAN_WORDS,
    agent_markers=segment.AGENT_MARKERS,
    event_kinds=events.EVENT_KINDS,
    document_date_after=events.DOCUMENT_DATE_AFTER,
    document_date_before=events.DOCUMENT_DATE_BEFORE,
    named_day_words=events.NAMED_DAY_WORDS,
    participant_words=events.PARTICIPANT_WORDS,
    places=places.PLACES,
    place_suffixes=places.PLACE_SUFFIXES,
    org_heads=orgs.HEADS,
    org_connectors=orgs.CONNECTORS,
    org_aliases=orgs.ALIASES,
    org_state_prefixes=orgs.STATE_PREFIXES,
    org_outside_cases=orgs.OUTSIDE_CASES,
    number_words=figures.NUMBER_WORDS,
    number_multipliers=figures.MULTIPLIERS,
    unit_words=figures.UNIT_WORDS,
    not_figure_words=figures.NOT_FIGURE_WORDS,
    not_figure_before=figures.NOT_FIGURE_BEFORE,
    period_words=figures.PERIOD_WORDS,
    participation_words=figures.PARTICIPATION_WORDS,
    doc_kinds=docrefs.KINDS,
    doc_kind_exceptions=docrefs.KIND_EXCEPTIONS,
    doc_number_after=docrefs.NUMBER_AFTER,
    doc_number_before=docrefs.NUMBER_BEFORE,
    need_words=needs.NEED_WORDS,
    victim_words=publication.VICTIM_WORDS,
    # Source: the Azerbaijani Latin alphabet (32 letters), those beyond ASCII a-z.
    letters="çəğıöşü",
    search_suffixes=search.SUFFIXES,
)
