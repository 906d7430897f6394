"""Language data: one package per language, one contract for all of them.

Extraction code receives a :class:`LanguageData` and never names a word itself;
every word list, suffix and pattern fragment that belongs to a language lives in
``icra/lang/<code>/``. A language that lacks a list leaves its slot empty and the
extractors simply find nothing of that kind, as spaCy's ``BaseDefaults`` does.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from functools import cache
from types import ModuleType
from typing import Any

SUPPORTED = ("az", "ru", "en")


# The letters that ``str.lower`` does not turn into one letter on their own: "İ" becomes two
# ("i̇"), and "Σ" becomes "ς" or "σ" by its neighbours. tests/lang/test_default_fold.py checks
# that Unicode has no others.
_IRREGULAR = re.compile("([İΣ])")


def default_fold(text: str) -> str:
    """Lower-case ``text`` one character for one, so offsets stay valid.

    Runs without an irregular letter are lowered whole by ``str.lower`` (ten times
    faster than letter by letter); an irregular letter is lowered alone, or kept
    as written when its lower case is longer.
    """
    if "İ" not in text and "Σ" not in text:
        return text.lower()
    pieces = _IRREGULAR.split(text)
    return "".join(_lower_one(piece) if i % 2 else piece.lower() for i, piece in enumerate(pieces))


def _lower_one(ch: str) -> str:
    low = ch.lower()
    return low if len(low) == 1 else ch


# eq=False: languages compare and hash by identity, so they can key caches.
@dataclass(frozen=True, eq=False)
class LanguageData:
    """Every slot a language may fill; extractors read these and nothing else.

    All word lists are stored already folded with the language's own ``fold``.
    """

    code: str
    name: str
    # Case folding that keeps the length of the text (offsets stay valid).
    fold: Callable[[str], str] = default_fold
    # Upper-casing as the language writes it ("iyun" -> "İYUN" in Azerbaijani).
    upper: Callable[[str], str] = str.upper
    # Month names and stems (folded) -> month number, e.g. "dekabr" -> 12.
    months: Mapping[str, int] = field(default_factory=dict)
    # Suffixes written after a number with a hyphen: "2016-cı", "19-cu".
    ordinal_suffixes: tuple[str, ...] = ()
    # Words after a year that say "year(s)": "il", "illər", "года", "г.".
    year_words: tuple[str, ...] = ()
    # Words that follow a date to mark it: "tarixli", "tarixdə", "от".
    date_markers: tuple[str, ...] = ()
    # Case endings of a day that say something happened on it, as a marker would: "dekabrın 3-də".
    date_case_markers: tuple[str, ...] = ()
    # Abbreviations that contain a full stop and do not end a sentence.
    abbreviations: tuple[str, ...] = ()
    # Organisations (icra/lang/<code>/orgs.py). Head nouns that end or begin a body's name, by the
    # folded beginning of their inflected forms -> the folded dictionary form: "nazirliy" -> "nazirliyi".
    org_heads: Mapping[str, str] = field(default_factory=dict)
    # Lower-case words that may stand inside a name: "və", "üzrə", "of", "for".
    org_connectors: tuple[str, ...] = ()
    # Connectors that continue a name after its head ("Ministry of ...", "Служба по ..."); a language
    # whose names end at the head leaves this empty.
    org_continuers: tuple[str, ...] = ()
    # Words after a body's name that make the body named next its owner: "... Service under the
    # Ministry of ...", "... Department ... of the Ministry ...", "служба ... при Правительстве".
    org_subordinators: tuple[str, ...] = ()
    # Words after a body's name that put the body named next under it, one name over both (Azerbaijani
    # "yanında": "... Nazirliyi yanında Dövlət Əmək Müfəttişliyi Xidməti").
    org_owner_postpositions: tuple[str, ...] = ()
    # Word endings of lower-case words after a head (Russian "внутренних дел"); empty: none may.
    org_inner_endings: tuple[str, ...] = ()
    # Endings of the adjectives before a head where names have one capital ("Государственная",
    # "Учебном"); empty: any capitalised word may stand there.
    org_modifier_endings: tuple[str, ...] = ()
    # The nominative of those adjectives, by the last letter of the head's dictionary form (its gender;
    # "" for any other letter): {case ending: nominative ending}, "Международной организации" ->
    # "Международная организация". Empty: adjectives are shown as written.
    org_modifier_nominatives: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    # Known abbreviations (folded) -> the full name in this language: "bmqt" -> "Beynəlxalq ...".
    org_aliases: Mapping[str, str] = field(default_factory=dict)
    # Case endings that put a sentence's first word outside a name: the locative of "Tədbirdə ...".
    org_outside_cases: tuple[str, ...] = ()
    # Words that name the state before or after a body's name and do not tell two bodies apart:
    # "azərbaycan respublikası", "of the republic of azerbaijan", "азербайджанской республики".
    org_state_prefixes: tuple[str, ...] = ()
    # Plural heads that name several bodies of one kind, each by its field (folded dictionary form ->
    # the singular's): "ministries" -> "ministry" in "Ministries of Justice and Internal Affairs".
    org_plural_heads: Mapping[str, str] = field(default_factory=dict)
    # Prepositions that name the seat of a foreign or international body's office, part of its name:
    # "Представительство МОМ в Азербайджане", "OSCE Project Co-ordinator in Baku".
    org_seat_prepositions: tuple[str, ...] = ()
    # Prepositions after a head that open the body's field, which goes on in lower-case words to the end of
    # the clause: "по" in "Агентство по сотрудничеству в сфере уголовного правосудия"; phrases of two words
    # ("в сфере") open it after the name's genitives too. Empty: none does.
    org_field_prepositions: tuple[str, ...] = ()
    # Endings of words that end such a field: verbs and short participles ("провела", "проведены").
    org_field_end_endings: tuple[str, ...] = ()
    # Names of real bodies (folded, in the nominative, the state's name left aside): the state's ministries,
    # committees, services and agencies, and the international bodies working against trafficking. A
    # sentence's first word before one is no word of its name ("Hesabat Daxili İşlər Nazirliyinin ..."); one
    # of a single word is a body by its head alone ("the Government", "Правительства").
    org_known_names: tuple[str, ...] = ()
    # Heads (dictionary form) that name a body only where another body's abbreviation stands in the name: a
    # post's office ("OSCE Project Co-ordinator in Baku", not "the National Coordinator", a person), a
    # programme ("Программа развития ООН", not "Государственная программа ...", a plan).
    org_office_heads: tuple[str, ...] = ()
    # Foreign states as a name before a body's names them (folded stems): "gürcüstan" in "Gürcüstan Daxili
    # İşlər Nazirliyi", "georgian"; never a word outside the name.
    org_states: tuple[str, ...] = ()
    # Endings of the genitive, written after an abbreviation with a hyphen ("ATƏT-in", "BMT-nin"): its body
    # owns what the name after it names; a head in it without its possessive refers back to a body named
    # before ("Seminara Xidmətin əməkdaşları", not "Dövlət Miqrasiya Xidmətinin").
    org_genitive_endings: tuple[str, ...] = ()
    # Figures (icra/lang/<code>/figures.py). Number words: "beş" -> 5, "five" -> 5.
    number_words: Mapping[str, int] = field(default_factory=dict)
    # Words that multiply the number before them: "min" -> 1000, "milyon" -> 1000000.
    number_multipliers: Mapping[str, int] = field(default_factory=dict)
    # Words after a number that give its unit: "nəfər" -> "person", "faiz" -> "percent".
    unit_words: Mapping[str, str] = field(default_factory=dict)
    # Words after a number that make it something other than a statistic: durations, "dildə", "telefon".
    not_figure_words: tuple[str, ...] = ()
    # Words before a number that make it a label: "maddə", "статья", "article", "No".
    not_figure_before: tuple[str, ...] = ()
    # Stems of words that make an amount a person's entitlement, no statistic, within a few words before
    # it: "в размере 400 манатов", "compensation of GEL 1,000" (not "a total of MDL 412,600").
    entitlement_words: tuple[str, ...] = ()
    # Definite articles ("the"): opening a sentence before a number, they name a known set ("The 12
    # Regional Committees held ..."), no new count; a language without articles leaves this empty.
    definite_articles: tuple[str, ...] = ()
    # Words of a period that a figure covers: "ərzində", "ötən", "cari"; "в прошлом году".
    period_words: tuple[str, ...] = ()
    # Stems of verbs of taking part ("iştirak", "участвова", "participat"): a number before one in an
    # event's sentence counts the event's participants, not a statistic.
    participation_words: tuple[str, ...] = ()
    # Words of taking part that stand before the number they count, a word at most between:
    # "участвовали 42 депутата", "приняли участие около 500", "attended by 300".
    participation_before: tuple[str, ...] = ()
    # Document references (icra/lang/<code>/docrefs.py). Kind words (folded stems) -> kind.
    doc_kinds: Mapping[str, str] = field(default_factory=dict)
    # Words that begin like a kind word and are none ("qanunsuz", "qanuni", "законодательство").
    doc_kind_exceptions: tuple[str, ...] = ()
    # Kind words that mark a letter's number ("Исх. № 12/3-417"): after another kind word in their
    # sentence they are part of its citation ("письмом ... от 02.03.2019 исх. № 12/345"), not a document.
    doc_marker_kinds: tuple[str, ...] = ()
    # Stems of words saying a document was signed or adopted: after its kind word and before a date in
    # one clause they make the date the document's ("a protocol signed with YÖK on 8 March 2022").
    signing_words: tuple[str, ...] = ()
    # Markers of a document number after it ("saylı", "nömrəli") and before it ("№", "no.").
    doc_number_after: tuple[str, ...] = ()
    doc_number_before: tuple[str, ...] = ()
    # Needs (icra/lang/<code>/needs.py): stems of words that state a need ("ehtiyac", "необходим").
    need_words: tuple[str, ...] = ()
    # Short words nearly every text of the language uses ("və", "и", "the"): language detection.
    common_words: frozenset[str] = frozenset()
    # Words that stand around plan codes in a section heading ("yarımbənd üzrə", "п.", "Measure").
    heading_words: tuple[str, ...] = ()
    # Words naming a numbered part of a plan ("Пункт 7.", "Objective 1", "Tədbir 3"): after one, a
    # number alone is a code too; heading words that are prepositions ("по", "under") are not among them.
    numbered_heading_words: tuple[str, ...] = ()
    # Words joining two codes in one heading ("13.3.6-cı və 13.3.7-ci").
    conjunctions: tuple[str, ...] = ()
    # Words that end an action plan's name ("Fəaliyyət Planı", "План действий").
    plan_words: tuple[str, ...] = ()
    # Words after the name of the body that did the work ("DMX tərəfindən", "ГМС силами").
    agent_markers: tuple[str, ...] = ()
    # The field names of a pasted e-mail's header ("From:", "Sent:", "Kimə:", "Тема:"), folded: lines
    # opening a text with them are the mail's, not the report's.
    mail_header_fields: tuple[str, ...] = ()
    # Stems of words naming an event (folded) -> kind: "seminar" -> "seminar", "görüş" -> "meeting".
    event_kinds: Mapping[str, str] = field(default_factory=dict)
    # Verbs of taking place (folded stems) -> kind: they tell an event whatever it is called ("a hackathon
    # took place", "состоялась викторина") in a sentence naming none of event_kinds.
    event_verbs: Mapping[str, str] = field(default_factory=dict)
    # A news page's label over its list of other items' dated headlines ("Related news", "Читайте также",
    # "Digər xəbərlər"), folded: their dates are the other items', no event of this one.
    related_news_labels: tuple[str, ...] = ()
    # Words right after a date that make it a document's date ("tarixli"), and right before ("от").
    document_date_after: tuple[str, ...] = ()
    document_date_before: tuple[str, ...] = ()
    # A deadline, not the day something happened: words right before a date ("by 15 December", "до 1
    # июля"), right after it ("15.12.2021 tarixədək"), and a day's case endings ("dekabrın 15-dək").
    deadline_before: tuple[str, ...] = ()
    deadline_after: tuple[str, ...] = ()
    deadline_cases: tuple[str, ...] = ()
    # Words that make a date a named day rather than an event ("günü", "день", "Day").
    named_day_words: tuple[str, ...] = ()
    # Phrases that announce an event rather than report it (folded): "keçirilməsi nəzərdə tutulur",
    # "планируется", "will be held"; only held events are recorded.
    planned_words: tuple[str, ...] = ()
    # Words counting people after a number ("6 nəfər", "6 человек", "25 participants").
    participant_words: tuple[str, ...] = ()
    # Words saying whom an event was for, before the number counting them ("a webinar for 120 social
    # workers", "для 18 инспекторов") or after its noun ("18 əmək müfəttişi üçün"): its participants
    # whatever their work is called, unless the number counts time ("for 3 days").
    beneficiary_before: tuple[str, ...] = ()
    beneficiary_after: tuple[str, ...] = ()
    # Place names (folded forms, including inflected ones) -> the name to show.
    places: Mapping[str, str] = field(default_factory=dict)
    # Case endings a place name takes ("Bakıda", "Kişinyovda"), folded.
    place_suffixes: tuple[str, ...] = ()
    # Words that make a capitalised word a town's name when no known place is named: right before it
    # ("в г. Косшы", "held in Vlora") or right after it ("Sədərək qəsəbəsində"), folded.
    town_before: tuple[str, ...] = ()
    town_after: tuple[str, ...] = ()
    # Words that end a venue's name, by the folded beginning of their inflected forms -> the folded
    # form to show: "mərkəz" -> "mərkəzi" ("Elm-Tədris Mərkəzində" -> "Elm-Tədris Mərkəzi"), "center".
    venue_words: Mapping[str, str] = field(default_factory=dict)
    # A venue is where an event was when it stands in the locative: its venue word's case endings
    # ("Mərkəzində": "da", "də"), or words before its name ("in the", "в").
    venue_cases: tuple[str, ...] = ()
    venue_prepositions: tuple[str, ...] = ()
    # "с 4 по 6 апреля", "from 29 May to 1 June": the words opening and joining a range.
    range_openers: tuple[str, ...] = ()
    # Words between a day and its month: "the 3rd of May".
    day_month_joiners: tuple[str, ...] = ()
    range_joiners: tuple[str, ...] = ()
    # Case endings after a day written behind its month: "noyabrın 21-də", "martın 3-dək".
    day_case_suffixes: tuple[str, ...] = ()
    # Of those, the endings that open a range of days ("iyunun 12-dən 14-dək"); empty: any may.
    range_start_cases: tuple[str, ...] = ()
    # The word "month" between a month's name and its day: "mart ayının 6-da".
    month_words: tuple[str, ...] = ()
    # Words naming a day by its distance in days from the day of writing (a news item's dateline):
    # "bu gün" -> 0, "dünən" -> -1, "today" -> 0.
    relative_days: Mapping[str, int] = field(default_factory=dict)
    # Words that call a year "last year" ("ötən il", "в прошлом году"): a news item that reports on
    # last year was written the year after.
    last_year_words: tuple[str, ...] = ()
    # Stems of words naming a project (folded) -> event kind: an event only over the range of days it
    # runs ("layihə ... 21 dekabr 2022 – 21 aprel 2023"), not on one day (a draft's date).
    run_kinds: Mapping[str, str] = field(default_factory=dict)
    # Event words, in the forms that say how many days the event lasts (folded) -> days: "week" -> 7
    # ("A week against trafficking started today" runs seven days from today; a "weekly" meeting does not).
    kind_days: Mapping[str, int] = field(default_factory=dict)
    # Publication (icra/lang/<code>/publication.py): words for a victim of trafficking ("qurban", "жертва",
    # "victim"), folded stems; a personal name right after one is withheld from public outputs.
    victim_words: tuple[str, ...] = ()
    # Letters of the alphabet beyond ASCII a-z, folded ("çəğıöşü"): the readers judge a
    # guessed text encoding by how many of its letters some language writes.
    letters: str = ""
    # Endings a search strips from a word (folded) to reach its stem, so "alverinə" finds
    # "alveri" (icra/lang/<code>/search.py); a language without them matches whole words.
    search_suffixes: tuple[str, ...] = ()
    # Letters that join a suffix to a stem ending in a vowel only (az "n", "s", "y": "Bakı-nın", but
    # "qurban-ın"): a suffix beginning with one is stripped only where a vowel stays before it, so
    # "qurbanı" is "qurban" + "ı", not "qurba" + "nı".
    search_buffer_letters: str = ""
    search_vowels: str = ""
    # A stem's last letter, changed before a suffix, put back (folded): az "ğ" -> "q", so
    # "sığınacağa" and "sığınacaq" share the stem "sığınacaq".
    search_stem_endings: Mapping[str, str] = field(default_factory=dict)

    def fold_all(self, words: tuple[str, ...] | frozenset[str] | set[str]) -> frozenset[str]:
        return frozenset(self.fold(w) for w in words)

    @classmethod
    def from_modules(cls, *modules: ModuleType, **slots: Any) -> LanguageData:
        """A language whose slots are filled from its data modules, each slot from the
        public constant named like it in capitals (``MONTHS`` fills ``months``).

        A public constant that names no slot is an error, so a misspelt list cannot
        be silently ignored (dateparser's ``LanguageValidator`` idea).
        """
        by_constant = {f.name.upper(): f.name for f in fields(cls)}
        for module in modules:
            for constant in vars(module):
                if not constant.isupper() or constant.startswith("_"):
                    continue
                if constant not in by_constant:
                    raise ValueError(f"{module.__name__}.{constant} fills no slot of LanguageData")
                slots[by_constant[constant]] = getattr(module, constant)
        return cls(**slots)


@cache
def get(code: str) -> LanguageData:
    """The language data for ``code`` ("az", "ru", "en")."""
    if code not in SUPPORTED:
        raise KeyError(f"no language data for {code!r}; known: {', '.join(SUPPORTED)}")
    module = importlib.import_module(f".{code}", __name__)
    data: LanguageData = module.LANGUAGE
    return data
