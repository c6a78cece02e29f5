"""COERCE and SANCTION (session 30, coerce; en/ and id/triggers/s30_coerce.yaml, actors/bodies_s30_coerce.yaml,
grammar decision_words and coder.decided_sanction): a bloc cutting off a state's financial transactions,
a government suspending a platform, a long name taken into custody, patrol vessels of Bakamla and the
fisheries ministry seizing boats, a sanction agreed as a decision — and near misses: a bank's own
transactions, the platform as subject, an employer's rule for its staff, a sanction promised or agreed
on a condition."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("The United States froze all banking transactions with Iran's central bank, the Treasury said.",
         "SANCTION", "USA", "IRN", "2019-09-21"),
        ("The African Union halted financial dealings with Guinea after the military seized power.",
         "SANCTION", "IGO", "GIN", "2021-09-10"),
        ("Pakistan's telecom regulator suspended TikTok for the second time in three months.",
         "COERCE", "PAK", None, "2021-03-12"),
        ("Mexican police took the former governor of Veracruz Javier Duarte into custody in Guatemala.",
         "COERCE", "MEX", None, "2017-04-16"),
        ("EU leaders agreed on Thursday to extend economic sanctions on Russia for six months.",
         "SANCTION", "EUR", "RUS", "2023-06-30"),
    ],
)
def test_english_coercion_wording(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Amerika Serikat membekukan transaksi perbankan dengan Iran, kata Departemen Keuangan.",
         "SANCTION", "USA", "IRN", "2019-09-21"),
        ("Kapal patroli Bakamla menangkap kapal ikan berbendera Filipina di perairan Sulawesi Utara.",
         "COERCE", "IDN", "PHL", "2023-07-04"),
        ("Kapal patroli KKP menangkap dua kapal ikan asing berbendera Malaysia di Selat Malaka.",
         "COERCE", "IDN", "MYS", "2024-02-14"),
        ("Para menteri luar negeri Uni Eropa sepakat menjatuhkan sanksi baru terhadap Belarus.",
         "SANCTION", "EUR", "BLR", "2021-06-21"),
    ],
)
def test_indonesian_coercion_wording(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "The bank suspended financial transactions for its customers during the upgrade.", "SANCTION"),
        ("en", "Twitter suspended the account of the former president after the riot.", "COERCE"),
        ("en", "The United States promised to impose sanctions on anyone who helps the junta.", "SANCTION"),
        ("en", "EU leaders agreed to impose sanctions on Belarus if it refused to release the journalist.", "SANCTION"),
        ("id", "Bank itu menghentikan transaksi keuangan nasabah selama perbaikan sistem.", "SANCTION"),
        ("id", "Perusahaan rintisan itu melarang karyawannya bekerja dari kafe.", "COERCE"),
        ("id", "Pabrik tersebut melarang para pekerjanya membawa telepon ke ruang produksi.", "COERCE"),
        ("id", "Amerika Serikat berjanji menjatuhkan sanksi kepada siapa pun yang membantu junta.", "SANCTION"),
    ],
)
def test_coercion_near_misses(lang, text, event):
    found = coded_in(lang, text, "2023-06-10")
    assert all(e != event for e, _, _ in found), found
