"""Indonesian precision and recall from the s26 audit on unannotated news sentences (helper mine_nerp,
id/triggers/s26_mine_nerp.yaml): sport and illness senses of trigger words are no event — a player
who "membela" (plays for) a club, two clubs that "bertemu" in a round, a side "ditahan 0-0", a
shooting contest, hosting a match leg or a games, a player's match ban, a diagnosis "divonis kanker"
— while the political senses of the same words still code; and calling another's act
"tindakan perang" (an act of war) is an ACCUSE of the speaker against the one whose act it is.
All sentences are written for warta."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Pemerintah Korea Utara menyebut latihan militer Korea Selatan sebagai tindakan perang.", "PRK", "KOR"),
        ("Pemerintah Iran menyebut sanksi baru Amerika Serikat sebagai tindakan perang.", "IRN", "USA"),
        ("Kremlin menilai pengiriman rudal Amerika Serikat ke Ukraina sebagai deklarasi perang.", "RUS", "USA"),
    ],
)
def test_calling_an_act_an_act_of_war_is_an_accusation(text, actor, recipient):
    found = indonesian(text, pub_date="2015-06-10")
    assert has(found, "ACCUSE", actor, recipient), found


@pytest.mark.parametrize(
    "text",
    [
        # a player plays for a club
        "Pemain Argentina berusia 27 tahun itu kini membela Paris Saint Germain.",
        "Pemain Belanda itu akan membela Arsenal pada laga tandang pekan depan.",
        # two clubs meet in a round of a cup
        "Persija Jakarta akan bertemu dengan Persib Bandung pada babak semifinal Piala Presiden.",
        "Tuan rumah Malaysia menjamu Indonesia pada laga kedua.",
        # held to a goalless draw
        "Juventus ditahan 0-0 oleh Torino pada laga akhir pekan.",
        # a shooting contest
        "Prajurit TNI meraih gelar juara tembak dalam lomba tembak internasional.",
        # hosting a match leg
        "Jerman akan bertindak sebagai tuan rumah pada leg kedua di Muenchen.",
        # a player's match ban
        "Striker Brasil itu mendapat sanksi larangan bermain tiga kali dari FIFA.",
        # a diagnosis is no verdict
        "Wanita asal Kanada itu divonis kanker payudara pada 2014.",
    ],
)
def test_sport_illness_and_shop_senses_are_no_event(text):
    found = indonesian(text, pub_date="2015-06-10")
    assert not found, found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # guards, not new codings: the political senses of the same words still code
        ("Presiden Joko Widodo membela keputusan pemerintah menaikkan harga BBM.", "SUPPORT", "IDN", None),
        ("Menlu Retno Marsudi bertemu dengan Menlu Australia Julie Bishop di Jakarta.", "CONSULT", "IDN", "AUS"),
        ("Malaysia menawarkan bantuan kepada Indonesia untuk memadamkan kebakaran hutan.", "AGREE", "MYS", "IDN"),
        ("Polisi Malaysia menahan tiga demonstran di depan gedung parlemen.", "COERCE", "MYS", "MYS"),
        ("Pengadilan Negeri Jakarta Selatan memvonis terdakwa korupsi itu lima tahun.", "SANCTION", "IDN", None),
    ],
)
def test_political_senses_still_code(text, event, actor, recipient):
    found = indonesian(text, pub_date="2015-06-10")
    assert has(found, event, actor, recipient), found
