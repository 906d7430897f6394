"""Russian words that state a need. Source: the "потребности" paragraphs of
Russian-language reports ("необходимо ...", "требуется ...", "нуждается"). Folded stems."""

NEED_WORDS = ("необходим", "требуется", "потребност", "нуждается", "нужд")
