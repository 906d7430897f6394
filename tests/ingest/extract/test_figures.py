"""Figures as reports state them, in az, ru and en; one case a line.

Each case: language, text, the values found (in order). Sentences are written
for these tests; only the sample-scoring test reads the shared corpus.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from icra import evaluation
from icra import lang as languages
from icra.ingest.extract.context import ExtractionContext
from icra.ingest.extract.dates import find_dates
from icra.ingest.extract.figures import extract_figures
from icra.ingest.pipeline import extract_file
from icra.model import Figure, Section

CASES: list[tuple[str, str, list[float]]] = [
    # Counts, with thousands written with a space, a comma, or in words.
    ("az", "2017-ci il ərzində 12 450 əcnəbiyə iş icazəsi verilmişdir.", [12450]),
    ("az", "Müraciətlərin 72,5 faizi müsbət həll edilmişdir.", [72.5]),
    ("az", "Qaynar xəttə 3 min 250 zəng daxil olub.", [3250]),
    ("az", "Ötən il 1,5 milyon əcnəbi ölkəyə gəlib.", [1500000]),
    # Other items a news page lists count nothing of its own.
    ("en", "In 2017, 40 victims were identified.\n\nRelated news\nShelter hosts 30 women\n", [40]),
    ("az", "Bu məqsədlə 2 min buklet və 500 plakat çap edilib.", [2000, 500]),
    ("az", "20-dən çox könüllü layihəyə qoşulub.", [20]),
    ("az", "Yardım Mərkəzində 8-10 nəfər yerləşdirilib, onlardan 3-ü azyaşlıdır.", [8, 3]),
    ("az", "Cinayət Məcəlləsinin 144-1-ci maddəsi ilə 12 cinayət işi başlanıb.", [12]),
    ("az", "Nazirliyin 7 fevral tarixli qərarı ilə 46 nəfərə müavinət ödənilib.", [46]),
    # Numbers that count nothing: dates, document numbers, ordinals, durations, phones, languages.
    ("az", "Xidmətin 2018-ci il 3 mart tarixli 15/204 saylı məktubu göndərilib.", []),
    ("az", "Komissiyanın 7-ci iclası 1410-IVQ nömrəli Qanunla bağlı keçirilib.", []),
    ("az", "Layihə 6 ay davam edəcək, sonra 2019-cu ildə yekunlaşacaq.", []),
    ("az", "Qaynar xətt (155 telefon nömrəsi) 2 dildə işləyir.", []),
    ("az", "13.2.5-ci yarımbənd üzrə tədbirlər davam etdirilmişdir.", []),
    ("az", "Qaynar xətt (012) 590-00-00 nömrəsi ilə 5 illik müddətə açılıb.", []),
    ("az", "İşsizlik 0,5 faiz azalıb.", [0.5]),
    ("ru", "Задача 2.4 Выявление жертв: выявлено 17 жертв.", [17]),
    # Telephone numbers, ages, capacities, durations in their cases, view counters, pages.
    ("az", "Şöbə: tel. (022) 417 25 08; 9 müraciət daxil olub.", [9]),
    ("ru", "Справки по номеру 590-11-47 и по телефону доверия 1190; выявлено 6 фактов.", [6]),
    ("en", "Call +998 71 233 45 67 to report; 1,204 reports came in.", [1204]),
    ("ru", "Задержана 41-летняя жительница, освобождены 3 женщины.", [3]),
    ("az", "Mərkəz 12 yerlik və 24 saatlıq xidmət göstərir; 8 nəfər yerləşdirilib.", [8]),
    ("az", "Müddət altı aydan və 45 gündən artıq ola bilməz.", []),
    ("ru", "Просмотров: 3 412\nЗадержаны 5 вербовщиков.", [5]),
    ("ru", "Прилагается копия на 4 л.", []),
    ("en", "Calls rose in 2018, 15% more than before.", [15]),
    ("en", "The hotline 0 800 12345 took 1 215 000 calls.", [1215000]),
    # Ordinals of a multiplier, areas, age limits, document codes joined by a dash.
    ("az", "Bu gün 1 milyonuncu viza verilib, 42 min viza isə ötən ay.", [42000]),
    ("az", "Otaq 9 kvadratmetrdən az olmamalı, 14 nəfər yerləşdirilib.", [14]),
    ("en", "Of 31 victims, 6 were girls under 18.", [31, 6]),
    ("en", "Document 19-18472 lists 12 cases and 5-6 suspects.", [12, 5]),
    # Addresses, attachments' sheets, call centres, page numbers between dashes.
    ("az", "Ünvan: Nizami küçəsi 41. Əlavə: 3 vərəqdə. 142 Çağrı Mərkəzi 58 zəng qəbul edib.\n- 2 -", [58]),
    ("ru", "На горячую линию 0 800 123 поступило 1 254 звонка.", [1254]),
    ("en", "The shelter, with 30 beds, took in 57 persons.", [57]),
    ("ru", "Исп.: Ахмедов А., тел. 8 (7172) 71-26-35\nСтраница 2 из 3", []),
    ("en", "Page 4 of 9. In 2020, 31 victims were identified.", [31]),
    ("en", "12 Rustaveli Ave | Tel: (+995 32) 240 11 22\nThe ALO 116 111 helpline took 640 calls.", [640]),
    ("en", "Each of 9 victims received GEL 500 each.", [9]),
    # An event that counted its people has no head count told after it: what joins later is a figure.
    (
        "az",
        "Xidmətin iki əməkdaşı 2021-ci il mayın 4-də Vyanada görüşdə iştirak edib. "
        "Sonra 12 şirkət kodeksə qoşulub.",
        [12],
    ),
    ("ru", "12 мая 2019 г. в Баку прошел семинар для трёх специалистов и 40 судей.", []),
    # An amount a person is entitled to is no statistic; a total paid is.
    (
        "en",
        "Each victim is entitled to compensation of GEL 800; 14 victims received a total of GEL 11,200.",
        [14, 11200],
    ),
    ("ru", "45 пострадавшим выплачено пособие в размере 300 манатов.", [45]),
    ("en", "Compensation was awarded in 19 cases.", [19]),
    # A duration with a fraction is an average, a statistic; a whole one is a duration. An address's flat.
    ("az", "İşlərin orta baxılma müddəti 2,4 ay olmuş, kurs 6 ay davam etmişdir.", [2.4]),
    ("az", "Ünvan: Nizami küçəsi 34, mənzil 12; 9 müraciət olub.", [9]),
    # Articles listed, all of a known set, a trunk phone line, a line's name after its number.
    ("ru", "Выявлено 19 преступлений по статьям 132 и 132.2 во всех 13 регионах.", [19]),
    ("en", "The SOS line (0800 22222) and the ALO 183 Social Support Line took 2,417 calls.", [2417]),
    ("en", "ALL 1,500,000 was transferred to 3 shelters.", [1500000, 3]),
    # A table's participants cell is the event's, no statistic.
    ("en", "No. | Activity | Date | Participants\n1 | Seminar | 4 May 2022 | 36\nIn 2022, 12 cases.", [12]),
    # A rate is no count.
    ("az", "Ekranlarda gündə 40 dəfə çarx göstərilib, 1 200 plakat asılıb.", [1200]),
    # A definite article opening a sentence names a known set; "of the" counts.
    ("en", "In 2020, 41 cases were opened. The 12 regional offices held 86 sessions.", [41, 86]),
    ("en", "Of the 23 proceedings, 7 were sent to court.", [23, 7]),
    # A record's head count under a line holding only its date counts the event's participants.
    ("ru", "Дата: 03.04.2020\nНазвание: тренинг для учителей\nУчастники: 18", []),
    ("en", "4 May 2020\nSeminar for judges (22 participants)", []),
    # A table's number labels it; a row's name before a cell is no part of a plan.
    ("en", "Table 3. Victims\n| Forced begging | 9 |\n| Criminal activities | 4 |", [9, 4]),
    # The previous year's value for comparison is a figure, also before a line opening with a date.
    ("ru", "Выявлено 44 преступления (в 2018 году – 39).\n12 марта прошла встреча.", [44, 39]),
    ("en", "Under Objective 3 the council opened 4 shelters.", [4]),
    ("az", "Qaynar xəttə (152) 1 245 müraciət daxil olub, onlardan 312-si məsləhət olub.", [1245, 312]),
    # One statistic told twice, in the lead and in the quotation, is one figure.
    (
        "az",
        "Sədr 60-dan çox uşağa yardım edildiyini deyib: “İl ərzində 60-dan çox uşağa kömək etmişik”.",
        [60],
    ),
    # An event's line: the head count is the event's participants.
    ("az", "· Sərhəd təhlükəsizliyi üzrə seminar – 12 mart 2018-ci il, Gəncə – 9 nəfər;", []),
    ("az", "2018-ci il aprelin 4-də Mərkəzdə təlim keçirilib, təlimdə 28 polis iştirak edib.", []),
    ("az", "15 may – 15 iyun 2018-ci il tarixlərində aksiya zamanı 9 000 buklet paylanıb.", [9000]),
    ("ru", "В 2017 году выдано 8 340 разрешений на работу.", [8340]),
    ("ru", "Доля женщин среди пострадавших составила 41,2 процента.", [41.2]),
    ("ru", "По статьёй 144-1 возбуждено 7 уголовных дел.", [7]),
    ("ru", "Семинар прошёл 4 апреля 2018 года в Баку, в нём участвовали 15 человек.", []),
    ("ru", "Телефон доверия (стр. 4) работает круглосуточно.", []),
    ("en", "In 2016 the hotline received 4,512 calls, 38 of them about forced labour.", [4512, 38]),
    ("en", "Some 2.5 million leaflets were printed and eight were withdrawn.", [2500000, 8]),
    ("en", "Two experts from the OSCE led the session under Article 5 of the Law.", []),
    ("en", "4 traffickers were sentenced to 5 to 12 years, as Recommendation 4 asked.", [4]),
    ("en", "On 12 May 2018 a training for 25 participants was held in Baku.", []),
    # Numbers in words are statistics among statistics in digits; alone they mostly describe.
    ("az", "İl ərzində 61 fakt aşkarlanıb, qırx üç qurban müəyyən edilib.", [61, 43]),
    ("en", "The hotline took 1,310 calls, two hundred letters and sixty-four complaints.", [1310, 200, 64]),
    ("ru", "В приют поступили 35 человек, из них двадцать восемь женщин.", [35, 28]),
    ("en", "The Secretariat has two staff members and works with nineteen partners.", []),
    ("az", "Bölgələrdə iki yeni mərkəz açılıb.", []),
    # An event's head count, told in the sentence after it, is no statistic.
    ("en", "On 4 March 2018 a seminar was held in Ganja; 37 judges attended. 12 victims were found.", [12]),
    # A statistics table in plain text: an article's number labels its row, the counts are figures.
    ("en", "Offence              2017   2018\nSmuggling (Art. 318)    4      7", [4, 7]),
    # The first cell of a table row numbers the row.
    ("az", "№ | Göstərici | Say\n1 | Qurban | 61\n2 | Şübhəli | 17", [61, 17]),
]


def _figures(code: str, text: str, year: int | None = None) -> list[Figure]:
    data = languages.get(code)
    section = Section(codes=["13.3.6"], text=text, end=len(text))
    dates = find_dates(text, data, default_year=year)
    return extract_figures(
        ExtractionContext(lang=data, section=section, section_index=2, year=year, dates=dates)
    )


@pytest.mark.parametrize(("code", "text", "expected"), CASES)
def test_figures(code: str, text: str, expected: list[float]) -> None:
    assert [f.value for f in _figures(code, text, year=2018)] == expected


def test_a_figure_says_what_it_counts_and_where_it_stands() -> None:
    text = "Ötən il 2016-cı il ərzində 4 210 əcnəbinin ölkədə yaşaması leqallaşdırılmışdır."
    [figure] = _figures("az", text)
    assert figure.value == 4210
    assert isinstance(figure.value, int)
    assert figure.what == "əcnəbinin ölkədə yaşaması leqallaşdırılmışdır"
    assert figure.period == "2016-cı il"
    assert (figure.section, figure.section_index) == ("13.3.6", 2)
    assert text[figure.source_start : figure.source_end] == "4 210"


def test_what_a_figure_counts_starts_past_what_is_glued_to_it() -> None:
    assert [f.what for f in _figures("az", "Mərkəzdə 5-6 nəfər xarici vətəndaş yaşayır.")] == [
        "nəfər xarici vətəndaş yaşayır"
    ]


def test_a_figure_names_its_unit() -> None:
    assert [f.unit for f in _figures("az", "Onlardan 15 nəfəri qadın, 30 faizi azyaşlıdır.")] == [
        "person",
        "percent",
    ]


def test_figures_on_the_sample(shared_dir: Path) -> None:
    corpus = shared_dir / "corpus"
    gold = json.loads((corpus / "dmx-2016-az.gold.json").read_text(encoding="utf-8"))
    predicted = extract_file(corpus / "dmx-2016-az.txt").to_extraction_json()
    assert evaluation.score(gold, predicted).kinds["figures"].f1 >= 0.9
