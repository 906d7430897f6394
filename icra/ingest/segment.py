"""A report's header and its sections.

Agencies head each part of a report with the plan sub-items it answers
("13.1.1-ci yarımbənd üzrə:", "13.3.6-cı və 13.3.7-ci yarımbəndlər üzrə:",
"п. 13.2.5", "Measure 13.2.5:", "13.2.5)", a table row "13.2.5 | ..."). The words around
the codes come from the language data; the shape of a code (two to four
numbers joined by full stops) is the same in every language.

Text under no heading (a news item, a preamble with content, a header that cites
documents) becomes a section with no codes: it is still extracted, and the JSON output lists it
apart from the coded sections (see ``ReportDraft.to_extraction_json``).

A news item has a dateline near its top (``5 May 2011 14:29``, ``Баку. 22
января.``): the day it was written, which says what "today" is and which
year its dates without one fall in.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from itertools import islice, pairwise

from icra.ingest.extract.dates import DateMention, find_dates
from icra.ingest.extract.orgs import find_organisations
from icra.lang import LanguageData
from icra.model import ReportHeader, Section

# A plan code: "13.2.5", "13.2.10", "2.1"; never part of a date ("13.04.2016") or a longer number; after
# an abbreviation's stop too ("п.13.2.5").
_CODE = r"(?<!\d)(?<!\d\.)\d{1,2}(?:\.\d{1,3}){1,3}(?!\d|\.\d)"
# Bullets, and the quotation marks of a forwarded e-mail ("> 13.2.3-cü yarımbənd üzrə:").
_BULLET = r"[ \t\u00a0·•▪◦*\-–>]*"
# The rest of a heading line that ends in a colon: a few words, no sentence.
_COLON_LINE = re.compile(r"[^\n:.;]{0,80}(:)[ \t\u00a0\r]*(?:\n|$)")
_QUOTED = re.compile(r"[“\"«„]([^“”\"«»„]{5,400}?)[”\"»“]")
# A dateline stands among a news item's first lines (headline, standfirst, dateline) ...
_DATELINE_LINES = 5
# ... and names little besides its date: a place before it ("Azerbaijan, Baku,"), a time or a
# source after it ("14:29 (UTC +04:00)").
_DATELINE_WORDS = 3
_LINE = re.compile(r"[^\n]*\S[^\n]*")
_LETTERS = re.compile(r"[^\W\d_]+")
# Where a dateline ends within its line: a stop ("Баку. 22 января. В ... прошло совещание") or a
# dash between spaces ("Bakı, 12 mart 2019 – Bu gün ...").
_STOP = re.compile(r"[.!?](?:\s|$)|\s[-–—]\s")


def _alternation(words: tuple[str, ...] | frozenset[str]) -> str:
    items = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w) for w in items) or r"(?!x)x"


@dataclass(frozen=True)
class Heading:
    """A section heading at ``start:end`` of the document, naming ``codes``."""

    start: int
    end: int
    codes: tuple[str, ...]


@cache
def _heading_pattern(lang: LanguageData) -> re.Pattern[str]:
    words = _alternation(lang.heading_words)
    word = rf"(?:{words})(?!\w)"
    # "13.2.5-ci"; or a word for the part glued on before a stop: "1.3.2-тармоқ." (Uzbek in Russian texts).
    suffix = rf"(?:[-‐‑–]\s?(?:{_alternation(lang.ordinal_suffixes)})(?!\w)|[-‐‑–][^\W\d_]{{2,10}}(?=[.:]))?"
    code = rf"{_CODE}{suffix}"
    # "13.3.6-cı və 13.3.7-ci", "13.3.6, 13.3.7", "13.3.6-13.3.7".
    joiner = rf"\s*(?:,|[-‐‑–]|(?:{_alternation(lang.conjunctions)})(?!\w))\s*"
    # "Objective 1 / Activity 1.1.2": the part of the plan the coded one belongs to, named first.
    parent = (
        rf"(?:{_alternation(lang.numbered_heading_words)})(?!\w)\.?\s*\d{{1,3}}(?:\.\d{{1,3}})*\s*[/|]\s*"
    )
    return re.compile(
        rf"^{_BULLET}(?:{parent})?(?P<before>(?:{word}\.?\s*)+)?(?P<codes>{code}(?:{joiner}{code})*)"
        rf"(?P<after>(?:\s+{word})+)?[ \t\u00a0\r]*(?P<end>\.?[ \t\u00a0]*\||[:.–—)]|-\s|$)?",
        re.MULTILINE,
    )


@cache
def _numbered_pattern(lang: LanguageData) -> re.Pattern[str]:
    """A number alone after a word naming a numbered part of a plan: "Пункт 7.", "Objective 1"."""
    word = rf"(?:{_alternation(lang.numbered_heading_words)})(?!\w)"
    number = r"\d{1,3}(?!\d|[.,]\d)"
    # "Пункты 12-13.", "Пункты 11, 12", "Items 4 and 5:": several numbered parts under one heading.
    joiner = rf"(?:(?P<dash>\s*[-‐‑–]\s*)|\s*,\s*|\s+(?:{_alternation(lang.conjunctions)})\s+)"
    # "Пункт 2 Плана:": the plan's name may follow before the colon.
    plan_name = r"(?:[ \t\u00a0]+[^\W\d_]+){1,2}[ \t\u00a0]*:"
    return re.compile(
        rf"^{_BULLET}{word}\.?[ \t\u00a0]*(?P<code>{number})(?:{joiner}(?P<last>{number}))?"
        rf"[ \t\u00a0\r]*(?P<end>[.:)]|[–—]\s|$|{plan_name})",
        re.MULTILINE,
    )


def find_headings(text: str, lang: LanguageData, plan_codes: set[str] | None = None) -> list[Heading]:
    """Every line that opens a section, in order; a part of the plan that only groups the
    parts right under it ("Задача 2.4 <title>" before "Мероприятие 2.4.1.") opens none.

    The forms agencies are known to write are found first; then lines of any other form that
    hold a code where a heading holds it, when they agree with each other (see ``_agreeing_lines``).
    """
    headings = _coded_headings(text, lang) + _numbered_headings(text, lang)
    starts = [heading.start for heading in headings]
    headings += [h for h in _citing_lines(text, lang) if not any(h.start <= s < h.end for s in starts)]
    starts = [heading.start for heading in headings]
    headings += [h for h in _titled_parts(text) if not any(h.start <= s < h.end for s in starts)]
    headings += [h for h in _numbered_rows(text) if not any(h.start <= s < h.end for s in starts)]
    headings.sort(key=lambda heading: heading.start)
    headings += _agreeing_lines(text, lang, headings, plan_codes)
    return _without_groups(text, sorted(headings, key=lambda heading: heading.start))


@cache
def _code_run(lang: LanguageData) -> re.Pattern[str]:
    """One or more plan codes side by side: "2.1.3", "2.1.3-cü", "2.1.3 и 2.1.4", "2.1.3–2.1.5";
    never part of a number with a slash ("3.1.2/45"), an article's part ("144-1.2-ci maddəsi") or a date."""
    suffix = rf"(?:[-‐‑–]\s?(?:{_alternation(lang.ordinal_suffixes)})(?!\w))?"
    code = rf"(?<![\d/]){_CODE}(?!/){suffix}"
    joiner = rf"\s*(?:,|[-‐‑–]|(?:{_alternation(lang.conjunctions)})(?!\w))\s*"
    return re.compile(rf"(?<!\d[-‐‑–]){code}(?:{joiner}{code})*")


# A line that heads a section by a code of any form is short ...
_AGREEING_LINE = 120
# ... and names the code at its start or after a few words at most ("Fəaliyyət istiqaməti 2.1.3",
# "Action point 2.1.3"); or at its end in brackets or after a dash ("Awareness raising [2.1.3]").
_WORDS_BEFORE_CODE = 3
_CHARS_BEFORE_CODE = 40
# A line ending with a sub-item's code may name it after a longer phrase of its own.
_WORDS_BEFORE_TAIL = 8
# A longer line is a paragraph a sub-item's code may open, set apart from its text ("Deliverable
# 4.1.1: The Ministry trained ..."); the code stands within its first characters.
_PARAGRAPH_HEAD = 60
_SET_APART = re.compile(r"[ \t\u00a0]*[:.)–—][ \t\u00a0]+[«“\"]?[^\W\d_]")
# Opening marks a code may stand after: a bullet, "№", "§", a bracket.
_CODE_MARKS = " \t\u00a0·•▪◦*>№§#([-–—"
_CLOSING_MARKS = " \t\u00a0.:)]–—-"
_TWO_LEVELS = re.compile(r"\d\.\d")
# "Hotline (3.1.2)", "Hotline [п. 3.1.2]", "Hotline – 3.1.2", "Hotline, item 3.1.2".
_CODE_AT_END = re.compile(
    r"(?:[(\[][^()\[\]]*|[-–—][ \t\u00a0]*|,[ \t\u00a0]*(?:[^\W\d_]+\.?[ \t\u00a0]*){0,2})$"
)
# Codes that agree read as one plan's: in its order at least this often between neighbours.
_IN_ORDER = 2 / 3


@dataclass(frozen=True)
class _CodeLine:
    """A line holding codes where a heading holds them, and the form it holds them in."""

    heading: Heading
    form: tuple[str, str]


def _agreeing_lines(
    text: str, lang: LanguageData, found: list[Heading], plan_codes: set[str] | None
) -> list[Heading]:
    """Lines of a form no language data names that hold a code at or near their start, or at their
    end in brackets, and are no sentence, accepted when the document's lines of that form agree:
    two or more whose codes are of one depth or nested and mostly in order, or all known to the plan; a single
    one when it falls in order among the headings found already. A code cited inside a running
    sentence, a list item's number, a date, an article's or a phone's number heads nothing."""
    candidates = [
        line for line in _code_lines(text, lang) if not any(_same_line(h, line.heading) for h in found)
    ]
    forms: dict[tuple[str, str], list[Heading]] = {}
    for line in candidates:
        forms.setdefault(line.form, []).append(line.heading)
    accepted = []
    for headings in forms.values():
        codes = [h.codes[0] for h in headings]
        known = plan_codes is not None and all(c in plan_codes for h in headings for c in h.codes)
        agree = _in_order(codes) if len(headings) >= 2 else _fits_among(headings[0], found)
        if agree or known:
            accepted += headings
    return accepted


def _same_line(found: Heading, candidate: Heading) -> bool:
    """Whether a candidate heading starts inside a heading found already, or that one inside it."""
    return found.start <= candidate.start < max(found.end, found.start + 1) or (
        candidate.start <= found.start < candidate.end
    )


def _code_lines(text: str, lang: LanguageData) -> list[_CodeLine]:
    """Every line that holds codes where a heading holds them, whatever its words, with its form: where
    the codes stand ("start", "words", "end", "tail", a table's "cell") and a label's first word."""
    lines = []
    for line in _LINE.finditer(text):
        content = line[0].rstrip()
        if "|" in content or "\t" in content.strip():
            lines += _code_cell(line)
            continue
        # A code opening a paragraph stands in its first words; only those are folded and read.
        head = content if len(content) <= _AGREEING_LINE else content[:_PARAGRAPH_HEAD]
        if not _TWO_LEVELS.search(head):
            continue
        run = _code_run(lang).search(lang.fold(head))
        if run is None or _goes_on(text, line.end()) or _number_shaped(run[0]):
            continue
        before, rest = content[: run.start()], content[run.end() :]
        form = _form_at_end(before, rest, run[0]) or _form_at_start(before, rest, run[0])
        if form is None or _is_date(content, run, lang):
            continue
        codes = tuple(dict.fromkeys(re.findall(_CODE, run[0])))
        # A label's first word (its stem: Deliverable, Deliverables) tells forms apart; a title's does not.
        words = _LETTERS.findall(lang.fold(before)) if form == "words" else []
        heading = Heading(line.start(), line.start() + len(content), codes)
        lines.append(_CodeLine(heading, (form, words[0][:4] if words else "")))
    return lines


# A table's cell holding codes alone: "| 2.1.3 |", "| 2.1.3, 2.1.4. |".
_CODE_CELL = re.compile(rf"[ \t\u00a0]*({_CODE}(?:[ \t\u00a0]*,[ \t\u00a0]*{_CODE})*)\.?[ \t\u00a0]*")


def _code_cell(row: re.Match[str]) -> list[_CodeLine]:
    """A table row whose cell past the first holds a sub-item's codes alone ("Training of judges | 2.1.3 |
    12.05.2017"; a code in the first cell is the known forms'); tabs part the cells of a table pasted as
    text. The row opens its section and is its text: the heading takes none of it, so that the event it
    lists keeps its title."""
    for column, cell in enumerate(re.split(r"[|\t]", row[0].strip())[1:], start=1):
        match = _CODE_CELL.fullmatch(cell)
        if match and match[1].count(".") >= 2 and not _number_shaped(match[1]):
            codes = tuple(dict.fromkeys(re.findall(_CODE, match[1])))
            return [_CodeLine(Heading(row.start(), row.start(), codes), ("cell", str(column)))]
    return []


def _goes_on(text: str, end: int) -> bool:
    """Whether the line's sentence goes on in small letters on the next line."""
    following = re.match(r"\s*(\S)", text[end : end + 20])
    return bool(following and following[1].isalpha() and following[1].islower())


def _number_shaped(run: str) -> bool:
    """Groups of a phone number ("12.34.56"), a date ("01.02") or an amount in thousands ("1.500.000"):
    every group of two digits, one opening with 0, or one of three; a plan numbers its parts from 1,
    mostly in one digit."""
    groups = re.findall(r"\d+", run.split()[0])
    return all(len(g) == 2 for g in groups) or any(g.startswith("0") or len(g) > 2 for g in groups)


def _form_at_start(before: str, rest: str, run: str) -> str | None:
    """ "start" or "words" when the codes open the line or follow a few words of a label, and what
    follows them is a title, a few words, or nothing: no sentence. A number of two levels followed by
    small letters is a decimal ("2.5 percent"); a code of three may take a word or two ("2.1.3
    nömrəli tədbir")."""
    depth = run.split()[0].count(".")
    # "2.1-ci bəndin icrası": a number with an ordinal's ending is no decimal.
    ordinal = re.match(r"[\d.]+[-‐‑–]\s?[^\W\d_]", run) is not None
    label = before.strip(_CODE_MARKS)
    words = _LETTERS.findall(label)
    if len(words) > _WORDS_BEFORE_CODE or len(label) > _CHARS_BEFORE_CODE:
        return None
    # A label opens with a capital; a stop inside it ends a sentence ("Ref. 2.1.3" is an abbreviation's).
    if (label and label[0].isalpha() and label[0].islower()) or re.search(r"[.!?;:]\s+\S", label):
        return None
    title = rest.lstrip(_CLOSING_MARKS)
    set_apart = _SET_APART.match(rest)
    if depth >= 2 and set_apart and not set_apart[0][-1].islower():
        return "words" if words else "start"
    if len(rest) > _AGREEING_LINE or title.endswith((".", ";", ",")):
        return None
    # A short line may go on in small letters after a sub-item's code ("Activity 2.1.3 of the Plan").
    lower = bool(title) and title[0].isalpha() and title[0].islower()
    long_run = len(_LETTERS.findall(title)) > 2 and len(before) + len(rest) > _CITING_LINE
    if lower and ((depth < 2 and not ordinal) or long_run):
        return None
    return "words" if words else "start"


def _form_at_end(before: str, rest: str, run: str) -> str | None:
    """ "end" when a title ends with the codes in brackets, after a dash or a comma: "Awareness raising
    (2.1.3)", "Обучение судей, п. 2.1.1"; "tail" when a line of a few more words than a label ends
    with a sub-item's code, a colon at most after it: "Information on the implementation of activity
    2.1.3"."""
    title = before.strip()
    opening = _LETTERS.search(title)
    if opening is None or opening.start() > 2 or opening[0][0].islower():
        return None
    at_end = _CODE_AT_END.search(title)
    if at_end is None:
        tail = not rest.strip(" \t\u00a0:") and run.split()[0].count(".") >= 2
        words = len(_LETTERS.findall(title))
        ends_sentence = re.search(r"[.!?;:]\s", title) is not None
        # A label of a few words is the start's form ("Deliverable 4.1.2").
        longer = _WORDS_BEFORE_CODE < words <= _WORDS_BEFORE_TAIL
        return "tail" if tail and longer and not ends_sentence else None
    if rest.strip(" \t\u00a0)].:") or len(_LETTERS.findall(rest)) > 2:
        return None
    return "end" if not title[: at_end.start()].rstrip().endswith((".", ";", ",")) else None


def _is_date(line: str, run: re.Match[str], lang: LanguageData) -> bool:
    """Whether a code on a line is a day and month ("12.05"), or a time ("10.30"), as dates read it."""
    if run[0].count(".") != 1:
        return False
    return any(d.start <= run.start() < d.end for d in find_dates(line, lang))


def _code_key(code: str) -> tuple[int, ...]:
    return tuple(int(part) for part in code.split("."))


def _in_order(codes: list[str]) -> bool:
    """Whether codes read as one plan's: of one depth or nested (a deeper code under a shallower one
    among them: "4.1", "4.1.2"), and mostly each after the one before."""
    shallowest = min(code.count(".") for code in codes)
    if not all(code.count(".") == shallowest or _sub_items((code,), tuple(codes)) for code in codes):
        return False
    pairs = list(pairwise(codes))
    ordered = sum(_code_key(a) < _code_key(b) for a, b in pairs)
    return ordered >= _IN_ORDER * len(pairs)


def _fits_among(heading: Heading, found: list[Heading]) -> bool:
    """Whether a heading's code is of the depth of the codes around it and falls between them."""
    code = heading.codes[0]
    before = [h.codes[-1] for h in found if h.start < heading.start and "." in h.codes[-1]]
    after = [h.codes[0] for h in found if h.start > heading.start and "." in h.codes[0]]
    neighbours = before[-1:] + after[:1]
    if not neighbours or any(n.count(".") != code.count(".") for n in neighbours):
        return False
    return (not before or _code_key(before[-1]) < _code_key(code)) and (
        not after or _code_key(code) < _code_key(after[0])
    )


# A table row numbered in its first cell with a sub-item's code alone in the second: "3 | 1.2.4 | ...".
_NUMBERED_ROW = re.compile(
    rf"^{_BULLET}\d{{1,3}}\.?[ \t\u00a0]*\|[ \t\u00a0]*"
    rf"(?P<codes>{_CODE}(?:\s*,\s*{_CODE})*)\.?[ \t\u00a0]*\|",
    re.MULTILINE,
)


def _numbered_rows(text: str) -> list[Heading]:
    """Rows of a matrix that numbers its rows and gives each its plan code in the next column."""
    headings = []
    for match in _NUMBERED_ROW.finditer(text):
        codes = tuple(re.findall(_CODE, match["codes"]))
        if all(code.count(".") >= 2 for code in codes):
            headings.append(Heading(match.start(), match.end(), codes))
    return headings


# A part of a plan numbered on two levels with its title on its line: "2.1. Identification of victims".
_TITLED_PART = re.compile(
    rf"^{_BULLET}(?P<code>\d{{1,2}}\.\d{{1,2}})\.?[ \t\u00a0]+(?P<title>[^\W\d_][^\n]*?)[ \t\u00a0\r]*$",
    re.MULTILINE,
)
# The longest title such a line has; a longer one, or one ending in a stop, is a numbered paragraph.
_TITLE_LENGTH = 100


def _titled_parts(text: str) -> list[Heading]:
    """Lines that head the parts of a plan numbered on two levels by their code and title ("2.1.
    Identification of victims", "3.2. Reintegration"): a title opens with a capital and ends without a
    stop; it takes two such lines to tell a plan's parts from a list ("2.2. Mərkəzdə qalma müddəti
    30 gündür; ..." is a rule of a decision, a sentence)."""
    found = [
        Heading(match.start(), match.end(), (match["code"],))
        for match in _TITLED_PART.finditer(text)
        if match["title"][0].isupper()
        and len(match["title"]) <= _TITLE_LENGTH
        and not match["title"].endswith((".", ";", ","))
    ]
    return found if len(found) >= 2 else []


# The longest line that heads a section by citing a plan's part in its own words.
_CITING_LINE = 70
# A title's codes in brackets at its end: "Awareness raising (4.2.1)", "Status of victims (2.1.4, 2.1.5)".
_BRACKETED_CODES = re.compile(rf"\(\s*{_CODE}(?:\s*,\s*{_CODE})*\s*\)[:\s]*$")


def _citing_lines(text: str, lang: LanguageData) -> list[Heading]:
    """Short lines, no sentences, that name a sub-item by its code and a word for a part of the plan,
    or end with its codes in brackets ("Awareness raising (4.2.1)"), in words of their own: "MFP-nin
    13.2.6-cı bəndinə əsasən", "3.2.1-ci bəndin icrası barədə",
    "Tədbirlər Planının 13.3.6-cı və 13.3.7-ci bəndləri:" (not "Planın 13.3.7-ci bəndinə uyğun olaraq
    Xidmət ... yoxlamışdır.", a sentence citing one)."""
    folded = lang.fold(text)
    parts = tuple(lang.numbered_heading_words)
    headings = []
    for line in _LINE.finditer(folded):
        content = line[0].strip()
        if not parts or len(content) > _CITING_LINE or content.endswith((".", ";", ",")):
            continue
        codes = [code for code in re.findall(_CODE, content) if code.count(".") >= 2]
        names_part = any(word.startswith(parts) for word in _LETTERS.findall(content))
        if codes and (names_part or _BRACKETED_CODES.search(content)) and not _goes_on(text, line.end()):
            headings.append(Heading(line.start(), line.end(), tuple(dict.fromkeys(codes))))
    return headings


def _numbered_headings(text: str, lang: LanguageData) -> list[Heading]:
    return [
        Heading(
            match.start(), match.end(), _numbers(match["code"], match["last"], ranged=bool(match["dash"]))
        )
        for match in _numbered_pattern(lang).finditer(lang.fold(text))
        if not _runs_on(text, match.end())
    ]


# The most parts a range of numbered parts may span ("Пункты 12-15"); a longer one is no heading's.
_RANGE_PARTS = 10


def _numbers(first: str, last: str | None, *, ranged: bool) -> tuple[str, ...]:
    """The numbers of the parts a heading names: "12" alone, a range "12-15", a list "4 and 5"."""
    if last is None:
        return (first,)
    low, high = int(first), int(last)
    if ranged and low < high <= low + _RANGE_PARTS:
        return tuple(str(n) for n in range(low, high + 1))
    return (first, last)


def _without_groups(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings less those with no text but their title right before one of their sub-items."""
    kept: list[Heading] = []
    for heading, following in zip(headings, [*headings[1:], None][: len(headings)], strict=True):
        if following and _sub_items(following.codes, heading.codes) and _title_only(text, heading, following):
            continue
        kept.append(heading)
    return kept


def _title_only(text: str, heading: Heading, following: Heading) -> bool:
    """Whether nothing stands between the line of ``heading`` and ``following``."""
    line_end = text.find("\n", heading.end, following.start)
    return line_end == -1 or not text[line_end : following.start].strip()


def _sub_items(codes: tuple[str, ...], parents: tuple[str, ...]) -> bool:
    return all(any(code.startswith(parent + ".") for parent in parents) for code in codes)


def _coded_headings(text: str, lang: LanguageData) -> list[Heading]:
    headings = []
    for match in _heading_pattern(lang).finditer(lang.fold(text)):
        codes = tuple(re.findall(_CODE, match["codes"]))
        has_words = bool(match["before"] or match["after"])
        # A bare code heads a section if it is the first cell of a table row ("2.1 | text"),
        # or a sub-item ("13.2.5", not "1.4") set apart: "13.2.5.", "13.2.5:", "13.2.5 – Title"
        # or a line of its own.
        end = match["end"]
        sub_item = codes[0].count(".") >= 2
        # "13.2.5-ci bəndin icrası ilə bağlı:", "Measure 2.1 (training of judges):" - a short
        # line ending in a colon heads a section whatever its words.
        colon_line = _COLON_LINE.match(text, match.end()) if (has_words or sub_item) else None
        if colon_line:
            headings.append(Heading(match.start(), colon_line.end(1), codes))
            continue
        # "1.1. | Title | ...": a code in the first cell of a table row, with or without its stop.
        # "2.1.3 Training of judges": a sub-item's title in capitals after it also sets it apart.
        titled = sub_item and _title_follows(text, match.end())
        bare_ok = (end or "").endswith("|") or (sub_item and end is not None) or titled
        ended = end is not None or (match["before"] is not None and match.end() < len(text))
        if ((has_words and ended) or bare_ok) and not _runs_on(text, match.end()):
            headings.append(Heading(match.start(), match.end(), codes))
    return headings


def _title_follows(text: str, end: int) -> bool:
    """Whether a title opens right after a code, on its line: a capital or an opening quote."""
    following = re.match(r"[ \t\u00a0]*([^\W\d_]|[«“\"])", text[end : end + 10])
    return bool(following and not following[1].islower())


def _runs_on(text: str, end: int) -> bool:
    """Whether the sentence goes on in small letters: "13.2.5. bəndinə uyğun olaraq" cites a code."""
    following = re.match(r"[ \t\u00a0]*(\S)", text[end : end + 20])
    return bool(following and following[1].isalpha() and following[1].islower())


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _section(text: str, start: int, end: int, heading: str, codes: tuple[str, ...]) -> Section:
    start, end = _trimmed(text, start, end)
    return Section(codes=list(codes), heading=heading.strip(), text=text[start:end], start=start, end=end)


def segment_sections(text: str, lang: LanguageData, plan_codes: set[str] | None = None) -> list[Section]:
    """The report's sections in order; text under no heading is a section with no codes.

    Codes not in ``plan_codes`` (when given) stay in ``codes`` and are listed
    again in ``unknown_codes``, so nothing is dropped and the reviewer is told.
    """
    headings = find_headings(text, lang, plan_codes)
    if not headings:
        return [_section(text, 0, len(text), "", ())]
    sections = []
    preamble_start = _preamble_start(text, lang, headings[0].start)
    if text[preamble_start : headings[0].start].strip():
        sections.append(_section(text, preamble_start, headings[0].start, "", ()))
    for heading, following in zip(headings, [*headings[1:], None], strict=True):
        end = following.start if following else len(text)
        section = _section(text, heading.end, end, text[heading.start : heading.end], heading.codes)
        if plan_codes is not None:
            section.unknown_codes = [c for c in heading.codes if c not in plan_codes]
        sections.append(section)
    return sections


def _preamble_start(text: str, lang: LanguageData, first_heading: int) -> int:
    """Where the text before the first heading begins to be read: after the report's header, unless
    the header cites a document by its number (the act that approved the plan, "утверждён
    постановлением ... № 922"; a covering letter, "к письму ... от 14.01.2020 № 6-2-7/118"), which
    is read with it; never in a pasted e-mail's header."""
    header_end = _header_end(text, lang, first_heading)
    if header_end and not _cites_numbered_document(lang.fold(text[:header_end]), lang):
        return header_end
    return _mail_header_end(text, lang)


@cache
def _numbered_document(lang: LanguageData) -> re.Pattern[str]:
    """A document's number with its marker: "№ 922", "No. 29", "2173 nömrəli"."""
    before = _alternation(lang.doc_number_before)
    after = _alternation(lang.doc_number_after)
    return re.compile(rf"(?<!\w)(?:{before})\s*\d|\d\s+(?:{after})(?!\w)")


def _cites_numbered_document(folded: str, lang: LanguageData) -> bool:
    return _numbered_document(lang).search(folded) is not None


def _mail_header_end(text: str, lang: LanguageData) -> int:
    """Where the header of an e-mail the report was pasted into ends ("From: ...", "Sent: 11 yanvar
    2018", "Subject: ..." on the first lines: its date and names are the mail's), 0 without one."""
    end = 0
    for line in _LINE.finditer(text):
        field = re.match(r"\s*([^\W\d_]+)\s*:", line[0])
        if not (field and lang.fold(field[1]) in lang.mail_header_fields):
            break
        end = line.end()
    return end


def _first_paragraph(text: str, limit: int) -> tuple[int, int]:
    start, end = _trimmed(text, 0, limit)
    blank = re.search(r"\n\s*\n", text[start:end])
    return (start, start + blank.start()) if blank else (start, end)


@cache
def _header_words(lang: LanguageData) -> re.Pattern[str]:
    # Each word with any ending: "план действий" matches "плана действий".
    phrases = [r"\w*\s+".join(map(re.escape, p.split())) for p in lang.plan_words]
    return re.compile(rf"(?<!\w)(?:{'|'.join(phrases) or '(?!x)x'})")


def _is_header(paragraph: str, lang: LanguageData) -> bool:
    """A report's header names the plan it reports on; a news item's first paragraph does not."""
    return bool(_header_words(lang).search(lang.fold(paragraph)))


def _header_end(text: str, lang: LanguageData, first_heading: int) -> int:
    """Where the text after the header paragraph begins (0 when there is no header)."""
    start, end = _first_paragraph(text, first_heading)
    return end if _is_header(text[start:end], lang) else 0


def find_header(text: str, lang: LanguageData) -> ReportHeader:
    """Agency, year and plan as the report's opening paragraph names them.

    Texts without such a paragraph (news items) still get a year: the first
    full date's, else the year mentioned most.
    """
    headings = find_headings(text, lang)
    start, end = _first_paragraph(text, headings[0].start if headings else len(text))
    paragraph = text[start:end] if _is_header(text[start:end], lang) else ""
    plan_title = _plan_title(paragraph, lang)
    # The plan's years: in its title, else the header's span of years ("на 2014-2018 годы").
    plan_dates = find_dates(plan_title or paragraph, lang)
    period = next(
        (
            (m.start_date.year, m.end_date.year)
            for m in plan_dates
            if m.precision == "year" and (plan_title or m.start_date.year < m.end_date.year)
        ),
        None,
    )
    return ReportHeader(
        agency=_agency(paragraph, lang) or _first_organisation(paragraph, lang),
        year=_report_year(text, paragraph, plan_title, lang),
        plan_title=plan_title,
        plan_period=period,
        language=lang.code,
    )


def _plan_title(paragraph: str, lang: LanguageData) -> str | None:
    plan = re.compile(rf"(?:{_alternation(lang.plan_words)})\w*$")
    for match in _QUOTED.finditer(paragraph):
        if plan.search(lang.fold(match[1].strip())):
            return match[1].strip()
    return None


def _agency(paragraph: str, lang: LanguageData) -> str | None:
    """The capitalised name right before an agent marker: "Dövlət Miqrasiya Xidməti tərəfindən"."""
    marker = re.search(rf"(?<!\w)(?:{_alternation(lang.agent_markers)})(?!\w)", lang.fold(paragraph))
    if not marker:
        return None
    words = paragraph[: marker.start()].split()
    name: list[str] = []
    while words and (_capitalised(words[-1], lang) or (name and lang.fold(words[-1]) in lang.conjunctions)):
        name.insert(0, words.pop())
    while name and not _capitalised(name[0], lang):
        name.pop(0)
    return " ".join(name) or None


def _first_organisation(paragraph: str, lang: LanguageData) -> str | None:
    """The body the header names first: "Azərbaycan Respublikası Daxili İşlər Nazirliyinin ... HESABATI"."""
    organisations = find_organisations(paragraph, lang) if paragraph else []
    mentioned = [(min(m.source_start or 0 for m in o.mentions), o.name) for o in organisations if o.mentions]
    return min(mentioned)[1] if mentioned else None


def _capitalised(word: str, lang: LanguageData) -> bool:
    return word[0].isalpha() and lang.fold(word[0]) != word[0]


def _report_year(text: str, paragraph: str, plan_title: str | None, lang: LanguageData) -> int | None:
    """The year a report is on: the one its header names ("за 2019 год", before the covering letter's
    date "от 14.01.2020"), else the year most of its days fall in (an act it cites may be years older:
    "Law No. 3739-VI of 20 September 2011"), else the year it names most."""
    outside_plan = paragraph.replace(plan_title, "") if plan_title else paragraph
    named = [m for m in find_dates(outside_plan, lang) if m.start_date.year == m.end_date.year]
    if named:
        return next((m for m in named if m.precision == "year"), named[0]).start_date.year
    mentions: list[DateMention] = find_dates(text, lang)
    days = [m.start_date.year for m in mentions if m.precision == "day"]
    if days:
        return _most_common_first(days)
    years = [m.start_date.year for m in mentions if m.start_date.year == m.end_date.year]
    return _most_common_first(years) if years else None


def _most_common_first(years: list[int]) -> int:
    """The year that comes most often; of two as frequent, the one that comes first."""
    counts = Counter(years)
    return max(counts, key=lambda year: (counts[year], -years.index(year)))


def find_dateline(text: str, lang: LanguageData, *, default_year: int | None = None) -> DateMention | None:
    """The day a news item was written: a day among its first lines that stands with
    little else ("5 May 2011 14:29 (UTC +04:00)", "15-01-2020, 11:11", "10:52 - 05 / 04 /
    2012", "БАКУ, 5 апр", "Баку. 22 января. В ... прошло совещание"); offsets are the text's.

    ``default_year`` completes a dateline written without its year.
    """
    for line in islice(_LINE.finditer(text), _DATELINE_LINES):
        days = [d for d in find_dates(line[0], lang, default_year=default_year) if d.precision == "day"]
        if not days or days[0].is_range:
            continue
        date = days[0]
        before = _LETTERS.findall(line[0][: date.start])
        # The words up to the end of the date's sentence; a date may end with the stop ("22 января.").
        rest = "" if date.text.endswith(".") else _STOP.split(line[0][date.end :], maxsplit=1)[0]
        after = _LETTERS.findall(rest)
        if len(before) + len(after) <= _DATELINE_WORDS and all(_capitalised(w, lang) for w in before):
            return replace(date, start=line.start() + date.start, end=line.start() + date.end)
    return None


@cache
def _last_year_pattern(lang: LanguageData) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_alternation(lang.last_year_words)})(?!\w)")


@dataclass(frozen=True)
class NewsItem:
    """What a news item (a text without a plan's header) says of when and where it was written."""

    # The year that completes its dates written without one ("martın 3-də", "22 января").
    year: int | None
    # The day it was written ("5 May 2011 14:29"): what "today" is; it dates the first sentence on its line.
    dateline: DateMention | None
    # Its first line, whose place is its events' place when their own words name none.
    headline: str | None


def news_item(text: str, lang: LanguageData, header: ReportHeader) -> NewsItem | None:
    """How a news item is dated and placed; ``None`` for a report on a plan, which dates its work in
    the year it reports on.

    A news item dates its work in the year it was written: its dateline's, else
    the year after the one it calls "last year" ("Ötən il ... 2025-ci ildə" was
    written in 2026), else its own year.
    """
    if header.plan_title:
        return None
    written = _year_after_last_year(text, lang) or header.year
    dateline = find_dateline(text, lang, default_year=written)
    year = dateline.start_date.year if dateline else written
    return NewsItem(year=year, dateline=dateline, headline=find_headline(text))


def _year_after_last_year(text: str, lang: LanguageData) -> int | None:
    """The year after the one a text speaks of most, if it calls a year "last year" and dates no
    day in that year (a report on a year dates its work in it, whatever it compares it with)."""
    if not _last_year_pattern(lang).search(lang.fold(text)):
        return None
    # Whole single years ("2025-ci ildə"), not spans of years nor the years of full dates.
    mentions = find_dates(text, lang)
    years = Counter(
        m.start_date.year for m in mentions if m.precision == "year" and m.end_date.year == m.start_date.year
    )
    if not years:
        return None
    year = years.most_common(1)[0][0]
    return None if any(m.precision == "day" and m.start_date.year == year for m in mentions) else year + 1


# A headline is short and no sentence: it ends without a stop ("... təqdimatlar keçirilib").
_HEADLINE_CHARS = 200


def find_headline(text: str) -> str | None:
    """A news item's headline: its first line, when short, ending without a stop, and followed by more."""
    lines = _LINE.findall(text, 0, _HEADLINE_CHARS * 2)
    first = lines[0].strip() if lines else ""
    if len(lines) < 2 or not first or len(first) > _HEADLINE_CHARS or first[-1] in ".;:,":
        return None
    return first
