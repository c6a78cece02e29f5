"""What a deal or promise says will be done, past its first act (session 44, dealand; coder.deal_marker,
coder.joint_before, coder.next_act): a second act joined by "and"/"dan" to a deal named by its noun
("struck a deal to shut its reactor and expel the inspectors", "mencapai kesepakatan untuk membebaskan
… dan menarik pasukannya") or joined by "and then" to an agreement's content is promised, not done —
and near misses: a finite verb after "and then" is the doer's next act ("agreed to talks and then
shelled the base")."""

from __future__ import annotations

import pytest

from conftest import coded_in


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "The militia reached a deal on Sunday to free the aid workers and withdraw its fighters from the port.",
         "RETREAT"),
        ("en", "Tehran struck a deal last week to halt enrichment and expel the foreign monitors.", "SANCTION"),
        ("en", "The rebels agreed to leave the airport and then release the captured soldiers.", "RETREAT"),
        ("id", "Milisi itu mencapai kesepakatan pada Minggu untuk membebaskan para pekerja bantuan dan menarik "
               "pasukannya dari pelabuhan.", "RETREAT"),
        ("id", "Kedua pihak menandatangani perjanjian untuk menghentikan pertempuran dan mengusir para tentara "
               "bayaran.", "SANCTION"),
    ],
)
def test_second_promised_act_not_done(lang, text, event):
    found = coded_in(lang, text, "2023-06-10")
    assert all(e != event for e, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The rebels agreed to talks and then shelled the army base near Goma.", "ASSAULT"),
        ("Congolese rebels agreed to a truce and later released two captured soldiers.", "RETREAT"),
    ],
)
def test_finite_next_act_still_coded(text, event):
    found = coded_in("en", text, "2023-06-10")
    assert any(e == event for e, _, _ in found), found
