"""Actors: names, acronyms, titles, office-holders by date, and coreference within an article."""

from __future__ import annotations

from conftest import coded_in, mentions_in
from warta.actors.lexicon import actor_lexicon, load_people
from warta.actors.match import ActorMatcher, ArticleMemory
from warta.lang.base import language


def mentions(text: str, lang: str = "id", date: str | None = "2023-10-19"):
    return mentions_in(lang, text, date)


def test_title_country_and_name_make_one_mention():
    assert mentions("Menteri Luar Negeri Rusia Sergei Lavrov menemui Kim.")[0] == (
        "Menteri Luar Negeri Rusia Sergei Lavrov",
        "RUS",
        "GOV",
    )


def test_indonesian_acronyms_are_case_sensitive():
    assert ("AS", "USA", "") in mentions("Kapal AS berlabuh.")
    assert mentions("The ship docked as planned.", "en") == []


def test_capitals_and_metonyms_stand_for_governments():
    found = {(code, sector) for _, code, sector in mentions("Gedung Putih dan Kremlin berselisih; Pyongyang diam.")}
    assert {("USA", "GOV"), ("RUS", "GOV"), ("PRK", "GOV")} <= found


def test_office_holders_resolve_by_date():
    prabowo = load_people()["Prabowo Subianto"]
    assert prabowo.at("1997-06-01").sector == "MIL"  # discharged from the army in August 1998
    assert prabowo.at("2015-06-01").role == "Gerindra party leader"
    assert prabowo.at("2021-06-01").role == "defence minister"
    assert prabowo.at("2025-01-01").role == "president"


def test_a_title_and_a_family_name_stand_for_the_office_holder_of_the_day():
    # Chinese and Korean family names lead: "Hu Jintao" is President Hu, "Moon Jae-in" President Moon
    assert mentions("President Hu held talks with President Putin.", "en", "2007-03-26")[0] == (
        "President Hu",
        "CHN",
        "GOV",
    )
    assert mentions("Presiden Moon menerima kunjungan itu.", "id", "2018-04-27")[0] == ("Presiden Moon", "KOR", "GOV")
    assert mentions("Premier Wen spoke first.", "en", "2007-04-11")[0][1] == "CHN"
    # the title picks among namesakes in office: the premier Li, not the defence minister Li
    assert mentions("Premier Li arrived in Canberra.", "en", "2023-06-17")[0][1:] == ("CHN", "GOV")
    # a title worded otherwise than the role: "Menlu" is the foreign minister
    assert mentions("Menlu Wang tiba di Jakarta.", "id", "2024-02-16")[0][1] == "CHN"


def test_a_name_after_a_word_for_an_outlet_is_the_outlet_not_an_office_holder():
    # Al-Sudani is a Sudanese daily, and the name of an Iraqi prime minister (from 2022)
    found = mentions("Beshir told the independent daily Al-Sudani that he would not resign.", "en", "2007-06-01")
    assert {code for _, code, _ in found} == {"SDN"}
    assert [code for _, code, _ in mentions("kata Beshir kepada harian Al-Sudani.", "id", "2007-06-01")] == ["SDN"]


def test_a_title_that_is_not_the_role_held_names_no_office_holder():
    # Hatta Ali was Indonesia's chief justice, not a president; Hu Jintao no longer president in 2020
    assert mentions("President Ali spoke first.", "en", "2015-06-01") == []
    assert mentions("President Hu spoke first.", "en", "2020-06-01") == []


def test_surname_and_pronoun_point_back_to_the_full_mention():
    text = "Juru bicara pemerintah Somalia, Abdirahman Dinari, berbicara. Dinari lalu pergi. Ia kembali."
    found = mentions(text)
    assert ("Dinari", "SOM", "GOV") in found
    assert ("Ia", "SOM", "GOV") in found


def test_a_pronoun_points_back_at_an_office_named_without_its_holder():
    found = mentions("Presiden Rusia menggelar rapat kabinet. Ia juga menuduh Ukraina.")
    assert ("Ia", "RUS", "GOV") in found
    found = mentions("The Japanese foreign minister arrived on Sunday. He met officials.", "en")
    assert ("He", "JPN", "GOV") in found
    # a body is no person: "it", not "he", points back at a ministry
    found = mentions("Kementerian Luar Negeri Rusia memanggil duta besar itu. Ia lalu pergi.")
    assert not any(text == "Ia" for text, _, _ in found)


def test_both_countries_are_the_last_two_states_named():
    found = mentions("Rusia dan Korea Utara berunding. Kedua negara sepakat.")
    assert [code for text, code, _ in found if text.lower() == "kedua negara"] == ["RUS", "PRK"]
    found = mentions("Menlu Rusia menerima Menlu Korea Utara. Kedua menlu sepakat.")
    assert [code for text, code, _ in found if text.lower() == "kedua menlu"] == ["RUS", "PRK"]
    found = mentions("Russia and China signed a pact. The two governments agreed to meet.", "en")
    assert [code for text, code, _ in found if text.lower() == "the two governments"] == ["RUS", "CHN"]


def test_regions_are_not_actors():
    assert mentions("Investors in Latin America and the Indian Ocean region.", "en") == []
    assert mentions("Negara-negara Barat dan Amerika Latin.") == []


def test_english_demonyms_and_possessives():
    found = mentions("Russia's foreign minister met North Korean officials.", "en")
    assert ("Russia", "RUS", "") in found or ("Russia's foreign minister", "RUS", "GOV") in found
    assert any(code == "PRK" and sector == "GOV" for _, code, sector in found)


def test_a_sector_word_alone_takes_the_country_the_sentence_is_set_in():
    matcher, memory = ActorMatcher(language("en"), actor_lexicon("en")), ArticleMemory()
    sentence = language("en").sentences("Police arrested dozens of protesters in Harare.")[0]
    found = [(m.text, m.entity.code, m.kind) for m in matcher.run(sentence, memory, "2007-05-28", ["ZWE"])]
    assert ("Police", "ZWE", "implied") in found


def test_a_sector_word_that_qualifies_a_noun_names_no_party():
    matcher, memory = ActorMatcher(language("en"), actor_lexicon("en")), ArticleMemory()
    sentence = language("en").sentences("The military exercises near Tokyo were large.")[0]
    assert [m.kind for m in matcher.run(sentence, memory, "2024-01-01", ["JPN"])] == ["capital"]
    indonesian, memory = ActorMatcher(language("id"), actor_lexicon("id")), ArticleMemory()
    sentence = language("id").sentences("Aktivitas militer di dekat Tokyo meningkat.")[0]
    assert [m.kind for m in indonesian.run(sentence, memory, "2024-01-01", ["JPN"])] == ["capital"]


def test_an_indonesian_body_named_by_its_title_stays_indonesian_at_home():
    assert ("Mahkamah Agung", "IDN", "JUD") in mentions("Mahkamah Agung memvonis terdakwa korupsi itu.")


def test_a_name_begun_by_a_sector_word_belongs_to_the_state_that_ends_it():
    found = mentions("Amerika Serikat menjatuhkan sanksi terhadap Bank Dagang Asing Korea Utara.")
    assert ("Bank", "PRK", "BUS") in found


def test_a_weekday_after_a_body_is_no_persons_name():
    found = mentions("Xinhua Tuesday reported the attack.", "en")
    assert [text for text, _, _ in found] == ["Xinhua"]


def test_a_famous_surname_after_an_unknown_first_name_is_someone_else():
    assert mentions("Pengacara Farhat Abbas mengecam polisi.", date="2017-04-05") == []
    assert ("Abbas", "PSE", "GOV") in mentions("Presiden Mahmoud Abbas tiba. Abbas mengecam Israel.", date="2017-04-05")


def test_a_capital_that_is_a_common_word_heads_no_sentence():
    assert not any(code == "PER" for _, code, _ in mentions("Lima orang tewas di Jakarta.", date="2017-04-05"))


def test_a_name_two_people_share_is_the_one_in_office_at_the_date():
    assert ("Conte", "GIN", "GOV") in mentions("Conte declared martial law.", "en", "2007-02-10")
    assert ("Conte", "ITA", "GOV") in mentions("Conte met Macron.", "en", "2019-02-10")


def test_a_compound_of_names_is_read_by_its_first_name():
    found = mentions("The Hamas-Fatah government refused.", "en", "2007-03-20")
    assert ("Hamas-Fatah government", "PSE", "GOV") in found


def test_a_secretary_general_is_no_military_general():
    assert ("Sekretaris Jenderal PBB", "UNO", "GOV") in mentions("Sekretaris Jenderal PBB menyerukan gencatan senjata.")
    assert ("UN Secretary-General", "UNO", "GOV") in mentions("UN Secretary-General urged a ceasefire.", "en")


def test_a_title_after_former_is_read_whole_with_its_name():
    found = mentions("Mantan menteri dalam negeri Timor Leste Rogerio Lobato diadili di Dili.")
    assert ("Mantan menteri dalam negeri Timor Leste Rogerio Lobato", "TLS", "ELI") in found


def test_a_city_beside_a_sector_term_is_where_that_body_serves():
    assert ("court", "IND", "JUD") in mentions("He was sent home by a Delhi court.", "en", "2013-05-01")
    assert ("Polisi", "IDN", "COP") in mentions("Polisi Surabaya menangkap dua orang.", "id", "2017-05-01")


def test_a_province_beside_a_sector_term_is_where_that_body_serves():
    assert ("police", "IND", "COP") in mentions("Karnataka police arrested two men.", "en", "2017-05-01")
    assert ("Polisi", "IND", "COP") in mentions("Polisi Kerala menangkap dua orang.", "id", "2017-05-01")
    # in a story set in Malaysia, the police and governor of an Indonesian province are still Indonesia's
    # (the province is no officer's name)
    found = mentions_in("id", "Polisi Jawa Timur menangkap dua orang.", "2017-05-01", ("MYS",))
    assert found == [("Polisi", "IDN", "COP")]
    found = mentions_in("id", "Gubernur Jawa Barat Ridwan Kamil mengecam serangan itu.", "2017-05-01", ("MYS",))
    assert ("Gubernur", "IDN", "GOV") in found
    # a province followed by one name is no first name and surname: the governor is named after it
    found = mentions("Gubernur Kalbar Sutarmidji mengecam serangan itu.", "id", "2019-05-01")
    assert found == [("Gubernur Kalbar Sutarmidji", "IDN", "GOV")]
    # a region several states share names no owner: "Punjab police" are India's or Pakistan's
    assert not any(code for _, code, _ in mentions("Punjab police arrested two men.", "en", "2017-05-01"))


def test_a_town_named_like_a_first_name_before_a_surname_is_a_name():
    found = mentions("Pasukan AS di Irak dipimpin Jenderal George Casey.", "id", "2007-01-01")
    assert not any(code == "ZAF" for _, code, _ in found)


def test_a_mayor_is_named_after_the_city():
    found = mentions("Wali Kota Bandung Ridwan Kamil meresmikan jembatan.", "id", "2017-01-01")
    assert ("Wali Kota Bandung Ridwan Kamil", "IDN", "GOV") in found


def test_is_in_capitals_is_the_islamic_state():
    found = mentions("Iraqi forces kill 14 IS militants near Mosul.", "en", "2019-05-28")
    assert ("IS militants", "IMG", "REB") in found
    assert mentions("The border is closed.", "en", "2019-05-28") == []


def test_a_person_named_with_his_state_names_that_state_for_the_two_sides():
    found = mentions("Korea Utara menerima utusan AS Bill Richardson. Kedua negara membahas pemulangan jenazah.")
    assert {code for text, code, _ in found if text == "Kedua negara"} == {"USA", "PRK"}


def test_georgia_in_a_story_on_the_united_states_is_the_us_state():
    found = mentions("Donald Trump held a rally in Georgia for the Senate races.", "en", "2020-12-06")
    assert ("Georgia", "USA", "") in found
    found = mentions("Russia sent troops to Georgia.", "en", "2008-08-08")
    assert ("Georgia", "GEO", "") in found


def test_a_name_before_its_title_is_remembered_by_the_surname():
    found = mentions("Mamadou Bah, AU representative in Burundi, spoke. Bah signed an accord.", "en", "2007-10-10")
    assert ("Mamadou Bah, AU representative", "IGO", "GOV") in found
    assert ("Bah", "IGO", "GOV") in found
    found = mentions("Jusuf Kalla, Wakil Presiden RI, bertemu Obama. Kalla juga bertemu Abe.", "id", "2010-01-01")
    assert ("Kalla", "IDN", "GOV") in found


def test_a_place_before_a_comma_is_no_name_for_the_title_after_it():
    found = mentions("In East Java, police arrested two men.", "en", "2017-05-01")
    assert not any(text.startswith("East") for text, _, _ in found)


def test_a_rank_inside_a_name_does_not_end_it():
    found = mentions_in("en", "Municipal commissioner Major Siddalingayya Hiremath apologised.", scene=("IND",))
    assert found == [("Municipal commissioner Major Siddalingayya Hiremath", "IND", "GOV")]


def test_an_adverb_after_a_titled_name_keeps_it_a_party():
    assert mentions_in("en", "Police Inspector Muttanna Savaragol too apologised.", scene=("IND",)) == [
        ("Police Inspector Muttanna Savaragol", "IND", "COP")
    ]


def test_a_body_owning_a_verdict_is_a_party():
    assert ("Supreme Court", "IND", "JUD") in mentions("The Indian government lauded the Supreme Court verdict.", "en")
    assert ("Mahkamah Agung", "IND", "JUD") in mentions("Pemerintah India memuji putusan Mahkamah Agung.")


def test_a_title_of_a_city_serves_that_citys_state():
    assert ("mayor", "USA", "GOV") in mentions("The mayor of Chicago fired the police superintendent.", "en")
    assert ("deputy commissioner", "PAK", "GOV") in mentions(
        "The deputy commissioner of Quetta imposed a curfew.", "en"
    )


def test_a_demonym_as_a_middle_name_names_no_state():
    found = mentions("Attorney General William French Smith drew sharp rebukes.", "en", "1981-04-01")
    assert not any(code == "FRA" for _, code, _ in found)
    assert ("Indian", "IND", "") in mentions("Iraqi PM Visits Indian Capital", "en")


def test_a_name_is_found_with_or_without_its_diacritics():
    # the lexicon lists "Mahamat Idriss Déby Itno" with its accent only: the press writes both
    assert mentions("Mahamat Idriss Deby Itno met Macron.", "en", "2022-06-01")[0][:2] == (
        "Mahamat Idriss Deby Itno",
        "TCD",
    )
    assert mentions("Mahamat Idriss Déby Itno met Macron.", "en", "2022-06-01")[0][:2] == (
        "Mahamat Idriss Déby Itno",
        "TCD",
    )


def test_a_people_of_a_state_names_it_but_not_the_scene():
    # Rohingya refugees are Myanmar's people; the story about them is set in Bangladesh
    assert ("pengungsi Rohingya", "MMR", "REF") in mentions("Bangladesh memulangkan 90 pengungsi Rohingya.")
    assert coded_in("id", "Polisi Bangladesh menangkap 90 pengungsi Rohingya di Cox's Bazar.", "2017-08-27") == [
        ("COERCE", ["BGD"], ["MMR"])
    ]
    found = coded_in("en", "Police detained 40 Uyghurs on Tuesday.", "2017-08-27")
    assert ("COERCE", ["CHN"], ["CHN"]) not in found


def test_a_name_after_a_lower_case_arabic_article_is_a_name():
    assert ("al-Shabaab", "SOM", "REB") in mentions("The Somali government accused al-Shabaab of the bombing.", "en")
    assert coded_in("en", "Fighters from al-Shabaab attacked a police station in Mogadishu.", "2012-01-01") == [
        ("ASSAULT", ["SOM"], ["SOM"])
    ]


def test_an_acronym_two_states_share_is_the_home_states_in_its_language():
    # "PPP" is Indonesia's Partai Persatuan Pembangunan in Indonesian news, Pakistan's party in English
    assert ("PPP", "IDN", "PTY") in mentions("PPP resmi memberikan dukungan kepada Ganjar Pranowo.", "id", "2023-04-21")
    assert ("PPP", "PAK", "PTY") in mentions("The PPP criticised Prime Minister Imran Khan.", "en", "2020-04-21")


def test_a_firefight_is_no_capital():
    assert mentions("Baku tembak terjadi di perbatasan Azerbaijan.") == [("Azerbaijan", "AZE", "")]
    assert ("Baku", "AZE", "GOV") in mentions("Menlu Rusia tiba di Baku.")


def test_a_sector_term_before_a_time_phrase_names_the_party():
    # "last week" stands between the subject and its verb: the forces still act
    assert ("ASSAULT", ["SDN"], ["SDN"]) in coded_in(
        "en", "Security forces last week launched a fresh offensive against the rebels in Darfur."
    )


def test_a_name_inside_a_building_or_street_name_is_no_party():
    # "Masjid Al Fatah" is a mosque, not the Fatah party; "Kennedy Airport" no act of a Kennedy
    assert "PSE" not in {code for _, code, _ in mentions("Polisi menggerebek rumah dekat Masjid Al Fatah di Jakarta.")}
    assert "PSE" in {code for _, code, _ in mentions("Fatah mengecam Hamas di Ramallah.")}
    named = [text for text, _, _ in mentions("Hamas gunmen stormed the Al Fatah Mosque in Gaza.", "en")]
    assert any("Hamas" in text for text in named) and not any("Fatah" in text for text in named)


def test_the_national_exam_is_no_united_nations():
    # "UN" is also Indonesia's national exam; "mendesak UN" still names the United Nations
    assert "UNO" not in {code for _, code, _ in mentions("FSGI menilai pelaksanaan UN tak adil bagi siswa.")}
    assert "UNO" in {code for _, code, _ in mentions("Indonesia mendesak UN segera bertindak di Myanmar.")}


def test_an_organ_of_government_named_by_demonym_is_the_other_party():
    # "the Indian government" is whom the ministry condemns, not the ministry's state: the dateline holds
    text = "ISLAMABAD: The foreign ministry on Tuesday condemned the decision of the Indian government."
    assert ("ACCUSE", ["PAK"], ["IND"]) in coded_in("en", text, "2016-10-03")
    # nationals named by demonym are the unnamed ministry's own
    assert ("PAK", "GOV") in {(c, s) for _, c, s in mentions("The ministry said five Pakistani soldiers died.", "en")}
