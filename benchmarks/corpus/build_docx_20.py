"""Build 04-az-tn-2017.docx, the held-out report whose events stand in Word tables under their headings.

    python benchmarks/heldout/build_docx.py

The .docx is committed beside this script; after changing the text below, rebuild it and check
the gold (python benchmarks/corpus/check_gold.py benchmarks/heldout). The layout is the Ministry of
Education's habit: a bold title, a bold sub-item heading, one sentence of introduction, then a table
whose rows are numbered 1, 2, 3 (not plan codes) with the date, place and participants in their own
cells; then sub-items as headed paragraphs and an uncoded needs paragraph.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
from docx.document import Document

TARGET = Path(__file__).resolve().parent / "04-az-tn-2017.docx"

TITLE = (
    "Azərbaycan Respublikası Təhsil Nazirliyinin “Azərbaycan Respublikasında insan alverinə qarşı "
    "mübarizəyə dair 2014-2018-ci illər üçün Milli Fəaliyyət Planı”nın icrası ilə bağlı 2017-ci ildə "
    "gördüyü işlər barədə HESABAT"
)
SCHOOLS_HEADING = "13.9.1-ci bənd üzrə"
SCHOOLS_INTRODUCTION = (
    "Şagirdlər və müəllimlər arasında insan alverinin qarşısının alınmasına yönəlmiş maarifləndirmə "
    "tədbirləri ilin əvvəlindən Nazirliyin təsdiq etdiyi iş planı əsasında həyata keçirilmiş, əsas "
    "tədbirlər aşağıdakı cədvəldə verilir."
)
TABLE_HEADER = ("№", "Tədbirin adı", "Keçirilmə tarixi", "Keçirildiyi yer", "İştirakçılar")
TABLE_ROWS = (
    (
        "1",
        "“İnsan alverinə qarşı birlikdə” respublika şagird inşa müsabiqəsinin yekun mərasimi",
        "2017-ci il martın 15-də",
        "Bakı şəhəri",
        "57 nəfər (45 şagird və 12 müəllim)",
    ),
    (
        "2",
        "Ümumtəhsil məktəblərinin psixoloqları üçün “Risk qrupundan olan uşaqlarla iş” mövzusunda təlim",
        "aprelin 20-21-də",
        "Gəncə şəhəri",
        "otuz iki nəfər",
    ),
    (
        "3",
        "Ümumdünya İnsan Alverinə Qarşı Mübarizə Günü ilə əlaqədar yay düşərgəsində maarifləndirici görüş",
        "28.07.2017",
        "Qəbələ rayonu",
        "—",
    ),
    (
        "4",
        "Beynəlxalq Miqrasiya Təşkilatı (BMqT) ilə birgə hazırlanmış “Təhlükəsiz miqrasiya” dərs "
        "vəsaitinin təqdimatı",
        "2017-ci il oktyabrın 12-də",
        "Bakı şəhəri, Nazirliyin inzibati binası",
        "iyirmi beş nəfər",
    ),
)
LESSONS_HEADING = "Bənd 13.9.3:"
LESSONS = (
    "Nazirliyin 2017-ci il 24 fevral tarixli F-112 nömrəli əmri ilə ümumtəhsil məktəblərinin IX-XI "
    "siniflərində “Həyat bilgisi” fənni çərçivəsində insan alverinin qarşısının alınmasına dair iki dərs "
    "saatı ayrılmışdır. 2017/2018-ci tədris ilinin birinci yarısında bu dərslər 1 846 məktəbdə təşkil "
    "olunmuş, onlara 312 450 şagird cəlb edilmişdir. Məktəblərin 87,3 faizində valideyn iclaslarında da "
    "mövzu ilə bağlı söhbətlər aparılmışdır."
)
TEACHERS_HEADING = "13.2.10-cu bənd üzrə"
TEACHERS = (
    "2017-ci il noyabrın 6-dan 10-dək Azərbaycan Respublikasının Təhsil Problemləri İnstitutunda sinif "
    "rəhbərləri üçün “Uşaq alverinin əlamətləri və məktəbin rolu” mövzusunda ixtisasartırma kursu "
    "keçirilmiş, kursda beş rayon təhsil şöbəsindən 60 müəllim iştirak etmişdir. Kursun materialları "
    "Birləşmiş Millətlər Təşkilatının Uşaq Fondunun (UNICEF) dəstəyi ilə 2 000 nüsxədə çap edilərək "
    "məktəblərə paylanmışdır."
)
NEEDS_HEADING = "Tələbat:"
NEEDS = (
    "Yuxarı siniflər üçün insan alverinə dair əlavə dərs vəsaitlərinin hazırlanmasına və məktəb "
    "psixoloqlarının təliminin regionlarda davam etdirilməsinə ehtiyac vardır."
)
CLOSING = (
    "Hesabat Daxili İşlər Nazirliyinə 2017-ci il 19 dekabr tarixli 6/2-34512 saylı məktubla göndərilmişdir."
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
    document.core_properties.author = "İcra held-out set"
    document.core_properties.created = dt.datetime(2018, 1, 10, 9, 0)
    document.core_properties.modified = dt.datetime(2018, 1, 10, 9, 0)
    add_heading_paragraph(document, TITLE)
    add_heading_paragraph(document, SCHOOLS_HEADING)
    document.add_paragraph(SCHOOLS_INTRODUCTION)
    add_events_table(document)
    add_heading_paragraph(document, LESSONS_HEADING)
    document.add_paragraph(LESSONS)
    add_heading_paragraph(document, TEACHERS_HEADING)
    document.add_paragraph(TEACHERS)
    add_heading_paragraph(document, NEEDS_HEADING)
    document.add_paragraph(NEEDS)
    document.add_paragraph(CLOSING)
    return document


def main() -> None:
    build().save(str(TARGET))
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
