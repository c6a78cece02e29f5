"""Places and states named only in passing: they set no scene for the story's unnamed police, courts or
government (ArticleMemory.scene). Word lists: data/<lang>/passing.yaml.

- a person's or a body's whereabouts: "Rizieq diketahui di Arab Saudi. … polisi telah menetapkan
  tersangka" are still Indonesia's police; "a rights group based in Dakar" sets no Senegal scene;
- a place's name inside an institution's name: "at Santana High School in Santee" is no Brazil;
- a name modifying a non-political noun: "a Hong Kong consortium", "klub Spanyol";
- the sides of a sports fixture: "pertandingan Euro 2016 antara Spanyol dan Italia".
"""

from __future__ import annotations

from warta.lang.base import Language
from warta.resources import load_yaml

FILE = "passing.yaml"
WHEREABOUTS_GAP = 2  # words between a whereabouts verb and the place preposition: "diketahui berada di"
FIXTURE_REACH = 7  # tokens from a fixture noun to a side it names: "pertandingan Euro 2016 antara Spanyol dan Italia"


class PassingPlaces:
    def __init__(self, language: Language) -> None:
        data = load_yaml(f"{language.code}/{FILE}") or {}

        def words(key: str) -> frozenset[str]:
            return frozenset(str(w).lower() for w in data.get(key, []))

        self.follow = language.modifiers_follow_noun
        self.locative = language.words("locative_preps")
        self.whereabouts = words("whereabouts")
        self.institution_tails = words("institution_tails")
        self.institution_heads = words("institution_heads")
        self.firm_nouns = words("firm_nouns")
        self.fixture_nouns = words("fixture_nouns")
        self.fixture_links = words("fixture_links")

    def in_passing(self, tokens, first: int, last: int, firms: bool = True) -> bool:
        """Whether the name at tokens first..last is named only in passing: someone's whereabouts, the
        side of a fixture, or (`firms`) the modifier of a non-political noun — which sets no place ("a Hong
        Kong consortium" is no scene) but still names a party the story may come back to as "the country".
        An institution's name (`institution`) is left to the caller: it says where only when nothing else
        in the sentence does."""
        return (
            self.whereabouts_of(tokens, first)
            or (firms and self.firm(tokens, first, last))
            or self.fixture_side(tokens, first)
        )

    def whereabouts_of(self, tokens, first: int) -> bool:
        """ "Rizieq diketahui di Arab Saudi", "who lives in London": where someone stays, not where the story is."""
        if first < 2 or tokens[first - 1].lower not in self.locative:
            return False
        return any(tokens[k].lower in self.whereabouts for k in range(max(0, first - 1 - WHEREABOUTS_GAP), first - 1))

    def institution(self, tokens, first: int, last: int) -> bool:
        """ "Santana High School", "Universitas Indonesia": a capitalised institution noun after the name
        (English, one capitalised word may stand between: "High"), or right before it (Indonesian)."""
        if self.institution_tails:
            for k in range(last, min(last + 2, len(tokens))):
                if not tokens[k].text[:1].isupper():
                    return False
                if tokens[k].lower in self.institution_tails:
                    return True
            return False
        return first > 0 and tokens[first - 1].text[:1].isupper() and tokens[first - 1].lower in self.institution_heads

    def firm(self, tokens, first: int, last: int) -> bool:
        """ "a Hong Kong consortium", "konsorsium Hong Kong": a name modifying a non-political noun."""
        at = first - 1 if self.follow else last
        return 0 <= at < len(tokens) and tokens[at].lower in self.firm_nouns

    def fixture_side(self, tokens, first: int) -> bool:
        """ "the match between Spain and Italy", "laga uji coba melawan Myanmar": a side of a fixture — the
        fixture noun before the connective, with only names, figures or fixture nouns between them ("Euro
        2016"); "the final deal between Iran and the powers" is no fixture."""
        link = None
        for k in range(first - 1, max(-1, first - 1 - FIXTURE_REACH), -1):
            if tokens[k].lower in self.fixture_links:
                link = k
                break
            if not tokens[k].text[:1].isalnum():
                return False
        if link is None:
            return False
        for k in range(link - 1, max(-1, link - 1 - FIXTURE_REACH), -1):
            token = tokens[k]
            if token.lower in self.fixture_nouns:
                return True
            if not (token.text[:1].isupper() or token.text[:1].isdigit()):
                return False
        return False
