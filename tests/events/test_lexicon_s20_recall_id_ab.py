"""Indonesian triggers from a hand annotation of unseen IndoSum news (session 20, helper recall_id_ab).

id/triggers_s20_recall_id_ab.yaml: a refusal a subject receives ("X mendapat penolakan dari Y") is
Y's REJECT of X, and codes nothing when Y is unnamed; a definition ("... adalah permintaan kepada
...") is no request; "hak angket" named as a topic ("aksi terkait dengan hak angket") is no inquiry.
Every sentence here is invented."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Rencana pemerintah Australia itu mendapat penolakan keras dari Indonesia.", "IDN", "AUS"),
        ("Usulan Menteri Luar Negeri India itu menerima penolakan oleh Pakistan.", "PAK", "IND"),
    ],
)
def test_refusal_received_is_the_refuser_s_reject(text, actor, recipient):
    found = indonesian(text, pub_date="2017-06-02")
    assert has(found, "REJECT", actor, recipient), found
    assert not has(found, "REJECT", recipient), found


@pytest.mark.parametrize(
    "text",
    [
        # the refuser is unnamed: nothing is coded, least of all the refused one as the refuser
        "Rencana Amerika Serikat itu mendapat penolakan dari berbagai kalangan.",
        "Kebijakan Presiden Filipina itu mendapat penolakan dari sejumlah kalangan.",
    ],
)
def test_refusal_by_unnamed_parties_codes_nothing(text):
    found = indonesian(text, pub_date="2017-06-02")
    assert not any(event == "REJECT" for event, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Surat itu adalah permintaan resmi kepada negara-negara anggota ASEAN untuk menahan buronan tersebut.",
        "Notifikasi merah merupakan permintaan kepada seluruh anggota Interpol untuk menangkap seseorang.",
    ],
)
def test_a_definition_is_no_request(text):
    found = indonesian(text, pub_date="2017-06-02")
    assert not any(event == "REQUEST" for event, _, _ in found), found


def test_inquiry_named_as_a_topic_is_no_inquiry():
    topic = indonesian("Para seniman menggelar aksi terkait dengan hak angket KPK.", pub_date="2017-06-02")
    assert not any(event == "ACCUSE" for event, _, _ in topic), topic
    asked = indonesian("Puluhan mahasiswa berunjuk rasa soal hak angket DPR terhadap KPK.", pub_date="2017-06-02")
    assert has(asked, "PROTEST", "IDN") and not any(event == "ACCUSE" for event, _, _ in asked), asked
    # the inquiry itself still codes
    used = indonesian("DPR menggunakan hak angket terhadap KPK.", pub_date="2017-06-02")
    assert has(used, "ACCUSE", "IDN", "IDN"), used


def test_complaint_to_the_authorities_is_an_allegation():
    for text in (
        "Partai Demokrat melaporkan Bupati Garut ke pihak berwajib atas dugaan fitnah.",
        "Indonesia Corruption Watch melaporkan Wali Kota Medan ke aparat penegak hukum.",
    ):
        found = indonesian(text, pub_date="2017-06-02")
        assert has(found, "ACCUSE", "IDN", "IDN"), found
    # a complaint not (yet) filed codes nothing
    planned = indonesian(
        "Partai Demokrat belum berencana melaporkan Bupati Garut ke pihak berwajib.", pub_date="2017-06-02"
    )
    assert not any(event == "ACCUSE" for event, _, _ in planned), planned
