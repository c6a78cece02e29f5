"""An inquiry named only as the ground of a finding (session 46, idfa; grammar `basis_words`,
coder.inquiry_as_setting): "Berdasarkan penyelidikan Komnas HAM, …", "Based on an investigation by
the commission, …" is no investigation told as news — and near misses: an inquiry told as the act
itself is still coded."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Berdasarkan penyelidikan Ombudsman, kepala dinas itu lalai mengawasi proyek jembatan."),
        ("id", "Berdasarkan hasil investigasi polisi, kebakaran gudang dipicu oleh korsleting listrik."),
        ("en", "Based on an investigation by the ombudsman, the district chief neglected the bridge project."),
    ],
)
def test_inquiry_as_ground_is_no_event(lang, text):
    found = coded_in(lang, text, pub_date="2023-05-10")
    assert not any(e == "ACCUSE" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Polisi Malaysia menyelidiki kematian warga Korea Utara di bandara Kuala Lumpur."),
        ("en", "Malaysian police are investigating the death of a North Korean man at Kuala Lumpur airport."),
    ],
)
def test_inquiry_told_as_news_is_coded(lang, text):
    found = coded_in(lang, text, pub_date="2023-05-10")
    assert any(e == "ACCUSE" for e, _, _ in found), found
