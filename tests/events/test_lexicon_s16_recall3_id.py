"""Vocabulary of triggers_s16_recall3_id.yaml (Indonesian) and of the person a third hand annotation
of unseen Indonesian news found missing: a bombing claimed by an armed group told with the bomb
itself or in the passive ("mengklaim bom bunuh diri itu", "diklaim ISIS"), a commander vowing to
defeat an enemy, a jab voiced as a noun ("melontarkan sindiran"), a malpractice suspected ("menduga
perusahaan itu melakukan praktik …"), and wanting or proposing that another leave office; and a
police claim about a bomb, a territory claimed, a team's resolve to win and a doctor's practice
that hold the same words but are no such event. Every sentence here is invented."""

from __future__ import annotations

from functools import partial

from conftest import coded_in

id_ = partial(coded_in, "id")


# -- ASSAULT: a bombing claimed -------------------------------------------------------------------------


def test_an_armed_group_claims_the_bomb():
    found = id_("ISIS pun turut mengklaim bom bunuh diri tersebut.", "2017-04-03")
    assert [(event, actor) for event, actor, _ in found] == [("ASSAULT", ["IMG"])]
    found = id_("Taliban mengklaim ledakan di Kabul yang menewaskan sembilan orang.", "2017-06-01")
    assert [(event, actor) for event, actor, _ in found] == [("ASSAULT", ["AFG"])]


def test_a_bombing_claimed_in_the_passive():
    found = id_("Serangan bom di stadion itu diklaim oleh ISIS.", "2017-05-25")
    assert [(event, actor) for event, actor, _ in found] == [("ASSAULT", ["IMG"])]
    found = id_("Bom bunuh diri yang menewaskan 30 jemaat dan diklaim ISIS meledak di Sindh, Pakistan.", "2017-04-03")
    assert ("ASSAULT", ["IMG"], ["PAK"]) in found


def test_a_claim_that_is_no_attack():
    assert id_("Polisi mengklaim bom itu berdaya ledak rendah.", "2017-05-25") == []
    assert id_("China memperkuat pertahanan di pulau-pulau yang diklaim Filipina.", "2017-05-25") == []


# -- THREATEN: vowing to defeat an enemy ------------------------------------------------------------------


def test_a_commander_vows_to_defeat_the_enemy():
    assert id_("Jenderal John Nicholson bersumpah akan mengalahkan militan ISIS di Afghanistan.", "2017-08-13") == [
        ("THREATEN", ["USA"], ["IMG"])
    ]


def test_a_team_resolved_to_win_threatens_no_one():
    found = id_("Timnas Indonesia bertekad mengalahkan Malaysia di final.", "2017-08-13")
    assert "THREATEN" not in [event for event, _, _ in found]


# -- ACCUSE: a jab, a malpractice suspected ---------------------------------------------------------------


def test_a_jab_voiced_as_a_noun():
    assert id_("Presiden Joko Widodo ikut melontarkan sindiran halus terhadap PAN.", "2017-07-25") == [
        ("ACCUSE", ["IDN"], ["IDN"])
    ]


def test_a_malpractice_suspected():
    found = id_("Menlu Retno Marsudi menduga perusahaan penyalur itu melakukan praktik rekrutmen ilegal.", "2017-04-03")
    assert [(event, actor) for event, actor, _ in found] == [("ACCUSE", ["IDN"])]
    assert id_("Dokter itu melakukan praktik di sebuah klinik di Bekasi.", "2017-04-03") == []


# -- REQUEST: wanting another out of office ---------------------------------------------------------------


def test_wanting_a_minister_to_resign():
    assert id_("Amien Rais menginginkan Asman Abnur mundur dari jabatannya sebagai menteri.", "2017-07-25") == [
        ("REQUEST", ["IDN"], ["IDN"])
    ]
    found = id_("Partai Golkar menghendaki Setya Novanto mengundurkan diri.", "2017-11-20")
    assert found == [("REQUEST", ["IDN"], ["IDN"])]


def test_resigning_oneself_is_still_a_retreat():
    assert id_("Asman Abnur mundur dari jabatannya sebagai menteri.", "2017-07-25") == [("RETREAT", ["IDN"], [])]
