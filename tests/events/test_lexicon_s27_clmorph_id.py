"""Indonesian morphology and voice (session 27, clmorph_id): the agent of a di- passive that follows
the verb bare behind an office's title ("dikecam Direktur Eksekutif Amnesty International Indonesia",
"ditolak Direktur Jenderal Asia Pasifik Kemlu RI"; attribution.agent_after, grammar agent_titles),
the passive of the second type with a pronoun agent ("sudah kami tolak", "akan kami balas"), a few
verb forms (id/triggers/s27_clmorph_id.yaml), informal negation ("nggak", "enggak") — and words like
them that are no event."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # a title between the bare passive and its agent
        (
            "Pernyataan Menlu Australia itu dikecam Direktur Eksekutif Amnesty International Indonesia.",
            "ACCUSE",
            "IDN",
            "AUS",
        ),
        (
            "Rencana Israel membangun permukiman baru dikecam Direktur Jenderal Asia Pasifik Kemlu RI.",
            "ACCUSE",
            "IDN",
            "ISR",
        ),
        ("Usulan Malaysia itu ditolak Direktur CIA William Burns.", "REJECT", "USA", "MYS"),
        # the passive of the second type: the speaker is the agent
        ('"Permintaan itu sudah kami tolak," kata Menteri Perdagangan Zulkifli Hasan.', "REJECT", "IDN", None),
        ('"Tindakan itu kami kecam keras," kata juru bicara Kementerian Luar Negeri RI.', "ACCUSE", "IDN", None),
        ('"Serangan itu akan kami balas," kata Panglima Angkatan Bersenjata Iran.', "THREATEN", "IRN", None),
        # verb forms
        ("Jerman membantu Ukraina dengan sistem pertahanan udara IRIS-T.", "AID", "DEU", "UKR"),
        ("Inggris melatih pilot Ukraina menerbangkan jet tempur.", "AID", "GBR", "UKR"),
        ("Armenia dan Azerbaijan saling serang di perbatasan, Selasa.", "ASSAULT", "ARM", None),
        # a stop entry's stem no longer swallows "memuji" or "ekonomi"
        ("Presiden Xi Jinping memuji kerja sama kereta cepat dengan Indonesia.", "SUPPORT", "CHN", None),
        ("Batas zona ekonomi eksklusif disepakati Indonesia dan Vietnam setelah lama berunding.", "AGREE", "IDN", None),
    ],
)
def test_morphology_codes(text, event, actor, recipient):
    found = indonesian(text, pub_date="2024-02-20")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Usulan itu ditolak mentah-mentah dalam rapat kemarin.", "REJECT"),
        ("Rencana itu dikecam keras di media sosial.", "ACCUSE"),
        ("Malaysia enggak mengecam langkah itu, kata seorang pejabat.", "ACCUSE"),
        ("Presiden nggak jadi mengunjungi Beijing bulan ini.", "CONSULT"),
        ("Ikan-ikan itu tertangkap jaring nelayan di perairan Natuna.", "COERCE"),
        ("Pencuri itu tertangkap kamera pengawas di depan toko.", "COERCE"),
        ("Hujan membantu memadamkan kebakaran hutan di Kalimantan Barat.", "AID"),
        ("Maskapai itu melatih pilot baru di Surabaya.", "AID"),
    ],
)
def test_near_misses(text, event):
    found = indonesian(text, pub_date="2024-02-20")
    assert all(e != event for e, _, _ in found), found
