"""Russian words for a victim of trafficking, as folded stems. Source: the Russian text of
the Azerbaijani law "О борьбе с торговлей людьми" (2005), article 1 ("жертва торговли людьми"),
and agency reports ("потерпевшая", "пострадавший")."""

VICTIM_WORDS = ("жертв", "потерпевш", "пострадавш")
