"""A state's attack or raid that the sentence sets in a place, where the sentence also names a
militant group, is aimed at the group, not at the place's state (coder.militants_named). Without a
group named, or with the militants themselves acting, the place still stands for its state."""

from functools import partial

from conftest import coded_in, has_event

en = partial(coded_in, "en")
id_ = partial(coded_in, "id")


def test_troops_storming_a_city_held_by_militants_attack_the_militants():
    found = en("Iraqi troops stormed the old city of Mosul, the last district held by Islamic State.")
    assert has_event(found, "ASSAULT", "IRQ", "IMG")
    assert not has_event(found, "ASSAULT", "IRQ", "IRQ")


def test_shelling_a_town_the_militants_hold():
    found = en("Syrian government forces bombarded the town of Raqqa, which Islamic State has held since 2014.")
    assert has_event(found, "ASSAULT", "SYR", "IMG")


def test_id_pasukan_menggempur_benteng_isis():
    found = id_("Pasukan Irak menggempur kota Mosul, benteng terakhir ISIS, pada Selasa.")
    assert has_event(found, "ASSAULT", "IRQ", "IMG")
    assert not has_event(found, "ASSAULT", "IRQ", "IRQ")


def test_id_membombardir_kota_yang_dikuasai_isis():
    found = id_("Pasukan pemerintah Suriah membombardir kota Raqqa, yang dikuasai ISIS sejak 2014.")
    assert has_event(found, "ASSAULT", "SYR", "IMG")


def test_still_codes_the_place_with_no_group_named():
    found = en("American warplanes carried out an air strike in eastern Syria on Monday.")
    assert has_event(found, "ASSAULT", "USA", "SYR")
    found = id_("Pesawat tempur Amerika Serikat melancarkan serangan udara di Suriah timur pada Senin.")
    assert has_event(found, "ASSAULT", "USA", "SYR")


def test_militants_acting_keep_the_place():
    assert has_event(en("Islamic State fighters stormed a hotel in Mogadishu, Somalia."), "ASSAULT", "IMG", "SOM")
    assert has_event(id_("Militan ISIS menyerbu sebuah hotel di Mogadishu, Somalia."), "ASSAULT", "IMG", "SOM")


def test_no_attack_when_denied():
    found = en("The army denied that its troops had stormed Mosul, the last city held by Islamic State.")
    assert not has_event(found, "ASSAULT", "IRQ", "IMG")
