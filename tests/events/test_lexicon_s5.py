"""Trigger vocabulary from data/en/triggers_s5.yaml and data/id/triggers_s5.yaml: acts one language
coded on the parallel corpus where the other had no word for them, and stop entries for senses that
are no political act (wildlife "threatened", a policy "deployed", running for office, building a bomb)."""

from __future__ import annotations

from conftest import coded_in


def kinds(lang: str, text: str) -> list[str]:
    return [event for event, _, _ in coded_in(lang, text)]


# ---------------------------------------------------------------------------------------------- English


def test_suspecting_a_state_of_an_act_is_an_allegation():
    events = coded_in("en", "Britain, which suspects Syria of harbouring the militants, has recalled its envoy.")
    assert ("ACCUSE", ["GBR"], ["SYR"]) in events


def test_stated_resolve_is_an_intent():
    assert "AGREE" in kinds("en", "Caracas says it is determined to expand its oil exports to China.")


def test_committing_oneself_to_a_course_is_an_intent():
    assert "AGREE" in kinds("en", "Venezuela and Colombia committed themselves to reopening the border crossings.")


def test_making_a_trip_is_a_visit():
    assert "CONSULT" in kinds("en", "Japanese Prime Minister Shinzo Abe made a South Korea trip last week.")


def test_sending_a_warplane_is_a_show_of_force():
    assert "MOBILIZE" in kinds("en", "Ankara sent warplanes into northern Iraq on Tuesday.")


def test_police_searching_premises_is_a_seizure():
    assert "COERCE" in kinds("en", "French police searched apartments in Marseille and Lyon on Thursday.")


def test_a_defiant_message_is_a_rejection():
    assert "REJECT" in kinds("en", "Venezuelan President Hugo Chavez sent a defiant message to Washington on Friday.")


def test_wildlife_threatened_by_poachers_is_no_threat():
    assert kinds("en", "Kenyan officials said rhinos threatened by poachers were moved to a sanctuary.") == []


def test_deploying_a_policy_is_no_deployment():
    assert "MOBILIZE" not in kinds(
        "en", "The Burmese army continues to deploy the same harsh policy in the border regions."
    )


# ------------------------------------------------------------------------------------------- Indonesian


def test_protesters_blocking_roads_are_an_obstruction():
    assert "PROTEST" in kinds("id", "Para pengunjuk rasa menghalangi jalan menuju bandara di Bangkok dengan ban bekas.")


def test_launching_a_military_action_is_an_assault():
    assert ("ASSAULT", ["TUR"], ["IRQ"]) in coded_in("id", "Turki melancarkan aksi militer di Irak utara pada Senin.")


def test_waging_a_guerrilla_war_is_an_assault():
    assert "ASSAULT" in kinds("id", "Milisi Mai-Mai melakukan perang gerilya melawan tentara Kongo.")


def test_waging_an_insurgency_is_an_assault():
    assert "ASSAULT" in kinds(
        "id", "Front Pembebasan Islam Moro melakukan pemberontakan bersenjata terhadap Manila sejak 1978."
    )


def test_calling_an_attack_cowardly_is_a_condemnation():
    assert "ACCUSE" in kinds(
        "id", "Menteri Luar Negeri Malaysia mengatakan pengeboman di Bali adalah tindakan pengecut."
    )


def test_launching_weapons_in_a_test_is_a_show_of_force():
    assert "MOBILIZE" in kinds("id", "Rusia meluncurkan senjata antisatelit dari kosmodrom Plesetsk, Kamis.")


def test_running_for_office_is_no_endorsement():
    assert (
        kinds("id", "Wakil Presiden Filipina mengumumkan ia akan mencalonkan diri dalam pemilihan presiden 2010.") == []
    )


def test_building_a_bomb_is_no_bombing():
    assert "ASSAULT" not in kinds("id", "Korea Utara berusaha membuat bom atom.")


def test_a_road_blocked_by_snow_is_no_obstruction():
    assert "PROTEST" not in kinds("id", "Konvoi Presiden India dihadang oleh tumpukan salju di Srinagar.")


def test_declining_to_say_is_no_rejection():
    assert "REJECT" not in kinds(
        "id", "Kementerian Luar Negeri Jerman menolak mengatakan apakah warganya telah dibebaskan."
    )
