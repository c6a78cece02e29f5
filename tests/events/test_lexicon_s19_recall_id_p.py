"""Indonesian recall on unseen news (session 19, helper recall_id_p): admonishing another to act
("mewanti-wanti kepada ... untuk"), investigators summoning someone over a case, a suspect or witness named
after a long title or an agent, examining an alleged breach ("menelaah dugaan pelanggaran"), a speaker judging
that a rule threatens harm or ought to be struck out, an act said to fall in a category of breach
(id/triggers_s19_recall_id_p.yaml), a farmers' coalition and a family-planning association as actors
(actors/bodies_s19_recall_id_p.yaml) — and words like them that are no event: an arrest that was only
about to happen, what an article of a law forbids, a coach's warning, a president calling in a police chief."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Presiden Filipina mewanti-wanti Malaysia agar tidak melindungi para penculik.", "REQUEST", "PHL", "MYS"),
        (
            "Ketua Umum Partai Golkar mewanti-wanti kepada para kadernya untuk menjaga persatuan.",
            "REQUEST",
            "IDN",
            "IDN",
        ),
        ("Kejaksaan Agung memanggil Gubernur Riau terkait kasus suap pengadaan lahan.", "ACCUSE", "IDN", "IDN"),
        (
            "Kejaksaan Agung menetapkan mantan Kepala Bidang Perencanaan Dinas Pekerjaan Umum Provinsi Riau"
            " sebagai tersangka.",
            "ACCUSE",
            "IDN",
            "IDN",
        ),
        (
            "Ombudsman Republik Indonesia tengah menelaah dugaan pelanggaran prosedur oleh Kepolisian.",
            "ACCUSE",
            "IDN",
            None,
        ),
        (
            "Amnesty International menilai rancangan undang-undang itu berpotensi mengancam kebebasan pers.",
            "ACCUSE",
            "NGO",
            None,
        ),
        (
            "Indonesia Corruption Watch menilai seharusnya pasal penghinaan presiden itu dihapus.",
            "REQUEST",
            "IDN",
            None,
        ),
        (
            "Kementerian Luar Negeri Malaysia menyebut tindakan Singapura itu masuk dalam kategori pelanggaran berat.",
            "ACCUSE",
            "MYS",
            "SGP",
        ),
        (
            "Komite Nasional Pembaruan Agraria meminta agar Presiden segera menuntaskan sengketa tanah.",
            "REQUEST",
            "IDN",
            "IDN",
        ),
        (
            "PKBI menilai aturan baru itu berpotensi menghambat penyuluhan kesehatan.",
            "ACCUSE",
            "IDN",
            None,
        ),
    ],
)
def test_recall(text, event, actor, recipient):
    found = indonesian(text, pub_date="2017-10-18")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Buronan itu menghilang saat akan ditangkap penyidik Komisi Pemberantasan Korupsi.", "THREATEN"),
        (
            "Pengurus Perhimpunan Bidan Indonesia (PBI) Sari Dewi mengatakan, pasal 481 RKUHP tidak jauh berbeda"
            " dengan pasal 534 KUHP yang melarang sosialisasi alat kontrasepsi.",
            "COERCE",
        ),
        ("Ketua partai itu tidak mewanti-wanti para kadernya.", "REQUEST"),
        ("Jaksa tidak memanggil Gubernur Riau terkait kasus suap pengadaan lahan.", "ACCUSE"),
        ("Presiden Joko Widodo memanggil Kapolri terkait kasus kerusuhan di Papua.", "ACCUSE"),
        ("Kedatangan wisatawan masuk kategori tinggi tahun ini.", "ACCUSE"),
    ],
)
def test_near_misses(text, event):
    found = indonesian(text, pub_date="2017-10-18")
    assert not any(e == event for e, _, _ in found), found
