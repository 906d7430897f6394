"""Find the needs a section states: the sentences that say what is still needed.

Reports close with what remains to be done ("... tələbat", "... ehtiyac var",
"необходимо ...", "there is a need for ..."). A need is the whole sentence that
holds one of the language's need phrases (icra/lang/<code>/needs.py) outside
quotation marks (a quoted title such as "needs assessment" states no need).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from icra.ingest.sentences import split_sentences
from icra.lang import LanguageData
from icra.model import Need

if TYPE_CHECKING:
    from icra.ingest.extract import ExtractionContext


_QUOTATION = re.compile(r"[“«„\"][^“”«»„\"]*[”»\"“]")


@cache
def _need_pattern(lang: LanguageData) -> re.Pattern[str] | None:
    if not lang.need_words:
        return None
    words = "|".join(re.escape(w) for w in sorted(lang.need_words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)")


def _quoted(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTATION.finditer(text)]


def extract_needs(ctx: ExtractionContext) -> list[Need]:
    """Each sentence of ``ctx``'s section that states a need, in order."""
    pattern = _need_pattern(ctx.lang)
    if pattern is None:
        return []
    folded = ctx.lang.fold(ctx.text)
    quoted = _quoted(ctx.text)
    needs = []
    for start, end in split_sentences(ctx.text, ctx.lang):
        outside_quotes = [
            m for m in pattern.finditer(folded, start, end) if not any(a <= m.start() < b for a, b in quoted)
        ]
        if outside_quotes:
            needs.append(
                Need(
                    text=" ".join(ctx.text[start:end].split()),
                    section=ctx.code,
                    section_index=ctx.section_index,
                    source_start=start,
                    source_end=end,
                )
            )
    return needs
