"""Indonesian modality (session 27, clmodal_id): refusals said with "ogah/enggan/tidak akan"
("ogah melaksanakan", "tidak akan melepaskan kedaulatan", "takkan menghentikan operasi"), a warning
said as "jangan main-main", another's reaction called excessive in reported speech, investigators'
suspicions ("menduga ... menerima suap"), weapons sent by the crate, the TNI information centre as a
speaker — id/triggers/s27_clmodal_id.yaml, actors/bodies_s27_clmodal_id.yaml — and near misses: an
event named as the subject of a cancellation or a wait, a divorce suit, reactions with no speaker."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "pub_date"),
    [
        (
            "Pemerintah junta Myanmar ogah melaksanakan rekomendasi utusan khusus PBB.",
            "REJECT", "MMR", None, "2023-03-01",
        ),
        ("Pemerintah Israel enggan menerapkan jeda kemanusiaan di Gaza.", "REJECT", "ISR", None, "2024-01-10"),
        (
            "Manila menegaskan tidak akan melepaskan kedaulatan atas Scarborough Shoal.",
            "REJECT", "PHL", None, "2024-04-10",
        ),
        ("Rusia takkan menghentikan operasi militernya di Ukraina, kata Kremlin.", "REJECT", "RUS", None, "2023-05-02"),
        (
            "Israel tidak akan menghentikan serangan ke Rafah, kata Menteri Pertahanan Yoav Gallant.",
            "REJECT", "ISR", None, "2024-05-08",
        ),
        (
            '"Jangan main-main dengan kedaulatan kami," kata Panglima TNI Jenderal Agus Subiyanto.',
            "REQUEST", "IDN", None, "2024-02-01",
        ),
        (
            "Moskow mengatakan Washington bereaksi berlebihan terhadap latihan militer Rusia.",
            "ACCUSE", "RUS", "USA", "2023-06-10",
        ),
        ("Jaksa menduga mantan gubernur itu menyalahgunakan dana hibah daerah.", "ACCUSE", "IDN", "IDN", "2023-06-10"),
        ("Korea Utara memasok lebih dari dua ribu peti amunisi kepada Rusia.", "AID", "PRK", "RUS", "2023-11-01"),
        (
            '"Tidak benar bahwa pasukan kami membakar rumah warga," kata Kepala Pusat Penerangan TNI.',
            "REJECT", "IDN", None, "2023-06-10",
        ),
    ],
)
def test_modal_families(text, event, actor, recipient, pub_date):
    found = indonesian(text, pub_date=pub_date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # an event named as the subject of a cancellation or a wait
        ("Kunjungan Perdana Menteri Jepang ke Jakarta ditunda karena badai.", "CONSULT"),
        ("Lawatan Presiden Prabowo Subianto ke Jepang batal karena jadwal yang padat.", "CONSULT"),
        ("Pembebasan tahanan politik yang dijanjikan junta Myanmar belum juga terlaksana.", "RETREAT"),
        # a private suit, no political refusal
        ("Pengadilan agama menolak gugatan cerai yang diajukan politisi itu.", "REJECT"),
        # no speaker who judges, no refusal of an act
        ("Warga bereaksi berlebihan terhadap kabar gempa susulan.", "ACCUSE"),
        ("Israel tidak menghentikan serangan meski ada seruan internasional, kata saksi mata.", "REJECT"),
    ],
)
def test_modal_near_misses(text, event):
    found = indonesian(text, pub_date="2023-06-10")
    assert not any(e == event for e, _, _ in found), found
