"""A host receiving a guest (trigger `frame: host`, coder.py `visitor`): the one who came is the
actor of the visit and the host its recipient, as docs/annotation.md codes visits; a summit or a
body's meeting hosted, or talks hosted between two others, stay the host's."""

from __future__ import annotations

import warta


def coded(text: str, lang: str, pub_date: str = "2024-03-01"):
    return [
        (e.event, sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient), e.cameo)
        for e in warta.code(text, lang=lang, pub_date=pub_date)
    ]


def test_the_guest_received_is_the_visitor():
    text = "Chinese President Xi Jinping received Indonesian President Joko Widodo in Beijing on Tuesday."
    assert ("CONSULT", ["IDN"], ["CHN"], "042") in coded(text, "en")


def test_a_headline_host_and_guest():
    assert ("CONSULT", ["RUS"], ["TUR"], "042") in coded("Erdogan hosts Putin in Istanbul", "en")


def test_received_by_in_the_passive():
    text = "Palestinian President Mahmoud Abbas was received by Egyptian President Abdel Fattah al-Sisi in Cairo."
    assert ("CONSULT", ["PSE"], ["EGY"], "042") in coded(text, "en")


def test_menerima_kunjungan_and_disambut():
    text = "Presiden Jokowi menerima kunjungan Perdana Menteri Malaysia Anwar Ibrahim di Istana Bogor."
    assert ("CONSULT", ["MYS"], ["IDN"], "042") in coded(text, "id")
    text = "Sultan Brunei disambut Presiden Jokowi dengan upacara kenegaraan di Istana Bogor."
    assert ("CONSULT", ["BRN"], ["IDN"], "042") in coded(text, "id")


def test_a_summit_hosted_stays_the_hosts():
    assert ("CONSULT", ["IDN"], ["IGO"], "043") in coded("Indonesia hosted the ASEAN summit in Jakarta.", "en")


def test_talks_hosted_between_two_others_stay_the_hosts():
    events = coded("Qatar hosted talks between the United States and the Taliban.", "en")
    assert any(e[0] == "CONSULT" and e[1] == ["QAT"] for e in events)


def test_talks_promised_in_one_partys_capital_are_the_others_visit():
    text = "The United States and North Korea will hold working group talks in New York on March 5-6."
    assert any(e[:3] == ("AGREE", ["PRK"], ["USA"]) for e in coded(text, "en"))
    text = "Para pimpinan diplomat Kanada, Meksiko dan Amerika Serikat akan bertemu di Ottawa 23 Februari."
    assert any(e[:3] == ("AGREE", ["MEX", "USA"], ["CAN"]) for e in coded(text, "id"))


def test_hosting_a_president_by_title_is_the_guests_visit():
    text = "Indonesian President Joko Widodo hosted Philippine President Ferdinand Marcos Jr. in Bogor on Friday."
    assert any(e[:3] == ("CONSULT", ["PHL"], ["IDN"]) for e in coded(text, "en", "2024-09-30"))
