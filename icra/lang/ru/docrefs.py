"""Russian words of document references. Source: the way Russian-language acts
are cited ("Закон ... от 28 июня 2005 года", "приказ № 5 от ...", "постановление"). Folded."""

DOC_KINDS = {
    "письм": "letter",
    "решени": "decision",
    "закон": "law",
    "распоряжени": "order",
    "приказ": "order",
    "указ": "decree",
    "постановлени": "resolution",
    "резолюци": "resolution",
    "конвенци": "other",
    "протокол": "other",
}

DOC_NUMBER_AFTER = ()

DOC_NUMBER_BEFORE = ("№", "no.", "номер")

# Words that begin like a kind word and are none: "законодательство", "законный", "указанный".
DOC_KIND_EXCEPTIONS = ("законодательств", "законн", "незаконн", "указан", "указыва", "решени вопрос")
