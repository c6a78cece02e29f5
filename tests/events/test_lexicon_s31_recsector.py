"""Sectors of parties (session 31, recsector): a state named by its name alone stands for its
government in diplomacy ("urged Vietnam to …", "memutuskan hubungan dengan Kanada": GOV) and for
its forces when it attacks, deploys or sends troops (MIL); the people a state's police or courts
arrest or sentence, unnamed or unknown to the lexicon, are its civilians (CVL). Near misses: a
demonym keeps no such sector, and an attack on a state named alone says nothing of whom it hit."""

from __future__ import annotations

import pytest


def sectors(lang: str, text: str, event: str, side: str, pub_date: str = "2019-05-14") -> set[tuple[str, str]]:
    import warta

    return {(p.code, p.sector) for e in warta.code(text, lang=lang, pub_date=pub_date) if e.event == event
            for p in getattr(e, side)}


@pytest.mark.parametrize(
    ("lang", "text", "event", "side", "party"),
    [
        ("en", "Canada urged Vietnam to free the detained blogger.", "REQUEST", "recipient", ("VNM", "GOV")),
        ("en", "Canada urged Vietnam to free the detained blogger.", "REQUEST", "actor", ("CAN", "GOV")),
        ("en", "Morocco cut diplomatic ties with Iran over its support for the Polisario Front.",
         "SANCTION", "recipient", ("IRN", "GOV")),
        ("en", "Poland sent 300 troops to Lithuania for a NATO exercise.", "MOBILIZE", "actor", ("POL", "MIL")),
        ("id", "Arab Saudi memutuskan hubungan diplomatik dengan Kanada.", "SANCTION", "recipient", ("CAN", "GOV")),
        ("id", "Jerman mendesak Turki membebaskan wartawan itu.", "REQUEST", "recipient", ("TUR", "GOV")),
        ("en", "British police arrested a 30-year-old man on suspicion of fraud.", "COERCE", "recipient",
         ("GBR", "CVL")),
        ("id", "Polisi Malaysia menangkap seorang pria karena menghina raja.", "COERCE", "recipient",
         ("MYS", "CVL")),
    ],
)
def test_state_named_alone_and_own_people(lang, text, event, side, party):
    assert party in sectors(lang, text, event, side)


def test_attack_on_a_state_named_alone_keeps_no_sector():
    found = sectors("en", "Syria shelled Turkey on Sunday.", "ASSAULT", "recipient")
    assert all(sector == "" for code, sector in found if code == "TUR"), found


def test_demonym_is_not_the_government():
    found = sectors("en", "Canada urged Vietnamese bloggers to keep writing.", "REQUEST", "recipient")
    assert ("VNM", "GOV") not in found, found


def test_a_sector_read_off_the_event_is_named_in_the_evidence():
    """The audit trail says when a sector came from the event rather than the words: "Canada" is
    CAN GOV by `actors.state_sector`; "the Canadian government" names its sector itself."""
    import warta

    (implied,) = [e for e in warta.code("Canada urged Vietnam to free the detained blogger.", lang="en",
                                        pub_date="2019-05-14") if e.event == "REQUEST"]
    (named,) = [e for e in warta.code("The Canadian government urged Vietnamese activists to end the strike.",
                                      lang="en", pub_date="2019-05-14") if e.event == "REQUEST"]
    assert "actors.state_sector" in implied.rules
    assert "actors.state_sector" not in named.rules
