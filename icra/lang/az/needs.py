"""Azerbaijani words that state a need. Source: the "tələbat" paragraphs of
agency reports ("... ehtiyac var", "... zəruridir", "... tələb olunur"). Folded stems."""

NEED_WORDS = ("tələbat", "ehtiyac", "zəruri", "vacibdir", "tələb olunur", "məqsədəuyğundur")
