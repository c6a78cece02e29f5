"""English precision on wire text of about 2007 (session 19, helper prec_en4): acts told only as a
forecast, a plan, a price, a purpose or a day in history are no events (en/triggers_s19_prec_en4.yaml)
— while the act told plainly still codes."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # the 11 September attacks as a day in history
        ("Pakistan said Al Qaeda, which carried out the Sept. 11 attacks, had lost its camps.", "ASSAULT"),
        ("Al Qaeda leaders planned the Sept. 11, 2001 aircraft attacks on American cities.", "ASSAULT"),
        ("Since the 9/11 attacks, Washington has tightened its borders.", "ASSAULT"),
        # a forecast warned of
        ("Sri Lankan generals warned that the new offensive could last two more years.", "ACCUSE"),
        # what boats were used for
        ("Iran still holds the two British boats used to carry out the search operations.", "MOBILIZE"),
        # guarantees offered as a price
        ("China wants North Korea to close the reactor in return for fuel aid and security guarantees.", "AGREE"),
        # an approval that still has to be given
        ("The Italian parliament has to approve funding for the Afghan mission every year.", "AGREE"),
        # forces asked to be deployed are not deployed
        ("Somalia's government called for the African Union force to be deployed at once.", "MOBILIZE"),
        # the purpose of a hostage-taking
        ("Nigerian militants take hostages to press political demands.", "REQUEST"),
        # looting told of gunmen
        ("Gunmen who also looted the clinic seized two Chinese nurses in Nigeria.", "PROTEST"),
        # a step down still to come
        ("The British prime minister is pressed to name a date before he steps down next year.", "RETREAT"),
    ],
)
def test_no_event_told(text, event):
    found = english(text, pub_date="2007-06-01")
    assert not any(e == event for e, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # the act told plainly still codes
        ("The African Union deployed troops to Somalia.", "MOBILIZE", "IGO", None),
        ("Somalia's government called for the African Union force to be deployed at once.", "REQUEST", "SOM", None),
        ("Iran warned Britain that it would seize more boats.", "THREATEN", "IRN", "GBR"),
        ("The British prime minister stepped down on Tuesday.", "RETREAT", "GBR", None),
        ("Rioters looted shops in Nairobi after the Kenyan election.", "PROTEST", "KEN", None),
    ],
)
def test_acts_told_still_code(text, event, actor, recipient):
    found = english(text, pub_date="2007-06-01")
    assert has(found, event, actor, recipient), found
