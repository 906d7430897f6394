"""Azerbaijani words for finding a report's header and sections. Source: the
section heads of agency reports ("13.1.1-ci yarımbənd üzrə:", "Bənd 13.2.5")
and common Azerbaijani function words (frequency lists of az news text)."""

# Function words frequent in any Azerbaijani text, for telling the language apart.
COMMON_WORDS = frozenset(
    {"və", "ilə", "üzrə", "üçün", "bu", "olan", "olunur", "edilib", "həm", "də", "da", "ki", "isə", "bir"}
)

# Words that stand before or after codes in a section heading.
HEADING_WORDS = (
    # "№ 13.2.5", as tables and matrices write the code.
    "№",
    "bənd",
    "bəndi",
    "bəndlər",
    "bəndləri",
    "yarımbənd",
    "yarımbəndi",
    "yarımbəndlər",
    "yarımbəndləri",
    "tədbir",
    "məqsəd",
    "vəzifə",
    "üzrə",
)

# The parts of a plan that are numbered: "Bənd 7", "Tədbir 3.1.2", "Məqsəd 1", "Vəzifə 2.4".
NUMBERED_HEADING_WORDS = ("bənd", "bəndlər", "yarımbənd", "tədbir", "məqsəd", "vəzifə")

CONJUNCTIONS = ("və",)

# Abbreviations with a full stop inside a sentence: "və s." (and so on), "b." (etc.).
ABBREVIATIONS = ("və s.", "s.", "b.", "səh.", "nöm.", "prof.", "dos.", "c.")

# The last words of an action plan's name: "Milli Fəaliyyət Planı", "Tədbirlər Planı".
PLAN_WORDS = ("fəaliyyət planı", "fəaliyyət proqramı", "tədbirlər planı")

# "... Dövlət Miqrasiya Xidməti tərəfindən 2016-cı ildə görülən işlər".
AGENT_MARKERS = ("tərəfindən",)

# The header of an e-mail a report was pasted into: Outlook's fields in Azerbaijani, and in English,
# the language many Azerbaijani offices run it in ("From:", "Sent:", "Subject:").
MAIL_HEADER_FIELDS = (
    "kimdən",
    "göndərilib",
    "kimə",
    "surət",
    "mövzu",
    "from",
    "sent",
    "date",
    "to",
    "cc",
    "subject",
)
