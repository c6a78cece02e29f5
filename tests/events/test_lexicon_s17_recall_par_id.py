"""Indonesian wire recall (session 17, helper recall_par_id): an attack told as a noun whose doer
follows "dilakukan oleh", a driver detained (no aid withheld), criticism received with no critic
named, a crowd breaking through a police line, clashes in the reduplicated plural, evidence laid out against a party
(id/triggers_s17_recall_par_id.yaml); hardline Islamist fighters (actors/sectors_s17_recall_par_id.yaml);
a count "Lima puluh" opening a sentence is no Peru (actors/not_actors.yaml), nor is "Sekitar 200 …" a
preposition's object (id/grammar.yaml other_preps) — and words like them that are no event."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # an attack told as a noun, the doer after "dilakukan/dilancarkan oleh"
        ("Serangan udara itu dilakukan oleh jet tempur Israel.", "ASSAULT", "ISR", None),
        ("Serbuan tersebut dilakukan oleh tentara Myanmar, kata saksi.", "ASSAULT", "MMR", None),
        ("Tembakan itu dilepaskan oleh polisi Kenya, kata para saksi.", "ASSAULT", "KEN", None),
        # clashes in the reduplicated plural, the sides after "antara"
        ("Bentrokan-bentrokan terjadi Rabu antara tentara Filipina dan pemberontak di Sulu.", "ASSAULT", "PHL", "PHL"),
        ("Bentrokan-bentrokan antara tentara Sudan dan pemberontak pecah di Darfur.", "ASSAULT", "SDN", "SDN"),
        ("Bentrokan-bentrokan terjadi pada Sabtu antara polisi Kenya dan pemuda di Nairobi.", "ASSAULT", "KEN", "KEN"),
        # headlines: the bare root
        ("Polisi Jepang Tahan Sopir Truk Penyebab Tabrakan Kereta", "COERCE", "JPN", "JPN"),
        ("Demonstran Thailand Terobos Barikade Polisi di Bangkok", "PROTEST", "THA", None),
        ("Israel Beberkan Bukti soal Terowongan Hizbullah di Lebanon", "ACCUSE", "ISR", "LBN"),
        # evidence laid out against a party
        ("Pejabat Amerika Serikat memaparkan sejumlah bukti tentang roket Iran di Irak.", "ACCUSE", "USA", "IRN"),
        ("Israel membeberkan bukti bahwa Hizbullah menyimpan senjata di Lebanon selatan.", "ACCUSE", "ISR", "LBN"),
        # hardline Islamist fighters have an actor
        (
            "Kelompok muslim garis keras itu berjanji akan melancarkan perang gerilya terhadap pemerintah Somalia.",
            "THREATEN",
            "SOM",
            "SOM",
        ),
        ("Kelompok muslim garis keras menculik dua pekerja bantuan di Somalia.", "ASSAULT", "SOM", None),
        # a crowd breaking through a police line or a fence riots
        ("Ratusan demonstran menerobos barikade polisi dan memasuki gedung parlemen Thailand.", "PROTEST", "THA", None),
        ("Buruh Korea Selatan mendobrak barisan polisi di depan gedung parlemen di Seoul.", "PROTEST", "KOR", None),
        ("Mahasiswa menjebol pagar gedung DPRD Sulawesi Selatan di Makassar.", "PROTEST", "IDN", None),
        # "Sekitar" opening a count is no preposition: the count's party is the actor
        ("Sekitar 200 tentara Israel menyerbu kamp pengungsi di Tepi Barat.", "ASSAULT", "ISR", None),
        ("Sekitar 300 polisi Malaysia menangkap puluhan imigran gelap di Sabah.", "COERCE", "MYS", "MYS"),
        # a count opening the sentence is five, not Lima (Peru)
        ("Lima puluh anggota parlemen Ekuador mengecam presiden.", "ACCUSE", "ECU", "ECU"),
    ],
)
def test_indonesian_wire_recall(text, event, actor, recipient):
    found = indonesian(text, pub_date="2007-06-01")
    assert has(found, event, actor, recipient), found


def test_lima_puluh_is_no_peru():
    found = indonesian("Lima puluh anggota parlemen Ekuador mengecam presiden.", pub_date="2007-06-01")
    assert not any("PER" in a or "PER" in r for _, a, r in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Polisi Malaysia menahan sopir truk itu di Johor.",
        "Polisi Thailand menahan pengemudi truk tersebut setelah kecelakaan di Bangkok.",
    ],
)
def test_driver_detained_is_an_arrest_not_aid_withheld(text):
    import warta

    events = warta.code(text, lang="id", pub_date="2007-06-01")
    assert any(e.event == "COERCE" and e.mode == "arrest" for e in events), [(e.event, e.mode) for e in events]
    assert not any(e.mode == "withhold" for e in events), [(e.event, e.mode) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # criticism received, nobody named who voiced it: the one criticised is no critic
        "Operasi militer Amerika Serikat di Somalia menerima kecaman.",
        "Kebijakan baru pemerintah Australia itu mendapat kritik.",
        # thieves breaking through a fence are no protesters (troops doing it are no protesters either,
        # but a border crossing by force: test_troops_through_a_border_fence_are_no_protest)
        "Pencuri menjebol pagar rumah warga di Bekasi.",
        # negated evidence, a driver who is no detainee, a count
        "Iran tidak mengemukakan bukti apa pun tentang keterlibatan Israel.",
        "Sopir truk itu menahan laju kendaraannya di tikungan.",
        "Sopir truk itu bertahan di tengah antrean di pelabuhan Merak.",
        "Lima puluh orang menghadiri pesta pernikahan di desa itu.",
    ],
)
def test_no_event(text):
    assert indonesian(text, pub_date="2007-06-01") == [], text


def test_troops_through_a_border_fence_are_no_protest():
    events = indonesian("Tentara Israel menerobos pagar perbatasan Lebanon.", pub_date="2007-06-01")
    assert not any(event == "PROTEST" for event, *_ in events)
