"""Build 02-az-eesmn-2018.docx and 11-az-tn-2021.docx, the corpus reports whose events stand in a Word table.

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


def add_events_table(
    document: Document, header: tuple[str, ...] = TABLE_HEADER, rows: tuple[tuple[str, ...], ...] = TABLE_ROWS
) -> None:
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row in rows:
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


# 11-az-tn-2021.docx: a ministry under the 2020-2024 plan; the events table is numbered by row (№),
# not by plan code, and stands under the coded heading it belongs to; two events were held online.
EDUCATION_TARGET = Path(__file__).resolve().parent / "11-az-tn-2021.docx"
EDUCATION_PARAGRAPHS_BEFORE_TABLE = (
    "“Azərbaycan Respublikasında insan alverinə qarşı mübarizəyə dair 2020-2024-cü illər üçün Milli "
    "Fəaliyyət Planı”nın icrası barədə Azərbaycan Respublikası Təhsil Nazirliyinin 2021-ci il üzrə "
    "MƏLUMATI",
    "4.2.3-cü bənd üzrə",
    "Təhsil müəssisələrində insan alverinin qarşısının alınmasına yönəlmiş maarifləndirmə tədbirləri "
    "pandemiya şəraitində əsasən distant formada təşkil olunmuşdur. Hesabat ilində keçirilmiş əsas "
    "tədbirlər aşağıdakı cədvəldədir.",
)
EDUCATION_TABLE_HEADER = ("№", "Tədbirin adı", "Tarix", "Keçirildiyi yer", "İştirakçılar")
EDUCATION_TABLE_ROWS = (
    (
        "1",
        "Ümumi təhsil müəssisələrinin psixoloqları üçün “Risk qrupundan olan şagirdlərlə iş” mövzusunda "
        "onlayn seminar",
        "15 mart 2021-ci il",
        "onlayn (Zoom platforması)",
        "120 nəfər",
    ),
    (
        "2",
        "Bakı şəhəri üzrə məktəb direktorlarının tərbiyə işləri üzrə müavinləri ilə işgüzar görüş",
        "03.04.2021 – 05.04.2021",
        "Bakı şəhəri, 20 nömrəli tam orta məktəb",
        "otuz iki nəfər",
    ),
    (
        "3",
        "Peşə təhsili müəssisələrinin şagirdləri üçün “Xaricdə iş təklifləri: nəyə diqqət etməli?” "
        "mövzusunda vebinar",
        "27 may 2021-ci il",
        "onlayn",
        "85 nəfər",
    ),
    (
        "4",
        "BMT-nin Uşaq Fondu (UNICEF) ilə birgə sinif rəhbərləri üçün uşaq istismarının əlamətlərinə "
        "dair təlim",
        "14-16 sentyabr 2021-ci il",
        "Şəki şəhəri",
        "25 nəfər",
    ),
    (
        "5",
        "Ali təhsil müəssisələrinin tələbələri arasında “Gələcəyimi özüm seçirəm” adlı esse müsabiqəsinin "
        "yekunlarına həsr olunmuş onlayn mərasim",
        "10 dekabr 2021-ci il",
        "onlayn",
        "—",
    ),
)
EDUCATION_PARAGRAPHS_AFTER_TABLE = (
    "5.1.2-ci bənd üzrə",
    "Təhsil nazirinin 2021-ci il 11 fevral tarixli F-58 nömrəli əmri ilə müəllimlərin ixtisasartırma "
    "proqramlarına “İnsan alverinin qarşısının alınmasında məktəbin rolu” modulu daxil edilmişdir. "
    "Modul üzrə il ərzində 1 450 müəllim tədris kursu keçmiş, onların 62,5 faizi regionlarda çalışan "
    "müəllimlər olmuşdur. Oktyabrın 6-da Gəncə şəhərində modulun müəllifləri ilə keçirilmiş metodik "
    "görüşdə on səkkiz nəfər iştirak etmişdir.",
    "5.3.1-ci bənd üzrə",
    "Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi ilə birgə hazırlanmış “Təhlükəsiz internet” "
    "dərs saatı ölkənin 4 312 ümumi təhsil müəssisəsində keçirilmişdir. Dərs saatından sonra şagirdlərin "
    "müraciəti əsasında məktəb psixoloqları 47 halda valideynlərlə fərdi söhbət aparmışdır. Regionlarda "
    "psixoloq ştatlarının hələ də tam komplektləşdirilməməsi işin effektivliyini azaldır; psixoloqların "
    "əlavə hazırlığına və məktəblərdə onlayn məsləhət xidmətinin yaradılmasına ehtiyac vardır.",
    "Görülmüş işlər barədə məlumat Daxili İşlər Nazirliyinə 2022-ci il 12 yanvar tarixli 4-12/115 "
    "saylı məktubla təqdim edilmişdir.",
)


def build_education() -> Document:
    document = docx.Document()
    document.core_properties.author = "İcra benchmark corpus"
    document.core_properties.created = dt.datetime(2022, 1, 12, 9, 0)
    document.core_properties.modified = dt.datetime(2022, 1, 12, 9, 0)
    title, heading, introduction = EDUCATION_PARAGRAPHS_BEFORE_TABLE
    document.add_paragraph().add_run(title).bold = True
    add_heading_paragraph(document, heading)
    document.add_paragraph(introduction)
    add_events_table(document, EDUCATION_TABLE_HEADER, EDUCATION_TABLE_ROWS)
    *sections, closing = EDUCATION_PARAGRAPHS_AFTER_TABLE
    for heading, text in zip(sections[::2], sections[1::2], strict=True):
        add_heading_paragraph(document, heading)
        document.add_paragraph(text)
    document.add_paragraph(closing)
    return document


def main() -> None:
    build().save(str(TARGET))
    print(f"wrote {TARGET}")
    build_education().save(str(EDUCATION_TARGET))
    print(f"wrote {EDUCATION_TARGET}")


if __name__ == "__main__":
    main()
