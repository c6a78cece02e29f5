"""Indonesian vocabulary of triggers_s14_domestic.yaml: graft cases, police and prosecutors, the
Constitutional Court and the street in Indonesian domestic news, written as examples. Every sentence
here is invented."""

from __future__ import annotations

from functools import partial

from conftest import coded_in, types_in

coded = partial(coded_in, "id")
types = partial(types_in, "id")
DATE = "2022-06-15"


def test_a_suspect_named_with_no_doer_is_charged_by_the_state():
    assert coded("Mantan gubernur itu kembali ditetapkan sebagai tersangka dalam kasus suap.", DATE) == [
        ("ACCUSE", ["IDN"], ["IDN"])
    ]


def test_a_headline_naming_a_suspect_is_a_charge():
    assert coded("Kejagung Tetapkan Eks Mendag Tom Lembong Tersangka Impor Gula", "2024-10-29") == [
        ("ACCUSE", ["IDN"], ["IDN"])
    ]


def test_a_charge_read_out_is_the_prosecutor_s():
    assert coded("Jaksa KPK membacakan surat dakwaan terhadap mantan Menteri Kelautan dan Perikanan.", DATE) == [
        ("ACCUSE", ["IDN"], ["IDN"])
    ]


def test_a_case_sent_to_prosecution_is_a_charge():
    assert coded("KPK melimpahkan berkas perkara Lukas Enembe ke tahap penuntutan.", "2023-05-05") == [
        ("ACCUSE", ["IDN"], ["IDN"])
    ]


def test_a_report_to_the_kpk_supervisory_board_is_an_allegation():
    assert coded("Indonesia Corruption Watch melaporkan Ketua KPK ke Dewan Pengawas KPK.", DATE) == [
        ("ACCUSE", ["IDN"], ["IDN"])
    ]


def test_a_petition_to_the_constitutional_court_is_a_lawsuit_not_a_plea():
    assert types("Pasangan Anies-Muhaimin mengajukan permohonan sengketa pilpres ke MK.", "2024-03-21") == {"ACCUSE"}


def test_a_judicial_review_is_a_lawsuit():
    assert coded("Sejumlah mahasiswa mengajukan uji materi batas usia capres ke Mahkamah Konstitusi.", DATE) == [
        ("ACCUSE", ["IDN"], ["IDN"])
    ]


def test_investigators_holding_a_suspect_arrest_him():
    assert coded("Penyidik Bareskrim menahan pendiri pondok pesantren itu.", DATE) == [("COERCE", ["IDN"], ["IDN"])]


def test_a_search_by_kpk_investigators_named_after_the_verb():
    assert coded("Rumah Ketua DPRD Jawa Timur digeledah penyidik KPK.", DATE) == [("COERCE", ["IDN"], ["IDN"])]


def test_holding_back_is_no_arrest():
    assert types("Polisi menahan diri dan tidak terpancing provokasi massa.", DATE) == set()
    assert types("Persija ditahan imbang Persib di Stadion Gelora Bung Karno.", DATE) == set()


def test_a_mass_organisation_disbanded_is_coerced():
    assert coded("Pemerintah resmi membubarkan Hizbut Tahrir Indonesia.", DATE) == [("COERCE", ["IDN"], ["IDN"])]


def test_police_dispersing_a_crowd_with_tear_gas_is_crowd_control():
    assert "ASSAULT" in types("Polisi membubarkan massa aksi dengan gas air mata di depan gedung DPR.", DATE)


def test_students_shutting_a_road_protest():
    assert coded("Mahasiswa Papua menutup jalan protokol di Jayapura.", DATE) == [("PROTEST", ["IDN"], ["IDN"])]


def test_a_road_shut_for_a_wedding_is_no_protest():
    assert types("Warga menutup jalan kampung untuk acara pernikahan.", DATE) == set()
