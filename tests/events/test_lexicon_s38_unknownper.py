"""A person the lists lack, named after a body's abbreviation in brackets (session 38, unknownper;
actors.match.ActorMatcher.name_after_abbreviation): "Pengurus Perkumpulan Keluarga Berencana
Indonesia (PKBI) Ramona Sari mengatakan …", "the head of the Confederation of Indonesian Workers'
Unions (KSPI), Muhamad Rusdi, said …" — the name is the body's officer, of the body's state and
sector, and a later surname ("Ramona menuduh …") points back to them. Near misses: a place or a day
after the brackets is no person, nor a name that neither says anything nor is set off by a comma.
Own sentences, written for warta."""

from __future__ import annotations

import pytest

import warta


def actors_of(lang: str, text: str, event: str) -> list[tuple[str, str, str]]:
    return [
        (a.code, a.sector, a.name)
        for e in warta.code(text, lang=lang, pub_date="2024-03-14")
        if e.event == event
        for a in e.actor
    ]


@pytest.mark.parametrize(
    ("lang", "text", "event", "code", "name"),
    [
        ("id", "Pengurus Perkumpulan Keluarga Berencana Indonesia (PKBI) Ramona Sari mengatakan, pasal itu "
         "bermasalah. Ramona menuduh pemerintah melanggar hak perempuan.", "ACCUSE", "IDN", "Ramona Sari"),
        ("id", "Sekretaris Jenderal Konfederasi Serikat Pekerja Indonesia (KSPI), Muhamad Rusdi, menyatakan "
         "buruh akan turun ke jalan. Rusdi mendesak pemerintah menaikkan upah minimum.", "REQUEST", "IDN",
         "Muhamad Rusdi"),
        ("en", "The head of the Confederation of Indonesian Workers' Unions (KSPI), Muhamad Rusdi, said the "
         "union would march on Monday. Rusdi accused the government of breaking its promise.", "ACCUSE", "IDN",
         "Muhamad Rusdi"),
    ],
)
def test_officer_named_after_abbreviation(lang, text, event, code, name):
    found = actors_of(lang, text, event)
    assert any(c == code and n == name for c, _, n in found), found


def test_officer_keeps_the_body_sector():
    text = ("Pengurus Perkumpulan Keluarga Berencana Indonesia (PKBI) Ramona Sari mengatakan, pasal itu "
            "bermasalah. Ramona menuduh pemerintah melanggar hak perempuan.")
    assert ("IDN", "NGO", "Ramona Sari") in actors_of("id", text, "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "Kepala Badan Pusat Statistik (BPS) Jawa Timur mengecam pemerintah daerah.",
        "Komisi Pemberantasan Korupsi (KPK) Selasa menuduh pemerintah daerah menghambat penyidikan.",
        "Perkumpulan Keluarga Berencana Indonesia (PKBI) Jakarta Raya menuduh pemerintah daerah lalai.",
    ],
)
def test_no_person_after_abbreviation(text):
    found = actors_of("id", text, "ACCUSE")
    assert found and all(a[2] not in ("Jawa Timur", "Selasa", "Jakarta Raya") for a in found), found
