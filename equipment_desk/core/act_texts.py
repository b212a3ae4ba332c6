"""The act's fixed texts per language: one reviewed data file per language, checked before use.

Everything the handover act prints that is not the office's data — title,
clauses, table headings, totals, signature labels, page furniture, the QR
caption, month names and the date format, the city prefix, how each language
names the others — lives in ``resources/act_texts/<code>.toml``, one file per
printed language (:mod:`equipment_desk.core.languages`).  A native-speaking
colleague or the office's lawyer corrects wording there without touching code;
each file's ``[review]`` table says who reviewed it, when, and its status.

A file is checked completely before any of it is used (:func:`load`): every
key of :data:`SCHEMA` present, nothing else, every value a non-empty text, its
``{placeholders}`` exactly those of the reference (the English text; the
program fills them in).  Every problem names the file, the key and what is
wrong, e.g. ``kk.toml, field 'texts.parties': its placeholders differ from the
English text: {name_to} is missing``.

:func:`missing` says what keeps a language from printing (nothing when its
file is complete); finalizing an act asks it for both of the act's languages.
Nothing falls back to another language: a language whose file is missing or
broken does not print.

What an act sealed prints is a *snapshot* (:meth:`ActTexts.snapshot`), kept in
the act's sealed content, so a later correction of a file never changes a
sealed act.  :func:`from_snapshot` reads one back (and checks it the same way).
"""

from __future__ import annotations

import datetime as _dt
import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from equipment_desk.core import places
from equipment_desk.core.errors import InputError, Problem
from equipment_desk.core.hashing import canonical_text, sha256_hex
from equipment_desk.core.languages import BY_CODE, CODES

FOLDER = "act_texts"
"""The folder under ``resources`` holding one ``<code>.toml`` per printed language."""
REFERENCE = "en"
"""The language whose placeholders every file must keep (the schema below is its keys and placeholders)."""

REVIEW_FIELDS = ("language", "status", "reviewed_by", "reviewed_on", "notes")
"""The ``[review]`` table: the file's language code, its status (``draft — needs review by a native speaker``,
``reviewed``), who reviewed it and when, free notes.  ``reviewed_by``/``reviewed_on``/``notes`` may be empty."""

NEEDS_REVIEW = "needs review"
"""A status containing this marks a file not yet reviewed by a native speaker."""

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")


def _slots(*names: str) -> frozenset[str]:
    return frozenset(names)


_NONE = frozenset()

SCHEMA: dict[str, dict[str, frozenset[str]]] = {
    "texts": {
        # title and header
        "title": _NONE, "number_sign": _NONE, "programme": _NONE, "copy_mark": _slots("copy", "copies"),
        # the parties: title and name as recorded (nominative) except where the program inflects them (Russian)
        "parties": _slots("org_from", "title_from", "name_from", "authority_from", "org_to", "title_to", "name_to",
                          "authority_to"),
        "authority_first": _slots("acting", "authority"), "authority_second": _slots("acting", "authority"),
        "acting_m": _NONE, "acting_f": _NONE,
        # 1. basis
        "basis_heading": _NONE, "basis_programme": _NONE, "code": _NONE, "sub_programme": _slots("number"),
        "donor": _NONE, "donors": _NONE, "basis_documents": _NONE,
        # 2. operative clause
        "operative_title": _NONE, "operative_custody": _NONE,
        # the item table
        "col_no": _NONE, "col_name": _NONE, "col_model": _NONE, "col_serial": _NONE, "col_inventory": _NONE,
        "col_unit": _NONE, "col_quantity": _NONE, "col_price": _NONE, "col_amount": _NONE, "total_row": _NONE,
        # 3. totals
        "totals_heading": _NONE, "total_quantity": _NONE, "total_amount": _NONE, "in_words": _NONE,
        "usd_equivalent": _NONE, "exchange_rate": _NONE, "national_rate": _NONE,
        "rate_note": _slots("scale", "value", "currency", "type", "source", "date"),
        "rate_unore": _NONE, "rate_national_bank": _NONE, "rate_other": _NONE,
        # 4.-6. closing clauses
        "condition": _NONE, "obligations_title": _NONE, "obligations_custody": _NONE,
        "copies_clause": _slots("count", "languages", "each"), "copies_each": _NONE,
        "languages_one": _slots("first"), "languages_two": _slots("first", "second"),
        # signatures
        "handed_over_by": _NONE, "received_by": _NONE, "signature": _NONE, "date": _NONE, "seal": _NONE,
        # page furniture
        "act_label": _slots("number"), "draft_act": _NONE, "page": _slots("page", "pages"),
        "watermark_draft": _NONE, "watermark_void": _NONE, "void_banner": _slots("date", "reason"),
        "draft_banner": _NONE, "verification_code": _NONE, "content_hash": _NONE, "qr_caption": _NONE,
        # the collection (auditors' register)
        "register_title": _NONE, "register_period": _slots("date_from", "date_to"),
        "register_summary": _slots("count", "void", "usd"), "register_none": _NONE,
        "col_number": _NONE, "col_date": _NONE, "col_recipient": _NONE, "col_total": _NONE,
        "col_currency": _NONE, "col_usd": _NONE, "col_status": _NONE,
        "status_signed": _NONE, "status_finalized": _NONE, "status_void": _NONE, "status_draft": _NONE,
    },
    "date": {
        "format": _slots("day", "day2", "month", "month2", "month_name", "year"),
        **{month: _NONE for month in MONTHS},
    },
    "place": {"city": _slots("city")},
    "copies": {"two": _NONE, "three": _NONE, "four": _NONE},
    "language_names": {code: _NONE for code in CODES},
    "language_names_in_clause": {code: _NONE for code in CODES},
}
"""Every table and key a file holds, with the placeholders of each text (those of the English reference).

``date.format`` may use any of its placeholders (``{day2}.{month2}.{year}``, ``{day} {month_name} {year}``);
``language_names`` are the languages' names as a heading would print them, ``language_names_in_clause`` the form
the copies clause puts into ``languages_one``/``languages_two`` (Russian: «русском»)."""

FREE_PLACEHOLDERS = {("date", "format")}
"""Texts that may use any subset of their placeholders."""

COPY_WORDS = {2: "two", 3: "three", 4: "four"}


@dataclass(frozen=True)
class ActTexts:
    """One language's checked fixed texts."""

    code: str
    review: dict[str, str]
    tables: dict[str, dict[str, str]] = field(repr=False)

    def text(self, key: str, **params: Any) -> str:
        """A text of ``[texts]`` with ``params`` filled in."""
        template = self.tables["texts"][key]
        return template.format(**params) if params else template

    def template(self, key: str) -> str:
        return self.tables["texts"][key]

    def get(self, table: str, key: str) -> str:
        return self.tables[table][key]

    def has(self, key: str) -> bool:
        return key in self.tables["texts"]

    def format_date(self, value: str | _dt.date | None) -> str:
        """A date as this language writes it on the act (``date.format``); a text that is no date prints as it is."""
        if not value:
            return ""
        if isinstance(value, str):
            try:
                value = _dt.date.fromisoformat(value[:10])
            except ValueError:
                return value
        return self.tables["date"]["format"].format(
            day=value.day, day2=f"{value.day:02d}", month=value.month, month2=f"{value.month:02d}",
            month_name=self.tables["date"][MONTHS[value.month - 1]], year=f"{value.year:04d}")

    def city(self, name: str) -> str:
        """A city with this language's prefix («г. Бишкек», «Бишкек ш.»)."""
        return self.tables["place"]["city"].format(city=name)

    def language_name(self, code: str) -> str:
        return self.tables["language_names"][code]

    def languages_phrase(self, languages: tuple[str, ...] | list[str]) -> str:
        """The act's languages as the copies clause names them («на кыргызском и русском языках»)."""
        names = [self.tables["language_names_in_clause"][code] for code in languages]
        if len(names) == 1:
            return self.text("languages_one", first=names[0])
        return self.text("languages_two", first=names[0], second=names[1])

    def copies_clause(self, copies: int, languages: tuple[str, ...] | list[str]) -> str:
        """Clause 6: how many copies (always at least two, one per party), in which languages, of equal force."""
        count = min(max(copies, 2), max(COPY_WORDS))
        each = self.text("copies_each") if count == 2 else ""
        return self.text("copies_clause", count=self.tables["copies"][COPY_WORDS[count]],
                         languages=self.languages_phrase(languages), each=each)

    @property
    def needs_review(self) -> bool:
        return NEEDS_REVIEW in self.review.get("status", "").lower()

    def snapshot(self) -> dict[str, Any]:
        """What an act seals: the review note and every table, as plain JSON-ready data."""
        return {"language": self.code, "review": dict(self.review), "tables": {t: dict(v) for t, v in self.tables.items()},
                "sha256": self.digest()}

    def digest(self) -> str:
        """SHA-256 of the canonical text of the review note and tables (the same texts give the same digest)."""
        return sha256_hex(canonical_text({"language": self.code, "review": self.review, "tables": self.tables}))


def file_path(code: str) -> Path:
    """``resources/act_texts/<code>.toml`` (found by :mod:`.places`; it may not exist)."""
    return places.resource_path(FOLDER, f"{code}.toml")


def _placeholders(text: str) -> set[str] | None:
    """The named placeholders of ``text``; ``None`` when its braces are not well formed."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        return None
    names = set()
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            return None
        names.add(name)
    return names


def _braces(names: set[str] | frozenset[str]) -> str:
    return ", ".join("{" + name + "}" for name in sorted(names)) or "none"


def check_tables(code: str, data: Mapping[str, Any], *, source: str) -> tuple[list[Problem], dict[str, str], dict[str, dict[str, str]]]:
    """Every problem of a file's parsed content, and its review note and tables (usable only when no problems)."""
    problems: list[Problem] = []

    def problem(message: str, key: str | None = None, value: Any = None, **params: Any) -> None:
        problems.append(Problem(message, params=params, field=key, source=source, value=value))

    review: dict[str, str] = {}
    raw_review = data.get("review")
    if not isinstance(raw_review, Mapping):
        problem("the table [review] is missing (language, status, reviewed_by, reviewed_on, notes)", "review")
    else:
        for name in REVIEW_FIELDS:
            value = raw_review.get(name)
            if value is None:
                problem("is missing from [review]", f"review.{name}")
            elif not isinstance(value, str):
                problem("must be a text in quotes", f"review.{name}", value)
            else:
                review[name] = value
        for name in raw_review:
            if name not in REVIEW_FIELDS:
                problem("is not a field of [review]; expected {expected}", f"review.{name}", expected=", ".join(REVIEW_FIELDS))
        if review.get("language") not in (None, code):
            problem("says {found} but the file is the {code} texts", "review.language", found=review["language"], code=code)
        if "status" in review and not review["status"].strip():
            problem("is empty; say whether the texts are reviewed, e.g. \"draft — needs review by a native speaker\"",
                    "review.status")
    tables: dict[str, dict[str, str]] = {}
    for table, keys in SCHEMA.items():
        raw = data.get(table)
        if not isinstance(raw, Mapping):
            problem("the table [{table}] is missing", table, table=table)
            continue
        tables[table] = {}
        for key, expected in keys.items():
            where = f"{table}.{key}"
            value = raw.get(key)
            if value is None:
                problem("is missing", where)
                continue
            if not isinstance(value, str):
                problem("must be a text in quotes", where, value)
                continue
            if not value.strip():
                problem("is empty", where)
                continue
            found = _placeholders(value)
            if found is None:
                problem("its braces are not well formed: write a placeholder as {{name}} and nothing else in braces", where, value)
                continue
            free = (table, key) in FREE_PLACEHOLDERS
            if (free and not found <= expected) or (not free and found != expected):
                lost, extra = sorted(expected - found), sorted(found - expected)
                detail = "; ".join(part for part in (
                    f"{_braces(set(lost))} missing" if lost and not free else "",
                    f"{_braces(set(extra))} unknown" if extra else "") if part)
                problem("its placeholders differ from the English text ({expected}): {detail}; keep every {{name}} as it is",
                        where, expected=_braces(expected), detail=detail)
                continue
            tables[table][key] = value
        for key in raw:
            if key not in keys:
                problem("is not a known text of [{table}] (misspelt?)", f"{table}.{key}", table=table)
    for table in data:
        if table != "review" and table not in SCHEMA:
            problem("is not a known table; expected {expected}", table, expected=", ".join(["review", *SCHEMA]))
    return problems, review, tables


_cache: dict[tuple[str, str, int, int], ActTexts] = {}


def _read(code: str) -> tuple[ActTexts | None, list[Problem]]:
    if code not in BY_CODE:
        return None, [Problem("unknown language {code}; expected one of {expected}", params={"code": code, "expected": ", ".join(CODES)},
                              field="language", value=code)]
    path = file_path(code)
    source = path.name
    try:
        stat = path.stat()
    except OSError:
        return None, [Problem("the fixed texts of the act in {language} are missing: there is no file {file}",
                              params={"language": BY_CODE[code].english, "file": str(path)}, source=source)]
    key = (code, str(path), stat.st_mtime_ns, stat.st_size)
    if key in _cache:
        return _cache[key], []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        return None, [Problem("is not UTF-8 text; save it as UTF-8", source=source)]
    except tomllib.TOMLDecodeError as error:
        return None, [Problem("is not a valid TOML file: {error}", params={"error": str(error)}, source=source)]
    except OSError as error:
        return None, [Problem("cannot be read ({error})", params={"error": error.strerror or str(error)}, source=source)]
    problems, review, tables = check_tables(code, data, source=source)
    if problems:
        return None, problems
    texts = ActTexts(code, review, tables)
    _cache[key] = texts
    return texts, []


def load(code: str) -> ActTexts:
    """The checked fixed texts of ``code`` from its file; :class:`InputError` naming every problem otherwise."""
    texts, problems = _read(code)
    if texts is None:
        raise InputError(problems, message=f"the fixed texts of the act in {code} cannot be used")
    return texts


def missing(code: str) -> list[Problem]:
    """What keeps ``code`` from printing an act: its file missing, or each missing or broken text (empty when complete)."""
    return _read(code)[1]


def needs_review() -> list[str]:
    """The languages whose texts are complete but not yet reviewed by a native speaker."""
    out = []
    for code in CODES:
        texts, _ = _read(code)
        if texts is not None and texts.needs_review:
            out.append(code)
    return out


def from_snapshot(snapshot: Mapping[str, Any], *, source: str = "sealed act") -> ActTexts:
    """The texts an act sealed (:meth:`ActTexts.snapshot`), checked like a file and against their digest."""
    code = snapshot.get("language") if isinstance(snapshot, Mapping) else None
    if not isinstance(code, str) or code not in BY_CODE:
        raise InputError(Problem("the sealed fixed texts name no known language", source=source, value=code))
    data = {"review": snapshot.get("review"), **(snapshot.get("tables") or {})}
    problems, review, tables = check_tables(code, data, source=f"{source} ({code})")
    if problems:
        raise InputError(problems, message="the sealed fixed texts cannot be used")
    texts = ActTexts(code, review, tables)
    if snapshot.get("sha256") != texts.digest():
        raise InputError(Problem("the sealed fixed texts of {code} do not match their SHA-256", params={"code": code}, source=source))
    return texts


def sealed_texts(languages: list[str] | tuple[str, ...]) -> dict[str, dict[str, Any]]:
    """The snapshots an act seals: each of its languages' checked texts (:class:`InputError` naming every problem
    of every language that cannot print)."""
    problems = [problem for code in languages for problem in missing(code)]
    if problems:
        raise InputError(problems, message="the fixed texts of the act's languages are not complete")
    return {code: load(code).snapshot() for code in languages}


def sealed_problems(sealed: Any, languages: list[str] | tuple[str, ...]) -> list[Problem]:
    """What is wrong with the fixed texts an act sealed (empty when each of its languages is there, complete and
    matching its SHA-256)."""
    if not isinstance(sealed, Mapping):
        return [Problem("its sealed fixed texts are missing")]
    problems = []
    if sorted(sealed) != sorted(languages):
        problems.append(Problem("its sealed fixed texts are in {found}, not in its languages {expected}",
                                params={"found": ", ".join(sorted(sealed)) or "none", "expected": ", ".join(languages)}))
    for code, snapshot in sealed.items():
        try:
            texts = from_snapshot(snapshot)
        except InputError as error:
            problems += error.problems
            continue
        if texts.code != code:
            problems.append(Problem("its sealed fixed texts of {code} are those of {found}", params={"code": code, "found": texts.code}))
    return problems
