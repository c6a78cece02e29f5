"""Indonesian business and party-internal wording that is no political event (session 31, idprec2;
id/triggers/not_events.yaml, section "from s31_idprec2"): a firm signing a sale or a sale-and-purchase
agreement, a firm described as a joint venture, a listed company (Tbk) or a bank lending to a firm
(PT), a party branch ready to hold its own congress, teams meeting in a match — and the political
senses that must still code: states signing a trade agreement, state firms forming a joint venture,
the World Bank lending to a state, a government ready to negotiate, leaders meeting for talks."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("PT Bukit Asam Tbk telah menandatangani penjualan batu bara ke PLN senilai 150 juta dolar AS.", "SUPPORT"),
        ("Pertamina meneken perjanjian jual beli gas dengan PLN untuk pembangkit di Lombok.", "SUPPORT"),
        ("Kapal tanker itu dikelola anak perusahaan yang merupakan usaha patungan antara perseroan dengan "
         "mitra dari Jepang.", "COOPERATE"),
        ("PT Bank Negara Indonesia Tbk menyalurkan kredit investasi kepada PT Krakatau Steel sebesar "
         "Rp 2 triliun.", "AID"),
        ("Bank swasta itu memberikan fasilitas kredit kepada PT Pupuk Kaltim untuk membangun pabrik baru.", "AID"),
        ("DPD Partai Demokrat Jawa Tengah menyatakan kesiapannya menyelenggarakan musyawarah daerah bulan depan.",
         "AGREE"),
        ("Indonesia akan bertemu Jepang di final Piala Asia setelah menang atas Korea.", "CONSULT"),
        ("Kedua tim bertemu di laga pembuka turnamen bulu tangkis itu.", "CONSULT"),
    ],
)
def test_business_and_party_business_are_no_event(text, event):
    found = indonesian(text, pub_date="2015-06-01")
    assert all(e != event for e, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Indonesia dan Australia menandatangani perjanjian perdagangan bebas di Jakarta.", "SUPPORT", "IDN", "AUS"),
        ("Pertamina dan Saudi Aramco membentuk perusahaan patungan untuk membangun kilang di Cilacap.",
         "COOPERATE", "IDN", "SAU"),
        ("Bank Dunia memberikan pinjaman kepada Indonesia sebesar 400 juta dolar AS.", "AID", "IGO", "IDN"),
        ("Pemerintah Filipina menyatakan kesiapannya berunding dengan pemberontak MILF.", "AGREE", "PHL", None),
        ("Presiden Joko Widodo bertemu Perdana Menteri Jepang Shinzo Abe di Tokyo untuk membahas investasi.",
         "CONSULT", "IDN", "JPN"),
    ],
)
def test_political_senses_still_code(text, event, actor, recipient):
    found = indonesian(text, pub_date="2015-06-01")
    assert has(found, event, actor, recipient), found
