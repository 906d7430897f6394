"""Russian words for events. Source: Russian-language news of CIS agencies
("семинар с 4 по 6 апреля", "совещание", "в семинаре приняли участие 25 человек")."""

EVENT_KINDS = {
    "семинар": "seminar",
    "вебинар": "seminar",
    "встреч": "meeting",
    "совещани": "meeting",
    "круглый стол": "meeting",
    "круглого стола": "meeting",
    "круглом столе": "meeting",
    "круглому столу": "meeting",
    "заседани": "session",
    "сесси": "session",
    "тренинг": "training",
    "обучени": "training",
    "курс": "training",
    "визит": "visit",
    "поездк": "visit",
    "конференци": "conference",
    "форум": "conference",
    "кампани": "campaign",
    "акци": "campaign",
    "мероприяти": "other",
    "презентаци": "other",
    "брифинг": "meeting",
    "саммит": "conference",
    "симпозиум": "conference",
    "посещени": "visit",
    "слушани": "session",
    "обмен опытом": "visit",
    "стажировк": "training",
    "фестивал": "other",
    "церемони": "other",
    "конкурс": "other",
    "выставк": "other",
    "недел": "campaign",
    "лекци": "training",
    "бесед": "meeting",
    "переговор": "meeting",
    "встретил": "meeting",
    # A class of a course: "аналогичное занятие организовано в Бельцах".
    "заняти": "training",
    "флешмоб": "campaign",
    "ярмарк": "other",
    # "молодёжное шествие", "практические учения" are not listed: "учени" also begins "ученик".
    "шестви": "campaign",
    # "проведены выездные консультации для выпускников".
    "консультаци": "meeting",
    # "министр посетил приют", "мастер-класс", "практикум", "экскурсия".
    "посетил": "visit",
    "мастер-класс": "training",
    "практикум": "training",
    "экскурси": "visit",
    # A lesson ("открытый урок"), those trained ("сотрудники обучены"), debates, quizzes, screenings.
    "урок": "training",
    "обучен": "training",
    "дебат": "meeting",
    "викторин": "other",
    "кинопоказ": "other",
}

# A news page's label over other items' dated headlines (source: agencies' and news sites' pages).
RELATED_NEWS_LABELS = ("читайте также", "похожие новости", "другие новости", "связанные новости", "см. также")

# An event told by its verb of taking place, whatever it is called: "состоялся хакатон" (not "прошёл",
# whose stem begins "прошлый").
EVENT_VERBS = {
    "состоялся": "other",
    "состоялась": "other",
    "состоялось": "other",
    "состоялись": "other",
}

DOCUMENT_DATE_AFTER = ()
# "Закон ... от 28 июня 2005 года": "от" before a date makes it a document's.
DOCUMENT_DATE_BEFORE = ("от",)

NAMED_DAY_WORDS = ("день", "дня", "дню", "днем")

# "семинар планируется провести 21-23 мая": announced, not held.
PLANNED_WORDS = (
    "планируется",
    "запланирован",
    "будет проведен",
    "будут проведены",
    "состоится",
    "пройдет",
    "пройдут",
)

# "тренинг для 25 сотрудников полиции": staff counted by their work.
PARTICIPANT_WORDS = (
    # "25 человек", and its abbreviation in lists and tables: "(Баку, 25 чел.)".
    "чел",
    "участник",
    "участника",
    "участников",
    "представител",
    "слушател",
    "сотрудник",
    "специалист",
    "инспектор",
    # People counted by their work at trainings: "30 следователей", "25 судей".
    "следовател",
    "судей",
    "судь",
    "прокурор",
    "пограничник",
    "учител",
    "студент",
    "журналист",
    "врач",
    "депутат",
    "работник",
    "делегат",
)

# Whom an event was for, before the number counting them: "семинар для 18 инспекторов труда" (source:
# Russian event reports; "для 3 дней" counts no one). Not "с": "встреча с 3 министерствами".
BENEFICIARY_BEFORE = ("для",)
BENEFICIARY_AFTER = ()

# "проект ... с 1 марта по 30 июня": a project is an event over the days it runs; "проект закона" dated
# one day is not.
# Monitoring, like a project, runs over days ("мониторинг проводился с 10 сентября по 15 ноября").
# Operations and raids, too ("операция «Мигрант» проведена с 1 по 10 июля").
# "С 7 по 11 июня ... отработка строительных объектов": checking sites over days, a raid.
RUN_KINDS = {
    "проект": "campaign",
    "мониторинг": "campaign",
    "операци": "campaign",
    "рейд": "campaign",
    "отработк": "campaign",
    # "ролики транслировались с 25 ноября по 10 декабря".
    "транслир": "campaign",
}

# "Сегодня стартовала неделя борьбы с торговлей людьми": a week runs seven days from the day it opens.
# Its forms, not "недельный" (a week's).
KIND_DAYS = {"неделя": 7, "неделю": 7, "недели": 7, "неделе": 7}
