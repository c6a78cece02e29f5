"""Indonesian recall on unseen news (session 19, helper recall_id_n): a licence cut off told with the
licence after the verb ("diputus izinnya", "memutus izin"), betrayal said of another (the speaker
accuses), a criticism waved away as overdone (the speaker rejects it), a party pairing its candidate
with a running mate, support one claims to have received from another (the speaker is supported)
(id/triggers_s19_recall_id_n.yaml) — and words like them that are no event: a matter handed over to
the voters is no surrender, betrayal told by no one, a licence not yet cut, support not yet received."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("PT Maju Bersama telah diputus izinnya oleh Kementerian Perhubungan.", "COERCE", "IDN", "IDN"),
        ("Pemerintah Malaysia memutus izin perusahaan Singapura itu sejak Senin.", "COERCE", "MYS", "SGP"),
        ("Perdana Menteri Pakistan mengatakan India telah mengkhianati perjanjian damai.", "ACCUSE", "PAK", "IND"),
        ("Menurut Menlu Rusia Sergei Lavrov, tudingan itu berlebihan.", "REJECT", "RUS", None),
        ("Menlu Retno mengklaim telah mendapatkan dukungan dari Jepang.", "SUPPORT", "JPN", "IDN"),
        ("Presiden Filipina mengaku mendapat dukungan penuh dari China.", "SUPPORT", "CHN", "PHL"),
        (
            "Partai Demokrat memasangkan Agus Harimurti Yudhoyono dengan Sylviana Murni.",
            "SUPPORT",
            "IDN",
            "IDN",
        ),
    ],
)
def test_recall(text, event, actor, recipient):
    found = indonesian(text, pub_date="2017-10-18")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Bupati itu menyerahkan persoalan pencalonan kepada masyarakat.", "RETREAT"),
        ("Presiden menyerahkan sepenuhnya masalah itu kepada rakyat.", "RETREAT"),
        ("Rusia mengkhianati perjanjian itu.", "ACCUSE"),
        ("PT Maju Bersama belum diputus izinnya oleh Kementerian Perhubungan.", "COERCE"),
        ("Presiden Filipina mengatakan belum mendapat dukungan dari China.", "SUPPORT"),
        ("Kekhawatiran berlebihan membuat harga saham turun.", "REJECT"),
        ("Pelatih memasangkan Messi dengan Suarez di lini depan.", "SUPPORT"),
    ],
)
def test_near_misses(text, event):
    found = indonesian(text, pub_date="2017-10-18")
    assert not any(e == event for e, _, _ in found), found
