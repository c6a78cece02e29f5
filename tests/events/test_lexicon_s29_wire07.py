"""International wire news of 2005-2008 (session 29, wire07; en/ and id/triggers/s29_wire07.yaml,
actors/bodies_s29_wire07.yaml, actors/sectors_s29_wire07.yaml, actors/people/s29_wire07.tsv, and
actors.match.model_designation): a militia's announced freeze of its operations, a pact approved, a
resolution dismissed with a long name, a leader's insult, removal from a terror list, fuel oil shipped
under a disarmament deal, a channel taken off the air, a headquarters overrun, gates blown open,
"NATO-led troops", "a Hamas-led government", the bare "Maliki", a model designation between a state and
its aircraft ("a U.S. AC-130 gunship") — and near misses: a hiring freeze, a candidates' list, a
commercial cargo, a market's worry, an earthquake's toll, a plain "attack suspect"."""

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
        ("The Kurdish rebels announced a freeze on all attacks against Turkish troops for the holy month.",
         "CONCEDE", "TUR", None, "2006-10-01"),
        ("Parliament in Kabul approved a strategic pact with the United States on Saturday.",
         "SUPPORT", "AFG", "USA", "2012-05-27"),
        ("Iran's foreign minister dismissed the European incentive proposal as inadequate.",
         "REJECT", "IRN", None, "2006-08-23"),
        ("The Iranian president called the Israeli prime minister a liar in a televised speech.",
         "ACCUSE", "IRN", "ISR", "2008-06-02"),
        ("The Syrian foreign minister described the Lebanese government as a puppet of Washington.",
         "ACCUSE", "SYR", "LBN", "2007-03-10"),
        ("Washington removed Libya from its list of state sponsors of terrorism on Thursday.",
         "RETREAT", "USA", "LBY", "2006-06-30"),
        ("China shipped 50,000 tonnes of heavy fuel oil to North Korea last month under the aid-for-disarmament deal.",
         "AID", "CHN", "PRK", "2007-12-10"),
        ("Pakistani authorities took the private television channel Geo off the air on Saturday.",
         "COERCE", "PAK", None, "2007-11-04"),
        ("Taliban fighters overran a police compound in Ghazni province overnight, officials said.",
         "ASSAULT", "AFG", None, "2008-09-12"),
        ("NATO-led forces killed 15 insurgents in Helmand province on Monday, the alliance said.",
         "ASSAULT", "IGO", None, "2007-05-08"),
        ("The European Union cut off direct aid to the Hamas-led government on Friday.",
         "SANCTION", "EUR", "PSE", "2006-04-08"),
        ("Maliki met Iranian President Mahmoud Ahmadinejad in Tehran on Saturday.",
         "CONSULT", "IRQ", "IRN", "2007-08-09"),
        ("A U.S. AC-130 gunship fired on a convoy near the border on Tuesday, Somali officials said.",
         "ASSAULT", "USA", None, "2007-01-09"),
    ],
)
def test_english_wire_2006(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Milisi Tentara Mahdi mengumumkan pembekuan operasi bersenjata selama enam bulan, kata juru bicara Sadr.",
         "CONCEDE", "IRQ", None, "2007-08-30"),
        ("Washington mencabut Libya dari daftar negara sponsor terorisme, Kamis.",
         "RETREAT", "USA", "LBY", "2006-06-30"),
        ("China mengirim 50.000 ton minyak bakar berat ke Korea Utara bulan lalu.",
         "AID", "CHN", "PRK", "2007-12-10"),
        ("Presiden Iran menyebut Perdana Menteri Israel sebagai pembohong dalam pidato yang disiarkan televisi.",
         "ACCUSE", "IRN", "ISR", "2008-06-02"),
        ("Gerilyawan Taliban meledakkan pintu kantor polisi di Ghazni dengan bom mobil, Jumat.",
         "ASSAULT", "AFG", None, "2008-09-12"),
    ],
)
def test_indonesian_wire_2006(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "The ministry announced a freeze on hiring in the civil service until the end of the year.", "CONCEDE"),
        ("en", "The election commission removed his name from the list of candidates on Monday.", "RETREAT"),
        ("en", "The tanker shipped 80,000 tonnes of heavy fuel oil from Rotterdam to Singapore.", "AID"),
        ("en", "Police said the shooting suspect had been arrested in Ohio.", "ASSAULT"),
        ("en", "Workers took the old transmitter off the air for maintenance.", "COERCE"),
        ("id", "Harga emas naik akibat kekhawatiran atas perlambatan ekonomi Amerika Serikat.", "ACCUSE"),
        ("id", "Gempa bumi di Sumatera Barat menewaskan lebih dari 1.000 orang, kata BNPB.", "ASSAULT"),
        ("id", "KPU mencoret namanya dari daftar calon anggota legislatif.", "RETREAT"),
        ("id", "Banjir bandang di Wasior menewaskan sedikitnya 100 orang.", "ASSAULT"),
    ],
)
def test_wire_2006_near_misses(lang, text, event):
    assert event not in {e for e, _, _ in coded_in(lang, text)}
