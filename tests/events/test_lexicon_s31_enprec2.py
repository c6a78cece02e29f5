"""Non-political senses of event words on unseen English text (session 31, enprec2; stop entries
in en/triggers/not_events.yaml, '# from s31_enprec2'): a trend growing "at an alarming rate", a
"disappointing quarter", fighting a disease or dirty air, doctors who warn, a campaign to raise
awareness, patients quarantined in hospital — and the political sense beside each, which must still code."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Opioid deaths in the province are rising at an alarming rate, health officials said.", "ACCUSE"),
        ("The carmaker's shares fell after a disappointing quarter in China.", "ACCUSE"),
        ("Delhi has been fighting toxic air every winter for a decade.", "ASSAULT"),
        ("Nurses battling the cholera outbreak in Yemen asked for more supplies.", "ASSAULT"),
        ("Firefighters in California spent the weekend fighting wildfires near Los Angeles.", "ASSAULT"),
        ("Doctors warned that the heatwave is dangerous for elderly people.", "THREATEN"),
        ("The mayor launched a campaign to raise awareness of heroin addiction.", "ASSAULT"),
        ("Three nurses were quarantined at a hospital in Lagos after treating an Ebola patient.", "COERCE"),
        ("Forty passengers who had close contact with the sick man were quarantined.", "COERCE"),
        ("The student was quarantined after the diagnosis, the health ministry said.", "COERCE"),
    ],
)
def test_non_political_sense_is_no_event(text, event):
    found = english(text, pub_date="2019-11-20")
    assert all(e != event for e, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Japan said it was disappointed by South Korea's decision to scrap the intelligence pact.",
         "ACCUSE", "JPN", "KOR"),
        ("Heavy fighting broke out between Syrian government troops and Turkish-backed rebels near Manbij.",
         "ASSAULT", "SYR", None),
        ("The Iraqi army launched a campaign to retake Mosul from Islamic State fighters.",
         "ASSAULT", "IRQ", None),
        ("Chinese authorities quarantined the entire city of Wuhan on Thursday.", "COERCE", "CHN", None),
        ("The Chinese foreign ministry warned Washington that it would take countermeasures over the arms sale.",
         "THREATEN", "CHN", "USA"),
    ],
)
def test_political_sense_still_codes(text, event, actor, recipient):
    found = english(text, pub_date="2019-11-20")
    assert has(found, event, actor, recipient), found
