"""CID 10017 X-Ray Grid.

Extensible, version 20210903, UID 1.2.840.10008.6.1.549.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10017
NAME: Final[str] = "X-Ray Grid"
KEYWORD: Final[str | None] = "XRayGrid"
UID: Final[str | None] = "1.2.840.10008.6.1.549"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210903"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

FixedGrid: Final[Code] = Code("DCM", "111641", "Fixed grid", (10017,))
"""Fixed grid (DCM 111641)."""

FocusedGrid: Final[Code] = Code("DCM", "111642", "Focused grid", (10017,))
"""Focused grid (DCM 111642)."""

ReciprocatingGrid: Final[Code] = Code("DCM", "111643", "Reciprocating grid", (10017,))
"""Reciprocating grid (DCM 111643)."""

ParallelGrid: Final[Code] = Code("DCM", "111644", "Parallel grid", (10017,))
"""Parallel grid (DCM 111644)."""

CrossedGrid: Final[Code] = Code("DCM", "111645", "Crossed grid", (10017,))
"""Crossed grid (DCM 111645)."""

NoGrid: Final[Code] = Code("DCM", "111646", "No grid", (10017,))
"""No grid (DCM 111646)."""

VirtualGrid: Final[Code] = Code("DCM", "111640", "Virtual grid", (10017,))
"""Virtual grid (DCM 111640)."""

MEMBERS: Final[tuple[Code, ...]] = (
    FixedGrid,
    FocusedGrid,
    ReciprocatingGrid,
    ParallelGrid,
    CrossedGrid,
    NoGrid,
    VirtualGrid,
)
"""The resolved membership: own members, then those of the included groups, in order."""
