"""English modal and idiomatic wordings (session 27, clmodal_en; en/triggers/s27_clmodal_en.yaml,
actors/sectors_s27_clmodal_en.yaml): a vow that the other side "will be punished", declining to
endorse a text, standing at an ally's side, weapons supplied by the million, strikes on buildings,
demands on election officials — and near misses: a wish that a war end, a struck deal, negation."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "pub_date"),
    [
        ("The Iranian president vowed that Israel will pay a heavy price for the killing.",
         "THREATEN", "IRN", "ISR", "2024-01-05"),
        ("Tehran vowed that Washington would be punished for the assassination.",
         "THREATEN", "IRN", "USA", "2020-01-05"),
        ("Poland declined to endorse the joint declaration on migration.", "REJECT", "POL", None, "2023-10-06"),
        ("Mexico declined to co-sign the joint communique on the war.", "REJECT", "MEX", None, "2023-02-24"),
        ("The prime minister said Britain stands at Ukraine's side.", "SUPPORT", "GBR", "UKR", "2023-02-24"),
        ("North Korea shipped more than a million artillery shells to Russia.", "AID", "PRK", "RUS", "2023-10-14"),
        ("Israel struck a residential building in Beirut on Tuesday.", "ASSAULT", "ISR", "LBN", "2024-07-30"),
        ("Pakistan's opposition demanded the resignation of the chief election commissioner.",
         "REQUEST", "PAK", "PAK", "2023-05-15"),
    ],
)
def test_modal_and_idiomatic_wordings(text, event, actor, recipient, pub_date):
    found = english(text, pub_date=pub_date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The president said he wanted the fighting in Sudan to stop.", "REQUEST"),
        ("Britain did not stand at Ukraine's side, the critics said.", "SUPPORT"),
        ("The two companies struck a deal on a new building.", "ASSAULT"),
        ("The central bank warned that consumers would pay more for fuel.", "THREATEN"),
    ],
)
def test_near_misses(text, event):
    """The first row is the stop entry; the others guard the new entries against their non-event senses."""
    found = english(text, pub_date="2023-06-01")
    assert all(kind != event for kind, _, _ in found), found
