"""Trigger vocabulary from data/id/triggers_probe.yaml and the light verbs added to id/grammar.yaml: plain
Indonesian news wordings that a coverage sweep of invented probe sentences found uncoded — aid sent or
channelled, people released, claims not recognised, war crimes alleged, blacklisting and persona non
grata, troops massing, reservists called up, weapons and police readied, officials detained, sites
blocked, agreements renewed, thanks given, rebels disarming, joint press conferences, relief goods,
troops pulling out, crossings opened, cooperation broken off, warships and barbed wire. Every sentence
here is invented."""

from __future__ import annotations

from functools import partial

from conftest import coded_in

coded = partial(coded_in, "id")


def kinds(text: str) -> list[str]:
    return [event for event, _, _ in coded(text)]


# --------------------------------------------------------------------------------------------- AID


def test_channelling_aid_is_aid():
    assert coded("Pemerintah Australia menyalurkan bantuan kemanusiaan kepada Palestina.") == [
        ("AID", ["AUS"], ["PSE"])
    ]
    assert coded("Jepang menyalurkan bantuan pangan untuk pengungsi di Sudan.") == [("AID", ["JPN"], ["SDN"])]


def test_a_plane_carrying_aid_is_aid():
    assert coded("Pemerintah Singapura mengirimkan pesawat militer berisi bantuan medis ke Myanmar.") == [
        ("AID", ["SGP"], ["MMR"])
    ]


def test_sending_relief_goods_is_aid():
    assert coded("Pemerintah Malaysia mengirim 500 ton beras ke Myanmar.") == [("AID", ["MYS"], ["MMR"])]


# ----------------------------------------------------------------------------------------- RETREAT


def test_releasing_a_journalist_is_a_release():
    assert coded("Pemerintah Iran melepaskan seorang jurnalis asal Prancis.")[0][:2] == ("RETREAT", ["IRN"])


def test_rebels_handing_in_weapons_disarm():
    assert coded("Para pemberontak menyerahkan senjata kepada tentara Filipina.")[0][:2] == ("RETREAT", ["PHL"])


def test_troops_pulling_out_is_a_withdrawal():
    assert coded("Pasukan Prancis hengkang dari Niger.") == [("RETREAT", ["FRA"], ["NER"])]


def test_opening_a_crossing_allows_access():
    assert kinds("Israel membuka perlintasan Kerem Shalom untuk truk bantuan.") == ["RETREAT"]


# ------------------------------------------------------------------------------------------ REJECT


def test_not_recognising_a_claim_is_a_rejection():
    assert coded("Filipina tidak akan mengakui klaim China atas Laut China Selatan.") == [("REJECT", ["PHL"], ["CHN"])]


# ------------------------------------------------------------------------------------------ ACCUSE


def test_saying_another_committed_war_crimes_accuses_it():
    assert coded("Menteri Luar Negeri Ukraina menyebut Rusia melakukan kejahatan perang di Bucha.") == [
        ("ACCUSE", ["UKR"], ["RUS"])
    ]


def test_ordering_an_arrest_is_no_arrest_warrant():
    assert "ACCUSE" not in kinds("Presiden memerintahkan penangkapan para pelaku.")
    assert kinds("Pemerintah mengumumkan penangkapan 12 tersangka teroris.") == ["COERCE"]


# ---------------------------------------------------------------------------------------- SANCTION


def test_blacklisting_and_persona_non_grata_with_the_verb():
    assert coded("Amerika Serikat memasukkan perusahaan China ke daftar hitam.") == [("SANCTION", ["USA"], ["CHN"])]
    assert coded("Pemerintah Jerman menyatakan diplomat Rusia sebagai persona non grata.") == [
        ("SANCTION", ["DEU"], ["RUS"])
    ]


def test_breaking_off_cooperation_is_a_sanction():
    assert coded("Mali memutuskan kerja sama pertahanan dengan Prancis.") == [("SANCTION", ["MLI"], ["FRA"])]
    assert coded("Burkina Faso memutus kemitraan militer dengan Prancis.") == [("SANCTION", ["BFA"], ["FRA"])]


# ---------------------------------------------------------------------------------------- MOBILIZE


def test_troops_massing_and_reservists_called_up():
    # massing at a state's border is aimed at that state
    assert coded("Tentara Azerbaijan berkumpul di perbatasan Armenia.") == [("MOBILIZE", ["AZE"], ["ARM"])]
    assert coded("Ukraina memanggil ribuan tentara cadangan.") == [("MOBILIZE", ["UKR"], [])]
    assert coded("Pakistan menambah pasukan di perbatasan Afghanistan.")[0][:2] == ("MOBILIZE", ["PAK"])


def test_civilians_gathering_is_no_mobilisation():
    assert kinds("Ribuan warga berkumpul di alun-alun kota untuk merayakan tahun baru.") == []


def test_weapons_police_warships_and_wire_readied():
    assert coded("Korea Selatan menyiagakan baterai rudal di dekat perbatasan.") == [("MOBILIZE", ["KOR"], [])]
    assert coded("Polda Jawa Barat menyiapkan 1.500 personel untuk pengamanan pemilu.") == [("MOBILIZE", ["IDN"], [])]
    assert coded("China mengirim kapal perusak ke dekat Kepulauan Senkaku.") == [("MOBILIZE", ["CHN"], [])]
    assert coded("Aparat TNI memasang kawat berduri di sekitar gedung DPR.") == [("MOBILIZE", ["IDN"], [])]


# ------------------------------------------------------------------------------------------ COERCE


def test_detaining_an_official_is_an_arrest():
    assert coded("Kejaksaan Agung menahan mantan Direktur Utama PT Garuda Indonesia.") == [("COERCE", ["IDN"], ["IDN"])]


def test_blocking_apps_is_censorship():
    assert coded("Pemerintah Iran memblokir aplikasi WhatsApp dan Instagram.")[0][:2] == ("COERCE", ["IRN"])


# ------------------------------------------------------------------------------ SUPPORT / CONSULT


def test_renewing_an_agreement_and_giving_thanks_support():
    assert ("SUPPORT", ["IDN"], ["JPN"]) in coded(
        "Indonesia dan Jepang memperpanjang nota kesepahaman kerja sama energi."
    )
    assert coded("Presiden Jokowi menyampaikan penghargaan kepada pemerintah Arab Saudi.") == [
        ("SUPPORT", ["IDN"], ["SAU"])
    ]


def test_a_joint_press_conference_is_a_meeting():
    assert coded("Menlu Retno dan Menlu Belanda menggelar konferensi pers bersama di Den Haag.") == [
        ("CONSULT", ["IDN"], ["NLD"])
    ]


# --------------------------------------------------------------------------------------- COOPERATE


def test_carrying_out_joint_drills_is_cooperation():
    assert coded("India dan Jepang melaksanakan latihan angkatan laut bersama.") == [("COOPERATE", ["IND"], ["JPN"])]


def test_civilians_clashing_with_the_police_riot():
    assert coded("Mahasiswa bentrok dengan aparat kepolisian di depan gedung DPRD.", "2023-01-01") == [
        ("PROTEST", ["IDN"], ["IDN"])
    ]
    assert coded("Polisi bentrok dengan mahasiswa di depan gedung DPRD.", "2023-01-01") == [
        ("ASSAULT", ["IDN"], ["IDN"])
    ]
