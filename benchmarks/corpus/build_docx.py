"""Build the corpus reports that come as Word files: 02, 11, 20, 39, 40, 49 and 54.

    python benchmarks/corpus/build_docx.py

Each .docx is committed beside this script; after changing a text below, rebuild and check that
its gold still agrees (python benchmarks/corpus/check_gold.py). The layouts are what agencies send:

- 02-az-eesmn-2018.docx: a title, an introduction, a table with the plan code in the first cell
  (code, event, date, place, participants), then sub-items as headed paragraphs, one a bulleted list.
- 11-az-tn-2021.docx: a ministry under the 2020-2024 plan; the events table is numbered by row (№),
  not by plan code, and stands under the coded heading it belongs to; two events were held online.
- 20-az-tn-2017.docx: the Ministry of Education's habit under the 2014-2018 plan: a bold sub-item
  heading, one sentence of introduction, a table numbered by row with date, place and participants in
  their own cells; then sub-items as headed paragraphs and an uncoded needs paragraph.
- 39-az-dta-2023-word-numbering.docx: the State Tourism Agency under the 2020-2024 plan; its headings are
  bold list paragraphs whose codes (3., 3.1., 3.1.1.) only Word's automatic multilevel numbering (numPr)
  writes, never the text; a table of events with the date first and the place inside the event's cell.
- 40-az-dqidk-2022-matrix.docx: the State Committee on Religious Associations on the domestic violence
  plan 2020-2023: an implementation matrix whose first column holds the plan's code (two-level, 2.3).
- 49-az-vn-2018-two-column.docx: the Ministry of Taxes under the 2014-2018 plan: its sub-items in a table of
  two columns only (the code | what was done), between a title and a closing paragraph.
- 54-en-tr-family-2022-action.docx: Türkiye's Ministry of Family and Social Services on the plan against
  violence against women 2021-2025: bold 'Action 1.1.2.' headings (nothing after the code), a table of
  events numbered by row under one of them, a bulleted list under another.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

HERE = Path(__file__).resolve().parent

# 02-az-eesmn-2018.docx: Ministry of Labour and Social Protection of Population, 2018.
LABOUR_TITLE = (
    "“Azərbaycan Respublikasında insan alverinə qarşı mübarizəyə dair 2014-2018-ci illər üçün Milli "
    "Fəaliyyət Planı”nın icrası ilə bağlı Azərbaycan Respublikası Əmək və Əhalinin Sosial Müdafiəsi "
    "Nazirliyi (ƏƏSMN) tərəfindən 2018-ci ildə görülmüş işlər haqqında"
)
LABOUR_INTRODUCTION = (
    "Nazirliyin məsul olduğu yarımbəndlər üzrə 2018-ci ildə keçirilmiş əsas tədbirlər aşağıdakı cədvəldə "
    "verilir, digər yarımbəndlər üzrə görülmüş işlər cədvəldən sonra şərh olunur."
)
LABOUR_TABLE_HEADER = ("Bənd", "Tədbirin adı", "Tarix", "Keçirildiyi yer", "İştirakçıların sayı")
LABOUR_TABLE_ROWS = (
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
LABOUR_VICTIM_SUPPORT_HEADING = "13.2.5-ci yarımbənd üzrə:"
LABOUR_VICTIM_SUPPORT = (
    "2018-ci il ərzində Nazirliyin İnsan alveri qurbanları üçün Yardım Mərkəzində 54 nəfər "
    "yerləşdirilmiş, onlardan 9-u azyaşlı olmuşdur. Azərbaycan Respublikası Nazirlər Kabinetinin "
    "2018-ci il 7 fevral tarixli 38 nömrəli qərarına uyğun olaraq 46 nəfərə birdəfəlik müavinət "
    "ödənilmişdir. Mərkəzdən çıxmış şəxslərdən 31 nəfəri (57,4 faiz) Nazirliyin yerli məşğulluq "
    "orqanlarının köməyi ilə işlə təmin olunmuşdur."
)
LABOUR_AWARENESS_HEADING = "13.9.5-ci yarımbənd üzrə:"
LABOUR_AWARENESS_INTRODUCTION = "Əhali arasında maarifləndirmə işi aşağıdakı tədbirlərlə davam etdirilmişdir:"
LABOUR_AWARENESS_BULLETS = (
    "15 mart 2018-ci il – Şəki şəhərində gənclər üçün əmək istismarının təhlükələri barədə görüş, 45 nəfər;",
    "2018-ci il 18-20 sentyabr – Lənkəran, Astara və Masallı rayonlarında səyyar maarifləndirmə kampaniyası;",
    "10 dekabr 2018-ci il – İnsan Hüquqları Günü münasibətilə Bakıda Nazirliyin inzibati binasında "
    "keçirilmiş tədbir, 60 nəfər.",
)
LABOUR_CLOSING = (
    "Görülmüş işlər barədə ümumiləşdirilmiş məlumat Daxili İşlər Nazirliyinə 2018-ci il 14 dekabr tarixli "
    "1-4/2231 nömrəli məktubla göndərilmişdir."
)


# 11-az-tn-2021.docx: Ministry of Education, 2021, plan 2020-2024.
EDUCATION_2021_PARAGRAPHS_BEFORE_TABLE = (
    "“Azərbaycan Respublikasında insan alverinə qarşı mübarizəyə dair 2020-2024-cü illər üçün Milli "
    "Fəaliyyət Planı”nın icrası barədə Azərbaycan Respublikası Təhsil Nazirliyinin 2021-ci il üzrə "
    "MƏLUMATI",
    "4.2.3-cü bənd üzrə",
    "Təhsil müəssisələrində insan alverinin qarşısının alınmasına yönəlmiş maarifləndirmə tədbirləri "
    "pandemiya şəraitində əsasən distant formada təşkil olunmuşdur. Hesabat ilində keçirilmiş əsas "
    "tədbirlər aşağıdakı cədvəldədir.",
)
EDUCATION_2021_TABLE_HEADER = ("№", "Tədbirin adı", "Tarix", "Keçirildiyi yer", "İştirakçılar")
EDUCATION_2021_TABLE_ROWS = (
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
EDUCATION_2021_PARAGRAPHS_AFTER_TABLE = (
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


# 20-az-tn-2017.docx: Ministry of Education, 2017, plan 2014-2018.
EDUCATION_2017_TITLE = (
    "Azərbaycan Respublikası Təhsil Nazirliyinin “Azərbaycan Respublikasında insan alverinə qarşı "
    "mübarizəyə dair 2014-2018-ci illər üçün Milli Fəaliyyət Planı”nın icrası ilə bağlı 2017-ci ildə "
    "gördüyü işlər barədə HESABAT"
)
EDUCATION_2017_SCHOOLS_HEADING = "13.9.1-ci bənd üzrə"
EDUCATION_2017_SCHOOLS_INTRODUCTION = (
    "Şagirdlər və müəllimlər arasında insan alverinin qarşısının alınmasına yönəlmiş maarifləndirmə "
    "tədbirləri ilin əvvəlindən Nazirliyin təsdiq etdiyi iş planı əsasında həyata keçirilmiş, əsas "
    "tədbirlər aşağıdakı cədvəldə verilir."
)
EDUCATION_2017_TABLE_HEADER = ("№", "Tədbirin adı", "Keçirilmə tarixi", "Keçirildiyi yer", "İştirakçılar")
EDUCATION_2017_TABLE_ROWS = (
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
EDUCATION_2017_LESSONS_HEADING = "Bənd 13.9.3:"
EDUCATION_2017_LESSONS = (
    "Nazirliyin 2017-ci il 24 fevral tarixli F-112 nömrəli əmri ilə ümumtəhsil məktəblərinin IX-XI "
    "siniflərində “Həyat bilgisi” fənni çərçivəsində insan alverinin qarşısının alınmasına dair iki dərs "
    "saatı ayrılmışdır. 2017/2018-ci tədris ilinin birinci yarısında bu dərslər 1 846 məktəbdə təşkil "
    "olunmuş, onlara 312 450 şagird cəlb edilmişdir. Məktəblərin 87,3 faizində valideyn iclaslarında da "
    "mövzu ilə bağlı söhbətlər aparılmışdır."
)
EDUCATION_2017_TEACHERS_HEADING = "13.2.10-cu bənd üzrə"
EDUCATION_2017_TEACHERS = (
    "2017-ci il noyabrın 6-dan 10-dək Azərbaycan Respublikasının Təhsil Problemləri İnstitutunda sinif "
    "rəhbərləri üçün “Uşaq alverinin əlamətləri və məktəbin rolu” mövzusunda ixtisasartırma kursu "
    "keçirilmiş, kursda beş rayon təhsil şöbəsindən 60 müəllim iştirak etmişdir. Kursun materialları "
    "Birləşmiş Millətlər Təşkilatının Uşaq Fondunun (UNICEF) dəstəyi ilə 2 000 nüsxədə çap edilərək "
    "məktəblərə paylanmışdır."
)
EDUCATION_2017_NEEDS_HEADING = "Tələbat:"
EDUCATION_2017_NEEDS = (
    "Yuxarı siniflər üçün insan alverinə dair əlavə dərs vəsaitlərinin hazırlanmasına və məktəb "
    "psixoloqlarının təliminin regionlarda davam etdirilməsinə ehtiyac vardır."
)
EDUCATION_2017_CLOSING = (
    "Hesabat Daxili İşlər Nazirliyinə 2017-ci il 19 dekabr tarixli 6/2-34512 saylı məktubla göndərilmişdir."
)


# 39-az-dta-2023-word-numbering.docx: State Tourism Agency, 2023, plan 2020-2024.
TOURISM_TITLE = (
    "“Azərbaycan Respublikasında insan alverinə qarşı mübarizəyə dair 2020-2024-cü illər üçün Milli "
    "Fəaliyyət Planı”nın icrası ilə bağlı Azərbaycan Respublikasının Dövlət Turizm Agentliyinin 2023-cü il "
    "üzrə HESABATI"
)
# The plan's direction 3 holds the Agency's items, so the list's top level starts at 3.
TOURISM_FIRST_DIRECTION = 3
# (level, heading) pairs: level 0 and 1 are the plan's grouping headings, level 2 its items.
TOURISM_DIRECTION_HEADINGS = (
    (0, "İnsan alverinin qarşısının alınması və maarifləndirmə"),
    (1, "Turizm sektorunda profilaktika"),
)
TOURISM_HOTELS_HEADING = "Mehmanxana və digər yerləşdirmə vasitələrinin işçiləri arasında maarifləndirmə"
TOURISM_HOTELS = (
    "Agentlik 2023-cü ildə Azərbaycan Otellər Assosiasiyası (AZHA) ilə birgə mehmanxana personalı üçün "
    "“İnsan alverinin əlamətləri: qəbul xidmətinin rolu” adlı təlim modulu hazırlamışdır. Modul üzrə il "
    "ərzində 412 mehmanxananın 1 870 əməkdaşı təlim keçmişdir. Agentlik sədrinin 2023-cü il 14 mart "
    "tarixli 27/Ə nömrəli əmri ilə modulun keçilməsi yerləşdirmə vasitələrinin ulduzlu təsnifatı zamanı "
    "nəzərə alınan meyarlara daxil edilmişdir. Təlimlər aşağıdakı tədbirlər çərçivəsində keçirilmişdir:"
)
TOURISM_TABLE_HEADER = ("Tarix", "Tədbirin adı və keçirildiyi yer", "İştirakçılar")
TOURISM_TABLE_ROWS = (
    (
        "16-17 mart 2023-cü il",
        "Bakı mehmanxanalarının qəbul xidməti rəhbərləri üçün təlim – Azərbaycan Turizm və Menecment "
        "Universiteti, Bakı",
        "45 nəfər",
    ),
    ("11.05.2023", "Qəbələ və Şəki mehmanxanalarının personalı üçün səyyar təlim – Qəbələ", "38 nəfər"),
    ("2023-cü il 19 sentyabr", "Cənub bölgəsinin turizm müəssisələri üçün seminar – Lənkəran", "otuz nəfər"),
    (
        "4-6 oktyabr 2023-cü il",
        "Beynəlxalq Miqrasiya Təşkilatının (BMqT) dəstəyi ilə təlimçilər üçün kurs – onlayn",
        "24 nəfər",
    ),
)
TOURISM_OPERATORS_HEADING = "Turoperatorlar və turizm agentlikləri ilə iş"
TOURISM_OPERATORS = (
    "Agentliyin reyestrində olan 318 turoperator və turizm agentliyinə xaricdə işə düzəltmə adı altında "
    "turların təşkilinin yolverilməzliyi barədə 2023-cü il 2 fevral tarixli 03/1-412 saylı məktub "
    "göndərilmişdir. Dövlət Miqrasiya Xidməti və Daxili İşlər Nazirliyinin Baş Mütəşəkkil Cinayətkarlığa "
    "qarşı Mübarizə İdarəsi ilə birgə iyulun 10-dan 21-dək Bakıda turizm agentliklərinin monitorinqi "
    "aparılmış, yoxlanılmış 57 agentlikdən 6-nın fəaliyyətində pozuntular aşkar edilmişdir. Mehmanxanalarda "
    "“152” qaynar xəttinin nömrəsi yazılmış 5 000 stiker yerləşdirilmişdir."
)
TOURISM_COOPERATION_DIRECTION = (1, "Beynəlxalq əməkdaşlıq")
TOURISM_COOPERATION_HEADING = "Beynəlxalq təşkilatlarla təcrübə mübadiləsi"
TOURISM_COOPERATION = (
    "Agentliyin iki əməkdaşı 2023-cü il noyabrın 8-9-da Madriddə Ümumdünya Turizm Təşkilatının (UNWTO) "
    "turizmdə uşaqların müdafiəsinə dair ekspert görüşündə iştirak etmişdir. Görüşün tövsiyələri əsasında "
    "hazırlanmış “Məsuliyyətli turizm” davranış kodeksinə il ərzində 64 turizm müəssisəsi qoşulmuşdur."
)
TOURISM_NEEDS = (
    "Tələbat: turizm sektorunda çalışan əcnəbi işçilərin vəziyyətinin monitorinqi üçün Agentliyə "
    "müvafiq səlahiyyətlərin verilməsinə və regionlarda təlimlərin davam etdirilməsi üçün əlavə vəsaitə "
    "ehtiyac vardır."
)


# 40-az-dqidk-2022-matrix.docx: State Committee on Religious Associations, 2022, domestic violence plan.
RELIGIOUS_TITLE = (
    "“Azərbaycan Respublikasında məişət zorakılığına qarşı mübarizəyə dair 2020-2023-cü illər üçün Milli "
    "Fəaliyyət Planı”nın icrası barədə Dini Qurumlarla İş üzrə Dövlət Komitəsinin (DQİDK) 2022-ci il üzrə "
    "məlumatı"
)
RELIGIOUS_TABLE_HEADER = ("Bənd", "Tədbirin adı", "İcraçılar", "İcra müddəti", "İcra vəziyyəti")
RELIGIOUS_TABLE_ROWS = (
    (
        "2.3",
        "Din xadimləri arasında məişət zorakılığının qarşısının alınmasına dair maarifləndirmə",
        "DQİDK, Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi (AQUPDK), Qafqaz Müsəlmanları İdarəsi",
        "2020-2023-cü illər",
        "2022-ci ildə Komitənin regional sektorları tərəfindən 11 bölgədə din xadimləri ilə “Ailədə "
        "zorakılığa yer yoxdur” mövzusunda 38 görüş keçirilmiş, görüşlərə 146 din xadimi cəlb olunmuşdur. "
        "22-23 mart 2022-ci il tarixlərində Gəncədə AQUPDK ilə birgə məscid imamları üçün seminar təşkil "
        "edilmiş, seminarda 65 imam iştirak etmişdir.",
    ),
    (
        "3.1",
        "Cümə moizələrində ailə münasibətləri və zorakılığın yolverilməzliyi mövzularının işıqlandırılması",
        "Qafqaz Müsəlmanları İdarəsi, DQİDK",
        "Mütəmadi",
        "Komitə sədrinin 2022-ci il 17 yanvar tarixli 08 nömrəli əmri ilə təsdiq edilmiş mövzular əsasında "
        "Qafqaz Müsəlmanları İdarəsi ilə razılaşdırılmış moizə mətnləri 2 312 məscidə göndərilmişdir. İl "
        "ərzində mövzu cümə moizələrində 4 dəfə işıqlandırılmışdır.",
    ),
    (
        "3.4",
        "Dini icmaların sosial xidmət layihələrinə dəstək",
        "DQİDK, Mənəvi Dəyərlərin Təbliği Fondu",
        "2021-2023-cü illər",
        "Mənəvi Dəyərlərin Təbliği Fondu tərəfindən zorakılıqdan zərər çəkmiş qadınlara dəstək göstərən 9 "
        "dini icmanın layihəsinə ümumilikdə 86 000 manat qrant ayrılmışdır. Qrant müqavilələri 2022-ci il "
        "23 iyun tarixli MDTF-2022/14 nömrəli müsabiqə qərarı əsasında bağlanmışdır.",
    ),
    (
        "4.2",
        "Zərər çəkmiş şəxslərə dini icmalar tərəfindən mənəvi dəstək göstərilməsi",
        "DQİDK, AQUPDK",
        "2021-2023-cü illər",
        "Noyabrın 25-də Qadınlara qarşı Zorakılığın Ləğvi Beynəlxalq Günü ilə əlaqədar Komitənin inzibati "
        "binasında dinlərarası dəyirmi masa keçirilmiş, tədbirdə Bakı Yəhudi İcması, Rus Pravoslav "
        "Kilsəsinin Bakı və Azərbaycan Yeparxiyası və Alban-Udi Xristian İcmasının nümayəndələri daxil "
        "olmaqla 40 nəfər iştirak etmişdir. İştirakçılara AQUPDK-nın “860” qaynar xətti barədə məlumat "
        "verilmişdir.",
    ),
    (
        "5.1",
        "Ailə münasibətlərinə dair dini-maarifləndirici nəşrlərin hazırlanması",
        "DQİDK",
        "2022-ci il",
        "Komitənin ekspertləri tərəfindən “Ailə – əmanətdir” adlı metodik vəsait hazırlanmış, 3 000 nüsxədə "
        "çap olunaraq dini icmalara paylanmışdır. Vəsaitin təqdimatı 2022-ci il oktyabrın 12-də Şəkidə "
        "keçirilmiş, təqdimatda 55 nəfər iştirak etmişdir. Nəşrin elektron variantı Komitənin rəsmi "
        "internet saytında yerləşdirilmişdir.",
    ),
)
RELIGIOUS_CLOSING = (
    "Məlumat Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsinə 2023-cü il 16 yanvar tarixli "
    "DQ-04/118 saylı məktubla göndərilmişdir."
)


# 49-az-vn-2018-two-column.docx: Ministry of Taxes, 2018, plan 2014-2018; the sub-items in a two-column table.
TAXES_TITLE = (
    "Azərbaycan Respublikası Vergilər Nazirliyinin “Azərbaycan Respublikasında insan alverinə qarşı "
    "mübarizəyə dair 2014-2018-ci illər üçün Milli Fəaliyyət Planı”nın icrası ilə bağlı 2018-ci ildə "
    "gördüyü işlər barədə"
)
TAXES_INTRODUCTION = (
    "Nazirliyin icraçı kimi göstərildiyi yarımbəndlər üzrə görülmüş işlər aşağıdakı cədvəldə öz əksini "
    "tapmışdır."
)
TAXES_TABLE_HEADER = ("Planın yarımbəndi", "Görülmüş işlər")
TAXES_TABLE_ROWS = (
    (
        "13.2.10",
        "Vergilər Nazirliyinin Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi yanında Dövlət Əmək Müfəttişliyi "
        "Xidməti ilə birgə apardığı tədbirlər nəticəsində 2018-ci ildə əmək müqaviləsi bağlanmadan "
        "işlədilən 3 412 işçi aşkar edilmiş, onlardan 287-si əcnəbi olmuşdur. Qeyri-rəsmi məşğulluğa yol "
        "vermiş 519 vergi ödəyicisinə ümumilikdə 1 038 000 manat maliyyə sanksiyası tətbiq edilmişdir. "
        "Vergi Məcəlləsinin 58.14-cü maddəsinə edilmiş dəyişikliklər barədə vergi ödəyicilərinə izahat "
        "verilmişdir. Aşkar edilmiş əcnəbilər barədə məlumat Dövlət Miqrasiya Xidmətinə (DMX) ötürülmüş, "
        "DMX tərəfindən onlardan 64-ü barəsində ölkədən inzibati qaydada çıxarılma haqqında qərar qəbul "
        "edilmişdir.",
    ),
    (
        "13.3.4",
        "Nazirliyin Tədris Mərkəzində 2018-ci il mayın 22-24-də vergi müfəttişləri üçün məcburi əməyin və "
        "əmək istismarının əlamətlərinə dair təlim keçirilmiş, təlimdə 45 müfəttiş iştirak etmişdir. Təlim "
        "Beynəlxalq Əmək Təşkilatının (BƏT) dəstəyi ilə hazırlanmış proqram əsasında aparılmışdır. "
        "Sentyabrın 13-də Sumqayıtda regional vergi idarələrinin əməkdaşları üçün təkrar məşğələ təşkil "
        "olunmuş, ona iyirmi nəfər qatılmışdır.",
    ),
    (
        "13.9.2",
        "Vergi ödəyicilərinin maarifləndirilməsi çərçivəsində Nazirliyin 195 nömrəli Çağrı Mərkəzinin "
        "əməkdaşlarına qeyri-rəsmi məşğulluq barədə müraciətlərin Dövlət Əmək Müfəttişliyi Xidmətinə "
        "ötürülməsi qaydası izah edilmişdir. İl ərzində Çağrı Mərkəzinə bu mövzuda 764 müraciət daxil "
        "olmuşdur. 2018-ci il 12-19 noyabr tarixlərində Lənkəran, Masallı və Astara rayonlarında “Rəsmi iş "
        "– təhlükəsiz gələcək” aksiyası keçirilmiş, aksiya çərçivəsində 2 600 buklet paylanmışdır.",
    ),
    (
        "13.8.1",
        "2018-ci il 15-16 oktyabr tarixlərində Tbilisidə İqtisadi Əməkdaşlıq və İnkişaf Təşkilatının (İƏİT) "
        "Şərqi Avropa və Mərkəzi Asiya ölkələrinin vergi orqanları üçün təşkil etdiyi “Kölgə iqtisadiyyatı "
        "və əmək istismarı” mövzusunda regional seminarda Nazirliyin iki əməkdaşı iştirak etmişdir. "
        "Seminarda Gürcüstan Maliyyə Nazirliyinin Gəlirlər Xidməti ilə məlumat mübadiləsinin "
        "genişləndirilməsi müzakirə olunmuşdur. Regional vergi idarələrinin əməkdaşları üçün bu mövzuda "
        "mütəmadi təlimlərin keçirilməsinə və metodik tövsiyələrin hazırlanmasına ehtiyac vardır.",
    ),
)
TAXES_CLOSING = (
    "Məlumat Daxili İşlər Nazirliyinin 2018-ci il 4 dekabr tarixli 15/3-6218 saylı məktubuna cavab olaraq "
    "2019-cu il 11 yanvar tarixli 2/0341 nömrəli məktubla göndərilir."
)


# 54-en-tr-family-2022-action.docx: Türkiye's Ministry of Family and Social Services, 2022, on the plan
# against violence against women 2021-2025; bold 'Action 1.1.2.' headings, one over a table of events by row.
FAMILY_TITLE = (
    "Republic of Türkiye Ministry of Family and Social Services. 2022 Implementation Report on the 4th "
    "National Action Plan on Combating Violence against Women (2021-2025)"
)
FAMILY_INTRODUCTION = (
    "The Ministry, through its General Directorate on the Status of Women (KSGM), coordinates the Plan and "
    "reports here on the actions for which it is the responsible institution. Figures cover 1 January to 31 "
    "December 2022."
)
FAMILY_SERVICES_HEADING = "Action 1.1.2."
FAMILY_SERVICES = (
    "The 81 Violence Prevention and Monitoring Centres (ŞÖNİM) provided services to 142,318 women in 2022, "
    "compared with 129,504 in 2021. Women's guesthouses of the Ministry sheltered 38,761 women and 24,906 "
    "children. Under Article 14 of Law No. 6284 on the Protection of the Family and Prevention of Violence "
    "against Women, every woman under protection may receive temporary financial aid; the aid itself is "
    "paid by the provincial directorates and is not reported here. The ALO 183 Social Support Line answered "
    "2,417 calls a day on average. The Ministry's Child Support Centres admitted 17 children identified as "
    "victims of trafficking, referred by the Presidency of Migration Management."
)
FAMILY_TRAINING_HEADING = "Action 2.3.1."
FAMILY_TRAINING_INTRODUCTION = (
    "Training of professionals working with survivors continued under the Ministry's 2022 training "
    "programme, approved by the Minister's Approval No. E-43178 of 21 January 2022. The main activities are "
    "shown below."
)
FAMILY_TABLE_HEADER = ("No.", "Activity", "Date", "Place", "Participants")
FAMILY_TABLE_ROWS = (
    (
        "1",
        "Training of trainers for ŞÖNİM case managers on risk assessment, with UN Women",
        "14-18 March 2022",
        "Ankara",
        "36",
    ),
    (
        "2",
        "Workshop with the Turkish National Police and the Gendarmerie General Command on the KADES "
        "emergency application",
        "26 May 2022",
        "Antalya",
        "52",
    ),
    (
        "3",
        "Online seminar for social workers of women's guesthouses on trafficked and migrant women, with the "
        "Presidency of Migration Management",
        "7 September 2022",
        "online",
        "210",
    ),
    (
        "4",
        "Regional coordination meeting of the Provincial Directorates of Family and Social Services",
        "29-30 November 2022",
        "Gaziantep",
        "forty-four",
    ),
)
FAMILY_AWARENESS_HEADING = "Action 3.2.4."
FAMILY_AWARENESS_INTRODUCTION = "Awareness work with universities and the media included:"
FAMILY_AWARENESS_BULLETS = (
    "a protocol signed with the Council of Higher Education (YÖK) on 8 March 2022, under which 63 "
    "universities opened elective courses on gender-based violence;",
    'the "Not Alone" television spots, broadcast on national channels 1,150 times between 25 November and '
    "10 December 2022;",
    "an award ceremony for journalism on violence against women held in Istanbul on 10 December 2022, "
    "attended by about 300 guests.",
)
FAMILY_CLOSING = (
    "More women's guesthouses with units for women with disabilities are needed in the eastern provinces. "
    "This report was sent to the Monitoring and Coordination Committee with the Ministry's letter No. "
    "E-11482 of 20 January 2023."
)


def new_document(created: dt.datetime) -> Document:
    document = docx.Document()
    # Fixed metadata, so rebuilding without a change in the text gives the same document properties.
    document.core_properties.author = "İcra benchmark corpus"
    document.core_properties.created = created
    document.core_properties.modified = created
    return document


def add_heading_paragraph(document: Document, text: str) -> None:
    document.add_paragraph().add_run(text).bold = True


def add_headed_paragraphs(document: Document, parts: tuple[tuple[str, str], ...]) -> None:
    """Sub-items as agencies write them after a table: a bold heading line, then its paragraph."""
    for heading, text in parts:
        add_heading_paragraph(document, heading)
        document.add_paragraph(text)


def add_multilevel_numbering(document: Document, first_top_number: int) -> int:
    """A multilevel list numbered 3., 3.1., 3.1.1. as Word writes a plan's codes; its numId."""
    numbering = document.part.numbering_part.element
    ids = [int(n.get(qn("w:numId"))) for n in numbering.iterchildren(qn("w:num"))]
    abstract_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.iterchildren(qn("w:abstractNum"))]
    num_id, abstract_id = max(ids, default=0) + 1, max(abstract_ids, default=0) + 1
    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        f'<w:lvlText w:val="{".".join(f"%{n + 1}" for n in range(level + 1))}."/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{360 * (level + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
        for level in range(3)
    )
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
    )
    # Word keeps every abstractNum before the first num.
    first_num = next(numbering.iterchildren(qn("w:num")), None)
    if first_num is None:
        numbering.append(abstract)
    else:
        first_num.addprevious(abstract)
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{first_top_number}"/></w:lvlOverride></w:num>'
        )
    )
    return num_id


def add_numbered_heading(document: Document, text: str, num_id: int, level: int) -> None:
    """A bold heading whose code only Word's numbering shows (the text holds no code)."""
    paragraph = document.add_paragraph(style="List Paragraph")
    paragraph.add_run(text).bold = True
    properties = paragraph._p.get_or_add_pPr()
    properties.append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


def add_events_table(document: Document, header: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> None:
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text


def build_labour_2018() -> Document:
    document = new_document(dt.datetime(2019, 1, 15, 9, 0))
    add_heading_paragraph(document, LABOUR_TITLE)
    document.add_paragraph(LABOUR_INTRODUCTION)
    add_events_table(document, LABOUR_TABLE_HEADER, LABOUR_TABLE_ROWS)
    add_headed_paragraphs(document, ((LABOUR_VICTIM_SUPPORT_HEADING, LABOUR_VICTIM_SUPPORT),))
    add_heading_paragraph(document, LABOUR_AWARENESS_HEADING)
    document.add_paragraph(LABOUR_AWARENESS_INTRODUCTION)
    for bullet in LABOUR_AWARENESS_BULLETS:
        document.add_paragraph(bullet, style="List Bullet")
    document.add_paragraph(LABOUR_CLOSING)
    return document


def build_education_2021() -> Document:
    document = new_document(dt.datetime(2022, 1, 12, 9, 0))
    title, heading, introduction = EDUCATION_2021_PARAGRAPHS_BEFORE_TABLE
    add_heading_paragraph(document, title)
    add_heading_paragraph(document, heading)
    document.add_paragraph(introduction)
    add_events_table(document, EDUCATION_2021_TABLE_HEADER, EDUCATION_2021_TABLE_ROWS)
    *sections, closing = EDUCATION_2021_PARAGRAPHS_AFTER_TABLE
    add_headed_paragraphs(document, tuple(zip(sections[::2], sections[1::2], strict=True)))
    document.add_paragraph(closing)
    return document


def build_education_2017() -> Document:
    document = new_document(dt.datetime(2018, 1, 10, 9, 0))
    add_heading_paragraph(document, EDUCATION_2017_TITLE)
    add_heading_paragraph(document, EDUCATION_2017_SCHOOLS_HEADING)
    document.add_paragraph(EDUCATION_2017_SCHOOLS_INTRODUCTION)
    add_events_table(document, EDUCATION_2017_TABLE_HEADER, EDUCATION_2017_TABLE_ROWS)
    add_headed_paragraphs(
        document,
        (
            (EDUCATION_2017_LESSONS_HEADING, EDUCATION_2017_LESSONS),
            (EDUCATION_2017_TEACHERS_HEADING, EDUCATION_2017_TEACHERS),
            (EDUCATION_2017_NEEDS_HEADING, EDUCATION_2017_NEEDS),
        ),
    )
    document.add_paragraph(EDUCATION_2017_CLOSING)
    return document


def build_tourism_2023() -> Document:
    document = new_document(dt.datetime(2024, 1, 17, 9, 0))
    add_heading_paragraph(document, TOURISM_TITLE)
    num_id = add_multilevel_numbering(document, TOURISM_FIRST_DIRECTION)
    for level, heading in TOURISM_DIRECTION_HEADINGS:
        add_numbered_heading(document, heading, num_id, level)
    add_numbered_heading(document, TOURISM_HOTELS_HEADING, num_id, 2)
    document.add_paragraph(TOURISM_HOTELS)
    add_events_table(document, TOURISM_TABLE_HEADER, TOURISM_TABLE_ROWS)
    add_numbered_heading(document, TOURISM_OPERATORS_HEADING, num_id, 2)
    document.add_paragraph(TOURISM_OPERATORS)
    level, heading = TOURISM_COOPERATION_DIRECTION
    add_numbered_heading(document, heading, num_id, level)
    add_numbered_heading(document, TOURISM_COOPERATION_HEADING, num_id, 2)
    document.add_paragraph(TOURISM_COOPERATION)
    document.add_paragraph(TOURISM_NEEDS)
    return document


def build_religious_2022() -> Document:
    document = new_document(dt.datetime(2023, 1, 16, 9, 0))
    add_heading_paragraph(document, RELIGIOUS_TITLE)
    add_events_table(document, RELIGIOUS_TABLE_HEADER, RELIGIOUS_TABLE_ROWS)
    document.add_paragraph(RELIGIOUS_CLOSING)
    return document


def build_taxes_2018() -> Document:
    document = new_document(dt.datetime(2019, 1, 11, 9, 0))
    add_heading_paragraph(document, TAXES_TITLE)
    document.add_paragraph(TAXES_INTRODUCTION)
    add_events_table(document, TAXES_TABLE_HEADER, TAXES_TABLE_ROWS)
    document.add_paragraph(TAXES_CLOSING)
    return document


def build_family_2022() -> Document:
    document = new_document(dt.datetime(2023, 1, 20, 9, 0))
    add_heading_paragraph(document, FAMILY_TITLE)
    document.add_paragraph(FAMILY_INTRODUCTION)
    add_headed_paragraphs(document, ((FAMILY_SERVICES_HEADING, FAMILY_SERVICES),))
    add_headed_paragraphs(document, ((FAMILY_TRAINING_HEADING, FAMILY_TRAINING_INTRODUCTION),))
    add_events_table(document, FAMILY_TABLE_HEADER, FAMILY_TABLE_ROWS)
    add_headed_paragraphs(document, ((FAMILY_AWARENESS_HEADING, FAMILY_AWARENESS_INTRODUCTION),))
    for bullet in FAMILY_AWARENESS_BULLETS:
        document.add_paragraph(bullet, style="List Bullet")
    document.add_paragraph(FAMILY_CLOSING)
    return document


BUILDERS: dict[str, Callable[[], Document]] = {
    "02-az-eesmn-2018.docx": build_labour_2018,
    "11-az-tn-2021.docx": build_education_2021,
    "20-az-tn-2017.docx": build_education_2017,
    "39-az-dta-2023-word-numbering.docx": build_tourism_2023,
    "40-az-dqidk-2022-matrix.docx": build_religious_2022,
    "49-az-vn-2018-two-column.docx": build_taxes_2018,
    "54-en-tr-family-2022-action.docx": build_family_2022,
}


def main() -> None:
    for name, build in BUILDERS.items():
        target = HERE / name
        build().save(str(target))
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
