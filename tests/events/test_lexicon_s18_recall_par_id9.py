"""Indonesian recall on unseen wire text (session 18, helper recall_par_id9): charges referred or filed
against someone, a judge sending someone to prison, "takkan" (= tidak akan) as a negator and in a
warning that something will not be tolerated, lifting a blockade or a freeze on funds, a march with a
political aim, a released captive saying he was tortured (id/triggers_s18_recall_par_id9.yaml), a
British teachers' union (actors/bodies_s18_recall_par_id9.yaml) and policy makers as the government
(actors/sectors_s18_recall_par_id9.yaml) — and words like them that are no event. The sentences are
written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")
DATE = "2007-06-01"


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # charges referred or filed against someone (ACCUSE allege)
        ("Jaksa militer AS merujuk tuduhan terhadap tahanan Kanada itu.", "ACCUSE", "USA", "CAN"),
        # a judge sends someone to prison (COERCE arrest: a remand)
        ("Hakim Pakistan mengirim pemimpin oposisi itu ke penjara selama dua pekan.", "COERCE", "PAK", "PAK"),
        # "takkan" + tolerate: a warning (THREATEN)
        (
            "Menteri Dalam Negeri Mesir mengatakan polisi takkan mentolerir upaya mengganggu pemilu.",
            "THREATEN",
            "EGY",
            None,
        ),
        # lifting a freeze on funds (RETREAT)
        ("Washington mengumumkan pencabutan pembekuan atas dana Korea Utara.", "RETREAT", "USA", "PRK"),
        (
            "Amerika Serikat mencairkan dana Korea Utara yang dibekukan di sebuah bank di Makau.",
            "RETREAT",
            "USA",
            "PRK",
        ),
        # a march with a political aim (PROTEST)
        ("Sekitar 3.000 pendukung Hamas berpawai guna mendukung para pemimpin mereka di Gaza.", "PROTEST", "PSE", None),
        # a named British union urging policy makers (REQUEST, the policy makers are the government)
        (
            "Perhimpunan Guru dan Dosen mendesak para pembuat kebijakan agar menunda aturan baru itu.",
            "REQUEST",
            "GBR",
            "GBR",
        ),
        # a captive's claim of torture is his allegation (ACCUSE), not an attack told as fact
        (
            "Seorang wartawan Kanada mengatakan ia disiksa oleh polisi rahasia Suriah selama ditahan.",
            "ACCUSE",
            "CAN",
            "SYR",
        ),
        ("Para tahanan Afghanistan mengaku pernah dianiaya oleh tentara Inggris.", "ACCUSE", "AFG", "GBR"),
    ],
)
def test_event_is_coded(text, event, actor, recipient):
    found = indonesian(text, pub_date=DATE)
    assert has(found, event, actor, recipient), found


def test_claimed_torture_is_no_attack():
    found = indonesian("Seorang wartawan Kanada mengatakan ia disiksa oleh polisi rahasia Suriah.", pub_date=DATE)
    assert not has(found, "ASSAULT", "SYR"), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # "takkan" negates: no attack, no arrest
        ("Israel takkan menyerang Iran, kata Perdana Menteri Israel.", "ASSAULT"),
        ("Polisi Mesir takkan menangkap para wartawan itu.", "COERCE"),
        # sending food to a prison is no detention
        ("Keluarga politisi Bangladesh itu mengirim makanan ke penjara setiap hari.", "COERCE"),
        # a festive parade is no protest
        ("Ribuan warga Jakarta berpawai merayakan hari ulang tahun kemerdekaan.", "PROTEST"),
    ],
)
def test_near_miss_is_not_coded(text, event):
    found = indonesian(text, pub_date=DATE)
    assert event not in {e for e, _, _ in found}, found
