"""A realistic act dict of any length for the certificate benchmark (docs/act-json.md form).

A mix of the equipment UNODC handed over in 2018: computers, printers, UPS
units, servers, endoscopes, with serial and inventory numbers, in Kyrgyz soms.
"""

from __future__ import annotations

import hashlib
import json

from equipment_desk.core.money import parse_rate, to_usd_minor

_ITEMS = (
    ("Desktop computer with 22\" monitor, keyboard and mouse", "HP ProDesk 400 G4 MT / HP V223", "set", 3_750_000),
    ("Multifunction laser printer", "HP LaserJet Pro MFP M428fdn", "pcs", 2_600_000),
    ("Uninterruptible power supply 1500 VA", "APC Smart-UPS SMT1500I", "pcs", 1_150_000),
    ("Rack server with Windows Server 2016 licence", "HP ProLiant DL380 Gen10", "pcs", 25_000_000),
    ("Flexible video endoscope with carrying case and spare light source", "Olympus IPLEX GX/GT", "kit", 98_000_000),
    ("Network switch, 24 ports", "Cisco Catalyst 2960-X", "pcs", 1_900_000),
)


def bench_act(lines: int) -> dict:
    rows = []
    for n in range(1, lines + 1):
        name, model, unit, value = _ITEMS[(n - 1) % len(_ITEMS)]
        quantity = 1 if n % 7 else 3
        rows.append({
            "line_no": n, "item_uuid": None, "name": name, "model": model,
            "serial_number": f"CZC80{21000 + n}", "inventory_number": f"UNODC-KG-18-{n:04d}",
            "unit": unit, "quantity": quantity, "unit_value_minor": value, "amount_minor": value * quantity,
        })
    amount = sum(r["amount_minor"] for r in rows)
    act = {
        "format": "equipment-desk/act@1",
        "uuid": "b9d7581c-e94f-5474-becc-f24b7c564eb1",
        "number": "ROCA-2018-0001",
        "status": "finalized",
        "office_code": "ROCA",
        "date": "2018-02-15",
        "place": {"en": "Bishkek", "ru": "г. Бишкек"},
        "country": "KG",
        "languages": ["ru", "en"],
        "goods": {"en": "computers and related equipment", "ru": "компьютеры и сопутствующее оборудование"},
        "transferor": {
            "organisation": {"en": "UNODC Programme Office in the Kyrgyz Republic",
                             "ru": "Программный офис УНП ООН в Кыргызской Республике"},
            "signatory": {"name": "Kristina Kuttnig",
                          "title": {"en": "Head of Office", "ru": "Руководитель офиса"},
                          "authority": {"en": "the delegation of authority of the Regional Representative",
                                        "ru": "делегирования полномочий Регионального представителя"}},
        },
        "recipient": {
            "organisation": {"en": "General Prosecutor's Office of the Kyrgyz Republic",
                             "ru": "Генеральная прокуратура Кыргызской Республики"},
            "signatory": {"name": "Азизбек Усубалиев",
                          "title": {"en": "Head of the Legal Statistics Unit",
                                    "ru": "Начальник управления правовой статистики"},
                          "authority": {"en": "the Regulations of the General Prosecutor's Office",
                                        "ru": "Положения о Генеральной прокуратуре"}},
        },
        "programme": {"code": "XAC/Z60",
                      "name": {"en": "UNODC Programme for Central Asia 2015-2019",
                               "ru": "Программа УНП ООН для Центральной Азии на 2015-2019 годы"},
                      "sub_programme": "2",
                      "donors": [{"name": {"en": "Government of Japan", "ru": "Правительство Японии"}}]},
        "basis": {"en": "Letter No. 12/1-345 of 10.01.2018", "ru": "Письмо № 12/1-345 от 10.01.2018"},
        "transfer_type": "title",
        "currency": "KGS",
        "rate": {"value": "68.45", "scale": 1, "type": "unore", "source": "UN Treasury",
                 "effective_date": "2018-02-01"},
        "national_rate": None,
        "lines": rows,
        "totals": {"quantity": sum(r["quantity"] for r in rows), "amount_minor": amount,
                   "usd_minor": to_usd_minor(amount, parse_rate("68.45"))},
        "previous_hash": "0" * 64,
        "signed": None,
        "void": None,
    }
    act["content_hash"] = hashlib.sha256(json.dumps(act, sort_keys=True).encode()).hexdigest()
    return act
