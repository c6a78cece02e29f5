"""Vocabulary of triggers_s16_grid_material.yaml (English and Indonesian): SANCTION, MOBILIZE, COERCE
and ASSAULT in the constructions a grid of common wire phrasings found uncovered — passives led by the
measure ("an arms embargo was imposed on Sudan by the EU", "hubungan diplomatik dengan Qatar diputus
oleh Bahrain"), goods and travellers banned "from" a state, a blockade imposed (so that its negation
and its future are read), border closures and aid suspensions told as nouns, warships sent "to waters
off" a coast (no water aid), weapons deployed in the passive, places bombed in a headline, aircraft
downed, a place hit by another's airstrikes, a state clashing with another's troops, a cyber attack
launched, a military presence strengthened, an invasion told as a noun, targets hit, a drone shot
down in a headline; and contrasts that hold the same words but are no such event. Every sentence
here is invented."""

from __future__ import annotations

from functools import partial

from conftest import coded_in

en = partial(coded_in, "en")
id_ = partial(coded_in, "id")


# -- English: SANCTION ------------------------------------------------------------------------------


def test_goods_banned_from_a_state_sanction_that_state():
    assert en("Kuwait on Sunday banned imports from Iran.") == [("SANCTION", ["KWT"], ["IRN"])]


def test_sanctions_told_in_the_passive_keep_who_imposed_them():
    assert en("An arms embargo was imposed on Sudan by the European Union on Monday.") == [
        ("SANCTION", ["EUR"], ["SDN"])
    ]
    assert en("Diplomatic ties with Qatar were severed by Bahrain in June.") == [("SANCTION", ["BHR"], ["QAT"])]
    assert en("Military aid to Egypt was suspended by the United States on Tuesday.") == [
        ("SANCTION", ["USA"], ["EGY"])
    ]


def test_an_aid_suspension_told_as_a_noun():
    assert ("SANCTION", ["USA"], ["EGY"]) in en("Washington's suspension of military aid to Cairo angered officials.")


# -- English: COERCE --------------------------------------------------------------------------------


def test_a_travel_ban_from_a_state():
    assert en("Saudi Arabia bans travellers from Lebanon") == [("COERCE", ["SAU"], ["LBN"])]


def test_a_blockade_imposed_is_read_with_its_negation_and_future():
    assert en("Egypt will impose a naval blockade on Yemen, officials said.") == [("THREATEN", ["EGY"], ["YEM"])]
    assert en("Egypt did not impose a naval blockade on Yemen.") == []


def test_border_closures_curfews_and_blocked_sites_in_the_passive_and_as_nouns():
    assert en("The border with Afghanistan was closed by Pakistan on Thursday.") == [("COERCE", ["PAK"], ["AFG"])]
    assert en("Pakistan's closure of its border with Afghanistan stranded traders.") == [("COERCE", ["PAK"], ["AFG"])]
    assert en("A curfew was imposed in Srinagar by Indian authorities on Friday.") == [("COERCE", ["IND"], ["IND"])]
    assert en("Turkish news websites were blocked by Iran on Monday.") == [("COERCE", ["IRN"], ["TUR"])]


# -- English: MOBILIZE ------------------------------------------------------------------------------


def test_warships_sent_to_waters_are_no_water_aid():
    assert en("The United States sent two warships to waters off Yemen on Friday.") == [("MOBILIZE", ["USA"], ["YEM"])]


def test_weapons_deployed_in_the_passive():
    assert en("Missile batteries were deployed near the border by Syria on Sunday.") == [("MOBILIZE", ["SYR"], [])]


# -- English: ASSAULT -------------------------------------------------------------------------------


def test_places_bombed_in_a_headline_and_aircraft_downed():
    assert en("Turkey bombs Kurdish villages in northern Iraq") == [("ASSAULT", ["TUR"], ["IRQ"])]
    assert en("Iran's downing of an American drone raised tension in the Gulf.") == [("ASSAULT", ["IRN"], ["USA"])]


def test_a_place_hit_by_airstrikes_suffers_them():
    assert en("Ukraine was hit by Russian airstrikes on Monday.") == [("ASSAULT", ["RUS"], ["UKR"])]


def test_a_state_clashing_with_troops_fights_protesters_riot():
    assert en("Armenia clashed with Azerbaijani troops on the border on Monday.") == [("ASSAULT", ["ARM"], ["AZE"])]
    assert en("Protesters clashed with riot police in Nairobi on Monday.") == [("PROTEST", ["KEN"], ["KEN"])]


def test_a_capability_to_bomb_is_no_bombing():
    assert en("The Indonesian jets have the capability to shoot and bomb targets at night.") == []


# -- Indonesian: SANCTION ---------------------------------------------------------------------------


def test_dikenai_sanksi_makes_the_subject_the_target():
    assert id_("Pejabat Iran dikenai sanksi oleh Amerika Serikat pada Senin.") == [("SANCTION", ["USA"], ["IRN"])]


def test_sanksi_dalam_kalimat_pasif():
    assert id_("Hubungan diplomatik dengan Qatar diputus oleh Bahrain pada Juni.") == [("SANCTION", ["BHR"], ["QAT"])]
    assert id_("Bantuan militer untuk Mesir dihentikan oleh Amerika Serikat pada Selasa.") == [
        ("SANCTION", ["USA"], ["EGY"])
    ]
    assert id_("Pasokan gas ke Polandia diputus oleh Rusia pada Rabu.") == [("SANCTION", ["RUS"], ["POL"])]


def test_bantuan_sosial_dihentikan_is_no_sanction():
    assert id_("Bantuan sosial untuk warga dihentikan oleh pemerintah daerah.") == []


# -- Indonesian: COERCE and MOBILIZE ----------------------------------------------------------------


def test_perbatasan_ditutup_and_serangan_siber():
    assert id_("Perbatasan dengan Afghanistan ditutup oleh Pakistan pada Kamis.") == [("COERCE", ["PAK"], ["AFG"])]
    assert id_("Amerika Serikat melancarkan serangan siber terhadap Iran pada Jumat.") == [("COERCE", ["USA"], ["IRN"])]


def test_kapal_perang_ke_perairan_and_kehadiran_militer():
    assert id_("Amerika Serikat mengirim dua kapal perang ke perairan Yaman pada Jumat.") == [
        ("MOBILIZE", ["USA"], ["YEM"])
    ]
    assert id_("AS Kirim Kapal Induk ke Timur Tengah") == [("MOBILIZE", ["USA"], [])]
    assert id_("Israel memperkuat kehadiran militernya di perbatasan Lebanon.") == [("MOBILIZE", ["ISR"], ["LBN"])]


# -- Indonesian: ASSAULT ----------------------------------------------------------------------------


def test_invasi_as_a_noun_opening_the_sentence():
    assert id_("Invasi Rusia ke Ukraina membuat jutaan warga mengungsi.") == [("ASSAULT", ["RUS"], ["UKR"])]


def test_sasaran_dihantam_and_ditembak_jatuh():
    assert id_("Israel menghantam sasaran militer Hizbullah di Lebanon selatan.") == [("ASSAULT", ["ISR"], ["LBN"])]
    assert id_("Drone Iran Ditembak Jatuh AS") == [("ASSAULT", ["USA"], ["IRN"])]


def test_contrasts_keep_their_reading():
    assert id_("Israel mencabut blokade terhadap Gaza.") == [("RETREAT", ["ISR"], ["PSE"])]
    assert id_("Badai menghantam pos-pos pengungsian di pantai.") == []
    assert id_("Amerika Serikat tidak menjatuhkan sanksi terhadap Iran.") == []
