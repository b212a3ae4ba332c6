"""Names in both scripts and the Russian genitive of the act's preamble."""

from __future__ import annotations

import pytest

from equipment_desk.core.grammar import honorific, name_genitive, title_genitive
from equipment_desk.core.names import (
    CYRILLIC,
    LATIN,
    guess_gender,
    name_parts,
    script_of,
    suggest_cyrillic,
    suggest_latin,
    to_cyrillic,
    to_latin,
)
from equipment_desk.core.rate_sources import find_source, national_bank, source_texts


@pytest.mark.parametrize(("text", "script"), [
    ("Усубалиев Азизбек", CYRILLIC), ("Kristina Kuttnig", LATIN), ("Ноутбук Dell", CYRILLIC),
    ("Laptop Dell Latitude", LATIN), ("12345", ""), ("", ""), ("Қазақстан", CYRILLIC),
])
def test_script_of(text: str, script: str) -> None:
    assert script_of(text) == script


@pytest.mark.parametrize(("cyrillic", "latin"), [
    # ICAO Doc 9303 (Russian passports since 2013): й -> i, ю -> iu, я -> ia, х -> kh, ц -> ts, щ -> shch
    ("Усубалиев Азизбек", "Azizbek Usubaliev"),
    ("Шерзод Тошматов", "Sherzod Toshmatov"),
    ("Кристина Куттниг", "Kristina Kuttnig"),
    ("Юлия Щербакова", "Iuliia Shcherbakova"),
    ("Цой Хабибулло", "Tsoi Khabibullo"),
    ("Мерген Атаев", "Mergen Ataev"),
])
def test_latin_suggestion_follows_icao_doc_9303_and_puts_the_surname_last(cyrillic: str, latin: str) -> None:
    assert suggest_latin(cyrillic) == latin


def test_central_asian_letters_are_transliterated_too() -> None:
    assert to_latin("Қуанышбек Әлиұлы") == "Kuanyshbek Aliuly"
    assert to_latin("Ғайратҷон Ҳакимов") == "Gairatjon Khakimov"


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Azizbek Usubaliev", "Усубалиев Азизбек"),
    ("Kristina Kuttnig", "Кристина Куттниг"),
    ("Ashita Mittal", "Ашита Миттал"),
    ("Iuliia Shcherbakova", "Щербакова Юлия"),
    ("Bakhtiyor Rakhimov", "Рахимов Бахтиёр"),
    ("Dmitrii Zhukov", "Жуков Дмитрий"),
])
def test_cyrillic_suggestion_transcribes_and_puts_a_russian_type_surname_first(latin: str, cyrillic: str) -> None:
    assert suggest_cyrillic(latin) == cyrillic


def test_transliteration_keeps_word_order_and_case() -> None:
    assert to_cyrillic("SHERZOD") == "ШЕРЗОД"
    assert to_latin("Ашита Миттал") == "Ashita Mittal"


@pytest.mark.parametrize(("name", "gender", "genitive"), [
    # the demo signatories
    ("Усубалиев Азизбек", "m", "Усубалиева Азизбека"),
    ("Кристина Куттниг", "f", "Кристины Куттниг"),
    ("Ашита Миттал", "f", "Ашиты Миттал"),
    ("Бахтиёр Рахимов", "m", "Бахтиёра Рахимова"),
    ("Ойбек Дадабоев", "m", "Ойбека Дадабоева"),
    ("Шухрат Каримов", "m", "Шухрата Каримова"),
    ("Улугбек Юсупов", "m", "Улугбека Юсупова"),
    ("Рустам Назаров", "m", "Рустама Назарова"),
    ("Шерзод Тошматов", "m", "Шерзода Тошматова"),
    ("Мерген Атаев", "m", "Мергена Атаева"),
    ("Ашуров Хабибулло", "m", "Ашурова Хабибулло"),
    # women: -ова declines, a foreign surname does not
    ("Тошматова Гульнара", "f", "Тошматовой Гульнары"),
    ("Иванова Мария Петровна", "f", "Ивановой Марии Петровны"),
    ("Рахимов Бахтиёр Алишер угли", "m", "Рахимова Бахтиёра Алишер угли"),
])
def test_name_genitive(name: str, gender: str, genitive: str) -> None:
    assert name_genitive(name, gender) == genitive


@pytest.mark.parametrize(("name", "gender", "genitive"), [
    # after г, к, х the genitive ending is «-и», never «-ы» («Ольги», not «Ольгы»)
    ("Шевчук Ольга", "f", "Шевчук Ольги"),
    ("Сидорова Инга Петровна", "f", "Сидоровой Инги Петровны"),
    ("Каримова Малика", "f", "Каримовой Малики"),
    ("Назарбаева Дарига", "f", "Назарбаевой Дариги"),
    # a man's first name in -а declines like a woman's («Кузьмы», «Луки», «Никиты», «Мусы»)
    ("Петров-Водкин Кузьма Сергеевич", "m", "Петрова-Водкина Кузьмы Сергеевича"),
    ("Лука Ашуров", "m", "Луки Ашурова"),
    ("Михалков Никита Сергеевич", "m", "Михалкова Никиты Сергеевича"),
    ("Мусаев Муса", "m", "Мусаева Мусы"),
    ("Илья Ильин", "m", "Ильи Ильина"),
    # double-barrelled, Central Asian patronymics, names that do not decline
    ("Римская-Корсакова Анна Ивановна", "f", "Римской-Корсаковой Анны Ивановны"),
    ("Асанова Айгуль Бакыт кызы", "f", "Асановой Айгули Бакыт кызы"),
    ("Каримов Алишер Усмонович", "m", "Каримова Алишера Усмоновича"),
    ("Жумабаева Айжан Кайратовна", "f", "Жумабаевой Айжан Кайратовны"),
    ("Мамедов Ильхам Гейдар оглы", "m", "Мамедова Ильхама Гейдар оглы"),
])
def test_name_genitive_of_the_region_s_names(name: str, gender: str, genitive: str) -> None:
    assert name_genitive(name, gender) == genitive


def test_a_foreign_surname_declines_for_a_man_and_not_for_a_woman() -> None:
    assert name_genitive("Кристина Куттниг", "f").endswith("Куттниг")
    assert name_genitive("Томас Куттниг", "m") == "Томаса Куттнига"


@pytest.mark.parametrize(("name", "gender"), [
    ("Усубалиев Азизбек", "m"), ("Кристина Куттниг", "f"), ("Тошматова Гульнара", "f"),
    ("Иванов Пётр Сергеевич", "m"), ("Ахмедова Дилноза Рустам кизи", "f"), ("Ашита Миттал", ""),
])
def test_gender_is_guessed_from_the_name_where_the_name_tells(name: str, gender: str) -> None:
    assert guess_gender(name) == gender


def test_name_parts_find_surname_first_name_and_patronymic() -> None:
    assert name_parts("Иванова Мария Петровна") == [("Иванова", "last"), ("Мария", "first"), ("Петровна", "middle")]
    assert name_parts("Кристина Куттниг") == [("Кристина", "first"), ("Куттниг", "last")]


@pytest.mark.parametrize(("title", "genitive"), [
    ("Начальник управления правовой статистики", "начальника управления правовой статистики"),
    ("главный врач", "главного врача"),
    ("Главный врач", "главного врача"),
    ("председатель комитета", "председателя комитета"),
    ("руководитель офиса", "руководителя офиса"),
    ("региональный представитель", "регионального представителя"),
    ("Региональный представитель Регионального представительства УНП ООН в Центральной Азии",
     "регионального представителя Регионального представительства УНП ООН в Центральной Азии"),
    ("Руководитель Программного офиса УНП ООН в Кыргызской Республике",
     "руководителя Программного офиса УНП ООН в Кыргызской Республике"),
    ("Заместитель Председателя", "заместителя Председателя"),
    ("Директор", "директора"),
    ("Начальник группы портового контроля", "начальника группы портового контроля"),
    ("Заведующая отделением", "заведующей отделением"),
    ("Первый заместитель министра", "первого заместителя министра"),
    ("исполняющий обязанности директора", "исполняющего обязанности директора"),
    ("УНП ООН", "УНП ООН"),
    # an adverb before the participle stays, the participle still agrees
    ("Временно исполняющий обязанности начальника", "временно исполняющего обязанности начальника"),
    ("временно исполняющая обязанности директора", "временно исполняющей обязанности директора"),
    # a combined post: each part after the dash takes the genitive too
    ("Заместитель начальника управления — начальник отдела", "заместителя начальника управления — начальника отдела"),
])
def test_title_genitive_inflects_the_head_phrase_with_agreement(title: str, genitive: str) -> None:
    assert title_genitive(title) == genitive


def test_honorific_follows_gender() -> None:
    assert (honorific("m"), honorific("f"), honorific("")) == ("Mr", "Ms", "")


def test_rate_sources_are_listed_in_both_languages() -> None:
    assert find_source("UN Treasury").ru == "Казначейство ООН, операционные обменные курсы ООН"
    assert find_source("Казначейство ООН").en.startswith("UN Treasury")
    assert find_source("NBKR").ru == "Национальный банк Кыргызской Республики"
    assert find_source("central bank of the republic of uzbekistan").ru == "Центральный банк Республики Узбекистан"
    assert national_bank("TMT").ru == "Центральный банк Туркменистана"
    assert national_bank("TJS").ru == "Национальный банк Таджикистана"
    assert national_bank("KZT").ru == "Национальный банк Республики Казахстан"
    assert find_source("Some exchange office") is None
    assert source_texts("Обменный пункт") == {"ru": "Обменный пункт", "en": ""}
    assert source_texts("Exchange office") == {"en": "Exchange office", "ru": ""}
