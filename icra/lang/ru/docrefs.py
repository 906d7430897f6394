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
    # Agreements: "договор", "соглашение", "меморандум о сотрудничестве".
    "договор": "other",
    "соглашени": "other",
    "меморандум": "other",
    # "поручение Правительства от 5 мая 2020 года № 12-3", "инструкция МВД № 45"; a request is a letter.
    "поручени": "order",
    "инструкци": "order",
    "запрос": "letter",
    # A letter's outgoing number in its header: "Исх. № 12/3-417 от 16.01.2020".
    "исх": "letter",
}

# "письмом МИД от 02.03.2019 исх. № 12/345": the outgoing number of the letter cited before it.
DOC_MARKER_KINDS = ("исх",)

# "меморандум, подписанный с МОМ 8 марта 2022 года", "Программа, утверждённая 3 мая".
SIGNING_WORDS = ("подписан", "утвержд", "принят", "заключ")

DOC_NUMBER_AFTER = ()

DOC_NUMBER_BEFORE = ("№", "no.", "номер")

# Words that begin like a kind word and are none: "законодательство", "законный", "указанный".
DOC_KIND_EXCEPTIONS = (
    "законодательств",
    "законн",
    "незаконн",
    "указан",
    "указыва",
    "решени вопрос",
    # "договорённость" (an understanding), "исходя из" (proceeding from), "исход" (an outcome), "исходный".
    "договорен",
    "договорён",
    "исходя",
    "исхода",
    "исходом",
    "исходе",
    "исходн",
)
