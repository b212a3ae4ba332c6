"""Every string a user sees goes through Qt's translation.

The catalogue test (tests/ui/test_app.py) checks that every message *in* the catalogue is translated;
this one checks that visible text reaches the catalogue at all.  It reads every module under
``equipment_desk/ui`` with :mod:`ast` and fails, naming ``file:line``, where a plain string literal or an
f-string with words in it is handed straight to something that shows text:

* Qt setters and adders (``setText``, ``setToolTip``, ``addItem``, ``addTab``, ``addRow``, …),
* Qt widgets built with their text (``QLabel("…")``, ``QAction("…")``, ``QProgressDialog("…")``, …,
  also a property given as a keyword: ``QLabel(text="…")``),
* the static dialogs (``QMessageBox.warning`` title and text, ``QInputDialog.get…`` title and label,
  ``QFileDialog.get…`` caption and filter),
* our own helpers whose parameter is called ``text``, ``label``, ``title``, ``tip``, ``caption``, … (found
  in the source, so a new helper is covered without touching this test).

A literal counts when it is the argument itself, part of one (``"Total: " + amount``,
``"{} items".format(n)``, ``a if b else "None"``), or what a translated template is filled with
(``self.tr("Delete {what}?").format(what="this act")``).  Text without words is fine: punctuation,
"…", "—", numbers, placeholders (``{name}``, ``%1``, ``%n``), markup, file patterns (``*.pdf``).
The rare literal that rightly stays as it is goes in :data:`ALLOWED`, with its reason.

A second check reads every message the UI marks for translation (``self.tr("…")`` with its class,
``QCoreApplication.translate(context, "…")``, ``QT_TRANSLATE_NOOP``) and fails when it is in none of the
Russian catalogues, i.e. when the catalogues were not updated after the code changed.
"""

from __future__ import annotations

import ast
import re
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "equipment_desk" / "ui"

# --- what shows text -----------------------------------------------------------------------------

TEXT_METHODS: dict[str, tuple[int, ...]] = {
    # method -> positions of its text arguments (a list there: every element)
    **dict.fromkeys(
        ("setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
         "setSpecialValueText", "setInformativeText", "setDetailedText", "setLabelText", "setCancelButtonText",
         "showMessage", "setTitle", "setSubTitle", "setPrefix", "setSuffix", "setHtml", "setMarkdown",
         "setPlainText", "setAccessibleName", "setAccessibleDescription", "setWindowIconText",
         "setApplicationDisplayName", "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "addItems",
         "setNameFilter", "setNameFilters", "addRow", "addButton"),
        (0,)),
    **dict.fromkeys(("setTabText", "setTabToolTip", "setTabWhatsThis", "setItemText", "setItemToolTip",
                     "setButtonText", "insertItems", "insertRow", "showText"), (1,)),
    "setHeaderData": (2,),
}
ICON_FIRST: dict[str, int] = {
    # method -> position of its text, one further when an icon comes first (addAction(icon, text))
    "addItem": 0, "insertItem": 1, "addAction": 0, "addMenu": 0, "addSection": 0, "insertSection": 1,
    "addTab": 1, "insertTab": 2,
}
QT_WIDGETS_WITH_TEXT = {
    # built with their text: every positional argument is looked at
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QCommandLinkButton",
    "QMenu", "QProgressDialog", "QMessageBox", "QListWidgetItem", "QTableWidgetItem", "QTreeWidgetItem",
    "QStandardItem", "QDockWidget", "QWidgetAction",
}
STATIC_DIALOGS: dict[tuple[str, str], tuple[tuple[int, ...], tuple[str, ...]]] = {
    # (class, function) -> (positions, keywords) of its text
    **{("QMessageBox", name): ((1, 2), ("title", "text")) for name in ("warning", "critical", "information", "question", "about")},
    ("QMessageBox", "aboutQt"): ((1,), ("title",)),
    **{("QInputDialog", name): ((1, 2), ("title", "label"))
       for name in ("getText", "getInt", "getDouble", "getItem", "getMultiLineText")},
    **{("QFileDialog", name): ((1, 3), ("caption", "filter"))
       for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getOpenFileUrl", "getOpenFileUrls", "getSaveFileUrl")},
    ("QFileDialog", "getExistingDirectory"): ((1,), ("caption",)),
    ("QFileDialog", "getExistingDirectoryUrl"): ((1,), ("caption",)),
    ("QColorDialog", "getColor"): ((2,), ("title",)),
}
ROLE_SETTERS = {"setData", "setItemData"}
"""item.setData(Qt.ItemDataRole.ToolTipRole, "…"), combo.setItemData(0, "…", Qt.ItemDataRole.ToolTipRole)"""
VISIBLE_ROLES = {"DisplayRole", "ToolTipRole", "StatusTipRole", "WhatsThisRole", "AccessibleTextRole", "AccessibleDescriptionRole"}
DISPLAY_OVERRIDES = {"data", "headerData", "displayText"}
"""A model's or delegate's methods whose returned text is shown (a ``return "…"`` in them counts)."""
QT_CONSTRUCTOR_TEXT = {"QFileDialog": (1, 3)}
"""Qt classes built with text in some positions only (QFileDialog(parent, caption, directory, filter))."""
TEXT_PROPERTIES = {
    # a Qt object's properties given as keywords: QLabel(text="…"), QPushButton(toolTip="…")
    "text", "title", "toolTip", "statusTip", "whatsThis", "placeholderText", "windowTitle", "labelText",
    "cancelButtonText", "informativeText", "detailedText", "specialValueText", "prefix", "suffix",
    "plainText", "html", "accessibleName", "accessibleDescription", "caption", "filter", "label",
}
HELPER_TEXT_PARAMETERS = {"text", "label", "title", "tip", "tooltip", "caption", "placeholder", "any_text", "file_filter",
                          "message", "heading", "prompt", "hint"}
"""A parameter of one of our own functions with one of these names carries text to the screen."""
HELPER_EXCEPTIONS = {
    # our functions whose ``text`` is not a label but an editor's first contents (data typed by the user)
    "line": "forms/base.py: the initial contents of a QLineEdit",
    "notes": "forms/base.py: the initial contents of a QPlainTextEdit",
}
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "QT_TRANSLATE_NOOP3", "QT_TRANSLATE_N_NOOP",
               "translate_template"}

# --- the allow-list --------------------------------------------------------------------------------

ALLOWED: dict[tuple[str, str], str] = {
    # (module under equipment_desk/ui, the exact literal) -> why it stays as it is.  Keep it short.
    ("settings_page.py", "English"): "the language menu names each language in its own words, so anyone can find theirs",
    ("settings_page.py", "Русский"): "the language menu names each language in its own words, so anyone can find theirs",
    ("forms/records.py", "Положения о министерстве"): "an example of what the field in Russian holds, so Russian in either language",
}

# --- the checker -------------------------------------------------------------------------------------

_PLACEHOLDERS = re.compile(
    r"\{[^{}]*\}"                       # str.format fields: {name}, {0}, {seq:04d}
    r"|%L?\d+|%n"                       # Qt: %1, %L1, %n
    r"|%(?:\(\w+\))?[-#0 +]*\d*(?:\.\d+)?[sdifrxXeEgGc%]"  # printf: %s, %(name)s, %.2f
    r"|<[^<>]*>"                        # markup: <b>, </p>, <br/>
    r"|&(?:#\d+|#x[0-9a-fA-F]+|\w+);"   # entities: &nbsp;
    r"|\*\.[\w*]+|\*"                   # file patterns: *.pdf, *
)


_FILE_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,5}")
"""A file name's ending on its own: ".zip", ".pdf"."""


def has_words(text: str) -> bool:
    """Whether ``text`` holds letters outside placeholders, markup and file patterns."""
    if _FILE_SUFFIX.fullmatch(text.strip()):
        return False
    return any(character.isalpha() for character in _PLACEHOLDERS.sub(" ", text))


@dataclass(frozen=True)
class Offence:
    path: str
    line: int
    call: str
    text: str

    def __str__(self) -> str:
        return f"equipment_desk/ui/{self.path}:{self.line}: {self.call} shows {self.text!r}; wrap it in self.tr()/QCoreApplication.translate()"


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _is_icon(node: ast.expr) -> bool:
    """An icon argument (QIcon(…), icon("acts"), self.style().standardIcon(…), some_icon)."""
    if isinstance(node, ast.Call):
        return "icon" in _name(node.func).lower()
    return "icon" in _name(node).lower() if isinstance(node, ast.Name | ast.Attribute) else False


def literal_parts(node: ast.expr | None) -> Iterator[tuple[ast.AST, str]]:
    """The untranslated literal text ``node`` shows: (node, text) for each literal part of it."""
    if node is None:
        return
    if isinstance(node, ast.Constant):
        if isinstance(node.value, str):
            yield node, node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(part.value if isinstance(part, ast.Constant) else "{}" for part in node.values)
        yield node, text
        for part in node.values:
            if isinstance(part, ast.FormattedValue):
                yield from literal_parts(part.value)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        yield from literal_parts(node.left)
        yield from literal_parts(node.right)
    elif isinstance(node, ast.IfExp):
        yield from literal_parts(node.body)
        yield from literal_parts(node.orelse)
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            yield from literal_parts(value)
    elif isinstance(node, ast.List | ast.Tuple | ast.Set):
        for element in node.elts:
            yield from literal_parts(element)
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        method, receiver = node.func.attr, node.func.value
        if method in TRANSLATING:
            return
        if method == "format":  # "{} items".format(n), or a translated template filled with a literal
            yield from literal_parts(receiver)
            for argument in [*node.args, *(keyword.value for keyword in node.keywords)]:
                yield from literal_parts(argument)
        elif method == "replace" and len(node.args) == 2:  # self.tr("%1 items").replace("%1", …)
            yield from literal_parts(receiver)
            yield from literal_parts(node.args[1])
        elif method == "join" and node.args:
            yield from literal_parts(receiver)
            yield from literal_parts(node.args[0])
        elif method in {"strip", "upper", "lower", "capitalize", "title", "rstrip", "lstrip"}:
            yield from literal_parts(receiver)


@dataclass(frozen=True)
class Helper:
    """One of our functions: its parameters, whether a call through an attribute passes ``self`` first."""

    parameters: tuple[str, ...]
    bound: bool

    def text_arguments(self, call: ast.Call) -> list[ast.expr]:
        parameters = self.parameters[1:] if self.bound else self.parameters  # self.method(…) or Class(…)
        found = [argument for position, argument in enumerate(call.args)
                 if position < len(parameters) and parameters[position] in HELPER_TEXT_PARAMETERS]
        found += [keyword.value for keyword in call.keywords if keyword.arg in HELPER_TEXT_PARAMETERS]
        return found


def _helpers_of(tree: ast.Module) -> dict[str, Helper]:
    """Our functions and classes in a module that take text: name -> :class:`Helper`."""
    found: dict[str, Helper] = {}

    def parameters(function: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[str, ...]:
        arguments = function.args
        return tuple(argument.arg for argument in [*arguments.posonlyargs, *arguments.args])

    def keyword_only(function: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
        return {argument.arg for argument in function.args.kwonlyargs}

    def takes_text(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
        return bool((set(parameters(function)) | keyword_only(function)) & HELPER_TEXT_PARAMETERS)

    def is_static(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
        return any(_name(decorator) == "staticmethod" for decorator in function.decorator_list)

    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and takes_text(node):
            found[node.name] = Helper(parameters(node), bound=False)
        elif isinstance(node, ast.ClassDef):
            for member in node.body:
                if not isinstance(member, ast.FunctionDef | ast.AsyncFunctionDef) or not takes_text(member):
                    continue
                helper = Helper(parameters(member), bound=not is_static(member))
                if member.name == "__init__":
                    found[node.name] = helper  # SomeDialog(…, title="…")
                elif not (member.name.startswith("__") and member.name.endswith("__")):
                    found[member.name] = helper
    for name in HELPER_EXCEPTIONS:
        found.pop(name, None)
    return found


def _text_arguments(call: ast.Call, helpers: dict[str, Helper]) -> list[ast.expr]:
    """The arguments of ``call`` that are shown as text."""
    func = call.func
    name = _name(func)
    arguments: list[ast.expr] = []
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and (func.value.id, name) in STATIC_DIALOGS:
        positions, keywords = STATIC_DIALOGS[func.value.id, name]
        arguments += [call.args[position] for position in positions if position < len(call.args)]
        arguments += [keyword.value for keyword in call.keywords if keyword.arg in keywords]
    elif name in TEXT_METHODS:
        arguments += [call.args[position] for position in TEXT_METHODS[name] if position < len(call.args)]
    elif name in ICON_FIRST:
        position = ICON_FIRST[name]
        if position < len(call.args) and _is_icon(call.args[position]):
            position += 1
        if position < len(call.args):
            arguments.append(call.args[position])
    elif name in QT_WIDGETS_WITH_TEXT:
        arguments += call.args
    elif name in QT_CONSTRUCTOR_TEXT:
        arguments += [call.args[position] for position in QT_CONSTRUCTOR_TEXT[name] if position < len(call.args)]
    elif name in ROLE_SETTERS and any(_name(argument) in VISIBLE_ROLES for argument in call.args):
        arguments += [argument for argument in call.args if _name(argument) not in VISIBLE_ROLES]
    elif name in helpers:
        arguments += helpers[name].text_arguments(call)
    if re.fullmatch(r"Q[A-Z]\w*", name) or (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
                                            and re.fullmatch(r"Q[A-Z]\w*", func.value.id)):
        arguments += [keyword.value for keyword in call.keywords if keyword.arg in TEXT_PROPERTIES]
    return arguments


def offences_in(source: str, path: str, shared_helpers: dict[str, Helper] | None = None,
                allowed: dict[tuple[str, str], str] | None = None, used: set[tuple[str, str]] | None = None) -> list[Offence]:
    """Untranslated visible text in one module's ``source``; ``shared_helpers`` are the package's other text helpers."""
    tree = ast.parse(source)
    helpers = {**(shared_helpers or {}), **_helpers_of(tree)}  # the module's own definition wins
    allowed = ALLOWED if allowed is None else allowed
    shown: list[tuple[ast.AST, str, ast.expr]] = []  # (where, what shows it, the argument or returned value)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            shown += [(node, _name(node.func), argument) for argument in _text_arguments(node, helpers)]
        elif isinstance(node, ast.ClassDef):
            for method in node.body:
                if isinstance(method, ast.FunctionDef) and method.name in DISPLAY_OVERRIDES:
                    shown += [(ret, f"return from {method.name}", ret.value) for ret in ast.walk(method) if isinstance(ret, ast.Return)]
    found: list[Offence] = []
    for node, call, argument in shown:
        for part, text in literal_parts(argument):
            if not has_words(text):
                continue
            if (path, text) in allowed:
                if used is not None:
                    used.add((path, text))
                continue
            found.append(Offence(path, getattr(part, "lineno", node.lineno), call, text))
    return found


def ui_modules() -> list[Path]:
    return sorted(UI.rglob("*.py"))


def shared_helpers(modules: list[Path]) -> dict[str, Helper]:
    """Text helpers defined anywhere in the UI, by name; a name defined differently in two modules is left out."""
    seen: dict[str, set[Helper]] = {}
    for module in modules:
        for name, helper in _helpers_of(ast.parse(module.read_text(encoding="utf-8"))).items():
            seen.setdefault(name, set()).add(helper)
    return {name: next(iter(helpers)) for name, helpers in seen.items() if len(helpers) == 1}


def ui_offences(used: set[tuple[str, str]] | None = None) -> list[Offence]:
    modules = ui_modules()
    helpers = shared_helpers(modules)
    found: list[Offence] = []
    for module in modules:
        found += offences_in(module.read_text(encoding="utf-8"), module.relative_to(UI).as_posix(), helpers, used=used)
    return found


def translated_messages(source: str) -> Iterator[tuple[int, str | None, str]]:
    """(line, context, English) of every message ``source`` marks for translation, as lupdate reads them:
    ``self.tr("…")`` and ``QT_TR_NOOP("…")`` in the class they are in (None outside a class),
    ``QCoreApplication.translate("context", "…")`` and ``QT_TRANSLATE_NOOP("context", "…")``."""
    tree = ast.parse(source)

    def visit(node: ast.AST, context: str | None) -> Iterator[tuple[int, str | None, str]]:
        if isinstance(node, ast.ClassDef):
            context = node.name
        if isinstance(node, ast.Call):
            name = _name(node.func)
            texts = [argument.value if isinstance(argument, ast.Constant) and isinstance(argument.value, str) else None
                     for argument in node.args[:2]]
            if name in {"tr", "QT_TR_NOOP"} and texts and texts[0] is not None:
                yield node.lineno, context, texts[0]
            elif name in {"translate", "QT_TRANSLATE_NOOP"} and len(texts) == 2 and None not in texts:
                yield node.lineno, texts[0], texts[1]
        for child in ast.iter_child_nodes(node):
            yield from visit(child, context)

    yield from visit(tree, None)


def catalogue_messages(language: str = "ru") -> set[tuple[str, str]]:
    """(context, English) of every message in our catalogues for ``language`` (all of them are loaded)."""
    import xml.etree.ElementTree as ET

    found: set[tuple[str, str]] = set()
    for catalogue in sorted((UI.parents[1] / "resources" / "translations").glob(f"*_{language}.ts")):
        for context in ET.parse(catalogue).getroot().iter("context"):
            name = context.findtext("name") or ""
            found.update((name, message.findtext("source") or "") for message in context.iter("message"))
    return found


# --- the tests -------------------------------------------------------------------------------------

def test_every_visible_string_in_the_ui_is_translated():
    offences = ui_offences()
    assert not offences, "untranslated visible text:\n" + "\n".join(str(offence) for offence in offences)


def test_every_translated_string_in_the_ui_is_in_a_catalogue():
    """What is wrapped in tr() also reached a catalogue (lupdate was run), under the context the program asks for."""
    messages = catalogue_messages("ru")
    missing = [f"equipment_desk/ui/{module.relative_to(UI).as_posix()}:{line}: {context}: {text!r}"
               for module in ui_modules()
               for line, context, text in translated_messages(module.read_text(encoding="utf-8"))
               if (context, text) not in messages]
    assert not missing, ("not in resources/translations/*_ru.ts (run tools/update_translations.py;"
                         "):\n" + "\n".join(missing))


def test_translated_messages_are_read_with_their_context():
    source = textwrap.dedent('''
        LABELS = {"draft": QT_TRANSLATE_NOOP("labels", "Draft")}

        class Dialog(QDialog):
            def __init__(self):
                self.setWindowTitle(self.tr("Settings"))
                self.status = QCoreApplication.translate("tasks", "Working…")
                self.setToolTip(self.tr(name))
    ''')
    assert list(translated_messages(source)) == [(2, "labels", "Draft"), (6, "Dialog", "Settings"), (7, "tasks", "Working…")]


def test_every_allowed_literal_is_still_there():
    """The allow-list stays narrow: an entry whose literal is gone (or now translated) is removed."""
    used: set[tuple[str, str]] = set()
    ui_offences(used)
    assert set(ALLOWED) - used == set()
    assert all(reason.strip() for reason in ALLOWED.values())


def test_the_ui_is_actually_read():
    """The checker sees the real modules and the calls it looks for (so a passing test means something)."""
    modules = {module.relative_to(UI).as_posix() for module in ui_modules()}
    assert {"acts/editor.py", "settings_page.py", "forms/records.py"} <= modules
    helpers = shared_helpers(ui_modules())
    assert {"add_field", "_field", "_row", "PathField", "check"} <= set(helpers)
    assert "line" not in helpers
    messages = [message for module in ui_modules() for message in translated_messages(module.read_text(encoding="utf-8"))]
    assert len(messages) > 500 and len(catalogue_messages("ru")) > 500


BAD_SOURCE = textwrap.dedent('''
    from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

    class Dialog(QDialog):
        def __init__(self, parent=None):
            super().__init__(parent)
            self.setWindowTitle("Settings")
            QLabel("Name:", self)
            self.box.addItem("Any country", "")
            self.menu.addAction(QIcon("x.svg"), "Open", self.open)
            self.tabs.addTab(page, f"{count} items")
            self.status.showMessage("Saved " + name)
            QMessageBox.warning(self, "Not saved", self.tr("The file is read-only"))
            QFileDialog.getSaveFileName(self, self.tr("Save"), "", "PDF files (*.pdf)")
            self.label.setText(self.tr("Delete {what}?").format(what="this act"))
            self.button = QPushButton(text="Close")
            self.add_field("code", "Code", widget)
            self.edit.setToolTip("{n} of {total}".format(n=1, total=2) if busy else "Idle")
            item.setData(Qt.ItemDataRole.ToolTipRole, "Double-click to open")

        def add_field(self, name, label, widget):
            pass

    class Model(QAbstractTableModel):
        def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
            return "Name" if section == 0 else self.tr("Date")
''')

GOOD_SOURCE = textwrap.dedent('''
    from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
    from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

    LABELS = {"draft": QT_TRANSLATE_NOOP("labels", "Draft")}

    class Dialog(QDialog):
        def __init__(self, parent=None):
            super().__init__(parent)
            self.setObjectName("settings_dialog")
            self.setWindowTitle(self.tr("Settings"))
            QLabel(self.tr("Name:"), self)
            self.box.addItem(self.tr("Any country"), "all_countries")
            self.menu.addAction(QIcon("open.svg"), self.tr("Open"), self.open)
            self.tabs.addTab(page, f"{count} / {total}")
            self.status.showMessage(QCoreApplication.translate("Dialog", "Saved %1").replace("%1", name))
            QMessageBox.warning(self, self.windowTitle(), self.tr("The file is read-only"))
            QFileDialog.getSaveFileName(self, self.tr("Save"), "report.pdf", self.tr("PDF files (*.pdf)"))
            QFileDialog.getOpenFileName(self, self.tr("Open"), "", "*.pdf")
            self.zoom.setText(f"{zoom}\\xa0%")
            self.label.setText("—")
            self.label.setText("…")
            self.label.setText("<b>{}</b>: %1 (%n)")
            self.label.setText("12.5")
            self.label.setStyleSheet("color: red;")
            self.add_field("code", self.tr("Code"), line(self, "XAC/Z60"))
            self.edit.setToolTip(self.tr("{n} of {total}").format(n=1, total=2) if busy else self.tr("Idle"))
            item.setData(Qt.ItemDataRole.UserRole, "item_id")
            item.setData(Qt.ItemDataRole.ToolTipRole, self.tr("Double-click to open"))
            self.send_path.setText(chosen + ".zip")

        def add_field(self, name, label, widget):
            pass

    def line(parent, text=""):
        pass

    class Model(QAbstractTableModel):
        def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
            return self.tr("Name") if section == 0 else "—"

        def flags(self, index):
            return "not shown"
''')


def test_the_checker_names_each_untranslated_string_by_line():
    found = [(offence.line, offence.text) for offence in offences_in(BAD_SOURCE, "bad.py")]
    assert sorted(found) == [
        (7, "Settings"), (8, "Name:"), (9, "Any country"), (10, "Open"), (11, "{} items"), (12, "Saved "),
        (13, "Not saved"), (14, "PDF files (*.pdf)"), (15, "this act"), (16, "Close"), (17, "Code"),
        (18, "Idle"), (18, "{n} of {total}"), (19, "Double-click to open"), (26, "Name"),
    ]
    message = str(offences_in(BAD_SOURCE, "bad.py")[0])
    assert message.startswith("equipment_desk/ui/bad.py:") and "wrap it in self.tr()" in message


def test_the_checker_leaves_translated_text_and_text_without_words_alone():
    assert offences_in(GOOD_SOURCE, "good.py") == []


def test_the_allow_list_is_per_module_and_exact():
    source = 'self.edit.setPlaceholderText("BISH")\nself.other.setPlaceholderText("BISHKEK")\n'
    allowed = {("settings_page.py", "BISH"): "an example code"}
    assert [o.text for o in offences_in(source, "settings_page.py", allowed=allowed)] == ["BISHKEK"]
    assert [o.text for o in offences_in(source, "welcome.py", allowed=allowed)] == ["BISH", "BISHKEK"]


@pytest.mark.parametrize(("text", "words"), [
    ("Save", True), ("Русский", True), ("PDF (*.pdf)", True), ("{count} items", True),
    ("…", False), ("—", False), ("12 345,00", False), ("{name} ({code})", False), ("%1: %2", False),
    ("*.pdf *.png", False), (".zip", False), ("e.g.", True), ("<b>%1</b><br/>", False), ("&nbsp;%", False), ("", False), ("%(count)d", False),
])
def test_what_counts_as_words(text, words):
    assert has_words(text) is words
