"""Indonesian precision and actors (session 25, helper mine_id), from an audit of Indonesian news nobody
has annotated: words that fired an event in a sense that tells of none — a death-row convict named by
status, a matter handed over ("menyerahkan"), preparations reported, a hearing held ("digelar"), goods
described as exported, things to be examined — and Indonesian office-holders of 2004-2015 who were
missing from the people lists (id/triggers/s25_mine_id.yaml, actors/people/s25_mine_id.tsv). Each stop
is paired with a sentence of close words that tells of a real act, which must still code."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("no_event", "event_type", "real", "actor", "recipient"),
    [
        (
            "Dua terpidana mati kasus narkoba asal Brasil mengajukan peninjauan kembali ke Mahkamah Agung.",
            "SANCTION",
            "Pengadilan Negeri Tangerang menjatuhkan hukuman mati kepada pengedar narkoba itu.",
            "IDN",
            None,
        ),
        (
            "Partai Golkar akhirnya menyerahkan kebijakan kenaikan harga BBM kepada pemerintah.",
            "RETREAT",
            "Puluhan anggota milisi Abu Sayyaf menyerahkan diri kepada tentara Filipina.",
            "PHL",
            None,
        ),
        (
            "Kementerian Hukum menyatakan persiapan di lokasi eksekusi sudah rampung.",
            "AGREE",
            "Partai Demokrat menyatakan kesiapannya mendukung pemerintah.",
            "IDN",
            None,
        ),
        (
            "Upacara pelantikan Panglima TNI digelar di Istana Negara.",
            "MOBILIZE",
            "Ribuan pasukan TNI digelar di perbatasan Papua.",
            "IDN",
            None,
        ),
        (
            "Temuan itu menyangkut udang yang diekspor ke Jepang dan Korea Selatan.",
            "COOPERATE",
            "Indonesia mengekspor batu bara ke India.",
            "IDN",
            "IND",
        ),
        (
            "Setiap tenaga kerja asing akan diperiksa kualifikasi dan kesehatannya.",
            "ACCUSE",
            "Jaksa Agung mengumumkan bahwa Bupati Bogor akan diperiksa pekan depan.",
            "IDN",
            None,
        ),
        (
            "Tanpa adanya dukungan dari Partai Golkar, rencana pemerintah itu kandas di DPR.",
            "REJECT",
            "Partai Golkar menolak rencana pemerintah menaikkan harga BBM.",
            "IDN",
            None,
        ),
        (
            "Presiden Joko Widodo dijadwalkan memanggil para calon menteri ke Istana Negara sore ini.",
            "ACCUSE",
            "Penyidik KPK dijadwalkan memanggil Bupati Bogor pekan depan.",
            "IDN",
            "IDN",
        ),
        (
            "Militer Tiongkok mendemonstrasikan jet tempur terbarunya di pameran dirgantara Zhuhai.",
            "PROTEST",
            "Ribuan buruh berdemonstrasi di depan kantor Gubernur Jawa Timur di Surabaya menuntut kenaikan upah.",
            "IDN",
            None,
        ),
        (
            "Kunjungan Presiden Jokowi ke pasar itu mengundang rasa ingin tahu para pedagang.",
            "AGREE",
            "Presiden Jokowi mengundang Perdana Menteri Malaysia ke Jakarta.",
            "IDN",
            "MYS",
        ),
        (
            "Kami belum memutuskan, kata Ketua DPP Partai Demokrat itu saat dihubungi wartawan di Jakarta.",
            "CONSULT",
            "Menteri Luar Negeri India dihubungi Menteri Luar Negeri Bangladesh untuk membahas banjir.",
            "BGD",
            "IND",
        ),
        (
            "Jumlah maskapai penerbangan Indonesia yang terbang ke Tiongkok terus bertambah.",
            "CONSULT",
            "Menlu Retno Marsudi terbang ke Beijing untuk bertemu mitranya.",
            "IDN",
            "CHN",
        ),
    ],
)
def test_stop_and_real_act(no_event, event_type, real, actor, recipient):
    assert event_type not in {e for e, _, _ in indonesian(no_event, "2015-03-01")}
    assert has(indonesian(real, "2015-03-01"), event_type, actor, recipient)


@pytest.mark.parametrize(
    ("sentence", "event_type", "pub_date"),
    [
        ("Gamawan Fauzi mengkritik Komisi Pemilihan Umum karena daftar pemilih yang kacau.", "ACCUSE", "2012-05-02"),
        ("Dahlan Iskan mendukung langkah Pertamina menaikkan harga elpiji.", "SUPPORT", "2013-09-10"),
        ("Susno Duadji membantah tuduhan bahwa ia menerima suap.", "REJECT", "2009-10-05"),
        ("Priyo meminta Komisi Pemberantasan Korupsi menuntaskan kasus itu.", "REQUEST", "2012-02-14"),
    ],
)
def test_indonesian_office_holders_of_2004_2015(sentence, event_type, pub_date):
    assert has(indonesian(sentence, pub_date), event_type, "IDN")
