"""CID 9565 Treatment Tolerance Violation Cause.

Extensible, version 20200624, UID 1.2.840.10008.6.1.1322.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9565
NAME: _Final[str] = "Treatment Tolerance Violation Cause"
KEYWORD: _Final[str | None] = "TreatmentToleranceViolationCause"
UID: _Final[str | None] = "1.2.840.10008.6.1.1322"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200624"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

InappropriatePatientOrientation: _Final[_Code] = _Code(
    "DCM", "130461", "Inappropriate Patient Orientation", (9565,)
)
"""Inappropriate Patient Orientation (DCM 130461)."""

InappropriatePatientPosition: _Final[_Code] = _Code(
    "DCM", "130462", "Inappropriate Patient Position", (9565,)
)
"""Inappropriate Patient Position (DCM 130462)."""

MachineNotAvailable: _Final[_Code] = _Code("DCM", "130463", "Machine Not Available", (9565,))
"""Machine Not Available (DCM 130463)."""

ChangeInPatientAnatomy: _Final[_Code] = _Code("DCM", "130464", "Change in Patient Anatomy", (9565,))
"""Change in Patient Anatomy (DCM 130464)."""

MachineCalibrationAdjustment: _Final[_Code] = _Code(
    "DCM", "130465", "Machine Calibration Adjustment", (9565,)
)
"""Machine Calibration Adjustment (DCM 130465)."""

UnavailabilityOfABeamModifier: _Final[_Code] = _Code(
    "DCM", "130466", "Unavailability of a Beam Modifier", (9565,)
)
"""Unavailability of a Beam Modifier (DCM 130466)."""

MachineCapabilityLicenseExpired: _Final[_Code] = _Code(
    "DCM", "130467", "Machine Capability License Expired", (9565,)
)
"""Machine Capability License Expired (DCM 130467)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    InappropriatePatientOrientation,
    InappropriatePatientPosition,
    MachineNotAvailable,
    ChangeInPatientAnatomy,
    MachineCalibrationAdjustment,
    UnavailabilityOfABeamModifier,
    MachineCapabilityLicenseExpired,
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
