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
