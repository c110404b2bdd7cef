"""CID 67 Imaging Agent Administration Completion Status.

Extensible, version 20181115, UID 1.2.840.10008.6.1.1257.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
Complete: _Final[_Code]
TerminatedDueToPressureAboveTerminationLimit: _Final[_Code]
TerminatedDueToFlowRateAboveTerminationLimit: _Final[_Code]
TerminatedDueToAirDetected: _Final[_Code]
TerminatedDueToExcessiveDurationPause: _Final[_Code]
TerminatedDueToRequestFromOperator: _Final[_Code]
TerminatedDueToInjectorCommunicationLoss: _Final[_Code]
TerminatedDueToUnspecifiedInjectorFailure: _Final[_Code]
TerminatedByScanner: _Final[_Code]
TerminatedDueToCriticalBatteryLevel: _Final[_Code]
TerminatedDueToConsumableRemoval: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
