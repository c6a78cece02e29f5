"""Indonesian recall and precision on unseen political and legal news (session 18, helper
recall_id_j): a suspect named "secara resmi" (the adverb hid the act), a protest named after it was
sent ("protes yang dilayangkan", "email protes"), a body's ethics or disciplinary hearing of its own
member, complying with a ruling ("patuh pada putusan", "mematuhi keputusan"), and two stops: the bench
"yang mengadili perkara" and a prosecutor's demand that the judges find the accused guilty, which is
no verdict (id/triggers_s18_recall_id_j.yaml). The sentences are written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    "text",
    [
        "Kejaksaan Agung secara resmi menetapkan dua pejabat sebagai tersangka dalam kasus pengadaan buku.",
        "KPK sudah secara resmi menetapkan Wali Kota Batu sebagai tersangka suap terkait proyek jalan.",
    ],
)
def test_suspect_named_officially_is_an_allegation(text):
    found = indonesian(text, pub_date="2017-08-25")
    assert has(found, "ACCUSE", "IDN", "IDN"), found


@pytest.mark.parametrize(
    "text",
    [
        "Surel protes yang dikirimkan Menteri Pertanian Amran Sulaiman kepada Bulog beredar luas.",
        "Protes yang dilayangkan Menteri Pertanian Amran Sulaiman kepada Bulog tidak ditanggapi.",
    ],
)
def test_a_protest_sent_is_verbal_not_a_street_protest(text):
    found = indonesian(text, pub_date="2017-08-25")
    assert has(found, "ACCUSE", "IDN"), found
    assert not any(e == "PROTEST" for e, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Propam Polri menggelar sidang disiplin terhadap dua anggota polisi di Medan.",
        "Dewan Kehormatan Penyelenggara Pemilu menggelar sidang etik terhadap Ketua KPU Jawa Timur.",
        "Polri menggelar sidang kode etik bagi Kapolres Bogor.",
    ],
)
def test_ethics_or_disciplinary_hearing_is_an_inquiry(text):
    found = indonesian(text, pub_date="2017-08-25")
    assert any(e == "ACCUSE" and "IDN" in a for e, a, _ in found), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Gubernur DKI Jakarta mematuhi keputusan Mahkamah Agung soal reklamasi.", "CONCEDE"),
        ("Kapolri mengatakan Polri patuh pada keputusan Presiden Joko Widodo.", "CONCEDE"),
        ("Partai itu menyatakan tidak akan tunduk pada putusan pengadilan.", "REJECT"),
    ],
)
def test_complying_with_a_ruling(text, event):
    found = indonesian(text, pub_date="2017-10-27")
    assert has(found, event, "IDN", "IDN"), found


def test_complying_promised_is_agree_or_concede():
    found = indonesian("Kapolri menegaskan Polri akan patuh pada keputusan pemerintah.", pub_date="2017-10-27")
    assert any(e in ("AGREE", "CONCEDE") and "IDN" in a for e, a, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a prosecutor's demand, not a verdict; the bench is only described
        "Jaksa menuntut supaya majelis hakim yang memeriksa perkara ini menyatakan terdakwa Andi terbukti bersalah.",
        '"Menuntut supaya majelis hakim yang mengadili kasus ini, menyatakan terdakwa terbukti bersalah," ujar Ali.',
    ],
)
def test_demand_for_a_guilty_verdict_is_no_verdict(text):
    found = indonesian(text, pub_date="2017-04-21")
    assert not any(e == "SANCTION" for e, _, _ in found), found


def test_the_bench_described_is_no_trial():
    found = indonesian(
        "Ketua majelis hakim yang mengadili perkara itu membacakan putusan pada Selasa.", pub_date="2017-04-21"
    )
    assert not any(e == "ACCUSE" for e, _, _ in found), found
    # a verdict the bench gives still convicts
    found = indonesian(
        "Majelis hakim menyatakan terdakwa Andi terbukti bersalah dan menghukumnya dua tahun penjara.",
        pub_date="2017-04-21",
    )
    assert any(e == "SANCTION" for e, _, _ in found), found
