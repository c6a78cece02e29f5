"""Credits: datelines give place, outlet and agency; credit lines give the agency; spans point into the text."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import SHARED
from warta.clean.credits import find_credits, home_of, name_table
from warta.lang.base import language
from warta.resources import load_yaml

INDOSUM = SHARED / "corpus" / "id-news" / "indosum-politics-570.jsonl"
HTML_EXPECTED = SHARED / "corpus" / "html-id" / "expected.jsonl"
XINHUA = SHARED / "corpus" / "en-news" / "xinhua_005.txt"


def credited(text: str, lang: str = "id") -> tuple:
    credits = find_credits(text, lang)
    return credits.dateline_place, credits.outlet, credits.agency, [text[a:b] for a, b in credits.spans]


def test_the_seed_dateline_gives_jakarta_and_tempo_and_its_last_line_reuters(seed_text):
    credits = find_credits(seed_text, "id")
    assert (credits.dateline_place, credits.outlet, credits.agency) == ("Jakarta", "Tempo", "Reuters")
    assert [seed_text[a:b] for a, b in credits.spans] == ["TEMPO.CO, Jakarta -", "REUTERS"]
    assert credits.spans[-1][1] == len(seed_text.rstrip())


@pytest.mark.parametrize(
    ("text", "lang", "place", "outlet", "agency", "dateline"),
    [
        ("TEMPO.CO, Jakarta - Menteri itu tiba.", "id", "Jakarta", "Tempo", None, "TEMPO.CO, Jakarta -"),
        ("JAKARTA, KOMPAS.com - Presiden berangkat.", "id", "Jakarta", "Kompas", None, "JAKARTA, KOMPAS.com -"),
        ("Jakarta (ANTARA) - DPR bersidang.", "id", "Jakarta", None, "Antara", "Jakarta (ANTARA) -"),
        (
            "Jakarta, CNN Indonesia - - KPK menahan bupati.",
            "id",
            "Jakarta",
            "CNN Indonesia",
            None,
            "Jakarta, CNN Indonesia - -",
        ),
        ("WASHINGTON (Reuters) - The envoy left.", "en", "Washington", None, "Reuters", "WASHINGTON (Reuters) -"),
        (
            "Las Palmas de Gran Canaria, Spain, Feb 17 (ANTARA/DPA) - Police seized a boat.",
            "en",
            "Las Palmas de Gran Canaria",
            "Antara",
            "DPA",
            "Las Palmas de Gran Canaria, Spain, Feb 17 (ANTARA/DPA) -",
        ),
        (
            "Mataram, NTB (ANTARA News) - Bandara ditutup.",
            "id",
            "Mataram",
            None,
            "Antara",
            "Mataram, NTB (ANTARA News) -",
        ),
        ("REPUBLIKA.CO.ID, JAKARTA - Menteri tiba.", "id", "Jakarta", "Republika", None, "REPUBLIKA.CO.ID, JAKARTA -"),
        ("Merdeka.com - Bupati tiba.", "id", None, "Merdeka", None, "Merdeka.com -"),
        ("HAVANA, Cuba (Reuters) -- Officials met.", "en", "Havana", None, "Reuters", "HAVANA, Cuba (Reuters) --"),
        ("LAGOS, May 28 (Xinhua) -- Police said.", "en", "Lagos", None, "Xinhua", "LAGOS, May 28 (Xinhua) --"),
        ("KUALA LUMPUR: A policeman was killed.", "en", "Kuala Lumpur", None, None, "KUALA LUMPUR:"),
        ("Jakarta (ANTARA) - Indonesia's president left.", "en", "Jakarta", None, "Antara", "Jakarta (ANTARA) -"),
    ],
)
def test_datelines(text, lang, place, outlet, agency, dateline):
    found_place, found_outlet, found_agency, spans = credited(text, lang)
    assert (found_place, found_outlet, found_agency) == (place, outlet, agency)
    assert spans == [dateline]


def test_the_coder_skips_exactly_the_dateline_the_credits_read():
    for text, lang in [
        ("TEMPO.CO, Jakarta - Menteri itu tiba.", "id"),
        ("Jakarta, CNN Indonesia - - KPK menahan bupati.", "id"),
        ("Las Palmas de Gran Canaria, Spain, Feb 17 (ANTARA/DPA) - Polisi menyita kapal.", "id"),
        ("REPUBLIKA.CO.ID, JAKARTA - Menteri tiba.", "id"),
        ("HAVANA, Cuba (Reuters) -- Officials met.", "en"),
        ("SRINAGAR, Indian-controlled Kashmir, May 29 (Xinhua) -- A civilian was killed.", "en"),
    ]:
        first = language(lang).sentences(text)[0]
        end = find_credits(text, lang).spans[0][1]
        assert first.start == end + 1, text


def test_a_title_or_an_ad_line_may_come_before_the_dateline():
    text = "Presiden ke Tokyo\nBaca berita dengan sedikit iklan, klik di sini\nJakarta (ANTARA) - Presiden berangkat."
    assert credited(text)[:3] == ("Jakarta", None, "Antara")


def test_a_dateline_shape_inside_the_story_is_not_a_dateline():
    first = (
        "Presiden Joko Widodo membuka rapat kabinet terbatas di Istana Merdeka pada Senin pagi bersama para menteri "
        "untuk membahas persiapan pemilihan umum tahun depan."
    )
    assert credited(first + "\nJAKARTA - Menteri tiba.") == (None, None, None, [])


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Presiden tiba.\nREUTERS", "REUTERS"),
        ("Presiden tiba.\nIa pergi, kata dia. (Antara)", "(Antara)"),
        ("The envoy left.\nHe said so. — Reuters", "— Reuters"),
        ("The envoy left.\nAFP", "AFP"),
        ("The envoy left (Reuters).", "(Reuters)"),
        ("Presiden tiba.\nSumber: Antara\n(has/has)", "Sumber: Antara"),
    ],
)
def test_agency_credits_at_the_end(text, credit):
    place, outlet, agency, spans = credited(text)
    assert spans == [credit]
    assert agency == name_table()[credit.strip("()— ").removeprefix("Sumber: ").casefold()].canonical


@pytest.mark.parametrize(
    "text",
    [
        "Presiden tiba.\n(has/has)",  # editors' initials
        "Presiden tiba. (ap)",  # initials, not Associated Press
        "Ia pergi, demikian sebagaimana dikutip dari AFP.",  # a report quoting a wire, not a credit line
        "Foto bersama (REUTERS / Danny Moloshok)",  # a photo credit
    ],
)
def test_what_is_not_an_agency_credit(text):
    assert find_credits(text, "id").agency is None


def test_real_indonesian_articles_name_their_outlet_and_place():
    articles = [json.loads(line) for line in INDOSUM.read_text(encoding="utf-8").splitlines()]
    cnn = [find_credits(a["text"], "id") for a in articles if a["source"] == "cnn indonesia"]
    assert len(cnn) == 439 and all(c.outlet == "CNN Indonesia" and c.dateline_place for c in cnn)
    assert sum(c.dateline_place == "Jakarta" for c in cnn) > 400
    rimanews = [find_credits(a["text"], "id") for a in articles if a["source"] == "rimanews"]
    assert sum(c.outlet == "Rimanews" for c in rimanews) >= 85
    assert all(c.dateline_place is None for c in rimanews)  # "OPINI - ", "PENGANTAR:" are rubrics, not places


def test_real_pages_datelines():
    pages = [json.loads(line) for line in HTML_EXPECTED.read_text(encoding="utf-8").splitlines()]
    found = {(p["site"], *credited(p["content"])[:3]) for p in pages if p.get("content")}
    assert {
        ("Antara", "Mataram", None, "Antara"),
        ("Antara", "Istanbul", "Antara", "PR Newswire"),
        ("Kompas", "Jakarta", "Kompas", None),
        ("Republika", "Jakarta", "Republika", None),
        ("Tempo", "Jakarta", "Tempo", None),
    } <= found


def test_real_wire_articles_credit_xinhua():
    articles = [a for a in XINHUA.read_text(encoding="utf-8").split("\n\n") if "(Xinhua) --" in a[:400]]
    assert len(articles) >= 6
    assert all(find_credits(a, "en").agency == "Xinhua" for a in articles)


def test_every_spelling_names_one_agency_or_outlet():
    data = load_yaml("agencies.yaml")
    spellings = [s.casefold() for kind in ("agencies", "outlets") for e in data[kind] for s in e["spellings"]]
    assert len(spellings) == len(set(spellings))
    assert {"reuters", "afp", "agence france-presse", "antara", "tempo.co", "kompas.com", "cnn indonesia"} <= set(
        spellings
    )


@given(st.text(), st.sampled_from(["id", "en", "ms", ""]))
def test_credits_never_raise_and_spans_point_inside_the_text(text, lang):
    credits = find_credits(text, lang)
    assert all(0 <= a < b <= len(text) for a, b in credits.spans)


def test_a_national_outlet_reports_from_its_state_and_a_world_wire_from_none():
    assert home_of("The News (Pakistan)") == "PAK"
    assert home_of("Times of India (AP)") == "IND"
    assert home_of("Reuters") == ""
    assert home_of(None) == ""
