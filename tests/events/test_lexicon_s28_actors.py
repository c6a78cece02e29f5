"""Actors and recipients (session 28, actors; en/ and id/triggers/s28_actors.yaml,
actors/bodies_s28_actors.yaml, sectors_s28_actors.yaml, people/s28_actors.tsv, grammar `private_trades` and
`one_person`, coder.private_person): "Brussels" acting
is the European Union, "Number 10" the British government, "PEA" the UAE, "Georgia state troopers" US
police, Jordan Bardella a French party leader (not Jordan), companies named after a state are its
business, sportspeople civilians; a name set off by a comma before a private trade is a namesake's,
and one unnamed private person ("a businessman", "seorang pengusaha") speaks, gives or meets as no
actor. Acts the pass found unread: "took legal action against" (ACCUSE, no longer COERCE), a verbal attack on a bill,
infringement proceedings, suspension "from all its activities", a blocked resupply mission, radars
handed over, ships ordered to move, a host receiving a titled guest ("menerima Menhan …") — and near
misses: a drought emergency, "strict action" of the police, a name before a past trade, a government
receiving goods, an armed attack."""

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
        (
            "Brussels launched an anti-dumping probe into Chinese steel imports on Monday.",
            "ACCUSE",
            "EUR",
            "CHN",
            "2024-03-04",
        ),
        ("Number 10 condemned the Iranian missile attack on Israel.", "ACCUSE", "GBR", None, "2024-10-02"),
        (
            "Georgia state troopers detained 12 demonstrators at the state capitol.",
            "COERCE",
            "USA",
            "USA",
            "2024-05-02",
        ),
        ("Jordan Bardella attacked the government's immigration bill.", "ACCUSE", "FRA", "FRA", "2023-12-12"),
        (
            "The European Commission took legal action against Poland over its judicial reforms.",
            "ACCUSE",
            "EUR",
            "POL",
            "2021-12-22",
        ),
        (
            "Brussels opened infringement proceedings against Italy over its migrant centres.",
            "ACCUSE",
            "EUR",
            "ITA",
            "2024-07-11",
        ),
        ("ECOWAS suspended Guinea from all its activities after the coup.", "SANCTION", "IGO", "GIN", "2021-09-09"),
        (
            "Chinese coast guard ships intercepted a Philippine resupply mission near Ayungin Shoal.",
            "COERCE",
            "CHN",
            "PHL",
            "2024-06-17",
        ),
        ("Australia handed over three radars to the Indonesian navy.", "AID", "AUS", "IDN", "2024-03-01"),
    ],
)
def test_english_actors_pass(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        (
            "Pemerintah Korea Selatan menghibahkan dua unit radar kepada TNI Angkatan Laut.",
            "AID",
            "KOR",
            "IDN",
            "2024-03-01",
        ),
        ("Kremlin memerintahkan armada Laut Hitam berlayar menuju Suriah.", "MOBILIZE", "RUS", None, "2024-12-05"),
        (
            "Presiden Prabowo menerima PM Singapura Lawrence Wong di Istana Bogor, Senin.",
            "CONSULT",
            "SGP",
            "IDN",
            "2025-01-20",
        ),
        ("Wapres menerima Panglima Angkatan Bersenjata Filipina di Jakarta.", "CONSULT", "PHL", "IDN", "2024-02-01"),
        ("PEA menyalurkan bantuan pangan ke Jalur Gaza.", "AID", "ARE", "PSE", "2024-02-01"),
    ],
)
def test_indonesian_actors_pass(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "date"),
    [
        (
            "en",
            "The governor declared a flood emergency in four counties after the river burst its banks.",
            "COERCE",
            "2024-04-02",
        ),
        ("en", "Police took strict action against the rioters in the old city.", "ACCUSE", "2024-04-02"),
        ("id", "Pemerintah menerima pupuk bantuan dari Jepang.", "CONSULT", "2024-04-02"),
        ("en", "Gunmen attacked a police checkpoint near the border, killing two officers.", "ACCUSE", "2024-04-02"),
    ],
)
def test_actors_pass_near_misses(lang, text, event, date):
    found = coded_in(lang, text, date)
    assert all(e != event for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "code", "date"),
    [
        ("id", "Anwar, seorang petani di Kedah, mengecam harga pupuk yang melonjak.", "MYS", "2024-08-23"),
        ("en", "Marcos, a 52-year-old taxi driver in Quezon City, criticised the fare increase.", "PHL", "2024-08-23"),
    ],
)
def test_private_namesake_is_no_office_holder(lang, text, code, date):
    """The office holder's state may still come from the scene; what must go is the leader himself."""
    import warta

    for event in warta.code(text, lang=lang, pub_date=date):
        assert all(a.sector != "GOV" for a in event.actor), event


@pytest.mark.parametrize(
    ("lang", "text", "code", "date"),
    [
        ("en", "Lula, a former metalworker, criticised Israel's offensive in Gaza.", "BRA", "2024-02-19"),
        ("id", "Anwar, Perdana Menteri Malaysia, mengecam serangan Israel.", "MYS", "2023-10-31"),
    ],
)
def test_titled_or_past_trade_stays_office_holder(lang, text, code, date):
    found = coded_in(lang, text, date)
    assert has(found, "ACCUSE", code), found


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        ("en", "A Thai businessman donated $500,000 to a school in Vientiane.", "2024-03-01"),
        ("en", "An Indian footballer criticised the Bangladeshi referee after the final.", "2024-03-01"),
        ("id", "Seorang pebulu tangkis Malaysia mengkritik wasit asal Indonesia.", "2024-03-01"),
    ],
)
def test_one_private_person_is_no_actor(lang, text, date):
    assert coded_in(lang, text, date) == [], text


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient", "date"),
    [
        ("en", "A Malaysian official criticised Singapore over the water deal.", "ACCUSE", "MYS", "SGP", "2024-03-01"),
        ("en", "Thai businessmen urged the government to cut power prices.", "REQUEST", "THA", "THA", "2024-03-01"),
        ("id", "Seorang pejabat Malaysia mengecam Singapura.", "ACCUSE", "MYS", "SGP", "2024-03-01"),
    ],
)
def test_officials_and_groups_still_act(lang, text, event, actor, recipient, date):
    found = coded_in(lang, text, date)
    assert has(found, event, actor, recipient), found
