"""Two mechanism rules made narrower (session 24, mech_modal), in sentences written for warta.

modality.denial: a speaker's "not" before an act is a denial (REJECT) only when it denies the act;
an absence or a wait ("tanpa", "belum", "without"), a classification ("bukan serangan", "was not a
suicide attack"), a negated ability, duty or intent ("tidak bisa", "does not intend") and a purpose
("supaya … tidak ditangkap") deny nothing (coder.denies_act, grammar keys absence_negators,
copula_negators, indefinite_articles, negated_modals, purpose_openers).

coref.first_person: "we"/"kami" is the speaker's party only in the speaker's own words — before the
speech verb or after a quote mark, colon or comma that opens them; "X said we …" reports the words
and its "we" names no sure party (clauses.ClauseReader.direct_speech)."""

from __future__ import annotations

import pytest

from conftest import coded_in
from conftest import has_event as has


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("id", "Juru bicara Polri menegaskan, aktivis itu tidak ditangkap polisi.", "IDN", "IDN"),
        ("id", '"Wartawan itu bukan ditangkap tapi dijemput," kata juru bicara Polri.', "IDN", "IDN"),
        ("en", "The Israeli army said its jets did not bomb the school in Gaza.", "ISR", "PSE"),
    ],
)
def test_denied_act_is_still_a_rejection(lang, text, actor, recipient):
    found = coded_in(lang, text, "2015-06-10")
    assert has(found, "REJECT", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "NATO said the explosion was not a suicide attack."),
        ("id", "Tanpa penambahan pasukan, kami tak akan memenangkan perang ini, kata McCain."),
        ("id", "Kepala KPK Agus Rahardjo mengatakan, pihaknya belum akan memberikan sanksi kepada penyidik itu."),
        ("en", "British Foreign Secretary Margaret Beckett said Britain does not intend to send more troops to Iraq."),
        ("id", "UNHCR menyatakan kartu itu diberikan supaya pengungsi tidak ditangkap atau dideportasi."),
    ],
)
def test_negation_that_denies_no_act_is_no_rejection(lang, text):
    found = coded_in(lang, text, "2015-06-10")
    assert not any(event == "REJECT" for event, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("en", '"We will not negotiate again," Sudanese President Omar al-Bashir said.', "REJECT", "SDN", "-"),
        ("id", '"Kami tidak akan berunding lagi," kata Presiden Sudan Omar al-Bashir.', "REJECT", "SDN", "-"),
        ("en", "Lebanese Prime Minister Fouad Siniora said: We call on Israel to withdraw.", "REQUEST", "LBN", "ISR"),
        (
            "id",
            "Perdana Menteri Libanon Fouad Siniora mengatakan, kami mendesak Israel mundur.",
            "REQUEST",
            "LBN",
            "ISR",
        ),
    ],
)
def test_we_in_the_speakers_own_words_is_the_speaker(lang, text, event, actor, recipient):
    found = coded_in(lang, text, "2015-06-10")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    "text",
    [
        "Lebanese Prime Minister Fouad Siniora said we are fighting the militants.",
        "Lebanese Prime Minister Fouad Siniora said we met Israeli officials in Paris.",
    ],
)
def test_we_in_reported_words_names_no_party(text):
    found = coded_in("en", text, "2015-06-10")
    assert not any("LBN" in actor for _, actor, _ in found), found
