"""Vocabulary of triggers_s15_minor.yaml (English and Indonesian): the smaller types — MOBILIZE
(troops ordered to a place, forces positioned, a test launch, a border reinforced, an exercise held
by a navy), SANCTION (gas supplies cut to a state, export restrictions, an ambassador told to leave,
persona non grata), PROTEST (demonstrating in a city, a session boycotted, crowds massing before an
embassy, drivers on strike, tyres burnt) and COOPERATE (joint operations launched, intelligence
handed over, fugitives sent home); and the product demos, airline schedules and sports practice that
hold the same words but are no event. Every sentence here is invented."""

from __future__ import annotations

from functools import partial

from conftest import coded_in

en = partial(coded_in, "en")
id_ = partial(coded_in, "id")


# -- English --------------------------------------------------------------------------------------


def test_forces_ordered_positioned_and_tested():
    assert en("The Pentagon ordered 2,000 more troops to Romania.") == [("MOBILIZE", ["USA"], ["ROU"])]
    assert en("The US Navy positioned a destroyer off the coast of Yemen.") == [("MOBILIZE", ["USA"], ["YEM"])]
    assert en("Moscow conducted a test launch of a new hypersonic missile.") == [("MOBILIZE", ["RUS"], [])]


def test_supplies_cut_and_export_restrictions_are_sanctions():
    assert en("Russia halted gas supplies to Finland on Saturday.") == [("SANCTION", ["RUS"], ["FIN"])]
    assert en("Beijing imposed export restrictions on rare earths to Japan.") == [("SANCTION", ["CHN"], ["JPN"])]


def test_session_boycotted_at_home_is_a_protest():
    assert en("The Kenyan opposition boycotted the parliamentary session on the budget.") == [
        ("PROTEST", ["KEN"], ["KEN"])
    ]


def test_joint_operation_and_fugitive_sent_home():
    assert en("Malaysian and Thai forces launched a joint operation against smugglers.") == [
        ("COOPERATE", ["MYS"], ["THA"])
    ]
    assert en("Singapore deported the fugitive tycoon to Indonesia.") == [("COOPERATE", ["SGP"], ["IDN"])]


def test_english_contrasts():
    assert en("The airline suspended flights to Paris because of the storm.") == []
    assert en("Oil prices rallied on Tuesday after the OPEC decision.") == []
    assert en("The defendant protested his innocence throughout the trial.") == []


# -- Indonesian -----------------------------------------------------------------------------------


def test_exercises_orders_and_borders():
    assert id_("Angkatan Laut China menggelar latihan di dekat Kepulauan Senkaku.") == [("MOBILIZE", ["CHN"], [])]
    assert id_("Pentagon memerintahkan 2.000 tentara tambahan ke Rumania.") == [("MOBILIZE", ["USA"], ["ROU"])]
    assert id_("Thailand memperkuat perbatasannya dengan Myanmar dengan tank.") == [("MOBILIZE", ["THA"], ["MMR"])]
    assert id_("Filipina mengerahkan kapal penjaga pantai ke Laut China Selatan.") == [("MOBILIZE", ["PHL"], [])]


def test_envoys_sent_away_and_supplies_cut():
    assert id_("Niger memerintahkan duta besar Prancis meninggalkan Niamey.") == [("SANCTION", ["NER"], ["FRA"])]
    assert id_("Pemerintah Estonia menyatakan seorang diplomat Rusia sebagai persona non grata.") == [
        ("SANCTION", ["EST"], ["RUS"])
    ]
    assert id_("Rusia menghentikan pasokan gas ke Finlandia.") == [("SANCTION", ["RUS"], ["FIN"])]


def test_crowds_strikes_and_tyres():
    assert id_("Massa berkumpul di depan Kedutaan Besar Israel di Jakarta.") == [("PROTEST", ["IDN"], ["ISR"])]
    assert id_("Massa membakar ban di depan kantor Gubernur Papua.") == [("PROTEST", ["IDN"], ["IDN"])]


def test_intelligence_and_fugitives():
    assert id_("Prancis memberikan informasi intelijen kepada Ukraina.") == [("COOPERATE", ["FRA"], ["UKR"])]
    assert id_("Singapura memulangkan buronan korupsi itu ke Indonesia.") == [("COOPERATE", ["SGP"], ["IDN"])]


def test_indonesian_contrasts():
    assert id_("Perusahaan itu menggelar demo produk ponsel barunya di Jakarta.") == []
    assert id_("Tim nasional menggelar latihan di Stadion Gelora Bung Karno.") == []
    assert id_("Perusahaan itu memobilisasi dana Rp2 triliun untuk pabrik baru.") == []
