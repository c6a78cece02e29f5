"""Indonesian recall on unseen news (session 19, helper recall_id_m): a step called politically
motivated in the passive with its judge after "oleh", the noun "motif politik" after a verb of
judging, an abuse of power seen in another's act (id/triggers_s19_recall_id_m.yaml) — and words like
them that are no event: a support base ("basis dukungan"), not having met for a long time, a
judgement with no judge named, a negated one."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        (
            "Hukuman penjara bagi tokoh oposisi itu dinilai oleh Amnesty International didasari motif politik.",
            "ACCUSE",
            "NGO",
            None,
        ),
        (
            "Penangkapan wartawan itu disebut oleh Partai Demokrat bermuatan politis.",
            "ACCUSE",
            "IDN",
            None,
        ),
        (
            "Ketua Partai Demokrat menilai ada motif politik di balik pemeriksaan kadernya oleh KPK.",
            "ACCUSE",
            "IDN",
            None,
        ),
        (
            "Fadli Zon melihat ada upaya penyalahgunaan kekuasaan yang dilakukan Jokowi.",
            "ACCUSE",
            "IDN",
            "IDN",
        ),
        (
            "Mahathir Mohamad mencium penyalahgunaan jabatan yang dilakukan Najib Razak.",
            "ACCUSE",
            "MYS",
            "MYS",
        ),
    ],
)
def test_recall(text, event, actor, recipient):
    found = indonesian(text, pub_date="2017-08-04")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a support base is no support given
        ("Calon gubernur itu akan mengandalkan basis dukungan Gubernur Ahmad Heryawan di pesisir.", "AGREE"),
        ("Partai itu mengandalkan kantong dukungan Prabowo di Jawa Barat.", "SUPPORT"),
        # not having met for a long time is no refusal to meet
        ('"Saya sudah lama tidak bertemu dengan Pak Jokowi," kata Prabowo.', "REJECT"),
        ('"Kami sudah lama tak berjumpa dengan Menlu Malaysia," kata Menlu Retno.', "REJECT"),
        # no judge named, or the judgement negated
        ("Kasus itu dinilai bermuatan politik.", "ACCUSE"),
        ("Menteri itu tidak melihat adanya penyalahgunaan wewenang yang dilakukan bupati.", "ACCUSE"),
    ],
)
def test_not_events(text, event):
    found = indonesian(text, pub_date="2017-10-16")
    assert not any(e == event for e, _, _ in found), found
