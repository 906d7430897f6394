"""Sentences: where each sentence, bullet line or table row of a text begins and ends.

Line breaks end a sentence unless they only wrap it (the line ends without a
stop and the next goes on in a small letter); stops end one only where the next word
starts with a capital or a digit and the stop ends no abbreviation of the
language (``və s.``, ``г.``, ``Mr.``) and no initial. A table row is a line
of cells joined by ``|`` (as the readers write Word tables); its table's
first row names the columns.
"""

from __future__ import annotations

import re
from functools import lru_cache

from icra.lang import LanguageData

# A line break, or sentence-ending punctuation before a space (after closing quotes or brackets).
_SENTENCE_END = re.compile(r"\n+|[.!?;…]+[\"”»)]*(?=\s|$)")


def split_sentences(text: str, lang: LanguageData) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence or line: a line break ends one unless it only wraps it,
    a stop only where the next word begins with a capital or a digit, and a full
    stop only where it ends no abbreviation (``və s.``, ``г.``, ``Mr.``) and no
    initial (``F. Nəbiyev``)."""
    return list(_sentences(text, lang))


# Every extractor splits the same section: split it once.
@lru_cache(maxsize=32)
def _sentences(text: str, lang: LanguageData) -> tuple[tuple[int, int], ...]:
    folded = lang.fold(text)
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if match[0][0] != "\n" and _continues(text, end):
            continue
        if match[0] == "\n" and _wrapped(text, match.start(), lang):
            continue
        if match[0][0] == "." and _ends_abbreviation(folded, match.start() + 1, lang):
            continue
        s, e = _trimmed(text, start, end)
        if e > s:
            spans.append((s, e))
        start = end
    s, e = _trimmed(text, start, len(text))
    if e > s:
        spans.append((s, e))
    return tuple(spans)


def _continues(text: str, end: int) -> bool:
    """Whether the sentence goes on after a stop: the next word begins with a small letter
    (“İnsan alverinə yox de!” adlı aksiya)."""
    following = re.match(r"\s*(\S)", text[end : end + 10])
    return bool(following and following[1].isalpha() and following[1].islower())


def _wrapped(text: str, line_break: int, lang: LanguageData) -> bool:
    """Whether a single line break only wraps a sentence (text pasted from an e-mail or a PDF): the
    line ends with no stop, colon or bullet's mark, the next goes on in a small letter, the line ends
    in a word that cannot end one ("Ministry of\nUkraine") or is as long as a wrapped text's lines,
    and neither is a table row ("* 12\nmart 2017-ci il - seminar")."""
    line_start = text.rfind("\n", 0, line_break) + 1
    line = text[line_start:line_break].rstrip()
    # (A forwarded e-mail quotes each line with ">".)
    following = re.match(r"[ \t\u00a0>]*(\S)", text[line_break + 1 : line_break + 11])
    next_end = text.find("\n", line_break + 1)
    next_line = text[line_break + 1 : len(text) if next_end < 0 else next_end]
    goes_on = bool(following and following[1].isalpha() and following[1].islower())
    last_word = re.search(r"[^\W\d_]+$", line)
    open_ended = bool(last_word and lang.fold(last_word[0]) in lang.common_words and following)
    # A hard-wrapped paragraph (a PDF's text layer, a fixed-width e-mail) breaks long lines anywhere,
    # also before a capital ("the Justice\nAcademy held a course"), onto a long line or its last one; a
    # headline goes on to no dateline ("... seminar keçirildi\n4 may 2017"), a new item opens with its mark.
    hard_wrapped = (
        _WRAPPED_LINE <= len(line) <= _WRAP_WIDTH
        and (
            len(next_line) >= _WRAPPED_LINE or (next_line.strip() != "" and next_line.rstrip()[-1] in _STOPS)
        )
        and not _ITEM_MARK.match(next_line)
    )
    return bool(
        line
        and line[-1] not in _LINE_ENDS
        and (goes_on or open_ended or hard_wrapped or _number_goes_on(next_line))
        and "|" not in line
        and "|" not in next_line
    )


# A line of a few words opening with a number and ending without a stop is one of its own: a dateline
# ("4 may 2017"), a signature's date.
_DATE_LINE_WORDS = 4
_STOPS = ".!?;…"
# A number opening a line, with a case ending glued to it ("24-də") or the word after it.
_OPENING_NUMBER = re.compile(
    r"[ \t\u00a0>]*\d+(?:[/.\-‐‑]\d+)*(?:[-‐‑]([^\W\d_]+))?(?:[ \t\u00a0]+([^\W\d_]))?"
)


def _number_goes_on(line: str) -> bool:
    """Whether a line opening with a number carries on the line before ("aprelin\n24-də Gənclər
    Fondu ilə", "tarixli\n17/4-2231 nömrəli məktub"): a case ending or a small letter follows it; a
    list's number ("1. ", "2) "), a plan code with a spaced suffix ("13.9.4 -cü bənd") and a date alone
    on its line open one."""
    match = _OPENING_NUMBER.match(line)
    if not match or line[match.end() : match.end() + 1] in (".", ")"):
        return False
    if len(line.split()) <= _DATE_LINE_WORDS and line.rstrip()[-1:] not in _STOPS:
        return False
    return bool(match[1]) or bool(match[2] and match[2].islower())


# How long a line must be to have been wrapped by its width rather than ended by its writer, and the
# widest a wrapped text is (a paragraph written on one line is longer).
_WRAPPED_LINE = 70
_WRAP_WIDTH = 130
# A list item's or a numbered paragraph's mark at a line's start: "- ", "• ", "3. ", "2) ".
_ITEM_MARK = re.compile(r"[ \t\u00a0>]*(?:[-–—•*·▪◦]|\d+[.)]\s)")
# Marks that end a line on purpose: a stop, a list's or a heading's colon, a cell's or bullet's mark.
_LINE_ENDS = ".!?;:…|·•-–—"


# Enough text before a full stop to hold any abbreviation and the character before it.
_ABBREVIATION_WINDOW = 40


def _ends_abbreviation(folded: str, dot_end: int, lang: LanguageData) -> bool:
    # A window, not the whole text before the stop: searching that for every stop is quadratic.
    before = folded[max(0, dot_end - _ABBREVIATION_WINDOW) : dot_end]
    if re.search(r"(?:^|[\s(])[^\W\d_]\.$", before):  # a one-letter initial
        return True
    return any(
        before.endswith(a) and (len(before) == len(a) or not before[-len(a) - 1].isalpha())
        for a in lang.abbreviations
    )


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def table_row(text: str, position: int) -> tuple[list[str], list[str]] | None:
    """The cells of the table row holding ``position`` and those of its table's first row
    (the column names), when the row is a table's and not its first; else ``None``."""
    row_start = text.rfind("\n", 0, position) + 1
    row_end = _line_end(text, position)
    if "|" not in text[row_start:row_end]:
        return None
    head_start = row_start
    while head_start:
        above = text.rfind("\n", 0, head_start - 1) + 1
        if "|" not in text[above : head_start - 1]:
            break
        head_start = above
    if head_start == row_start:
        return None
    return text[row_start:row_end].split("|"), text[head_start : _line_end(text, head_start)].split("|")


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end
