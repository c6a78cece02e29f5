"""Indonesian recall and precision on unseen news (session 20, helper recall_id_z): a rights body
saying it found human-rights violations, the spoken threat "akan kami bubarkan", urging someone to
act with the bare verb after "mendorong" (id/triggers_s20_recall_id_z.yaml) -- and words like them
that are no event: content described as abuse, a volcano's hazard zone closed to visitors, a
negated finding."""

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
            "Komisioner Komnas HAM menyebut ada empat kasus pelanggaran HAM selama pemerintahan Gubernur Papua.",
            "ACCUSE",
            "IDN",
            "IDN",
        ),
        (
            "Amnesty International mencatat tiga kasus pelanggaran HAM oleh tentara Myanmar di Rakhine.",
            "ACCUSE",
            "NGO",
            "MMR",
        ),
        (
            '"Siapa pun yang menimbun beras, akan kami tindak," kata Kapolri Tito Karnavian di Jakarta.',
            "THREATEN",
            "IDN",
            None,
        ),
        ("Menteri Dalam Negeri mengatakan ormas yang melanggar Pancasila akan kami bubarkan.", "THREATEN", "IDN", None),
        ("LIPI mendorong Presiden Joko Widodo menunjuk seorang utusan khusus untuk Papua.", "REQUEST", "IDN", "IDN"),
        ("Fraksi PKS mendorong pemerintah segera merevisi aturan impor garam.", "REQUEST", "IDN", "IDN"),
    ],
)
def test_codes(text, event, actor, recipient):
    assert has(indonesian(text, pub_date="2017-05-10"), event, actor, recipient)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # content described as abuse: no one chides anyone
        ("Berisi Caci Maki, Jokowi Risau Soal Media Sosial", "ACCUSE"),
        # a volcano's hazard zone, no restriction of a party
        (
            "PVMBG melarang warga maupun wisatawan untuk mendekat pada radius tiga kilometer dari kawah.",
            "COERCE",
        ),
        ("Kepolisian melarang pendaki mendekati puncak Gunung Agung dalam radius enam kilometer.", "COERCE"),
        # negated finding
        ("Komnas HAM tidak menemukan pelanggaran HAM dalam pembubaran unjuk rasa itu.", "ACCUSE"),
        # a cause, not an actor, pushes
        ("Kenaikan harga minyak mendorong warga mengubah kebiasaan berkendara.", "REQUEST"),
    ],
)
def test_not_coded(text, event):
    assert event not in {e for e, _, _ in indonesian(text, pub_date="2017-05-10")}
