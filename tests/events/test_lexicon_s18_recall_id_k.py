"""Indonesian recall and precision on unseen court, KPK and police news (session 18, recall_id_k):
scheduling a questioning is the summons, asking to postpone a questioning is a request, opposing a
project by name is disapproval (id/triggers_s18_recall_id_k.yaml); police investigators named by
Polri are Indonesia's even abroad (actors/sectors_s14_id_domestic.yaml) — and court words like them
that are no event: a lawsuit won, the verdict formula "Mengadili, menyatakan ...", an objection
declared inadmissible."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        (
            "KPK menjadwalkan pemeriksaan terhadap Bupati Klaten, Senin (3/4).",
            "KPK belum menjadwalkan pemeriksaan terhadap Bupati Klaten.",
        ),
        (
            "Polda Metro Jaya kembali menjadwalkan pemanggilan Wali Kota Bekasi pekan ini.",
            "Polda Metro Jaya tidak menjadwalkan pemanggilan Wali Kota Bekasi pekan ini.",
        ),
        ("KPK Jadwalkan Pemeriksaan Gubernur Bengkulu", None),
    ],
)
def test_scheduling_a_questioning_is_the_summons(text, negated):
    assert has(indonesian(text, pub_date="2017-04-05"), "ACCUSE", "IDN", "IDN"), indonesian(text, pub_date="2017-04-05")
    if negated:
        assert not has(indonesian(negated, pub_date="2017-04-05"), "ACCUSE", "IDN"), indonesian(negated)


@pytest.mark.parametrize(
    "text",
    [
        "Wali kota itu mengajukan penundaan pemeriksaan kepada penyidik KPK.",
        "Sandiaga Uno mengajukan penjadwalan ulang pemeriksaan kepada Polda Metro Jaya.",
    ],
)
def test_asking_to_postpone_a_questioning_is_a_request(text):
    found = indonesian(text, pub_date="2017-07-04")
    assert has(found, "REQUEST", "IDN", "IDN"), found


@pytest.mark.parametrize(
    "text",
    [
        "Ratusan nelayan Teluk Benoa menolak reklamasi yang direncanakan pemerintah provinsi.",
        "Warga Kendeng menolak pembangunan pabrik semen di desa mereka.",
        "Warga Tolak Pendirian Tambang Pasir di Lumajang",
    ],
)
def test_opposing_a_project_is_disapproval(text):
    found = indonesian(text, pub_date="2016-10-11")
    assert has(found, "ACCUSE", "IDN"), found
    assert not has(found, "REJECT", "IDN"), found
    # refusing a demand stays a rejection
    refusal = indonesian("Gubernur itu menolak tuntutan warga agar tambang pasir ditutup.", pub_date="2016-10-11")
    assert has(refusal, "REJECT", "IDN") and not has(refusal, "ACCUSE", "IDN"), refusal


def test_polri_investigators_abroad_are_indonesian():
    found = indonesian(
        "Mantan menteri itu diperiksa oleh tim penyidik Polri di Kuala Lumpur kemarin.", pub_date="2017-08-16"
    )
    assert has(found, "ACCUSE", "IDN"), found
    assert not has(found, "ACCUSE", "MYS"), found


@pytest.mark.parametrize(
    "text",
    [
        "Mahkamah Agung memenangkan gugatan para nelayan atas izin tambang pasir.",
        '"Mengadili, menyatakan eksepsi terdakwa tidak dapat diterima," kata hakim ketua Budi Santoso.',
        "Hakim menyatakan keberatan kuasa hukum tidak dapat diterima.",
        "Ketua majelis hakim Yanto membacakan putusan sela. Mengadili menyatakan keberatan eksepsi kuasa hukum"
        " terdakwa tidak dapat diterima, ujar Yanto.",
    ],
)
def test_court_words_that_are_no_accusation(text):
    found = indonesian(text, pub_date="2018-01-04")
    assert not has(found, "ACCUSE", "IDN"), found
