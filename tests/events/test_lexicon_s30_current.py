"""Current affairs 2022-2026 (session 30, current; the '# from s30_current' sections of en/ and
id/triggers/*.yaml, places/regions_s30_current.tsv): military assets hit ("hit 40 bombers"), weapons
in a "first batch", aid dropped over a territory, the entry of goods halted, hostages handed to the
Red Cross, a group designated as terrorist; troops sent "untuk membantu" another state, a missile
launched at a leader's house, a palace retaken, Myanmar's states written the Indonesian way — and near
misses: leaflets dropped, a storm hitting airfields, police barring protesters, a domestic relief team."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Russia said it had destroyed two Ukrainian warships near Odesa.", "ASSAULT", "RUS", "UKR", "2023-08-01"),
        ("Jordanian aircraft dropped aid over Gaza on Tuesday.", "AID", "JOR", "PSE", "2024-03-05"),
        ("Egypt blocked the entry of aid trucks into Gaza.", "COERCE", "EGY", "PSE", "2024-05-10"),
        ("Washington shipped a new batch of Patriot interceptors to Kyiv.", "AID", "USA", "UKR", "2024-07-10"),
        ("Canada designated the Islamic Revolutionary Guard Corps as a terrorist entity on Wednesday.",
         "SANCTION", "CAN", "IRN", "2024-06-19"),
        ("Hamas handed four Israeli hostages to the Red Cross in Gaza City.", "RETREAT", "PSE", "ISR", "2025-01-25"),
    ],
)
def test_english_current_affairs_wording(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Iran mengirim pasukan untuk membantu rezim Suriah melawan pemberontak.", "AID", "IRN", "SYR", "2015-10-10"),
        ("Hamas menembakkan roket ke rumah Perdana Menteri Israel di Kaisarea.", "ASSAULT", "PSE", None, "2024-11-17"),
        ("Pasukan Sudan merebut kembali kompleks kementerian dari RSF.", "COERCE", "SDN", None, "2025-03-25"),
        ("Tentara Arakan menguasai kota Paletwa di Negara Bagian Chin.", "COERCE", "MMR", None, "2024-01-20"),
    ],
)
def test_indonesian_current_affairs_wording(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


def test_myanmar_state_is_no_china():
    # "Negara Bagian Chin" is a state of Myanmar, not China
    found = indonesian("Tentara Arakan merebut kota Paletwa di Negara Bagian Chin.", pub_date="2024-01-20")
    assert all("CHN" not in a and "CHN" not in r for _, a, r in found), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "The planes dropped leaflets over the city warning residents to leave.", "AID"),
        ("en", "The storm hit airfields across the region on Sunday.", "ASSAULT"),
        ("en", "The police blocked the entry of protesters to the square.", "COERCE"),
        ("en", "The ministry dropped food prices on Monday.", "AID"),
        ("id", "Pemerintah mengirim personel untuk membantu korban banjir di Demak.", "AID"),
        ("id", "Timnas Indonesia merebut kembali gelar juara di Stadion Gelora Bung Karno.", "COERCE"),
    ],
)
def test_current_affairs_near_misses(lang, text, event):
    found = coded_in(lang, text, "2025-01-14")
    assert all(e != event for e, _, _ in found), found
