"""The Indonesian plural "bom-bom" (session 43, idparallel; id/triggers/not_events.yaml
id.none.s43idparallel-bom-bom): the bombs named as things — found, bought, hidden, used — are no
bombing, as the English "bombs" alone codes nothing; a bombing keeps its own verb or the singular
entries."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    "text",
    [
        "Polisi Filipina menemukan bom-bom itu di sebuah gudang milik tersangka di Manila.",
        "Dua pria ditangkap karena membeli tas tempat bom-bom tersebut disembunyikan, kata polisi India.",
    ],
)
def test_indonesian_plural_bombs_as_things_are_no_bombing(text):
    found = indonesian(text, pub_date="2007-03-01")
    assert not any(e == "ASSAULT" for e, _, _ in found), found


def test_english_plural_bombs_as_things_likewise():
    found = english("Philippine police found the bombs in a warehouse owned by the suspect in Manila.",
                    pub_date="2007-03-01")
    assert not any(e == "ASSAULT" for e, _, _ in found), found


def test_indonesian_bombing_with_the_singular_still_coded():
    found = indonesian("Pesawat tempur Israel mengebom markas Hizbullah di Lebanon selatan.",
                       pub_date="2007-03-01")
    assert has(found, "ASSAULT", "ISR", "LBN"), found
