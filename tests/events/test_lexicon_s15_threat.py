"""Vocabulary of triggers_s15_threat.yaml (English and Indonesian): THREATEN and REJECT said in other
words than "threatened"/"mengancam" or "rejected"/"menolak" — what the other side will meet ("would
be met with a devastating response", "will pay dearly", "berarti perang", "akan bernasib seperti"),
a right to retaliate kept, measures promised, a deadline or an ultimatum handed over, a negated verb
of acceptance ("would never accept", "tidak akan berunding"), allegations called absurd, a package
blocked, a door slammed on talks, an absence from a summit; and forecasts, advisories and slogans
that hold the same words but are no event. Every sentence here is invented."""

from __future__ import annotations

from functools import partial

from conftest import coded_in

en = partial(coded_in, "en")
id_ = partial(coded_in, "id")


# -- English: threats told as what the other side will meet ----------------------------------------


def test_met_with_a_response_and_pay_dearly():
    assert en("Tehran said any Israeli strike would be met with a devastating response.") == [
        ("THREATEN", ["IRN"], ["ISR"])
    ]
    assert en("Seoul will pay dearly for the leaflets, North Korea said.") == [("THREATEN", ["PRK"], ["KOR"])]
    assert en("Hezbollah would pay a heavy price for any attack, Israel's defence minister said.") == [
        ("THREATEN", ["ISR"], ["LBN"])
    ]


def test_means_war_and_a_right_to_retaliate():
    assert en("Beijing said Taiwan independence means war.") == [("THREATEN", ["CHN"], ["TWN"])]
    assert en("The Kremlin said Russia reserved the right to retaliate against the seizure of its assets.") == [
        ("THREATEN", ["RUS"], [])
    ]
    assert en("Tehran said it would respond to any attack on its nuclear sites.") == [("THREATEN", ["IRN"], [])]


def test_measures_promised_and_deadlines():
    assert en("China said it would take resolute countermeasures against Japan.") == [("THREATEN", ["CHN"], ["JPN"])]
    assert en("Beijing said it would take all necessary measures to safeguard its sovereignty.") == [
        ("THREATEN", ["CHN"], [])
    ]
    assert en("The African Union gave the junta a two-week deadline to hand back power.") == [("THREATEN", ["IGO"], [])]


# -- English: refusals and denials --------------------------------------------------------------------


def test_would_never_accept_and_no_concessions():
    assert en("Israel said it would never accept a Palestinian state.") == [("REJECT", ["ISR"], ["PSE"])]
    assert en("Kyiv said there would be no territorial concessions to Moscow.") == [("REJECT", ["UKR"], ["RUS"])]
    assert en("Beijing does not accept Lai Ching-te as leader of Taiwan.") == [("REJECT", ["CHN"], ["TWN"])]


def test_allegations_called_absurd_or_untrue():
    assert en("Moscow called the British allegations absurd.") == [("REJECT", ["RUS"], ["GBR"])]
    assert en("India's foreign ministry said the Pakistani claims were untrue.") == [("REJECT", ["IND"], ["PAK"])]


def test_package_blocked_and_door_slammed():
    assert en("Hungary blocked the EU's new sanctions package against Russia.") == [("REJECT", ["HUN"], ["EUR"])]
    assert en("Beijing slammed the door on talks with the Philippines.") == [("REJECT", ["CHN"], ["PHL"])]


def test_english_contrasts():
    assert en("The IMF warned that global growth would slow next year.") == []
    assert en("The proposal was met with a cool response from investors.") == []
    assert en("There is no deal yet between Hamas and Israel, mediators said.") == []


# -- Indonesian: ancaman ----------------------------------------------------------------------------


def test_akan_dibalas_dan_berhak_membalas():
    assert id_("Pyongyang menyatakan setiap provokasi Seoul akan dibalas dengan serangan nuklir.") == [
        ("THREATEN", ["PRK"], ["KOR"])
    ]
    assert id_("Iran menegaskan akan merespons setiap agresi Israel dengan kekuatan penuh.") == [
        ("THREATEN", ["IRN"], ["ISR"])
    ]
    assert id_("Moskow menyatakan berhak membalas penyitaan aset Rusia oleh Uni Eropa.") == [
        ("THREATEN", ["RUS"], ["EUR"])
    ]


def test_berarti_perang_dan_bernasib_seperti():
    assert id_("Kementerian Pertahanan China menyatakan kemerdekaan Taiwan berarti perang.") == [
        ("THREATEN", ["CHN"], ["TWN"])
    ]
    assert id_("Israel menyatakan Beirut akan bernasib seperti Gaza.") == [("THREATEN", ["ISR"], ["LBN"])]


def test_langkah_diperlukan_siap_nuklir_dan_ultimatum():
    sovereignty = "Beijing menyatakan akan mengambil segala langkah yang diperlukan untuk mempertahankan kedaulatannya."
    assert id_(sovereignty) == [("THREATEN", ["CHN"], [])]
    assert id_("Rusia menyatakan siap menggunakan senjata nuklir jika diserang.") == [("THREATEN", ["RUS"], [])]
    assert id_("China memberi Filipina ultimatum untuk menarik kapalnya.") == [("THREATEN", ["CHN"], ["PHL"])]


# -- Indonesian: penolakan dan bantahan ----------------------------------------------------------------


def test_tidak_akan_menerima_dan_berunding():
    assert id_("Israel menegaskan tidak akan pernah menerima negara Palestina.") == [("REJECT", ["ISR"], ["PSE"])]
    assert id_("Korea Utara menyatakan tidak akan berunding dengan Amerika Serikat.") == [("REJECT", ["PRK"], ["USA"])]
    assert id_("Ukraina menyatakan tidak akan ada konsesi wilayah kepada Rusia.") == [("REJECT", ["UKR"], ["RUS"])]


def test_menolak_memberikan_akses_absen_batal():
    assert id_("Iran menolak memberikan akses kepada inspektur IAEA.") == [("REJECT", ["IRN"], ["IGO"])]
    assert id_("Perdana Menteri India Narendra Modi absen dari KTT di Johannesburg.") == [("REJECT", ["IND"], [])]
    assert id_("Argentina batal bergabung dengan BRICS.") == [("REJECT", ["ARG"], ["IGO"])]


def test_kesampingkan_tinggalkan_blokir():
    assert id_("Netanyahu mengesampingkan gencatan senjata dengan Hamas.") == [("REJECT", ["ISR"], ["PSE"])]
    assert id_("Delegasi Hamas meninggalkan perundingan dengan Israel di Kairo.") == [("REJECT", ["PSE"], ["ISR"])]
    assert id_("Hungaria memblokir paket bantuan Uni Eropa untuk Ukraina.") == [("REJECT", ["HUN"], ["EUR"])]


def test_kabar_tidak_benar():
    assert id_("Kementerian Pertahanan Rusia menegaskan kabar tersebut tidak benar.") == [("REJECT", ["RUS"], [])]


def test_indonesian_contrasts():
    assert id_("BMKG memperingatkan potensi hujan lebat di Jawa Barat.") == []
    assert id_("Warga menolak lupa atas tragedi tersebut.") == []
    assert id_("Juru bicara Kemlu menolak memberikan komentar.") == []
    assert id_("Pemerintah tidak menerima bantuan dari Malaysia.") == []
    assert [t for t, _, _ in id_("Ratusan tahanan Palestina menolak makan di penjara Israel.")] == ["PROTEST"]
