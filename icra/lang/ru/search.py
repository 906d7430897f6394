"""Russian word endings a search strips to reach a stem; the longest is tried first.

Source: Russian noun and adjective declension endings, written out by hand for İcra's search.
"""

SEARCH_SUFFIXES = (
    "ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими",
    "ов", "ев", "ей", "ам", "ям", "ах", "ях", "ом", "ем", "ой", "ий", "ый", "ая", "яя",
    "ое", "ее", "ые", "ие", "ую", "юю",
    "а", "я", "о", "е", "ы", "и", "у", "ю", "ь",
)  # fmt: skip
