"""Vocabulary from data/en/triggers_agree.yaml and data/id/triggers_agree.yaml: the same act gets the
same type in English and Indonesian, and look-alike phrases code nothing."""

from __future__ import annotations

from conftest import coded_in, types_in


def coded(text: str, lang: str, pub_date: str = "2024-03-14"):
    return coded_in(lang, text, pub_date)


def types(text: str, lang: str) -> set[str]:
    return types_in(lang, text)


def test_deploying_troops_is_mobilize_in_both_languages():
    assert "MOBILIZE" in types("Jepang menempatkan sekitar 600 pasukannya di Irak selatan.", "id")
    assert "MOBILIZE" in types("Japan has deployed about 600 troops in southern Iraq.", "en")


def test_ordering_a_deployment_is_mobilize_not_a_request():
    assert types("Presiden Prancis memerintahkan pengiriman ribuan prajurit ke Mali.", "id") == {"MOBILIZE"}


def test_police_sealing_off_a_site_is_coerce():
    # s30c_mobilize: a site sealed off restricts movement (COERCE restrict), as the gold reads it
    assert "COERCE" in types("Polisi Thailand menutup lokasi ledakan di Bangkok.", "id")


def test_taking_control_of_a_district_is_coerce():
    assert "COERCE" in types("Gerilyawan Taliban menguasai kabupaten Musa Qala di Afghanistan selatan.", "id")


def test_a_crackdown_noun_is_coerce():
    assert "COERCE" in types("Pasukan Irak melakukan penumpasan terhadap milisi di Basra.", "id")


def test_declining_to_be_named_is_no_refusal():
    assert "REJECT" not in types(
        "Pasukan Israel menembak dua pria, kata pejabat yang tidak bersedia disebutkan namanya.", "id"
    )


def test_defeating_a_rival_is_no_concession():
    assert "CONCEDE" not in types("Partai Buruh mengalahkan Partai Konservatif dalam pemilihan umum di Inggris.", "id")


def test_suspected_members_are_no_accusation():
    assert "ACCUSE" not in types("Tentara Filipina menembak tiga orang yang dicurigai anggota Abu Sayyaf.", "id")


def test_the_reason_for_an_arrest_is_no_new_accusation():
    assert types("Polisi Malaysia menahan seorang warga Singapura atas tuduhan penyelundupan.", "id") == {"COERCE"}


def test_routing_an_armed_group_is_an_assault():
    assert "ASSAULT" in types("Pasukan Ethiopia menghalau gerilyawan Islamis dari Kismayo.", "id")


def test_being_jailed_is_a_sanction_in_both_languages():
    assert "SANCTION" in types("Iran has jailed two British journalists.", "en")
    assert "SANCTION" in types("Iran memenjarakan dua wartawan Inggris.", "id")


def test_acting_at_a_government_request_is_a_request():
    assert "REQUEST" in types("Brazil indicted the man at the request of the Japanese government.", "en")


def test_turning_to_an_agency_for_help_is_a_request():
    assert "REQUEST" in types("Bolivia turned to the UNHCR for help in finding a new home for the refugee.", "en")
