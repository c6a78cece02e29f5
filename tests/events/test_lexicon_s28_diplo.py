"""Diplomacy and summitry (session 28, diplo; en/ and id/triggers/s28_diplo.yaml, coder.trip_at_home,
coder.hosted_after_visit, coder.offered_peacekeepers): an ambassador "called back", a diplomat given
hours "to leave", diplomatic relations renewed, a guest welcomed at the host's palace with his full name
between, a host's welcome after a visit, peacekeepers offered, a cut in ties "diumumkan", an offer "untuk
menengahi", an envoy "was summoned to" a ministry, a diplomat "ordered out", "mengusir kuasa usaha" —
and near misses: a deadline of another kind, a trip inside the visitor's own country,
troops only announced, a decision welcomed, a witness summoned to court, street vendors driven off."""

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
        ("Peru called back its envoy from Mexico after the row over the ousted president.",
         "SANCTION", "PER", None, "2022-12-21"),
        ("Burkina Faso gave two French diplomats 48 hours to leave the country.",
         "SANCTION", "BFA", "FRA", "2023-04-28"),
        ("Oman and Israel re-established diplomatic ties, the two foreign ministries said.",
         "SUPPORT", "OMN", "ISR", "2023-03-01"),
        ("King Charles greeted President Emmanuel Macron at Buckingham Palace on Monday.",
         "CONSULT", "FRA", "GBR", "2023-09-18"),
        ("President Joko Widodo welcomed Philippine President Ferdinand Marcos at the Bogor Palace.",
         "CONSULT", "PHL", "IDN", "2022-09-05"),
        ("Vietnam's president arrived in Tokyo for an official visit and was received by Prime Minister Fumio Kishida.",
         "CONSULT", "VNM", "JPN", "2023-11-28"),
        ("Malaysia is ready to send peacekeepers to southern Lebanon, the defence minister said.",
         "AGREE", "MYS", "LBN", "2024-10-15"),
        ("Russia's ambassador was summoned to the Foreign Office in London on Monday.",
         "ACCUSE", "GBR", "RUS", "2024-05-06"),
        ("Lithuania ordered the Chinese charge d'affaires out of the country.",
         "SANCTION", "LTU", "CHN", "2021-11-22"),
    ],
)
def test_english_diplomatic_wording(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Pemerintah Bolivia mengumumkan pemutusan hubungan diplomatik dengan Israel pada Selasa.",
         "SANCTION", "BOL", "ISR", "2023-11-01"),
        ("Pemerintah Burkina Faso memberikan waktu 48 jam kepada dua diplomat Prancis untuk meninggalkan negara itu.",
         "SANCTION", "BFA", "FRA", "2023-04-28"),
        ("Turki menawarkan diri untuk memediasi perundingan antara Rusia dan Ukraina.",
         "AGREE", "TUR", None, "2022-03-01"),
        ("Pemerintah Lithuania mengusir kuasa usaha China dari negaranya.",
         "SANCTION", "LTU", "CHN", "2021-11-22"),
    ],
)
def test_indonesian_diplomatic_wording(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        # a deadline to meet a demand stays an ultimatum
        ("en", "The rebels gave the government 24 hours to release the prisoners.", "SANCTION"),
        # trips at home
        ("en", "Prime Minister Anwar Ibrahim visited a palm oil plantation in Sabah on Friday.", "CONSULT"),
        ("id", "Presiden Prabowo melakukan kunjungan kerja ke Kupang untuk meninjau bendungan.", "CONSULT"),
        # troops only announced, with no peace mission, are no offer
        ("en", "Russia is ready to send more troops to the border, a Kremlin official said.", "AGREE"),
        # a witness summoned to court is no diplomatic summons
        ("en", "The witness was summoned to the court in Jakarta on Monday.", "ACCUSE"),
        # people driven off the pavement are no expelled envoy
        ("id", "Petugas mengusir pedagang kaki lima dari trotoar di depan kedutaan.", "SANCTION"),
        # welcoming a decision at a palace news conference
        ("en", "The president welcomed the court's decision at a news conference at the palace.", "CONSULT"),
    ],
)
def test_diplomatic_near_misses(lang, text, event):
    found = coded_in(lang, text, "2024-06-10")
    assert all(e != event for e, _, _ in found), found
