"""Azerbaijani words that state a need. Source: the closing "tələbat" paragraphs of
agency reports, which say what is needed with a predicate ("... ehtiyac var",
"... zəruridir", "... tələb olunur"); the nouns alone also name projects
("ehtiyacların qiymətləndirilməsi"), so the predicates are listed. Folded."""

NEED_WORDS = (
    "ehtiyac var",
    "ehtiyacı var",
    "ehtiyac duyulur",
    "ehtiyac yaranır",
    "zərurət var",
    "zərurəti var",
    "zəruridir",
    "vacibdir",
    "tələb olunur",
    "tələbat var",
    "məqsədəuyğun hesab edilir",
    "məqsədəuyğundur",
)
