"""The words the window shows for stored codes and for amounts, in the program's language.

Every word for a stored code comes from the one vocabulary, :mod:`equipment_desk.core.labels`, through
Qt's catalogue: :func:`label` translates its English word in the context ``labels``, disambiguated by the
kind of code (``Other`` is «Прочее» as a category, «Другое» as a kind of institution).  The other words
here are the window's own (context ``ActWords``).  :func:`ui_language` is the one answer to "which language
does the window show lists, names and amounts in".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from equipment_desk.core import labels
from equipment_desk.core.money import format_amount


def ui_language(setting: str = "") -> str:
    """The language the lists, names and amounts are shown in: ``"ru"`` or ``"en"``.

    ``setting`` is the user's choice (``"en"``, ``"ru"``, or ``""`` for the system's); without one, the
    program's locale (which :func:`equipment_desk.ui.app.install_translations` sets) decides.
    """
    if setting in ("en", "ru"):
        return setting
    return "ru" if QLocale().language() == QLocale.Language.Russian else "en"


def format_date(iso: str | None) -> str:
    """``"2018-02-15"`` -> ``"15.02.2018"`` (empty for no date)."""
    if not iso:
        return ""
    parts = str(iso)[:10].split("-")
    if len(parts) != 3:
        return str(iso)
    return f"{parts[2]}.{parts[1]}.{parts[0]}"


def pick(row: dict[str, Any], prefix: str, lang: str | None = None) -> str:
    """The ``{prefix}_ru`` or ``{prefix}_en`` text of a row in the UI language, falling back to the other."""
    lang = lang or ui_language()
    other = "en" if lang == "ru" else "ru"
    return (row.get(f"{prefix}_{lang}") or row.get(f"{prefix}_{other}") or "").strip()


def label(kind: str, code: str | None) -> str:
    """The word for ``code`` of ``kind`` (a kind of :data:`equipment_desk.core.labels.WORDS`) in the window's
    language; an unknown code as it is, no code as ''."""
    if code is None:
        return ""
    pair = labels.WORDS[kind].get(code)
    if pair is None:
        return str(code)
    return QCoreApplication.translate("labels", pair[0], kind)


def transfer_type_text(code: str) -> str:
    return label("transfer_type", code)


def rate_type_text(code: str | None) -> str:
    return label("rate_type", code or "")


def language_name(code: str) -> str:
    """A printed language's name in the program's language (:mod:`equipment_desk.core.languages` codes)."""
    return {
        "en": QCoreApplication.translate("ActWords", "English"),
        "ru": QCoreApplication.translate("ActWords", "Russian"),
        "kk": QCoreApplication.translate("ActWords", "Kazakh"),
        "ky": QCoreApplication.translate("ActWords", "Kyrgyz"),
        "tg": QCoreApplication.translate("ActWords", "Tajik"),
        "uz": QCoreApplication.translate("ActWords", "Uzbek"),
        "uz-Cyrl": QCoreApplication.translate("ActWords", "Uzbek (Cyrillic)"),
        "tk": QCoreApplication.translate("ActWords", "Turkmen"),
    }.get(code, code)


def currency_text(code: str) -> str:
    return f"{code} — {label('currency', code)}" if code in labels.CURRENCY else code


def category_text(code: str) -> str:
    return label("category", code)


def attachment_kind_text(kind: str) -> str:
    return label("attachment_kind", kind)


def attachment_short_kind(kind: str) -> str:
    """The kind in a word or two, for lists."""
    return label("attachment_kind_short", kind)


def attachment_text(attachment: dict[str, Any]) -> str:
    """How an attachment is listed: ``Photo: front-panel.jpg``."""
    return QCoreApplication.translate("ActWords", "%1: %2").replace("%1", attachment_short_kind(attachment["kind"])).replace(
        "%2", attachment["filename"])


def attachment_tooltip(attachment: dict[str, Any]) -> str:
    """Size, who added it and when; how to open it."""
    size = int(attachment.get("size") or 0)
    if size >= 1024 * 1024:
        shown = QCoreApplication.translate("ActWords", "%1 MB").replace("%1", QLocale().toString(size / (1024 * 1024), "f", 1))
    else:
        shown = QCoreApplication.translate("ActWords", "%1 KB").replace("%1", str(max(1, round(size / 1024))))
    added = (QCoreApplication.translate("ActWords", "Added by %1 on %2").replace("%1", attachment.get("added_by") or "—")
             .replace("%2", format_date(attachment.get("added_at"))))
    return "\n".join((attachment["filename"], f"{attachment_kind_text(attachment['kind'])}, {shown}", added,
                      QCoreApplication.translate("ActWords", "Double-click to open")))


def unit_text(code: str) -> str:
    return label("unit", code)


def money(minor: int | None, currency: str) -> str:
    if minor is None:
        return "—"
    return format_amount(minor, currency, ui_language())

