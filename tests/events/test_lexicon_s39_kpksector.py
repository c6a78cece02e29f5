"""Staff of a named body (session 39, kpksector; grammar body_staff_words, actors/match.py
staff_sector): a staff word joined to a named body — investigators, prosecutors, spokespeople,
"penyidik", "jaksa", "juru bicara" — is the body's staff and takes the body's sector, not the word's
own: "KPK investigators" are the KPK (JUD), not police. Near misses: a bare staff word keeps its own
sector, and a head title is no staff word. Also: a passive order with a purpose ("diperintahkan untuk
menyeberangi") is not the act carried out (coder.told_to). Own sentences, written for warta."""

from __future__ import annotations

import pytest

import warta


def sectors(text: str, lang: str, event: str, side: str = "actor", pub_date: str = "2019-07-02") -> set[str]:
    """The sectors of one side of the coded events of a type."""
    return {
        p.sector for e in warta.code(text, lang=lang, pub_date=pub_date) if e.event == event for p in getattr(e, side)
    }


def events(text: str, lang: str, pub_date: str = "2019-07-02") -> set[str]:
    return {e.event for e in warta.code(text, lang=lang, pub_date=pub_date)}


@pytest.mark.parametrize(
    ("text", "lang", "event", "side", "sector"),
    [
        ("KPK investigators arrested the mayor of Kendari at his home on Wednesday.", "en", "COERCE", "actor", "JUD"),
        (
            "Penyidik Komisi Pemberantasan Korupsi menangkap Wali Kota Kendari di rumahnya, Rabu.",
            "id",
            "COERCE",
            "actor",
            "JUD",
        ),
        (
            "Penyidik Komisi Pemberantasan Korupsi menetapkan Bupati Lampung Tengah sebagai tersangka suap.",
            "id",
            "ACCUSE",
            "actor",
            "JUD",
        ),
        (
            "Bupati itu kembali mangkir dari panggilan penyidik Komisi Pemberantasan Korupsi pada Selasa.",
            "id",
            "REJECT",
            "recipient",
            "JUD",
        ),
        (
            "A spokesman for Hezbollah's armed wing rejected the ceasefire proposal on Monday.",
            "en",
            "REJECT",
            "actor",
            "REB",
        ),
    ],
)
def test_staff_of_a_named_body_take_its_sector(text, lang, event, side, sector):
    assert sector in sectors(text, lang, event, side), warta.code(text, lang=lang, pub_date="2019-07-02")


@pytest.mark.parametrize(
    ("text", "lang", "event", "side", "sector"),
    [
        # a staff word with no named body (a bare one, or with a state) keeps its own sector
        (
            "Indonesian investigators arrested the mayor of Kendari at his home on Wednesday.",
            "en",
            "COERCE",
            "actor",
            "COP",
        ),
        ("Penyidik Indonesia menangkap Wali Kota Kendari di rumahnya, Rabu.", "id", "COERCE", "actor", "COP"),
    ],
)
def test_a_bare_staff_word_keeps_its_sector(text, lang, event, side, sector):
    assert sector in sectors(text, lang, event, side)


def test_a_passive_order_is_not_the_act():
    assert "MOBILIZE" not in events(
        "Kami tidak diperintahkan untuk menyeberangi perbatasan, kata komandan milisi itu.", "id"
    )
    # the active order with the act done stays an order
    assert "REQUEST" in events("Panglima memerintahkan pasukan untuk menyerang desa itu.", "id")
