"""English words for finding a report's header and sections. Source: section
heads of action-plan reports ("Measure 13.2.5:", "Activity 2.1") and common
English function words."""

COMMON_WORDS = frozenset(
    {"the", "and", "of", "to", "in", "on", "for", "with", "by", "was", "were", "is", "are", "that", "a", "an"}
)

HEADING_WORDS = (
    "outcome",
    "output",
    # "Measure No. 1.1.3 - Identification of ...".
    "no",
    "№",
    "measure",
    "measures",
    "item",
    "items",
    "sub-item",
    "activity",
    "activities",
    "action",
    "under",
    "objective",
    "goal",
    "task",
    "paragraph",
    "point",
)

# The parts of a plan that are numbered: "Objective 1", "Activity 2.1.3", "Action 4".
NUMBERED_HEADING_WORDS = (
    # A logical framework's parts: "Outcome 1", "Output 1.2".
    "outcome",
    "output",
    "measure",
    "measures",
    "item",
    "items",
    "sub-item",
    "activity",
    "activities",
    "action",
    "objective",
    "goal",
    "task",
    "point",
)

CONJUNCTIONS = ("and",)

# Abbreviations with a full stop inside a sentence.
ABBREVIATIONS = (
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "no.",
    "nos.",
    "art.",
    "para.",
    "e.g.",
    "i.e.",
    "etc.",
    "st.",
    "vs.",
)

PLAN_WORDS = ("action plan", "plan of action", "national plan")

AGENT_MARKERS = ()

# The header of an e-mail a report was pasted into: the fields mail programs write.
MAIL_HEADER_FIELDS = ("from", "sent", "date", "to", "cc", "subject")
