"""Indonesian recall of several types (session 24, other_id): people "diamankan" or "digelandang" by the police (COERCE
arrest), the internet cut with the noun first ("internet diputus", COERCE censor), checks at a border
tightened (MOBILIZE), a hand of peace held out ("mengulurkan tangan perdamaian", AGREE), aid stopped
with the colloquial verb ("menyetop bantuan", SANCTION) and a crowd turning a visitor away
("warga menolak kedatangan ...", PROTEST) — id/triggers_s24_other_id.yaml — and near misses."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # telling a named party
        # people taken in by the police
        ("Tiga orang lainnya diamankan di lokasi kejadian oleh polisi.", "COERCE", "IDN", "IDN"),
        ("Dua mahasiswa digelandang polisi setelah aksi di depan gedung DPRD.", "COERCE", "IDN", "IDN"),
        # the internet cut, noun first
        ("Sinyal internet diputus pemerintah India untuk mencegah protes.", "COERCE", "IND", None),
        ("Jaringan internet di Kashmir diputus oleh pemerintah India.", "COERCE", "IND", None),
        # checks at the border tightened
        ("Thailand memperketat pemeriksaan di perbatasan dengan Kamboja.", "MOBILIZE", "THA", "KHM"),
        # a hand of peace held out
        ("Korea Utara mengulurkan tangan perdamaian kepada Korea Selatan.", "AGREE", "PRK", "KOR"),
        ("Uluran perdamaian Kim Jong-un disampaikan dalam pidatonya kepada Korea Selatan.", "AGREE", "PRK", "KOR"),
        # aid stopped
        ("AS menyetop bantuan kepada Pakistan.", "SANCTION", "USA", "PAK"),
        # a crowd turning a visitor away
        ("Ratusan warga menolak kedatangan menteri itu di bandara.", "PROTEST", "IDN", "IDN"),
        ("Kedatangan menteri itu ditolak oleh ratusan mahasiswa.", "PROTEST", "IDN", "IDN"),
    ],
)
def test_other_id_families(text, event, actor, recipient):
    found = indonesian(text, pub_date="2017-03-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # telling the press or the public is speech, not a contact
        # goods seized, no one arrested
        ("Barang bukti kemudian diamankan polisi.", "COERCE"),
        # oversight of money or goods is no show of force
        ("Pengawasan dana desa akan diperketat oleh Kementerian Keuangan.", "MOBILIZE"),
        ("Pemerintah memperketat pengawasan terhadap peredaran obat di pasar.", "MOBILIZE"),
        # a helping hand is no peace offer
        ("Presiden mengucapkan terima kasih atas uluran tangan warga.", "AGREE"),
        # the state refusing a visit is a refusal, not a street protest
        ("Pemerintah Malaysia menolak kunjungan utusan Myanmar itu.", "PROTEST"),
    ],
)
def test_other_id_near_misses(text, event):
    found = indonesian(text, pub_date="2017-03-01")
    assert not any(e == event for e, _, _ in found), found


def test_goods_far_before_diamankan_do_not_stop_an_arrest():
    # a weapon named in the clause before is no seized goods: the man resisted his arrest
    found = indonesian("Pelaku menodongkan senjata api saat berusaha diamankan polisi di Jakarta.")
    assert has(found, "COERCE", "IDN"), found


def test_goods_diamankan_is_no_arrest():
    # "barang bukti itu kemudian diamankan": goods seized, no one arrested
    found = indonesian("Barang bukti itu kemudian diamankan polisi di Jakarta.")
    assert not any(event == "COERCE" for event, _, _ in found), found
