"""CID 244 Laterality.

Non-extensible, version 20030108, UID 1.2.840.10008.6.1.37.
Includes CID 247.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 244
NAME: Final[str] = "Laterality"
KEYWORD: Final[str | None] = "Laterality"
UID: Final[str | None] = "1.2.840.10008.6.1.37"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20030108"
INCLUDES: Final[tuple[int, ...]] = (247,)
EXTERNAL_SCHEME: Final[str | None] = None

Bilateral: Final[Code] = Code("SCT", "51440002", "Bilateral", (2, 244))
"""Bilateral (SCT 51440002)."""

Unilateral: Final[Code] = Code("SCT", "66459002", "Unilateral", (2, 244))
"""Unilateral (SCT 66459002)."""

Right: Final[Code] = Code("SCT", "24028007", "Right", (2, 5, 247, 12117))
"""Right (SCT 24028007). Included from CID 247."""

Left: Final[Code] = Code("SCT", "7771000", "Left", (2, 5, 247, 12117))
"""Left (SCT 7771000). Included from CID 247."""

MEMBERS: Final[tuple[Code, ...]] = (Bilateral, Unilateral, Right, Left)
"""The resolved membership: own members, then those of the included groups, in order."""
