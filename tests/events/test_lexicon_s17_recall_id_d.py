"""Indonesian recall and precision on unseen domestic and international news (session 17, helper
recall_id_d): a party judged unable to do its job and distrust in its ability, a protest noun whose
organisers follow a passive relative, questioning and manhunts by the police, investigators
("penyidik") as law enforcement, an agentless "ditetapkan sebagai tersangka", tanker crews as
workers (id/triggers_s17_recall_id_d.yaml, actors/sectors_s17_recall_id_d.yaml) — and words like
them that are no event: a firm ("PT ...") firing its workers, a lawyer leaving a client, officials
visiting a prison."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # judged unable; distrust in someone's ability
        (
            "Menteri Luar Negeri Rusia menilai pemerintah Ukraina tidak mampu mengendalikan kelompok radikal.",
            "ACCUSE",
            "RUS",
            "UKR",
        ),
        ("Fraksi itu menilai kementerian tidak mampu mengatasi antrean panjang di pelabuhan.", "ACCUSE", "IDN", "IDN"),
        ("Presiden Rusia tidak percaya Ukraina mampu mematuhi gencatan senjata itu.", "ACCUSE", "RUS", "UKR"),
        # a protest noun, its organisers after a passive relative
        (
            "Aksi demonstrasi yang digelar oleh ratusan pemuda dan mahasiswa di Bangkok berakhir damai.",
            "PROTEST",
            "THA",
            None,
        ),
        ("Unjuk rasa yang dilakukan ratusan buruh di Jakarta berlangsung tertib.", "PROTEST", "IDN", None),
        # tanker crews are workers
        ("Ratusan awak mobil tangki menggelar unjuk rasa di depan kantor perusahaan itu.", "PROTEST", "IDN", None),
        # investigators, questioning, manhunts
        ("Penyidik menangkap tiga orang dalam perkara penimbunan bahan pokok.", "COERCE", "IDN", None),
        ("Polisi masih memburu pelaku penembakan di Poso.", "ACCUSE", "IDN", None),
        ("Polisi sudah mintai keterangan lima orang saksi.", "ACCUSE", "IDN", None),
        # the police uncovering a crime
        ("Badan Reserse Kriminal Polri mengungkap penimbunan 200 ton gula di sebuah gudang.", "ACCUSE", "IDN", None),
        ("Polisi Malaysia membongkar sindikat penyelundupan manusia di Johor.", "ACCUSE", "MYS", None),
        # an agentless naming of a suspect is the authorities' act
        ("Dua pejabat dinas itu telah ditetapkan sebagai tersangka.", "ACCUSE", "IDN", None),
    ],
)
def test_indonesian_recall(text, event, actor, recipient):
    found = indonesian(text, pub_date="2017-06-10")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a firm firing its workers is no political act
        ("Karyawan itu dipecat secara sepihak oleh PT Sinar Jaya Abadi.", "COERCE"),
        # a lawyer leaving a client is no resignation from office
        ("Pengacara itu mundur sebagai kuasa hukum mantan menteri tersebut.", "RETREAT"),
        ("Advokat senior itu mengundurkan diri sebagai kuasa hukum sang terdakwa.", "RETREAT"),
        # visiting a prison is no meeting between the visitors
        ("Gubernur dan Kapolda mengunjungi lapas yang temboknya jebol.", "CONSULT"),
        # hunting game is no manhunt; the noun "protest" without a passive stays as it was
        ("Warga desa itu memburu rusa di hutan lindung.", "ACCUSE"),
        # a commentator revealing a case is speech, not an investigation
        ("Seorang pengamat mengungkap kasus lama yang belum selesai.", "ACCUSE"),
        ("Pemerintah tidak mampu memastikan tanggal pemilu, kata pengamat.", "ACCUSE"),
    ],
)
def test_not_events(text, event):
    found = indonesian(text, pub_date="2017-06-10")
    assert not any(e == event for e, _, _ in found), found


def test_resigning_from_office_still_codes():
    """The stop entries leave a real resignation alone."""
    found = indonesian("Menteri itu mundur dari jabatannya setelah diperiksa KPK.", pub_date="2017-06-10")
    assert has(found, "RETREAT", "IDN"), found
