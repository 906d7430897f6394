"""Azerbaijani word endings a search strips to reach a stem (folded); the longest is tried first.

Source: Azerbaijani noun inflection, written out by hand for İcra's search: the plural,
the six cases, the possessive and the copula, each in its vowel-harmony forms and with
the buffer consonants n, y and s.
"""

SEARCH_SUFFIXES = (
    "lar", "lər", "ları", "ləri",  # plural, plural with a possessive
    "nın", "nin", "nun", "nün", "ın", "in", "un", "ün",  # genitive
    "ya", "yə", "na", "nə", "a", "ə",  # dative
    "yı", "yi", "yu", "yü", "nı", "ni", "nu", "nü", "ı", "i", "u", "ü",  # accusative
    "da", "də", "nda", "ndə", "dan", "dən", "ndan", "ndən",  # locative, ablative
    "sı", "si", "su", "sü",  # third-person possessive after a vowel
    "la", "lə", "yla", "ylə",  # instrumental (ilə written together)
    "dır", "dir", "dur", "dür",  # copula
)  # fmt: skip

# Source: the buffer consonants of Azerbaijani grammar (bitişdirici samitlər n, s, y), which stand
# only between a vowel-final stem and a vowel-initial suffix.
SEARCH_BUFFER_LETTERS = "nsy"
SEARCH_VOWELS = "aıoueəiöü"
# Source: Azerbaijani consonant alternation: a final q (k) turns ğ (y) before a vowel ("sığınacaq" ->
# "sığınacağa"); k -> y is left out, as a stem ending in y is as common as one ending in k.
SEARCH_STEM_ENDINGS = {"ğ": "q"}
