"""CID 7016 Level of Difficulty.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1180.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7016
NAME: Final[str] = "Level of Difficulty"
KEYWORD: Final[str | None] = "LevelOfDifficulty"
UID: Final[str | None] = "1.2.840.10008.6.1.1180"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170914"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PrimaryLevel: Final[Code] = Code("DCM", "128725", "Primary level", (7016,))
"""Primary level (DCM 128725)."""

IntermediateLevel: Final[Code] = Code("DCM", "128726", "Intermediate level", (7016,))
"""Intermediate level (DCM 128726)."""

AdvancedLevel: Final[Code] = Code("DCM", "128727", "Advanced level", (7016,))
"""Advanced level (DCM 128727)."""

MEMBERS: Final[tuple[Code, ...]] = (PrimaryLevel, IntermediateLevel, AdvancedLevel)
"""The resolved membership: own members, then those of the included groups, in order."""
