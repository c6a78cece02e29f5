"""Indonesian recall and precision on unseen wire text (session 18, helper recall_par_id6): a promise
to help a named party ("akan membantu"), a bloody crackdown coded as violent repression, and the
office-holders the wire named (id/triggers_s18_recall_par_id6.yaml,
actors/people/s18_recall_par_id6.tsv) — and nouns that contain a trigger but tell no act: a visa
application, the site of a protest, a proposed visit."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Pemerintah Jepang akan membantu Filipina membangun pelabuhan baru di Mindanao.", "AGREE", "JPN", "PHL"),
        ("Menlu Australia mengatakan negaranya akan membantu Timor Leste menyiapkan pemilu.", "AGREE", "AUS", "TLS"),
        ("Pemerintah China bakal membantu Kamboja memperbaiki jalan di perbatasan.", "AGREE", "CHN", "KHM"),
        ("Polisi Myanmar melakukan penindasan brutal terhadap para biksu di Yangon.", "ASSAULT", "MMR", "MMR"),
        ("Pasukan Zimbabwe melancarkan penindasan berdarah terhadap para pendukung oposisi.", "ASSAULT", "ZWE", "ZWE"),
    ],
)
def test_promise_and_crackdown(text, event, actor, recipient):
    found = indonesian(text, pub_date="2007-06-01")
    assert has(found, event, actor, recipient), found


def test_named_envoy_reaches_agreement():
    found = indonesian(
        "Toshihiro Nikai dan Shao Qiwei telah mencapai kesepakatan tentang pertukaran wisatawan.",
        pub_date="2007-04-10",
    )
    assert any(e in ("SUPPORT", "AGREE") and "JPN" in a and "CHN" in r for e, a, r in found), found


def test_tavakoli_is_an_iranian_lawmaker():
    text = "Ahmad Tavakoli mengecam Presiden Mahmoud Ahmadinejad dalam sidang parlemen."
    found = indonesian(text, pub_date="2007-03-01")
    assert has(found, "ACCUSE", "IRN", "IRN"), found


@pytest.mark.parametrize(
    "text",
    [
        "Menurut Menlu Thailand, permohonan visa dari warga Kamboja meningkat tajam.",
        "Para wartawan menunggu di dekat tempat protes di pusat kota Manila.",
        "Mengenai usulan kunjungan Presiden Filipina ke Vietnam, tanggalnya belum ditentukan.",
    ],
)
def test_no_event(text):
    found = indonesian(text, pub_date="2007-06-01")
    assert not [f for f in found if f[0] in ("REQUEST", "PROTEST", "CONSULT", "AGREE")], found
