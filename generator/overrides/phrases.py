"""Phrases of PS3.3 2024c conditions that name an attribute in other words, with the
predicate they mean and the citation.

The grammar reads the words (lower case, after "Required if") as the predicate; an
"in an X IOD or Y IOD" after them is read too.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.ir.conditions import Not, Or, Predicate, Present

SEGMENTED_PALETTE_DATA = (0x00281221, 0x00281222, 0x00281223)
"""Segmented Red, Green, Blue Palette Color Lookup Table Data (PS3.3 C.7.9)."""


@dataclass(frozen=True, slots=True)
class PhraseCondition:
    """``words`` mean ``predicate`` (``citation`` says where the standard states it)."""

    words: tuple[str, ...]
    predicate: Predicate
    citation: str


_SEGMENTED_USED = Or(operands=tuple(Present(tag=(tag,)) for tag in SEGMENTED_PALETTE_DATA))
_SEGMENTED = (
    "PS3.3 2024c C.7.9 Palette Color Lookup Table Module (Table C.7-22a): segmented "
    "data is the Segmented Red/Green/Blue Palette Color Lookup Table Data (0028,1221-1223), "
    "used instead of the Red/Green/Blue Palette Color Lookup Table Data (0028,1201-1203)"
)

PHRASE_CONDITIONS: tuple[PhraseCondition, ...] = (
    PhraseCondition(
        words=("segmented", "data", "is", "not", "used"),
        predicate=Not(operand=_SEGMENTED_USED),
        citation=_SEGMENTED,
    ),
    PhraseCondition(
        words=("segmented", "data", "is", "used"),
        predicate=_SEGMENTED_USED,
        citation=_SEGMENTED,
    ),
)
