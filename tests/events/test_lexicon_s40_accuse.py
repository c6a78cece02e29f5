"""Criticism an act draws (session 40, accuse; coder.drawing_act and id.accuse.s40-sulut-kecaman-dari):
"The raid by Israeli troops drew criticism from Egypt", "Four farmers were detained by Israeli troops,
prompting protests from Damascus", "Penangkapan itu menyulut kecaman dari Mesir" — the critic after
"from"/"dari" accuses the doer of the act told before it, not the act's victim or the place it was done
in. Near misses: a party of its own standing between the act and the criticism keeps its criticism."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "The raid by Israeli troops on a Syrian village drew sharp criticism from Egypt.", "EGY", "ISR"),
        ("en", "Four Syrian farmers were detained by Israeli troops near the border, prompting protests from Damascus.",
         "SYR", "ISR"),
        ("en", "Two Thai fishermen were arrested by Cambodian police off Koh Kong, "
         "drawing an angry protest from Bangkok.", "THA", "KHM"),
        ("id", "Penggerebekan oleh tentara Israel di sebuah desa Suriah menuai kecaman dari Mesir.", "EGY", "ISR"),
        ("id", "Empat petani Suriah ditahan oleh tentara Israel di dekat perbatasan, "
         "yang menimbulkan protes dari Damaskus.", "SYR", "ISR"),
        ("id", "Penangkapan petani Suriah oleh tentara Israel menyulut kecaman dari Mesir.", "EGY", "ISR"),
        ("id", "Dua nelayan Thailand ditangkap polisi Kamboja di lepas pantai Koh Kong, "
         "yang memancing protes keras dari Bangkok.", "THA", "KHM"),
    ],
)
def test_criticism_drawn_by_an_act(lang, text, actor, recipient):
    found = coded_in(lang, text, "2023-06-10")
    assert has(found, "ACCUSE", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient", "not_recipient"),
    [
        ("en", "After Israeli troops raided the village, the Palestinian Authority drew criticism from Hamas "
         "for its silence.", "PSE", "PSE", "ISR"),
        ("id", "Setelah tentara Israel menggerebek desa itu, Otoritas Palestina menuai kecaman dari Hamas "
         "karena diam saja.", "PSE", "PSE", "ISR"),
    ],
)
def test_own_subject_keeps_the_criticism(lang, text, actor, recipient, not_recipient):
    found = coded_in(lang, text, "2023-06-10")
    assert not has(found, "ACCUSE", actor, not_recipient), found
