"""ACCUSE in reported wrongdoing (session 32, accuse; the `# from s32_accuse` sections of
en/ and id/triggers/accuse.yaml): a speaker saying another took or paid bribes, embezzled or diverted
funds ("prosecutors said the minister took bribes", frame cause: the one said to have done it is the
recipient), and saying someone took an amount of money or a share of projects ("jaksa menyebut bupati
itu menerima uang Rp 1,5 miliar", "menyebut partainya mendapat jatah 20 persen"), and the passive verdict
of incapacity or failure with its judge ("pemerintah dinilai Partai Demokrat gagal …") — and near misses:
money received with no speaker, a denial, the state's own transfers."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "date"),
    [
        ("Chinese prosecutors said the former railway minister took bribes worth 10 million dollars from businessmen.",
         "CHN", "CHN", "2013-06-08"),
        ("Brazilian prosecutors said Lula received kickbacks from the construction company Odebrecht.",
         "BRA", "BRA", "2017-05-10"),
        ("The United States said Venezuelan officials had embezzled billions from the state oil company.",
         "USA", "VEN", "2019-03-22"),
        ("Indian police said the opposition leader had accepted bribes from a defence contractor.",
         "IND", "IND", "2018-09-14"),
    ],
)
def test_english_reported_graft(text, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, "ACCUSE", actor, recipient), found


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "date"),
    [
        ("Jaksa KPK menyebut bupati itu menerima uang Rp 1,5 miliar dari kontraktor proyek jalan.",
         "IDN", "IDN", "2017-05-31"),
        ("Dalam sidang, jaksa menyebut Gubernur Bengkulu menerima uang sebesar Rp 1 miliar dari pengusaha.",
         "IDN", "IDN", "2017-11-02"),
        ("Ketua KPK menyebut Partai Golkar mendapat jatah dari setiap proyek yang dibahas di DPR.",
         "IDN", "IDN", "2017-08-30"),
        ("Kejaksaan Agung mengatakan direktur BUMN itu menyelewengkan dana perusahaan untuk membeli rumah mewah.",
         "IDN", "IDN", "2018-02-12"),
        ("Kepolisian dianggap Indonesia Corruption Watch tak mampu menuntaskan kasus penyerangan penyidik KPK.",
         "IDN", "IDN", "2017-10-05"),
        ("Pemerintah dinilai Partai Demokrat gagal menurunkan harga bahan pokok selama tiga tahun terakhir.",
         "IDN", "IDN", "2017-10-20"),
    ],
)
def test_indonesian_reported_graft(text, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, "ACCUSE", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The former governor received $500,000 in campaign donations from supporters in 2010 and 2011."),
        ("en", "The minister told reporters he had never taken a bribe in his life and never would."),
        ("id", "Kepala desa itu menyelewengkan dana desa untuk kepentingan pribadi selama dua tahun."),
        ("id", "Ketua umum partai itu menyebut partainya mendapat jatah kursi menteri dalam kabinet baru."),
        ("id", "Timnas Indonesia dinilai gagal memanfaatkan peluang dalam laga melawan Thailand."),
        ("id", "Menteri Keuangan mengatakan pemerintah daerah menerima dana bantuan dari pusat tahun ini."),
    ],
)
def test_reported_graft_near_misses(lang, text):
    found = coded_in(lang, text, "2017-06-10")
    assert all(e != "ACCUSE" for e, _, _ in found), found
