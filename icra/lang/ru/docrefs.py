"""Russian words of document references. Source: the way Russian-language acts
are cited ("Закон ... от 28 июня 2005 года", "приказ № 5 от ...", "постановление"). Folded."""

KINDS = {
    "письм": "letter",
    "решени": "decision",
    "закон": "law",
    "распоряжени": "order",
    "приказ": "order",
    "указ": "decree",
    "постановлени": "resolution",
    "резолюци": "resolution",
}

NUMBER_AFTER = ()

NUMBER_BEFORE = ("№", "no.", "номер")
