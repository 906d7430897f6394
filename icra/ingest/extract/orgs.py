"""Find the organisations a report names, each once, with every mention.

Three ways in, all driven by the language data (``icra/lang/<code>/orgs.py``):

- structure: a run of capitalised words (and the connectors and inner words a
  language allows) around a head noun ("... Nazirliyi", "Ministry of ...",
  "... служба по ..."); the head is put back in its dictionary form, so
  "Dövlət Miqrasiya Xidmətinin" is "Dövlət Miqrasiya Xidməti";
- known abbreviations ("BMqT-nin", "IOM", "МВД"), named by their full name;
- definitions in brackets: "International Bureau ... (INL)", "İCMPD (Международный центр ...)".

A gazetteer of real bodies (``org_known_names``) tells a sentence's first word
from a name's ("Hesabat | Daxili İşlər Nazirliyinin sorğusuna").

Mentions of one body are merged by their name with the state prefix set aside
("Azərbaycan Respublikası Nazirlər Kabineti" is "Nazirlər Kabineti"), by
near-equal spelling (rapidfuzz), which absorbs typos such as "Səfriliyi", and
by short forms ("Dövlət Komitəsi" after "Ailə, Qadın və Uşaq Problemləri üzrə
Dövlət Komitəsi"). A unit named only in the report's signature wrote the
report and is not listed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from functools import cache, lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz

from icra.lang import LanguageData
from icra.model import Organisation, SourceSpan

# Initials with their dots are one word ("U.S."), so that their dots end no sentence inside a name.
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_]+(?:[-‐'’][^\W\d_]+)*|[“”«»\"„]")
_OPEN_QUOTES = "“«„"
_CLOSE_QUOTES = '”»"'
_ABBREVIATION_PART = re.compile(r"[^\W\d_]+")
_QUOTED_ABBREVIATED = re.compile(r"[“«„\"]([^“”«»„\"]{3,200})[”»\"“]\s*\(([^\W\d_]+)\)")
# A number standing alone between two words of a name: "Nazirliyin 142 Çağrı Mərkəzi".
_NUMBER_IN_NAME = re.compile(r"[ \u00a0]+\d+[ \u00a0]+")
# A quoted name of a few words: "Open Gate – La Strada".
_QUOTED_NAME = re.compile(r"[“«„\"]([^“”«»„\"\n]{2,60})[”»\"“]")
_QUOTES = re.compile(r"[“”«»\"„'’]")
_LINE = re.compile(r"[^\n]+")
# A line in capitals of at least this many words of three letters or more is a title, not an abbreviation.
_CAPITAL_LINE_WORD = re.compile(r"[^\W\d_]{3,}")
_CAPITAL_LINE_WORDS = 2
# An owner's abbreviation in brackets inside a name: "... организации по миграции (МОМ) в Молдове".
_BRACKETED = re.compile(r"\s*\(([^\W\d_]+)\)")
# What ends a sentence between two words: a full stop, a colon, a bullet, a blank line.
_SENTENCE_END = re.compile(r"[.!?:;·•]|\n\s*\n")
# Spaces join the words of a name, and one line break (a hard-wrapped line); a tab separates a table's cells,
# and so do three spaces or more inside a line, a column's gap: "Начальник управления      А. Саргсян".
_SPACES = re.compile(r"[ \u00a0]{0,2}|[ \u00a0]*\n[ \u00a0]*")
# How many lower-case words may stand between a body's name in the genitive and the unit it
# owns: "ABŞ Dövlət Departamentinin İnsan alverinə qarşı Mübarizə Ofisi".
_OWNED_UNIT_GAP = 5
# Two spellings of one body differ by a letter or two; two bodies differ by a word.
_SAME_BODY_RATIO = 90
_TYPO_LEN = 3
# An abbreviation right after a head belongs to the name ("Посольства США"); a longer word in
# capitals there is a heading going on.
_TRAILING_ABBREVIATION_LEN = 4
# How near after "for", "of" another head must stand to begin another name: "for the Group".
_NEXT_HEAD_REACH = 2
# How near after "under", "of" the owner's head must stand: "of the U.S. Department".
_OWNER_REACH = 3
# How far before a name an abbreviation in brackets may open: "İCMPD (Международный ...".
_BRACKET_REACH = 20
# An abbreviation (of one word, or two: "УНП ООН") in brackets a few words after a name, in its clause.
_ABBREVIATION_AHEAD = re.compile(r"[^().;:\n]{1,80}\(([^\W\d_]+(?: [^\W\d_]+)?)\)")
# ... and right after it: "(UNODC)", "(УНП ООН)"; of one word only, to spell a name's initials.
_ABBREVIATION_RIGHT_AFTER = re.compile(r"\s*\(([^\W\d_]+(?: [^\W\d_]+)?)\)")
_ONE_WORD_RIGHT_AFTER = re.compile(r"\s*\(([^\W\d_]+)\)")
# A lower-case word this short that is no connector is a preposition: it ends a body's field ("на", "от").
_PREPOSITION_LEN = 3
# A state is named by at most this many words: "Республики Казахстан", "Кыргызской Республики".
_STATE_WORDS = 2
# The report's signature: the short lines (of at most so many words) among its last lines.
_SIGNATURE_LINES = 3
_SIGNATURE_WORDS = 12
# A quoted name after a head has at most this many words: «La Strada».
_QUOTED_NAME_WORDS = 4
# A known name's word of this many letters or more may take a case ending of up to so many letters
# ("Олий Мажлиса", "Türk Hava Yollarının"); a shorter word is matched as written.
_INFLECTED_WORD_LEN = 4
_CASE_ENDING_LEN = 4
# A word with one capital names a body known by it from this many letters: "Europol".
_NAME_AS_ALIAS_LEN = 6
# An abbreviation has at most this many letters ("İCMPD", "UNICEF", "MoIDPLHSA").
_ABBREVIATION_LEN = 10
# What a word is (its role, head, place) depends on the word and the language only: it is worked out
# once per distinct word, which a report repeats many times (most of the time organisations took).
_WORD_CACHE = 1 << 16


class _Role(Enum):
    """What a word may be in a name."""

    capital = "capital"
    abbreviation = "abbreviation"
    quote = "quote"
    connector = "connector"
    inner = "inner"
    other = "other"


class _Token(NamedTuple):
    start: int
    end: int
    text: str
    folded: str
    role: _Role
    # The head noun's dictionary form (folded) when the token is one: "xidmətinin" -> "xidməti".
    head: str | None
    # Only spaces stand between this token and the one before it.
    joined: bool
    first_in_sentence: bool
    # A document's kind word ("Konvensiya", "Qanunu"): no part of a body's name.
    document_word: bool
    # A known place as written in the nominative ("Bakı").
    place: bool
    # A place with a case ending ("Bakıda", "Haaqada"): where a body met, no word of its name.
    place_in_case: bool
    # Only a comma and spaces stand between this token and the one before it.
    after_comma: bool
    # A line break stands between this token and the one before it.
    after_line_break: bool
    # A word alone in brackets: "(МОМ)", "(Statutory)".
    bracketed: bool
    # A word of a line written all in capitals (a letterhead's or a heading's).
    in_capital_line: bool


@dataclass
class _Candidate:
    name: str
    start: int
    end: int
    abbreviation: str | None = None
    # The name is the language data's (an abbreviation's full name), not the text's.
    given: bool = False


@dataclass
class _Body:
    key: str
    names: list[str] = field(default_factory=list)
    abbreviation: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    # The names the text writes (not an abbreviation's full name from the language data).
    written: list[str] = field(default_factory=list)


@lru_cache(maxsize=_WORD_CACHE)
def _abbreviation(text: str) -> str | None:
    """The abbreviation a token is, without its case ending: "BMqT-nin" -> "BMqT"."""
    base = _ABBREVIATION_PART.match(text)
    if base is None:
        return None
    word = base.group()
    capitals = sum(ch.isupper() for ch in word)
    if 2 <= len(word) <= _ABBREVIATION_LEN and capitals >= 2 and capitals >= len(word) - 1:
        return word
    return None


@lru_cache(maxsize=_WORD_CACHE)
def _head_of(folded: str, lang: LanguageData) -> str | None:
    """The head's dictionary form; an empty one marks a word that only begins like a head ("commissioner")."""
    matches = [stem for stem in lang.org_heads if folded.startswith(stem)]
    return (lang.org_heads[max(matches, key=len)] or None) if matches else None


@lru_cache(maxsize=_WORD_CACHE)
def _is_document_word(folded: str, lang: LanguageData) -> bool:
    return any(folded.startswith(stem) for stem in lang.doc_kinds) and not folded.startswith(
        lang.doc_kind_exceptions
    )


@lru_cache(maxsize=_WORD_CACHE)
def _role(text: str, folded: str, lang: LanguageData) -> _Role:
    if text in _OPEN_QUOTES or text in _CLOSE_QUOTES:
        return _Role.quote
    if _abbreviation(text):
        return _Role.abbreviation
    # Before capitals: "The State Labour Inspectorate" opens with a connector.
    if folded in lang.org_connectors or folded in lang.org_continuers:
        return _Role.connector
    if text[0].isupper():
        return _Role.capital
    if folded.endswith(lang.org_inner_endings + lang.org_modifier_endings):
        return _Role.inner
    return _Role.other


@lru_cache(maxsize=_WORD_CACHE)
def _is_place_in_case(folded: str, lang: LanguageData) -> bool:
    return any(
        folded[:length] in lang.places and folded[length:] in lang.place_suffixes
        for length in _place_lengths(lang)
        if len(folded) > length
    )


@cache
def _place_lengths(lang: LanguageData) -> frozenset[int]:
    return frozenset(len(place) for place in lang.places)


def _all_capitals(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _capital_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines written all in capitals, a title's ("INTER-AGENCY COORDINATION COUNCIL FOR
    COMBATING TRAFFICKING IN PERSONS"): their words are read as a title-case line's."""
    spans = []
    for line in _LINE.finditer(text):
        words = _CAPITAL_LINE_WORD.findall(line.group())
        if len(words) >= _CAPITAL_LINE_WORDS and line.group().upper() == line.group():
            spans.append(line.span())
    return spans


def _tokens(text: str, lang: LanguageData) -> list[_Token]:
    folded_text = lang.fold(text)
    tokens: list[_Token] = []
    previous_end = 0
    capital_lines = iter(_capital_lines(text))
    capital_line = next(capital_lines, None)
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        while capital_line is not None and capital_line[1] < start:
            capital_line = next(capital_lines, None)
        word = written = match.group()
        in_capital_line = capital_line is not None and capital_line[0] <= start
        if in_capital_line and lang.fold(written) not in lang.org_aliases:
            written = written[0] + folded_text[start + 1 : end]
        gap = text[previous_end:start]
        folded = folded_text[start:end]
        role, head, document_word, place, place_in_case = _word_facts(written, folded, lang)
        # Hard-wrapped lines join a name across one line break ("Azərbaycan Miqrasiya\nXidməti"); a number in
        # quotes is a word of a name ("“919” Çağrı Mərkəzi").
        quoted_number = bool(tokens) and tokens[-1].text in _OPEN_QUOTES and gap.isdigit()
        initial = _after_an_initial(tokens, gap, lang)
        joined = bool(tokens) and (
            gap == " "
            or _SPACES.fullmatch(gap) is not None
            or quoted_number
            or initial
            or _owners_number(tokens[-1], gap, word)
        )
        # ... but not out of or into a line in capitals, a heading or a form's label ("AKTIN NÖVÜ"),
        # nor into a plan item's heading ("Council of Europe\nMeasure 13.1.1:").
        # (A field's preposition wrapped onto the next line goes on the name: "комиссии\nпо противодействию".)
        if joined and "\n" in gap:
            heading_word = folded in lang.heading_words and folded not in lang.org_field_prepositions
            joined = not (_all_capitals(word) or _all_capitals(tokens[-1].text) or heading_word)
        sentence_start = not tokens or (_SENTENCE_END.search(gap) is not None and not initial)
        tokens.append(
            _Token(
                start=start,
                end=end,
                text=word,
                folded=folded,
                role=role,
                head=head,
                joined=joined,
                first_in_sentence=sentence_start,
                document_word=document_word,
                place=place,
                place_in_case=place_in_case,
                after_comma=gap.strip() == ",",
                after_line_break="\n" in gap,
                bracketed=gap.endswith("(") and _in_brackets(text, start, end),
                in_capital_line=in_capital_line,
            )
        )
        previous_end = end
    return tokens


def _after_an_initial(tokens: list[_Token], gap: str, lang: LanguageData) -> bool:
    """Whether the gap follows a person's initial after a connector that names a body after the person, the
    surname to come: "Академия МВД имени Э. | Алиева" (its dot ends no sentence)."""
    return (
        len(tokens) >= 2
        and gap.strip() == "."
        and len(tokens[-1].text) == 1
        and tokens[-1].text.isupper()
        and tokens[-2].folded in lang.org_continuers
    )


def _owners_number(owner: _Token, gap: str, word: str) -> bool:
    """Whether a number between a body's name in the genitive and a capitalised word is a word of the unit's
    name it opens: "ƏƏSMN-in 142 Çağrı Mərkəzi", "Nazirliyin 142 Çağrı Mərkəzi" (a phone line's number)."""
    in_genitive = (owner.head is not None and owner.head != owner.folded) or (
        owner.role is _Role.abbreviation and _abbreviation(owner.text) != owner.text
    )
    return in_genitive and word[0].isupper() and _NUMBER_IN_NAME.fullmatch(gap) is not None


@lru_cache(maxsize=_WORD_CACHE)
def _word_facts(written: str, folded: str, lang: LanguageData) -> tuple[_Role, str | None, bool, bool, bool]:
    """A word's role, head, and whether it is a document's kind word, a place, a place in a case: all
    depend on the word alone, worked out once per distinct word."""
    return (
        _role(written, folded, lang),
        _head_of(folded, lang),
        _is_document_word(folded, lang),
        folded in lang.places,
        _is_place_in_case(folded, lang),
    )


def _in_brackets(text: str, start: int, end: int) -> bool:
    return text[start - 1 : start] == "(" and text[end : end + 1] == ")"


def _ordinary_words(tokens: list[_Token]) -> frozenset[str]:
    """Words the text writes in lower case and capitalises only to open a sentence ("Bu", "Today")."""
    lower = {t.folded for t in tokens if not t.text[0].isupper()}
    capitalised_inside = {t.folded for t in tokens if t.text[0].isupper() and not t.first_in_sentence}
    return frozenset(lower - capitalised_inside)


def _owner_before(tokens: list[_Token], i: int, lang: LanguageData) -> int | None:
    """Where a lower-case stretch ending at ``tokens[i]`` is preceded by a body's head or abbreviation in
    the genitive that opens a capitalised unit name, the index of that head: "Nazirliyinin İnsan alverinə
    qarşı mübarizə idarəsi", "AZAL-ın Aviasiya təhlükəsizliyi departamenti"."""
    for j in range(i - 1, max(i - 1 - _OWNED_UNIT_GAP, -1), -1):
        # (The owner's abbreviation in brackets stands between: "Nazirliyinin (ƏƏSMN) İnsan alveri qurbanları
        # üçün Yardım Mərkəzi".)
        across = _owner_across_brackets(tokens, j)
        if not (tokens[j + 1].joined or across) or tokens[j].role is _Role.quote:
            return None
        if tokens[j].bracketed and across:
            continue
        unit_word = tokens[j + 2] if across and j + 2 < len(tokens) else tokens[j + 1]
        if tokens[j].role is _Role.abbreviation:
            genitive = tokens[j].folded.endswith(lang.org_genitive_endings)
            return j if genitive and unit_word.role is _Role.capital else None
        # (Another body's head on the way ends the reach: "Xəstəxanası ilə Beynəlxalq ... Təşkilatı", and so
        # does one in its dictionary form: "Daxili İşlər Nazirliyi | Milli Fəaliyyət Planında ...".)
        if tokens[j].head:
            owner = tokens[j].role is _Role.capital and tokens[j].folded != tokens[j].head
            return j if owner and unit_word.role is _Role.capital else None
    return None


def _named_by_place(tokens: list[_Token], owner: int) -> bool:
    """Whether the unit named after its owner's genitive (and the owner's abbreviation in brackets) opens with
    a place: "Xidmətinin (DMX) Bakı şəhərindəki ... mərkəzi"."""
    after = owner + 2 if tokens[owner + 1].bracketed else owner + 1
    return tokens[after].place


def _ends_a_name(tokens: list[_Token], connector: int, lang: LanguageData) -> bool:
    """Whether the words just before a connector hold a head, so that they end a name (but a head in the
    genitive before capitalised words owns the unit they name: "Ədliyyə Nazirliyinin Qeydiyyat və Notariat
    Baş İdarəsi")."""
    for position in range(connector - 1, -1, -1):
        token = tokens[position]
        # (So does a known body's abbreviation right before it: "войск ГКНБ | и Таможенной службы".)
        known = (
            token.role is _Role.abbreviation
            and lang.fold(_abbreviation(token.text) or "") in lang.org_aliases
        )
        if position == connector - 1 and known:
            return True
        if token.head:
            # (A head in a case that says where begins no name before the connector: "Mərkəzində | Avropada
            # Təhlükəsizlik və Əməkdaşlıq Təşkilatı".)
            if _in_outside_case(token.folded, lang):
                return False
            owns = token.folded != token.head and tokens[position + 1].role is _Role.capital
            return position == connector - 1 or not owns
        if token.role in (_Role.connector, _Role.other, _Role.quote) or not token.joined:
            return False
    return False


def _left_edge(tokens: list[_Token], head_index: int, lang: LanguageData) -> int:
    """Index of the first token of the name whose head is ``tokens[head_index]``."""
    if head_index and tokens[head_index].joined and tokens[head_index - 1].folded in lang.conjunctions:
        return head_index  # "Syuzan Çesli və Səfirliyin": a head right after "and" names no body here
    first = head_index
    i = head_index - 1
    while i >= 0 and (
        tokens[i + 1].joined
        or _fields_listed_before_head(tokens, i + 1, lang)
        or _owner_across_brackets(tokens, i)
        or _across_a_bracketed_word(tokens, i + 1)
    ):
        token = tokens[i]
        if (
            token.document_word
            or (token.role is _Role.connector and token.folded in lang.org_continuers)
            or _ends_a_plan_name(tokens, i, lang)
        ):
            break
        # Where names are written with one capital (Russian), a word before the head is an
        # adjective of the name ("Государственная") or no part of it ("Представители").
        if (
            lang.org_modifier_endings
            and token.role in (_Role.capital, _Role.inner)
            and not token.head
            and not token.folded.endswith(lang.org_modifier_endings)
        ):
            break
        # A generic unit written in lower case ends a name: "... idarəsi Təhqiqat şöbəsi"; where names are
        # written with one capital, a head before another's adjectives is a body that the other's name
        # follows in the genitive ("Секретариат | Национальной комиссии"); a head in a case that says where
        # is where the body was ("Mərkəzində | Avropada Təhlükəsizlik ...").
        if token.head and (
            token.role is _Role.other or lang.org_modifier_endings or _in_outside_case(token.folded, lang)
        ):
            break
        # A known body's name after another body's head is a body of its own: "... İctimai Birliyi | Təhsil
        # Nazirliyi ilə birgə", "Vergilər Nazirliyinin | Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi".
        if token.head and _known_between(tokens, i + 1, head_index, lang):
            break
        # A body under another reaches back over the word that says so to the other's name: "... Nazirliyi
        # yanında | Dövlət Əmək Müfəttişliyi Xidməti".
        if token.folded in lang.org_owner_postpositions and i > 0 and tokens[i - 1].role is _Role.capital:
            first, i = i, i - 1
            continue
        if token.role is _Role.other:
            # A unit reaches back over lower-case words to the body that owns it, whose genitive
            # opens the unit's capitalised name: "ABŞ Dövlət Departamentinin İnsan alverinə qarşı
            # Mübarizə Ofisi", "Daxili İşlər Nazirliyinin İnsan alverinə qarşı mübarizə idarəsi".
            # A unit in lower case named by a place is a local branch, no name: "Komitəsinin Cəlilabad
            # bölgəsi üzrə şöbəsi".
            owner = _owner_before(tokens, i, lang)
            if (
                owner is not None
                and tokens[head_index].role is not _Role.capital
                and _named_by_place(tokens, owner)
            ):
                owner = None
            if owner is None:
                break
            first, i = owner, owner - 1
            if tokens[owner].role is _Role.abbreviation:
                break  # the owner's abbreviation opens the name
            continue
        # A quoted number opens a name only before a capitalised word ("“919” Çağrı Mərkəzi"); before
        # lower-case words it is a phone line's: "линию «113» | международной общественной организации ...".
        quoted_number = token.text in _CLOSE_QUOTES and i > 0 and tokens[i - 1].text in _OPEN_QUOTES
        if quoted_number and tokens[i + 1].role is not _Role.capital:
            break
        # A connector after another body's name ends that name: "Nazirliyi və ...", "... дел и ...".
        # (Where names end at their head, only "and" does so: "Mərkəzi İctimai Birliyi" is one name.)
        ends_names = bool(lang.org_continuers) or token.folded in lang.conjunctions
        if token.role is _Role.connector and ends_names and _ends_a_name(tokens, i, lang):
            break
        first = i
        # An abbreviation in the genitive opens the name of what its body owns: "Akademiya | ATƏT-in
        # Demokratik Təsisatlar ... Bürosu" (but "Respublika QİÇS-lə Mübarizə Mərkəzi").
        if token.role is _Role.abbreviation and token.folded.endswith(lang.org_genitive_endings):
            break
        # A place after a body's genitive opens the name of the body's local unit, where more
        # capitalised words follow it: "Xidmətinin Bakı şəhəri Qanunsuz Miqrantların Saxlanılması
        # Mərkəzi" (but "Təşkilatının Bakı ofisi" is the body's office).
        named_unit = any(t.role is _Role.capital for t in tokens[i + 1 : head_index])
        if token.place and i and tokens[i - 1].head and tokens[i].joined and named_unit:
            break
        i -= 1
    return first


def _owner_across_brackets(tokens: list[_Token], i: int) -> bool:
    """Whether ``tokens[i]`` and the word after it are linked across the abbreviation in brackets of a body
    in the genitive that owns the unit named after it: "Beynəlxalq Miqrasiya Təşkilatının (BMqT)
    Azərbaycandakı Nümayəndəliyi"."""
    if tokens[i + 1].bracketed:
        bracketed, owner = i + 1, tokens[i]
    elif tokens[i].bracketed and i > 0:
        bracketed, owner = i, tokens[i - 1]
    else:
        return False
    return (
        tokens[bracketed].role is _Role.abbreviation
        and bracketed + 1 < len(tokens)
        and tokens[bracketed + 1].role is _Role.capital
        and owner.role is _Role.capital
        and owner.head is not None
        and owner.folded != owner.head
    )


def _ends_a_plan_name(tokens: list[_Token], i: int, lang: LanguageData) -> bool:
    """Whether ``tokens[i]`` ends an action plan's name, whose genitive stands before a body's name and
    owns something else: "Milli Fəaliyyət Planının | Səhiyyə Nazirliyinə aid bəndləri"."""
    if i == 0:
        return False
    words = f"{tokens[i - 1].folded} {tokens[i].folded}"
    return any(words.startswith(plan) for plan in lang.plan_words)


def _quoted_name_after(tokens: list[_Token], i: int) -> int | None:
    """Where a quoted name opens at ``tokens[i]``, right after a head, the index of its closing quote:
    "Международный центр «La Strada»", 'International Women's Rights Centre "La Strada-Ukraine"'."""
    opening = tokens[i]
    if i + 1 >= len(tokens) or tokens[i + 1].start != opening.end or tokens[i + 1].role is not _Role.capital:
        return None
    if opening.text not in _OPEN_QUOTES and opening.text != '"':
        return None
    for position in range(i + 1, min(i + 1 + _QUOTED_NAME_WORDS, len(tokens))):
        token = tokens[position]
        if token.text in _CLOSE_QUOTES and token.start == tokens[position - 1].end:
            return position
        if token.role is _Role.quote or not token.joined:
            return None
    return None


def _right_edge(tokens: list[_Token], head_index: int, lang: LanguageData) -> int:
    """Index of the last token of the name: past the head only where the language continues names."""
    last = head_index
    i = head_index + 1
    if i >= len(tokens) or not tokens[i].joined:
        return last
    # (Where names end at their head, a quotation after one is a title: "Akademiyası «Sənədlərin ...»".)
    quoted = _quoted_name_after(tokens, i) if lang.org_continuers else None
    if quoted is not None:
        return quoted
    opener = tokens[i]
    # Where names go on in the genitive (Russian), any word may follow the head: "Кабинета
    # Министров", "Совета Европы"; an abbreviation may follow it anywhere: "Посольства США".
    genitive_follows = bool(lang.org_inner_endings) and opener.role is _Role.capital
    # (A longer word in capitals after a head is a heading going on: "KABİNETİNİN QƏRARI".)
    # (Where names end at their head, an abbreviation after one names something else: "Avropa Şurasının HELP
    # proqramı".)
    short_abbreviation = (
        bool(lang.org_continuers)
        and opener.role is _Role.abbreviation
        and len(opener.text) <= _TRAILING_ABBREVIATION_LEN
    )
    if not (
        opener.folded in lang.org_continuers
        or _owned_by_next(tokens, head_index + 1, lang)
        or _is_complement(opener, lang)
        or short_abbreviation
        or genitive_follows
        or _names_its_town(tokens, head_index + 1, lang)
    ):
        return last
    # Past "under", "при": the name goes on to the head of the body that owns this one.
    owner_ahead = False
    # Past "по": the name goes on over the lower-case words of the body's field ("Агентство по
    # сотрудничеству в сфере уголовного правосудия").
    in_field = False
    while i < len(tokens) and (
        tokens[i].joined
        or _lists_fields(tokens, i, lang)
        or ((in_field or _is_complement(tokens[i - 1], lang)) and _lists_field_words(tokens, i, lang))
        or _seat_across_brackets(tokens, i, lang)
        or _across_a_bracketed_word(tokens, i)
    ):
        if _seat_across_brackets(tokens, i, lang):
            i += 1  # the owner's abbreviation, then the seat of its office
        token = tokens[i]
        # (A field ends at "и" before a capitalised word, the next name: "Агентством по делам молодёжи | и
        # Общественным объединением".)
        next_capital = i + 1 < len(tokens) and tokens[i + 1].role is _Role.capital
        # (Where names capitalise their first word only, "и" before a capitalised word always begins the next
        # name: "Республиканский центр социальной помощи | и Белорусского общества Красного Креста".)
        next_name = token.folded in lang.conjunctions and next_capital and not token.in_capital_line
        if (in_field and _ends_a_field(token, lang)) or (
            (in_field or lang.org_modifier_endings) and next_name
        ):
            break
        # A name goes on over a line break only where it cannot end before it ("of\nthe Ministry",
        # "Internal Affairs\nMinistry"): "... Republic of Armenia\nReport on ..." is a title's next line.
        if token.after_line_break and not (
            tokens[i - 1].role is _Role.connector
            or token.head
            or token.role is _Role.abbreviation
            or (i == head_index + 1 and token.folded in lang.org_field_prepositions)
            or _lists_fields(tokens, i, lang)
            or _state_line(tokens, i, lang)
        ):
            break
        # A document's kind word ends a body's name, unless a capitalised word makes it part of one:
        # "Council of Europe Convention on Action ...", but "Bureau for ... Law Enforcement Affairs".
        next_capital = i + 1 < len(tokens) and tokens[i + 1].joined and tokens[i + 1].role is _Role.capital
        if token.document_word and not next_capital:
            break
        # "And" before a connector such as an article begins another name: "Commissariat for Refugees and
        # Migration | and the Red Cross of Serbia".
        if (
            token.folded in lang.conjunctions
            and i + 1 < len(tokens)
            and tokens[i + 1].role is _Role.connector
        ):
            break
        # (Only right after the head, or its parent's abbreviation: after a country's name "по" says what
        # the body did, "Посольство США по вопросам ...".)
        if token.folded in lang.org_field_prepositions and all(
            lang.fold(_abbreviation(t.text) or "") in lang.org_aliases for t in tokens[head_index + 1 : i]
        ):
            in_field = True
        # (A field's phrase opens it after the name's genitives too: "центр подготовки ... кадров | в сфере
        # миграции"; not "в течение года".)
        following = tokens[i + 1].folded if i + 1 < len(tokens) else ""
        if f"{token.folded} {following}" in lang.org_field_prepositions:
            in_field = True
        if token.folded in lang.org_seat_prepositions and not (in_field and _lower_case_after(tokens, i)):
            seat = _seat(tokens, head_index, i, lang)
            if seat is not None:
                last = seat
                break
            # Before a town the preposition says where the body acted ("National Police Academy in
            # Kharkiv"), and so before any capitalised word after a field ("Организация по миграции | в
            # Молдове"); before other capitalised words or a connector it goes on the name ("Co-operation
            # in Europe", "Trafficking in and Exploitation of Human Beings").
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            if (
                after is None
                or not after.joined
                or after.place
                or after.role not in (_Role.capital, _Role.connector)
                or (in_field and after.role is _Role.capital)
            ):
                break
        if _owned_by_next(tokens, i, lang):
            owner_ahead = True
        else:
            in_name = (
                token.role in (_Role.capital, _Role.abbreviation, _Role.connector)
                or _is_complement(token, lang)
                or (owner_ahead and token.head)
                or _noun_of_adjective(tokens, i, lang)
                or (in_field and token.role in (_Role.inner, _Role.other))
                or token.folded in lang.org_seat_prepositions
                or _names_its_town(tokens, i, lang)
            )
            if not in_name or (not owner_ahead and _begins_next_name(tokens, i, lang)):
                break
        if (
            token.role in (_Role.capital, _Role.abbreviation, _Role.inner)
            or (owner_ahead and token.head)
            or _noun_of_adjective(tokens, i, lang)
            or (in_field and token.role is _Role.other and token.folded not in lang.org_seat_prepositions)
        ):
            last = i
        if token.head:
            owner_ahead = False
        i += 1
    return last


def _names_its_town(tokens: list[_Token], i: int, lang: LanguageData) -> bool:
    """Whether ``tokens[i]`` is a word such as "города" that the name of the body's town follows, which names
    a local body: "Департамент полиции города Алматы"."""
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        tokens[i].folded in lang.town_before
        and following is not None
        and following.joined
        and following.role is _Role.capital
    )


def _noun_of_adjective(tokens: list[_Token], i: int, lang: LanguageData) -> bool:
    """Whether ``tokens[i]``, in lower case, is the noun that the adjective before it qualifies, where names
    are written with one capital: "Постоянный секретариат Национального комитета", "Межведомственная
    комиссия Национального механизма переадресации", "Главное управление уголовного розыска"."""
    previous = tokens[i - 1]
    return (
        bool(lang.org_modifier_endings)
        and tokens[i].role in (_Role.inner, _Role.other)
        and tokens[i].joined
        and previous.role in (_Role.capital, _Role.inner)
        and not previous.head
        and previous.folded.endswith(lang.org_modifier_endings)
    )


def _ends_a_field(token: _Token, lang: LanguageData) -> bool:
    """Whether a lower-case word ends the field of a name: a verb or a short participle ("провела",
    "проведены"), or a short word that joins no name (a preposition: "на", "от"; a pronoun: "его")."""
    if token.role not in (_Role.other, _Role.inner):
        return False
    if token.role is _Role.inner:
        return len(token.folded) <= _PREPOSITION_LEN  # a pronoun: "в его центрах"
    return token.folded.endswith(lang.org_field_end_endings) or (
        len(token.folded) <= _PREPOSITION_LEN
        and token.folded not in lang.org_connectors + lang.org_seat_prepositions + lang.org_subordinators
    )


def _lower_case_after(tokens: list[_Token], i: int) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1].joined and tokens[i + 1].role in (_Role.inner, _Role.other)


def _tokens_from(tokens: list[_Token], i: int) -> Iterator[_Token]:
    """``tokens[i:]`` without copying the rest of a long text's tokens at every call."""
    return (tokens[j] for j in range(i, len(tokens)))


def _lists_field_words(tokens: list[_Token], i: int, lang: LanguageData) -> bool:
    """Whether a comma before ``tokens[i]`` lists the words of one field: "по вопросам борьбы с незаконным
    вывозом, ввозом и торговлей людьми", "Министерство труда, миграции и занятости населения" (lower-case
    words up to "and", then lower-case words; no head: "юстиции, прокуратура и суды" lists bodies)."""
    if not tokens[i].after_comma or tokens[i - 1].role not in (_Role.inner, _Role.other):
        return False
    for token in _tokens_from(tokens, i):
        if token is not tokens[i] and not token.joined:
            return False
        if token.folded in lang.conjunctions:
            return True
        if token.role not in (_Role.inner, _Role.other) or token.head or _ends_a_field(token, lang):
            return False
    return False


def _abbreviated_before(tokens: list[_Token], head_index: int) -> bool:
    """Whether the capitalised words before the head open with an abbreviation: "OSCE Project
    Co-ordinator"."""
    for j in range(head_index - 1, -1, -1):
        if not tokens[j + 1].joined or tokens[j].role not in (_Role.capital, _Role.abbreviation):
            return False
        if tokens[j].role is _Role.abbreviation:
            return True
    return False


def _across_a_bracketed_word(tokens: list[_Token], i: int) -> bool:
    """Whether ``tokens[i]`` is, or follows, a capitalised word in brackets inside a name that goes on after
    it: "Assistance of (Statutory) Victims of Human Trafficking", "Human Rights (Ombudsman) of the
    Republic"."""
    word = i if tokens[i].bracketed else i - 1
    if word < 0 or not tokens[word].bracketed or tokens[word].role is not _Role.capital:
        return False
    after = word + 1
    return (
        after < len(tokens)
        and not tokens[after].after_line_break
        and tokens[after].role in (_Role.capital, _Role.connector)
    )


def _seat_across_brackets(tokens: list[_Token], i: int, lang: LanguageData) -> bool:
    """Whether ``tokens[i]`` is an abbreviation in brackets that a seat's preposition follows: "Миссией
    Международной организации по миграции (МОМ) в Молдове"."""
    return (
        tokens[i].bracketed
        and tokens[i].role is _Role.abbreviation
        and i + 2 < len(tokens)
        and tokens[i + 1].folded in lang.org_seat_prepositions
        and tokens[i + 2].role is _Role.capital
    )


def _seat(tokens: list[_Token], head_index: int, i: int, lang: LanguageData) -> int | None:
    """Where the preposition at ``tokens[i]`` and the one or two capitalised words after it name the seat
    of an office of the body named after the head (by its abbreviation, or by its head in the genitive where
    names go on so), the index of the seat's last word: "Представительство МОМ в Азербайджане", "Миссия
    Международной организации по миграции в Молдове", "OSCE Project Co-ordinator in Baku" (but not
    "Министерство юстиции в Ташкенте", where the town is where the ministry acted)."""
    # (The body's own abbreviation in brackets is no owner: "Министерство юстиции (МЮ) в Ташкенте".)
    owners = [t for t in tokens[head_index + 1 : i] if not t.bracketed]
    owned = _abbreviated_before(tokens, head_index) or any(
        t.role is _Role.abbreviation or t.head for t in owners
    )
    if not owned:
        return None
    seat = i + 1
    for position in (seat, seat + 1):
        after = position + 1
        if position >= len(tokens) or not tokens[position].joined:
            return None
        if tokens[position].role is not _Role.capital or tokens[position].head:
            return None
        if after >= len(tokens) or not tokens[after].joined or tokens[after].role is not _Role.capital:
            return position
    return None


def _owned_by_next(tokens: list[_Token], i: int, lang: LanguageData) -> bool:
    """Whether ``tokens[i]`` says that the body named right after it owns the one before: "under the
    Ministry of Labour", "при Правительстве" (a head within reach, the article aside); a head alone with an
    article refers to a body named before ("Inspection Department | of the Ministry carried out ...")."""
    if tokens[i].folded not in lang.org_subordinators:
        return False
    for position in range(i + 1, min(i + 1 + _OWNER_REACH, len(tokens))):
        token = tokens[position]
        if not token.joined:
            return False
        if token.head:
            named = any(t.role in (_Role.capital, _Role.abbreviation) for t in tokens[i + 1 : position])
            return named or token.role is not _Role.capital or _named_after(tokens, position, lang)
        if token.role in (_Role.other, _Role.quote):
            return False
    return False


def _named_after(tokens: list[_Token], head_index: int, lang: LanguageData) -> bool:
    """Whether a capitalised word, an abbreviation or a genitive goes on the name right after its head, or
    after a connector: "Ministry | of Internal Affairs", "Посольство | США", "Министерстве | юстиции"."""
    for token in tokens[head_index + 1 : head_index + 3]:
        if not token.joined:
            return False
        if token.role in (_Role.capital, _Role.abbreviation) or _is_complement(token, lang):
            return True
        if token.role is not _Role.connector:
            return False
    return False


def _lists_fields(tokens: list[_Token], i: int, lang: LanguageData) -> bool:
    """Whether a comma before ``tokens[i]`` lists the fields of one body: "Ministry of Labour, Health
    and Social Affairs", "... Territories, Labour, Health and Social Affairs" (capitalised words and commas
    up to "and", then capitalised words, and no head)."""
    if not tokens[i].after_comma or tokens[i - 1].role is not _Role.capital:
        return False
    seen_conjunction = named_after = False
    for token in _tokens_from(tokens, i):
        if token is not tokens[i] and not token.joined and (seen_conjunction or not token.after_comma):
            break
        # (A town or a body known by one word is no field: "Ministry of Justice, | Interpol and Europol".)
        known = token.place or token.folded in lang.org_aliases
        if token.head or known or token.role in (_Role.quote, _Role.abbreviation):
            return False
        if token.folded in lang.conjunctions:
            seen_conjunction = True
        elif token.role is _Role.capital:
            named_after = seen_conjunction
        # (A lower-case word ends the list once a field follows "and": "Ministry of Health, Labour and
        # Social Protection | trained ...".)
        elif token.role is _Role.other and not named_after:
            return False
        else:
            break
    return seen_conjunction


def _fields_listed_before_head(tokens: list[_Token], i: int, lang: LanguageData) -> bool:
    """Whether a comma before ``tokens[i]`` lists the fields of the body whose head follows: "Ailə,
    Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi" (a capitalised word, then capitalised words with
    "and" among them up to a connector or the head)."""
    previous = tokens[i - 1]
    if not tokens[i].after_comma or previous.role is not _Role.capital or previous.head:
        return False
    seen_conjunction = False
    for token in _tokens_from(tokens, i):
        if token is not tokens[i] and not token.joined:
            return False
        if token.folded in lang.conjunctions:
            seen_conjunction = True
        elif token.head or token.role is _Role.connector:
            return seen_conjunction
        elif token.role is not _Role.capital:
            return False
    return False


def _is_complement(token: _Token, lang: LanguageData) -> bool:
    """A lower-case word that may follow a head inside a name ("внутренних дел")."""
    return (
        token.role is _Role.inner
        and bool(lang.org_inner_endings)
        and token.folded.endswith(lang.org_inner_endings)
    )


def _begins_next_name(tokens: list[_Token], i: int, lang: LanguageData) -> bool:
    """Whether the connector at ``tokens[i]`` joins two names rather than two words of one: "and"
    before a run that holds a head or an abbreviation ("... for Migration and the International Labor
    Organization"), any connector right before a head ("Ministry of Internal Affairs for the Group")."""
    if tokens[i].role is not _Role.connector:
        return False
    reach = len(tokens) if tokens[i].folded in lang.conjunctions else i + 1 + _NEXT_HEAD_REACH
    for position, token in enumerate(tokens[i + 1 : reach], start=i + 1):
        if not token.joined:
            return False
        if token.head or token.role is _Role.abbreviation:
            return True
        # Another connector past the words after this one ends the run they make: "Министерство
        # труда и социального развития и Генеральная прокуратура" (the first "и" is inside a name).
        # (A lower-case word right after "и" goes on the name: "наркотиками и правоохранительной
        # деятельности"; after a capitalised one it is an adjective of the next name.)
        if (
            token.role in (_Role.other, _Role.quote)
            or (token.role is _Role.inner and position == i + 1)
            or (token.role is _Role.connector and position > i + 1)
        ):
            return False
    return False


def _in_outside_case(folded: str, lang: LanguageData) -> bool:
    return bool(lang.org_outside_cases) and folded.endswith(lang.org_outside_cases)


def _bare_genitive(token: _Token, lang: LanguageData) -> bool:
    """Whether the head is in the genitive without the possessive that ends its dictionary form:
    "xidmətin", "nazirliyin" (not "xidmətinin")."""
    if token.head is None:
        return False
    stem = token.head[:-1]
    return any(token.folded == stem + ending.lstrip("-") for ending in lang.org_genitive_endings)


def _kind_before_quoted_name(tokens: list[_Token], head_index: int, lang: LanguageData) -> int:
    """Where a lower-case head names the kind of a body whose quoted name follows it, the first word of that
    kind: "общественного фонда «Тендеш»", 'public association "Ynam"' (the adjectives of the head where the
    language has their endings, else one word)."""
    first = head_index
    while first > 0 and tokens[first].joined:
        word = tokens[first - 1]
        if word.role not in (_Role.inner, _Role.other) or word.head:
            break
        if lang.org_modifier_endings and not word.folded.endswith(lang.org_modifier_endings):
            break
        first -= 1
        if not lang.org_modifier_endings:
            break
    return first


def _by_its_work(tokens: list[_Token], first: int, head_index: int) -> bool:
    """Whether the capitalised words before a lower-case head are one word, besides a sentence's first."""
    before = tokens[first:head_index]
    if any(t.role is not _Role.capital for t in before):
        return False
    return sum(not t.first_in_sentence for t in before) <= 1


def _is_name_adjective(token: _Token, lang: LanguageData) -> bool:
    """Whether the token is an adjective of a name where names are written with one capital, which opens a
    name at a sentence's start too: "Национальная комиссия провела ...", "Государственная миграционная
    служба"."""
    return bool(lang.org_modifier_endings) and token.folded.endswith(lang.org_modifier_endings)


def _trim_left(
    tokens: list[_Token], first: int, head_index: int, ordinary: frozenset[str], lang: LanguageData
) -> int:
    """Drop leading words that cannot open a name: connectors, closing quotes, ordinary words
    capitalised to open a sentence."""
    while first < head_index:
        token = tokens[first]
        # An ordinary word that opens the sentence; or any word before a quoted name, which the
        # quotation mark opens ("Tədbirdə “Təmiz Dünya” İctimai Birliyi").
        # (Where names are written with one capital, an adjective that opens the sentence is the name's own:
        # "Государственная миграционная служба провела ...", though "государственная" is written elsewhere.)
        ordinary_opener = (
            token.role is _Role.capital
            and token.head is None
            and (
                (token.folded in ordinary and not _is_name_adjective(token, lang))
                or tokens[first + 1].text in _OPEN_QUOTES
                or (token.first_in_sentence and _in_outside_case(token.folded, lang))
            )
        )
        if (
            token.role in (_Role.connector, _Role.inner)
            or token.text in _CLOSE_QUOTES
            or ordinary_opener
            or token.place_in_case
        ):
            first += 1
        else:
            break
    return first


def _name_text(
    text: str, tokens: list[_Token], first: int, last: int, head_index: int, lang: LanguageData
) -> str:
    head = tokens[head_index]
    dictionary_form = head.text[0] + (head.head or head.folded)[1:]
    before = _in_nominative(text, tokens[first:head_index], head.start, head.head or head.folded, lang)
    after = text[head.end : tokens[last].end]
    # (An owner's abbreviation in brackets inside the name is no word of it.)
    name = re.sub(
        r"\s+", " ", _BRACKETED.sub(_without_abbreviation, before + dictionary_form + after)
    ).strip()
    written = text[tokens[first].start : tokens[last].end]
    if written.upper() == written:
        name = " ".join(_title_case(word, lang) for word in name.split())
    # A name that opens a quotation closes it with the quotation mark that pairs with the opening one:
    # “Çağrı Mərkəzi”, «Белорусская ассоциация ...».
    opened = sum(name.count(q) for q in _OPEN_QUOTES)
    closed = sum(name.count(q) for q in _CLOSE_QUOTES)
    if opened <= closed:
        return name
    last_open = max(_OPEN_QUOTES, key=name.rfind)
    return name + _CLOSE_QUOTES[_OPEN_QUOTES.index(last_open)]


def _without_abbreviation(match: re.Match[str]) -> str:
    """A word in brackets in a name, left out where it is an abbreviation (an owner's: "(МОМ)")."""
    return "" if _abbreviation(match.group(1)) == match.group(1) else match.group()


def _title_case(word: str, lang: LanguageData) -> str:
    """A word of a name written in capitals as a title writes it: "COUNCIL" -> "Council", "FOR" -> "for"."""
    folded = lang.fold(word)
    if folded in lang.org_connectors or folded in lang.org_continuers:
        return folded
    return word if folded in lang.org_aliases else word[0] + folded[1:]


def _in_nominative(text: str, modifiers: list[_Token], end: int, head_form: str, lang: LanguageData) -> str:
    """The text from the first of ``modifiers`` up to ``end`` (the head), its adjectives put in the
    nominative of the head's gender where the language says how ("Международном учебном" before
    "центр": "Международный учебный")."""
    if not modifiers:
        return ""
    nominatives = lang.org_modifier_nominatives
    endings = nominatives.get(head_form[-1:], nominatives.get("", {}))
    pieces = []
    position = modifiers[0].start
    for token in modifiers:
        ending = next((e for e in sorted(endings, key=len, reverse=True) if token.folded.endswith(e)), None)
        if ending is None or token.head or token.role not in (_Role.capital, _Role.inner):
            continue
        pieces.append(text[position : token.end - len(ending)] + endings[ending])
        position = token.end
    return "".join(pieces) + text[position:end]


def _structural(text: str, tokens: list[_Token], lang: LanguageData) -> list[_Candidate]:
    ordinary = _ordinary_words(tokens)
    found: list[_Candidate] = []
    # The first and last tokens of the names found so far.
    extents: list[tuple[int, int]] = []
    for index, token in enumerate(tokens):
        if (
            token.head is None
            or token.role is _Role.abbreviation
            or _qualifies_next_head(tokens, index, lang)
        ):
            continue
        first = _trim_left(tokens, _left_edge(tokens, index, lang), index, ordinary, lang)
        last = _after_a_known_name(text, tokens, first, _right_edge(tokens, index, lang), index, lang)
        if _ends_an_owners_name(tokens, first, last, extents, lang):
            continue
        extents.append((first, last))
        first = _from_the_state(text, tokens, first, index, lang)
        while first < index and _opens_a_known_name(text, tokens, first, last, index, lang):
            first += 1
        if first == index and last > index and tokens[last].role is _Role.quote:
            first = _kind_before_quoted_name(tokens, index, lang)
        # A head in the bare genitive refers back to a body ("Seminara Xidmətin əməkdaşları", the Service's):
        # a name's head takes its possessive ("Dövlət Miqrasiya Xidmətinin").
        if last == index and _bare_genitive(token, lang):
            continue
        named_by = [t for t in tokens[first : last + 1] if t.role in (_Role.capital, _Role.abbreviation)]
        # One capitalised word is a noun, not a name ("Xidmət", "Office"); a lower-case head
        # needs a capitalised word before it ("Şuşa rayon icra hakimiyyəti").
        if not named_by or (token.role is not _Role.capital and first == index):
            continue
        # ... unless it is a known body's: "the Government", "Правительства".
        if last == first and (token.head or "") not in _known_names(lang):
            continue
        # A lower-case head after no capital but a sentence's first word, or a state's name, is a common noun
        # phrase: "Regional police officers took part", "the Ukrainian delegation".
        if token.role is not _Role.capital and all(
            (t.first_in_sentence and not _is_name_adjective(t, lang)) or t.folded.startswith(lang.org_states)
            for t in named_by
        ):
            continue
        # Where names capitalise all their words, one capitalised word before a lower-case head names a unit
        # by its work, no body: "Təhqiqat şöbəsi", "Çağrı mərkəzi", after a sentence's first word too
        # ("İdarənin Mətbuat xidməti"); but "Генеральная прокуратура", "Şuşa rayon icra hakimiyyəti".
        if (
            token.role is not _Role.capital
            and not lang.org_modifier_endings
            and _by_its_work(tokens, first, index)
        ):
            continue
        if _inside_a_title(tokens, first, last):
            continue
        # A line in capitals names a body from its first word (a letterhead: "МИНИСТЕРСТВО ВНУТРЕННИХ ДЕЛ"); a
        # name inside one is a heading's words ("ПОДГОТОВКА СОТРУДНИКОВ ПОЛИЦИИ ПО ВЫЯВЛЕНИЮ ЛИЦ").
        if tokens[first].in_capital_line and first > 0 and not tokens[first].after_line_break:
            continue
        # A post names an office only where an international body's abbreviation is in its name: "OSCE
        # Project Co-ordinator in Baku" (but "the National Coordinator" is a person).
        if token.head in lang.org_office_heads and not any(
            t.role is _Role.abbreviation for t in tokens[first : last + 1]
        ):
            continue
        singular = lang.org_plural_heads.get(token.head or "")
        if singular is not None:
            found.extend(_each_listed(text, tokens, first, last, index, singular, lang))
            continue
        found.append(
            _Candidate(
                _name_text(text, tokens, first, last, index, lang), tokens[first].start, tokens[last].end
            )
        )
    return found


def _after_a_known_name(
    text: str, tokens: list[_Token], first: int, last: int, head_index: int, lang: LanguageData
) -> int:
    """The name's last word, before the capitalised words that follow a known body's full name with no head
    or connector among them: a person's name ("... of the Ministry of Internal Affairs | Vilayat Zeynalov").
    (Where names go on in the genitive, the capitalised words after one name its state: "Правительство
    Республики Казахстан".)"""
    if lang.org_inner_endings:
        return last
    known = _known_names(lang)
    end = last - 1
    while end >= head_index and tokens[end + 1].role is _Role.capital and not tokens[end + 1].head:
        if not tokens[end + 1].joined:
            return last
        # (The known body may be the owner the name ends with: "Main Department ... of the Ministry of
        # Internal Affairs".)
        words = _key(_name_text(text, tokens, first, end, head_index, lang), lang).split()
        if tokens[end].role is _Role.capital and any(
            " ".join(words[k:]) in known
            for k in range(len(words))
            if k == 0 or words[k - 1] in lang.org_connectors
        ):
            return end
        end -= 1
    return last


def _from_the_state(text: str, tokens: list[_Token], first: int, head_index: int, lang: LanguageData) -> int:
    """Where the state's name stands inside the words before the head, the name begins with it: "Baş naziri
    Əli Əsədov | Azərbaycan Respublikası Nazirlər Kabineti"."""
    for position in range(first + 1, head_index):
        if tokens[position].role is not _Role.capital:
            continue
        words = _written_key(text[tokens[position].start : tokens[head_index].end], lang)
        if any(words.startswith(state + " ") for state in lang.org_state_prefixes):
            return position
    return first


def _opens_a_known_name(
    text: str, tokens: list[_Token], first: int, last: int, head_index: int, lang: LanguageData
) -> bool:
    """Whether the name's first word stands outside the known body's name that follows it: a sentence's
    first word ("Hesabat | Daxili İşlər Nazirliyinin sorğusuna", "Layihəyə | Avropa Şurasının"), or a word
    in a case that says where ("Nazirlikdə | Avropa Şurasının ekspertləri"); a foreign state's name is the
    name's own ("Gürcüstan Daxili İşlər Nazirliyi")."""
    token = tokens[first]
    # (A parent's abbreviation in the genitive before a known body's name: "ƏƏSMN-in | Dövlət Məşğulluq
    # Xidməti", a body of its own.)
    owner = token.role is _Role.abbreviation and _abbreviation(token.text) != token.text
    if owner:
        rest = _name_text(text, tokens, first + 1, last, head_index, lang)
        return _key(rest, lang) in _known_names(lang)
    if (
        token.role is not _Role.capital
        or token.head
        or token.place
        or token.folded.startswith(lang.org_states)
    ):
        return False
    if not (token.first_in_sentence or _in_outside_case(token.folded, lang)):
        return False
    rest = _name_text(text, tokens, first + 1, last, head_index, lang)
    # (... or a known name with no head opens the rest: "Forumu | La Strada Beynəlxalq Şəbəkəsi".)
    if _key(rest, lang) in _known_names(lang) or _headless_at(tokens, first + 1, lang) is not None:
        return True
    # ... or the known body that owns the unit named: "Vətəndaşlar | Dövlət Miqrasiya Xidmətinin “919” Çağrı
    # Mərkəzinə müraciət edə bilərlər".
    return any(
        _key(_name_text(text, tokens, first + 1, owner, owner, lang), lang) in _known_names(lang)
        for owner in range(first + 1, head_index)
        if tokens[owner].head and tokens[owner].role is _Role.capital
    )


@cache
def _known_names(lang: LanguageData) -> frozenset[str]:
    """The keys of the real bodies the language data names, by their names or their abbreviations."""
    return frozenset(lang.org_known_names) | {_key(name, lang) for name in lang.org_aliases.values()}


@cache
def _headless_names(lang: LanguageData) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The known names with no head noun ("La Strada", "Олий Мажлис", "Türk Hava Yolları"), as words, by
    their first two letters: no structure finds them, so the text is searched for them."""
    by_start: dict[str, list[tuple[str, ...]]] = {}
    for name in lang.org_known_names:
        words = tuple(name.split())
        if not any(_head_of(word, lang) for word in words):
            by_start.setdefault(name[:2], []).append(words)
    return {start: tuple(names) for start, names in by_start.items()}


def _word_form(folded: str, word: str) -> bool:
    """Whether a folded word is ``word`` or one of its case forms: the word's stem with a short ending
    ("мажлиса", "yollarının", "федерации")."""
    if folded == word:
        return True
    return (
        len(word) >= _INFLECTED_WORD_LEN
        and folded.startswith(word[:-1])
        and len(folded) - len(word) <= _CASE_ENDING_LEN
    )


def _headless_at(tokens: list[_Token], index: int, lang: LanguageData) -> tuple[str, ...] | None:
    """The words of the known name with no head noun that opens at ``tokens[index]``, if one does. A name of
    one word is matched as written: with an ending it is often another word ("Vatrasov")."""
    if not tokens[index].text[0].isupper():
        return None
    for words in _headless_names(lang).get(tokens[index].folded[:2], ()):
        run = tokens[index : index + len(words)]
        if (
            len(run) == len(words)
            and all(t.joined for t in run[1:])
            and all(
                t.folded == w or (len(words) > 1 and _word_form(t.folded, w))
                for t, w in zip(run, words, strict=True)
            )
        ):
            return words
    return None


def _headless_known(text: str, tokens: list[_Token], lang: LanguageData) -> list[_Candidate]:
    """The known bodies named without a head noun, in the nominative, capitalised as the text writes them."""
    found = []
    for index, token in enumerate(tokens):
        words = _headless_at(tokens, index, lang)
        if words is None:
            continue
        run = tokens[index : index + len(words)]
        name = " ".join(_as_written(t, w, lang) for t, w in zip(run, words, strict=True))
        end = run[-1].end
        found.append(_quoted_around(text, token.start, end) or _Candidate(name, token.start, end))
    return found


def _as_written(token: _Token, word: str, lang: LanguageData) -> str:
    """A known name's word as the text writes it ("ASTRA"), or in its dictionary form with the text's capital
    where the text writes another form ("Мажлиса" -> "Мажлис")."""
    if token.folded == word:
        return token.text
    return lang.upper(word[0]) + word[1:] if token.text[0].isupper() else word


def _quoted_around(text: str, start: int, end: int) -> _Candidate | None:
    """The quoted name a known name stands in, which is a body of its own: "Open Gate – La Strada"."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    for match in _QUOTED_NAME.finditer(text, line_start, len(text) if line_end < 0 else line_end):
        if match.start(1) <= start and end <= match.end(1):
            return _Candidate(match.group(1), match.start(1), match.end(1))
    return None


def _outside(candidates: list[_Candidate], others: list[_Candidate]) -> list[_Candidate]:
    """The candidates that lie in none of the others: "La Strada" is no body of its own in "La Strada
    Beynəlxalq Şəbəkəsi"."""
    return [c for c in candidates if not any(o.start <= c.start and c.end <= o.end for o in others)]


def _ends_an_owners_name(
    tokens: list[_Token], first: int, last: int, extents: list[tuple[int, int]], lang: LanguageData
) -> bool:
    """Whether the name ends inside a name found before it, right after one continuer of it: the head names
    the unit of the owner that the continuer names ("Council of | Europe Office", "Department of | State's
    Office to Monitor ..."); after another word ("of the", "under the"), it is the owner's own name
    ("Training Centre of the | Prosecutor's Office")."""
    if first < 2 or tokens[first - 1].folded not in lang.org_continuers:
        return False
    if tokens[first - 2].role not in (_Role.capital, _Role.abbreviation):
        return False
    return any(start < first and end >= last for start, end in extents)


def _each_listed(
    text: str, tokens: list[_Token], first: int, last: int, head_index: int, singular: str, lang: LanguageData
) -> list[_Candidate]:
    """The bodies a plural head lists, each by its field and the singular head: "Georgian Ministries of
    Justice and Internal Affairs" -> "Georgian Ministry of Justice", "Georgian Ministry of Internal
    Affairs"; "Ədliyyə və Daxili İşlər nazirlikləri" -> "Ədliyyə Nazirliyi", "Daxili İşlər Nazirliyi"."""
    head = tokens[head_index]
    singular_text = head.text[0].upper() + singular[1:]
    # The fields stand after the head where the name goes on past it ("of ..."), else before it.
    fields_after = last > head_index + 1
    fields = tokens[head_index + 2 : last + 1] if fields_after else tokens[first:head_index]
    groups: list[list[_Token]] = [[]]
    for token in fields:
        if token.folded in lang.conjunctions:
            groups.append([])
        else:
            groups[-1].append(token)
    found = []
    for group in (g for g in groups if g):
        field_text = text[group[0].start : group[-1].end]
        if fields_after:
            before = text[tokens[first].start : head.start]
            name = f"{before}{singular_text} {tokens[head_index + 1].text} {field_text}"
        else:
            name = f"{field_text} {singular_text}"
        found.append(_Candidate(re.sub(r"\s+", " ", name), tokens[first].start, tokens[last].end))
    return found


def _inside_a_title(tokens: list[_Token], first: int, last: int) -> bool:
    """Whether the name opens a quotation that goes on past it: words of a quoted title ("“Risk
    qrupundan olan şagirdlərlə iş” mövzusunda"), not a quoted name (“Çağrı Mərkəzi”)."""
    words = tokens[first : last + 1]
    opened = sum(t.text in _OPEN_QUOTES for t in words)
    closed = sum(t.text in _CLOSE_QUOTES and t.text not in _OPEN_QUOTES for t in words)
    closes_next = last + 1 < len(tokens) and tokens[last + 1].text in _CLOSE_QUOTES
    return opened > closed and not closes_next


def _qualifies_next_head(tokens: list[_Token], index: int, lang: LanguageData) -> bool:
    """A head in its dictionary form before a name that goes on to another head qualifies it: "Public
    Service Development Agency", "Birləşmiş Millətlər Təşkilatı Baş Assambleyası", "“... İnkişaf
    Mərkəzi” İctimai Birliyi"; a head in the genitive or possessive owns what follows ("Ministry's
    Office"), and a name may end at its head ("Dövlət Miqrasiya Xidməti Yevlax, Şəki ...")."""
    after = index + 1
    # (A closing quote stands right against the word it closes; '"' with a space before it opens.)
    if (
        after < len(tokens)
        and tokens[after].text in _CLOSE_QUOTES
        and tokens[after].start == tokens[index].end
    ):
        named_on = after + 1 < len(tokens) and tokens[after + 1].joined
        return named_on and tokens[after + 1].role in (_Role.capital, _Role.connector)
    if tokens[index].folded != tokens[index].head or tokens[index].role is not _Role.capital:
        return False
    for position in range(after, len(tokens)):
        token = tokens[position]
        # (Where names end at their head, a connector other than "and" goes on the name: "... Mərkəzi İctimai
        # Birliyi"; where they go on past it, "for", "of" begin the head's own words.)
        inner_connector = (
            not lang.org_continuers
            and token.role is _Role.connector
            and token.folded not in lang.conjunctions
        )
        if not token.joined or (token.role is not _Role.capital and not inner_connector):
            return False
        if token.head:
            # (... but a known body's name after it names that body: "Birliyi | Təhsil Nazirliyi".)
            return not _known_between(tokens, after, position, lang)
    return False


def _known_between(tokens: list[_Token], first: int, head_index: int, lang: LanguageData) -> bool:
    """Whether the words from ``tokens[first]`` to the head, the head in its dictionary form, name a known
    body."""
    if first >= head_index or tokens[head_index].head is None:
        return False
    words = [t.folded for t in tokens[first:head_index]] + [tokens[head_index].head or ""]
    return " ".join(words) in _known_names(lang)


def _abbreviations(text: str, tokens: list[_Token], lang: LanguageData) -> list[_Candidate]:
    found: list[_Candidate] = []
    for index, token in enumerate(tokens):
        # (Some bodies are known by a word with one capital: "Interpol", "Eurojust"; a shorter one is a
        # person's name: "Greta", "Mia".)
        named = token.role is _Role.capital and len(token.text) >= _NAME_AS_ALIAS_LEN
        abbreviation = _abbreviation(token.text) or (token.text if named else None)
        # (The second word of a short name of two words names no body of its own: "УВКБ ООН".)
        if abbreviation is None or (found and token.end <= found[-1].end):
            continue
        # (A short name of two words is one body, not the first's: "UN Women".)
        following = tokens[index + 1] if index + 1 < len(tokens) and tokens[index + 1].joined else None
        two_words = f"{abbreviation} {following.text}" if following else ""
        if (
            following
            and token.folded[: len(abbreviation)] in _two_word_openers(lang)
            and lang.fold(two_words) in lang.org_aliases
        ):
            two_words_name = lang.org_aliases[lang.fold(two_words)]
            found.append(_Candidate(two_words_name, token.start, following.end, two_words, given=True))
            continue
        full_name = lang.org_aliases.get(lang.fold(abbreviation))
        if full_name is None:
            continue
        end = token.start + len(abbreviation)
        listed_last = _last_listed(tokens, index, lang)
        state = _state_after(tokens, listed_last, lang)
        if state is not None:
            full_name = f"{full_name} {text[tokens[listed_last + 1].start : state.end]}"
            end = state.end if listed_last == index else end
        found.append(_Candidate(full_name, token.start, end, abbreviation, given=state is None))
    return found


@cache
def _two_word_openers(lang: LanguageData) -> frozenset[str]:
    """The first words of the short names of two words ("un" of "UN Women")."""
    return frozenset(alias.split()[0] for alias in lang.org_aliases if " " in alias)


def _last_listed(tokens: list[_Token], index: int, lang: LanguageData) -> int:
    """The last of the known abbreviations listed from ``tokens[index]`` on, with commas or "and": a state's
    name after the list names each one's state ("МИД, МВД, ГТК и ГПС Азербайджана")."""
    last = index
    position = index + 1
    while position < len(tokens):
        if tokens[position].folded in lang.conjunctions and tokens[position].joined:
            position += 1
        elif not tokens[position].after_comma:
            break
        if (
            position >= len(tokens)
            or lang.fold(_abbreviation(tokens[position].text) or "") not in lang.org_aliases
        ):
            break
        last = position
        position += 1
    return last


def _state_after(tokens: list[_Token], index: int, lang: LanguageData) -> _Token | None:
    """The last of the capitalised words in the genitive that name a state right after an abbreviation,
    where names go on in the genitive: "МВД Республики Казахстан" is that state's ministry."""
    if not lang.org_inner_endings:
        return None
    last = None
    for token in tokens[index + 1 : index + 1 + _STATE_WORDS]:
        # (A person's initial is no state's word: "МВД Н. Осмонов".)
        initial = len(token.text) == 1
        if (
            not token.joined
            or token.role is not _Role.capital
            or token.head
            or token.document_word
            or initial
        ):
            break
        last = token
    return last


def _quoted_with_abbreviation(text: str) -> list[_Candidate]:
    """A quoted name that an abbreviation in brackets follows: «Поддержка систем ...» (SCIBM)."""
    found = []
    for match in _QUOTED_ABBREVIATED.finditer(text):
        if _abbreviation(match.group(2)) == match.group(2):
            found.append(_Candidate(match.group(1).strip(), match.start(1), match.end(1), match.group(2)))
    return found


def _bracketed(text: str, candidates: list[_Candidate], lang: LanguageData) -> dict[str, str]:
    """Abbreviations defined by brackets: "Name (ABBR)" and "ABBR (Name)" -> {name: ABBR}."""
    defined: dict[str, str] = {}
    # (Brackets after two names ending together abbreviate the one whose initials they spell: "Central ...
    # Department of the Ministry of Internal Affairs (MIA)" is the ministry; else the longer: "Бюро ...
    # Государственного департамента США (INL)" is the bureau.)
    abbreviated: dict[int, _Candidate] = {}
    for candidate in sorted(candidates, key=lambda c: c.start):
        chosen = abbreviated.get(candidate.end)
        if chosen is None or (
            _spells_its_name(text, candidate, lang) and not _spells_its_name(text, chosen, lang)
        ):
            abbreviated[candidate.end] = candidate
    for candidate in candidates:
        if abbreviated[candidate.end] is not candidate:
            continue
        # "(UNODC)", and abbreviations of two words: "(УНП ООН)".
        after = _ABBREVIATION_RIGHT_AFTER.match(text, candidate.end)
        before = re.search(
            r"([^\W\d_]+)\s*\($", text[max(0, candidate.start - _BRACKET_REACH) : candidate.start]
        )
        for match in (after, before):
            if (
                match
                and _is_short_name(match.group(1), lang)
                and not _names_a_part(candidate.name, match.group(1), lang)
            ):
                defined[candidate.name] = match.group(1)
        known = _known_abbreviation_ahead(text, candidate, lang)
        if known is not None:
            defined.setdefault(candidate.name, known)
    return defined


def _spells_its_name(text: str, candidate: _Candidate, lang: LanguageData) -> bool:
    """Whether an abbreviation in brackets right after the candidate spells the initials of its words."""
    match = _ONE_WORD_RIGHT_AFTER.match(text, candidate.end)
    if match is None:
        return False
    words = [lang.fold(w) for w in _ABBREVIATION_PART.findall(text[candidate.start : candidate.end])]
    return _spells_initials(lang.fold(match.group(1)), words, lang)


def _is_short_name(words: str, lang: LanguageData) -> bool:
    """Whether the words in brackets after a name are its short form: abbreviations ("UNODC", "УНП ООН",
    "Eurojust"), or an abbreviation and a head ("QHT Şurası")."""
    parts = words.split()
    if all(_abbreviation(part) == part or lang.fold(part) in lang.org_aliases for part in parts):
        return True
    return (
        len(parts) == 2
        and _abbreviation(parts[0]) == parts[0]
        and _head_of(lang.fold(parts[1]), lang) is not None
    )


def _reaching_its_abbreviation(text: str, candidate: _Candidate, lang: LanguageData) -> _Candidate:
    """The candidate taken on to an abbreviation in brackets a few words after it that spells the initials
    of its words, which no rule reached: "Бюро ОБСЕ по демократическим институтам и правам человека
    (БДИПЧ)", "Управление ООН по наркотикам и преступности (УНП ООН)" (another body's abbreviation in
    the name gives no initial)."""
    match = _ABBREVIATION_AHEAD.match(text, candidate.end)
    if match is None:
        return candidate
    letters, *parents = match.group(1).split()
    stretch = text[candidate.start : match.start(1) - 1]
    words = [w for w in _ABBREVIATION_PART.findall(stretch) if _abbreviation(w) != w]
    if not _spells_initials(lang.fold(letters), [lang.fold(w) for w in words], lang):
        return candidate
    if not all(_names_the_parent(stretch, parent, lang) for parent in parents):
        return candidate
    tail = text[candidate.end : match.start(1) - 1].rstrip()
    # (A head after "and" on the way names another body: "Министерством труда ... | и Международной
    # организацией по миграции (МОМ)"; but "State Labour and Social Service|s Inspectorate (SLSSI)".)
    words = [lang.fold(word) for word in _ABBREVIATION_PART.findall(tail)]
    joined = next((n for n, word in enumerate(words) if word in lang.conjunctions), len(words))
    if any(_head_of(word, lang) for word in words[joined:]):
        return candidate
    return _Candidate(candidate.name + re.sub(r"\s+", " ", tail), candidate.start, candidate.end + len(tail))


def _state_line(tokens: list[_Token], i: int, lang: LanguageData) -> bool:
    """Whether the line that ``tokens[i]`` opens names only a state, in the genitive after a body's name
    written over two lines (an addressee's): "Министерство внутренних дел\nРеспублики Казахстан"."""
    if not lang.org_inner_endings:
        return False
    for position in range(i, min(i + _STATE_WORDS, len(tokens))):
        token = tokens[position]
        if token.role is not _Role.capital or token.head or (position > i and not token.joined):
            return False
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        if following is None or following.after_line_break:
            return True
    return False


def _names_the_parent(stretch: str, parent: str, lang: LanguageData) -> bool:
    """Whether ``stretch`` names the parent body that an abbreviation ends with, by its abbreviation or its
    known full name in any case ("УНП ООН": "Управление Организации Объединённых Наций по ...")."""
    folded = lang.fold(stretch)
    full_name = lang.org_aliases.get(lang.fold(parent))
    return lang.fold(parent) in folded or (
        full_name is not None and fuzz.partial_ratio(lang.fold(full_name), folded) >= _SAME_BODY_RATIO
    )


def _spells_initials(letters: str, words: list[str], lang: LanguageData) -> bool:
    """Whether ``letters`` are the initials of the first and last of ``words`` and, in order, of some of
    those between (connectors give none: "по", "и")."""
    if (
        len(letters) < 2
        or len(words) < len(letters)
        or words[0][0] != letters[0]
        or words[-1][0] != letters[-1]
    ):
        return False
    remaining = iter(w[0] for w in words[1:-1] if w not in lang.org_connectors)
    return all(letter in remaining for letter in letters[1:-1])


def _known_abbreviation_ahead(text: str, candidate: _Candidate, lang: LanguageData) -> str | None:
    """A known abbreviation in brackets a few words on whose full name begins with the candidate's: the
    name went on in words that no rule reaches ("Организации по безопасности и сотрудничеству в Европе
    (ОБСЕ)", found as "Организация по безопасности")."""
    match = _ABBREVIATION_AHEAD.match(text, candidate.end)
    if match is None:
        return None
    full_name = lang.org_aliases.get(lang.fold(match.group(1)))
    if full_name is None:
        return None
    return match.group(1) if _key(full_name, lang).startswith(_key(candidate.name, lang) + " ") else None


def _names_a_part(name: str, abbreviation: str, lang: LanguageData) -> bool:
    """Whether a known abbreviation after a longer name names the body at its end: "Исполнительный
    комитет Содружества Независимых Государств (СНГ)" is a committee of the СНГ, not the СНГ."""
    known = lang.org_aliases.get(lang.fold(abbreviation))
    if known is None:
        return False
    key, known_key = _key(name, lang), _key(known, lang)
    # (The known body with its parent's abbreviation in its name is that body: "OSCE Office for Democratic
    # Institutions and Human Rights (ODIHR)", "Бюро ОБСЕ по демократическим институтам ... (БДИПЧ)".)
    if (
        key.endswith(" " + known_key)
        or " ".join(w for w in key.split() if w not in lang.org_aliases) == known_key
    ):
        return False
    return len(key) > len(known_key) + _TYPO_LEN and fuzz.partial_ratio(known_key, key) >= _SAME_BODY_RATIO


@lru_cache(maxsize=_WORD_CACHE)
def _key(name: str, lang: LanguageData) -> str:
    key = _written_key(name, lang)
    # The state's name stands before a body's name in Azerbaijani and English, after it in Russian.
    for state in sorted(lang.org_state_prefixes, key=len, reverse=True):
        if key.startswith(state + " "):
            return key[len(state) + 1 :]
        if key.endswith(" " + state):
            return key[: -len(state) - 1]
    return key


def _same_body(key: str, other: str) -> bool:
    """Two keys spelt alike name one body ("səfriliyi" ~ "səfirliyi"); a longer name is another body,
    often a unit of the first ("Gürcüstan Daxili İşlər Nazirliyi", "... Komissiyasının İşçi Qrupu")."""
    return abs(len(key) - len(other)) <= _TYPO_LEN and fuzz.ratio(key, other) >= _SAME_BODY_RATIO


def _find_body(bodies: list[_Body], key: str, abbreviation: str | None, lang: LanguageData) -> _Body | None:
    for body in bodies:
        if body.key == key or (abbreviation and body.abbreviation == abbreviation):
            return body
        # A short form written as a name: "QHT Şurasının" for "... Şurası (QHT Şurası)".
        if body.abbreviation and " " in body.abbreviation and _key(body.abbreviation, lang) == key:
            return body
    return next((body for body in bodies if _same_body(body.key, key)), None)


def _display_name(body: _Body, lang: LanguageData) -> str:
    """The fullest name the report gives the body ("Georgian Labour Inspectorate" over "Labour
    Inspectorate"), leaving the state prefix aside; the most written among equals; an abbreviation's full
    name only where the report writes none ("Avropa İttifaqının Məhkəmə Əməkdaşlığı Agentliyi (Eurojust)")."""
    written = body.written or body.names
    return max(written, key=lambda n: (len(_key(n, lang)), written.count(n), _key(n, lang) == lang.fold(n)))


def _signature(text: str) -> list[tuple[int, int]]:
    """The spans of the short lines among the text's last lines: who signs ("Заместитель министра",
    "Департамент криминальной полиции МВД Республики Казахстан")."""
    lines = [line for line in _LINE.finditer(text) if line.group().strip()]
    if len(lines) <= _SIGNATURE_LINES:
        return []  # no more than a signature: a report of a few lines names what it reports on
    return [
        line.span()
        for line in lines[-_SIGNATURE_LINES:]
        if len(line.group().split()) <= _SIGNATURE_WORDS and not line.group().rstrip().endswith(".")
    ]


def _within_any(spans: list[tuple[int, int]], outer: list[tuple[int, int]]) -> bool:
    return all(any(start <= s and e <= end for start, end in outer) for s, e in spans)


def _signs_only(body: _Body, signature: list[tuple[int, int]], lang: LanguageData) -> bool:
    """Whether the body is a unit of another (a head or an abbreviation besides its own in its name) named
    only where the report is signed: the department that wrote it, which the report does not report on
    ("Nazirliyin İnsan Hüquqları və İctimaiyyətlə Əlaqələr İdarəsi" under the text)."""
    if not _within_any(body.spans, signature):
        return False
    words = _TOKEN.findall(_display_name(body, lang))
    named = [w for w in words if _abbreviation(w) or _head_of(lang.fold(w), lang)]
    return len(named) > 1


def _short_forms_merged(bodies: list[_Body], lang: LanguageData) -> list[_Body]:
    """The bodies with each short form of a longer name merged into it: "Dövlət Komitəsi" into "Ailə, Qadın
    və Uşaq Problemləri üzrə Dövlət Komitəsi", "Inter-Agency Coordination Council" into "... Council for
    Combating Trafficking in Persons", "Правительство" into "Правительство Кыргызской Республики"."""
    merged: set[int] = set()
    # Shortest first, so that a short form reaches the longest name through the names between.
    for body in sorted(bodies, key=lambda b: len(b.key)):
        longer = next((o for o in bodies if o is not body and _short_form(body, o, lang)), None)
        if longer is None:
            continue
        longer.names += body.names
        longer.written += body.written
        longer.spans = sorted(longer.spans + body.spans)
        longer.abbreviation = longer.abbreviation or body.abbreviation
        merged.add(id(body))
    return sorted((b for b in bodies if id(b) not in merged), key=lambda b: b.spans[0])


def _short_form(body: _Body, other: _Body, lang: LanguageData) -> bool:
    """Whether ``body`` is named by the first or last words of ``other``'s name with the same head: words left
    out after the head add no other body ("Council of Europe" is no short form of "Council of Europe Office
    in Baku"); a known body's name of more than one word is a body of its own ("Daxili İşlər Nazirliyi",
    not Georgia's)."""
    # (By the fullest names, the state's name kept: "Ministry of Internal Affairs of the Republic of
    # Azerbaijan" is no short form of "Ministry of Internal Affairs of Georgia".)
    words, others = _full_key(body, lang).split(), _full_key(other, lang).split()
    both_abbreviated = body.abbreviation is not None and other.abbreviation is not None
    if len(words) >= len(others) or (both_abbreviated and other.abbreviation != body.abbreviation):
        return False
    if _same_words(others[-len(words) :], words, lang):
        # (A head in the genitive before it owns the body: "Ədliyyə Nazirliyinin | Penitensiar Xidməti"; one
        # in its dictionary form is the longer name's own: "Training Centre of the | Prosecutor's Office",
        # but for the word that puts the body under it: "Nazirliyi yanında | Dövlət Əmək Müfəttişliyi
        # Xidməti".)
        under = others[-len(words) - 1] in lang.org_owner_postpositions
        return (len(words) == 1 or body.key not in _known_names(lang)) and (
            under or not any(_head_of(w, lang) == w for w in others[: -len(words)])
        )
    # (Words after the same head name it further, or its owner: "Permanent Secretariat | of the National
    # Committee ..."; a head right after it is another body's: "Council of Europe | Office in Baku".)
    # (Two known bodies are two: "United Nations" is no short form of "United Nations Development Programme".)
    extra = others[len(words) :]
    known = _known_names(lang)
    return (
        _same_words(others[: len(words)], words, lang)
        and (extra[0] in lang.org_continuers or not any(_head_of(w, lang) == w for w in extra))
        and not (body.key in known and " ".join(others) in known)
    )


def _same_words(words: list[str], others: list[str], lang: LanguageData) -> bool:
    """Whether two runs of words are the same, a head's forms one word: "Nazirliyin | İnsan ... idarəsi" is a
    short form of "Daxili İşlər Nazirliyinin | İnsan ... idarəsi"."""
    return [_head_of(w, lang) or w for w in words] == [_head_of(w, lang) or w for w in others]


def _full_key(body: _Body, lang: LanguageData) -> str:
    return max((_written_key(n, lang) for n in body.names), key=len)


@lru_cache(maxsize=_WORD_CACHE)
def _written_key(name: str, lang: LanguageData) -> str:
    """The name folded, without quotes and with single spaces, the state's name kept."""
    return re.sub(r"\s+", " ", _QUOTES.sub("", lang.fold(name))).strip()


def find_organisations(text: str, lang: LanguageData) -> list[Organisation]:
    """Every distinct organisation named in ``text``, in order of first mention."""
    tokens = _tokens(text, lang)
    structural = [
        _reaching_its_abbreviation(text, candidate, lang) for candidate in _structural(text, tokens, lang)
    ]
    defined = _bracketed(text, structural, lang)
    found = structural + _abbreviations(text, tokens, lang) + _quoted_with_abbreviation(text)
    found += _outside(_headless_known(text, tokens, lang), found)
    candidates = sorted(found, key=lambda c: (c.start, c.end))
    bodies: list[_Body] = []
    for candidate in candidates:
        abbreviation = candidate.abbreviation or defined.get(candidate.name)
        key = _key(candidate.name, lang)
        body = _find_body(bodies, key, abbreviation, lang)
        if body is None:
            body = _Body(key=key)
            bodies.append(body)
        body.names.append(candidate.name)
        if not candidate.given:
            body.written.append(candidate.name)
        body.abbreviation = body.abbreviation or abbreviation
        body.spans.append((candidate.start, candidate.end))
    bodies = _short_forms_merged(bodies, lang)
    signature = _signature(text)
    bodies = [b for b in bodies if not _signs_only(b, signature, lang)]
    return [
        Organisation(
            name=_display_name(body, lang),
            abbreviation=body.abbreviation,
            aliases=sorted(set(body.names) - {_display_name(body, lang)}),
            mentions=[SourceSpan(source_start=start, source_end=end) for start, end in body.spans],
        )
        for body in bodies
    ]
