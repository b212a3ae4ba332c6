"""The window's texts in the national languages: the act's pair, its fields, the record forms, the settings."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from equipment_desk.core.errors import Problem
from equipment_desk.store import acts, records, settings
from equipment_desk.ui.acts.editor import ActEditorDialog
from equipment_desk.ui.app import protect_python_singletons
from equipment_desk.ui.errors import field_label, problem_text
from equipment_desk.ui.forms.records import InstitutionForm, ItemForm, SignatoryForm
from equipment_desk.ui.settings import DeskSettings
from equipment_desk.ui.settings_page import SettingsPage
from equipment_desk.ui.tasks import TaskRunner

protect_python_singletons()  # PySide6 6.12.0 on Python 3.11; see its docstring

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


@pytest.fixture(autouse=True)
def never_block(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard)


@pytest.fixture
def open_editor(qtbot, db, tmp_path):
    def opener(act_id=None) -> ActEditorDialog:
        editor = ActEditorDialog(db=db, act_id=act_id, settings=DeskSettings.at(tmp_path / "settings.ini"),
                                 tasks=TaskRunner(db=db, synchronous=True))
        qtbot.addWidget(editor)
        editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
        return editor
    return opener


def shown(field) -> tuple[str, ...]:
    """The languages a text field shows, in the order shown (the others are hidden)."""
    visible = {code for code, edit in field.edits.items() if not edit.isHidden()}
    assert visible == set(field.shown)
    return field.shown


def test_the_editor_shows_the_texts_of_the_acts_two_languages_and_saves_the_national_ones(open_editor, db, make) -> None:
    act_id = make.draft(languages="ky,ru", place_ky="Бишкек ш.")
    editor = open_editor(act_id)
    editor.show()
    assert (editor.languages_field.first.currentText(), editor.languages_field.second.currentText()) == ("Kyrgyz", "Russian")
    for field in (editor.place_edit, editor.goods_edit, editor.transferor_org_edit, editor.transferor_name_edit):
        assert shown(field) == ("ky", "ru")
    assert editor.place_edit.text("ky") == "Бишкек ш."
    assert not editor.has_unsaved_changes()  # opening an act changes nothing, suggestions stay hints
    assert editor.transferor_name_edit.edits["ky"].placeholderText() == "Кристина Куттниг"
    editor.goods_edit.edits["ky"].setPlainText("компьютерлер")
    editor.transferor_title_edit.edits["ky"].setPlainText("Кеңсенин башчысы")
    assert editor.save()
    row = acts.get_act_row(db=db, act_id=act_id)
    assert (row["goods_ky"], row["transferor_title_ky"], row["place_ky"]) == ("компьютерлер", "Кеңсенин башчысы", "Бишкек ш.")
    assert row["goods_en"] == "" and row["place_en"] == "Tashkent"  # the hidden English texts are kept as they were


def test_choosing_a_pair_offers_the_name_in_its_script_and_hides_the_russian_only_fields(open_editor, db, make) -> None:
    editor = open_editor(make.draft())
    editor.show()
    assert shown(editor.place_edit) == ("ru", "en")
    assert shown(editor.rate_source_field) == ("ru", "en")
    editor.languages_field.set_pair("tk,en")
    assert shown(editor.place_edit) == ("tk", "en")
    assert editor.transferor_name_edit.text("tk") == "Kristina Kuttnig"  # the Latin passport form, for the user to check
    assert shown(editor.rate_source_field) == shown(editor.nb_rate_source_field) == ("tk", "en")  # not the Russian ones
    assert all(row.isHidden() for row in editor.genitive_rows)  # «в лице» is for a Russian column
    editor.languages_field.set_pair("uz-Cyrl,ru")
    assert editor.transferor_name_edit.text("uz-Cyrl") == "Кристина Куттниг"
    assert not any(row.isHidden() for row in editor.genitive_rows)
    editor.rate_source_field.edits["uz-Cyrl"].setPlainText("БМТ Ғазначилиги")
    assert editor.save()
    row = acts.get_act_row(db=db, act_id=editor.act_id)
    assert (row["languages"], row["transferor_name_uz_cyrl"], row["transferor_name_tk"], row["rate_source_uz_cyrl"]) == (
        "uz-Cyrl,ru", "Кристина Куттниг", "Kristina Kuttnig", "БМТ Ғазначилиги")


def test_the_pair_is_chosen_from_two_short_lists_and_never_one_language_twice(open_editor, db, make) -> None:
    settings.set_settings(db=db, values={"national_languages": "tg"})
    editor = open_editor(make.draft(languages="ru,en"))
    editor.show()
    field = editor.languages_field
    assert [field.first.itemData(i) for i in range(4)] == ["tg", "ru", "en", None]  # the office's pairs at hand
    field.first.setCurrentIndex(field.first.findData("tg"))
    field.second.setCurrentIndex(field.second.findData("tg"))
    assert "two different languages" in editor.field_error("languages")  # said at once, beside the field
    assert shown(editor.place_edit) == ("tg",)
    assert not editor.save()
    assert acts.get_act_row(db=db, act_id=editor.act_id)["languages"] == "ru,en"  # nothing written
    field.second.setCurrentIndex(field.second.findData("ru"))
    assert editor.field_error("languages") == ""
    field.swap()
    assert field.pair() == "ru,tg" and shown(editor.place_edit) == ("ru", "tg")
    assert editor.save()
    assert acts.get_act_row(db=db, act_id=editor.act_id)["languages"] == "ru,tg"


def test_a_latin_name_typed_into_a_cyrillic_language_is_shown_beside_its_field(open_editor, make) -> None:
    editor = open_editor(make.draft(languages="kk,ru"))
    editor.transferor_name_edit.edits["kk"].setText("Kristina Kuttnig")
    assert not editor.save()
    assert "a name in Kazakh is written in Cyrillic letters" in editor.field_error("transferor_name_kk")


def test_record_forms_show_the_offices_national_languages_and_save_them(qtbot, db, make) -> None:
    settings.set_settings(db=db, values={"national_languages": "ky"})
    institution = make.institution()
    form = InstitutionForm(db=db, record_id=institution["id"])
    qtbot.addWidget(form)
    assert form.national_names == ["name_ky"]
    form.field("name_ky").setText("Кыргыз Республикасынын Башкы прокуратурасы")
    assert form.save()
    assert records.get(db=db, kind=records.INSTITUTION, record_id=institution["id"])["name_ky"] == "Кыргыз Республикасынын Башкы прокуратурасы"
    item = make.item(name_tk="Stol kompýuteri")  # a text in a language the office no longer names is still shown
    item_form = ItemForm(db=db, record_id=item["id"])
    qtbot.addWidget(item_form)
    assert item_form.national_names == ["name_ky", "name_tk"]
    assert item_form.field("name_tk").text() == "Stol kompýuteri"


def test_the_signatory_form_suggests_the_national_name_and_refuses_the_wrong_script(qtbot, db) -> None:
    settings.set_settings(db=db, values={"national_languages": "ky,uz"})
    form = SignatoryForm(db=db)
    qtbot.addWidget(form)
    assert form.national_names == ["name_ky", "name_uz", "title_ky", "title_uz", "authority_ky", "authority_uz"]
    form.field("name_ru").setText("Усубалиев Азизбек")
    form.suggest_other_script("name_ru")
    assert form.field("name_ky").text() == "Усубалиев Азизбек"
    assert form.field("name_uz").text() == "Azizbek Usubaliev"  # the passport form, editable
    form.field("name_uz").setText("Усубалиев Азизбек")
    form.field("title_en").setText("Head")  # any change re-checks the form
    assert "a name in Uzbek is written in Latin letters" in form.message_for("name_uz")
    assert not form.save_button.isEnabled()


def test_the_settings_page_shows_the_office_texts_of_its_state_languages(qtbot, db, tmp_path) -> None:
    page = SettingsPage(db=db, settings=DeskSettings.at(tmp_path / "settings.ini"))
    qtbot.addWidget(page)
    page.show()
    assert page.national_group.isHidden()
    page.edits["national_languages"].setText("ky")
    assert not page.national_group.isHidden()
    page.edits["office_name_ky"].setText("БУУнун программалык кеңсеси")
    assert page.save()
    assert settings.get_setting(db=db, key="office_name_ky") == "БУУнун программалык кеңсеси"
    assert settings.national_languages(db=db) == ("ky",)
    # one box per state language: nothing else (no "ru", no typing mistake) can be chosen
    states = page.edits["national_languages"]
    assert list(states.boxes) == ["kk", "ky", "tg", "uz", "uz-Cyrl", "tk"]
    states.boxes["tk"].setChecked(True)
    assert not page.edits["office_name_tk"].isHidden()
    assert page.save()
    assert settings.national_languages(db=db) == ("ky", "tk")


def test_a_missing_text_names_its_language_and_field_in_the_window() -> None:
    problem = Problem("institution «{name}» has no name in {language}", params={"name": "Customs", "language": "ky"},
                      field="recipient_institution_id")
    assert problem_text(problem) == "Recipient: institution «Customs» has no name in Kyrgyz"
    assert field_label("place_uz_cyrl") == "Place, Uzbek (Cyrillic)"
    assert field_label("title_ky") == "Title, Kyrgyz"


def test_a_signatorys_national_texts_are_saved_with_the_institution(qtbot, db, make, monkeypatch) -> None:
    settings.set_settings(db=db, values={"national_languages": "ky"})
    institution = make.institution()
    form = InstitutionForm(db=db, record_id=institution["id"])
    qtbot.addWidget(form)
    form.signatory_view.selectRow(0)

    def edit(dialog_self) -> int:
        assert dialog_self.field("name_ky").placeholderText() == "Усубалиев Азизбек"  # a hint on opening, not a value
        assert dialog_self.field("name_ky").text() == ""
        dialog_self.field("name_ky").setText("Усубалиев Азизбек")
        dialog_self.field("title_ky").setText("Башкармалыктын башчысы")
        assert dialog_self.save()
        return 1

    monkeypatch.setattr(SignatoryForm, "exec", edit)
    form.edit_signatory()
    assert form.save()
    person = records.signatories(db=db, institution_id=institution["id"])[0]
    assert (person["name_ky"], person["title_ky"]) == ("Усубалиев Азизбек", "Башкармалыктын башчысы")


def test_the_pair_does_not_widen_the_editor_to_its_longest_language_name(open_editor, make) -> None:
    # «Узбекский (кириллица)» in two lists made the header wider than a 1366 px laptop in Russian
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from equipment_desk.ui.app import install_translations

    app, previous = QApplication.instance(), QLocale()
    translators = install_translations(app, "ru")
    try:
        editor = open_editor(make.draft(languages="ky,ru"))
        editor.show()
        for box in (editor.languages_field.first, editor.languages_field.second):
            assert box.findText("Узбекский (кириллица)") >= 0
            longest = box.fontMetrics().horizontalAdvance("Узбекский (кириллица)")
            assert box.sizeHint().width() < longest  # shortened in the field, whole in its list
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(previous)


def test_the_record_forms_name_their_fields_alike_in_russian(qtbot, db) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from equipment_desk.ui.app import install_translations
    from equipment_desk.ui.forms.records import DonorForm, ProgrammeForm

    settings.set_settings(db=db, values={"national_languages": "ky"})
    db.execute("DELETE FROM programme_donor")
    db.execute("DELETE FROM donor")
    app, previous = QApplication.instance(), QLocale()
    translators = install_translations(app, "ru")
    try:
        for form_class in (InstitutionForm, DonorForm, ProgrammeForm):
            form = form_class(db=db, lang="ru")
            qtbot.addWidget(form)
            labels = {name: form.form.labelForField(form.field(name).parentWidget()).text() for name in ("name_ru", "name_ky")}
            first_words = {name: label.replace(",", " ").split()[0] for name, label in labels.items()}
            assert first_words["name_ru"] == first_words["name_ky"] == "Название", labels
            assert labels["name_ky"] == "Название, кыргызский"  # the language after a comma, never in nested brackets
        signatory = SignatoryForm(db=db)
        qtbot.addWidget(signatory)
        label = signatory.form.labelForField(signatory.field("name_ky").parentWidget()).text()
        assert label.split(",")[0] == signatory.form.labelForField(signatory.field("name_ru").parentWidget()).text().split()[0]
        # a programme form with no donor to tick says where donors are added, instead of an empty box
        assert form.no_donors_note is not None and "Новый донор" in form.no_donors_note.text()
        assert form.donor_list.isHidden()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(previous)


def test_the_signatorys_names_are_as_wide_as_the_other_texts_of_the_party(open_editor, make) -> None:
    editor = open_editor(make.draft(languages="ky,ru"))
    editor.show()
    # side by side, each name had a third of the column: «Айгуль Токтосунова» did not fit
    for code in ("ky", "ru"):
        assert editor.transferor_name_edit.edits[code].width() >= editor.transferor_title_edit.edits[code].width() - 2


def test_a_draft_shows_the_names_it_will_print_and_which_is_missing(open_editor, db, make) -> None:
    institution = make.institution("Drug Control Service", name_ru="Служба по контролю наркотиков", country="KG")
    editor = open_editor(make.draft(languages="ru,en", recipient_institution_id=institution["id"], recipient_signatory_id=None))
    assert editor.institution_info.text() == "Служба по контролю наркотиков\nDrug Control Service"
    editor.languages_field.set_pair("ky,ru")  # before finalizing refuses it, the editor says the Kyrgyz name is missing
    first, second = editor.institution_info.text().splitlines()
    assert first.startswith("No name yet, Kyrgyz:") and second == "Служба по контролю наркотиков"
    records.update(db=db, kind=records.INSTITUTION, record_id=institution["id"], changes={"name_ky": "Баңгизат кызматы"})
    editor.languages_field.set_pair("ru,ky")
    assert editor.institution_info.text() == "Служба по контролю наркотиков\nБаңгизат кызматы"


def test_a_form_stores_the_uzbek_apostrophes_as_the_spelling_wants(qtbot, db, make) -> None:
    settings.set_settings(db=db, values={"national_languages": "uz"})
    institution = make.institution()
    form = InstitutionForm(db=db, record_id=institution["id"])
    qtbot.addWidget(form)
    qtbot.keyClicks(form.field("name_uz"), "O'zbekiston Respublikasi Bosh prokuraturasi")  # typed on an ordinary keyboard
    assert form.save()
    assert records.get(db=db, kind=records.INSTITUTION, record_id=institution["id"])["name_uz"] == (
        "Oʻzbekiston Respublikasi Bosh prokuraturasi")


def test_finalizing_names_the_signatory_in_the_windows_language(qtbot, db, make) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from equipment_desk.ui.acts.dialogs import FinalizeDialog
    from equipment_desk.ui.app import install_translations

    act_id = make.draft(items=[make.item()], languages="ky,ru", place_ky="Бишкек ш.")
    missing = [p for p in acts.finalize_problems(db=db, act_id=act_id) if p.message.startswith("signatory «{name}» has no title")]
    assert missing and missing[0].params["name_ru"] == "Усубалиев Азизбек" and missing[0].params["name_en"] == "Azizbek Usubaliev"
    assert problem_text(missing[0], with_field=False) == "signatory «Azizbek Usubaliev» has no title in Kyrgyz"
    app, previous = QApplication.instance(), QLocale()
    translators = install_translations(app, "ru")
    try:
        dialog = FinalizeDialog(db=db, act_id=act_id)
        qtbot.addWidget(dialog)
        shown = dialog.problems_label.text()
        assert "«Усубалиев Азизбек»" in shown and "Azizbek" not in shown
        assert "«Генеральная прокуратура»" in shown and "Prosecutor" not in shown  # the institution too
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(previous)
