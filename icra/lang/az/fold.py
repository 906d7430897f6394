"""Azerbaijani case folding.

Python's ``"İ".lower()`` gives ``"i̇"`` (two characters) and ``"I".lower()``
gives ``"i"``; Azerbaijani wants ``i`` and ``ı``. Folding maps the two capitals
first, so the result keeps the text's length and its character offsets.
"""

from icra.lang import default_fold

_DOTTED_DOWN = str.maketrans({"İ": "i", "I": "ı"})
_DOTTED_UP = str.maketrans({"i": "İ", "ı": "I"})


def fold(text: str) -> str:
    return default_fold(text.translate(_DOTTED_DOWN))


def upper(text: str) -> str:
    return text.translate(_DOTTED_UP).upper()
