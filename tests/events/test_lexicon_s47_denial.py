"""Denials that refer back to a charge told before (session 47, denial; grammar `charge_nouns`,
coder.refers_back_to_charge): "Hanoi denied the accusation", "Tuduhan tersebut dibantah oleh pemerintah
Vietnam", "Hanoi membantah tuduhan itu" answer the maker of the last charge, even one of the
denier's own state or one that named no accused — and a near miss: a denial with no charge noun
keeps the party the context named."""

from __future__ import annotations

import pytest

from conftest import coded_in


@pytest.mark.parametrize(
    ("lang", "text", "recipient"),
    [
        ("en", "Vietnamese activists accused the Vietnamese government of jailing bloggers after the talks with "
               "Cambodia. Hanoi denied the accusation on Monday.", "VNM"),
        ("en", "Vietnamese activists accused the Vietnamese government of jailing bloggers after the talks with "
               "Cambodia. The accusation was denied by Hanoi.", "VNM"),
        ("id", "Sejumlah aktivis Vietnam menuduh pemerintah Vietnam menahan para blogger usai perundingan dengan "
               "Kamboja. Pemerintah Vietnam membantah tuduhan itu pada Senin.", "VNM"),
        ("id", "Sejumlah aktivis Vietnam menuduh pemerintah Vietnam menahan para blogger usai perundingan dengan "
               "Kamboja. Tuduhan tersebut dibantah oleh pemerintah Vietnam.", "VNM"),
    ],
)
def test_denial_answers_the_charge_told_before(lang, text, recipient):
    found = coded_in(lang, text, pub_date="2024-03-04")
    assert any(e == "REJECT" and r == [recipient] for e, _, r in found), found


def test_denial_without_charge_noun_keeps_context():
    text = ("Vietnamese activists accused the Vietnamese government of jailing bloggers after the talks with "
            "Cambodia. Hanoi denied any wrongdoing.")
    found = coded_in("en", text, pub_date="2024-03-04")
    assert not any(e == "REJECT" and r == ["VNM"] for e, _, r in found), found
