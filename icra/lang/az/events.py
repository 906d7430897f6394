"""Azerbaijani words for events. Source: event lists of agency reports
("... seminar – 24 fevral 2016-cı il, Bakı – 4 nəfər;") and Azerbaijani news."""

# Word stems (folded) naming an event, and its kind; a word counts if it begins with the stem.
EVENT_KINDS = {
    "seminar": "seminar",
    "vebinar": "seminar",
    "görüş": "meeting",
    "müşavirə": "meeting",
    "toplantı": "meeting",
    "dəyirmi masa": "meeting",
    "iclas": "session",
    "sessiya": "session",
    "təlim": "training",
    "treninq": "training",
    "kurs": "training",
    "səfər": "visit",
    "konfrans": "conference",
    "forum": "conference",
    "kampaniya": "campaign",
    "aksiya": "campaign",
    "flaşmob": "campaign",
    # "mini əmək yarmarkası": a job fair.
    "yarmarka": "other",
    # "gənclər yürüşü" (a march), "praktik məşq" (a drill), "praktik məşğələ" (a practical class).
    "yürüş": "campaign",
    "məşq": "training",
    "məşğələ": "training",
    "konsultasiya": "meeting",
    # "ictimai dinləmə" (a hearing), "açıq dərs" (an open lesson), "ekskursiya", "master-klass".
    "dinləmə": "session",
    "açıq dərs": "training",
    "ekskursiya": "visit",
    "master-klass": "training",
    "tədbir": "other",
    "təqdimat": "other",
    "brifinq": "meeting",
    "sammit": "conference",
    "simpozium": "conference",
    "ziyarət": "visit",
    "təcrübə mübadiləsi": "visit",
    "festival": "other",
    "mərasim": "other",
    "müsabiqə": "other",
    "sərgi": "other",
    "həftə": "campaign",
    "mühazirə": "training",
    "söhbət": "meeting",
    "danışıq": "meeting",
    # Both spellings of a flash mob ("fləşmob", "flaşmob"); a discussion held ("müzakirə təşkil
    # edilmişdir"), a debate, a quiz, an open day for the young.
    "fləşmob": "campaign",
    "müzakirə": "meeting",
    "debat": "meeting",
    "viktorina": "other",
    "açıq qapı": "other",
}

# A news page's label over other items' dated headlines (source: agencies' and news sites' pages).
RELATED_NEWS_LABELS = (
    "digər xəbərlər",
    "oxşar xəbərlər",
    "bu mövzuda",
    "həmçinin oxuyun",
    "əlaqəli xəbərlər",
)

# An event told by its verb of taking place, whatever it is called, would be "keçirilib", but "həyata
# keçirilib" (carried out) is said of any work: Azerbaijani reports name their events.
EVENT_VERBS: dict[str, str] = {}

# "1 dekabr 2016-cı il tarixli ... məktub": a date followed by "tarixli" is a document's.
DOCUMENT_DATE_AFTER = ("tarixli",)
DOCUMENT_DATE_BEFORE = ()

# "20 noyabr “Ümumdünya uşaq hüquqları günü”": a named day, not an event.
NAMED_DAY_WORDS = ("günü", "günüdür", "günü”", "günü»")

# "seminarın mayın 21-23-də keçirilməsi nəzərdə tutulur": announced, not held.
PLANNED_WORDS = (
    "nəzərdə tutulur",
    "planlaşdırılır",
    "keçiriləcək",
    "təşkil ediləcək",
    "təşkil olunacaq",
    "gözlənilir",
)

# "Bakı – 6 nəfər", "16 nəfər iştirak etmişdir".
# "35 prokuror iştirak etmişdir": the verb "iştirak" after one word counts the people before it.
# "25 əməkdaş üçün təlim", "10 mütəxəssis": staff counted by their work.
# People counted by their work at trainings: "30 hakim", "18 həkim", "25 müəllim".
PARTICIPANT_WORDS = (
    "nəfər",
    "iştirakçı",
    "nümayəndə",
    "iştirak",
    "əməkdaş",
    "mütəxəssis",
    "hakim",
    "prokuror",
    "müstəntiq",
    "polis",
    "həkim",
    "müəllim",
    "tələbə",
    "jurnalist",
    "sərhədçi",
    "zabit",
    "inspektor",
    "könüllü",
    "şagird",
    "psixoloq",
    "sosial işçi",
    "gənc",
)

# Whom an event was for, after the noun of the number counting them: "18 əmək müfəttişi üçün seminar"
# (source: Azerbaijani event reports; the noun takes no plural after a number).
BENEFICIARY_BEFORE = ()
BENEFICIARY_AFTER = ("üçün",)

# "Layihənin müddəti ... 21 dekabr 2022-ci il – 21 aprel 2023-ci il tarixləri əhatə edir": a project is
# an event over the days it runs; "qanun layihəsi" (a draft law) dated one day is not.
# Monitoring, like a project, runs over days ("monitorinq 10 sentyabr – 15 noyabr").
# Operations and raids, too ("sentyabrın 25-dən oktyabrın 6-dək ... profilaktik əməliyyat"); on one day
# they are arrests and the like, no events.
# "çarxlar 25 noyabr – 10 dekabr tarixlərində yayımlanıb": spots broadcast over days, a campaign.
RUN_KINDS = {
    "layihə": "campaign",
    "monitorinq": "campaign",
    "əməliyyat": "campaign",
    "reyd": "campaign",
    "yayımlan": "campaign",
}

# "İnsan alverinə qarşı mübarizə həftəsi bu gün başlayıb": a week runs seven days from the day it opens.
# Its forms, not "həftəlik" (weekly).
KIND_DAYS = {"həftə": 7, "həftəsi": 7, "həftəsinə": 7, "həftəsində": 7, "həftəsinin": 7}
