"""English and Indonesian code the same line alike (session 24, agree_gap2): Indonesian mirrors of
English entries (id/triggers_s24_agree_gap2.yaml) — a promise of help ("akan membantu", as
en.agree.would-help) and strengthening cooperation ("memperkuat kerjasama dengan", as
en.agree.boost-ties) — and near misses: a refusal to help, and help with a task that names no
party helped."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import agree, coded_in, has_event

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("en", "id_", "event", "actor", "recipient"),
    [
        (
            "Japan will help Fiji rebuild its ports.",
            "Jepang akan membantu Fiji membangun kembali pelabuhannya.",
            "AGREE",
            "JPN",
            "FJI",
        ),
        (
            "Australia will help East Timor train its police.",
            "Australia akan membantu Timor Leste melatih polisinya.",
            "AGREE",
            "AUS",
            "TLS",
        ),
        (
            "Russia strengthened cooperation with Japan in the energy sector.",
            "Rusia memperkuat kerjasama dengan Jepang di bidang energi.",
            "AGREE",
            "RUS",
            "JPN",
        ),
        (
            "Vietnam deepened cooperation with India last year.",
            "Vietnam memperdalam kerja sama dengan India tahun lalu.",
            "AGREE",
            "VNM",
            "IND",
        ),
    ],
)
def test_both_languages_code_the_event(en, id_, event, actor, recipient):
    agree(en, id_, event, actor, recipient)


def test_a_refusal_to_help_is_no_promise():
    found = indonesian("Jepang tidak akan membantu Fiji.")
    assert not has_event(found, "AGREE", "JPN"), found


def test_help_with_a_task_names_no_party_helped():
    found = indonesian("Pasukan AS itu akan membantu melakukan tugas intelijen di Irak.")
    assert not any(e == "AGREE" for e, _, _ in found), found
