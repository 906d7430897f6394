"""English words around the statistics of a report. Source: English cardinal
numerals and the counting words of agency reports ("some 39 people",
"13,699 complaints", "15.2 million"). All folded."""

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
}

NUMBER_MULTIPLIERS = {"thousand": 1000, "million": 1000000, "billion": 1000000000}

UNIT_WORDS = {"people": "person", "persons": "person", "percent": "percent", "per": "percent", "%": "percent"}

NOT_FIGURE_WORDS = (
    "year",
    "years",
    "month",
    "months",
    "day",
    "days",
    "hour",
    "hours",
    "minutes",
    "week",
    "weeks",
    "languages",
    "article",
    "paragraph",
    # Areas: "6 square metres".
    "square",
    # A call centre's number: "the 142 call centre".
    "call",
    # What a shelter holds: "with 30 beds".
    "beds",
    # A hotline named by its number: "the ALO 116 111 helpline"; an amount each person is entitled to:
    # "GEL 1,000 each"; a street after its house number: "144 Tsereteli Ave".
    "helpline",
    "hotline",
    "each",
    "ave",
    "avenue",
    "street",
    "str",
    # A line named by its number: "ALO 183 Social Support Line".
    "line",
)

# "a one-off state compensation of GEL 1,000", "an allowance of 400 manats".
ENTITLEMENT_WORDS = ("compensation", "allowance", "benefit", "grant of")

# A definite article opening a sentence before a number names a known set, no new count: "The 12 Regional
# Committees held sessions" (not "Of the 23 proceedings, 7 ...").
DEFINITE_ARTICLES = ("the",)

NOT_FIGURE_BEFORE = (
    "recommendation",
    "measure",
    "measures",
    "annex",
    "page",
    "point",
    "hotline",
    "line",
    "article",
    "art",
    "paragraph",
    "no",
    "№",
    "number",
    "para",
    "chapter",
    "section",
    "phone",
    "tel",
    # A news page's view counter: "Views: 1,204".
    "views",
    # "Table 2. Victims identified".
    "table",
    # Age limits: "9 girls under 18", "children aged 14".
    "under",
    "aged",
    # An address: "Nizami street 41".
    "street",
    "str",
    "avenue",
    # Articles in the plural: "Articles 143-1 and 143-2" ("all", as in "in all 12 regions", is also the
    # lek's code: "ALL 2,400,000").
    "articles",
)

PERIOD_WORDS = ("in", "during", "last year", "this year", "since")

# Verbs of taking part, by stem.
PARTICIPATION_WORDS = ("participat", "attended", "took part", "joined")

# "attended by 300 participants", "joined by 25 teachers".
# "a forum that brought together 60 delegates", "gathered 40 students": an event gathering people counts them.
PARTICIPATION_BEFORE = (
    "attended by",
    "joined by",
    "participation of",
    "gathered",
    "gathering",
    "brought together",
    "bringing together",
    # "the campaign involved 40 volunteers".
    "involved",
)
