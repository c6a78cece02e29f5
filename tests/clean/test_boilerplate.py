"""Boilerplate: known ad and prompt lines, and the lines an outlet repeats, are named (never cut)."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from conftest import SHARED
from warta.clean.boilerplate import BoilerplateLearner, known_patterns, normalise_line
from warta.lang.base import language
from warta.resources import load_yaml

INDOSUM = SHARED / "corpus" / "id-news" / "indosum-politics-570.jsonl"
HTML = SHARED / "corpus" / "html-id"
AD = "Baca berita dengan sedikit iklan, klik di sini"
FOOTER = "Redaksi menerima tulisan pembaca melalui surel."


def story(*lines: str) -> str:
    return "\n".join(lines)


def test_every_ad_line_of_the_seed_is_found(seed_text):
    skipped = BoilerplateLearner().lines_for("Tempo", seed_text)
    assert skipped == {AD}
    ad_lines = [line for line in seed_text.splitlines() if line.startswith("Baca berita")]
    assert len(ad_lines) == 4 and all(normalise_line(line) in skipped for line in ad_lines)


def test_the_coder_skips_the_seed_ad_lines_and_keeps_the_rest(seed_text):
    sentences = language("id").sentences(seed_text, BoilerplateLearner().lines_for("Tempo", seed_text))
    assert not any("iklan" in s.text for s in sentences)
    assert sentences[0].text.startswith("Menteri Luar Negeri Rusia Sergei Lavrov menemui")


@pytest.mark.parametrize(
    "line",
    [
        "Baca juga: Presiden tiba di Tokyo",
        "ADVERTISEMENT",
        "Scroll to continue with content",
        "SCROLL TO CONTINUE WITH CONTENT",
        "Simak video pilihan berikut ini:",
        "Lihat juga video: banjir di Bekasi",
        "(foto/Antara/Budi)",
        "Editor: Budi Santoso",
        "Copyright © 2023 Tempo. All Rights Reserved.",
        "© 2024 Kompas.com",
        "Ikuti berita terkini dari kami di Google News",
        "Bagikan artikel ini",
        "(fyk/ash)",
        "Read more: The envoy's visit, explained",
        "Reporting by Jane Doe; Editing by John Roe",
        "Subscribe to our newsletter",
        "Share this article",
    ],
)
def test_known_boilerplate_lines(line):
    assert BoilerplateLearner().lines_for(None, story("Ia tiba.", line)) == {normalise_line(line)}


@pytest.mark.parametrize(
    "line",
    [
        "Iklan rokok dilarang tayang di televisi mulai tahun depan.",
        "Share prices fell sharply in Jakarta on Monday.",
        "Foto: Antara Jakarta - Presiden membuka rapat kabinet terbatas di Istana Merdeka pada hari Senin pagi ini.",
        "Subscribers of the paper protested on Monday.",
    ],
)
def test_article_sentences_that_look_like_boilerplate_are_kept(line):
    assert BoilerplateLearner().lines_for(None, line) == frozenset()


def test_the_coder_reads_the_known_patterns_from_the_data_file():
    text = story("Presiden tiba di Tokyo.", "ADVERTISEMENT", "Ia bertemu Kishida.")
    assert [s.text for s in language("id").sentences(text)] == ["Presiden tiba di Tokyo.", "Ia bertemu Kishida."]
    text = story("The envoy arrived.", "Scroll to continue with content", "He met Kishida.")
    assert [s.text for s in language("en").sentences(text)] == ["The envoy arrived.", "He met Kishida."]


def test_patterns_live_in_one_data_file_and_decide_about_whole_lines():
    data = load_yaml("boilerplate.yaml")
    assert set(data) == {"any", "id", "en"}
    assert all(pattern.startswith("^") for patterns in data.values() for pattern in patterns)
    assert all("boilerplate" not in load_yaml(f"{lang}/grammar.yaml") for lang in ("id", "en"))
    assert len(known_patterns()) == sum(len(patterns) for patterns in data.values())


def test_a_line_repeated_within_one_article_is_that_outlets_boilerplate():
    learner = BoilerplateLearner()
    text = story("Promo khusus pembaca setia", "Presiden tiba.", "Promo khusus pembaca setia", "Ia pergi.")
    assert learner.lines_for("Harian Kita", text) == {"Promo khusus pembaca setia"}
    learner.observe("Harian Kita", text)
    assert learner.learned("Harian Kita") == {"Promo khusus pembaca setia"}
    assert learner.lines_for("Harian Kita", story("Menteri tiba.", "Promo khusus pembaca setia")) == {
        "Promo khusus pembaca setia"
    }
    assert learner.learned("Harian Lain") == frozenset()


def test_a_short_line_in_three_articles_of_an_outlet_is_learned():
    learner = BoilerplateLearner()
    for number, news in enumerate(["Presiden tiba.", "Menteri pergi.", "DPR bersidang."]):
        assert FOOTER not in learner.lines_for("Harian Kita", story(news, FOOTER)), number
        learner.observe("Harian Kita", story(news, FOOTER))
    assert learner.lines_for("Harian Kita", story("Gubernur dilantik.", FOOTER)) == {FOOTER}
    assert learner.lines_for("Harian Kita", "Gubernur dilantik.") == frozenset()
    assert learner.lines_for("Harian Lain", story("Gubernur dilantik.", FOOTER)) == frozenset()


def test_how_many_articles_make_boilerplate_is_configurable():
    learner = BoilerplateLearner(min_articles=2)
    learner.observe("Harian Kita", story("Presiden tiba.", FOOTER))
    learner.observe("Harian Kita", story("Menteri pergi.", FOOTER))
    assert learner.learned("Harian Kita") == {FOOTER}


def test_long_lines_are_never_learned():
    paragraph = " ".join(["kata"] * 26)
    learner = BoilerplateLearner()
    for _ in range(3):
        learner.observe("Harian Kita", story(paragraph, paragraph))
    assert learner.learned("Harian Kita") == frozenset()


def test_lines_are_compared_normalised_and_outlets_case_insensitively():
    learner = BoilerplateLearner()
    learner.observe("Harian Kita", story("  Promo  khusus\tpembaca ", "Presiden tiba.", "Promo khusus pembaca"))
    text = story("Menteri tiba.", "Promo   khusus pembaca  ", "Ia pergi.")
    skipped = learner.lines_for("HARIAN KITA", text)
    assert skipped == {"Promo khusus pembaca"}
    assert [s.text for s in language("id").sentences(text, skipped)] == ["Menteri tiba.", "Ia pergi."]


def test_what_was_learned_survives_a_round_trip_through_json():
    learner = BoilerplateLearner()
    for news in ["Presiden tiba.", "Menteri pergi."]:
        learner.observe("Harian Kita", story(news, FOOTER))
    restored = BoilerplateLearner.from_dict(json.loads(json.dumps(learner.to_dict())))
    assert restored.to_dict() == learner.to_dict()
    restored.observe("Harian Kita", story("DPR bersidang.", FOOTER))  # the third article, after a restart
    assert restored.learned("Harian Kita") == {FOOTER}
    assert BoilerplateLearner.from_dict({}).outlets == {}
    assert BoilerplateLearner.from_dict(learner.to_dict(), min_articles=2).learned("Harian Kita") == {FOOTER}


def test_real_articles_teach_only_prompts_and_credits():
    """570 real articles: what is skipped is "Baca juga:"/"SIMAK JUGA" prompts, "Penulis:" lines and
    editors' initials "(aal)", "[rnd]"."""
    articles = [json.loads(line) for line in INDOSUM.read_text(encoding="utf-8").splitlines()]
    learner = BoilerplateLearner()
    for article in articles:
        learner.observe(article["source"], article["text"])
    assert learner.learned("cnn indonesia") >= {"(aal)", "(ugo/ugo)"}
    assert all(re.fullmatch(r"\([a-z]+(/[a-z]+)*\)", line) for line in learner.learned("cnn indonesia"))
    skipped = set().union(*(learner.lines_for(a["source"], a["text"]) for a in articles))
    assert all(re.match(r"[(\[]|(baca|simak)\b|penulis:", line, re.I) for line in skipped), skipped


class PageText(HTMLParser):
    """The text nodes of a saved page, one per line, without scripts and styles."""

    def __init__(self) -> None:
        super().__init__()
        self.hidden = 0
        self.lines: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.hidden += tag in ("script", "style", "noscript")

    def handle_endtag(self, tag):
        self.hidden -= tag in ("script", "style", "noscript")

    def handle_data(self, data):
        if not self.hidden and data.strip():
            self.lines.append(data.strip())


def page_text(path) -> str:
    parser = PageText()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    return "\n".join(parser.lines)


def test_an_outlets_navigation_is_learned_from_its_pages_and_its_stories_are_not():
    pages = sorted((HTML / "pages" / "kompas").glob("kompas-singlepage*.html"))
    learner = BoilerplateLearner()
    for page in pages:
        learner.observe("Kompas", page_text(page))
    learned = learner.learned("Kompas")
    assert {"Beranda", "Contact Us", "Indeks Berita"} <= learned
    expected = [json.loads(line) for line in (HTML / "expected.jsonl").read_text(encoding="utf-8").splitlines()]
    stories = [e["content"] for e in expected if e["site"] == "Kompas" and e.get("content")]
    assert len(stories) == len(pages) == 5
    for content in stories:
        assert not {normalise_line(line) for line in content.splitlines()} & learned
