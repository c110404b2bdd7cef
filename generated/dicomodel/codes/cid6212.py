"""CID 6212 Calculated Value for Colon Finding.

Extensible, version 20090402, UID 1.2.840.10008.6.1.799.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6212
NAME: Final[str] = "Calculated Value for Colon Finding"
KEYWORD: Final[str | None] = "CalculatedValueForColonFinding"
UID: Final[str | None] = "1.2.840.10008.6.1.799"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20090402"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PolypStalkLength: Final[Code] = Code("SCT", "395511002", "Polyp stalk length", (6212,))
"""Polyp stalk length (SCT 395511002)."""

PolypSizeLargestDimension: Final[Code] = Code(
    "SCT", "373197004", "Polyp size, largest dimension", (6212,)
)
"""Polyp size, largest dimension (SCT 373197004)."""

PolypStalkWidth: Final[Code] = Code("DCM", "112232", "Polyp stalk width", (6212,))
"""Polyp stalk width (DCM 112232)."""

DistanceFromAnus: Final[Code] = Code("DCM", "112233", "Distance from anus", (6212,))
"""Distance from anus (DCM 112233)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PolypStalkLength,
    PolypSizeLargestDimension,
    PolypStalkWidth,
    DistanceFromAnus,
)
"""The resolved membership: own members, then those of the included groups, in order."""
