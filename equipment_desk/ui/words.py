"""The words the window shows for stored codes (status, transfer type, rate type, currency, category,
attachment kind, unit) and for amounts, in the program's language (context ``ActWords``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from equipment_desk.core.money import format_amount
from equipment_desk.ui.models import format_date


def ui_language(setting: str = "") -> str:
    """The language the lists, names and amounts are shown in: ``"ru"`` or ``"en"``.

    ``setting`` is the user's choice (``"en"``, ``"ru"``, or ``""`` for the system's); without one, the
    program's locale (which :func:`equipment_desk.ui.app.install_translations` sets) decides.
    """
    if setting in ("en", "ru"):
        return setting
    return "ru" if QLocale().language() == QLocale.Language.Russian else "en"


def pick(row: dict[str, Any], prefix: str, lang: str | None = None) -> str:
    """The ``{prefix}_ru`` or ``{prefix}_en`` text of a row in the UI language, falling back to the other."""
    lang = lang or ui_language()
    other = "en" if lang == "ru" else "ru"
    return (row.get(f"{prefix}_{lang}") or row.get(f"{prefix}_{other}") or "").strip()


def status_text(status: str) -> str:
    return {
        "draft": QCoreApplication.translate("ActWords", "Draft"),
        "finalized": QCoreApplication.translate("ActWords", "Finalized"),
        "signed": QCoreApplication.translate("ActWords", "Signed"),
        "void": QCoreApplication.translate("ActWords", "Void"),
    }.get(status, status)


def transfer_type_text(code: str) -> str:
    return {
        "title": QCoreApplication.translate("ActWords", "Ownership passes to the recipient"),
        "custody": QCoreApplication.translate("ActWords", "Custody and use only"),
    }.get(code, code)


def rate_type_text(code: str | None) -> str:
    return {
        "unore": QCoreApplication.translate("ActWords", "UN operational rate of exchange"),
        "national_bank": QCoreApplication.translate("ActWords", "National bank rate"),
        "other": QCoreApplication.translate("ActWords", "Other rate"),
    }.get(code or "", code or "")


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


def language_pair_text(pair: str) -> str:
    """``"ru,en"`` -> "Russian and English"."""
    parts = [language_name(code) for code in pair.split(",")]
    text = QCoreApplication.translate("ActWords", "%1 and %2").replace("%1", parts[0]).replace("%2", parts[-1])
    return text[:1].upper() + text[1:]


def currency_text(code: str) -> str:
    names = {
        "KGS": QCoreApplication.translate("ActWords", "Kyrgyz som"),
        "UZS": QCoreApplication.translate("ActWords", "Uzbek sum"),
        "KZT": QCoreApplication.translate("ActWords", "Kazakh tenge"),
        "TJS": QCoreApplication.translate("ActWords", "Tajik somoni"),
        "TMT": QCoreApplication.translate("ActWords", "Turkmen manat"),
        "USD": QCoreApplication.translate("ActWords", "US dollar"),
        "EUR": QCoreApplication.translate("ActWords", "Euro"),
    }
    return f"{code} — {names[code]}" if code in names else code


def category_text(code: str) -> str:
    return {
        "computers": QCoreApplication.translate("ActWords", "Computers and IT"),
        "medical": QCoreApplication.translate("ActWords", "Medical equipment"),
        "endoscopes": QCoreApplication.translate("ActWords", "Endoscopes"),
        "office": QCoreApplication.translate("ActWords", "Office equipment"),
        "vehicles": QCoreApplication.translate("ActWords", "Vehicles"),
        "other": QCoreApplication.translate("ActWords", "Other"),
    }.get(code, code)


def attachment_kind_text(kind: str) -> str:
    return {
        "signed_scan": QCoreApplication.translate("ActWords", "Signed scan"),
        "photo": QCoreApplication.translate("ActWords", "Photo"),
        "warranty": QCoreApplication.translate("ActWords", "Warranty or technical documents"),
        "other": QCoreApplication.translate("ActWords", "Other document"),
    }.get(kind, kind)


def attachment_short_kind(kind: str) -> str:
    """The kind in a word or two, for lists."""
    return {
        "signed_scan": QCoreApplication.translate("ActWords", "Signed scan"),
        "photo": QCoreApplication.translate("ActWords", "Photo"),
        "warranty": QCoreApplication.translate("ActWords", "Warranty"),
        "other": QCoreApplication.translate("ActWords", "Document"),
    }.get(kind, kind)


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
    from equipment_desk.core.units import unit_label

    return unit_label(code, ui_language())


def money(minor: int | None, currency: str) -> str:
    if minor is None:
        return "—"
    return format_amount(minor, currency, ui_language())

