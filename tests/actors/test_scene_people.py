"""With no place or state named, the state of a person the sentence names is its scene before the
home country (actors/match.py `ArticleMemory.scene`): a one-line Indonesian report on Peru is set
in Peru, not in Indonesia."""

from __future__ import annotations

from conftest import coded_in, mentions_in


def test_an_unnamed_court_judging_a_foreign_leader_is_his_states():
    text = "Mantan presiden Peru Pedro Castillo dijatuhi hukuman penjara 11 tahun oleh Mahkamah Agung."
    assert ("SANCTION", ["PER"], ["PER"]) in coded_in("id", text, "2024-05-15")


def test_a_foreign_leaders_apology_is_not_to_indonesians():
    text = "Presiden Serbia Aleksandar Vucic meminta maaf kepada keluarga korban."
    assert not any("IDN" in recipient for _, _, recipient in coded_in("id", text, "2024-05-15"))


def test_at_home_the_home_court_stays_indonesian():
    text = "Mantan menteri itu dijatuhi hukuman penjara lima tahun oleh Mahkamah Agung."
    assert ("SANCTION", ["IDN"], ["IDN"]) in coded_in("id", text, "2024-05-15")


def test_a_state_named_still_sets_the_scene_before_a_person():
    text = "Presiden Serbia Aleksandar Vucic mengatakan polisi Kosovo menangkap tiga warga Serbia."
    assert ("COERCE", ["XKX"], ["SRB"]) in coded_in("id", text, "2024-05-15")


def test_a_home_party_name_in_a_story_set_abroad_is_that_states_party():
    text = (
        "Seorang pria bersenjata mendatangi restoran di Washington, Amerika Serikat, "
        "terkait calon presiden dari Partai Demokrat, Hillary Clinton."
    )
    found = mentions_in("id", text, "2016-12-05")
    assert [code for words, code, _ in found if words.endswith("Partai Demokrat")] == ["USA"]


def test_at_home_the_home_party_stays_indonesian():
    text = "Partai Demokrat mengecam keputusan pemerintah soal kenaikan harga BBM."
    assert ("ACCUSE", ["IDN"], ["IDN"]) in coded_in("id", text, "2018-02-03")


def test_a_sector_term_from_a_party_is_that_partys_states():
    # "dari" joins a sector term to the body after it, as "from" does in English
    text = "Senator dari Partai Republik mengkritik Gedung Putih."
    assert ("ACCUSE", ["USA"], ["USA"]) in coded_in("id", text, "2016-05-01")
    text = "Kolombia menarik duta besarnya dari Israel."
    assert ("SANCTION", ["COL"], ["ISR"]) in coded_in("id", text, "2016-05-01")
