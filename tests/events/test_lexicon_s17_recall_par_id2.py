"""Indonesian wire recall (session 17, recall_par_id2): the dispersal of
"pengunjukrasa"/"penentang" by troops or police (id/triggers_s17_recall_par_id2.yaml), the
presidential guard and "serikat sekerja" as sector terms (actors/sectors_s17_recall_par_id2.yaml),
a leader who "should step down" as the speaker's demand, and medical advice that is no request."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Polisi Togo membubarkan para pengunjukrasa di depan kantor gubernur.", "ASSAULT", "TGO", "TGO"),
        ("Tentara Myanmar menghalau penentang junta yang berkumpul di pasar.", "ASSAULT", "MMR", "MMR"),
        ("Presiden Nepal sebaiknya mengundurkan diri, kata pemimpin oposisi Nepal.", "REQUEST", "NPL", "NPL"),
    ],
)
def test_indonesian_wire_recall(text, event, actor, recipient):
    found = indonesian(text, pub_date="2007-06-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # medical advice is no political request
        ("Pola makan yang disarankan oleh seorang dokter di Jakarta kini makin populer.", "REQUEST"),
        ("Banyak pasien di Malaysia kini memilih diet yang dianjurkan oleh para dokter.", "REQUEST"),
        # negated: no dispersal
        ("Polisi Togo tidak membubarkan para pengunjukrasa di depan kantor gubernur.", "ASSAULT"),
    ],
)
def test_not_events(text, event):
    found = indonesian(text, pub_date="2007-06-01")
    assert not any(e == event for e, _, _ in found), found
