"""Vocabulary of triggers_s16_grid_verbal.yaml (English and Indonesian): cells of a construction grid
for REQUEST, ACCUSE, REJECT, THREATEN and PROTEST that were not coded — an appeal or a request "to" a
party "to" act told in a headline or as a noun, a party faulted in a headline, help turned down "from"
a party, warnings shrugged off, a warning "to" a party of consequences told as a noun, a threat to
recall an envoy "from" a state; a party reported to the Security Council or the WTO, a crowd's
memprotes, a riot made, an accusation parried, a conference boycotted, a warning of consequences and
a threat of invasion told as nouns. Contrasts keep a technical fault, a filing with a court, a
goalkeeper's save, a government's diplomatic protest and a danger guarded against out. Every sentence
here is invented."""

from __future__ import annotations

from functools import partial

from conftest import coded_in

en = partial(coded_in, "en")
id_ = partial(coded_in, "id")


# -- English: REQUEST -------------------------------------------------------------------------------


def test_a_headline_appeal_to_a_party():
    assert en("Ukraine appeals to Germany to send more air defence systems", "2023-01-10") == [
        ("REQUEST", ["UKR"], ["DEU"])
    ]
    assert en("Pakistan appeals to China for emergency flood aid", "2022-09-01") == [("REQUEST", ["PAK"], ["CHN"])]


def test_an_appeal_or_a_request_to_a_party_told_as_a_noun():
    assert en("China's appeal to Japan to resume talks came a day after the incident.", "2024-02-20") == [
        ("REQUEST", ["CHN"], ["JPN"])
    ]
    assert en("Thailand's request to Malaysia to hand over the suspects came on Friday.", "2019-03-01") == [
        ("REQUEST", ["THA"], ["MYS"])
    ]


def test_a_request_to_a_court_is_a_filing():
    assert en("The defence team's request to the court to delay the hearing was rejected.", "2019-03-01") == []


# -- English: ACCUSE --------------------------------------------------------------------------------


def test_a_party_faulted_in_a_headline():
    assert en("China faults Japan for the delays in the talks", "2024-02-20") == [("ACCUSE", ["CHN"], ["JPN"])]


def test_a_technical_fault_is_no_reproach():
    assert en("The blackout was caused by a technical fault at the plant.", "2024-02-20") == []


# -- English: REJECT --------------------------------------------------------------------------------


def test_help_turned_down_from_a_party():
    assert en("Myanmar rejected aid from Thailand after the cyclone.", "2008-05-10") == [("REJECT", ["MMR"], ["THA"])]
    assert en("Iran turned down an offer of help from the United States.", "2021-05-10") == [
        ("REJECT", ["IRN"], ["USA"])
    ]


def test_warnings_shrugged_off():
    assert en("India on Wednesday shrugged off Pakistan's warnings.", "2020-07-08") == [("REJECT", ["IND"], ["PAK"])]


# -- English: THREATEN ------------------------------------------------------------------------------


def test_a_warning_of_consequences_told_as_a_noun():
    assert en("Beijing's warning to Tokyo of severe consequences came a day after the visit.", "2024-02-20") == [
        ("THREATEN", ["CHN"], ["JPN"])
    ]


def test_a_threat_to_recall_an_envoy_from_a_state():
    assert en("Turkey threatened to recall its ambassador from Sweden.", "2023-01-20") == [
        ("THREATEN", ["TUR"], ["SWE"])
    ]


# -- Indonesian: ACCUSE and PROTEST -----------------------------------------------------------------


def test_a_party_reported_to_an_international_body():
    assert id_("India melaporkan Pakistan ke Dewan Keamanan PBB.", "2020-07-08") == [("ACCUSE", ["IND"], ["PAK"])]
    assert id_("Indonesia Laporkan Uni Eropa ke WTO", "2020-07-08") == [("ACCUSE", ["IDN"], ["EUR"])]


def test_a_crowds_memprotes_is_a_protest_a_governments_stays_accuse():
    assert id_("Ratusan buruh memprotes kebijakan upah pemerintah di Jakarta.", "2023-03-12") == [
        ("PROTEST", ["IDN"], ["IDN"])
    ]
    assert id_("Pemerintah China memprotes Jepang atas pelanggaran wilayah udara.", "2024-02-20") == [
        ("ACCUSE", ["CHN"], ["JPN"])
    ]


def test_a_riot_made():
    assert id_("Massa berbuat onar di depan kantor bupati.", "2023-03-12") == [("PROTEST", ["IDN"], ["IDN"])]


# -- Indonesian: REJECT -----------------------------------------------------------------------------


def test_an_accusation_parried():
    assert id_("Amerika Serikat menangkis tudingan Korea Utara soal latihan perang.", "2021-11-03") == [
        ("REJECT", ["USA"], ["PRK"])
    ]


def test_a_save_is_no_denial():
    assert id_("Kiper itu menangkis tendangan penalti.", "2021-11-03") == []


def test_a_conference_boycotted():
    assert id_("Rusia memboikot konferensi perdamaian yang digelar Ukraina.", "2024-06-10") == [
        ("REJECT", ["RUS"], ["UKR"])
    ]


# -- Indonesian: THREATEN ---------------------------------------------------------------------------


def test_a_warning_of_consequences_told_as_a_noun_id():
    assert id_(
        "Peringatan China kepada Jepang akan konsekuensi serius muncul sehari setelah kunjungan itu.", "2024-02-20"
    ) == [("THREATEN", ["CHN"], ["JPN"])]


def test_a_threat_of_invasion_is_no_attack():
    assert id_("Ancaman invasi Rusia terhadap Ukraina meningkat.", "2022-02-10") == [("THREATEN", ["RUS"], ["UKR"])]
    assert id_("Ancaman serangan Rusia terhadap Ukraina muncul sehari setelah insiden itu.", "2022-09-14") == [
        ("THREATEN", ["RUS"], ["UKR"])
    ]


def test_a_danger_guarded_against_is_no_threat():
    assert id_("Polisi mewaspadai ancaman serangan teror menjelang Natal.", "2022-12-20") == []
