"""Trigger families for checklist misses where no trigger fired (session 48, cktrig): a named place
recognised "as a state" with a long name between verb and noun (en/id, verb and noun), smuggling or an
illegal dispatch foiled in English (the English of id.coerce.s27sec-gagalkan-penyelundupan) and
"menggagalkan pengiriman" in Indonesian, relief goods flown, ferried or trucked in — and near misses:
a refusal to recognise, a plane flying over water, foiling a resignation."""

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
        ("en", "Ireland formally recognised Palestine as a sovereign and independent state on Tuesday.",
         "SUPPORT", "IRL", "PSE", "2024-05-28"),
        ("en", "Bhutan's recognition of Bangladesh as an independent country came days before the war ended.",
         "SUPPORT", "BTN", "BGD", "1971-12-10"),
        ("id", "Spanyol resmi mengakui Negara Palestina yang merdeka sebagai negara berdaulat.",
         "SUPPORT", "ESP", "PSE", "2024-05-28"),
        ("en", "Malaysian police foiled an attempt to smuggle 30 Indonesian workers across the Strait of Malacca.",
         "COERCE", "MYS", "IDN", "2023-08-14"),
        ("en", "Thai customs officers thwarted a bid to smuggle Myanmar refugees into Bangkok.",
         "COERCE", "THA", "MMR", "2023-03-02"),
        ("id", "Polisi Malaysia menggagalkan pengiriman puluhan pekerja migran Indonesia ke Singapura.",
         "COERCE", "MYS", "IDN", "2023-08-14"),
        ("en", "Japan flew 40 tonnes of relief supplies to Turkey after the earthquake.",
         "AID", "JPN", "TUR", "2023-02-10"),
        ("en", "New Zealand ferried food and medicine to Tonga after the tsunami.",
         "AID", "NZL", "TON", "2022-01-20"),
    ],
)
def test_trigger_families(lang, text, event, actor, recipient, date):
    found = coded_in(lang, text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "Serbia said it would never recognise Kosovo as an independent state.", "SUPPORT"),
        ("en", "The rescue helicopter flew low over the water off Tonga for hours.", "AID"),
        ("en", "Party elders thwarted the minister's resignation on Monday.", "COERCE"),
        ("id", "Serbia menegaskan tidak akan mengakui Kosovo sebagai negara merdeka.", "SUPPORT"),
        ("id", "Sengketa itu mengancam menggagalkan perundingan damai kedua negara.", "COERCE"),
    ],
)
def test_near_misses(lang, text, event):
    found = coded_in(lang, text, pub_date="2024-03-01")
    assert not any(e == event for e, _, _ in found), found
