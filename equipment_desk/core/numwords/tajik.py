"""Cardinal numbers in Tajik (Cyrillic).

Our own rather than :mod:`num2words`' ``tg``, which writes 30 as «си» (it is
«сӣ»), 51 as «панҷову як» (the written norm is «панҷоҳу як») and 100 as «сад»
but 101 as «яксаду як».

The rules:

- 11–19 are single words (ёздаҳ … нуздаҳ); 200–900 are written as one word
  with the unit (дусад, сесад, чорсад, панҷсад, шашсад, ҳафтсад, ҳаштсад,
  нӯҳсад).
- A hundred is «сад», also with something after it («саду бист», 120) and
  before a group word («сад ҳазор»), as the 100-somoni note reads «САД СОМОНӢ»
  («яксад» is also written; see docs/number-words.md).
- The multiplier of a thousand, million… is always written, also for one
  («як ҳазор», «як миллион»): the full form of a sum in words in accounting
  documents (in speech «ҳазор» alone is common).
- Every part is joined to the next with the conjunction «-у», written onto
  the word before it: «бисту як», «сесаду панҷоҳ», «ду миллиону сесаду шасту
  панҷ ҳазор»; after a vowel it is «-ю» («сӣ» → «сию як»).  A multiplier is
  not joined to its group word («ду ҳазор»), and the last word takes nothing.
- A noun after a numeral stays singular («ду ҳазор сомонӣ»).
"""

from __future__ import annotations

from equipment_desk.core.numwords.turkic import Num2Word_Groups

ZERO = "сифр"
ONES = ("", "як", "ду", "се", "чор", "панҷ", "шаш", "ҳафт", "ҳашт", "нӯҳ")
TEENS = ("даҳ", "ёздаҳ", "дувоздаҳ", "сенздаҳ", "чордаҳ", "понздаҳ", "шонздаҳ", "ҳабдаҳ", "ҳаждаҳ", "нуздаҳ")
TENS = ("", "даҳ", "бист", "сӣ", "чил", "панҷоҳ", "шаст", "ҳафтод", "ҳаштод", "навад")
HUNDREDS = ("", "сад", "дусад", "сесад", "чорсад", "панҷсад", "шашсад", "ҳафтсад", "ҳаштсад", "нӯҳсад")
SCALES = ("ҳазор", "миллион", "миллиард", "триллион", "квадриллион", "квинтиллион")
VOWELS = set("аеёиӣоуӯэюя")


def joined(word: str) -> str:
    """``word`` with the conjunction «-у» (after a vowel «-ю»; «сӣ» → «сию»)."""
    if word.endswith("ӣ"):
        return word[:-1] + "ию"
    if word[-1] in VOWELS:
        return word + "ю"
    return word + "у"


class Num2Word_TG(Num2Word_Groups):  # noqa: N801  (num2words names its classes so)
    """Tajik cardinals and currency words in num2words' interface."""

    ZERO = ZERO
    SCALES = SCALES

    @staticmethod
    def _group_parts(group: int) -> list[str]:
        """The parts of a number below 1 000, each to be joined to the next."""
        hundreds, rest = divmod(group, 100)
        parts = [HUNDREDS[hundreds]] if hundreds else []
        if 10 <= rest < 20:
            parts.append(TEENS[rest - 10])
        else:
            tens, ones = divmod(rest, 10)
            if tens:
                parts.append(TENS[tens])
            if ones:
                parts.append(ONES[ones])
        return parts

    def _words(self, groups: list[tuple[int, int]]) -> str:
        # Each part is a word or a "multiplier group-word" phrase; parts are
        # joined with «-у» on their last word.
        parts: list[str] = []
        for index, group in groups:
            if index == 0:
                parts.extend(self._group_parts(group))
            else:
                multiplier = self._group_parts(group)
                multiplier[:-1] = [joined(word) for word in multiplier[:-1]]
                parts.append(" ".join(multiplier) + " " + SCALES[index - 1])
        return " ".join([joined(part) for part in parts[:-1]] + parts[-1:])
