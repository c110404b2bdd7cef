"""CID 9273 Patient Position Acquisition – MR Techniques.

Extensible, version 20240612, UID 1.2.840.10008.6.1.1485.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9273
NAME: Final[str] = "Patient Position Acquisition – MR Techniques"
KEYWORD: Final[str | None] = "PatientPositionAcquisitionMRTechniques"
UID: Final[str | None] = "1.2.840.10008.6.1.1485"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240612"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RTPatientPositionAcquisitionMR: Final[Code] = Code(
    "DCM", "121737", "RT Patient Position Acquisition, MR", (9273,)
)
"""RT Patient Position Acquisition, MR (DCM 121737)."""

MEMBERS: Final[tuple[Code, ...]] = (RTPatientPositionAcquisitionMR,)
"""The resolved membership: own members, then those of the included groups, in order."""
