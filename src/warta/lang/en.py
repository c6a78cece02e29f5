"""English morphology: candidate dictionary forms, for lexicon lookup.

The lemma table handles irregular forms (met → meet, held → hold); these rules handle
regular inflection the table lacks, filtered against known words by the caller.
"""

from __future__ import annotations


def stems(word: str) -> list[str]:
    found = []
    if word.endswith(("'s", "’s")):
        word = word[:-2]
        found.append(word)
    if word.endswith("ies") and len(word) > 4:
        found.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 3:
        found.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        found.append(word[:-1])
    if word.endswith("ied") and len(word) > 4:
        found.append(word[:-3] + "y")
    if word.endswith("ed") and len(word) > 4:
        found.extend((word[:-2], word[:-1]))
        if word[-3] == word[-4]:  # banned → ban
            found.append(word[:-3])
    if word.endswith("ing") and len(word) > 5:
        found.extend((word[:-3], word[:-3] + "e"))
        if word[-4] == word[-5]:  # shelling? no: bombing → bomb; shipping → ship
            found.append(word[:-4])
    return found
