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
}

PLACE_SUFFIXES = ()
