"""Build 02-az-eesmn-2018.docx, the corpus report whose events stand in a Word table.

    python benchmarks/corpus/build_docx.py

The .docx is committed beside this script; run it again after changing the text
below and check the gold file (02-az-eesmn-2018.gold.json) still agrees
(python benchmarks/corpus/check_gold.py). The layout is what agencies send: a
title, an introduction, a table with the plan code in the first cell (code,
event, date, place, participants), then sub-items written as headed paragraphs,
one of them a bulleted list.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
from docx.document import Document

TARGET = Path(__file__).resolve().parent / "02-az-eesmn-2018.docx"

TITLE = (
    "“Azərbaycan Respublikasında insan alverinə qarşı mübarizəyə dair 2014-2018-ci illər üçün Milli "
    "Fəaliyyət Planı”nın icrası ilə bağlı Azərbaycan Respublikası Əmək və Əhalinin Sosial Müdafiəsi "
    "Nazirliyi (ƏƏSMN) tərəfindən 2018-ci ildə görülmüş işlər haqqında"
)
INTRODUCTION = (
    "Nazirliyin məsul olduğu yarımbəndlər üzrə 2018-ci ildə keçirilmiş əsas tədbirlər aşağıdakı cədvəldə "
    "verilir, digər yarımbəndlər üzrə görülmüş işlər cədvəldən sonra şərh olunur."
)
TABLE_HEADER = ("Bənd", "Tədbirin adı", "Tarix", "Keçirildiyi yer", "İştirakçıların sayı")
TABLE_ROWS = (
    (
        "13.1.1",
        "Ədliyyə Nazirliyi ilə birgə “İnsan alveri qurbanlarının sosial reabilitasiyasının həyata "
        "keçirilməsi Qaydaları”na dəyişikliklər layihəsinin müzakirəsinə dair işçi görüş",
        "4 iyul 2018-ci il",
        "Bakı şəhəri",
        "7 nəfər",
    ),
    (
        "13.2.6",
        "Dövlət Əmək Müfəttişliyi Xidmətinin əmək müfəttişləri üçün məcburi əməyin əlamətlərinin "
        "müəyyən edilməsinə dair təlim",
        "12-13 aprel 2018-ci il",
        "Bakı şəhəri",
        "24 nəfər",
    ),
    (
        "13.2.10",
        "Beynəlxalq Əmək Təşkilatının (BƏT) ekspertləri ilə “Layiqli əmək və əmək miqrasiyası” "
        "mövzusunda seminar",
        "22.05.2018",
        "Gəncə şəhəri",
        "18 nəfər",
    ),
    (
        "13.8.1",
        "ATƏT-in Demokratik Təsisatlar və İnsan Hüquqları üzrə Bürosunun (ODİHR) milli koordinatorlar "
        "üçün regional görüşü",
        "26-27 iyun 2018-ci il",
        "Varşava, Polşa",
        "2 nəfər",
    ),
)
VICTIM_SUPPORT_HEADING = "13.2.5-ci yarımbənd üzrə:"
VICTIM_SUPPORT = (
    "2018-ci il ərzində Nazirliyin İnsan alveri qurbanları üçün Yardım Mərkəzində 54 nəfər "
    "yerləşdirilmiş, onlardan 9-u azyaşlı olmuşdur. Azərbaycan Respublikası Nazirlər Kabinetinin "
    "2018-ci il 7 fevral tarixli 38 nömrəli qərarına uyğun olaraq 46 nəfərə birdəfəlik müavinət "
    "ödənilmişdir. Mərkəzdən çıxmış şəxslərdən 31 nəfəri (57,4 faiz) Nazirliyin yerli məşğulluq "
    "orqanlarının köməyi ilə işlə təmin olunmuşdur."
)
AWARENESS_HEADING = "13.9.5-ci yarımbənd üzrə:"
AWARENESS_INTRODUCTION = "Əhali arasında maarifləndirmə işi aşağıdakı tədbirlərlə davam etdirilmişdir:"
AWARENESS_BULLETS = (
    "15 mart 2018-ci il – Şəki şəhərində gənclər üçün əmək istismarının təhlükələri barədə görüş, 45 nəfər;",
    "2018-ci il 18-20 sentyabr – Lənkəran, Astara və Masallı rayonlarında səyyar maarifləndirmə kampaniyası;",
    "10 dekabr 2018-ci il – İnsan Hüquqları Günü münasibətilə Bakıda Nazirliyin inzibati binasında "
    "keçirilmiş tədbir, 60 nəfər.",
)
CLOSING = (
    "Görülmüş işlər barədə ümumiləşdirilmiş məlumat Daxili İşlər Nazirliyinə 2018-ci il 14 dekabr tarixli "
    "1-4/2231 nömrəli məktubla göndərilmişdir."
)


def add_events_table(document: Document) -> None:
    table = document.add_table(rows=1, cols=len(TABLE_HEADER))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, TABLE_HEADER, strict=True):
        cell.text = text
    for row in TABLE_ROWS:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text


def add_heading_paragraph(document: Document, text: str) -> None:
    document.add_paragraph().add_run(text).bold = True


def build() -> Document:
    document = docx.Document()
    # Fixed metadata, so rebuilding without a change in the text gives the same document properties.
    document.core_properties.author = "İcra benchmark corpus"
    document.core_properties.created = dt.datetime(2019, 1, 15, 9, 0)
    document.core_properties.modified = dt.datetime(2019, 1, 15, 9, 0)
    title = document.add_paragraph()
    title.add_run(TITLE).bold = True
    document.add_paragraph(INTRODUCTION)
    add_events_table(document)
    add_heading_paragraph(document, VICTIM_SUPPORT_HEADING)
    document.add_paragraph(VICTIM_SUPPORT)
    add_heading_paragraph(document, AWARENESS_HEADING)
    document.add_paragraph(AWARENESS_INTRODUCTION)
    for bullet in AWARENESS_BULLETS:
        document.add_paragraph(bullet, style="List Bullet")
    document.add_paragraph(CLOSING)
    return document


def main() -> None:
    build().save(str(TARGET))
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
