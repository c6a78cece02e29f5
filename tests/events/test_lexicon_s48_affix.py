"""Indonesian derivations whose sense left their root's (session 48, affix; grammar
lexicalised_derivations, base.Language.lexicalised_word): "perjalanan" (a journey) is no "jalan"
(a road), "pejalan" (a walker) neither, "penunjukan" (an appointment) no "unjuk" (unjuk rasa), and
"pengapalan" (a shipment) no "kapal" (a ship). A court blocking a ban or policy rejects it in both
languages (id.reject.s48affix-blokir-perintah, as en.reject.block-order) — and near misses: a road
blocked by protesters stays a road block, a derivation that keeps its sense (penembakan, perjalanan
as a visit) still codes."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import agree, coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


def test_lemmas_of_a_lexicalised_derivation():
    from warta.lang.base import language

    lang = language("id")
    assert "jalan" not in lang.lemmatize("perjalanan")
    assert lang.lemmatize("perjalanannya") == ("perjalanannya", "perjalanan")
    assert "tahan" not in lang.lemmatize("pertahanan")
    assert "telah" not in lang.lemmatize("setelah")
    assert "tembak" in lang.lemmatize("penembakan")  # the deed keeps its root


@pytest.mark.parametrize(
    ("english", "indonesian_text", "actor", "recipient"),
    [
        ("A Brazilian court blocked the travel ban issued by President Jair Bolsonaro.",
         "Pengadilan Brasil memblokir larangan perjalanan yang dikeluarkan Presiden Jair Bolsonaro.", "BRA", "BRA"),
        ("The US Supreme Court blocked President Donald Trump's immigration policy.",
         "Mahkamah Agung Amerika Serikat memblokir kebijakan imigrasi Presiden Donald Trump.", "USA", "USA"),
    ],
)
def test_court_blocking_a_ban_rejects_it(english, indonesian_text, actor, recipient):
    agree(english, indonesian_text, "REJECT", actor, recipient, "2020-03-01")
    assert not any(e == "PROTEST" for e, _, _ in indonesian(indonesian_text, pub_date="2020-03-01"))


@pytest.mark.parametrize(
    "text",
    [
        "Warga Palestina menghalangi pejalan kaki Israel di Hebron.",
        "Presiden Filipina menyetujui penunjukan rasa hormat kepada para veteran.",
        "Dua kapal perang Jerman mencegat pengapalan minyak menuju Libya.",
    ],
)
def test_a_derivation_of_another_sense_is_no_trigger(text):
    found = indonesian(text, pub_date="2020-03-01")
    assert not any(e in ("PROTEST", "COERCE") for e, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Para pengunjuk rasa memblokir jalan menuju kantor gubernur di Jakarta.", "PROTEST", "IDN", None),
        ("Presiden Vietnam melakukan perjalanan ke Jepang untuk bertemu Perdana Menteri Jepang.",
         "CONSULT", "VNM", "JPN"),
        ("Pesawat tempur China melakukan penerbangan di dekat Taiwan.", "MOBILIZE", "CHN", None),
    ],
)
def test_near_misses_keep_their_event(text, event, actor, recipient):
    found = indonesian(text, pub_date="2020-03-01")
    if recipient is None:
        assert any(e == event and actor in a for e, a, _ in found), found
    else:
        assert has(found, event, actor, recipient), found
