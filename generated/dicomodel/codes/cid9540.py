"""CID 9540 Movable Beam Limiting Device Type.

Extensible, version 20221224, UID 1.2.840.10008.6.1.1458.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9540
NAME: Final[str] = "Movable Beam Limiting Device Type"
KEYWORD: Final[str | None] = "MovableBeamLimitingDeviceType"
UID: Final[str | None] = "1.2.840.10008.6.1.1458"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20221224"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

JawPair: Final[Code] = Code("DCM", "130330", "Jaw Pair", (9540,))
"""Jaw Pair (DCM 130330)."""

LeafPairs: Final[Code] = Code("DCM", "130331", "Leaf Pairs", (9540,))
"""Leaf Pairs (DCM 130331)."""

VariableCircularCollimator: Final[Code] = Code(
    "DCM", "130332", "Variable Circular Collimator", (9540,)
)
"""Variable Circular Collimator (DCM 130332)."""

SingleLeaves: Final[Code] = Code("DCM", "130333", "Single Leaves", (9540,))
"""Single Leaves (DCM 130333)."""

MEMBERS: Final[tuple[Code, ...]] = (JawPair, LeafPairs, VariableCircularCollimator, SingleLeaves)
"""The resolved membership: own members, then those of the included groups, in order."""
