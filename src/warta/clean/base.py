"""What cleaning hands on: the article's text stays as read (offsets in events point into it);
cleaning only adds metadata and the lines the coder must skip."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Credits:
    """A dateline or agency credit found in the text: "TEMPO.CO, Jakarta -", "WASHINGTON (Reuters) -",
    a last line "REUTERS", "(Antara)"."""

    dateline_place: str | None = None  # "Jakarta"
    outlet: str | None = None  # "Tempo" — from "TEMPO.CO", "KOMPAS.com"
    agency: str | None = None  # "Reuters", "Antara", "AFP" — the wire the text credits
    spans: list[tuple[int, int]] = field(default_factory=list)  # offsets of the credit/dateline text
