"""Azerbaijani words for organisations. Source: the names of state bodies as the
Cabinet of Ministers' register and agency reports write them ("Dövlət Miqrasiya
Xidməti", "Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi"), and the abbreviations
those reports use. All keys folded with ``icra.lang.az.fold``."""

# Head nouns that end a body's name. A name's head takes case endings after the
# possessive ("Xidmətinin", "Nazirliyinə"), so the dictionary form begins every
# inflected form; the few that change their last consonant ("Prokurorluğun")
# are listed by the changed stem as well.
ORG_HEADS = {
    "nazirliyi": "nazirliyi",
    # the plural, "Ədliyyə və Daxili İşlər nazirlikləri": several ministries, each by its field
    "nazirlikl": "nazirlikləri",
    # (with the possessive: "Sosial Xidmətlər Nazirliyi" names one ministry)
    "xidmətləri": "xidmətləri",
    "komitələri": "komitələri",
    "agentlikləri": "agentlikləri",
    "xidməti": "xidməti",
    "komitəsi": "komitəsi",
    "komissiyası": "komissiyası",
    # "Birgə Komissiyanın": the possessive dropped before the case ending.
    "komissiyan": "komissiyası",
    "təşkilatı": "təşkilatı",
    "mərkəzi": "mərkəzi",
    "mərkəzlər": "mərkəzləri",
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
    "müvəkkili": "müvəkkili",
    "müvəkkil": "müvəkkil",
    "aparatı": "aparatı",
    "qrupu": "qrupu",
    "sanatoriyası": "sanatoriyası",
    "bürosu": "bürosu",
    "komissarlığı": "komissarlığı",
    "müfəttişliyi": "müfəttişliyi",
    "prokurorluq": "prokurorluq",
    "prokurorluğ": "prokurorluq",
    "məclisi": "məclisi",
    "məclis": "məclis",
    "hakimiyyəti": "hakimiyyəti",
    "universiteti": "universiteti",
    "polisi": "polisi",
    "hökuməti": "hökuməti",
    "akademiyası": "akademiyası",
    "institutu": "institutu",
    "assosiasiyası": "assosiasiyası",
    "missiyası": "missiyası",
    "katibliyi": "katibliyi",
    # units and institutions: "Naxçıvan Sərhəd Dəstəsi", "Kadr Kolleci", "Klinik Xəstəxanası", "... Fakültəsi"
    "dəstəsi": "dəstəsi",
    "kolleci": "kolleci",
    "xəstəxanası": "xəstəxanası",
    "fakültəsi": "fakültəsi",
    # "Prezident Administrasiyası", "Vəkillər Kollegiyası"
    "administrasiyası": "administrasiyası",
    "kollegiyası": "kollegiyası",
    # "Həmkarlar İttifaqları Konfederasiyası", "... Təşkilatları Milli Konfederasiyası" (not "federasiya":
    # "Rusiya Federasiyası" is a state)
    "konfederasiyası": "konfederasiyası",
    # religious bodies (the State Committee's register): "Bakı Yəhudi İcması", "Rus Pravoslav Kilsəsi",
    # "... Bakı və Azərbaycan Yeparxiyası"
    "icması": "icması",
    "kilsəsi": "kilsəsi",
    "yeparxiyası": "yeparxiyası",
    # more bodies' heads: "Hesablama Palatası", "Bakı Bələdiyyəsi", "Qızıl Aypara Cəmiyyəti", "Dövlət Əmək
    # İnspeksiyası", "... Milli Koalisiyası", "... Şəbəkəsi"
    "palatası": "palatası",
    "bələdiyyəsi": "bələdiyyəsi",
    "cəmiyyəti": "cəmiyyəti",
    "inspeksiyası": "inspeksiyası",
    "koalisiyası": "koalisiyası",
    "şəbəkəsi": "şəbəkəsi",
    # "Heydər Əliyev Beynəlxalq Aeroportu"
    "aeroportu": "aeroportu",
}

# Lower-case words that join the words of one name: "Əmək və Əhalinin ...", "... üzrə Dövlət Komitəsi",
# "İnsan Alveri Qurbanları üçün Yardım Mərkəzi".
ORG_CONNECTORS = (
    "və",
    "üzrə",
    "qarşı",
    "üçün",
    "iş",
    "şəhər",
    "şəhəri",
    "rayon",
    "rayonu",
    "icra",
    "ictimai",
)

# Abbreviations agency reports use -> the body's full name.
ORG_ALIASES = {
    "dmx": "Dövlət Miqrasiya Xidməti",
    "dsx": "Dövlət Sərhəd Xidməti",
    "dtx": "Dövlət Təhlükəsizlik Xidməti",
    "dgk": "Dövlət Gömrük Komitəsi",
    "din": "Daxili İşlər Nazirliyi",
    "xin": "Xarici İşlər Nazirliyi",
    "əəsmn": "Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi",
    "aqupdk": "Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi",
    "bmqt": "Beynəlxalq Miqrasiya Təşkilatı",
    "bmt": "Birləşmiş Millətlər Təşkilatı",
    "bət": "Beynəlxalq Əmək Təşkilatı",
    "ai": "Avropa İttifaqı",
    "atət": "Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatı",
    "mdb": "Müstəqil Dövlətlər Birliyi",
    # International bodies that Azerbaijani texts name by their English abbreviations, folded as
    # Azerbaijani folds them ("IOM" -> "ıom", "ODİHR" -> "odihr").
    "ıom": "Beynəlxalq Miqrasiya Təşkilatı",
    "unıcef": "BMT-nin Uşaq Fondu",
    "unodc": "BMT-nin Narkotiklər və Cinayətkarlıq üzrə İdarəsi",
    "undp": "BMT-nin İnkişaf Proqramı",
    "unhcr": "BMT-nin Qaçqınlar üzrə Ali Komissarlığı",
    "odihr": "ATƏT-in Demokratik Təsisatlar və İnsan Hüquqları üzrə Bürosu",
    "odıhr": "ATƏT-in Demokratik Təsisatlar və İnsan Hüquqları üzrə Bürosu",
    "ıcmpd": "Beynəlxalq Miqrasiya Siyasətinin İnkişafı Mərkəzi",
    "icmpd": "Beynəlxalq Miqrasiya Siyasətinin İnkişafı Mərkəzi",
    "frontex": "Avropa Sərhəd və Sahil Mühafizəsi Agentliyi",
    "greta": "Avropa Şurasının İnsan alverinə qarşı mübarizə üzrə Ekspertlər Qrupu",
    # More UN and donor bodies active against trafficking, by their English abbreviations (their Azerbaijani
    # pages), folded as Azerbaijani folds them.
    "unfpa": "BMT-nin Əhali Fondu",
    "usaıd": "ABŞ Beynəlxalq İnkişaf Agentliyi",
    # A body known by a short name of two words (unwomen.org), as Azerbaijani folds it.
    "un women": "BMT-nin Gender Bərabərliyi və Qadınların Səlahiyyətlərinin Artırılması Təşkilatı",
    # Bodies known by a name of one word, as Azerbaijani writes it ("İnterpol") and in English ("Interpol").
    "interpol": "Beynəlxalq Kriminal Polis Təşkilatı",
    "ınterpol": "Beynəlxalq Kriminal Polis Təşkilatı",
    "avropol": "Avropa Polis Ofisi",
    "europol": "Avropa Polis Ofisi",
    "eurojust": "Avropa İttifaqının Cinayət Ədliyyəsi üzrə Əməkdaşlıq Agentliyi",
    # The national airline and railway by their own abbreviations (azal.az, ady.az).
    "azal": "Azərbaycan Hava Yolları",
    "ady": "Azərbaycan Dəmir Yolları",
}

# A body's name after "yanında" goes back over it to the body it stands under: "Əmək və Əhalinin Sosial
# Müdafiəsi Nazirliyi yanında Dövlət Əmək Müfəttişliyi Xidməti" (the state bodies' statutes name them so).
ORG_OWNER_POSTPOSITIONS = ("yanında",)

# "Azərbaycan Respublikası(nın) Nazirlər Kabineti" is the Nazirlər Kabineti.
ORG_STATE_PREFIXES = ("azərbaycan respublikasının", "azərbaycan respublikası", "azərbaycanın")

# A sentence often opens with where something happened ("Tədbirdə", "Görüşdə", "Hesabat dövründə"):
# a first word in the locative or ablative is no part of the name after it.
ORG_OUTSIDE_CASES = ("da", "də", "dan", "dən")

# Source: reports listing bodies of one kind together ("Ədliyyə və Səhiyyə nazirlikləri", "Dövlət Miqrasiya və
# Dövlət Sərhəd xidmətləri").
ORG_PLURAL_HEADS = {
    "nazirlikləri": "nazirliyi",
    "xidmətləri": "xidməti",
    "komitələri": "komitəsi",
    "agentlikləri": "agentliyi",
}

# Source: the register of central executive bodies (president.az, "Mərkəzi icra hakimiyyəti orqanları"),
# the Milli Məclis, the courts and the bar, and the international bodies active against trafficking in
# Azerbaijan as their Azerbaijani pages name them.
ORG_KNOWN_NAMES = (
    "daxili işlər nazirliyi",
    "xarici işlər nazirliyi",
    "ədliyyə nazirliyi",
    "səhiyyə nazirliyi",
    "təhsil nazirliyi",
    "elm və təhsil nazirliyi",
    "əmək və əhalinin sosial müdafiəsi nazirliyi",
    "gənclər və idman nazirliyi",
    "mədəniyyət nazirliyi",
    "mədəniyyət və turizm nazirliyi",
    "iqtisadiyyat nazirliyi",
    "maliyyə nazirliyi",
    "müdafiə nazirliyi",
    "fövqəladə hallar nazirliyi",
    "vergilər nazirliyi",
    "rəqəmsal inkişaf və nəqliyyat nazirliyi",
    "nəqliyyat, rabitə və yüksək texnologiyalar nazirliyi",
    "kənd təsərrüfatı nazirliyi",
    "ekologiya və təbii sərvətlər nazirliyi",
    "energetika nazirliyi",
    "dövlət miqrasiya xidməti",
    "dövlət sərhəd xidməti",
    "dövlət təhlükəsizlik xidməti",
    "xarici kəşfiyyat xidməti",
    "dövlət məşğulluq xidməti",
    "dövlət gömrük komitəsi",
    "ailə, qadın və uşaq problemləri üzrə dövlət komitəsi",
    "dini qurumlarla iş üzrə dövlət komitəsi",
    "qaçqınların və məcburi köçkünlərin işləri üzrə dövlət komitəsi",
    "diaspora ilə iş üzrə dövlət komitəsi",
    "dövlət statistika komitəsi",
    "dövlət sosial müdafiə fondu",
    "baş prokurorluq",
    "ali məhkəmə",
    "konstitusiya məhkəməsi",
    "milli məclis",
    "nazirlər kabineti",
    "prezident administrasiyası",
    "insan hüquqları üzrə müvəkkil",
    "vəkillər kollegiyası",
    "məhkəmə-hüquq şurası",
    "mərkəzi seçki komissiyası",
    "mərkəzi bank",
    "ədliyyə akademiyası",
    "avropa şurası",
    "avropa ittifaqı",
    "avropa komissiyası",
    "avropa parlamenti",
    "beynəlxalq əmək təşkilatı",
    "beynəlxalq kriminal polis təşkilatı",
    "beynəlxalq qızıl xaç komitəsi",
    "abş beynəlxalq inkişaf agentliyi",
    "abş dövlət departamenti",
    "ümumdünya səhiyyə təşkilatı",
    # Bodies whose names have no head noun, found by these names alone: the parliaments of the region (their
    # constitutions), the national airlines and railway (their own pages), and the anti-trafficking NGO
    # network La Strada (la-strada.org).
    "oliy məclis",
    "jogorku keneş",
    "ali rada",
    "azərbaycan hava yolları",
    "türk hava yolları",
    "azərbaycan dəmir yolları",
    "la strada",
)

# Source: the names of states in Azerbaijani (the Ministry of Foreign Affairs' list of countries), as they
# stand before a foreign body's name ("Gürcüstan Daxili İşlər Nazirliyi", "Türkiyə Respublikasının ...").
ORG_STATES = (
    "gürcüstan", "türkiyə", "rusiya", "ukrayna", "moldova", "belarus", "qazaxıstan", "özbəkistan",
    "qırğızıstan", "tacikistan", "türkmənistan", "ermənistan", "iran", "əfqanıstan", "pakistan",
    "hindistan", "çin", "yaponiya", "almaniya", "fransa", "italiya", "ispaniya", "portuqaliya", "niderland",
    "belçika", "avstriya", "isveçrə", "polşa", "litva", "latviya", "estoniya", "rumıniya", "bolqarıstan",
    "yunanıstan", "macarıstan", "çexiya", "slovakiya", "serbiya", "xorvatiya", "albaniya", "norveç",
    "isveç", "finlandiya", "danimarka", "kanada", "misir", "iraq", "suriya", "livan", "iordaniya", "israil",
    "qətər", "küveyt", "bəhreyn", "oman", "səudiyyə", "tailand", "malayziya", "indoneziya", "vyetnam",
    "filippin", "nepal", "banqladeş", "koreya",
)  # fmt: skip

# Source: the genitive suffixes after a hyphen ("ATƏT-in", "BMT-nin", "DMX-nın", "UNICEF-in").
ORG_GENITIVE_ENDINGS = ("-ın", "-in", "-un", "-ün", "-nın", "-nin", "-nun", "-nün")
