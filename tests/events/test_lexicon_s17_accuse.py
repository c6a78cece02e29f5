"""ACCUSE and REJECT phrase families found uncoded by a construction grid (session 17, `accuse`):
blame told as a judgement on the one blamed ("X is to blame", "X was responsible for the poisoning",
"X is behind the drone strikes", "X poses a threat to peace", "X sponsors terrorism", "the embargo
is economic terrorism", "the decision was wrong"), a party taken to court or arbitration, not bowing
or caving in to pressure, pushing back on demands, discounting allegations
(en/triggers_s17_accuse.yaml); in Indonesian, a verdict closing a noun phrase ("keputusan AS itu
sebuah kesalahan / ilegal / tidak sah"), "bertanggung jawab atas" a harm, "dalang", "mencampuri
urusan", headline "salahkan" and "tepis", questioning by investigators, "membawa ke WTO", not bowing
to threats, no intention of giving up, no right to act; pressing ahead despite objections, cold water
on a proposal, "tidak menggubris", "menyanggah", "emoh" (both files).

Each case pairs a sentence that must code the event (type, actor and recipient) with a near miss
that must not: negated, with no party judged, or in a sense that is no political act."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")
DATE = "2019-06-10"


def check(coder, text, event, actor, recipient, near_miss):
    found = coder(text, pub_date=DATE)
    assert has(found, event, actor, recipient), (text, found)
    missed = coder(near_miss, pub_date=DATE)
    assert not any(e == event and a for e, a, _ in missed), (near_miss, missed)


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "near_miss"),
    [
        # blame told of the one blamed
        (
            "Iran is to blame for the tanker attacks, Pompeo said.",
            "ACCUSE",
            "USA",
            "IRN",
            "Pompeo asked whether Iran was to blame for the attacks.",
        ),
        (
            "Britain said Russia was responsible for the poisoning.",
            "ACCUSE",
            "GBR",
            "RUS",
            "The minister is responsible for the budget.",
        ),
        (
            "Moscow bears full responsibility for the crash, Kyiv said.",
            "ACCUSE",
            "UKR",
            "RUS",
            "The airline bears the cost of the repairs.",
        ),
        (
            "Netanyahu said Iran was behind the rocket fire from Gaza.",
            "ACCUSE",
            "ISR",
            "IRN",
            "The guards stood behind the fire exit.",
        ),
        (
            "The Afghan president said Pakistan was harbouring militants.",
            "ACCUSE",
            "AFG",
            "PAK",
            "Pakistan has been fighting militants in the tribal areas.",
        ),
        ("Pakistan sponsors terrorism, Modi said.", "ACCUSE", "IND", "PAK", "The bank sponsors the football league."),
        # a danger said of another
        (
            "Abe said North Korea posed a grave threat to regional peace.",
            "ACCUSE",
            "JPN",
            "PRK",
            "Climate change poses a threat to the region.",
        ),
        (
            "Iran's conduct is a threat to the region, Pompeo said.",
            "ACCUSE",
            "USA",
            "IRN",
            "Pompeo said Iran's conduct was not a threat to the region.",
        ),
        # a policy judged
        (
            "Rouhani said the U.S. sanctions amounted to economic warfare.",
            "ACCUSE",
            "IRN",
            "USA",
            "Rouhani said the economy was growing.",
        ),
        (
            "Erdogan said the U.S. decision was wrong.",
            "ACCUSE",
            "TUR",
            "USA",
            "Erdogan said nothing was wrong with the plane.",
        ),
        # legal
        (
            "The Philippines took China to arbitration over the sea.",
            "ACCUSE",
            "PHL",
            "CHN",
            "The Philippines took China's envoy to a dinner.",
        ),
        # refusals
        (
            "Turkey will not bow to U.S. pressure, Erdogan said.",
            "REJECT",
            "TUR",
            "USA",
            "The Turkish president bowed to the crowd.",
        ),
        (
            "China will not cave in to U.S. pressure, the commerce ministry said.",
            "REJECT",
            "CHN",
            "USA",
            "The roof of the mine caved in.",
        ),
        (
            "Beijing pushed back against Washington's demands.",
            "REJECT",
            "CHN",
            "USA",
            "Beijing pushed the talks to next week.",
        ),
        ("Moscow discounted the British allegations.", "REJECT", "RUS", "GBR", "Moscow discounted the price of gas."),
    ],
)
def test_english(text, event, actor, recipient, near_miss):
    check(english, text, event, actor, recipient, near_miss)


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "near_miss"),
    [
        # a verdict closing a noun phrase
        (
            "Erdogan menilai keputusan AS itu sebuah kesalahan.",
            "ACCUSE",
            "TUR",
            "USA",
            "Kota itu salah satu pusat perdagangan di Asia, kata Menlu Retno.",
        ),
        (
            "Sanksi baru Washington itu ilegal, kata Lavrov.",
            "ACCUSE",
            "RUS",
            "USA",
            "Lavrov mengatakan sanksi Washington itu tidak ilegal.",
        ),
        (
            "Zarif mengatakan keputusan AS itu salah.",
            "ACCUSE",
            "IRN",
            "USA",
            "Zarif mengatakan itu salah paham belaka.",
        ),
        (
            "Duterte mengatakan klaim China tersebut tidak sah.",
            "ACCUSE",
            "PHL",
            "CHN",
            "Duterte mengatakan klaim China tersebut sah.",
        ),
        (
            "Retno mengatakan tindakan Israel tersebut tidak dapat dibenarkan.",
            "ACCUSE",
            "IDN",
            "ISR",
            "Retno mengatakan usulan Australia tersebut dapat diterima.",
        ),
        # blame
        (
            "Inggris menyatakan Rusia bertanggung jawab atas peracunan itu.",
            "ACCUSE",
            "GBR",
            "RUS",
            "Menteri itu bertanggung jawab atas keamanan kawasan.",
        ),
        (
            "Teheran dalang serangan drone itu, kata Menlu Arab Saudi.",
            "ACCUSE",
            "SAU",
            "IRN",
            "Dalang itu memainkan wayang semalam suntuk.",
        ),
        (
            "China menilai AS telah mencampuri urusan dalam negerinya.",
            "ACCUSE",
            "CHN",
            "USA",
            "China menilai AS tidak mencampuri urusan dalam negerinya.",
        ),
        (
            "Lavrov melemparkan tanggung jawab atas krisis itu kepada Washington.",
            "ACCUSE",
            "RUS",
            "USA",
            "Lavrov menerima tanggung jawab baru dari presiden.",
        ),
        (
            "Abe menyebut Korea Utara ancaman bagi perdamaian dunia.",
            "ACCUSE",
            "JPN",
            "PRK",
            "Perubahan iklim merupakan ancaman bagi dunia.",
        ),
        (
            "Pompeo mengatakan kebijakan China merusak stabilitas kawasan.",
            "ACCUSE",
            "USA",
            "CHN",
            "Pompeo mengatakan kebijakan China tidak merusak stabilitas kawasan.",
        ),
        # legal and investigative
        (
            "Penyidik KPK memeriksa Menteri Pemuda dan Olahraga selama delapan jam.",
            "ACCUSE",
            "IDN",
            "IDN",
            "Dokter memeriksa Menteri Agama di rumah sakit.",
        ),
        (
            "Jepang membawa Korea Selatan ke WTO.",
            "ACCUSE",
            "JPN",
            "KOR",
            "Mediator membawa kedua pihak ke meja perundingan.",
        ),
        # refusals
        ("Iran tepis tuduhan AS", "REJECT", "IRN", "USA", "Iran tidak menepis tuduhan AS."),
        (
            "Erdogan mengatakan Turki tidak akan tunduk pada ancaman AS.",
            "REJECT",
            "TUR",
            "USA",
            "Korea Utara tunduk pada tekanan AS.",
        ),
        (
            "Korea Utara tidak berniat menyerahkan senjata nuklirnya.",
            "REJECT",
            "PRK",
            None,
            "Iran tidak berniat menyerang negara mana pun.",
        ),
        (
            "Menlu Sudan mengatakan ICC tidak punya hak untuk mengadili warga Sudan.",
            "REJECT",
            "SDN",
            "IGO",
            "Jokowi menegaskan setiap warga berhak menyampaikan pendapat.",
        ),
    ],
)
def test_indonesian(text, event, actor, recipient, near_miss):
    check(indonesian, text, event, actor, recipient, near_miss)


@pytest.mark.parametrize(
    ("coder", "text", "event", "actor", "recipient", "near_miss"),
    [
        (
            english,
            "Israel pressed ahead with the settlements despite U.S. objections.",
            "REJECT",
            "ISR",
            "USA",
            "Israel pressed ahead with the settlements after the U.S. agreed.",
        ),
        (
            english,
            "China poured cold water on the U.S. proposal.",
            "REJECT",
            "CHN",
            "USA",
            "The crew poured water on the fire.",
        ),
        (
            indonesian,
            "Iran tidak menggubris peringatan AS.",
            "REJECT",
            "IRN",
            "USA",
            "Iran menggubris peringatan AS.",
        ),
        (
            indonesian,
            "Rusia menyanggah tuduhan Inggris.",
            "REJECT",
            "RUS",
            "GBR",
            "Tiang itu menyangga atap gedung.",
        ),
        (
            indonesian,
            "Iran emoh berunding dengan AS.",
            "REJECT",
            "IRN",
            "USA",
            "Iran bersedia berunding dengan AS.",
        ),
    ],
)
def test_defiance_and_rebuttal(coder, text, event, actor, recipient, near_miss):
    check(coder, text, event, actor, recipient, near_miss)
