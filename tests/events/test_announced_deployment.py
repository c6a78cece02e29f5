"""A deployment announced as one's own intent is an AGREE, as a visit or aid announced is (the guide:
intent → AGREE): events/modality.py FUTURE_CAN_BECOME_AGREE. Done, it is a MOBILIZE; only
expected by others, nothing."""

from __future__ import annotations

from conftest import coded_in


def test_troops_a_state_will_send_are_its_intent():
    coded = coded_in("en", "Kenya will send 1,200 troops to Somalia next month.", "2011-10-01")
    assert ("AGREE", ["KEN"], ["SOM"]) in coded
    coded = coded_in("id", "Uganda akan mengirim 1.500 prajurit ke Mogadishu dalam beberapa hari ini.", "2007-03-01")
    assert ("AGREE", ["UGA"], ["SOM"]) in coded


def test_troops_sent_are_a_mobilization():
    coded = coded_in("en", "Kenya sent 1,200 troops to Somalia on Monday.", "2011-10-01")
    assert ("MOBILIZE", ["KEN"], ["SOM"]) in coded


def test_a_deployment_others_only_expect_is_not_coded():
    text = "Analysts expect that Kenya may send more troops to Somalia."
    assert not [e for e in coded_in("en", text, "2011-10-01") if e[0] in ("AGREE", "MOBILIZE")]
