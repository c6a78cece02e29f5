"""Words of tech, sport, health and culture news that read like events (session 31, auditbench1;
en/triggers/not_events.yaml, section "from s31_auditbench1"): a marching band, a moon shot or a flu
shot, a space probe, an anti-drug or marketing campaign launched, "the call on July 25", the hosts of a
match, a company head or coach resigning — and the political events next to them that must still be coded."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Thousands of Chilean students marched against the government in Santiago on Thursday.",
         "PROTEST", "CHL", "CHL", "2019-10-24"),
        ("Russian troops shot three Ukrainian soldiers near Bakhmut.", "ASSAULT", "RUS", "UKR", "2023-02-10"),
        ("The Brazilian Senate launched a probe into the Venezuelan oil deal.",
         "ACCUSE", "BRA", None, "2021-05-04"),
        ("The Pakistani army launched a military campaign against the Taliban in North Waziristan.",
         "ASSAULT", "PAK", None, "2014-06-15"),
        ("The European Union called on Serbia to recognise Kosovo's passports.",
         "REQUEST", "EUR", "SRB", "2022-08-01"),
        ("Egyptian President Sisi hosts Israeli Prime Minister Bennett in Sharm el-Sheikh.",
         "CONSULT", "ISR", "EGY", "2021-09-13"),
        ("Hong Kong's Carrie Lam stepped down as chief executive after Beijing's ruling.",
         "RETREAT", "HKG", None, "2022-06-30"),
    ],
)
def test_political_uses_still_coded(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    if recipient is None:
        assert any(e == event and actor in a for e, a, _ in found), found
    else:
        assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("A marching band from Ohio State played the Canadian anthem before the game in Toronto.", "PROTEST"),
        ("Japan's space agency plans a moon shot with Indian engineers in 2025.", "ASSAULT"),
        ("Health officials in Ottawa urged older Canadians to get a flu shot this winter.", "ASSAULT"),
        ("Chinese scientists said their Mars probe had sent back pictures of the Utopia Planitia.", "ACCUSE"),
        ("The Philippine governor launched an anti-drug campaign with a slogan on billboards.", "ASSAULT"),
        ("The French carmaker launched a marketing campaign in Germany on Monday.", "ASSAULT"),
        ("A German diplomat said the call on July 25 with the Ukrainian president worried him.", "REQUEST"),
        ("The hosts beat Russia 2-1 in the final in Madrid on Sunday.", "CONSULT"),
        ("The founder of the Israeli start-up resigned as CEO after investors in Tokyo balked.", "RETREAT"),
        ("Germany's football coach stepped down as manager of the Turkish club Besiktas.", "RETREAT"),
    ],
)
def test_culture_and_sport_near_misses(text, event):
    found = english(text, pub_date="2019-11-20")
    assert all(e != event for e, _, _ in found), found
