"""CONSULT and AGREE, both languages alike (session 42, consult): working closely with another is
cooperation done, as "bekerja erat dengan" (en.cooperate.s42-work-closely-with; AGREE only when told
as intent, "will work closely with", "akan bekerja erat dengan"); talks in a phrase setting the clause
("in a phone call", "dalam pertemuan bilateral", "lewat panggilan telepon") held by the two parties a
joint subject names (grammar `meeting_frame_preps`, attribution.joint_subject_in_setting); a phone
call dated "on Tuesday" is a call made — and near misses: one party alone in a meeting phrase, an
intent, a refusal."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("en", "Canada works closely with Mexico on border security.", "COOPERATE", "CAN", "MEX"),
        ("en", "Kenyan police worked closely with Ugandan investigators on the case last year.",
         "COOPERATE", "KEN", "UGA"),
        ("en", "Canada will work closely with Mexico on border security.", "AGREE", "CAN", "MEX"),
        ("id", "Kanada bekerja erat dengan Meksiko soal keamanan perbatasan.", "COOPERATE", "CAN", "MEX"),
        ("id", "Kanada akan bekerja erat dengan Meksiko soal keamanan perbatasan.", "AGREE", "CAN", "MEX"),
        ("en", "Chilean President Gabriel Boric and Argentine President Alberto Fernandez, in a phone call on Monday, "
         "both voiced concern about the floods.", "CONSULT", "CHL", "ARG"),
        ("en", "Chilean President Gabriel Boric and Argentine President Alberto Fernandez in a bilateral meeting on "
         "Monday agreed to reopen the border.", "CONSULT", "CHL", "ARG"),
        ("id", "Presiden Chile Gabriel Boric dan Presiden Argentina Alberto Fernandez lewat panggilan telepon pada "
         "Senin sama-sama menyatakan keprihatinan soal banjir itu.", "CONSULT", "CHL", "ARG"),
        ("id", "Presiden Chile Gabriel Boric dan Presiden Argentina Alberto Fernandez dalam pertemuan bilateral "
         "pada Senin sepakat membuka kembali perbatasan.", "CONSULT", "CHL", "ARG"),
    ],
)
def test_work_closely_and_talks_in_a_setting(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2022-06-14")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        # intent, not cooperation done
        ("en", "Canada pledged to work closely with Mexico on border security.", "COOPERATE"),
        ("id", "Kanada berjanji akan bekerja erat dengan Meksiko soal keamanan perbatasan.", "COOPERATE"),
        # one party alone in a meeting phrase names no one met
        ("en", "Chilean President Gabriel Boric, in a meeting on Monday, voiced concern about the floods.", "CONSULT"),
        ("id", "Presiden Chile Gabriel Boric, dalam rapat pada Senin, menyatakan keprihatinan soal banjir itu.",
         "CONSULT"),
    ],
)
def test_near_misses(lang, text, event):
    found = coded_in(lang, text, pub_date="2022-06-14")
    assert all(e != event for e, _, _ in found), found
