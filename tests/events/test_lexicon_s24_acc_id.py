"""Indonesian ACCUSE / REJECT recall (session 24, acc_id): holding or finding evidence
against another ("mengantongi bukti keterlibatan"), interference told as a noun after a verb of
saying ("menyimpulkan campur tangan Rusia"), a suspicion said to exist ("ada dugaan", "adanya
indikasi"), protesting an accusation, ruling talks out for now ("bukan waktunya berunding"), colloquial unwillingness
("ogah bertemu"), scolding ("menghardik", "mencerca"), not complying with an order or a ruling ("tanpa
mematuhi perintah pengadilan") — id/triggers_s24_acc_id.yaml —
and near misses that must not code them."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # evidence held or found against another
        ("Amerika Serikat mengantongi bukti keterlibatan Iran dalam serangan kapal tanker.", "ACCUSE", "USA", "IRN"),
        ("Jerman mengaku menemukan bukti-bukti peretasan oleh Rusia terhadap parlemennya.", "ACCUSE", "DEU", None),
        # interference as a noun
        ("Intelijen Amerika menyimpulkan campur tangan Rusia bertujuan membantu calon itu.", "ACCUSE", "USA", "RUS"),
        ("China menyebut intervensi Amerika terhadap urusan Hong Kong tak bisa diterima.", "ACCUSE", "CHN", "USA"),
        # a suspicion said to exist
        ("Komisi Pemberantasan Korupsi menemukan adanya indikasi suap dalam proyek jalan tol.", "ACCUSE", "IDN", None),
        # protesting a charge against oneself denies it
        ("Menteri Pertahanan Indonesia protes karena dituduh membiarkan kerusuhan itu.", "REJECT", "IDN", None),
        # ruling talks out
        ("PM Jepang mengatakan sekarang bukan saatnya berunding dengan Korea Utara.", "REJECT", "JPN", "PRK"),
        # colloquial unwillingness
        ("Korea Utara ogah berunding dengan Amerika Serikat.", "REJECT", "PRK", "USA"),
        ("Iran emoh memenuhi tuntutan Uni Eropa.", "REJECT", "IRN", None),
        # scolding, reviling
        ("Presiden Filipina menghardik Uni Eropa soal kampanye antinarkoba.", "ACCUSE", "PHL", "EUR"),
        ("Pemimpin Korea Utara menghardik Presiden Amerika Serikat.", "ACCUSE", "PRK", "USA"),
        # not complying with an order or a ruling
        ("Polisi Zimbabwe membubarkan pawai itu tanpa mematuhi perintah pengadilan.", "REJECT", "ZWE", None),
        ("Israel tidak menjalankan resolusi Dewan Keamanan PBB.", "REJECT", "ISR", "UNO"),
    ],
)
def test_wording_codes_its_event(text, event, actor, recipient):
    found = indonesian(text, pub_date="2017-06-10")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # no evidence: negated
        ("Polisi Malaysia tidak menemukan bukti keterlibatan warga Indonesia dalam kasus itu.", "ACCUSE"),
        # exhibits found at a scene are no accusation
        ("Polisi Filipina menemukan barang bukti berupa pisau di lokasi kejadian.", "ACCUSE"),
        # no sign of terrorism: negated
        ("Polisi Prancis mengatakan tidak ada indikasi terorisme dalam kecelakaan bus itu.", "ACCUSE"),
        # a demand to end interference is no accusation of it
        ("Arab Saudi menuntut agar Qatar mengakhiri campur tangan dalam urusan negara tetangganya.", "ACCUSE"),
        # interference in a general sense, not in another's affairs
        ("Pemerintah Jepang mengatakan mesin itu bekerja tanpa campur tangan manusia.", "ACCUSE"),
    ],
)
def test_near_miss_codes_nothing_of_the_type(text, event):
    found = indonesian(text, pub_date="2017-06-10")
    assert not any(e == event for e, _, _ in found), found
