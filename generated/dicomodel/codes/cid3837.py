"""CID 3837 Fiducial Feature.

Extensible, version 20051103, UID 1.2.840.10008.6.1.287.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3837
NAME: Final[str] = "Fiducial Feature"
KEYWORD: Final[str | None] = "FiducialFeature"
UID: Final[str | None] = "1.2.840.10008.6.1.287"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20051103"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Ostium: Final[Code] = Code("SCT", "264114003", "Ostium", (3019, 3837))
"""Ostium (SCT 264114003)."""

RenalArtery: Final[Code] = Code("SCT", "2841007", "Renal Artery", (3010, 3606, 3837, 4030, 12115))
"""Renal Artery (SCT 2841007)."""

AorticBifurcation: Final[Code] = Code("SCT", "73166001", "Aortic Bifurcation", (3837,))
"""Aortic Bifurcation (SCT 73166001)."""

CommonIliacBifurcation: Final[Code] = Code(
    "SCT", "413896006", "Common Iliac Bifurcation", (1005, 3837, 12109)
)
"""Common Iliac Bifurcation (SCT 413896006)."""

MEMBERS: Final[tuple[Code, ...]] = (Ostium, RenalArtery, AorticBifurcation, CommonIliacBifurcation)
"""The resolved membership: own members, then those of the included groups, in order."""
