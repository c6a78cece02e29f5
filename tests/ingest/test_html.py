"""Main text and metadata of real news pages, read in place from ../shared (no news text in the repo)."""

from __future__ import annotations

import gzip
import json
import re
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SHARED
from warta.ingest.html import extract_page, headline, outlet_name
from warta.lang.detect import detect_language, identify_language

HTML_ID = SHARED / "corpus" / "html-id"
BENCH = SHARED / "bench" / "article-extraction"
INDOSUM = SHARED / "corpus" / "id-news" / "indosum-politics-570.jsonl"
WIB = timezone(timedelta(hours=7))


def expected(name: str) -> dict:
    """The scraper's record for a page of html-id (its title, epoch-ms date, content)."""
    for line in (HTML_ID / "expected.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["fixture"].endswith(f"/{name}.html"):
            return record
    raise KeyError(name)


def page(name: str):
    folder = name.split("-")[0].replace("tempoen", "tempo-english")
    path = HTML_ID / "pages" / folder / f"{name}.html"
    return extract_page(path.read_text(encoding="utf-8"), str(path))


def wib_date(epoch_ms: int) -> str:
    return datetime.fromtimestamp(epoch_ms / 1000, tz=UTC).astimezone(WIB).date().isoformat()


def shingles(text: str) -> set[str]:
    words = re.findall(r"\w+", text)
    return {" ".join(words[i : i + 4]) for i in range(len(words) - 3)}


@pytest.mark.parametrize("name", ["antara-singlepage", "kompas-singlepage2", "liputan6-singlepage", "tempo-singlepage"])
def test_article_title_date_and_text_agree_with_the_scraper(name):
    found, record = page(name), expected(name)
    assert found.title == record["title"]  # the site's name is cut off the <title>
    assert found.date == wib_date(record["date"])
    theirs = shingles(record["content"])
    assert len(theirs & shingles(found.text)) / len(theirs) > 0.95
    assert found.lang == "id"


def test_lead_outside_any_paragraph_is_kept():
    # Kompas leaves the lead loose in a <div> before the <p>s; trafilatura alone drops it.
    found, record = page("kompas-singlepage5"), expected("kompas-singlepage5")
    first_sentence = record["content"].split(". ")[0]
    assert first_sentence in found.text


def test_english_page_of_an_indonesian_outlet():
    found, record = page("tempoen-singlepage"), expected("tempoen-singlepage")
    assert found.lang == "en"
    assert found.date == wib_date(record["date"])
    assert (
        found.url
        == "http://en.tempo.co/read/news/2015/11/04/055715684,uk.html/Indonesia-can-Learn-from-Finlands-Peatland-Fire-Case-Pratikno"
    )


def test_outlet_from_site_name_or_domain():
    assert page("okezone-singlepage").outlet == "okezone.com"  # no og:site_name: the domain, not the subdomain
    assert page("kompas-singlepage4").outlet == "kompas.com"  # article:publisher is a Facebook URL: ignored
    assert outlet_name(None, "https://www.antaranews.com/berita/1") == "antaranews.com"
    assert outlet_name("Republika Online", "https://www.republika.co.id/x") == "Republika Online"


def test_headline_drops_the_site_name_only_at_the_ends():
    assert headline("Judul Berita - Kompas.com Regional", "KOMPAS.com", None) == "Judul Berita"
    assert headline("KapanLagi.com: FOTO: Judul", "KapanLagi.com", None) == "FOTO: Judul"
    assert headline("Tempo - Judul | Tempo Gaya", None, "http://gaya.tempo.co/read/1") == "Judul"
    assert headline("Jokowi - Prabowo Bertemu", "Tempo", None) == "Jokowi - Prabowo Bertemu"


def test_given_url_wins_over_the_page_canonical():
    path = HTML_ID / "pages" / "kompas" / "kompas-singlepage.html"
    found = extract_page(path.read_text(encoding="utf-8"), str(path), "https://example.org/a")
    assert found.url == "https://example.org/a"
    assert found.path == str(path)


@pytest.mark.parametrize("name", ["antara-mainpage", "republika-mainpage"])
def test_feed_is_not_an_article(name):
    found = page(name)  # these "front pages" are RSS feeds
    assert found.text == ""
    assert found.lang is None


@pytest.mark.parametrize("name", ["liputan6-mainpage", "okezone-mainpage"])
def test_front_page_gives_little_or_no_main_text(name):
    found = page(name)
    assert found.title
    assert len(found.text.split()) < 200


@pytest.mark.parametrize("prefix", ["05844573ca7e", "098bb3e96c0a", "0d46122928b6"])
def test_benchmark_pages_match_the_gold_body(prefix):
    truth = json.loads((BENCH / "ground-truth.json").read_text(encoding="utf-8"))
    key = next(key for key in truth if key.startswith(prefix))
    html = gzip.decompress((BENCH / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8")
    gold, ours = shingles(truth[key]["articleBody"]), shingles(extract_page(html, key).text)
    assert len(gold & ours) / len(gold) > 0.9
    assert len(gold & ours) / len(ours) > 0.9
    assert identify_language(truth[key]["articleBody"]) == "en"


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        "<<<>>>",
        "\x00\x01\x02",
        "<html>" * 10_000,
        "<p>unclosed <b>bold <i>",
        "plain text, no tags " * 50,
        "<?xml version='1.0' encoding='utf-8'?><html><body><p>x</p></body></html>",
        "<html><body>\ud800</body></html>",
    ],
)
def test_malformed_or_empty_html_does_not_raise(html):
    found = extract_page(html, "bad.html")
    assert found.path == "bad.html"
    assert isinstance(found.text, str)


def test_truncated_page_does_not_raise():
    path = HTML_ID / "pages" / "kompas" / "kompas-singlepage2.html"
    found = extract_page(path.read_text(encoding="utf-8")[:20_000], "cut.html")
    assert isinstance(found.text, str)


@settings(max_examples=40, deadline=None)
@given(st.text())
def test_extract_page_never_raises_on_any_unicode(html):
    assert isinstance(extract_page(f"<html><body><p>{html}</p></body></html>", "x").text, str)


def test_identify_indonesian_and_english(seed_text):
    assert identify_language(seed_text) == "id"
    assert identify_language((SHARED / "corpus" / "en-news" / "cnn_001.txt").read_text(encoding="utf-8")) == "en"


@pytest.mark.parametrize(
    "article_id",
    [
        "1501284035-sidang-wni-tersangka-kasus-kim-jong-nam-dimulai-2-",  # lingua's Indonesian/Malay pair says Malay
        "1476910808-harta-raja-thailand-lebih-besar-dibandingkan-ratu-",  # "kerajaan" (kingdom) nine times
    ],
)
def test_malay_looking_indonesian_stays_indonesian(article_id):
    for line in INDOSUM.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["id"] == article_id:
            assert identify_language(record["text"]) == "id"
            return
    raise AssertionError(f"{article_id} not in {INDOSUM.name}")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Polis telah menahan tiga suspek berhubung kes rompakan di sebuah kedai emas di Johor Bahru petang Isnin.",
            "ms",
        ),
        (
            "Syarikat itu berkata bahawa ia akan membuka kilang baharu di Pulau Pinang kerana permintaan meningkat.",
            "ms",
        ),
        (
            "Le gouvernement a annoncé mardi de nouvelles mesures pour soutenir les agriculteurs.",
            "fr",
        ),
        (
            "Die Regierung hat am Dienstag neue Maßnahmen für die Bauern angekündigt.",
            "de",
        ),
        ("El gobierno anunció el martes nuevas medidas para apoyar a los agricultores afectados por la sequía.", "es"),
        ("政府は火曜日、干ばつの被害を受けた農家を支援する新たな措置を発表した。", "ja"),
        ("Правительство во вторник объявило о новых мерах поддержки фермеров, пострадавших от засухи.", "ru"),
        ("أعلنت الحكومة يوم الثلاثاء عن إجراءات جديدة لدعم المزارعين المتضررين من الجفاف.", "ar"),
    ],
)
def test_identify_other_languages(text, code):
    assert identify_language(text) == code


def test_identify_gives_undetermined_without_letters():
    assert identify_language("") == "und"
    assert identify_language("12/02/2016 09:15 — 3.500") == "und"
    assert identify_language("halo", default="xx") == "xx"


def test_detect_language_still_chooses_between_indonesian_and_english_only():
    malay = "Syarikat itu berkata bahawa ia akan membuka kilang baharu di Pulau Pinang kerana permintaan meningkat."
    assert detect_language(malay) == "id"
    assert detect_language("") == "en"
