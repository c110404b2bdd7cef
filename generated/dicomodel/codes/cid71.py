"""CID 71 Imaging Agent Administration Injector Event Type.

Extensible, version 20210325, UID 1.2.840.10008.6.1.1261.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 71
NAME: _Final[str] = "Imaging Agent Administration Injector Event Type"
KEYWORD: _Final[str | None] = "ImagingAgentAdministrationInjectorEventType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1261"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210325"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PressureAboveWarningLimit: _Final[_Code] = _Code(
    "DCM", "130150", "Pressure above warning limit", (71,)
)
"""Pressure above warning limit (DCM 130150)."""

PressureAboveAdjustmentLimit: _Final[_Code] = _Code(
    "DCM", "130151", "Pressure above adjustment limit", (71,)
)
"""Pressure above adjustment limit (DCM 130151)."""

FlowRateAboveWarningLimit: _Final[_Code] = _Code(
    "DCM", "130152", "Flow rate above warning limit", (71,)
)
"""Flow rate above warning limit (DCM 130152)."""

FlowRateAboveAdjustmentLimit: _Final[_Code] = _Code(
    "DCM", "130153", "Flow rate above adjustment limit", (71,)
)
"""Flow rate above adjustment limit (DCM 130153)."""

KeepVeinOpenStarted: _Final[_Code] = _Code("DCM", "130161", "Keep vein open started", (71,))
"""Keep vein open started (DCM 130161)."""

KeepVeinOpenEnded: _Final[_Code] = _Code("DCM", "130162", "Keep vein open ended", (71,))
"""Keep vein open ended (DCM 130162)."""

AirDetected: _Final[_Code] = _Code("DCM", "130175", "Air detected", (71,))
"""Air detected (DCM 130175)."""

FixedDurationPauseEnded: _Final[_Code] = _Code("DCM", "130155", "Fixed duration pause ended", (71,))
"""Fixed duration pause ended (DCM 130155)."""

SyringeAttached: _Final[_Code] = _Code("DCM", "130163", "Syringe attached", (71,))
"""Syringe attached (DCM 130163)."""

SyringeDetached: _Final[_Code] = _Code("DCM", "130164", "Syringe detached", (71,))
"""Syringe detached (DCM 130164)."""

EquipmentFailure: _Final[_Code] = _Code(
    "DCM", "110501", "Equipment failure", (71, 3427, 4221, 9301, 9302, 9561)
)
"""Equipment failure (DCM 110501)."""

ResourceInadequate: _Final[_Code] = _Code("DCM", "110527", "Resource inadequate", (71, 9300))
"""Resource inadequate (DCM 110527)."""

TerminatedDueToPressureAboveTerminationLimit: _Final[_Code] = _Code(
    "DCM", "130156", "Terminated due to pressure above termination limit", (67, 71)
)
"""Terminated due to pressure above termination limit (DCM 130156)."""

TerminatedDueToFlowRateAboveTerminationLimit: _Final[_Code] = _Code(
    "DCM", "130157", "Terminated due to flow rate above termination limit", (67, 71)
)
"""Terminated due to flow rate above termination limit (DCM 130157)."""

TerminatedDueToAirDetected: _Final[_Code] = _Code(
    "DCM", "130176", "Terminated due to air detected", (67, 71)
)
"""Terminated due to air detected (DCM 130176)."""

TerminatedDueToExcessiveDurationPause: _Final[_Code] = _Code(
    "DCM", "130158", "Terminated due to excessive duration pause", (67, 71)
)
"""Terminated due to excessive duration pause (DCM 130158)."""

TerminatedDueToRequestFromOperator: _Final[_Code] = _Code(
    "DCM", "130154", "Terminated due to request from operator", (67, 71)
)
"""Terminated due to request from operator (DCM 130154)."""

TerminatedDueToInjectorCommunicationLoss: _Final[_Code] = _Code(
    "DCM", "130159", "Terminated due to injector communication loss", (67, 71)
)
"""Terminated due to injector communication loss (DCM 130159)."""

TerminatedDueToUnspecifiedInjectorFailure: _Final[_Code] = _Code(
    "DCM", "130160", "Terminated due to unspecified injector failure", (67, 71)
)
"""Terminated due to unspecified injector failure (DCM 130160)."""

TerminatedByScanner: _Final[_Code] = _Code("DCM", "130177", "Terminated by scanner", (67, 71))
"""Terminated by scanner (DCM 130177)."""

TerminatedDueToCriticalBatteryLevel: _Final[_Code] = _Code(
    "DCM", "130178", "Terminated due to critical battery level", (67, 71)
)
"""Terminated due to critical battery level (DCM 130178)."""

TerminatedDueToConsumableRemoval: _Final[_Code] = _Code(
    "DCM", "130179", "Terminated due to consumable removal", (67, 71)
)
"""Terminated due to consumable removal (DCM 130179)."""

ProgrammedHoldStarted: _Final[_Code] = _Code("DCM", "130266", "Programmed hold started", (71,))
"""Programmed hold started (DCM 130266)."""

ManualHoldStarted: _Final[_Code] = _Code("DCM", "130267", "Manual hold started", (71,))
"""Manual hold started (DCM 130267)."""

ManualResumeFromHold: _Final[_Code] = _Code("DCM", "130268", "Manual resume from hold", (71,))
"""Manual resume from hold (DCM 130268)."""

TerminatedHoldDueToTimeout: _Final[_Code] = _Code(
    "DCM", "130269", "Terminated hold due to timeout", (71,)
)
"""Terminated hold due to timeout (DCM 130269)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PressureAboveWarningLimit,
    PressureAboveAdjustmentLimit,
    FlowRateAboveWarningLimit,
    FlowRateAboveAdjustmentLimit,
    KeepVeinOpenStarted,
    KeepVeinOpenEnded,
    AirDetected,
    FixedDurationPauseEnded,
    SyringeAttached,
    SyringeDetached,
    EquipmentFailure,
    ResourceInadequate,
    TerminatedDueToPressureAboveTerminationLimit,
    TerminatedDueToFlowRateAboveTerminationLimit,
    TerminatedDueToAirDetected,
    TerminatedDueToExcessiveDurationPause,
    TerminatedDueToRequestFromOperator,
    TerminatedDueToInjectorCommunicationLoss,
    TerminatedDueToUnspecifiedInjectorFailure,
    TerminatedByScanner,
    TerminatedDueToCriticalBatteryLevel,
    TerminatedDueToConsumableRemoval,
    ProgrammedHoldStarted,
    ManualHoldStarted,
    ManualResumeFromHold,
    TerminatedHoldDueToTimeout,
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
