"""Wishes, negated purposes, denied reports and regret for one's own act (session 25, modal4).

- A harm wished for is no threat: "ingin/mau/hendak" + a harm verb, "wanted to kill" (grammar `wishes`,
  modality.WISHED_HARM); a threat is said to the threatened ("akan menyerang … jika").
- A negated main verb denies the purpose that depends on it: "did not go to Beijing to criticize China"
  (modality.negated_purpose); "no choice but to", "tidak punya pilihan selain untuk" still do the act.
- What a denial's report or "that"-clause tells is not asserted: "denied reports that X had met Y"
  (grammar `denial_verbs`, modality.denied_report); the denial itself is the REJECT.
- Regret for one's own act is an apology (CONCEDE); regret over another's act stays ACCUSE
  (triggers s25_modal4.yaml)."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")
HARMS = ("THREATEN", "ASSAULT", "COERCE", "SANCTION")


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (english, "The Saudi king wanted to kill President Assad."),
        (english, "Pakistan hopes to expel the Indian diplomats."),
        (indonesian, "Raja Salman ingin membunuh Presiden Assad."),
        (indonesian, "Polisi Malaysia mau menangkap pemimpin oposisi Anwar Ibrahim."),
        (indonesian, "Rusia hendak menyerang Ukraina."),
    ],
)
def test_a_harm_wished_for_is_no_threat(code, text):
    found = code(text)
    assert not [e for e in found if e[0] in HARMS], found


@pytest.mark.parametrize(
    ("code", "text", "event", "actor", "recipient"),
    [
        # a threat stated, with its condition, stays one
        (english, "Israel will attack Iran if it enriches uranium.", "THREATEN", "ISR", "IRN"),
        (indonesian, "Israel akan menyerang Iran jika Teheran terus memperkaya uranium.", "THREATEN", "ISR", "IRN"),
        # a wish to meet is an intent to meet
        (indonesian, "Presiden Jokowi ingin bertemu Perdana Menteri Malaysia.", "AGREE", "IDN", "MYS"),
    ],
)
def test_threats_and_wishes_to_meet_stand(code, text, event, actor, recipient):
    assert has(code(text), event, actor, recipient)


@pytest.mark.parametrize(
    ("code", "text", "event"),
    [
        (english, "Indonesia's foreign minister did not go to Beijing to criticize China.", "ACCUSE"),
        (english, "The Syrian writer said he didn't leave Syria to reject Assad.", "REJECT"),
        (indonesian, "Menlu Retno tidak pergi ke Beijing untuk mengecam China.", "ACCUSE"),
    ],
)
def test_a_negated_verb_denies_its_purpose(code, text, event):
    found = code(text)
    assert not [e for e in found if e[0] == event], found


@pytest.mark.parametrize(
    ("code", "text", "event", "actor", "recipient"),
    [
        (english, "Indonesia's foreign minister went to Beijing to criticize China.", "ACCUSE", "IDN", "CHN"),
        (english, "Malaysian police did not hesitate to arrest Anwar Ibrahim.", "COERCE", "MYS", None),
        (indonesian, "Israel tidak punya pilihan selain untuk menyerang Hamas.", "ASSAULT", "ISR", None),
    ],
)
def test_purposes_not_negated_stand(code, text, event, actor, recipient):
    assert has(code(text), event, actor, recipient)


@pytest.mark.parametrize(
    ("code", "text", "denier", "told"),
    [
        (english, "Iran denied reports that its foreign minister had met US officials in Oman.", "IRN", "CONSULT"),
        (
            english,
            "The Kremlin denied media reports that the Russian navy had seized a Ukrainian ship.",
            "RUS",
            "COERCE",
        ),
        (english, "Beijing denied that Chinese police had detained the Canadian diplomat.", "CHN", "COERCE"),
        (
            indonesian,
            "Kementerian Luar Negeri Indonesia membantah laporan bahwa Menlu Retno telah bertemu pejabat Israel.",
            "IDN",
            "CONSULT",
        ),
        (indonesian, "Rusia menepis kabar bahwa pesawat tempur Rusia membom pasar di Aleppo.", "RUS", "ASSAULT"),
        (indonesian, "Kremlin menampik berita bahwa pasukan Rusia menyerang desa di Ukraina.", "RUS", "ASSAULT"),
    ],
)
def test_a_denied_report_is_not_asserted(code, text, denier, told):
    found = code(text)
    assert has(found, "REJECT", denier)
    assert not [e for e in found if e[0] == told], found


@pytest.mark.parametrize(
    ("code", "text", "event", "actor", "recipient"),
    [
        (english, "Iran confirmed reports that its foreign minister had met US officials.", "CONSULT", "IRN", "USA"),
        (english, "The Pentagon denied the report, but on Monday US jets bombed the depot.", "ASSAULT", "USA", None),
    ],
)
def test_confirmed_reports_and_later_clauses_stand(code, text, event, actor, recipient):
    assert has(code(text), event, actor, recipient)


@pytest.mark.parametrize(
    ("code", "text", "actor"),
    [
        (english, "Pakistan expressed regret over the deaths caused by its air strike in Afghanistan.", "PAK"),
        (english, "India's foreign minister expressed regret over his remarks about Nepal.", "IND"),
        (indonesian, "Menteri Luar Negeri India menyatakan penyesalan atas ucapannya tentang Nepal.", "IND"),
        (indonesian, "Militer Israel menyatakan penyesalan atas tewasnya warga akibat serangannya di Gaza.", "ISR"),
    ],
)
def test_regret_for_ones_own_act_is_an_apology(code, text, actor):
    found = code(text)
    assert has(found, "CONCEDE", actor)
    assert not has(found, "ACCUSE", actor), found


@pytest.mark.parametrize(
    ("code", "text", "actor", "recipient"),
    [
        (english, "Tokyo expressed regret for Beijing's decision to close the consulate.", "JPN", "CHN"),
        (indonesian, "Pemerintah Jepang menyatakan penyesalan atas keputusan pemerintah China.", "JPN", "CHN"),
    ],
)
def test_regret_over_anothers_act_is_disapproval(code, text, actor, recipient):
    found = code(text)
    assert has(found, "ACCUSE", actor, recipient)
    assert not has(found, "CONCEDE", actor), found
