"""CID 67 Imaging Agent Administration Completion Status.

Extensible, version 20181115, UID 1.2.840.10008.6.1.1257.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 67
NAME: _Final[str] = "Imaging Agent Administration Completion Status"
KEYWORD: _Final[str | None] = "ImagingAgentAdministrationCompletionStatus"
UID: _Final[str | None] = "1.2.840.10008.6.1.1257"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181115"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Complete: _Final[_Code] = _Code("SCT", "255594003", "Complete", (67,))
"""Complete (SCT 255594003)."""

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

MEMBERS: _Final[tuple[_Code, ...]] = (
    Complete,
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
