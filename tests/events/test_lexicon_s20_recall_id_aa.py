"""Indonesian recall and precision on unseen news (session 20, helper recall_id_aa): a guilty verdict
told with "diputus bersalah", calling someone a liar with a verb ("menyebut X membohongi"), a charge
with a long description declared a lie, suspecting embezzlement with a verb
(id/triggers_s20_recall_id_aa.yaml) — and words like them that are no event: a team that has not
given up, a safety advisory after a quake, an arrest that is only the aim of a deployment."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # a guilty verdict: the courts of the scene convict
        (
            "Setelah sidang panjang, Gubernur Nur Alam akhirnya diputus bersalah dengan hukuman 12 tahun penjara.",
            "SANCTION",
            "IDN",
            "IDN",
        ),
        (
            "Mantan Ketua DPR Setya Novanto diputuskan bersalah dalam kasus korupsi KTP elektronik.",
            "SANCTION",
            "IDN",
            "IDN",
        ),
        # calling someone a liar with a verb
        ("Menteri Susi Pudjiastuti menyebut Gubernur Ahok membohongi nelayan.", "ACCUSE", "IDN", "IDN"),
        ("Kapolda Metro Jaya menyebut Wali Kota Bekasi telah berbohong kepada penyidik.", "ACCUSE", "IDN", "IDN"),
        ("Ketua Umum PAN menilai Menteri BUMN melakukan kebohongan.", "ACCUSE", "IDN", "IDN"),
        # suspecting embezzlement with a verb
        (
            "Ketua Umum Gerindra Prabowo Subianto menduga Bupati Bekasi menyelewengkan dana bantuan sosial.",
            "ACCUSE",
            "IDN",
            "IDN",
        ),
        # a speaker saying someone allegedly embezzled: the speaker accuses
        (
            "Sekretaris Jenderal Partai Demokrat mengatakan, Bupati Bekasi diduga menggelapkan dana partai.",
            "ACCUSE",
            "IDN",
            "IDN",
        ),
        # a charge with a long description declared a lie
        (
            "Ketua Umum Demokrat Susilo Bambang Yudhoyono menyebut tuduhan penyelewengan dana kampanye tahun lalu"
            " itu merupakan sebuah fitnah.",
            "REJECT",
            "IDN",
            None,
        ),
    ],
)
def test_recall(text, event, actor, recipient):
    found = indonesian(text, pub_date="2018-02-14")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # not giving up: sport talk, no refusal to surrender
        ("Vietnam yang tertinggal dua gol masih belum menyerah hingga menit akhir.", "REJECT"),
        # a safety advisory after a quake: no request to a party
        ("Badan Penanggulangan Bencana Daerah meminta warga pesisir tidak panik setelah gempa.", "REQUEST"),
        ("Gubernur Jawa Barat mengimbau masyarakat agar tidak panik menghadapi banjir.", "REQUEST"),
        # the arrest is only the aim of a deployment
        ("Ratusan anggota Brimob dikirim ke Poso untuk menangkap sisa anggota kelompok bersenjata.", "COERCE"),
        # an allegation with no one making it: nobody accuses
        ("Bendahara desa itu diduga menggelapkan dana bantuan.", "ACCUSE"),
        # negated: found not guilty, not lying (guards for the entries above)
        ("Bupati itu diputus tidak bersalah oleh majelis hakim.", "SANCTION"),
        ("Jaksa menyebut saksi itu tidak berbohong.", "ACCUSE"),
    ],
)
def test_not_events(text, event):
    found = indonesian(text, pub_date="2018-02-14")
    assert not any(e == event for e, _, _ in found), found
