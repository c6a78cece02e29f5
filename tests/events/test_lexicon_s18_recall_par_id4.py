"""Indonesian wire recall (session 18, helper recall_par_id4): playing down a claim (REJECT),
criticism that comes from a named party or that a party faces from another (ACCUSE, the critic after
"dari"), a resolution that imposes sanctions (one SANCTION, no extra SUPPORT), a crackdown by troops
(ASSAULT), personnel sent to a peacekeeping operation (AID) — from id/triggers_s18_recall_par_id4.yaml —
and the ISAF and the Taliban as a 2007 wire desk wrote them (actors/bodies_s18_recall_par_id4.yaml);
with words like them that are no event."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # playing down a claim or a report
        (
            "Juru bicara Kemlu China mengecilkan laporan bahwa kapal-kapalnya memasuki perairan Vietnam.",
            "REJECT",
            "CHN",
            None,
        ),
        ("Menteri Pertahanan Filipina meremehkan tuduhan kelompok pemberontak itu.", "REJECT", "PHL", None),
        # criticism that comes from a named party
        ("Kritik paling tajam datang dari Menteri Luar Negeri Jerman.", "ACCUSE", "DEU", None),
        ("Kutukan paling keras datang dari Turki dan Yordania.", "ACCUSE", "TUR", None),
        # a party faces criticism from another: the critic is the actor, the subject the recipient
        ("Perdana Menteri Jepang menghadapi kecaman yang makin keras dari Beijing.", "ACCUSE", "CHN", "JPN"),
        # personnel sent to a peacekeeping operation named a few words on
        (
            "Bangladesh mengirimkan 2.000 prajurit untuk turut serta dalam operasi pemeliharaan perdamaian di Kongo.",
            "AID",
            "BGD",
            None,
        ),
        ("Malaysia memberangkatkan 150 personel polisi ke misi penjaga perdamaian di Darfur.", "AID", "MYS", None),
        # the wire's names for the ISAF and the Taliban
        ("Pasukan Bantuan Keamanan Antarbangsa menyerang markas gerilyawan di Kandahar.", "ASSAULT", "IGO", None),
        ("Pejuang Talib menyerang pos polisi Afghanistan di Helmand.", "ASSAULT", "AFG", "AFG"),
    ],
)
def test_wire_families_code(text, event, actor, recipient):
    found = indonesian(text, pub_date="2007-06-01")
    assert has(found, event, actor, recipient), found


def test_resolution_with_sanctions_is_no_support():
    found = indonesian(
        "Dewan Keamanan PBB mengesahkan sebuah resolusi yang menjatuhkan sanksi baru terhadap Iran.",
        pub_date="2007-06-01",
    )
    assert has(found, "SANCTION", "UNO", "IRN"), found
    assert not has(found, "SUPPORT", "UNO"), found


def test_police_crackdown_stays_coerce():
    found = indonesian("Polisi Malaysia melakukan penumpasan terhadap pedagang kaki lima.", pub_date="2007-06-01")
    assert has(found, "COERCE", "MYS"), found
    assert not has(found, "ASSAULT", "MYS"), found


@pytest.mark.parametrize(
    "text",
    [
        "Pemerintah mengecilkan anggaran militer tahun depan.",  # making smaller, no claim
        "Partai kecil mengklaim kemenangan di Jawa Timur.",  # "kecil" is no verb here
        "Kecaman juga datang dari banyak pihak di dalam negeri.",  # no named critic
        "Pemerintah mengirim tentara untuk menjaga perdamaian di desa itu.",  # no peacekeeping operation
        "Dewan Keamanan PBB tidak menyetujui resolusi yang menjatuhkan sanksi terhadap Suriah.",  # negated
        # hypothetical
        "Jika Dewan Keamanan PBB mengesahkan resolusi yang menjatuhkan sanksi, Iran akan keluar dari NPT.",
    ],
)
def test_near_misses_code_nothing_of_the_family(text):
    found = indonesian(text, pub_date="2007-06-01")
    assert not any(e in ("REJECT", "ACCUSE", "SANCTION", "AID") for e, _, _ in found), found
