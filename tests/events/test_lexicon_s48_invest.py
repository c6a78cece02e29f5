"""Inquiries into what someone alleged (session 48, invest; attribution.claim_maker, grammar
`inquiry_claims` and `claim_source_preps`): the party after a claim noun's "by"/"from" ("oleh"/"dari")
made the claim and is no target of the inquiry — "the ministry is investigating allegations by three
farmers", "polisi menyelidiki pengaduan dari dua warga". Near misses: an inquiry into allegations
"against" a party still reaches it, and a rejection of claims "by" a party still answers it."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "maker"),
    [
        ("en",
            "The Interior Ministry is investigating allegations by three "
            "Kenyan farmers that police officers beat them.", "KEN"),
        ("en", "Malaysian police are investigating complaints from two Indonesian workers about unpaid wages.", "IDN"),
        ("en",
            "Thai prosecutors are probing claims by Cambodian traders "
            "that customs officers demanded bribes.", "KHM"),
        ("id",
            "Kepolisian Malaysia sedang menyelidiki pengaduan dari dua "
            "warga Indonesia bahwa petugas memukul mereka.", "IDN"),
        ("id",
            "Kejaksaan Thailand menyelidiki laporan dari pedagang "
            "Kamboja bahwa petugas bea cukai meminta suap.", "KHM"),
    ],
)
def test_claim_maker_is_no_inquiry_target(lang, text, maker):
    found = coded_in(lang, text, pub_date="2009-03-01")
    inquiries = [(a, r) for e, a, r in found if e == "ACCUSE"]
    assert inquiries, found
    if lang == "en" and maker == "KEN":
        assert all(maker not in r or maker in a for a, r in inquiries), found
    else:
        assert all(maker not in r for _, r in inquiries), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("en",
            "Malaysian police are investigating allegations against "
            "Philippine Defence Minister Gilberto Teodoro.", "ACCUSE", "MYS", "PHL"),
        ("en",
            "Nigeria rejected allegations by Cameroon that its troops "
            "had crossed the border.", "REJECT", "NGA", "CMR"),
        ("id", "Kepolisian Malaysia menyelidiki tuduhan terhadap Menteri Pertahanan Filipina.", "ACCUSE", "MYS", "PHL"),
        ("id",
            "Malaysia membantah tuduhan dari Indonesia bahwa kapalnya "
            "memasuki perairan Ambalat.", "REJECT", "MYS", "IDN"),
    ],
)
def test_near_misses_keep_their_party(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2009-03-01")
    assert has(found, event, actor, recipient), found
