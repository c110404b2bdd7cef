"""CID 6340 Prostate MRI Shape Characteristic from PI-RADS®.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1397.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6340
NAME: Final[str] = "Prostate MRI Shape Characteristic from PI-RADS®"
KEYWORD: Final[str | None] = "ProstateMRIShapeCharacteristicFromPIRADS"
UID: Final[str | None] = "1.2.840.10008.6.1.1397"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210714"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Round: Final[Code] = Code("SCT", "42700002", "Round", (6005, 6119, 6340))
"""Round (SCT 42700002)."""

OvoidShape: Final[Code] = Code("SCT", "84360004", "Ovoid shape", (6005, 6340))
"""Ovoid shape (SCT 84360004)."""

Lenticular: Final[Code] = Code("RADLEX", "RID49495", "Lenticular", (6340,))
"""Lenticular (RADLEX RID49495)."""

Lobulated: Final[Code] = Code("DCM", "112135", "Lobulated", (6119, 6340))
"""Lobulated (DCM 112135)."""

DropShaped: Final[Code] = Code("SCT", "1312007", "Drop-shaped", (6340,))
"""Drop-shaped (SCT 1312007)."""

WedgeShaped: Final[Code] = Code("SCT", "20446002", "Wedge-shaped", (6340,))
"""Wedge-shaped (SCT 20446002)."""

Linear: Final[Code] = Code("DCM", "112150", "Linear", (6123, 6340))
"""Linear (DCM 112150)."""

Irregular: Final[Code] = Code("SCT", "49608001", "Irregular", (3715, 6005, 6119, 6340, 6342))
"""Irregular (SCT 49608001)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Round,
    OvoidShape,
    Lenticular,
    Lobulated,
    DropShaped,
    WedgeShaped,
    Linear,
    Irregular,
)
"""The resolved membership: own members, then those of the included groups, in order."""
