"""Indonesian vocabulary of triggers_s14_prec.yaml: words that hold a trigger but tell no event (an
office named after its work, land cleared for a project, votes, countering terrorism as a duty, bomb
material, ambulances on standby, a ruling carried out, workers arriving, a blind eye turned, worry over
disease), and two phrases whose subject undergoes the act — each beside the sense that still codes.
Every sentence here is invented."""

from __future__ import annotations

from functools import partial

from conftest import coded_in, types_in

coded = partial(coded_in, "id")
types = partial(types_in, "id")
DATE = "2018-03-14"


def sectors(text: str) -> list[tuple[str, str]]:
    """The (code, sector) of every party to the events coded in a text."""
    import warta

    return [(p.code, p.sector) for e in warta.code(text, lang="id", pub_date=DATE) for p in e.actor + e.recipient]


# An office named after its work


def test_an_investigations_director_is_a_title_not_an_investigation():
    assert types("Direktur Penyidikan KPK melaporkan penyidik itu ke Polda Metro Jaya.", DATE) == set()


def test_a_director_of_enforcement_and_investigation_is_a_title():
    import warta

    # KPK questioning him is an investigation (s17 accuse: "memeriksa" by KPK or police); his title is none
    events = warta.code(
        "KPK memeriksa Kasubdit Penindakan dan Penyidikan Bea Cukai Tanjung Priok, Senin.", lang="id", pub_date=DATE
    )
    assert [e.event_text for e in events] == ["memeriksa"]


def test_an_investigation_opened_still_codes():
    assert coded("Bareskrim Polri memulai penyidikan kasus pembalakan liar di Riau.", DATE) == [
        ("ACCUSE", ["IDN"], ["IDN"])
    ]


def test_custody_for_the_investigation_s_sake_is_no_second_investigation():
    assert types("Kepala Kejaksaan Agung mengatakan penahanan dilakukan untuk kepentingan penyidikan.", DATE) == {
        "COERCE"
    }


def test_an_inquiry_carried_out_still_codes():
    assert types("Polisi melakukan penyelidikan atas kematian aktivis itu.", DATE) == {"ACCUSE"}


# Land cleared, taxes waived, votes won


def test_land_cleared_for_a_project_is_no_release():
    assert types("Pemerintah provinsi akan membebaskan lahan milik warga untuk proyek bendungan.", DATE) == set()


def test_a_company_exempted_from_tax_is_no_release():
    assert types("Menteri Keuangan membebaskan perusahaan itu dari pajak impor.", DATE) == set()


def test_activists_acquitted_are_still_an_event():
    # an acquittal, as English "acquitted" codes it (CONCEDE since session 13; it was RETREAT before)
    assert types("Pengadilan Tinggi membebaskan dua aktivis buruh dari dakwaan.", DATE) == {"CONCEDE"}


def test_votes_not_won_are_no_rejection():
    assert (
        types("Ketua Golkar mengatakan partai baru itu tidak akan mendapatkan dukungan suara yang cukup.", DATE)
        == set()
    )


def test_support_withheld_by_a_party_is_still_a_rejection():
    assert types("PAN menyatakan tidak mendukung pencalonan wali kota itu.", DATE) == {"REJECT"}


# Countering terrorism, bomb material, standby


def test_countering_terrorism_as_a_duty_is_no_attack():
    assert types("Salah satu tugas Densus 88 adalah menanggulangi aksi terorisme di seluruh wilayah.", DATE) == set()


def test_a_terror_attack_launched_still_codes():
    assert types("Kelompok bersenjata melancarkan aksi teror di pasar Poso, Minggu.", DATE) == {"ASSAULT"}


def test_a_bomb_set_off_still_codes():
    assert types("Kelompok bersenjata meledakkan bom di depan kantor polisi Bima pada Selasa pagi.", DATE) == {
        "ASSAULT"
    }


def test_ambulances_on_standby_are_no_mobilisation():
    assert types("Gubernur menyiagakan puluhan ambulans untuk mengangkut korban banjir.", DATE) == set()


def test_troops_on_standby_are_still_mobilised():
    assert types("Ribuan personel TNI disiagakan di perbatasan Papua.", DATE) == {"MOBILIZE"}


# A ruling carried out; executions


def test_a_court_ruling_not_carried_out_is_no_execution():
    assert types("Menurut warga, putusan pengadilan itu belum juga dieksekusi.", DATE) == set()


def test_a_state_s_execution_still_codes():
    assert coded("Iran mengeksekusi dua pria yang dituduh menjadi mata-mata Israel.", DATE)[0][0] == "SANCTION"


# Arrivals, a blind eye, worry


def test_workers_arriving_are_no_visit():
    assert types("Sekitar 300 pekerja asal China tiba di Morowali pekan lalu.", DATE) == set()


def test_followers_on_their_way_are_no_visit():
    assert "CONSULT" not in types("Ribuan simpatisan partai itu dalam perjalanan ke Jakarta.", DATE)


def test_a_minister_arriving_is_still_a_visit():
    assert coded("Menteri Pertahanan Australia tiba di Jakarta untuk bertemu Prabowo.", DATE) == [
        ("CONSULT", ["AUS"], ["IDN"])
    ]


def test_turning_a_blind_eye_shuts_no_crossing():
    assert types("Polisi perbatasan Pakistan menutup sebelah mata terhadap penyeberangan gerilyawan.", DATE) == set()


def test_a_crossing_shut_still_codes():
    assert coded("Thailand menutup perlintasan perbatasan dengan Kamboja.", DATE) == [("COERCE", ["THA"], ["KHM"])]


def test_worry_over_a_disease_blames_no_one():
    assert types("WHO khawatir atas penyebaran penyakit kolera di kamp pengungsi Cox's Bazar.", DATE) == set()


def test_worry_over_a_missile_test_is_still_disapproval():
    assert ("ACCUSE", ["JPN"], ["PRK"]) in coded("Jepang khawatir atas uji coba rudal Korea Utara.", DATE)


# The subject undergoes the act


def test_a_no_confidence_motion_received_is_moved_by_the_giver():
    assert coded("Ketua DPRD itu mendapat mosi tidak percaya dari Fraksi Partai Golkar.", DATE) == [
        ("ACCUSE", ["IDN"], ["IDN"])
    ]
    import warta

    (event,) = warta.code(
        "Ketua DPRD itu mendapat mosi tidak percaya dari Fraksi Partai Golkar.", lang="id", pub_date=DATE
    )
    assert [a.sector for a in event.actor] == ["PTY"]


def test_aid_received_from_a_state_is_that_state_s_aid():
    assert coded("Afghanistan menerima bantuan dari Jepang untuk membangun jalan.", DATE) == [("AID", ["JPN"], ["AFG"])]


def test_weapons_received_from_a_state_are_its_military_aid():
    assert coded("Pemberontak Houthi menerima bantuan senjata dari Iran, kata pejabat Saudi.", DATE) == [
        ("AID", ["IRN"], ["YEM"])
    ]


def test_aid_given_still_codes_the_giver():
    assert coded("Jepang memberikan bantuan kepada Afghanistan.", DATE) == [("AID", ["JPN"], ["AFG"])]


# Social media are no press (actors/not_actors.yaml)


def test_social_media_accounts_are_no_press():
    assert ("PAK", "JRN") not in sectors(
        "Pemerintah Pakistan memblokir sejumlah media sosial seperti Facebook dan Twitter."
    )


def test_the_press_criticised_is_still_the_press():
    assert ("IDN", "JRN") in sectors("Presiden mengkritik media yang memberitakan kabar bohong.")
