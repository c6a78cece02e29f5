"""A recipient after a list of plain objects (session 49, listrecip; attribution.object_list_end):
"flew water, tents and medicine to Tonga", "mengirim makanan, tenda, dan obat-obatan ke Gaza" — the
commas inside a list closed by "and"/"dan" before its preposition do not end the search for the
recipient. Near misses: a comma that closes a clause ("sent aid, and Fiji thanked it") still does."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("en", "New Zealand flew water, generators and medical kits to Samoa on Friday.", "AID", "NZL", "WSM"),
        ("en", "Britain sent food, blankets and medicine to Gaza after the storm.", "AID", "GBR", "PSE"),
        ("en", "Japan shipped rice, tents, and water purifiers to Vanuatu.", "AID", "JPN", "VUT"),
        ("id", "Jepang mengirim makanan, tenda, dan obat-obatan ke Tonga pekan lalu.", "AID", "JPN", "TON"),
        ("id", "Selandia Baru menerbangkan air minum, genset dan selimut ke Samoa.", "AID", "NZL", "WSM"),
    ],
)
def test_recipient_after_object_list(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2023-03-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "recipient"),
    [
        ("en", "Australia sent aid, and Fiji thanked it.", "FJI"),
        ("en", "Australia sent aid, medicine and tents, officials in Fiji said.", "FJI"),
        ("id", "Australia mengirim bantuan, dan Fiji berterima kasih.", "FJI"),
        ("id", "Australia mengirim bantuan, obat dan tenda, kata pejabat di Fiji.", "FJI"),
    ],
)
def test_clause_comma_still_ends_the_search(lang, text, recipient):
    found = coded_in(lang, text, pub_date="2023-03-01")
    assert not any(e == "AID" and recipient in r for e, _, r in found), found
