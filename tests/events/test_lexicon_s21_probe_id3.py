"""Indonesian entries from the third Indonesian probe round (session 21, helper probe_id3;
id/triggers_s21_probe_id3.yaml, actors/bodies_s21_probe_id3.yaml): drones supplied to another
state ("memasok pesawat nirawak"), a junta suspending political activity, a government calling
off a bill after protests, and the Amhara militia Fano named bare — with the near misses that
are no such event (a court annulling a law, a negated or hypothetical act)."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Turki memasok pesawat nirawak Bayraktar kepada militer Ethiopia.", "AID", "TUR", "ETH"),
        ("Iran menyuplai pesawat nirawak Shahed kepada Rusia, kata pejabat Ukraina.", "AID", "IRN", "RUS"),
        (
            "Junta Mali menangguhkan semua kegiatan partai politik hingga pemberitahuan lebih lanjut.",
            "COERCE",
            "MLI",
            None,
        ),
        ("Dewan militer Niger membekukan aktivitas partai-partai politik di seluruh negeri.", "COERCE", "NER", None),
        (
            "Presiden Kenya William Ruto mengumumkan pembatalan RUU keuangan setelah protes besar.",
            "CONCEDE",
            "KEN",
            None,
        ),
        ("Pemerintah Kenya membatalkan RUU pajak yang ditentang ribuan mahasiswa.", "CONCEDE", "KEN", None),
        ("Bentrokan antara tentara Ethiopia dan milisi Fano terjadi di dekat Gondar.", "ASSAULT", "ETH", "ETH"),
    ],
)
def test_probe_recall(text, event, actor, recipient):
    found = indonesian(text, pub_date="2024-06-26")
    assert has(found, event, actor, recipient), found


def test_fano_is_no_indonesian_party():
    found = indonesian(
        "Bentrokan antara tentara Ethiopia dan milisi Fano terjadi di dekat Gondar.", pub_date="2023-08-05"
    )
    assert found and not any("IDN" in a or "IDN" in r for _, a, r in found), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Turki belum memasok pesawat nirawak kepada Ethiopia.", "AID"),
        ("Belum jelas apakah Turki akan memasok pesawat nirawak kepada Ethiopia.", "AID"),
        ("Junta Mali tidak menangguhkan kegiatan partai politik.", "COERCE"),
        ("Mahkamah Konstitusi membatalkan undang-undang pajak itu pada Kamis.", "CONCEDE"),
        ("Pemerintah Kenya belum membatalkan RUU keuangan meski diprotes mahasiswa.", "CONCEDE"),
        ("Pemerintah Kenya mungkin membatalkan RUU keuangan jika protes berlanjut.", "CONCEDE"),
    ],
)
def test_probe_near_misses(text, event):
    found = indonesian(text, pub_date="2024-06-26")
    assert not any(e == event for e, _, _ in found), found
