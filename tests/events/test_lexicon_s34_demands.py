"""Demands stated with a modal and no event word (session 34, demands; coder.code_stated_duties,
grammar `demand_modals`): a party's words that another named party must do something are its
REQUEST to that party — and near misses: the speaker's own side ("we must"), a passive duty, an
analyst's view, a hypothetical."""

from __future__ import annotations

import pytest

from conftest import coded_in
from conftest import has_event as has


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "Belarus must stop the flow of migrants, the Polish interior minister said on Tuesday.", "POL", "BLR"),
        ("en", '"Serbia must recognise the new border," the Kosovo prime minister told parliament.', "XKX", "SRB"),
        ("id", "Pemerintah Myanmar harus menghentikan kekerasan di Rakhine, kata Menlu Malaysia.", "MYS", "MMR"),
        ("id", '"Korea Utara wajib mematuhi resolusi Dewan Keamanan," ujar Menteri Luar Negeri Jepang.', "JPN", "PRK"),
    ],
)
def test_stated_duty_is_a_demand(lang, text, actor, recipient):
    found = coded_in(lang, text, pub_date="2023-05-01")
    assert has(found, "REQUEST", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", '"We must stay united," the Kenyan president said.'),
        ("en", "Japan must not be intimidated, the Japanese prime minister said."),
        ("en", "If talks fail, Iran must accept new inspections, the analyst said."),
        ("en", "People should vote early, the minister said."),
        ("id", '"Kami harus tetap bersatu," kata Presiden Filipina.'),
        ("id", "Kepolisian harus diberi wewenang lebih besar, kata Menteri Dalam Negeri."),
        ("id", "Menurut pengamat politik, Partai Golkar perlu mencari calon baru."),
    ],
)
def test_no_demand_on_another(lang, text):
    found = coded_in(lang, text, pub_date="2023-05-01")
    assert not any(e == "REQUEST" for e, _, _ in found), found
