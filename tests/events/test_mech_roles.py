"""s27 mech_roles: who is actor and who recipient. Own sentences, written for warta; more rows in
tests/events/checklist/{en,id}_s27_mech_roles.tsv."""

from __future__ import annotations

import pytest

from conftest import coded_in, has_event

CASES = [
    # an opening gerund clause: its doer is the main clause's subject
    (
        "en",
        "After meeting his Japanese counterpart in Tokyo, Indonesian minister Retno Marsudi said trade would grow.",
        "CONSULT",
        "IDN",
        "JPN",
    ),
    # a noun's "by" after its "to" phrase
    ("en", "The delivery of Leopard tanks to Ukraine by Germany was announced on Friday.", "AID", "DEU", "UKR"),
    ("id", "Pengiriman senjata ke Ukraina oleh Amerika Serikat dikonfirmasi Pentagon.", "AID", "USA", "UKR"),
    # a passive judging an act its subject names with "by"/"oleh": the act's doer is the recipient
    ("en", "The release of four Filipino sailors by Indonesia was welcomed by Manila.", "SUPPORT", "PHL", "IDN"),
    ("id", "Penghadangan kapal pemasok Filipina oleh China dikecam Manila.", "ACCUSE", "PHL", "CHN"),
    # a bare force joined to a national force by "and"
    ("en", "Chinese warships and fighter jets held drills around Taiwan on Saturday.", "MOBILIZE", "CHN", "TWN"),
    # a joint withdrawal
    ("en", "Armenian and Azerbaijani troops pulled back from the frontline in Armenia.", "RETREAT", "ARM", "AZE"),
    ("id", "Pasukan India dan China mundur dari titik sengketa di Ladakh.", "RETREAT", "IND", "CHN"),
    # flags and registries
    ("en", "Iranian forces seized two Greek-flagged tankers in the Gulf.", "COERCE", "IRN", "GRC"),
    ("en", "The Indonesian navy detained a Liberian-registered tanker off Batam.", "COERCE", "IDN", "LBR"),
    # a force with "-nya" after a speaker's verb
    (
        "id",
        "Menteri Pertahanan Israel mengatakan pasukannya menggempur sasaran Hamas di Gaza.",
        "ASSAULT",
        "ISR",
        "PSE",
    ),
    # an envoy recalled from its post
    ("en", "Brazil recalled the Brazilian ambassador to Israel for consultations.", "SANCTION", "BRA", "ISR"),
    ("id", "Indonesia menarik Duta Besar RI untuk Australia setelah kasus penyadapan.", "SANCTION", "IDN", "AUS"),
]


@pytest.mark.parametrize(("lang", "text", "event", "actor", "recipient"), CASES)
def test_roles(lang, text, event, actor, recipient):
    found = coded_in(lang, text, "2023-06-01")
    assert has_event(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "After the meeting ended, reporters waited outside the hotel for hours.", "CONSULT"),
        ("en", "The flagged tanker sailed out of the port on Friday.", "COERCE"),
        ("id", "Presiden melantik Duta Besar RI untuk Australia di Istana Negara.", "SANCTION"),
        (
            "id",
            "Juru bicara militer Israel mengatakan tentaranya akan menyerang terowongan Hamas jika diperlukan.",
            "ASSAULT",
        ),
    ],
)
def test_near_misses(lang, text, event):
    assert all(e != event for e, _, _ in coded_in(lang, text, "2023-06-01"))
