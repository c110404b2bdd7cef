"""CID 6005 Shape Characteristic from BI-RADS®.

Extensible, version 20020904, UID 1.2.840.10008.6.1.335.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6005
NAME: Final[str] = "Shape Characteristic from BI-RADS®"
KEYWORD: Final[str | None] = "ShapeCharacteristicFromBIRADS"
UID: Final[str | None] = "1.2.840.10008.6.1.335"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RoundShape: Final[Code] = Code("SCT", "42700002", "Round shape", (6005, 6119, 6340))
"""Round shape (SCT 42700002)."""

OvoidShapeOval: Final[Code] = Code("SCT", "84360004", "Ovoid shape (Oval)", (6005, 6340))
"""Ovoid shape (Oval) (SCT 84360004)."""

Lobular: Final[Code] = Code("SCT", "40266001", "Lobular", (6005,))
"""Lobular (SCT 40266001)."""

Irregular: Final[Code] = Code("SCT", "49608001", "Irregular", (3715, 6005, 6119, 6340, 6342))
"""Irregular (SCT 49608001)."""

MEMBERS: Final[tuple[Code, ...]] = (RoundShape, OvoidShapeOval, Lobular, Irregular)
"""The resolved membership: own members, then those of the included groups, in order."""
