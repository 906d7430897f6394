"""Extractors: each finds one kind of item in a section's text, using only the
words that its :class:`~icra.lang.LanguageData` provides."""
