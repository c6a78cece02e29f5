"""English recall on unseen wire text (session 17, recall_par_en2): promises of what one party will do
for another ("would supply", "will help", "committed to arrange"), pressing on "regardless of" a
resolution or sanctions (en/triggers_s17_recall_par_en2.yaml), the Grand Imam of Al-Azhar
(actors/bodies_s17_recall_par_en2.yaml, people/s17_recall_par_en2.tsv) and an opposition "front"
(actors/sectors_s17_recall_par_en2.yaml) — and words like them that are no event."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # a promise to supply, sell or deliver
        ("Minsk announced it would supply Havana with radar sets.", "AGREE", "BLR", "CUB"),
        ("Moscow said it will deliver two frigates to Hanoi next year.", "AGREE", "RUS", "VNM"),
        ("Belarus will sell Venezuela a batch of air defence radars, officials said.", "AGREE", "BLR", "VEN"),
        # a promise to help
        ("The minister said Japan would help Fiji rebuild its ports.", "AGREE", "JPN", "FJI"),
        ("Australia will assist East Timor in training its police, Canberra said.", "AGREE", "AUS", "TLS"),
        # committed to act
        ("The Norwegian envoy committed to arrange a meeting between Colombo and the rebels.", "AGREE", "NOR", None),
        ("Egypt committed to convene a meeting of the rival Palestinian factions.", "AGREE", "EGY", None),
        # pressing on regardless of a resolution or sanctions
        ("Tehran vowed to press on regardless of the UN Security Council resolution.", "REJECT", "IRN", "UNO"),
        ("North Korea will continue its tests irrespective of the sanctions, Pyongyang said.", "REJECT", "PRK", "-"),
        # the Grand Imam of Al-Azhar
        ("The Grand Sheikh of Al-Azhar received the Indonesian president on Sunday.", "CONSULT", "IDN", "EGY"),
        ("Sheikh Mohammed Sayed Tantawi received the Indonesian president on Sunday.", "CONSULT", "IDN", "EGY"),
    ],
)
def test_english_recall(text, event, actor, recipient):
    found = english(text, pub_date="2007-06-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # negated, hypothetical, no party
        ("Moscow said it would not supply missiles to Damascus.", "AGREE"),
        ("If Russia would supply missiles to Syria, Israel would respond.", "AGREE"),
        ("The new rules will help farmers sell their crops.", "AGREE"),
        ("The deal will help the company expand its exports.", "AGREE"),
        ("Germany hopes the envoy's visit will help ease the crisis in Lebanon.", "AGREE"),
        ("The French minister said the talks would help build trust between Kigali and Kinshasa.", "AGREE"),
        ("The prisoner was committed to a psychiatric hospital.", "AGREE"),
        ("The economy kept growing regardless of the weather.", "REJECT"),
        # the Indonesian schools named Al-Azhar are no actor
        ("Students of Al-Azhar school in Jakarta visited the museum.", "CONSULT"),
    ],
)
def test_no_event(text, event):
    found = english(text, pub_date="2007-06-01")
    assert not any(e == event for e, _, _ in found), found
