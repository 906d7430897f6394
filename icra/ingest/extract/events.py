"""Events: meetings, seminars, trainings, visits, sessions, conferences and
campaigns that the text dates to the day, wherever they stand.

A day-level date is an event's date when a word naming an event stands in the
same sentence (a bullet line counts as one), and the date is neither a
document's ("1 dekabr 2016-cı il tarixli ... məktub", "от 28 июня 2005 года")
nor a named day ("20 noyabr “Ümumdünya uşaq hüquqları günü”"). A project is
an event over the range of days it runs. A news item's first sentence, on the
line of its dateline ("Баку. 22 января. В ... прошло совещание"), happened on
the dateline's day. Title, place and participants are read from the words
around the date.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from icra.ingest.extract.context import ExtractionContext
from icra.ingest.extract.dates import DateMention
from icra.ingest.extract.docrefs import is_document_date
from icra.ingest.extract.numbers import find_word_numbers, read_word_number, word_number_pattern
from icra.ingest.extract.participants import SENTENCES_AFTER, counts_participants, tells_participation
from icra.ingest.sentences import split_sentences, table_row
from icra.lang import LanguageData
from icra.model import Event

# How many words after a date may still name it as a day ("1 iyun “Uşaqların Beynəlxalq Müdafiəsi günü”").
_NAME_WORDS = 5
# Dashes, commas, bullets and table cell bars that separate a title from its date in event lists.
_SEPARATORS = " \t\u00a0-‐‑–—,;:|·•▪◦*"


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    value: str


# Things found in a text, in the order they stand.
_Item = TypeVar("_Item", DateMention, _Word)


def _alternation(words: object) -> str:
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w) for w in items) or r"(?!x)x"


@cache
def _stem_pattern(stems: frozenset[str]) -> re.Pattern[str]:
    # A stem followed by any ending: "görüş", "görüşü", "seminarda", "совещании", "mərkəzində".
    return re.compile(rf"(?<!\w)(?:{_alternation(stems)})[\w-]*")


_WORDS = re.compile(r"[^\W\d_]+")
# A count written in digits: not part of a longer number ("0 800 77777"), a code or a date.
# A count's digits, thousands written apart or not: "1 200", "35"; a group of a longer number (a phone
# "0 800 77777") is none.
_DIGITS = r"[1-9]\d{0,2}(?:[ \u00a0]\d{3})+(?![ \u00a0]?\d)|\d{1,5}"
_COUNT = re.compile(rf"(?<![\w.,/])(?<!\d[ \u00a0])(?:{_DIGITS})(?![\w/]|[.,]\d|[ \u00a0]\d{{3}}(?!\d))")


@cache
def _participants_pattern(lang: LanguageData) -> re.Pattern[str]:
    # "6 nəfər", "5-6 nəfər", "25 labour inspectors", "35 prokuror iştirak etmişdir",
    # "iki əməkdaşı iştirak etmişdir": a number (or a number word), at most one word, a head word.
    return re.compile(
        rf"(?<![\w.,/])(?<!\d[ \u00a0])({_DIGITS}|{word_number_pattern(lang).pattern})(?!\w)"
        rf"(?:\s*[-–]\s*\d{{1,5}})?"
        rf"\s+(?:[^\W\d_]+\s+)?(?:{_alternation(lang.participant_words)})\w*"
    )


@cache
def _part_of_participants_pattern(lang: LanguageData) -> re.Pattern[str]:
    # "Komitə əməkdaşlarından ikisi", "из сотрудников двое": a number word after the people it counts;
    # a record's "Участники: 25", "İştirakçılar: 25 nəfər", "İştirakçıların sayı – 25": any number after
    # them, a word at most, and a colon or a dash.
    words = word_number_pattern(lang).pattern
    labelled = rf"(?:\s+[^\W\d_]+)?\s*[:–—]\s*(\d{{1,5}}|{words})"
    return re.compile(
        rf"(?<!\w)(?:{_alternation(lang.participant_words)})\w*(?:\s+({words})|{labelled})(?!\w)"
    )


def _kind_words(folded: str, stems: Mapping[str, str]) -> list[_Word]:
    """Each word in ``folded`` that begins with one of ``stems``, valued by the stem's kind."""
    kinds = []
    for match in _stem_pattern(frozenset(stems)).finditer(folded):
        stem = max((s for s in stems if match[0].startswith(s)), key=len)
        kinds.append(_Word(match.start(), match.end(), stems[stem]))
    return kinds


def _word_before(folded: str, position: int) -> str:
    match = re.search(r"([^\W\d_]+)[^\w]*$", folded[max(0, position - 40) : position])
    return match[1] if match else ""


def _word_after(folded: str, position: int) -> str:
    match = re.match(r"[^\w]*([^\W\d_]+)", folded[position : position + 40])
    return match[1] if match else ""


def _is_document_date(folded: str, date: DateMention, lang: LanguageData) -> bool:
    return (
        _word_after(folded, date.end) in lang.document_date_after
        or _word_before(folded, date.start) in lang.document_date_before
    )


def _announces(folded: str, start: int, end: int, lang: LanguageData) -> bool:
    """Whether ``folded[start:end]`` announces an event rather than reports it ("keçirilməsi nəzərdə
    tutulur", "will be held")."""
    return any(folded.find(words, start, end) >= 0 for words in lang.planned_words)


def _is_deadline(folded: str, date: DateMention, lang: LanguageData) -> bool:
    """A day by which something is due, not one on which it happened: "by 15 December", "до 1 июля",
    "dekabrın 15-dək" (a single day; "iyunun 12-dən 14-dək" is a range)."""
    case = re.search(r"[-‐‑]\s?([^\W\d_]+)$", folded[date.start : date.end])
    return (
        _word_before(folded, date.start) in lang.deadline_before
        or _word_after(folded, date.end) in lang.deadline_after
        or (not date.is_range and case is not None and case[1] in lang.deadline_cases)
    )


def _is_named_day(folded: str, date: DateMention, until: int, lang: LanguageData) -> bool:
    """A date followed closely by a day's name: "20 noyabr “... günü”", "18 December, Migrants Day".

    A year ("On 30 July 2016, the World Day against ..."), a date marker ("30 iyul
    tarixdə ... Günü münasibətilə ... tədbir") or its case ("dekabrın 3-də ... Günü
    münasibətilə ... görüş") makes it the date of what happened on that day.
    """
    # A named day recurs: a date with its year is a day's own, and so is "today" ("today held a two-day
    # training"); a named day is one day, so a range of days is what happened around it.
    if re.search(r"\d{4}", date.text) or not re.search(r"\d", date.text) or date.is_range:
        return False
    case = re.search(r"[-‐‑]\s?([^\W\d_]+)$", folded[date.start : date.end])
    if case and case[1] in lang.date_case_markers:
        return False
    words = re.findall(r"\w+", folded[date.end : until])[:_NAME_WORDS]
    return not (words and words[0] in lang.date_markers) and any(w in lang.named_day_words for w in words)


def _place(folded: str, start: int, end: int, lang: LanguageData, *, last: bool) -> str | None:
    """The first (or last) known place named in ``folded[start:end]``: "bakıda" -> "Bakı"; none where
    it is one of a list of places ("Şəki, Qax və Zaqatalada": a campaign over several)."""
    found: list[tuple[int, int, str]] = []
    words = list(re.finditer(r"[^\W\d_]+", folded[start:end]))
    for i, word in enumerate(words):
        # Two-word names first ("new york"), then the word alone.
        pair = f"{word[0]} {words[i + 1][0]}" if i + 1 < len(words) else None
        name = (_known_place(pair, lang) if pair else None) or _known_place(word[0], lang)
        if name:
            found.append((start + word.start(), start + word.end(), name))
    if not found:
        return None
    index = len(found) - 1 if last else 0
    neighbours = [found[j] for j in (index - 1, index + 1) if 0 <= j < len(found)]
    if any(_listed_together(folded, found[index], other, lang) for other in neighbours):
        return None
    return found[index][2]


def _listed_together(
    folded: str, one: tuple[int, int, str], other: tuple[int, int, str], lang: LanguageData
) -> bool:
    """Whether two places found stand in one list: only commas and a conjunction between them."""
    first, second = sorted([one, other])
    between = folded[first[1] : second[0]]
    words = re.findall(r"[^\W\d_]+", between)
    return (
        first[2] != second[2]
        and re.fullmatch(r"[\s,]*", re.sub(r"[^\W\d_]+", "", between)) is not None
        and all(w in lang.conjunctions for w in words)
    )


def _town(text: str, folded: str, start: int, end: int, lang: LanguageData) -> str | None:
    """A town no list knows, named by the words around it: "в г. Косшы", "held in Vlora", "Sədərək
    qəsəbəsində" (shown as written); a month, or a name going on in capitals ("in Tirana Region",
    "in the Ministry"), is none."""
    words = list(re.finditer(r"[^\W\d_][\w'’-]*\.?", text[start:end]))
    for i, word in enumerate(words):
        written = word[0].rstrip(".")
        if not written[:1].isupper() or written.isupper() or lang.fold(written) in lang.months:
            continue
        before = folded[start + words[i - 1].start() : start + words[i - 1].end()] if i else ""
        following = words[i + 1][0] if i + 1 < len(words) else ""
        # Not a name's part: "Trafficking in Persons", "in Cabinet of Ministers' Resolution".
        in_name = (i > 1 and words[i - 2][0][:1].isupper()) or lang.fold(following) in lang.org_subordinators
        named_before = before in lang.town_before and not following[:1].isupper() and not in_name
        if named_before or lang.fold(following.rstrip(".")) in lang.town_after:
            return written
    return None


def _known_place(word: str, lang: LanguageData) -> str | None:
    if word in lang.places:
        return lang.places[word]
    for suffix in lang.place_suffixes:
        if word.endswith(suffix) and word[: -len(suffix)] in lang.places:
            return lang.places[word[: -len(suffix)]]
    return None


# How many capitalised words may name a venue before its venue word ("Baş Prokurorluğun Elm-Tədris Mərkəzi").
_VENUE_NAME_WORDS = 5
# A word of a venue's name: capitalised, or a name in quotes ("“Gilavar”").
_NAME_WORD = re.compile(r"[“«\"]?[^\W\d_][\w'’-]*[”»\"]?$")


def _venue(text: str, folded: str, start: int, end: int, lang: LanguageData) -> str | None:
    """The first venue in ``text[start:end]`` where an event was (in the locative: "Elm-Tədris
    Mərkəzində", "in the Heydar Aliyev Center", "в Учебном центре ГМС"), shown with its venue word in
    its dictionary form: the capitalised words before it (not an adjective in a case, "Учебном"), the
    venue word, and the words of its name after it ("юстиции", "ГМС")."""
    for match in _stem_pattern(frozenset(lang.venue_words)).finditer(folded, start, end):
        before = text[start : match.start()].split()
        name: list[str] = []
        while (
            before
            and len(name) < _VENUE_NAME_WORDS
            and _is_name_word(before[-1], lang, opens=len(before) == 1)
        ):
            name.insert(0, before.pop())
        after = _venue_tail(text[match.end() : end], lang)
        # A name before the venue word, or after a capitalised one ("Академии юстиции"); "Mərkəzdə"
        # alone refers back to a venue named before, "в центре внимания" names none.
        named = bool(name) or (
            bool(after) and (text[match.start()].isupper() or any(w.isupper() for w in after))
        )
        if named and _in_locative(match[0], before, lang):
            stem = max((s for s in lang.venue_words if match[0].startswith(s)), key=len)
            form = lang.venue_words[stem]
            word = lang.upper(form[0]) + form[1:] if text[match.start()].isupper() else form
            shown = [w for w in name if not lang.fold(w).endswith(lang.org_modifier_endings)]
            return " ".join([*shown, word, *after])
    return None


def _in_locative(venue_word: str, before: list[str], lang: LanguageData) -> bool:
    """Whether a venue word says where: by its case ending ("Mərkəzində"), or by the words before
    its name ("in the", "в")."""
    if lang.venue_cases and venue_word.endswith(lang.venue_cases):
        return True
    return any(
        " ".join(lang.fold(w) for w in before[-len(p.split()) :]) == p for p in lang.venue_prepositions
    )


def _venue_tail(following: str, lang: LanguageData) -> list[str]:
    """The words of a venue's name after its venue word: abbreviations ("ГМС") and the lower-case
    words a language puts after a head ("юстиции"), up to a stop."""
    tail: list[str] = []
    for word in following.split()[:_VENUE_NAME_WORDS]:
        bare = word.rstrip(".,;:!?)–-")
        abbreviation = len(bare) > 1 and bare.isupper()
        inner = (
            bool(lang.org_inner_endings)
            and bare.islower()
            and lang.fold(bare).endswith(lang.org_inner_endings)
        )
        if not (abbreviation or inner):
            break
        tail.append(bare)
        if bare != word:
            break
    return tail


def _news_place(ctx: ExtractionContext, folded: str) -> str | None:
    """The city or venue a news item's headline names ("Elm-Tədris Mərkəzində ... təqdimatlar
    keçirilib"), else the city its dateline names ("Bakı, 23 oktyabr, AZƏRTAC")."""
    if ctx.headline:
        headline = ctx.lang.fold(ctx.headline)
        end = len(headline)
        place = _place(headline, 0, end, ctx.lang, last=False) or _venue(
            ctx.headline, headline, 0, end, ctx.lang
        )
        if place:
            return place
    if ctx.dateline is None:
        return None
    line_start = ctx.text.rfind("\n", 0, ctx.dateline.start) + 1
    return _place(folded, line_start, ctx.dateline.start, ctx.lang, last=True)


def _unlisted_length(word: str, lang: LanguageData) -> bool:
    """Whether ``word`` begins like a word that says how long an event lasts but is no form of it
    ("weekly" beside "week", "həftəlik" beside "həftəsi")."""
    stem = max((s for s in lang.event_kinds if word.startswith(s)), key=len)
    return word not in lang.kind_days and any(form.startswith(stem) for form in lang.kind_days)


def _in_venue_name(text: str, folded: str, word: _Word, lang: LanguageData) -> bool:
    """Whether an event's word is part of a venue's name ("Təlim Mərkəzində", "Training Centre")."""
    following = _word_after(folded, word.end)
    return text[word.start].isupper() and any(following.startswith(v) for v in lang.venue_words)


def _is_name_word(word: str, lang: LanguageData, *, opens: bool) -> bool:
    """A capitalised word and no preposition ("В Академии": no name). A word that ``opens`` the
    words searched may be capitalised only as a sentence's first: an event's word there is none
    ("Tədbir Gənclər Mərkəzində": the name is "Gənclər"; "the Ministry's Training Centre": it is)."""
    letter = word.lstrip('“«"')[:1]
    folded = lang.fold(word)
    return (
        bool(_NAME_WORD.match(word))
        and letter.isupper()
        and folded not in lang.venue_prepositions
        and not (opens and _stem_pattern(frozenset(lang.event_kinds)).match(folded))
    )


def _participants(
    folded: str, start: int, end: int, date: DateMention | None, lang: LanguageData
) -> tuple[int, int] | None:
    """``(count, end)`` of the first head count in ``folded[start:end]``; the year of ``date`` (the
    only one there) is none ("12 мая 2017 года сотрудники полиции ...")."""
    for match in _participants_pattern(lang).finditer(folded, start, end):
        if date is None or not date.start <= match.start() < date.end:
            words = (
                None
                if match[1][0].isdigit()
                else read_word_number(folded, match.start(1), match.end(1), lang)
            )
            # Number words that are no one number ("one two") count no one.
            if words is None or words.end == match.end(1):
                return (words.value if words else _int(match[1])), match.end()
    for match in _part_of_participants_pattern(lang).finditer(folded, start, end):
        group = 1 if match[1] else 2
        # "Training for inspectors – 12 May 2017": a date after the dash, no count.
        if date is not None and date.start <= match.start(group) < date.end:
            continue
        if match[group].isdigit():
            return int(match[group]), match.end()
        words = read_word_number(folded, match.start(group), match.end(group), lang)
        if words is not None and words.end == match.end(group):
            return words.value, match.end()
    return _count_by_verb(folded, start, end, date, lang)


def _count_by_verb(
    folded: str, start: int, end: int, date: DateMention | None, lang: LanguageData
) -> tuple[int, int] | None:
    """``(count, end)`` of the first number in ``folded[start:end]`` that a verb of taking part
    counts ("21 representatives ... attended", "участвовали 42 депутата"), outside ``date``."""
    # A number in the locative says when or where, never how many: "16-da Bakıda".
    numbers = [
        (m.start(), m.end(), _int(m.group()))
        for m in _COUNT.finditer(folded, start, end)
        if not _in_locative_case(folded, m.end(), lang)
    ]
    numbers += [(w.start, w.end, w.value) for w in find_word_numbers(folded, lang, start, end)]
    for number_start, number_end, value in sorted(numbers):
        in_date = date is not None and date.start <= number_start < date.end
        if not in_date and counts_participants(folded, number_start, number_end, lang):
            return value, number_end
    return None


def participants_cell(ctx: ExtractionContext, position: int) -> str | None:
    """The cell of the table row holding ``position`` under a column its table names by a participant
    word ("Tədbir | Tarix | Yer | İştirakçıların sayı", then "Seminar | 12.05.2017 | Gəncə | 28")."""
    row = table_row(*ctx.in_document(position))
    if row is None or len(row[0]) != len(row[1]):
        return None
    for cell, name in zip(*row, strict=True):
        words = ctx.lang.fold(name).split()
        if any(w.startswith(p) for w in words for p in ctx.lang.participant_words):
            return cell
    return None


def _int(digits: str) -> int:
    """ "1 200" -> 1200."""
    return int(re.sub(r"[ \u00a0]", "", digits))


def _in_locative_case(folded: str, end: int, lang: LanguageData) -> bool:
    case = re.match(r"[-‐‑]\s?([^\W\d_]+)", folded[end : end + 6])
    return case is not None and case[1] in lang.date_case_markers


def _column_count(ctx: ExtractionContext, position: int) -> int | None:
    """The number in a table row's participants cell, in digits or words ("28", "forty-four")."""
    cell = participants_cell(ctx, position)
    if cell is None:
        return None
    if re.fullmatch(r"\s*\d{1,5}\s*", cell):
        return int(cell)
    folded = ctx.lang.fold(cell.strip())
    words = read_word_number(folded, 0, len(folded), ctx.lang)
    return words.value if words is not None and words.end == len(folded) else None


def _clause_start(text: str, start: int, floor: int) -> int:
    """Where the clause holding ``start`` begins: after the last comma outside quotes."""
    depth = 0
    for i in range(start - 1, floor - 1, -1):
        ch = text[i]
        if ch in "”»":
            depth += 1
        elif ch in "“«" and depth:
            depth -= 1
        elif ch == "," and not depth:
            start = i + 1
            while text[start].isspace():
                start += 1
            return start
    return floor


def _clause_end(text: str, start: int, ceiling: int) -> int:
    comma = text.find(",", start, ceiling)
    return comma if comma >= 0 else ceiling


def _title(text: str, start: int, end: int, date: DateMention, lang: LanguageData) -> str:
    before = text[start : date.start].strip(_SEPARATORS)
    # A range's opening word ("с 4 по 6 апреля") is part of the date, not of the title.
    opener = _word_before(lang.fold(before), len(before))
    if opener and opener in lang.range_openers and lang.fold(before).endswith(opener):
        before = before[: -len(opener)].strip(_SEPARATORS)
    # A lede's title starts after its dateline.
    after = text[max(date.end, start) : end].strip(_SEPARATORS)
    # The date's own marker ("tarixdə", "tarixlərdə") is part of the date, not of the title.
    marker = _word_after(lang.fold(after), 0)
    if marker and marker in lang.date_markers:
        after = after[len(marker) :].strip(_SEPARATORS)
    return re.sub(r"\s+", " ", f"{before} {after}".strip())


@cache
def _related_label(lang: LanguageData) -> re.Pattern[str]:
    labels = _alternation(lang.related_news_labels)
    return re.compile(rf"^[ \t\u00a0]*(?:{labels})[ \t\u00a0:]*$", re.MULTILINE)


def related_news(folded: str, lang: LanguageData) -> list[tuple[int, int]]:
    """Where a news page lists other items under a label ("Related news\n30.07.2021 World Day ...
    marked"): from the label to the next blank line. Their dates and numbers are theirs: no event's,
    no figure's."""
    spans = []
    for label in _related_label(lang).finditer(folded):
        blank = re.compile(r"\n[ \t\u00a0]*\n").search(folded, label.end() + 1)
        spans.append((label.start(), blank.start() if blank else len(folded)))
    return spans


def extract_events(ctx: ExtractionContext) -> list[Event]:
    """Every dated event in the section, in the order the text names them."""
    text, lang = ctx.text, ctx.lang
    folded = lang.fold(text)
    related = related_news(folded, lang)
    days = [d for d in ctx.dates if d.precision == "day" and not any(s <= d.start < e for s, e in related)]
    kinds = [
        k
        for k in _kind_words(folded, lang.event_kinds)
        if not _in_venue_name(text, folded, k, lang) and not _unlisted_length(folded[k.start : k.end], lang)
    ]
    runs = _kind_words(folded, lang.run_kinds)
    verbs = _kind_words(folded, lang.event_verbs)
    sentences = split_sentences(text, lang)
    lede = _lede(ctx, sentences, days, kinds)
    day_starts, kind_starts, run_starts, verb_starts = (
        [w.start for w in words] for words in (days, kinds, runs, verbs)
    )
    events = []
    for index, (sentence_start, sentence_end) in enumerate(sentences):
        dates = _between(days, day_starts, sentence_start, sentence_end)
        if ctx.dateline and (sentence_start, sentence_end) == lede:
            dates = [ctx.dateline]
        elif len(dates) > 1:
            # "Bakı, 12 mart 2019 – Bu gün ... seminar keçirilib": the event's own date, not its dateline.
            dates = [d for d in dates if not _is_dateline(d, ctx)]
        # A sentence naming no kind of event may tell one by its verb ("a hackathon took place").
        sentence_kinds = _between(kinds, kind_starts, sentence_start, sentence_end) or _between(
            verbs, verb_starts, sentence_start, sentence_end
        )
        sentence_runs = _between(runs, run_starts, sentence_start, sentence_end)
        found = []
        for i, date in enumerate(dates):
            fragment_start = dates[i - 1].end if i else sentence_start
            fragment_end = dates[i + 1].start if i + 1 < len(dates) else sentence_end
            if (
                _is_document_date(folded, date, lang)
                or is_document_date(folded, date, lang)
                or _is_named_day(folded, date, fragment_end, lang)
                or _is_deadline(folded, date, lang)
                or _announces(folded, fragment_start, fragment_end, lang)
            ):
                continue
            # A project dated by the days it runs is an event; one dated by a day is a draft's date.
            date_kinds = (
                sorted(sentence_kinds + sentence_runs, key=lambda k: k.start)
                if date.is_range
                else sentence_kinds
            )
            event = _event(ctx, date, date_kinds, (fragment_start, fragment_end, sentence_end), folded)
            if event:
                found.append(event)
        if not found and len(dates) == 1 and not sentence_kinds:
            found = _dated_by_line(ctx, folded, dates[0], sentences, index, days, kinds)
        if len(found) == 1 and found[0].participants is None:
            following = sentences[index + 1 : index + 1 + SENTENCES_AFTER]
            found[0].participants = _count_told_after(ctx, folded, following, days)
        events.extend(found)
    return events


# The most words besides a date on a line that only dates what follows: a label ("Tarix:", "Date:").
_DATE_LINE_WORDS = 1
# The most lines of one record after the line naming its event ("Место: Гянджа", "Участники: 25").
_RECORD_LINES = 4
# A record's line: a label, a colon, its value.
_LABELLED = re.compile(r"\s*[^\W\d_]+(?:[ \t][^\W\d_]+)?[ \t]*:")


def _dated_by_line(
    ctx: ExtractionContext,
    folded: str,
    date: DateMention,
    sentences: list[tuple[int, int]],
    index: int,
    days: list[DateMention],
    kinds: list[_Word],
) -> list[Event]:
    """The event a line holding only its date dates, named in the next line with none of its own, read
    with the labelled lines of its record: "12 mart 2019-cu il:\nGəncədə seminar keçirilib",
    "Дата: 12.03.2019\nМероприятие: семинар для судей\nМесто: Гянджа\nУчастники: 25"."""
    record_end = dated_record_end(ctx.text, date, sentences, index, days, ctx.lang)
    if record_end is None or _is_dateline(date, ctx):
        return []
    next_start, next_end = sentences[index + 1]
    line_kinds = [k for k in kinds if next_start <= k.start < next_end]
    start = sentences[index][0]
    if not line_kinds and index > 0:
        # A record naming its event on the line before its date: "Event: Seminar for judges\nDate:
        # 12.05.2017\nPlace: Baku\nParticipants: 25"; that line dates nothing of its own.
        start, title_end = sentences[index - 1]
        titled = _LABELLED.match(ctx.text, start) and not any(start <= d.start < title_end for d in days)
        line_kinds = [k for k in kinds if start <= k.start < title_end] if titled else []
        record_end = _labelled_lines_end(ctx.text, sentences, index, days)
    event = _event(ctx, date, line_kinds, (start, record_end, record_end), folded) if line_kinds else None
    return [event] if event else []


def _labelled_lines_end(
    text: str, sentences: list[tuple[int, int]], index: int, days: list[DateMention]
) -> int:
    """Where the labelled lines right after sentence ``index`` end ("Место: Гянджа", "Участники: 25")."""
    record_end = sentences[index][1]
    for line_start, line_end in sentences[index + 1 : index + 1 + _RECORD_LINES]:
        if not _LABELLED.match(text, line_start) or any(line_start <= d.start < line_end for d in days):
            break
        record_end = line_end
    return record_end


def dated_record_end(
    text: str,
    date: DateMention,
    sentences: list[tuple[int, int]],
    index: int,
    days: list[DateMention],
    lang: LanguageData,
) -> int | None:
    """Where the record a line holding only ``date`` (sentence ``index``) dates ends: the next line,
    dating nothing itself, and the labelled lines after it ("Место: Гянджа", "Участники: 25"); ``None``
    when the line says more than its date or the next dates something of its own."""
    start, end = sentences[index]
    others = _WORDS.findall(lang.fold(text[start : date.start] + " " + text[date.end : end]))
    # A place before the date makes it a letter's or a news item's dateline ("Bakı, 15 yanvar 2018").
    if (
        len(others) > _DATE_LINE_WORDS
        or any(_known_place(w, lang) for w in others)
        or index + 1 >= len(sentences)
    ):
        return None
    next_start, next_end = sentences[index + 1]
    if any(next_start <= d.start < next_end for d in days):
        return None
    return _labelled_lines_end(text, sentences, index + 1, days)


def _between(items: list[_Item], starts: list[int], start: int, end: int) -> list[_Item]:
    """The items (in text order, ``starts`` theirs) that begin in ``start:end``."""
    return items[bisect_left(starts, start) : bisect_left(starts, end)]


def _count_told_after(
    ctx: ExtractionContext, folded: str, following: list[tuple[int, int]], days: list[DateMention]
) -> int | None:
    """The head count of a sentence after an event's, up to one that dates a day, when it tells who
    took part ("... seminar keçirilib. Tədbirdə 45 nəfər iştirak edib.")."""
    for start, end in following:
        if any(start <= d.start < end for d in days):
            return None
        if tells_participation(folded, start, end, ctx.lang):
            count = _participants(folded, start, end, None, ctx.lang)
            return count[0] if count else None
    return None


def _is_dateline(date: DateMention, ctx: ExtractionContext) -> bool:
    return ctx.dateline is not None and (date.start, date.end) == (ctx.dateline.start, ctx.dateline.end)


def _lede(
    ctx: ExtractionContext, sentences: list[tuple[int, int]], days: list[DateMention], kinds: list[_Word]
) -> tuple[int, int] | None:
    """The sentence a wire-style dateline opens ("Баку. 22 января. В ... прошло совещание"): the
    first one after the dateline on its line, if it names an event and no day of its own, and the
    dateline's own sentence names no event."""
    dateline = ctx.dateline
    if dateline is None:
        return None
    following = [s for s in sentences if s[0] >= dateline.end]
    if not following or "\n" in ctx.text[dateline.end : following[0][0]]:
        return None

    def names_event(start: int, end: int) -> bool:
        return any(start <= k.start < end for k in kinds)

    start, end = following[0]
    own = [s for s in sentences if s[0] <= dateline.start < s[1]]
    if any(start <= d.start < end for d in days) or not names_event(start, end):
        return None
    return None if own and names_event(*own[0]) else (start, end)


def _last_day(date: DateMention, kind_word: str, lang: LanguageData) -> dt.date:
    """The event's last day: its date's, or for a word that says how long it lasts ("week"), that many
    days from a single day."""
    days = lang.kind_days.get(kind_word)
    if days is None or date.start_date != date.end_date:
        return date.end_date
    return date.start_date + dt.timedelta(days=days - 1)


def _event(
    ctx: ExtractionContext,
    date: DateMention,
    kinds: list[_Word],
    bounds: tuple[int, int, int],
    folded: str,
) -> Event | None:
    """The event ``date`` dates, from the words of its fragment of its sentence; ``bounds`` are the
    fragment's start and end and the sentence's end."""
    text, lang = ctx.text, ctx.lang
    fragment_start, fragment_end, sentence_end = bounds
    after = [k for k in kinds if date.end <= k.start < fragment_end]
    before = [k for k in kinds if fragment_start <= k.end <= date.start]
    if after:
        # "... 25 aprel 2016-cı il tarixdə Bakıda keçirilmiş seminar": the title runs up to the kind word.
        kind = after[0]
        start, end = _clause_start(text, date.start, fragment_start), kind.end
    elif before:
        # "· ... seminar – 24 fevral 2016-cı il, Bakı – 4 nəfər;": the title runs up to the date.
        kind = before[-1]
        start, end = fragment_start, date.end
    elif kinds:
        # One kind word for several dates: "24.02.2024-cü ildə ..., 25.05.2024-cü ildə ... səfər etmişlər".
        kind = min(kinds, key=lambda k: abs(k.start - date.start))
        start, end = fragment_start, fragment_end
    else:
        return None
    head_count = _participants(folded, start, fragment_end, date, lang)
    if head_count is None and kind.start >= fragment_end:
        # "7-8 мая в Худжанде и 14 мая в Кулябе прошли семинары ... по 40 человек": a count after the
        # kind word that the dates share is each one's.
        head_count = _participants(folded, kind.end, sentence_end, None, lang)
    # A list item that opens with its date ("- 13 January 2016 – meeting ..., Baku (6
    # participants)") is titled up to its last comma and names its place anywhere in it.
    opens_item = not text[fragment_start : date.start].strip(_SEPARATORS)
    if after and opens_item:
        last_comma = text.rfind(",", kind.end, fragment_end)
        end = last_comma if last_comma >= 0 else fragment_end
    # The place follows the date ("tarixdə Bakıda keçirilmiş", "– 24 fevral 2016-cı il, Bakı"),
    # else it comes before it ("проводит в Баку с 4 по 6 апреля семинар"); in running text it
    # stays in the event's clause.
    place_end = _clause_end(text, kind.end, fragment_end) if after and not opens_item else fragment_end
    # A lede's place may be its dateline's ("Баку. 22 января. В ... прошло совещание").
    look_back = start if start <= date.start else text.rfind("\n", 0, date.start) + 1
    # A known city first; else a venue ("in the Heydar Aliyev Center").
    place = (
        _place(folded, date.end, place_end, lang, last=False)
        or _place(folded, look_back, date.start, lang, last=True)
        or _town(text, folded, date.end, place_end, lang)
        or _town(text, folded, look_back, date.start, lang)
        or _venue(text, folded, date.end, place_end, lang)
        or _venue(text, folded, look_back, date.start, lang)
        or _news_place(ctx, folded)
    )
    span_end = max(end, head_count[1] if head_count else end)
    return Event(
        title=_title(text, start, end, date, lang),
        kind=kind.value,
        date_start=date.start_date,
        date_end=_last_day(date, folded[kind.start : kind.end], lang),
        place=place,
        participants=head_count[0] if head_count else _column_count(ctx, date.start),
        section=ctx.code,
        section_index=ctx.section_index,
        source_start=min(start, date.start),
        source_end=span_end,
    )
