"""CAMEO codes as GDELT and ICEWS read them: padded codes, base and root, quad class, Goldstein weight, label."""

from __future__ import annotations

import functools

from warta.resources import load_tsv

# GDELT's QuadClass from the CAMEO root: 01–05 verbal cooperation, 06–08 material cooperation,
# 09–14 verbal conflict, 15–20 material conflict.
QUAD_CLASS_ROOTS = ((5, 1), (8, 2), (14, 3), (20, 4))


def event_code(cameo: str) -> str:
    """The code as GDELT writes it: at least three digits, so the bare root "12" (warta's negated
    trigger: "menolak bertemu") becomes "120", REJECT not specified below."""
    code = (cameo or "").strip()
    return code + "0" if len(code) == 2 else code


def base_code(cameo: str) -> str:
    return event_code(cameo)[:3]


def root_code(cameo: str) -> str:
    return event_code(cameo)[:2]


def quad_class(cameo: str) -> int | None:
    """GDELT's QuadClass (1–4) from the CAMEO root; None for a missing or malformed code."""
    root = root_code(cameo)
    if not root.isdigit():
        return None
    for last_root, quad in QUAD_CLASS_ROOTS:
        if 1 <= int(root) <= last_root:
            return quad
    return None


@functools.cache
def goldstein_table() -> dict[str, float]:
    return {row["cameo"]: float(row["goldstein"]) for row in load_tsv("goldstein.tsv")}


def goldstein(cameo: str) -> float | None:
    """The Goldstein (1992) weight GDELT gives the code, else its base code's, else its root's."""
    table = goldstein_table()
    code = event_code(cameo)
    for candidate in (code, code[:3], code[:2]):
        if candidate in table:
            return table[candidate]
    return None


@functools.cache
def label_table() -> dict[str, str]:
    return {row["cameo"]: row["label"] for row in load_tsv("cameo_plover.tsv")}


def label(cameo: str) -> str:
    """The CAMEO label from cameo_plover.tsv ("Express intent to cooperate"), else its base code's."""
    table = label_table()
    code = event_code(cameo)
    return table.get(code) or table.get(code[:3], "")
