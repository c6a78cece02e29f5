"""English criticism said without a criticising verb (session 25, crit_en): a speaker reports a
negative evaluation of a party — a policy called a failure or an error, a party that failed in a
duty, a ruling null and void, an act of aggression or piracy, double standards, a Cold War
mentality, a dangerous precedent, blood on one's hands, history distorted, excessive force
(en/triggers/s25_crit_en.yaml, frame: cause: the speaker accuses the subject) — and near misses:
negated, hypothetical, a technical failure, no speaker, a sporting failure."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("The Iranian president said the American embargo had been an utter failure.", "IRN", "USA"),
        ("Washington's Cuba policy was a failure, the Cuban foreign minister said.", "CUB", "USA"),
        ("The French president said the American pull-out from the accord was a grave error.", "FRA", "USA"),
        ("The Indian minister said Pakistan has failed to act against the militant camps.", "IND", "PAK"),
        ("The Syrian army failed to protect the villagers, the French foreign minister said.", "FRA", "SYR"),
        ("The Chinese foreign ministry said the Philippine arbitration award is null and void.", "CHN", "PHL"),
        ("The Philippine president said China's actions were an act of aggression.", "PHL", "CHN"),
        ("The Kremlin said the British expulsions were an unfriendly move.", "RUS", "GBR"),
        ("The Greek prime minister said Turkey's demands were unreasonable and inappropriate.", "GRC", "TUR"),
        ("Washington applies double standards on human rights, the Chinese foreign minister said.", "CHN", "USA"),
        ("The Chinese spokesman said Washington's new alliance showed a Cold War mentality.", "CHN", "USA"),
        ("The Turkish decision creates a bad precedent, the Greek prime minister said.", "GRC", "TUR"),
        ("The Russian minister said the American sanctions were a big step backwards.", "RUS", "USA"),
        ("The Syrian regime has blood on its hands, the French foreign minister said.", "FRA", "SYR"),
        ("The South Korean ministry said the Japanese textbooks distort history.", "KOR", "JPN"),
        ("The Israeli prime minister said the American accord with Iran was a terrible deal.", "ISR", "USA"),
        ("The Chinese ministry said the American human rights report was full of prejudice.", "CHN", "USA"),
        ("The Kenyan police used excessive force against the marchers, the British envoy said.", "GBR", "KEN"),
        ("The Zimbabwean government mishandled the drought, the British minister said.", "GBR", "ZWE"),
    ],
)
def test_negative_evaluation_is_accusation(text, actor, recipient):
    found = english(text, pub_date="2015-06-10")
    assert has(found, "ACCUSE", actor, recipient), found


@pytest.mark.parametrize(
    "text",
    [
        # negated or hypothetical
        "The Russian minister said the American plan was not a failure.",
        "The Indian minister asked whether Pakistan had failed to act against the militants.",
        "If the strategy is a failure, the Iranian president said, Tehran will respond.",
        # a fault with no party behind it, or one's own
        "The crash was a mechanical failure, the Indonesian transport minister said.",
        "The Indian minister admitted that his own decision had been an error.",
        # no speaker: nobody accuses
        "The Syrian army failed to protect the villagers.",
        # sport and rescue: not a duty failed
        "The Brazilian team failed to score in the second half, the Brazilian sports minister said.",
        "Rescuers failed to reach the trapped miners, the Chilean mining minister said.",
        # praise, not criticism
        "The Iraqi minister said the new Turkish agreement was a good deal for both nations.",
        # a driver failing to stop is motion; "there are double standards" names no one who applies them
        "Turkish soldiers fired when a Syrian driver failed to stop at the border post, the army said.",
        "There are so many double standards in Brussels, the Turkish minister said.",
    ],
)
def test_near_misses_code_no_accusation(text):
    found = english(text, pub_date="2015-06-10")
    assert not any(e == "ACCUSE" for e, _, _ in found), found
