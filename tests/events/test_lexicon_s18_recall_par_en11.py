"""English recall on unseen 2007 wire text (session 18, helper recall_par_en11): vows to wage war
(THREATEN), presenting evidence against a state (ACCUSE), a call with a time word before "for"
(REQUEST), an army hitting villages or towns (ASSAULT) — and near misses that are no event: a railway
crossing gate that was closed, "ruled out the possibility that ...", a storm that hit villages
(en/triggers_s18_recall_par_en11.yaml)."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Hamas pledged to intensify its insurgency against Israel.", "THREATEN", "PSE", "ISR"),
        ("Chechen rebels swore to continue their jihad against Russia.", "THREATEN", "RUS", None),
        ("British officials presented evidence that Iran had armed the militants.", "ACCUSE", "GBR", "IRN"),
        ("The Russian ministry produced evidence of Georgian troops shelling the villages.", "ACCUSE", "RUS", "GEO"),
        ("NATO chief Anders Rasmussen called last year for Germany to send more troops.", "REQUEST", "IGO", "DEU"),
        ("A Russian gunship hit two villages in Chechnya on Monday.", "ASSAULT", "RUS", None),
        ("Rebel fighters struck the town of Goma on Sunday.", "ASSAULT", "COD", None),
    ],
)
def test_recall(text, event, actor, recipient):
    found = english(text, pub_date="2007-06-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The driver said the crossing gate was closed when the train came into Sapporo, Japan.", "COERCE"),
        ("An Italian lawyer ruled out the possibility that the poison had come from food in Turkey.", "REJECT"),
        ("A storm hit three villages in Chechnya on Monday, Russian officials said.", "ASSAULT"),
        ("The Taliban did not vow to wage war against Pakistan.", "THREATEN"),
    ],
)
def test_near_misses(text, event):
    found = english(text, pub_date="2007-06-01")
    assert not any(e == event for e, _, _ in found), found
