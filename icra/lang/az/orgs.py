"""Azerbaijani words for organisations. Source: the names of state bodies as the
Cabinet of Ministers' register and agency reports write them ("Dövlət Miqrasiya
Xidməti", "Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi"), and the abbreviations
those reports use. All keys folded with ``icra.lang.az.fold``."""

# Head nouns that end a body's name. A name's head takes case endings after the
# possessive ("Xidmətinin", "Nazirliyinə"), so the dictionary form begins every
# inflected form; the few that change their last consonant ("Prokurorluğun")
# are listed by the changed stem as well.
HEADS = {
    "nazirliyi": "nazirliyi",
    "xidməti": "xidməti",
    "komitəsi": "komitəsi",
    "komissiyası": "komissiyası",
    # "Birgə Komissiyanın": the possessive dropped before the case ending.
    "komissiyan": "komissiyası",
    "təşkilatı": "təşkilatı",
    "mərkəzi": "mərkəzi",
    "səfirliyi": "səfirliyi",
    "departamenti": "departamenti",
    "fondu": "fondu",
    "agentliyi": "agentliyi",
    "kabineti": "kabineti",
    "şurası": "şurası",
    "ittifaqı": "ittifaqı",
    "nümayəndəliyi": "nümayəndəliyi",
    "ofisi": "ofisi",
    "idarəsi": "idarəsi",
    "şöbəsi": "şöbəsi",
    "birliyi": "birliyi",
    "assambleyası": "assambleyası",
    "məhkəməsi": "məhkəməsi",
    "aparatı": "aparatı",
    "qrupu": "qrupu",
    "sanatoriyası": "sanatoriyası",
    "prokurorluq": "prokurorluq",
    "prokurorluğ": "prokurorluq",
    "məclisi": "məclisi",
    "məclis": "məclis",
    "hakimiyyəti": "hakimiyyəti",
    "universiteti": "universiteti",
    "polisi": "polisi",
}

# Lower-case words that join the words of one name: "Əmək və Əhalinin ...", "... üzrə Dövlət Komitəsi".
CONNECTORS = ("və", "üzrə", "qarşı", "ilə", "iş", "şəhər", "şəhəri", "rayon")

# Abbreviations agency reports use -> the body's full name.
ALIASES = {
    "dmx": "Dövlət Miqrasiya Xidməti",
    "bmqt": "Beynəlxalq Miqrasiya Təşkilatı",
    "bmt": "Birləşmiş Millətlər Təşkilatı",
    "ai": "Avropa İttifaqı",
    "aşpt": "Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatı",
    "ati": "Avropa Təhlükəsizlik və Əməkdaşlıq Təşkilatı",
    "bəd": "Beynəlxalq Əmək Təşkilatı",
    "bət": "Beynəlxalq Əmək Təşkilatı",
    "dtx": "Dövlət Təhlükəsizlik Xidməti",
    "dsx": "Dövlət Sərhəd Xidməti",
    "dim": "Daxili İşlər Nazirliyi",
    "xin": "Xarici İşlər Nazirliyi",
    "qht": "Qeyri-Hökumət Təşkilatı",
    "unicef": "BMT-nin Uşaq Fondu",
    "bmt qaqk": "BMT-nin Qaçqınlar üzrə Ali Komissarlığı",
}

# "Azərbaycan Respublikası(nın) Nazirlər Kabineti" is the Nazirlər Kabineti.
STATE_PREFIXES = ("azərbaycan respublikasının", "azərbaycan respublikası", "azərbaycanın")
