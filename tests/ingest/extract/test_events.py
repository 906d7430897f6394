"""Events as reports write them, in az, ru and en; one case a line.

Each case: language, text, the events found as (start, end, participants, place, kind).
"""

from __future__ import annotations

import datetime as dt

import pytest

from icra import lang
from icra.ingest.extract.context import ExtractionContext
from icra.ingest.extract.dates import find_dates
from icra.ingest.extract.events import extract_events
from icra.model import Event, Section

D = dt.date
Found = tuple[dt.date, dt.date, int | None, str | None, str | None]

CASES: list[tuple[str, str, list[Found]]] = [
    # Bullet lists: title – date, place – head count.
    (
        "az",
        "· Gender bərabərliyinə dair seminar – 12 may 2017-ci il, Gəncə – 7 nəfər;",
        [(D(2017, 5, 12), D(2017, 5, 12), 7, "Gəncə", "seminar")],
    ),
    (
        "az",
        "· Polis əməkdaşları üçün təlim -3-4 oktyabr 2017-ci il, Bakı şəhəri – 21 nəfər;",
        [(D(2017, 10, 3), D(2017, 10, 4), 21, "Bakı", "training")],
    ),
    (
        "az",
        "· MDB ekspertlərinin iclası – 7-8 iyun 2017-ci il, Qazaxıstan Respublikası, Astana - 2 nəfər;",
        [(D(2017, 6, 7), D(2017, 6, 8), 2, "Astana", "session")],
    ),
    # Narrative: date, place in the locative, then the kind word.
    (
        "az",
        "9 mart 2017-ci il tarixdə Lənkəranda keçirilmiş dəyirmi masada iştirak edilmişdir.",
        [(D(2017, 3, 9), D(2017, 3, 9), None, "Lənkəran", "meeting")],
    ),
    (
        "az",
        "Qurbanlara yardım mövzusunda 2017-ci il noyabrın 21-də Minskdə iclas keçirilib.",
        [(D(2017, 11, 21), D(2017, 11, 21), None, "Minsk", "session")],
    ),
    (
        "az",
        "Silsilə tədbirlər 2017-ci il aprelin 3-dən mayın 31-dək rayonlarda keçirilmişdir.",
        [(D(2017, 4, 3), D(2017, 5, 31), None, None, "other")],
    ),
    (
        "en",
        "On 30 July 2017, the World Day against Trafficking, a public event was held in Baku.",
        [(D(2017, 7, 30), D(2017, 7, 30), None, "Baku", "other")],
    ),
    # Head counts written as a verb after a noun, or as a number word.
    (
        "az",
        "2017-ci il fevralın 9-da Mərkəzdə təlim keçirilmiş, təlimdə 35 prokuror iştirak etmişdir.",
        [(D(2017, 2, 9), D(2017, 2, 9), 35, None, "training")],
    ),
    (
        "az",
        "2017-ci il may ayının 17-18-də Haaqada konfransda Nazirliyin iki əməkdaşı iştirak etmişdir.",
        [(D(2017, 5, 17), D(2017, 5, 18), 2, "Haaqa", "conference")],
    ),
    # A list item that opens with its date.
    (
        "en",
        "- 22–23 June 2017 – training of the ILO on indicators of forced labour, Ganja (25 participants);",
        [(D(2017, 6, 22), D(2017, 6, 23), 25, "Ganja", "training")],
    ),
    # Several dates, one kind word after them all.
    (
        "az",
        "05.03.2017-ci ildə Gürcüstan, 11.07.2017-ci ildə isə Moldova nümayəndələri ölkəmizə səfər etmişlər.",
        [
            (D(2017, 3, 5), D(2017, 3, 5), None, None, "visit"),
            (D(2017, 7, 11), D(2017, 7, 11), None, None, "visit"),
        ],
    ),
    # A date marked as the date of what happened on a named day is an event ...
    (
        "az",
        "30 iyul 2017-ci il tarixdə Ümumdünya Günü münasibətilə Şəkidə tədbir keçirilib.",
        [(D(2017, 7, 30), D(2017, 7, 30), None, "Şəki", "other")],
    ),
    # ... a named day itself is not; the range after it is.
    (
        "az",
        "1 iyun “Uşaqların Beynəlxalq Müdafiəsi günü” ilə bağlı 25 may – 5 iyun tarixlərində aksiya olub.",
        [(D(2017, 5, 25), D(2017, 6, 5), None, None, "campaign")],
    ),
    # A dated document is not an event.
    ("az", "Seminarın nəticələri 4 aprel 2017-ci il tarixli 12/45 saylı məktubla göndərilib.", []),
    (
        "az",
        "Nazirlər Kabinetinin 2006-cı il 6 mart tarixli 62 nömrəli qərarı ilə görüş planlaşdırılıb.",
        [],
    ),
    # No event word, or no day: no event.
    ("az", "12 iyul 2017-ci il tarixdə qanun layihəsi hazırlanmışdır.", []),
    ("az", "2017-ci il ərzində 14 seminar keçirilmişdir.", []),
    (
        "ru",
        "Европейский Союз проводит в Баку с 4 по 6 апреля семинар по борьбе с торговлей людьми.",
        [(D(2017, 4, 4), D(2017, 4, 6), None, "Баку", "seminar")],
    ),
    (
        "ru",
        "15-16 мая 2017 г. в Тбилиси состоялось совещание, в котором приняли участие 12 человек.",
        [(D(2017, 5, 15), D(2017, 5, 16), 12, "Тбилиси", "meeting")],
    ),
    ("ru", "Приказом МВД от 19 мая 2004 года утверждено положение о семинарах.", []),
    ("ru", "1 августа 2006 года приказом министра учреждена служба.", []),
    (
        "en",
        "From 29 May to 1 June IOM organized training for 25 labour inspectors.",
        [(D(2017, 5, 29), D(2017, 6, 1), 25, None, "training")],
    ),
    (
        "en",
        "On 14 April 2017 a round table was held in Tbilisi with 18 participants.",
        [(D(2017, 4, 14), D(2017, 4, 14), 18, "Tbilisi", "meeting")],
    ),
    ("en", "The Decree No.504 dated September 20, 2018 set up a working group for meetings.", []),
    ("en", "18 December, International Migrants Day, is marked with events.", []),
    # A project is an event over the days it runs, not on the day of a draft.
    (
        "az",
        "Layihənin müddəti 4 ay olmaqla, 1 mart 2017-ci il – 30 iyun 2017-ci il tarixləri əhatə edir.",
        [(D(2017, 3, 1), D(2017, 6, 30), None, None, "campaign")],
    ),
    (
        "en",
        "The project ran from 1 March to 30 June 2017 in five districts.",
        [(D(2017, 3, 1), D(2017, 6, 30), None, None, "campaign")],
    ),
    ("ru", "Проект закона 5 мая 2017 года внесен в парламент.", []),
    # Talks, lectures and meetings told by a verb.
    (
        "en",
        "On 19 September 2017 the Coordinator met with the IOM mission in Baku.",
        [(D(2017, 9, 19), D(2017, 9, 19), None, "Baku", "meeting")],
    ),
    (
        "ru",
        "12 мая 2017 года сотрудники полиции провели беседы с учащимися школ Баку.",
        [(D(2017, 5, 12), D(2017, 5, 12), None, "Баку", "meeting")],
    ),
    (
        "az",
        "12 may 2017-ci il tarixində Şəki şəhərində tələbələr üçün mühazirə oxunub.",
        [(D(2017, 5, 12), D(2017, 5, 12), None, "Şəki", "training")],
    ),
    # Staff counted for a training; a date's year counts no one.
    (
        "ru",
        "В период с 15 по 17 апреля 2017 года в Гяндже проведен тренинг для 25 сотрудников полиции.",
        [(D(2017, 4, 15), D(2017, 4, 17), 25, "Гянджа", "training")],
    ),
    (
        "en",
        "On 18 December 2017 a round table took place at the Ministry's Training Centre.",
        [(D(2017, 12, 18), D(2017, 12, 18), None, "Ministry's Training Centre", "meeting")],
    ),
    # Participants in words: a row of number words is one number.
    (
        "az",
        "12 aprel 2017-ci il tarixində Şəkidə keçirilmiş seminarda iyirmi yeddi nəfər iştirak edib.",
        [(D(2017, 4, 12), D(2017, 4, 12), 27, "Şəki", "seminar")],
    ),
    (
        "en",
        "On 3 October 2017 a training for forty-one police officers was held in Ganja.",
        [(D(2017, 10, 3), D(2017, 10, 3), 41, "Ganja", "training")],
    ),
    (
        "ru",
        "Трое специалистов 9 ноября 2017 года приняли участие в семинаре.",
        [(D(2017, 11, 9), D(2017, 11, 9), 3, None, "seminar")],
    ),
    (
        "az",
        "Müsabiqənin qaliblərinə mükafatlar 18 dekabr 2017-ci il tarixində keçirilmiş mərasimdə verilib.",
        [(D(2017, 12, 18), D(2017, 12, 18), None, None, "other")],
    ),
    # A day in the locative dates what happened on a named day; people counted by their work.
    (
        "az",
        "Martın 8-də Beynəlxalq Qadınlar Günü münasibətilə Gəncədə görüş keçirilib, 40 müəllim qatılıb.",
        [(D(2017, 3, 8), D(2017, 3, 8), 40, "Gəncə", "meeting")],
    ),
    (
        "ru",
        "Закон обсуждён на круглом столе 5 июня 2017 года, в нём участвовали 31 судья и 12 прокуроров.",
        [(D(2017, 6, 5), D(2017, 6, 5), 31, None, "meeting")],
    ),
    # A verb of taking part counts the number in its clause, before or after it.
    (
        "en",
        "On 4 March 2017 a seminar was held in Ganja; 37 judges and prosecutors from the regions attended.",
        [(D(2017, 3, 4), D(2017, 3, 4), 37, "Ganja", "seminar")],
    ),
    (
        "ru",
        "14 мая 2017 года в г. Баку прошёл семинар, в котором участвовали 26 судей.",
        [(D(2017, 5, 14), D(2017, 5, 14), 26, "Баку", "seminar")],
    ),
    # The next sentence may tell who took part, if it dates nothing.
    (
        "az",
        "5 may 2017-ci il tarixində Gəncədə seminar keçirilib. Seminarda 45 nəfər iştirak edib.",
        [(D(2017, 5, 5), D(2017, 5, 5), 45, "Gəncə", "seminar")],
    ),
    (
        "az",
        "5 may 2017-ci il tarixində Gəncədə seminar keçirilib. Həmin il 45 nəfər qurban aşkarlanıb.",
        [(D(2017, 5, 5), D(2017, 5, 5), None, "Gəncə", "seminar")],
    ),
    (
        "en",
        "On 5 May 2017 a seminar was held in Ganja. On 9 May 2017, 45 people attended a meeting in Baku.",
        [
            (D(2017, 5, 5), D(2017, 5, 5), None, "Ganja", "seminar"),
            (D(2017, 5, 9), D(2017, 5, 9), 45, "Baku", "meeting"),
        ],
    ),
    # A week runs seven days from the day it opens; a range keeps its own days.
    (
        "az",
        "İnsan alverinə qarşı mübarizə həftəsi 5 may 2017-ci il tarixində Gəncədə başlayıb.",
        [(D(2017, 5, 5), D(2017, 5, 11), None, "Gəncə", "campaign")],
    ),
    (
        "en",
        "On 5 May 2017 a weekly meeting of the working group was held in Baku.",
        [(D(2017, 5, 5), D(2017, 5, 5), None, "Baku", "meeting")],
    ),
    (
        "az",
        "5 may 2017-ci il tarixində Bakıda işçi qrupunun həftəlik iclası keçirilib.",
        [(D(2017, 5, 5), D(2017, 5, 5), None, "Bakı", "session")],
    ),
    (
        "en",
        "The week against trafficking ran from 3 to 8 May 2017 in schools.",
        [(D(2017, 5, 3), D(2017, 5, 8), None, None, "campaign")],
    ),
    # No known city: a venue, its name capitalised before its venue word.
    (
        "en",
        "On 14 April 2017 a conference was held in the Nizami Cultural Center.",
        [(D(2017, 4, 14), D(2017, 4, 14), None, "Nizami Cultural Center", "conference")],
    ),
    (
        "az",
        "12 may 2017-ci il tarixdə Polis Akademiyasında təlim keçirilib.",
        [(D(2017, 5, 12), D(2017, 5, 12), None, "Polis Akademiyası", "training")],
    ),
    (
        "az",
        "12 may 2017-ci il tarixdə Gömrük Komitəsinin Təlim Mərkəzində seminar keçirilib.",
        [(D(2017, 5, 12), D(2017, 5, 12), None, "Gömrük Komitəsinin Təlim Mərkəzi", "seminar")],
    ),
    (
        "az",
        "Tədbir Gənclər Mərkəzində 12 may 2017-ci il tarixdə keçirilib.",
        [(D(2017, 5, 12), D(2017, 5, 12), None, "Gənclər Mərkəzi", "other")],
    ),
    (
        "az",
        "12 may 2017-ci il tarixdə Gəncədə Gənclər Mərkəzində görüş keçirilib.",
        [(D(2017, 5, 12), D(2017, 5, 12), None, "Gəncə", "meeting")],
    ),
    (
        "az",
        "12 may 2017-ci il tarixdə məktəbin akt zalında görüş keçirilib.",
        [(D(2017, 5, 12), D(2017, 5, 12), None, None, "meeting")],
    ),
    (
        "ru",
        "12 марта 2017 года в Академии юстиции проведён семинар для судей.",
        [(D(2017, 3, 12), D(2017, 3, 12), None, "Академия юстиции", "seminar")],
    ),
    (
        "ru",
        "5 апреля 2017 года в Учебном центре ГМС – семинар для инспекторов.",
        [(D(2017, 4, 5), D(2017, 4, 5), None, "центр ГМС", "seminar")],
    ),
    # A body that is no venue (no "в"), a venue word naming no venue.
    (
        "ru",
        "5 апреля 2017 года прошла встреча с представителями Министерства юстиции.",
        [(D(2017, 4, 5), D(2017, 4, 5), None, None, "meeting")],
    ),
    (
        "ru",
        "5 апреля 2017 года семинар оказался в центре внимания прессы.",
        [(D(2017, 4, 5), D(2017, 4, 5), None, None, "seminar")],
    ),
    (
        "az",
        "Hesabat parlamentin 3 mart 2017-ci il tarixində keçirilən iclasında təqdim edilib.",
        [(D(2017, 3, 3), D(2017, 3, 3), None, "Milli Məclis", "session")],
    ),
    # A range of days around a named day is what happened then; monitoring runs over its days.
    (
        "az",
        "Noyabrın 20-dən 22-dək Ümumdünya Uşaq Hüquqları Günü ilə bağlı aksiyalar keçirilib.",
        [(D(2017, 11, 20), D(2017, 11, 22), None, None, "campaign")],
    ),
    (
        "ru",
        "Мониторинг рынков труда проводился с 2 по 20 октября.",
        [(D(2017, 10, 2), D(2017, 10, 20), None, None, "campaign")],
    ),
    # Head counts: told two sentences after; a phone number after an event counts no one.
    (
        "en",
        "A forum was held in Ganja on 4 May. It was funded by the EU. Some 90 participants attended.",
        [(D(2017, 5, 4), D(2017, 5, 4), 90, "Ganja", "conference")],
    ),
    (
        "ru",
        "12 мая проведена акция. Горячая линия 0 800 11223 приняла 40 звонков.",
        [(D(2017, 5, 12), D(2017, 5, 12), None, None, "campaign")],
    ),
    (
        "en",
        "On 3 April the Office trained 18 social assistants in Ganja.",
        [(D(2017, 4, 3), D(2017, 4, 3), 18, "Ganja", "training")],
    ),
    # Towns of the region, in their cases; a list of places names no one place.
    (
        "ru",
        "12 марта 2019 года в г. Самарканде прошел семинар, 20 марта — тренинг в Кулябе.",
        [
            (D(2019, 3, 12), D(2019, 3, 12), None, "Самарканд", "seminar"),
            (D(2019, 3, 20), D(2019, 3, 20), None, "Куляб", "training"),
        ],
    ),
    (
        "en",
        "On 4 May 2019 a seminar was held in Nur-Sultan.",
        [(D(2019, 5, 4), D(2019, 5, 4), None, "Nur-Sultan", "seminar")],
    ),
    (
        "az",
        "İyunun 3-dən 7-dək İsmayıllı, Qəbələ və Oğuzda aksiyalar keçirilib.",
        [(D(2017, 6, 3), D(2017, 6, 7), None, None, "campaign")],
    ),
    (
        "az",
        "İyunun 3-də Tovuzda seminar keçirilib.",
        [(D(2017, 6, 3), D(2017, 6, 3), None, "Tovuz", "seminar")],
    ),
    # Operations run over days; a job fair.
    (
        "az",
        "Sentyabrın 2-dən 6-dək Bakıda “Miqrant” adlı profilaktik əməliyyat aparılıb.",
        [(D(2017, 9, 2), D(2017, 9, 6), None, "Bakı", "campaign")],
    ),
    (
        "az",
        "Mayın 12-də Qubada keçirilən əmək yarmarkasına 40 nəfər qatılıb.",
        [(D(2017, 5, 12), D(2017, 5, 12), 40, "Quba", "other")],
    ),
    (
        "en",
        "On 3 March 2021 the Ministry convened the task force.",
        [(D(2021, 3, 3), D(2021, 3, 3), None, None, "meeting")],
    ),
    # A town no list knows, named by the words around it; not a name's part nor a month.
    (
        "en",
        "A round table was held in Korça on 2 June 2021.",
        [(D(2021, 6, 2), D(2021, 6, 2), None, "Korça", "meeting")],
    ),
    (
        "ru",
        "3 марта 2020 года в г. Косшы прошел семинар.",
        [(D(2020, 3, 3), D(2020, 3, 3), None, "Косшы", "seminar")],
    ),
    (
        "az",
        "Martın 4-də Kürdəmir rayonunun Çöl Göylər kəndində görüş keçirilib.",
        [(D(2017, 3, 4), D(2017, 3, 4), None, "Kürdəmir", "meeting")],
    ),
    (
        "az",
        "Martın 4-də Biçənək kəndində görüş keçirilib.",
        [(D(2017, 3, 4), D(2017, 3, 4), None, "Biçənək", "meeting")],
    ),
    (
        "en",
        "On 30 July 2021, the Day against Trafficking in Persons, a campaign began.",
        [(D(2021, 7, 30), D(2021, 7, 30), None, None, "campaign")],
    ),
    # A line holding only a date dates the event the next line names, read with its record's lines.
    (
        "az",
        "3 aprel 2020-ci il:\nŞəkidə müəllimlər üçün təlim keçirilib (18 nəfər).",
        [(D(2020, 4, 3), D(2020, 4, 3), 18, "Şəki", "training")],
    ),
    (
        "ru",
        "Дата: 03.04.2020\nНазвание: тренинг для учителей\nМесто: Бишкек\nУчастники: 18",
        [(D(2020, 4, 3), D(2020, 4, 3), 18, "Бишкек", "training")],
    ),
    ("en", "Baku, 15 January 2018\nDear colleagues, the training results are attached.", []),
    # Russian number words in their other cases count people.
    (
        "ru",
        "12 мая 2019 г. в Баку прошел тренинг для двадцати двух сотрудников.",
        [(D(2019, 5, 12), D(2019, 5, 12), 22, "Баку", "training")],
    ),
    # Marches and drills; volunteers counted.
    (
        "az",
        "– 2021-ci il 30 iyul – Bakıda gənclər yürüşü, 200-dən çox könüllü;",
        [(D(2021, 7, 30), D(2021, 7, 30), 200, "Bakı", "campaign")],
    ),
    (
        "az",
        "Martın 3-də metroda praktik məşq təşkil edilib.",
        [(D(2017, 3, 3), D(2017, 3, 3), None, None, "training")],
    ),
    (
        "ru",
        "С 2 по 6 марта 2020 года в г. Бухаре проведены выездные консультации.",
        [(D(2020, 3, 2), D(2020, 3, 6), None, "Бухара", "meeting")],
    ),
    # A table's participants cell in words.
    (
        "en",
        "No. | Activity | Date | Place | Participants\n"
        "4 | Regional meeting | 29-30 November 2022 | Gaziantep | forty-four",
        [(D(2022, 11, 29), D(2022, 11, 30), 44, None, "meeting")],
    ),
    # A document signed on a day is no event of that day; spots broadcast over days are a campaign.
    ("en", "A protocol signed with the Council on 8 March 2022 opened 63 courses.", []),
    (
        "en",
        "Television spots were broadcast on national channels from 25 November to 10 December 2022.",
        [(D(2022, 11, 25), D(2022, 12, 10), None, None, "campaign")],
    ),
    # Words of other events: a hearing, a hosted delegation, a visit told by its verb.
    (
        "az",
        "Martın 3-də Milli Məclisdə ictimai dinləmə keçirilib.",
        [(D(2017, 3, 3), D(2017, 3, 3), None, "Milli Məclis", "session")],
    ),
    (
        "en",
        "The Ministry hosted a delegation from Georgia on 12 April 2019.",
        [(D(2019, 4, 12), D(2019, 4, 12), None, None, "meeting")],
    ),
    (
        "ru",
        "3 марта 2020 года министр посетил приют в Бишкеке.",
        [(D(2020, 3, 3), D(2020, 3, 3), None, "Бишкек", "visit")],
    ),
    # A head count written in thousands; a phone number's groups count no one.
    (
        "ru",
        "5 мая 2019 г. в Баку прошла акция, в которой приняли участие 1 200 граждан.",
        [(D(2019, 5, 5), D(2019, 5, 5), 1200, "Баку", "campaign")],
    ),
    (
        "ru",
        "12 мая 2019 г. прошла акция. Горячая линия 0 800 55555 приняла звонки.",
        [(D(2019, 5, 12), D(2019, 5, 12), None, None, "campaign")],
    ),
    # A number in the locative says when or where, never how many.
    (
        "az",
        "Seminar 2019-cu il mayın 15-də keçirildi, 16-da Bakıda prokurorlar toplandı.",
        [(D(2019, 5, 15), D(2019, 5, 15), None, "Bakı", "seminar")],
    ),
    # Announced events are not held ones.
    ("az", "Analoji seminarın iyunun 4-5-də Qubada keçirilməsi nəzərdə tutulur.", []),
    ("en", "A follow-up workshop will be held in Ganja on 3 June.", []),
    ("ru", "Следующий семинар планируется провести 14 июня в Баку.", []),
    # Deadlines are no days of events.
    ("en", "The forum adopted a roadmap to be submitted by 15 December.", []),
    ("ru", "Материалы семинара представить до 1 июля.", []),
    ("az", "Seminarın materialları dekabrın 15-dək təqdim ediləcək.", []),
    # Dates that share a kind word, and its head count; a meeting told by "met".
    (
        "ru",
        "3 марта 2017 года в г. Гяндже и 9 марта в г. Баку прошли семинары, в каждом по 25 человек.",
        [
            (D(2017, 3, 3), D(2017, 3, 3), 25, "Гянджа", "seminar"),
            (D(2017, 3, 9), D(2017, 3, 9), 25, "Баку", "seminar"),
        ],
    ),
    (
        "en",
        "The working group met twice, on 2 February and on 5 October.",
        [
            (D(2017, 2, 2), D(2017, 2, 2), None, None, "meeting"),
            (D(2017, 10, 5), D(2017, 10, 5), None, None, "meeting"),
        ],
    ),
    # A part of those named before ("əməkdaşlarından üçü"); a count on a wrapped line; approximations.
    (
        "az",
        "Xidmətin əməkdaşlarından üçü aprelin 9-da Tbilisidə işgüzar səfərdə olub.",
        [(D(2017, 4, 9), D(2017, 4, 9), 3, "Tbilisi", "visit")],
    ),
    (
        "az",
        "- Mayın 4-də Qubada seminar keçirilmiş, 30-dan\nartıq müəllim iştirak etmişdir.",
        [(D(2017, 5, 4), D(2017, 5, 4), 30, "Quba", "seminar")],
    ),
    (
        "az",
        "İyunun 2-də Bakıda görüş keçirilib, görüşə yüzə yaxın tələbə qatılıb.",
        [(D(2017, 6, 2), D(2017, 6, 2), 100, "Bakı", "meeting")],
    ),
    (
        "ru",
        "8 июня 2016 года аналогичное занятие организовано для 15 инспекторов.",
        [(D(2016, 6, 8), D(2016, 6, 8), 15, None, "training")],
    ),
    # An event told by its verb of taking place, whatever it is called; events of other names.
    (
        "en",
        "A hackathon on safe migration took place on 6 October 2017.",
        [(D(2017, 10, 6), D(2017, 10, 6), None, None, "other")],
    ),
    (
        "en",
        "An information day for migrants was held on 6 October 2017.",
        [(D(2017, 10, 6), D(2017, 10, 6), None, None, "other")],
    ),
    (
        "en",
        "A debate among pupils was organised on 6 October 2017.",
        [(D(2017, 10, 6), D(2017, 10, 6), None, None, "meeting")],
    ),
    (
        "ru",
        "6 октября 2017 года состоялась викторина для школьников.",
        [(D(2017, 10, 6), D(2017, 10, 6), None, None, "other")],
    ),
    (
        "ru",
        "6 октября 2017 года в лицее проведён открытый урок.",
        [(D(2017, 10, 6), D(2017, 10, 6), None, None, "training")],
    ),
    (
        "ru",
        "6 октября 2017 года 12 инспекторов обучены выявлению жертв.",
        [(D(2017, 10, 6), D(2017, 10, 6), 12, None, "training")],
    ),
    (
        "ru",
        "06.10.2017г. в Гяндже проведена беседа с учащимися.",
        [(D(2017, 10, 6), D(2017, 10, 6), None, "Гянджа", "meeting")],
    ),
    (
        "az",
        "6 oktyabr 2017-ci il tarixində liseydə fləşmob keçirilmişdir.",
        [(D(2017, 10, 6), D(2017, 10, 6), None, None, "campaign")],
    ),
    (
        "az",
        "6 oktyabr 2017-ci il tarixində tələbələrlə müzakirə təşkil edilmişdir.",
        [(D(2017, 10, 6), D(2017, 10, 6), None, None, "meeting")],
    ),
    (
        "ru",
        "12.05.2017 – семинар для судей (Баку, 25 чел.)",
        [(D(2017, 5, 12), D(2017, 5, 12), 25, "Баку", "seminar")],
    ),
    # Other items a news page lists under a label are no events of its own.
    (
        "en",
        "On 2 November a seminar was held in Baku.\n\nRelated news\n14.06.2017  Labour inspectors trained\n",
        [(D(2017, 11, 2), D(2017, 11, 2), None, "Baku", "seminar")],
    ),
    (
        "ru",
        "2 ноября в Баку прошёл семинар.\nЧитайте также:\n14.06.2017 В Гяндже прошла встреча\n\n"
        "15.06.2017 проведён тренинг.",
        [
            (D(2017, 11, 2), D(2017, 11, 2), None, "Баку", "seminar"),
            (D(2017, 6, 15), D(2017, 6, 15), None, None, "training"),
        ],
    ),
    # A record naming its event on the line before its date.
    (
        "en",
        "Event: Seminar for judges\nDate: 12.05.2017\nPlace: Baku\nParticipants: 25",
        [(D(2017, 5, 12), D(2017, 5, 12), 25, "Baku", "seminar")],
    ),
    (
        "az",
        "Tədbirin adı: Hakimlər üçün seminar\nTarix: 12.05.2017\nYer: Bakı\nİştirakçıların sayı: 25",
        [(D(2017, 5, 12), D(2017, 5, 12), 25, "Bakı", "seminar")],
    ),
    ("en", "Seminar for judges.\nDate: 12.05.2017", []),
    # A record's count after a dash; a date after a dash is none.
    (
        "en",
        "Seminar on labour rights, 4 May 2017, number of participants – 40.",
        [(D(2017, 5, 4), D(2017, 5, 4), 40, None, "seminar")],
    ),
    (
        "en",
        "· Training for inspectors – 12 May 2017, Baku;",
        [(D(2017, 5, 12), D(2017, 5, 12), None, "Baku", "training")],
    ),
    # Whom an event was for or whom it gathered, whatever their work is called.
    (
        "en",
        "A webinar for 85 caseworkers was held on 9 November 2017.",
        [(D(2017, 11, 9), D(2017, 11, 9), 85, None, "seminar")],
    ),
    (
        "en",
        "A forum took place in Tbilisi on 7-8 December 2017 for 60 delegates.",
        [(D(2017, 12, 7), D(2017, 12, 8), 60, "Tbilisi", "conference")],
    ),
    (
        "ru",
        "В период с 7 по 8 декабря 2017 года в Тбилиси прошёл форум, собравший 60 делегатов.",
        [(D(2017, 12, 7), D(2017, 12, 8), 60, "Тбилиси", "conference")],
    ),
    (
        "az",
        "2017-ci il mayın 3-də Sumqayıtda 18 əmək müfəttişi üçün seminar təşkil olunub.",
        [(D(2017, 5, 3), D(2017, 5, 3), 18, "Sumqayıt", "seminar")],
    ),
]


def _events(code: str, text: str) -> list[Event]:
    language = lang.get(code)
    section = Section(codes=["13.8.1"], text=text, start=0, end=len(text))
    ctx = ExtractionContext(language, section, 3, 2017, find_dates(text, language, default_year=2017))
    return extract_events(ctx)


@pytest.mark.parametrize(("code", "text", "expected"), CASES)
def test_events(code: str, text: str, expected: list[Found]) -> None:
    found = [(e.date_start, e.date_end, e.participants, e.place, e.kind) for e in _events(code, text)]
    assert found == expected


def test_an_event_names_its_section_and_its_words() -> None:
    text = "Bundan başqa, 9 mart 2017-ci il tarixdə Lənkəranda keçirilmiş dəyirmi masada iştirak edilib."
    (event,) = _events("az", text)
    assert (event.section, event.section_index) == ("13.8.1", 3)
    assert event.title == "Lənkəranda keçirilmiş dəyirmi masada"
    assert (
        text[event.source_start : event.source_end]
        == "9 mart 2017-ci il tarixdə Lənkəranda keçirilmiş dəyirmi masada"
    )


def test_a_listed_event_is_titled_by_its_line() -> None:
    (event,) = _events("az", "· Miqrasiya siyasətinə dair seminar – 12 may 2017-ci il, Gəncə – 7 nəfər;")
    assert event.title == "Miqrasiya siyasətinə dair seminar"


def test_a_list_item_opening_with_its_date_is_titled_up_to_its_place() -> None:
    (event,) = _events(
        "en", "- 22 June 2017 – training of the ILO on forced labour, Ganja (25 participants);"
    )
    assert event.title == "training of the ILO on forced labour"


@pytest.mark.parametrize(
    ("code", "text", "participants"),
    [
        ("az", "Tədbir | Tarix | Yer | İştirakçıların sayı\nTəlim | 12.05.2017 | Gəncə | 28", 28),
        ("en", "Event | Date | Venue | Participants\nTraining | 12 May 2017 | Ganja | 28 ", 28),
        ("ru", "Мероприятие | Дата | Место | Кол-во участников\nСеминар | 12.05.2017 | Гянджа | 28", 28),
        # A bare number under another column counts something else; a row alone has no column names.
        ("az", "Tədbir | Tarix | Yer | Saat\nTəlim | 12.05.2017 | Gəncə | 28", None),
        ("az", "Təlim | 12.05.2017 | Gəncə | 28", None),
        # A count in words wins over the column.
        ("az", "Tədbir | Tarix | İştirakçılar\nTəlim | 12.05.2017 | 7 nəfər", 7),
    ],
)
def test_table_rows_count_participants_under_their_column(
    code: str, text: str, participants: int | None
) -> None:
    (event,) = _events(code, text)
    assert event.participants == participants


def test_a_range_opener_is_the_dates_not_the_titles() -> None:
    (event,) = _events("ru", "В период с 15 по 17 апреля 2017 года в Гяндже проведен тренинг.")
    assert event.title == "В период в Гяндже проведен тренинг"
