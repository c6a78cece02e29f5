"""Indonesian probes written the way an outside test suite would (session 20, helper probe_id): relief
goods named before the passive verb that ships them ("bantuan kemanusiaan ... diterbangkan oleh X ke Y",
"ribuan tenda dikirimkan oleh X ke Y") and air-defence systems or named weapons sent "ke" a state
(id/triggers_s20_probe_id.yaml) — and near misses: election logistics or imported rice shipped at home,
an arms delivery refused or only weighed."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Bantuan kemanusiaan seberat 30 ton diterbangkan oleh pemerintah Indonesia ke Lebanon.", "AID", "IDN", "LBN"),
        ("Bantuan beras sebanyak 5.000 ton disalurkan oleh pemerintah Jepang kepada Myanmar.", "AID", "JPN", "MMR"),
        ("Bantuan medis sebanyak 40 ton disumbangkan oleh Singapura kepada Myanmar.", "AID", "SGP", "MMR"),
        ("Ribuan tenda dikirimkan oleh Malaysia ke Turki.", "AID", "MYS", "TUR"),
        ("Norwegia mengirimkan sistem pertahanan udara NASAMS ke Ukraina.", "AID", "NOR", "UKR"),
        ("Jerman mengirimkan sistem pertahanan udara Patriot ke Ukraina.", "AID", "DEU", "UKR"),
        ("Belanda mengirim jet tempur F-16 ke Ukraina.", "AID", "NLD", "UKR"),
    ],
)
def test_aid_told_otherwise(text, event, actor, recipient):
    found = indonesian(text, pub_date="2024-05-15")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    "text",
    [
        "Logistik pemilu dikirim ke seluruh TPS di Jakarta oleh KPU.",
        "Beras impor dari Vietnam dikirim ke gudang Bulog di Surabaya.",
        "Amerika Serikat menolak mengirimkan sistem pertahanan udara Patriot ke Ukraina.",
        "Jerman masih mempertimbangkan apakah akan mengirim sistem pertahanan udara ke Ukraina.",
        "Bantuan kemanusiaan untuk Gaza belum dikirim karena perbatasan ditutup.",
    ],
)
def test_near_misses(text):
    found = indonesian(text, pub_date="2024-05-15")
    assert not any(e == "AID" for e, _, _ in found), found
