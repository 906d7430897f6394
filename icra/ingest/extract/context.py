"""What every section extractor receives (re-exported by ``icra.ingest.extract``).

Extractors import it from here, so that ``icra.ingest.extract`` can import the
extractors themselves without a cycle.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from icra.ingest.extract.dates import DateMention
from icra.lang import LanguageData
from icra.model import Section


@dataclass(frozen=True)
class ExtractionContext:
    """What every section extractor gets: the section, its language and its dates."""

    lang: LanguageData
    section: Section
    section_index: int
    # The report's year: completes dates written without one ("20 oktyabr").
    year: int | None = None
    # Every date in ``section.text``, found once and shared by all extractors.
    dates: list[DateMention] = field(default_factory=list)
    # A news item's dateline ("Баку. 22 января."), in this section's offsets, when it stands in this
    # section: the item's first sentence, on the dateline's line, happened on that day.
    dateline: DateMention | None = None
    # The whole report's text, for what stands above a section: the head row of a table whose rows
    # are sections ("Bənd | Tədbir | Tarix | İştirakçıların sayı", then "13.2.6 | ... | 28"). Empty:
    # the section is the whole text.
    document: str = ""
    # A news item's headline: where its events took place when their own words name no place.
    headline: str | None = None

    def in_document(self, position: int) -> tuple[str, int]:
        """The text a section's ``position`` lies in, and the position there."""
        return (self.document, self.section.start + position) if self.document else (self.text, position)

    @property
    def text(self) -> str:
        return self.section.text

    @property
    def code(self) -> str | None:
        """The section's first plan code, which its items name as their ``section``."""
        return self.section.codes[0] if self.section.codes else None
