"""Vocabulary of triggers_s15_request.yaml (English and Indonesian): REQUEST and CONSULT said in other
words than "urged"/"mendesak" or "met"/"bertemu" — a demand with the party after "that", a request
put as "asked X for", an order given as "told X to", money sought from a lender, a request or a
phone call received "from" someone (who it came from is the actor), an emergency meeting asked for;
a visitor received or welcomed by a host, a leader landing, huddling with or reaching out to another,
a visit begun or ended, a numbered round of talks, talks facilitated by a third party; and markets,
meetings with investors, advisories to passengers and a home match that hold the same words but are
no event. Every sentence here is invented."""

from __future__ import annotations

from functools import partial

from conftest import coded_in

en = partial(coded_in, "en")
id_ = partial(coded_in, "id")


# -- English: REQUEST -------------------------------------------------------------------------------


def test_a_demand_with_the_party_after_that():
    assert en("Beijing demanded that Tokyo retract the remarks.", "2023-04-10") == [("REQUEST", ["CHN"], ["JPN"])]
    assert en("Israel demanded that Egypt seal the tunnels under the border.", "2014-08-01") == [
        ("REQUEST", ["ISR"], ["EGY"])
    ]


def test_asked_a_party_for_something():
    assert en("Seoul asked Washington for a nuclear-powered submarine.", "2021-05-20") == [
        ("REQUEST", ["KOR"], ["USA"])
    ]
    assert en("The Philippines has asked Japan for patrol vessels.", "2023-02-09") == [("REQUEST", ["PHL"], ["JPN"])]


def test_told_a_party_to_yield():
    assert en("The White House told Israel to avoid civilian casualties in Rafah.", "2024-02-12") == [
        ("REQUEST", ["USA"], ["ISR"])
    ]
    assert en("The Kremlin told Kyiv to accept the new realities on the ground.", "2023-01-10") == [
        ("REQUEST", ["RUS"], ["UKR"])
    ]


def test_money_sought_from_a_lender():
    assert en("Argentina is seeking $15 billion in new loans from the IMF.", "2018-06-01") == [
        ("REQUEST", ["ARG"], ["IGO"])
    ]


def test_a_request_received_from_someone():
    assert en("Germany received a formal extradition request from the United States.", "2021-06-10") == [
        ("REQUEST", ["USA"], ["DEU"])
    ]


def test_an_emergency_meeting_asked_for():
    assert ("REQUEST", ["RUS"], ["UNO"]) in en(
        "Russia's request for an emergency Security Council meeting was granted.", "2022-09-10"
    )


# -- English: CONSULT -------------------------------------------------------------------------------


def test_a_call_received_from_a_leader():
    assert en("The Qatari emir received a phone call from the Iranian president on Sunday.", "2023-10-15") == [
        ("CONSULT", ["IRN"], ["QAT"])
    ]


def test_a_visitor_received_by_the_host():
    # the guest is the visit's actor, the host its recipient
    assert en("Abbas was received by Sisi in Cairo on Thursday.", "2023-10-19") == [("CONSULT", ["PSE"], ["EGY"])]


def test_touched_down_huddled_reached_out():
    assert en("The Australian prime minister touched down in Beijing on Saturday.", "2023-11-04") == [
        ("CONSULT", ["AUS"], ["CHN"])
    ]
    assert en("Iran's foreign minister huddled with his Saudi counterpart in Riyadh.", "2023-11-11") == [
        ("CONSULT", ["IRN"], ["SAU"])
    ]
    assert en("The Saudi foreign minister reached out to his Iranian counterpart by telephone.", "2023-03-15") == [
        ("CONSULT", ["SAU"], ["IRN"])
    ]


# -- English: no event ------------------------------------------------------------------------------


def test_markets_reporters_and_customers_are_no_request():
    assert en("China's demand for iron ore slowed in the first quarter.") == []
    assert en("When asked by reporters for comment, the Russian embassy declined to respond.") == []
    assert en("The Chinese minister told Reuters that Beijing would refrain from any retaliation.") == []
    assert en("Sri Lanka's national carrier urged travellers to check their flights.") == []


def test_a_thing_received_and_investors_met_are_no_meeting():
    assert en("Japan's proposal was received coolly by China.") == []
    assert en("The CEO met investors in London to discuss earnings.") == []
    assert en("The US embassy received calls from worried relatives of the detained sailors.") == []


# -- Indonesian: REQUEST ----------------------------------------------------------------------------


def test_permintaan_diterima_dari():
    assert id_("Jerman menerima permintaan ekstradisi resmi dari Amerika Serikat.", "2021-06-10") == [
        ("REQUEST", ["USA"], ["DEU"])
    ]


def test_pinjaman_diajukan():
    assert id_("Argentina mengajukan pinjaman baru senilai 15 miliar dolar kepada IMF.", "2018-06-01") == [
        ("REQUEST", ["ARG"], ["IGO"])
    ]


# -- Indonesian: CONSULT ----------------------------------------------------------------------------


def test_telepon_diterima_dari_pemimpin():
    assert id_("Presiden Jokowi menerima telepon dari Presiden Amerika Serikat Joe Biden.", "2022-05-01") == [
        ("CONSULT", ["USA"], ["IDN"])
    ]


def test_lawatan_diakhiri_dan_mendarat():
    assert id_("Menlu China mengakhiri lawatan tiga hari ke Indonesia, Rabu.", "2023-07-12") == [
        ("CONSULT", ["CHN"], ["IDN"])
    ]
    assert id_("Lavrov mendarat di Pyongyang untuk kunjungan dua hari.", "2023-07-26") == [
        ("CONSULT", ["RUS"], ["PRK"])
    ]


def test_disambut_tuan_rumah():
    assert id_("Sultan Brunei disambut Presiden Jokowi dengan upacara kenegaraan di Istana Bogor.", "2023-02-10") == [
        ("CONSULT", ["BRN"], ["IDN"])
    ]


def test_putaran_perundingan_dan_fasilitasi():
    assert id_("Pejabat Iran dan Saudi menggelar putaran kelima perundingan di Baghdad.", "2022-04-22") == [
        ("CONSULT", ["IRN"], ["SAU"])
    ]
    assert id_("Qatar memfasilitasi pembicaraan antara Taliban dan Amerika Serikat.", "2020-02-01") == [
        ("CONSULT", ["QAT"], ["AFG", "USA"])
    ]


# -- Indonesian: no event ---------------------------------------------------------------------------


def test_pasar_penumpang_dan_pertandingan_bukan_peristiwa():
    assert id_("Permintaan China akan bijih besi melambat pada kuartal pertama.") == []
    assert id_("Harga cabai naik karena tingginya permintaan menjelang Lebaran.") == []
    assert id_("Maskapai mengimbau penumpang tiba tiga jam lebih awal.") == []
    assert id_("Timnas Indonesia akan menjamu Vietnam di Stadion Gelora Bung Karno.") == []
    assert id_("Direktur utama bertemu para investor di Singapura untuk membahas laba.") == []
    assert id_("Perusahaan itu mengajukan pinjaman ke bank untuk membangun pabrik.") == []
    assert id_("Usulan itu disambut baik oleh Presiden Filipina.") == []
