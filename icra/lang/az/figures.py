"""Azerbaijani words around the statistics of a report. Source: Azerbaijani
cardinal numerals and the counting words of agency reports ("24220 nəfər",
"66,6 faiz", "15,2 milyon", "42 mindən çox"). All folded."""

# Cardinal numerals written as words ("beş nəfər", "bir milyondan çox").
NUMBER_WORDS = {
    "bir": 1,
    "iki": 2,
    "üç": 3,
    "dörd": 4,
    "beş": 5,
    "altı": 6,
    "yeddi": 7,
    "səkkiz": 8,
    "doqquz": 9,
    "on": 10,
    "iyirmi": 20,
    "otuz": 30,
    "qırx": 40,
    "əlli": 50,
    "altmış": 60,
    "yetmiş": 70,
    "səksən": 80,
    "doxsan": 90,
    "yüz": 100,
    # With a possessive, a part of those named before ("əməkdaşlarından ikisi", "müraciətlərdən üçü"),
    # and a hundred in the cases of approximations ("yüzə yaxın", "yüzdən çox"). Not "onu", "ona":
    # those are pronouns.
    "ikisi": 2,
    "üçü": 3,
    "dördü": 4,
    "beşi": 5,
    "altısı": 6,
    "yeddisi": 7,
    "səkkizi": 8,
    "doqquzu": 9,
    "yüzə": 100,
    "yüzdən": 100,
}

# Words that multiply the number before them, in any case form: "14 min 718", "15,2 milyon".
NUMBER_MULTIPLIERS = {"min": 1000, "milyon": 1000000, "milyard": 1000000000}

# Words right after a number that give what unit it counts.
UNIT_WORDS = {"nəfər": "person", "faiz": "percent", "%": "percent", "manat": "AZN"}

# Words right after a number that make it no statistic: durations, ages, numbering, languages.
NOT_FIGURE_WORDS = (
    "il",
    "ay",
    "ayı",
    "ayın",
    "ayda",
    "gün",
    "günü",
    "gündə",
    "saat",
    "dəqiqə",
    "həftə",
    "yaş",
    "yaşlı",
    "saylı",
    "nömrəli",
    "dildə",
    "dil",
    "telefon",
    "bənd",
    "maddə",
    "sinif",
    "illik",
    "aylıq",
    "günlük",
    "həftəlik",
    "yaşına",
    "yaşınadək",
    "yaşında",
    "yaşadək",
    # Durations in their other cases ("altı aydan çox", "30 günədək"), and what a place holds or a
    # service lasts ("15 yerlik sığınacaq", "24 saatlıq qaynar xətt").
    "aydan",
    "ayadək",
    "aya",
    "gündür",
    "gündən",
    "günədək",
    "saatlıq",
    "yerlik",
    # Areas: "6 kvadratmetrdən az olmamalıdır".
    "kvadratmetr",
    # An attachment's sheets ("Əlavə: 3 vərəqdə"); a call centre's number ("142 Çağrı Mərkəzi").
    "vərəq",
    "vərəqdə",
    "çağrı",
    # What a shelter holds: "30 çarpayılıq sığınacaq".
    "çarpayılıq",
    # A hotline named by its number: "152 qaynar xətti".
    "qaynar",
)

# Words right before a number that make it a label: "maddə 5", "№ 208".
# "400 manat məbləğində birdəfəlik müavinət": the words stand before the amount in "müavinət 400 manat".
ENTITLEMENT_WORDS = ("müavinət", "kompensasiya", "təqaüd")

NOT_FIGURE_BEFORE = (
    "tövsiyə",
    "səhifə",
    "yarımbənd",
    "nömrəsi",
    "xətti",
    "xətt",
    "ayının",
    "ayında",
    "maddə",
    "maddəsi",
    "bənd",
    "bəndi",
    "no",
    "nömrə",
    "№",
    "saat",
    "telefon",
    "qaynar",
    # "ayın 10-dək": a day of the month.
    "ayın",
    # "Cədvəl 2. Müəyyən edilmiş qurbanlar".
    "cədvəl",
    # An address: "Nizami küçəsi 41", "prospekti 12".
    "küçəsi",
    "küç",
    "prospekti",
    "pr",
    "tel",
    # A rate, no count: "ekranlarda gündə 40 dəfə", "ayda 2 dəfə".
    "gündə",
    "həftədə",
    "mənzil",
    # All of a known set: "bütün 14 rayonda".
    "bütün",
    "maddələri",
    "maddələrinin",
)

# Words that state the period a figure covers, in the same sentence.
PERIOD_WORDS = ("ərzində", "ötən il", "keçən il", "cari il", "bu il", "hazırda", "ilin")

# Verbs of taking part, by stem: "təlimdə 35 prokuror iştirak etmişdir".
# "vebinara 140 həkim qoşulub", "foruma 73 qadın qatılıb": joining is taking part; "forum 60 nümayəndəni
# bir araya gətirib": an event gathering people counts them.
# "seminara 40 tibb bacısı cəlb olunmuşdur": those involved took part.
PARTICIPATION_WORDS = ("iştirak", "qoşul", "qatıl", "bir araya gətir", "cəlb olun", "cəlb edil")
