"""Azerbaijani words for a victim of trafficking, as folded stems. Source: the Law of the
Republic of Azerbaijan "On Combating Trafficking in Human Beings" (2005), article 1
("insan alverinin qurbanı"), and agency reports ("zərər çəkmiş şəxs")."""

VICTIM_WORDS = ("qurban", "zərərçəkmiş", "zərər çəkmiş")
