"""CID 9517 Radiotherapy Block Device Type.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1227.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9517
NAME: Final[str] = "Radiotherapy Block Device Type"
KEYWORD: Final[str | None] = "RadiotherapyBlockDeviceType"
UID: Final[str | None] = "1.2.840.10008.6.1.1227"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ShieldingBlock: Final[Code] = Code("SCT", "228739009", "Shielding Block", (9517, 10066))
"""Shielding Block (SCT 228739009)."""

ApertureBlock: Final[Code] = Code("DCM", "130123", "Aperture Block", (9517,))
"""Aperture Block (DCM 130123)."""

MEMBERS: Final[tuple[Code, ...]] = (ShieldingBlock, ApertureBlock)
"""The resolved membership: own members, then those of the included groups, in order."""
