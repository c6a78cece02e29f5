"""Vocabulary of en/triggers_s15_accuse.yaml and id/triggers_s15_accuse.yaml: ACCUSE in words the
earlier passes left out — an act that angers another, concerns one has, envoys called in, acts
called unfriendly or a threat, police booking someone for a crime, a party under investigation by
another, zones and waters said to be violated, doubts cast on a commitment, warnings that another's
acts destabilise a region; in Indonesian blame laid on another, concern voiced with "menyuarakan",
anger ("berang", "naik pitam"), scolding ("menyemprot"), attacks in words, an act that "merupakan
pelanggaran", legal steps, summoned high commissioners. Stop entries keep blame on the weather,
concern about prices, regret for the dead and spraying water out. Every sentence here is invented."""

from __future__ import annotations

from functools import partial

from conftest import coded_in, types_in

en = partial(coded_in, "en")
en_types = partial(types_in, "en")
id_ = partial(coded_in, "id")
id_types = partial(types_in, "id")


# -- English ------------------------------------------------------------------------------------------


def test_act_angered_party_after_it():
    assert en("Israel's decision angered Jordan.") == [("ACCUSE", ["JOR"], ["ISR"])]
    assert en("The Indian remarks have infuriated Bangladesh.") == [("ACCUSE", ["BGD"], ["IND"])]


def test_had_concerns_about():
    assert ("ACCUSE", ["JPN"], ["CHN"]) in en(
        "A Japanese minister said he had serious concerns about China's export ban."
    )


def test_envoy_called_in_and_summoned_to_protest():
    assert en("Nepal called in the Indian ambassador over the map.") == [("ACCUSE", ["NPL"], ["IND"])]
    assert en("Sri Lanka summoned the Indian high commissioner to protest the arrests of fishermen.") == [
        ("ACCUSE", ["LKA"], ["IND"])
    ]


def test_described_as_unfriendly_act_or_threat():
    assert en("Peru described Mexico's decision to grant asylum as an unfriendly act.") == [
        ("ACCUSE", ["PER"], ["MEX"])
    ]
    assert en("Tehran described the British naval presence as a threat to the region.") == [
        ("ACCUSE", ["IRN"], ["GBR"])
    ]


def test_booked_for_a_crime_and_under_investigation_by():
    assert en("Indian police booked a Pakistani national for smuggling.") == [("ACCUSE", ["IND"], ["PAK"])]
    assert en("Lula is under investigation by Brazil's federal police.") == [("ACCUSE", ["BRA"], ["BRA"])]


def test_zone_and_waters_violated_said_by_another():
    assert en("The Philippines said Chinese ships had violated its exclusive economic zone.") == [
        ("ACCUSE", ["PHL"], ["CHN"])
    ]
    assert en("Hanoi said the Chinese vessel had intruded into its waters.") == [("ACCUSE", ["VNM"], ["CHN"])]


def test_doubts_playing_with_fire_two_faced_warning():
    assert en("The EU questioned Serbia's commitment to the talks.") == [("ACCUSE", ["EUR"], ["SRB"])]
    assert en("Beijing said Washington was playing with fire.") == [("ACCUSE", ["CHN"], ["USA"])]
    assert en("Iran called the United States two-faced.") == [("ACCUSE", ["IRN"], ["USA"])]
    assert en("Seoul warned that Japan's actions could undermine regional peace.") == [("ACCUSE", ["KOR"], ["JPN"])]


def test_english_contrasts():
    assert en("Japan's prime minister deeply regretted the loss of life in the flood.") == []
    assert en("Investors have concerns about demand in China.") == []
    assert en("The IMF warned that high inflation could undermine growth in Asia.") == []
    assert en("The children were playing with fire in the yard.") == []
    assert en("The firm booked a record profit for the quarter.") == []


# -- Indonesian ---------------------------------------------------------------------------------------


def test_kesalahan_ditimpakan():
    assert id_("Beijing menimpakan kesalahan kepada Washington atas memburuknya hubungan.") == [
        ("ACCUSE", ["CHN"], ["USA"])
    ]
    assert id_("Thailand melemparkan kesalahan kepada Kamboja atas bentrokan itu.") == [("ACCUSE", ["THA"], ["KHM"])]


def test_menyuarakan_keprihatinan():
    assert id_("Menlu Jerman menyuarakan keprihatinan yang mendalam atas langkah Hungaria.") == [
        ("ACCUSE", ["DEU"], ["HUN"])
    ]


def test_berang_naik_pitam_menyemprot():
    assert id_("Presiden Kuba berang terhadap Amerika Serikat.") == [("ACCUSE", ["CUB"], ["USA"])]
    assert ("ACCUSE", ["CHN"], ["USA"]) in id_("Beijing naik pitam atas kunjungan pejabat AS ke Taipei.")
    assert id_("Menlu Malaysia menyemprot junta Myanmar.") == [("ACCUSE", ["MYS"], ["MMR"])]


def test_serangan_kata_kata():
    assert ("ACCUSE", ["HUN"], ["EUR"]) in id_("Orban menyerang Uni Eropa soal dana yang dibekukan.")
    assert "ASSAULT" not in id_types("Orban menyerang Uni Eropa soal dana yang dibekukan.")
    assert id_("Menlu Israel menyerang balik Sekjen PBB atas pernyataannya.") == [("ACCUSE", ["ISR"], ["UNO"])]


def test_merupakan_pelanggaran_and_zona():
    assert id_("Menurut Iran, sanksi AS adalah bentuk terorisme ekonomi.") == [("ACCUSE", ["IRN"], ["USA"])]
    assert id_("Vietnam menyatakan kapal China telah melanggar zona ekonomi eksklusifnya.") == [
        ("ACCUSE", ["VNM"], ["CHN"])
    ]


def test_langkah_hukum_and_komisaris_tinggi():
    assert id_("Uni Eropa mengambil langkah hukum terhadap Polandia.") == [("ACCUSE", ["EUR"], ["POL"])]
    assert id_("Bangladesh memanggil Komisaris Tinggi India untuk memprotes penembakan itu.") == [
        ("ACCUSE", ["BGD"], ["IND"])
    ]


def test_judgements_of_conduct():
    assert id_("Menlu China menilai Washington sedang bermain api.") == [("ACCUSE", ["CHN"], ["USA"])]
    assert id_("Rusia menyebut Inggris bermuka dua.") == [("ACCUSE", ["RUS"], ["GBR"])]
    assert id_("Iran menyebut kehadiran kapal perang Inggris sebagai ancaman bagi kawasan.") == [
        ("ACCUSE", ["IRN"], ["GBR"])
    ]
    assert id_("Korea Selatan memperingatkan bahwa tindakan Jepang dapat mengganggu stabilitas kawasan.") == [
        ("ACCUSE", ["KOR"], ["JPN"])
    ]


def test_indonesian_contrasts():
    assert id_("Pemerintah menyalahkan cuaca buruk atas gagal panen.") == []
    assert id_("Warga prihatin atas kenaikan harga beras.") == []
    assert id_("Investor khawatir atas pelemahan rupiah.") == []
    assert id_("Menteri menyayangkan hujan deras yang mengguyur lokasi acara.") == []
    assert id_("Polisi menyelidiki penyebab kebakaran pasar.") == []
    assert id_("Petani mengeluhkan harga pupuk yang mahal.") == []
    assert id_("Timnas geram karena kalah di menit akhir.") == []
    assert id_("Petugas menyemprot jalan dengan disinfektan.") == []
    assert id_("BMKG mengingatkan bahwa cuaca ekstrem dapat mengganggu penerbangan.") == []
