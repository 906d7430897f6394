"""Azerbaijani words for dates. Source: the Azerbaijani month names (CLDR ``az``)
and the date phrases of agency reports (``1 dekabr 2016-cı il tarixli``)."""

MONTHS = {
    "yanvar": 1,
    "fevral": 2,
    "mart": 3,
    "aprel": 4,
    "may": 5,
    "iyun": 6,
    "iyul": 7,
    "avqust": 8,
    "sentyabr": 9,
    "oktyabr": 10,
    "noyabr": 11,
    "dekabr": 12,
}

# Ordinal suffixes after a hyphen, in the four vowel-harmony forms: "2016-cı", "2014-cü".
ORDINAL_SUFFIXES = ("ci", "cı", "cu", "cü", "inci", "ıncı", "uncu", "üncü", "nci", "ncı", "ncu", "ncü")

# "il" and its case forms, which follow a year: "2016-cı il", "2016-cı ildə", "2014-2018-ci illər".
YEAR_WORDS = ("il", "ildə", "ilin", "ilində", "ilə", "ili", "ilədək", "illər", "illərdə", "illərin", "illəri")

# Words that stand after a date and mark it as one: "... tarixli", "... tarixdə".
DATE_MARKERS = (
    "tarixli",
    "tarixdə",
    "tarixində",
    "tarixlərdə",
    "tarixləri",
    "tarixlərində",
    "tarixindən",
    "tarixinədək",
)

# Case endings after a day that follows its month in the genitive: "2017-ci il noyabrın 21-də",
# "martın 3-də", "iyunun 1-dən 5-dək".
DAY_CASE_SUFFIXES = ("də", "da", "dək", "dən", "dan", "nə", "na", "i", "ı", "u", "ü", "si", "sı", "su", "sü")

# A range of days opens with the ablative ("iyunun 12-dən 14-dək"); "mayın 12-də 40-dan çox tələbə" is a
# day and a count.
RANGE_START_CASES = ("dən", "dan")

# The locative of a day: "Dekabrın 3-də ... Günü münasibətilə görüş" dates the meeting, not the named day.
DATE_CASE_MARKERS = ("də", "da")

# Deadlines: "dekabrın 15-dək təqdim ediləcək", "15.12.2021 tarixədək", "15 dekabr tarixinə qədər".
DEADLINE_CASES = ("dək",)
DEADLINE_AFTER = ("tarixədək", "tarixinədək", "tarixə", "tarixinə", "qədər")

# "2018-ci ilin mart ayının 6-da": the word "ay" (month) in the genitive between month and day.
MONTH_WORDS = ("ayının", "ayın")

# "14 və 15 may": two days in a row of one event.
RANGE_JOINERS = ("və",)

# Words naming a day by its distance from the day of writing (a news item's dateline): "Bu gün ...
# tədbir keçirilib". "bu günə qədər" (until now) is another word and does not match.
RELATIVE_DAYS = {"bu gün": 0, "bugün": 0, "dünən": -1}

# "Ötən il Ombudsmana ... müraciət": a news item on last year's results, written the year after. Not
# the genitive of comparisons ("ötən ilin müvafiq dövrü ilə müqayisədə"), which reports on a year use.
LAST_YEAR_WORDS = ("ötən il", "ötən ildə", "keçən il", "keçən ildə")
