import pytest

from warta.lang.base import language


@pytest.mark.parametrize(
    ("word", "root"),
    [
        ("menemui", "temu"),
        ("mendesak", "desak"),
        ("diselenggarakan", "selenggara"),
        ("mengunjungi", "kunjung"),
        ("kunjungan", "kunjung"),
        ("pertemuan", "temu"),
        ("pengiriman", "kirim"),
        ("menyerang", "serang"),
        ("dibantah", "bantah"),
        ("memperingatkan", "ingat"),
        ("ditangkap", "tangkap"),
        ("kecamannya", "kecam"),
        ("kecaman-kecaman", "kecam"),  # a doubled plural reads as its word
        ("bentrokan-bentrokan", "bentrok"),
    ],
)
def test_indonesian_words_reach_their_roots(word, root):
    indonesian = language("id")
    indonesian.add_vocabulary([root])
    assert root in indonesian.lemmatize(word)


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("met", "meet"),
        ("talks", "talk"),
        ("accused", "accuse"),
        ("held", "hold"),
        ("sanctions", "sanction"),
        ("banned", "ban"),
        ("shelling", "shell"),
        ("russia's", "russia"),
    ],
)
def test_english_words_reach_their_dictionary_form(word, lemma):
    english = language("en")
    english.add_vocabulary([lemma])
    assert lemma in english.lemmatize(word)


def test_surface_form_always_comes_first():
    assert language("id").lemmatize("kunjungan")[0] == "kunjungan"


@pytest.mark.parametrize("doer", ["pendukung", "penyerang", "pemrotes", "pembom"])
def test_a_pen_noun_without_an_names_the_doer_and_reaches_no_root(doer):
    # "Iran, pendukung Assad": a supporter is no act of support
    assert language("id").lemmatize(doer) == (doer,)


def test_the_deed_still_reaches_its_root():
    indonesian = language("id")
    indonesian.add_vocabulary(["serang"])
    assert "serang" in indonesian.lemmatize("penyerangan")
