"""COERCE censorship families completed across languages (s47 coerce; en/ and id/triggers/coerce.yaml,
section "from s47_coerce"): phone and internet service halted or cut ("suspended mobile phone
services", "menghentikan layanan telepon seluler"), and access blocked to a named platform
("memblokir akses ke Wikipedia", which a road-blocking entry read as a protest) — and near misses:
storms cutting lines, protesters blocking access to an airport, a firm halting a service plan."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient", "date"),
    [
        ("en", "Bangladesh suspended mobile phone services in the refugee camps for a week.",
         "COERCE", "BGD", "BGD", "2019-09-10"),
        ("en", "Sudanese authorities cut cellphone networks in Khartoum ahead of the march.",
         "COERCE", "SDN", "SDN", "2022-06-29"),
        ("id", "Bangladesh menghentikan layanan telepon seluler di kamp pengungsi selama sepekan.",
         "COERCE", "BGD", "BGD", "2019-09-10"),
        ("id", "Otoritas Sudan memutus jaringan seluler di Khartoum menjelang pawai.",
         "COERCE", "SDN", "SDN", "2022-06-29"),
        ("id", "Pemerintah Turki memblokir akses ke Wikipedia sejak April.",
         "COERCE", "TUR", "TUR", "2017-05-02"),
    ],
)
def test_service_cut_and_platform_block_are_censorship(lang, text, event, actor, recipient, date):
    found = coded_in(lang, text, pub_date=date)
    assert has(found, event, actor, recipient), found


def test_platform_block_is_no_protest():
    found = indonesian("Pemerintah Turki memblokir akses ke Wikipedia sejak April.", pub_date="2017-05-02")
    assert not any(e == "PROTEST" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "Heavy storms cut phone lines across the region on Sunday.", "COERCE"),
        ("id", "Badai memutus jaringan telepon di seluruh kabupaten pada Minggu.", "COERCE"),
        ("id", "Pengunjuk rasa memblokir akses ke bandara selama tiga jam.", "COERCE"),
    ],
)
def test_near_misses(lang, text, event):
    found = coded_in(lang, text, pub_date="2022-01-10")
    assert not any(e == event for e, _, _ in found), found
