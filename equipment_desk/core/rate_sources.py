"""Where exchange rates come from, named in each language the act prints.

An act prints the rate's source in each column: «Казначейство ООН» in
Russian, "UN Treasury" in English.  The usual sources are listed here once,
with both texts; a source not in the list is recorded with both texts by the
user.  :func:`find_source` recognises a source typed in either language (or
by its short name), so a rate recorded before the act kept two texts still
prints in both.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["RATE_SOURCES", "RateSource", "find_source", "national_bank", "source_texts"]


@dataclass(frozen=True)
class RateSource:
    key: str
    short: str
    en: str
    ru: str
    currency: str = ""
    """The currency whose national bank this is ("" for the UN Treasury)."""

    def text(self, lang: str) -> str:
        return self.ru if lang == "ru" else self.en


RATE_SOURCES: tuple[RateSource, ...] = (
    RateSource("un_treasury", "UN Treasury", "UN Treasury, UN operational rates of exchange",
               "Казначейство ООН, операционные обменные курсы ООН"),
    RateSource("nbkr", "NBKR", "National Bank of the Kyrgyz Republic", "Национальный банк Кыргызской Республики", "KGS"),
    RateSource("cbu", "CBU", "Central Bank of the Republic of Uzbekistan", "Центральный банк Республики Узбекистан", "UZS"),
    RateSource("nbk", "NBK", "National Bank of the Republic of Kazakhstan", "Национальный банк Республики Казахстан", "KZT"),
    RateSource("nbt", "NBT", "National Bank of Tajikistan", "Национальный банк Таджикистана", "TJS"),
    RateSource("cbt", "CBT", "Central Bank of Turkmenistan", "Центральный банк Туркменистана", "TMT"),
)


def _key(text: str) -> str:
    return " ".join((text or "").replace(",", " ").replace("«", "").replace("»", "").casefold().split())


def find_source(text: str) -> RateSource | None:
    """The listed source ``text`` names (in English or Russian, full or short), else ``None``."""
    wanted = _key(text)
    if not wanted:
        return None
    for source in RATE_SOURCES:
        names = {_key(source.en), _key(source.ru), _key(source.short), _key(source.en.split(",")[0]),
                 _key(source.ru.split(",")[0]), _key(f"{source.short}, {source.en}"), _key(f"{source.short} {source.ru}")}
        if wanted in names:
            return source
    return None


def source_texts(text: str) -> dict[str, str]:
    """Both texts of a source typed as ``text``: the listed pair, else ``text`` in the language of its script."""
    from equipment_desk.core.names import CYRILLIC, script_of

    source = find_source(text)
    if source is not None:
        return {"en": source.en, "ru": source.ru}
    text = (text or "").strip()
    if not text:
        return {"en": "", "ru": ""}
    return {"ru": text, "en": ""} if script_of(text) == CYRILLIC else {"en": text, "ru": ""}


def national_bank(currency: str) -> RateSource | None:
    """The national bank of ``currency``'s country, if listed."""
    for source in RATE_SOURCES:
        if source.currency == currency:
            return source
    return None
