"""Replacing a signed act's scan from the act editor."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from equipment_desk.store import acts
from tests.ui.test_act_editor import open_editor  # noqa: F401 - a fixture

pytestmark = __import__("pytest").mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


def test_a_signed_scan_is_replaced_from_the_window_with_the_reason_asked(open_editor,  # noqa: F811
        db, make, tmp_path):
    """Replace scan… asks for the new file and the reason; the old scan stays, the journal records both."""
    from equipment_desk.store.acts.journal import scan_history
    from equipment_desk.store.check import check_database
    from equipment_desk.ui.acts.rescan import RescanDialog
    from tests.scans import pdf_scan

    act_id = make.finalized()
    first = tmp_path / "first.pdf"
    first.write_bytes(pdf_scan("the unsigned copy"))
    acts.sign_act(db=db, act_id=act_id, signed_date="2018-02-20", scan_path=first)
    editor = open_editor(act_id)
    assert editor.rescan_button.isVisibleTo(editor) and not editor.attach_scan_button.isVisibleTo(editor)
    second = tmp_path / "second.pdf"
    second.write_bytes(pdf_scan("signed and stamped"))
    seen = []

    def answer(dialog) -> bool:
        assert isinstance(dialog, RescanDialog)
        assert "first.pdf" in dialog.findChildren(QLabel)[0].text()
        dialog.scan_edit.setText(str(second))
        assert not dialog.ok_button.isEnabled()  # no reason yet
        assert not dialog.validate() and "why" in dialog.error_label.text()
        dialog.reason_edit.setPlainText("the first scan was of the unsigned copy")
        seen.append(dialog.ok_button.isEnabled())
        return dialog.validate()

    editor.exec_dialog = answer
    assert editor.rescan()
    assert seen == [True]
    history = scan_history(db, acts.get_act_row(db=db, act_id=act_id)["uuid"])
    assert [entry["filename"] for entry in history] == ["first.pdf", "second.pdf"]
    assert history[-1]["reason"] == "the first scan was of the unsigned copy"
    assert check_database(db=db).ok
    assert editor.attachments_list.count() == 2  # the first scan is kept


def test_a_scan_that_is_not_a_whole_file_is_refused_and_nothing_changes(open_editor,  # noqa: F811
        db, make, tmp_path, monkeypatch):
    from equipment_desk.ui.acts import editor_actions
    from tests.scans import pdf_scan

    act_id = make.finalized()
    first = tmp_path / "first.pdf"
    first.write_bytes(pdf_scan("signed"))
    acts.sign_act(db=db, act_id=act_id, signed_date="2018-02-20", scan_path=first)
    editor = open_editor(act_id)
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(pdf_scan("another")[:-30])
    shown = []
    monkeypatch.setattr(editor_actions, "show_error", lambda parent, error: shown.append(str(error)))

    def answer(dialog) -> bool:
        dialog.scan_edit.setText(str(cut))
        dialog.reason_edit.setPlainText("a better scan")
        return dialog.validate()

    editor.exec_dialog = answer
    assert not editor.rescan()
    assert shown and "is not a whole PDF file" in shown[0]
    assert acts.get_act_row(db=db, act_id=act_id)["signed_scan_id"] is not None
    assert len(acts.list_attachments(db=db, act_id=act_id)) == 1
