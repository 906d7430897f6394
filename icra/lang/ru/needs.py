"""Russian words that state a need. Source: the closing paragraphs of
Russian-language reports ("необходимо ...", "требуется ...", "существует
потребность в ..."). Folded."""

NEED_WORDS = (
    "необходимо",
    "требуется",
    "требуются",
    "нуждается",
    "нуждаются",
    "потребность в",
    "целесообразно",
)
