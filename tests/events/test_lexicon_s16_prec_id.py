"""Stop entries and readings from data/id/triggers_s16_prec.yaml (third precision round on untuned
Indonesian news): words that hold a trigger but tell of no event code nothing — the anger of
unnamed residents, the wording of a statute, reporters' questions, a patrol under way, a goal, a
tax amnesty, bomb planters and rocket launchers, a stance, an approval still due, "critics say",
an act left open, a protest foretold, the speech verb "menambahkan" — while the real sense beside
each still codes; and police blocking a march, a blessing received and a written protest go to the
right party and type."""

from __future__ import annotations

import pytest

from conftest import coded_in


def coded(text: str):
    return coded_in("id", text, "2017-08-22")


def types(text: str):
    return [e[0] for e in coded(text)]


def has(text: str, event: str, actor: str, recipient: str) -> bool:
    """`recipient` "" takes any recipient, or none."""
    return any(e == event and actor in a and (not recipient or recipient in r) for e, a, r in coded(text))


@pytest.mark.parametrize(
    "text",
    [
        "Penangkapan itu memicu kemarahan warga di Kabupaten Mimika.",
        "Pembakaran bendera tersebut menimbulkan keresahan masyarakat setempat, kata Kapolres.",
        "Pasal 5 berbunyi: setiap orang dilarang menyebarkan berita bohong.",
        "Setiap orang yang merintangi penyidikan dipidana dengan pidana penjara paling lama 12 tahun.",
        "Saat dicecar pertanyaan oleh wartawan, Menteri Perdagangan memilih diam.",
        "Gubernur itu dicecar sejumlah pertanyaan oleh awak media seusai rapat.",
        "Dua anggota Polsek Ciputat sedang berpatroli ketika mendengar teriakan minta tolong.",
        "Kementerian Dalam Negeri akan memperbarui sistem data untuk meningkatkan keamanan data warga.",
        "Sebanyak 900 ribu wajib pajak mengikuti program pengampunan pajak tahun lalu.",
        "Tentara menemukan 17 peluncur roket di dekat perbatasan.",
        "Gemayel, pihak yang berseberangan dengan Hizbullah, enggan berkomentar.",
        "Sejumlah kritik mengatakan Venezuela telah berubah menjadi negara otoriter.",
        "KPK membuka peluang menjerat korporasi dalam kasus suap proyek jalan itu.",
        "Ribuan massa diprediksi turun ke jalan pada 4 November nanti.",
        "Kabid Humas Polda Jawa Timur menambahkan polisi sudah mengantisipasi lonjakan arus mudik.",
        "Juru bicara itu menambahkan bahwa kepolisian selalu melakukan pengawasan di sekitar gedung.",
    ],
)
def test_no_event(text):
    assert coded(text) == []


def test_an_approval_still_due_is_not_given():
    assert "REQUEST" not in types("Dana itu harus disetujui oleh Kongres AS lebih dulu.")
    assert "AGREE" not in types("Dana itu harus disetujui oleh Kongres AS lebih dulu.")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # the real senses beside the stop entries
        ("Uji coba rudal itu memicu kekhawatiran Jepang, kata Menteri Pertahanan Jepang.", "ACCUSE", "JPN", ""),
        (
            "Majelis hakim menjatuhkan pidana penjara selama empat tahun kepada mantan bupati itu.",
            "SANCTION",
            "IDN",
            "IDN",
        ),
        ("Anggota Komisi III DPR mencecar Kapolri soal penembakan di Jalan Tol.", "ACCUSE", "IDN", "IDN"),
        ("Pasukan India berpatroli di sepanjang Garis Kontrol di Kashmir.", "MOBILIZE", "IND", ""),
        ("Polri meningkatkan pengamanan di sejumlah gereja menjelang Natal.", "MOBILIZE", "IDN", ""),
        ("Hizbullah menembakkan puluhan roket ke Israel utara pada Selasa.", "ASSAULT", "LBN", "ISR"),
        ("Ketua DPR mengkritik kebijakan impor beras pemerintah.", "ACCUSE", "IDN", "IDN"),
        ("KPK menetapkan Bupati Kudus sebagai tersangka kasus suap.", "ACCUSE", "IDN", "IDN"),
        ("Ribuan buruh turun ke jalan di Jakarta menuntut kenaikan upah.", "PROTEST", "IDN", ""),
        ("Polisi menyiagakan 2.000 personel untuk mengamankan unjuk rasa di depan gedung DPR.", "MOBILIZE", "IDN", ""),
        ("Kapolda Metro Jaya menambahkan 300 personel untuk mengamankan malam tahun baru.", "MOBILIZE", "IDN", ""),
        # the right party and type
        ("Massa buruh dihadang oleh polisi di depan Istana.", "COERCE", "IDN", "IDN"),
        ("Polisi menghadang massa buruh yang berjalan menuju gedung DPR.", "COERCE", "IDN", "IDN"),
        ("Rombongan menteri dihadang warga di pintu masuk desa.", "PROTEST", "IDN", "IDN"),
        (
            "Deddy Mizwar mengaku sudah mendapat restu dari Ketua Umum Gerindra Prabowo Subianto.",
            "SUPPORT",
            "IDN",
            "IDN",
        ),
        (
            "Surat Duta Besar Indonesia untuk Malaysia berisi protes atas penangkapan nelayan itu.",
            "ACCUSE",
            "IDN",
            "",
        ),
    ],
)
def test_codes(text, event, actor, recipient):
    assert has(text, event, actor, recipient), coded(text)


def test_police_blocking_a_march_is_no_protest():
    assert "PROTEST" not in types("Massa buruh dihadang oleh polisi di depan Istana.")


def test_a_blessing_received_is_given_by_the_one_after_dari():
    found = [e for e in coded("Deddy Mizwar sudah mendapat restu dari Prabowo Subianto.") if e[0] == "SUPPORT"]
    assert found and all(r for _, _, r in found)
