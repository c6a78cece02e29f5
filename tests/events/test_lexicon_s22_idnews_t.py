"""Indonesian precision fixes (session 22, idnews_t), id/triggers_s22_idnews_t.yaml: a guided
missile ("peluru kendali") launched with no target is MOBILIZE, not a strike; declaring oneself
ready to use force is a threat, not an agreement; "memperingatkan agar X ..." is a demand; a prison
term with a long object is a SANCTION; capacity, posture, choice and preparation phrases code
nothing; a dissident ("pembangkang") is no refusal."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # a missile launch with no target named
        ("Korea Utara kembali menembakkan dua peluru kendali ke laut lepas pada Senin pagi.", "MOBILIZE", "PRK", None),
        ("Pyongyang menggelar uji coba peluru kendali jarak jauh di pantai timur.", "MOBILIZE", "PRK", None),
        # ready to use force
        ("AS menyatakan siap menempuh cara paksa untuk menghentikan program nuklir Korut.", "THREATEN", "USA", "PRK"),
        ("Militer Korea Utara menyatakan siap menjadikan Seoul lautan api.", "THREATEN", "PRK", "KOR"),
        # a warning that another should act
        ("Hamas memperingatkan agar Israel segera membebaskan para tahanan Palestina.", "REQUEST", "PSE", "ISR"),
        # jailed, a long object before the prison
        ("Mahkamah Agung Kuwait menjebloskan dua puluh anggota sel itu ke penjara.", "SANCTION", "KWT", None),
    ],
)
def test_precision_families(text, event, actor, recipient):
    found = indonesian(text, pub_date="2017-08-10")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the missile launch is no strike
        ("Korea Utara kembali menembakkan dua peluru kendali ke laut lepas pada Senin pagi.", "ASSAULT"),
        # readiness to use force is no agreement
        ("AS menyatakan siap menempuh cara paksa untuk menghentikan program nuklir Korut.", "AGREE"),
        ("Militer Korea Utara menyatakan siap menjadikan Seoul lautan api.", "AGREE"),
        # depending on another's willingness is no offer
        ("Pemimpin Hamas mengatakan pertukaran tahanan bergantung pada kesediaan Israel untuk berkompromi.", "AGREE"),
        # the warning is no threat of the speaker's own act
        ("Hamas memperingatkan agar Israel segera membebaskan para tahanan Palestina.", "THREATEN"),
        # jailed is no arrest
        ("Mahkamah Agung Kuwait menjebloskan dua puluh anggota sel itu ke penjara.", "COERCE"),
        # capacity, posture, choice: no fight
        ("Menhan AS mengatakan pasukan lokal di Suriah punya motivasi untuk bertempur melawan ISIS.", "ASSAULT"),
        ("Korea Utara mengatakan kapal induk Amerika Serikat sudah dalam posisi menyerang.", "ASSAULT"),
        ("Duta Besar AS mengatakan Korea Utara punya pilihan antara berperang atau berdamai.", "ASSAULT"),
        # sanctions only being prepared, a test only being readied
        ("Amerika Serikat sedang mempersiapkan langkah keras dan sanksi baru bagi Korea Utara.", "SANCTION"),
        ("Menurut Seoul, Korea Utara telah memantapkan kesiapan uji coba nuklir keenam.", "MOBILIZE"),
        # a pretext is no act of its own
        ("Tentara Myanmar menggelar operasi di Rakhine dengan dalih mengusir kelompok bersenjata.", "COERCE"),
        # a dissident is no refusal
        ("China menyebut Taiwan sebagai provinsi pembangkang.", "REJECT"),
        ("Beijing menganggap pulau itu sebagai wilayah pembangkang yang harus bersatu kembali.", "REJECT"),
    ],
)
def test_precision_near_misses(text, wrong):
    found = indonesian(text, pub_date="2017-08-10")
    assert not any(e == wrong for e, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # negated or hypothetical: no threat
        "Amerika Serikat tidak menyatakan siap menempuh cara paksa terhadap Korea Utara.",
        "Jika Korea Utara menyatakan siap menempuh cara paksa, Seoul akan meminta bantuan.",
    ],
)
def test_threat_near_misses(text):
    found = indonesian(text, pub_date="2017-08-10")
    assert not any(e == "THREATEN" for e, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a missile fired at a target stays a strike
        "Pasukan Houthi menembakkan peluru kendali ke pangkalan udara Arab Saudi.",
    ],
)
def test_missile_at_target_stays_assault(text):
    found = indonesian(text, pub_date="2017-08-10")
    assert any(e == "ASSAULT" for e, _, _ in found), found
