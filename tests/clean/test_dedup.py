"""Near-duplicates: another outlet's copy of one wire story is found; another story on the same topic is not."""

from __future__ import annotations

import json

import pytest

from conftest import SHARED
from warta.clean.dedup import NearDuplicates

INDOSUM = SHARED / "corpus" / "id-news" / "indosum-politics-570.jsonl"
AD = "Baca berita dengan sedikit iklan, klik di sini"
NEW_PARAGRAPH = (
    "Lavrov juga mengatakan bahwa kedua negara akan memperluas kerja sama di bidang ekonomi dan budaya, "
    "menurut kantor berita RIA."
)


@pytest.fixture(scope="module")
def indosum() -> dict[str, str]:
    articles = [json.loads(line) for line in INDOSUM.read_text(encoding="utf-8").splitlines()]
    return {a["id"]: a["text"] for a in articles}


def another_outlets_copy(seed_text: str) -> str:
    """The seed as another outlet prints it: its own dateline and ad lines, one paragraph rewritten."""
    lines = [line for line in seed_text.splitlines() if line != AD]
    lines[0] = lines[0].replace("TEMPO.CO, Jakarta - ", "Jakarta, CNN Indonesia - - ")
    lines[9] = NEW_PARAGRAPH
    lines[3:3] = ["ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT"]
    lines.insert(8, "Baca juga: Putin dijadwalkan berkunjung ke Pyongyang")
    return "\n".join([*lines[:-1], "(has/has)"])


def test_another_outlets_copy_of_the_seed_is_a_near_duplicate(seed_text):
    index = NearDuplicates()
    assert index.add("tempo", index.signature(seed_text)) is None
    copy = another_outlets_copy(seed_text)
    assert copy != seed_text and NEW_PARAGRAPH in copy
    assert index.similarity(index.signature(seed_text), index.signature(copy)) >= 0.8
    assert index.add("cnn", index.signature(copy)) == "tempo"
    assert len(index) == 1  # a copy is not indexed: later copies point at the first


def test_ad_lines_and_datelines_do_not_count(seed_text):
    index = NearDuplicates()
    bare = "\n".join(line for line in seed_text.splitlines() if line != AD).replace("TEMPO.CO, Jakarta - ", "")
    assert index.similarity(index.signature(seed_text), index.signature(bare)) == 1.0


def test_another_story_on_the_same_topic_is_not_a_duplicate(seed_text, indosum):
    index = NearDuplicates()
    index.add("seed", index.signature(seed_text))
    lavrov = "1502355236-bahas-korut-rusia-indonesia-akan-ikuti-hukum-inter"  # Lavrov, Russia and North Korea too
    assert "Lavrov" in indosum[lavrov]
    assert index.add(lavrov, index.signature(indosum[lavrov])) is None
    # Two stories on Amien Rais and the KPK, a few hours apart: the closest pair of the 570 articles.
    first, second = (
        "1496346300-amien-rais-akan-temui-kpk-klarifikasi-soal-rp600-j",
        "1496370600-amien-rais-i-know-much-better",
    )
    assert index.add(first, index.signature(indosum[first])) is None
    assert index.add(second, index.signature(indosum[second])) is None
    assert index.similarity(index.signature(indosum[first]), index.signature(indosum[second])) < 0.5


def test_no_two_of_570_real_articles_are_taken_for_copies(indosum):
    index = NearDuplicates()
    assert [doc for doc, text in indosum.items() if index.add(doc, index.signature(text))] == []
    assert len(index) == len(indosum)


def test_the_earliest_copy_is_the_one_named(seed_text):
    index = NearDuplicates()
    copy = another_outlets_copy(seed_text)
    assert index.add("first", index.signature(seed_text)) is None
    assert index.add("second", index.signature(copy)) == "first"
    assert index.add("third", index.signature(seed_text + "\nAFP")) == "first"


def test_signatures_are_bytes_that_rebuild_the_index_after_a_restart(seed_text, indosum):
    before = NearDuplicates()
    signature = before.signature(seed_text)
    assert isinstance(signature, bytes) and signature == NearDuplicates().signature(seed_text)
    stored = [("seed", signature), *((doc, before.signature(text)) for doc, text in list(indosum.items())[:20])]
    after = NearDuplicates()
    after.load(stored)
    assert len(after) == 21
    assert after.add("copy", after.signature(another_outlets_copy(seed_text))) == "seed"


def test_texts_without_words_and_unreadable_signatures_are_never_duplicates():
    index = NearDuplicates()
    assert index.add("empty", index.signature("")) is None
    assert index.add("blank", index.signature("  \n\t ")) is None
    assert index.add("broken", b"not a signature") is None
    assert len(index) == 0
    short = index.signature("Presiden tiba.")
    assert index.add("short", short) is None and index.add("short again", short) == "short"
