"""English word endings a search strips to reach a stem; the longest is tried first.

Source: the regular plural, possessive, past and gerund endings, written out by hand.
"""

SEARCH_SUFFIXES = ("'s", "ies", "es", "s", "ing", "ed")
