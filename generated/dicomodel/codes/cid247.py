"""CID 247 Laterality Left-Right Only.

Non-extensible, version 20190524, UID 1.2.840.10008.6.1.1284.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 247
NAME: Final[str] = "Laterality Left-Right Only"
KEYWORD: Final[str | None] = "LateralityLeftRightOnly"
UID: Final[str | None] = "1.2.840.10008.6.1.1284"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20190524"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Right: Final[Code] = Code("SCT", "24028007", "Right", (2, 5, 247, 12117))
"""Right (SCT 24028007)."""

Left: Final[Code] = Code("SCT", "7771000", "Left", (2, 5, 247, 12117))
"""Left (SCT 7771000)."""

MEMBERS: Final[tuple[Code, ...]] = (Right, Left)
"""The resolved membership: own members, then those of the included groups, in order."""
