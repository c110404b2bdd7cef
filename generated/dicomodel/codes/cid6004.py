"""CID 6004 Mammography Shape Characteristic.

Extensible, version 20020904, UID 1.2.840.10008.6.1.334.
Includes CID 6005.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6004
NAME: Final[str] = "Mammography Shape Characteristic"
KEYWORD: Final[str | None] = "MammographyShapeCharacteristic"
UID: Final[str | None] = "1.2.840.10008.6.1.334"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = (6005,)
EXTERNAL_SCHEME: Final[str | None] = None

RoundShape: Final[Code] = Code("SCT", "42700002", "Round shape", (6005, 6119, 6340))
"""Round shape (SCT 42700002). Included from CID 6005."""

OvoidShapeOval: Final[Code] = Code("SCT", "84360004", "Ovoid shape (Oval)", (6005, 6340))
"""Ovoid shape (Oval) (SCT 84360004). Included from CID 6005."""

Lobular: Final[Code] = Code("SCT", "40266001", "Lobular", (6005,))
"""Lobular (SCT 40266001). Included from CID 6005."""

Irregular: Final[Code] = Code("SCT", "49608001", "Irregular", (3715, 6005, 6119, 6340, 6342))
"""Irregular (SCT 49608001). Included from CID 6005."""

MEMBERS: Final[tuple[Code, ...]] = (RoundShape, OvoidShapeOval, Lobular, Irregular)
"""The resolved membership: own members, then those of the included groups, in order."""
