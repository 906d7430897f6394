"""English words for dates. Source: CLDR ``en`` month names and their
abbreviations (``14 April 2011``, ``April 14, 2011``, ``Sept. 2017``)."""

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")

YEAR_WORDS = ("year", "years")

DATE_MARKERS = ("dated", "of")

# "From 29 May to 1 June", "between 4 and 6 June": a range opened by "from" and joined by "to" (or
# "until"), or opened by "between" and joined by "and".
RANGE_OPENERS = ("from", "between")
RANGE_JOINERS = ("to", "until", "till", "through", "and")

# Deadlines: "submitted to the Government by 15 December", "until 1 July", "no later than 5 May".
DEADLINE_BEFORE = ("by", "until", "till", "than")

# "the 3rd of May 2019".
DAY_MONTH_JOINERS = ("of",)

# Words naming a day by its distance from the day of writing (a news item's dateline).
RELATIVE_DAYS = {"today": 0, "yesterday": -1}

# "Last year the office revealed ...": a news item on last year's results, written the year after.
LAST_YEAR_WORDS = ("last year",)
