from conftest import coded_in
from warta.lang.base import language, title_case


def split(text: str, lang: str = "id") -> list[str]:
    return [s.text for s in language(lang).sentences(text)]


def test_indonesian_abbreviations_do_not_end_sentences():
    text = "Kedutaan AS di Jl. Medan Merdeka Selatan dijaga ketat. Tn. Kim tiba kemarin."
    assert split(text) == ["Kedutaan AS di Jl. Medan Merdeka Selatan dijaga ketat.", "Tn. Kim tiba kemarin."]


def test_english_abbreviations_and_initials():
    text = "The U.S. envoy met Gen. Smith in Kabul. J. Biden spoke later."
    assert split(text, "en") == ["The U.S. envoy met Gen. Smith in Kabul.", "J. Biden spoke later."]


def test_dotted_initials_are_a_name_and_listed_acronyms_may_end_a_sentence():
    text = "Nepal's Prime Minister K.P. Sharma Oli resigned on Tuesday. Protesters cheered."
    assert split(text, "en") == ["Nepal's Prime Minister K.P. Sharma Oli resigned on Tuesday.", "Protesters cheered."]
    assert len(split("Perdana Menteri Nepal K.P. Sharma Oli mengundurkan diri.", "id")) == 1
    assert split("He flew on to Washington, D.C. Then he met Biden.", "en") == [
        "He flew on to Washington, D.C.",
        "Then he met Biden.",
    ]


def test_closing_quote_then_attribution_stays_one_sentence():
    text = "“Kami mendukung penuh,” kata Lavrov. Ia lalu pergi."
    assert split(text) == ["“Kami mendukung penuh,” kata Lavrov.", "Ia lalu pergi."]


def test_sentence_ends_after_a_quoted_sentence():
    text = "Dia berkata, “Kami siap.” Menteri itu lalu pergi."
    assert split(text) == ["Dia berkata, “Kami siap.”", "Menteri itu lalu pergi."]


def test_lines_never_glue_together_and_ad_lines_are_skipped():
    text = "Presiden tiba di Tokyo.\nBaca berita dengan sedikit iklan, klik di sini\nIa bertemu Kishida"
    sentences = language("id").sentences(text)
    assert [s.text for s in sentences] == ["Presiden tiba di Tokyo.", "Ia bertemu Kishida"]
    assert [s.line for s in sentences] == [1, 3]


def test_datelines_are_not_part_of_the_first_sentence():
    for raw, first in [
        ("TEMPO.CO, Jakarta - Menteri itu tiba.", "Menteri itu tiba."),
        ("JAKARTA, KOMPAS.com - Presiden berangkat.", "Presiden berangkat."),
        ("Jakarta (ANTARA) - DPR bersidang.", "DPR bersidang."),
    ]:
        assert split(raw) == [first]
    assert split("WASHINGTON (Reuters) - The envoy left.", "en") == ["The envoy left."]


def test_token_offsets_point_into_the_text():
    text = "Menlu RI bertemu Menlu AS di Washington, D.C. pada hari Rabu."
    for sentence in language("id").sentences(text):
        for token in sentence.tokens:
            assert text[token.start : token.end] == token.text


def test_a_headline_may_leave_its_longer_function_words_in_lower_case():
    def tokens(text: str, code: str):
        return language(code).sentences(text)[0].tokens

    assert title_case(tokens("Jepang Minta Maaf kepada Korsel atas Kebocoran Data", "id"))
    assert title_case(tokens("Japan Apologises to South Korea over Data Leak", "en"))
    assert not title_case(tokens("Jepang meminta maaf kepada Korea Selatan atas kebocoran data itu.", "id"))


def test_a_headline_codes_its_capitalised_trigger():
    assert coded_in("id", "Jepang Minta Maaf kepada Korsel atas Kebocoran Data", "2023-11-01") == [
        ("CONCEDE", ["JPN"], ["KOR"])
    ]


def words(text: str, lang: str = "id") -> list[str]:
    return [t.text for s in language(lang).sentences(text) for t in s.tokens]


def test_a_hyphen_spelled_with_spaces_joins_a_name_or_a_doubled_word():
    # IndoSum spells "Kim Jong-un" and "negara-negara" with spaces round the hyphen
    assert words("Kim Jong - un mengecam negara - negara Barat dan kelompok anti - pemerintah.")[:6] == [
        "Kim",
        "Jong-un",
        "mengecam",
        "negara-negara",
        "Barat",
        "dan",
    ]
    assert "al-Sham" in words("Kelompok Ahrar al - Sham menyerang.")
    # a dash between two names, or after a prefix before a name, stays: the names must stay names
    assert "AS" in words("Hubungan AS - China memburuk setelah demonstrasi anti - AS.")
    assert "Utara-Amerika" not in words("Hubungan Korea Utara - Amerika Serikat memburuk.")
    assert ("THREATEN", ["PRK"], ["USA"]) in coded_in("id", "Kim Jong - un mengancam Amerika Serikat.", "2017-08-01")
    # a hyphenated name of the grammar's list: Timor-Leste's minister, not one of Timor, an Indonesian island
    assert "Timor-Leste" in words("Menlu Timor - Leste bertemu Menlu Retno Marsudi.")
    found = coded_in("id", "Menlu Timor - Leste Aurelio Guterres bertemu Menlu Retno Marsudi.", "2017-07-01")
    assert ("CONSULT", ["TLS"], ["IDN"]) in found


def plural_in(lang: str, word: str) -> bool:
    from warta.lang.text import plural

    grammar = language(lang)
    return plural(word, tuple(grammar.words("plural_suffixes")), tuple(grammar.words("plural_lookalikes")))


def test_a_plural_noun_is_told_by_the_language_s_ending():
    # English marks its plural with "-s" ("Soldiers Kill …"), but "Congress" only looks like one
    assert plural_in("en", "soldiers") and plural_in("en", "palestinians")
    assert not plural_in("en", "congress") and not plural_in("en", "army")


def test_indonesian_marks_no_plural_by_an_ending():
    # "teroris" ends in -s but is no plural: Indonesian says "para teroris", "teroris-teroris"
    assert not plural_in("id", "teroris") and not plural_in("id", "tentara")
