"""English/Indonesian agreement on parallel wire text (session 18, helper agree2).

English (en/triggers_s18_agree2.yaml): an offer to negotiate, renegotiating, people taken in by
police, restated preconditions, refusing to change one's position, and a main export that is no
trade. Indonesian
(id/triggers_s18_agree2.yaml): a lack of cooperation and research into effects that are no event,
police or troops keeping up a presence, a ban on a country's farm products, refusing to change one's
position, a court's acquittal, legalising a social practice that is no concession; tribesmen as a civilian
party (actors/sectors_s18_agree2.yaml). Every sentence here is invented."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Israel is prepared to negotiate with Syria, the prime minister said.", "AGREE", "ISR", "SYR"),
        ("Japan is keen to hold talks with China over the islands.", "AGREE", "JPN", "CHN"),
        ("Egypt said it was prepared to meet Hamas leaders in Cairo.", "AGREE", "EGY", None),
        ("Bolivia and Brazil renegotiated the gas contract on Monday.", "CONSULT", "BOL", "BRA"),
        (
            "Sudan will not renegotiate the peace agreement with the rebels, the Sudanese foreign minister said.",
            "REJECT",
            "SDN",
            None,
        ),
        ("Zimbabwean police took in two opposition activists for questioning on Sunday.", "COERCE", "ZWE", "ZWE"),
        ("Dozens of MDC supporters were taken in by Zimbabwean police on Sunday.", "COERCE", "ZWE", "ZWE"),
        (
            "Seoul reiterated the South Korean government's preconditions for new aid talks with North Korea.",
            "REQUEST",
            "KOR",
            "PRK",
        ),
        (
            "Israel's prime minister underlined the Jewish state's preconditions for talks with Syria.",
            "REQUEST",
            "ISR",
            "SYR",
        ),
    ],
)
def test_english_families(text, event, actor, recipient):
    found = english(text, pub_date="2007-06-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Polisi Zimbabwe mempertahankan kehadiran ratusan personel di Harare.", "MOBILIZE", "ZWE", None),
        ("Tentara Israel mempertahankan kehadiran pasukan di perbatasan Lebanon.", "MOBILIZE", "ISR", None),
        ("Jepang melarang unggas dari Thailand setelah wabah flu burung.", "SANCTION", "JPN", "THA"),
        ("Korea Selatan melarang daging sapi dari Kanada.", "SANCTION", "KOR", "CAN"),
        (
            "Pasukan Pakistan membom desa itu, yang menyulut ancaman pembalasan dari suku setempat.",
            "THREATEN",
            "PAK",
            None,
        ),
    ],
)
def test_indonesian_families(text, event, actor, recipient):
    found = indonesian(text, pub_date="2007-06-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        # a lack of cooperation is a complaint's object, not cooperation
        ("id", "Menteri Iran mengeluhkan kurangnya kerja sama dari Pakistan.", "COOPERATE"),
        ("id", "Presiden Filipina menyesalkan minimnya kerja sama dengan Malaysia.", "COOPERATE"),
        # research into effects is no inquiry
        ("id", "Para ilmuwan Prancis menyelidiki dampak polusi pada paru-paru tikus.", "ACCUSE"),
        ("id", "Tim dokter Jepang menyelidiki efek obat itu pada anak-anak.", "ACCUSE"),
        # guards against over-reach (these hold with or without the new entries)
        # a company keeping its market presence is no deployment
        ("id", "Perusahaan Korea Selatan itu mempertahankan kehadiran di pasar Indonesia.", "MOBILIZE"),
        # hypothetical and negated offers, a deceived public
        ("en", "It is unclear whether Syria would be prepared to negotiate with Israel.", "AGREE"),
        ("en", "Voters in Kenya were taken in by the minister's promises.", "COERCE"),
        # a trade statistic is no act of trade
        ("en", "Chile's biggest copper export to China is refined cathodes.", "COOPERATE"),
        ("en", "Vietnam's main rice export to the Philippines is broken rice.", "COOPERATE"),
    ],
)
def test_near_misses(lang, text, event):
    found = coded_in(lang, text, pub_date="2007-06-01")
    assert not any(e == event for e, _, _ in found), found


def test_a_complaint_of_too_little_cooperation_is_only_the_complaint():
    found = indonesian("Kepala polisi Iran mengeluhkan kurangnya kerja sama dari Pakistan.", pub_date="2007-06-01")
    assert has(found, "ACCUSE", "IRN", "PAK"), found
    assert not any(e == "COOPERATE" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        (
            "en",
            "Japan will never change its stance on the disputed islands, the Japanese foreign minister said.",
            "REJECT",
            "JPN",
            None,
        ),
        (
            "en",
            "Sudan is not about to review its position on UN troops, President Omar al-Beshir said.",
            "REJECT",
            "SDN",
            None,
        ),
        (
            "id",
            "Menteri Luar Negeri Jepang mengatakan Tokyo tidak akan mengubah sikapnya soal pulau sengketa itu.",
            "REJECT",
            "JPN",
            None,
        ),
        ("id", "Pemerintah China tidak mengubah sikapnya soal Laut China Selatan.", "REJECT", "CHN", None),
        ("id", "Pengadilan Malaysia membebaskan aktivis oposisi itu dari dakwaan penghasutan.", "CONCEDE", "MYS", None),
        (
            "id",
            "Sebuah pengadilan Belanda membebaskan seorang pria yang dituduh membantu bunuh diri.",
            "CONCEDE",
            "NLD",
            None,
        ),
    ],
)
def test_refusals_to_budge_and_acquittals(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2007-06-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("id", "Kanada menjadi negara kedua yang melegalkan ganja.", "CONCEDE"),
        # the aim of a trip is no support of its own (the visit is the event)
        (
            "id",
            "Menteri Luar Negeri Jepang akan mengunjungi Filipina dan Vietnam, guna memperkuat dukungan Jepang "
            "kepada mitra-mitranya.",
            "SUPPORT",
        ),
        ("id", "Belanda menjadi negara pertama yang melegalkan euthanasia.", "CONCEDE"),
        # guards: a hypothetical change, a change made after another clause's negation, a release
        ("en", "It is not clear whether Tokyo would change its position.", "REJECT"),
        ("en", "The minister did not attend, but Seoul later changed its position.", "REJECT"),
        # (not "tidak hadir": staying away is itself a refusal, docs/annotation.md)
        ("id", "Presiden Korea Selatan tidak tersenyum, tetapi Seoul kemudian mengubah sikapnya.", "REJECT"),
        ("id", "Pemerintah Myanmar membebaskan 200 tahanan politik.", "CONCEDE"),
    ],
)
def test_no_refusal_concession_or_aimed_support(lang, text, event):
    found = coded_in(lang, text, pub_date="2007-06-01")
    assert not any(e == event for e, _, _ in found), found
