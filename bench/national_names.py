"""Give a copy of the bench register names in the national languages, as an office that keeps them would (not run by
the tests).

    python bench/bench_search.py --national     # the keystroke bench on such a copy

Every second item gets names in Kazakh, Kyrgyz, Tajik, Uzbek (both scripts) and Turkmen from a small vocabulary
(as real names repeat), every institution its Kyrgyz and Uzbek name; written through ordinary UPDATEs, so the
full-text triggers index them as the window's forms would.
"""

from __future__ import annotations

ITEM_NAMES = {
    "name_kk": ("Үстел компьютері", "Ноутбук", "Лазерлік принтер", "Монитор", "Бейнеэндоскоп", "Дефибриллятор"),
    "name_ky": ("Үстөл компьютери", "Ноутбук", "Лазердик принтер", "Монитор", "Видеоэндоскоп", "Дефибриллятор"),
    "name_tg": ("Компютери мизи", "Ноутбук", "Чопгари лазерӣ", "Монитор", "Видеоэндоскоп", "Дефибриллятор"),
    "name_uz": ("Stol kompyuteri", "Noutbuk", "Lazerli printer", "Monitor", "Videoendoskop", "Defibrillyator"),
    "name_uz_cyrl": ("Стол компьютери", "Ноутбук", "Лазерли принтер", "Монитор", "Видеоэндоскоп", "Дефибриллятор"),
    "name_tk": ("Stol kompýuteri", "Noutbuk", "Lazer printeri", "Monitor", "Wideoendoskop", "Defibrillýator"),
}


def add_national_names(db) -> None:
    """Names in every national language for every second item and every institution (one transaction)."""
    size = len(next(iter(ITEM_NAMES.values())))
    with db.conn:
        for column, names in ITEM_NAMES.items():
            cases = " ".join(f"WHEN {n} THEN ?" for n in range(size))
            db.execute(f"UPDATE item SET {column} = CASE id % {size} {cases} END WHERE id % 2 = 0", list(names))
        db.execute("UPDATE institution SET name_ky = 'Мекеме ' || id, name_uz = 'Muassasa ' || id")
