"""Cardinal numbers of the Turkic state languages: Kyrgyz, Uzbek, Turkmen (and Kazakh).

The four build numbers the same way, so one class does it and each language
gives its words.  Words follow the digits from the highest group down, with
no joining word, the tens before the units, the multiplier before ``100`` and
before every group word: «эки жүз отуз төрт миң беш жүз алтымыш жети»
(234 567 in Kyrgyz).  A noun after a numeral stays singular
(«эки миң сом»), so every currency has one form (see ``pluralize``).

Two conventions the languages allow either way are fixed here, the same in
all four and in :mod:`num2words`' Kazakh, which we keep for ``kk``:

- ``100`` is the bare word for a hundred («жүз», «yuz», «ýüz»), without
  «бир», as banknotes read («ЖҮЗ СОМ», «ÝÜZ MANAT»); «бир жүз»
  also occurs in payment orders and would be accepted there.
- a thousand, million… always carries its multiplier, also for one («бир
  миң», «bir ming», «bir müň», «бір мың»), as bank and accounting documents
  write a sum in words («БІР МЫҢ ТЕҢГЕ» on the Kazakh note): the full group
  leaves no room to prefix a word to a written-out sum.  Bare «миң» is the
  spoken form.

Which of these a native speaker should confirm is listed in
``docs/number-words.md``.
"""

from __future__ import annotations

from decimal import Decimal

from num2words.base import Num2Word_Base
from num2words.lang_KZ import Num2Word_KZ


def whole_number(value: object) -> int:
    """``value`` as an int if it is a whole number (an int, an integral Decimal, or digits), else TypeError."""
    if isinstance(value, bool):
        raise TypeError(f"not a whole number: {value!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit() and value.strip().isascii():
        return int(value)
    raise TypeError(f"not a whole number: {value!r}")


class Num2Word_Groups(Num2Word_Base):  # noqa: N801  (num2words names its classes so)
    """Whole numbers read by groups of three digits; subclasses say how a language writes them."""

    ZERO = ""
    SCALES: tuple[str, ...] = ()
    """Words for 10**3, 10**6, 10**9 … in order."""
    NEGWORD = "минус"

    CURRENCY_FORMS: dict[str, tuple[str, str]] = {}

    def setup(self) -> None:
        self.negword = self.NEGWORD
        self.pointword = ""
        self.MAXVAL = 1000 ** (len(self.SCALES) + 1)

    def to_cardinal(self, value: object) -> str:
        number = whole_number(value)
        if number < 0:
            return f"{self.negword} {self.to_cardinal(-number)}"
        if number >= self.MAXVAL:
            raise OverflowError(self.errmsg_toobig % (number, self.MAXVAL))
        if number == 0:
            return self.ZERO
        groups = []
        while number:
            number, group = divmod(number, 1000)
            groups.append(group)
        # (scale index, group) from the highest group down, zero groups left out.
        return self._words([(index, groups[index]) for index in range(len(groups) - 1, -1, -1) if groups[index]])

    def _words(self, groups: list[tuple[int, int]]) -> str:
        raise NotImplementedError

    def pluralize(self, n: int, forms: str) -> str:
        """A noun after a numeral stays singular: the one form, whatever ``n``."""
        return forms

    def to_ordinal(self, value: object) -> str:
        raise NotImplementedError(f"{type(self).__name__} has no ordinals")


class Num2Word_Turkic(Num2Word_Groups):  # noqa: N801  (num2words names its classes so)
    """Cardinals in the common Turkic pattern; subclasses give the words."""

    ONES: tuple[str, ...] = ()
    """Words for 1..9 (index 0 is empty)."""
    TENS: tuple[str, ...] = ()
    """Words for 10, 20 … 90 (index 0 is empty)."""
    HUNDRED = ""

    def _hundreds(self, group: int) -> list[str]:
        hundreds, rest = divmod(group, 100)
        tens, ones = divmod(rest, 10)
        words = []
        if hundreds:
            if hundreds > 1:
                words.append(self.ONES[hundreds])
            words.append(self.HUNDRED)
        if tens:
            words.append(self.TENS[tens])
        if ones:
            words.append(self.ONES[ones])
        return words

    def _words(self, groups: list[tuple[int, int]]) -> str:
        words: list[str] = []
        for index, group in groups:
            words.extend(self._hundreds(group))
            if index:
                words.append(self.SCALES[index - 1])
        return " ".join(words)


class Num2Word_KY(Num2Word_Turkic):  # noqa: N801  (num2words names its classes so)
    """Kyrgyz (Cyrillic)."""

    ZERO = "нөл"
    ONES = ("", "бир", "эки", "үч", "төрт", "беш", "алты", "жети", "сегиз", "тогуз")
    TENS = ("", "он", "жыйырма", "отуз", "кырк", "элүү", "алтымыш", "жетимиш", "сексен", "токсон")
    HUNDRED = "жүз"
    SCALES = ("миң", "миллион", "миллиард", "триллион", "квадриллион", "квинтиллион")


class Num2Word_UZ(Num2Word_Turkic):  # noqa: N801  (num2words names its classes so)
    """Uzbek in its official Latin script; ʻ is U+02BB (MODIFIER LETTER TURNED COMMA)."""

    ZERO = "nol"
    ONES = ("", "bir", "ikki", "uch", "to\u02bbrt", "besh", "olti", "yetti", "sakkiz", "to\u02bbqqiz")
    TENS = ("", "o\u02bbn", "yigirma", "o\u02bbttiz", "qirq", "ellik", "oltmish", "yetmish", "sakson", "to\u02bbqson")
    HUNDRED = "yuz"
    SCALES = ("ming", "million", "milliard", "trillion", "kvadrillion", "kvintillion")
    NEGWORD = "minus"


class Num2Word_UZ_Cyrl(Num2Word_Turkic):  # noqa: N801  (num2words names its classes so)
    """Uzbek in Cyrillic (the 1940–1995 alphabet, still widely used)."""

    ZERO = "нол"
    ONES = ("", "бир", "икки", "уч", "тўрт", "беш", "олти", "етти", "саккиз", "тўққиз")
    TENS = ("", "ўн", "йигирма", "ўттиз", "қирқ", "эллик", "олтмиш", "етмиш", "саксон", "тўқсон")
    HUNDRED = "юз"
    SCALES = ("минг", "миллион", "миллиард", "триллион", "квадриллион", "квинтиллион")


class Num2Word_TK(Num2Word_Turkic):  # noqa: N801  (num2words names its classes so)
    """Turkmen (Latin, the 1993/1996 alphabet: ä ç ž ň ö ş ü ý)."""

    ZERO = "nol"
    ONES = ("", "bir", "iki", "üç", "dört", "bäş", "alty", "ýedi", "sekiz", "dokuz")
    TENS = ("", "on", "ýigrimi", "otuz", "kyrk", "elli", "altmyş", "ýetmiş", "segsen", "togsan")
    HUNDRED = "ýüz"
    SCALES = ("müň", "million", "milliard", "trillion", "kwadrillion", "kwintillion")
    NEGWORD = "minus"


class Num2Word_KK(Num2Word_KZ):  # noqa: N801  (num2words names its classes so)
    """Kazakh: num2words' own ``kz`` cardinals, checked against our number table.

    It already writes «жүз» for 100 and «бір мың» for 1 000, the conventions
    chosen above; we add the currencies it lacks and refuse fractions
    (``kz`` would read ``"1,5"`` as «бір бүтін бес»).
    """

    CURRENCY_FORMS: dict[str, tuple[str, str]] = {}
    MAXVAL = 1000**7

    def to_cardinal(self, value: object) -> str:
        number = whole_number(value)
        if abs(number) >= self.MAXVAL:
            raise OverflowError(self.errmsg_toobig % (number, self.MAXVAL))
        return super().to_cardinal(number)
