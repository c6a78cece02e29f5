"""Modality cues (data/*/grammar.yaml) and the s16 modality triggers (data/*/triggers_s16_modality.yaml):
a negator that is part of an idiom negates nothing, a purpose or a need is not an act done, and a
modal that belongs to the words ("would be a mistake", "akan menginterogasi") is no intent."""

from __future__ import annotations

import warta


def coded(text: str, lang: str, pub_date: str = "2023-05-01"):
    return [
        (e.event, sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient))
        for e in warta.code(text, lang=lang, pub_date=pub_date)
    ]


# --- Indonesian: negators inside idioms ---------------------------------------------------------


def test_not_only_condemned_is_a_condemnation():
    events = coded(
        "Korea Selatan tidak hanya mengecam peluncuran rudal Korea Utara, tetapi juga menjatuhkan sanksi baru.", "id"
    )
    assert ("ACCUSE", ["KOR"], ["PRK"]) in events


def test_a_non_binding_resolution_still_condemns():
    events = coded("Majelis Umum PBB mengesahkan resolusi tak mengikat yang mengecam serangan Israel ke Gaza.", "id")
    assert any(e[0] == "ACCUSE" and e[2] == ["ISR"] for e in events)


def test_did_not_hesitate_to_expel():
    events = coded("Militer Filipina tidak segan mengusir kapal-kapal China dari perairan Scarborough.", "id")
    assert any(e[1] == ["PHL"] and e[2] == ["CHN"] for e in events)


def test_soon_after_is_no_negation():
    events = coded("Tak lama setelah itu, pasukan Israel menyerang kamp pengungsi di Jenin.", "id")
    assert any(e[0] == "ASSAULT" and e[1] == ["ISR"] for e in events)


def test_impolite_is_a_judgement_not_a_denial():
    events = coded(
        "Pernyataan Kementerian Luar Negeri China itu dianggap tidak sopan dan provokatif oleh pemerintah Filipina.",
        "id",
    )
    assert ("ACCUSE", ["PHL"], ["CHN"]) in events


def test_indiscriminate_fire_is_fire():
    events = coded("Militer Myanmar tanpa pandang bulu menembaki warga sipil di negara bagian Rakhine.", "id")
    assert any(e[0] == "ASSAULT" and e[1] == ["MMR"] for e in events)


def test_a_plain_negation_still_drops_the_event():
    assert coded("Korea Selatan tidak mengecam uji coba rudal tersebut.", "id") == []


# --- Indonesian: purpose and need -------------------------------------------------------------------


def test_money_given_so_that_he_approves_is_no_approval():
    assert (
        coded("Uang itu diberikan agar pejabat tersebut menyetujui kontrak pengadaan senjata dengan Rusia.", "id") == []
    )


def test_urging_so_that_is_still_a_request():
    events = coded("Amerika Serikat mendesak Israel agar menghentikan serangan ke Rafah.", "id")
    assert any(e[0] == "REQUEST" and e[1] == ["USA"] and e[2] == ["ISR"] for e in events)


def test_needs_to_stop_is_the_speakers_demand():
    events = coded("Korea Utara perlu menghentikan uji coba rudalnya, kata Menlu Jepang.", "id")
    assert ("REQUEST", ["JPN"], ["PRK"]) in events


# --- Indonesian: modal words that belong to the trigger ---------------------------------------------


def test_an_announced_interrogation_is_an_investigation():
    events = coded("Yordania mengatakan akan menginterogasi petugas keamanan Israel.", "id")
    assert any(e[0] == "ACCUSE" and e[1] == ["JOR"] for e in events)


def test_would_be_a_disaster_is_a_judgement():
    events = coded("Serangan Amerika Serikat terhadap Iran akan menjadi bencana, kata Menlu Rusia.", "id")
    assert any(e[0] == "ACCUSE" and e[1] == ["RUS"] for e in events)


# --- English ----------------------------------------------------------------------------------------


def test_did_not_hesitate_to_condemn():
    events = coded("Seoul did not hesitate to condemn the missile launch by North Korea.", "en")
    assert any(e[0] == "ACCUSE" and e[1] == ["KOR"] for e in events)


def test_not_merely_criticized():
    events = coded(
        "The United States did not merely criticize Iran's verdict; it imposed sanctions on Iranian judges.", "en"
    )
    assert any(e[0] == "ACCUSE" and e[1] == ["USA"] and e[2] == ["IRN"] for e in events)


def test_not_long_after_is_no_negation():
    events = coded("Not long after the talks, Israeli troops raided the Jenin refugee camp.", "en")
    assert any(e[1] == ["ISR"] for e in events)


def test_the_prospect_of_talks_is_no_meeting():
    assert coded("The prospect of talks between Serbia and Kosovo dimmed on Monday.", "en") == []


def test_would_be_counterproductive_is_a_judgement():
    events = coded(
        "Military action against Iran would be dangerous and counterproductive, the Chinese foreign ministry said.",
        "en",
    )
    assert any(e[0] == "ACCUSE" and e[1] == ["CHN"] for e in events)


def test_would_be_dangerous_for_travellers_is_advice():
    assert not any(
        e[0] == "ACCUSE"
        for e in coded("It would be dangerous for tourists to travel to the border area, police said.", "en")
    )


def test_we_would_urge_is_a_request():
    events = coded("We would urge Sudan to accept the peacekeeping force, the State Department spokesman said.", "en")
    assert ("REQUEST", ["USA"], ["SDN"]) in events


def test_an_announced_investigation_is_coded():
    events = coded("The United Nations will investigate the killings in Darfur.", "en")
    assert any(e[0] == "ACCUSE" and e[1] == ["UNO"] for e in events)


def test_a_plain_negation_in_english_still_drops():
    assert coded("France has not offered troops for the mission.", "en") == []
