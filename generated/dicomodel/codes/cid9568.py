"""CID 9568 Radiotherapy Treatment Interlock.

Extensible, version 20230904, UID 1.2.840.10008.6.1.1325.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9568
NAME: Final[str] = "Radiotherapy Treatment Interlock"
KEYWORD: Final[str | None] = "RadiotherapyTreatmentInterlock"
UID: Final[str | None] = "1.2.840.10008.6.1.1325"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20230904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PrimaryFluenceMonitoringSystemInterlock: Final[Code] = Code(
    "DCM", "130475", "Primary Fluence Monitoring System Interlock", (9568,)
)
"""Primary Fluence Monitoring System Interlock (DCM 130475)."""

SecondaryFluenceMonitoringSystemInterlock: Final[Code] = Code(
    "DCM", "130476", "Secondary Fluence Monitoring System Interlock", (9568,)
)
"""Secondary Fluence Monitoring System Interlock (DCM 130476)."""

TimerInterlock: Final[Code] = Code("DCM", "130477", "Timer Interlock", (9568,))
"""Timer Interlock (DCM 130477)."""

DoorInterlock: Final[Code] = Code("DCM", "130478", "Door Interlock", (9568,))
"""Door Interlock (DCM 130478)."""

PatientMotionInterlock: Final[Code] = Code("DCM", "130479", "Patient Motion Interlock", (9568,))
"""Patient Motion Interlock (DCM 130479)."""

DoseLimitInterlock: Final[Code] = Code("DCM", "130738", "Dose Limit Interlock", (9568,))
"""Dose Limit Interlock (DCM 130738)."""

ClearanceInterlock: Final[Code] = Code("DCM", "130739", "Clearance Interlock", (9568,))
"""Clearance Interlock (DCM 130739)."""

MachineClearanceInterlock: Final[Code] = Code(
    "DCM", "130740", "Machine Clearance Interlock", (9568,)
)
"""Machine Clearance Interlock (DCM 130740)."""

PatientClearanceInterlock: Final[Code] = Code(
    "DCM", "130741", "Patient Clearance Interlock", (9568,)
)
"""Patient Clearance Interlock (DCM 130741)."""

AccessoryClearanceInterlock: Final[Code] = Code(
    "DCM", "130742", "Accessory Clearance Interlock", (9568,)
)
"""Accessory Clearance Interlock (DCM 130742)."""

OutOfToleranceInterlock: Final[Code] = Code("DCM", "130743", "Out of Tolerance Interlock", (9568,))
"""Out of Tolerance Interlock (DCM 130743)."""

ScanSpotInterlock: Final[Code] = Code("DCM", "130824", "Scan Spot Interlock", (9568,))
"""Scan Spot Interlock (DCM 130824)."""

ScanSpotPositionInterlock: Final[Code] = Code(
    "DCM", "130825", "Scan Spot Position Interlock", (9568,)
)
"""Scan Spot Position Interlock (DCM 130825)."""

ScanSpotSizeInterlock: Final[Code] = Code("DCM", "130826", "Scan Spot Size Interlock", (9568,))
"""Scan Spot Size Interlock (DCM 130826)."""

ScanSpotMetersetInterlock: Final[Code] = Code(
    "DCM", "130827", "Scan Spot Meterset Interlock", (9568,)
)
"""Scan Spot Meterset Interlock (DCM 130827)."""

RadiationDetectedDuringBeamHoldInterlock: Final[Code] = Code(
    "DCM", "130828", "Radiation Detected During Beam Hold Interlock", (9568,)
)
"""Radiation Detected During Beam Hold Interlock (DCM 130828)."""

MLCPositionInterlock: Final[Code] = Code("DCM", "130829", "MLC Position Interlock", (9568,))
"""MLC Position Interlock (DCM 130829)."""

MetersetRateInterlock: Final[Code] = Code("DCM", "130830", "Meterset Rate Interlock", (9568,))
"""Meterset Rate Interlock (DCM 130830)."""

BeamEnergyInterlock: Final[Code] = Code("DCM", "130831", "Beam Energy Interlock", (9568,))
"""Beam Energy Interlock (DCM 130831)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PrimaryFluenceMonitoringSystemInterlock,
    SecondaryFluenceMonitoringSystemInterlock,
    TimerInterlock,
    DoorInterlock,
    PatientMotionInterlock,
    DoseLimitInterlock,
    ClearanceInterlock,
    MachineClearanceInterlock,
    PatientClearanceInterlock,
    AccessoryClearanceInterlock,
    OutOfToleranceInterlock,
    ScanSpotInterlock,
    ScanSpotPositionInterlock,
    ScanSpotSizeInterlock,
    ScanSpotMetersetInterlock,
    RadiationDetectedDuringBeamHoldInterlock,
    MLCPositionInterlock,
    MetersetRateInterlock,
    BeamEnergyInterlock,
)
"""The resolved membership: own members, then those of the included groups, in order."""
