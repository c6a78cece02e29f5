"""Indonesian recall and precision on unseen IndoSum news (session 20, helper recall_id_y):
reminding another to act ("mengingatkan pemerintah untuk ..."), an attack on one's own spouse or
partner, which is domestic crime and no event, a state allowing or advising a private practice
(abortion, same-sex marriage), which is no permission given to anyone (id/triggers_s20_recall_id_y.yaml), and two
transport bodies, the Jabodetabek transport agency and the Indonesian Transportation Society
(actors/bodies_s20_recall_id_y.yaml) — and words like them that are no event."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Menlu Retno Marsudi mengingatkan Myanmar untuk melindungi warga sipil di Rakhine.", "IDN", "MMR"),
        ("Presiden Jokowi mengingatkan Malaysia untuk mengatasi kabut asap.", "IDN", "MYS"),
        ("Masyarakat Transportasi Indonesia mengingatkan pemerintah untuk menyiapkan angkutan umum.", "IDN", "IDN"),
    ],
)
def test_reminding_another_to_act_is_a_request(text, actor, recipient):
    found = indonesian(text, pub_date="2017-08-10")
    assert has(found, "REQUEST", actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("MTI meminta pemerintah menambah jumlah bus kota.", "REQUEST", "IDN", "IDN"),
        ("BPTJ melarang truk melintas di jalan tol dalam kota pada jam sibuk.", "COERCE", "IDN", None),
    ],
)
def test_transport_bodies_are_actors(text, event, actor, recipient):
    found = indonesian(text, pub_date="2017-08-10")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    "text",
    [
        # advice to travellers and the public is no request to a political actor
        "Polisi mengingatkan pemudik agar beristirahat setiap empat jam.",
        "BPBD mengingatkan warga untuk waspada terhadap banjir susulan.",
    ],
)
def test_public_advice_is_no_request(text):
    found = indonesian(text, pub_date="2017-08-10")
    assert not any(e == "REQUEST" for e, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Pelaku cemburu lalu mencoba membunuh istrinya, kata Kapolsek.",
        "Pelaku membunuh istrinya dengan sebilah pisau, kata Kapolsek.",
        "Pelaku berniat membunuh kekasihnya karena cemburu, ujar Kapolres.",
        "Pelaku menusuk pacarnya hingga tewas, kata polisi.",
    ],
)
def test_attack_on_own_spouse_is_no_event(text):
    found = indonesian(text, pub_date="2017-04-05")
    assert not found, found


def test_attempt_on_an_official_still_codes():
    found = indonesian("Kelompok bersenjata mencoba membunuh Gubernur Papua di Jayapura.", pub_date="2017-04-05")
    assert any(e == "ASSAULT" for e, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Irlandia mengizinkan aborsi pada kasus tertentu sejak 2013.",
        "Parlemen negara itu membolehkan pernikahan sesama jenis tahun lalu.",
        "Pemerintah hanya menyarankan aborsi dengan persyaratan ketat, kata aktivis itu.",
    ],
)
def test_allowing_a_private_practice_is_no_event(text):
    found = indonesian(text, pub_date="2017-10-01")
    assert not found, found


def test_allowing_access_to_another_still_codes():
    found = indonesian("Israel mengizinkan bantuan kemanusiaan masuk ke Gaza.", pub_date="2017-10-01")
    assert has(found, "RETREAT", "ISR"), found
