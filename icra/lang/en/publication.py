"""English words for a victim of trafficking, as folded stems. Source: the Council of Europe
Convention on Action against Trafficking in Human Beings (2005), article 4 ("victim"), and
the US TIP report ("survivor")."""

VICTIM_WORDS = ("victim", "survivor")
