"""Tab-separated lines as GDELT and ICEWS publish them: no quoting, so no tab or line break inside a field."""

from __future__ import annotations

import re

BREAKS_RE = re.compile(r"[\t\r\n]+")


def tsv_field(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return BREAKS_RE.sub(" ", str(value))


def tsv_line(values: list) -> str:
    return "\t".join(tsv_field(v) for v in values) + "\n"
