"""Indonesian ACCUSE recall (session 25, crit_id): criticism voiced without a criticising verb — a
speaker's verdict on another party's act ("merupakan kekeliruan", "telah gagal melindungi", "salah
karena", "merupakan campur tangan", "itu memalukan", "mengancam stabilitas kawasan"), coded with
frame: cause (the judged party is the recipient, the speaker the actor;
id/triggers/s25_crit_id.yaml) — and near misses: negation, neutral errors and failures, no speaker."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Menlu Rusia mengatakan rencana Amerika Serikat itu merupakan kekeliruan.", "RUS", "USA"),
        ("Pembangunan permukiman Israel adalah sebuah kesalahan, kata Menteri Luar Negeri Yordania.", "JOR", "ISR"),
        ("Kebijakan Amerika Serikat itu merupakan kegagalan besar, kata Menteri Luar Negeri Iran.", "IRN", "USA"),
        ("Pemerintah Suriah telah gagal melindungi warga sipil, kata Sekjen PBB.", "UNO", "SYR"),
        ("Menurut Menlu Kanada, Myanmar gagal mencegah kekerasan terhadap warga Rohingya.", "CAN", "MMR"),
        ("China mengatakan Amerika Serikat salah karena mengirim kapal perang ke selat itu.", "CHN", "USA"),
        ("Menlu Iran mengatakan Washington keliru karena mengira sanksi akan berhasil.", "IRN", "USA"),
        ("Pernyataan duta besar Jerman itu merupakan campur tangan dalam urusan kami, kata Menlu Turki.", "TUR", "DEU"),
        ("Komentar Presiden Prancis itu memalukan, kata Menteri Luar Negeri Turki.", "TUR", "FRA"),
        ("Menteri Pertahanan Jepang mengatakan Korea Utara mengancam stabilitas kawasan.", "JPN", "PRK"),
    ],
)
def test_verdict_without_accusing_verb_codes_accuse(text, actor, recipient):
    found = indonesian(text, pub_date="2017-03-01")
    assert has(found, "ACCUSE", actor, recipient), found


@pytest.mark.parametrize(
    "text",
    [
        # negated verdicts
        "Menlu Rusia mengatakan bahwa keputusan Amerika Serikat itu bukan merupakan kesalahan.",
        "Pemerintah Malaysia tidak gagal melindungi warganya, kata Menteri Dalam Negeri Malaysia.",
        # neutral errors and failures
        "Keterlambatan pesawat itu merupakan kesalahan teknis, kata juru bicara Garuda Indonesia.",
        "Pemain Persija gagal mencetak gol dalam laga melawan Arema.",
        "Pasien itu meninggal karena gagal ginjal, kata dokter rumah sakit.",
        "Pengadilan Jakarta menyatakan pejabat itu bersalah karena menerima suap.",
        # hazards with no party to blame
        "Banjir mengancam keamanan warga di bantaran sungai, kata Gubernur Jakarta.",
        # no speaker: a narrator's statement codes nothing
        "Kebijakan itu merupakan kekeliruan.",
    ],
)
def test_near_misses_code_no_accuse(text):
    found = indonesian(text, pub_date="2017-03-01")
    assert not any(event == "ACCUSE" for event, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # impersonal "it is wrong if ...": no subject judged
        "Presiden Turki mengatakan salah jika warga menganggap pemilu itu sudah selesai.",
        # a reason for criticism already coded is not a second accusation
        "Menteri itu dihujani kritik karena dianggap gagal menangani banjir.",
    ],
)
def test_impersonal_and_reason_clauses(text):
    found = indonesian(text, pub_date="2017-03-01")
    assert sum(event == "ACCUSE" for event, _, _ in found) <= (1 if "kritik" in text else 0), found
