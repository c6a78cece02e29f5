"""Session-8 fixes found by the helpers' probes: a ter- word that says how someone is ("terbuka"),
refusals written as a negated apology or negated talks, Tel Aviv standing for Israel's government,
an unnamed organ of government that is not the state it acts on.
Every sentence here is invented."""

from __future__ import annotations

from conftest import coded_in

DATE = "2023-11-01"


def test_open_to_talks_is_a_willingness_of_the_one_who_is_open():
    # "terbuka" is how South Korea is, not something done to it: no passive, no swapped parties
    assert coded_in("id", "Korsel terbuka untuk berdialog dengan Korut.", DATE) == [("AGREE", ["KOR"], ["PRK"])]
    assert coded_in("id", "Iran tidak terbuka untuk berunding dengan AS.", DATE) == [("REJECT", ["IRN"], ["USA"])]
    assert coded_in("id", "Pintu gerbang itu terbuka untuk umum.", DATE) == []


def test_an_apology_refused_is_a_rejection():
    assert coded_in("en", "Japan refused to apologise to South Korea.", DATE) == [("REJECT", ["JPN"], ["KOR"])]
    assert coded_in("id", "Jepang tidak akan meminta maaf kepada Korea Selatan.", DATE) == [
        ("REJECT", ["JPN"], ["KOR"])
    ]


def test_talks_not_resumed_are_a_rejection():
    assert coded_in("en", "Israel said it would not resume talks with the Palestinians.", DATE) == [
        ("REJECT", ["ISR"], ["PSE"])
    ]


def test_tel_aviv_stands_for_israels_government():
    assert coded_in("en", "Tel Aviv criticised Ankara on Monday.", DATE) == [("ACCUSE", ["ISR"], ["TUR"])]
    assert coded_in("id", "Kolombia menarik duta besarnya dari Tel Aviv.", DATE) == [("SANCTION", ["COL"], ["ISR"])]


def test_an_unnamed_organ_of_government_is_not_the_state_it_acts_on():
    # "Kemenlu", "Congress", "Pemerintah" alone: the state named after them is the other party
    assert coded_in("id", "Kemenlu mendesak Israel menghentikan serangan.", DATE) == [("REQUEST", ["IDN"], ["ISR"])]
    assert coded_in("id", "Pemerintah langsung menyampaikan protes ke Australia.", DATE) == [
        ("ACCUSE", ["IDN"], ["AUS"])
    ]
    assert coded_in("en", "Congress criticised Israel.", DATE) == [("ACCUSE", ["USA"], ["ISR"])]


def test_unnamed_gunmen_still_act_where_their_victims_are():
    assert coded_in("en", "Militants killed two Iranian policemen in an ambush.", DATE) == [
        ("ASSAULT", ["IRN"], ["IRN"])
    ]


def test_where_goods_or_people_come_from_is_whose_they_are():
    assert coded_in("id", "Kanada menaikkan tarif impor baja asal China.", DATE) == [("SANCTION", ["CAN"], ["CHN"])]
    assert coded_in("id", "Warga Kenya memboikot produk-produk asal Prancis.", DATE) == [("PROTEST", ["KEN"], ["FRA"])]
    # a modifier between the people and "asal"
    assert coded_in("id", "Malaysia menangkap puluhan pekerja migran ilegal asal Indonesia.", DATE) == [
        ("COERCE", ["MYS"], ["IDN"])
    ]


def test_a_state_saying_another_did_not_act_denies_nothing_of_its_own():
    assert coded_in("id", "Israel tidak menyerang Iran pada Jumat, kata pejabat AS.", DATE) == []
    # its own side's act denied is a denial
    assert coded_in("en", "Russia did not attack civilians, the Kremlin spokesman said.", DATE) == [
        ("REJECT", ["RUS"], [])
    ]


def test_the_one_asking_follows_at_the_request_of():
    assert ("REQUEST", ["USA"], ["ISR"]) in coded_in(
        "id", "Israel menunda serangan darat ke Rafah atas permintaan AS.", DATE
    )
    assert ("REQUEST", ["USA"], ["ISR"]) in coded_in(
        "en", "Israel delayed the ground offensive at the request of the United States.", DATE
    )


def test_a_verb_after_but_shares_the_sentences_subject():
    assert ("REQUEST", ["CHN"], ["PHL"]) in coded_in(
        "en", "China denied the report, but urged the Philippines to stop provocations.", DATE
    )
    assert ("REQUEST", ["CHN"], ["PHL"]) in coded_in(
        "id", "China membantah laporan tersebut, namun mendesak Filipina menghentikan provokasi.", DATE
    )
    # a noun after "but" has its own subject
    assert coded_in("en", "China denied the report, but attacks continued.", DATE) == [("REJECT", ["CHN"], [])]


def test_an_indonesian_event_noun_has_no_owner_past_a_new_verb():
    # "serangan itu dan mendesak Israel": Israel is the one urged, not the attacker
    assert coded_in("id", "Rusia mengecam serangan itu dan mendesak Israel menghentikan serangannya.", DATE) == [
        ("ACCUSE", ["RUS"], []),
        ("REQUEST", ["RUS"], ["ISR"]),
    ]


def test_open_is_how_someone_is_not_a_passive():
    assert coded_in("en", "Iran is open to talks with the United States.", DATE) == [("AGREE", ["IRN"], ["USA"])]
    assert coded_in("en", "Iran said it was open to talks with the United States.", DATE) == [
        ("AGREE", ["IRN"], ["USA"])
    ]


def test_a_bare_past_tense_after_unnamed_forces_is_their_verb():
    assert coded_in("en", "Police beat demonstrators with batons in Caracas.", DATE) == [("ASSAULT", ["VEN"], ["VEN"])]


def test_officials_from_two_states_are_those_states():
    assert coded_in("en", "Officials from Armenia and Azerbaijan held peace negotiations in Washington.", DATE) == [
        ("CONSULT", ["ARM"], ["AZE"])
    ]


def test_forces_withdrawn_are_the_ones_who_retreat():
    # s34_places: the place left is the state it lies in, as for "withdrew from Kherson"
    assert coded_in("en", "Russian troops were withdrawn from Kherson.", DATE) == [("RETREAT", ["RUS"], ["UKR"])]
    assert coded_in("id", "Pasukan Armenia ditarik dari Karabakh.", DATE) == [("RETREAT", ["ARM"], ["AZE"])]
    # goods withdrawn from the market are no retreat
    assert coded_in("id", "Produk itu ditarik dari pasaran.", DATE) == []


def test_a_participle_with_an_object_after_its_pattern_is_active():
    # "by Britain" belongs to the statement, not to "noted"
    assert coded_in("en", "The Zimbabwean government noted with grave concern the statement by Britain.", DATE) == [
        ("ACCUSE", ["ZWE"], ["GBR"])
    ]


def test_a_permission_reaches_its_object_not_the_predicate_after_it():
    assert coded_in(
        "en", "Turkey's foreign ministry said the Swedish decision to allow the protest was unacceptable.", DATE
    ) == [("ACCUSE", ["TUR"], ["SWE"])]
    # what a law allows has not happened
    assert coded_in("en", "The new law allows police to arrest suspects without a warrant.", DATE) == []
