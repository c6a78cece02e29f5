"""A name after the comma that closes an opening phrase (session 49, trailname; actors/match.py
closes_opening_phrase): "Menurut polisi, Thanh menikam …", "According to police, Tanaka stabbed …"
— the name starts the clause's own subject and is no name of the sector noun cited before the
comma, so the act is not the police's or the ministry's. Near misses: a name set off by a second
comma is the cited party's person ("Menurut juru bicara polisi, Agus Widjaya, …"), and a title
opening the sentence keeps its name ("The police spokesman, Agus
Widjaya, said …", "Juru bicara polisi, Agus Widjaya mengatakan …"), as does a bare speech verb
("Kata pimpinan rapat, Agus Widjaya meminta …": its speaker)."""

from __future__ import annotations

import pytest

import warta


def parties(lang: str, text: str) -> list[tuple[str, str, str]]:
    """(event type, actor sector, actor name) of every actor of every coded event."""
    return [(e.event, a.sector, a.name) for e in warta.code(text, lang=lang, pub_date="2024-03-14") for a in e.actor]


@pytest.mark.parametrize(
    ("lang", "text", "sector"),
    [
        ("id", "Menurut kementerian, Rahmanov menyerang seorang penjaga di Dushanbe.", "GOV"),
        ("id", "Menurut pihak militer, Karimov menembak dua warga di Tashkent.", "MIL"),
        ("en", "According to the ministry, Rahmanov attacked a guard in Dushanbe.", "GOV"),
        ("en", "According to the army, Karimov shot two villagers near Tashkent.", "MIL"),
    ],
)
def test_name_after_cited_body_is_no_name_of_it(lang, text, sector):
    assert not any(s == sector and name for _, s, name in parties(lang, text)), parties(lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "event", "name"),
    [
        ("id", "Juru bicara polisi, Agus Widjaya mengatakan petugas menangkap dua pria di Jakarta.", "COERCE", None),
        ("en", "Indonesian police spokesman, Agus Widjaya, accused the protesters of burning a police post.",
         "ACCUSE", "Agus Widjaya"),
        ("id", "Juru bicara kepolisian Indonesia, Agus Widjaya, menuduh para pengunjuk rasa membakar pos polisi.",
         "ACCUSE", "Agus Widjaya"),
    ],
)
def test_title_opening_the_sentence_keeps_its_name(lang, text, event, name):
    found = [(e, n) for e, _, n in parties(lang, text)]
    assert any(e == event and (name is None or n == name) for e, n in found), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "name"),
    [
        # a speaker named after a quote: "kata"/"said" there closes no opening phrase
        ("id", '"Apakah usul ini disetujui?" Kata pimpinan rapat dari Kementerian Pertahanan Malaysia, '
         'Agus Widjaya meminta pendapat para peserta.', "REQUEST", None),
        ("id", '"Kami akan menyerang markas itu," kata juru bicara militer Sri Lanka, '
         'Prasad Samarasinghe kepada wartawan.',
         "THREATEN", "Prasad Samarasinghe"),
        ("en", '"We will attack the camp," said Sri Lankan military spokesman, Prasad Samarasinghe on Monday.',
         "THREATEN", "Prasad Samarasinghe"),
    ],
)
def test_speaker_named_after_a_quote_keeps_its_name(lang, text, event, name):
    found = parties(lang, text)
    assert any(e == event and (name is None or n == name) for e, _, n in found), found
