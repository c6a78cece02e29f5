"""Indonesian recall and precision on unseen news (session 20, helper recall_id_w): a suspect taken
to a police station as crime briefs tell it ("digelandang ke Mapolres", "memboyong tersangka ke
Polsek"), a complaint called made up in the colloquial "mengada-ngada", a complaint the police say they
will not pursue (id/triggers_s20_recall_id_w.yaml) — and words like them that are no
event: a football midfielder ("gelandang"), a victim taken to hospital, a complaint named again."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Polisi menggelandang kedua pencuri itu ke Mapolsek Cibinong.", "COERCE", "IDN", "IDN"),
        ("Pemuda yang membawa senjata tajam itu digelandang ke kantor polisi terdekat.", "COERCE", "IDN", "IDN"),
        ("Petugas Polres Garut memboyong tersangka ke Mapolres untuk diperiksa.", "COERCE", "IDN", "IDN"),
        ("Anggota Polsek Cempaka membawa pelaku penjambretan ke Mapolsek Cempaka.", "COERCE", "IDN", "IDN"),
        ("Kapolda Jawa Tengah menyebut laporan terhadap bupati itu mengada-ngada.", "REJECT", "IDN", None),
        ("Kapolri menegaskan pengaduan tersebut tidak akan ditindaklanjuti.", "REJECT", "IDN", None),
        ("Polres Bogor tidak akan memproses laporan warga soal ujaran kebencian itu.", "REJECT", "IDN", None),
    ],
)
def test_recall(text, event, actor, recipient):
    found = indonesian(text, pub_date="2017-07-07")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a football midfielder, a vagrant, a patient: no arrest
        ("Pelatih Persija akan mencari gelandang serang baru sebelum liga dimulai.", "COERCE"),
        ("Korban penjambretan itu dibawa ke rumah sakit terdekat oleh warga.", "COERCE"),
        # a complaint named again is no new complaint
        ("Menurut penyidik, pengaduan yang diajukan warga itu masih dipelajari.", "ACCUSE"),
        ("Menindaklanjuti laporan tersebut, tim gabungan mendatangi lokasi kejadian.", "ACCUSE"),
        ("Wakil ketua DPRD itu mengaku sudah membaca isi pengaduan dari warga.", "ACCUSE"),
        # a film plot called far-fetched by no party
        ("Menurut seorang penonton, alur cerita film itu terlalu mengada-ngada.", "REJECT"),
    ],
)
def test_not_events(text, event):
    found = indonesian(text, pub_date="2017-07-07")
    assert not any(e == event for e, _, _ in found), found
