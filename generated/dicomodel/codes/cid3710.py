"""CID 3710 Coronary Dominance.

Extensible, version 20111028, UID 1.2.840.10008.6.1.211.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3710
NAME: Final[str] = "Coronary Dominance"
KEYWORD: Final[str | None] = "CoronaryDominance"
UID: Final[str | None] = "1.2.840.10008.6.1.211"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20111028"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LeftCoronaryDominance: Final[Code] = Code("SCT", "253729004", "Left Coronary Dominance", (3710,))
"""Left Coronary Dominance (SCT 253729004)."""

RightCoronaryDominance: Final[Code] = Code("SCT", "253728007", "Right Coronary Dominance", (3710,))
"""Right Coronary Dominance (SCT 253728007)."""

BalancedCoronaryDominance: Final[Code] = Code(
    "SCT", "253730009", "Balanced Coronary Dominance", (3710,)
)
"""Balanced Coronary Dominance (SCT 253730009)."""

MEMBERS: Final[tuple[Code, ...]] = (
    LeftCoronaryDominance,
    RightCoronaryDominance,
    BalancedCoronaryDominance,
)
"""The resolved membership: own members, then those of the included groups, in order."""
