"""Indonesian recall on unseen domestic news (session 17, recall_id_e): a summons letter sent by its
verb, the summons of a suspect without "sebagai", a decision to summon, tracing a money trail or
probing someone's part (id/triggers_s17_recall_id_e.yaml), a court's sentence named with "dari",
other spellings of Densus 88 (actors/institutions_s17_recall_id_e.yaml) — and look-alikes that are
no event: negated or hypothetical summonses, tracing in the everyday sense, "kasus penolakan X"."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Polisi telah melayangkan surat panggilan kepada Rizieq Shihab dua kali.", "ACCUSE", "IDN", "IDN"),
        ("Penyidik KPK mengirimkan surat pemanggilan kepada Bupati Klaten.", "ACCUSE", "IDN", "IDN"),
        ("Komisi III DPR menyepakati pemanggilan tersangka Miryam S. Haryani.", "ACCUSE", "IDN", "IDN"),
        ("KPK memanggil tersangka Setya Novanto hari ini.", "ACCUSE", "IDN", "IDN"),
        ("KPK menelusuri aliran dana dari Gubernur Sulawesi Tenggara Nur Alam.", "ACCUSE", "IDN", "IDN"),
        ("Tim Detasemen 88 Antiteror menembak mati dua terduga teroris di Poso.", "ASSAULT", "IDN", "IDN"),
        (
            "Terdakwa itu tak ditahan setelah vonis penjara dua tahun dari Pengadilan Negeri Bandung dibacakan.",
            "SANCTION",
            "IDN",
            None,
        ),
    ],
)
def test_investigation_and_sentence_are_coded(text, event, actor, recipient):
    found = indonesian(text, pub_date="2017-07-25")
    assert has(found, event, actor, recipient), found


def test_decision_to_summon_is_no_agreement():
    found = indonesian("Komisi III DPR menyepakati pemanggilan tersangka Miryam S. Haryani.", pub_date="2017-06-15")
    assert not has(found, "AGREE", "IDN"), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Polisi belum melayangkan surat panggilan kepada Rizieq Shihab.", "ACCUSE"),
        ("Wisatawan asal Jepang menelusuri jejak sejarah di Kota Tua Jakarta.", "ACCUSE"),
        (
            "Wakil Presiden menyatakan kasus penolakan Panglima TNI Gatot Nurmantyo ke Amerika Serikat telah selesai.",
            "REJECT",
        ),
        ("Belum ada vonis dari Pengadilan Negeri Bandung untuk terdakwa itu.", "SANCTION"),
    ],
)
def test_near_misses_are_not_coded(text, event):
    found = indonesian(text, pub_date="2017-10-28")
    assert not any(e == event for e, _, _ in found), found
