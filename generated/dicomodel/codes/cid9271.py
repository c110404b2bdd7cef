"""CID 9271 RT Image Patient Position Acquisition Devices.

Extensible, version 20221225, UID 1.2.840.10008.6.1.1470.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9271
NAME: Final[str] = "RT Image Patient Position Acquisition Devices"
KEYWORD: Final[str | None] = "RTImagePatientPositionAcquisitionDevices"
UID: Final[str | None] = "1.2.840.10008.6.1.1470"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20221225"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DigitalImagerRadiationTherapy: Final[Code] = Code(
    "SCT", "468440006", "Digital imager, radiation therapy", (7026, 7027, 9268, 9271)
)
"""Digital imager, radiation therapy (SCT 468440006)."""

XRayFilmCassetteManual: Final[Code] = Code(
    "SCT", "466556008", "X-Ray film cassette, manual", (9268, 9271)
)
"""X-Ray film cassette, manual (SCT 466556008)."""

MEMBERS: Final[tuple[Code, ...]] = (DigitalImagerRadiationTherapy, XRayFilmCassetteManual)
"""The resolved membership: own members, then those of the included groups, in order."""
