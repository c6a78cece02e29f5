"""Indonesian wire precision (session 19, helper par_id11): a warning that a military action or an
attack "could damage / disrupt" something is a warning of a danger (ACCUSE, disapprove), not the
speaker's THREATEN — from id/triggers_s19_par_id11.yaml; with a threat of the speaker's own act and
a mere mention that must stay what they are."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Sekjen PBB memperingatkan bahwa tindakan militer Ethiopia di Somalia bisa menggagalkan proses perdamaian.",
            "UNO",
            "ETH",
        ),
        ("Menlu Jepang mengingatkan bahwa serangan udara Israel bisa memperburuk krisis di Gaza.", "JPN", "ISR"),
        ("Rusia memperingatkan bahwa intervensi militer Amerika Serikat akan mengacaukan kawasan itu.", "RUS", "USA"),
        (
            "Presiden Prancis memperingatkan bahwa operasi militer Turki di Suriah berisiko memicu krisis baru.",
            "FRA",
            "TUR",
        ),
    ],
)
def test_warning_of_a_danger_is_disapproval(text, actor, recipient):
    found = indonesian(text)
    assert has(found, "ACCUSE", actor, recipient), found
    assert not has(found, "THREATEN", actor), found


def test_warning_of_the_speakers_own_attack_stays_a_threat():
    found = indonesian("Iran memperingatkan akan melancarkan serangan militer terhadap Israel.")
    assert has(found, "THREATEN", "IRN", "ISR"), found


@pytest.mark.parametrize(
    "text",
    [
        # hypothetical and negated: nothing
        "Belum jelas apakah Jepang akan memperingatkan bahwa aksi militer China dapat merusak stabilitas.",
        "Menlu itu tidak memperingatkan bahwa serangan Israel bisa memperburuk krisis.",
    ],
)
def test_near_misses_code_no_disapproval(text):
    found = indonesian(text)
    assert not any(e == "ACCUSE" for e, _, _ in found), found
