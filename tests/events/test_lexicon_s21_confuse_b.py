"""Indonesian verbal-cooperation boundaries (session 21, confuse_b; id/triggers_s21_confuse_b.yaml):
approving a thing is an endorsement (SUPPORT), agreeing to act stays AGREE; offering to host talks
is an offer (AGREE), not a meeting held (CONSULT); "penuntutan" is a prosecution (ACCUSE), not a
demand (REQUEST) — and near misses: refusal, volunteering, a protesters' demand."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Parlemen Malaysia menyetujui perjanjian perdagangan dengan Singapura.", "MYS", "SGP"),
        ("Usulan Jepang itu disetujui pemerintah Australia.", "AUS", "JPN"),
        ("Dewan Keamanan PBB menyetujui usulan Indonesia tentang misi perdamaian.", "UNO", "IDN"),
    ],
)
def test_approving_a_thing_is_support(text, actor, recipient):
    found = indonesian(text, pub_date="2017-03-01")
    assert has(found, "SUPPORT", actor, recipient), found
    assert not has(found, "AGREE", actor), found


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Iran menyetujui untuk membuka kembali perundingan dengan Uni Eropa.", "IRN", "EUR"),
        ("Thailand dan Kamboja setuju untuk bertemu di Bangkok.", "THA", "KHM"),
    ],
)
def test_agreeing_to_act_stays_agree(text, actor, recipient):
    found = indonesian(text, pub_date="2017-03-01")
    assert has(found, "AGREE", actor, recipient), found
    assert not has(found, "SUPPORT", actor), found


def test_offer_to_host_talks_is_agree():
    found = indonesian(
        "Qatar menawarkan diri menjadi tuan rumah perundingan antara Amerika Serikat dan Taliban.",
        pub_date="2017-03-01",
    )
    assert has(found, "AGREE", "QAT", "USA"), found
    assert not has(found, "CONSULT", "QAT"), found


def test_prosecution_is_accuse_not_request():
    found = indonesian(
        "Kejaksaan Agung memulai penuntutan terhadap mantan Menteri Kesehatan Siti Fadilah Supari.",
        pub_date="2017-03-01",
    )
    assert has(found, "ACCUSE", "IDN", "IDN"), found
    assert not has(found, "REQUEST", "IDN"), found


def test_refused_approval_is_reject():
    found = indonesian("Parlemen Malaysia tidak menyetujui usulan Singapura.", pub_date="2017-03-01")
    assert has(found, "REJECT", "MYS", "SGP"), found
    assert not has(found, "SUPPORT", "MYS"), found


@pytest.mark.parametrize(
    "text",
    [
        "Qatar menawarkan diri untuk bergabung dengan koalisi.",  # volunteering, no offer to a party
        "Para pengamat menilai parlemen mungkin menyetujui usulan itu.",  # hypothetical
    ],
)
def test_near_misses_code_no_support_or_agree(text):
    found = indonesian(text, pub_date="2017-03-01")
    assert not any(e in {"SUPPORT", "AGREE"} for e, _, _ in found), found
