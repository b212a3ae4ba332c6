from equipment_desk.core import languages


def test_every_code_is_unique_and_has_a_column_suffix_fit_for_sqlite():
    assert len(set(languages.CODES)) == len(languages.CODES)
    for code in languages.CODES:
        suffix = languages.column_suffix(code)
        assert suffix.isidentifier() and suffix == suffix.lower(), code
    assert languages.column_suffix("uz-Cyrl") == "uz_cyrl"


def test_the_five_state_languages_and_uzbek_cyrillic_are_national():
    assert set(languages.NATIONAL) == {"kk", "ky", "tg", "uz", "uz-Cyrl", "tk"}
    assert languages.BY_CODE["uz"].script == "Latn"
    assert languages.BY_CODE["tk"].script == "Latn"
    assert not languages.is_printed("kz")
