"""Find the organisations a report names, each once, with every mention.

Three ways in, all driven by the language data (``icra/lang/<code>/orgs.py``):

- structure: a run of capitalised words (and the connectors and inner words a
  language allows) around a head noun ("... Nazirliyi", "Ministry of ...",
  "... служба по ..."); the head is put back in its dictionary form, so
  "Dövlət Miqrasiya Xidmətinin" is "Dövlət Miqrasiya Xidməti";
- known abbreviations ("BMqT-nin", "IOM", "МВД"), named by their full name;
- definitions in brackets: "International Bureau ... (INL)", "İCMPD (Международный центр ...)".

Mentions of one body are merged by their name with the state prefix set aside
("Azərbaycan Respublikası Nazirlər Kabineti" is "Nazirlər Kabineti"), and by
near-equal spelling (rapidfuzz), which absorbs typos such as "Səfriliyi".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum

from rapidfuzz import fuzz

from icra.lang import LanguageData
from icra.model import Organisation, SourceSpan

_TOKEN = re.compile(r"[^\W\d_]+(?:[-‐'’][^\W\d_]+)*|[“”«»\"„]")
_OPEN_QUOTES = "“«„"
_CLOSE_QUOTES = '”»"'
_ABBREVIATION_PART = re.compile(r"[^\W\d_]+")
# Two spellings of one body differ by a letter or two; two bodies differ by a word.
_SAME_BODY_RATIO = 90
# An abbreviation has at most this many letters ("İCMPD", "UNICEF").
_ABBREVIATION_LEN = 7


class Role(Enum):
    capital = "capital"
    abbreviation = "abbreviation"
    quote = "quote"
    connector = "connector"
    inner = "inner"
    other = "other"


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str
    folded: str
    role: Role
    # The head noun's dictionary form (folded) when the token is one: "xidmətinin" -> "xidməti".
    head: str | None
    # Only spaces stand between this token and the one before it.
    joined: bool
    first_in_sentence: bool


@dataclass
class _Candidate:
    name: str
    start: int
    end: int
    abbreviation: str | None = None


@dataclass
class _Body:
    key: str
    names: list[str] = field(default_factory=list)
    abbreviation: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)


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


def _head_of(folded: str, lang: LanguageData) -> str | None:
    matches = [stem for stem in lang.org_heads if folded.startswith(stem)]
    return lang.org_heads[max(matches, key=len)] if matches else None


def _role(text: str, folded: str, lang: LanguageData) -> Role:
    if text in _OPEN_QUOTES or text in _CLOSE_QUOTES:
        return Role.quote
    if _abbreviation(text):
        return Role.abbreviation
    if text[0].isupper():
        return Role.capital
    if folded in lang.org_connectors or folded in lang.org_continuers:
        return Role.connector
    if lang.org_inner_endings and folded.endswith(lang.org_inner_endings):
        return Role.inner
    return Role.other


def _tokens(text: str, lang: LanguageData) -> list[_Token]:
    folded_text = lang.fold(text)
    tokens: list[_Token] = []
    previous_end = 0
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        gap = text[previous_end:start]
        joined = bool(tokens) and gap.strip(" \t\u00a0") == ""
        sentence_start = not tokens or bool(re.search(r"[.!?:;\n]", gap))
        folded = folded_text[start:end]
        tokens.append(
            _Token(
                start=start,
                end=end,
                text=match.group(),
                folded=folded,
                role=_role(match.group(), folded, lang),
                head=_head_of(folded, lang),
                joined=joined,
                first_in_sentence=sentence_start,
            )
        )
        previous_end = end
    return tokens


def _lowercase_words(tokens: list[_Token]) -> frozenset[str]:
    return frozenset(t.folded for t in tokens if not t.text[0].isupper())


def _left_edge(tokens: list[_Token], head_index: int, lang: LanguageData) -> int:
    """Index of the first token of the name whose head is ``tokens[head_index]``."""
    first = head_index
    i = head_index - 1
    while i >= 0 and tokens[i + 1].joined:
        token = tokens[i]
        if token.role is Role.connector and token.folded in lang.org_continuers:
            break
        if token.role is Role.other:
            break
        # Another body's head followed by a connector ends that body's name: "Nazirliyi və ...".
        if token.head and i + 1 < head_index and tokens[i + 1].role is Role.connector:
            break
        first = i
        i -= 1
    return first


def _right_edge(tokens: list[_Token], head_index: int, lang: LanguageData) -> int:
    """Index of the last token of the name: past the head only where the language continues names."""
    last = head_index
    i = head_index + 1
    if i >= len(tokens) or not tokens[i].joined:
        return last
    opener = tokens[i]
    if not (opener.folded in lang.org_continuers or opener.role is Role.inner):
        return last
    while (
        i < len(tokens)
        and tokens[i].joined
        and tokens[i].role
        in (
            Role.capital,
            Role.abbreviation,
            Role.connector,
            Role.inner,
        )
    ):
        if tokens[i].role in (Role.capital, Role.abbreviation, Role.inner):
            last = i
        i += 1
    return last


def _trim_left(tokens: list[_Token], first: int, head_index: int, common: frozenset[str]) -> int:
    """Drop leading words that cannot open a name: connectors, closing quotes, a sentence's first word."""
    while first < head_index:
        token = tokens[first]
        ordinary_opener = (
            token.first_in_sentence
            and token.role is Role.capital
            and token.head is None
            and token.folded in common
        )
        if token.role in (Role.connector, Role.inner) or token.text in _CLOSE_QUOTES or ordinary_opener:
            first += 1
        else:
            break
    return first


def _name_text(text: str, tokens: list[_Token], first: int, last: int, head_index: int) -> str:
    head = tokens[head_index]
    dictionary_form = head.text[0] + (head.head or head.folded)[1:]
    before = text[tokens[first].start : head.start]
    after = text[head.end : tokens[last].end]
    name = re.sub(r"\s+", " ", before + dictionary_form + after).strip()
    # A name that opens a quotation closes it: “Çağrı Mərkəzi”.
    opened = sum(name.count(q) for q in _OPEN_QUOTES)
    closed = sum(name.count(q) for q in _CLOSE_QUOTES)
    return name + "”" if opened > closed else name


def _structural(text: str, tokens: list[_Token], lang: LanguageData) -> list[_Candidate]:
    common = _lowercase_words(tokens)
    found: list[_Candidate] = []
    for index, token in enumerate(tokens):
        if token.head is None or token.role is Role.abbreviation:
            continue
        first = _trim_left(tokens, _left_edge(tokens, index, lang), index, common)
        last = _right_edge(tokens, index, lang)
        named_by = [t for t in tokens[first : last + 1] if t.role in (Role.capital, Role.abbreviation)]
        # One capitalised word is a noun, not a name ("Xidmət", "Office"); a lower-case head
        # needs a capitalised word before it ("Təlim-tədris mərkəzi").
        if last == first or not named_by or (token.role is not Role.capital and first == index):
            continue
        found.append(
            _Candidate(_name_text(text, tokens, first, last, index), tokens[first].start, tokens[last].end)
        )
    return found


def _abbreviations(tokens: list[_Token], lang: LanguageData) -> list[_Candidate]:
    found = []
    for token in tokens:
        abbreviation = _abbreviation(token.text)
        if abbreviation is None:
            continue
        full_name = lang.org_aliases.get(lang.fold(abbreviation))
        if full_name is not None:
            end = token.start + len(abbreviation)
            found.append(_Candidate(full_name, token.start, end, abbreviation))
    return found


def _bracketed(text: str, candidates: list[_Candidate]) -> dict[str, str]:
    """Abbreviations defined by brackets: "Name (ABBR)" and "ABBR (Name)" -> {name: ABBR}."""
    defined: dict[str, str] = {}
    for candidate in candidates:
        after = re.match(r"\s*\(([^\W\d_]+)\)", text[candidate.end :])
        if after and _abbreviation(after.group(1)) == after.group(1):
            defined[candidate.name] = after.group(1)
        before = re.search(r"([^\W\d_]+)\s*\($", text[: candidate.start])
        if before and _abbreviation(before.group(1)) == before.group(1):
            defined[candidate.name] = before.group(1)
    return defined


def _key(name: str, lang: LanguageData) -> str:
    key = re.sub(r"[“”«»\"„'’]", "", lang.fold(name))
    key = re.sub(r"\s+", " ", key).strip()
    for prefix in sorted(lang.org_state_prefixes, key=len, reverse=True):
        if key.startswith(prefix + " "):
            return key[len(prefix) + 1 :]
    return key


def _find_body(bodies: list[_Body], key: str, abbreviation: str | None) -> _Body | None:
    for body in bodies:
        if body.key == key or (abbreviation and body.abbreviation == abbreviation):
            return body
    for body in bodies:
        if fuzz.ratio(body.key, key) >= _SAME_BODY_RATIO:
            return body
    return None


def _display_name(body: _Body, lang: LanguageData) -> str:
    """The name as the report writes it most, preferring the form without the state prefix."""
    return max(
        body.names, key=lambda n: (body.names.count(n), _key(n, lang) == lang.fold(n), -body.names.index(n))
    )


def find_organisations(text: str, lang: LanguageData) -> list[Organisation]:
    """Every distinct organisation named in ``text``, in order of first mention."""
    tokens = _tokens(text, lang)
    structural = _structural(text, tokens, lang)
    defined = _bracketed(text, structural)
    candidates = sorted(structural + _abbreviations(tokens, lang), key=lambda c: (c.start, c.end))
    bodies: list[_Body] = []
    for candidate in candidates:
        abbreviation = candidate.abbreviation or defined.get(candidate.name)
        key = _key(candidate.name, lang)
        body = _find_body(bodies, key, abbreviation)
        if body is None:
            body = _Body(key=key)
            bodies.append(body)
        body.names.append(candidate.name)
        body.abbreviation = body.abbreviation or abbreviation
        body.spans.append((candidate.start, candidate.end))
    return [
        Organisation(
            name=_display_name(body, lang),
            abbreviation=body.abbreviation,
            aliases=sorted(set(body.names) - {_display_name(body, lang)}),
            mentions=[SourceSpan(source_start=start, source_end=end) for start, end in body.spans],
        )
        for body in bodies
    ]
