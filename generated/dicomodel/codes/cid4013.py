"""CID 4013 Anatomic Region for Mammography.

Non-extensible, version 20020904, UID 1.2.840.10008.6.1.297.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4013
NAME: Final[str] = "Anatomic Region for Mammography"
KEYWORD: Final[str | None] = "AnatomicRegionForMammography"
UID: Final[str | None] = "1.2.840.10008.6.1.297"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Breast: Final[Code] = Code("SCT", "76752008", "Breast", (645, 4013, 4031, 10044, 12321))
"""Breast (SCT 76752008)."""

MEMBERS: Final[tuple[Code, ...]] = (Breast,)
"""The resolved membership: own members, then those of the included groups, in order."""
