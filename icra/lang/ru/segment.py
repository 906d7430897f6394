"""Russian words for finding a report's header and sections. Source: section
heads of CIS agency reports ("п. 13.2.5", "по пункту 13.2.5") and common
Russian function words."""

COMMON_WORDS = frozenset(
    {
        "и",
        "в",
        "во",
        "на",
        "по",
        "с",
        "со",
        "не",
        "что",
        "как",
        "для",
        "от",
        "из",
        "к",
        "о",
        "об",
        "это",
        "был",
    }
)

HEADING_WORDS = (
    # "К пункту 1.2 (...)", "К пунктам 2.6 и 2.7": what a part of the report answers.
    "к",
    "п.",
    "пп.",
    "пункт",
    "пункту",
    "пункты",
    "пунктам",
    "по",
    "подпункт",
    "подпункту",
    "мероприятие",
    "№",
    "задача",
    "цель",
    "направление",
)

# The parts of a plan that are numbered: "Пункт 7.", "Задача 2.4", "Мероприятие 3.1.2.".
NUMBERED_HEADING_WORDS = ("пункт", "пункты", "подпункт", "мероприятие", "задача", "цель", "направление")

CONJUNCTIONS = ("и",)

# Abbreviations with a full stop inside a sentence: "г." (year, city), "т.е.", "и т.д.".
ABBREVIATIONS = (
    "г.",
    "гг.",
    "т.е.",
    "т.д.",
    "т.п.",
    "и др.",
    "др.",
    "см.",
    "ст.",
    "п.",
    "пп.",
    "стр.",
    "им.",
    "ул.",
    # A letter's outgoing and incoming numbers: "Исх. № 12/3-417", "Вх. № 45".
    "исх.",
    "вх.",
)

PLAN_WORDS = ("план действий", "план мероприятий", "национальный план", "план деятельности")

AGENT_MARKERS = ()

# The header of an e-mail a report was pasted into: Outlook's fields in Russian and in English.
MAIL_HEADER_FIELDS = (
    "от",
    "отправлено",
    "кому",
    "копия",
    "тема",
    "дата",
    "from",
    "sent",
    "date",
    "to",
    "cc",
    "subject",
)
