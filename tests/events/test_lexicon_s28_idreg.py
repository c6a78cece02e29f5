"""The register of Indonesian online news (session 28, idreg; id/triggers/s28_idreg.yaml,
actors/bodies_s28_idreg.yaml, actors/people/s28_idreg.tsv, grammar cause_words and 'wacana'):
the institutional "kami minta" of quoted officials with the act marked, an envoy "dipanggil Kemlu", troops or police
named first and then "dikerahkan ke", security personnel sent, a joint patrol of a kind, rifles handed
to an army, an opening announced, a leader called a butcher, "pihak Istana"; a reduplicated noun read
as a noun ("Kapal-kapal perang AS berlayar"), a person's home province giving the state ("nelayan asal
Aceh"), the state a crowd stands up for ("massa aksi bela Palestina") neither owning nor leading it —
and near misses: an assault rifle, a market flocked by investors, a team thrashed, equipment sent to
a landslide, an instruction to one's own staff, a meeting still only talked of."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("\"Kami minta Rusia segera menarik pasukannya dari wilayah Ukraina,\" kata Menlu Retno Marsudi.",
         "REQUEST", "IDN", "RUS", "2022-03-03"),
        ("Kuasa Usaha Kedubes Australia dipanggil Kemenlu RI terkait pernyataan seorang senator.",
         "ACCUSE", "IDN", "AUS", "2023-05-10"),
        ("Ratusan tentara Korsel dikerahkan ke pulau-pulau perbatasan setelah Korut menembakkan artileri.",
         "MOBILIZE", "KOR", None, "2024-01-06"),
        ("Polda Papua mengirimkan 300 personel tambahan ke Wamena menyusul kerusuhan.",
         "MOBILIZE", "IDN", None, "2023-02-25"),
        ("Angkatan laut India dan Indonesia menggelar patroli laut terkoordinasi di Laut Andaman.",
         "COOPERATE", "IND", "IDN", "2023-06-10"),
        ("Polandia menghibahkan 2.000 pucuk senapan kepada tentara Ukraina.",
         "AID", "POL", "UKR", "2022-05-02"),
        ("Pemerintah Mesir mengumumkan pembukaan pelintasan Rafah untuk truk bantuan.",
         "CONCEDE", "EGY", None, "2023-10-20"),
        ("Presiden Kolombia Gustavo Petro menyebut Netanyahu sebagai penjahat perang.",
         "ACCUSE", "COL", "ISR", "2024-06-02"),
        ("Pihak Istana menepis kabar bahwa Presiden akan mencopot Kapolri.",
         "REJECT", "IDN", None, "2024-11-20"),
        ("Kapal-kapal perang China berlayar ke perairan dekat Taiwan, kata Kemhan Taiwan.",
         "MOBILIZE", "CHN", None, "2024-05-24"),
        ("Polisi Diraja Malaysia menangkap 12 pekerja migran asal Nusa Tenggara Timur di Johor.",
         "COERCE", "MYS", "IDN", "2024-03-05"),
        ("Ratusan massa aksi bela Rohingya menggeruduk Kedubes Myanmar di Jakarta.",
         "PROTEST", "IDN", "MMR", "2017-09-04"),
    ],
)
def test_indonesian_register(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "date"),
    [
        # a weapon noun, not an attack
        ("Prajurit itu tertangkap kamera membawa senapan serbu di pasar.", "ASSAULT", "2024-03-05"),
        # a market flocked by investors
        ("Obligasi negara diserbu investor asing sepanjang pekan ini.", "ASSAULT", "2024-03-05"),
        # a team thrashed on the pitch
        ("Skuad Garuda digilas Jepang 1-4 di Piala Asia.", "ASSAULT", "2024-01-25"),
        # equipment and rescuers sent to a disaster
        ("Dua ekskavator dikerahkan oleh TNI ke lokasi longsor di Bandung Barat.", "MOBILIZE", "2024-03-25"),
        # an official's instruction to his own staff, no act marked
        ("\"Saya minta jajaran saya lebih tanggap,\" kata gubernur itu.", "REQUEST", "2024-03-05"),
        # a meeting only talked of
        ("Wacana pertemuan Presiden Prabowo dan Megawati kembali mencuat.", "CONSULT", "2024-11-20"),
        # a crowd for a cause does not act for that state
        ("Massa aksi bela Palestina menggelar doa bersama di Monas.", "COOPERATE", "2023-11-05"),
    ],
)
def test_indonesian_register_near_misses(text, event, date):
    found = indonesian(text, pub_date=date)
    assert all(e != event for e, _, _ in found), found


def test_crowd_for_a_cause_is_home_civilians():
    found = indonesian("Massa aksi bela Palestina menggeruduk Kedubes AS di Jakarta.", pub_date="2023-11-06")
    assert has(found, "PROTEST", "IDN", "USA"), found
    assert not any("PSE" in a for _, a, _ in found), found
