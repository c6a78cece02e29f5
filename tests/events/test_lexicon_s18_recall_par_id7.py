"""Indonesian wire recall (session 18, helper recall_par_id7): denials worded as statements
("menyatakan mereka tidak terlibat", "mengatakan tidak ada bukti bahwa ..."), refusing to accept
("tidak dapat menerima"), a curfew as a ban on leaving home, a shoot-on-sight order, protesters
blocking a bridge or a port, a clash whose parties follow "antara" after a few words
(id/triggers_s18_recall_par_id7.yaml); the Sunni and Shia communities as parties
(actors/sectors_s18_recall_par_id7.yaml); Nigeria's states in the Indonesian order ("Negara Bagian
Delta": places/regions_s18_recall_par_id7.tsv); Argentina's education minister of 2003-2007
(actors/people/s18_recall_par_id7.tsv) — and the near misses: a wish for a vote free of intimidation,
aid that could not be received, a negated or hypothetical act."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # a denial of involvement or of the evidence, without "membantah"
        ("Partai Demokrat Thailand menegaskan pihaknya tak terlibat.", "REJECT", "THA", None),
        ("Menteri Luar Negeri Rusia menegaskan negaranya tak terlibat dalam kudeta itu.", "REJECT", "RUS", None),
        (
            "Menteri Pertahanan China mengatakan tidak ada bukti bahwa kapal China memasuki perairan Vietnam.",
            "REJECT",
            "CHN",
            None,
        ),
        # refusing to accept
        ("Pemerintah Iran tidak dapat menerima resolusi Dewan Keamanan PBB itu.", "REJECT", "IRN", None),
        (
            "Menteri Luar Negeri Argentina Jorge Taiana mengatakan Argentina tidak bisa menerima keputusan Inggris.",
            "REJECT",
            "ARG",
            None,
        ),
        # a curfew worded as a ban on leaving home
        (
            "Pemerintah Sri Lanka memberlakukan larangan keluar rumah di Kolombo setelah ledakan itu.",
            "COERCE",
            "LKA",
            None,
        ),
        ("Larangan keluar rumah diberlakukan di kota Quetta, Pakistan, setelah bentrokan itu.", "COERCE", "PAK", None),
        # a shoot-on-sight order
        (
            "Pemerintah Kenya mengeluarkan perintah tembak di tempat bagi para penjarah di Nairobi.",
            "COERCE",
            "KEN",
            None,
        ),
        # protesters blocking a bridge, a port or an airport
        ("Ratusan petani Bolivia menutup dua jembatan menuju ibu kota provinsi, Senin.", "PROTEST", "BOL", None),
        ("Para nelayan Prancis memblokade pelabuhan Calais pekan ini.", "PROTEST", "FRA", None),  # not police COERCE
        # a clash whose parties follow "antara" after a few words; the sects as parties
        (
            "Di Pakistan, bentrokan paling sengit antar-aliran antara pemeluk Syiah dan Sunni menewaskan 40 orang.",
            "ASSAULT",
            "PAK",
            None,
        ),
        ("Pemeluk Syiah dan Sunni bentrok di kota Parachinar, Pakistan.", "ASSAULT", "PAK", None),
    ],
)
def test_wire_phrase_families(text, event, actor, recipient):
    found = indonesian(text, pub_date="2007-04-10")
    assert has(found, event, actor, recipient), found


def test_nigerian_state_in_indonesian_order_sets_the_scene():
    # "Delta" alone is a town elsewhere; "Negara Bagian Delta" is Nigeria's
    found = indonesian(
        "Orang-orang bersenjata menculik tiga pekerja asing di Negara Bagian Delta, Jumat.", pub_date="2007-04-10"
    )
    assert has(found, "ASSAULT", "NGA"), found


def test_argentine_education_minister_by_date():
    found = indonesian(
        "Menteri Pendidikan Daniel Filmus mengecam kekerasan polisi terhadap guru.", pub_date="2007-04-10"
    )
    assert has(found, "ACCUSE", "ARG"), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a wish for a vote free of intimidation threatens no one
        ("Sekjen PBB berharap pemilihan umum di Timor Leste bebas dari kekerasan dan intimidasi.", "THREATEN"),
        ("Kami berharap kampanye itu bebas dari intimidasi, kata Sekjen PBB Ban Ki-moon.", "THREATEN"),
    ],
)
def test_not_events(text, event):
    found = indonesian(text, pub_date="2007-04-10")
    assert not any(e == event for e, _, _ in found), found


@pytest.mark.parametrize(
    ("coded", "not_coded", "event"),
    [
        # asserted, and hypothetical
        (
            "Pemerintah Sri Lanka memberlakukan larangan keluar rumah di Kolombo setelah ledakan itu.",
            "Pemerintah Sri Lanka mungkin akan mempertimbangkan larangan keluar rumah jika kerusuhan berlanjut.",
            "COERCE",
        ),
        # refusing to accept, and not being able to receive aid or patients
        (
            "Pemerintah Iran tidak dapat menerima resolusi Dewan Keamanan PBB itu.",
            "Para pengungsi di Darfur tidak dapat menerima bantuan karena jalan ditutup.",
            "REJECT",
        ),
        (
            "Pemerintah Iran tidak dapat menerima resolusi Dewan Keamanan PBB itu.",
            "Rumah sakit di Gaza tidak bisa menerima pasien lagi, kata pejabat kesehatan Palestina.",
            "REJECT",
        ),
        # farmers blocking a bridge protest; police closing one do not
        (
            "Ratusan petani Bolivia menutup dua jembatan menuju ibu kota provinsi, Senin.",
            "Polisi Thailand menutup jembatan menuju bandara selama kunjungan itu.",
            "PROTEST",
        ),
        # a minister's "no evidence that ..." denies; a writer's, with no speaker, does not
        (
            "Menteri Pertahanan China mengatakan tidak ada bukti bahwa kapal China memasuki perairan Vietnam.",
            "Tidak ada bukti bahwa Iran memasok senjata kepada pemberontak.",
            "REJECT",
        ),
        # a denial, and a denial that is not one (admits involvement)
        (
            "Partai Demokrat Thailand menegaskan pihaknya tak terlibat.",
            "Partai Demokrat Thailand menegaskan pihaknya terlibat.",
            "REJECT",
        ),
        # protesters blocking a bridge, and only planning to
        (
            "Ratusan petani Bolivia menutup dua jembatan menuju ibu kota provinsi, Senin.",
            "Ratusan petani Bolivia berencana menutup jembatan jika harga pupuk naik.",
            "PROTEST",
        ),
    ],
)
def test_near_misses(coded, not_coded, event):
    assert any(e == event for e, _, _ in indonesian(coded, pub_date="2007-04-10"))
    found = indonesian(not_coded, pub_date="2007-04-10")
    assert not any(e == event for e, _, _ in found), found
