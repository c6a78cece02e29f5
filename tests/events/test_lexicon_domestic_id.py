"""Indonesian vocabulary of triggers_domestic.yaml: KPK, prosecutors, police, courts, the DPR and DPRD,
parties and the street in Indonesian domestic politics, written as examples. Every sentence here is
invented."""

from __future__ import annotations

from functools import partial

from conftest import coded_in, types_in

coded = partial(coded_in, "id")
types = partial(types_in, "id")
DATE = "2023-05-10"


def test_a_suspect_named_behind_a_long_title_is_charged():
    assert coded("Komisi Pemberantasan Korupsi menetapkan dua anggota DPRD Jawa Timur sebagai tersangka.", DATE) == [
        ("ACCUSE", ["IDN"], ["IDN"])
    ]


def test_an_official_summoned_as_a_witness_is_investigated():
    assert coded("KPK memanggil Wali Kota Semarang sebagai saksi dalam kasus pengadaan barang.", DATE) == [
        ("ACCUSE", ["IDN"], ["IDN"])
    ]


def test_a_prosecutor_s_sentencing_demand_is_a_charge_not_a_request():
    assert types("Jaksa menuntut mantan Menteri Pemuda dan Olahraga dengan hukuman 10 tahun penjara.", DATE) == {
        "ACCUSE"
    }


def test_a_report_to_the_election_ethics_council_is_an_allegation():
    assert coded("Relawan pendukung calon presiden melaporkan komisioner KPU ke DKPP.", DATE) == [
        ("ACCUSE", ["IDN"], ["IDN"])
    ]


def test_a_minister_sacked_by_the_president_is_coerced():
    assert coded("Presiden memecat Menteri Pemuda dan Olahraga.", DATE) == [("COERCE", ["IDN"], ["IDN"])]


def test_a_police_chief_removed_from_his_post_is_coerced():
    assert coded("Kapolri mencopot Kapolres Malang dari jabatannya.", DATE) == [("COERCE", ["IDN"], ["IDN"])]


def test_taking_down_banners_is_no_dismissal():
    assert "COERCE" not in types("Petugas mencopot baliho caleg di Jalan Sudirman.", DATE)


def test_a_firm_firing_workers_is_no_political_dismissal():
    assert "COERCE" not in types("Perusahaan tekstil di Bandung memecat ratusan pekerja.", DATE)


def test_dismissal_from_office_is_no_resignation():
    assert types("Majelis Kehormatan MK memberhentikan hakim itu dari jabatan Ketua MK.", DATE) == {"COERCE"}


def test_police_dispersing_a_protest_is_crowd_control():
    assert types("Polisi membubarkan massa yang berunjuk rasa di depan gedung DPRD.", DATE) == {"ASSAULT"}


def test_a_parliamentary_inquiry_is_an_investigation():
    assert coded("DPR menggunakan hak angket terhadap KPK.", DATE) == [("ACCUSE", ["IDN"], ["IDN"])]


def test_an_interpellation_demands_an_explanation():
    assert types("DPRD DKI mengajukan hak interpelasi kepada Gubernur terkait penyelenggaraan Formula E.", DATE) == {
        "REQUEST"
    }


def test_skipping_a_summons_is_a_refusal():
    assert coded("Bupati Mimika mangkir dari panggilan KPK untuk kedua kalinya.", DATE) == [
        ("REJECT", ["IDN"], ["IDN"])
    ]


def test_lawmakers_walking_out_of_a_sitting_protest():
    assert types("Anggota DPRD dari Fraksi Gerindra walk out dari rapat paripurna.", DATE) == {"PROTEST"}


def test_students_sealing_a_building_protest_but_an_authority_sealing_one_coerces():
    assert types("Mahasiswa menyegel gedung DPRD sebagai bentuk kekecewaan.", DATE) == {"PROTEST"}
    assert types("Wali Kota Medan menyegel tiga tempat hiburan malam.", DATE) == {"COERCE"}


def test_a_breach_of_ethics_found_by_a_board_is_its_allegation():
    assert coded("Dewan Pengawas KPK menyatakan Ketua KPK melanggar kode etik.", DATE) == [("ACCUSE", ["IDN"], ["IDN"])]


def test_an_acquittal_is_a_release_not_a_conviction():
    assert types("Hakim memvonis bebas mantan direktur BUMN itu.", DATE) == {"RETREAT"}


def test_a_hearing_postponed_is_no_verdict():
    assert coded("Sidang vonis ditunda hingga pekan depan.", DATE) == []


def test_a_court_granting_a_judicial_review_concedes():
    assert types("Mahkamah Konstitusi mengabulkan sebagian gugatan uji materi UU Pemilu.", DATE) == {"CONCEDE"}
