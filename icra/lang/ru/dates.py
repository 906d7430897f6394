"""Russian words for dates. Source: CLDR ``ru`` month names with their
genitive and prepositional forms, as written in reports (``15 мая 2012 года``), and the
abbreviations of news datelines."""

MONTHS = {
    "январь": 1,
    "января": 1,
    "январе": 1,
    "февраль": 2,
    "февраля": 2,
    "феврале": 2,
    "март": 3,
    "марта": 3,
    "марте": 3,
    "апрель": 4,
    "апреля": 4,
    "апреле": 4,
    "май": 5,
    "мая": 5,
    "мае": 5,
    "июнь": 6,
    "июня": 6,
    "июне": 6,
    "июль": 7,
    "июля": 7,
    "июле": 7,
    "август": 8,
    "августа": 8,
    "августе": 8,
    "сентябрь": 9,
    "сентября": 9,
    "сентябре": 9,
    "октябрь": 10,
    "октября": 10,
    "октябре": 10,
    "ноябрь": 11,
    "ноября": 11,
    "ноябре": 11,
    "декабрь": 12,
    "декабря": 12,
    "декабре": 12,
    # Abbreviations of news datelines ("БАКУ, 5 апр"), CLDR ``ru`` abbreviated forms; "мар." is left out,
    # as a prefix it would read "5 марок" as a date.
    "янв": 1,
    "февр": 2,
    "апр": 4,
    "июн": 6,
    "июл": 7,
    "авг": 8,
    "сент": 9,
    "окт": 10,
    "нояб": 11,
    "дек": 12,
}

# Case endings written after a number with a hyphen: "2015-го", "19-е".
ORDINAL_SUFFIXES = ("го", "й", "е", "я", "м", "ом")

YEAR_WORDS = ("год", "года", "году", "годом", "годы", "годов", "годах", "г", "гг")

# "от 15 мая 2012 года" marks a document's date.
DATE_MARKERS = ("от",)

# "с 4 по 6 апреля": a range opened by "с" and joined by "по" (or "до"); "14 и 15 мая": two days.
RANGE_OPENERS = ("с",)
RANGE_JOINERS = ("по", "до", "и")

# Deadlines: "представить до 1 июля", "не позднее 15 декабря".
DEADLINE_BEFORE = ("до", "позднее")

# Words naming a day by its distance from the day of writing (a news item's dateline).
RELATIVE_DAYS = {"сегодня": 0, "вчера": -1}

# "в прошлом году были выявлены ...": a news item on last year's results, written the year after. Not
# the genitive of comparisons ("по сравнению с аналогичным периодом прошлого года").
LAST_YEAR_WORDS = ("в прошлом году", "за прошлый год", "в минувшем году")
