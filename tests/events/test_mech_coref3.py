"""s25 coref3: whom "Dia"/"Mereka" point back at when the sentence before opened with a bare title
or with a group named by a noun and a community's name (ArticleMemory.remember, ActorMatcher.an_office)."""

from functools import partial

from conftest import coded_in, has_event

coded_id = partial(coded_in, "id")
coded_en = partial(coded_in, "en")


def test_bare_title_is_the_person_dia_points_at():
    found = coded_id(
        "Presiden memuji aparat kepolisian yang bertindak sigap di lokasi kerusuhan. "
        "Dia meminta warga tetap tenang dan tidak terprovokasi.",
        "2017-03-01",
    )
    assert has_event(found, "REQUEST", "IDN", "IDN")


def test_bare_minister_title_is_the_person_ia_points_at():
    found = coded_id(
        "Menlu menyampaikan keprihatinan atas kondisi para pekerja migran di sana. "
        "Ia mendesak pemerintah setempat untuk menjamin keselamatan mereka.",
        "2017-03-01",
    )
    assert any(e == "REQUEST" and a for e, a, _ in found)


def test_farmers_named_with_their_village_are_what_mereka_points_at():
    found = coded_id(
        "Puluhan petani Kendeng menggelar aksi di depan gedung DPRD pagi ini. "
        "Mereka menuntut pemerintah daerah mencabut izin reklamasi.",
        "2017-03-01",
    )
    assert has_event(found, "REQUEST", "IDN", "IDN")


def test_dia_does_not_point_at_a_group_of_farmers():
    # a group named with its village is no person: "Dia" here has no referent in the text
    found = coded_id(
        "Puluhan petani Kendeng menggelar aksi di depan gedung DPRD pagi ini. "
        "Dia menuntut pemerintah daerah mencabut izin reklamasi.",
        "2017-03-01",
    )
    assert not any(e == "REQUEST" for e, _, _ in found)


def test_mereka_after_two_groups_stays_unclear():
    found = coded_id(
        "Polisi menangkap puluhan petani Kendeng di depan gedung DPRD pagi ini. "
        "Mereka menuntut pemerintah daerah mencabut izin reklamasi.",
        "2017-03-01",
    )
    assert not any(e == "REQUEST" for e, _, _ in found)
