"""The canonical form of an act and its SHA-256: what sealing an act means (``docs/act-json.md``).

An act is sealed by hashing the canonical text of its content (the keys of
:func:`canonical_keys` for its content version, sorted, compact, UTF-8).  Each office's sealed acts
form a chain: every act carries the hash of the one sealed before it, the
first carries :data:`GENESIS_HASH`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

FORMAT = "equipment-desk/act@4"
"""The content version acts are sealed in now: the content of version 3; what changed is how it prints (a
currency mark never broken over two lines, a void act's reason only beside the languages it is written in, the
English article before an institution's name in the preamble; see :mod:`equipment_desk.documents.certificate`)."""
FORMAT_3 = "equipment-desk/act@3"
"""The third content version: as version 2, each text of the office's data also in the act's national language
when it has one (``{"en": …, "ru": …, "ky": …}``), and the fixed texts the act printed in each of its languages
sealed with it (``fixed_texts``, :mod:`equipment_desk.core.act_texts`).  Such acts print as they did then."""
FORMAT_1 = "equipment-desk/act@1"
"""The first content version (one name per person and item, one rate source): such acts are read and
verified as they were sealed."""
FORMAT_2 = "equipment-desk/act@2"
"""The second content version: texts per language, Russian and English only (people's names in each script
with the Russian genitive the preamble prints, items' names, rate sources); its fixed texts are those the
program printed then."""
FORMATS = (FORMAT_1, FORMAT_2, FORMAT_3, FORMAT)
GENESIS_HASH = "0" * 64
CANONICAL_KEYS = (
    "format", "uuid", "number", "office_code", "date", "place", "country", "languages", "goods",
    "transferor", "recipient", "programme", "basis", "transfer_type", "currency", "rate",
    "national_rate", "lines", "totals", "previous_hash",
)
"""The keys sealed in every content version."""
SEALED_TEXTS_KEY = "fixed_texts"
"""From version 3: the fixed texts of each of the act's languages as printed (``{"ky": snapshot, "ru": …}``)."""


def canonical_keys(content_format: str | None) -> tuple[str, ...]:
    """The keys an act of ``content_format`` seals (version 1 and 2: :data:`CANONICAL_KEYS`; later: and its fixed texts)."""
    if content_format in (None, FORMAT_1, FORMAT_2):
        return CANONICAL_KEYS
    return (*CANONICAL_KEYS, SEALED_TEXTS_KEY)

RATE_NOT_SEALED = ("entered_by", "entered_at")
"""Who typed the rate in and when: shown with the act, not part of what is sealed."""


def sha256_hex(data: bytes | str) -> str:
    """SHA-256 of bytes (or of text as UTF-8), in hex."""
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def canonical_text(value: Any) -> str:
    """Any JSON-ready value as canonical text: keys sorted, compact, UTF-8 (the form every sealed digest is taken of)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_json(content: Mapping[str, Any]) -> str:
    """The canonical text of an act's content: the keys of ``CANONICAL_KEYS``, sorted, compact, UTF-8."""
    canonical = {key: content.get(key) for key in canonical_keys(content.get("format"))}
    if isinstance(canonical.get("rate"), dict):
        canonical["rate"] = {k: v for k, v in canonical["rate"].items() if k not in RATE_NOT_SEALED}
    return json.dumps(canonical, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def compute_content_hash(content: Mapping[str, Any]) -> str:
    """SHA-256 (hex) of the canonical form of an act (``docs/act-json.md``)."""
    return sha256_hex(canonical_json(content))
