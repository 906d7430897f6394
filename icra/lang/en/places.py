"""Places named in English texts, folded -> as written. Source: capitals and
large cities of the region and of international meetings."""

PLACES = {
    "baku": "Baku",
    "ganja": "Ganja",
    "sumgait": "Sumgait",
    "nakhchivan": "Nakhchivan",
    "tbilisi": "Tbilisi",
    "batumi": "Batumi",
    "kutaisi": "Kutaisi",
    "yerevan": "Yerevan",
    "moscow": "Moscow",
    "minsk": "Minsk",
    "kyiv": "Kyiv",
    "kiev": "Kiev",
    "chisinau": "Chisinau",
    "astana": "Astana",
    "tashkent": "Tashkent",
    "bishkek": "Bishkek",
    "dushanbe": "Dushanbe",
    "ashgabat": "Ashgabat",
    "vienna": "Vienna",
    "brussels": "Brussels",
    "strasbourg": "Strasbourg",
    "geneva": "Geneva",
    "warsaw": "Warsaw",
    "ankara": "Ankara",
    "istanbul": "Istanbul",
    "london": "London",
    "paris": "Paris",
    "berlin": "Berlin",
    "rome": "Rome",
    "new york": "New York",
    "washington": "Washington",
    "the hague": "The Hague",
    "hague": "The Hague",
    "helsinki": "Helsinki",
    "sofia": "Sofia",
    "bucharest": "Bucharest",
    "budapest": "Budapest",
    "stockholm": "Stockholm",
    "madrid": "Madrid",
    "lisbon": "Lisbon",
    "athens": "Athens",
    "dubai": "Dubai",
    "doha": "Doha",
    "tehran": "Tehran",
    "riga": "Riga",
    "vilnius": "Vilnius",
    "tallinn": "Tallinn",
    # The parliament of Azerbaijan, where sessions and hearings are held.
    "milli majlis": "Milli Majlis",
}

PLACE_SUFFIXES = ()

# Words ending a venue's name ("in the Heydar Aliyev Center", "at the Police Academy") -> as shown.
# Source: venues of events in English news of the region.
VENUE_WORDS = {
    "center": "center",
    "centre": "centre",
    "hotel": "hotel",
    "academy": "academy",
    "university": "university",
    "palace": "palace",
    "museum": "museum",
    "hall": "hall",
    "library": "library",
}

# Words before a venue's name that put an event in it ("in the Heydar Aliyev Center").
VENUE_CASES = ()
VENUE_PREPOSITIONS = ("in", "at", "in the", "at the")
