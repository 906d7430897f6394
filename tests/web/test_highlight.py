"""Cutting a text at its items' spans: one case per line."""

from __future__ import annotations

import pytest

from icra.web.highlight import Piece, Span, pieces


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("abc", [], [Piece("abc", ())]),
        (
            "6 nəfər iştirak",
            [Span(0, 7, "figure-1")],
            [Piece("6 nəfər", ("figure-1",)), Piece(" iştirak", ())],
        ),
        # an item inside another's words: the shared piece names both
        (
            "seminar – 4 nəfər",
            [Span(0, 17, "event-1"), Span(10, 17, "figure-2")],
            [Piece("seminar – ", ("event-1",)), Piece("4 nəfər", ("event-1", "figure-2"))],
        ),
        # spans outside the text, empty or reversed are left out, never an error
        ("abc", [Span(2, 9, "event-1"), Span(1, 1, "need-1"), Span(2, 1, "need-2")], [Piece("abc", ())]),
    ],
)
def test_pieces(text: str, spans: list[Span], expected: list[Piece]) -> None:
    assert pieces(text, spans) == expected
    assert "".join(piece.text for piece in pieces(text, spans)) == text
