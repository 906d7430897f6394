"""Cut a text into pieces at every item's span, so the review screen can mark each
extracted item where its words stand. Spans may overlap (a figure inside an
event's sentence): each piece lists every item that covers it."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    key: str  # "event-12": the item's kind and id, as the item's form names it


@dataclass(frozen=True)
class Piece:
    text: str
    keys: tuple[str, ...]  # the items covering it, empty for plain text


def pieces(text: str, spans: Iterable[Span]) -> list[Piece]:
    """``text`` in order, cut wherever a span starts or ends; spans outside the text are ignored."""
    valid = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in valid), *(s.end for s in valid)})
    result = []
    for start, end in itertools.pairwise(cuts):
        keys = tuple(s.key for s in valid if s.start <= start and end <= s.end)
        result.append(Piece(text[start:end], keys))
    return result
