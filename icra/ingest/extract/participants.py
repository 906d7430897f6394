"""Whether a number counts the people who took part in an event.

Events take such a number as their participants, and figures leave it out, so
both ask here. A number counts participants when a word for people follows it
closely ("6 nəfər", "25 labour inspectors"), or when a verb of taking part stands
in its clause after it ("21 representatives of ministries ... attended", "vebinara
140 tibb işçisi qoşulmuşdur"), or when words of taking part stand right before it
("участвовали 42 депутата", "приняли участие около 500 молодых людей"; not the
participle of "iştirak edənlərə 6 000 broşür", which gives to those who took part), or when a record
labels it so ("Участники: 25").
The words come from the language data (``participant_words``,
``participation_words``, ``participation_before``).
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from icra.lang import LanguageData

_WORD = re.compile(r"[^\W\d_]+")
# The word right before a number, and the one or two before it ("for about 40", "для более чем 40").
_WORDS_BEFORE_NUMBER = tuple(
    re.compile(rf"(?<!\w)([^\W\d_]+)(?:\s+[^\W\d_]+){{{gap}}}\s+$") for gap in range(3)
)
# How many words after a number may still name the people it counts ("25 labour inspectors").
_PARTICIPANT_REACH = 3
# How many words may stand between a number and the verb of taking part after it.
_VERB_REACH_AFTER = 8
# How many words may stand between the words of taking part before a number and the number ("приняли
# участие около 500"), and how far back those words are looked for.
_WORDS_BEFORE = 1
_BEFORE_WINDOW = 40
# How many sentences after an event's, dating nothing, may still tell who took part in it ("... took place
# in Baku on 1-2 November. It was co-organised by ... More than 120 participants attended").
SENTENCES_AFTER = 2
# Where a clause ends: a verb beyond it speaks of something else. (Not a line break: pasted text
# wraps its lines inside clauses, "50-dən\nartıq gənc iştirak etmişdir".)
_CLAUSE_END = re.compile(r"[,;:.!?()|]")


@cache
def _participation(lang: LanguageData) -> re.Pattern[str]:
    stems = sorted(lang.participation_words, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(s) for s in stems) or '(?!x)x'})")


@cache
def _participation_before(lang: LanguageData) -> re.Pattern[str]:
    words = sorted(lang.participation_before, key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words) or "(?!x)x"
    return re.compile(rf"(?<!\w)(?:{alternation})(?:\s+[^\W\d_]+){{0,{_WORDS_BEFORE}}}\s+$")


def tells_participation(folded: str, start: int, end: int, lang: LanguageData) -> bool:
    """Whether ``folded[start:end]`` has a verb of taking part ("Tədbirdə 45 nəfər iştirak edib")."""
    return _participation(lang).search(folded, start, end) is not None


def counts_participants(folded: str, start: int, end: int, lang: LanguageData) -> bool:
    """Whether the number at ``folded[start:end]`` counts the people taking part in something."""
    following = [m.group() for m in itertools.islice(_WORD.finditer(folded, end), _PARTICIPANT_REACH)]
    if lang.participant_words and any(w.startswith(tuple(lang.participant_words)) for w in following):
        return True
    clause_end = _CLAUSE_END.search(folded, end)
    after = folded[end : clause_end.start() if clause_end else len(folded)]
    verb = _participation(lang).search(after)
    if verb and len(_WORD.findall(after[: verb.start()])) <= _VERB_REACH_AFTER:
        return True
    if _participation_before(lang).search(folded, max(0, start - _BEFORE_WINDOW), start) is not None:
        return True
    if _counts_whom_for(folded, start, end, after, lang):
        return True
    # A record's label: "Участники: 25", "Participants: 40".
    return _labelled_count(lang).search(folded, max(0, start - _BEFORE_WINDOW), start) is not None


def _counts_whom_for(folded: str, start: int, end: int, after: str, lang: LanguageData) -> bool:
    """Whether a number counts whom an event was for, whatever their work is called: after a word such
    as "for", "для" ("a webinar for 120 social workers") or before its noun and "üçün" ("18 əmək
    müfəttişi üçün"); not a duration or anything else figures leave out ("for 3 days", "для 2 языков")."""
    words = _WORD.findall(after)[:_PARTICIPANT_REACH]
    if not words or words[0] in lang.not_figure_words or words[0] in lang.unit_words:
        return False
    # "a seminar for 2 sessions", "для 3 тренингов": parts of the event, no one.
    if words[0].startswith(tuple(lang.event_kinds)):
        return False
    if any(word in lang.beneficiary_after for word in words[1:]):
        return True
    window = max(0, start - _BEFORE_WINDOW)
    before = (pattern.search(folded, window, start) for pattern in _WORDS_BEFORE_NUMBER)
    return any(match is not None and match[1] in lang.beneficiary_before for match in before)


@cache
def _labelled_count(lang: LanguageData) -> re.Pattern[str]:
    stems = sorted(lang.participant_words, key=len, reverse=True)
    # Its value after a colon or a dash, a word at most between: "Участники: 25", "number of participants
    # – 40", "İştirakçıların sayı: 25".
    alternation = "|".join(re.escape(s) for s in stems) or "(?!x)x"
    return re.compile(rf"(?<!\w)(?:{alternation})\w*(?:\s+[^\W\d_]+)?\s*[:–—]\s*$")
