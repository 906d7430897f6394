"""Dates as agencies write them, one case a line."""

import datetime as dt

import pytest

from icra import lang
from icra.ingest.extract.dates import find_dates

D = dt.date

CASES = [
    ("az", "1 dekabr 2016-cı il tarixli 02/2896 saylı məktub", D(2016, 12, 1), D(2016, 12, 1)),
    ("az", "13.04.2016-cı il tarixli 3/851-04 saylı", D(2016, 4, 13), D(2016, 4, 13)),
    ("az", "Seminar | 07.06.2017 – 09.06.2017 | Naxçıvan", D(2017, 6, 7), D(2017, 6, 9)),
    ("en", "on the 21st of June 2018", D(2018, 6, 21), D(2018, 6, 21)),
    ("en", "from the 9 to 11 October 2018 course", D(2018, 10, 9), D(2018, 10, 11)),
    ("ru", "22-го апреля 2018 года", D(2018, 4, 22), D(2018, 4, 22)),
    ("ru", "7 по 9 ноября 2018 года", D(2018, 11, 7), D(2018, 11, 9)),
    ("en", "from 28/02/2018 - 02/03/2018", D(2018, 2, 28), D(2018, 3, 2)),
    ("az", "2015-ci il 20 oktyabr tarixli, 1410-IVQ nömrəli Qanun", D(2015, 10, 20), D(2015, 10, 20)),
    ("az", "14-15 aprel 2016-cı il tarixlərdə Kişinyovda", D(2016, 4, 14), D(2016, 4, 15)),
    ("az", "seminar -14-15 aprel 2016-cı il, Bakı", D(2016, 4, 14), D(2016, 4, 15)),
    ("az", "20 oktyabr – 20 noyabr tarixlərində", D(2016, 10, 20), D(2016, 11, 20)),
    ("az", "3 İyun 2016-cı ildə", D(2016, 6, 3), D(2016, 6, 3)),
    ("az", "11 avqust 2009-cu il tarixli 123 nömrəli qərar", D(2009, 8, 11), D(2009, 8, 11)),
    ("ru", "семинар 15-16 мая 2012 г. в Баку", D(2012, 5, 15), D(2012, 5, 16)),
    ("ru", "приказ от 02.03.2015 № 5", D(2015, 3, 2), D(2015, 3, 2)),
    ("en", "on April 14, 2011 in Baku", D(2011, 4, 14), D(2011, 4, 14)),
    ("en", "from 28 December 2015 - 3 January 2016", D(2015, 12, 28), D(2016, 1, 3)),
    ("en", "28 December - 3 January 2016", D(2015, 12, 28), D(2016, 1, 3)),
    ("ru", "проводит в Баку с 4 по 6 апреля семинар", D(2016, 4, 4), D(2016, 4, 6)),
    ("ru", "в период с 26 ноября по 7 декабря 2018 г.", D(2018, 11, 26), D(2018, 12, 7)),
    ("ru", "10:52 - 05 / 04 / 2012", D(2012, 4, 5), D(2012, 4, 5)),
    ("ru", "В Академии юстиции «12» марта 2018 года", D(2018, 3, 12), D(2018, 3, 12)),
    ("en", "From 29 May to 1 June IOM organized", D(2016, 5, 29), D(2016, 6, 1)),
    ("en", "ran from 1 to 31 October 2016 in schools", D(2016, 10, 1), D(2016, 10, 31)),
    ("az", "2017-ci il noyabrın 21-də Minskdə", D(2017, 11, 21), D(2017, 11, 21)),
    ("az", "parlamentin martın 3-də keçirilən iclası", D(2016, 3, 3), D(2016, 3, 3)),
    ("az", "2018-ci ilin mart ayının 6-da Bakıda", D(2018, 3, 6), D(2018, 3, 6)),
    ("az", "2018-ci il iyunun 12-dən 14-dək, Kiyev", D(2018, 6, 12), D(2018, 6, 14)),
    ("az", "2017-ci il aprelin 3-dən mayın 31-dək", D(2017, 4, 3), D(2017, 5, 31)),
    ("ru", "БАКУ, 5 апр /Новости/", D(2016, 4, 5), D(2016, 4, 5)),
    ("en", "Between 4 and 6 June 2017 a study visit", D(2017, 6, 4), D(2017, 6, 6)),
    ("en", "Training | 2017-06-04 | Ganja", D(2017, 6, 4), D(2017, 6, 4)),
    ("en", "BAKU, April 30 (Reuters) - The ministry", D(2016, 4, 30), D(2016, 4, 30)),
    ("en", "Azerbaijan, Baku, May 5 / Trend /", D(2016, 5, 5), D(2016, 5, 5)),
    ("ru", "Москва, 12 нояб. Семинар", D(2016, 11, 12), D(2016, 11, 12)),
    ("az", "Təlim 2019-cu il 27 noyabr – 2 dekabr tarixlərində", D(2019, 11, 27), D(2019, 12, 2)),
    ("az", "Təlim 2019-cu il 27-28 noyabr tarixlərində", D(2019, 11, 27), D(2019, 11, 28)),
    ("ru", "Семинар 21-22.10.2019 г. в Баку", D(2019, 10, 21), D(2019, 10, 22)),
    ("az", "Təlim 21-22.10.2019-cu il tarixlərində", D(2019, 10, 21), D(2019, 10, 22)),
    ("ru", "с 09.10.2019 по 11.10.2019 г.", D(2019, 10, 9), D(2019, 10, 11)),
    ("en", "from 09/10/2019 to 11/10/2019", D(2019, 10, 9), D(2019, 10, 11)),
    ("en", "on October 30 - November 1, 2019", D(2019, 10, 30), D(2019, 11, 1)),
    ("ru", "22 и 23 октября 2019 года", D(2019, 10, 22), D(2019, 10, 23)),
    ("az", "22 və 23 oktyabr 2019-cu il", D(2019, 10, 22), D(2019, 10, 23)),
    # Two days of a month joined by a conjunction: next to each other a range.
    ("az", "mayın 15-də və 16-da Bakıda", D(2016, 5, 15), D(2016, 5, 16)),
    # A name in quotes is no date; a day quoted alone is.
    ("az", "Oktyabrın 5-də “28 May” stansiyasında", D(2016, 10, 5), D(2016, 10, 5)),
    ("ru", "«12» марта 2018 г.", D(2018, 3, 12), D(2018, 3, 12)),
    # A range of days opens with "-dən"; a day followed by a count is one day.
    ("az", "iyunun 3-dən 7-dək", D(2016, 6, 3), D(2016, 6, 7)),
    ("az", "mayın 12-də 40-dan çox tələbə", D(2016, 5, 12), D(2016, 5, 12)),
    ("az", "mayın 12-də 14 müəllim", D(2016, 5, 12), D(2016, 5, 12)),
    ("en", "from March 3 to March 5, 2021", D(2021, 3, 3), D(2021, 3, 5)),
    # The year's word glued on.
    ("ru", "19.10.2018г. в Гяндже", D(2018, 10, 19), D(2018, 10, 19)),
    ("ru", "3 ноября 2018г.", D(2018, 11, 3), D(2018, 11, 3)),
]


@pytest.mark.parametrize(
    ("code", "text", "days"),
    [
        # Days a conjunction joins that are not next to each other are two days, not the days between.
        ("en", "on 17 and 24 May 2019", [(D(2019, 5, 17), D(2019, 5, 17)), (D(2019, 5, 24), D(2019, 5, 24))]),
        ("ru", "14 и 21 мая 2019 г.", [(D(2019, 5, 14), D(2019, 5, 14)), (D(2019, 5, 21), D(2019, 5, 21))]),
        ("az", "mayın 15-də və 20-də", [(D(2016, 5, 15), D(2016, 5, 15)), (D(2016, 5, 20), D(2016, 5, 20))]),
    ],
)
def test_days_joined_by_a_conjunction(code: str, text: str, days: list[tuple[dt.date, dt.date]]) -> None:
    found = find_dates(text, lang.get(code), default_year=2016)
    assert [(m.start_date, m.end_date) for m in found] == days
    assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(
    ("code", "text", "days"),
    [
        # A day without its year takes that of a date with one earlier in its sentence, not the default.
        ("ru", "3-4 июня 2014 года в г. Твери и 9 июня в г. Омске", [D(2014, 6, 3), D(2014, 6, 9)]),
        ("en", "on 2 May 2013 in Ganja and on 6 May in Quba", [D(2013, 5, 2), D(2013, 5, 6)]),
        ("az", "2014-cü il mayın 2-də Gəncədə. Mayın 6-da Qubada", [D(2014, 5, 2), D(2016, 5, 6)]),
    ],
)
def test_a_day_without_its_year_takes_its_sentences(code: str, text: str, days: list[dt.date]) -> None:
    found = find_dates(text, lang.get(code), default_year=2016)
    assert [m.start_date for m in found] == days


@pytest.mark.parametrize(("code", "text", "first", "last"), CASES)
def test_day_dates(code: str, text: str, first: dt.date, last: dt.date) -> None:
    found = [m for m in find_dates(text, lang.get(code), default_year=2016) if m.precision == "day"]
    assert [(m.start_date, m.end_date) for m in found] == [(first, last)]
    assert text[found[0].start : found[0].end] == found[0].text


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("az", "31 fevral 2016-cı il"),
        ("ru", "30.02.2016"),
        ("az", "02/2896 saylı məktub"),
        ("az", "3/851-04 saylı"),
        ("az", "(919 telefon nömrəsi)"),
        ("en", "In May 5 seminars and in June 12 trainings were held."),
    ],
)
def test_not_dates(code: str, text: str) -> None:
    assert [m for m in find_dates(text, lang.get(code), default_year=2016) if m.precision == "day"] == []


def test_year_ranges_and_years() -> None:
    found = find_dates("2014-2018-ci illər üçün, 2016-cı ildə", lang.get("az"))
    assert [(m.precision, m.start_date.year, m.end_date.year) for m in found] == [
        ("year", 2014, 2018),
        ("year", 2016, 2016),
    ]


def test_day_without_year_needs_a_default() -> None:
    assert find_dates("20 noyabr", lang.get("az")) == []


def test_sample_report_has_its_21_day_dates(shared_dir) -> None:
    # 14 dated events, 6 dated documents and one named day ("20 noyabr").
    text = (shared_dir / "corpus" / "dmx-2016-az.txt").read_text(encoding="utf-8")
    days = [m for m in find_dates(text, lang.get("az"), default_year=2016) if m.precision == "day"]
    assert len(days) == 21


TODAY = D(2019, 9, 10)


@pytest.mark.parametrize(
    ("code", "text", "days"),
    [
        ("az", "Bu gün Gəncədə gənclər üçün görüş keçirilib.", [TODAY]),
        ("az", "Bugün Şəkidə aksiya başlayıb.", [TODAY]),
        ("az", "Dünən Quba rayonunda seminar olub.", [D(2019, 9, 9)]),
        ("ru", "Сегодня в Гяндже открылся тренинг для полицейских.", [TODAY]),
        ("en", "The round table was held yesterday in Ganja.", [D(2019, 9, 9)]),
        ("en", "Today the campaign moves to Sheki; on 12 September 2019 it ends.", [TODAY, D(2019, 9, 12)]),
        # "bu günə qədər" (until now), "bu günlərdə" (these days): other words.
        ("az", "Bu günə qədər 40 nəfər qəbul edilib, bu günlərdə daha 5 nəfər gələcək.", []),
    ],
)
def test_relative_days_count_from_today(code: str, text: str, days: list[dt.date]) -> None:
    found = [m for m in find_dates(text, lang.get(code), today=TODAY) if m.precision == "day"]
    assert [m.start_date for m in found] == days
    assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # A day without its year is the last one before the text was written ...
        ("Seminar 20 oktyabr tarixində keçirilib.", D(2018, 10, 20)),
        ("Seminar 5 sentyabr tarixində keçirilib.", D(2019, 9, 5)),
        # ... unless its year is written.
        ("Seminar 20 oktyabr 2019-cu il tarixində keçiriləcək.", D(2019, 10, 20)),
    ],
)
def test_days_without_a_year_are_not_after_today(text: str, day: dt.date) -> None:
    (found,) = find_dates(text, lang.get("az"), default_year=2019, today=TODAY)
    assert found.start_date == day


def test_relative_days_need_today() -> None:
    assert find_dates("Bu gün Gəncədə görüş keçirilib.", lang.get("az")) == []
