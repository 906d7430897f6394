"""Azerbaijani words of document references. Source: the way Azerbaijani acts
and letters are cited ("1 dekabr 2016-cı il tarixli 02/2896 saylı məktub",
"20 may 2001-ci il tarixli 81 nömrəli qərarı", "Prezidentin Sərəncamı"). Folded."""

# Kind words by their stem (the case and possessive endings follow): "məktubu", "qərarı", "Qanununun".
DOC_KINDS = {
    "məktub": "letter",
    "qərar": "decision",
    "qanun": "law",
    "sərəncam": "order",
    "əmr": "order",
    "fərman": "decree",
    "qətnamə": "resolution",
    "konvensiya": "other",
    "protokol": "other",
    # "14 noyabr tarixli 15/4-3390 saylı sorğusuna cavab olaraq": a request is a letter.
    "sorğu": "letter",
    # Agreements: "12 fevral tarixli 2018/QHT-114 saylı qrant müqaviləsi", "anlaşma memorandumu", "saziş".
    "müqavilə": "other",
    "memorandum": "other",
    "saziş": "other",
    # "Baş prokurorun 2 mart 2022-ci il tarixli 6 nömrəli göstərişi".
    "göstəriş": "order",
    # "Daxili İşlər Nazirliyinin 12 mart tarixli 45 nömrəli təlimatı"; "Əsasnamə" (a statute).
    "təlimat": "order",
    "əsasnamə": "other",
}

# Azerbaijani names a document's date before its kind word ("8 mart 2022-ci il tarixli memorandum"): no
# signing words are needed after it.
SIGNING_WORDS = ()

# Markers after a document's number: "02/2896 saylı", "81 nömrəli".
DOC_NUMBER_AFTER = ("saylı", "nömrəli")

# Markers before it: "№ 208".
DOC_NUMBER_BEFORE = ("№", "no.", "no")

# Words that begin like a kind word and are adjectives or other nouns: "qanunsuz" (illegal),
# "qanuni" (legal), "qanunvericilik" (legislation), "qərargah" (headquarters).
DOC_KIND_EXCEPTIONS = ("qanunsuz", "qanuni", "qanunvericilik", "qanunauyğun", "qərargah", "qərara")
