"""The day a story told (coder.py `remember_day`, `CodedArticle.day_told`): a sentence that names no
date of its own is dated by the past day the story last named, within the week before publication —
not by the publication date; a new story or a day too far back does not carry."""

from __future__ import annotations

import warta


def dates(text: str, lang: str, pub_date: str) -> list[tuple[str, str]]:
    return [(e.event, e.date) for e in warta.code(text, lang=lang, pub_date=pub_date)]


def test_a_verdict_told_after_the_lead_takes_the_leads_day():
    text = (
        "Pengadilan Negeri Bandung menggelar sidang vonis kasus ujaran kebencian, Selasa (14/11).\n"
        "Majelis hakim menyatakan terdakwa bersalah dan menjatuhkan hukuman penjara satu tahun."
    )
    assert ("SANCTION", "2017-11-14") in dates(text, "id", "2017-11-15")


def test_an_english_lead_day_dates_the_sentence_after_it():
    text = (
        "Israeli troops raided the West Bank city of Jenin on Tuesday.\n"
        "The soldiers arrested five Palestinians, the army said."
    )
    assert ("COERCE", "2023-07-04") in dates(text, "en", "2023-07-05")


def test_without_a_day_named_the_publication_date_stays():
    text = "The soldiers arrested five Palestinians in Jenin, the Israeli army said."
    assert ("COERCE", "2023-07-05") in dates(text, "en", "2023-07-05")


def test_a_day_long_before_publication_does_not_carry():
    text = (
        "Israeli troops raided the West Bank city of Jenin on March 3.\n"
        "The soldiers arrested five Palestinians, the army said."
    )
    assert ("COERCE", "2023-07-05") in dates(text, "en", "2023-07-05")


def test_a_lead_that_codes_nothing_still_dates_the_story():
    # the opening line names the day but no event; the arrest told next happened that day
    text = (
        "Suasana di Kota Jenin, Tepi Barat, mencekam pada Selasa (4/7).\n"
        "Tentara Israel menangkap lima warga Palestina, kata militer Israel."
    )
    assert ("COERCE", "2023-07-04") in dates(text, "id", "2023-07-05")


def test_a_day_said_late_in_a_long_story_does_not_date_what_follows():
    lead = [f"Paragraf latar ke-{n} tidak menyebut hari apa pun." for n in range(1, 8)]
    text = "\n".join(
        [
            *lead,
            "Sebuah lembaga kajian menerbitkan laporan pada Selasa (4/7).",
            "Tentara Israel menangkap lima warga Palestina, kata militer Israel.",
        ]
    )
    assert ("COERCE", "2023-07-05") in dates(text, "id", "2023-07-05")


def test_the_day_the_lead_names_dates_the_sentence_before_it():
    text = (
        "KPK menetapkan Gubernur Jambi Zumi Zola sebagai tersangka kasus suap.\n"
        "Penetapan tersangka itu diumumkan di Gedung KPK, Jakarta, Rabu (24/1)."
    )
    assert ("ACCUSE", "2018-01-24") in dates(text, "id", "2018-01-25")


def test_an_english_headline_takes_the_day_its_lead_names():
    text = (
        "Police arrest five in Jenin raid\nIsraeli troops raided the West Bank city of Jenin on Tuesday, the army said."
    )
    assert ("COERCE", "2023-07-04") in dates(text, "en", "2023-07-05")


def test_a_day_named_only_after_the_lead_does_not_reach_back():
    lead = ["Police arrested five men in Jenin."] + [f"Witness {n} described the scene." for n in range(12)]
    text = "\n".join([*lead, "A second raid followed on Tuesday."])
    assert ("COERCE", "2023-07-05") in dates(text, "en", "2023-07-05")
