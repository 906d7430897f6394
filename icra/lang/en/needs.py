"""English words that state a need. Source: the "needs" paragraphs of English
reports ("there is a need for ...", "... is required", "it is necessary"). Folded stems."""

NEED_WORDS = ("need ", "needs ", "necessary", "is required", "are required", "requires")
