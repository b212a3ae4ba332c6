"""The translation catalogues: how tools/update_translations.py merges them, and that Russian is complete.

Several people add messages at once, each on a branch; the tool must never lose a translation someone made
(a message the sources of this branch do not hold yet is kept, marked vanished), must add what is new in
place rather than re-sort the file (so two branches' additions merge), and must say what lacks Russian.
The last tests read the sources as the program runs them and demand a finished Russian translation for
every message: the window's ``tr()``/``translate``/``QT_TRANSLATE_NOOP`` (plural ``%n`` forms included) and
every message template the core, store, exchange and documents raise (context ``problems``).
"""

import importlib.util
import io
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.ui.test_visible_strings import translated_messages, ui_modules

ROOT = Path(__file__).resolve().parents[1]
RUSSIAN = ROOT / "resources" / "translations" / "equipment_desk_ru.ts"


def _tool():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = _tool()


def ts(messages: str, contexts: str = "") -> str:
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ru" sourcelanguage="en">\n'
            f"<context>\n    <name>MainWindow</name>\n{messages}</context>\n{contexts}</TS>\n")


def message(source: str, translation: str | None = None, kind: str | None = None) -> str:
    mark = f' type="{kind}"' if kind else (' type="unfinished"' if translation is None else "")
    return (f"    <message>\n        <source>{source}</source>\n"
            f"        <translation{mark}>{translation or ''}</translation>\n    </message>\n")


def catalogue(tmp_path: Path, text: str, name: str = "kept.ts"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return tool.read_catalogue(path)


def test_the_real_catalogues_are_written_back_byte_for_byte():
    """Reading and writing a catalogue changes nothing: a merge that adds nothing leaves no diff."""
    for path in tool.catalogues():
        assert tool.write_catalogue(tool.read_catalogue(path)) == path.read_text(encoding="utf-8"), path.name


def test_a_merge_keeps_every_translation_adds_in_place_and_marks_what_vanished(tmp_path):
    kept = catalogue(tmp_path, ts(message("Open", "Открыть") + message("Someone else&apos;s", "Чужое")
                                  + message("Close", "Закрыть") + message("Old", "Старое", "vanished")))
    fresh = catalogue(tmp_path, ts(message("New first") + message("Open") + message("Between") + message("Close")
                                   + message("Old")), "fresh.ts")
    merged, changes = tool.merge(kept, fresh)
    text = tool.write_catalogue(merged)
    rows = [(m.findtext("source"), m.find("translation").text, m.find("translation").get("type"))
            for m in ET.fromstring(text).iter("message")]
    assert rows == [
        ("New first", None, "unfinished"),          # before the first kept message, as in the sources
        ("Open", "Открыть", None),
        ("Between", None, "unfinished"),           # right after the message that precedes it in the sources
        ("Someone else's", "Чужое", "vanished"),   # not in these sources: kept with its translation
        ("Close", "Закрыть", None),
        ("Old", "Старое", None),                    # back in the sources: back in use, translation intact
    ]
    assert changes.added == [("MainWindow", "New first"), ("MainWindow", "Between")]
    assert changes.vanished == [("MainWindow", "Someone else's")]
    assert changes.revived == [("MainWindow", "Old")]
    assert changes.untranslated == [("MainWindow", "New first"), ("MainWindow", "Between")]
    # merging the same sources again changes nothing more
    again, changes = tool.merge(tool.read_catalogue(_write(tmp_path, text)), fresh)
    assert tool.write_catalogue(again) == text and not (changes.added or changes.vanished or changes.revived)


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "again.ts"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_new_context_goes_where_its_name_sorts_and_the_others_stay_put(tmp_path):
    other = "<context>\n    <name>app</name>\n" + message("Quit", "Выйти") + "</context>\n"
    kept = catalogue(tmp_path, ts(message("Open", "Открыть"), other))
    fresh = catalogue(tmp_path, ts(message("Open"), "<context>\n    <name>SyncDialog</name>\n" + message("Merge")
                                   + "</context>\n" + other.replace("Выйти", "")), "fresh.ts")
    merged, _changes = tool.merge(kept, fresh)
    assert [context.name for context in merged.contexts] == ["MainWindow", "SyncDialog", "app"]


def test_a_message_that_becomes_plural_keeps_its_words_for_review(tmp_path):
    kept = catalogue(tmp_path, ts(message("%n act(s)", "%n акт(ов)")))
    fresh = catalogue(tmp_path, ts('    <message numerus="yes">\n        <source>%n act(s)</source>\n'
                                   '        <translation type="unfinished">\n            <numerusform></numerusform>\n'
                                   "            <numerusform></numerusform>\n            <numerusform></numerusform>\n"
                                   "        </translation>\n    </message>\n"), "fresh.ts")
    merged, changes = tool.merge(kept, fresh)
    plural = next(merged.contexts[0].messages[0].iter("translation"))
    assert merged.contexts[0].messages[0].get("numerus") == "yes" and plural.get("type") == "unfinished"
    assert [form.text for form in plural.iter("numerusform")] == ["%n акт(ов)"] * 3
    assert changes.untranslated == [("MainWindow", "%n act(s)")]


def test_the_report_names_each_message_without_russian():
    changes = {"ru": tool.Changes(added=[("SyncDialog", "Merge")], untranslated=[("SyncDialog", "Merge")]),
               "en": tool.Changes(added=[("SyncDialog", "Merge")], untranslated=[("SyncDialog", "Merge")])}
    out = io.StringIO()
    tool.report(changes, out)
    lines = out.getvalue().splitlines()
    assert lines[0] == "ru: 1 new, 0 marked vanished, 0 back in use"
    assert "  no ru translation: SyncDialog: 'Merge'" in lines
    assert not any("no en translation" in line for line in lines)  # English is the sources' own language


@pytest.mark.skipif(shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) is None
                    and shutil.which("pyside6-lupdate") is None, reason="needs PySide6's lupdate")
def test_lupdate_and_the_merge_together_keep_another_branchs_translation(tmp_path):
    """The real extraction: a branch that lacks someone's new message keeps its Russian; its own new one is added."""
    source = tmp_path / "dialog.py"
    source.write_text("class MainWindow:\n    def build(self, n):\n        self.tr('Open')\n"
                      "        self.tr('Mine, new')\n        self.tr('%n act(s)', '', n)\n", encoding="utf-8")
    fresh_path = tmp_path / "fresh.ts"
    tool._lupdate([source], fresh_path, "ru")
    kept = catalogue(tmp_path, ts(message("Open", "Открыть") + message("Theirs, not merged yet", "Их")))
    merged, changes = tool.merge(kept, tool.read_catalogue(fresh_path))
    text = tool.write_catalogue(merged)
    assert changes.added == [("MainWindow", "Mine, new"), ("MainWindow", "%n act(s)")]
    assert "<translation type=\"vanished\">Их</translation>" in text
    compiled = tmp_path / "out.qm"
    (tmp_path / "merged.ts").write_text(text, encoding="utf-8")
    subprocess.run([tool._tool("pyside6-lrelease"), str(tmp_path / "merged.ts"), "-qm", str(compiled)],
                   check=True, capture_output=True)
    assert compiled.stat().st_size > 0


# --- Russian is complete for what the program shows ---------------------------------------------------

def live_russian() -> dict[tuple[str, str], ET.Element]:
    """(context, English) -> message, for every message of the Russian catalogue in use (not vanished)."""
    found: dict[tuple[str, str], ET.Element] = {}
    for context in tool.read_catalogue(RUSSIAN).contexts:
        for entry in context.messages:
            if tool.is_in_use(entry):
                found[(context.name, entry.findtext("source") or "")] = entry
    return found


def _plural_calls() -> set[tuple[str | None, str]]:
    """(context, English) of tr()/translate() calls that pass a count, so Qt picks a plural form."""
    import ast

    found: set[tuple[str | None, str]] = set()

    def visit(node: ast.AST, context: str | None) -> None:
        if isinstance(node, ast.ClassDef):
            context = node.name
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute | ast.Name):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
            texts = [arg.value if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else None for arg in node.args[:2]]
            if name == "tr" and len(node.args) >= 3 and texts[0] is not None:
                found.add((context, texts[0]))
            elif name == "translate" and len(node.args) >= 4 and None not in texts:
                found.add((texts[0], texts[1]))
        for child in ast.iter_child_nodes(node):
            visit(child, context)

    for module in ui_modules():
        visit(ast.parse(module.read_text(encoding="utf-8")), None)
    return found


def test_every_message_the_window_marks_has_a_finished_russian_translation():
    live = live_russian()
    lacking = []
    for module in ui_modules():
        for line, context, text in translated_messages(module.read_text(encoding="utf-8")):
            entry = live.get((context or "", text))
            if entry is None or not tool.is_finished(entry):
                lacking.append(f"{module.relative_to(ROOT).as_posix()}:{line}: {context}: {text!r}")
    assert not lacking, ("no finished Russian in resources/translations/equipment_desk_ru.ts (run "
                         "tools/update_translations.py, then translate):\n" + "\n".join(lacking))


def test_every_plural_message_has_russians_three_forms():
    live = live_russian()
    plurals = _plural_calls()
    assert len(plurals) > 5
    for context, text in plurals:
        entry = live.get((context or "", text))
        assert entry is not None and entry.get("numerus") == "yes", f"{context}: {text!r} is not a plural message"
        forms = tool.translation_forms(entry)
        assert len(forms) == 3 and all(forms), f"{context}: {text!r} needs one, few and many: {forms}"


def test_every_problem_template_has_a_finished_russian_translation():
    """What the core and the exchange raise reaches a Russian user in Russian (the window translates it)."""
    live = live_russian()
    templates = tool.problem_templates()
    assert len(templates) > 300
    lacking = [text for text in templates if not (("problems", text) in live and tool.is_finished(live[("problems", text)]))]
    assert not lacking, ("problem templates without Russian (run tools/update_translations.py, then translate):\n"
                         + "\n".join(map(repr, lacking)))


def test_templates_are_found_through_names_and_either_branch():
    """A template kept in a constant, or chosen by a condition, is still collected (scans' faults, the damaged database)."""
    templates = set(tool.problem_templates())
    assert "is not a whole {kind} file: it has no pages" in templates
    assert any(text.startswith("the database {path} is damaged") for text in templates)
    assert any(text.startswith("is not a number: use digits") for text in templates)


def test_a_message_that_lost_its_translation_in_a_hand_merge_is_written_untranslated(tmp_path):
    kept = catalogue(tmp_path, ts("    <message>\n        <source>Open</source>\n    </message>\n"))
    merged, changes = tool.merge(kept, catalogue(tmp_path, ts(message("Open")), "fresh.ts"))
    assert '<translation type="unfinished"></translation>' in tool.write_catalogue(merged)
    assert changes.untranslated == [("MainWindow", "Open")]


def test_a_message_lupdate_passes_over_is_still_collected(tmp_path):
    """lupdate's Python parser does not read calls inside f-strings; the tool does, so the translation stays in use."""
    source = tmp_path / "memory.py"
    source.write_text("class ImportMemoryDialog:\n    def show(self, title, n):\n"
                      "        return f\"{title or self.tr('(no title)')}\" + self.tr('%n row(s)', '', n)\n", encoding="utf-8")
    assert tool.marked_messages(source.read_text(encoding="utf-8")) == [
        ("ImportMemoryDialog", "(no title)", False), ("ImportMemoryDialog", "%n row(s)", True)]
    fresh = tmp_path / "fresh.ts"
    tool._lupdate([source], fresh, "ru")
    found = tool.read_catalogue(fresh)
    added = tool.add_unseen_messages(found, [source], plural_forms=3)
    assert ("ImportMemoryDialog", "(no title)") in added
    kept = catalogue(tmp_path, ts("").replace("MainWindow", "ImportMemoryDialog").replace(
        "</context>", message("(no title)", "(без заголовка)") + "</context>"))
    merged, changes = tool.merge(kept, found)
    assert not changes.vanished and ("ImportMemoryDialog", "(no title)") not in changes.untranslated


def test_the_window_says_every_stored_code_in_the_one_vocabularys_words(qapp) -> None:
    """Each word of ``core.labels`` is in the Russian catalogue (context ``labels``, its kind as the
    disambiguation) with the vocabulary's own Russian, and the window shows exactly that word."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from equipment_desk.core import labels
    from equipment_desk.ui import words

    tool = _tool()
    catalogue = tool.read_catalogue(ROOT / "resources" / "translations" / "equipment_desk_ru.ts")
    russian = {tool.message_key(m): (m.findtext("translation") or "") for c in catalogue.contexts if c.name == "labels"
               for m in c.messages if tool.is_in_use(m) and tool.is_finished(m)}
    wrong = [(kind, code, russian.get((english, kind)), word) for kind in labels.WINDOW_KINDS
             for code, (english, word) in labels.WORDS[kind].items() if russian.get((english, kind)) != word]
    assert wrong == []

    translator = QTranslator()
    assert translator.load(str(ROOT / "resources" / "translations" / "equipment_desk_ru.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert words.label("category", "other") == "Прочее" and words.label("institution_kind", "other") == "Другое"
        assert words.label("act_status", "finalized") == labels.word("act_status", "finalized", "ru")
        assert words.currency_text("KGS") == "KGS — кыргызский сом" and words.label("category", "toys") == "toys"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert words.label("category", "computers") == "Computers and IT"
