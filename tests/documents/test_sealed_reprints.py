"""Acts sealed in content version 3 reprint exactly as they printed when sealed.

``data/sealed_acts_v3.json`` holds seven acts of the demo data set as sealed in version 3 (their JSON form, with the
fixed texts they sealed): the 53-line act in soms, a voided act in sums, an act in US dollars, and acts in Kyrgyz,
Kazakh, Tajik and Turkmen.  The SHA-256 of each one's print was taken before any later correction of the wording,
the number words or the layout; a correction reaches new acts only.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from equipment_desk.core.hashing import compute_content_hash
from equipment_desk.documents.certificate import render_certificate

DATA = Path(__file__).parent / "data" / "sealed_acts_v3.json"

PRINTS = {
    # number: SHA-256 of its print (one copy, its own languages) as made when it was sealed
    "ROCA-2018-0001": "197a32b69817329a6bd2089861b0863f171641df7a8ac748f9c93c2e01eddabd",
    "ROCA-2018-0003": "f6b27386560e76a80cf65678d33e39f04f608df73ee8032ba4975703fc4e17cb",
    "ROCA-2018-0007": "3934df376be8bcf875d2976faf02d065bb388006dc3f44860b79fc1c3606b98b",
    "ROCA-2018-0009": "d9b7c18c81841d9d9feece0df940652c8ddda7d9e75c42342b2a3e6297e445e6",
    "ROCA-2018-0010": "59528cb714ff69d4316e0e55cb0750624a92cbda0cde22372aafcae4ec30af1b",
    "ROCA-2018-0012": "189825f8d9c7710f2b7b30aa5207122bed83b237a1edd392a8866545eac84cd0",
    "ROCA-2018-0013": "b3f29110ecdda77660f04a8551fd3ac6631067e7e43db3bdd7d1a1476527c613",
}


def _acts() -> dict[str, dict]:
    return {act["number"]: act for act in json.loads(DATA.read_text(encoding="utf-8"))}


@pytest.mark.parametrize("number", sorted(PRINTS))
def test_an_act_sealed_in_version_3_reprints_byte_identical(number: str) -> None:
    act = _acts()[number]
    assert act["format"] == "equipment-desk/act@3"
    assert compute_content_hash(act) == act["content_hash"]  # the fixture is the act as sealed
    assert hashlib.sha256(render_certificate(act)).hexdigest() == PRINTS[number]
