"""Indonesian precision and recall on unseen news (session 20, helper recall_id_x): sport, weather and
crime news hold words that code events in politics — "bulu tangkis" (badminton) is no "tangkis", a
keeper "menepis tendangan" parries a shot, "memukul KO" is a knockout, a team "membantai" another by
sets or goals, a player "dihukum denda" by the league's disciplinary committee — and one's wish
"ditahan" by a superior is no detention, a party "mengevaluasi dukungan" gives none
(id/triggers_s20_recall_id_x.yaml). Recall: civilians staging an action at a place, the police taking a
case forward with someone as its suspect."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Para mahasiswa mengadakan aksi di alun-alun kota pada Senin pagi.", "PROTEST", "IDN", None),
        ("Ribuan buruh menggelar aksi di Bundaran HI, Jakarta.", "PROTEST", "IDN", None),
        ("Polisi memproses perkara tabrakan itu dengan sopir truk sebagai tersangka.", "ACCUSE", "IDN", None),
    ],
)
def test_recall(text, event, actor, recipient):
    found = indonesian(text, pub_date="2017-07-20")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # badminton is no rejection
        ("Menpora mengapresiasi prestasi atlet bulu tangkis Indonesia di Jepang.", "REJECT"),
        # a keeper parrying a shot denies nothing
        ("Kiper Vietnam itu menepis tendangan penalti pemain Indonesia.", "REJECT"),
        # a knockout and a rout are matches, not assaults
        ("Petinju Filipina itu memukul KO lawannya dari Meksiko pada ronde ketiga.", "ASSAULT"),
        ("Tim voli putri Thailand membantai Indonesia tiga set langsung.", "ASSAULT"),
        # a league's disciplinary fine is no court sentence
        ("Gelandang itu dihukum denda Rp50 juta oleh Komdis PSSI karena memukul wasit.", "SANCTION"),
        ("Penyerang itu diskors dua laga dan dihukum denda oleh Komisi Disiplin.", "SANCTION"),
        # a wish held back by a superior is no detention
        ("Ia ingin segera pergi, tapi niatnya ditahan oleh atasannya, Jenderal Maraden Panggabean.", "COERCE"),
        # reviewing one's support gives none
        (
            "Ketua DPP PDIP Hendrawan Supratikno menyatakan, PDIP menggelar rapat internal untuk mengevaluasi "
            "dukungan terhadap Abdullah Azwar Anas.",
            "SUPPORT",
        ),
    ],
)
def test_not_events(text, event):
    found = indonesian(text, pub_date="2017-07-20")
    assert not any(e == event for e, _, _ in found), found
