"""Accusations told by a speaker (session 38, accuse): an arrest or seizure a speaker tells of another
party is the speaker's charge (coder.code_allegation) — but not when it is told in a clause that
describes someone ("students who were detained by …", "mahasiswa yang ditahan …") or sets a time
("when they were seized by …", "ketika mereka ditangkap …"), and not twice when the speaker's own
verdict in the sentence already charges the same party ("Iran's seizure … was unjustified": one
ACCUSE). And "tidak bisa/dapat dibenarkan" as the Indonesian of "unjustified" (frame cause)."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")
DATE = "2024-03-14"


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "Lithuania's foreign minister said Belarusian guards detained two Lithuanian border officers.",
         "LTU", "BLR"),
        ("id", "Menteri Luar Negeri Lituania mengatakan penjaga perbatasan Belarus menahan dua petugas Lituania.",
         "LTU", "BLR"),
        ("en", "Greece's foreign minister said Turkish coast guard vessels had seized a Greek fishing boat, "
               "which he called unacceptable.", "GRC", "TUR"),
        ("id", "Menteri Luar Negeri Yunani mengatakan kapal penjaga pantai Turki menyita sebuah kapal nelayan "
               "Yunani, yang menurutnya tidak dapat diterima.", "GRC", "TUR"),
        ("id", "Presiden mengatakan penahanan aktivis oleh junta Myanmar tidak dapat dibenarkan.", "IDN", "MMR"),
    ],
)
def test_charge_told_by_speaker(lang, text, actor, recipient):
    found = coded_in(lang, text, pub_date=DATE)
    assert has(found, "ACCUSE", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "The Malaysian foreign minister said he had not yet been allowed to visit three Malaysian "
               "students who were detained by Egyptian police last week.", "MYS", "EGY"),
        ("id", "Menteri Luar Negeri Malaysia mengatakan pihaknya belum bisa menemui tiga mahasiswa Malaysia "
               "yang ditahan polisi Mesir pekan lalu.", "MYS", "EGY"),
        ("en", "The Dutch prime minister said the sailors were in international waters when they were seized "
               "by Iranian forces.", "NLD", "IRN"),
        ("id", "Perdana Menteri Belanda mengatakan para pelaut itu berada di perairan internasional ketika "
               "mereka ditangkap oleh pasukan Iran.", "NLD", "IRN"),
    ],
)
def test_background_clause_is_no_charge(lang, text, actor, recipient):
    found = coded_in(lang, text, pub_date=DATE)
    assert has(found, "COERCE", recipient, actor), found  # the act itself is still told
    assert not has(found, "ACCUSE", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Dutch prime minister said Iran's seizure of two Dutch sailors was unjustified."),
        ("id", "Perdana Menteri Belanda mengatakan penangkapan dua pelaut Belanda oleh Iran tidak bisa dibenarkan."),
    ],
)
def test_verdict_on_a_seizure_is_one_charge(lang, text):
    found = coded_in(lang, text, pub_date=DATE)
    charges = [e for e in found if e[0] == "ACCUSE" and "NLD" in e[1] and "IRN" in e[2]]
    assert len(charges) == 1, found


def test_violence_in_general_is_no_charge():
    found = indonesian("Kekerasan dalam bentuk apa pun tidak bisa dibenarkan, kata Kapolri.", pub_date=DATE)
    assert not any(e[0] == "ACCUSE" for e in found), found
