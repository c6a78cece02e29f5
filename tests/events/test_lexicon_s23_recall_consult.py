"""CONSULT and COOPERATE in wordings earlier lexicons missed (session 23, recall_consult):
embarking or setting off on a visit, leaving for another capital on a visit or to meet someone, a
conversation held with another party, a bilateral held (en/triggers_s23_recall_consult.yaml);
political communication and coordination with another party, leaving for a meeting, acting hand in
hand ("bergandengan tangan", "bahu membahu", "menggandeng ... untuk"), an exercise with another's
forces (id/triggers_s23_recall_consult.yaml) — and near misses that code no such event (negated,
the bare gesture, the term of an agreement, an army chief leaving for a visit read as a withdrawal)."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("The Philippine president embarked on a state visit to Vietnam.", "CONSULT", "PHL", "VNM"),
        ("The Qatari emir set off on a trip to Egypt on Sunday.", "CONSULT", "QAT", "EGY"),
        # an army chief leaving for a visit is no withdrawal of troops
        ("The Pakistani army chief left for Beijing on a three-day visit.", "CONSULT", "PAK", "CHN"),
        ("The Kenyan minister left for Kampala to meet the Ugandan president.", "CONSULT", "KEN", "UGA"),
        ("The Danish foreign minister had a long conversation with his Swedish counterpart.", "CONSULT", "DNK", "SWE"),
        ("The Japanese premier held a bilateral with the Australian prime minister in Tokyo.", "CONSULT", "JPN", "AUS"),
    ],
)
def test_english_consult(text, event, actor, recipient):
    found = english(text, pub_date="2015-06-10")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Partai Gerindra menjalin komunikasi politik dengan Partai Demokrat.", "CONSULT", "IDN", "IDN"),
        ("Badan Narkotika Nasional melakukan koordinasi dengan kepolisian Malaysia.", "CONSULT", "IDN", "MYS"),
        ("Menlu Retno meninggalkan Jakarta menuju Dhaka untuk bertemu PM Bangladesh.", "CONSULT", "IDN", "BGD"),
        ("Polri bergandengan tangan dengan polisi Malaysia untuk memburu penyelundup.", "COOPERATE", "IDN", "MYS"),
        ("Polri menggandeng Kepolisian Australia untuk membongkar jaringan narkoba.", "COOPERATE", "IDN", "AUS"),
        ("Tentara Kenya bahu membahu dengan pasukan Somalia merebut kembali kota itu.", "COOPERATE", "KEN", "SOM"),
        # a joint exercise with a partner's navy, not a show of force against it
        ("TNI AL menggelar latihan gabungan dengan Angkatan Laut Amerika Serikat.", "COOPERATE", "IDN", "USA"),
        ("Tentara Thailand menggelar latihan bersama dengan pasukan Singapura di Lopburi.", "COOPERATE", "THA", "SGP"),
    ],
)
def test_indonesian_consult_cooperate(text, event, actor, recipient):
    found = indonesian(text, pub_date="2017-03-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    "text",
    [
        "The Philippine president did not embark on a state visit to Vietnam.",
        "The Kenyan foreign minister left the meeting early.",
        # leaving one's capital for a visit is no withdrawal, though the traveller is an army chief
        "The Pakistani army chief left Islamabad for Beijing on a three-day visit.",
    ],
)
def test_english_near_misses(text):
    found = english(text, pub_date="2015-06-10")
    assert not any(e in ("CONSULT", "RETREAT") for e, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # the bare gesture is no cooperation: no shared aim follows
        ("Presiden Indonesia dan Perdana Menteri Malaysia berfoto sambil bergandengan tangan.", "COOPERATE"),
        ("Polisi Indonesia tidak bergandengan tangan dengan polisi Malaysia untuk memburu penyelundup.", "COOPERATE"),
        # the term of an agreement ending
        ("Masa kerja sama antara Polri dan Kepolisian Malaysia berakhir pada 2015.", "COOPERATE"),
        # taking someone by the hand with no shared aim
        ("Presiden Indonesia menggandeng tangan istrinya saat turun dari pesawat.", "COOPERATE"),
        ("Partai Gerindra tidak menjalin komunikasi politik dengan Partai Demokrat.", "CONSULT"),
    ],
)
def test_indonesian_near_misses(text, event):
    found = indonesian(text, pub_date="2017-03-01")
    assert not any(e == event for e, _, _ in found), found
