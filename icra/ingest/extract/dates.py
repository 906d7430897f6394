"""Find dates and date ranges in report text, with their character spans.

Handles the forms agency reports use: ``1 dekabr 2016-cı il``, ``13.04.2016-cı
il``, ``2015-ci il 20 oktyabr``, ``2017-ci il noyabrın 21-də``, ranges within a month (``14-15 aprel 2016``)
and across months (``20 oktyabr – 20 noyabr``), month-first English
(``April 14, 2011``), ranges opened and joined by words (``с 4 по 6 апреля``,
``from 29 May to 1 June``), months (``aprel 2016``) and years (``2016-cı il``,
``2014-2018-ci illər``), and ISO dates (``2016-04-13``). Dates that do not
exist (``31 fevral``) are not dates. Words naming a day by its distance from the day of writing (``bu gün``,
``сегодня``, ``yesterday``) are dates when that day is known (a news item's
dateline).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from typing import Literal

from icra.ingest.sentences import split_sentences
from icra.lang import LanguageData

Precision = Literal["day", "month", "year"]

_DASH = r"\s*[-‐‑–—]\s*"
_YEAR = r"(?:1[89]\d\d|20\d\d)"


@dataclass(frozen=True)
class DateMention:
    """A date or date range found at ``text[start:end]``; ``end_date`` is inclusive."""

    start: int
    end: int
    start_date: dt.date
    end_date: dt.date
    precision: Precision
    text: str

    @property
    def is_range(self) -> bool:
        return self.start_date != self.end_date and self.precision == "day"


def _alternation(words: object) -> str:
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w) for w in items) or r"(?!x)x"


@cache
def _pattern(lang: LanguageData) -> re.Pattern[str]:
    month = rf"(?:{_alternation(lang.months)})[^\W\d_]*\.?"
    sfx = _alternation(lang.ordinal_suffixes)
    word = _alternation(lang.year_words)
    # A year, optionally "-cı" and "il": "2016-cı il", "2012 года", "2011"; its word glued on: "2017г.".
    year_tail = rf"(?:\s?[-‐‑–]\s?(?:{sfx})\b)?(?:\s*(?:{word})\b\.?)?"
    # A day, its ordinal suffix ("19-cu" is written "19cu" rarely) or quotes: «12» марта.
    day = rf"[«\"“]?\d{{1,2}}[»\"”]?(?:[-‐]?(?:{sfx})\b)?"

    def y(name: str) -> str:
        return rf"(?P<{name}>{_YEAR}){year_tail}"

    def d(name: str) -> str:
        return rf"(?P<{name}>{day})"

    def m(name: str) -> str:
        return rf"(?P<{name}>{month})"

    case = _alternation(lang.day_case_suffixes)
    range_start = _alternation(lang.range_start_cases) if lang.range_start_cases else case
    conjunction = _alternation(lang.conjunctions)
    month_word = _alternation(lang.month_words)
    opener = _alternation(lang.range_openers)
    joiner = _alternation(lang.range_joiners)
    of = _alternation(lang.day_month_joiners)
    alternatives = [
        # с 4 по 6 апреля [2012]  /  from 29 May to 1 June [2017]: the opener is not part of the date.
        rf"(?:{opener})\s+{d('rd1')}(?:\s+{m('rm1')})?\s+(?:{joiner})\s+{d('rd2')}\s+{m('rm2')}"
        rf"(?:,?\s+{y('ry')})?",
        # 20 oktyabr – 20 noyabr [2016]  /  28 December 2015 - 3 January 2016
        rf"{d('xd1')}\s+{m('xm1')}(?:,?\s+{y('xy1')})?{_DASH}{d('xd2')}\s+{m('xm2')}(?:,?\s+{y('xy2')})?",
        # 2015-ci il 20 oktyabr  /  2021-ci il 29-30 sentyabr  /  2021-ci il 29 sentyabr – 1 oktyabr
        rf"{y('fy')},?\s+{d('fd')}(?:{_DASH}{d('fdr')})?\s+{m('fm')}(?:{_DASH}{d('fd2')}\s+{m('fm2')})?",
        # 2017-ci il noyabrın 21-də  /  martın 3-də  /  mart ayının 6-da  /  iyunun 12-dən 14-dək
        # /  aprelin 3-dən mayın 31-dək  /  may ayının 17-18-də
        rf"(?:{y('gy')},?\s+)?{m('gm')}(?:\s+(?:{month_word}))?\s+(?P<gd>\d{{1,2}})"
        rf"(?:[-‐‑–](?P<gdr>\d{{1,2}}))?[-‐‑]\s?"
        rf"(?:(?:{range_start})(?:{_DASH}|\s+)(?:{m('gm2')}\s+)?(?P<gd2>\d{{1,2}})[-‐‑]\s?(?:{case})"
        # /  mayın 15-də və 16-da: two days of one month
        rf"|(?P<gc>{case})\s+(?:{conjunction})\s+(?P<gd3>\d{{1,2}})[-‐‑]\s?(?:{case})|(?:{case}))(?!\w)",
        # 14 to 16 May 2019  /  3 по 5 марта: a range joined by a word, without its opener
        rf"{d('jd1')}\s+(?P<jj>{joiner})\s+{d('jd2')}\s+{m('jm')}(?:,?\s+{y('jy')})?",
        # 14-15 aprel 2016-cı il  /  1 dekabr 2016  /  20 noyabr  /  3rd of May 2019
        rf"{d('ad1')}(?:{_DASH}{d('ad2')})?\s+(?:(?:{of})\s+)?{m('am')}(?:,?\s+{y('ay')})?",
        # May 30 - June 2, 2019  /  from March 3 to March 5, 2021: month-first across months, with its year
        rf"{m('km1')}\s+{d('kd1')}(?:{_DASH}|\s+(?:{joiner})\s+){m('km2')}\s+{d('kd2')},?\s+{y('ky')}",
        # с 14.05.2019 по 16.05.2019  /  from 14.05.2019 to 16.05.2019: the opener is not part of the date.
        rf"(?:{opener})\s+(?P<od1>\d{{1,2}})(?P<osep>[./])(?P<om1>\d{{1,2}})(?P=osep)(?P<oy1>{_YEAR}){year_tail}"
        rf"\s+(?:{joiner})\s+(?P<od2>\d{{1,2}})(?P=osep)(?P<om2>\d{{1,2}})(?P=osep)(?P<oy2>{_YEAR}){year_tail}",
        # April 14-15, 2011  /  April 14, 2011  /  "BAKU, April 30 (Reuters)", "May 5 /": without its year
        # only before a mark, so that "in May 5 seminars" is no date.
        rf"{m('bm')}\s+{d('bd1')}(?:{_DASH}{d('bd2')})?(?:,?\s+{y('by')}|(?=\s*[,/(;:—–]))",
        # 2016-04-13 (ISO 8601, in tables and English texts)
        rf"(?P<iy>{_YEAR})-(?P<im>\d\d)-(?P<id>\d\d)",
        # 13.04.2016-cı il  /  15-01-2020  /  05 / 04 / 2012  /  03.04.2021 – 05.04.2021  /  14-15.05.2019
        rf"(?P<nd>\d{{1,2}})(?:[-‐–](?P<ndr>\d{{1,2}})(?=[./]))?(?P<sep>\s?[./-]\s?)(?P<nm>\d{{1,2}})(?P=sep)(?P<ny>{_YEAR}){year_tail}"
        rf"(?:{_DASH}(?P<nd2>\d{{1,2}})(?P=sep)(?P<nm2>\d{{1,2}})(?P=sep)(?P<ny2>{_YEAR}){year_tail})?",
        # aprel 2016
        rf"{m('mm')},?\s+{y('my')}",
        # 2014-2018-ci illər  /  2016-cı il  /  2012 года
        rf"(?P<yy1>{_YEAR})(?:{_DASH}(?P<yy2>{_YEAR}))?(?:\s?[-‐‑–]\s?(?:{sfx})\b(?:\s+(?:{word})\b\.?)?|\s+(?:{word})\b\.?)",
    ]
    return re.compile(
        r"(?<![\w./])(?<!\w[-‐‑–])(?:" + "|".join(f"(?:{a})" for a in alternatives) + r")(?![\w/])"
    )


@cache
def _relative_pattern(lang: LanguageData) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_alternation(lang.relative_days)})(?!\w)")


def _relative_dates(text: str, folded: str, lang: LanguageData, today: dt.date) -> list[DateMention]:
    """ "bu gün", "today", "вчера": the day they name, counted from ``today``."""
    found = []
    for match in _relative_pattern(lang).finditer(folded):
        day = today + dt.timedelta(days=lang.relative_days[match[0]])
        found.append(
            DateMention(match.start(), match.end(), day, day, "day", text[match.start() : match.end()])
        )
    return found


def _month_number(token: str, lang: LanguageData) -> int | None:
    folded = lang.fold(token.rstrip("."))
    if folded in lang.months:
        return lang.months[folded]
    # Inflected forms ("dekabrında", "aprelin"): the longest month name that begins the word.
    for name in sorted(lang.months, key=len, reverse=True):
        if len(name) >= 3 and folded.startswith(name):
            return lang.months[name]
    return None


def _int(value: str) -> int:
    return int(re.search(r"\d+", value).group())  # type: ignore[union-attr]


def _day_range(d1: str, d2: str | None, month: int, year: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, _int(d1))
    last = dt.date(year, month, _int(d2)) if d2 else first
    return first, last


def _from_match(
    g: dict[str, str | None], lang: LanguageData, default_year: int | None
) -> tuple[dt.date, dt.date, Precision] | None:
    def month(name: str) -> int | None:
        return _month_number(g[name] or "", lang)

    if g["rd1"]:
        m2 = month("rm2")
        m1 = month("rm1") if g["rm1"] else m2
        year = int(g["ry"]) if g["ry"] else default_year
        if not (m1 and m2 and year):
            return None
        first, last = dt.date(year, m1, _int(g["rd1"])), dt.date(year, m2, _int(g["rd2"] or ""))
        return (first, last, "day") if first <= last else None
    if g["jd1"]:
        mo = month("jm")
        year = int(g["jy"]) if g["jy"] else default_year
        if not (mo and year):
            return None
        first, last = _day_range(g["jd1"] or "", g["jd2"], mo, year)
        return (first, last, "day") if first <= last else None
    if g["xd1"]:
        m1, m2 = month("xm1"), month("xm2")
        y2 = int(g["xy2"]) if g["xy2"] else (int(g["xy1"]) if g["xy1"] else default_year)
        y1 = int(g["xy1"]) if g["xy1"] else y2
        if not (m1 and m2 and y1 and y2):
            return None
        first, last = dt.date(y1, m1, _int(g["xd1"] or "")), dt.date(y2, m2, _int(g["xd2"] or ""))
        if last < first and not g["xy1"]:
            first = first.replace(year=y1 - 1)
        return (first, last, "day") if first <= last else None
    if g["fy"]:
        mo = month("fm")
        last_month = month("fm2") if g["fm2"] else mo
        if not (mo and last_month):
            return None
        first = dt.date(int(g["fy"]), mo, _int(g["fd"] or ""))
        last_day = g["fd2"] or g["fdr"]
        last = dt.date(int(g["fy"]), last_month, _int(last_day)) if last_day else first
        return (first, last, "day") if first <= last else None
    if g["gd"]:
        mo = month("gm")
        year = int(g["gy"]) if g["gy"] else default_year
        last_month = month("gm2") if g["gm2"] else mo
        if not (mo and last_month and year):
            return None
        first = dt.date(year, mo, _int(g["gd"]))
        last_day = g["gd2"] or g["gdr"] or g["gd3"]
        last = dt.date(year, last_month, _int(last_day)) if last_day else first
        return (first, last, "day") if first <= last else None
    if g["ad1"]:
        mo = month("am")
        year = int(g["ay"]) if g["ay"] else default_year
        if not (mo and year):
            return None
        return (*_day_range(g["ad1"], g["ad2"], mo, year), "day")
    if g["bm"]:
        mo = month("bm")
        year = int(g["by"]) if g["by"] else default_year
        return (*_day_range(g["bd1"] or "", g["bd2"], mo, year), "day") if mo and year else None
    if g["iy"]:
        day = dt.date(int(g["iy"]), int(g["im"] or 0), int(g["id"] or 0))
        return day, day, "day"
    if g["nd"]:
        day = dt.date(int(g["ny"] or 0), int(g["nm"] or 0), int(g["nd"]))
        last = dt.date(int(g["ny2"]), int(g["nm2"] or 0), int(g["nd2"])) if g["nd2"] and g["ny2"] else day
        if g["ndr"]:
            last = day.replace(day=int(g["ndr"]))
        return (day, last, "day") if day <= last else None
    if g["od1"]:
        first = dt.date(int(g["oy1"] or 0), int(g["om1"] or 0), int(g["od1"]))
        last = dt.date(int(g["oy2"] or 0), int(g["om2"] or 0), int(g["od2"] or 0))
        return (first, last, "day") if first <= last else None
    if g["km1"]:
        m1, m2 = month("km1"), month("km2")
        if not (m1 and m2):
            return None
        year = int(g["ky"] or 0)
        first, last = dt.date(year, m1, _int(g["kd1"] or "")), dt.date(year, m2, _int(g["kd2"] or ""))
        return (first, last, "day") if first <= last else None
    if g["mm"]:
        mo = month("mm")
        if not mo:
            return None
        year = int(g["my"] or 0)
        first = dt.date(year, mo, 1)
        last = dt.date(year + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1)
        return first, last, "month"
    if g["yy1"]:
        y1 = int(g["yy1"])
        y2 = int(g["yy2"]) if g["yy2"] else y1
        return (dt.date(y1, 1, 1), dt.date(y2, 12, 31), "year") if y1 <= y2 else None
    return None


# The groups of ``_pattern`` that hold a year written out.
_YEARS = ("ry", "jy", "xy1", "xy2", "fy", "gy", "ay", "by", "ky", "oy1", "ny", "ny2", "my", "yy1", "iy")


def _parsed(
    groups: dict[str, str | None], lang: LanguageData, default_year: int | None
) -> tuple[dt.date, dt.date, Precision] | None:
    try:
        return _from_match(groups, lang, default_year)
    except ValueError:  # a date that does not exist: 31 fevral, 30.02.2016
        return None


_OPENING_QUOTES = '“«"„'
_CLOSING_QUOTES = '”»"“'


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` stands alone in quotes: “28 May” (a name), not «12» марта
    (a day quoted in the way of Russian letters)."""
    opens = text[start : start + 1] in _OPENING_QUOTES or (start > 0 and text[start - 1] in _OPENING_QUOTES)
    closes = text[end - 1 : end] in _CLOSING_QUOTES or text[end : end + 1] in _CLOSING_QUOTES
    day_quoted = re.match(r".\d{1,2}[»\"”]", text[start : start + 4]) is not None
    return opens and closes and not day_quoted


def _mentions(
    text: str,
    match: re.Match[str],
    start: int,
    first: dt.date,
    last: dt.date,
    precision: Precision,
    lang: LanguageData,
) -> list[DateMention]:
    """The date a match names, or two days where a conjunction joins days that are not next to each
    other: "17 and 24 May" (two days, not the week between), "mayın 15-də və 20-də"."""
    second = "jd2" if match["jj"] and match["jj"] in lang.conjunctions else "gd3" if match["gd3"] else None
    if second is None or (last - first).days <= 1:
        return [DateMention(start, match.end(), first, last, precision, text[start : match.end()])]
    first_end = match.end("jd1") if second == "jd2" else match.end("gc")
    return [
        DateMention(start, first_end, first, first, precision, text[start:first_end]),
        DateMention(
            match.start(second), match.end(), last, last, precision, text[match.start(second) : match.end()]
        ),
    ]


def _sentence_year(
    sentence_starts: list[int], year_written: tuple[int, int] | None, start: int
) -> int | None:
    """The year of a date written with it earlier in the same sentence: "7-8 мая 2019 года в Худжанде
    и 14 мая в Кулябе" (14 May 2019, whatever year the report is of)."""
    if year_written is None:
        return None
    end, year = year_written
    return year if bisect_right(sentence_starts, end) == bisect_right(sentence_starts, start) else None


def find_dates(
    text: str, lang: LanguageData, *, default_year: int | None = None, today: dt.date | None = None
) -> list[DateMention]:
    """Every date, range, month or year mentioned in ``text``, in order.

    ``default_year`` completes dates written without one (``20 oktyabr``);
    without it such dates are left out. ``today`` is the day the text was
    written: with it, "bu gün" and "yesterday" are dates too.
    """
    found: list[DateMention] = []
    # Match on the folded text (same length as the original), so "Aprel" and "İyun" are months.
    folded = lang.fold(text)
    # Where the last day written with its year ended, and that year ("in 2015 ..., on 3 March" may be
    # another year's: a report's).
    year_written: tuple[int, int] | None = None
    sentence_starts = [start for start, _ in split_sentences(text, lang)]
    for match in _pattern(lang).finditer(folded):
        groups = match.groupdict()
        own_year = any(groups[g] for g in _YEARS)
        sentence_year = None if own_year else _sentence_year(sentence_starts, year_written, match.start())
        parsed = _parsed(groups, lang, sentence_year or default_year)
        # Written on ``today``, a day without its year that would fall after it is last year's
        # ("20 oktyabr" in a text of 15 January 2020 is 20 October 2019).
        if parsed and today and default_year and parsed[0] > today and not own_year and not sentence_year:
            parsed = _parsed(groups, lang, default_year - 1)
        if parsed is None:
            continue
        first, last, precision = parsed
        # A day and month in quotes, without a year, name something: the station “28 May”.
        if not own_year and _quoted(text, match.start(), match.end()):
            continue
        if own_year and precision == "day":
            year_written = (match.end(), last.year)
        # A range's opening word ("с", "from") is matched but is not part of the date.
        start = match.start("rd1") if match["rd1"] else match.start("od1") if match["od1"] else match.start()
        found.extend(_mentions(text, match, start, first, last, precision, lang))
    if today is not None and lang.relative_days:
        found = sorted([*found, *_relative_dates(text, folded, lang, today)], key=lambda m: m.start)
    return found


# What ``datetime.date`` says of a day or month the calendar does not have (as opposed to a date
# written without its year, which other messages tell).
_NO_SUCH_DAY = ("day is out of range", "month must be in")


def impossible_dates(
    text: str, lang: LanguageData, *, default_year: int | None = None
) -> list[tuple[int, int]]:
    """The spans of dates written that the calendar does not have ("30 fevral 2016", "31.04.2016"):
    ``find_dates`` leaves them out, and the reader should hear of them."""
    spans = []
    for match in _pattern(lang).finditer(lang.fold(text)):
        try:
            _from_match(match.groupdict(), lang, default_year)
        except ValueError as error:
            if str(error).startswith(_NO_SUCH_DAY):
                spans.append((match.start(), match.end()))
    return spans
