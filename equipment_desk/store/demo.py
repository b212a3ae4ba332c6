"""The demo data set: the real 2018 handovers of the UNODC Regional Office for Central Asia.

Reproduces the hardware section of the office's 2018 newsletter: 50
computers for the General Prosecutor's Office of the Kyrgyz Republic
(Programme for Central Asia, Government of Japan); reanimation equipment for
the narcological dispensaries of Jizzakh, Fergana, Navoi and Khorazm (Treatnet
II, US INL); video endoscopes and office equipment for the State Customs
Committee and the National Information-Analytical Center on Drug Control of
Uzbekistan (Container Control Programme, Japan, US INL and EXBS).  Serial
numbers, prices and rates are illustrative.

With ``national=True`` (as the command line and the window load it) it also
has one act per country printed in the country's state language
(:mod:`.demo_national`); the tests' fixtures load the 2018 handovers alone.

Every record has a fixed UUID, so loading twice changes nothing.
"""

from __future__ import annotations

import uuid as uuid_module
from typing import Any

import sqlite_utils

from equipment_desk.core.rate_sources import find_source, national_bank
from equipment_desk.store import acts, records, settings
from equipment_desk.store.database import frozen_clock, write_transaction

_NAMESPACE = uuid_module.UUID("5b1f6c1e-4d0a-4f43-9a57-0f3c2d8e7a10")


DEMO_TIMESTAMP = "2018-04-30T09:00:00Z"
"""Every demo record is written as of this moment, so two laptops' demo data are identical."""


def demo_uuid(name: str) -> str:
    return str(uuid_module.uuid5(_NAMESPACE, name))


DONORS = [
    ("japan", {"name_en": "Government of Japan", "name_ru": "Правительство Японии", "short_name": "Japan", "country": "Japan"}),
    ("inl", {"name_en": "U.S. Department of State Bureau of International Narcotics and Law Enforcement Affairs",
             "name_ru": "Бюро по международным вопросам борьбы с наркотиками и правоохранительной деятельности Государственного департамента США",
             "short_name": "US INL", "country": "United States"}),
    ("exbs", {"name_en": "Export Control and Related Border Security (EXBS) Program",
              "name_ru": "Программа экспортного контроля и безопасности границ (EXBS)",
              "short_name": "EXBS", "country": "United States"}),
]
PROGRAMMES = [
    ("pca", {"code": "XAC/Z60", "name_en": "UNODC Programme for Central Asia 2015–2019",
             "name_ru": "Программа УНП ООН для Центральной Азии на 2015–2019 годы",
             "sub_programme": "2"}, ["japan"]),
    ("treatnet", {"code": "GLO/K32", "name_en": "Treating drug dependence and its health consequences: Treatnet II",
                  "name_ru": "Лечение наркозависимости и ее последствий для здоровья: Тритнет II",
                  "sub_programme": "3"}, ["inl"]),
    ("ccp", {"code": "GLO/G80", "name_en": "UNODC-WCO Global Container Control Programme, Regional Segment for Central Asia and Azerbaijan",
             "name_ru": "Глобальная программа УНП ООН и ВТамО по контролю за контейнерными перевозками, региональный сегмент для Центральной Азии и Азербайджана",
             "sub_programme": "1"}, ["japan", "inl", "exbs"]),
]
INSTITUTIONS = [
    ("gpo", {"name_en": "General Prosecutor's Office of the Kyrgyz Republic", "name_ru": "Генеральная прокуратура Кыргызской Республики",
             "country": "KG", "city_en": "Bishkek", "city_ru": "г. Бишкек", "kind": "prosecutor",
             "address": "139 Erkindik Blvd, Bishkek 720040", "contact_person": "Legal Statistics Unit"},
     [("usubaliev", {"name_ru": "Усубалиев Азизбек", "name_en": "Azizbek Usubaliev", "gender": "m", "title_en": "Head of the Legal Statistics Unit",
                     "title_ru": "Начальник управления правовой статистики",
                     "authority_en": "the Regulations of the General Prosecutor's Office",
                     "authority_ru": "Положения о Генеральной прокуратуре"})]),
    ("nd_jizzakh", {"name_en": "Narcological Dispensary of Jizzakh Region", "name_ru": "Джизакский областной наркологический диспансер",
                    "country": "UZ", "city_en": "Jizzakh", "city_ru": "г. Джизак", "region": "Jizzakh", "kind": "health"},
     [("jizzakh_chief", {"name_ru": "Рахимов Бахтиёр", "name_en": "Bakhtiyor Rakhimov", "gender": "m", "title_en": "Chief Physician", "title_ru": "Главный врач",
                         "authority_en": "the Charter", "authority_ru": "Устава"})]),
    ("nd_fergana", {"name_en": "Narcological Dispensary of Fergana Region", "name_ru": "Ферганский областной наркологический диспансер",
                    "country": "UZ", "city_en": "Fergana", "city_ru": "г. Фергана", "region": "Fergana", "kind": "health"},
     [("dadaboyev", {"name_ru": "Дадабоев Ойбек", "name_en": "Oybek Dadaboyev", "gender": "m", "title_en": "Chief Physician", "title_ru": "Главный врач",
                     "authority_en": "the Charter", "authority_ru": "Устава"})]),
    ("nd_navoi", {"name_en": "Narcological Dispensary of Navoi Region", "name_ru": "Навоийский областной наркологический диспансер",
                  "country": "UZ", "city_en": "Navoi", "city_ru": "г. Навои", "region": "Navoi", "kind": "health"},
     [("navoi_chief", {"name_ru": "Каримова Дилноза", "name_en": "Dilnoza Karimova", "gender": "f", "title_en": "Chief Physician", "title_ru": "Главный врач",
                       "authority_en": "the Charter", "authority_ru": "Устава"})]),
    ("nd_khorazm", {"name_en": "Narcological Dispensary of Khorazm Region", "name_ru": "Хорезмский областной наркологический диспансер",
                    "country": "UZ", "city_en": "Urgench", "city_ru": "г. Ургенч", "region": "Khorazm", "kind": "health"},
     [("khorazm_chief", {"name_ru": "Юсупов Улугбек", "name_en": "Ulugbek Yusupov", "gender": "m", "title_en": "Chief Physician", "title_ru": "Главный врач",
                         "authority_en": "the Charter", "authority_ru": "Устава"})]),
    ("scc", {"name_en": "State Customs Committee of the Republic of Uzbekistan", "name_ru": "Государственный таможенный комитет Республики Узбекистан",
             "country": "UZ", "city_en": "Tashkent", "city_ru": "г. Ташкент", "kind": "customs", "address": "Tashkent"},
     [("scc_deputy", {"name_ru": "Назаров Рустам", "name_en": "Rustam Nazarov", "gender": "m", "title_en": "Deputy Chairman", "title_ru": "Заместитель Председателя",
                      "authority_en": "a power of attorney", "authority_ru": "доверенности"})]),
    ("ncdc", {"name_en": "National Information-Analytical Center on Drug Control under the Cabinet of Ministers of the Republic of Uzbekistan",
              "name_ru": "Национальный информационно-аналитический центр по контролю за наркотиками при Кабинете Министров Республики Узбекистан",
              "country": "UZ", "city_en": "Tashkent", "city_ru": "г. Ташкент", "kind": "drug_control"},
     [("ncdc_director", {"name_ru": "Тошматов Шерзод", "name_en": "Sherzod Toshmatov", "gender": "m", "title_en": "Director", "title_ru": "Директор",
                         "authority_en": "the Regulations", "authority_ru": "Положения"})]),
    ("tm_customs", {"name_en": "State Customs Service of Turkmenistan", "name_ru": "Государственная таможенная служба Туркменистана",
                    "country": "TM", "city_en": "Ashgabat", "city_ru": "г. Ашхабад", "kind": "customs"},
     [("tm_head", {"name_ru": "Атаев Мерген", "name_en": "Mergen Atayev", "gender": "m", "title_en": "Head of the Port Control Unit", "title_ru": "Начальник группы портового контроля",
                   "authority_en": "a power of attorney", "authority_ru": "доверенности"})]),
]

_COMPUTER = dict(category="computers", unit="pcs", currency="KGS", acquisition_date="2018-01-25", programme="pca")
_MEDICAL = dict(category="medical", unit="pcs", currency="UZS", acquisition_date="2018-01-10", programme="treatnet")


def _items() -> list[tuple[str, dict[str, Any]]]:
    items: list[tuple[str, dict[str, Any]]] = []
    for n in range(1, 51):
        items.append((f"pc{n:02d}", dict(_COMPUTER, name_en="Desktop computer with 22\" monitor, keyboard and mouse",
                                         name_ru="Персональный компьютер с монитором 22″, клавиатурой и мышью",
                                         model="HP ProDesk 400 G4 MT / HP V223", serial_number=f"CZC80{21000 + n}",
                                         inventory_number=f"UNODC-KG-18-{n:04d}", quantity=1, unit_value_minor=3_750_000)))
    items.append(("server", dict(_COMPUTER, name_en="Database server", name_ru="Сервер баз данных", model="HP ProLiant DL380 Gen10", serial_number="CZJ8050XYZ",
                                 inventory_number="UNODC-KG-18-0051", quantity=1, unit_value_minor=24_500_000)))
    items.append(("mfp", dict(_COMPUTER, name_en="Multifunction laser printer", name_ru="Многофункциональное лазерное устройство", model="HP LaserJet Pro M428fdn", serial_number=None,
                              inventory_number=None, quantity=5, unit_value_minor=2_600_000)))
    items.append(("ups", dict(_COMPUTER, name_en="Uninterruptible power supply 1500 VA",
                              name_ru="Источник бесперебойного питания 1500 ВА", model="APC Smart-UPS SMT1500I", serial_number=None,
                              inventory_number=None, quantity=10, unit_value_minor=1_150_000)))
    for region in ("jizzakh", "fergana", "navoi", "khorazm"):
        items.append((f"defib_{region}", dict(_MEDICAL, name_en="Defibrillator-monitor", name_ru="Дефибриллятор-монитор", model="Nihon Kohden TEC-5631",
                                              serial_number=f"NK-{region[:3].upper()}-18001", inventory_number=f"UNODC-UZ-T2-{region[:3].upper()}-1",
                                              quantity=1, unit_value_minor=7_850_000_000)))
        items.append((f"ventilator_{region}", dict(_MEDICAL, name_en="Intensive care ventilator",
                                                   name_ru="Аппарат искусственной вентиляции лёгких для интенсивной терапии", model="Dräger Savina 300",
                                                   serial_number=f"DR-{region[:3].upper()}-18002", inventory_number=f"UNODC-UZ-T2-{region[:3].upper()}-2",
                                                   quantity=1, unit_value_minor=14_200_000_000)))
        items.append((f"monitor_{region}", dict(_MEDICAL, name_en="Patient monitor", name_ru="Монитор пациента", model="Mindray uMEC10",
                                                serial_number=None, inventory_number=None, quantity=2, unit_value_minor=2_950_000_000)))
        items.append((f"suction_{region}", dict(_MEDICAL, name_en="Electric suction unit", name_ru="Электроотсасыватель медицинский", model="Armed 7E-A",
                                                serial_number=None, inventory_number=None, quantity=1, unit_value_minor=480_000_000)))
    for n in range(1, 5):
        items.append((f"endoscope{n}", dict(category="endoscopes", name_en="Video endoscope with 6 m insertion tube and articulating tip",
                                            name_ru="Видеоэндоскоп с рабочей частью 6 м и управляемым дистальным концом",
                                            model="Olympus IPLEX GX/GT", serial_number=f"IPX18G{n:03d}", inventory_number=f"UNODC-UZ-CCP-{n:03d}",
                                            unit="kit", quantity=1, unit_value_minor=1_890_000, currency="USD",
                                            acquisition_date="2018-02-05", programme="ccp")))
    for key, name, name_ru, model, quantity, value in (
        ("laptop_scc", "Laptop computer", "Ноутбук", "Dell Latitude 5480", 6, 98_000),
        ("printer_scc", "Laser printer", "Лазерный принтер", "HP LaserJet Pro M402dn", 3, 31_000),
        ("laptop_ncdc", "Laptop computer", "Ноутбук", "Dell Latitude 5480", 4, 98_000),
        ("projector_ncdc", "Multimedia projector with screen", "Мультимедийный проектор с экраном", "Epson EB-X41", 1, 64_000),
        ("pc_tm", "Desktop computer", "Персональный компьютер", "Lenovo ThinkCentre M720s", 8, 72_000),
    ):
        items.append((key, dict(category="office" if "projector" in key or "printer" in key else "computers", name_en=name, name_ru=name_ru, model=model,
                                serial_number=None, inventory_number=None, unit="pcs", quantity=quantity, unit_value_minor=value,
                                currency="USD", acquisition_date="2018-02-10", programme="ccp")))
    return items


_UNODC_SIGNATORY = {
    "transferor_name_en": "Ashita Mittal",
    "transferor_name_ru": "Ашита Миттал",
    "transferor_gender": "f",
    "transferor_title_en": "Regional Representative, UNODC Regional Office for Central Asia",
    "transferor_title_ru": "Региональный представитель Регионального представительства УНП ООН в Центральной Азии",
    "transferor_authority_en": "the delegation of authority of the Executive Director of UNODC",
    "transferor_authority_ru": "делегирования полномочий Исполнительного директора УНП ООН",
}
_BISHKEK_SIGNATORY = {
    "transferor_org_en": "UNODC Programme Office in the Kyrgyz Republic",
    "transferor_org_ru": "Программный офис УНП ООН в Кыргызской Республике",
    "transferor_name_en": "Kristina Kuttnig",
    "transferor_name_ru": "Кристина Куттниг",
    "transferor_gender": "f",
    "transferor_title_en": "Head of the UNODC Programme Office in the Kyrgyz Republic",
    "transferor_title_ru": "Руководитель Программного офиса УНП ООН в Кыргызской Республике",
    "transferor_authority_en": "the delegation of authority of the UNODC Regional Representative",
    "transferor_authority_ru": "делегирования полномочий Регионального представителя УНП ООН",
}
_UN_TREASURY = find_source("UN Treasury")
_UZS_RATE = {"currency": "UZS", "rate": "8120.00", "rate_type": "unore",
             "rate_source_en": _UN_TREASURY.en, "rate_source_ru": _UN_TREASURY.ru, "rate_date": "2018-02-01",
             "nb_rate": "8135.87", "nb_rate_source_en": national_bank("UZS").en, "nb_rate_source_ru": national_bank("UZS").ru,
             "nb_rate_date": "2018-02-14"}


def _acts() -> list[dict[str, Any]]:
    """The demo acts, in the order they are finalized."""
    treatnet_basis = {
        "basis_en": "Project GLO/K32 \"Treatnet II\"; letter of the Republican Specialized Scientific and Practical Medical Center of Narcology No. 01-12/45 of 15.12.2017",
        "basis_ru": "Проект GLO/K32 «Тритнет II»; письмо Республиканского специализированного научно-практического медицинского центра наркологии № 01-12/45 от 15.12.2017",
        "goods_en": "reanimation equipment", "goods_ru": "реанимационное оборудование",
    }
    acts_ = [
        {"key": "act_gpo", "institution": "gpo", "signatory": "usubaliev", "programme": "pca", "state": "signed",
         "signed_date": "2018-02-20",
         "header": dict(_BISHKEK_SIGNATORY, act_date="2018-02-15", place_en="Bishkek", place_ru="г. Бишкек",
                        goods_en="computers and related equipment for the unified electronic crime database",
                        goods_ru="компьютеры и сопутствующее оборудование для единой электронной базы данных о преступлениях",
                        basis_en="UNODC Programme for Central Asia; Memorandum of Understanding between UNODC and the General Prosecutor's Office of 12.05.2017; letter No. 12/1-345 of 10.01.2018",
                        basis_ru="Программа УНП ООН для Центральной Азии; Меморандум о взаимопонимании между УНП ООН и Генеральной прокуратурой от 12.05.2017; письмо № 12/1-345 от 10.01.2018",
                        currency="KGS", rate="68.45", rate_type="unore", rate_source_en=_UN_TREASURY.en, rate_source_ru=_UN_TREASURY.ru,
                        rate_date="2018-02-01", nb_rate="68.7524", nb_rate_source_en=national_bank("KGS").en,
                        nb_rate_source_ru=national_bank("KGS").ru, nb_rate_date="2018-02-15"),
         "lines": [f"pc{n:02d}" for n in range(1, 51)] + ["server", "mfp", "ups"]},
    ]
    for key, region, state, date in (
        ("act_jizzakh", "jizzakh", "signed", "2018-02-22"),
        ("act_fergana_void", "fergana", "void", "2018-02-22"),
        ("act_fergana", "fergana", "signed", "2018-02-23"),
        ("act_navoi", "navoi", "finalized", "2018-02-26"),
        ("act_khorazm", "khorazm", "signed", "2018-02-28"),
    ):
        acts_.append({
            "key": key, "institution": f"nd_{region}", "signatory": {"jizzakh": "jizzakh_chief", "fergana": "dadaboyev", "navoi": "navoi_chief",
                                                                                 "khorazm": "khorazm_chief"}[region],
            "programme": "treatnet", "state": state, "signed_date": "2018-03-05" if state == "signed" else None,
            "void_reason": "The recipient's name was misspelt; replaced by the next act." if state == "void" else None,
            "header": dict(_UNODC_SIGNATORY, **treatnet_basis, **_UZS_RATE, act_date=date, place_en="Tashkent", place_ru="г. Ташкент"),
            "lines": [f"defib_{region}", f"ventilator_{region}", f"monitor_{region}", f"suction_{region}"],
        })
    ccp = dict(_UNODC_SIGNATORY, act_date="2018-03-02", place_en="Tashkent", place_ru="г. Ташкент", currency="USD",
               basis_en="UNODC-WCO Global Container Control Programme (GLO/G80); Agreement between UNODC and the Government of the Republic of Uzbekistan of 05.06.2015",
               basis_ru="Глобальная программа УНП ООН и ВТамО по контролю за контейнерными перевозками (GLO/G80); Соглашение между УНП ООН и Правительством Республики Узбекистан от 05.06.2015")
    acts_.append({"key": "act_scc", "institution": "scc", "signatory": "scc_deputy", "programme": "ccp", "state": "signed",
                  "signed_date": "2018-03-02",
                  "header": dict(ccp, goods_en="video endoscopes and office equipment for the Port Control Units",
                                 goods_ru="видеоэндоскопы и оргтехника для групп портового контроля"),
                  "lines": ["endoscope1", "endoscope2", "endoscope3", "endoscope4", "laptop_scc", "printer_scc"]})
    acts_.append({"key": "act_ncdc", "institution": "ncdc", "signatory": "ncdc_director", "programme": "ccp", "state": "finalized",
                  "header": dict(ccp, goods_en="office equipment", goods_ru="оргтехника"),
                  "lines": ["laptop_ncdc", "projector_ncdc"]})
    acts_.append({"key": "act_tm_draft", "institution": "tm_customs", "signatory": "tm_head", "programme": "ccp", "state": "draft",
                  "header": dict(_UNODC_SIGNATORY, act_date="2018-04-12", place_en="Ashgabat", place_ru="г. Ашхабад", currency="TMT",
                                 rate="3.50", rate_type="unore", rate_source_en=_UN_TREASURY.en, rate_source_ru=_UN_TREASURY.ru,
                                 rate_date="2018-04-01",
                                 goods_en="computers for the Port Control Unit", goods_ru="компьютеры для группы портового контроля",
                                 transfer_type="custody"),
                  "lines": ["pc_tm"]})
    return acts_


def _signed_scan_pdf(title: str) -> bytes:
    """A one-page PDF standing in for the scanned, signed act."""
    text = title.encode("latin-1", "replace")
    stream = b"BT /F1 14 Tf 72 760 Td (" + text + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def demo_loaded(*, db: sqlite_utils.Database) -> bool:
    return db.execute("SELECT 1 FROM donor WHERE uuid = ?", [demo_uuid("donor:japan")]).fetchone() is not None


def national_demo_loaded(*, db: sqlite_utils.Database) -> bool:
    return db.execute("SELECT 1 FROM act WHERE uuid = ?", [demo_uuid("act:act_ky")]).fetchone() is not None


def load_demo(*, db: sqlite_utils.Database, user: str = "demo", national: bool = False) -> dict[str, int]:
    """Load the demo data set in one transaction; returns counts of what was added (all zero the second time).

    ``national`` adds the acts in the state languages (:mod:`.demo_national`), also to a database that holds
    the 2018 handovers already."""
    none = {"donors": 0, "programmes": 0, "institutions": 0, "items": 0, "acts": 0}
    if demo_loaded(db=db):
        if national and not national_demo_loaded(db=db):
            with frozen_clock(DEMO_TIMESTAMP), write_transaction(db):
                return {key: none[key] + value for key, value in _load_national(db, user).items()}
        return none
    ids: dict[str, int] = {}
    with frozen_clock(DEMO_TIMESTAMP), write_transaction(db):
        if settings.get_setting(db=db, key="default_signatory_name") == "":
            settings.set_settings(db=db, values={
                "default_signatory_name": _UNODC_SIGNATORY["transferor_name_en"],
                "default_signatory_name_ru": _UNODC_SIGNATORY["transferor_name_ru"],
                "default_signatory_name_en": _UNODC_SIGNATORY["transferor_name_en"],
                "default_signatory_gender": _UNODC_SIGNATORY["transferor_gender"],
                "default_signatory_title_en": _UNODC_SIGNATORY["transferor_title_en"],
                "default_signatory_title_ru": _UNODC_SIGNATORY["transferor_title_ru"],
                "default_signatory_authority_en": _UNODC_SIGNATORY["transferor_authority_en"],
                "default_signatory_authority_ru": _UNODC_SIGNATORY["transferor_authority_ru"],
            })
        for key, data in DONORS:
            ids[key] = records.create(db=db, kind=records.DONOR, data=data, user=user, uuid=demo_uuid(f"donor:{key}"))["id"]
        for key, data, donors in PROGRAMMES:
            ids[key] = records.create(db=db, kind=records.PROGRAMME, data=data, user=user, uuid=demo_uuid(f"programme:{key}"))["id"]
            records.set_programme_donors(db=db, programme_id=ids[key], donor_ids=[ids[d] for d in donors], user=user)
        for key, data, people in INSTITUTIONS:
            ids[key] = records.create(db=db, kind=records.INSTITUTION, data=data, user=user, uuid=demo_uuid(f"institution:{key}"))["id"]
            for person_key, person in people:
                ids[person_key] = records.add_signatory(db=db, institution_id=ids[key], data=person, user=user,
                                                        uuid=demo_uuid(f"signatory:{person_key}"))["id"]
        items = _items()
        for key, data in items:
            data = dict(data)
            data["programme_id"] = ids[data.pop("programme")]
            ids[key] = records.create(db=db, kind=records.ITEM, data=data, user=user, uuid=demo_uuid(f"item:{key}"))["id"]
        demo_acts = _acts()
        for spec in demo_acts:
            header = dict(spec["header"], recipient_institution_id=ids[spec["institution"]],
                          recipient_signatory_id=ids[spec["signatory"]], programme_id=ids[spec["programme"]])
            act_id = acts.create_draft(db=db, data=header, user=user, uuid=demo_uuid(f"act:{spec['key']}"))
            acts.add_lines(db=db, act_id=act_id, lines=[{"item_id": ids[k]} for k in spec["lines"]], user=user)
            if spec["state"] == "draft":
                continue
            result = acts.finalize_act(db=db, act_id=act_id, user=user)
            if spec["state"] == "signed":
                scan = (f"{result['number']}-signed.pdf", _signed_scan_pdf(f"Signed act {result['number']}"))
                acts.sign_act(db=db, act_id=act_id, signed_date=spec["signed_date"], scan=scan, user=user,
                              scan_uuid=demo_uuid(f"scan:{spec['key']}"))
            elif spec["state"] == "void":
                acts.void_act(db=db, act_id=act_id, reason=spec["void_reason"], user=user)
        added = {"donors": len(DONORS), "programmes": len(PROGRAMMES), "institutions": len(INSTITUTIONS),
                 "items": len(items), "acts": len(demo_acts)}
        if national:
            for key, value in _load_national(db, user).items():
                added[key] += value
    return added


def _demo_id(db: sqlite_utils.Database, table: str, key: str) -> int:
    return int(db.execute(f"SELECT id FROM {table} WHERE uuid = ?", [demo_uuid(f"{table}:{key}")]).fetchone()[0])


def _load_national(db: sqlite_utils.Database, user: str) -> dict[str, int]:
    """The acts in a national pair (:mod:`.demo_national`), inside the caller's transaction: the base records'
    texts in those languages, two institutions, the items, and each act — finalized when every text it prints
    exists in both of its languages, else left a draft."""
    from equipment_desk.store import demo_national as nat

    for table, texts in (("donor", nat.NATIONAL_DONORS), ("programme", nat.NATIONAL_PROGRAMMES),
                         ("institution", nat.NATIONAL_INSTITUTIONS), ("signatory", nat.NATIONAL_SIGNATORIES)):
        for key, values in texts.items():
            records.update(db=db, kind=records.KINDS[table], record_id=_demo_id(db, table, key), changes=values, user=user)
    ids: dict[str, int] = {}
    for key, data, people in nat.INSTITUTIONS:
        ids[key] = records.create(db=db, kind=records.INSTITUTION, data=data, user=user, uuid=demo_uuid(f"institution:{key}"))["id"]
        for person_key, person in people:
            ids[person_key] = records.add_signatory(db=db, institution_id=ids[key], data=person, user=user,
                                                    uuid=demo_uuid(f"signatory:{person_key}"))["id"]
    programme = _demo_id(db, "programme", "pca")
    for key, currency, quantity, value, model, names in nat.ITEMS:
        data = dict(names, category="computers", model=model, unit="pcs", quantity=quantity, unit_value_minor=value,
                    currency=currency, acquisition_date="2018-03-20", programme_id=programme)
        ids[key] = records.create(db=db, kind=records.ITEM, data=data, user=user, uuid=demo_uuid(f"item:{key}"))["id"]
    for spec in nat.ACTS:
        office = (dict(_BISHKEK_SIGNATORY, **nat.BISHKEK_OFFICE) if spec["office"] == "bishkek"
                  else dict(_UNODC_SIGNATORY, **nat.REGIONAL_OFFICE))
        institution = ids.get(spec["institution"]) or _demo_id(db, "institution", spec["institution"])
        signatory = ids.get(spec["signatory"]) or _demo_id(db, "signatory", spec["signatory"])
        header = dict(office, **spec["header"], recipient_institution_id=institution, recipient_signatory_id=signatory,
                      programme_id=programme)
        act_id = acts.create_draft(db=db, data=header, user=user, uuid=demo_uuid(f"act:{spec['key']}"))
        acts.add_lines(db=db, act_id=act_id, lines=[{"item_id": ids[k]} for k in spec["lines"]], user=user)
        if not acts.finalize_problems(db=db, act_id=act_id):
            acts.finalize_act(db=db, act_id=act_id, user=user)
    return {"donors": 0, "programmes": 0, "institutions": len(nat.INSTITUTIONS), "items": len(nat.ITEMS), "acts": len(nat.ACTS)}
