"""Session 20 (probe_dates): date shapes the dev sets got wrong, with sentences written for warta."""

import datetime as dt

from warta.when_where.dates import find_dates

PUB = dt.date(2017, 8, 11)  # a Friday


def values(text: str, lang: str, pub: dt.date = PUB) -> list[str]:
    return [d.value for d in find_dates(text, lang, pub)]


def test_weekday_slip_keeps_the_recent_day():
    # 22/11/2016 was a Tuesday: the weekday is a slip, the day is yesterday, not 2017-11-22
    assert values("Menlu tiba di Hanoi pada Rabu (22/11) sore.", "id", dt.date(2016, 11, 23)) == ["2016-11-22"]
    assert values("Dua polisi tewas pada Senin (13/11) malam.", "id", dt.date(2016, 11, 17)) == ["2016-11-13"]
    # a weekday that fits stays as it was
    assert values("Menlu tiba di Hanoi pada Selasa (22/11) sore.", "id", dt.date(2016, 11, 23)) == ["2016-11-22"]


def test_day_with_lalu_or_kemarin_is_that_day():
    assert values("Dua aktivis ditahan polisi sejak 3 Agustus lalu.", "id") == ["2017-08-03/2017-08-11"]
    assert values("Pelaku ditangkap di Medan, 9 Agustus kemarin.", "id") == ["2017-08-09"]
    assert values("Sidang putusan digelar 27 September nanti.", "id") == ["2017-09-27"]
    assert values("Pertemuan itu dijadwalkan 2 September mendatang.", "id") == ["2017-09-02"]


def test_month_of_last_or_this_year():
    assert values("Kantor itu digerebek pada Maret tahun lalu.", "id") == ["2016-03"]
    assert values("Kedua menteri bertemu pada Februari tahun ini.", "id") == ["2017-02"]
    assert values("Ia diperiksa pada 5 Maret tahun lalu.", "id") == ["2016-03-05"]
    assert values("The ministers met in April last year.", "en") == ["2016-04"]
    assert values("The ministers met on March 3 last year.", "en") == ["2016-03-03"]
    assert values("Rebels seized the town in February this year.", "en") == ["2017-02"]


def test_part_of_this_month_with_lalu():
    assert values("Pada awal Agustus lalu, partai itu menolak usul tersebut.", "id") == ["2017-08-01/2017-08-07"]
    assert values("Pada akhir Agustus lalu, partai itu menolak usul tersebut.", "id") == ["2016-08-25/2016-08-31"]


def test_bare_year_with_lalu_and_sepanjang():
    assert values("Pada Pemilu 2014 lalu partai itu mendukung sang jenderal.", "id") == ["2014"]
    assert values("Sepanjang 2016, militer menggelar belasan latihan.", "id") == ["2016"]
    assert values("Throughout 2016, the army held a dozen drills.", "en") == ["2016"]


def test_law_number_is_no_date():
    assert values("Jaksa menjerat terdakwa dengan Undang-Undang Nomor 31 Tahun 1999.", "id") == []
    assert values("Aturan itu tertuang dalam PP No. 12 Tahun 2019.", "id") == []
    assert values("Partai itu didirikan pada tahun 1999.", "id") == ["1999"]
