"""Wire-copy syntax (session 28, wire; en/ and id/triggers/s28_wire.yaml, actors/bodies_s28_wire.yaml,
grammar `companions`, `clause_breaks` seraya/sambil, `anticipated` wacana; clauses.past_audience,
clauses.described_speaker, clauses.companion, attribution.participle_aside, coder.orders_a_state):
the speaker of a quote who "told a regular briefing"; a speaker or subject set off from the verb by
an aside that opens on "who"/"yang" or a participle; a party joined "bersama" to the first; an order
addressed to a state; a subjectless "seraya" clause; aid sent in an aircraft; a modal before "conduct
a nuclear test"; formula threats; offers of peacekeepers; Papuan rebels; long titles before "sebagai
tersangka" — and near misses: trade figures, market worries, company deals, preparations for a summit,
an idea ("wacana"), an order to one's own forces."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        # clauses.past_audience: the audience after "told" runs on to the setting
        ('"We categorically reject these claims," Foreign Ministry spokeswoman Maria Zakharova told a weekly '
         "news briefing in Moscow.", "REJECT", "RUS", None, "2023-05-11"),
        ('"We will respond with mirror measures," Kremlin spokesman Dmitry Peskov told state television on Sunday.',
         "THREATEN", "RUS", None, "2024-03-10"),
        # clauses.described_speaker: the speaker before a relative or participial aside
        ("Retno Marsudi, Indonesia's foreign minister, who met Antony Blinken in Washington, said the bombing "
         "of the Indonesian Hospital in Gaza was barbaric.", "ACCUSE", "IDN", None, "2023-11-14"),
        ("Lloyd Austin, speaking at a news conference in Manila, said Washington would send more "
         "weapons to the Philippines.", "AGREE", "USA", "PHL", "2023-02-03"),
        # attribution.participle_aside
        ("Anwar Ibrahim, addressing the ASEAN summit in Vientiane, urged Myanmar's generals to end the violence.",
         "REQUEST", "MYS", "MMR", "2024-10-10"),
        # en.aid.s28-sent-craft-carrying-aid
        ("Japan dispatched two aircraft carrying tents and medicine to Turkey after the earthquake.",
         "AID", "JPN", "TUR", "2023-02-09"),
        # en.threaten.s28-take-asymmetric-measures
        ("Moscow will take asymmetric measures against Finland, the Russian foreign ministry said.",
         "THREATEN", "RUS", None, "2023-04-05"),
        # en.agree.s28-ready-to-send-peacekeepers
        ("Bangladesh is willing to deploy peacekeepers to Haiti, its foreign minister said.",
         "AGREE", "BGD", None, "2023-10-05"),
        # actors/bodies_s28_wire.yaml
        ("Papua rebels torched a school and shot dead two teachers in Intan Jaya, police said.",
         "ASSAULT", "IDN", None, "2021-04-10"),
    ],
)
def test_english_wire_syntax(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        # clauses.described_speaker
        ("Menlu Retno Marsudi, yang tengah berada di New York, menyatakan akan bertemu Menlu Iran di sela "
         "Sidang Majelis Umum PBB.", "AGREE", "IDN", "IRN", "2023-09-18"),
        # clauses.companion: grammar companions
        ("TNI AL bersama Angkatan Laut Australia memulai patroli terkoordinasi di Laut Timor, Senin.",
         "COOPERATE", "IDN", None, "2023-06-12"),
        # coder.orders_a_state
        ("Mahkamah Internasional memerintahkan Myanmar mencegah genosida terhadap warga Rohingya.",
         "REQUEST", "UNO", "MMR", "2020-01-24"),
        # grammar clause_breaks: seraya, sambil
        ("Presiden Joko Widodo mengecam serangan itu, seraya mendesak Dewan Keamanan PBB segera bertindak.",
         "REQUEST", "IDN", "UNO", "2024-01-10"),
        # id.accuse.s28-tetapkan-panjang-sebagai-tersangka
        ("KPK menetapkan Gubernur Maluku Utara nonaktif Abdul Gani Kasuba sebagai tersangka kasus suap.",
         "ACCUSE", "IDN", "IDN", "2024-01-10"),
    ],
)
def test_indonesian_wire_syntax(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "Vietnam's imports from South Korea fell 8 percent in May, customs data showed.", "COOPERATE"),
        ("en", "Bond yields rose on worries over rising inflation, traders said.", "ACCUSE"),
        ("en", "Toyota agreed to acquire a stake in a Thai battery maker, the company said.", "AGREE"),
        ("en", "Preparations for the president's visit to Tokyo next month are under way, officials said.", "CONSULT"),
        ("en", "South Korea's spy agency said the North could carry out a nuclear test soon.", "MOBILIZE"),
        ("id", "Wacana pengiriman pasukan perdamaian ke Gaza kembali dibahas di DPR.", "AID"),
        # an order to one's own forces is the act itself, no demand
        ("id", "Presiden memerintahkan TNI menghentikan operasi militer di Papua.", "REQUEST"),
    ],
)
def test_wire_near_misses(lang, text, event):
    found = coded_in(lang, text, "2024-06-10")
    assert all(e != event for e, _, _ in found), found
