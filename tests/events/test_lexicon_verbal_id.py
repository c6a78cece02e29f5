"""Indonesian verbal and coercive triggers from data/id/triggers_verbal.yaml: one sentence each."""

from __future__ import annotations

import warta


def coded(text: str, pub_date: str = "2017-06-01"):
    return [
        (e.event, e.cameo, sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient))
        for e in warta.code(text, lang="id", pub_date=pub_date)
    ]


def test_brushing_aside_demands_is_a_rejection_not_a_request():
    events = coded("Iran mengesampingkan tuntutan Prancis agar Teheran menghentikan pengayaan uranium.")
    assert ("REJECT", "1232", ["IRN"], ["FRA"]) in events
    assert not any(e[0] == "REQUEST" for e in events)


def test_postponing_a_visit_is_a_rejection():
    assert ("REJECT", "125", ["THA"], ["KOR"]) in coded("Thailand menunda kunjungan ke Korea Selatan.")


def test_reminding_someone_to_act_is_a_request():
    events = coded("Jerman mengingatkan Polandia agar menghormati putusan pengadilan Eropa.")
    assert any(e[0] == "REQUEST" and e[2] == ["DEU"] and e[3] == ["POL"] for e in events)


def test_branded_terrorist_by_the_passive_agent():
    events = coded("Kelompok Abu Sayyaf yang dicap teroris oleh Filipina kembali beraksi.")
    assert any(e[0] == "ACCUSE" and e[2] == ["PHL"] for e in events)


def test_forced_return_is_a_deportation():
    events = coded("Malaysia memulangkan paksa ratusan pengungsi.")
    assert any(e[:2] == ("COERCE", "174") and e[2] == ["MYS"] for e in events)


def test_freezing_operations_is_no_arrest():
    assert not any(e[0] == "COERCE" for e in coded("Inggris membekukan operasi angkatan laut di Teluk."))


def test_figurative_silencing_is_not_censorship():
    assert coded("Brasil membungkam Argentina dua gol tanpa balas.") == []
