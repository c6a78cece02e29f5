"""Acts a verb of forcing brings about (session 43, retreat2; events/modality.forced_unrealised, grammar
forcing_verbs): told with a future or modal word, or hanging by a comma on a clause told so ("will face a
revolt forcing the minister to resign", "akan menghadapi krisis, yang memaksanya mundur"), the forced act
has not happened; a forcing told as done keeps its act."""

from __future__ import annotations

import pytest

from conftest import coded_in


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The cabinet will face a mass walkout forcing the interior minister to resign, analysts warned."),
        ("en", "Aid cuts could leave the rebels short of fuel, compelling them to retreat from the border towns."),
        ("id", "Pemerintah Thailand akan menghadapi krisis panjang, yang memaksanya mundur dari perundingan damai."),
        ("id", "Pengamat menilai tekanan itu akan memaksa menteri pertahanan mengundurkan diri."),
    ],
)
def test_forced_act_not_done(lang, text):
    found = coded_in(lang, text, "2023-06-10")
    assert all(e != "RETREAT" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The scandal forced the Japanese interior minister to resign on Monday."),
        ("id", "Skandal itu memaksa menteri dalam negeri Jepang mengundurkan diri pada Senin."),
    ],
)
def test_forced_act_done(lang, text):
    found = coded_in(lang, text, "2023-06-10")
    assert any(e == "RETREAT" for e, _, _ in found), found
