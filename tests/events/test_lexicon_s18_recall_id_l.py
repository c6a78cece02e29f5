"""Indonesian recall on unseen news (session 18, helper recall_id_l): a person beaten and burned by
the named doers after the verbs (not a riot at the market where it happened), vigilantism said outright,
a resignation letter handed in or received (and one not yet received, which is no refusal), support
told from its noun with the giver after the verb (id/triggers_s18_recall_id_l.yaml); the consumer
protection agency BPKN (actors/bodies_s18_recall_id_l.yaml) and a police commander whose surname is
used alone later (actors/people/s18_recall_id_l.tsv) — and words like them that are no event."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        (
            "Dua pemuda desa itu dipukuli dan dibakar anggota milisi Anti-Balaka di pinggir kota.",
            "ASSAULT",
            "CAF",
            "CAF",
        ),
        (
            "Seorang sopir dikeroyok lalu dibakar anggota Boko Haram di dekat perbatasan Nigeria.",
            "ASSAULT",
            "NGA",
            None,
        ),
        ("Dukungan juga diberikan Rusia kepada pemerintah Suriah dalam perundingan itu.", "SUPPORT", "RUS", "SYR"),
        ("Dukungan untuk Ukraina juga datang dari Polandia.", "SUPPORT", "POL", "UKR"),
        ("Dukungan juga akan diberikan Jepang kepada Filipina.", "AGREE", "JPN", "PHL"),
        (
            "Menteri Luar Negeri Jepang menyerahkan surat pengunduran diri kepada Perdana Menteri.",
            "RETREAT",
            "JPN",
            None,
        ),
        (
            "Presiden Korea Selatan sudah menerima surat pengunduran diri menteri pertahanannya.",
            "RETREAT",
            "KOR",
            "KOR",
        ),
    ],
)
def test_recall(text, event, actor, recipient):
    found = indonesian(text, pub_date="2017-10-18")
    assert has(found, event, actor, recipient), found


def test_body_and_surname():
    found = indonesian("Badan Perlindungan Konsumen Nasional mengecam pengembang apartemen itu.", pub_date="2017-08-06")
    assert has(found, "ACCUSE", "IDN"), found
    found = indonesian("Asep Adi Saputra membantah kabar bahwa korban salah sasaran.", pub_date="2017-08-05")
    assert has(found, "REJECT", "IDN"), found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a person burned near a market: no crowd burning the market (and an unnamed crowd is no doer)
        ("Seorang pria tewas setelah dipukuli dan dibakar massa di Pasar Baru, Senin.", {"PROTEST", "ASSAULT"}),
        # the receiving is negated, not the resignation: no refusal to resign
        (
            "Istana belum menerima surat pengunduran diri Menteri Sosial Khofifah Indar Parawansa.",
            {"REJECT", "RETREAT"},
        ),
        # an appeal not to take the law into one's hands
        ("Polisi mengimbau warga agar tidak main hakim sendiri.", {"ASSAULT"}),
        # a piece of news handed to reporters is no support
        ("Kabar dukungan itu diberikan kepada wartawan oleh juru bicara partai.", {"SUPPORT"}),
        # support that may still come is no support given (a pledge at most)
        ("Kemungkinan dukungan juga akan diberikan oleh Partai Demokrat kepada Khofifah.", {"SUPPORT"}),
        # the word "dukungan" near "datang" with no giver named
        ("Dukungan datang dari berbagai kalangan.", {"SUPPORT"}),
    ],
)
def test_no_event(text, absent):
    found = indonesian(text, pub_date="2017-10-18")
    assert not {e for e, _, _ in found} & absent, found
