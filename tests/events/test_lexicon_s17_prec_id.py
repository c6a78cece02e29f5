"""Stop entries and readings from data/id/triggers_s17_prec_id.yaml (precision on unseen Indonesian
news, session 17): words that hold a trigger but tell of no event code nothing — the indictment as a
document, the parts of a petition in a ruling, a ship under way, leaving office in a time clause, a
figurative threat to a position, a meeting not yet held, a welcome being prepared, a rule for anyone,
a belief in someone's innocence, a line of defence taken, something sent to the troops, a group
labelled by whom it backs, a ceremony attended, the record of an examination, a petition that lost
its object, meddling in an investigation, an examination that was to be held — while the real sense
beside each still codes; a dismissal "sebagai ketua" is COERCE, not a resignation; a sum in "US$"
names no party (id/grammar.yaml currencies); and a Belgian prime minister of 2017 is Belgium's
(actors/people/s17_prec_id.tsv)."""

from __future__ import annotations

import pytest

from conftest import coded_in


def coded(text: str, pub_date: str = "2017-08-22"):
    return coded_in("id", text, pub_date)


def types(text: str):
    return [e[0] for e in coded(text)]


def has(text: str, event: str, actor: str, recipient: str, pub_date: str = "2017-08-22") -> bool:
    """`recipient` "" takes any recipient, or none."""
    return any(e == event and actor in a and (not recipient or recipient in r) for e, a, r in coded(text, pub_date))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Firman Wijaya tak merinci bagian mana yang merupakan imajinasi jaksa KPK dalam surat dakwaan Setnov.",
            "ACCUSE",
        ),
        ("Ketua MK Arief Hidayat menyatakan permohonan pemohon kehilangan objek.", "REQUEST"),
        ("Ketua MK Arief Hidayat menyatakan pokok permohonan tidak dipertimbangkan.", "REQUEST"),
        ("Kapal TNI AL menangkap perahu para pendatang saat berlayar menuju Tanjungbalai.", "MOBILIZE"),
        (
            "Juru bicara Obama tak menjelaskan rencana lawatan perdana Obama ke Indonesia setelah dia lengser dari"
            " kursi kepresidenan.",
            "RETREAT",
        ),
        ("Wakil Ketua DPR Fahri Hamzah mengancam posisi Ketua KPK Agus Rahardjo.", "THREATEN"),
        ('Sandiaga mengatakan: "Saya belum bertemu secara resmi dengan Prabowo."', "REJECT"),
        ("Polri bersiap menyambut kedatangan Presiden Amerika Serikat di Bali.", "CONSULT"),
        ("Menurut Kapolri Tito Karnavian, di dalam pesawat seseorang dilarang menyalakan telepon.", "COERCE"),
        ("Menlu Retno Marsudi yakin bahwa pekerja migran itu tidak bersalah.", "ACCUSE"),
        ("Benteng pertahanan terakhir ISIS, Albu Kamal, sudah dibebaskan dari ISIS, kata komandan Suriah.", "RETREAT"),
        ("ISIS memasang bom pada anjing lalu mengirimkannya ke pasukan tentara Irak.", "MOBILIZE"),
        ("Komandan aliansi militer yang mendukung pasukan Presiden Bashar al-Assad itu tiba di Damaskus.", "SUPPORT"),
        ("Presiden Joko Widodo akan menghadiri peringatan Hari Pers Nasional di Padang.", "AGREE"),
        ("Jaksa KPK memutar video pemeriksaan saksi Miryam S Haryani di persidangan.", "ACCUSE"),
        ("Hakim MK Arief Hidayat menilai permohonan itu telah kehilangan objek.", "REQUEST"),
        ("Masinton mengatakan pansus tak pernah mencampuri atau mengintervensi terhadap penyidikan di KPK.", "ACCUSE"),
        ("Setya Novanto sedianya bakal diperiksa KPK hari ini.", "ACCUSE"),
    ],
)
def test_no_event(text, event):
    assert event not in types(text), coded(text)


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # the real senses beside the stop entries
        ("KPK mendakwa Setya Novanto menerima suap proyek KTP elektronik.", "ACCUSE", "IDN", "IDN"),
        ("Sandiaga menolak bertemu dengan Prabowo.", "REJECT", "IDN", ""),
        ("Presiden Jokowi mengancam akan memecat Menteri Perhubungan.", "THREATEN", "IDN", "IDN"),
        ("Kapal perang China berlayar di Laut China Selatan.", "MOBILIZE", "CHN", ""),
        ("Presiden Jokowi menyambut kedatangan Raja Salman di Istana Bogor.", "CONSULT", "SAU", "IDN"),
        ("Presiden Trump menganggap Hillary Clinton bersalah.", "ACCUSE", "USA", "USA"),
        ("Rusia mengirimkan pasukan ke Suriah.", "MOBILIZE", "RUS", "SYR"),
        ("KPK memeriksa Setya Novanto sebagai saksi kasus KTP elektronik.", "ACCUSE", "IDN", "IDN"),
        # the right type and party
        ("Partai Hanura memberhentikan Oesman Sapta sebagai Ketua Umum Hanura.", "COERCE", "IDN", "IDN"),
        ("Wakil Ketua Komisi I DPR Fayakhun meminta Erwin membayar US$ 300 ribu.", "REQUEST", "IDN", "IDN"),
    ],
)
def test_codes(text, event, actor, recipient):
    assert has(text, event, actor, recipient), coded(text)


def test_a_dismissal_is_no_resignation():
    assert "RETREAT" not in types("Partai Hanura memberhentikan Oesman Sapta sebagai Ketua Umum Hanura.")


def test_a_sum_in_us_dollars_names_no_party():
    found = coded("Wakil Ketua Komisi I DPR Fayakhun meminta Erwin membayar US$ 300 ribu.")
    assert found and not any("USA" in r for _, _, r in found)


def test_belgian_prime_minister_in_2017():
    text = "Perdana Menteri Belgia Charles Michel menyesalkan keputusan duta besarnya."
    assert has(text, "ACCUSE", "BEL", "", "2017-05-09"), coded(text, "2017-05-09")
    assert not has(text, "ACCUSE", "EUR", "", "2017-05-09")
