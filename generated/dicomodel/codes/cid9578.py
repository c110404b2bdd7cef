"""CID 9578 Motion Management Setup Device.

Extensible, version 20210906, UID 1.2.840.10008.6.1.1425.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9578
NAME: Final[str] = "Motion Management Setup Device"
KEYWORD: Final[str | None] = "MotionManagementSetupDevice"
UID: Final[str | None] = "1.2.840.10008.6.1.1425"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210906"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CoachingDevice: Final[Code] = Code("DCM", "130650", "Coaching Device", (9578,))
"""Coaching Device (DCM 130650)."""

PatientDistractionDevice: Final[Code] = Code("DCM", "130651", "Patient Distraction Device", (9578,))
"""Patient Distraction Device (DCM 130651)."""

MEMBERS: Final[tuple[Code, ...]] = (CoachingDevice, PatientDistractionDevice)
"""The resolved membership: own members, then those of the included groups, in order."""
