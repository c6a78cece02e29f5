"""Indonesian entries from the second audit on unannotated news sentences (session 26, mine_nerp2):
making a threat to someone ("melakukan ancaman kepada/terhadap", also "lewat/melalui … kepada"), and
stop entries for "menggantung" that dangles or stays open (no hanging), a launch that invites the press
or the public (no diplomatic invitation), and "mendesaknya waktu" / "waktu yang mendesak" (time is
pressing, no urging). Data: src/warta/data/id/triggers/s26_mine_nerp2.yaml. Sentences written for warta."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Korea Utara melakukan ancaman terhadap Korea Selatan melalui siaran radio.", "PRK", "KOR"),
        ("Kelompok Abu Sayyaf melakukan ancaman melalui sebuah video kepada pemerintah Indonesia.", "PHL", "IDN"),
        ("Korea Utara kembali memberikan ancaman kepada Jepang setelah latihan militer itu.", "PRK", "JPN"),
        ("Rusia memberi ancaman kepada Ukraina soal pasokan gas.", "RUS", "UKR"),
    ],
)
def test_making_a_threat_to_someone(text: str, actor: str, recipient: str) -> None:
    assert has(indonesian(text, "2015-01-01"), "THREATEN", actor, recipient)


@pytest.mark.parametrize(
    "text",
    [
        # negated
        "Korea Utara tidak melakukan ancaman terhadap Jepang, kata Menteri Luar Negeri Jepang.",
        # a penalty set by a court or a school is no threat made
        "Hakim memberikan ancaman hukuman kepada terdakwa korupsi itu.",
    ],
)
def test_no_threat(text: str) -> None:
    assert not any(e == "THREATEN" for e, _, _ in indonesian(text, "2015-01-01"))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Para penerjun TNI sempat menggantung di atap stadion sebelum mendarat.", "SANCTION"),
        ("Para penerjun TNI sempat menggantung di langit-langit gedung.", "SANCTION"),
        ("Samsung mengundang media untuk menjajal ponsel lipat terbarunya di Jakarta.", "AGREE"),
        ("Komisi itu batal memanggil Menteri Keuangan karena mendesaknya waktu.", "REQUEST"),
        ("Karena waktu mendesak, DPR mempercepat rapat dengan Menteri Keuangan.", "REQUEST"),
    ],
)
def test_non_event_senses(text: str, event: str) -> None:
    assert not any(e == event for e, _, _ in indonesian(text, "2015-01-01"))


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # the senses the stop entries leave alone
        ("Iran menggantung dua pria yang dihukum karena membunuh polisi.", "SANCTION", "IRN", None),
        ("Presiden Joko Widodo mengundang Perdana Menteri Malaysia ke Istana Bogor.", "AGREE", "IDN", "MYS"),
        ("Amerika Serikat mendesak Rusia menarik pasukannya dari Ukraina.", "REQUEST", "USA", "RUS"),
        ("Karena waktu mendesak, Presiden Joko Widodo meminta DPR mengesahkan RUU itu.", "REQUEST", "IDN", "IDN"),
    ],
)
def test_real_events_kept(text: str, event: str, actor: str, recipient: str | None) -> None:
    assert has(indonesian(text, "2015-01-01"), event, actor, recipient)


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # a count between the light verb and the act: the verb's subject is the actor
        ("Polisi Malaysia melakukan 15 penangkapan selama unjuk rasa itu.", "COERCE", "MYS", None),
        ("Kepolisian Hong Kong melakukan puluhan penangkapan dalam demonstrasi itu.", "COERCE", "HKG", None),
        ("KPK melakukan 3 penggeledahan di Pekanbaru.", "COERCE", "IDN", None),
        ("Rusia melakukan sedikitnya 30 serangan udara di Suriah.", "ASSAULT", "RUS", "SYR"),
    ],
)
def test_light_verb_with_a_count(text: str, event: str, actor: str, recipient: str | None) -> None:
    assert has(indonesian(text, "2015-01-01"), event, actor, recipient)


@pytest.mark.parametrize(
    "text",
    [
        "Nelayan Vietnam melakukan penangkapan ikan di perairan Indonesia.",
        "Polisi tidak melakukan penangkapan dalam unjuk rasa itu.",
    ],
)
def test_no_arrest(text: str) -> None:
    assert not any(e == "COERCE" for e, _, _ in indonesian(text, "2015-01-01"))
