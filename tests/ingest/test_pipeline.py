"""The whole pipeline: language, header, sections and items of a report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from icra.errors import InputError
from icra.ingest.pipeline import detect_language, extract_file, extract_report

REPORT = (
    "“Azərbaycan Respublikasında insan alverinə qarşı mübarizəyə dair 2014-2018-ci illər üçün Milli "
    "Fəaliyyət Planı”nın icrası ilə bağlı Dövlət Sərhəd Xidməti tərəfindən 2018-ci ildə görülən işlər\n\n"
    "13.2.10-cu yarımbənd üzrə:\n"
    "Sərhədçilər üçün 2018-ci il 5 mart tarixində Astarada keçirilmiş təlimdə 25 nəfər iştirak etmişdir.\n\n"
    "13.8.1-ci və 13.8.2-ci yarımbəndlər üzrə:\n"
    "· BMqT-nin regional görüşü – 12-14 iyun 2018-ci il, Kiyev – 2 nəfər;\n"
    "· Qanun layihəsi 3 iyul 2018-ci il tarixli 5/17 saylı məktubla göndərilmişdir.\n"
)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Dövlət Miqrasiya Xidməti tərəfindən 2016-cı ildə seminar keçirilib və 5 nəfər iştirak edib.", "az"),
        ("В Баку прошло совещание, посвященное итогам 2015 года и задачам на год.", "ru"),
        ("A week to combat trafficking started in Azerbaijan today, with the OSCE and the IOM.", "en"),
        ("«Dövlət Miqrasiya Xidməti» in Baku held the meeting of the working group on migration.", "en"),
        ("Семинар | 12.05.2017 | Баку | 25", "ru"),
        ("Seminar | 12.05.2017 | Gəncə şəhəri | 25", "az"),
    ],
)
def test_language_is_found_from_the_text(text: str, code: str) -> None:
    assert detect_language(text).code == code


def test_a_report_becomes_a_draft() -> None:
    draft = extract_report(REPORT)
    assert (draft.report.agency, draft.report.year, draft.report.language) == (
        "Dövlət Sərhəd Xidməti",
        2018,
        "az",
    )
    assert [s.codes for s in draft.sections] == [["13.2.10"], ["13.8.1", "13.8.2"]]
    assert [(e.date_start, e.date_end, e.place, e.participants, e.section) for e in draft.events] == [
        (dt.date(2018, 3, 5), dt.date(2018, 3, 5), "Astara", 25, "13.2.10"),
        (dt.date(2018, 6, 12), dt.date(2018, 6, 14), "Kiyev", 2, "13.8.1"),
    ]
    # Every item points at its words in its section's text.
    for event in draft.events:
        section = draft.sections[event.section_index or 0]
        assert section.text[event.source_start : event.source_end]


def test_unknown_codes_give_a_warning_and_stay() -> None:
    draft = extract_report(REPORT, plan_codes={"13.2.10", "13.8.1"})
    assert draft.sections[1].codes == ["13.8.1", "13.8.2"]
    assert draft.sections[1].unknown_codes == ["13.8.2"]
    assert draft.warnings == [
        "section '13.8.1-ci və 13.8.2-ci yarımbəndlər üzrə:' names codes not in the plan: 13.8.2"
    ]


def test_json_lists_coded_sections_and_keeps_the_rest_apart() -> None:
    news = (
        "Bakıda 5 may 2017-ci il tarixində keçirilən görüşdə 12 nəfər iştirak edib.\n\nSonra mətn davam edir."
    )
    data = extract_report(news).to_extraction_json()
    assert data["sections"] == []
    assert [s["text"] for s in data["unassigned_sections"]] == [news]
    assert [(e["date_start"], e["participants"], e["section_index"]) for e in data["events"]] == [
        ("2017-05-05", 12, 0)
    ]


def test_a_file_is_read_and_its_source_recorded(tmp_path: Path) -> None:
    path = tmp_path / "dsx-2018.txt"
    path.write_text(REPORT, encoding="utf-8")
    draft = extract_file(path)
    assert (draft.source.filename, draft.source.format, draft.source.size) == (
        "dsx-2018.txt",
        "txt",
        path.stat().st_size,
    )
    assert len(draft.source.sha256 or "") == 64
    assert extract_file(data=REPORT.encode(), filename="dsx-2018.txt").events == draft.events


def test_bad_input_is_one_line_naming_the_file(tmp_path: Path) -> None:
    empty = tmp_path / "bos.txt"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match=r"^bos\.txt: ") as raised:
        extract_file(empty)
    assert "\n" not in str(raised.value)
    with pytest.raises(InputError, match="give a file path"):
        extract_file()


NEWS = [
    # A wire-style dateline dates the first sentence on its line ...
    (
        "Совещание подвело итоги\n\nГянджа. 22 января. СЕРВИС/ В областном управлении прошло совещание, "
        "посвященное итогам 2015 года.\nВ прошлом году выявлено 50 нарушений.",
        [(dt.date(2016, 1, 22), dt.date(2016, 1, 22), "Гянджа")],
    ),
    # ... a time stamp on a line of its own only says what "today" is.
    (
        "Campaign opens\n\n12 March 2014 10:05\n\nA campaign against forced labour started in Ganja today.",
        [(dt.date(2014, 3, 12), dt.date(2014, 3, 12), "Ganja")],
    ),
    (
        "Неделя открылась\n\nГянджа, 12.03.2014. Сегодня в Гяндже стартовала неделя против торговли людьми.",
        [(dt.date(2014, 3, 12), dt.date(2014, 3, 18), "Гянджа")],
    ),
    ("Başlıq\n\n4 may 2017\n\nKomitə tərəfindən görüş keçirilib.", []),
    # A dateline and "today" in one sentence date one event.
    (
        "Seminar keçirilib\n\nGəncə, 12 mart 2019 – Bu gün Gəncədə polis əməkdaşları üçün seminar keçirilib.",
        [(dt.date(2019, 3, 12), dt.date(2019, 3, 12), "Gəncə")],
    ),
    # A news item on last year's results dates its yearless days in the year after.
    (
        "Ötən il müraciətlər artıb\n\n2025-ci ildə Komissiyaya 42 min müraciət daxil olub. Hesabat "
        "Şəkidə martın 3-də keçirilən iclasda təqdim edilib.",
        [(dt.date(2026, 3, 3), dt.date(2026, 3, 3), "Şəki")],
    ),
    # An event whose words name no place took place where the headline says, else the dateline.
    (
        "Dəyirmi masa keçirilib\n\nQuba, 23 oktyabr 2018, AZƏRTAC\n\n"
        "Bu gün Ədliyyə Nazirliyində dəyirmi masa keçirilib. Tədbirdə 45 nəfər iştirak edib.",
        [(dt.date(2018, 10, 23), dt.date(2018, 10, 23), "Quba")],
    ),
    (
        "Gənclər Mərkəzində maarifləndirmə görüşü keçirilib\n\n"
        "Mərkəzin əməkdaşları 12 may 2017-ci il tarixində şagirdlərlə görüş keçiriblər.",
        [(dt.date(2017, 5, 12), dt.date(2017, 5, 12), "Gənclər Mərkəzi")],
    ),
]


@pytest.mark.parametrize(("text", "events"), NEWS)
def test_news_items_are_dated_by_their_dateline(
    text: str, events: list[tuple[dt.date, dt.date, str]]
) -> None:
    draft = extract_report(text)
    assert [(e.date_start, e.date_end, e.place) for e in draft.events] == events


def test_a_table_whose_rows_are_sections_counts_participants_under_its_head() -> None:
    draft = extract_report(
        "“İnsan alverinə qarşı 2014-2018-ci illər üçün Milli Fəaliyyət Planı”nın icrası ilə bağlı Nazirlik "
        "tərəfindən 2018-ci ildə görülən işlər\n\n"
        "Bənd | Tədbirin adı | Tarix | Keçirildiyi yer | İştirakçıların sayı\n"
        "13.2.6 | Hakimlər üçün təlim | 12-13 aprel 2018-ci il | Bakı şəhəri | 28\n"
        "13.2.10 | Müfəttişlər üçün seminar | 22.05.2018 | Gəncə şəhəri | 18\n"
    )
    assert [(e.section, e.place, e.participants) for e in draft.events] == [
        ("13.2.6", "Bakı", 28),
        ("13.2.10", "Gəncə", 18),
    ]


def test_a_long_text_is_judged_by_its_opening() -> None:
    opening = "Nazirlik tərəfindən seminar keçirilib və 5 nəfər iştirak edib. " * 1000
    annex = "The annex lists the meetings of the office and the names of the people who took part. " * 3000
    assert detect_language(opening + annex).code == "az"


@pytest.mark.parametrize("opening", ["\n", "\n\n", " \n", "\ufeff\n"])
def test_a_text_opening_with_blank_lines_reads_as_without_them(opening: str) -> None:
    # Found by benchmarks/bench_robustness.py: a first word after a line break crashed the
    # organisations' tokenizer.
    draft = extract_report(opening + REPORT)
    assert [s.codes for s in draft.sections] == [["13.2.10"], ["13.8.1", "13.8.2"]]
    assert "Dövlət Sərhəd Xidməti" in [o.name for o in draft.organisations]


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        (
            "30 fevral 2016-cı il tarixində Bakıda seminar keçirilib, 5 nəfər iştirak edib.",
            "30 fevral 2016-cı il",
        ),
        ("Layihə 31.04.2016 tarixli 5/12 saylı məktubla göndərilib.", "31.04.2016"),
        ("Семинар прошёл 31 июня 2016 года в Баку.", "31 июня 2016 года"),
        ("The seminar was held on 29 February 2015 in Baku.", "29 February 2015"),
    ],
)
def test_a_date_the_calendar_lacks_is_a_warning_not_a_silent_loss(sentence: str, written: str) -> None:
    draft = extract_report(f"13.1.1 üzrə:\n{sentence}\n")
    assert [w for w in draft.warnings if "is no date" in w] == [
        f"section '13.1.1 üzrə:': {written!r} is no date (the calendar has no such day), "
        "so nothing dated by it was read: check the report"
    ]


def test_real_dates_and_dates_without_a_year_give_no_such_warning() -> None:
    draft = extract_report(
        "13.1.1 üzrə:\n29 fevral 2016-cı il və 20 oktyabr tarixlərində seminarlar keçirilib.\n"
    )
    assert not [w for w in draft.warnings if "is no date" in w]
