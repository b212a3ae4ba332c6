"""The demo's acts in the state languages: one handover per country, printed in its state language beside
Russian (Turkmen beside English).

Kyrgyz–Russian for Bishkek, Kazakh–Russian for Astana, Uzbek (Latin)–Russian
for Tashkent, Tajik–Russian for Dushanbe, Turkmen–English for Ashgabat: the
institutions, people's titles and authorities, places, goods, bases and item
names are in that language, as the office would record them.

NEEDS NATIVE REVIEW: every Kazakh, Kyrgyz, Tajik, Uzbek and Turkmen text in
this module was written for the demonstration by a non-native speaker and
has not been checked by one.  Institution names follow the institutions' own
usage as far as it is known; titles, bases, goods and item names are plain
translations.  A native-speaking colleague should review them (they are the
dictionaries ``NATIONAL_*`` and ``ACTS`` below) before the demo is shown as
an example of good wording.

An act is finalized only when every text it prints exists in both of its
languages (the office's data, the fixed texts, the amount in words); until
then it stays a draft.
"""

from __future__ import annotations

from typing import Any

from equipment_desk.core.rate_sources import find_source

NEEDS_REVIEW = "written for the demonstration; needs review by a native speaker"

# --- texts added to the base demo's records --------------------------------------------------------

UNODC = {
    "kk": "БҰҰ Есірткі және қылмыс жөніндегі басқармасы",
    "ky": "БУУнун Баңгизаттар жана кылмыштуулук боюнча башкармалыгы",
    "tg": "Раёсати СММ оид ба маводи мухаддир ва ҷинояткорӣ",
    "uz": "BMT Giyohvand moddalar va jinoyatchilik boʻyicha boshqarmasi",
    "tk": "BMG-niň Neşe serişdeleri we jenaýatçylyk boýunça müdirligi",
}
"""UNODC's name in each language (for the reader of this module; the texts below spell it out)."""

NATIONAL_DONORS: dict[str, dict[str, str]] = {
    "japan": {"name_kk": "Жапония Үкіметі", "name_ky": "Япония Өкмөтү", "name_tg": "Ҳукумати Ҷопон",
              "name_uz": "Yaponiya hukumati", "name_tk": "Ýaponiýanyň hökümeti"},
}
NATIONAL_PROGRAMMES: dict[str, dict[str, str]] = {
    "pca": {"name_kk": "БҰҰ ЕҚБ-ның 2015–2019 жылдарға арналған Орталық Азия бағдарламасы",
            "name_ky": "БУУ БКБнын 2015–2019-жылдарга Борбордук Азия үчүн программасы",
            "name_tg": "Барномаи РСММ барои Осиёи Марказӣ барои солҳои 2015–2019",
            "name_uz": "BMT GJBning 2015–2019-yillarga moʻljallangan Markaziy Osiyo dasturi",
            "name_tk": "BMG NJM-niň 2015–2019-njy ýyllar üçin Merkezi Aziýa maksatnamasy"},
}
NATIONAL_INSTITUTIONS: dict[str, dict[str, str]] = {
    "gpo": {"name_ky": "Кыргыз Республикасынын Башкы прокуратурасы"},
    "scc": {"name_uz": "Oʻzbekiston Respublikasi Davlat bojxona qoʻmitasi"},
    "tm_customs": {"name_tk": "Türkmenistanyň Döwlet gümrük gullugy"},
}
NATIONAL_SIGNATORIES: dict[str, dict[str, str]] = {
    "usubaliev": {"name_ky": "Усубалиев Азизбек", "title_ky": "Укуктук статистика башкармалыгынын башчысы",
                  "authority_ky": "Башкы прокуратура жөнүндө жобонун"},
    "scc_deputy": {"name_uz": "Rustam Nazarov", "title_uz": "Raisning oʻrinbosari", "authority_uz": "ishonchnoma"},
    "tm_head": {"name_tk": "Mergen Atayev", "title_tk": "Port gözegçilik toparynyň başlygy", "authority_tk": "ynanç haty"},
}

# --- new records ---------------------------------------------------------------------------------------

INSTITUTIONS = [
    ("kz_mvd", {"name_en": "Ministry of Internal Affairs of the Republic of Kazakhstan",
                "name_ru": "Министерство внутренних дел Республики Казахстан",
                "name_kk": "Қазақстан Республикасының Ішкі істер министрлігі",
                "country": "KZ", "city_en": "Astana", "city_ru": "г. Астана", "kind": "police"},
     [("kz_head", {"name_ru": "Сарсенбаев Ерлан", "name_en": "Yerlan Sarsenbayev", "name_kk": "Сәрсенбаев Ерлан", "gender": "m",
                   "title_en": "Head of the Counter-Narcotics Department",
                   "title_ru": "Начальник Департамента по противодействию наркопреступности",
                   "title_kk": "Есірткі қылмысына қарсы іс-қимыл департаментінің бастығы",
                   "authority_en": "the Regulations of the Department", "authority_ru": "Положения о Департаменте",
                   "authority_kk": "Департамент туралы ереженің"})]),
    ("tj_dca", {"name_en": "Drug Control Agency under the President of the Republic of Tajikistan",
                "name_ru": "Агентство по контролю за наркотиками при Президенте Республики Таджикистан",
                "name_tg": "Агентии назорати маводи нашъаовар назди Президенти Ҷумҳурии Тоҷикистон",
                "country": "TJ", "city_en": "Dushanbe", "city_ru": "г. Душанбе", "kind": "drug_control"},
     [("tj_deputy", {"name_ru": "Рахимов Фаридун", "name_en": "Faridun Rakhimov", "name_tg": "Раҳимов Фаридун", "gender": "m",
                     "title_en": "Deputy Director", "title_ru": "Заместитель директора", "title_tg": "Муовини директор",
                     "authority_en": "a power of attorney", "authority_ru": "доверенности", "authority_tg": "ваколатнома"})]),
]

ITEMS = [
    ("ky_laptop", "KGS", 10, 6_200_000, "Dell Latitude 5490", {
        "name_en": "Laptop computer", "name_ru": "Портативный компьютер (ноутбук)", "name_ky": "Көчмө компьютер (ноутбук)"}),
    ("ky_switch", "KGS", 2, 9_850_000, "Cisco Catalyst 2960-X", {
        "name_en": "Network switch", "name_ru": "Сетевой коммутатор", "name_ky": "Тармактык коммутатор"}),
    ("kk_workstation", "KZT", 2, 145_000_000, "Dell Precision 5820", {
        "name_en": "Digital forensic workstation", "name_ru": "Рабочая станция для цифровой криминалистики",
        "name_kk": "Цифрлық криминалистикаға арналған жұмыс станциясы"}),
    ("kk_testkit", "KZT", 40, 2_150_000, "Dräger DrugCheck 3000", {
        "name_en": "Rapid drug test kit", "name_ru": "Набор для экспресс-тестирования на наркотики",
        "name_kk": "Есірткіні жедел анықтауға арналған жинақ"}),
    ("uz_detector", "UZS", 3, 9_750_000_000, "CEIA PD240", {
        "name_en": "Handheld contraband detector", "name_ru": "Ручной детектор контрабанды",
        "name_uz": "Qoʻlda ishlatiladigan kontrabanda detektori"}),
    ("uz_camera", "UZS", 4, 565_000_000, "Canon EOS 2000D", {
        "name_en": "Digital camera", "name_ru": "Цифровой фотоаппарат", "name_uz": "Raqamli fotoapparat"}),
    ("tg_binoculars", "TJS", 6, 2_650_000, "Pulsar Edge GS 3.5x50", {
        "name_en": "Night vision binoculars", "name_ru": "Бинокль ночного видения", "name_tg": "Дурбини шабона"}),
    ("tg_radio", "TJS", 10, 440_000, "Motorola DP4400e", {
        "name_en": "Portable radio", "name_ru": "Портативная радиостанция", "name_tg": "Радиостансияи сайёр"}),
    ("tk_laptop", "TMT", 4, 350_000, "Lenovo ThinkPad T480", {
        "name_en": "Laptop computer", "name_ru": "Портативный компьютер (ноутбук)", "name_tk": "Göçme kompýuter (noutbuk)"}),
    ("tk_radiation", "TMT", 2, 2_100_000, "Thermo RadEye PRD", {
        "name_en": "Personal radiation detector", "name_ru": "Индивидуальный детектор радиации",
        "name_tk": "Şahsy radiasiýa detektory"}),
]
"""``(key, currency, quantity, unit value in minor units, model, names)``: bought under the Programme for Central Asia."""

_TREASURY = find_source("UN Treasury")
UN_TREASURY = {"kk": "БҰҰ Қазынашылығы, БҰҰ-ның операциялық айырбастау бағамдары",
               "ky": "БУУнун Казыналыгы, БУУнун операциялык алмашуу курстары",
               "tg": "Хазинадории СММ, қурбҳои амалиётии асъори СММ",
               "uz": "BMT Gʻaznachiligi, BMTning operatsion ayirboshlash kurslari",
               "tk": "BMG-niň Gaznaçylygy, BMG-niň operasion walýuta hümmetleri"}

REGIONAL_OFFICE = {
    "transferor_org_kk": "БҰҰ Есірткі және қылмыс жөніндегі басқармасының Орталық Азиядағы өңірлік өкілдігі",
    "transferor_org_tg": "Намояндагии минтақавии Раёсати СММ оид ба маводи мухаддир ва ҷинояткорӣ дар Осиёи Марказӣ",
    "transferor_org_uz": "BMT Giyohvand moddalar va jinoyatchilik boʻyicha boshqarmasining Markaziy Osiyodagi mintaqaviy vakolatxonasi",
    "transferor_org_tk": "BMG-niň Neşe serişdeleri we jenaýatçylyk boýunça müdirliginiň Merkezi Aziýadaky sebitleýin wekilhanasy",
    "transferor_name_kk": "Ашита Миттал", "transferor_name_tg": "Ашита Миттал",
    "transferor_name_uz": "Ashita Mittal", "transferor_name_tk": "Ashita Mittal",
    "transferor_title_kk": "Өңірлік өкіл", "transferor_title_tg": "Намояндаи минтақавӣ",
    "transferor_title_uz": "Mintaqaviy vakil", "transferor_title_tk": "Sebitleýin wekil",
    "transferor_authority_kk": "БҰҰ ЕҚБ Атқарушы директорының өкілеттіктерді беруінің",
    "transferor_authority_tg": "вогузории ваколатҳои Директори иҷроияи РСММ",
    "transferor_authority_uz": "BMT GJB Ijrochi direktorining vakolatlarni topshirishi",
    "transferor_authority_tk": "BMG NJM-niň Ýerine ýetiriji direktorynyň ygtyýarlyklary tabşyrmagy",
}
BISHKEK_OFFICE = {
    "transferor_org_ky": "БУУнун Баңгизаттар жана кылмыштуулук боюнча башкармалыгынын Кыргыз Республикасындагы программалык кеңсеси",
    "transferor_name_ky": "Кристина Куттниг",
    "transferor_title_ky": "БУУ БКБнын Кыргыз Республикасындагы программалык кеңсесинин башчысы",
    "transferor_authority_ky": "БУУ БКБнын Регионалдык өкүлүнүн ыйгарым укуктарды өткөрүп берүүсүнүн",
}


def _rate(currency: str, rate: str, lang: str) -> dict[str, Any]:
    return {"currency": currency, "rate": rate, "rate_type": "unore", "rate_date": "2018-04-01",
            "rate_source_en": _TREASURY.en, "rate_source_ru": _TREASURY.ru, f"rate_source_{lang}": UN_TREASURY[lang]}


ACTS: list[dict[str, Any]] = [
    {"key": "act_ky", "institution": "gpo", "signatory": "usubaliev", "office": "bishkek", "lines": ["ky_laptop", "ky_switch"],
     "header": dict(_rate("KGS", "68.85", "ky"), languages="ky,ru", act_date="2018-04-16",
                    place_en="Bishkek", place_ru="г. Бишкек", place_ky="Бишкек ш.",
                    goods_en="laptop computers and network equipment", goods_ru="портативные компьютеры и сетевое оборудование",
                    goods_ky="көчмө компьютерлер жана тармактык жабдуулар",
                    basis_en="UNODC Programme for Central Asia; letter of the General Prosecutor's Office No. 12/1-512 of 05.03.2018",
                    basis_ru="Программа УНП ООН для Центральной Азии; письмо Генеральной прокуратуры № 12/1-512 от 05.03.2018",
                    basis_ky="БУУ БКБнын Борбордук Азия үчүн программасы; Башкы прокуратуранын 05.03.2018-жылдагы № 12/1-512 каты")},
    {"key": "act_kk", "institution": "kz_mvd", "signatory": "kz_head", "office": "regional", "lines": ["kk_workstation", "kk_testkit"],
     "header": dict(_rate("KZT", "319.50", "kk"), languages="kk,ru", act_date="2018-04-17",
                    place_en="Astana", place_ru="г. Астана", place_kk="Астана қ.",
                    goods_en="digital forensic and drug testing equipment",
                    goods_ru="оборудование для цифровой криминалистики и экспресс-тестирования на наркотики",
                    goods_kk="цифрлық криминалистикаға және есірткіні жедел анықтауға арналған жабдықтар",
                    basis_en="UNODC Programme for Central Asia; letter of the Ministry No. 3-1-12/880 of 12.03.2018",
                    basis_ru="Программа УНП ООН для Центральной Азии; письмо Министерства № 3-1-12/880 от 12.03.2018",
                    basis_kk="БҰҰ ЕҚБ-ның Орталық Азия бағдарламасы; Министрліктің 2018 жылғы 12 наурыздағы № 3-1-12/880 хаты")},
    {"key": "act_uz", "institution": "scc", "signatory": "scc_deputy", "office": "regional", "lines": ["uz_detector", "uz_camera"],
     "header": dict(_rate("UZS", "8160.00", "uz"), languages="uz,ru", act_date="2018-04-18",
                    place_en="Tashkent", place_ru="г. Ташкент", place_uz="Toshkent sh.",
                    goods_en="contraband detection equipment", goods_ru="оборудование для обнаружения контрабанды",
                    goods_uz="kontrabandani aniqlash uskunalari",
                    basis_en="UNODC Programme for Central Asia; letter of the State Customs Committee No. 01-02/1150 of 14.03.2018",
                    basis_ru="Программа УНП ООН для Центральной Азии; письмо Государственного таможенного комитета № 01-02/1150 от 14.03.2018",
                    basis_uz="BMT GJBning Markaziy Osiyo dasturi; Davlat bojxona qoʻmitasining 2018-yil 14-martdagi 01-02/1150-son xati")},
    {"key": "act_tg", "institution": "tj_dca", "signatory": "tj_deputy", "office": "regional", "lines": ["tg_binoculars", "tg_radio"],
     "header": dict(_rate("TJS", "8.8200", "tg"), languages="tg,ru", act_date="2018-04-19",
                    place_en="Dushanbe", place_ru="г. Душанбе", place_tg="ш. Душанбе",
                    goods_en="night vision and radio equipment", goods_ru="приборы ночного видения и радиосвязи",
                    goods_tg="таҷҳизоти шабона дидан ва алоқаи радиоӣ",
                    basis_en="UNODC Programme for Central Asia; letter of the Agency No. 04/215 of 20.03.2018",
                    basis_ru="Программа УНП ООН для Центральной Азии; письмо Агентства № 04/215 от 20.03.2018",
                    basis_tg="Барномаи РСММ барои Осиёи Марказӣ; мактуби Агентӣ аз 20.03.2018 № 04/215")},
    {"key": "act_tk", "institution": "tm_customs", "signatory": "tm_head", "office": "regional", "lines": ["tk_laptop", "tk_radiation"],
     "header": dict(_rate("TMT", "3.50", "tk"), languages="tk,en", act_date="2018-04-20",
                    place_en="Ashgabat", place_ru="г. Ашхабад", place_tk="Aşgabat ş.",
                    goods_en="computers and radiation detectors for the Port Control Unit",
                    goods_ru="компьютеры и детекторы радиации для группы портового контроля",
                    goods_tk="Port gözegçilik topary üçin kompýuterler we radiasiýa detektorlary",
                    basis_en="UNODC Programme for Central Asia; letter of the State Customs Service No. 11/742 of 22.03.2018",
                    basis_ru="Программа УНП ООН для Центральной Азии; письмо Государственной таможенной службы № 11/742 от 22.03.2018",
                    basis_tk="BMG NJM-niň Merkezi Aziýa maksatnamasy; Döwlet gümrük gullugynyň 2018-nji ýylyň 22-nji martyndaky 11/742 belgili haty")},
]
"""The acts in a national pair, in the order they are finalized; ``office`` says which UNODC office hands over."""
