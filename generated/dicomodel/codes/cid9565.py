"""CID 9565 Treatment Tolerance Violation Cause.

Extensible, version 20200624, UID 1.2.840.10008.6.1.1322.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9565
NAME: Final[str] = "Treatment Tolerance Violation Cause"
KEYWORD: Final[str | None] = "TreatmentToleranceViolationCause"
UID: Final[str | None] = "1.2.840.10008.6.1.1322"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200624"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

InappropriatePatientOrientation: Final[Code] = Code(
    "DCM", "130461", "Inappropriate Patient Orientation", (9565,)
)
"""Inappropriate Patient Orientation (DCM 130461)."""

InappropriatePatientPosition: Final[Code] = Code(
    "DCM", "130462", "Inappropriate Patient Position", (9565,)
)
"""Inappropriate Patient Position (DCM 130462)."""

MachineNotAvailable: Final[Code] = Code("DCM", "130463", "Machine Not Available", (9565,))
"""Machine Not Available (DCM 130463)."""

ChangeInPatientAnatomy: Final[Code] = Code("DCM", "130464", "Change in Patient Anatomy", (9565,))
"""Change in Patient Anatomy (DCM 130464)."""

MachineCalibrationAdjustment: Final[Code] = Code(
    "DCM", "130465", "Machine Calibration Adjustment", (9565,)
)
"""Machine Calibration Adjustment (DCM 130465)."""

UnavailabilityOfABeamModifier: Final[Code] = Code(
    "DCM", "130466", "Unavailability of a Beam Modifier", (9565,)
)
"""Unavailability of a Beam Modifier (DCM 130466)."""

MachineCapabilityLicenseExpired: Final[Code] = Code(
    "DCM", "130467", "Machine Capability License Expired", (9565,)
)
"""Machine Capability License Expired (DCM 130467)."""

MEMBERS: Final[tuple[Code, ...]] = (
    InappropriatePatientOrientation,
    InappropriatePatientPosition,
    MachineNotAvailable,
    ChangeInPatientAnatomy,
    MachineCalibrationAdjustment,
    UnavailabilityOfABeamModifier,
    MachineCapabilityLicenseExpired,
)
"""The resolved membership: own members, then those of the included groups, in order."""
