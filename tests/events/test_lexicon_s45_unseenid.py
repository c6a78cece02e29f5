"""Indonesian precision on unseen text (session 45, unseenid): a duty word right before "not"
("seharusnya tidak menandatangani", "should not have signed") says what ought not to be done — no
refusal; researchers looking into a question ("para peneliti menyelidiki") accuse no one; "akan
membantu" + an outcome verb ("akan membantu meredakan ketegangan") is a hoped effect, not a promise
of help to a party (twins of the English entries). Near misses: a plain "did not sign" stays a
refusal, police investigating stay an investigation, help promised to a named state stays AGREE."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("id", "Menurut Andi, Partai Hanura seharusnya tidak menandatangani piagam koalisi dengan Gerindra.", "REJECT"),
        ("id", "Kata Rudi, nota kesepahaman itu semestinya tidak diteken Partai Golkar tahun lalu.", "REJECT"),
        ("id", "Para ilmuwan menyelidiki cara kelelawar menemukan makanan di malam hari.", "ACCUSE"),
        ("id", "Para peneliti telah meneliti khasiat daun kelor selama sepuluh tahun.", "ACCUSE"),
        ("id", "Jembatan baru itu akan membantu mengurangi kemacetan di pusat kota, kata gubernur.", "AGREE"),
        ("id", "Kunjungan perdana menteri itu akan membantu meredakan ketegangan, kata Uni Eropa.", "AGREE"),
        ("en", "The new bridge will help reduce congestion in the city centre, the governor said.", "AGREE"),
    ],
)
def test_unseen_near_misses(lang, text, event):
    found = coded_in(lang, text, "2023-06-10")
    assert all(e != event for e, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Partai Hanura tidak menandatangani piagam koalisi dengan Gerindra.", "REJECT", "IDN", None),
        ("Kejaksaan Agung menyelidiki dugaan korupsi di Kementerian Pertanian.", "ACCUSE", "IDN", None),
        ("Australia akan membantu Papua Nugini membangun kembali pelabuhannya.", "AGREE", "AUS", "PNG"),
    ],
)
def test_unseen_kept(text, event, actor, recipient):
    found = indonesian(text, pub_date="2023-06-10")
    if recipient is None:
        assert any(e == event and actor in a for e, a, _ in found), found
    else:
        assert has(found, event, actor, recipient), found
