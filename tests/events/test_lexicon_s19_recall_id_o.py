"""Indonesian recall on unseen news (session 19, helper recall_id_o): staying away from a meeting, a
hearing or a summons (REJECT), refusing to step down, a call to resign worded
as a noun or as leave to go (REQUEST, not a resignation), and a party's regional boards as movers of a
no-confidence motion
(id/triggers_s19_recall_id_o.yaml, actors/sectors_s19_recall_id_o.yaml) — and words like them that are
no event: an absence that is only supposed or told as the cause of the act after it, protesters who
will not back down, a denial that anyone threatened the speaker, an investigation named as a task or
a purpose."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Perdana Menteri Malaysia tidak hadir karena sedang sakit.", "REJECT", "MYS", None),
        ("Bupati Klaten tak hadir dalam pemeriksaan penyidik pada Selasa.", "REJECT", "IDN", None),
        ("Perdana Menteri Thailand menegaskan tidak akan mundur dari jabatannya.", "REJECT", "THA", None),
        ("Presiden Korea Selatan menegaskan bahwa ia takkan mundur.", "REJECT", "KOR", None),
        ("Ketua Umum Partai Golkar mempersilakan kader itu keluar dari partai.", "REQUEST", "IDN", None),
        ("Partai oposisi Malaysia menyuarakan permintaan mundur Perdana Menteri Najib Razak.", "REQUEST", "MYS", None),
        (
            "Ketua umum partai itu mendapatkan mosi tidak percaya dari sejumlah pengurus DPD dan DPC Partai Hanura.",
            "ACCUSE",
            "IDN",
            "IDN",
        ),
    ],
)
def test_recall(text, event, actor, recipient):
    found = indonesian(text, pub_date="2017-06-20")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Jika Menteri Luar Negeri Malaysia tidak hadir, pertemuan itu ditunda.", "REJECT"),
        ("Karena terdakwa tidak hadir dalam sidang maka hakim menerbitkan surat penangkapan.", "REJECT"),
        ("Warga penolak tambang itu tak mau mundur dan terus berunjuk rasa.", "REJECT"),
        ("Anggota dewan itu menegaskan tidak ada anggota DPR yang mengancamnya.", "THREATEN"),
        ("Menurut polisi, sikap Bupati Klaten membuat penyidikan terkendala.", "ACCUSE"),
        ("Juru bicara KPK mengatakan tugas utama KPK adalah melakukan penyidikan perkara korupsi.", "ACCUSE"),
        (
            "Juru bicara KPK mengatakan tersangka ditempatkan di rumah tahanan itu untuk kemudahan penyidikan.",
            "ACCUSE",
        ),
    ],
)
def test_near_misses(text, event):
    found = indonesian(text, pub_date="2017-06-20")
    assert not any(e == event for e, _, _ in found), found
