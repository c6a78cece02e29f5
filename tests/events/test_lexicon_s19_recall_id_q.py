"""Indonesian recall on unseen news (session 19, helper recall_id_q): judging someone unfit for an
office, a denial with "sama sekali", disputing that a study proves anything, urging a regulation into
being, reporting social media accounts, a sentence read out in the passive with the court after the
verb, GP Ansor written with its abbreviation inside its name (id/triggers_s19_recall_id_q.yaml,
actors/bodies_s19_recall_id_q.yaml) -- and words like them that are no event: a vessel unfit to sail,
a right to report, a ban weighed against another approach, a hypothetical, a negated call."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Ketua Fraksi Gerindra menilai Jaksa Agung sudah tak layak menjabat.", "ACCUSE", "IDN", "IDN"),
        ("Partai Demokrat menganggap Ketua MK Arief Hidayat tidak layak memimpin lembaga itu.", "ACCUSE", "IDN", "IDN"),
        (
            '"Tidak benar sama sekali kalau partai kami menerima dana itu," ujar Ketua DPR Bambang Soesatyo.',
            "REJECT",
            "IDN",
            None,
        ),
        ("Ketua Umum PAN Zulkifli Hasan menyatakan tuduhan itu sama sekali tidak benar.", "REJECT", "IDN", None),
        (
            "Kementerian Agama menyebut survei itu tidak bisa dijadikan bukti guru menyebarkan paham radikal.",
            "REJECT",
            "IDN",
            None,
        ),
        (
            "Ketua PBNU Said Aqil Siradj mendorong pembentukan peraturan daerah tentang toleransi.",
            "REQUEST",
            "IDN",
            None,
        ),
        ("Fraksi PDIP mengusulkan revisi Undang-Undang Pemilu.", "REQUEST", "IDN", None),
        ("Kuasa hukum Setya Novanto melaporkan belasan akun media sosial.", "ACCUSE", "IDN", None),
        (
            "Vonis empat tahun penjara telah dibacakan majelis hakim Pengadilan Tipikor untuk mantan kepala dinas itu.",
            "SANCTION",
            "IDN",
            None,
        ),
        ("Gerakan Pemuda (GP) Ansor mendesak polisi menindak para pelaku.", "REQUEST", "IDN", "IDN"),
    ],
)
def test_codes(text, event, actor, recipient):
    assert has(indonesian(text), event, actor, recipient), indonesian(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a vessel unfit to sail: no office, no one judged
        ("Kapal itu dinilai tidak layak berlayar oleh Kementerian Perhubungan.", "ACCUSE"),
        # a right to report is no report made
        ("Sebagai warga negara, Setya Novanto memang punya hak untuk melaporkan para penyebar meme.", "ACCUSE"),
        ("Setiap warga berhak melaporkan akun penyebar hoaks, kata Kapolri Tito Karnavian.", "ACCUSE"),
        # a ban weighed against another approach is no ban
        (
            "Kapolri Tito Karnavian memilih berdialog dengan para mahasiswa dibandingkan dengan menangkap mereka.",
            "COERCE",
        ),
        # a sentence still to be read has no court acting yet
        ("Vonis terhadap mantan bupati itu akan dibacakan pekan depan.", "SANCTION"),
        # negated: the party did not urge the revision
        ("Fraksi PDIP tidak mengusulkan revisi Undang-Undang Pemilu.", "REQUEST"),
    ],
)
def test_near_misses(text, event):
    assert event not in {e for e, _, _ in indonesian(text)}, indonesian(text)
