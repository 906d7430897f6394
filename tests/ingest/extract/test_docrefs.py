"""Document references as reports cite them, in az, ru and en; one case a line.

Each case: language, text, the references found as (kind, number, date).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from icra import evaluation
from icra import lang as languages
from icra.ingest.extract.context import ExtractionContext
from icra.ingest.extract.dates import find_dates
from icra.ingest.extract.docrefs import extract_document_refs
from icra.ingest.pipeline import extract_file
from icra.model import DocumentRef, Section

D = dt.date
Found = tuple[str, str | None, dt.date | None]

CASES: list[tuple[str, str, list[Found]]] = [
    # A number with a letter series before it; a request is a letter.
    (
        "az",
        "Rektorun 2020-ci il 9 mart tarixli K-214 nömrəli əmri ilə kurs açılıb.",
        [("order", "K-214", D(2020, 3, 9))],
    ),
    ("ru", "Указ Президента от 12.05.2020 № УП-6012 принят.", [("decree", "УП-6012", D(2020, 5, 12))]),
    (
        "az",
        "Nazirliyin 3 iyun 2020-ci il tarixli 7/2-118 saylı sorğusuna cavab verilib.",
        [("letter", "7/2-118", D(2020, 6, 3))],
    ),
    # Azerbaijani: date, number and marker before the kind word.
    (
        "az",
        "Nazirlər Kabinetinin 2017-ci il 14 aprel tarixli 112 nömrəli qərarı ilə təsdiq edilib.",
        [("decision", "112", D(2017, 4, 14))],
    ),
    (
        "az",
        "Xidmətin 5 sentyabr 2018-ci il tarixli 04/1732 saylı məktubu ilə məlumat göndərilib.",
        [("letter", "04/1732", D(2018, 9, 5))],
    ),
    (
        "az",
        "Prezidentin 2019-cu il 22 iyul tarixli Fərmanı ilə Proqram təsdiq edilmişdir.",
        [("decree", None, D(2019, 7, 22))],
    ),
    (
        "az",
        "“Miqrasiya haqqında” 2018-ci il 2 may tarixli, 1102-VQ nömrəli Qanun qüvvəyə minib.",
        [("law", "1102-VQ", D(2018, 5, 2))],
    ),
    (
        "az",
        "Baş Assambleyanın 2010-cu il 30 iyul tarixli 64/293 saylı qətnaməsi qəbul edilib.",
        [("resolution", "64/293", D(2010, 7, 30))],
    ),
    # One kind word in the plural, two documents.
    (
        "az",
        "10.02.2017-ci il tarixli 5/2 saylı və 15.03.2017-ci il tarixli 5/7 saylı məktubları alınıb.",
        [("letter", "5/2", D(2017, 2, 10)), ("letter", "5/7", D(2017, 3, 15))],
    ),
    # A draft law and a letter in one sentence: the letter takes the number and date before it.
    (
        "az",
        "Qanun layihəsi 1 mart 2018-ci il tarixli 02/415 saylı məktubla göndərilib.",
        [("letter", "02/415", D(2018, 3, 1))],
    ),
    # A signature block: place and date, then the number.
    (
        "az",
        "Sərəncam imzalandığı gündən qüvvəyə minir.\nBakı şəhəri, 12 may 2005-ci il\n№ 245",
        [("order", "245", D(2005, 5, 12))],
    ),
    # Not references: an event's date, an illegal act ("qanunsuz"), a decision taken ("qərara alır").
    ("az", "Qanunsuz miqrasiyaya qarşı 3 mart 2018-ci il tarixdə seminar keçirilib.", []),
    ("az", "Nazirlər Kabineti qərara alır: Qaydalar təsdiq edilsin.", []),
    ("az", "20 mart 2018-ci il tarixində 9 saylı məktəbdə görüş keçirilib.", []),
    ("az", "20 may 2017-ci il tarixində keçirilmiş seminarda yeni Qanunun tətbiqi müzakirə edilib.", []),
    # Russian and English: the kind word first, number and date after it.
    ("ru", "Приказом МВД от 19 мая 2011 года № 210 создан отдел.", [("order", "210", D(2011, 5, 19))]),
    (
        "ru",
        "Постановление Кабинета Министров от 2 марта 2015 года утвердило правила.",
        [("resolution", None, D(2015, 3, 2))],
    ),
    ("ru", "Законодательство о миграции изменено 5 мая 2016 года.", []),
    # Agreements and a letter's outgoing number.
    (
        "az",
        "Şuranın 2019-cu il 5 mart tarixli 2019/QHT-27 saylı qrant müqaviləsi imzalanıb.",
        [("other", "2019/QHT-27", D(2019, 3, 5))],
    ),
    (
        "en",
        "A memorandum with the Police (No. 7/21 of 2 June 2020) was signed.",
        [("other", "7/21", D(2020, 6, 2))],
    ),
    ("ru", "Исх. № 4/1-88 от 12.02.2020", [("letter", "4/1-88", D(2020, 2, 12))]),
    ("ru", "Исходя из договорённости от 3 мая 2019 года семинар проведён.", []),
    ("ru", "Письмом МВД от 04.02.2020 исх. № 7/88 сообщено о встрече.", [("letter", "7/88", D(2020, 2, 4))]),
    # A number right after its kind word, without a marker; a year there is none.
    (
        "en",
        "General Assembly resolution 68/192 of 18 December 2013 applies.",
        [("resolution", "68/192", D(2013, 12, 18))],
    ),
    ("en", "The Law 2005 on trafficking applies.", []),
    (
        "en",
        "By Instruction No. 4 of the Prosecutor General of 9 June 2021 hearings changed.",
        [("order", "4", D(2021, 6, 9))],
    ),
    # A date after a kind word and a word of signing in its clause is the document's.
    (
        "en",
        "A memorandum signed with the Bar on 4 May 2021 sets the rules.",
        [("other", None, D(2021, 5, 4))],
    ),
    ("ru", "Меморандум, подписанный с МОМ 4 мая 2021 года, действует.", [("other", None, D(2021, 5, 4))]),
    (
        "ru",
        "Во исполнение поручения Правительства от 5 мая 2020 года № 12-3 создана группа.",
        [("order", "12-3", D(2020, 5, 5))],
    ),
    (
        "az",
        "Nazirliyin 2020-ci il 12 mart tarixli 45 nömrəli təlimatı təsdiq edilib.",
        [("order", "45", D(2020, 3, 12))],
    ),
    # A number and its date side by side with no kind word: a letterhead, a reply's reference.
    ("ru", "12.02.2021 № 3-1/77", [("other", "3-1/77", D(2021, 2, 12))]),
    ("ru", "На № 5-2/19 от 03.02.2021", [("other", "5-2/19", D(2021, 2, 3))]),
    # A letterhead's number with its date on the next line; a number with a letter series and a slash.
    ("az", "Çıxış № 7/2-115\n“3” mart 2019-cu il", [("other", "7/2-115", D(2019, 3, 3))]),
    (
        "az",
        "Agentliyin 5 may 2021-ci il tarixli DMA/02-118 saylı məktubu",
        [("letter", "DMA/02-118", D(2021, 5, 5))],
    ),
    # What follows a kind word is its own, not the next kind word's.
    (
        "ru",
        "Согласно Закону от 7 июля 2010 года № 33-V и приказу Министра от 02.04.2019 № 17 открыт центр.",
        [("law", "33-V", D(2010, 7, 7)), ("order", "17", D(2019, 4, 2))],
    ),
    (
        "en",
        "Order No. 412 of the Ministry of Health of 3 May 2018 shortened the time for a decision.",
        [("order", "412", D(2018, 5, 3))],
    ),
    (
        "en",
        "Presidential Decree No. 1172 dated 15 June 2016 approved the plan.",
        [("decree", "1172", D(2016, 6, 15))],
    ),
    ("en", "The Law of 10 May 2013 on migration was amended.", [("law", None, D(2013, 5, 10))]),
    # After the kind word only a date marked as a document's: this one dates a training.
    ("en", "Law enforcement officers were trained on 5 May 2017 in Baku.", []),
]


def _refs(code: str, text: str) -> list[DocumentRef]:
    data = languages.get(code)
    section = Section(codes=["13.1.1"], text=text, end=len(text))
    context = ExtractionContext(lang=data, section=section, section_index=0, dates=find_dates(text, data))
    return extract_document_refs(context)


@pytest.mark.parametrize(("code", "text", "expected"), CASES)
def test_document_refs(code: str, text: str, expected: list[Found]) -> None:
    assert [(r.kind.value, r.number, r.date) for r in _refs(code, text)] == expected


def test_one_document_cited_twice_is_one_reference() -> None:
    signature = "Bakı şəhəri, 6 mart 2006-cı il\n№ 62\n\n"
    text = signature + "2006-cı il 6 mart tarixli 62 nömrəli qərarı ilə təsdiq edilmişdir."
    assert [(r.number, r.date) for r in _refs("az", text)] == [("62", D(2006, 3, 6))]


def test_a_reference_names_its_issuer_and_title() -> None:
    text = "Ədliyyə Nazirliyinin “Notariat haqqında” 12.03.2017-ci il tarixli 7/33 saylı məktubu daxil olub."
    [ref] = _refs("az", text)
    assert ref.issuer == "Ədliyyə Nazirliyi"
    assert ref.title == "Notariat haqqında"
    assert text[ref.source_start : ref.source_end] == "12.03.2017-ci il tarixli 7/33 saylı məktubu"


def test_document_refs_on_the_sample(shared_dir: Path) -> None:
    corpus = shared_dir / "corpus"
    gold = json.loads((corpus / "dmx-2016-az.gold.json").read_text(encoding="utf-8"))
    predicted = extract_file(corpus / "dmx-2016-az.txt").to_extraction_json()
    assert evaluation.score(gold, predicted).kinds["document_refs"].f1 >= 0.9
