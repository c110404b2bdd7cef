"""CID 9516 Radiotherapy Bolus Device Type.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1226.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9516
NAME: Final[str] = "Radiotherapy Bolus Device Type"
KEYWORD: Final[str | None] = "RadiotherapyBolusDeviceType"
UID: Final[str | None] = "1.2.840.10008.6.1.1226"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SurfaceBolus: Final[Code] = Code("SCT", "228736002", "Surface Bolus", (9516,))
"""Surface Bolus (SCT 228736002)."""

MEMBERS: Final[tuple[Code, ...]] = (SurfaceBolus,)
"""The resolved membership: own members, then those of the included groups, in order."""
