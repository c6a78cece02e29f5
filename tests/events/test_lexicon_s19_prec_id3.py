"""Entries from session 19's Indonesian precision pass on unseen wire news (helper prec_id3,
data/id/triggers_s19_prec_id3.yaml): stop entries for words that hold a trigger but tell of no act —
a summit as the setting of a statement ("di sela-sela KTT"), an event noun that only dates something
("pada awal invasi"), habitual attacks ("sering melancarkan serangan"), a bracketed "(KTT)" repeating
its long form, joint projects named as a topic ("termasuk proyek-proyek bersama"), and no intention to
send troops ("tidak berniat mengirim pasukan"); a strike called by unions past a comma (PROTEST, not a
request); a vehicle full of explosives driven into a target (ASSAULT); and an ambush by an unnamed
group, which is no arrest by the scene's police. Each near miss sits beside the sense that still
codes. All sentences written for this file."""

from __future__ import annotations

from functools import partial

from conftest import coded_in
from conftest import has_event as has

PUB = "2007-06-01"
indonesian = partial(coded_in, "id", pub_date=PUB)


def types(text: str) -> set[str]:
    return {event for event, _, _ in indonesian(text)}


def test_summit_as_the_setting_of_a_statement_is_no_meeting():
    assert "CONSULT" not in types(
        "Berbicara di sela-sela KTT APEC di Lima, Perdana Menteri Jepang Shinzo Abe mengatakan ekspor akan naik."
    )
    # a meeting held on the sidelines still codes by its own verb
    assert has(
        indonesian(
            "Presiden Susilo Bambang Yudhoyono bertemu Perdana Menteri Jepang Shinzo Abe di sela KTT APEC di Lima."
        ),
        "CONSULT",
        "IDN",
        "JPN",
    )


def test_event_noun_that_only_dates_something_is_no_attack():
    assert "ASSAULT" not in types("Daftar buronan itu dibagikan militer AS pada awal invasi ke Irak.")


def test_habitual_attacks_are_background():
    assert "ASSAULT" not in types("Kelompok Abu Sayyaf sering melancarkan serangan terhadap tentara Filipina di Jolo.")
    assert "ASSAULT" not in types(
        "Gerilyawan di Delta Niger kerap melakukan serangan dan penculikan terhadap pekerja asing."
    )
    # an attack told on a day still codes
    assert has(
        indonesian("Kelompok Abu Sayyaf melancarkan serangan terhadap tentara Filipina di Jolo, Senin."),
        "ASSAULT",
        "PHL",
        "PHL",
    )


def test_bracketed_ktt_is_no_second_summit():
    found = indonesian(
        "Menlu Malaysia mendesak Konferensi Tingkat Tinggi (KTT) ASEAN mendatang membahas krisis Myanmar."
    )
    assert has(found, "REQUEST", "MYS", "IGO")
    assert "CONSULT" not in {event for event, _, _ in found}


def test_joint_projects_as_a_topic_are_no_venture():
    found = indonesian(
        "Menteri Energi Rusia dan Menteri Ekonomi Jepang membahas kerja sama energi,"
        " termasuk proyek-proyek bersama di bidang gas."
    )
    assert "COOPERATE" not in {event for event, _, _ in found}
    assert has(found, "CONSULT", "RUS", "JPN")


def test_strike_called_by_unions_past_a_comma_is_their_strike():
    found = indonesian(
        "Pemogokan itu, yang diserukan oleh serikat buruh Guinea, melumpuhkan ekspor bauksit negara itu."
    )
    assert has(found, "PROTEST", "GIN")
    assert "REQUEST" not in {event for event, _, _ in found}


def test_vehicle_full_of_explosives_driven_into_a_target_is_a_bombing():
    assert has(
        indonesian(
            "Seorang pembom bunuh diri menabrakkan minibus berisi peledak ke iring-iringan tentara"
            " Amerika Serikat di Kabul."
        ),
        "ASSAULT",
        "AFG",
        "USA",
    )


def test_no_intention_to_send_troops_is_no_refusal():
    assert (
        types("Menteri Luar Negeri Kanada mengatakan Kanada tidak berniat mengirim pasukan tambahan ke Afghanistan.")
        == set()
    )
    assert (
        types("Menteri Pertahanan Australia mengatakan Australia tidak berencana mengerahkan tentara ke Fiji.") == set()
    )


def test_ambush_by_an_unnamed_group_is_no_police_arrest():
    assert "COERCE" not in types(
        "Dua insinyur Cina itu sedang bekerja di ladang minyak ketika disergap sekelompok pria bersenjata"
        " di Delta Niger, kata polisi Nigeria."
    )
    assert "COERCE" not in types(
        "Dua insinyur Cina itu sedang bekerja di ladang minyak di Nigeria ketika disergap kelompok itu."
    )
