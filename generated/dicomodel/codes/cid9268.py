"""CID 9268 Patient Position Acquisition Devices.

Extensible, version 20240612, UID 1.2.840.10008.6.1.1467.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9268
NAME: Final[str] = "Patient Position Acquisition Devices"
KEYWORD: Final[str | None] = "PatientPositionAcquisitionDevices"
UID: Final[str | None] = "1.2.840.10008.6.1.1467"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240612"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DigitalImagingScannerComputedRadiography: Final[Code] = Code(
    "SCT", "468886001", "Digital imaging scanner, computed radiography", (9268,)
)
"""Digital imaging scanner, computed radiography (SCT 468886001)."""

DigitalImagerRadiationTherapy: Final[Code] = Code(
    "SCT", "468440006", "Digital imager, radiation therapy", (7026, 7027, 9268, 9271)
)
"""Digital imager, radiation therapy (SCT 468440006)."""

XRayFilmCassetteManual: Final[Code] = Code(
    "SCT", "466556008", "X-Ray film cassette, manual", (9268, 9271)
)
"""X-Ray film cassette, manual (SCT 466556008)."""

MagneticResonanceImagingUnit: Final[Code] = Code(
    "SCT", "90003000", "Magnetic resonance imaging unit", (9268,)
)
"""Magnetic resonance imaging unit (SCT 90003000)."""

MEMBERS: Final[tuple[Code, ...]] = (
    DigitalImagingScannerComputedRadiography,
    DigitalImagerRadiationTherapy,
    XRayFilmCassetteManual,
    MagneticResonanceImagingUnit,
)
"""The resolved membership: own members, then those of the included groups, in order."""
