def test_the_active_form_of_a_root_takes_the_nasal_of_its_first_sound():
    from warta.lang.id import active_form

    assert [active_form(r) for r in ("ancam", "kecam", "serang", "tembak", "pukul", "usir", "minta", "bom", "di")] == [
        "mengancam",
        "mengecam",
        "menyerang",
        "menembak",
        "memukul",
        "mengusir",
        "meminta",
        "membom",
        None,
    ]
