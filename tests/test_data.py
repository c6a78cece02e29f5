"""Every data file loads, and its ids, codes, types, modes and dates are valid."""

from __future__ import annotations

import itertools
import re
from collections import Counter

import pycountry
import pytest

from warta.actors.lexicon import load_people
from warta.resources import data_dir, load_tsv, load_yaml, load_yaml_glob

PLOVER = load_yaml("plover.yaml")
SECTORS = {
    "GOV",
    "MIL",
    "COP",
    "JUD",
    "LEG",
    "PTY",
    "REB",
    "SPY",
    "JRN",
    "BUS",
    "CVL",
    "OPP",
    "REL",
    "EDU",
    "MED",
    "LAB",
    "REF",
    "CRM",
    "ELI",
    "UAF",
    "PRE",
    "UNK",
    "NGO",
    "IGO",
    "AGR",
    "ENV",
    "HLH",
    "MNC",
    "",
}
NON_ISO = {"UNO", "EUR", "IGO", "NGO", "MNC", "IMG", "ISM", "XKX"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CAMEO_CODES = {row["cameo"] for row in load_tsv("cameo_plover.tsv")}


def valid_code(code: str) -> bool:
    return code in NON_ISO or pycountry.countries.get(alpha_3=code) is not None


@pytest.mark.parametrize("lang", ["id", "en"])
def test_trigger_entries_are_valid(lang):
    entries = load_yaml_glob(f"{lang}/triggers/*.yaml")
    assert len(entries) >= 300
    ids = Counter(e["id"] for e in entries)
    assert [i for i, n in ids.items() if n > 1] == []
    for entry in entries:
        if entry["event"] == "NONE":  # a stop entry: words that look like a trigger but are no event
            continue
        assert entry["event"] in PLOVER, entry
        modes = PLOVER[entry["event"]].get("modes") or {}
        assert not entry.get("mode") or entry["mode"] in modes, entry
        assert isinstance(entry["cameo"], str) and entry["cameo"] in CAMEO_CODES, entry
        assert not entry.get("negated") or entry["negated"] in PLOVER, entry
        assert entry.get("frame", "active") in ("active", "cause", "undergo", "host"), entry


@pytest.mark.parametrize("lang", ["id", "en"])
def test_each_trigger_file_holds_one_type(lang):
    # the lexicon is one file per PLOVER type ("accuse.yaml") and not_events.yaml for stop entries; a
    # pass written as a file of its own is folded in with scripts/fold_triggers.py before it lands
    folder = data_dir() / lang / "triggers"
    expected = {event.lower() for event in PLOVER} | {"not_events"}
    assert {path.stem for path in folder.glob("*.yaml")} == expected
    for path in folder.glob("*.yaml"):
        kinds = {
            "not_events" if e["event"] == "NONE" else e["event"].lower()
            for e in load_yaml(f"{lang}/triggers/{path.name}")
        }
        assert kinds == {path.stem}, path.name


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_pattern_word_lists_an_alternative_twice(lang):
    # "ban|ban-ban|ban bekas" reads as (ban|ban-ban|ban) then "bekas": a phrase cannot be one
    # alternative, and a word listed twice is the sign of that slip
    slips = []
    for entry in load_yaml_glob(f"{lang}/triggers/*.yaml"):
        for word in str(entry["pattern"]).split():
            alternatives = word.split("|")
            if len(alternatives) != len(set(alternatives)):
                slips.append((entry["id"], word))
    assert slips == []


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_pattern_word_repeats_in_the_alternatives_before_it(lang):
    # "tertuduh|para tertuduh" reads as (tertuduh|para) then "tertuduh": a word that is an
    # alternative of the word before it is the same slip, a phrase written as one alternative
    slips = []
    for entry in load_yaml_glob(f"{lang}/triggers/*.yaml"):
        words = str(entry["pattern"]).split()
        for before, word in zip(words, words[1:], strict=False):
            if "|" in before and "|" not in word and word in before.split("|"):
                slips.append((entry["id"], before, word))
    assert slips == []


def word_sequences(pattern: str) -> list[tuple[str, ...]]:
    """Every run of words a gap-free pattern spells out: "disambut baik|positif" → two."""
    # "=mundur" (as written) spells the same word as "mundur"
    return list(itertools.product(*(word.removeprefix("=").split("|") for word in pattern.split())))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_words_are_written_as_two_types(lang):
    # a tie between types would be settled by the order the files load in, which says nothing
    # about meaning: "disambut baik" written both as a stop entry and as SUPPORT keeps only one
    # of them alive; a pattern with a gap, or one bound to the actor's sector, is left out
    types: dict[tuple[str, ...], set[str]] = {}
    for entry in load_yaml_glob(f"{lang}/triggers/*.yaml"):
        pattern = str(entry["pattern"])
        if {"...", "...."} & set(pattern.split()) or entry.get("actor_sector"):
            continue
        for words in word_sequences(pattern):
            types.setdefault(words, set()).add(entry["event"])
    assert {" ".join(w): t for w, t in types.items() if len(t) > 1} == {}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_plover_type_has_triggers(lang):
    types = {e["event"] for e in load_yaml_glob(f"{lang}/triggers/*.yaml")}
    assert set(PLOVER) - types == set()
    assert types - set(PLOVER) <= {"NONE"}


def test_cameo_table_maps_to_plover_types():
    rows = load_tsv("cameo_plover.tsv")
    assert len(rows) > 200
    assert {r["event"] for r in rows} <= set(PLOVER)


def test_countries_cover_the_un_members_with_valid_codes():
    countries = load_yaml("actors/countries.yaml")
    codes = [c["code"] for c in countries]
    assert len(codes) == len(set(codes))
    assert len(codes) >= 193
    assert all(valid_code(c) for c in codes)
    for country in countries:
        assert country.get("en") and country.get("id"), country["code"]


def test_bodies_and_institutions_have_valid_codes_and_sectors():
    bodies = load_yaml_glob("actors/bodies*.yaml") + load_yaml_glob("actors/institutions*.yaml")
    assert len(bodies) > 400
    for body in bodies:
        assert valid_code(body["code"]), body
        assert (body.get("sector") or "") in SECTORS, body


def test_sector_terms_use_plover_sectors():
    for group in load_yaml_glob("actors/sectors*.yaml"):
        assert group["sector"] in SECTORS
        assert group.get("en") or group.get("id")


def test_office_holders_have_valid_tenures():
    people = load_people()
    rows = sum(len(p.tenures) for p in people.values())
    assert rows >= 500
    for person in people.values():
        for tenure in person.tenures:
            assert valid_code(tenure.code), (person.name, tenure)
            assert tenure.sector in SECTORS, (person.name, tenure)
            assert DATE.match(tenure.start), (person.name, tenure)
            assert not tenure.end or (DATE.match(tenure.end) and tenure.start <= tenure.end), (person.name, tenure)


def test_no_word_in_a_data_list_was_read_as_a_yes_or_no():
    # YAML reads a bare on/off/yes/no as a boolean: "recipient_preps: [on]" would lose the word "on"
    from pathlib import Path

    import yaml

    def booleans(node):
        if isinstance(node, list):
            return [item for item in node if isinstance(item, bool)] + [b for item in node for b in booleans(item)]
        if isinstance(node, dict):
            return [b for value in node.values() for b in booleans(value)]
        return []

    data = Path(__file__).resolve().parents[1] / "src" / "warta" / "data"
    found = {str(p.relative_to(data)): booleans(yaml.safe_load(p.read_text())) for p in data.rglob("*.yaml")}
    assert {path: bad for path, bad in found.items() if bad} == {}


def repeated_keys(text: str) -> list[str]:
    """Keys a YAML text gives twice in one mapping: YAML keeps the last silently, so a new grammar key
    named like an old one ("verb_prefixes", "denial_verbs") would replace the old list unseen."""
    import yaml

    repeated: list[str] = []

    class Loader(yaml.SafeLoader):
        pass

    def mapping(loader, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = loader.construct_object(key_node, deep=True)
            if key in seen:
                repeated.append(f"{key} (line {key_node.start_mark.line + 1})")
            seen.add(key)
        return yaml.SafeLoader.construct_mapping(loader, node, deep)

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    yaml.load(text, Loader=Loader)  # a SafeLoader subclass: no arbitrary objects
    return repeated


def test_a_repeated_key_is_found():
    assert repeated_keys("verb_prefixes: [me, di]\nspeech: [kata]\nverb_prefixes: [me]\n") == ["verb_prefixes (line 3)"]
    assert repeated_keys("verb_prefixes: [me, di]\nspeech: [kata]\n") == []


@pytest.mark.parametrize("path", sorted(data_dir().rglob("*.yaml")), ids=lambda p: p.name)
def test_no_data_file_gives_a_key_twice(path):
    assert repeated_keys(path.read_text(encoding="utf-8")) == [], path


@pytest.mark.parametrize("path", sorted(data_dir().glob("*/grammar.yaml")), ids=lambda p: p.parent.name)
def test_every_grammar_states_each_typology_fact(path):
    # the code reads word order and morphology from these keys, never the language's name: a new
    # language's grammar.yaml must state every one (a yes or no, or a list: [] for none)
    from warta.lang.base import TYPOLOGY_KEYS

    grammar = load_yaml(str(path.relative_to(data_dir()))) or {}
    assert [key for key in TYPOLOGY_KEYS if key not in grammar] == [], path
    kinds = {key: type(grammar[key]).__name__ for key in TYPOLOGY_KEYS}
    assert {key: kind for key, kind in kinds.items() if kind not in ("bool", "list")} == {}, path
