"""English words for organisations. Source: the names of international bodies
(UN, OSCE, IOM, ILO, Council of Europe) as they write them, and of ministries in
English-language reports ("Ministry of Internal Affairs"). Keys folded."""

# Head nouns of a body's name; the dictionary form begins the possessive ("Ministry's").
ORG_HEADS = {
    "ministry": "ministry",
    "cabinet": "cabinet",
    "ministries": "ministries",
    "office": "office",
    "organization": "organization",
    "organisation": "organisation",
    "committee": "committee",
    "commission": "commission",
    # Begins like a head and names a person: no head.
    "commissioner": "",
    "officer": "",
    "councillor": "",
    "council": "council",
    "service": "service",
    "inspectorate": "inspectorate",
    "agency": "agency",
    "department": "department",
    "bureau": "bureau",
    "union": "union",
    # "Trade Unions Confederation", "Social Services Inspectorate": plurals that qualify the head after them
    "unions": "",
    "services": "",
    "confederation": "confederation",
    # "Tbilisi State College of Economics", "High School of Justice"
    "college": "college",
    "school": "school",
    # "Responsible Authority of the National Referral Mechanism"
    "authority": "authority",
    # OSCE field operations: "OSCE Presence in Albania" (an office head, below)
    "presence": "presence",
    # Türkiye's bodies as their English pages name them: "Presidency of Migration Management", "Gendarmerie
    # General Command", and other states' gendarmeries ("National Gendarmerie")
    "presidency": "presidency",
    "command": "command",
    "gendarmerie": "gendarmerie",
    # More bodies' heads: "State Border Guard Board", "Chamber of Commerce", "Directorate General for ...",
    # "Anti-Trafficking Unit", "Constitutional Tribunal", "Presidential Administration", "Red Cross Society",
    # "Baku City Municipality", "La Strada International Network" (not "alliance": the OSCE's "Alliance
    # against Trafficking in Persons" is a conference)
    "board": "board",
    "chamber": "chamber",
    "directorate": "directorate",
    "unit": "unit",
    "tribunal": "tribunal",
    "administration": "administration",
    "society": "society",
    "municipality": "municipality",
    "network": "network",
    # "Heydar Aliyev International Airport"
    "airport": "airport",
    # "Police Educational Complex" (Armenia's police school)
    "complex": "complex",
    "fund": "fund",
    "centre": "centre",
    "center": "center",
    "police": "police",
    "court": "court",
    "assembly": "assembly",
    "embassy": "embassy",
    "parliament": "parliament",
    # "Commissariat for Refugees and Migration" (Serbia)
    "commissariat": "commissariat",
    # "Senate of the Parliament of Kazakhstan"
    "senate": "senate",
    # A state programme is a plan, no body (the UNDP is known by its abbreviation).
    "programme": "",
    "nations": "nations",
    "group": "group",
    "coalition": "coalition",
    "government": "government",
    "academy": "academy",
    "university": "university",
    "institute": "institute",
    "foundation": "foundation",
    "association": "association",
    "mission": "mission",
    "delegation": "delegation",
    "secretariat": "secretariat",
    # "State Chancellery" (Moldova, Latvia ...)
    "chancellery": "chancellery",
    "co-ordinator": "co-ordinator",
    "coordinator": "coordinator",
}

# Lower-case words inside a name: "Ministry of Labour, Health and Social Affairs".
ORG_CONNECTORS = ("of", "for", "and", "the", "on", "in", "against", "to", "from")

ORG_ALIASES = {
    "un": "United Nations",
    "osce": "Organization for Security and Co-operation in Europe",
    "iom": "International Organization for Migration",
    "ilo": "International Labour Organization",
    "eu": "European Union",
    "unicef": "United Nations Children's Fund",
    "unhcr": "Office of the United Nations High Commissioner for Refugees",
    "unodc": "United Nations Office on Drugs and Crime",
    "undp": "United Nations Development Programme",
    "icmpd": "International Centre for Migration Policy Development",
    "frontex": "European Border and Coast Guard Agency",
    "mfa": "Ministry of Foreign Affairs",
    "mia": "Ministry of Internal Affairs",
    "greta": "Group of Experts on Action against Trafficking in Human Beings",
    "odihr": "Office for Democratic Institutions and Human Rights",
    # More UN and donor bodies active against trafficking, by their own abbreviations (their own pages).
    "unfpa": "United Nations Population Fund",
    "ohchr": "Office of the United Nations High Commissioner for Human Rights",
    "usaid": "United States Agency for International Development",
    "cis": "Commonwealth of Independent States",
    "pace": "Parliamentary Assembly of the Council of Europe",
    # A body known by a short name of two words (unwomen.org).
    "un women": "United Nations Entity for Gender Equality and the Empowerment of Women",
    # Bodies known by a name of one word (their own pages).
    "interpol": "International Criminal Police Organization",
    "europol": "European Union Agency for Law Enforcement Cooperation",
    "eurojust": "European Union Agency for Criminal Justice Cooperation",
}

ORG_STATE_PREFIXES = (
    "of the republic of azerbaijan",
    "of azerbaijan",
    "republic of azerbaijan",
    "azerbaijan's",
    "azerbaijani",
)

# Connectors that carry a name on past its head: "Ministry of Foreign Affairs".
ORG_CONTINUERS = ("of", "for", "on", "in", "against", "the", "to")

# "State Labour Inspectorate Service under the Ministry of Labour", "Main Department ... of the Ministry of
# Internal Affairs": a unit named with the body it belongs to (the gold names units so).
ORG_SUBORDINATORS = ("of", "under")

# Source: reports listing ministries together ("the Ministries of Justice and Internal Affairs").
ORG_PLURAL_HEADS = {"ministries": "ministry"}

# Source: the Azerbaijani state bodies as their English pages name them, governments as English reports write
# them ("the Government"), and the international bodies active against trafficking (their own pages).
ORG_KNOWN_NAMES = (
    "government",
    "cabinet of ministers",
    "ministry of internal affairs",
    "ministry of foreign affairs",
    "ministry of justice",
    "ministry of health",
    "ministry of education",
    "ministry of labour and social protection of population",
    "state migration service",
    "state border service",
    "state security service",
    "state customs committee",
    "prosecutor general's office",
    "general prosecutor's office",
    "milli majlis",
    "council of europe",
    "european union",
    "european commission",
    "united nations",
    "international organization for migration",
    "international labour organization",
    "organization for security and co-operation in europe",
    "united nations children's fund",
    "united nations office on drugs and crime",
    "united nations development programme",
    "international centre for migration policy development",
    "commonwealth of independent states",
    "interpol",
    "europol",
    "united states agency for international development",
    "u.s. department of state",
    # Bodies whose names have no head noun, found by these names alone: the parliaments of the region (their
    # constitutions), national airlines (their own pages), and NGOs against trafficking (the U.S. State
    # Department's Trafficking in Persons Reports name them among each country's shelter providers).
    "oliy majlis",
    "jogorku kenesh",
    "verkhovna rada",
    "azerbaijan airlines",
    "turkish airlines",
    "la strada",
    "terre des hommes",
    "save the children",
    "caritas",
    "winrock international",
    "vatra",
    "tjetër vizion",
    "hope and help",
    "astra",
    "atina",
    "sana sezim",
)

# Source: offices of international bodies as English reports name them ("OSCE Project Co-ordinator in
# Baku"); before a town with no such body named, "in" says where a body acted ("Police Academy in Kharkiv").
ORG_SEAT_PREPOSITIONS = ("in",)

# Source: OSCE field operations ("OSCE Project Co-ordinator in Baku", "OSCE Presence in Albania"): words whose
# name is an office's where a body's abbreviation stands in it (not "the National Coordinator").
ORG_OFFICE_HEADS = ("co-ordinator", "coordinator", "presence")

# Source: the adjectives of states' names (the UN's list of member states), as they stand before a foreign
# body's name ("Georgian Ministry of Justice", "Turkish National Police").
ORG_STATES = (
    "georgian", "turkish", "russian", "ukrainian", "moldovan", "belarusian", "kazakh", "uzbek", "kyrgyz",
    "tajik", "turkmen", "armenian", "iranian", "afghan", "pakistani", "indian", "chinese", "japanese",
    "german", "french", "italian", "spanish", "portuguese", "dutch", "belgian", "austrian", "swiss", "polish",
    "lithuanian", "latvian", "estonian", "romanian", "bulgarian", "greek", "hungarian", "czech", "slovak",
    "serbian", "croatian", "albanian", "norwegian", "swedish", "finnish", "danish", "canadian", "american",
    "british", "egyptian", "iraqi", "syrian", "lebanese", "jordanian", "israeli", "qatari", "kuwaiti",
    "emirati", "saudi", "thai", "malaysian", "indonesian", "vietnamese", "filipino", "nepalese", "korean",
)  # fmt: skip
