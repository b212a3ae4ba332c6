"""Russian grammar for the act's preamble: a signatory's title and name in the genitive.

«…, в лице начальника управления правовой статистики Усубалиева Азизбека,
действующего на основании Положения…»: after «в лице» the title and the name
take the genitive, and the participle agrees with the person's gender
(«действующей» for a woman; the documents' texts carry both forms).

- Names are inflected by Petrovich (rules for Russian and many Central Asian
  and foreign names: «Усубалиев» → «Усубалиева», «Куттниг» stays for a
  woman), each word by its role from :func:`.names.name_parts`.
- Titles are inflected by pymorphy3: the head noun phrase (the adjectives
  before the first noun, and that noun) goes to the genitive, the adjectives
  agreeing with the noun; what follows is already a genitive complement and
  stays («начальник управления правовой статистики» → «начальника управления
  правовой статистики», «главный врач» → «главного врача»).

These are suggestions: the signatory form shows them, the user corrects them
if needed, and the act stores and prints what was confirmed.
"""

from __future__ import annotations

import re

from equipment_desk.core.names import morph, name_parts

__all__ = ["honorific", "name_genitive", "title_genitive"]

GENDERS = ("m", "f", "")
"""A person's grammatical gender: masculine, feminine, or not recorded."""

_PETROVICH_GENDER = {"m": "male", "f": "female", "": "androgynous"}

# «исполняющий обязанности …»: the participle inflects, its object stays
_FIXED_OBJECTS = {"обязанности"}


def name_genitive(name: str, gender: str) -> str:
    """A Cyrillic name in the genitive: «Усубалиев Азизбек» → «Усубалиева Азизбека»."""
    from petrovich.enums import Case
    from petrovich.main import Petrovich

    petrovich = _petrovich(Petrovich)
    sex = _PETROVICH_GENDER.get(gender or "", "androgynous")
    out = []
    for word, role in name_parts(name):
        if role == "particle":
            out.append(word)
            continue
        inflect = {"last": petrovich.lastname, "first": petrovich.firstname, "middle": petrovich.middlename}[role]
        try:
            form = inflect(word, Case.GENITIVE, sex)
        except (ValueError, KeyError, IndexError):  # a form Petrovich has no rule for stays as written
            form = word
        if form == word and role == "first" and gender == "m":
            form = _masculine_in_a(word)
        out.append(_spelled(form))
    return " ".join(out)


_HUSHING_OR_VELAR = "гкхжшчщ"


def _masculine_in_a(word: str) -> str:
    """A man's first name in -а declines like «Кузьма» → «Кузьмы», «Лука» → «Луки» (Petrovich leaves them)."""
    if len(word) > 2 and word[-1] == "а" and word[-2].lower() not in "аеёиоуыэюяь":
        return word[:-1] + "ы"  # «-кы» becomes «-ки» in _spelled
    return word


def _spelled(word: str) -> str:
    """Russian spelling after г, к, х, ж, ш, ч, щ: «и», never «ы» («Ольгы» → «Ольги», «Маликы» → «Малики»)."""
    chars = list(word)
    for index in range(1, len(chars)):
        at_end = index == len(chars) - 1 or chars[index + 1] == "-"
        if at_end and chars[index] in "ыЫ" and chars[index - 1].lower() in _HUSHING_OR_VELAR:
            chars[index] = "и" if chars[index] == "ы" else "И"
    return "".join(chars)


_PETROVICH_INSTANCE: list = []


def _petrovich(factory):
    if not _PETROVICH_INSTANCE:
        _PETROVICH_INSTANCE.append(factory())
    return _PETROVICH_INSTANCE[0]


_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")


def _nominative(word: str, parts_of_speech: tuple[str, ...]):
    for parse in morph().parse(word):
        if parse.tag.POS in parts_of_speech and parse.tag.case == "nomn":
            return parse
    return None


def _with_case_of(original: str, inflected: str) -> str:
    if original.isupper() and len(original) > 1:
        return inflected.upper()
    if original[:1].isupper():
        return inflected[:1].upper() + inflected[1:]
    return inflected


def title_genitive(title: str) -> str:
    """A Russian title in the genitive, starting in lower case (it follows «в лице»).

    Only the head noun phrase changes (an adverb before it stays: «временно исполняющего обязанности»); a title
    that does not start with one (an abbreviation, a foreign word) is returned as written.  A combined post
    («заместитель начальника управления — начальник отдела») takes the genitive in each part.
    """
    parts = (title or "").strip().split(" — ")
    return " — ".join(_title_part_genitive(part) for part in parts)


def _title_part_genitive(title: str) -> str:
    text = title.strip()
    matches = list(_WORD.finditer(text))
    replacements: list[tuple[int, int, str]] = []
    pending: list[tuple[re.Match, object]] = []
    for match in matches:
        word = match.group(0)
        if word.lower() in _FIXED_OBJECTS and pending:
            break
        if not pending and _adverb(word):
            continue
        noun = _nominative(word, ("NOUN",))
        adjective = _nominative(word, ("ADJF", "PRTF"))
        if adjective is not None and (noun is None or adjective.score > noun.score or _adjective_first(word)):
            pending.append((match, adjective))
            continue
        if noun is None:
            break
        number = noun.tag.number or "sing"
        head = noun.inflect({"gent", number})
        if head is None:
            break
        agree = {"gent", "plur"} if number == "plur" else {"gent", noun.tag.gender or "masc"}
        for adj_match, parse in pending:
            form = parse.inflect(agree)  # type: ignore[attr-defined]
            if form is not None:
                replacements.append((adj_match.start(), adj_match.end(), _with_case_of(adj_match.group(0), form.word)))
        replacements.append((match.start(), match.end(), _with_case_of(word, head.word)))
        pending = []
        break
    if pending and not replacements:  # adjectives or participles only («исполняющий обязанности …»)
        for adj_match, parse in pending:
            form = parse.inflect({"gent", parse.tag.gender or "masc"})  # type: ignore[attr-defined]
            if form is not None:
                replacements.append((adj_match.start(), adj_match.end(), _with_case_of(adj_match.group(0), form.word)))
    out = text
    for start, end, word in sorted(replacements, reverse=True):
        out = out[:start] + word + out[end:]
    return _lower_first(out)


def _adverb(word: str) -> bool:
    parses = morph().parse(word)
    return bool(parses) and parses[0].tag.POS == "ADVB"


def _adjective_first(word: str) -> bool:
    # words that pymorphy3 also reads as nouns but that head a title as adjectives
    return word.lower() in {"главный", "главная", "старший", "старшая", "первый", "первая", "ведущий", "ведущая"}


def _lower_first(text: str) -> str:
    """Lower-case the first letter unless the first word is an abbreviation («УНП ООН»)."""
    first = text.split(" ", 1)[0]
    if not first or (len(first) > 1 and first[1:2].isupper()):
        return text
    return first[:1].lower() + text[1:]


def honorific(gender: str) -> str:
    """"Mr" or "Ms" for the English preamble ("" when the gender is not recorded)."""
    return {"m": "Mr", "f": "Ms"}.get(gender or "", "")
