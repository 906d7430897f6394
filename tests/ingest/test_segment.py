"""Section heads as agencies write them, the report header, and sentences; one case a line."""

from __future__ import annotations

import datetime as dt

import pytest

from icra import lang
from icra.ingest.segment import (
    find_dateline,
    find_header,
    find_headings,
    find_headline,
    news_item,
    segment_sections,
)
from icra.ingest.sentences import split_sentences

HEADINGS = [
    ("az", "13.1.1-ci yarımbənd üzrə:\nMətn.", [("13.1.1",)]),
    ("az", "13.3.6-cı və 13.3.7-ci yarımbəndlər üzrə:\nMətn.", [("13.3.6", "13.3.7")]),
    ("az", "13.2.10-cu yarımbənd üzrə:  \nMətn.", [("13.2.10",)]),
    ("az", "Bənd 13.2.5\nMətn.", [("13.2.5",)]),
    ("az", "13.2.5. Seminar keçirilmişdir.", [("13.2.5",)]),
    ("az", "  · 13.2.5:\nMətn.", [("13.2.5",)]),
    ("ru", "п. 13.2.5\nТекст.", [("13.2.5",)]),
    ("ru", "По пункту 13.2.5:\nТекст.", [("13.2.5",)]),
    ("ru", "13.2.5 и 13.2.6.\nТекст.", [("13.2.5", "13.2.6")]),
    ("en", "Measure 13.2.5:\nText.", [("13.2.5",)]),
    ("en", "Measures 2.1.1 and 2.1.2\nText.", [("2.1.1", "2.1.2")]),
    ("en", "13.2.5 | Training held | 2016", [("13.2.5",)]),
    ("az", "13.2.10 – Hüquq-mühafizə orqanlarının təlimi\nMətn.", [("13.2.10",)]),
    ("az", "13.2.5\r\nMətn.\r\nBənd 13.2.6\r\nMətn.", [("13.2.5",), ("13.2.6",)]),
    ("az", "13.2.5-ci bəndin icrası ilə bağlı:\nMətn.", [("13.2.5",)]),
    ("az", "13.3.6-13.3.7-ci yarımbəndlər üzrə:\nMətn.", [("13.3.6", "13.3.7")]),
    ("ru", "Пункт 13.2.5 Плана:\nТекст.", [("13.2.5",)]),
    ("en", "Measure 2.1 (training of judges):\nText.", [("2.1",)]),
    ("az", "1.4-cü bəndinin icrası üçün aşağıdakılar nəzərdə tutulsun:\nMətn.", []),
    ("ru", "13.1.1. Совершенствование законодательства\nТекст.", [("13.1.1",)]),
    ("ru", "Пункт 4. Обучение инспекторов.\nТекст.", [("4",)]),
    ("ru", "Пункты 8-10. Помощь жертвам\nТекст.", [("8", "9", "10")]),
    ("en", "Items 4 and 5:\nText.", [("4", "5")]),
    ("ru", "Пункты 3, 7 Плана:\nТекст.", [("3", "7")]),
    ("ru", "Пункт 9 Плана:\nТекст.", [("9",)]),
    ("en", "Measure No. 2.1.3 - Training of judges\nText.", [("2.1.3",)]),
    ("ru", "2.4.1-тармоқ. Обучение судей\nТекст.", [("2.4.1",)]),
    ("az", "№ 13.2.5\nMətn.", [("13.2.5",)]),
    ("en", "Output 1.2: Training of judges\nText.", [("1.2",)]),
    # Parts numbered on two levels with their titles, two or more; not the points of a decision.
    ("en", "2.1. Identification of victims\nText.\n2.2. Shelters\nText.", [("2.1",), ("2.2",)]),
    ("az", "2.1. Şəxs mərkəzə göndərişlə yerləşdirilir.\n2.2. Müddət 30 gündür; uzadıla bilər.", []),
    ("en", "2.1. Identification of victims\nText.", []),
    # A matrix numbering its rows, the code in the next column; a day and month there is no code.
    (
        "en",
        "No. | Code | Measure\n1 | 1.2.4 | Training | done\n2 | 2.1.1 | Shelters | done",
        [("1.2.4",), ("2.1.1",)],
    ),
    ("az", "№ | Tarix | Tədbir\n1 | 12.05 | Seminar", []),
    ("en", "Labour inspections in risky sectors (2.3.1)\nText.", [("2.3.1",)]),
    ("en", "Victims' status (1.2.4, 1.2.5)\nText.", [("1.2.4", "1.2.5")]),
    ("ru", "К пункту 3.2 (подготовка кадров)\nТекст.", [("3.2",)]),
    ("ru", "К пунктам 4.1 и 4.2\nТекст.", [("4.1", "4.2")]),
    ("ru", "К 2020 году 3.1 тыс. человек.", []),
    ("en", "Objective 2\nText.", [("2",)]),
    ("en", "Goal 3 / Action 3.2.1\nText.", [("3.2.1",)]),
    ("en", "Objective 2 / Activity 2.4.1\nText.", [("2.4.1",)]),
    ("en", "Task 1.3\nText.", [("1.3",)]),
    ("az", "Vəzifə 2.2. Maarifləndirmə\nTədbir 2.2.1.\nMətn.", [("2.2.1",)]),
    ("ru", "Задача 1.2 Профилактика\n\nМероприятие 1.2.3.\nТекст.", [("1.2.3",)]),
    ("ru", "Задача 1.2\nВ 2018 году проведено 5 рейдов.\nМероприятие 1.2.3.\nТекст.", [("1.2",), ("1.2.3",)]),
    # Not headings: dates, numbered paragraphs, clause numbers, codes inside a sentence.
    ("ru", "Информация по п.2.1.1\nТекст.\nИнформация по п.2.1.3\nТекст.", [("2.1.1",), ("2.1.3",)]),
    ("ru", "Пункт 13.2.5 выполнен.", []),
    ("ru", "Пункт 7 плана выполнен.", []),
    ("en", "12. The authorities have taken steps.", []),
    ("en", "1 | Seminar for judges | 2019", []),
    ("az", "13.04.2016-cı il tarixli məktub", []),
    ("ru", "178. В Законе от 28 июня 2005 года", []),
    ("en", "1.The third periodic report", []),
    ("az", "1.4-cü bəndinin icrası təmin edilsin", []),
    ("az", "Qərar 13.2.5-ci yarımbəndə uyğun qəbul edilib.", []),
    ("en", "390.000.000 index", []),
    ("az", "13.2.5. bəndinə uyğun olaraq seminar keçirilib.", []),
    ("en", "2.1 | Training of judges | 2018", [("2.1",)]),
    ("ru", "2.3. | Обучение судей | 2019 г.", [("2.3",)]),
    ("az", "> 13.2.3-cü yarımbənd üzrə:\n> Mətn.", [("13.2.3",)]),
    ("en", "3.1.4 Shelters for victims\nText.", [("3.1.4",)]),
    ("ru", "№ 4.2.1\nТекст.", [("4.2.1",)]),
    ("en", "3.1.4 shelters were opened.", []),
    ("az", "13.2.5) Qanun layihəsi hazırlanıb.\n13.2.6)\nMətn.", [("13.2.5",), ("13.2.6",)]),
    ("az", "Qurbanlar (bax: 13.2.5) üçün mərkəz açılıb.", []),
    # A short line naming a sub-item in words of its own heads a section; a sentence citing one does not.
    ("az", "Planın 4.2.1-ci bəndinə əsasən\nMətn.", [("4.2.1",)]),
    ("az", "2.3.1-ci bəndin icrası barədə\nMətn.", [("2.3.1",)]),
    ("az", "Tədbirlər Planının 5.1.2-ci və 5.1.3-cü bəndləri:\nMətn.", [("5.1.2", "5.1.3")]),
    ("az", "Planın 4.2.1-ci bəndinə uyğun olaraq Xidmət 12 yoxlama aparmışdır.", []),
    # Any other form: lines holding codes where headings hold them, when the document's lines agree.
    ("en", "[3.1.2] Hotline\nText.\n[3.1.4] Shelters\nText.", [("3.1.2",), ("3.1.4",)]),
    ("en", "§ 1.2.1 Judges\nText.\n§ 1.2.2 Prosecutors\nText.", [("1.2.1",), ("1.2.2",)]),
    ("en", "Deliverable 4.1.1\nText.\nDeliverable 4.2.3\nText.", [("4.1.1",), ("4.2.3",)]),
    ("en", "Hotline [3.1.2]\nText.\nShelters [3.1.4]\nText.", [("3.1.2",), ("3.1.4",)]),
    ("ru", "Раздел 2.2.1.\nТекст.\nРаздел 2.2.4.\nТекст.", [("2.2.1",), ("2.2.4",)]),
    ("ru", "5.1.1 – обучение судей\nТекст.\n5.1.2 – горячая линия\nТекст.", [("5.1.1",), ("5.1.2",)]),
    (
        "az",
        "İstiqamət 3.1.1 – Maarifləndirmə\nMətn.\nİstiqamət 3.1.2 – Sığınacaq\nMətn.",
        [("3.1.1",), ("3.1.2",)],
    ),
    ("az", "Punkt 6.1.2\nMətn.\nPunkt 6.1.5\nMətn.", [("6.1.2",), ("6.1.5",)]),
    ("en", "Deliverable 4.1.1\nText.\nDeliverable 4.1.1\nText.", []),
    (
        "en",
        "Measure 2.1.1:\nText.\nDeliverable 2.1.2\nText.\nMeasure 2.1.3:\nText.",
        [("2.1.1",), ("2.1.2",), ("2.1.3",)],
    ),
    (
        "en",
        "Measure 2.1.1:\nText.\nDeliverable 1.4.2\nText.\nMeasure 2.1.3:\nText.",
        [("2.1.1",), ("2.1.3",)],
    ),
    ("en", "Deliverable 4.1.1\nText.", []),
    (
        "en",
        "Report on the implementation of activity 2.1.1\nText.\n"
        "Report on the implementation of activity 2.1.4\nText.",
        [("2.1.1",), ("2.1.4",)],
    ),
    (
        "en",
        "Activity 2.1.1 of the Action Plan\nText.\nActivity 2.1.4 of the Action Plan\nText.",
        [("2.1.1",), ("2.1.4",)],
    ),
    ("en", "The seminar was organised under activity 2.1.1\nof the Plan.", []),
    ("ru", "Обучение судей, п. 2.1.1\nТекст.\nГорячая линия, п. 2.1.4\nТекст.", [("2.1.1",), ("2.1.4",)]),
    (
        "az",
        "Fəaliyyət 2.1-ci bəndin icrası\nMətn.\nFəaliyyət 2.3-cü bəndin icrası\nMətn.",
        [("2.1",), ("2.3",)],
    ),
    (
        "en",
        "Deliverable 4.1\nText.\nDeliverable 4.1.2\nText.\nDeliverable 4.2\nText.",
        [("4.1",), ("4.1.2",), ("4.2",)],
    ),
    (
        "en",
        "Action 4.1.1: The Ministry trained 40 judges.\nAction 4.1.2: A hotline opened.",
        [("4.1.1",), ("4.1.2",)],
    ),
    ("en", "Deliverable 4.1\nText.\nDeliverable 5.1.2\nText.", []),
    ("en", "Deliverable 4.2.3\nText.\nDeliverable 4.1.1\nText.", []),
    ("ru", "Тел.: 12.34.56\nТел.: 12.34.57", []),
    (
        "az",
        "Cinayət Məcəlləsinin 144-1.2-ci maddəsi\nMətn.\nCinayət Məcəlləsinin 144-1.3-cü maddəsi\nMətn.",
        [],
    ),
    ("az", "Cəmi: 1.500.000 manat\nMətn.\nCəmi: 2.400.000 manat\nMətn.", []),
    # A table giving each row's code in a column of its own, past its title.
    ("en", "Training | 2.1.1 | 12.05.2017\nSeminar | 2.1.3 | 14.06.2017", [("2.1.1",), ("2.1.3",)]),
    ("en", "Training | 12.05 | Baku\nSeminar | 14.06 | Baku", []),
    ("en", "Training\t2.1.1\t12.05.2017\nSeminar\t2.1.3\t14.06.2017", [("2.1.1",), ("2.1.3",)]),
    (
        "ru",
        "Раздел 13.3.8-13.3.9\nТекст.\nРаздел 13.4.1-13.4.2\nТекст.",
        [("13.3.8", "13.3.9"), ("13.4.1", "13.4.2")],
    ),
    ("en", "Growth 2.5 percent\nGrowth 3.5 percent", []),
    ("ru", "12.05 – семинар\n14.05 – тренинг", []),
    ("en", "Under 4.1.1 the Ministry trained\njudges.\nUnder 4.1.2 it opened\nshelters.", []),
    ("en", "1.1. The centre admits victims.\n1.2. A stay lasts 30 days.", []),
]


@pytest.mark.parametrize(("code", "text", "codes"), HEADINGS)
def test_headings(code: str, text: str, codes: list[tuple[str, ...]]) -> None:
    assert [h.codes for h in find_headings(text, lang.get(code))] == codes


REPORT = (
    "“Azərbaycan Respublikasında insan alverinə qarşı mübarizəyə dair 2014-2018-ci illər üçün Milli "
    "Fəaliyyət Planı”nın icrası barədə Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi tərəfindən 2017-ci ildə "
    "görülən işlər\n\n"
    "13.1.1-ci yarımbənd üzrə:\nQanun layihəsi hazırlanmışdır.\n\n"
    "13.9.9-cu yarımbənd üzrə:\n12 may 2017-ci il tarixdə Gəncədə seminar keçirilmişdir.\n"
)


def test_sections_of_a_report_split_at_each_heading() -> None:
    sections = segment_sections(REPORT, lang.get("az"))
    assert [(s.codes, s.text) for s in sections] == [
        (["13.1.1"], "Qanun layihəsi hazırlanmışdır."),
        (["13.9.9"], "12 may 2017-ci il tarixdə Gəncədə seminar keçirilmişdir."),
    ]
    for s in sections:
        assert REPORT[s.start : s.end] == s.text


def test_codes_not_in_the_plan_are_kept_and_listed() -> None:
    sections = segment_sections(REPORT, lang.get("az"), plan_codes={"13.1.1"})
    assert [(s.codes, s.unknown_codes) for s in sections] == [(["13.1.1"], []), (["13.9.9"], ["13.9.9"])]


def test_a_row_coded_in_a_column_of_its_own_is_its_sections_text() -> None:
    text = (
        "Activity | Code | Date\nTraining of inspectors | 2.1.1 | 12.05.2017\n"
        "Seminar for judges | 2.1.3 | 14.06.2017"
    )
    sections = segment_sections(text, lang.get("en"))
    assert [(s.codes, s.text) for s in sections] == [
        ([], "Activity | Code | Date"),
        (["2.1.1"], "Training of inspectors | 2.1.1 | 12.05.2017"),
        (["2.1.3"], "Seminar for judges | 2.1.3 | 14.06.2017"),
    ]


def test_lines_of_one_form_known_to_the_plan_head_sections_out_of_order() -> None:
    text = "Deliverable 4.2.3\nText.\nDeliverable 4.1.1\nText."
    sections = segment_sections(text, lang.get("en"), plan_codes={"4.1.1", "4.2.3"})
    assert [s.codes for s in sections] == [["4.2.3"], ["4.1.1"]]


def test_text_without_headings_is_one_section_with_no_codes() -> None:
    text = "Bakıda 5 may 2017-ci il tarixində görüş keçirilib.\n\nGörüşdə 12 nəfər iştirak edib."
    sections = segment_sections(text, lang.get("az"))
    assert [(s.codes, s.text) for s in sections] == [([], text)]


def test_a_preamble_with_content_beyond_the_header_is_a_section() -> None:
    text = REPORT.replace("\n\n13.1.1", "\n\nÜmumi məlumat: il ərzində iş davam etdirilib.\n\n13.1.1", 1)
    sections = segment_sections(text, lang.get("az"))
    assert [s.codes for s in sections] == [[], ["13.1.1"], ["13.9.9"]]
    assert sections[0].text == "Ümumi məlumat: il ərzində iş davam etdirilib."


PREAMBLES = [
    # A header that only names the plan is no section; one citing a document by number is read.
    ("ru", "Отчёт о выполнении Плана мероприятий на 2019-2021 годы\nПункт 3.\nТекст.", None),
    (
        "ru",
        "Отчёт о выполнении Плана мероприятий (утверждён постановлением № 56)\nПункт 3.\nТекст.",
        "Отчёт о выполнении Плана мероприятий (утверждён постановлением № 56)",
    ),
    (
        "az",
        "Milli Fəaliyyət Planı 4 mart 2019 tarixli 812 nömrəli Sərəncamla təsdiq edilib.\n13.1.2.\nMətn.",
        "Milli Fəaliyyət Planı 4 mart 2019 tarixli 812 nömrəli Sərəncamla təsdiq edilib.",
    ),
    # A pasted e-mail's header is the mail's, not the report's.
    (
        "az",
        "From: Şöbə\nSent: 3 fevral 2020 10:15\nSubject: Hesabat\nMəktuba əlavə: 15 səhifə.\n13.1.2.\nMətn.",
        "Məktuba əlavə: 15 səhifə.",
    ),
    (
        "ru",
        "От: Отдел\nТема: отчёт\nПрошу принять № 14 к сведению.\nПункт 3.\nТекст.",
        "Прошу принять № 14 к сведению.",
    ),
]


@pytest.mark.parametrize(("code", "text", "preamble"), PREAMBLES)
def test_the_text_before_the_first_heading(code: str, text: str, preamble: str | None) -> None:
    sections = segment_sections(text, lang.get(code))
    uncoded = [s.text for s in sections if not s.codes]
    assert uncoded == ([preamble] if preamble else [])


def test_header_names_agency_year_and_plan() -> None:
    header = find_header(REPORT, lang.get("az"))
    assert header.agency == "Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi"
    assert header.year == 2017
    assert header.plan_title == (
        "Azərbaycan Respublikasında insan alverinə qarşı mübarizəyə dair 2014-2018-ci illər üçün "
        "Milli Fəaliyyət Planı"
    )
    assert header.plan_period == (2014, 2018)
    assert header.language == "az"


@pytest.mark.parametrize(
    ("code", "text", "agency", "year"),
    [
        ("ru", "Баку, 05 / 04 / 2012\n\nВ Баку проходит семинар.", None, 2012),
        ("en", "29 May - 1 June 2017\n\nIOM organized training.", None, 2017),
        ("az", "Xəbər\n\n2019-cu ildə 45 min əcnəbi gəlib. 2019-cu il rekord il olub.", None, 2019),
        ("az", "Başlıq\n\nMətn tarixsizdir.", None, None),
        # The year most days fall in, not that of an older act cited first.
        (
            "en",
            "Reply\n\nLaw No. 12 of 3 May 2011 applies. Trainings took place on 4 June 2018 and 9 July 2018.",
            None,
            2018,
        ),
    ],
)
def test_header_of_a_news_item(code: str, text: str, agency: str | None, year: int | None) -> None:
    header = find_header(text, lang.get(code))
    assert (header.agency, header.year, header.plan_title, header.language) == (agency, year, None, code)


SENTENCES = [
    ("az", "Seminar keçirilib. Görüş də olub.", ["Seminar keçirilib.", "Görüş də olub."]),
    (
        "az",
        "Kitablar, jurnallar və s. paylanıb. Sonra görüş olub.",
        ["Kitablar, jurnallar və s. paylanıb.", "Sonra görüş olub."],
    ),
    (
        "az",
        "“İnsan alverinə yox de!” adlı aksiya keçirilib.",
        ["“İnsan alverinə yox de!” adlı aksiya keçirilib."],
    ),
    (
        "ru",
        "Семинар прошел в 2012 г. в Баку. Участвовали 20 человек.",
        ["Семинар прошел в 2012 г. в Баку.", "Участвовали 20 человек."],
    ),
    ("en", "Mr. Najafov spoke. The week began.", ["Mr. Najafov spoke.", "The week began."]),
    ("en", "· first item;\n· second item", ["· first item;", "· second item"]),
    # A line break that only wraps a sentence (pasted e-mail text) ends none.
    ("az", "* 14\naprel 2017-ci il - seminar.\nDigər", ["* 14\naprel 2017-ci il - seminar.", "Digər"]),
    ("en", "Training held\nin Ganja\nNext line", ["Training held\nin Ganja", "Next line"]),
    ("en", "Tasks:\nfirst task", ["Tasks:", "first task"]),
    (
        "az",
        "Seminar martın\n14-də Qubada keçirilib.\nSonra",
        ["Seminar martın\n14-də Qubada keçirilib.", "Sonra"],
    ),
    (
        "az",
        "Şöbənin 3 mart tarixli\n12/45 saylı məktubu alınıb.",
        ["Şöbənin 3 mart tarixli\n12/45 saylı məktubu alınıb."],
    ),
    (
        "en",
        "A memorandum with the Ministry of\nUkraine was signed.\nNext",
        ["A memorandum with the Ministry of\nUkraine was signed.", "Next"],
    ),
    ("ru", "Исх. № 45 от 3 мая.", ["Исх. № 45 от 3 мая."]),
    # A hard-wrapped paragraph breaks its long lines before capitals too; a headline keeps its dateline apart.
    (
        "en",
        "The training of labour inspectors was organised in the spring. On 6 May 2019, the Justice\n"
        "Academy held a course for 30 judges.",
        [
            "The training of labour inspectors was organised in the spring.",
            "On 6 May 2019, the Justice\nAcademy held a course for 30 judges.",
        ],
    ),
    (
        "az",
        "Gəncədə miqrantların hüquqlarına dair maarifləndirici seminar keçirildi bu həftə\n4 may 2017",
        ["Gəncədə miqrantların hüquqlarına dair maarifləndirici seminar keçirildi bu həftə", "4 may 2017"],
    ),
    # A line opening with a list's number, a plan code or a date alone opens a sentence.
    ("az", "Görülən işlər\n1. seminar keçirilib", ["Görülən işlər", "1. seminar keçirilib"]),
    ("az", "Görülən işlər\n13.9.4 -cü bənd", ["Görülən işlər", "13.9.4 -cü bənd"]),
    ("az", "Təlim keçirildi\n4 may 2017\nBu gün", ["Təlim keçirildi", "4 may 2017", "Bu gün"]),
    ("en", "a | b\nc | d", ["a | b", "c | d"]),
]


@pytest.mark.parametrize(("code", "text", "expected"), SENTENCES)
def test_sentences(code: str, text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text, lang.get(code))] == expected


def test_sample_report_sections(shared_dir) -> None:
    text = (shared_dir / "corpus" / "dmx-2016-az.txt").read_text(encoding="utf-8")
    sections = segment_sections(text, lang.get("az"))
    assert [s.codes for s in sections] == [
        ["13.1.1"],
        ["13.2.5"],
        ["13.2.6"],
        ["13.2.10"],
        ["13.3.6", "13.3.7"],
        ["13.8.1"],
        ["13.9.5"],
    ]
    header = find_header(text, lang.get("az"))
    assert (header.agency, header.year, header.plan_period) == (
        "Dövlət Miqrasiya Xidməti",
        2016,
        (2014, 2018),
    )


def test_a_header_names_the_year_reported_on_before_its_letters_date() -> None:
    text = "Исх. № 4 от 14.01.2020\nОтчёт о выполнении Плана мероприятий за 2019 год\n\nПункт 3.\nТекст."
    assert find_header(text, lang.get("ru")).year == 2019


def test_header_names_the_first_body_when_no_one_is_said_to_have_done_the_work() -> None:
    text = (
        "ИНФОРМАЦИЯ\nМинистерства юстиции Азербайджанской Республики о выполнении в 2018 году "
        "Национального плана действий по борьбе с торговлей людьми на 2014-2018 годы\n\n"
        "п. 13.1.1\nТекст."
    )
    header = find_header(text, lang.get("ru"))
    assert (header.agency, header.year, header.plan_period) == (
        "Министерство юстиции Азербайджанской Республики",
        2018,
        (2014, 2018),
    )


DATELINES = [
    ("en", "Trafficking week opens\n\n5 May 2011 14:29 (UTC +04:00)\n\nThe week began.", dt.date(2011, 5, 5)),
    ("az", "Xəbərin başlığı\n15-01-2020, 11:11\nMətn burada başlayır.", dt.date(2020, 1, 15)),
    ("ru", "Заголовок\n10:52 - 05 / 04 / 2012\nТекст новости.", dt.date(2012, 4, 5)),
    ("ru", "БАКУ, 5 апр /Новости/. Сегодня открылся семинар.", dt.date(2016, 4, 5)),
    ("ru", "Заголовок\n\nГянджа. 22 января. В службе прошло совещание.", dt.date(2016, 1, 22)),
    (
        "az",
        "Başlıq\n\nGəncə, 12 mart 2019 – Bu gün Gəncədə polis əməkdaşları üçün seminar keçirilib.",
        dt.date(2019, 3, 12),
    ),
    # A date in a sentence of the body, a range, or a date far down the text is no dateline.
    ("en", "Seminar held\nOn 14 April 2017 the ministry held a seminar on labour rights.", None),
    ("az", "Başlıq\n12-14 iyun 2018-ci il\nMətn.", None),
    ("az", "Bir\nİki\nÜç\nDörd\nBeş\n4 may 2017\nMətn.", None),
]


@pytest.mark.parametrize(("code", "text", "day"), DATELINES)
def test_dateline(code: str, text: str, day: dt.date | None) -> None:
    found = find_dateline(text, lang.get(code), default_year=2016)
    assert (found.start_date if found else None) == day
    if found:
        assert text[found.start : found.end] == found.text


@pytest.mark.parametrize(
    ("code", "text", "year"),
    [
        # A news item dates its yearless days in the year it was written: its dateline's ...
        ("en", "Week opens\n\n5 May 2011 14:29\n\nIn 2010 the office revealed 70 cases.", 2011),
        # ... or the year after the one it calls "last year".
        (
            "az",
            "Ötən il müraciətlər artıb\n\n2025-ci ildə 42 min müraciət olub, martın 3-də məruzə edilib.",
            2026,
        ),
        (
            "ru",
            "Итоги\n\nГянджа. 22 января. Совещание по итогам 2015 года.\nВ прошлом году 50 нарушений.",
            2016,
        ),
        ("ru", "Итоги\n\nВ 2015 году выявлено 50 нарушений, совещание прошло 22 января.", 2015),
        # ... not a year it looks ahead to, nor the year of a full date.
        (
            "az",
            "Ötən il müraciətlər artıb\n\n2019-cu ildə 500 müraciət olub, 2025-ci ilədək Strategiya icra "
            "olunur. 2019-cu il ərzində 40 şikayət olub. Hesabat 15 yanvar 2020-ci il tarixində dərc edilib.",
            2020,
        ),
        # A report on a year, compared with the one before, dates them in its year.
        (
            "az",
            "Nazirliyin gördüyü işlər\n\n2019-cu ildə 120 fakt aşkarlanıb, bu ötən il ilə müqayisədə çoxdur. "
            "14 mart 2019-cu il tarixində seminar, 20 oktyabr tarixində görüş keçirilib.",
            2019,
        ),
        # A report on a plan dates them in the year it reports on.
        (
            "az",
            "“İnsan alverinə qarşı 2014-2018-ci illər üçün Milli Fəaliyyət Planı”nın icrası barədə Nazirlik "
            "tərəfindən 2016-cı ildə görülən işlər\n\nÖtən il ilə müqayisədə 20 noyabr seminarı keçirilib.",
            2016,
        ),
    ],
)
def test_the_year_of_yearless_dates(code: str, text: str, year: int) -> None:
    language = lang.get(code)
    header = find_header(text, language)
    news = news_item(text, language, header)
    assert (news.year if news else header.year) == year


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Gəncədə seminar keçirilib\n\nMətn.", "Gəncədə seminar keçirilib"),
        ("  Week opens in Baku  \nText.", "Week opens in Baku"),
        # A sentence, a heading that opens a list, or a text of one line has no headline.
        ("Nazirlik seminar keçirib.\nMətn.", None),
        ("13.1.1-ci yarımbənd üzrə:\nMətn.", None),
        ("Gəncədə seminar keçirilib", None),
        ("Söz " * 60 + "\nMətn.", None),
    ],
)
def test_headline(text: str, headline: str | None) -> None:
    assert find_headline(text) == headline
