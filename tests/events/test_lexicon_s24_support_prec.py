"""SUPPORT word senses (session 24, support_prec; en/ and id/triggers_s24_support_prec.yaml):
"support" as a state of affairs ("American support for the government was not open ended"),
support given as the reason for another act ("killed for supporting", "accused of backing"),
"dukungan" counted in seats or percent, a candidate "yang diusung" a party (a description),
"mengusung tema" (carrying a theme) and "menyambut hangat" of a guest code no SUPPORT; the real
acts next to them (backing, endorsing, a warm welcome of a proposal) still do."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in, has_event

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    "text",
    [
        "American support for the Kenyan government was not open ended, the senator said.",
        "French support for the Malian government has waned since the coup.",
        "Two Afghan tribal elders were killed for supporting the Pakistani army.",
        "The Ugandan president was criticised for backing the rebels in Congo.",
        "Kenya was punished for backing the Somali government.",
    ],
)
def test_english_support_that_is_no_act(text):
    assert not any(e == "SUPPORT" for e, _, _ in english(text)), english(text)


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("France voiced strong support for the Malian government on Monday.", "FRA", "MLI"),
        ("Uganda is backing the government of Somalia, its foreign minister said.", "UGA", "SOM"),
        ("Nigeria endorsed Ghana's bid for a seat on the Security Council.", "NGA", "GHA"),
    ],
)
# guards: the stops above must leave the act itself coded (these pass with or without this session's data)
def test_english_support_as_an_act_still_codes(text, actor, recipient):
    assert has_event(english(text), "SUPPORT", actor, recipient), english(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bakal calon gubernur yang diusung PDIP itu bertemu Presiden Jokowi.",
        "Para buruh Indonesia mengusung tuntutan kepada pemerintah Malaysia.",
        "Presiden Jokowi menyambut hangat Perdana Menteri Malaysia di Istana Bogor.",
    ],
)
def test_indonesian_support_that_is_no_act(text):
    assert not any(e == "SUPPORT" for e, _, _ in indonesian(text)), indonesian(text)


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Pemerintah Malaysia menyambut hangat usulan Indonesia tentang patroli bersama.", "MYS", "IDN"),
        ("Pemerintah Malaysia menyambut baik keputusan Indonesia membuka perbatasan.", "MYS", "IDN"),
        ("Jepang menyatakan dukungan penuh kepada Korea Selatan.", "JPN", "KOR"),
    ],
)
# guards, as for English; the first one ("menyambut hangat usulan") is this session's SUPPORT entry
def test_indonesian_support_as_an_act_still_codes(text, actor, recipient):
    assert has_event(indonesian(text), "SUPPORT", actor, recipient), indonesian(text)
