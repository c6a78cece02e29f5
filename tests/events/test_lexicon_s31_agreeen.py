"""Agreement of the two languages on the parallel corpus (session 31, agreeen): Indonesian coded nothing
where English coded a meeting told as the occasion of a statement ("…, kata Menlu X setelah pertemuan
dengan Y", as en.consult.told-reporters-after-meeting), and an audience after a named speaker ("kata
Menlu Irak Hoshiyar Zebari kepada wartawan") was taken for a party. Near misses: a meeting with no
speaker, an attack after the statement, aid handed "kepada polisi"."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Kami sepakat memperluas perdagangan, kata Menteri Luar Negeri Malaysia Saifuddin Abdullah setelah "
         "pertemuan dengan Menteri Luar Negeri Jepang di Tokyo.", "MYS", "JPN"),
        ("Hubungan kedua negara kini membaik, ujar Presiden Filipina Ferdinand Marcos usai bertemu dengan "
         "Perdana Menteri Australia di Canberra.", "PHL", "AUS"),
        ("Itu langkah maju, kata Menlu Turki kepada wartawan seusai pembicaraan dengan Menlu Yunani di Ankara.",
         "TUR", "GRC"),
    ],
)
def test_meeting_as_occasion_of_statement(text, actor, recipient):
    found = indonesian(text, pub_date="2023-05-10")
    assert has(found, "CONSULT", actor, recipient), found


def test_audience_after_named_speaker_is_no_party():
    # the reporters are whom Zebari spoke to; the meeting is with the Italian minister
    found = indonesian("Situasi akan membaik, kata Menlu Irak Hoshiyar Zebari kepada wartawan setelah pertemuan "
                       "dengan timpalannya dari Italia di Roma.", pub_date="2007-03-01")
    assert has(found, "CONSULT", "IRQ", "ITA"), found
    assert not any("JRN" in str(r) for _, _, r in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Situasi memburuk, kata Menlu Prancis setelah serangan bom di Paris.",
        "Kata Presiden setelah pertemuan itu, kunjungan berjalan baik.",
    ],
)
def test_no_meeting_coded(text):
    assert all(e != "CONSULT" for e, _, _ in indonesian(text, pub_date="2023-05-10"))


def test_aid_handed_to_police_keeps_its_recipient():
    found = indonesian("Pemerintah Jepang menyerahkan bantuan kendaraan kepada polisi Timor Leste di Dili.",
                       pub_date="2023-05-10")
    assert has(found, "AID", "JPN", "TLS"), found


english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "asked"),
    [
        ("The Japanese prime minister urged parliament on Friday to back his plan to raise defence spending.",
         "JPN", "JPN", "SUPPORT"),
        ("The Turkish foreign minister urged the European Union on Monday to send a delegation to Ankara.",
         "TUR", "EUR", "CONSULT"),
        ("The French president urged Syria on Sunday to pull out of Lebanon.", "FRA", "SYR", "RETREAT"),
    ],
)
def test_english_act_asked_of_an_addressee_is_not_done(text, actor, recipient, asked):
    # what the addressee is asked "to" do has not happened: the request is coded, the act is not
    found = english(text, pub_date="2023-05-10")
    assert has(found, "REQUEST", actor, recipient), found
    assert all(e != asked for e, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # "to" after the request names the addressee; the requester's own second act stays coded
        ("The French president urged restraint and sent troops to the north of Mali.", "MOBILIZE", "FRA", None),
        ("The UN appealed to Israel to end the blockade of Gaza.", "REQUEST", "UNO", "ISR"),
    ],
)
def test_english_near_misses_of_asked_acts(text, event, actor, recipient):
    found = english(text, pub_date="2023-05-10")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Sekelompok pemrotes mencela referendum itu di depan gedung parlemen Kairo.", "EGY"),
        ("Segelintir demonstran mengecam kebijakan pemerintah di Manila.", "PHL"),
    ],
)
def test_collective_before_sector_term_names_a_party(text, actor):
    found = indonesian(text, pub_date="2023-05-10")
    assert any(e == "ACCUSE" and actor in a for e, a, _ in found), found
