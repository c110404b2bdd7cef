"""CID 9561 Treatment Termination Reason.

Extensible, version 20240114, UID 1.2.840.10008.6.1.1318.
Includes CID 9568.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9561
NAME: _Final[str] = "Treatment Termination Reason"
KEYWORD: _Final[str | None] = "TreatmentTerminationReason"
UID: _Final[str | None] = "1.2.840.10008.6.1.1318"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240114"
INCLUDES: _Final[tuple[int, ...]] = (9568,)
EXTERNAL_SCHEME: _Final[str | None] = None

PatientDied: _Final[_Code] = _Code("DCM", "110504", "Patient died", (9301, 9303, 9561))
"""Patient died (DCM 110504)."""

PatientRefusedToContinueProcedure: _Final[_Code] = _Code(
    "DCM", "110505", "Patient refused to continue procedure", (9301, 9561)
)
"""Patient refused to continue procedure (DCM 110505)."""

DiscontinuedForUnspecifiedReason: _Final[_Code] = _Code(
    "DCM", "110513", "Discontinued for unspecified reason", (9301, 9302, 9303, 9561)
)
"""Discontinued for unspecified reason (DCM 110513)."""

PatientConditionPreventedContinuing: _Final[_Code] = _Code(
    "DCM", "110515", "Patient condition prevented continuing", (60, 9301, 9561)
)
"""Patient condition prevented continuing (DCM 110515)."""

DoctorCanceledProcedure: _Final[_Code] = _Code(
    "DCM", "110500", "Doctor canceled procedure", (9301, 9303, 9561)
)
"""Doctor canceled procedure (DCM 110500)."""

EquipmentFailure: _Final[_Code] = _Code(
    "DCM", "110501", "Equipment failure", (71, 3427, 4221, 9301, 9302, 9561)
)
"""Equipment failure (DCM 110501)."""

PatientMovement: _Final[_Code] = _Code("DCM", "110518", "Patient Movement", (4221, 9561))
"""Patient Movement (DCM 110518)."""

OperatorError: _Final[_Code] = _Code("DCM", "110519", "Operator Error", (4221, 9561))
"""Operator Error (DCM 110519)."""

ChannelObstruction: _Final[_Code] = _Code("DCM", "110520", "Channel Obstruction", (9561,))
"""Channel Obstruction (DCM 110520)."""

PrimaryFluenceMonitoringSystemInterlock: _Final[_Code] = _Code(
    "DCM", "130475", "Primary Fluence Monitoring System Interlock", (9568,)
)
"""Primary Fluence Monitoring System Interlock (DCM 130475). Included from CID 9568."""

SecondaryFluenceMonitoringSystemInterlock: _Final[_Code] = _Code(
    "DCM", "130476", "Secondary Fluence Monitoring System Interlock", (9568,)
)
"""Secondary Fluence Monitoring System Interlock (DCM 130476). Included from CID 9568."""

TimerInterlock: _Final[_Code] = _Code("DCM", "130477", "Timer Interlock", (9568,))
"""Timer Interlock (DCM 130477). Included from CID 9568."""

DoorInterlock: _Final[_Code] = _Code("DCM", "130478", "Door Interlock", (9568,))
"""Door Interlock (DCM 130478). Included from CID 9568."""

PatientMotionInterlock: _Final[_Code] = _Code("DCM", "130479", "Patient Motion Interlock", (9568,))
"""Patient Motion Interlock (DCM 130479). Included from CID 9568."""

DoseLimitInterlock: _Final[_Code] = _Code("DCM", "130738", "Dose Limit Interlock", (9568,))
"""Dose Limit Interlock (DCM 130738). Included from CID 9568."""

ClearanceInterlock: _Final[_Code] = _Code("DCM", "130739", "Clearance Interlock", (9568,))
"""Clearance Interlock (DCM 130739). Included from CID 9568."""

MachineClearanceInterlock: _Final[_Code] = _Code(
    "DCM", "130740", "Machine Clearance Interlock", (9568,)
)
"""Machine Clearance Interlock (DCM 130740). Included from CID 9568."""

PatientClearanceInterlock: _Final[_Code] = _Code(
    "DCM", "130741", "Patient Clearance Interlock", (9568,)
)
"""Patient Clearance Interlock (DCM 130741). Included from CID 9568."""

AccessoryClearanceInterlock: _Final[_Code] = _Code(
    "DCM", "130742", "Accessory Clearance Interlock", (9568,)
)
"""Accessory Clearance Interlock (DCM 130742). Included from CID 9568."""

OutOfToleranceInterlock: _Final[_Code] = _Code(
    "DCM", "130743", "Out of Tolerance Interlock", (9568,)
)
"""Out of Tolerance Interlock (DCM 130743). Included from CID 9568."""

ScanSpotInterlock: _Final[_Code] = _Code("DCM", "130824", "Scan Spot Interlock", (9568,))
"""Scan Spot Interlock (DCM 130824). Included from CID 9568."""

ScanSpotPositionInterlock: _Final[_Code] = _Code(
    "DCM", "130825", "Scan Spot Position Interlock", (9568,)
)
"""Scan Spot Position Interlock (DCM 130825). Included from CID 9568."""

ScanSpotSizeInterlock: _Final[_Code] = _Code("DCM", "130826", "Scan Spot Size Interlock", (9568,))
"""Scan Spot Size Interlock (DCM 130826). Included from CID 9568."""

ScanSpotMetersetInterlock: _Final[_Code] = _Code(
    "DCM", "130827", "Scan Spot Meterset Interlock", (9568,)
)
"""Scan Spot Meterset Interlock (DCM 130827). Included from CID 9568."""

RadiationDetectedDuringBeamHoldInterlock: _Final[_Code] = _Code(
    "DCM", "130828", "Radiation Detected During Beam Hold Interlock", (9568,)
)
"""Radiation Detected During Beam Hold Interlock (DCM 130828). Included from CID 9568."""

MLCPositionInterlock: _Final[_Code] = _Code("DCM", "130829", "MLC Position Interlock", (9568,))
"""MLC Position Interlock (DCM 130829). Included from CID 9568."""

MetersetRateInterlock: _Final[_Code] = _Code("DCM", "130830", "Meterset Rate Interlock", (9568,))
"""Meterset Rate Interlock (DCM 130830). Included from CID 9568."""

BeamEnergyInterlock: _Final[_Code] = _Code("DCM", "130831", "Beam Energy Interlock", (9568,))
"""Beam Energy Interlock (DCM 130831). Included from CID 9568."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PatientDied,
    PatientRefusedToContinueProcedure,
    DiscontinuedForUnspecifiedReason,
    PatientConditionPreventedContinuing,
    DoctorCanceledProcedure,
    EquipmentFailure,
    PatientMovement,
    OperatorError,
    ChannelObstruction,
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
