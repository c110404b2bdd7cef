"""CID 9568 Radiotherapy Treatment Interlock.

Extensible, version 20230904, UID 1.2.840.10008.6.1.1325.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9568
NAME: _Final[str] = "Radiotherapy Treatment Interlock"
KEYWORD: _Final[str | None] = "RadiotherapyTreatmentInterlock"
UID: _Final[str | None] = "1.2.840.10008.6.1.1325"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20230904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PrimaryFluenceMonitoringSystemInterlock: _Final[_Code] = _Code(
    "DCM", "130475", "Primary Fluence Monitoring System Interlock", (9568,)
)
"""Primary Fluence Monitoring System Interlock (DCM 130475)."""

SecondaryFluenceMonitoringSystemInterlock: _Final[_Code] = _Code(
    "DCM", "130476", "Secondary Fluence Monitoring System Interlock", (9568,)
)
"""Secondary Fluence Monitoring System Interlock (DCM 130476)."""

TimerInterlock: _Final[_Code] = _Code("DCM", "130477", "Timer Interlock", (9568,))
"""Timer Interlock (DCM 130477)."""

DoorInterlock: _Final[_Code] = _Code("DCM", "130478", "Door Interlock", (9568,))
"""Door Interlock (DCM 130478)."""

PatientMotionInterlock: _Final[_Code] = _Code("DCM", "130479", "Patient Motion Interlock", (9568,))
"""Patient Motion Interlock (DCM 130479)."""

DoseLimitInterlock: _Final[_Code] = _Code("DCM", "130738", "Dose Limit Interlock", (9568,))
"""Dose Limit Interlock (DCM 130738)."""

ClearanceInterlock: _Final[_Code] = _Code("DCM", "130739", "Clearance Interlock", (9568,))
"""Clearance Interlock (DCM 130739)."""

MachineClearanceInterlock: _Final[_Code] = _Code(
    "DCM", "130740", "Machine Clearance Interlock", (9568,)
)
"""Machine Clearance Interlock (DCM 130740)."""

PatientClearanceInterlock: _Final[_Code] = _Code(
    "DCM", "130741", "Patient Clearance Interlock", (9568,)
)
"""Patient Clearance Interlock (DCM 130741)."""

AccessoryClearanceInterlock: _Final[_Code] = _Code(
    "DCM", "130742", "Accessory Clearance Interlock", (9568,)
)
"""Accessory Clearance Interlock (DCM 130742)."""

OutOfToleranceInterlock: _Final[_Code] = _Code(
    "DCM", "130743", "Out of Tolerance Interlock", (9568,)
)
"""Out of Tolerance Interlock (DCM 130743)."""

ScanSpotInterlock: _Final[_Code] = _Code("DCM", "130824", "Scan Spot Interlock", (9568,))
"""Scan Spot Interlock (DCM 130824)."""

ScanSpotPositionInterlock: _Final[_Code] = _Code(
    "DCM", "130825", "Scan Spot Position Interlock", (9568,)
)
"""Scan Spot Position Interlock (DCM 130825)."""

ScanSpotSizeInterlock: _Final[_Code] = _Code("DCM", "130826", "Scan Spot Size Interlock", (9568,))
"""Scan Spot Size Interlock (DCM 130826)."""

ScanSpotMetersetInterlock: _Final[_Code] = _Code(
    "DCM", "130827", "Scan Spot Meterset Interlock", (9568,)
)
"""Scan Spot Meterset Interlock (DCM 130827)."""

RadiationDetectedDuringBeamHoldInterlock: _Final[_Code] = _Code(
    "DCM", "130828", "Radiation Detected During Beam Hold Interlock", (9568,)
)
"""Radiation Detected During Beam Hold Interlock (DCM 130828)."""

MLCPositionInterlock: _Final[_Code] = _Code("DCM", "130829", "MLC Position Interlock", (9568,))
"""MLC Position Interlock (DCM 130829)."""

MetersetRateInterlock: _Final[_Code] = _Code("DCM", "130830", "Meterset Rate Interlock", (9568,))
"""Meterset Rate Interlock (DCM 130830)."""

BeamEnergyInterlock: _Final[_Code] = _Code("DCM", "130831", "Beam Energy Interlock", (9568,))
"""Beam Energy Interlock (DCM 130831)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
