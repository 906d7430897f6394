"""English words that state a need. Source: the closing paragraphs of English
reports ("there is a need for ...", "... needs to be ...", "it is necessary to ..."). Folded."""

NEED_WORDS = (
    "there is a need",
    "there is still a need",
    "need to",
    "needs to",
    "is needed",
    "are needed",
    "it is necessary",
    "is required",
    "are required",
    "remains necessary",
)
