"""CID 67 Imaging Agent Administration Completion Status.

Extensible, version 20181115, UID 1.2.840.10008.6.1.1257.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
Complete: _Final[_groups.Cid67Code]
TerminatedDueToPressureAboveTerminationLimit: _Final[_groups.Cid67Code]
TerminatedDueToFlowRateAboveTerminationLimit: _Final[_groups.Cid67Code]
TerminatedDueToAirDetected: _Final[_groups.Cid67Code]
TerminatedDueToExcessiveDurationPause: _Final[_groups.Cid67Code]
TerminatedDueToRequestFromOperator: _Final[_groups.Cid67Code]
TerminatedDueToInjectorCommunicationLoss: _Final[_groups.Cid67Code]
TerminatedDueToUnspecifiedInjectorFailure: _Final[_groups.Cid67Code]
TerminatedByScanner: _Final[_groups.Cid67Code]
TerminatedDueToCriticalBatteryLevel: _Final[_groups.Cid67Code]
TerminatedDueToConsumableRemoval: _Final[_groups.Cid67Code]
MEMBERS: _Final[tuple[_groups.Cid67Code, ...]]
