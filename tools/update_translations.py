"""Refresh the translation catalogues from the sources, merging, and compile them.

    python tools/update_translations.py            # merge + lrelease
    python tools/update_translations.py --release  # lrelease only

1. Collects the English message templates the core, store, exchange and documents raise with
   (``Problem("…")``, ``FieldError("…")``, ``…Error("…")``; an exchange bundle's
   refusals and notes, ``_Refused("…")`` and ``Message("…")``; a scan's faults, ``_Bad("…")``;
   a template kept in a name or chosen by ``a if c else b`` too), and the store's
   trigger messages (``RAISE(ABORT, '…')``, which reach the user when SQLite
   refuses a write), into a temporary file as
   ``QT_TRANSLATE_NOOP("problems", "…")``, so the UI can translate them
   (``equipment_desk.ui.errors.translate_template``); and every word of the one vocabulary
   (``equipment_desk.core.labels``) in the context ``labels`` with its kind as the disambiguation, whose
   Russian is then written from the vocabulary itself (``ui.words.label`` asks for them).
2. Runs ``pyside6-lupdate`` over every module of ``equipment_desk/ui`` and that
   file into a fresh catalogue, and merges it into each
   ``resources/translations/equipment_desk_*.ts``: every translation is kept; a new message is added
   untranslated right after the message that precedes it in the sources; a message the sources no longer
   hold is marked ``vanished`` (obsolete: kept with its translation, left out of the ``.qm``) and comes
   back when the sources hold it again; nothing is re-sorted, so catalogues edited on two branches merge.
   Prints what was added, what vanished, and every message still lacking a Russian translation.
3. Runs ``pyside6-lrelease`` to write the ``.qm`` files the program loads.

Translate the ``.ts`` files with Qt Linguist (``pyside6-linguist``) or by hand in the same XML shape;
``tests/test_translations.py`` fails while any message lacks a finished Russian translation.
"""

# No ``from __future__ import annotations``: the tests load this file without registering it as a module,
# and dataclasses then cannot resolve string annotations.
import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ru", "en")
TRANSLATED = ("ru",)
"""The catalogues every message must be translated in (English is the sources' own language)."""
ERROR_CALLS = {"Problem", "FieldError", "_problem", "problem", "_Refused", "Message", "skipped_row", "_refuse", "_Bad", "message_template", "_bad"}
"""Calls whose first argument is a message template (besides every ``…Error(…)``)."""
TRIGGER_MESSAGE = re.compile(r"RAISE\(\s*ABORT\s*,\s*'((?:[^']|'')+)'\s*\)")
"""A trigger's message in the store's SQL; SQLite reports it as the error's text."""
PROBLEM_FOLDERS = ("core", "store", "analytics", "exchange", "documents")
"""The layers whose error message templates the UI translates (context ``problems``)."""


def _tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; install PySide6 in this environment")
    return found


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _texts(node: ast.AST, constants: dict[str, set[str]]) -> set[str]:
    """The templates an argument can be: a literal, either branch of ``a if c else b``, or a name bound to a literal."""
    text = _literal(node)
    if text is not None:
        return {text}
    if isinstance(node, ast.IfExp):
        return _texts(node.body, constants) | _texts(node.orelse, constants)
    if isinstance(node, ast.Name):
        return constants.get(node.id, set())
    return set()


def _constants(tree: ast.AST) -> dict[str, set[str]]:
    """Every name a module binds to a string literal (``DAMAGED = ("…" "…")``, a local ``message = "…"``)."""
    found: dict[str, set[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    found.setdefault(target.id, set()).update(_texts(node.value, {}))
    return found


def _name_of(node: ast.AST) -> str:
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""


def _default_messages(cls: ast.ClassDef) -> set[str]:
    """An error class's default message (``def __init__(self, message: str = "cancelled; nothing was written")``)."""
    found: set[str] = set()
    for method in cls.body:
        if isinstance(method, ast.FunctionDef) and method.name == "__init__":
            arguments = method.args.args + method.args.kwonlyargs
            defaults = [None] * (len(method.args.args) - len(method.args.defaults)) + list(method.args.defaults) + list(method.args.kw_defaults)
            for argument, default in zip(arguments, defaults, strict=True):
                if argument.arg == "message" and default is not None:
                    found.update(text for text in _texts(default, {}) if text.strip())
    return found


def problem_templates() -> list[str]:
    """English templates passed to our error types below the UI (:data:`PROBLEM_FOLDERS`), and the store's trigger messages."""
    found: set[str] = set()
    for folder in PROBLEM_FOLDERS:
        for path in sorted((ROOT / "equipment_desk" / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            constants = _constants(tree)
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and any(_name_of(base).endswith("Error") for base in node.bases):
                    found.update(_default_messages(node))
                if folder == "store" and isinstance(node, ast.Constant) and isinstance(node.value, str):
                    found.update(text.replace("''", "'") for text in TRIGGER_MESSAGE.findall(node.value))
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                name = _name_of(node.func)
                if name in ERROR_CALLS or name.endswith("Error"):
                    found.update(text for text in _texts(node.args[0], constants) if text.strip() and text != "{reason}")
                    for keyword in node.keywords:  # InputError(problems, message="…"): said when there are none
                        if keyword.arg == "message":
                            found.update(text for text in _texts(keyword.value, constants) if text.strip())
    return sorted(found)


def label_words() -> list[tuple[str, str, str]]:
    """``(kind, English, Russian)`` of every word the window takes from the one vocabulary
    (``equipment_desk.core.labels``, kinds ``WINDOW_KINDS``), in its order."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from equipment_desk.core import labels

    return [(kind, english, russian) for kind in labels.WINDOW_KINDS for english, russian in labels.WORDS[kind].values()]


def write_problem_source(target: Path) -> None:
    """The error templates (context ``problems``) and the vocabulary's words (context ``labels``, the kind as the
    disambiguation, as ``ui.words.label`` asks for them) as a source lupdate reads."""
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication", ""]
    for text in problem_templates():
        lines.append(f"QT_TRANSLATE_NOOP({'problems'!r}, {text!r})")
    for kind, english, _russian in label_words():
        lines.append(f"QCoreApplication.translate({'labels'!r}, {english!r}, {kind!r})")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


def fill_label_translations(catalogue: "Catalogue") -> set[str]:
    """Give every vocabulary word of the Russian ``catalogue`` the vocabulary's own Russian: the catalogue carries
    the words, ``core.labels`` says them.  Returns the English words it translated."""
    russian = {(english, kind): word for kind, english, word in label_words()}
    filled = set()
    for context in catalogue.contexts:
        if context.name != "labels":
            continue
        for message in context.messages:
            wanted = russian.get(message_key(message))
            if wanted is None or not is_in_use(message):
                continue
            filled.add(message_key(message)[0])
            translation = message.find("translation")
            if translation is None or translation.text != wanted or translation.get("type") == "unfinished":
                _mark(message, None)
                message.find("translation").text = wanted
    return filled


def ui_sources() -> list[Path]:
    """Every module of equipment_desk/ui (a new or moved one too): one catalogue holds the window's words."""
    return sorted((ROOT / "equipment_desk" / "ui").rglob("*.py"))


# --- merging a fresh catalogue into the kept one -------------------------------------------------------------

@dataclass
class Context:
    name: str
    messages: list[ET.Element] = field(default_factory=list)


@dataclass
class Catalogue:
    """A ``.ts`` file as lupdate writes it: its contexts and their messages, in the file's order."""

    language: str
    source_language: str = "en"
    version: str = "2.1"
    contexts: list[Context] = field(default_factory=list)


@dataclass
class Changes:
    added: list[tuple[str, str]] = field(default_factory=list)
    vanished: list[tuple[str, str]] = field(default_factory=list)
    revived: list[tuple[str, str]] = field(default_factory=list)
    untranslated: list[tuple[str, str]] = field(default_factory=list)
    """Every message in use (not only new ones) without a finished translation."""


def read_catalogue(path: Path) -> Catalogue:
    root = ET.parse(path).getroot()
    catalogue = Catalogue(language=root.get("language", ""), source_language=root.get("sourcelanguage", "en"),
                          version=root.get("version", "2.1"))
    for context in root.iter("context"):
        catalogue.contexts.append(Context(context.findtext("name") or "", list(context.iter("message"))))
    return catalogue


def message_key(message: ET.Element) -> tuple[str, str]:
    """What identifies a message within its context: its English text and its disambiguation."""
    return message.findtext("source") or "", message.findtext("comment") or ""


def translation_forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def is_finished(message: ET.Element) -> bool:
    """Translated, every plural form filled, and not marked unfinished."""
    translation = message.find("translation")
    forms = translation_forms(message)
    return (translation is not None and translation.get("type") != "unfinished" and bool(forms)
            and all(form.strip() for form in forms))


def is_in_use(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is None or translation.get("type") not in ("vanished", "obsolete")


def _mark(message: ET.Element, kind: str | None) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    if kind is None:
        translation.attrib.pop("type", None)
    else:
        translation.set("type", kind)


def _adopt_numerus(kept: ET.Element, fresh: ET.Element) -> None:
    """The kept message takes the fresh one's plural shape (the code now passes a count, or no longer does)."""
    if (kept.get("numerus") == "yes") == (fresh.get("numerus") == "yes"):
        return
    forms = translation_forms(kept)
    translation = kept.find("translation")
    if translation is not None:
        kept.remove(translation)
    translation = ET.SubElement(kept, "translation", {"type": "unfinished"})
    if fresh.get("numerus") == "yes":
        kept.set("numerus", "yes")
        for _ in range(max(1, len(list(fresh.iter("numerusform"))))):
            ET.SubElement(translation, "numerusform").text = forms[0] if forms else ""
    else:
        kept.attrib.pop("numerus", None)
        translation.text = forms[-1] if forms else ""


def merge(kept: Catalogue, fresh: Catalogue) -> tuple[Catalogue, Changes]:
    """``kept`` with ``fresh``'s messages merged in: every translation kept, nothing reordered.

    A message of ``fresh`` missing from ``kept`` is added untranslated, after the message that precedes it in
    the sources (a new context goes where its name sorts); a message of ``kept`` the sources no longer hold is
    marked ``vanished`` with its translation (Qt Linguist shows it as obsolete, lrelease leaves it out), and
    comes back as it was when the sources hold it again.
    """
    changes = Changes()
    by_name = {context.name: context for context in kept.contexts}
    wanted: dict[str, set[tuple[str, str]]] = {}
    for fresh_context in fresh.contexts:
        wanted[fresh_context.name] = {message_key(message) for message in fresh_context.messages}
        context = by_name.get(fresh_context.name)
        if context is None:
            context = Context(fresh_context.name)
            after = [index for index, other in enumerate(kept.contexts) if other.name > context.name]
            kept.contexts.insert(after[0] if after else len(kept.contexts), context)
            by_name[context.name] = context
        index = {message_key(message): message for message in context.messages}
        position = 0
        for message in fresh_context.messages:
            key = message_key(message)
            if key in index:
                existing = index[key]
                position = context.messages.index(existing) + 1
                _adopt_numerus(existing, message)
                if not is_in_use(existing):
                    _mark(existing, None if is_finished(_unmarked(existing)) else "unfinished")
                    changes.revived.append((context.name, key[0]))
                continue
            context.messages.insert(position, message)
            index[key] = message
            position += 1
            changes.added.append((context.name, key[0]))
    for context in kept.contexts:
        for message in context.messages:
            if message.find("translation") is None:  # lost in a hand merge: untranslated, as lupdate writes it
                _mark(message, "unfinished")
            key = message_key(message)
            if key not in wanted.get(context.name, set()) and is_in_use(message):
                _mark(message, "vanished")
                changes.vanished.append((context.name, key[0]))
            elif is_in_use(message) and not is_finished(message):
                changes.untranslated.append((context.name, key[0]))
    return kept, changes


def _unmarked(message: ET.Element) -> ET.Element:
    """A copy of ``message`` without its vanished mark, to ask whether its translation is finished."""
    copy = ET.fromstring(ET.tostring(message))
    _mark(copy, None)
    return copy


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("'", "&apos;").replace('"', "&quot;"))


def _attributes(element: ET.Element) -> str:
    return "".join(f' {name}="{_escape(value)}"' for name, value in element.attrib.items())


def _element(element: ET.Element, indent: int) -> list[str]:
    pad = " " * indent
    children = list(element)
    if not children:
        return [f"{pad}<{element.tag}{_attributes(element)}>{_escape(element.text or '')}</{element.tag}>"]
    lines = [f"{pad}<{element.tag}{_attributes(element)}>"]
    for child in children:
        lines += _element(child, indent + 4)
    lines.append(f"{pad}</{element.tag}>")
    return lines


def write_catalogue(catalogue: Catalogue) -> str:
    """The catalogue as lupdate writes a ``.ts`` file (so a merge that changes nothing changes no byte)."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="{catalogue.version}" language="{catalogue.language}" '
             f'sourcelanguage="{catalogue.source_language}">']
    for context in catalogue.contexts:
        if not context.messages:
            continue
        lines += ["<context>", f"    <name>{_escape(context.name)}</name>"]
        for message in context.messages:
            lines += _element(message, 4)
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def _lupdate(sources: list[Path], ts: Path, lang: str) -> None:
    """A fresh catalogue of what ``sources`` mark for translation (no translations, sources' order)."""
    subprocess.run([_tool("pyside6-lupdate"), *map(str, sources), "-source-language", "en", "-target-language", lang,
                    "-locations", "none", "-no-obsolete", "-silent", "-ts", str(ts)], check=True)


def catalogues() -> list[Path]:
    """Every catalogue of the program: ``equipment_desk_<lang>.ts``."""
    return sorted(TRANSLATIONS.glob("equipment_desk_*.ts"))


def marked_messages(source: str) -> list[tuple[str, str, bool]]:
    """(context, English, plural) of every message ``source`` marks, read as the program asks for them:
    ``self.tr("…")`` in its class, ``QCoreApplication.translate("context", "…")``, ``QT_TRANSLATE_NOOP``; plural
    when a count is passed (``tr(text, "", n)``, ``translate(context, text, "", n)``).  Unlike lupdate this also
    reads calls inside f-strings and other expressions lupdate's Python parser passes over."""
    found: list[tuple[str, str, bool]] = []

    def visit(node: ast.AST, context: str) -> None:
        if isinstance(node, ast.ClassDef):
            context = node.name
        if isinstance(node, ast.Call):
            name = _name_of(node.func)
            texts = [_literal(argument) for argument in node.args[:2]]
            if name in ("tr", "QT_TR_NOOP") and texts and texts[0] is not None:
                found.append((context, texts[0], len(node.args) >= 3))
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(texts) == 2 and None not in texts:
                found.append((str(texts[0]), str(texts[1]), len(node.args) >= 4))
        for child in ast.iter_child_nodes(node):
            visit(child, context)

    visit(ast.parse(source), "")
    return found


def add_unseen_messages(catalogue: Catalogue, sources: list[Path], *, plural_forms: int) -> list[tuple[str, str]]:
    """Add to a fresh catalogue the messages of ``sources`` lupdate did not see (at the end of their context)."""
    contexts = {context.name: context for context in catalogue.contexts}
    added: list[tuple[str, str]] = []
    for path in sources:
        for context_name, text, plural in marked_messages(path.read_text(encoding="utf-8")):
            context = contexts.get(context_name)
            if context is None:
                context = contexts[context_name] = Context(context_name)
                catalogue.contexts.append(context)
            if any(message_key(message) == (text, "") for message in context.messages):
                continue
            message = ET.Element("message", {"numerus": "yes"} if plural else {})
            ET.SubElement(message, "source").text = text
            translation = ET.SubElement(message, "translation", {"type": "unfinished"})
            for _ in range(plural_forms if plural else 0):
                ET.SubElement(translation, "numerusform").text = ""
            context.messages.append(message)
            added.append((context_name, text))
    return added


def update(languages: tuple[str, ...] = LANGUAGES) -> dict[str, Changes]:
    """Merge what the sources mark for translation into each catalogue; what changed, by language."""
    changes: dict[str, Changes] = {}
    with tempfile.TemporaryDirectory() as tmp:
        problems = Path(tmp) / "problem_templates.py"
        write_problem_source(problems)
        for lang in languages:
            fresh = Path(tmp) / f"fresh_{lang}.ts"
            _lupdate([*ui_sources(), problems], fresh, lang)
            target = TRANSLATIONS / f"equipment_desk_{lang}.ts"
            existing = read_catalogue(target) if target.exists() else Catalogue(language=lang)
            found = read_catalogue(fresh)
            add_unseen_messages(found, ui_sources(), plural_forms=3 if lang == "ru" else 2)
            merged, changes[lang] = merge(existing, found)
            if lang == "ru":
                filled = fill_label_translations(merged)
                changes[lang].untranslated = [(context, source) for context, source in changes[lang].untranslated
                                              if not (context == "labels" and source in filled)]
            text = write_catalogue(merged)
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                target.write_text(text, encoding="utf-8")
    return changes


def report(changes: dict[str, Changes], out=sys.stdout) -> None:
    """What the merge added, marked vanished or brought back, and what still lacks a translation."""
    for lang, change in changes.items():
        print(f"{lang}: {len(change.added)} new, {len(change.vanished)} marked vanished, "
              f"{len(change.revived)} back in use", file=out)
        if lang in TRANSLATED:
            for context, source in change.untranslated:
                print(f"  no {lang} translation: {context}: {source!r}", file=out)
            if change.untranslated:
                print(f"{lang}: {len(change.untranslated)} message(s) lack a translation; translate them in "
                      f"resources/translations/equipment_desk_{lang}.ts", file=out)


def release() -> None:
    for ts in catalogues():
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only compile the .ts files")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if not args.release:
        report(update())
    release()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
