"""The fixed words of İcra's reports, one table per language: titles, headings, column names.

These are the words of the documents İcra writes (a national report in Azerbaijani or
English), not of the web interface, whose messages live in its own catalogues.
Source: the headings of the agencies' own reports ("13.1.1-ci yarımbənd üzrə:") and of
the national reports on the Plan; the English ones follow GRETA's and the US TIP report's usage.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from icra.errors import InputError

REPORT_LANGUAGES = ("az", "en")


@dataclass(frozen=True)
class Headings:
    lang: str
    national_title: str  # {plan} {year}
    agency_title: str  # {agency} {plan} {year}
    item_heading: str  # one code: {code}
    items_heading: str  # several codes: {codes}, joined by `and_word`
    and_word: str
    responsible: str
    lead: str
    partner: str
    no_report: str
    missing_items: str
    events: str
    figures: str
    document_refs: str
    coverage: str
    summary: str
    statistics: str
    charts: str
    agency: str
    item: str
    title: str
    kind: str
    date: str
    date_end: str
    place: str
    participants: str
    reports: str
    value: str
    what: str
    unit: str
    period: str
    status: str
    report_id: str
    number: str
    issuer: str
    reported: str
    role: str
    yes: str
    no: str
    also_reported_by: str
    name_withheld: str
    below_threshold: str  # {threshold}
    quality_flags: str
    international: str  # {template}
    # Ordinal endings written after a number with a hyphen ("2016-cı"), by the number's last
    # spoken word (6 "altı" -> "cı", 10 "on" -> "cu", 1000 "min" -> "ci"); empty where the language
    # writes none.
    ordinal_endings: dict[int, str] = field(default_factory=dict)
    # The kinds of document (icra.model.DocumentKind values) as the reports' readers name them,
    # where that is not the kind's own name.
    document_kinds: dict[str, str] = field(default_factory=dict)

    def ordinal(self, number: int) -> str:
        """``number`` with its ordinal ending as the language writes it: "2016-cı", "10-cu"."""
        ending = self.ordinal_endings.get(_last_spoken_word(number))
        return f"{number}-{ending}" if ending else str(number)

    def code_ordinal(self, code: str) -> str:
        """A plan code with the ending its last number takes: "13.1.1-ci", "13.2.10-cu"."""
        last = code.rsplit(".", 1)[-1]
        ending = self.ordinal_endings.get(_last_spoken_word(int(last))) if last.isdigit() else None
        return f"{code}-{ending}" if ending else code

    def heading_for(self, codes: list[str]) -> str:
        """The heading of a part about ``codes``: "13.3.6-cı və 13.3.7-ci yarımbəndlər üzrə:"."""
        shown = [self.code_ordinal(code) for code in codes]
        if len(shown) == 1:
            return self.item_heading.format(code=shown[0])
        return self.items_heading.format(codes=", ".join(shown[:-1]) + f" {self.and_word} {shown[-1]}")


def _last_spoken_word(number: int) -> int:
    """The value of the last word said when reading ``number`` aloud: 2016 -> 6, 2010 -> 10, 2000 -> 1000."""
    if number % 10:
        return number % 10
    if number % 100:
        return number % 100
    if number % 1000:
        return 100
    return 1000 if number % 1_000_000 else 1_000_000


AZ = Headings(
    lang="az",
    national_title="“{plan}”nın {year} il üzrə icrası haqqında milli hesabat",
    agency_title="{agency} tərəfindən {year} ildə “{plan}” üzrə görülən işlər haqqında hesabat",
    item_heading="{code} yarımbənd üzrə:",
    items_heading="{codes} yarımbəndlər üzrə:",
    and_word="və",
    responsible="İcraçılar",
    lead="əsas icraçı",
    partner="tərəfdaş",
    no_report="Hesabat təqdim edilməyib.",
    missing_items="Hesabat təqdim edilməyən yarımbəndlər",
    events="Tədbirlər",
    figures="Statistik göstəricilər",
    document_refs="Sənədlər",
    coverage="Əhatə",
    summary="Qurumlar üzrə tədbirlər və iştirakçılar",
    statistics="Statistika: əvvəlki illərlə müqayisə",
    charts="Diaqramlar",
    agency="Qurum",
    item="Yarımbənd",
    title="Ad",
    kind="Növ",
    date="Tarix",
    date_end="Bitmə tarixi",
    place="Yer",
    participants="İştirakçılar",
    reports="Hesabatlar",
    value="Dəyər",
    what="Göstərici",
    unit="Vahid",
    period="Dövr",
    status="Status",
    report_id="Hesabat №",
    number="Nömrə",
    issuer="Qəbul edən orqan",
    reported="Hesabat",
    role="Rol",
    yes="bəli",
    no="xeyr",
    also_reported_by="həmçinin məlumat verib",
    name_withheld="[ad gizlədilib]",
    below_threshold="<{threshold}",
    quality_flags="Keyfiyyət qeydləri",
    international="{template} üzrə qruplaşdırma",
    # Source: Azerbaijani ordinals (birinci, ikinci, üçüncü, dördüncü, beşinci, altıncı, yeddinci,
    # səkkizinci, doqquzuncu, onuncu, iyirminci, otuzuncu, qırxıncı, əllinci, altmışıncı, yetmişinci,
    # səksəninci, doxsanıncı, yüzüncü, mininci, milyonuncu), of which "-ci" and its kin are written.
    ordinal_endings={
        1: "ci",
        2: "ci",
        3: "cü",
        4: "cü",
        5: "ci",
        6: "cı",
        7: "ci",
        8: "ci",
        9: "cu",
        10: "cu",
        20: "ci",
        30: "cu",
        40: "cı",
        50: "ci",
        60: "cı",
        70: "ci",
        80: "ci",
        90: "cı",
        100: "cü",
        1000: "ci",
        1_000_000: "cu",
    },
    document_kinds={
        "letter": "məktub",
        "decision": "qərar",
        "law": "qanun",
        "order": "əmr",
        "decree": "fərman",
        "resolution": "qətnamə",
        "other": "sənəd",
    },
)

EN = Headings(
    lang="en",
    national_title="{plan}: national report on implementation in {year}",
    agency_title="Report of the {agency} on the work done in {year} under the “{plan}”",
    item_heading="Sub-item {code}:",
    items_heading="Sub-items {codes}:",
    and_word="and",
    responsible="Responsible",
    lead="lead",
    partner="partner",
    no_report="No report submitted.",
    missing_items="Sub-items with no report",
    events="Events",
    figures="Figures",
    document_refs="Document references",
    coverage="Coverage",
    summary="Events and participants by agency",
    statistics="Statistics beside the previous years",
    charts="Charts",
    agency="Agency",
    item="Sub-item",
    title="Title",
    kind="Kind",
    date="Date",
    date_end="End date",
    place="Place",
    participants="Participants",
    reports="Reports",
    value="Value",
    what="Indicator",
    unit="Unit",
    period="Period",
    status="Status",
    report_id="Report no.",
    number="Number",
    issuer="Issued by",
    reported="Reported",
    role="Role",
    yes="yes",
    no="no",
    also_reported_by="also reported by",
    name_withheld="[name withheld]",
    below_threshold="<{threshold}",
    quality_flags="Quality flags",
    international="Grouped by {template}",
    # The kinds' own names are English words; only "other" reads better as "document".
    document_kinds={"other": "document"},
)

_BY_LANGUAGE = {h.lang: h for h in (AZ, EN)}


def headings(lang: str) -> Headings:
    """The headings of reports written in ``lang`` ("az" or "en")."""
    try:
        return _BY_LANGUAGE[lang]
    except KeyError:
        raise InputError(f"reports are written in {' or '.join(REPORT_LANGUAGES)}, not {lang!r}") from None
