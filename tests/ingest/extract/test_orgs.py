"""Organisations as reports name them, in az, ru and en; one case a line.

Each case: language, text, the organisations found as {(name, abbreviation)}.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from icra import evaluation
from icra import lang as languages
from icra.ingest.extract.orgs import find_organisations
from icra.ingest.pipeline import extract_file

Found = set[tuple[str, str | None]]

CASES: list[tuple[str, str, Found]] = [
    # A known body whose name has no head noun, in any case form; inside a longer name or a quoted name it is
    # no body of its own.
    ("ru", "Проект закона внесён в Олий Мажлис в мае.", {("Олий Мажлис", None)}),
    (
        "ru",
        "Мониторинг Федерации профсоюзов Беларуси охватил 12 предприятий.",
        {("Федерация профсоюзов Беларуси", None)},
    ),
    ("az", "Bakıda Türk Hava Yollarının təlimçiləri ilə görüş olub.", {("Türk Hava Yolları", None)}),
    (
        "en",
        "Shelters are run by La Strada and Caritas in the north.",
        {("La Strada", None), ("Caritas", None)},
    ),
    ("en", 'The NGO "Open Door – La Strada" ran the hotline.', {("Open Door – La Strada", None)}),
    ("az", "Forumu La Strada Beynəlxalq Şəbəkəsi təşkil edib.", {("La Strada Beynəlxalq Şəbəkəsi", None)}),
    # A short name of two words is one body; heads of Türkiye's bodies.
    (
        "en",
        "UN Women and the Gendarmerie General Command trained 40 officers.",
        {
            ("United Nations Entity for Gender Equality and the Empowerment of Women", "UN Women"),
            ("Gendarmerie General Command", None),
        },
    ),
    (
        "en",
        "The Presidency of Migration Management hosted it.",
        {("Presidency of Migration Management", None)},
    ),
    # A number between an owner's genitive and a unit's name is a word of it (a phone line's); a unit reaches
    # back to its owner across the owner's abbreviation in brackets.
    (
        "az",
        "Sorğular DİN-in 102 Çağrı Mərkəzinə daxil olub.",
        {("Daxili İşlər Nazirliyi", "DİN"), ("DİN-in 102 Çağrı Mərkəzi", None)},
    ),
    ("az", "Məlumat 2021-ci ildə 35 Nazirliyə göndərilib.", set()),
    (
        "az",
        "Səhiyyə Nazirliyinin (SN) Uşaq hüquqlarının müdafiəsi üçün Məsləhət Mərkəzi açılıb.",
        {
            ("Səhiyyə Nazirliyi", "SN"),
            ("Səhiyyə Nazirliyinin Uşaq hüquqlarının müdafiəsi üçün Məsləhət Mərkəzi", None),
        },
    ),
    # Heads of a police school and a press service; a known NGO's name of three words.
    (
        "en",
        "It was a complex case for the Police Educational Complex.",
        {("Police Educational Complex", None)},
    ),
    (
        "ru",
        "Сюжет подготовила Пресс-служба МВД вместе с «Надежда и помощь».",
        {("Пресс-служба МВД", None), ("Министерство внутренних дел", "МВД"), ("Надежда и помощь", None)},
    ),
    # A column's gap of three spaces or more ends a name, one space or a line break does not.
    ("ru", "Начальник Главного управления        Б. Аветисян", {("Главное управление", None)}),
    (
        "en",
        "Signed for the State Migration  Service of\nArmenia.",
        {("State Migration Service of Armenia", None)},
    ),
    # A quoted number opens a name only before a capitalised word; before lower case it is a phone line's.
    (
        "ru",
        "Звонки принимает линия «8801» общественного объединения «Доверие».",
        {("общественное объединение «Доверие»", None)},
    ),
    # Fields listed with a comma and "and" go on a name up to the lower-case word after them.
    (
        "en",
        "The Ministry of Education, Culture and Research trained 45 teachers.",
        {("Ministry of Education, Culture and Research", None)},
    ),
    (
        "en",
        "The Ministry of Justice, Interpol and Europol met.",
        {
            ("Ministry of Justice", None),
            ("International Criminal Police Organization", "Interpol"),
            ("European Union Agency for Law Enforcement Cooperation", "Europol"),
        },
    ),
    ("en", "The Ministry of Health, Education and other bodies met.", {("Ministry of Health", None)}),
    # A local body's name goes on over "города" to its town.
    ("ru", "Рейд провёл Департамент полиции города Шымкент.", {("Департамент полиции города Шымкент", None)}),
    ("ru", "Министерство юстиции в течение года провело 5 семинаров.", {("Министерство юстиции", None)}),
    # Parliaments and their chambers.
    ("ru", "Законопроект одобрил Парламент Грузии.", {("Парламент Грузии", None)}),
    (
        "en",
        "The Senate of the Parliament of Kazakhstan adopted it.",
        {("Senate of the Parliament of Kazakhstan", None), ("Parliament of Kazakhstan", None)},
    ),
    # "And" before an article begins another name; a known abbreviation before "и" ends its name.
    (
        "en",
        "The Commissariat for Refugees and Migration and the Red Cross helped.",
        {("Commissariat for Refugees and Migration", None)},
    ),
    (
        "ru",
        "Обучение прошли сотрудники ГКНБ и Таможенной службы.",
        {("Государственный комитет национальной безопасности", "ГКНБ"), ("Таможенная служба", None)},
    ),
    # A known name written in capitals is shown so.
    ("en", "The NGO ASTRA ran the hotline.", {("ASTRA", None)}),
    # A body under another ("yanında") is named with it, the other listed too; its short form is that body.
    (
        "az",
        "Maliyyə Nazirliyi yanında Dövlət Xəzinədarlıq Agentliyi hesabat verib. "
        "Dövlət Xəzinədarlıq Agentliyinə yazıldı.",
        {
            ("Maliyyə Nazirliyi", None),
            ("Maliyyə Nazirliyi yanında Dövlət Xəzinədarlıq Agentliyi", None),
        },
    ),
    ("az", "Görüş Nazirliyin yanında olan binada keçirilib.", set()),
    # Where names capitalise their first word only, "и" before a capitalised word begins the next name (not
    # in a line in capitals); the second word of a short name of two words is no body of its own.
    (
        "ru",
        "Обучение прошли сотрудники Республиканского центра социальной помощи и Белорусского общества "
        "Красного Креста.",
        {("Республиканский центр социальной помощи", None), ("Белорусское общество Красного Креста", None)},
    ),
    (
        "ru",
        "МИНИСТЕРСТВО ТРУДА И СОЦИАЛЬНОЙ ЗАЩИТЫ\nИнформация",
        {("Министерство Труда и Социальной Защиты", None)},
    ),
    (
        "ru",
        "Участвовали УВКБ ООН и Общественный фонд «Мээрим».",
        {
            ("Управление Верховного комиссара ООН по делам беженцев", "УВКБ ООН"),
            ("Общественный фонд «Мээрим»", None),
        },
    ),
    # A person's name after a known body's name (or a name that ends with one) is no word of it.
    ("en", "A deputy of the Ministry of Justice Anna Smith spoke.", {("Ministry of Justice", None)}),
    (
        "en",
        "Head of the Police Department of the Ministry of Internal Affairs Elnur Aliyev said.",
        {
            ("Police Department of the Ministry of Internal Affairs", None),
            ("Ministry of Internal Affairs", None),
        },
    ),
    (
        "en",
        "Head of the Ministry of Internal Affairs Elnur Aliyev said.",
        {("Ministry of Internal Affairs", None)},
    ),
    # Two known bodies whose names begin alike are two.
    (
        "en",
        "UNDP funded it, and the United Nations welcomed it.",
        {("United Nations Development Programme", "UNDP"), ("United Nations", None)},
    ),
    # UN and donor bodies by their abbreviations.
    (
        "az",
        "USAID və UNFPA dəstək verib.",
        {("ABŞ Beynəlxalq İnkişaf Agentliyi", "USAID"), ("BMT-nin Əhali Fondu", "UNFPA")},
    ),
    ("ru", "При поддержке ЮНФПА.", {("Фонд ООН в области народонаселения", "ЮНФПА")}),
    ("en", "PACE met.", {("Parliamentary Assembly of the Council of Europe", "PACE")}),
    # "города" before its town after a head alone; an initial after "имени" goes on with the surname, and
    # after an abbreviation is no state's word.
    ("ru", "Ярмарку провёл Акимат города Алматы.", {("Акимат города Алматы", None)}),
    (
        "ru",
        "Курс прошёл в Академии МВД имени Э. Алиева в мае.",
        {("Академия МВД имени Э. Алиева", None), ("Министерство внутренних дел", "МВД")},
    ),
    ("ru", "Начальник отдела МВД Н. Осмонов отметил.", {("Министерство внутренних дел", "МВД")}),
    # A word that begins like a known name's but goes on further is another word.
    (
        "en",
        "The Vatrasov family was interviewed by the Ministry of Justice.",
        {("Ministry of Justice", None)},
    ),
    # A pronoun ends a field; a line in capitals names a body from its first word only.
    (
        "ru",
        "Агентством по внешней трудовой миграции в его центрах обучения организованы курсы.",
        {("Агентство по внешней трудовой миграции", None)},
    ),
    ("ru", "Пункт 1.1.3.\nПОДГОТОВКА СОТРУДНИКОВ ПОЛИЦИИ ПО ВЫЯВЛЕНИЮ ЛИЦ\nВ 2021 году", set()),
    ("az", "AZƏRBAYCAN RESPUBLİKASI\nDÖVLƏT GÖMRÜK KOMİTƏSİ\n\nHesabat", {("Dövlət Gömrük Komitəsi", None)}),
    # A known body's name right after another body's head names that body.
    (
        "az",
        "Bu gün “Azad Gələcək” Uşaq Hüquqları Mərkəzi İctimai Birliyi Təhsil Nazirliyi ilə görüş keçirib.",
        {("“Azad Gələcək” Uşaq Hüquqları Mərkəzi İctimai Birliyi", None), ("Təhsil Nazirliyi", None)},
    ),
    (
        "az",
        "Vergilər Nazirliyinin Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi ilə birgə apardığı tədbirlər.",
        {("Vergilər Nazirliyi", None), ("Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi", None)},
    ),
    # An abbreviation in the genitive owns a unit named in lower case, and opens its name.
    (
        "az",
        "Tədbiri AZAL-ın Aviasiya təhlükəsizliyi departamenti keçirib.",
        {("AZAL-ın Aviasiya təhlükəsizliyi departamenti", None), ("Azərbaycan Hava Yolları", "AZAL")},
    ),
    # A capitalised word in brackets inside an Azerbaijani name; an abbreviation after a head names something
    # else where names end at their head.
    (
        "az",
        "Tədbirdə İnsan Hüquqları üzrə Müvəkkilin (Ombudsmanın) Aparatı iştirak edib.",
        {("İnsan Hüquqları üzrə Müvəkkilin (Ombudsmanın) Aparatı", None)},
    ),
    ("az", "Avropa Şurasının HELP proqramı çərçivəsində kurs keçirilib.", {("Avropa Şurası", None)}),
    # Airports are bodies.
    (
        "az",
        "Heydər Əliyev Beynəlxalq Aeroportunda reyd keçirilib.",
        {("Heydər Əliyev Beynəlxalq Aeroportu", None)},
    ),
    # More heads of bodies in each language.
    (
        "en",
        "The Anti-Trafficking Unit of the National Police and the Red Cross Society met.",
        {
            ("Anti-Trafficking Unit of the National Police", None),
            ("National Police", None),
            ("Red Cross Society", None),
        },
    ),
    (
        "az",
        "Qızıl Aypara Cəmiyyəti və Dövlət Əmək İnspeksiyası iştirak edib.",
        {("Qızıl Aypara Cəmiyyəti", None), ("Dövlət Əmək İnspeksiyası", None)},
    ),
    ("ru", "Мэрия Бишкека выделила помещение.", {("Мэрия Бишкека", None)}),
    # Genitive plurals of nouns in -ство go on a Russian name.
    (
        "ru",
        "Выступили на конференции, организованной Советом государств Балтийского моря.\nДалее",
        {("Совет государств Балтийского моря", None)},
    ),
    # Religious bodies: communities, churches.
    (
        "az",
        "Tədbirdə Bakı Yəhudi İcması və Rus Pravoslav Kilsəsinin nümayəndələri iştirak edib.",
        {("Bakı Yəhudi İcması", None), ("Rus Pravoslav Kilsəsi", None)},
    ),
    # A capitalised word in brackets inside a name that goes on after it is part of it; a short form is it.
    (
        "en",
        "We used the State Fund for Assistance of (Statutory) Victims (State Fund). The State Fund's homes.",
        {("State Fund for Assistance of (Statutory) Victims", None)},
    ),
    (
        "en",
        "The Office of the Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan reported.",
        {("Office of the Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan", None)},
    ),
    ("en", "The Ministry of Justice (Georgia) reported.", {("Ministry of Justice", None)}),
    # A field's phrase opens it after the name's genitives too; another phrase with "в" ends the name.
    (
        "ru",
        "В Учебный центр подготовки кадров в сфере миграции и противодействия торговле людьми направлены.",
        {("Учебный центр подготовки кадров в сфере миграции и противодействия торговле людьми", None)},
    ),
    (
        "ru",
        "Сотрудники Министерства внутренних дел в течение года провели рейды.",
        {("Министерство внутренних дел", None)},
    ),
    # A head in the bare genitive refers back to a body; a name's head takes its possessive.
    ("az", "Seminara Xidmətin baş idarə və şöbələrindən 28 əməkdaş qatılıb.", set()),
    ("az", "Dövlət Miqrasiya Xidmətinin əməkdaşları gəlib.", {("Dövlət Miqrasiya Xidməti", None)}),
    # A lower-case head names the kind of a body whose quoted name follows it, with its adjectives.
    (
        "ru",
        "Помощь в приюте общественного фонда «Тендеш» получили 38 человек.",
        {("общественный фонд «Тендеш»", None)},
    ),
    (
        "en",
        'The shelter of the public association "Ynam" hosted 12 victims.',
        {('public association "Ynam"', None)},
    ),
    # Plural heads with their possessive list several bodies; a bare plural is a word of one name.
    (
        "az",
        "Dövlət Miqrasiya və Dövlət Sərhəd xidmətləri birgə reyd keçirib.",
        {("Dövlət Miqrasiya Xidməti", None), ("Dövlət Sərhəd Xidməti", None)},
    ),
    (
        "az",
        "Türkiyə Respublikasının Ailə, Əmək və Sosial Xidmətlər Nazirliyində olub.",
        {("Türkiyə Respublikasının Ailə, Əmək və Sosial Xidmətlər Nazirliyi", None)},
    ),
    ("az", "Əhaliyə Səhiyyə xidmətləri göstərilib.", set()),
    # A unit reaches back over five lower-case words to its owner's genitive, across an address's line
    # break; a head in its dictionary form owns nothing after it.
    (
        "az",
        "Azərbaycan Respublikası Daxili İşlər Nazirliyinin\nİnsan alverinə qarşı mübarizə baş idarəsinə",
        {
            ("Azərbaycan Respublikası Daxili İşlər Nazirliyi", None),
            (
                "Azərbaycan Respublikası Daxili İşlər Nazirliyinin İnsan alverinə qarşı mübarizə baş idarəsi",
                None,
            ),
        },
    ),
    (
        "az",
        "Daxili İşlər Nazirliyi Milli Fəaliyyət Planında göstərilən icra hakimiyyəti ilə işləyib.",
        {("Daxili İşlər Nazirliyi", None)},
    ),
    # Brackets after two names ending together abbreviate the one whose initials they spell.
    (
        "en",
        "Cases went to the Central Police Department of the Ministry of Internal Affairs (MIA) at once.",
        {
            ("Central Police Department of the Ministry of Internal Affairs", None),
            ("Ministry of Internal Affairs", "MIA"),
        },
    ),
    # Russian adjectives in -ей; a state's name on the next line of an addressee's name.
    (
        "ru",
        "Приняли участие в заседании Рабочей группы ОБСЕ по противодействию торговле людьми.",
        {
            ("Рабочая группа ОБСЕ по противодействию торговле людьми", None),
            ("Организация по безопасности и сотрудничеству в Европе", "ОБСЕ"),
        },
    ),
    (
        "ru",
        "Министерство внутренних дел\nРеспублики Казахстан\n\nНа № 6-1-1/12 от 04.01.2021",
        {("Министерство внутренних дел Республики Казахстан", None)},
    ),
    ("ru", "Министерство юстиции\nОтчёт о работе", {("Министерство юстиции", None)}),
    # Authorities are bodies; a presence is an office where a body's abbreviation is in its name.
    (
        "en",
        "Victims went to the Responsible Authority with the support of the OSCE Presence in Albania.",
        {
            ("Responsible Authority", None),
            ("OSCE Presence in Albania", None),
            ("Organization for Security and Co-operation in Europe", "OSCE"),
        },
    ),
    # A head alone after "of the" refers to a body named before; a named owner goes on the name.
    (
        "en",
        "The Inspection Department of the Ministry carried out 173 inspections.",
        {("Inspection Department", None)},
    ),
    # Fields listed with several commas, across a title's line break; a long abbreviation in brackets.
    (
        "en",
        "MINISTRY OF PERSONS FROM THE TERRITORIES,\nLABOUR, HEALTH AND SOCIAL AFFAIRS OF GEORGIA\n\n"
        "The Ministry of Persons from the Territories, Labour, Health and Social Affairs of Georgia"
        " (MoPLHSA).",
        {
            (
                "Ministry of Persons from the Territories, Labour, Health and Social Affairs of Georgia",
                "MoPLHSA",
            )
        },
    ),
    # Colleges and schools are bodies.
    (
        "en",
        "Courses ran at the High School of Justice and the Tbilisi State College of Economics.",
        {("High School of Justice", None), ("Tbilisi State College of Economics", None)},
    ),
    # "при" reaches a lower-case head; a name reaches no abbreviation past "и" and another body's head.
    (
        "ru",
        "Круглый стол прошёл в Академии правоохранительных органов при Генеральной прокуратуре.",
        {
            ("Академия правоохранительных органов при Генеральной прокуратуре", None),
            ("Генеральная прокуратура", None),
        },
    ),
    (
        "ru",
        "С Министерством труда Республики Казахстан и Международной организацией по миграции (МОМ).",
        {("Министерство труда Республики Казахстан", None), ("Международная организация по миграции", "МОМ")},
    ),
    # A state programme is a plan; the UN's is a body. Genitives in -ки go on a name.
    (
        "ru",
        "В рамках Государственной программы по противодействию торговле людьми проведены семинары.",
        set(),
    ),
    (
        "ru",
        "Семинар провёл Республиканский институт повышения квалификации и переподготовки кадров.",
        {("Республиканский институт повышения квалификации и переподготовки кадров", None)},
    ),
    # Plurals that qualify the head after them.
    (
        "en",
        "The State Labour and Social Services Inspectorate (SLSSI) inspected markets.",
        {("State Labour and Social Services Inspectorate", "SLSSI")},
    ),
    # A number in quotes is a word of a name; a sentence's first word before a known owner is none.
    (
        "az",
        "Vətəndaşlar Dövlət Miqrasiya Xidmətinin “919” Çağrı Mərkəzinə müraciət edə bilərlər.",
        {("Dövlət Miqrasiya Xidməti", None), ("Dövlət Miqrasiya Xidmətinin “919” Çağrı Mərkəzi", None)},
    ),
    # "üçün" joins the words of a name.
    (
        "az",
        "Dörd şəxs İnsan Alveri Qurbanları üçün Yardım Mərkəzinə yönləndirilib.",
        {("İnsan Alveri Qurbanları üçün Yardım Mərkəzi", None)},
    ),
    # A state's name after a list of known abbreviations names each one's state.
    (
        "ru",
        "Участвуют представители МИД, МВД и ГПС Азербайджана, а также МОМ.",
        {
            ("Министерство иностранных дел Азербайджана", "МИД"),
            ("Министерство внутренних дел Азербайджана", "МВД"),
            ("Государственная пограничная служба Азербайджана", "ГПС"),
            ("Международная организация по миграции", "МОМ"),
        },
    ),
    # A tab separates the cells of a table pasted as text.
    (
        "az",
        "Daxili İşlər Nazirliyi\tDövlət Miqrasiya Xidməti\t12",
        {("Daxili İşlər Nazirliyi", None), ("Dövlət Miqrasiya Xidməti", None)},
    ),
    # A confederation is a body, its abbreviation in brackets defined.
    (
        "az",
        "Həmkarlar İttifaqları Konfederasiyası (AHİK) ilə görüş olub.",
        {("Həmkarlar İttifaqları Konfederasiyası", "AHİK")},
    ),
    # A unit named by its work after a sentence's first word is no body; a short form with the owner's head
    # in another form is the longer name's body.
    ("az", "İdarənin Mətbuat xidməti məlumat yayıb.", set()),
    (
        "az",
        "Daxili İşlər Nazirliyinin İnsan alverinə qarşı mübarizə idarəsi gəlib."
        " Nazirliyin İnsan alverinə qarşı mübarizə idarəsinə yazılıb.",
        {
            ("Daxili İşlər Nazirliyi", None),
            ("Daxili İşlər Nazirliyinin İnsan alverinə qarşı mübarizə idarəsi", None),
        },
    ),
    # A Russian name's adjective opens a sentence too, though the text writes it in lower case elsewhere.
    (
        "ru",
        "Государственная миграционная служба провела рейд. Это государственная политика.",
        {("Государственная миграционная служба", None)},
    ),
    ("ru", "Национальная комиссия провела заседание.", {("Национальная комиссия", None)}),
    # One capitalised word before a lower-case head names a unit by its work where names capitalise all
    # their words; in Russian it is the adjective of a name.
    ("az", "Sorğuya Çağrı mərkəzi və Təhqiqat şöbəsi cavab verib.", set()),
    ("ru", "Дела направлены в Генеральная прокуратура.", {("Генеральная прокуратура", None)}),
    # The noun of a lower-case adjective goes on a Russian name, and "и" before lower-case words is inside it;
    # brackets after two names ending together abbreviate the longer.
    (
        "ru",
        "Из Главного управления уголовного розыска Министерства внутренних дел Республики Узбекистан.",
        {
            ("Главное управление уголовного розыска Министерства внутренних дел Республики Узбекистан", None),
            ("Министерство внутренних дел Республики Узбекистан", None),
        },
    ),
    (
        "ru",
        "Агентство внешней трудовой миграции провело ярмарку.",
        {("Агентство внешней трудовой миграции", None)},
    ),
    (
        "ru",
        "С Бюро по делам борьбы с наркотиками и правоохранительной деятельности Посольства США (INL).",
        {
            ("Бюро по делам борьбы с наркотиками и правоохранительной деятельности Посольства США", "INL"),
            ("Посольство США", None),
        },
    ),
    # A known body with its parent's abbreviation inside its name is that body.
    (
        "ru",
        "Бюро ОБСЕ по демократическим институтам и правам человека (БДИПЧ) провело семинар. БДИПЧ издало.",
        {
            ("Бюро ОБСЕ по демократическим институтам и правам человека", "БДИПЧ"),
            ("Организация по безопасности и сотрудничеству в Европе", "ОБСЕ"),
        },
    ),
    # A state's adjective before a lower-case head is no name; a plural that qualifies the head after it.
    (
        "en",
        "The Ukrainian delegation met the Azerbaijan Trade Unions Confederation (AHIK).",
        {("Azerbaijan Trade Unions Confederation", "AHIK")},
    ),
    # An abbreviation in the genitive opens its unit's name, and not before a known body of its own.
    (
        "az",
        "ƏƏSMN-in Dövlət Məşğulluq Xidməti ilə birgə kurslar təşkil edilib.",
        {("Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi", "ƏƏSMN"), ("Dövlət Məşğulluq Xidməti", None)},
    ),
    (
        "az",
        "Akademiya ATƏT-in Demokratik Təsisatlar və İnsan Hüquqları üzrə Bürosu (ODİHR) ilə təlim keçib.",
        {
            ("Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatı", "ATƏT"),
            ("ATƏT-in Demokratik Təsisatlar və İnsan Hüquqları üzrə Bürosu", "ODİHR"),
        },
    ),
    (
        "az",
        "Respublika QİÇS-lə Mübarizə Mərkəzi ilə görüş olub.",
        {("Respublika QİÇS-lə Mübarizə Mərkəzi", None)},
    ),
    # A head right after an owner's name with one continuer names the owner's unit, no body of its own; the
    # seat of an office named after another body is part of its name.
    (
        "en",
        "The Council of Europe Office in Baku and the Council of Europe met.",
        {("Council of Europe Office in Baku", None), ("Council of Europe", None)},
    ),
    # A known body with its parent's abbreviation before it is that body.
    (
        "en",
        "UNODC and the OSCE Office for Democratic Institutions and Human Rights (ODIHR) trained judges.",
        {
            ("United Nations Office on Drugs and Crime", "UNODC"),
            ("Organization for Security and Co-operation in Europe", "OSCE"),
            ("OSCE Office for Democratic Institutions and Human Rights", "ODIHR"),
        },
    ),
    # A field ends at "и" before a capitalised word, the next name.
    (
        "ru",
        "С Агентством по делам молодёжи и Общественным объединением «Мир без насилия» проведены акции.",
        {("Агентство по делам молодёжи", None), ("Общественное объединение «Мир без насилия»", None)},
    ),
    # A unit named only where the report is signed wrote it, and is not reported on; a body signing is.
    (
        "ru",
        "Отчёт.\nРейды.\nСеминары.\n\nДепартамент криминальной полиции МВД Республики Казахстан\n",
        {("Министерство внутренних дел Республики Казахстан", "МВД")},
    ),
    (
        "az",
        "Hesabat.\nGörüş olub.\nSeminar olub.\n\nDaxili İşlər Nazirliyi\n",
        {("Daxili İşlər Nazirliyi", None)},
    ),
    # Bodies known by a word with one capital; the name the text writes is shown before the known one.
    (
        "en",
        "Greta and Mia visited Eurojust and Interpol in The Hague.",
        {
            ("European Union Agency for Criminal Justice Cooperation", "Eurojust"),
            ("International Criminal Police Organization", "Interpol"),
        },
    ),
    (
        "az",
        "Avropa İttifaqının Məhkəmə Əməkdaşlığı Agentliyi (Eurojust) ilə görüş olub. Eurojust-un işi.",
        {("Avropa İttifaqı", None), ("Avropa İttifaqının Məhkəmə Əməkdaşlığı Agentliyi", "Eurojust")},
    ),
    # A short form of a name that goes on past the same head to its owner is that body.
    (
        "en",
        "STATE CHANCELLERY\nPermanent Secretariat of the National Committee\n\nThe Permanent Secretariat met",
        {
            ("State Chancellery", None),
            ("Permanent Secretariat of the National Committee", None),
            ("National Committee", None),
        },
    ),
    # A quoted name right after a head is part of the name where names go on past the head; a title is not.
    (
        "ru",
        "Акцию провели волонтёры Международного центра «La Strada» в Кишинёве.",
        {("Международный центр «La Strada»", None)},
    ),
    (
        "az",
        "Sərhəd Qoşunları Akademiyası «Sənədlərin saxtalaşdırılması» kursu keçirib.",
        {("Sərhəd Qoşunları Akademiyası", None)},
    ),
    # The state's name begins a name: a person's name before it is none of it.
    (
        "az",
        "Baş nazir Əli Həsənov Azərbaycan Respublikası Nazirlər Kabinetinin adından çıxış edib.",
        {("Azərbaycan Respublikası Nazirlər Kabineti", None)},
    ),
    # "və" after an owner's genitive and a capitalised word is inside the unit's name; after a head in a case
    # that says where, it is inside the next name.
    (
        "az",
        "Ədliyyə Nazirliyinin Qeydiyyat və Notariat Baş İdarəsinə müraciət olunub.",
        {("Ədliyyə Nazirliyi", None), ("Ədliyyə Nazirliyinin Qeydiyyat və Notariat Baş İdarəsi", None)},
    ),
    (
        "az",
        "Baş Prokurorluğun Elm-Tədris Mərkəzində Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatı ilə görüş.",
        {
            ("Baş Prokurorluq", None),
            ("Baş Prokurorluğun Elm-Tədris Mərkəzi", None),
            ("Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatı", None),
        },
    ),
    # An abbreviation and a head in brackets is the name's short form, used as a name later.
    (
        "az",
        "Qeyri-Hökumət Təşkilatlarına Dövlət Dəstəyi Şurasının (QHT Şurası) qrantı var. QHT Şurasının işi.",
        {("Qeyri-Hökumət Təşkilatlarına Dövlət Dəstəyi Şurası", "QHT Şurası")},
    ),
    # A short form of a longer name is that body; a name after another's head in its dictionary form is not.
    (
        "az",
        "Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi hesabat verib. Dövlət Komitəsi çıxış edib.",
        {("Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi", None)},
    ),
    (
        "en",
        "The Inter-Agency Council for Combating Trafficking met. The Inter-Agency Council approved it.",
        {("Inter-Agency Council for Combating Trafficking", None)},
    ),
    (
        "en",
        "The Training Centre of the Prosecutor's Office trained staff of the Prosecutor's Office.",
        {("Training Centre of the Prosecutor's Office", None), ("Prosecutor's Office", None)},
    ),
    # A foreign state's name before a body's is part of it; the known body is another.
    (
        "az",
        "Gürcüstan Daxili İşlər Nazirliyi ilə görüşdə Daxili İşlər Nazirliyi iştirak edib.",
        {("Gürcüstan Daxili İşlər Nazirliyi", None), ("Daxili İşlər Nazirliyi", None)},
    ),
    # A known abbreviation with a state's name after it names that state's body, and merges with it.
    (
        "ru",
        "Министерство внутренних дел Кыргызской Республики и МВД Республики Казахстан провели встречу.",
        {
            ("Министерство внутренних дел Кыргызской Республики", None),
            ("Министерство внутренних дел Республики Казахстан", "МВД"),
        },
    ),
    # A title in capitals is read as a title-case line.
    (
        "ru",
        "МИНИСТЕРСТВО ВНУТРЕННИХ ДЕЛ РЕСПУБЛИКИ МОЛДОВА\n\nОтчёт. МВД провело рейд.",
        {("Министерство Внутренних Дел Республики Молдова", "МВД")},
    ),
    (
        "en",
        "INTER-AGENCY COUNCIL FOR COMBATING TRAFFICKING IN PERSONS\nReport of the IOM",
        {
            ("Inter-agency Council for Combating Trafficking in Persons", None),
            ("International Organization for Migration", "IOM"),
        },
    ),
    # Lower-case fields listed in the genitive; a field wrapped onto the next line; a parent written out.
    (
        "ru",
        "Совместно с Министерством труда, миграции и занятости населения Республики Таджикистан проведено.",
        {("Министерство труда, миграции и занятости населения Республики Таджикистан", None)},
    ),
    (
        "ru",
        "Председателю Межведомственной комиссии\nпо противодействию торговле людьми\n\nИНФОРМАЦИЯ",
        {("Межведомственная комиссия по противодействию торговле людьми", None)},
    ),
    (
        "ru",
        "При поддержке Управления Организации Объединённых Наций по наркотикам и преступности (УНП ООН).",
        {
            ("Управление Организации Объединённых Наций по наркотикам и преступности", "УНП ООН"),
            ("Организация Объединённых Наций", "ООН"),
        },
    ),
    # A known body named by its head alone; a state programme is no body.
    ("en", "The Government approved the plan.", {("Government", None)}),
    ("ru", "Постановлением Правительства утверждён план.", {("Правительство", None)}),
    ("en", "The State Social Programme on Combating Trafficking was adopted.", set()),
    # The seat of an international body's office is part of its name, across the body's abbreviation in
    # brackets; a town where a body acted is not, nor a seat after its field.
    (
        "ru",
        "Центр совместно с Миссией Международной организации по миграции (МОМ) в Молдове провёл тренинг.",
        {
            ("Миссия Международной организации по миграции в Молдове", None),
            ("Международная организация по миграции", "МОМ"),
        },
    ),
    ("ru", "Совет Европы в Баку провёл семинар.", {("Совет Европы", None)}),
    (
        "en",
        "Training took place at the National Police Academy in Kyiv.",
        {("National Police Academy", None)},
    ),
    (
        "en",
        "The OSCE Project Co-ordinator in Baku briefed the National Coordinator.",
        {
            ("OSCE Project Co-ordinator in Baku", None),
            ("Organization for Security and Co-operation in Europe", "OSCE"),
        },
    ),
    (
        "en",
        "The Ministerial Council to Combat Trafficking in and Exploitation of Human Beings met.",
        {("Ministerial Council to Combat Trafficking in and Exploitation of Human Beings", None)},
    ),
    # A unit's owner in the genitive, across its abbreviation in brackets; not a body in the nominative.
    (
        "az",
        "Beynəlxalq Miqrasiya Təşkilatının (BMqT) Azərbaycandakı Nümayəndəliyi iştirak edib.",
        {
            ("Beynəlxalq Miqrasiya Təşkilatı", "BMqT"),
            ("Beynəlxalq Miqrasiya Təşkilatının Azərbaycandakı Nümayəndəliyi", None),
        },
    ),
    (
        "az",
        "Beynəlxalq Miqrasiya Təşkilatı (BMqT) Dövlət Miqrasiya Xidməti ilə görüşüb.",
        {("Beynəlxalq Miqrasiya Təşkilatı", "BMqT"), ("Dövlət Miqrasiya Xidməti", None)},
    ),
    # A sentence's first word, or a word in a case that says where, stands outside a known body's name.
    (
        "az",
        "Hesabat Daxili İşlər Nazirliyinin sorğusu əsasında hazırlanıb.",
        {("Daxili İşlər Nazirliyi", None)},
    ),
    ("az", "İyunda Nazirlikdə Avropa Şurasının ekspertləri ilə görüş olub.", {("Avropa Şurası", None)}),
    (
        "az",
        "Layihə Vəkillər Kollegiyasına və Prezident Administrasiyasına göndərilib.",
        {("Vəkillər Kollegiyası", None), ("Prezident Administrasiyası", None)},
    ),
    # A plan's name in the genitive owns no body named after it.
    (
        "az",
        "Milli Fəaliyyət Planının Səhiyyə Nazirliyinə aid bəndləri icra olunub.",
        {("Səhiyyə Nazirliyi", None)},
    ),
    # A unit reaches back to its owner's genitive, not past another body's head.
    (
        "az",
        "Nazirliyin Respublika Psixiatriya Xəstəxanası ilə Beynəlxalq Miqrasiya Təşkilatının layihəsi var.",
        {("Nazirliyin Respublika Psixiatriya Xəstəxanası", None), ("Beynəlxalq Miqrasiya Təşkilatı", None)},
    ),
    # After "по" right after the head, a name goes on over its field's lower-case words to a verb, a
    # preposition or the clause's end; after a country's name "по" says what the body did.
    (
        "ru",
        "Семинар провело Европейское агентство по сотрудничеству в сфере уголовного правосудия для судей.",
        {("Европейское агентство по сотрудничеству в сфере уголовного правосудия", None)},
    ),
    (
        "ru",
        "Совместно с Комиссией по делам несовершеннолетних проведены рейды.",
        {("Комиссия по делам несовершеннолетних", None)},
    ),
    (
        "ru",
        "Отчёт принят Комиссией по вопросам борьбы с незаконным вывозом, ввозом и торговлей людьми, затем.",
        {("Комиссия по вопросам борьбы с незаконным вывозом, ввозом и торговлей людьми", None)},
    ),
    (
        "ru",
        "Письмо направлено в Посольство Франции по вопросам визового режима.",
        {("Посольство Франции", None)},
    ),
    # The lower-case noun of a capitalised adjective goes on a name; a head before it is another body.
    (
        "ru",
        "Постоянный секретариат Национального комитета провёл совещание.",
        {("Постоянный секретариат Национального комитета", None), ("Национальный комитет", None)},
    ),
    # "имени" goes on a name; an adjective that begins like a head ("Центральной") is none.
    (
        "ru",
        "Курсы прошли в Академии МВД имени Петра Иванова.",
        {("Академия МВД имени Петра Иванова", None), ("Министерство внутренних дел", "МВД")},
    ),
    ("ru", "Эксперты обсудили миграцию в Центральной Азии.", set()),
    # A lower-case head after only a sentence's first word is no name.
    ("en", "Regional police officers joined the training.", set()),
    # The seat of an international body's office is part of its name; where a ministry acted is not.
    (
        "ru",
        "Запрос направило Бюро МОТ в Казахстане весной.",
        {("Бюро МОТ в Казахстане", None), ("Международная организация труда", "МОТ")},
    ),
    ("ru", "Семинар провело Министерство юстиции в Ташкенте весной.", {("Министерство юстиции", None)}),
    # Broadcasters as heads; a federation is a state.
    (
        "ru",
        "Жертвы вернулись из Российской Федерации; ролик показала Национальная телерадиокомпания.",
        {("Национальная телерадиокомпания", None)},
    ),
    # Units and institutions as heads; a known abbreviation in Latin letters.
    (
        "az",
        "2017-ci ildə Astara Sərhəd Dəstəsinin zabitləri FRONTEX ilə görüşüb.",
        {("Astara Sərhəd Dəstəsi", None), ("Avropa Sərhəd və Sahil Mühafizəsi Agentliyi", "FRONTEX")},
    ),
    (
        "az",
        "2022-ci ildə həkimlər Mərkəzi Klinik Xəstəxanasında çalışıb.",
        {("Mərkəzi Klinik Xəstəxanası", None)},
    ),
    # A name goes on to an abbreviation in brackets that spells its words' initials; not to another.
    (
        "ru",
        "Доклад подготовило Бюро МОМ по правам мигрантов и беженцев (БПМБ) в марте.",
        {
            ("Бюро МОМ по правам мигрантов и беженцев", "БПМБ"),
            ("Международная организация по миграции", "МОМ"),
        },
    ),
    (
        "ru",
        "Доклад подготовило Бюро МОМ, а права мигрантов и беженцев (ЮНИСЕФ) обсудили в марте.",
        {
            ("Бюро МОМ", None),
            ("Международная организация по миграции", "МОМ"),
            ("Детский фонд ООН", "ЮНИСЕФ"),
        },
    ),
    # A plural head lists several bodies, each by its field.
    (
        "en",
        "Officers of the Ministries of Health and Foreign Affairs met in May.",
        {("Ministry of Health", None), ("Ministry of Foreign Affairs", None)},
    ),
    (
        "az",
        "2019-cu ildə Səhiyyə və Daxili İşlər nazirlikləri birgə reyd keçirib.",
        {("Səhiyyə Nazirliyi", None), ("Daxili İşlər Nazirliyi", None)},
    ),
    # A known abbreviation in brackets a few words on names the body the words begin.
    (
        "ru",
        "Тренинг провели эксперты Организации по безопасности и сотрудничеству в Европе (ОБСЕ) в мае.",
        {("Организация по безопасности и сотрудничеству в Европе", "ОБСЕ")},
    ),
    # Fields listed with commas before the head belong to the name; a list of bodies does not.
    (
        "az",
        "Səhiyyə, Təhsil və Gənclər Nazirliyi ilə görüş olub.",
        {("Səhiyyə, Təhsil və Gənclər Nazirliyi", None)},
    ),
    (
        "az",
        "2018-ci ildə Vergilər Nazirliyi, Təhsil və Səhiyyə Nazirliyi görüşüb.",
        {("Vergilər Nazirliyi", None), ("Təhsil və Səhiyyə Nazirliyi", None)},
    ),
    # Initials with dots go on a name; "of the" reaches the owner's head past them.
    (
        "en",
        "Funds came from the Bureau of Consular Affairs of the U.K. Home Office last spring.",
        {("Bureau of Consular Affairs of the U.K. Home Office", None), ("U.K. Home Office", None)},
    ),
    # "и" inside a name, before the "и" that joins it to the next one.
    (
        "ru",
        "Проект принят Министерством здравоохранения и социального развития и Генеральной прокуратурой.",
        {("Министерство здравоохранения и социального развития", None), ("Генеральная прокуратура", None)},
    ),
    # An abbreviation of two words in brackets.
    (
        "ru",
        "Курс провело Национальное бюро по миграции (НБМ ГМС), затем совещание.",
        {("Национальное бюро по миграции", "НБМ ГМС"), ("Государственная миграционная служба", "ГМС")},
    ),
    # Words of a quoted title are no body's name; a quoted name is.
    ("az", "“Könüllü Qrupların işi” mövzusunda seminar keçirilib.", set()),
    ("az", "“Qaynar Xətt Mərkəzi” işə başlayıb.", {("“Qaynar Xətt Mərkəzi”", None)}),
    # A document's kind word ends a body's name, unless capitalised words go on with it.
    (
        "en",
        "The Council of Europe Convention on Action against Trafficking was ratified.",
        {("Council of Europe", None)},
    ),
    # A name's adjectives are put in the nominative with its head, by the head's gender.
    (
        "ru",
        "Курс прошёл в Республиканском учебном центре, затем в Национальной академии и Национальном бюро.",
        {
            ("Республиканский учебный центр", None),
            ("Национальная академия", None),
            ("Национальное бюро", None),
        },
    ),
    ("ru", "Совместно с Международной организацией труда.", {("Международная организация труда", None)}),
    # A name does not run on into a title's next line.
    (
        "en",
        "Council of Ministers of the Republic of Moldova\nReport on the plan",
        {("Council of Ministers of the Republic of Moldova", None)},
    ),
    # A unit named with the body it belongs to: "under the", "of the", "при".
    (
        "en",
        "The Anti-Trafficking Department under the Ministry of Internal Affairs reported.",
        {
            ("Anti-Trafficking Department under the Ministry of Internal Affairs", None),
            ("Ministry of Internal Affairs", None),
        },
    ),
    (
        "ru",
        "Учебный центр при Министерстве юстиции провёл курс.",
        {("Учебный центр при Министерстве юстиции", None), ("Министерство юстиции", None)},
    ),
    # A unit in lower case named after its owner's genitive; a local branch named by a place is none.
    (
        "az",
        "Səhiyyə Nazirliyinin Tibbi sığorta üzrə şöbəsi hesabat verib.",
        {("Səhiyyə Nazirliyi", None), ("Səhiyyə Nazirliyinin Tibbi sığorta üzrə şöbəsi", None)},
    ),
    (
        "az",
        "Səhiyyə Nazirliyinin Gəncə bölgəsi üzrə şöbəsi hesabat verib.",
        {("Səhiyyə Nazirliyi", None)},
    ),
    # Case forms of one body, and its abbreviation with a case ending.
    (
        "az",
        "Dövlət Miqrasiya Xidmətinin əməkdaşları DMX-nin binasında Dövlət Miqrasiya Xidmətinə gəliblər.",
        {("Dövlət Miqrasiya Xidməti", "DMX")},
    ),
    (
        "az",
        "Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi və Daxili İşlər Nazirliyi plan hazırlayıb.",
        {("Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi", None), ("Daxili İşlər Nazirliyi", None)},
    ),
    (
        "az",
        "BMqT-nin Bakıdakı Nümayəndəliyi ilə görüş keçirilib.",
        {("BMqT-nin Bakıdakı Nümayəndəliyi", None), ("Beynəlxalq Miqrasiya Təşkilatı", "BMqT")},
    ),
    # An English abbreviation in an Azerbaijani text, folded the Azerbaijani way ("I" -> "ı").
    (
        "az",
        "UNICEF-in Azərbaycandakı nümayəndəliyi ilə görüş olub.",
        {("UNICEF-in Azərbaycandakı nümayəndəliyi", None), ("BMT-nin Uşaq Fondu", "UNICEF")},
    ),
    # The state's name set aside; a misspelling merged.
    (
        "az",
        "Azərbaycan Respublikası Nazirlər Kabinetinə göndərilib, Nazirlər Kabineti onu bəyənib.",
        {("Nazirlər Kabineti", None)},
    ),
    # A word that opens a sentence is no part of the name where the text writes it in lower case.
    ("az", "Layihə Nazirlər Kabinetinə göndərilib, bu layihə bəyənilib.", {("Nazirlər Kabineti", None)}),
    (
        "az",
        "Türkiyə Səfirliyinin nümayəndəsi və Türkiyə Səfriliyinin konsulu gəlib.",
        {("Türkiyə Səfirliyi", None)},
    ),
    # A unit a body owns, across the words of its name written in lower case.
    (
        "az",
        "Daxili İşlər Nazirliyinin İnsan alverinə qarşı Mübarizə İdarəsi iştirak edib.",
        {
            ("Daxili İşlər Nazirliyi", None),
            ("Daxili İşlər Nazirliyinin İnsan alverinə qarşı Mübarizə İdarəsi", None),
        },
    ),
    # A quoted name before its head; a place in the locative is where, not who.
    (
        "az",
        "Tədbirdə “Təmiz Dünya” İctimai Birliyinin sədri çıxış edib.",
        {("“Təmiz Dünya” İctimai Birliyi", None)},
    ),
    ("az", "Bakıda Avropa İttifaqının nümayəndələri ilə görüş olub.", {("Avropa İttifaqı", None)}),
    # Not organisations: a head noun alone, people before "and".
    ("az", "Xidmət əməkdaşları tədbirdə iştirak ediblər.", set()),
    ("az", "Səbinə Əliyeva və Nazirliyin əməkdaşları görüşüb.", set()),
    (
        "ru",
        "Министерство внутренних дел и Государственная миграционная служба подписали протокол.",
        {("Министерство внутренних дел", None), ("Государственная миграционная служба", None)},
    ),
    (
        "ru",
        "Представители Посольства США и МОМ приняли участие.",
        {("Посольство США", None), ("Международная организация по миграции", "МОМ")},
    ),
    (
        "ru",
        "Создано Управление по борьбе с торговлей людьми.",
        {("Управление по борьбе с торговлей людьми", None)},
    ),
    (
        "en",
        "The International Organization for Migration (IOM) and the Ministry of Labour and Health.",
        {
            ("International Organization for Migration", "IOM"),
            ("Ministry of Labour and Health", None),
        },
    ),
    (
        "en",
        "Today the OSCE Baku office hosted the Interior Ministry's Office for Combating Trafficking.",
        {
            ("Organization for Security and Co-operation in Europe", "OSCE"),
            ("OSCE Baku office", None),
            ("Interior Ministry", None),
            ("Interior Ministry's Office for Combating Trafficking", None),
        },
    ),
    # A head before another head qualifies it; "for" right before another head begins another name.
    (
        "en",
        "The State Labour Inspectorate Service and Ministry of Internal Affairs for the Group of Experts.",
        {
            ("State Labour Inspectorate Service", None),
            ("Ministry of Internal Affairs", None),
            ("Group of Experts", None),
        },
    ),
    # A comma inside a name lists a body's fields; between names it lists the bodies.
    (
        "en",
        "Georgia’s Ministry of Labour, Health and Social Affairs.",
        {("Georgia’s Ministry of Labour, Health and Social Affairs", None)},
    ),
    (
        "en",
        "The Ministry of Justice, Ministry of Labour and the Police.",
        {("Ministry of Justice", None), ("Ministry of Labour", None)},
    ),
    # A capitalised head before more of a name ending in a head qualifies it.
    ("en", "The Public Service Development Agency met.", {("Public Service Development Agency", None)}),
    # "ilə" (with) joins two bodies, it is no word of a name.
    (
        "az",
        "Azərbaycan Respublikası Hökuməti ilə BMqT-nin Missiyası arasında saziş imzalanıb.",
        {
            ("Azərbaycan Respublikası Hökuməti", None),
            ("BMqT-nin Missiyası", None),
            ("Beynəlxalq Miqrasiya Təşkilatı", "BMqT"),
        },
    ),
    # A name does not run on into the heading of the next plan item.
    ("en", "Council of Europe\nMeasure 13.1.1: done.", {("Council of Europe", None)}),
    ("en", "The Commissioner for Human Rights spoke.", set()),
]


@pytest.mark.parametrize(("code", "text", "expected"), CASES)
def test_organisations(code: str, text: str, expected: Found) -> None:
    assert {(o.name, o.abbreviation) for o in find_organisations(text, languages.get(code))} == expected


def test_every_mention_is_kept_with_its_span() -> None:
    text = "BMqT ilə görüş. Beynəlxalq Miqrasiya Təşkilatının ekspertləri və BMqT-nin əməkdaşları."
    [org] = find_organisations(text, languages.get("az"))
    spans = [text[m.source_start or 0 : m.source_end or 0] for m in org.mentions]
    assert spans == ["BMqT", "Beynəlxalq Miqrasiya Təşkilatının", "BMqT"]


def test_organisations_on_the_sample(shared_dir: Path) -> None:
    corpus = shared_dir / "corpus"
    gold = json.loads((corpus / "dmx-2016-az.gold.json").read_text(encoding="utf-8"))
    predicted = extract_file(corpus / "dmx-2016-az.txt").to_extraction_json()
    assert evaluation.score(gold, predicted).kinds["organisations"].f1 >= 0.9


def test_figures_document_refs_and_organisations_on_the_dev_corpus(shared_dir: Path) -> None:
    scores = []
    for gold_path in sorted((shared_dir / "corpus" / "dev").glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        predicted = extract_file(gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")))
        result = evaluation.score(gold, predicted.to_extraction_json())
        scores += [result.kinds[kind] for kind in ("figures", "document_refs", "organisations")]
    assert evaluation.total(scores).f1 >= 0.85
