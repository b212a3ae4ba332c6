"""Act dicts for document tests, in the form of docs/act-json.md.

The default act is the February 2018 handover of 50 computers and related
equipment, worth 2 150 000 soms, to the General Prosecutor's Office of the
Kyrgyz Republic (UNODC Programme for Central Asia, funded by Japan).
"""

from __future__ import annotations

import copy
import hashlib
import json
from typing import Any

from equipment_desk.core.money import parse_rate, to_usd_minor

CANONICAL_KEYS = (
    "format", "uuid", "number", "office_code", "date", "place", "country", "languages", "goods",
    "transferor", "recipient", "programme", "basis", "transfer_type", "currency", "rate",
    "national_rate", "lines", "totals", "previous_hash",
)

# (name, model, unit, unit value in tyiyns, how many)
GPO_ITEMS = (
    ("Desktop computer (system unit, 22\" monitor, keyboard, mouse)", "HP ProDesk 400 G4 MT", "set", 4_300_000, 40),
    ("Multifunction laser printer", "HP LaserJet Pro MFP M428fdn", "pcs", 2_900_000, 5),
    ("Uninterruptible power supply", "APC Back-UPS Pro 1100", "pcs", 875_000, 4),
    ("Rack server with Windows Server 2016 licence", "HP ProLiant DL380 Gen10", "pcs", 25_000_000, 1),
)


RUSSIAN_NAMES = {
    GPO_ITEMS[0][0]: "Персональный компьютер (системный блок, монитор 22\", клавиатура, мышь)",
    GPO_ITEMS[1][0]: "Многофункциональное лазерное устройство",
    GPO_ITEMS[2][0]: "Источник бесперебойного питания",
    GPO_ITEMS[3][0]: "Стоечный сервер с лицензией Windows Server 2016",
}


def content_hash(act: dict) -> str:
    """SHA-256 over the canonical form (docs/act-json.md), for fixtures."""
    canonical = {key: act.get(key) for key in CANONICAL_KEYS}
    if canonical.get("rate"):
        canonical["rate"] = {k: v for k, v in canonical["rate"].items() if k not in ("entered_by", "entered_at")}
    text = json.dumps(canonical, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def gpo_lines() -> list[dict[str, Any]]:
    lines = []
    for name, model, unit, value, count in GPO_ITEMS:
        for _ in range(count):
            n = len(lines) + 1
            lines.append({
                "line_no": n,
                "item_uuid": f"00000000-0000-4000-8000-{n:012d}",
                "name": name,
                "model": model,
                "serial_number": f"CZC80{21000 + n * 7}",
                "inventory_number": f"UNODC-KG-2018-{n:04d}",
                "unit": unit,
                "quantity": 1,
                "unit_value_minor": value,
                "amount_minor": value,
            })
    return lines


def make_act(*, lines: list[dict] | None = None, currency: str = "KGS", status: str = "finalized",
             rate: str | None = "68.8395", transfer_type: str = "title",
             languages: list[str] | None = None, number: str = "BISH-2018-0001", version: int = 2) -> dict[str, Any]:
    """An act in content version ``version`` (2: names per language and the preamble's genitive; 1: as sealed before)."""
    lines = copy.deepcopy(lines if lines is not None else gpo_lines())
    amount = sum(line["amount_minor"] for line in lines)
    quantity = sum(line["quantity"] for line in lines)
    rate_record = None
    usd_minor = amount
    if currency != "USD":
        rate_record = {"value": rate, "scale": 1, "type": "unore", "source": "UN Treasury",
                       "effective_date": "2018-02-01", "entered_by": "logistics",
                       "entered_at": "2018-02-10T09:00:00Z"}
        usd_minor = to_usd_minor(amount, parse_rate(rate))
    act: dict[str, Any] = {
        "format": "equipment-desk/act@1",
        "uuid": "6f1c2d4e-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
        "number": number,
        "status": status,
        "office_code": "BISH",
        "date": "2018-02-15",
        "place": {"en": "Bishkek", "ru": "г. Бишкек", "kk": "Бішкек қ.", "tg": "ш. Бишкек"},
        "country": "KG",
        "languages": languages or ["ru", "en"],
        "goods": {"en": "computers and related equipment",
                  "ru": "компьютеры и сопутствующее оборудование",
                  "kk": "компьютерлер және ілеспе жабдықтар",
                  "tg": "компютерҳо ва таҷҳизоти марбут"},
        "transferor": {
            "organisation": {"en": "UNODC Programme Office in the Kyrgyz Republic",
                             "ru": "Программный офис УНП ООН в Кыргызской Республике"},
            "signatory": {"name": "Алмаз Жээнбеков",
                          "title": {"en": "Head of Office", "ru": "Руководитель офиса"},
                          "authority": {"en": "the delegation of authority of 1 January 2018",
                                        "ru": "делегирования полномочий от 01.01.2018"}},
        },
        "recipient": {
            "institution_uuid": "5a0e7c1b-3d2f-4e6a-9b8c-7d6e5f4a3b2c",
            "organisation": {"en": "General Prosecutor's Office of the Kyrgyz Republic",
                             "ru": "Генеральная прокуратура Кыргызской Республики"},
            "country": "KG",
            "address": "720040, г. Бишкек, ул. Логвиненко, 41",
            "signatory": {"uuid": "1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9", "name": "Азизбек Усубалиев",
                          "title": {"en": "Head of the Legal Statistics Unit",
                                    "ru": "Начальник отдела правовой статистики"},
                          "authority": {"en": "Order No. 15 of 12 January 2018",
                                        "ru": "приказа № 15 от 12.01.2018"}},
        },
        "programme": {"code": "XAC/Z60",
                      "name": {"en": "UNODC Programme for Central Asia 2015–2019",
                               "ru": "Программа УНП ООН для Центральной Азии на 2015–2019 годы"},
                      "sub_programme": "2",
                      "donors": [{"uuid": "d0n0r-jp", "name": {"en": "Government of Japan",
                                                              "ru": "Правительство Японии"}}]},
        "basis": {"en": "Request letter No. 12/345 of 10.01.2018 of the General Prosecutor's Office",
                  "ru": "Письмо-запрос Генеральной прокуратуры № 12/345 от 10.01.2018"},
        "transfer_type": transfer_type,
        "currency": currency,
        "rate": rate_record,
        "national_rate": None,
        "lines": lines,
        "totals": {"quantity": quantity, "amount_minor": amount, "usd_minor": usd_minor},
        "content_hash": None,
        "previous_hash": "0" * 64,
        "created_at": "2018-02-10T09:00:00Z", "created_by": "logistics",
        "finalized_at": "2018-02-15T10:00:00Z", "finalized_by": "logistics",
        "signed": None,
        "void": None,
    }
    if version == 2:
        act["format"] = "equipment-desk/act@2"
        act["transferor"]["signatory"].update(
            name={"ru": "Жээнбеков Алмаз", "en": "Almaz Zheenbekov"}, gender="m",
            name_genitive={"ru": "Жээнбекова Алмаза"}, title_genitive={"ru": "руководителя офиса"})
        act["recipient"]["signatory"].update(
            name={"ru": "Усубалиев Азизбек", "en": "Azizbek Usubaliev"}, gender="m",
            name_genitive={"ru": "Усубалиева Азизбека"}, title_genitive={"ru": "начальника отдела правовой статистики"})
        for line in act["lines"]:
            if isinstance(line.get("name"), str):
                line["name"] = {"en": line["name"], "ru": RUSSIAN_NAMES.get(line["name"], line["name"])}
        if act["rate"]:
            act["rate"]["source"] = {"en": "UN Treasury", "ru": "Казначейство ООН"}
    if status == "draft":
        act["number"] = act["content_hash"] = act["previous_hash"] = None
    else:
        act["content_hash"] = content_hash(act)
    if status == "void":
        act["void"] = {"reason": "Serial numbers of lines 3 and 4 were swapped",
                       "at": "2018-02-16T08:00:00Z", "by": "logistics"}
    if status == "signed":
        act["signed"] = {"date": "2018-02-20", "scan": None}
    return act


def simple_lines(count: int, *, unit_value: int = 150_000, name: str = "Office chair") -> list[dict]:
    return [
        {"line_no": n, "item_uuid": None, "name": f"{name} {n}", "model": "Model X", "serial_number": f"SN{n:06d}",
         "inventory_number": f"INV-{n:05d}", "unit": "pcs", "quantity": 1,
         "unit_value_minor": unit_value, "amount_minor": unit_value}
        for n in range(1, count + 1)
    ]
