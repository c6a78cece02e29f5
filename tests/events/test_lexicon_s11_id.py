"""Indonesian vocabulary of triggers_s11.yaml: trigger words used as adjectives or in idioms that name
no act (menjanjikan, mendesak, mengundang pertanyaan, a source's anonymity, bomb-making, a controlled
detonation), shots fired at someone (not a release), and acts the English side coded (patrols,
attacks suffered, cooperation cut back, powers stripped). Every sentence here is invented."""

from __future__ import annotations

from functools import partial

from conftest import coded_in

coded = partial(coded_in, "id")


def kinds(text: str) -> list[str]:
    return [event for event, _, _ in coded(text)]


def test_promising_and_urgent_as_adjectives_are_no_promise_and_no_urging():
    assert kinds("Hubungan Vietnam dengan Jepang sangat menjanjikan, kata Menteri Luar Negeri Vietnam.") == []
    assert "REQUEST" not in kinds("Perundingan itu semakin mendesak, kata Menteri Luar Negeri Norwegia.")


def test_raising_questions_is_no_invitation():
    assert "AGREE" not in kinds("Keputusan Thailand itu mengundang pertanyaan, kata Menteri Luar Negeri Kamboja.")


def test_a_source_asking_not_to_be_named_makes_no_request():
    assert "REQUEST" not in kinds("Seorang pejabat Kenya, yang meminta agar namanya tidak disebutkan, mengatakan itu.")


def test_bomb_making_and_a_controlled_detonation_are_no_attack():
    assert kinds("Polisi Turki meledakkan sebuah bungkusan yang mencurigakan di Ankara.") == []
    assert "ASSAULT" not in kinds("Gerilyawan Taliban merakit bom di sebuah rumah di Kandahar.")


def test_shots_fired_at_someone_are_an_assault_not_a_release():
    assert coded("Polisi Irak melepaskan tembakan ke arah demonstran di Basra.") == [("ASSAULT", ["IRQ"], ["IRQ"])]


def test_troops_on_patrol_are_mobilised():
    # the streets of Hebron are Hebron's: the patrol is deployed there, as "berpatroli di Hebron" is
    assert coded("Tentara Israel berpatroli di jalan-jalan Hebron.") == [("MOBILIZE", ["ISR"], ["PSE"])]


def test_an_attack_suffered_has_the_attacker_as_actor():
    assert coded("Pasukan Ethiopia mendapat serangan dari gerilyawan Somalia.") == [("ASSAULT", ["SOM"], ["ETH"])]


def test_cooperation_cut_back_is_a_sanction_and_powers_stripped_coercion():
    assert kinds("Korea Utara membatasi kerja sama dengan IAEA.") == ["SANCTION"]
    assert kinds("Raja Nepal dilucuti kekuasaannya oleh parlemen.") == ["COERCE"]
