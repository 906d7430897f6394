"""Find the statistics a section states: counts of people, permits, decisions, percentages.

A figure is a number (``24 220``, ``13,699``, ``66,6``, ``15,2 milyon``, ``14 min
718``, a number word such as ``five``) that is none of the other things numbers
are in a report: part of a date (``ctx.dates``), a year, a plan code or document
number (``13.3.6``, ``02/2896``), an ordinal (``19-cu``), a label (``maddə 5``,
``№ 208``), a duration or a phone number (``4 ay``, ``919 telefon``), an
article's number (``144-1``), or the participants of a dated event (in a
sentence that names a day, ``6 nəfər`` and ``25 labour inspectors`` belong to
the event).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from icra.ingest.extract.dates import DateMention
from icra.ingest.extract.docrefs import is_document_date
from icra.ingest.extract.events import dated_record_end, participants_cell, related_news
from icra.ingest.extract.numbers import find_word_numbers
from icra.ingest.extract.participants import SENTENCES_AFTER, counts_participants, tells_participation
from icra.ingest.sentences import split_sentences
from icra.lang import LanguageData
from icra.model import Figure

if TYPE_CHECKING:
    from icra.ingest.extract import ExtractionContext

# Digits in the forms reports write: "24 220" (space groups), "13,699" (comma groups), "66,6", "11".
_NUMBER = re.compile(
    r"(?<![\w/.,:+\-‐–])(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,3}(?:,\d{3})+(?![\d])|\d+(?:[.,]\d+)?)"
    r"(?![\w/]|[.,:]\d|[ \u00a0]\d{3}\b)"
)
_WORD = re.compile(r"[^\W\d_]+|%")
# The word opening a sentence (or a line) right before a number: "The 12 Regional Committees".
_OPENING_WORD = re.compile(r"(?:^|[.!?]\s+|\n\s*)([^\W\d_]+)\s+$")
# A telephone number: three or more groups of digits ("(012) 498 36 62", "590-92-22", "0 800 77777",
# "+993 12 35 30 92", "8 (7172) 71-26-35"); a number written in thousands ("1 215 000") is none.
_PHONE = re.compile(
    # "(0800 11111)": a trunk number and its line.
    r"(?<![\w.,])0\d{2,4}[ \u00a0-]\d{3,7}(?![\w.,]?\d)|"
    r"(?<![\w.,])(?:\+?\d{1,3}[ \u00a0]?(?=\())?(?:\+\d{1,3}[ \u00a0]?)?"
    r"(?:\(\+?\d{1,5}(?:[ \u00a0]\d{1,4})?\)[ \u00a0]?)?"
    r"\d{1,4}(?:[ \u00a0-]\d{2,5}){2,}(?![\w.,]?\d)"
)
_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:[ \u00a0]\d{3})+")
# Where a clause ends, for what a figure counts.
_CLAUSE_END = re.compile(r"[,;:.()\"“”«»\n]|\s[-–—]\s")
# The most words a figure's "what" keeps.
_WHAT_WORDS = 10
# Patterns matched at a number's end, in place (a slice of the text after each number would copy the
# rest of a long text once per number).
_SPACED_WORD = re.compile(r"\s+([^\W\d_]+)")
_REMAINDER = re.compile(r"\s+(\d{1,3})(?![\w.,])")
_GLUED = re.compile(r"\S*")
_HYPHEN_SUFFIX = re.compile(r"[-‐‑–]([^\W\d_]+)")
_NUMBERING_MARK = re.compile(r"[.)]|[ \t\u00a0]*\|")
_SLASH_AFTER = re.compile(r"\s*/")
_WORD_ON_LINE = re.compile(r"[ \t\u00a0\-‐‑–]*[^\W\d_]")
_RANGE_OF_WORDS = re.compile(r"\s+([^\W\d_]+)\s+\d+(?:[.,]\d+)?\s+([^\W\d_]+)")
_RANGE_SECOND = re.compile(r"[-‐‑–](\d+(?:[.,]\d+)?)")
# How far past a number its "what" is read: ten words fit well within.
_WHAT_WINDOW = 400
# A line longer than this holds more than a number and its numbering marks.
_SHORT_LINE = 40
_YEARS = range(1900, 2100)
# How many characters before a number may hold its mark ("№ 208", "02/ 2896").
_BEFORE_WINDOW = 20
# Two figures count the same thing where the word after them begins alike ("insana", "insanı").
_SAME_THING_PREFIX = 4


@dataclass(frozen=True)
class _Number:
    start: int
    end: int
    value: float
    # Written in words alone ("five", "qırx üç"; not "bir milyon", whose multiplier makes it a quantity).
    spelled: bool = False


def _parse(digits: str) -> float:
    """ "24 220" -> 24220, "13,699" -> 13699, "66,6" -> 66.6."""
    compact = re.sub(r"[ \u00a0]", "", digits)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", compact):
        compact = compact.replace(",", "")
    return float(compact.replace(",", "."))


def _words_after(folded: str, end: int, count: int) -> list[str]:
    return [m.group() for m in itertools.islice(_WORD.finditer(folded, end), count)]


def _word_before(folded: str, start: int) -> str:
    """The word right before a number; none where another number stands between ("Art. 132)  11")."""
    window = folded[max(0, start - 40) : start]
    words = list(_WORD.finditer(window))
    if not words or any(ch.isdigit() for ch in window[words[-1].end() :]):
        return ""
    return words[-1].group()


def _multiplier(word: str, lang: LanguageData) -> int | None:
    """The multiplier a word is, in any case form: "mindən" -> 1000; "minimum" is none, and neither is
    an ordinal ("milyonuncu")."""
    for stem, factor in lang.number_multipliers.items():
        if word.startswith(stem) and len(word) - len(stem) <= 4 and not _is_ordinal_of(word, stem, lang):
            return factor
    return None


def _is_ordinal_of(word: str, stem: str, lang: LanguageData) -> bool:
    """Whether ``word`` is the ordinal of the multiplier ``stem``: "milyonuncu" (millionth)."""
    ending = word[len(stem) :]
    return word.startswith(stem) and bool(ending) and ending.endswith(lang.ordinal_suffixes)


def _with_multiplier(number: _Number, text: str, folded: str, lang: LanguageData) -> _Number:
    """Apply "milyon"/"min" after a number, and a remainder after it: "14 min 718" -> 14718."""
    after = _SPACED_WORD.match(folded, number.end)
    if not after:
        return number
    factor = _multiplier(after.group(1), lang)
    if factor is None:
        return number
    end = after.end()
    value = number.value * factor
    remainder = _REMAINDER.match(text, end)
    if remainder and int(remainder.group(1)) < factor:
        value += int(remainder.group(1))
        end = remainder.end()
    return _Number(number.start, end, value)


def _numbers(text: str, lang: LanguageData) -> list[_Number]:
    folded = lang.fold(text)
    found = [_Number(m.start(), m.end(), _parse(m.group())) for m in _NUMBER.finditer(text)]
    for words in find_word_numbers(folded, lang):
        # A capitalised number word opens a sentence as a determiner ("Two experts"), and "bir" is
        # also the article "a": words count only lower-case and from two up, or before a multiplier.
        word_number = _Number(words.start, words.end, float(words.value), spelled=True)
        with_factor = _with_multiplier(word_number, text, folded, lang)
        if with_factor is not word_number or (words.value >= 2 and not text[words.start].isupper()):
            found.append(word_number)
    return sorted((_with_multiplier(n, text, folded, lang) for n in found), key=lambda n: n.start)


def _in_spans(number: _Number, spans: list[tuple[int, int]]) -> bool:
    """Whether ``number`` overlaps one of ``spans`` (in order, none overlapping another): only the
    last span that starts before the number ends can, found by bisection (texts of many pages)."""
    index = bisect_left(spans, (number.end, -1)) - 1
    return index >= 0 and number.start < spans[index][1]


def _is_label(number: _Number, text: str, folded: str, lang: LanguageData) -> bool:
    """A number that names or dates rather than counts."""
    following = _words_after(folded, number.end, 1)
    next_word = following[0] if following else ""
    # The word after the whole token the number is glued into: "1410-IVQ nömrəli".
    glued_end = _GLUED.match(folded, number.end).end()  # type: ignore[union-attr]
    after_token = _words_after(folded, glued_end, 1)
    hyphen_suffix = _HYPHEN_SUFFIX.match(folded, number.end)
    before = _word_before(folded, number.start)
    stuck_before = text[max(0, number.start - 1) : number.start]
    line_start = text.rfind("\n", 0, number.start) + 1
    line_end = text.find("\n", number.end) % (len(text) + 1)
    # (A page's number between dashes is alone too: "- 2 -".)
    alone_on_line = (
        line_end - line_start <= _SHORT_LINE
        and text[line_start:line_end].strip(" \t\u00a0№#-–—") == text[number.start : number.end]
    )
    # "3." or "3)" opening a line numbers an item; "3 |" opening a table row numbers the row.
    numbering = (
        number.start - line_start <= _SHORT_LINE
        and text[line_start : number.start].strip() == ""
        and _NUMBERING_MARK.match(text, number.end)
    )
    # A number alone in brackets names something: "qaynar xətt (152)".
    bracketed = text[number.start - 1 : number.start] == "(" and text[number.end : number.end + 1] == ")"
    # (What stands before a number is read from a window, not the whole text before it: a long text
    # has thousands of numbers.)
    just_before = text[max(0, number.start - _BEFORE_WINDOW) : number.start].rstrip()
    slashed = just_before.endswith("/") or bool(_SLASH_AFTER.match(text, number.end))
    # Counts are not written with a leading zero; codes and phone numbers are: "(012) 590".
    leading_zero = re.match(r"0\d", text[number.start : number.end]) is not None
    written = text[number.start : number.end]
    is_year = written.isdigit() and int(written) in _YEARS and _unit(folded, number, lang) is None
    return bool(
        is_year
        or leading_zero
        or alone_on_line
        or numbering
        or slashed
        or bracketed
        or just_before.endswith(("№", "#"))
        or (hyphen_suffix and hyphen_suffix.group(1) in lang.ordinal_suffixes)
        # A duration with a fraction is a measured one, an average: "orta baxılma müddəti 2,4 ay".
        or (next_word in lang.not_figure_words and number.value.is_integer())
        or _names_a_street(text, folded, number, lang)
        or next_word.startswith(_long_not_figure_words(lang))
        # "1 milyonuncu viza": the millionth visa, no count.
        or any(_is_ordinal_of(next_word, stem, lang) for stem in lang.number_multipliers)
        or next_word in lang.doc_number_after
        or (after_token and after_token[0] in lang.doc_number_after)
        or before in lang.not_figure_before
        or _numbers_a_part(folded, number, before, lang)
        or _counts_labelled_parts(folded, number, lang)
        or _names_a_known_set(text, folded, number, lang)
        or _is_entitlement(text, folded, number, lang)
        or _ranges_over_duration(folded, number, lang)
        or before in lang.doc_number_before
        or (stuck_before != "" and stuck_before in "'‘\"“«")
        or _is_month(before, lang)
        # A day before its month on the same line; "(в 2018 году – 496).\n17 января" counts.
        or (_is_month(next_word, lang) and _WORD_ON_LINE.match(folded, number.end) is not None)
    )


# Words after a number this long or longer make it no statistic in any of their forms too
# ("kvadratmetrdən", "articles"); shorter ones only as listed ("il" is no beginning of "ildə").
_STEM_LENGTH = 6


@lru_cache(maxsize=8)
def _long_not_figure_words(lang: LanguageData) -> tuple[str, ...]:
    return tuple(w for w in lang.not_figure_words if len(w) >= _STEM_LENGTH)


# How many capitalised words of a name may stand between a number and the word that makes it a label.
_NAME_WORDS_AFTER = 3


def _names_a_street(text: str, folded: str, number: _Number, lang: LanguageData) -> bool:
    """A number before a name ending in a word that labels it: a house before its street ("144
    Tsereteli Ave"), a phone line ("ALO 183 Social Support Line")."""
    words = _WORD.findall(text, number.end, number.end + 60)[: _NAME_WORDS_AFTER + 1]
    for count, word in enumerate(words):
        if count and lang.fold(word) in lang.not_figure_words:
            return True
        if not word[:1].isupper():
            return False
    return False


# How many words before an amount may name it an entitlement ("compensation of GEL 1,000").
_ENTITLEMENT_REACH = 3


def _is_entitlement(text: str, folded: str, number: _Number, lang: LanguageData) -> bool:
    """An amount of money a person is entitled to: "пособие в размере 400 манатов", "compensation of
    GEL 1,000" (not "compensation in 19 cases", no money)."""
    if not lang.entitlement_words or not _is_money(text, folded, number, lang):
        return False
    window = folded[max(0, number.start - _BEFORE_WINDOW - 20) : number.start]
    return any(w.startswith(lang.entitlement_words) for w in _WORD.findall(window)[-_ENTITLEMENT_REACH:])


# A currency's code before an amount: "GEL 1,000", "MDL 412,600".
_CURRENCY_CODE = re.compile(r"(?<![\w])[A-Z]{3}[ \u00a0]*$")


def _is_money(text: str, folded: str, number: _Number, lang: LanguageData) -> bool:
    """Whether the number is an amount of money: a currency's code before it or its unit after it
    ("400 манатов": AZN; units of money are written as codes, "person" and "percent" are not)."""
    unit = _unit(folded, number, lang)
    code = _CURRENCY_CODE.search(text, max(0, number.start - 6), number.start)
    return bool(unit and unit.isupper()) or code is not None


def _names_a_known_set(text: str, folded: str, number: _Number, lang: LanguageData) -> bool:
    """A number after a definite article opening its sentence: "The 12 Regional Committees held ..."."""
    window_start = max(0, number.start - _BEFORE_WINDOW)
    opening = _OPENING_WORD.search(folded, window_start, number.start)
    return opening is not None and opening[1] in lang.definite_articles and text[opening.start(1)].isupper()


def _counts_labelled_parts(folded: str, number: _Number, lang: LanguageData) -> bool:
    """The second number of a label's pair: "Страница 2 из 3", "page 2 of 5" (the whole's count of
    pages, as the first is the page's)."""
    window = folded[max(0, number.start - _BEFORE_WINDOW) : number.start]
    pair = re.search(r"([^\W\d_]+)\.?\s*\d+\s+[^\W\d_]{1,3}\s+$", window)
    return pair is not None and pair[1] in lang.not_figure_before


def _numbers_a_part(folded: str, number: _Number, before: str, lang: LanguageData) -> bool:
    """A number right after a word naming a numbered part of a plan: "Задача 2.4", "Objective 1" (not a
    table's cell after its row's name, "Use in criminal activities | 3")."""
    window = folded[max(0, number.start - _BEFORE_WINDOW) : number.start]
    return (
        before in lang.numbered_heading_words and re.search(r"[^\W\d_]\.?[ \t\u00a0]*$", window) is not None
    )


def _ranges_over_duration(folded: str, number: _Number, lang: LanguageData) -> bool:
    """A number opening a range of durations: "5 to 12 years", "от 2 до 5 лет"."""
    joined = _RANGE_OF_WORDS.match(folded, number.end)
    return bool(joined and joined.group(1) in lang.range_joiners and joined.group(2) in lang.not_figure_words)


@lru_cache(maxsize=1 << 16)
def _is_month(word: str, lang: LanguageData) -> bool:
    """A month in any case form ("martın") or cut short ("апр"); "marriage" is not "mar"."""
    return word in lang.months or any(
        (len(name) >= 4 and word.startswith(name)) or (len(word) >= 3 and name.startswith(word))
        for name in lang.months
    )


def _what(text: str, number: _Number) -> str:
    """The words after the number, past what is glued to it ("130-dan", "5-6"), to the clause's end."""
    glued_end = _GLUED.match(text, number.end).end()  # type: ignore[union-attr]
    rest = text[glued_end : glued_end + _WHAT_WINDOW]
    clause_end = _CLAUSE_END.search(rest)
    clause = rest[: clause_end.start()] if clause_end else rest
    return " ".join(clause.split()[:_WHAT_WORDS])


def _unit(folded: str, number: _Number, lang: LanguageData) -> str | None:
    """The unit named right after the number, in any case form: "nəfərin" -> "person"; none past
    another number ("in 2017, 20%": the percent is the 20's)."""
    following = _WORD.search(folded, number.end)
    if not following or any(ch.isdigit() for ch in folded[number.end : following.start()]):
        return None
    word = following.group()
    return next((unit for stem, unit in lang.unit_words.items() if word.startswith(stem)), None)


def _event_lines(
    text: str,
    sentences: list[tuple[int, int]],
    event_days: list[DateMention],
    numbers: list[_Number],
    lang: LanguageData,
) -> list[tuple[int, int]]:
    """The sentences that date an event, the record a line holding only its date dates, and the first
    sentence after one that tells who took part, when it and those between date nothing and the event's
    own sentence counted no one ("... a round table was held; 21 representatives attended"): their head
    counts are no statistics."""
    folded = lang.fold(text)
    event_starts = [d.start for d in event_days]
    number_starts = [n.start for n in numbers]

    def dates_one(start: int, end: int) -> bool:
        return bisect_left(event_starts, start) < bisect_left(event_starts, end)

    def counts_people(start: int, end: int) -> bool:
        inside = numbers[bisect_left(number_starts, start) : bisect_left(number_starts, end)]
        return any(counts_participants(folded, n.start, n.end, lang) for n in inside)

    lines = []
    # How many sentences ago the last event was dated, while none has told its head count since.
    since_event: int | None = None
    record_until = 0
    for index, (start, end) in enumerate(sentences):
        if start < record_until:
            continue
        if dates_one(start, end):
            lines.append((start, end))
            # A line holding only its date dates the record after it: "Дата: 12.03.2019\n...\nУчастники: 25".
            own = [d for d in event_days if start <= d.start < end]
            record_end = (
                dated_record_end(text, own[0], sentences, index, event_days, lang) if len(own) == 1 else None
            )
            if record_end is not None:
                lines.append((sentences[index + 1][0], record_end))
                record_until = record_end
            # "Agentliyin iki əməkdaşı ... görüşündə iştirak etmişdir. ... 64 turizm müəssisəsi qoşulmuşdur":
            # an event that counted its people has no head count told after it.
            since_event = None if counts_people(start, end) else 0
            continue
        if since_event is not None:
            since_event += 1
            if since_event > SENTENCES_AFTER:
                since_event = None
            elif tells_participation(folded, start, end, lang):
                lines.append((start, end))
                since_event = None
    return lines


# How many more digits the second number of a pair has where the pair is a code, not a range.
_CODE_DIGITS = 2


def _is_code(number: _Number, second: str) -> bool:
    """Whether two numbers joined by a dash name rather than span: an article and its part ("144-1"), a
    document's code ("19-18472"); "5-6", "97-98" and "5-12" are ranges."""
    first_digits = len(str(int(number.value)))
    return _parse(second) < number.value or len(re.sub(r"\D", "", second)) >= first_digits + _CODE_DIGITS


def _value(number: _Number) -> float | int:
    return int(number.value) if number.value.is_integer() else round(number.value, 6)


def extract_figures(ctx: ExtractionContext) -> list[Figure]:
    """The statistics ``ctx``'s section states, in order."""
    text, lang = ctx.text, ctx.lang
    folded = lang.fold(text)
    sentences = split_sentences(text, lang)
    date_spans = [(d.start, d.end) for d in ctx.dates]
    phone_spans = [m.span() for m in _PHONE.finditer(text) if not _THOUSANDS.fullmatch(m.group())]
    # Phone numbers, and the other items a news page lists ("Related news"), count nothing of this text.
    aside = phone_spans + related_news(folded, lang)
    date_starts = [d.start for d in ctx.dates]
    event_days = [d for d in ctx.dates if d.precision == "day" and not is_document_date(folded, d, lang)]
    numbers = _numbers(text, lang)
    counts = [n for n in numbers if not _in_spans(n, date_spans)]
    event_lines = _event_lines(text, sentences, event_days, counts, lang)
    figures: list[Figure] = []
    # The sentence of each figure written in words, and the sentences holding one written in digits.
    spelled_in: dict[int, int] = {}
    digits_in: set[int] = set()
    consumed_to = 0
    for number in numbers:
        if number.start < consumed_to or _in_spans(number, date_spans) or _in_spans(number, aside):
            continue
        if _in_spans(number, event_lines) and counts_participants(folded, number.start, number.end, lang):
            continue
        # A table's participants cell: "Seminar | 12.05.2017 | Gəncə | 28".
        cell = participants_cell(ctx, number.start)
        if cell is not None and cell.strip() == text[number.start : number.end]:
            continue
        # "97-98 faizi", "5-6 nəfər": a range counts as its first number.
        second = _RANGE_SECOND.match(text, number.end)
        consumed_to = second.end() if second else number.end
        if _is_label(number, text, folded, lang) or (second and _is_code(number, second.group(1))):
            continue  # a label, an article's number and its part ("144-1"), a code ("19-18472")
        sentence = bisect_right(sentences, (number.start, len(text)))
        if number.spelled:
            spelled_in[len(figures)] = sentence
        else:
            digits_in.add(sentence)
        figures.append(
            Figure(
                value=_value(number),
                what=_what(text, number),
                period=_period(ctx, sentences, date_starts, number),
                unit=_unit(folded, number, lang),
                section=ctx.code,
                section_index=ctx.section_index,
                source_start=number.start,
                source_end=number.end,
            )
        )
    # A number in words is a statistic among statistics in digits ("27 victims were placed in shelters,
    # five were given jobs"); alone it mostly describes ("two staff members", "in two cycles").
    stated = [f for i, f in enumerate(figures) if spelled_in.get(i, -1) in digits_in or i not in spelled_in]
    return _once(stated, lang)


def _once(figures: list[Figure], lang: LanguageData) -> list[Figure]:
    """One statistic stated twice in a section (a lead and the quotation it sums up) is listed once:
    the same value counting the same thing, by the first letters of the word after it."""
    seen: set[tuple[float | int, str]] = set()
    kept = []
    for figure in figures:
        words = _WORD.findall(lang.fold(figure.what))
        key = (figure.value, words[0][:_SAME_THING_PREFIX] if words else "")
        if words and key in seen:
            continue
        seen.add(key)
        kept.append(figure)
    return kept


def _period(
    ctx: ExtractionContext, sentences: list[tuple[int, int]], date_starts: list[int], number: _Number
) -> str | None:
    """The year or month the figure's sentence names ("2016-cı ilin"), else the report's year.
    ``date_starts`` are where ``ctx.dates`` start: both lookups bisect."""
    index = bisect_right(sentences, (number.start, len(ctx.text))) - 1
    if index >= 0 and number.start < sentences[index][1]:
        start, end = sentences[index]
        for date in ctx.dates[bisect_left(date_starts, start) : bisect_left(date_starts, end)]:
            if date.precision != "day":
                return date.text
    return str(ctx.year) if ctx.year else None
