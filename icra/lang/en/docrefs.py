"""English words of document references. Source: the way English texts cite
acts ("Presidential Decree No.504 dated September 20, 2018", "Law of 28 June 2005",
"resolution 55/93"). Folded."""

DOC_KINDS = {
    "letter": "letter",
    "decision": "decision",
    "law": "law",
    "order": "order",
    "decree": "decree",
    "resolution": "resolution",
    "convention": "other",
    "protocol": "other",
    # Agreements: "a memorandum of cooperation ... (No. 14/19 of 18 June 2019)", "grant contract No. 7".
    "agreement": "other",
    "memorand": "other",
    "contract": "other",
    # "By Instruction No. 6 of the General Prosecutor of 2 March 2022".
    "instruction": "order",
    "directive": "order",
    "ordinance": "order",
    "regulation": "other",
    "note verbale": "letter",
}

# "a protocol signed with the Council on 8 March 2022", "the Plan adopted by the Government on 3 May".
SIGNING_WORDS = ("signed", "adopted", "approved", "concluded")

DOC_NUMBER_AFTER = ()

DOC_NUMBER_BEFORE = ("no.", "no", "№", "number", "nr.")

# Words that begin like a kind word and are none: "lawyer", "ordered", "orderly", "lettering".
DOC_KIND_EXCEPTIONS = ("lawyer", "lawful", "ordered", "ordering", "orderly", "contractor", "contracting")
