"""English words for events. Source: English news of agencies and international
organisations ("IOM organized training for 25 labour inspectors")."""

EVENT_KINDS = {
    "seminar": "seminar",
    "webinar": "seminar",
    "workshop": "training",
    "meeting": "meeting",
    "round table": "meeting",
    "roundtable": "meeting",
    "session": "session",
    "training": "training",
    "course": "training",
    "visit": "visit",
    "study tour": "visit",
    "conference": "conference",
    "forum": "conference",
    "campaign": "campaign",
    "event": "other",
    "presentation": "other",
    "briefing": "meeting",
    "summit": "conference",
    "symposium": "conference",
    "hearing": "session",
    "study visit": "visit",
    "exchange programme": "visit",
    "festival": "other",
    "ceremony": "other",
    "contest": "other",
    "exhibition": "other",
    "week": "campaign",
    "lecture": "training",
    "met with": "meeting",
    # "the council met twice in 2018, on 14 March and on 6 November"; "met" alone begins "method".
    "met on": "meeting",
    "met in": "meeting",
    "met at": "meeting",
    "met twice": "meeting",
    # "ONAC convened the Working Group on statistics".
    "convened": "meeting",
    "talks": "meeting",
    # "the Secretariat trained 34 labour inspectors": a training told by its verb.
    "trained": "training",
    "flash mob": "campaign",
    "flashmob": "campaign",
    # "fair" alone is also "fair recruitment".
    "job fair": "other",
    # "a joint drill at the airport"; "march" is also the month.
    "drill": "training",
    # "The Ministry hosted a delegation ...", "a panel discussion", "a master class", "a study trip".
    "hosted": "meeting",
    "panel discussion": "meeting",
    "master class": "training",
    "masterclass": "training",
    "study trip": "visit",
    "excursion": "visit",
    "jobs fair": "other",
    # Kinds of events for the young: debates, quizzes, screenings.
    "debate": "meeting",
    "quiz": "other",
    "screening": "other",
    "hackathon": "other",
    "open lesson": "training",
    "open day": "other",
}

# A news page's label over other items' dated headlines (source: agencies' and news sites' pages).
RELATED_NEWS_LABELS = (
    "related news",
    "related articles",
    "related stories",
    "see also",
    "more news",
    "other news",
    "read also",
)

# An event told by its verb of taking place, whatever it is called: "a hackathon took place on 14 March",
# "an information day was held".
EVENT_VERBS = {
    "took place": "other",
    "was held": "other",
    "were held": "other",
}

DOCUMENT_DATE_AFTER = ()
# "Decree No.504 dated September 20, 2018", "the Law of 28 June 2005", "adopted 18 December 1990".
DOCUMENT_DATE_BEFORE = ("dated", "of", "adopted", "signed", "received")

NAMED_DAY_WORDS = ("day",)

# "a similar seminar will be held on 21-23 May": announced, not held.
PLANNED_WORDS = (
    "will be held",
    "will take place",
    "will be organised",
    "will be organized",
    "will hold",
    "is planned",
    "are planned",
    "is scheduled",
    "are scheduled",
    "is expected to",
)

PARTICIPANT_WORDS = (
    "participants",
    "people",
    "persons",
    "attendees",
    "trainees",
    "inspectors",
    "officers",
    "officials",
    "representatives",
    "experts",
    # People counted by their work at trainings: "18 border guards", "30 judges".
    "guards",
    "judges",
    "prosecutors",
    "investigators",
    "teachers",
    "students",
    "journalists",
    "doctors",
    "workers",
    "specialists",
    "assistants",
    "staff",
    "psychologists",
    "volunteers",
    "delegates",
)

# Whom an event was for, before the number counting them: "a webinar for 120 social workers" (source:
# English event reports; a duration, "for 3 days", counts no one). Not "with": "a meeting with 3
# ministries", "a seminar with 2 sessions" count bodies and parts.
BENEFICIARY_BEFORE = ("for",)
BENEFICIARY_AFTER = ()

# "the project ran from 1 March to 30 June": a project is an event over the days it runs; a draft
# ("project of law") dated one day is not.
# Monitoring, like a project, runs over days ("monitoring from 10 September to 15 November").
# Operations and raids, too ("operation ... from 1 to 10 July").
# Spots broadcast over days are a campaign: "television spots, broadcast ... from 25 November to 10 December".
RUN_KINDS = {
    "project": "campaign",
    "monitoring": "campaign",
    "operation": "campaign",
    "raid": "campaign",
    "broadcast": "campaign",
}

# "A week to combat human trafficking started off today": a week runs seven days from the day it opens.
# Not "weekly", "weeks", "weekend".
KIND_DAYS = {"week": 7}
