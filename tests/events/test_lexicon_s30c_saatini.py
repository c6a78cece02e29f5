"""A time adverb opening with a clause-break word between a subject and its verb (session 30c, saatini;
id/grammar.yaml unbroken_phrases, attribution.unbroken_at): "saat ini sudah/telah", "saat itu",
"ketika itu", "setelah itu" open no clause, so the subject before them acts — and near misses: a
standing state ("saat ini masih menahan") and a noun further on after the verb ("sudah menerima
informasi perkembangan investigasi dari …") keep the break."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Pemerintah Jepang saat ini telah menjatuhkan sanksi terhadap Korea Utara.", "SANCTION", "JPN", "PRK"),
        ("Partai Golkar saat ini sudah menjalin komunikasi dengan PDI Perjuangan.", "CONSULT", "IDN", "IDN"),
        ("Kepolisian Malaysia saat itu menangkap tiga warga negara Indonesia di Johor.", "COERCE", "MYS", "IDN"),
        ("Presiden Filipina ketika itu mengecam keras China.", "ACCUSE", "PHL", "CHN"),
        ("Tentara Israel setelah itu menyerang sebuah kamp pengungsi di Gaza.", "ASSAULT", "ISR", None),
    ],
)
def test_subject_before_time_adverb_acts(text, event, actor, recipient):
    found = indonesian(text, pub_date="2023-03-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor"),
    [
        # "saat ini masih": a standing state, not an act of the day
        ("Kepolisian Malaysia saat ini masih menahan tiga warga negara Indonesia.", "COERCE", "MYS"),
        # the act is a noun further on, not the verb after the adverb: Japan investigates nothing
        (
            "Pemerintah Jepang saat ini sudah menerima informasi perkembangan investigasi dari kepolisian"
            " Korea Selatan.",
            "ACCUSE",
            "JPN",
        ),
    ],
)
def test_time_adverb_near_misses(text, event, actor):
    found = indonesian(text, pub_date="2023-03-01")
    assert not has(found, event, actor, None), found
