"""Indonesian morphology: candidate roots of a word, for lexicon lookup.

The lemma table catches most verbs (menemui → temu); these rules catch the rest
(dibantah → bantah, diselenggarakan → selenggara) and are filtered against known roots.
"""

from __future__ import annotations

PARTICLES = ("nya", "lah", "kah", "pun")
SUFFIXES = ("kan", "an", "i")
# meN-/peN- drop the first consonant of the root: menemui → temu, memukul → pukul,
# mengirim → kirim, menyerang → serang, pengiriman → kirim.
NASAL_PREFIXES = (
    ("menge", ("",)),
    ("penge", ("",)),
    ("meny", ("s",)),
    ("peny", ("s",)),
    ("meng", ("", "k")),
    ("peng", ("", "k")),
    ("mem", ("p", "")),
    ("pem", ("p", "")),
    ("men", ("t", "")),
    ("pen", ("t", "")),
    ("me", ("",)),
    ("pe", ("",)),
)
PLAIN_PREFIXES = ("diper", "memper", "ber", "ter", "per", "di", "ke", "se", "be")


def is_agent_noun(word: str) -> bool:
    """peN- without -an names the doer, not the deed: "pendukung" (a supporter), "penyerang"
    (an attacker), "pemrotes" (a protester), "pembom" (a bomber) are no events, while
    "penyerangan" (the attack) and "dukungan" (support) are."""
    for particle in PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= 5:
            word = word[: -len(particle)]
            break
    return word.startswith("pe") and not word.startswith("per") and not word.endswith("an") and len(word) >= 6


def strip_suffixes(word: str) -> list[str]:
    forms = [word]
    for particle in PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= 3:
            forms.append(word[: -len(particle)])
    for form in list(forms):
        for suffix in SUFFIXES:
            if form.endswith(suffix) and len(form) - len(suffix) >= 3:
                forms.append(form[: -len(suffix)])
    return forms


def strip_prefixes(word: str) -> list[str]:
    forms = []
    for prefix in PLAIN_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            rest = word[len(prefix) :]
            forms.append(rest)
            forms.extend(strip_prefixes(rest) if prefix in ("di", "ter", "ber", "memper", "diper") else [])
    for prefix, restorations in NASAL_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            rest = word[len(prefix) :]
            forms.extend(first + rest for first in restorations)
            break
    return forms


def stems(word: str) -> list[str]:
    """Every root the word could come from (many are not words; the caller filters)."""
    if "-" in word:  # reduplication: kapal-kapal → kapal; bangsa-bangsa stays whole too
        head, _, tail = word.partition("-")
        if head == tail:
            return [head]
    found = []
    for form in strip_suffixes(word):
        found.append(form)
        for stem in strip_prefixes(form):
            found.extend(strip_suffixes(stem))
    return found


def active_form(root: str) -> str | None:
    """The meN- verb of a bare root, as a headline drops it: "Korut Ancam Serang AS" reads
    mengancam, menyerang; "Rusia Usir Diplomat" mengusir; "Minta" meminta. The nasal takes the
    root's first sound: k, p, t, s fall away (kecam → mengecam, tembak → menembak)."""
    if len(root) < 3 or not root.isalpha():
        return None
    first, rest = root[0], root[1:]
    if first in "aiueogh":
        return "meng" + root
    if first == "k":
        return "meng" + rest
    if first == "p":
        return "mem" + rest
    if first in "bfv":
        return "mem" + root
    if first == "t":
        return "men" + rest
    if first in "dcjz":
        return "men" + root
    if first == "s":
        return "meny" + rest
    return "me" + root  # l, m, n, r, w, y: melarang, meminta, menilai, merebut
