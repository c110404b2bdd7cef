"""CID 9268 Patient Position Acquisition Devices.

Extensible, version 20240612, UID 1.2.840.10008.6.1.1467.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9268
NAME: _Final[str] = "Patient Position Acquisition Devices"
KEYWORD: _Final[str | None] = "PatientPositionAcquisitionDevices"
UID: _Final[str | None] = "1.2.840.10008.6.1.1467"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240612"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DigitalImagingScannerComputedRadiography: _Final[_Code] = _Code(
    "SCT", "468886001", "Digital imaging scanner, computed radiography", (9268,)
)
"""Digital imaging scanner, computed radiography (SCT 468886001)."""

DigitalImagerRadiationTherapy: _Final[_Code] = _Code(
    "SCT", "468440006", "Digital imager, radiation therapy", (7026, 7027, 9268, 9271)
)
"""Digital imager, radiation therapy (SCT 468440006)."""

XRayFilmCassetteManual: _Final[_Code] = _Code(
    "SCT", "466556008", "X-Ray film cassette, manual", (9268, 9271)
)
"""X-Ray film cassette, manual (SCT 466556008)."""

MagneticResonanceImagingUnit: _Final[_Code] = _Code(
    "SCT", "90003000", "Magnetic resonance imaging unit", (9268,)
)
"""Magnetic resonance imaging unit (SCT 90003000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    DigitalImagingScannerComputedRadiography,
    DigitalImagerRadiationTherapy,
    XRayFilmCassetteManual,
    MagneticResonanceImagingUnit,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
