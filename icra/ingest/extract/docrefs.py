"""Find references to documents: letters, decisions, laws, orders, decrees, resolutions.

A reference is a kind word (``məktub``, ``qərar``, ``Qanun``, ``приказ``,
``Decree``; icra/lang/<code>/docrefs.py) together with what identifies the
document: its number, written with a marker (``02/2896 saylı``, ``81
nömrəli``, ``№ 208``, ``No.504``), and its date (a day from ``ctx.dates``).
Languages put these on either side of the kind word (``1 dekabr 2016-cı il
tarixli 02/2896 saylı məktub`` / ``Decree ... No.504 dated September 20,
2018``), so a kind word takes the numbers and dates between it and the kind
word before it, or, where there are none, those that follow it up to the next.

Signed acts end with a signature block (``Bakı şəhəri, 6 may 2004-cü il / №
208``): a number with a marker right after a date is a reference too. One
document cited several times (card, signature, approval stamp) is one reference.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import sys
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from icra.ingest.extract.dates import DateMention
from icra.ingest.extract.orgs import find_organisations
from icra.ingest.sentences import split_sentences
from icra.lang import LanguageData
from icra.model import DocumentKind, DocumentRef

if TYPE_CHECKING:
    from icra.ingest.extract import ExtractionContext

_WORD = re.compile(r"[^\W\d_]+")
# A document's number: "02/2896", "1410-IVQ", and with a letter series before it: "F-58", "ПП-4410",
# "DMA/01-3391".
_DOC_NUMBER = r"(?:[^\W\d_]{1,4}[-‐/])?[^\W_]*\d[\w./\-‐]*"
# A kind word's case and possessive endings are short ("Qanununun", "приказом"); a longer tail
# makes another word ("qanunvericilik", "законодательство").
_KIND_SUFFIX_LEN = 6
# How far from a kind word its number and date may stand: the title of an act can stand between.
_BEFORE_REACH = 160
_AFTER_REACH = 260
# A signature block's number follows its date within a line or two.
_SIGNATURE_REACH = 60
# How far from a date its marker stands ("tarixli" after it, "от", "dated" before it).
_MARKER_REACH = 12
# How many words may stand between an unmarked date and the kind word it dates.
_UNMARKED_GAP_WORDS = 3
_QUOTED = re.compile(r"[“«\"„]([^“”«»\"„]{3,300})[”»\"“]")


@dataclass(frozen=True)
class _Anchor:
    start: int
    end: int
    number: str | None = None
    date: DateMention | None = None
    # Marked by a word before it ("№ 208", "от 15.03.2019", "of 29 August 2017"): it follows its kind word.
    trails: bool = False


@dataclass(frozen=True)
class _KindWord:
    start: int
    end: int
    kind: DocumentKind


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or r"(?!x)x"


@cache
def _number_patterns(lang: LanguageData) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A number before its marker ("02/2896 saylı") and after it ("№ 208", "No.504")."""
    after = re.compile(rf"(?<![\w/])({_DOC_NUMBER}?)[,]?\s+(?:{_alternation(lang.doc_number_after)})\b")
    before = re.compile(rf"(?:(?<!\w)(?:{_alternation(lang.doc_number_before)}))\s*({_DOC_NUMBER})")
    return after, before


def _number_anchors(text: str, lang: LanguageData) -> list[_Anchor]:
    folded = lang.fold(text)
    anchors = []
    after, before = _number_patterns(lang)
    for pattern in (after, before):
        for match in pattern.finditer(folded):
            number = text[match.start(1) : match.end(1)].rstrip(".,-")
            anchors.append(_Anchor(match.start(), match.end(), number=number, trails=pattern is before))
    return anchors


@cache
def _kind_pattern(lang: LanguageData) -> re.Pattern[str]:
    """A word that begins with a kind word's stem (the longest first) and goes on a few letters."""
    return re.compile(
        rf"(?<![^\W\d_])({_alternation(tuple(lang.doc_kinds))})[^\W\d_]{{0,{_KIND_SUFFIX_LEN}}}(?![^\W\d_])"
    )


def _kind_words(text: str, lang: LanguageData, sentences: list[tuple[int, int]]) -> list[_KindWord]:
    found: list[_KindWord] = []
    for match in _kind_pattern(lang).finditer(lang.fold(text)):
        if match.group().startswith(lang.doc_kind_exceptions):
            continue
        sentence_start, _ = _sentence_bounds(sentences, match.start())
        cites_on = found and found[-1].end >= sentence_start and match.start() - found[-1].end <= _AFTER_REACH
        if match[1] in lang.doc_marker_kinds and cites_on:
            continue  # "письмом ... от 02.03.2019 исх. № 12/345": the letter's own number
        found.append(_KindWord(match.start(), match.end(), DocumentKind(lang.doc_kinds[match[1]])))
    return found


def _sentence_bounds(sentences: list[tuple[int, int]], position: int) -> tuple[int, int]:
    index = bisect_right(sentences, (position, sys.maxsize)) - 1
    if index >= 0 and sentences[index][0] <= position < sentences[index][1]:
        return sentences[index]
    return position, position


def _inside(anchors: list[_Anchor], starts: list[int], start: int, end: int, used: set[int]) -> list[_Anchor]:
    """The unused anchors within ``start:end``; ``starts`` (theirs, in order) bisect to them, so a long
    text's kind words each look at their own stretch only."""
    window = anchors[bisect_left(starts, start) : bisect_left(starts, end)]
    return [a for a in window if a.end <= end and id(a) not in used]


def _first_pair(anchors: list[_Anchor]) -> list[list[_Anchor]]:
    """The first number and the first date after a kind word: "Указом ... от 6 мая 2004 года № 208"."""
    number = next((a for a in anchors if a.number), None)
    date = next((a for a in anchors if a.date), None)
    chosen = [a for a in (date, number) if a is not None]
    return [chosen] if chosen else []


def _pairs_before(anchors: list[_Anchor]) -> list[list[_Anchor]]:
    """Each number before a kind word with the date just before it ("10.02.2017-ci il tarixli 5/2
    saylı və 15.03.2017-ci il tarixli 5/7 saylı məktubları": two letters), or the last date alone."""
    numbers = [a for a in anchors if a.number]
    if not numbers:
        dates = [a for a in anchors if a.date]
        return [[dates[-1]]] if dates else []
    groups = []
    floor = 0
    for number in numbers:
        date = next((a for a in reversed(anchors) if a.date and floor <= a.start < number.start), None)
        groups.append([date, number] if date else [number])
        floor = number.end
    return groups


def _identity(chosen: list[_Anchor]) -> tuple[str | None, DateMention | None]:
    number = next((a.number for a in chosen if a.number), None)
    date = next((a.date for a in chosen if a.date), None)
    return number, date


def _issuer(text: str, sentences: list[tuple[int, int]], end: int, lang: LanguageData) -> str | None:
    """The organisation named last before the reference, within its sentence."""
    start, _ = _sentence_bounds(sentences, end - 1)
    orgs = find_organisations(text[start:end], lang)
    named = [(m.source_end or 0, o.name) for o in orgs for m in o.mentions]
    return max(named)[1] if named else None


def _title(text: str, sentences: list[tuple[int, int]], start: int, end: int) -> str | None:
    """The quoted title just before the kind word, or the first one after it."""
    sentence_start, sentence_end = _sentence_bounds(sentences, start)
    quotes = list(_QUOTED.finditer(text, sentence_start, sentence_end))
    before = [q for q in quotes if q.end() <= start and start - q.end() <= _BEFORE_REACH]
    after = [q for q in quotes if q.start() >= end and q.start() - end <= _AFTER_REACH]
    chosen = before[-1] if before else (after[0] if after else None)
    return chosen.group(1).strip() if chosen else None


def is_document_date(folded: str, date: DateMention, lang: LanguageData) -> bool:
    """A date marked as a document's: "7 fevral 2017-ci il tarixli", "от 20 мая", "dated 3 May", "a
    protocol signed with the Council on 8 March"."""
    after = _WORD.search(folded, date.end, date.end + _MARKER_REACH)
    return (
        bool(after and after.group() in lang.document_date_after)
        or _marked_before(folded, date, lang)
        or _signed_on(folded, date, lang)
    )


# How far back in its clause a date's signing word and kind word may stand.
_SIGNING_REACH = 120
_CLAUSE_BREAK = re.compile(r"[,;.!?\n]")


def _signed_on(folded: str, date: DateMention, lang: LanguageData) -> bool:
    """A date after a kind word and a word of signing in its clause: "a protocol signed with YÖK on 8
    March"; the kind word may close the clause before one that opens with the signing word
    ("Меморандум, подписанный с МОМ 4 мая")."""
    if not lang.signing_words:
        return False
    window = folded[max(0, date.start - _SIGNING_REACH) : date.start]
    clauses = _CLAUSE_BREAK.split(window)
    words = _WORD.findall(clauses[-1])
    signing = next((i for i, w in enumerate(words) if w.startswith(lang.signing_words)), None)
    if signing is None:
        return False
    before = words[:signing] or (_WORD.findall(clauses[-2])[-1:] if len(clauses) > 1 else [])
    return any(_kind_pattern(lang).fullmatch(w) for w in before)


def _marked_before(folded: str, date: DateMention, lang: LanguageData) -> bool:
    """A date marked as a document's by the word before it: "от 20 мая", "dated 3 May"."""
    before = _WORD.findall(folded, max(0, date.start - _MARKER_REACH), date.start)
    return bool(before and before[-1] in lang.document_date_before)


def _dates_document(folded: str, date: DateMention, kind_word: _KindWord, lang: LanguageData) -> bool:
    """Whether a date before a kind word is the document's: marked as a document's ("tarixli"), or
    with little but a quoted title between them and no event named there ("18 dekabr 1990-cı ildə
    qəbul etdiyi “...” Konvensiya"; not "20 may tarixində keçirilmiş seminarda Qanunun ...")."""
    if is_document_date(folded, date, lang):
        return True
    between = _QUOTED.sub(" ", folded[date.end : kind_word.start])
    words = _WORD.findall(between)
    events = tuple(lang.event_kinds)
    return len(words) <= _UNMARKED_GAP_WORDS and not any(events and w.startswith(events) for w in words)


def _anchors(ctx: ExtractionContext, kinds: list[_KindWord]) -> list[_Anchor]:
    days = [d for d in ctx.dates if d.precision == "day"]
    numbers = _number_anchors(ctx.text, ctx.lang)
    folded = ctx.lang.fold(ctx.text)
    dated = [_Anchor(d.start, d.end, date=d, trails=_marked_before(folded, d, ctx.lang)) for d in days]
    marked = numbers + dated
    return sorted(marked + _bare_numbers(ctx, kinds, marked), key=lambda a: a.start)


# A number right after its kind word, with no marker: "resolution 64/293", "Решение 12-3"; a year or a
# date's day is none ("the Law 2005", "Order 5 May").
_BARE_NUMBER = re.compile(rf"[ \t\u00a0]+({_DOC_NUMBER})(?![\w/])")


def _bare_numbers(ctx: ExtractionContext, kinds: list[_KindWord], marked: list[_Anchor]) -> list[_Anchor]:
    found = []
    for kind_word in kinds:
        match = _BARE_NUMBER.match(ctx.text, kind_word.end)
        if match is None or re.fullmatch(r"(?:19|20)\d\d", match[1]):
            continue
        start, end = match.span(1)
        if not any(a.start < end and start < a.end for a in marked):
            found.append(_Anchor(start, end, number=match[1].rstrip(".,-"), trails=True))
    return found


def extract_document_refs(ctx: ExtractionContext) -> list[DocumentRef]:
    """The documents ``ctx``'s section cites by number or date, each once."""
    text, lang = ctx.text, ctx.lang
    sentences = split_sentences(text, lang)
    kinds = _kind_words(text, lang, sentences)
    anchors = _anchors(ctx, kinds)
    folded = lang.fold(text)
    used: set[int] = set()
    anchor_starts = [a.start for a in anchors]
    chosen_by: dict[int, list[list[_Anchor]]] = {}
    # First every kind word takes what stands before it, then those left with nothing look after:
    # "... qanun layihəsi ... 1 dekabr 2016-cı il tarixli 02/2896 saylı məktubla" is the letter's.
    for look_after in (False, True):
        for index, kind_word in enumerate(kinds):
            if index in chosen_by:
                continue
            sentence_start, sentence_end = _sentence_bounds(sentences, kind_word.start)
            if look_after:
                # After the kind word only a date marked as a document's counts ("Law of 28 June
                # 2005", "приказом ... от 19 мая"): "law enforcement training on 5 May" dates a training.
                following = kinds[index + 1].start if index + 1 < len(kinds) else len(text)
                end = min(following, sentence_end, kind_word.end + _AFTER_REACH)
                near = _inside(anchors, anchor_starts, kind_word.end, end, used)
                marked = [a for a in near if a.date is None or is_document_date(folded, a.date, lang)]
                chosen = _first_pair(marked)
            else:
                previous_end = kinds[index - 1].end if index else 0
                start = max(previous_end, sentence_start, kind_word.start - _BEFORE_REACH)
                near = _inside(anchors, anchor_starts, start, kind_word.start, used)
                # What follows the kind word before it is that one's: "Законом от ... № 114-IV и приказом
                # от ... № 208", "Order No. 1062 of the Ministry of 29 August 2017 ... a decision".
                previous_reach = (
                    previous_end + _AFTER_REACH if index and previous_end >= sentence_start else 0
                )
                dating = [
                    a
                    for a in near
                    if (a.date is None or _dates_document(folded, a.date, kind_word, lang))
                    and not (a.trails and a.start < previous_reach)
                ]
                chosen = _pairs_before(dating)
            if chosen:
                used.update(id(a) for group in chosen for a in group)
                chosen_by[index] = chosen
    found: list[tuple[_KindWord | None, list[_Anchor]]] = [
        (kinds[i], group) for i, groups in chosen_by.items() for group in groups
    ]
    found.extend(_signature_blocks(text, anchors, used, kinds, lang))
    return _unique(ctx, sentences, found)


def _signature_blocks(
    text: str, anchors: list[_Anchor], used: set[int], kinds: list[_KindWord], lang: LanguageData
) -> list[tuple[_KindWord | None, list[_Anchor]]]:
    """A number and a date, outside any kind word's reach, on lines one after the other: a signature
    ("6 may 2004-cü il\n№ 208"), a letterhead ("Çıxış № 18/4-0327\n“15” yanvar 2018"); or side by side,
    nothing but a date's marker between: "19.01.2021 № 2-011234-21/207", "На № 6-1-1/12-84 от 04.01.2021"."""
    blocks: list[tuple[_KindWord | None, list[_Anchor]]] = []
    free = [a for a in anchors if id(a) not in used]
    for first, second in itertools.pairwise(free):
        gap = text[first.end : second.start]
        date, number = (first, second) if first.date else (second, first)
        on_lines = len(gap) <= _SIGNATURE_REACH and "\n" in gap
        side_by_side = (
            set(_WORD.findall(lang.fold(gap))) <= set(lang.document_date_before) and len(gap) <= _MARKER_REACH
        )
        if date.date and number.number and (on_lines or side_by_side):
            kind_word = max((k for k in kinds if k.end <= date.start), key=lambda k: k.start, default=None)
            blocks.append((kind_word, [date, number]))
    return blocks


def _unique(
    ctx: ExtractionContext,
    sentences: list[tuple[int, int]],
    found: list[tuple[_KindWord | None, list[_Anchor]]],
) -> list[DocumentRef]:
    refs: dict[tuple[str | None, dt.date | None], DocumentRef] = {}
    for kind_word, chosen in sorted(found, key=lambda f: min(a.start for a in f[1])):
        number, date = _identity(chosen)
        key = (
            re.sub(r"[\s\-‐]", "", number.casefold()) if number else None,
            date.start_date if date else None,
        )
        if key in refs:
            continue
        start = min([a.start for a in chosen] + ([kind_word.start] if kind_word else []))
        end = max([a.end for a in chosen] + ([kind_word.end] if kind_word else []))
        refs[key] = DocumentRef(
            kind=kind_word.kind if kind_word else DocumentKind.other,
            number=number,
            date=date.start_date if date else None,
            issuer=_issuer(ctx.text, sentences, start, ctx.lang),
            title=_title(ctx.text, sentences, kind_word.start, kind_word.end) if kind_word else None,
            section=ctx.code,
            section_index=ctx.section_index,
            source_start=start,
            source_end=end,
        )
    # A document cited by date alone here and by number and date there is one document.
    dated_numbers = {number for number, date in refs if number and date}
    numbered_dates = {date for number, date in refs if number and date}
    return [
        ref
        for (number, date), ref in refs.items()
        if not (number is None and date in numbered_dates) and not (date is None and number in dated_numbers)
    ]
