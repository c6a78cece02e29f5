"""Negated acts that are no refusal (session 48, negrej; coder.requirement_stated, coder.denies_act,
grammar requirement_markers): a negated ability conditioned by "tanpa"/"without" in its clause states
what an act requires ("tidak bisa menandatangani surat tanpa sekjen", "cannot accept refugees without
the consent of parliament"); an English modal before "not" ("could not detain") is a negated ability as
"tidak bisa menahan" is, no denial; a state that "tidak dapat menerima pengungsi" refuses them, as
"cannot accept the refugees" does in English. Near misses: the plain refusal ("tidak dapat menerima pengungsi",
"cannot accept the refugees") and a "without" past a comma stay REJECT."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in, types_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The interior minister cannot sign the decree without the approval of parliament."),
        ("en", "Japan cannot accept more refugees without the consent of parliament."),
        ("en", "The court ruled that the police could not detain the journalist."),
        ("id", "Menteri dalam negeri tidak bisa menandatangani keputusan itu tanpa persetujuan parlemen."),
        ("id", "Para pengungsi tidak dapat menerima bantuan karena jalan ke kamp putus."),
    ],
)
def test_requirement_or_ability_is_no_refusal(lang, text):
    assert "REJECT" not in types_in(lang, text, pub_date="2019-06-04")


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        ("en", "Egypt cannot accept the refugees from Gaza, the foreign minister said.", "EGY"),
        ("en", "Japan cannot accept the refugees from Syria, the minister said, without more aid.", "JPN"),
        ("id", "Mesir tidak setuju dengan keputusan Liga Arab soal pengungsi.", "EGY"),
        ("id", "Mesir tidak dapat menerima pengungsi dari Gaza, kata menteri luar negeri.", "EGY"),
        ("id", "Perusahaan itu belum dapat memenuhi permintaan Gubernur Bali Wayan Koster menutup pantai.", "IDN"),
    ],
)
def test_plain_refusal_stays(lang, text, actor):
    found = coded_in(lang, text, pub_date="2019-06-04")
    assert has(found, "REJECT", actor), found
