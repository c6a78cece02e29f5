"""Sentences that tell several events (session 28, multi; en/ and id/triggers/s28_multi.yaml and the
mechanisms the checklist rows asked for): a sector term "in" a list of states names each of them, a
second object named by its state over "and", talks in a sentence-opening "after"/"setelah" phrase held
by the main subject, a verb joined by "dan" over a titled object, a dateline or an adverb sharing the
first verb's subject, "but" opening the other half of a sentence, acts the lexicon did not know in the
second half (martial law declared, an engine tested, a reply in strikes, a warning of action against,
a vow that someone will face consequences) — and near misses: the negated or hypothetical half, a
verb joined to another's object, custody told as a state."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        # a sector term in a list of states
        ("The European Union froze the assets of banks in Belarus, Iran and Syria on Monday.",
         "SANCTION", "EUR", "IRN", "2024-02-26"),
        ("The European Union froze the assets of banks in Belarus, Iran and Syria on Monday.",
         "SANCTION", "EUR", "SYR", "2024-02-26"),
        # a second object named by its state
        ("The Philippine coast guard detained three Chinese fishing boats and a Vietnamese trawler off Palawan.",
         "COERCE", "PHL", "VNM", "2024-03-02"),
        # talks in the opening phrase
        ("After talks with Japanese Prime Minister Fumio Kishida in Tokyo, President Joko Widodo said trade would "
         "grow.", "CONSULT", "IDN", "JPN", "2023-06-01"),
        # the second half of a sentence
        ("President Kassym-Jomart Tokayev declared a state of emergency and imposed martial law in Almaty.",
         "COERCE", "KAZ", None, "2022-01-06"),
        ("Iran tested a new solid-fuel engine for a satellite rocket, state television said.",
         "MOBILIZE", "IRN", None, "2023-03-05"),
        ("Hezbollah fired drones at an Israeli base, and Israel retaliated with artillery fire on border villages.",
         "ASSAULT", "ISR", None, "2024-05-20"),
        ("Iran warned of a crushing response against any attack on its nuclear sites.",
         "THREATEN", "IRN", None, "2024-04-12"),
        ("Prime Minister Benjamin Netanyahu vowed that Hamas would face consequences for the attack.",
         "THREATEN", "ISR", "PSE", "2023-10-08"),
        ("Pentagon officials sent two warships and fighter jets to the eastern Mediterranean.",
         "MOBILIZE", "USA", None, "2023-10-09"),
    ],
)
def test_english_several_events(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Uni Eropa menjatuhkan sanksi kepada pejabat di Belarus dan Iran, Senin (26/2/2024).",
         "SANCTION", "EUR", "BLR", "2024-02-26"),
        ("Uni Eropa menjatuhkan sanksi kepada pejabat di Belarus dan Iran, Senin (26/2/2024).",
         "SANCTION", "EUR", "IRN", "2024-02-26"),
        ("KKP menangkap tiga kapal berbendera Vietnam dan dua kapal berbendera Filipina di Laut Sulawesi.",
         "COERCE", "IDN", "PHL", "2024-03-02"),
        # a verb joined over a titled object or a dateline shares the first verb's subject
        ("KPK memeriksa Bupati Labuhanbatu Erik Adtrada Ritonga dan menahannya di Rutan KPK.",
         "COERCE", "IDN", "IDN", "2024-01-12"),
        ("Presiden Joko Widodo menerima kunjungan PM Jepang Fumio Kishida di Istana Bogor, Senin (20/12/2023), "
         "dan mendesak Tokyo mendukung gencatan senjata di Gaza.", "REQUEST", "IDN", "JPN", "2023-12-20"),
        ("Kejaksaan Agung menetapkan seorang direktur BUMN sebagai tersangka dan langsung menahannya.",
         "COERCE", "IDN", None, "2024-05-02"),
        ("Setelah pertemuan dengan Menlu Malaysia di Kuala Lumpur, Menlu Retno Marsudi mengatakan kedua negara "
         "akan mempercepat perundingan batas laut.", "CONSULT", "IDN", "MYS", "2023-06-01"),
        ("Presiden Filipina mengumumkan darurat militer di Mindanao, kata juru bicaranya.",
         "COERCE", "PHL", None, "2017-05-24"),
        ("Israel menghujani Khan Younis dengan puluhan rudal pada Minggu malam.", "ASSAULT", "ISR", None, "2024-01-22"),
        ("Korea Utara menguji mesin roket berbahan bakar padat yang baru, lapor KCNA.",
         "MOBILIZE", "PRK", None, "2023-07-13"),
        # an agreement signed with the party the joined verb met
        ("Presiden Joko Widodo bertemu Presiden Korea Selatan Yoon Suk Yeol di Seoul, Jumat (28/7/2023), "
         "dan menandatangani nota kesepahaman di bidang energi.", "SUPPORT", "IDN", "KOR", "2023-07-29"),
        ("Rusia menembakkan puluhan rudal jelajah ke wilayah Ukraina barat pada Senin dini hari.",
         "ASSAULT", "RUS", "UKR", "2024-08-26"),
    ],
)
def test_indonesian_several_events(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        # the negated half after "but" is no event and no denial by whoever reports it
        ("en", "North Korea tested a rocket engine but did not launch a missile, Japan's defence ministry said.",
         "REJECT"),
        ("en", "Iran may retaliate against Israel within days, but has not yet decided how, officials said.",
         "ASSAULT"),
        # a verb joined after a charge of no act is the accuser's, not the accused's
        ("en", "Washington accused Iran of fomenting unrest and supporting militants in Iraq.", "AID"),
        # a list that is a verb's object, not a second object of the first verb
        ("en", "The minister met Iraq's leaders and countering Iran's influence was on the agenda.", "SANCTION"),
        ("en", "Students stormed into the stadium after the final whistle.", "ASSAULT"),
        ("id", "Aktivis itu tetap ditahan di Rutan Salemba hingga kini.", "COERCE"),
        ("id", "Perundingan langsung AS-Iran mungkin bisa menghasilkan kesepakatan.", "CONSULT"),
        ("id", "Petani menguji mesin traktor baru di sawah.", "MOBILIZE"),
        ("id", "Korea Utara meluncurkan rudal balistik yang jatuh ke wilayah perairan di luar ZEE Jepang.", "ASSAULT"),
    ],
)
def test_several_events_near_misses(lang, text, event):
    found = coded_in(lang, text, "2024-06-10")
    assert all(e != event for e, _, _ in found), found
