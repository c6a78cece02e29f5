"""An army's unaimed force in a sentence set in another state falls on that state's people
(coder.foreign_scene), not on the army's own state."""

from types import SimpleNamespace

from warta.coder import CodedArticle, foreign_scene
from warta.events.clauses import Group
from warta.model import Article, Entity, Mention


def setting(scene: str) -> tuple[CodedArticle, SimpleNamespace]:
    coded = CodedArticle(Article("d", "Soldiers fired at the teenager.", None, "en"), "en", scenes={0: scene})
    view = SimpleNamespace(sentence=SimpleNamespace(index=0, tokens=[SimpleNamespace(start=0)]))
    return coded, view


def army(code: str, sector: str = "MIL") -> Group:
    return Group([Mention(0, 1, Entity(code, sector), "implied", "Soldiers", 0, 8)])


def test_an_army_abroad_strikes_the_scene():
    coded, view = setting("PSE")
    target = foreign_scene(coded, view, "ASSAULT", army("ISR"))
    assert target is not None and target.codes() == {"PSE"}


def test_an_army_at_home_and_other_acts_are_left_to_own_state():
    coded, view = setting("ISR")
    assert foreign_scene(coded, view, "ASSAULT", army("ISR")) is None
    coded, view = setting("PSE")
    assert foreign_scene(coded, view, "ACCUSE", army("ISR")) is None
    assert foreign_scene(coded, view, "ASSAULT", army("ISR", "COP")) is None
